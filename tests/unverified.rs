//! A statutory rule whose wording is not verified (rulebook label M, or P/S without two
//! independent sources agreeing), and any finding that rests on an unverified fact, is a
//! warning marked "(unverified)", never an error: not by default, and not through
//! `jointly.toml`. These tests run every fixture and sample with every rule raised to error.

mod common;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use jointly::config;
use jointly::rules::{self, Group, Label, Rule, Settings, Severity};
use jointly::spec::load_file;

/// Whether the rulebook's own test (§6 item 5) says the rule's wording is unverified.
fn wording_unverified(rule: &Rule) -> bool {
    rule.group == Group::Statutory
        && match rule.label {
            Label::Memory => true,
            Label::Partial | Label::Secondary => rule.sources.len() < 2,
            Label::Verified | Label::VerifiedSeed => false,
        }
}

/// Every spec the project ships: rule fixtures and samples.
fn specs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    paths.extend(common::rule_fixture_files());
    for file in fs::read_dir(root.join("samples")).expect("samples directory") {
        let path = file.expect("sample entry").path();
        if path.extension().is_some_and(|e| e == "yaml") {
            paths.push(path);
        }
    }
    paths.sort();
    paths
}

#[test]
fn each_rules_severity_follows_its_label_and_sources() {
    for rule in rules::all() {
        assert_eq!(
            rule.unverified(),
            wording_unverified(rule),
            "{}: label {} with {} source(s)",
            rule.id,
            rule.label.code(),
            rule.sources.len()
        );
        if wording_unverified(rule) {
            assert_eq!(rule.default_severity(), Severity::Warning, "{}", rule.id);
        }
    }
}

#[test]
fn no_unverified_finding_is_an_error_even_when_every_rule_is_raised_to_error() {
    let settings = Settings {
        overrides: rules::all()
            .iter()
            .map(|rule| (rule.id, Some(Severity::Error)))
            .collect::<HashMap<_, _>>(),
        ..Settings::default()
    };
    let mut unverified_seen = 0;
    let mut problems = Vec::new();
    for path in specs() {
        let Ok(document) = load_file(&path) else {
            continue; // the fixture tests report fixtures that do not load
        };
        for finding in rules::check_with(&document, &settings).findings {
            let must_warn = wording_unverified(finding.rule) || finding.unverified;
            if must_warn {
                unverified_seen += 1;
                if finding.severity == Severity::Error || !finding.unverified {
                    problems.push(format!(
                        "{}:{}: {} is {:?} (marked unverified: {}): {}",
                        path.display(),
                        finding.span.line,
                        finding.rule.id,
                        finding.severity,
                        finding.unverified,
                        finding.message
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "unverified findings reported as errors:\n{}",
        problems.join("\n")
    );
    // The fixtures exercise every unverified rule, so this cannot pass vacuously.
    assert!(unverified_seen > 0, "no unverified finding was produced");
}

#[test]
fn every_unverified_rule_has_a_failing_fixture_that_produces_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let mut missing = Vec::new();
    for rule in rules::all().iter().filter(|r| wording_unverified(r)) {
        let fail = root.join(rule.id).join("fail.yaml");
        let produced = load_file(&fail).is_ok_and(|document| {
            rules::check(&document)
                .findings
                .iter()
                .any(|f| f.rule.id == rule.id && f.severity == Severity::Warning && f.unverified)
        });
        if !produced {
            missing.push(rule.id);
        }
    }
    assert!(
        missing.is_empty(),
        "unverified rules whose failing fixture does not produce an unverified warning: {missing:?}"
    );
}

#[test]
fn the_configuration_cannot_raise_an_unverified_rule_to_error() {
    for rule in rules::all().iter().filter(|r| wording_unverified(r)) {
        for key in [rule.id, rule.name] {
            let text = format!("[rules]\n\"{key}\" = \"error\"\n");
            let result = config::parse("jointly.toml", &text);
            assert!(
                result.is_err(),
                "jointly.toml raised the unverified rule {key} to error"
            );
        }
    }
}
