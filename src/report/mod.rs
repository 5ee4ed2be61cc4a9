//! Output formats. Each format is one module that turns checked specs into text.
//!
//! Every format reads the same [`FileReport`]s, so they agree on what was found. The human
//! format is written as each file is checked; the machine formats once all are.

pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod reference;
pub mod rules;
pub mod sarif;
pub mod scope;

use sha2::{Digest, Sha256};

use crate::rules::Checked;
use crate::spec::LoadError;

/// One spec's result.
#[derive(Debug)]
pub struct FileReport {
    /// The path as jointly found or was given it.
    pub path: String,
    pub outcome: Outcome,
}

/// What happened to one spec.
#[derive(Debug)]
pub enum Outcome {
    /// It loaded and was checked.
    Checked(Box<Checked>),
    /// It could not be loaded.
    Failed(LoadError),
}

/// The version of jointly.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Identifies the rule set a report was made with: how many rules, and a fingerprint of their
/// IDs, verification labels and citations, which changes whenever any of them does.
pub fn rulebook_version() -> String {
    let mut hash = Sha256::new();
    for rule in crate::rules::all() {
        hash.update(rule.id.as_bytes());
        hash.update(rule.label.code().as_bytes());
        hash.update(rule.citation.to_string().as_bytes());
        hash.update(b"\n");
    }
    let digest: String = hash
        .finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{}-rules-{digest}", crate::rules::all().len())
}
