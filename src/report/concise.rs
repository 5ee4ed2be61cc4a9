//! The concise human format (`jointly check --output-format concise`) and the count per rule
//! (`--statistics`), after ruff's.
//!
//! Concise: one line per finding, waiver problem, placeholder and problem that stopped a spec
//! loading, `path:line:col: severity[ID] title`, in the order of the spec's lines. Waived
//! findings are left out: they never fail a run.
//!
//! Statistics: one line per rule or pseudo-rule reported, its count, ID and summary, the most
//! frequent first and then by ID.

use std::collections::BTreeMap;

use super::{FileReport, Outcome, label};
use crate::rules::{Checked, Severity, placeholders, pseudo};
use crate::spec::{LoadError, Span};

/// One reported thing, as the concise line and the statistics see it.
struct Item<'a> {
    span: Span,
    severity: Severity,
    id: &'static str,
    summary: &'static str,
    title: std::borrow::Cow<'a, str>,
}

/// Everything a checked spec reports, in the human format's order.
fn items(checked: &Checked) -> impl Iterator<Item = Item<'_>> {
    let findings = checked.findings.iter().map(|f| Item {
        span: f.span,
        severity: f.severity,
        id: f.rule.id,
        summary: f.rule.summary,
        title: label::title(f).into(),
    });
    let notes = checked.waiver_notes.iter().map(|n| Item {
        span: n.span,
        severity: n.kind.severity(),
        id: n.kind.id(),
        summary: pseudo_summary(n.kind.id()),
        title: n.message.as_str().into(),
    });
    let held = checked.placeholders.iter().map(|p| Item {
        span: p.span,
        severity: p.severity,
        id: placeholders::ID,
        summary: placeholders::SUMMARY,
        title: p.message.as_str().into(),
    });
    findings.chain(notes).chain(held)
}

/// The problems that stopped a spec loading, as items.
fn unreadable(error: &LoadError) -> impl Iterator<Item = Item<'_>> {
    error.problems.iter().map(|problem| Item {
        span: problem.span,
        severity: Severity::Error,
        id: pseudo::UNREADABLE,
        summary: pseudo_summary(pseudo::UNREADABLE),
        title: problem.message.as_str().into(),
    })
}

fn pseudo_summary(id: &str) -> &'static str {
    pseudo::find(id).map_or("", |p| p.summary)
}

fn line(path: &str, item: &Item) -> String {
    format!(
        "{path}:{}:{}: {}[{}] {}\n",
        item.span.line,
        item.span.column,
        label::severity_word(item.severity),
        item.id,
        item.title.replace(['\r', '\n'], " ")
    )
}

/// The concise lines of one checked spec, by position (and, at one position, in the human
/// format's order).
pub fn document(path: &str, checked: &Checked) -> String {
    lines(path, items(checked))
}

/// The concise lines of a spec that could not be loaded, by position.
pub fn load_error(error: &LoadError) -> String {
    lines(&error.path, unreadable(error))
}

fn lines<'a>(path: &str, items: impl Iterator<Item = Item<'a>>) -> String {
    let mut items: Vec<Item> = items.collect();
    items.sort_by_key(|item| (item.span.line, item.span.column));
    items.iter().map(|item| line(path, item)).collect()
}

/// How many times each rule and pseudo-rule was reported, with its summary.
#[derive(Debug, Default)]
pub struct Statistics {
    counts: BTreeMap<&'static str, (usize, &'static str)>,
}

impl Statistics {
    /// Counts what one spec reported.
    pub fn add(&mut self, report: &FileReport) {
        let mut count = |item: Item| {
            self.counts.entry(item.id).or_insert((0, item.summary)).0 += 1;
        };
        match &report.outcome {
            Outcome::Checked(checked) => items(checked).for_each(&mut count),
            Outcome::Failed(error) => unreadable(error).for_each(&mut count),
        }
    }

    /// One line per rule, `COUNT  ID  summary`, aligned, the most frequent first.
    pub fn lines(&self) -> String {
        let mut rows: Vec<(&str, usize, &str)> = self
            .counts
            .iter()
            .map(|(id, (count, summary))| (*id, *count, *summary))
            .collect();
        // The map is in ID order, and the sort is stable.
        rows.sort_by_key(|row| std::cmp::Reverse(row.1));
        let count_width = rows
            .iter()
            .map(|r| r.1.to_string().len())
            .max()
            .unwrap_or(1);
        let id_width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
        rows.iter()
            .map(|(id, count, summary)| {
                format!("{count:>count_width$}  {id:<id_width$}  {summary}\n")
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(yaml: &str) -> FileReport {
        let outcome = match crate::spec::load_bytes("x.yaml", yaml.as_bytes()) {
            Ok(document) => Outcome::Checked(Box::new(crate::rules::check(&document))),
            Err(error) => Outcome::Failed(error),
        };
        FileReport {
            path: "x.yaml".into(),
            outcome,
        }
    }

    #[test]
    fn an_unreadable_spec_is_one_line_per_problem() {
        let FileReport {
            outcome: Outcome::Failed(error),
            ..
        } = report("jointly: 1\nagreement: [\n")
        else {
            panic!("loaded")
        };
        let text = load_error(&error);
        assert!(text.starts_with("x.yaml:"), "{text}");
        assert!(text.contains(": error[jointly-unreadable] "), "{text}");
        assert_eq!(text.lines().count(), error.problems.len());
    }

    #[test]
    fn statistics_put_the_most_frequent_first_then_by_id() {
        let mut statistics = Statistics::default();
        statistics.counts.insert("B", (2, "b"));
        statistics.counts.insert("A", (2, "a"));
        statistics.counts.insert("CC", (10, "c"));
        assert_eq!(statistics.lines(), "10  CC  c\n 2  A   a\n 2  B   b\n");
        statistics.add(&report("jointly: 1\n"));
        assert!(statistics.lines().contains("jointly-unreadable"));
    }
}
