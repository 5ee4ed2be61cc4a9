//! Output formats. Each format is one module that turns checked specs into text.
//!
//! Every format reads the same [`FileReport`]s, so they agree on what was found, and takes a
//! finding's title and severity words from [`label`]. The machine formats share one contract,
//! [`Format`], and are listed once, in [`FORMATS`]; `jointly check --format` offers exactly
//! those, after `human`. Every format is written as each spec is checked: the machine formats
//! through [`stream::Stream`], the human format by the worker that checked the spec (it quotes
//! the spec's source; see [`human::document`]).

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
pub mod stream;

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

/// Writes one report of every spec (each format's `write`, for a run already held whole).
pub type WriteFn = fn(&[FileReport], &mut dyn io::Write) -> io::Result<()>;

/// Starts a report, to be written as each spec is checked.
pub type StreamFn = fn() -> Box<dyn stream::Stream>;

/// A report format, written as each spec is checked.
pub struct Format {
    /// The name `jointly check --format` takes.
    pub name: &'static str,
    /// What the format is for, one line in `jointly check --help`.
    pub about: &'static str,
    /// Starts the report.
    pub stream: StreamFn,
    /// A second report the CI system shows, when it asks for one.
    pub summary: Option<Summary>,
}

/// A report appended to the file an environment variable names, as GitHub's step summary is.
/// Its stream writes nothing until it finishes, so that the file is only opened then.
pub struct Summary {
    /// The environment variable; when it is unset or empty, no summary is written.
    pub variable: &'static str,
    /// Starts the summary.
    pub stream: StreamFn,
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

/// A spec's report from its text, checked with the default settings, for tests.
#[cfg(test)]
pub(crate) fn report_of(path: &str, yaml: &str) -> FileReport {
    let outcome = match crate::spec::load_bytes(path, yaml.as_bytes()) {
        Ok(document) => Outcome::Checked(Box::new(crate::rules::check(&document))),
        Err(error) => Outcome::Failed(error),
    };
    FileReport {
        path: path.to_owned(),
        outcome,
    }
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
