//! Cases from real agreements' shapes, one per legal point: each asserts the rule ID, the
//! severity, whether the finding is unverified, and the line it points at (or that there is no
//! finding). The rule fixtures hold one passing and one failing spec per rule; these hold the
//! other cases a solicitor would ask about.

mod common;

use common::{PARTIES, findings, line_of, of};

use jointly::rules::{Finding, Severity};

fn assert_one(
    found: &[Finding],
    id: &str,
    severity: Severity,
    unverified: bool,
    line: u32,
) -> Finding {
    let hits = of(found, id);
    assert_eq!(hits.len(), 1, "{id}: {hits:#?}");
    let hit = hits[0];
    assert_eq!(
        (hit.severity, hit.unverified, hit.span.line),
        (severity, unverified, line),
        "{id}: {}",
        hit.message
    );
    hit.clone()
}

fn spec(agreement: &str, rest: &str) -> String {
    format!("jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\n{agreement}{PARTIES}{rest}")
}

// Item 1 and 2: the pool manager and s113.

fn pool_with_manager(manager: &str) -> String {
    spec(
        "",
        &format!(
            "schemes:\n  - id: ld\n    pooled_fund:\n      host: council\n      manager:\n{manager}"
        ),
    )
}

#[test]
fn an_s113_officer_placed_at_the_hosts_disposal_is_the_hosts_pool_manager() {
    let yaml = pool_with_manager(
        "        post: Director of Integrated Commissioning\n        employer: icb\n        placed_under_s113: true\n",
    );
    assert!(of(&findings(&yaml), "REG617-7-4-PM").is_empty());
}

#[test]
fn a_manager_employed_by_another_partner_without_s113_is_an_unverified_warning() {
    let yaml = pool_with_manager(
        "        post: Director of Integrated Commissioning\n        employer: icb\n",
    );
    let hit = assert_one(
        &findings(&yaml),
        "REG617-7-4-PM",
        Severity::Warning,
        true,
        line_of(&yaml, "employer: icb"),
    );
    let help = hit.help.unwrap();
    assert!(help.contains("placed_under_s113: true"), "{help}");
    assert!(!help.contains("make the host the employer"), "{help}");
}

#[test]
fn an_s113_placement_between_two_nhs_bodies_is_questioned() {
    let yaml = spec(
        "",
        "  - id: trust\n    type: nhs_trust\n    signatory: {position: Chief Executive}\n    nhs_contracts_with: [icb]\nschemes:\n  - id: ld\n    pooled_fund:\n      host: icb\n      manager:\n        post: Finance lead\n        employer: trust\n        placed_under_s113: true\n",
    );
    assert_one(
        &findings(&yaml),
        "REG617-7-4-PM",
        Severity::Warning,
        true,
        line_of(&yaml, "employer: trust"),
    );
}

#[test]
fn a_pool_without_a_manager_is_still_an_error() {
    let yaml = spec(
        "",
        "schemes:\n  - id: ld\n    pooled_fund:\n      host: council\n",
    );
    assert_one(
        &findings(&yaml),
        "REG617-7-4-PM",
        Severity::Error,
        false,
        line_of(&yaml, "pooled_fund:"),
    );
}

// Item 2: reg 5 exclusions.

#[test]
fn services_around_an_excluded_treatment_are_not_excluded() {
    let yaml = spec(
        "",
        "schemes:\n  - id: ld\n    services:\n      - Reablement at home after hip surgery\n      - Signposting to abortion services\n      - Information about endoscopy\n      - Support for people recovering from surgery\n    functions:\n      health_related:\n        - Home adaptations for people returning home from surgery or abortion\n",
    );
    let found = findings(&yaml);
    for id in ["REG617-5-X-SURGERY", "REG617-5-X-TOP", "REG617-5-X-ENDO"] {
        assert!(of(&found, id).is_empty(), "{id}: {:#?}", of(&found, id));
    }
}

#[test]
fn providing_an_excluded_treatment_is_still_an_error() {
    let yaml = spec(
        "",
        "schemes:\n  - id: ld\n    functions:\n      nhs:\n        - Day-case surgery under section 3 of the NHS Act 2006\n",
    );
    assert_one(
        &findings(&yaml),
        "REG617-5-X-SURGERY",
        Severity::Error,
        false,
        line_of(&yaml, "Day-case surgery"),
    );
}

// Item 2: reg 7(3)(f) reads "review or variation or termination".

