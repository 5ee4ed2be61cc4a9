//! Every rule's fixtures, drafted: each finding of `check`, and each placeholder note, appears
//! in the draft as exactly one flag, and the draft has no flag that is not one of them.
//!
//! A flag is a GitHub/GitLab alert whose second line is `> **BASIS (RULE-ID):** MESSAGE.`; the
//! test reads each flag's rule ID and message back out of the Markdown (undoing the escaping
//! outside code spans) and compares them, as a multiset, with the findings.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jointly::render::{Templates, render};
use jointly::rules::{check, placeholders};
use jointly::spec::load_file;

fn fixtures() -> Vec<PathBuf> {
    let mut paths = Vec::new();
    paths.extend(common::rule_fixture_files());
    paths.sort();
    paths
}

/// Markdown-escaped text back to plain text: a backslash before punctuation is dropped,
/// except inside code spans, which are literal.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if !in_code && chars.peek().is_some_and(char::is_ascii_punctuation) => {
                out.push(chars.next().unwrap());
            }
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Each flag in the draft as (rule ID, message), counted.
fn flags(markdown: &str) -> BTreeMap<(String, String), usize> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut out = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        if *line != "> [!CAUTION]" && *line != "> [!WARNING]" {
            continue;
        }
        let next = lines.get(i + 1).copied().unwrap_or_default();
        let (head, message) = next
            .strip_prefix("> **")
            .and_then(|rest| rest.split_once(":** "))
            .unwrap_or_else(|| panic!("a flag without a rule line: {next:?}"));
        let rule = head
            .rsplit_once(" (")
            .and_then(|(_, rule)| rule.strip_suffix(')'))
            .unwrap_or_else(|| panic!("a flag without a rule ID: {next:?}"));
        let message = message.strip_suffix('.').unwrap_or(message);
        *out.entry((rule.to_owned(), unescape(message))).or_default() += 1;
    }
    out
}

