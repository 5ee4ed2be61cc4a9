//! One document checked: its text loaded and checked as `jointly check` checks a file, and
//! everything it reported, in one list the diagnostics, hovers and quick fixes all read.

use std::path::Path;

use crate::config;
use crate::report::label;
use crate::rules::{self, Checked, Severity, pseudo};
use crate::runner;
use crate::spec::{self, Document, LoadError, Span};

/// What jointly reported at one place of a document.
#[derive(Debug, Clone)]
pub struct Item {
    /// The rule ID, or jointly's own ID (`jointly-placeholder`, `jointly-unreadable`, …).
    pub id: &'static str,
    pub severity: Severity,
    /// The title, as every format words it (marked " (unverified)" where it is).
    pub title: String,
    pub help: Option<String>,
    /// The JSON pointer of the node concerned, where known.
    pub pointer: Option<String>,
    pub span: Span,
    /// The rule, for a rulebook finding.
    pub rule: Option<&'static rules::Rule>,
}

impl Item {
    /// The bytes of `source` it covers: its span, or, where jointly points at a place rather
    /// than at text (a span of no length), the rest of that line, so that an editor can
    /// underline it and hover over it.
    pub fn reach(&self, source: &str) -> (usize, usize) {
        let start = self.span.start.min(source.len());
        if self.span.len > 0 {
            return (start, start.saturating_add(self.span.len).min(source.len()));
        }
        let rest = source.get(start..).unwrap_or_default();
        (start, start + rest.find('\n').unwrap_or(rest.len()))
    }
}

/// A document's text, checked.
#[derive(Debug)]
pub struct Analysis {
    /// The spec, when it loaded.
    pub document: Option<Document>,
    /// What was reported, in the order `check` reports it: findings, waiver problems and
    /// placeholders, or the problems that stopped the spec loading.
    pub items: Vec<Item>,
}

/// The settings to check a document with: those of the `jointly.toml` that `check` run in the
/// document's directory would find, or the defaults when there is none (or no directory). A
/// configuration that cannot be used gives the defaults, and the reason.
pub fn settings_for(directory: Option<&Path>) -> (rules::Settings, Option<String>) {
    let Some(directory) = directory else {
        return (rules::Settings::default(), None);
    };
    let loaded = match config::resolve(&config::Choice::Discover(directory.to_path_buf())) {
        Ok(loaded) => loaded,
        Err(error) => {
            let message = format!(
                "{}:{}:{}: {}",
                error.path, error.span.line, error.span.column, error.message
            );
            return (rules::Settings::default(), Some(message));
        }
    };
    match loaded.full_settings() {
        Ok(settings) => (settings, None),
        Err(error) => (loaded.settings(), Some(error.to_string())),
    }
}

/// Checks `text`, named `name` in messages: nothing for text that is not a jointly spec (no
/// line starts `jointly:`).
pub fn analyse(name: &str, text: &str, settings: &rules::Settings) -> Analysis {
    if !runner::is_spec_text(text.as_bytes()) {
        return Analysis {
            document: None,
            items: Vec::new(),
        };
    }
    match spec::load_bytes(name, text.as_bytes()) {
        Ok(document) => {
            let checked = rules::check_with(&document, settings);
            let items = items(&checked);
            Analysis {
                document: Some(document),
                items,
            }
        }
        Err(error) => Analysis {
            document: None,
            items: unreadable(&error),
        },
    }
}

fn items(checked: &Checked) -> Vec<Item> {
    let findings = checked.findings.iter().map(|f| Item {
        id: f.rule.id,
        severity: f.severity,
        title: label::title(f),
        help: f.help.clone(),
        pointer: Some(f.pointer.clone()),
        span: f.span,
        rule: Some(f.rule),
    });
    let notes = checked.waiver_notes.iter().map(|n| Item {
        id: n.kind.id(),
        severity: n.kind.severity(),
        title: n.message.clone(),
        help: Some(n.help.clone()),
        pointer: Some(n.pointer.clone()),
        span: n.span,
        rule: None,
    });
    let placeholders = checked.placeholders.iter().map(|p| Item {
        id: rules::placeholders::ID,
        severity: p.severity,
        title: p.message.clone(),
        help: Some(p.help.clone()),
        pointer: Some(p.pointer.clone()),
        span: p.span,
        rule: None,
    });
    findings.chain(notes).chain(placeholders).collect()
}

fn unreadable(error: &LoadError) -> Vec<Item> {
    error
        .problems
        .iter()
        .map(|problem| Item {
            id: pseudo::UNREADABLE,
            severity: Severity::Error,
            title: problem.message.clone(),
            help: problem.help.clone(),
            pointer: problem.pointer.clone(),
            span: problem.span,
            rule: None,
        })
        .collect()
}
