//! GitHub Actions: workflow commands that annotate the spec files, and a Markdown job summary.
//!
//! [`write()`] prints one workflow command per finding, waiver problem, placeholder and load
//! problem:
//!
//! ```text
//! ::error file=samples/a.yaml,line=22,col=1,title=REG617-7-3-f%3A duration-not-stated::the agreement states …%0Ahelp: add …%0ASI 2000/617, reg 7(3)(f): https://…
//! ```
//!
//! Errors are `::error`, warnings `::warning`. Waived findings are not annotated (they never fail
//! a run). The title is the rule ID and name; the message is the finding's message (with
//! "(unverified)" where it is), then its help and its citation on lines of their own. Locations
//! are single points, so `col` is always given and `endLine`/`endColumn` never are.
//!
//! Escaping follows the runner's rules: in the message `%`, `\r` and `\n` become `%25`, `%0D`
//! and `%0A`; in property values (`file`, `title`) `:` and `,` also become `%3A` and `%2C`.
//!
//! [`write_step_summary`] writes a Markdown table of the run for `$GITHUB_STEP_SUMMARY`.

use super::stream::{Spool, Stream};
use super::{FileReport, Format, Outcome, Summary, TOOL_VERSION, label, rulebook_version};
use crate::rules::{Checked, Severity};

/// `--format github`: the annotations, and the summary table in `$GITHUB_STEP_SUMMARY`, since
/// GitHub shows only a few annotations per step.
pub const FORMAT: Format = Format {
    name: "github",
    about: "GitHub Actions annotations (and a summary table in $GITHUB_STEP_SUMMARY)",
    stream: || Box::new(Annotations),
    summary: Some(Summary {
        variable: "GITHUB_STEP_SUMMARY",
        stream: || Box::new(StepSummary::default()),
    }),
};

/// Writes the workflow commands for every spec.
pub fn write(reports: &[FileReport], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    super::stream::write_all(Box::new(Annotations), reports, out)
}

/// The workflow commands, written as each spec comes: they need nothing from the others.
struct Annotations;

impl Stream for Annotations {
    fn file(&mut self, report: &FileReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        annotate(report, out)
    }

    fn finish(&mut self, _: &mut dyn std::io::Write) -> std::io::Result<()> {
        Ok(())
    }
}

/// Writes one spec's workflow commands.
fn annotate(report: &FileReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    {
        let path = report.path.as_str();
        match &report.outcome {
            Outcome::Checked(checked) => {
                for finding in &checked.findings {
                    let rule = finding.rule;
                    let mut message = label::title(finding);
                    if let Some(help) = &finding.help {
                        message.push_str("\nhelp: ");
                        message.push_str(help);
                    }
                    message.push('\n');
                    message.push_str(&rule.citation.to_string());
                    if !rule.citation.url.is_empty() {
                        message.push_str(": ");
                        message.push_str(rule.citation.url);
                    }
                    let title = format!("{}: {}", rule.id, rule.name);
                    command(
                        out,
                        finding.severity,
                        path,
                        finding.span.line,
                        finding.span.column,
                        &title,
                        &message,
                    )?;
                }
                for note in &checked.waiver_notes {
                    let message = format!("{}\nhelp: {}", note.message, note.help);
                    command(
                        out,
                        note.kind.severity(),
                        path,
                        note.span.line,
                        note.span.column,
                        note.kind.id(),
                        &message,
                    )?;
                }
                for note in &checked.placeholders {
                    let message = format!("{}\nhelp: {}", note.message, note.help);
                    command(
                        out,
                        note.severity,
                        path,
                        note.span.line,
                        note.span.column,
                        crate::rules::placeholders::ID,
                        &message,
                    )?;
                }
            }
            Outcome::Failed(error) => {
                for problem in &error.problems {
                    let mut message = problem.message.clone();
                    if let Some(help) = &problem.help {
                        message.push_str("\nhelp: ");
                        message.push_str(help);
                    }
                    command(
                        out,
                        Severity::Error,
                        path,
                        problem.span.line,
                        problem.span.column,
                        super::sarif::UNREADABLE,
                        &message,
                    )?;
                }
            }
        }
    }
    Ok(())
}

fn command(
    out: &mut dyn std::io::Write,
    severity: Severity,
    path: &str,
    line: u32,
    column: u32,
    title: &str,
    message: &str,
) -> std::io::Result<()> {
    writeln!(
        out,
        "::{} file={},line={},col={},title={}::{}",
        label::severity_word(severity),
        escape_property(path),
        line.max(1),
        column.max(1),
        escape_property(title),
        escape_data(message)
    )
}

/// Escapes a workflow command's message.
pub fn escape_data(text: &str) -> String {
    escape(text, false)
}