#[test]
fn every_finding_of_every_fixture_is_exactly_one_flag_in_its_draft() {
    let templates = Templates::load(None).unwrap();
    let mut problems = Vec::new();
    let mut findings = 0;
    let paths = fixtures();
    assert!(paths.len() > 100, "the rule fixtures are missing");
    for path in paths {
        let name = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(&path)
            .display()
            .to_string();
        let document = match load_file(&path) {
            Ok(document) => document,
            // A fixture that does not load has no findings to draft (rule_fixtures reports it).
            Err(_) => continue,
        };
        let checked = check(&document);
        findings += checked.findings.len();
        let draft = match render(&document, &checked, &templates, false) {
            Ok(draft) => draft,
            Err(error) => {
                problems.push(format!("{name}: does not render: {error}"));
                continue;
            }
        };
        let mut expected: BTreeMap<(String, String), usize> = BTreeMap::new();
        for finding in &checked.findings {
            *expected
                .entry((finding.rule.id.to_owned(), finding.message.clone()))
                .or_default() += 1;
        }
        for note in &checked.placeholders {
            *expected
                .entry((placeholders::ID.to_owned(), note.message.clone()))
                .or_default() += 1;
        }
        let found = flags(&draft.markdown);
        for (key, want) in &expected {
            let got = found.get(key).copied().unwrap_or(0);
            if got != *want {
                problems.push(format!(
                    "{name}: {} `{}` is reported {want} time(s) but flagged {got} time(s)",
                    key.0, key.1
                ));
            }
        }
        for (key, got) in &found {
            if !expected.contains_key(key) {
                problems.push(format!(
                    "{name}: the draft flags {} `{}` {got} time(s), but check reports no such finding",
                    key.0, key.1
                ));
            }
        }
    }
    assert!(
        findings > 300,
        "only {findings} findings across the fixtures"
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every JSON pointer in a JSON value.
fn pointers(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                pointers(value, format!("{at}/{key}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                pointers(value, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

#[test]
fn a_finding_anywhere_in_any_spec_is_flagged_exactly_once() {
    // Place every node of specs of every shape (a pool and delegations, delegations only under
    // s75, a pool only under s10, no schemes), and pointers that name nothing, and check that
    // each finding becomes one flag whatever the draft leaves out.
    let templates = Templates::load(None).unwrap();
    let rule = jointly::rules::find("GUIDE07-CL-18").unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/complete-s75.yaml");
    let shapes: [fn(&mut jointly::spec::Spec); 4] = [
        |_| {},
        |spec| spec.schemes[0].pooled_fund = None,
        |spec| {
            spec.agreement.legal_basis = jointly::spec::LegalBasis::ChildrenAct2004S10;
            spec.schemes[0].delegations.clear();
        },
        |spec| {
            spec.schemes.clear();
            spec.clauses.other_matters = None;
        },
    ];
    for shape in shapes {
        let mut document = load_file(&sample).unwrap();
        let mut all = Vec::new();
        pointers(&document.json, String::new(), &mut all);
        all.extend(
            [
                "/nowhere",
                "/schemes/7/aims",
                "/schemes/x/aims",
                "/schemes/0/pooled_fund/host",
                "/schemes/0/pooled_fund/risk_share/overspend",
                "/clauses/not_a_clause",
                "/not_applicable/other_matters",
                "/clauses/other_matters",
                "/rationale/improvement",
                "/plans/health_improvement_plan",
                "/notifications/0/date",
                "/agreement/made",
            ]
            .map(str::to_owned),
        );
        shape(&mut document.spec);
        let mut checked = check(&document);
        checked.findings = all
            .iter()
            .enumerate()
            .map(|(i, pointer)| jointly::rules::Finding {
                rule,
                severity: jointly::rules::Severity::Warning,
                unverified: false,
                pointer: pointer.clone(),
                span: document.index.locate(pointer),
                message: format!("finding {i} at {pointer}"),
                help: None,
            })
            .collect();
        let draft = render(&document, &checked, &templates, false).unwrap();
        let found = flags(&draft.markdown);
        for (i, pointer) in all.iter().enumerate() {
            let key = (rule.id.to_owned(), format!("finding {i} at {pointer}"));
            assert_eq!(
                found.get(&key).copied().unwrap_or(0),
                1,
                "the finding at {pointer:?} is not flagged exactly once"
            );
        }
        assert_eq!(found.values().sum::<usize>(), all.len());
    }
}

#[test]
fn a_placeholder_anywhere_in_the_spec_is_flagged_exactly_once() {
    // A placeholder note at every node of the reference sample (whatever its text holds) is
    // one flag, at the place `place_of` gives its pointer, and is not a finding's flag.
    let templates = Templates::load(None).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/complete-s75.yaml");
    let document = load_file(&sample).unwrap();
    let mut all = Vec::new();
    pointers(&document.json, String::new(), &mut all);
    let mut checked = check(&document);
    assert!(checked.findings.is_empty() && checked.placeholders.is_empty());
    checked.placeholders = all
        .iter()
        .enumerate()
        .map(|(i, pointer)| jointly::rules::Placeholder {
            pointer: pointer.clone(),
            span: document.index.locate(pointer),
            severity: if i % 2 == 0 {
                jointly::rules::Severity::Error
            } else {
                jointly::rules::Severity::Warning
            },
            found: vec!["[ ]".to_owned()],
            message: format!("placeholder `[ ]` {i} at {pointer}"),
            help: placeholders::HELP.to_owned(),
        })
        .collect();
    let draft = render(&document, &checked, &templates, false).unwrap();
    let found = flags(&draft.markdown);
    for note in &checked.placeholders {
        let key = (placeholders::ID.to_owned(), note.message.clone());
        assert_eq!(
            found.get(&key).copied().unwrap_or(0),
            1,
            "the placeholder at {:?} is not flagged exactly once",
            note.pointer
        );
    }
    assert_eq!(found.values().sum::<usize>(), all.len());
    assert_eq!(
        draft.summary.placeholders_blocking,
        all.len().div_ceil(2),
        "errors are counted once as blocking"
    );
}