#[test]
fn review_and_variation_without_termination_meet_reg_7_3_f() {
    let yaml = spec(
        "  commencement: 2024-04-01\n  expiry: 2027-03-31\n  review: {first: 2024-10-01}\n",
        "schemes:\n  - id: ld\n    pooled_fund:\n      host: council\nclauses:\n  variation: In writing, signed by both partners.\n",
    );
    let found = findings(&yaml);
    assert!(of(&found, "REG617-7-3-f").is_empty(), "{found:#?}");
    assert_one(
        &found,
        "GUIDE07-CL-22",
        Severity::Warning,
        false,
        line_of(&yaml, "clauses:"),
    );
}

// Item 3: dates.

#[test]
fn an_icb_cannot_make_an_agreement_before_icbs_existed() {
    let yaml = spec("  made: 2022-06-15\n  commencement: 2022-07-01\n", "");
    let hit = assert_one(
        &findings(&yaml),
        "REG617-3-1-NHSTYPE",
        Severity::Error,
        false,
        line_of(&yaml, "type: integrated_care_board"),
    );
    assert!(
        hit.message
            .contains("2022-06-15, when the agreement was made"),
        "{}",
        hit.message
    );
}

#[test]
fn an_s31_agreement_made_before_march_2007_and_commencing_after_is_an_unverified_warning() {
    let yaml = "jointly: 1\nagreement:\n  legal_basis: health_act_1999_s31\n  made: 2007-02-20\n  commencement: 2007-04-01\nparties:\n  - id: pct\n    type: primary_care_trust\n  - id: council\n    type: county_council\n";
    assert_one(
        &findings(yaml),
        "NHSA2006-75-BASIS",
        Severity::Warning,
        true,
        line_of(yaml, "legal_basis"),
    );
}

#[test]
fn s75_for_an_agreement_made_before_march_2007_is_an_error_even_if_it_commences_later() {
    let yaml = "jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\n  made: 2007-02-20\n  commencement: 2007-04-01\nparties:\n  - id: pct\n    type: primary_care_trust\n  - id: council\n    type: county_council\n";
    assert_one(
        &findings(yaml),
        "NHSA2006-75-BASIS",
        Severity::Error,
        false,
        line_of(yaml, "legal_basis"),
    );
}

#[test]
fn s31_for_an_agreement_made_after_march_2007_is_a_legacy_warning() {
    let yaml = "jointly: 1\nagreement:\n  legal_basis: health_act_1999_s31\n  made: 2008-03-20\nparties:\n  - id: pct\n    type: primary_care_trust\n  - id: council\n    type: county_council\n";
    assert_one(
        &findings(yaml),
        "NHSA2006-75-BASIS",
        Severity::Warning,
        false,
        line_of(yaml, "legal_basis"),
    );
}

#[test]
fn a_pool_operating_before_its_agreement_was_signed_is_a_warning_naming_the_period() {
    let yaml = spec(
        "  made: 2023-10-31\n  commencement: 2023-04-01\n",
        "schemes:\n  - id: bcf\n    pooled_fund:\n      host: council\n",
    );
    let hit = assert_one(
        &findings(&yaml),
        "REG617-7-3-WRITING",
        Severity::Warning,
        false,
        line_of(&yaml, "commencement:"),
    );
    assert!(
        hit.message
            .contains("from 2023-04-01 to 2023-10-30 (213 days)"),
        "{}",
        hit.message
    );
}

// Item 4: written agreements for delegations.

#[test]
fn a_delegation_agreement_must_be_signed_for_each_party() {
    let yaml = "jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\nparties:\n  - id: icb\n    type: integrated_care_board\n    signatory: {position: Chief Executive}\n  - id: council\n    type: county_council\nschemes:\n  - id: ld\n    delegations:\n      - {direction: nhs_to_la, nature: commissioning, from: icb, to: council}\n";
    assert_one(
        &findings(yaml),
        "REG617-9-3",
        Severity::Error,
        false,
        line_of(yaml, "- id: council"),
    );
}

// Item 5: rounded totals.

fn pool_total(rounded_to: &str, total: &str) -> String {
    spec(
        "",
        &format!(
            "schemes:\n  - id: ld\n    pooled_fund:\n      host: council\n{rounded_to}      contributions:\n        - {{party: icb, amount: 27640000}}\n        - {{party: council, amount: 31810000}}\n      total: {total}\n"
        ),
    )
}

