//! Wales: `legal_basis: nhs_wales_act_2006_s33` and `sswba_2014_part9`. SI 2000/617's rules
//! and the English checklist do not run on them, the England-only findings do not fire, the
//! s33 basis is drafted as s31 Health Act 1999 before 1 March 2007, and no Welsh draft recites
//! SI 2000/617.

mod common;

use common::{draft, findings, of, root};

use jointly::rules::Severity;

/// A Welsh s33 pooled fund between a Local Health Board and a county council.
fn s33(made: &str) -> String {
    format!(
        "jointly: 1
agreement:
  legal_basis: nhs_wales_act_2006_s33
  jurisdiction: wales
  made: {made}
  commencement: {made}
parties:
  - id: lhb
    type: local_health_board
    name: Aneurin Bevan University Health Board
  - id: council
    type: county_council
    name: Monmouthshire County Council
schemes:
  - id: frailty
    delegations:
      - {{direction: nhs_to_la, nature: provision, from: lhb, to: council}}
    pooled_fund:
      host: council
      contributions:
        - {{party: lhb, amount: 770000}}
        - {{party: council, amount: 230000}}
"
    )
}

fn sample() -> String {
    std::fs::read_to_string(root().join("samples/gwent-care-homes-2018.yaml")).unwrap()
}

#[test]
fn no_si_2000_617_rule_runs_on_a_welsh_basis() {
    for yaml in [s33("2012-04-01"), s33("2005-04-01"), sample()] {
        let found = findings(&yaml);
        let english: Vec<_> = found
            .iter()
            .filter(|f| !f.rule.id.starts_with("WAL-"))
            .map(|f| f.rule.id)
            .collect();
        assert!(english.is_empty(), "{english:?}");
    }
}

#[test]
fn a_welsh_s75_agreement_still_hears_that_si_2000_617_is_english() {
    let yaml = s33("2012-04-01").replace("nhs_wales_act_2006_s33", "nhs_act_2006_s75");
    let found = findings(&yaml);
    let extent = of(&found, "REG617-1-2-EXTENT");
    assert_eq!(extent.len(), 1);
    assert!(
        extent[0]
            .help
            .as_deref()
            .unwrap_or("")
            .contains("nhs_wales_act_2006_s33")
    );
    assert!(of(&found, "WAL-S33-BASIS").is_empty());
}

#[test]
fn an_s33_draft_recites_the_welsh_law_at_its_date() {
    let after = draft(&s33("2012-04-01"));
    assert!(after.contains("Section 33 of the National Health Service (Wales) Act 2006"));
    assert!(after.contains("SI 2000/2993 (W. 193)"));
    let before = draft(&s33("2005-04-01"));
    assert!(before.contains("Section 31 of the Health Act 1999"));
    assert!(before.contains("SI 2000/2993 (W. 193)"));
    assert!(!before.contains("National Health Service (Wales) Act 2006 and"));
    for text in [after, before] {
        assert!(!text.contains("SI 2000/617"), "{text}");
        assert!(!text.contains("regulation 7 of the Regulations"));
    }
}

#[test]
fn a_part9_draft_recites_part9_the_2015_regulations_and_the_board() {
    let text = draft(&sample());
    assert!(text.contains("Part 9 of the Social Services and Well-being (Wales) Act 2014"));
    assert!(text.contains("SI 2015/1989 (W. 299)"));
    assert!(text.contains("section 167"));
    assert!(text.contains("under the direction of Gwent Regional Partnership Board"));
    assert!(!text.contains("SI 2000/617"));
}

#[test]
fn the_sample_reports_what_its_sources_leave_out() {
    let found = findings(&sample());
    let host = of(&found, "WAL-SSWBA-167-POOL");
    assert_eq!(host.len(), 1);
    assert_eq!(host[0].severity, Severity::Error);
    assert_eq!(of(&found, "WAL-POOL-CH").len(), 1);
    // Gwent's members, read in reg 2, are all parties: no membership finding.
    assert!(of(&found, "WAL-PAR2015-RPB").is_empty());
}

#[test]
fn other_regions_members_only_warn_unverified() {
    let yaml = sample().replace("region: gwent", "region: north_wales");
    let found = findings(&yaml);
    let members = of(&found, "WAL-PAR2015-RPB");
    assert!(!members.is_empty());
    assert!(
        members.iter().all(|f| f.severity == Severity::Warning
            && (f.unverified || f.message.contains("not one of")))
    );
}

#[test]
fn a_care_home_pool_is_not_owed_before_april_2018() {
    let yaml = sample()
        .replace("    - scheme: care-homes\n      kind: care_home_accommodation # [MCC KI-4] \"pooled funds for care home Accommodation\"\n", "")
        .replace("  approvals:", "  expiry: 2018-03-31\n  approvals:");
    let found = findings(&yaml);
    assert!(of(&found, "WAL-POOL-CH").is_empty(), "{found:?}");
}
