//! A core agreement with schedules per financial year (`years`): each year's label for its
//! Schedules, and the variations log, one row for each year's schedules: the variation that
//! brought them in (or the agreement as made), its date, its approvals and what it changed.

use serde::Serialize;

use super::SchemeModel;
use crate::render::text::markdown as md;
use crate::spec::{Approval, Spec, StatedDate, year_words};

/// One row of the variations log.
#[derive(Debug, Serialize)]
pub struct VariationRow {
    /// The financial year whose schedules the row brought in, e.g. "2025/26".
    pub year: String,
    /// The variation's reference, escaped; none when it states none. `as_made` says the
    /// schedules came with the agreement as made.
    pub reference: Option<String>,
    pub as_made: bool,
    /// The date the variation (or the agreement as made) was made, written out; none when not
    /// stated.
    pub date: Option<String>,
    /// Each approval of the variation (or of the agreement as made): who, and the date and
    /// reference when stated, escaped.
    pub approvals: Vec<String>,
    /// What the variation changed, as the spec says, escaped; else none, and the log names
    /// the Schedules it brought in.
    pub changes: Option<String>,
    /// The Schedules of the year, e.g. "Schedule 2 (2025/26)".
    pub schedules: Vec<String>,
}

/// Labels each year's Schedules with their financial year.
pub(super) fn label_years(spec: &Spec, schemes: &mut [SchemeModel]) {
    let years = spec.year_of_schemes();
    for scheme in schemes.iter_mut() {
        let year = years.get(scheme.index).copied().flatten();
        scheme.year = year
            .and_then(|y| spec.years.get(y))
            .map(|y| md(&year_words(&y.financial_year)));
    }
}

/// The variations log: a row for each year of `years`, in order.
pub(super) fn log(spec: &Spec, schemes: &[SchemeModel]) -> Vec<VariationRow> {
    let years = spec.year_of_schemes();
    spec.years
        .iter()
        .enumerate()
        .map(|(y, year)| {
            let variation = year.variation.as_ref();
            // Only the first year's schedules may come with the agreement as made.
            let as_made = variation.is_none() && y == 0;
            let none = Vec::new();
            let words = md(&year_words(&year.financial_year));
            let schedules = schemes
                .iter()
                .filter(|s| years.get(s.index).copied().flatten() == Some(y))
                .map(|s| format!("Schedule {} ({words})", s.number))
                .collect();
            VariationRow {
                year: words,
                reference: variation
                    .and_then(|v| v.reference.as_deref())
                    .filter(|r| !r.trim().is_empty())
                    .map(md),
                as_made,
                // The first year's schedules may come with the agreement as made: its date and
                // approvals are the agreement's.
                date: match variation {
                    Some(v) => v.made.as_ref().map(StatedDate::long),
                    None if as_made => spec.agreement.made.as_ref().map(StatedDate::long),
                    None => None,
                },
                approvals: approval_words(match variation {
                    Some(v) => &v.approvals,
                    None if as_made => &spec.agreement.approvals,
                    None => &none,
                }),
                changes: variation
                    .and_then(|v| v.changes.as_deref())
                    .filter(|c| !c.trim().is_empty())
                    .map(md),
                schedules,
            }
        })
        .collect()
}

/// Each approval in words: who, and the date and reference when stated, escaped.
fn approval_words(approvals: &[Approval]) -> Vec<String> {
    approvals
        .iter()
        .filter(|a| !a.by.trim().is_empty())
        .map(|a| {
            let mut words = md(&a.by);
            if let Some(date) = &a.date {
                words.push_str(&format!(", {}", date.long()));
            }
            if let Some(reference) = a.reference.as_deref().filter(|r| !r.trim().is_empty()) {
                words.push_str(&format!(" ({})", md(reference)));
            }
            words
        })
        .collect()
}
