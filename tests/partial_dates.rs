//! Dates stated to the month or the year, as sources give them ("April 2005", "2011"), added
//! after v1's first release: each precision loads, bad forms are located load errors with help,
//! rules decide on the whole range a date covers and warn when it is too vague to decide, and
//! drafts print the date as stated.

mod common;

use common::{PARTIES, POOL, draft, findings, line_of, of, problems};

use jointly::rules::{Finding, Severity};
use jointly::spec::{Precision, StatedDate, load_bytes};

/// A spec whose `agreement` section ends with `agreement` (each line indented two spaces).
fn spec(basis: &str, agreement: &str) -> String {
    format!("jointly: 1\nagreement:\n  legal_basis: {basis}\n{agreement}{PARTIES}{POOL}")
}

fn s75(agreement: &str) -> String {
    spec("nhs_act_2006_s75", agreement)
}

/// Asserts the one finding of rule `id` that says the agreement's `key` in `yaml` is too vague:
/// its message, its help (write the day `day_of`), that it is a warning, and its place.
fn assert_too_vague(
    found: &[Finding],
    id: &str,
    yaml: &str,
    key: &str,
    message: &str,
    day_of: &str,
) {
    let hits: Vec<&Finding> = of(found, id)
        .into_iter()
        .filter(|f| f.message.contains("too vague"))
        .collect();
    assert_eq!(hits.len(), 1, "{id}: {found:#?}");
    let hit = hits[0];
    let help = format!("write the day {day_of} (YYYY-MM-DD)");
    // Located as every finding about a key is: at the key.
    let at = (line_of(yaml, &format!("  {key}: ")), 3);
    assert_eq!(
        (
            hit.message.as_str(),
            hit.help.as_deref(),
            hit.severity,
            hit.pointer.as_str(),
            (hit.span.line, hit.span.column)
        ),
        (
            message,
            Some(help.as_str()),
            Severity::Warning,
            format!("/agreement/{key}").as_str(),
            at
        )
    );
}

fn no_vague_finding(found: &[Finding]) {
    let vague: Vec<&Finding> = found
        .iter()
        .filter(|f| f.message.contains("too vague"))
        .collect();
    assert!(vague.is_empty(), "{vague:#?}");
}

#[test]
fn each_precision_loads_and_keeps_its_precision() {
    for (made, precision, shown) in [
        ("2011-06-30", Precision::Day, "30 June 2011"),
        ("2011-06", Precision::Month, "June 2011"),
        ("\"2011-06\"", Precision::Month, "June 2011"),
        ("2011", Precision::Year, "2011"),
        ("\"2011\"", Precision::Year, "2011"),
    ] {
        let yaml = s75(&format!("  made: {made}\n  commencement: 2011-07-01\n"));
        let document = load_bytes("case.yaml", yaml.as_bytes())
            .unwrap_or_else(|e| panic!("{made}: {:?}", e.problems));
        let stated: StatedDate = document.spec.agreement.made.unwrap();
        assert_eq!(stated.precision(), precision, "{made}");
        assert_eq!(stated.long(), shown, "{made}");
        // Written back as YAML, it loads as the same date.
        let again = jointly::spec::to_yaml(&document.spec, "");
        let reloaded = load_bytes("again.yaml", again.as_bytes()).unwrap();
        assert_eq!(reloaded.spec.agreement.made, Some(stated), "{again}");
    }
}

#[test]
fn bad_forms_are_located_load_errors_with_help() {
    let general = "write dates as YYYY-MM-DD, e.g. 2024-04-01; where the source gives only the month or the year, write YYYY-MM (2005-04) or YYYY (2011)";
    for (written, message, help) in [
        (
            "2005-13",
            "`2005-13` in `made` is not a real month",
            general,
        ),
        ("20111", "`20111` in `made` is not a date", general),
        (
            "2005-02-30",
            "`2005-02-30` in `made` is not a real date",
            general,
        ),
        (
            "April 2005",
            "`April 2005` in `made` is not a date",
            "write 2005-04 (a month the source gives without a day is written YYYY-MM)",
        ),
        (
            "04/2005",
            "`04/2005` in `made` is not a date",
            "write 2005-04 (a month the source gives without a day is written YYYY-MM)",
        ),
    ] {
        let yaml = s75(&format!("  commencement: 2011-07-01\n  made: {written}\n"));
        let error = problems(yaml.as_bytes());
        assert_eq!(error.problems.len(), 1, "{written}: {:?}", error.problems);
        let problem = &error.problems[0];
        assert_eq!(problem.message, message, "{written}");
        assert_eq!(problem.help.as_deref(), Some(help), "{written}");
        assert_eq!(
            (problem.span.line, problem.span.column),
            (5, 9),
            "{written}"
        );
    }
}

