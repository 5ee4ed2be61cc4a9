//! The dashboard for the agreement-level shapes: review timing in words, the last review
//! held, and agreements that have ended.

use super::*;

/// An agreement with a PCT party (abolished by `AS_OF`) and the given `agreement` lines.
fn shaped(path: &str, agreement: &str) -> Entry {
    spec(
        path,
        &format!(
            "jointly: 1
agreement:
  title: Shaped agreement
  legal_basis: nhs_act_2006_s75
  made: 2010-03-01
  commencement: 2010-04-01
{agreement}parties:
  - {{id: pct, type: primary_care_trust}}
  - {{id: council, type: county_council}}
"
        ),
        AS_OF,
    )
}

#[test]
fn the_next_review_is_one_frequency_after_the_last_review_held() {
    let entries = [shaped(
        "last.yaml",
        "  expiry: 2030-03-31\n  review: {first: 2010-10-01, last: 2025-12-31, frequency: annually}\n",
    )];
    let portfolio = build(&entries, AS_OF);
    let due: Vec<(DueKind, Date, Option<&str>)> = portfolio
        .due
        .iter()
        .map(|d| (d.kind, d.date, d.last_long.as_deref()))
        .collect();
    assert_eq!(
        due,
        [(
            DueKind::NextReview,
            date(2026, 12, 31),
            Some("31 December 2025")
        )]
    );
    assert!(portfolio.undated_reviews.is_empty());
    let markdown = to_markdown(&portfolio).unwrap();
    assert!(
        markdown.contains("| 31 December 2026 | Next review (last held 31 December 2025) |"),
        "{markdown}"
    );
}

#[test]
fn a_review_timing_in_words_or_a_last_review_without_frequency_cannot_be_dated() {
    let entries = [
        shaped(
            "a-timing.yaml",
            "  expiry: 2030-03-31\n  review: {timing: end of each calendar year}\n",
        ),
        shaped(
            "b-last.yaml",
            "  expiry: 2030-03-31\n  review: {first: 2026-12-01, last: 2025-06-30}\n",
        ),
    ];
    let portfolio = build(&entries, AS_OF);
    assert!(portfolio.due.is_empty(), "{:#?}", portfolio.due);
    let undated: Vec<(&str, Option<&str>, &str)> = portfolio
        .undated_reviews
        .iter()
        .map(|u| (u.path.as_str(), u.timing.as_deref(), u.reason))
        .collect();
    assert_eq!(
        undated,
        [
            (
                "a-timing.yaml",
                Some("end of each calendar year"),
                "the review timing is in words"
            ),
            (
                "b-last.yaml",
                None,
                "the last review is given without a frequency"
            ),
        ]
    );
    let markdown = to_markdown(&portfolio).unwrap();
    assert!(
        markdown.contains("reviewed \"end of each calendar year\" (the review timing is in words)"),
        "{markdown}"
    );
    let html = to_html(&portfolio).unwrap();
    assert!(html.contains("Reviews jointly cannot date"));
}

#[test]
fn ended_agreements_are_shown_as_ended_with_nothing_due_but_are_still_checked() {
    let entries = [
        shaped(
            "ended.yaml",
            "  status: terminated\n  expiry: 2026-12-01\n  review: {timing: end of each calendar year}\n",
        ),
        shaped("live.yaml", "  status: signed\n  expiry: 2026-12-01\n"),
    ];
    let portfolio = build(&entries, AS_OF);
    let due: Vec<&str> = portfolio.due.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(due, ["live.yaml"]);
    let novations: Vec<&str> = portfolio
        .novations
        .iter()
        .map(|n| n.path.as_str())
        .collect();
    assert_eq!(novations, ["live.yaml"]);
    assert!(portfolio.undated_reviews.is_empty());
    let ended: Vec<(&str, crate::spec::Status)> = portfolio
        .ended
        .iter()
        .map(|e| (e.path.as_str(), e.status))
        .collect();
    assert_eq!(ended, [("ended.yaml", crate::spec::Status::Terminated)]);
    assert_eq!(portfolio.heat_map.rows.len(), 2);
    let markdown = to_markdown(&portfolio).unwrap();
    assert!(markdown.contains("## Ended agreements"), "{markdown}");
    assert!(
        markdown.contains("| Terminated | 1 December 2026 |"),
        "{markdown}"
    );
    let html = to_html(&portfolio).unwrap();
    assert!(html.contains("<h2 id=\"h-ended\">Ended agreements</h2>"));
}

#[test]
fn without_the_new_shapes_the_json_has_no_new_keys() {
    let portfolio = build(&samples(AS_OF), AS_OF);
    let json = serde_json::to_value(&portfolio).unwrap();
    assert!(json.get("undated_reviews").is_none());
    assert!(json.get("ended").is_none());
    assert!(
        json["due"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d.get("last_long").is_none())
    );
}

#[test]
fn a_partial_date_is_shown_as_stated_and_due_only_once_its_last_day_has_passed() {
    // `AS_OF` is 25 November 2026.
    let entries = [
        shaped("a-year.yaml", "  expiry: 2026\n"),
        shaped("b-month.yaml", "  expiry: 2026-11\n"),
        shaped("c-past.yaml", "  expiry: 2026-10\n"),
        shaped(
            "d-review.yaml",
            "  expiry: 2030-03-31\n  review: {last: 2025-11, frequency: annually}\n",
        ),
    ];
    let portfolio = build(&entries, AS_OF);
    let due: Vec<(&str, &str, bool, &str)> = portfolio
        .due
        .iter()
        .map(|d| {
            (
                d.path.as_str(),
                d.date_long.as_str(),
                d.overdue,
                d.status.as_str(),
            )
        })
        .collect();
    assert_eq!(
        due,
        [
            (
                "c-past.yaml",
                "October 2026",
                true,
                "overdue by 25 days (its last day was 31 October 2026)"
            ),
            (
                "b-month.yaml",
                "November 2026",
                false,
                "due by 30 November 2026, in 5 days"
            ),
            (
                "d-review.yaml",
                "by 30 November 2026",
                false,
                "due by 30 November 2026, in 5 days"
            ),
            (
                "a-year.yaml",
                "2026",
                false,
                "due by 31 December 2026, in 36 days"
            ),
        ]
    );
    assert_eq!(portfolio.due[2].last_long.as_deref(), Some("November 2025"));
}
