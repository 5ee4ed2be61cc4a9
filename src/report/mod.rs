//! Output formats. Each format is one module that turns checked specs into text.
//!
//! Every format reads the same [`FileReport`]s, so they agree on what was found, and takes a
//! finding's title and severity words from [`label`]. The machine formats share one contract,
//! [`Format`], and are listed once, in [`FORMATS`]; `jointly check --format` offers exactly
//! those, after `human`. The human format is the exception: it quotes each spec's source, so it
//! is written as each spec is checked (see [`human::document`]) rather than once all are.

pub mod bcf_years;
pub mod concise;
pub mod counts;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod label;
pub mod reference;
pub mod rules;
pub mod sarif;
pub mod scope;

use std::io;

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

/// Writes one report of every spec, once all have been checked.
pub type WriteFn = fn(&[FileReport], &mut dyn io::Write) -> io::Result<()>;

/// A report format written once every spec has been checked.
pub struct Format {
    /// The name `jointly check --format` takes.
    pub name: &'static str,
    /// What the format is for, one line in `jointly check --help`.
    pub about: &'static str,
    /// Writes the report.
    pub write: WriteFn,
    /// A second report the CI system shows, when it asks for one.
    pub summary: Option<Summary>,
}

/// A report appended to the file an environment variable names, as GitHub's step summary is.
pub struct Summary {
    /// The environment variable; when it is unset or empty, no summary is written.
    pub variable: &'static str,
    /// Writes the summary.
    pub write: WriteFn,
}

/// Every format besides `human`, in the order `jointly check --help` lists them.
pub static FORMATS: &[Format] = &[
    json::FORMAT,
    sarif::FORMAT,
    junit::FORMAT,
    github::FORMAT,
    gitlab::FORMAT,
];

/// The format of that name, if there is one.
pub fn format(name: &str) -> Option<&'static Format> {
    FORMATS.iter().find(|format| format.name == name)
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
