//! Helpers several test files share. Each test file is its own crate and uses only some of
//! them, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use jointly::spec::{LoadError, load_bytes};

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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

/// The findings of a spec written inline (it must load).
pub fn findings(yaml: &str) -> Vec<jointly::rules::Finding> {
    let document = load_bytes("case.yaml", yaml.as_bytes())
        .unwrap_or_else(|e| panic!("the case does not load: {:?}", e.problems));
    jointly::rules::check(&document).findings
}

/// The findings of one rule.
pub fn of<'a>(found: &'a [jointly::rules::Finding], id: &str) -> Vec<&'a jointly::rules::Finding> {
    found.iter().filter(|f| f.rule.id == id).collect()
}
