//! jointly's findings as the protocol's diagnostics: the same severities, messages, places and
//! IDs as `jointly check`.

use lsp_types::{CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, Range, Url};

use super::analysis::{Analysis, Item};
use super::position::LineIndex;
use crate::rules::Severity;

/// The `source` every diagnostic names.
pub const SOURCE: &str = "jointly";

/// The diagnostics of a checked document, in the order `check` reports its findings.
pub fn diagnostics(text: &str, analysis: &Analysis) -> Vec<Diagnostic> {
    let lines = LineIndex::new(text);
    analysis
        .items
        .iter()
        .map(|item| diagnostic(text, &lines, item))
        .collect()
}

/// The message a diagnostic shows: the finding's title, then what to do about it.
pub fn message(item: &Item) -> String {
    match &item.help {
        Some(help) => format!("{}\nhelp: {help}", item.title),
        None => item.title.clone(),
    }
}

fn diagnostic(text: &str, lines: &LineIndex, item: &Item) -> Diagnostic {
    let link = item
        .rule
        .map(|rule| rule.citation.url)
        .filter(|url| !url.is_empty())
        .and_then(|url| Url::parse(url).ok())
        .map(|href| CodeDescription { href });
    Diagnostic {
        range: {
            let (start, end) = item.reach(text);
            Range::new(lines.position(start), lines.position(end))
        },
        severity: Some(match item.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(item.id.to_owned())),
        code_description: link,
        source: Some(SOURCE.to_owned()),
        message: message(item),
        related_information: None,
        tags: None,
        data: None,
    }
}
