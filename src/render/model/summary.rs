//! The completeness note: what jointly found, and what it checked and did not.

use serde::Serialize;

use crate::render::text::markdown as md;
use crate::rules::coverage::{self, PAGE_PATH, PAGE_TITLE};
use crate::rules::{Checked, Finding, Group, Severity};
use crate::spec::Spec;

#[derive(Debug, Serialize)]
pub struct Summary {
    pub statutory_gaps: usize,
    pub guidance_gaps: usize,
    pub unverified: usize,
    pub checklist_addressed: usize,
    pub checklist_total: usize,
    /// What jointly checked for this spec and what it did not, escaped.
    pub coverage: CoverageModel,
}

/// What jointly checked and did not (see [`crate::rules::coverage`]), for the completeness
/// note.
#[derive(Debug, Serialize)]
pub struct CoverageModel {
    pub basis: &'static str,
    pub jurisdiction: &'static str,
    pub rules: usize,
    pub unverified_rules: usize,
    pub checked: Vec<String>,
    pub not_checked: Vec<String>,
    pub page_title: &'static str,
    pub page_path: &'static str,
}

pub(super) fn of(checked: &Checked, spec: &Spec) -> Summary {
    let statutory =
        |f: &&Finding| f.rule.group == Group::Statutory && f.severity == Severity::Error;
    Summary {
        statutory_gaps: checked.findings.iter().filter(statutory).count(),
        guidance_gaps: checked.findings.iter().filter(|f| !statutory(f)).count(),
        unverified: checked.findings.iter().filter(|f| f.unverified).count(),
        checklist_addressed: checked.checklist.addressed(),
        checklist_total: checked.checklist.items.len(),
        coverage: coverage_model(checked, spec),
    }
}

fn coverage_model(checked: &Checked, spec: &Spec) -> CoverageModel {
    let coverage = coverage::coverage(checked, spec);
    CoverageModel {
        basis: coverage.basis,
        jurisdiction: coverage.jurisdiction,
        rules: coverage.rules,
        unverified_rules: coverage.unverified_rules,
        checked: coverage
            .checked
            .iter()
            .map(|i| md(&i.to_string()))
            .collect(),
        not_checked: coverage.not_checked.iter().map(|n| md(n.words)).collect(),
        page_title: PAGE_TITLE,
        page_path: PAGE_PATH,
    }
}
