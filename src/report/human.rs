//! Human output in the style of rustc: a title with the rule ID, the source line with a caret,
//! the citation and what to do.

use std::fmt::Write;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::label;
use crate::rules::{Checked, Finding, Severity};
use crate::spec::{LoadError, Span};

/// How diagnostics are drawn: annotate-snippets' renderer, and whether it draws without colour.
pub struct Drawing {
    renderer: Renderer,
    plain: bool,
}

impl Drawing {
    /// Plain text, for a file, a pipe or `NO_COLOR`.
    pub fn plain() -> Drawing {
        Drawing {
            renderer: Renderer::plain(),
            plain: true,
        }
    }

    /// Coloured, for a terminal.
    pub fn styled() -> Drawing {
        Drawing {
            renderer: Renderer::styled(),
            plain: false,
        }
    }

    /// The renderer, for what this module draws whole (load errors).
    pub fn renderer(&self) -> &Renderer {
        &self.renderer
    }

    /// Draws `head` with `notes` under it into `out`. In plain text the head is written by
    /// [`plain::head`] where it can be, and the notes here, exactly as annotate-snippets
    /// writes them: it draws every character of a message into a grid first, and the long
    /// citation notes cost a quarter of `check`'s time on a batch. In colour (a terminal,
    /// where speed does not matter) it draws them all.
    fn draw(&self, out: &mut String, head: &plain::Head, notes: &[(Note, &str)]) {
        let title = || -> std::borrow::Cow<str> {
            match head.mark {
                "" => head.title.into(),
                mark => format!("{}{mark}", head.title).into(),
            }
        };
        let group = |title| {
            let title = level(head.severity).primary_title(title).id(head.id);
            let group = Group::with_title(title);
            match head.at {
                Some(at) => group.element(snippet(at.path, at.source, at.span)),
                None => group,
            }
        };
        if !self.plain || notes.is_empty() {
            let title = title();
            let group = notes.iter().fold(group(&*title), |group, (note, text)| {
                group.element(note.level().message(*text))
            });
            out.push_str(&self.renderer.render(&[group]));
            return;
        }
        if let Some(gutter) = plain::head(out, head) {
            notes
                .iter()
                .for_each(|(note, text)| write_note(out, gutter, note.name(), text));
            return;
        }
        // The head with an empty note: its last line is the note's start, `{gutter} = note: `.
        let title = title();
        let drawn = self
            .renderer
            .render(&[group(&*title).element(Level::NOTE.message(""))]);
        match drawn
            .rsplit_once('\n')
            .and_then(|(above, last)| Some((above, last.strip_suffix(" = note: ")?)))
        {
            Some((above, gutter)) => {
                out.push_str(above);
                for (note, text) in notes {
                    write_note(out, gutter, note.name(), text);
                }
            }
            None => {
                let group = notes.iter().fold(group(&*title), |group, (note, text)| {
                    group.element(note.level().message(*text))
                });
                out.push_str(&self.renderer.render(&[group]));
            }
        }
    }
}

/// A message under a snippet.
#[derive(Clone, Copy)]
enum Note {
    Note,
    Help,
}

impl Note {
    fn level(self) -> Level<'static> {
        match self {
            Note::Note => Level::NOTE,
            Note::Help => Level::HELP,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Note::Note => "note",
            Note::Help => "help",
        }
    }
}

/// Writes a note as annotate-snippets does in plain text: `{gutter} = {name}: ` and its first
/// line, then each further line indented to align under the first.
fn write_note(out: &mut String, gutter: &str, name: &str, text: &str) {
    let indent = gutter.len() + " = ".len() + name.len() + ": ".len();
    for (i, line) in text.split('\n').enumerate() {
        out.push('\n');
        if i == 0 {
            out.push_str(gutter);
            out.push_str(" = ");
            out.push_str(name);
            out.push_str(": ");
        } else {
            out.extend(std::iter::repeat_n(' ', indent));
        }
        out.push_str(line);
    }
}

/// Renders one finding.
pub fn finding(path: &str, source: &str, finding: &Finding, drawing: &Drawing) -> String {
    let mut out = String::new();
    write_finding(&mut out, path, source, finding, drawing);
    out
}