#[test]
fn a_total_in_millions_to_one_decimal_place_is_compared_within_half_the_unit() {
    let within = pool_total("      rounded_to: 100000\n", "59400000");
    assert!(of(&findings(&within), "REG617-7-1-POOL").is_empty());
    let beyond = pool_total("      rounded_to: 100000\n", "59300000");
    let hit = assert_one(
        &findings(&beyond),
        "REG617-7-1-POOL",
        Severity::Error,
        false,
        line_of(&beyond, "total:"),
    );
    assert!(hit.message.contains("£100,000.00"), "{}", hit.message);
    let unstated = pool_total("", "59400000");
    let hit = assert_one(
        &findings(&unstated),
        "REG617-7-1-POOL",
        Severity::Error,
        false,
        line_of(&unstated, "total:"),
    );
    assert!(hit.message.contains("to the penny"), "{}", hit.message);
}

// Item 6: Wales and s10.

#[test]
fn a_welsh_agreement_with_no_nhs_body_is_not_a_partnership_arrangement() {
    let yaml = "jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\n  jurisdiction: wales\nparties:\n  - id: cardiff\n    type: county_borough_council\n  - id: vale\n    type: county_borough_council\n";
    let hit = assert_one(
        &findings(yaml),
        "REG617-2-1-PARTNERS",
        Severity::Error,
        false,
        line_of(yaml, "parties:"),
    );
    assert!(hit.message.contains("SI 2000/2993"), "{}", hit.message);
    let with_lhb = yaml.replace(
        "  - id: vale\n    type: county_borough_council",
        "  - id: lhb\n    type: local_health_board",
    );
    assert!(of(&findings(&with_lhb), "REG617-2-1-PARTNERS").is_empty());
}

#[test]
fn no_advice_to_a_welsh_agreement_points_to_s75() {
    for basis in ["health_act_1999_s31", "nhs_act_2006_s75"] {
        let yaml = format!(
            "jointly: 1\nagreement:\n  legal_basis: {basis}\n  jurisdiction: wales\n  made: 2009-03-20\n  commencement: 2009-04-01\nparties:\n  - id: lhb\n    type: local_health_board\n  - id: council\n    type: county_borough_council\nschemes:\n  - id: ld\n    pooled_fund:\n      host: council\n"
        );
        let found = findings(&yaml);
        assert!(!found.is_empty());
        for finding in &found {
            let help = finding.help.clone().unwrap_or_default();
            assert!(
                !help.contains("nhs_act_2006_s75") && !help.contains("under s75"),
                "{}: {help}",
                finding.rule.id
            );
        }
        if basis == "health_act_1999_s31" {
            let hit = assert_one(
                &found,
                "NHSA2006-75-BASIS",
                Severity::Warning,
                false,
                line_of(&yaml, "legal_basis"),
            );
            assert!(hit.help.unwrap().contains("s33 NHS (Wales) Act 2006"));
        }
    }
}

fn s10(agreement: &str, rest: &str) -> String {
    format!(
        "jointly: 1\nagreement:\n  legal_basis: children_act_2004_s10\n{agreement}parties:\n  - id: council\n    type: london_borough_council\n  - id: pct\n    type: primary_care_trust\n{rest}"
    )
}

#[test]
fn an_s10_agreement_before_royal_assent_is_an_error_and_before_april_2005_unverified() {
    let before = s10("  made: 2004-09-01\n", "");
    assert_one(
        &findings(&before),
        "CA2004-10-1-LEAD",
        Severity::Error,
        false,
        line_of(&before, "made:"),
    );
    let between = s10("  commencement: 2005-01-01\n", "");
    assert_one(
        &findings(&between),
        "CA2004-10-1-LEAD",
        Severity::Warning,
        true,
        line_of(&between, "commencement:"),
    );
    let after = s10("  made: 2005-06-01\n  commencement: 2005-07-01\n", "");
    assert!(of(&findings(&after), "CA2004-10-1-LEAD").is_empty());
}

#[test]
fn s10_gives_no_power_to_delegate() {
    let yaml = s10(
        "  commencement: 2008-04-01\n",
        "schemes:\n  - id: camhs\n    delegations:\n      - direction: nhs_to_la\n        nature: commissioning\n        from: pct\n        to: council\n",
    );
    assert_one(
        &findings(&yaml),
        "CA2004-10-NODELEG",
        Severity::Error,
        false,
        line_of(&yaml, "direction: nhs_to_la"),
    );
}

// Item 7: reg 4 and HSC 2000/010.

