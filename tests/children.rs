//! Children's pooled funds under s10 Children Act 2004: relevant partners judged at the dates
//! made and commenced, the pool's contributors, the reg 7 items as advice only, frameworks with
//! s75 and s10 schemes each checked under their own basis, and drafts that recite s10 and the
//! partners' status, never SI 2000/617.

mod common;

use common::{draft, findings, of, run};

use jointly::rules::Severity;

/// A county council, a PCT, the police and a youth offending team pooling for short breaks.
fn spec(dates: &str, nhs: &str) -> String {
    format!(
        "jointly: 1
agreement:
  legal_basis: children_act_2004_s10
{dates}parties:
  - id: council
    type: county_council
    name: Westshire County Council
  - id: nhs
    type: {nhs}
    name: Westshire NHS
  - id: police
    type: police
    name: Westshire Police Authority
  - id: yot
    type: youth_offending_team
    name: Westshire Youth Offending Team
children:
  wellbeing: [health, protection]
  parents_and_carers: Parent carers sit on the board.
schemes:
  - id: short-breaks
    pooled_fund:
      host: council
      manager: {{post: Head of Children's Commissioning, employer: council}}
      reporting: {{frequency: quarterly, annual_return: true}}
      contributions:
        - {{party: council, amount: 900000}}
        - {{party: nhs, amount: 300000}}
        - {{party: police, amount: 20000}}
"
    )
}

const IN_2008: &str = "  made: 2008-03-20\n  commencement: 2008-04-01\n";
const IN_2023: &str = "  made: 2023-03-20\n  commencement: 2023-04-01\n";

fn s10_ids(found: &[jointly::rules::Finding]) -> Vec<&str> {
    found
        .iter()
        .map(|f| f.rule.id)
        .filter(|id| id.starts_with("CA2004") || id.starts_with("REG617"))
        .collect()
}

#[test]
fn each_era_has_its_own_nhs_relevant_partner() {
    assert!(s10_ids(&findings(&spec(IN_2008, "primary_care_trust"))).is_empty());
    assert!(s10_ids(&findings(&spec(IN_2023, "integrated_care_board"))).is_empty());

    let late_pct = findings(&spec(IN_2023, "primary_care_trust"));
    let by_date = of(&late_pct, "CA2004-10-4-BYDATE");
    assert_eq!(by_date.len(), 1, "{late_pct:#?}");
    assert_eq!(by_date[0].severity, Severity::Error);
    assert!(by_date[0].message.contains("only until 31 March 2013"));

    let early_icb = findings(&spec(IN_2008, "integrated_care_board"));
    let by_date = of(&early_icb, "CA2004-10-4-BYDATE");
    assert_eq!(by_date.len(), 1, "{early_icb:#?}");
    assert!(by_date[0].message.contains("only from 1 July 2022"));
}

#[test]
fn a_date_made_to_the_year_that_straddles_a_change_is_too_vague_to_decide() {
    let found = findings(&spec("  made: 2013\n", "primary_care_trust"));
    let by_date = of(&found, "CA2004-10-4-BYDATE");
    assert_eq!(by_date.len(), 1, "{found:#?}");
    assert_eq!(by_date[0].severity, Severity::Warning);
    assert!(by_date[0].message.contains("too vague"));
}

#[test]
fn no_reg_7_rule_runs_on_a_pure_s10_pool_and_its_items_are_advice() {
    let bare = spec(IN_2023, "integrated_care_board")
        .replace(
            "      manager: {post: Head of Children's Commissioning, employer: council}\n",
            "",
        )
        .replace(
            "      reporting: {frequency: quarterly, annual_return: true}\n",
            "",
        );
    let found = findings(&bare);
    assert!(found.iter().all(|f| !f.rule.id.starts_with("REG617")));
    let advice = of(&found, "CA2004-10-POOL-NOHOST");
    assert_eq!(advice.len(), 3, "{found:#?}");
    assert!(advice.iter().all(|f| f.severity == Severity::Warning));
}

#[test]
fn a_body_that_is_not_a_relevant_partner_cannot_pool() {
    let yaml = spec(IN_2023, "integrated_care_board")
        .replace("type: police", "type: voluntary_organisation");
    let found = findings(&yaml);
    let pool = of(&found, "CA2004-10-7-POOL");
    assert_eq!(pool.len(), 1, "{found:#?}");
    assert_eq!(pool[0].severity, Severity::Error);
    assert_eq!(
        pool[0].pointer,
        "/schemes/0/pooled_fund/contributions/2/party"
    );
    assert_eq!(of(&found, "CA2004-10-4-PARTNERS").len(), 1);
}

#[test]
fn a_framework_checks_its_s75_and_s10_schemes_each_under_its_own_basis() {
    let yaml = "jointly: 1
agreement:
  legal_basis: nhs_act_2006_s75
  made: 2023-03-20
  commencement: 2023-04-01
parties:
  - id: council
    type: unitary_authority
  - id: icb
    type: integrated_care_board
schemes:
  - id: adults
    pooled_fund:
      host: council
      contributions:
        - {party: icb, amount: 100}
  - id: children
    legal_basis: children_act_2004_s10
    pooled_fund:
      host: council
      contributions:
        - {party: icb, amount: 100}
";
    let (_, checked) = run(yaml);
    let found = &checked.findings;
    // The s10 pool rules report on the s10 scheme only: the council's missing contribution
    // is an error there, and the reg 7 items are advice.
    for id in ["CA2004-10-7-POOL", "CA2004-10-POOL-NOHOST"] {
        let hits = of(found, id);
        assert!(!hits.is_empty(), "{id}: {found:#?}");
        assert!(
            hits.iter().all(|f| f.pointer.starts_with("/schemes/1/")),
            "{hits:#?}"
        );
    }
    // The reg 7 rules report on the s75 scheme only.
    let reg7: Vec<_> = found
        .iter()
        .filter(|f| f.rule.id.starts_with("REG617-7"))
        .collect();
    assert!(!reg7.is_empty());
    assert!(
        reg7.iter().all(|f| !f.pointer.starts_with("/schemes/1")),
        "{reg7:#?}"
    );
    // The s10(2) aims are asked of the s10 scheme's arrangements.
    assert_eq!(of(found, "CA2004-10-2-AIMS").len(), 1);
}

#[test]
fn the_draft_recites_s10_and_the_partners_status_never_si_2000_617() {
    let markdown = draft(&spec(IN_2008, "primary_care_trust"));
    for present in [
        "section 10 of the Children Act 2004",
        "Westshire Police Authority, a police force or police authority, a relevant partner under section 10(4)(b) of the Children Act 2004",
        "a relevant partner under section 10(4)(e) of the Children Act 2004",
        "a relevant partner under section 10(4)(d) of the Children Act 2004",
    ] {
        assert!(
            markdown.contains(present),
            "{present:?} not in:\n{markdown}"
        );
    }
    for absent in ["2000/617", "the Regulations", "regulation 7"] {
        assert!(!markdown.contains(absent), "{absent:?} in:\n{markdown}");
    }
    // An ICB's listing from 1 July 2022 is not verified, so no status is drafted for it.
    let modern = draft(&spec(IN_2023, "integrated_care_board"));
    assert!(!modern.contains("section 10(4)(e)"), "{modern}");
}

#[test]
fn a_welsh_s10_agreement_is_pointed_to_s25() {
    let yaml = spec(IN_2023, "integrated_care_board").replace(
        "  legal_basis: children_act_2004_s10\n",
        "  legal_basis: children_act_2004_s10\n  jurisdiction: wales\n",
    );
    let found = findings(&yaml);
    let wales = of(&found, "CA2004-25-WALES");
    assert_eq!(wales.len(), 1, "{found:#?}");
    assert!(of(&found, "CA2004-10-1-LEAD").is_empty());
}