fn write_finding(out: &mut String, path: &str, source: &str, finding: &Finding, drawing: &Drawing) {
    let rule = finding.rule;
    let mut citation = String::with_capacity(400);
    citation_note(&mut citation, rule, true);
    let unverified = finding.unverified.then(|| {
        format!(
            "the wording this rests on is not verified, so it is reported as a warning; `jointly explain {}` says what it rests on",
            rule.id
        )
    });
    let mut notes = [
        (Note::Note, citation.as_str()),
        (Note::Note, ""),
        (Note::Help, ""),
    ];
    let mut count = 1;
    for note in [
        unverified.as_deref().map(|text| (Note::Note, text)),
        finding.help.as_deref().map(|text| (Note::Help, text)),
    ]
    .into_iter()
    .flatten()
    {
        notes[count] = note;
        count += 1;
    }
    let head = plain::Head {
        severity: finding.severity,
        id: rule.id,
        title: &finding.message,
        mark: label::title_mark(finding),
        at: Some(plain::Place {
            path,
            source,
            span: finding.span,
        }),
    };
    drawing.draw(out, &head, &notes[..count]);
}

/// A rule's citation note: `{citation} ({group})`, `: {summary}` when `summary`, and the URL
/// on a line of its own.
fn citation_note(out: &mut String, rule: &crate::rules::Rule, summary: bool) {
    out.push_str(rule.citation.instrument);
    out.push_str(", ");
    out.push_str(rule.citation.provision);
    out.push_str(" (");
    out.push_str(label::group_word(rule));
    out.push(')');
    if summary {
        out.push_str(": ");
        out.push_str(rule.summary);
    }
    if !rule.citation.url.is_empty() {
        out.push_str("\n  ");
        out.push_str(rule.citation.url);
    }
}

/// The diagnostic level of a severity; annotate-snippets prints it as `error` or `warning`.
fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    }
}

fn snippet<'a>(
    path: &'a str,
    source: &'a str,
    span: Span,
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let start = span.start.min(source.len());
    let end = (start + span.len).min(source.len());
    // Only the lines the span touches are given to the renderer, numbered from where they
    // start: it shows only annotated lines, so the output is the same as for the whole file,
    // without measuring every line of it for every finding.
    let (window, first_line) = lines_around(source, start, end);
    Snippet::source(&source[window.clone()])
        .path(path)
        .line_start(first_line)
        .annotation(AnnotationKind::Primary.span(start - window.start..end - window.start))
}

