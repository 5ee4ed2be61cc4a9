//! Children's co-operation in Wales under s25 Children Act 2004 (`children_act_2004_s25`):
//! the Welsh relevant partners of s25(4), s25 kept to Wales and s10 to England, an s25 scheme
//! in a Welsh s33 framework checked under its own basis, and a draft that recites s25 and
//! never SI 2000/617.

mod common;

use common::{draft, findings, of};

use jointly::rules::Severity;

/// A county borough council, its Local Health Board and the youth offending team pooling for
/// disabled children under s25.
fn spec(dates: &str, nhs: &str) -> String {
    format!(
        "jointly: 1
agreement:
  legal_basis: children_act_2004_s25
  jurisdiction: wales
{dates}parties:
  - id: council
    type: county_borough_council
    name: Cwmtaf County Borough Council
  - id: nhs
    type: {nhs}
    name: Cwmtaf Health
  - id: yot
    type: youth_offending_team
    name: Cwmtaf Youth Offending Team
schemes:
  - id: disabled-children
    pooled_fund:
      host: council
      contributions:
        - {{party: council, amount: 700000}}
        - {{party: nhs, amount: 300000}}
"
    )
}

const IN_2012: &str = "  made: 2012-03-20\n  commencement: 2012-04-01\n";

#[test]
fn a_welsh_pool_with_its_local_health_board_has_no_s25_finding_and_no_english_rules() {
    let found = findings(&spec(IN_2012, "local_health_board"));
    assert!(of(&found, "CA2004-25-WALES").is_empty(), "{found:#?}");
    // Neither SI 2000/617 nor the s10 rules run on an s25 agreement.
    assert!(
        found
            .iter()
            .all(|f| !f.rule.id.starts_with("REG617") && !f.rule.id.starts_with("CA2004-10")),
        "{found:#?}"
    );
}

#[test]
fn english_nhs_bodies_are_not_s25_partners_and_their_contributions_are_doubted() {
    let found = findings(&spec(IN_2012, "integrated_care_board"));
    let wales = of(&found, "CA2004-25-WALES");
    assert_eq!(wales.len(), 2, "{found:#?}");
    assert!(
        wales
            .iter()
            .all(|f| f.unverified && f.severity == Severity::Warning)
    );
    assert_eq!(wales[0].pointer, "/parties/1/type");
    assert_eq!(
        wales[1].pointer,
        "/schemes/0/pooled_fund/contributions/1/party"
    );
}

#[test]
fn s25_is_for_wales_and_s10_for_england() {
    let english = spec(IN_2012, "local_health_board")
        .replace("  jurisdiction: wales\n", "  jurisdiction: england\n");
    let found = findings(&english);
    let wales = of(&found, "CA2004-25-WALES");
    assert_eq!(wales.len(), 1, "{found:#?}");
    assert_eq!(wales[0].severity, Severity::Error);
    assert_eq!(wales[0].pointer, "/agreement/jurisdiction");

    // A Welsh agreement under s10 is pointed to the new basis value.
    let s10 = spec(IN_2012, "local_health_board")
        .replace("children_act_2004_s25", "children_act_2004_s10");
    let found = findings(&s10);
    let wales = of(&found, "CA2004-25-WALES");
    assert_eq!(wales.len(), 1, "{found:#?}");
    let help = wales[0].help.as_deref().unwrap_or_default();
    assert!(
        help.contains("legal_basis: children_act_2004_s25"),
        "{help}"
    );
}

#[test]
fn dates_before_the_act_are_errors_and_before_the_version_read_unverified() {
    let early = spec(
        "  made: 2004-10-01\n  commencement: 2006-04-01\n",
        "local_health_board",
    );
    let found = findings(&early);
    let wales = of(&found, "CA2004-25-WALES");
    assert_eq!(wales.len(), 2, "{found:#?}");
    assert_eq!(wales[0].severity, Severity::Error);
    assert!(
        wales[0]
            .message
            .contains("before the Children Act 2004 received Royal Assent")
    );
    assert!(wales[1].unverified && wales[1].message.contains("1 April 2008"));
}

#[test]
fn an_s25_scheme_in_a_welsh_s33_framework_is_checked_under_s25() {
    let yaml = "jointly: 1
agreement:
  legal_basis: nhs_wales_act_2006_s33
  jurisdiction: wales
  made: 2015-03-20
  commencement: 2015-04-01
parties:
  - id: council
    type: county_council
  - id: lhb
    type: local_health_board
  - id: charity
    type: voluntary_organisation
schemes:
  - id: children
    legal_basis: children_act_2004_s25
    pooled_fund:
      host: council
      contributions:
        - {party: lhb, amount: 100000}
        - {party: charity, amount: 5000}
";
    let found = findings(yaml);
    let wales = of(&found, "CA2004-25-WALES");
    let pointers: Vec<&str> = wales.iter().map(|f| f.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "/schemes/0/pooled_fund/contributions",
            "/schemes/0/pooled_fund/contributions/1/party"
        ],
        "{found:#?}"
    );
    assert!(wales.iter().all(|f| f.unverified));
    // The s33 rules report nothing under the s25 scheme.
    assert!(
        found
            .iter()
            .filter(|f| f.rule.id.starts_with("WAL-"))
            .all(|f| !f.pointer.starts_with("/schemes/0")),
        "{found:#?}"
    );
}

#[test]
fn the_draft_recites_s25_and_the_partners_status_never_si_2000_617() {
    let markdown = draft(&spec(IN_2012, "local_health_board"));
    for present in [
        "Section 25 of the Children Act 2004 requires each local authority in Wales",
        "a relevant partner under section 25(4)(d) of the Children Act 2004",
        "a relevant partner under section 25(4)(c) of the Children Act 2004",
        "section 25(6) of the Children Act 2004",
    ] {
        assert!(
            markdown.contains(present),
            "{present:?} not in:\n{markdown}"
        );
    }
    for absent in ["2000/617", "the Regulations", "regulation 7", "section 10"] {
        assert!(!markdown.contains(absent), "{absent:?} in:\n{markdown}");
    }
    // Before the version of s25 jointly has read, no partner status is drafted.
    let early = draft(&spec(
        "  made: 2007-03-20\n  commencement: 2007-04-01\n",
        "local_health_board",
    ));
    assert!(!early.contains("section 25(4)(d)"), "{early}");
}