/// Escapes a workflow command's property value: as a message, and `:` and `,` too.
pub fn escape_property(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, property: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

/// Writes a Markdown summary of the run, for appending to the file `$GITHUB_STEP_SUMMARY`
/// names: one table row per spec (its status, errors, warnings, waived findings and checklist
/// items addressed), then the totals. Errors and warnings are counted by `report::counts`:
/// findings, waiver problems and placeholders.
pub fn write_step_summary(
    reports: &[FileReport],
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    super::stream::write_all(Box::new(StepSummary::default()), reports, out)
}

/// The step summary as the specs come: their table rows (a line each, held in a temporary
/// file) and the totals, all written at the end.
#[derive(Default)]
struct StepSummary {
    rows: Spool,
    files: usize,
    errors: usize,
    warnings: usize,
    waived: usize,
    unreadable: usize,
}

impl Stream for StepSummary {
    fn file(&mut self, report: &FileReport, _: &mut dyn std::io::Write) -> std::io::Result<()> {
        self.files += 1;
        let path = escape_markdown(&report.path);
        match &report.outcome {
            Outcome::Checked(checked) => {
                let (e, w) = counts(checked);
                self.errors += e;
                self.warnings += w;
                self.waived += checked.waived.len();
                let status = if e > 0 {
                    "❌ errors"
                } else if w > 0 {
                    "⚠️ warnings"
                } else {
                    "✅ clean"
                };
                let checklist = if checked.checklist.applies {
                    format!(
                        "{} of {}",
                        checked.checklist.addressed(),
                        checked.checklist.items.len()
                    )
                } else {
                    "–".to_owned()
                };
                let row = format!(
                    "| {path} | {status} | {e} | {w} | {} | {checklist} |\n",
                    checked.waived.len(),
                );
                self.rows.write_all(row.as_bytes())?;
            }
            Outcome::Failed(_) => {
                self.unreadable += 1;
                let row = format!("| {path} | ❌ unreadable | – | – | – | – |\n");
                self.rows.write_all(row.as_bytes())?;
            }
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        writeln!(out, "## jointly check\n")?;
        writeln!(
            out,
            "| File | Status | Errors | Warnings | Waived | Checklist |"
        )?;
        writeln!(out, "| --- | --- | ---: | ---: | ---: | ---: |")?;
        self.rows.copy_to(out)?;
        writeln!(
            out,
            "\n{}: {}, {}, {}, {} waived.\n",
            super::human::plural(self.files, "file"),
            plural_word(self.unreadable, "unreadable"),
            super::human::plural(self.errors, "error"),
            super::human::plural(self.warnings, "warning"),
            self.waived
        )?;
        writeln!(
            out,
            "<sub>jointly {TOOL_VERSION}, rulebook {}</sub>",
            rulebook_version()
        )
    }
}

/// `0 unreadable`: the word does not change with the number.
fn plural_word(n: usize, word: &str) -> String {
    format!("{n} {word}")
}

/// Errors and warnings in a checked spec: findings, waiver problems and placeholders.
fn counts(checked: &Checked) -> (usize, usize) {
    let counts = super::counts::Counts::of_checked(checked);
    (counts.errors, counts.warnings)
}

/// Backslash-escapes the ASCII punctuation that means something in GitHub Markdown, and turns
/// line breaks into spaces, so that a path is literal text in a table cell.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '<' | '>' | '#' | '+'
            | '!' | '|' | '~' | '&' | '$' | ':' | '@' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_and_properties_are_escaped() {
        assert_eq!(
            escape_data("100% done,\r\nnext: go"),
            "100%25 done,%0D%0Anext: go"
        );
        assert_eq!(escape_property("a:b,c%d\ne"), "a%3Ab%2Cc%25d%0Ae");
    }

    #[test]
    fn an_unreadable_file_is_one_error_per_problem() {
        let error = crate::spec::load_bytes("a,b.yaml", b"jointly: 1\nagreement: [").unwrap_err();
        let problems = error.problems.len();
        let reports = [FileReport {
            path: "a,b.yaml".into(),
            outcome: Outcome::Failed(error),
        }];
        let mut out = Vec::new();
        write(&reports, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), problems);
        assert!(text.starts_with("::error file=a%2Cb.yaml,line="));
        assert!(text.contains(",title=jointly-unreadable::"));

        let mut out = Vec::new();
        write_step_summary(&reports, &mut out).unwrap();
        let summary = String::from_utf8(out).unwrap();
        assert!(
            summary.contains("| a,b.yaml | ❌ unreadable |"),
            "{summary}"
        );
        assert!(summary.contains("1 file: 1 unreadable, 0 errors, 0 warnings, 0 waived."));
    }

    #[test]
    fn markdown_in_paths_is_literal() {
        assert_eq!(escape_markdown("a|b_[c].yaml"), r"a\|b\_\[c\].yaml");
    }
}
