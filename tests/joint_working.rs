//! Joint working and delegation under ss65Z5 and 65Z6 NHS Act 2006 (`legal_basis:
//! nhs_act_2006_s65z5`): the rules of SI 2000/617 do not run, the checklist rules do, the
//! basis is judged at the dates made and commenced, and the draft recites ss65Z5/65Z6 and the
//! s65Z7 guidance, never SI 2000/617.

mod common;

use common::{draft, findings, of, run};

use jointly::rules::Severity;

/// An ICB and a council exercising the ICB's commissioning jointly, with an s65Z6 pool.
fn spec(agreement: &str, joint_working: &str) -> String {
    format!(
        "jointly: 1
agreement:
  legal_basis: nhs_act_2006_s65z5
{agreement}parties:
  - id: icb
    type: integrated_care_board
    name: NHS Westshire Integrated Care Board
  - id: council
    type: unitary_authority
    name: Westshire Council
schemes:
  - id: community
    functions:
      nhs: [Community health services commissioning]
    delegations:
      - direction: nhs_to_la
        nature: commissioning
        from: icb
        to: council
        exercised: jointly
        payments: [{{from: icb, amount: 0}}]
    pooled_fund:
      host: council
      contributions:
        - {{party: icb, amount: 1000000}}
        - {{party: council, amount: 500000}}
{joint_working}"
    )
}

const TERMS: &str = "joint_working:
  in_writing: true
  liability_retained: true
  joint_committee:
    name: Westshire Joint Commissioning Committee
    members: [icb, council]
  guidance:
    had_regard: true
    edition: current edition
";

const DATED: &str = "  made: 2025-03-27\n  commencement: 2025-04-01\n";

#[test]
fn no_si_2000_617_rule_runs_but_the_checklist_does() {
    let (_, checked) = run(&spec(DATED, TERMS));
    let ids: Vec<&str> = checked.applied.iter().map(|r| r.id).collect();
    assert!(
        ids.iter()
            .all(|id| !id.starts_with("REG617") && !id.starts_with("HSC2000")),
        "{ids:?}"
    );
    assert!(ids.contains(&"NHSA2006-65Z6-POOL"), "{ids:?}");
    assert!(ids.contains(&"GUIDE07-CL-01"), "{ids:?}");
    assert!(!ids.contains(&"NHSA2006-75-BASIS"), "{ids:?}");
    let found = findings(&spec(DATED, TERMS));
    assert!(
        found.iter().all(|f| !f.rule.id.starts_with("NHSA2006-65Z")),
        "{found:#?}"
    );
}

#[test]
fn commencing_before_july_2022_is_a_warning_when_made_after() {
    let found = findings(&spec(
        "  made: 2022-07-14\n  commencement: 2022-04-01\n",
        TERMS,
    ));
    let hits = of(&found, "NHSA2006-65Z5-ALT");
    assert_eq!(hits.len(), 1, "{found:#?}");
    assert_eq!(hits[0].severity, Severity::Warning);
    assert!(
        hits[0]
            .message
            .contains("before those sections took effect on 1 July 2022")
    );
}

#[test]
fn a_year_that_straddles_1_july_2022_is_too_vague() {
    let found = findings(&spec("  made: 2022\n", TERMS));
    let hits = of(&found, "NHSA2006-65Z5-ALT");
    assert_eq!(hits.len(), 1, "{found:#?}");
    assert_eq!(hits[0].pointer, "/agreement/made");
    assert_eq!(hits[0].severity, Severity::Warning);
}

#[test]
fn a_signed_agreement_without_its_date_made_is_reported() {
    let found = findings(&spec(
        "  status: signed\n  commencement: 2025-04-01\n",
        TERMS,
    ));
    let hits = of(&found, "NHSA2006-65Z5-ALT");
    assert_eq!(hits.len(), 1, "{found:#?}");
    assert_eq!(hits[0].pointer, "/agreement/made");
    assert_eq!(hits[0].severity, Severity::Warning);
}

#[test]
fn an_agreement_with_no_delegation_is_an_error() {
    let yaml = format!(
        "jointly: 1
agreement:
  legal_basis: nhs_act_2006_s65z5
{DATED}parties:
  - id: icb
    type: integrated_care_board
  - id: council
    type: unitary_authority
{TERMS}"
    );
    let found = findings(&yaml);
    let hits = of(&found, "NHSA2006-65Z5-1-PARTIES");
    assert_eq!(hits.len(), 1, "{found:#?}");
    assert_eq!(hits[0].severity, Severity::Error);
    assert_eq!(hits[0].pointer, "/schemes");
}

#[test]
fn the_draft_recites_its_own_law_and_never_si_2000_617() {
    let markdown = draft(&spec(DATED, TERMS));
    for absent in [
        "2000/617",
        "the Regulations",
        "regulation 7",
        "regulation 9",
    ] {
        assert!(!markdown.contains(absent), "{absent:?} in:\n{markdown}");
    }
    for present in [
        "Sections 65Z5 and 65Z6 of the National Health Service Act 2006, inserted by section 71 of the Health and Care Act 2022",
        "had regard to the guidance NHS England has issued under section 65Z7 of the National Health Service Act 2006",
        "(current edition)",
        "The arrangements set out in each Scheme are made under sections 65Z5 and 65Z6 of the National Health Service Act 2006",
        "do not affect the liability of a Partner",
        "through the Westshire Joint Commissioning Committee, whose members are NHS Westshire Integrated Care Board and Westshire Council",
        "a fund established and maintained under section 65Z6",
        "NHS Westshire Integrated Care Board and Westshire Council exercise functions of NHS Westshire Integrated Care Board jointly",
    ] {
        assert!(
            markdown.contains(present),
            "{present:?} not in:\n{markdown}"
        );
    }
}

#[test]
fn the_draft_states_no_regard_or_liability_the_spec_does_not_record() {
    let markdown = draft(&spec(DATED, "joint_working:\n  in_writing: true\n"));
    assert!(!markdown.contains("Partners have had regard"), "{markdown}");
    assert!(
        !markdown.contains("do not affect the liability"),
        "{markdown}"
    );
    assert!(
        markdown.contains(
            "The arrangements set out in each Scheme are made under sections 65Z5 and 65Z6"
        )
    );
}

#[test]
fn an_s75_agreement_recites_nothing_of_joint_working() {
    // Joint working terms under an s75 basis stop the spec loading, with what to write.
    let yaml = spec(DATED, TERMS).replace("nhs_act_2006_s65z5", "nhs_act_2006_s75");
    let refused = format!("{:?}", common::problems(yaml.as_bytes()));
    assert!(
        refused.contains("`joint_working` holds the terms of an arrangement under ss65Z5"),
        "{refused}"
    );
    let yaml = spec(DATED, "").replace("nhs_act_2006_s65z5", "nhs_act_2006_s75");
    let markdown = draft(&yaml);
    for absent in [
        "inserted by section 71",
        "section 65Z7 of",
        "under section 65Z6",
    ] {
        assert!(!markdown.contains(absent), "{absent:?} in:\n{markdown}");
    }
}
