//! The Better Care Fund: a year jointly does not ship is reported (never passed), a user's
//! parameters file is used when given and named in the output, and a BCF draft carries the
//! BCF recitals and a funding-stream table with the DFG as capital.

mod common;

use std::sync::Arc;

use jointly::law::bcf::BcfParameters;
use jointly::rules::{Checked, Settings, check, check_with};
use jointly::spec::{Document, load_file};

fn load(path: &str) -> Document {
    load_file(&common::root().join(path)).unwrap()
}

fn text(path: &str) -> String {
    std::fs::read_to_string(common::root().join(path)).unwrap()
}

fn with_user_file() -> Settings {
    let file = common::root().join("tests/data/bcf/years-2027-28.toml");
    let params = BcfParameters::built_in().with_override_file(&file).unwrap();
    Settings {
        bcf: Some(Arc::new(params)),
        ..Settings::default()
    }
}

fn messages(checked: &Checked, rule: &str) -> Vec<String> {
    checked
        .findings
        .iter()
        .filter(|f| f.rule.id == rule)
        .map(|f| f.message.clone())
        .collect()
}

#[test]
fn a_year_jointly_does_not_ship_is_reported_not_passed() {
    let checked = check(&load("tests/data/bcf/plan-2027-28.yaml"));
    let found = messages(&checked, "BCF-YEAR-SELECT");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("jointly has no Better Care Fund parameters for 2027-28"));
    let used = &checked.bcf_parameters;
    assert_eq!(used.len(), 1);
    assert_eq!(used[0].parameters, None);
    assert!(
        used[0]
            .line()
            .contains("no Better Care Fund parameters for 2027-28")
    );
    // Without parameters, the year's streams are not checked (and not passed silently).
    assert!(messages(&checked, "BCF-STREAMS-CORE").is_empty());
}

#[test]
fn a_users_file_is_used_and_named() {
    let checked = check_with(&load("tests/data/bcf/plan-2027-28.yaml"), &with_user_file());
    assert!(messages(&checked, "BCF-YEAR-SELECT").is_empty());
    let used = &checked.bcf_parameters[0];
    assert!(
        used.parameters
            .as_deref()
            .is_some_and(|p| p.ends_with("years-2027-28.toml")),
        "{used:?}"
    );
    // The file's required streams are checked: the local authority grant is missing.
    let streams = messages(&checked, "BCF-STREAMS-CORE");
    assert_eq!(streams.len(), 1, "{streams:?}");
    assert!(streams[0].contains("holds no local authority grant"));
}

#[test]
fn the_json_report_says_which_parameters_were_used() {
    use jointly::report::{FileReport, Outcome, json};
    let document = load("tests/data/bcf/plan-2027-28.yaml");
    let checked = check_with(&document, &with_user_file());
    let reports = [FileReport {
        path: document.path.clone(),
        outcome: Outcome::Checked(Box::new(checked)),
    }];
    let mut out = Vec::new();
    json::write(&reports, &mut out).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let used = &value["files"][0]["bcf_parameters"][0];
    assert_eq!(used["year"], "2027-28");
    assert!(
        used["parameters"]
            .as_str()
            .unwrap()
            .ends_with("years-2027-28.toml")
    );
    // A spec without a `bcf` block has no such key: existing reports are unchanged.
    let plain = load("samples/complete-s75.yaml");
    let reports = [FileReport {
        path: plain.path.clone(),
        outcome: Outcome::Checked(Box::new(check(&plain))),
    }];
    let mut out = Vec::new();
    json::write(&reports, &mut out).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(value["files"][0].get("bcf_parameters").is_none());
}

#[test]
fn a_bcf_draft_recites_the_year_and_tables_the_streams() {
    let draft = common::draft(&text("tests/fixtures/rules/BCF-2425-DL/pass.yaml"));
    assert!(draft.contains("For 2024-25, these arrangements pool the Better Care Fund for the area of Westshire Health and Wellbeing Board under the 2023 to 2025 Better Care Fund policy framework"), "{draft}");
    assert!(draft.contains(
        "Westshire Health and Wellbeing Board approved the Better Care Fund plan on 20 June 2024."
    ));
    assert!(draft.contains("**Funding streams, 2024-25**"));
    assert!(
        draft.contains(
            "| Disabled Facilities Grant | Westshire Council | £2,000,000.00 | capital |"
        )
    );
    // National conditions known only from memory (2023-25) are not recited.
    assert!(!draft.contains("Its national conditions for 2024-25"));
}

#[test]
fn a_bcf_draft_recites_conditions_a_source_gives() {
    let draft = common::draft(&text("samples/lewisham-bcf-2025-26.yaml"));
    assert!(
        draft.contains("Its national conditions for 2025-26 are: Plans to be jointly agreed;"),
        "{draft}"
    );
    assert!(draft.contains("under the Better Care Fund policy framework 2025 to 2026"));
}

#[test]
fn bcf_money_outside_section_75_is_an_error() {
    let text = text("tests/fixtures/rules/BCF-S75-REQUIRED/pass.yaml")
        .replace("nhs_act_2006_s75", "children_act_2004_s10");
    let document = jointly::spec::load_bytes("s10.yaml", text.as_bytes()).unwrap();
    let checked = check(&document);
    let found: Vec<_> = checked
        .findings
        .iter()
        .filter(|f| f.rule.id == "BCF-S75-REQUIRED")
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, jointly::rules::Severity::Error);
}

#[test]
fn jointly_toml_names_a_parameters_file_relative_to_itself() {
    let config = jointly::config::parse("jointly.toml", "bcf_years = \"data/bcf.toml\"\n").unwrap();
    let loaded = jointly::config::Loaded {
        config,
        path: Some(common::root().join("jointly.toml")),
        root: common::root().join("agreements"),
    };
    assert_eq!(
        loaded.bcf_years(),
        Some(common::root().join("agreements/data/bcf.toml"))
    );
}

#[test]
fn a_pool_whose_streams_are_not_stated_is_reported_as_silent_not_as_short() {
    // The Lewisham sample gives the pool's total and the council's share, no streams.
    let checked = check(&load("samples/lewisham-bcf-2025-26.yaml"));
    assert!(
        messages(&checked, "BCF-S75-REQUIRED").is_empty(),
        "{:?}",
        messages(&checked, "BCF-S75-REQUIRED")
    );
    let streams = messages(&checked, "BCF-STREAMS-CORE");
    assert_eq!(streams.len(), 1, "{streams:?}");
    assert!(
        streams[0].contains("do not say which stream each is"),
        "{streams:?}"
    );
    assert!(!streams[0].contains("holds no"), "{streams:?}");
}
