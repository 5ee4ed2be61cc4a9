//! The completeness note: what jointly found, and what it checked and did not.

use serde::Serialize;

use crate::render::gaps::GapCounts;
use crate::render::text::markdown_words;
use crate::rules::Checked;
use crate::rules::coverage::{self, PAGE_PATH, PAGE_TITLE};
use crate::spec::Spec;

/// What jointly found, counted as [`GapCounts`] counts it (and the dashboard too).
#[derive(Debug, Serialize)]
pub struct Summary {
    /// Findings the law requires to be filled.
    pub statutory_gaps: usize,
    /// Findings of statutory rules that only warn: unverified, or for a person to judge.
    pub statutory_to_check: usize,
    /// Of those, the findings resting on wording or a fact not verified.
    pub statutory_unverified: usize,
    /// Findings of guidance rules, including checklist items not addressed.
    pub guidance_gaps: usize,
    /// Placeholders left in the spec's text, each flagged where it is drafted.
    pub placeholders: usize,
    /// Of those, the errors (the agreement is final or signed): they block a clean copy.
    pub placeholders_blocking: usize,
    pub checklist_addressed: usize,
    pub checklist_total: usize,
    /// Whether the 2007 checklist applies (not to a payment agreement or a Welsh one).
    pub checklist_applies: bool,
    /// What jointly checked for this spec and what it did not, escaped.
    pub coverage: CoverageModel,
}

/// What jointly checked and did not (see [`crate::rules::coverage`](mod@crate::rules::coverage)), for the completeness
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
    let gaps = GapCounts::of_checked(checked);
    Summary {
        statutory_gaps: gaps.statutory_gaps,
        statutory_to_check: gaps.statutory_to_check,
        statutory_unverified: gaps.statutory_unverified,
        guidance_gaps: gaps.guidance_gaps,
        placeholders: gaps.placeholders,
        placeholders_blocking: gaps.placeholders_blocking,
        checklist_addressed: checked.checklist.addressed(),
        checklist_total: checked.checklist.items.len(),
        checklist_applies: checked.checklist.applies,
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
            .map(|i| markdown_words(&i.to_string()))
            .collect(),
        not_checked: coverage
            .not_checked
            .iter()
            .map(|n| markdown_words(n.words))
            .collect(),
        page_title: PAGE_TITLE,
        page_path: PAGE_PATH,
    }
}
