//! The portfolio model: everything the page shows, computed from checked agreements and an
//! `as_of` date. Every decision (what counts as met, which money is pooled, what is due,
//! which bodies no longer exist) is made here; templates only choose words and layout.
//!
//! Strings from specs are kept plain here (the JSON carries them as written); the HTML
//! template escapes them (tera autoescape) and the Markdown template through its `md` filter.
//!
//! One module per part of the page: [`heat_map`] (agreements × requirements), [`money`]
//! (pooled money), [`due`] (reviews and expiries), [`novations`] and [`waivers`].
//!
//! An agreement whose status is `expired` or `terminated` is still checked (its row of the heat
//! map, its money and its waivers are shown), but it is listed as ended and has no review,
//! expiry or novation due.

mod builder;
mod cells;
mod due;
mod heat_map;
mod money;
mod novations;
mod shared;
mod waivers;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;
use serde::ser::SerializeStruct;

use super::{Entry, EntryOutcome};
use crate::render::gaps::GapCounts;
use crate::render::text::one_line;
use crate::rules::{self, Checked};
use crate::spec::{LoadError, Money, Spec, Status};
pub use builder::Builder;
pub use cells::Cells;

pub use due::{Due, DueKind, UndatedReview};
pub use heat_map::{Cell, CellStatus, Column, HeatMap, Row};
pub use money::{MoneyTable, PartnerMoney};
pub use novations::Novation;
pub use shared::SharedText;
pub use waivers::{WaiverRow, WaiverStatus};

/// The version of the JSON format [`super::to_json`] writes.
pub const FORMAT_VERSION: u32 = 3;
/// How many days after `as_of` a review, expiry or waiver expiry counts as coming up.
pub const WINDOW_DAYS: i64 = 90;

/// A whole repository of agreements, as the dashboard shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Portfolio {
    /// Always [`FORMAT_VERSION`] (3).
    pub format_version: u32,
    /// The date the portfolio is judged at (`YYYY-MM-DD`).
    pub as_of: Date,
    /// The same, written out in en-GB: `25 November 2026`.
    pub as_of_long: String,
    /// The look-ahead window for dates coming up, in days ([`WINDOW_DAYS`]).
    pub window_days: i64,
    pub summary: Summary,
    pub heat_map: HeatMap,
    /// Files that could not be loaded, sorted by path.
    pub unreadable: Vec<Unreadable>,
    pub money: MoneyTable,
    /// Reviews and expiries overdue or due within the window, sorted by date.
    pub due: Vec<Due>,
    /// Agreements in force that provide for review, but whose next review jointly cannot date
    /// (a timing in words, or a last review without a frequency), sorted by path. Left out of
    /// the JSON when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub undated_reviews: Vec<UndatedReview>,
    /// Agreements that have ended (status `expired` or `terminated`), sorted by path. Left out
    /// of the JSON when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ended: Vec<Ended>,
    /// Parties that no longer existed at `as_of`, sorted by path and party id.
    pub novations: Vec<Novation>,
    /// Every waiver of every agreement, sorted by expiry (those without one last), then path.
    pub waivers: Vec<WaiverRow>,
    /// What the checks covered (the rules that applied to any agreement) and what jointly does
    /// not check that concerns any of them.
    pub scope: rules::coverage::RunCoverage,
}

/// An exact amount of money: serialised as `{"value": "22250000.00", "display": "£22,250,000.00"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Amount(pub Decimal);

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Amount", 2)?;
        out.serialize_field("value", &format!("{:.2}", self.0.round_dp(2)))?;
        out.serialize_field("display", &Money(self.0).to_string())?;
        out.end()
    }
}

/// The counts at the top of the page.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Agreements that loaded and were checked.
    pub agreements: usize,
    /// Files that could not be loaded.
    pub unreadable: usize,
    /// Every agreement's findings not waived and placeholders, counted as the drafts count
    /// them.
    #[serde(flatten)]
    pub gaps: GapCounts,
    /// Findings set aside by a waiver in force.
    pub waived: usize,
    /// The sum of the pooled fund contributions stated for each financial year, in year order
    /// ("year not stated" last); never a sum across years.
    pub pooled_by_year: Vec<YearMoney>,
    /// How many contributions are not yet agreed (`unknown`), and so not in `pooled_by_year`.
    pub pooled_not_agreed: usize,
    /// Reviews and expiries overdue or due within the window.
    pub due: usize,
    /// Of those, overdue.
    pub overdue: usize,
    /// Parties that need a novation.
    pub novations: usize,
    /// Waivers expired or expiring within the window.
    pub waivers_flagged: usize,
}

/// The money of one financial year.
#[derive(Debug, Clone, Serialize)]
pub struct YearMoney {
    /// The financial year, e.g. "2024/25", or "year not stated".
    pub year: String,
    pub amount: Amount,
}

/// An agreement that has ended.
#[derive(Debug, Clone, Serialize)]
pub struct Ended {
    pub path: SharedText,
    pub title: SharedText,
    /// `expired` or `terminated`.
    pub status: Status,
    /// The expiry date, written out, when the spec gives one.
    pub expiry_long: Option<String>,
}

/// A file that could not be loaded, with its first problem.
#[derive(Debug, Clone, Serialize)]
pub struct Unreadable {
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub help: Option<String>,
    /// How many problems the loader reported.
    pub problems: usize,
}

/// One checked agreement, as the builder sees it.
struct Agreement<'a> {
    path: SharedText,
    spec: &'a Spec,
    checked: &'a Checked,
    title: SharedText,
}

impl Agreement<'_> {
    fn spec(&self) -> &Spec {
        self.spec
    }
}

/// Builds the portfolio of `entries` as it stands on `as_of`.
pub fn build(entries: &[Entry], as_of: Date) -> Portfolio {
    let mut builder = Builder::new(as_of);
    for entry in entries {
        match &entry.outcome {
            EntryOutcome::Checked { document, checked } => {
                builder.add_checked(&entry.path, &document.spec, checked);
            }
            EntryOutcome::Failed(error) => builder.add_failed(&entry.path, error),
        }
    }
    builder.finish()
}

/// The title an agreement is listed under: its own on one line, or "Untitled agreement".
fn title(spec: &Spec) -> String {
    spec.agreement
        .title
        .as_deref()
        .map(one_line)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Untitled agreement".to_owned())
}

fn unreadable(path: &str, error: &LoadError) -> Unreadable {
    let first = error.problems.first();
    Unreadable {
        path: path.to_owned(),
        line: first.map_or(1, |p| p.span.line),
        column: first.map_or(1, |p| p.span.column),
        message: first.map_or_else(
            || "could not be loaded".to_owned(),
            |p| one_line(&p.message),
        ),
        help: first.and_then(|p| p.help.as_deref()).map(one_line),
        problems: error.problems.len(),
    }
}

/// Days from `from` to `to` (negative when `to` is earlier).
fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |span| i64::from(span.get_days()))
}
