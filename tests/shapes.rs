//! The agreement-level shapes added after v1's first release: `review.timing`, `review.last`,
//! `approvals`, and the statuses `expired` and `terminated`.

mod common;

use common::{PARTIES, POOL, draft, findings, of};

use jiff::civil::date;
use jointly::rules::{Finding, Settings, Severity, check_with};
use jointly::spec::load_bytes;

fn spec(agreement: &str) -> String {
    format!(
        "jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\n  commencement: 2024-04-01\n  expiry: 2027-03-31\n{agreement}{PARTIES}{POOL}"
    )
}

#[test]
fn a_review_timing_in_words_is_provision_for_review() {
    let yaml = spec("  review: {timing: end of each calendar year}\n");
    let found = findings(&yaml);
    assert!(of(&found, "REG617-7-3-f").is_empty(), "{found:#?}");
    assert!(of(&found, "GUIDE07-CL-26").is_empty(), "{found:#?}");
    // Without it, both report.
    let found = findings(&spec(""));
    assert_eq!(of(&found, "REG617-7-3-f").len(), 1, "{found:#?}");
    assert_eq!(of(&found, "GUIDE07-CL-26").len(), 1, "{found:#?}");
}

#[test]
fn a_last_review_after_today_is_a_located_error() {
    let yaml =
        spec("  review:\n    first: 2024-10-01\n    last: 2025-10-01\n    frequency: annually\n");
    let document = load_bytes("case.yaml", yaml.as_bytes()).unwrap();
    let settings = Settings {
        today: date(2025, 6, 1),
        ..Settings::default()
    };
    let found = check_with(&document, &settings).findings;
    let hits: Vec<&Finding> = found
        .iter()
        .filter(|f| f.pointer.as_str() == "/agreement/review/last")
        .collect();
    assert_eq!(hits.len(), 1, "{found:#?}");
    let hit = hits[0];
    assert_eq!(hit.rule.id, "REG617-7-3-f");
    assert_eq!(hit.severity, Severity::Error);
    assert_eq!(
        hit.message,
        "the last review held is dated 2025-10-01, after today (2025-06-01)"
    );
    assert_eq!(
        hit.help.as_deref(),
        Some(
            "`last` is the date of a review that has happened: correct it, or give a review still to come as `first`"
        )
    );
    assert_eq!(hit.span.line, 8);
    // On or after that day, the same spec is clean there.
    let settings = Settings {
        today: date(2025, 10, 1),
        ..Settings::default()
    };
    let found = check_with(&document, &settings).findings;
    assert!(
        found
            .iter()
            .all(|f| f.pointer.as_str() != "/agreement/review/last"),
        "{found:#?}"
    );
}

#[test]
fn an_ended_agreement_is_checked_as_signed() {
    for status in ["expired", "terminated"] {
        let yaml = spec(&format!("  status: {status}\n"));
        let found = findings(&yaml);
        let hit = found
            .iter()
            .find(|f| f.pointer.as_str() == "/agreement/made")
            .unwrap_or_else(|| panic!("{found:#?}"));
        assert_eq!(
            hit.message,
            format!(
                "the agreement is {status} but the spec does not say when it was made (signed)"
            )
        );
        assert_eq!(hit.span.line, 2);
    }
}

#[test]
fn an_unknown_status_names_the_closest_and_every_status() {
    let yaml = spec("  status: terminate\n");
    let error = load_bytes("case.yaml", yaml.as_bytes()).unwrap_err();
    let problem = &error.problems[0];
    assert_eq!(
        (problem.span.line, problem.span.column),
        (6, 11),
        "{problem:#?}"
    );
    let text = format!(
        "{} {}",
        problem.message,
        problem.help.as_deref().unwrap_or("")
    );
    assert!(text.contains("terminated"), "{text}");
    assert!(text.contains("expired"), "{text}");
}

#[test]
fn a_last_review_that_is_not_a_date_is_located() {
    let yaml = spec("  review:\n    last: 31/12/2024\n");
    let error = load_bytes("case.yaml", yaml.as_bytes()).unwrap_err();
    let problem = &error.problems[0];
    assert_eq!(problem.message, "`31/12/2024` in `last` is not a date");
    assert_eq!((problem.span.line, problem.span.column), (7, 11));
}

#[test]
fn an_approval_needs_who_gave_it() {
    let yaml = spec("  approvals:\n    - {date: 2012-09-13}\n");
    let error = load_bytes("case.yaml", yaml.as_bytes()).unwrap_err();
    let problem = &error.problems[0];
    assert!(problem.message.contains("`by`"), "{problem:#?}");
    assert_eq!(problem.span.line, 7);
}

#[test]
fn approvals_and_a_review_timing_are_drafted_only_when_present() {
    let with = draft(&spec(
        "  approvals:\n    - {by: \"Westshire County Council's Cabinet\", date: 2012-09-13, reference: minute 42}\n    - {by: NHS Westshire ICB}\n  review: {timing: end of each calendar year}\n",
    ));
    assert!(
        with.contains("Westshire County Council's Cabinet approved the arrangements on 13 September 2012 (minute 42)."),
        "{with}"
    );
    assert!(
        with.contains("NHS Westshire ICB approved the arrangements."),
        "{with}"
    );
    assert!(
        with.contains("The Partners review this Agreement (end of each calendar year)."),
        "{with}"
    );
    let without = draft(&spec(""));
    assert!(!without.contains("approved the arrangements"), "{without}");
}
