//! Modern clauses (rulebook §3.17): advice only, by the agreement's dates whether or not the
//! spec has a `modern` block: each rule only for agreements made or commenced on or after its
//! template's date (or, undated, by the latest date the spec states; with none, a draft
//! written now).

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
fn without_a_modern_block_the_advice_is_given_by_date() {
    assert_eq!(
        fired(&spec("  made: 2024-03-28\n", false)),
        fired(&spec("  made: 2024-03-28\n", true))
    );
    assert!(fired(&spec("  made: 2024-03-28\n", false)).contains(&"MODERN-DP-ROLES"));
    assert!(fired(&spec("  made: 2010-03-28\n", false)).is_empty());
}

#[test]
fn an_undated_agreement_is_dated_by_what_the_spec_does_state() {
    let with_year = |year: &str| {
        spec("", false).replace(
            "  - id: community-support\n",
            &format!("  - id: community-support\n    pooled_fund:\n      financial_year: {year}\n"),
        )
    };
    assert!(fired(&with_year("2010/11")).is_empty());
    assert!(fired(&with_year("2024/25")).contains(&"MODERN-DP-ROLES"));
    let approved = spec(
        "  approvals:\n    - by: Cabinet\n      date: 2009-06-01\n",
        false,
    );
    assert!(fired(&approved).is_empty());
}

#[test]
fn no_advice_is_given_under_section_31_which_ended_before_the_templates() {
    let yaml = spec("", true).replace("nhs_act_2006_s75", "health_act_1999_s31");
    assert!(fired(&yaml).is_empty());
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
