//! Payment agreements (s256 and s76 NHS Act 2006; s28A and s28BB NHS Act 1977 before 1 March
//! 2007): the payer and payee judged by date, no SI 2000/617 rule on a payment agreement, and
//! drafts reciting the era's power and the directions in force.

mod common;

use common::{draft, findings, of, sections};

/// The Background and payment sections of a draft: what the agreement itself says.
fn agreement_text(markdown: &str) -> String {
    sections(markdown)
        .into_iter()
        .filter(|(heading, _)| heading == "Background" || heading.ends_with("The payment"))
        .map(|(_, body)| body)
        .collect()
}
use jointly::rules::Severity;

/// An s256 payment agreement with the payer, the dates and the amounts given.
fn s256(payer_type: &str, made: &str, extra: &str) -> String {
    format!(
        "jointly: 1
agreement:
  legal_basis: nhs_act_2006_s256
  made: {made}
  commencement: {made}
parties:
  - id: nhs
    name: Westshire NHS
    type: {payer_type}
  - id: council
    name: Westshire County Council
    type: county_council
payment:
  payer: nhs
  payee: council
  purpose: Reablement places
  head: a
  effectiveness: A more effective use of funds.
  memorandum:
    terms: As in the memorandum.
  amounts:
    - amount: 1000
{extra}"
    )
}

#[test]
fn the_payer_is_judged_by_the_era_and_only_the_verified_era_gives_an_error() {
    // 2024: only NHS England or an ICB (verified).
    let found = findings(&s256("clinical_commissioning_group", "2024-04-01", ""));
    let payer = of(&found, "NHSA2006-256-1-PAYER");
    assert_eq!(payer.len(), 1, "{found:#?}");
    assert_eq!(payer[0].severity, Severity::Error);
    // 2015: a CCG could pay (secondary source): no finding.
    let found = findings(&s256("clinical_commissioning_group", "2015-04-01", ""));
    assert!(of(&found, "NHSA2006-256-1-PAYER").is_empty(), "{found:#?}");
    // 2015: an ICB did not exist yet; the era is from a secondary source, so it only warns.
    let found = findings(&s256("integrated_care_board", "2015-04-01", ""));
    let payer = of(&found, "NHSA2006-256-1-PAYER");
    assert_eq!(payer.len(), 1, "{found:#?}");
    assert_eq!(payer[0].severity, Severity::Warning);
    assert!(payer[0].unverified);
    // 2005: a Primary Care Trust under s28A.
    let found = findings(&s256("primary_care_trust", "2005-04-01", ""));
    assert!(of(&found, "NHSA2006-256-1-PAYER").is_empty(), "{found:#?}");
}

#[test]
fn no_partnership_regulations_rule_runs_on_a_payment_agreement() {
    let spec = s256(
        "integrated_care_board",
        "2024-04-01",
        "schemes:\n  - id: pool\n    pooled_fund:\n      host: council\n",
    );
    let found = findings(&spec);
    for finding in &found {
        let id = finding.rule.id;
        assert!(
            !id.starts_with("REG617") && !id.starts_with("GUIDE07") && !id.starts_with("HSC2000"),
            "{id} ran on a payment agreement"
        );
    }
}

#[test]
fn a_draft_recites_the_power_and_directions_in_force_when_the_agreement_was_made() {
    let before = agreement_text(&draft(&s256("primary_care_trust", "2005-04-01", "")));
    assert!(before.contains("Section 28A of the National Health Service Act 1977 allows"));
    assert!(!before.contains("Section 256 of"));
    assert!(before.contains(
        "pays Westshire County Council under section 28A of the National Health Service Act 1977"
    ));
    assert!(!before.contains("Directions 2013"));
    assert!(!before.contains("Regulations"));
    let after = agreement_text(&draft(&s256("integrated_care_board", "2024-04-01", "")));
    assert!(after.contains("Section 256 of the National Health Service Act 2006 allows"));
    assert!(after.contains("the National Health Service (Conditions Relating to Payments by NHS Bodies to Local Authorities) Directions 2013"));
    assert!(after.contains("Westshire NHS pays Westshire County Council under section 256"));
    assert!(after.contains("memorandum of agreement"));
    assert!(after.contains("£1,000.00"));
}

#[test]
fn an_s76_draft_names_section_28bb_before_the_2006_act() {
    let spec = "jointly: 1
agreement:
  legal_basis: nhs_act_2006_s76
  made: 2005-04-01
parties:
  - id: council
    type: county_council
  - id: pct
    type: primary_care_trust
payment:
  payer: council
  payee: pct
  purpose: Intermediate care beds
";
    let text = draft(spec);
    assert!(
        text.contains(
            "Section 28BB of the National Health Service Act 1977 allows a local authority"
        )
    );
    assert!(
        findings(spec)
            .iter()
            .all(|f| f.severity == Severity::Warning || f.rule.id.starts_with("jointly")),
        "{:#?}",
        findings(spec)
    );
}

#[test]
fn a_payment_draft_has_no_partnership_clauses_and_no_checklist() {
    let spec = s256("integrated_care_board", "2024-04-01", "");
    let (_, checked) = common::run(&spec);
    assert!(!checked.checklist.applies);
    let markdown = draft(&spec);
    let headings: Vec<String> = sections(&markdown).into_iter().map(|(h, _)| h).collect();
    for partnership in [
        "Governance",
        "Finance",
        "Staff and resources",
        "Boundary issues",
    ] {
        assert!(
            !headings.iter().any(|h| h.ends_with(partnership)),
            "{partnership} in {headings:#?}"
        );
    }
    assert!(headings.iter().any(|h| h.ends_with("The payment")));
    assert!(!markdown.contains("[To be agreed.]"), "{markdown}");
    assert!(!markdown.contains("2007 DCSF/DH agreement checklist"));
    // No clause refers to a termination clause the draft does not have.
    assert!(
        !markdown.contains("ended earlier under clause"),
        "{markdown}"
    );
    assert!(!headings.iter().any(|h| h.ends_with("Further terms")));
}

#[test]
fn a_clause_a_payment_spec_writes_is_drafted_under_further_terms() {
    let spec = s256(
        "integrated_care_board",
        "2024-04-01",
        "clauses:\n  disputes_termination_exit: Either partner may end the agreement on three months' notice.\n",
    );
    let markdown = draft(&spec);
    let further = sections(&markdown)
        .into_iter()
        .find(|(h, _)| h.ends_with("Further terms"))
        .map(|(_, body)| body)
        .expect("a Further terms clause");
    assert!(further.contains("**Disputes, termination and exit.** Either partner may end the agreement on three months' notice."), "{further}");
    assert!(!further.contains("Governance"), "{further}");
}

#[test]
fn a_payment_under_a_partnership_basis_stops_the_spec_loading_with_what_to_write() {
    let spec = s256("integrated_care_board", "2024-04-01", "").replace(
        "legal_basis: nhs_act_2006_s256",
        "legal_basis: nhs_act_2006_s75",
    );
    let error = common::problems(spec.as_bytes());
    let text = format!("{error:?}");
    assert!(
        text.contains("`payment` is the payment of an agreement under s256 or s76"),
        "{text}"
    );
    assert!(text.contains("other_funding"), "{text}");
}
