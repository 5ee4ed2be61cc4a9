//! The one count of what specs were found to have, for every summary: `check`'s per-spec and
//! closing lines (human, concise, `--statistics`), the JSON summary, the GitHub step summary,
//! and, through [`GapCounts`], the drafts and the dashboard.
//!
//! Two words, two meanings, never mixed:
//!
//! - **errors** and **warnings** are severities, after the configuration and the unverified
//!   downgrade: everything that can fail a run (`--fail-on`), that is findings not waived,
//!   waiver problems and placeholders. A run fails with `--fail-on error` exactly when the
//!   errors are more than none.
//! - **statutory gaps**, **statutory findings to check** and **guidance gaps** are the legal
//!   force of the findings ([`GapCounts`], as drafts and the dashboard count them): a
//!   statutory rule's unverified finding is a warning *and* a statutory finding to check.

use serde::Serialize;

use super::human::plural;
use super::{FileReport, Outcome};
use crate::render::gaps::GapCounts;
use crate::rules::{Checked, Severity};

/// What one or more specs were found to have.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Specs read (checked or not).
    pub files: usize,
    /// Specs that could not be read or are not valid specs.
    pub unreadable: usize,
    /// Everything of severity error: findings, waiver problems and placeholders.
    pub errors: usize,
    /// Everything of severity warning: findings, waiver problems and placeholders.
    pub warnings: usize,
    /// Of the warnings, findings resting on wording or a fact not verified.
    pub unverified: usize,
    /// Of the errors and warnings, waiver problems (`jointly-waiver-*`).
    pub waiver_problems: usize,
    /// Of the errors and warnings, placeholders (`jointly-placeholder`).
    pub placeholders: usize,
    /// Findings a waiver covers: never errors or warnings.
    pub waived: usize,
    /// The findings by legal force, as drafts and the dashboard count them.
    pub gaps: GapCounts,
}

impl Counts {
    /// One checked spec.
    pub fn of_checked(checked: &Checked) -> Counts {
        let severities = checked
            .findings
            .iter()
            .map(|f| f.severity)
            .chain(checked.waiver_notes.iter().map(|n| n.kind.severity()))
            .chain(checked.placeholders.iter().map(|p| p.severity));
        let (mut errors, mut warnings) = (0, 0);
        for severity in severities {
            match severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
        }
        Counts {
            files: 1,
            unreadable: 0,
            errors,
            warnings,
            unverified: checked.findings.iter().filter(|f| f.unverified).count(),
            waiver_problems: checked.waiver_notes.len(),
            placeholders: checked.placeholders.len(),
            waived: checked.waived.len(),
            gaps: GapCounts::of_checked(checked),
        }
    }

    /// One spec, checked or not.
    pub fn of_report(report: &FileReport) -> Counts {
        match &report.outcome {
            Outcome::Checked(checked) => Counts::of_checked(checked),
            Outcome::Failed(_) => Counts {
                files: 1,
                unreadable: 1,
                ..Counts::default()
            },
        }
    }

    /// Every spec of a run.
    pub fn of_reports(reports: &[FileReport]) -> Counts {
        let mut counts = Counts::default();
        reports
            .iter()
            .for_each(|report| counts.add(&Counts::of_report(report)));
        counts
    }

    /// Adds another spec's (or run's) counts.
    pub fn add(&mut self, other: &Counts) {
        self.files += other.files;
        self.unreadable += other.unreadable;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.unverified += other.unverified;
        self.waiver_problems += other.waiver_problems;
        self.placeholders += other.placeholders;
        self.waived += other.waived;
        self.gaps = GapCounts::sum([self.gaps, other.gaps]);
    }

    /// The severities in words: `2 errors, 5 warnings (1 unverified; 1 waiver problem and 1
    /// placeholder among them), 1 waived`.
    pub fn severities(&self) -> String {
        let mut text = String::new();
        self.write_severities(&mut text);
        text
    }

    /// [`Counts::severities`], written to `out`.
    pub fn write_severities(&self, out: &mut String) {
        use std::fmt::Write;
        let counted = |out: &mut String, n: usize, word: &str| {
            let _ = write!(out, "{n} {word}");
            if n != 1 {
                out.push('s');
            }
        };
        counted(out, self.errors, "error");
        out.push_str(", ");
        counted(out, self.warnings, "warning");
        let among = self.waiver_problems > 0 || self.placeholders > 0;
        if self.unverified > 0 || among {
            out.push_str(" (");
        }
        if self.unverified > 0 {
            let _ = write!(out, "{} unverified", self.unverified);
            if among {
                out.push_str("; ");
            }
        }
        if self.waiver_problems > 0 {
            counted(out, self.waiver_problems, "waiver problem");
        }
        if self.placeholders > 0 {
            if self.waiver_problems > 0 {
                out.push_str(" and ");
            }
            counted(out, self.placeholders, "placeholder");
        }
        if among {
            out.push_str(" among them");
        }
        if self.unverified > 0 || among {
            out.push(')');
        }
        if self.waived > 0 {
            let _ = write!(out, ", {} waived", self.waived);
        }
    }

    /// The findings by legal force, in the dashboard's words: `40 statutory gaps, 7 statutory
    /// findings to check, 21 guidance gaps`.
    pub fn legal_force(&self) -> String {
        format!(
            "{}, {} to check, {}",
            plural(self.gaps.statutory_gaps, "statutory gap"),
            plural(self.gaps.statutory_to_check, "statutory finding"),
            plural(self.gaps.guidance_gaps, "guidance gap")
        )
    }

    /// A run's closing line: the specs, the severities, the legal force of the findings, and
    /// the specs that could not be checked.
    pub fn totals_line(&self) -> String {
        let mut total = format!(
            "checked {}: {}",
            plural(self.files, "spec"),
            self.severities()
        );
        if self.files > self.unreadable {
            total.push_str(&format!("; by legal force: {}", self.legal_force()));
        }
        if self.unreadable > 0 {
            total.push_str(&format!("; {} could not be checked", self.unreadable));
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The severities as they were written before they were written in place.
    fn severities_by_parts(counts: &Counts) -> String {
        let mut among = Vec::new();
        if counts.waiver_problems > 0 {
            among.push(plural(counts.waiver_problems, "waiver problem"));
        }
        if counts.placeholders > 0 {
            among.push(plural(counts.placeholders, "placeholder"));
        }
        let mut notes = Vec::new();
        if counts.unverified > 0 {
            notes.push(format!("{} unverified", counts.unverified));
        }
        if !among.is_empty() {
            notes.push(format!("{} among them", among.join(" and ")));
        }
        let mut text = format!(
            "{}, {}",
            plural(counts.errors, "error"),
            plural(counts.warnings, "warning")
        );
        if !notes.is_empty() {
            text.push_str(&format!(" ({})", notes.join("; ")));
        }
        if counts.waived > 0 {
            text.push_str(&format!(", {} waived", counts.waived));
        }
        text
    }

    #[test]
    fn severities_read_the_same_for_every_mix_of_counts() {
        for n in 0..3usize.pow(6) {
            let digit = |i: u32| (n / 3usize.pow(i)) % 3;
            let counts = Counts {
                errors: digit(0),
                warnings: digit(1),
                unverified: digit(2),
                waiver_problems: digit(3),
                placeholders: digit(4),
                waived: digit(5),
                ..Counts::default()
            };
            assert_eq!(counts.severities(), severities_by_parts(&counts));
        }
    }
}
