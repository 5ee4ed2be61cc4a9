//! jointly's findings as the protocol's diagnostics: the same severities, messages, places and
//! IDs as `jointly check`.

use lsp_types::{CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, Url};

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
        .map(|item| diagnostic(&lines, item))
        .collect()
}

/// The message a diagnostic shows: the finding's title, then what to do about it.
pub fn message(item: &Item) -> String {
    match &item.help {
        Some(help) => format!("{}\nhelp: {help}", item.title),
        None => item.title.clone(),
    }
}

/// The range of what was reported: its span, or, where jointly points at a place rather than
/// at text (a span of no length), the rest of that line, so that an editor can underline it.
pub fn range(lines: &LineIndex, item: &Item) -> lsp_types::Range {
    if item.span.len > 0 {
        return lines.range(item.span.start, item.span.len);
    }
    let start = lines.position(item.span.start);
    let end = lines.line_end(start.line);
    lsp_types::Range::new(start, end)
}

fn diagnostic(lines: &LineIndex, item: &Item) -> Diagnostic {
    let link = item
        .rule
        .map(|rule| rule.citation.url)
        .filter(|url| !url.is_empty())
        .and_then(|url| Url::parse(url).ok())
        .map(|href| CodeDescription { href });
    Diagnostic {
        range: range(lines, item),
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
