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
