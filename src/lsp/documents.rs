//! The open documents: each one's text, version and latest check, and when its diagnostics are
//! due.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use lsp_types::{TextDocumentContentChangeEvent, Url};

use super::analysis::{Analysis, analyse, settings_for};
use super::position::LineIndex;
use crate::rules::Settings;
use crate::spec::Document;

/// One open document.
pub struct Open {
    pub text: String,
    pub version: Option<i32>,
    /// The check of the current text, once made.
    pub analysis: Option<Analysis>,
    /// The spec as it last loaded, for completion while the text does not.
    pub last_loaded: Option<Document>,
    /// When its diagnostics are to be published, if they are.
    pub due: Option<Instant>,
}

/// An open document, checked.
pub struct Checked<'a> {
    pub document: &'a Open,
    /// The name it is checked under.
    pub name: String,
    pub settings: Settings,
    /// Why the configuration could not be used, if it could not.
    pub problem: Option<String>,
}

impl Checked<'_> {
    /// The check of the current text.
    pub fn analysis(&self) -> &Analysis {
        self.document.analysis.as_ref().unwrap_or(&EMPTY)
    }
}

static EMPTY: Analysis = Analysis {
    document: None,
    items: Vec::new(),
};

/// Every open document, by URI.
#[derive(Default)]
pub struct Documents {
    open: BTreeMap<Url, Open>,
}

impl Documents {
    /// Opens (or reopens) a document.
    pub fn open(&mut self, uri: Url, text: String, version: i32, due: Instant) {
        let document = Open {
            text,
            version: Some(version),
            analysis: None,
            last_loaded: None,
            due: Some(due),
        };
        self.open.insert(uri, document);
    }

    /// Applies changes to a document's text: each a whole new text, or a range replaced.
    pub fn change(
        &mut self,
        uri: &Url,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        due: Instant,
    ) {
        let Some(document) = self.open.get_mut(uri) else {
            return;
        };
        for change in changes {
            match change.range {
                None => document.text = change.text,
                Some(range) => {
                    let lines = LineIndex::new(&document.text);
                    let start = lines.offset(range.start);
                    let end = lines.offset(range.end).max(start);
                    document.text.replace_range(start..end, &change.text);
                }
            }
        }
        document.version = Some(version);
        document.analysis = None;
        document.due = Some(due);
    }

    /// Marks a document's diagnostics due (on save).
    pub fn touch(&mut self, uri: &Url, due: Instant) {
        if let Some(document) = self.open.get_mut(uri) {
            document.due = Some(due);
        }
    }

    /// Forgets a document.
    pub fn close(&mut self, uri: &Url) -> bool {
        self.open.remove(uri).is_some()
    }

    /// The earliest time a document's diagnostics are due.
    pub fn next_due(&self) -> Option<Instant> {
        self.open.values().filter_map(|d| d.due).min()
    }

    /// The documents whose diagnostics are due by `now`, no longer marked due.
    pub fn take_due(&mut self, now: Instant) -> Vec<Url> {
        let mut due = Vec::new();
        for (uri, document) in &mut self.open {
            if document.due.is_some_and(|at| at <= now) {
                document.due = None;
                due.push(uri.clone());
            }
        }
        due
    }

    /// A document, checked: its current text is checked now if it has not been yet. With it,
    /// the settings it is checked with, and why its configuration could not be used, if so.
    pub fn checked(&mut self, uri: &Url) -> Option<Checked<'_>> {
        let (name, directory) = name_and_directory(uri);
        let (settings, problem) = settings_for(directory.as_deref());
        let document = self.open.get_mut(uri)?;
        if document.analysis.is_none() {
            let analysis = analyse(&name, &document.text, &settings);
            if let Some(loaded) = &analysis.document {
                document.last_loaded = Some(loaded.clone());
            }
            document.analysis = Some(analysis);
        }
        Some(Checked {
            document,
            name,
            settings,
            problem,
        })
    }
}

/// The name a document is checked under (its path, for a file) and the directory its
/// configuration is found from.
pub fn name_and_directory(uri: &Url) -> (String, Option<PathBuf>) {
    match uri.to_file_path() {
        Ok(path) => {
            let directory = path.parent().map(PathBuf::from);
            (path.display().to_string(), directory)
        }
        Err(()) => (uri.to_string(), None),
    }
}
