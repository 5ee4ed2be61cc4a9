//! Helpers several test files share. Each test file is its own crate and uses only some of
//! them, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use jointly::render::{Templates, render};
use jointly::rules::{Checked, check};
use jointly::spec::{Document, LoadError, load_bytes};

/// Two partners that may make s75 arrangements, each with someone to sign: `icb` and `council`.
pub const PARTIES: &str = "parties:
  - id: icb
    type: integrated_care_board
    signatory: {position: Chief Executive}
  - id: council
    type: county_council
    signatory: {position: Chief Executive}
";

/// One scheme, `ld`, with a pool the council hosts.
pub const POOL: &str = "schemes:
  - id: ld
    pooled_fund:
      host: council
";

/// Every rule fixture: each rule's `pass.yaml` and `fail.yaml`, and any further cases
/// (`fail-s25.yaml`), in no particular order.
pub fn rule_fixture_files() -> Vec<PathBuf> {
    let mut paths = Vec::new();
    let fixtures = root().join("tests/fixtures/rules");
    for dir in std::fs::read_dir(&fixtures).expect("fixture directory") {
        let dir = dir.expect("fixture entry").path();
        for name in std::fs::read_dir(&dir).expect("fixture directory") {
            let path = name.expect("fixture file").path();
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let case = stem.starts_with("pass") || stem.starts_with("fail");
            if case && path.extension().is_some_and(|e| e == "yaml") {
                paths.push(path);
            }
        }
    }
    paths
}

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every sample spec, in name order.
pub fn samples() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
}

/// The text of the complete reference sample.
pub fn complete() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/complete-s75.yaml"))
        .unwrap()
}

/// The load error of a spec that must not load.
pub fn problems(bytes: &[u8]) -> LoadError {
    match load_bytes("spec.yaml", bytes) {
        Ok(_) => panic!("expected the spec not to load"),
        Err(error) => error,
    }
}

/// The Markdown of a draft, one section per `## ` heading: (heading, body).
pub fn sections(markdown: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in markdown.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            out.push((heading.to_owned(), String::new()));
        } else if let Some(last) = out.last_mut() {
            last.1.push_str(line);
            last.1.push('\n');
        }
    }
    out
}

/// A spec written inline, which must load.
pub fn load(yaml: &str) -> Document {
    load_bytes("case.yaml", yaml.as_bytes())
        .unwrap_or_else(|e| panic!("the case does not load: {:#?}", e.problems))
}

/// A spec written inline, loaded and checked.
pub fn run(yaml: &str) -> (Document, Checked) {
    let document = load(yaml);
    let checked = check(&document);
    (document, checked)
}

/// The findings of a spec written inline (it must load).
pub fn findings(yaml: &str) -> Vec<jointly::rules::Finding> {
    run(yaml).1.findings
}

/// The Markdown drafted from a spec written inline, with the built-in templates.
pub fn draft(yaml: &str) -> String {
    let (document, checked) = run(yaml);
    render(&document, &checked, &Templates::load(None).unwrap(), false)
        .unwrap()
        .markdown
}

/// The number of the first line of `yaml` that contains `needle`.
pub fn line_of(yaml: &str, needle: &str) -> u32 {
    yaml.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u32 + 1)
        .unwrap_or_else(|| panic!("no line contains {needle:?}"))
}

/// The findings of one rule.
pub fn of<'a>(found: &'a [jointly::rules::Finding], id: &str) -> Vec<&'a jointly::rules::Finding> {
    found.iter().filter(|f| f.rule.id == id).collect()
}