/// The whole lines of `source` that hold `start..end` (with the line break that ends the last
/// of them, or up to the end of the source), and the number of the first.
/// A span at the very end is given the whole source, whose last line the renderer points at.
fn lines_around(source: &str, start: usize, end: usize) -> (std::ops::Range<usize>, usize) {
    let bytes = source.as_bytes();
    if start >= source.len() {
        return (0..source.len(), 1);
    }
    let from = bytes[..start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let to = bytes[end..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(source.len(), |i| end + i + 1);
    let line = 1 + bytes[..from].iter().filter(|&&b| b == b'\n').count();
    (from..to, line)
}

/// Renders every problem that stopped a spec loading.
pub fn load_error(error: &LoadError, renderer: &Renderer) -> String {
    let mut out = String::new();
    for problem in &error.problems {
        let mut group = Group::with_title(Level::ERROR.primary_title(problem.message.as_str()));
        group = match &error.text {
            Some(text) if !text.is_empty() => {
                group.element(snippet(&error.path, text, problem.span))
            }
            _ => group.element(
                annotate_snippets::Origin::path(error.path.as_str())
                    .line(problem.span.line as usize)
                    .char_column(problem.span.column as usize),
            ),
        };
        if let Some(help) = &problem.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    out
}

/// The one-line summary of a checked spec: its counts as every summary gives them
/// ([`super::counts::Counts`]) and its checklist.
pub fn summary(path: &str, checked: &Checked) -> String {
    let mut out = String::new();
    write_summary(&mut out, path, checked);
    out
}

fn write_summary(out: &mut String, path: &str, checked: &Checked) {
    out.push_str(path);
    out.push_str(": ");
    super::counts::Counts::of_checked(checked).write_severities(out);
    if checked.checklist.applies {
        let _ = write!(
            out,
            "; checklist: {} of {} items addressed",
            checked.checklist.addressed(),
            checked.checklist.items.len()
        );
    }
}

/// What a run checked and what it did not, in plain words.
pub fn scope_note(coverage: &crate::rules::coverage::RunCoverage) -> String {
    use crate::rules::coverage::{PAGE_PATH, PAGE_TITLE};
    let checked = if coverage.checked.is_empty() {
        "no rule applied".to_owned()
    } else {
        format!(
            "jointly checked {} resting on {}",
            plural(coverage.rules, "rule"),
            coverage.checked.join("; ")
        )
    };
    let areas: Vec<&str> = coverage.not_checked.iter().map(|n| n.area).collect();
    format!(
        "{checked}. It does not check {}: see {PAGE_PATH} (\"{PAGE_TITLE}\").",
        list_words(&areas, "or")
    )
}

/// `a`, `a or b`, `a, b or c`.
pub fn list_words(items: &[&str], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// `1 error`, `2 errors`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Renders a problem with one of the spec's waivers.
pub fn waiver_note(
    path: &str,
    source: &str,
    note: &crate::rules::WaiverNote,
    drawing: &Drawing,
) -> String {
    let mut out = String::new();
    let at = plain::Place {
        path,
        source,
        span: note.span,
    };
    write_waiver_note(&mut out, at, note, drawing);
    out
}

fn write_waiver_note(
    out: &mut String,
    at: plain::Place,
    note: &crate::rules::WaiverNote,
    drawing: &Drawing,
) {
    let (severity, id) = (note.kind.severity(), note.kind.id());
    write_with_help(out, (severity, id, &note.message), at, &note.help, drawing);
}

/// Renders a placeholder left in the spec's text.
pub fn placeholder(
    path: &str,
    source: &str,
    note: &crate::rules::Placeholder,
    drawing: &Drawing,
) -> String {
    let mut out = String::new();
    let at = plain::Place {
        path,
        source,
        span: note.span,
    };
    write_placeholder(&mut out, at, note, drawing);
    out
}

fn write_placeholder(
    out: &mut String,
    at: plain::Place,
    note: &crate::rules::Placeholder,
    drawing: &Drawing,
) {
    let title = (
        note.severity,
        crate::rules::placeholders::ID,
        &*note.message,
    );
    write_with_help(out, title, at, &note.help, drawing);
}

/// A diagnostic of jointly's own (a severity, an ID and a message) at a place, with help.
fn write_with_help(
    out: &mut String,
    (severity, id, title): (Severity, &str, &str),
    at: plain::Place,
    help: &str,
    drawing: &Drawing,
) {
    let head = plain::Head {
        severity,
        id,
        title,
        mark: "",
        at: Some(at),
    };
    drawing.draw(out, &head, &[(Note::Help, help)]);
}

/// One line for a waived finding: it is reported, in its own section, but does not fail.
pub fn waived(path: &str, waived: &crate::rules::Waived) -> String {
    let mut out = String::new();
    write_waived(&mut out, path, waived);
    out
}

fn write_waived(out: &mut String, path: &str, waived: &crate::rules::Waived) {
    let finding = &waived.finding;
    let _ = write!(
        out,
        "waived[{}]: {}{} ({path}:{}:{}, waiver {} in the spec)",
        finding.rule.id,
        finding.message,
        label::title_mark(finding),
        finding.span.line,
        finding.span.column,
        waived.waiver
    );
}

/// The human output for one checked spec, every finding in full (`--output-format full`): its
/// findings, its waiver problems, the findings it waives, and a summary line.
pub fn document(
    document: &crate::spec::Document,
    checked: &Checked,
    drawing: &Drawing,
    quiet: bool,
) -> String {
    document_with(document, checked, drawing, quiet, false)
}

/// The human output for one checked spec; with `grouped` (the default human format), findings
/// that share a rule family and citation are drawn as one block (see `grouped.rs`).
pub fn document_with(
    document: &crate::spec::Document,
    checked: &Checked,
    drawing: &Drawing,
    quiet: bool,
    grouped: bool,
) -> String {
    // Everything is written into one buffer, sized for a typical spec's findings.
    let mut text = String::with_capacity(1024 + 700 * checked.findings.len());
    let (path, source) = (document.path.as_str(), document.source.as_str());
    let at = |span| plain::Place { path, source, span };
    if grouped {
        for group in grouped::arrange(&checked.findings) {
            match group.as_slice() {
                [one] => write_finding(&mut text, path, source, one, drawing),
                many => grouped::write_block(&mut text, path, many, drawing),
            }
            text.push_str("\n\n");
        }
    } else {
        for one in &checked.findings {
            write_finding(&mut text, path, source, one, drawing);
            text.push_str("\n\n");
        }
    }
    for note in &checked.waiver_notes {
        write_waiver_note(&mut text, at(note.span), note, drawing);
        text.push_str("\n\n");
    }
    for note in &checked.placeholders {
        write_placeholder(&mut text, at(note.span), note, drawing);
        text.push_str("\n\n");
    }
    for each in &checked.waived {
        write_waived(&mut text, path, each);
        text.push('\n');
    }
    if !checked.waived.is_empty() {
        text.push('\n');
    }
    if !quiet {
        for year in &checked.bcf_parameters {
            let _ = writeln!(text, "{path}: note: {}", year.line());
        }
        write_summary(&mut text, path, checked);
        text.push('\n');
        let noisy = !checked.findings.is_empty()
            || !checked.waived.is_empty()
            || !checked.waiver_notes.is_empty()
            || !checked.placeholders.is_empty();
        if noisy {
            text.push('\n');
        }
    }
    text
}

mod grouped;
mod plain;

#[cfg(test)]
mod tests;
