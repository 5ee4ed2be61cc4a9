//! Modern clauses (rulebook §3.17): advice only, run on a spec with a `modern` block, and
//! each rule only for agreements made or commenced on or after its template's date (or
//! stating neither).

mod common;

use common::{findings, of};

use jointly::rules::Severity;

/// An s75 agreement with an empty `modern` block and the given date lines.
fn spec(dates: &str, modern: bool) -> String {
    format!(
        "jointly: 1
agreement:
  legal_basis: nhs_act_2006_s75
{dates}parties:
  - id: icb
    type: integrated_care_board
  - id: council
    type: county_council
schemes:
  - id: community-support
{}",
        if modern { "modern: {}\n" } else { "" }
    )
}

const IDS: [&str; 8] = [
    "MODERN-DP-ROLES",
    "MODERN-DP-DSA",
    "MODERN-FOI",
    "MODERN-LIAB-RETAINED",
    "MODERN-COUNTERPARTS",
    "MODERN-NOTICES",
    "MODERN-EXIT",
    "MODERN-VARIATION",
];

fn fired(yaml: &str) -> Vec<&'static str> {
    let found = findings(yaml);
    IDS.into_iter()
        .filter(|id| !of(&found, id).is_empty())
        .collect()
}

#[test]
fn without_a_modern_block_no_advice_is_given() {
    assert!(fired(&spec("  made: 2024-03-28\n", false)).is_empty());
}

#[test]
fn an_undated_agreement_gets_every_rule_that_applies_and_only_warnings() {
    let found = findings(&spec("", true));
    assert!(
        found
            .iter()
            .filter(|f| f.rule.id.starts_with("MODERN-"))
            .all(|f| f.severity == Severity::Warning)
    );
    // Two parties: no counterparts advice; no pool: only the notice period of the exit plan.
    assert_eq!(
        fired(&spec("", true)),
        [
            "MODERN-DP-ROLES",
            "MODERN-DP-DSA",
            "MODERN-FOI",
            "MODERN-LIAB-RETAINED",
            "MODERN-NOTICES",
            "MODERN-EXIT",
            "MODERN-VARIATION"
        ]
    );
}

#[test]
fn each_rule_starts_at_its_templates_date() {
    let at = |day: &str| {
        fired(&spec(
            &format!("  made: {day}\n  commencement: {day}\n"),
            true,
        ))
    };
    assert!(at("2010-12-31").is_empty());
    assert_eq!(
        at("2013-04-01"),
        ["MODERN-LIAB-RETAINED", "MODERN-EXIT", "MODERN-VARIATION"]
    );
    assert_eq!(
        at("2018-01-01"),
        [
            "MODERN-FOI",
            "MODERN-LIAB-RETAINED",
            "MODERN-NOTICES",
            "MODERN-EXIT",
            "MODERN-VARIATION"
        ]
    );
    assert_eq!(at("2018-05-25").len(), 7);
}

#[test]
fn a_vague_date_that_may_fall_after_the_template_gets_the_advice() {
    let found = fired(&spec("  commencement: 2018\n", true));
    assert!(found.contains(&"MODERN-DP-ROLES"));
}

#[test]
fn the_complete_sample_needs_no_modern_advice() {
    assert!(fired(&common::complete()).is_empty());
}
