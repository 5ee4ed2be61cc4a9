//! Human output in the style of rustc: a title with the rule ID, the source line with a caret,
//! the citation and what to do.

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

    /// Draws `head` (a title and a snippet) with `notes` under it. In plain text the notes are
    /// written here, exactly as annotate-snippets writes them: it draws every character of a
    /// message into a grid first, and the long citation notes cost a quarter of `check`'s time
    /// on a batch. In colour (a terminal, where speed does not matter) it draws them all.
    fn draw<'a>(&self, head: impl Fn() -> Group<'a>, notes: &[(Note, &'a str)]) -> String {
        let whole = || {
            let group = notes.iter().fold(head(), |group, (note, text)| {
                group.element(note.level().message(*text))
            });
            self.renderer.render(&[group])
        };
        if !self.plain || notes.is_empty() {
            return whole();
        }
        // The head with an empty note: its last line is the note's start, `{gutter} = note: `.
        let drawn = self
            .renderer
            .render(&[head().element(Level::NOTE.message(""))]);
        let Some((above, gutter)) = drawn
            .rsplit_once('\n')
            .and_then(|(above, last)| Some((above, last.strip_suffix(" = note: ")?)))
        else {
            return whole();
        };
        let mut out = String::with_capacity(above.len() + notes.len() * 200);
        out.push_str(above);
        for (note, text) in notes {
            write_note(&mut out, gutter, note.name(), text);
        }
        out
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
    let rule = finding.rule;
    let mut citation = format!(
        "{} ({}): {}",
        rule.citation,
        label::group_word(rule),
        rule.summary
    );
    if !rule.citation.url.is_empty() {
        citation.push_str(&format!("\n  {}", rule.citation.url));
    }
    let unverified = finding.unverified.then(|| {
        format!(
            "the wording this rests on is not verified, so it is reported as a warning; `jointly explain {}` says what it rests on",
            rule.id
        )
    });
    let mut notes = vec![(Note::Note, citation.as_str())];
    if let Some(unverified) = &unverified {
        notes.push((Note::Note, unverified.as_str()));
    }
    if let Some(help) = &finding.help {
        notes.push((Note::Help, help.as_str()));
    }
    let head = || {
        let title = level(finding.severity).primary_title(label::title(finding));
        Group::with_title(title.id(rule.id)).element(snippet(path, source, finding.span))
    };
    drawing.draw(head, &notes)
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
    let counts = super::counts::Counts::of_checked(checked);
    let checklist = if checked.checklist.applies {
        format!(
            "; checklist: {} of {} items addressed",
            checked.checklist.addressed(),
            checked.checklist.items.len()
        )
    } else {
        String::new()
    };
    format!("{path}: {}{checklist}", counts.severities())
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
    let head = || {
        Group::with_title(
            level(note.kind.severity())
                .primary_title(note.message.as_str())
                .id(note.kind.id()),
        )
        .element(snippet(path, source, note.span))
    };
    drawing.draw(head, &[(Note::Help, note.help.as_str())])
}

/// Renders a placeholder left in the spec's text.
pub fn placeholder(
    path: &str,
    source: &str,
    note: &crate::rules::Placeholder,
    drawing: &Drawing,
) -> String {
    let head = || {
        Group::with_title(
            level(note.severity)
                .primary_title(note.message.as_str())
                .id(crate::rules::placeholders::ID),
        )
        .element(snippet(path, source, note.span))
    };
    drawing.draw(head, &[(Note::Help, note.help.as_str())])
}

/// One line for a waived finding: it is reported, in its own section, but does not fail.
pub fn waived(path: &str, waived: &crate::rules::Waived) -> String {
    let finding = &waived.finding;
    format!(
        "waived[{}]: {} ({path}:{}:{}, waiver {} in the spec)",
        finding.rule.id,
        label::title(finding),
        finding.span.line,
        finding.span.column,
        waived.waiver
    )
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
    let mut text = String::new();
    let arranged = match grouped {
        true => grouped::arrange(&checked.findings),
        false => checked.findings.iter().map(|f| vec![f]).collect(),
    };
    for group in arranged {
        match group.as_slice() {
            [one] => text.push_str(&finding(&document.path, &document.source, one, drawing)),
            many => text.push_str(&grouped::block(&document.path, many, drawing)),
        }
        text.push_str("\n\n");
    }
    for note in &checked.waiver_notes {
        text.push_str(&waiver_note(
            &document.path,
            &document.source,
            note,
            drawing,
        ));
        text.push_str("\n\n");
    }
    for note in &checked.placeholders {
        text.push_str(&placeholder(
            &document.path,
            &document.source,
            note,
            drawing,
        ));
        text.push_str("\n\n");
    }
    for each in &checked.waived {
        text.push_str(&waived(&document.path, each));
        text.push('\n');
    }
    if !checked.waived.is_empty() {
        text.push('\n');
    }
    if !quiet {
        for year in &checked.bcf_parameters {
            text.push_str(&format!("{}: note: {}\n", document.path, year.line()));
        }
        text.push_str(&summary(&document.path, checked));
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

#[cfg(test)]
mod tests;