#[test]
fn a_waiver_expires_on_a_day_only() {
    let yaml = format!(
        "{}waivers:\n  - rule: GUIDE07-CL-18\n    reason: agreed by the board\n    approved_by: Joint Board, minute 7\n    expires: 2026\n",
        s75("  commencement: 2011-07-01\n")
    );
    let error = problems(yaml.as_bytes());
    let problem = &error.problems[0];
    assert_eq!(problem.message, "`2026` in `expires` is not a date");
    assert_eq!(
        problem.help.as_deref(),
        Some("write the day as YYYY-MM-DD, e.g. 2024-04-01: a waiver's last day is a full day")
    );
    assert_eq!(problem.span.line, line_of(&yaml, "expires: 2026"));
}

#[test]
fn a_year_that_straddles_the_2006_act_is_too_vague_for_the_legal_basis() {
    let yaml = s75("  made: 2007\n  commencement: 2007-04-01\n");
    let found = findings(&yaml);
    assert_too_vague(
        &found,
        "NHSA2006-75-BASIS",
        &yaml,
        "made",
        "`made` is 2007: too vague to decide whether the agreement was made before 1 March 2007, when s75 NHS Act 2006 replaced s31 Health Act 1999 (it may be any day from 1 January 2007 to 31 December 2007)",
        "the agreement was made",
    );
    // Nothing is guessed: no other finding of the rule.
    assert_eq!(of(&found, "NHSA2006-75-BASIS").len(), 1, "{found:#?}");
}

#[test]
fn a_year_that_decides_cleanly_reports_nothing_extra() {
    let day = findings(&s75("  made: 2011-06-30\n  commencement: 2012-04-01\n"));
    let year = findings(&s75("  made: 2011\n  commencement: 2012-04-01\n"));
    no_vague_finding(&year);
    assert!(of(&year, "NHSA2006-75-BASIS").is_empty(), "{year:#?}");
    // The same rules report as for a day in the year.
    let ids = |found: &[Finding]| found.iter().map(|f| f.rule.id).collect::<Vec<_>>();
    assert_eq!(ids(&year), ids(&day));
    // A month under s31 well before 2007 is decided too.
    let s31 = findings(&spec(
        "health_act_1999_s31",
        "  made: 2005-03\n  commencement: 2005-04\n  expiry: 2008\n",
    ));
    assert!(of(&s31, "NHSA2006-75-BASIS").is_empty(), "{s31:#?}");
    no_vague_finding(&s31);
}

#[test]
fn a_year_that_straddles_an_nhs_body_era_is_too_vague() {
    // Integrated care boards were established on 1 July 2022.
    let yaml = s75("  made: 2022\n  commencement: 2023-04-01\n");
    let found = findings(&yaml);
    assert_too_vague(
        &found,
        "REG617-3-1-NHSTYPE",
        &yaml,
        "made",
        "`made` is 2022: too vague to decide whether party `icb` (an integrated care board, which existed from 1 July 2022) existed when the agreement was made (it may be any day from 1 January 2022 to 31 December 2022)",
        "the agreement was made",
    );
    // A year wholly inside the era decides: nothing is reported.
    let found = findings(&s75("  made: 2023\n  commencement: 2023-04-01\n"));
    assert!(of(&found, "REG617-3-1-NHSTYPE").is_empty(), "{found:#?}");
    // A year wholly before it decides as a day would: the board did not yet exist.
    let found = findings(&s75("  made: 2021\n  commencement: 2021-04-01\n"));
    let hits = of(&found, "REG617-3-1-NHSTYPE");
    assert!(
        hits.iter().any(|f| f
            .message
            .contains("did not yet exist in 2021, when the agreement was made")),
        "{hits:#?}"
    );
}

#[test]
fn an_expiry_in_the_commencement_month_is_too_vague_to_order() {
    let yaml = s75("  commencement: 2024-04-15\n  expiry: 2024-04\n");
    let found = findings(&yaml);
    assert_too_vague(
        &found,
        "REG617-7-3-f",
        &yaml,
        "expiry",
        "`expiry` is 2024-04: too vague to decide whether the expiry date (2024-04) is before the commencement date (2024-04-15) (it may be any day from 1 April 2024 to 30 April 2024)",
        "the arrangements end",
    );
    // A month wholly before the commencement decides: the expiry is before it.
    let found = findings(&s75("  commencement: 2024-04-15\n  expiry: 2024-03\n"));
    let hits = of(&found, "REG617-7-3-f");
    assert!(
        hits.iter()
            .any(|f| f.message
                == "the expiry date 2024-03 is before the commencement date 2024-04-15"),
        "{hits:#?}"
    );
    no_vague_finding(&found);
}

#[test]
fn drafts_print_partial_dates_as_stated() {
    let yaml = spec(
        "health_act_1999_s31",
        "  made: 2011\n  commencement: 2005-04\n  expiry: 2012-03-31\n",
    );
    let markdown = &draft(&yaml);
    assert!(
        markdown.contains("This Agreement is dated 2011 "),
        "{markdown}"
    );
    assert!(
        markdown.contains("takes effect in April 2005 (the Commencement Date)"),
        "{markdown}"
    );
    // No day is invented for either.
    for invented in [
        "1 April 2005",
        "30 April 2005",
        "1 January 2011",
        "31 December 2011",
    ] {
        assert!(!markdown.contains(invented), "{invented}");
    }
}