#[test]
fn a_consultation_that_was_not_joint_is_reported() {
    let yaml = spec(
        "  made: 2024-03-28\n",
        "consultation:\n  joint: false\n  date: 2024-01-31\n  consulted: [Staff]\nrationale:\n  improvement: One assessment instead of two.\n",
    );
    let found = findings(&yaml);
    assert_one(
        &found,
        "REG617-4-2-CONSULT",
        Severity::Warning,
        true,
        line_of(&yaml, "joint: false"),
    );
    assert!(of(&found, "REG617-4-1-IMPROVE").is_empty());
}

#[test]
fn early_section_31_arrangements_name_their_health_improvement_plan_and_notification() {
    let yaml = "jointly: 1\nagreement:\n  legal_basis: health_act_1999_s31\n  made: 2001-03-30\nparties:\n  - id: ha\n    type: health_authority\n  - id: council\n    type: county_council\n";
    let found = findings(yaml);
    assert_one(&found, "REG617-4-2-HIMP", Severity::Warning, true, 1);
    assert_one(&found, "HSC2000-11-NOTIFY", Severity::Warning, false, 1);
    let later = yaml.replace("made: 2001-03-30", "made: 2004-03-30");
    let found = findings(&later);
    assert!(of(&found, "REG617-4-2-HIMP").is_empty());
    assert!(of(&found, "HSC2000-11-NOTIFY").is_empty());
}

#[test]
fn capital_in_a_pool_points_to_the_payment_powers() {
    let yaml = spec(
        "  made: 2006-03-20\n",
        "schemes:\n  - id: ld\n    pooled_fund:\n      host: council\n      contributions:\n        - party: council\n          amount: 100000\n          kind: capital\n",
    );
    let hit = assert_one(
        &findings(&yaml),
        "HSC2000-4-REVENUE",
        Severity::Warning,
        false,
        line_of(&yaml, "kind: capital"),
    );
    assert!(hit.help.unwrap().contains("s28A"));
}

// Issue 9, point 5: councils as officers name them, and Welsh NHS trusts.

#[test]
fn councils_as_officers_name_them_are_prescribed_local_authorities() {
    for kind in [
        "unitary_authority",
        "metropolitan_borough_council",
        "metropolitan_district_council",
        "shire_county_council",
        "shire_district_council",
        "borough_council",
        "city_council",
    ] {
        let yaml = format!(
            "jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\n  commencement: 2024-04-01\nparties:\n  - id: icb\n    type: integrated_care_board\n  - id: council\n    type: {kind}\n"
        );
        let found = findings(&yaml);
        for id in ["REG617-2-1-PARTNERS", "REG617-3-2-LATYPE"] {
            assert!(of(&found, id).is_empty(), "{kind}: {:#?}", of(&found, id));
        }
    }
}

#[test]
fn a_shire_district_council_alone_cannot_make_s10_arrangements() {
    let yaml = "jointly: 1\nagreement:\n  legal_basis: children_act_2004_s10\n  commencement: 2010-04-01\nparties:\n  - id: pct\n    type: primary_care_trust\n  - id: district\n    type: shire_district_council\n".to_owned();
    let hit = assert_one(
        &findings(&yaml),
        "CA2004-10-1-LEAD",
        Severity::Error,
        false,
        line_of(&yaml, "parties:"),
    );
    assert!(hit.message.contains("children's services authority"));
    let unitary = yaml.replace("shire_district_council", "unitary_authority");
    assert!(of(&findings(&unitary), "CA2004-10-1-LEAD").is_empty());
}

#[test]
fn a_welsh_nhs_trust_is_the_nhs_side_of_a_welsh_agreement_and_flagged_in_england() {
    let wales = "jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\n  jurisdiction: wales\n  commencement: 2024-04-01\nparties:\n  - id: trust\n    type: nhs_trust_wales\n  - id: cardiff\n    type: city_and_county_council\n";
    let found = findings(wales);
    for id in ["REG617-2-1-PARTNERS", "REG617-3-2-LATYPE"] {
        assert!(of(&found, id).is_empty(), "{id}: {:#?}", of(&found, id));
    }
    let england = wales.replace("  jurisdiction: wales\n", "");
    let hit = assert_one(
        &findings(&england),
        "REG617-3-1-NHSTYPE",
        Severity::Warning,
        true,
        line_of(&england, "nhs_trust_wales"),
    );
    assert!(
        hit.message.contains(
            "party `trust` is an NHS trust in Wales, a Welsh NHS body, in an agreement for England"
        ),
        "{}",
        hit.message
    );
}
