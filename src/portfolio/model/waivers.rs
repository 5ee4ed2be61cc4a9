//! Every waiver of every agreement, and where each stands at `as_of`.

use jiff::civil::Date;
use serde::Serialize;

use super::{Agreement, SharedText, WINDOW_DAYS, days_between};
use crate::portfolio::text::days;
use crate::render::text::{long_date, one_line};
use crate::rules;

/// One waiver of one agreement.
#[derive(Debug, Clone, Serialize)]
pub struct WaiverRow {
    pub path: SharedText,
    pub title: SharedText,
    /// The waiver's index in the spec's `waivers`.
    pub index: usize,
    /// The rule as the waiver names it.
    pub rule: String,
    /// The rule's ID, when the waiver names a rule jointly has.
    pub rule_id: Option<&'static str>,
    pub at: Option<String>,
    pub reason: String,
    pub approved_by: String,
    pub expires: Option<Date>,
    pub expires_long: Option<String>,
    /// Days from `as_of` to the expiry: negative when it has passed.
    pub days: Option<i64>,
    pub status: WaiverStatus,
    /// "expired 3 days ago", "expires in 12 days", "in force", "in force, no expiry date".
    pub status_text: String,
    /// Whether it is expired or expiring within the window.
    pub flagged: bool,
    /// How many findings it sets aside.
    pub findings_covered: usize,
    /// What the checker says is wrong with the waiver itself, if anything.
    pub problem: Option<String>,
}

/// Where a waiver stands at `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WaiverStatus {
    /// Its expiry date has passed.
    Expired,
    /// It expires within the window (today included).
    Expiring,
    /// It expires after the window, or has no expiry date.
    InForce,
}

/// Sorts the waivers by expiry (those without one last), then path, then index.
pub(super) fn sort(waivers: &mut [WaiverRow]) {
    waivers.sort_by(|a, b| {
        (a.expires.is_none(), a.expires, &a.path, a.index).cmp(&(
            b.expires.is_none(),
            b.expires,
            &b.path,
            b.index,
        ))
    });
}

/// Every waiver of one agreement.
pub(super) fn of(agreement: &Agreement, as_of: Date) -> Vec<WaiverRow> {
    let mut out = Vec::new();
    {
        for (index, waiver) in agreement.spec().waivers.iter().enumerate() {
            let days_left = waiver.expires.map(|e| days_between(as_of, e));
            let (status, status_text) = standing(days_left);
            let problem = agreement
                .checked
                .waiver_notes
                .iter()
                .filter(|n| n.waiver == index)
                .map(|n| one_line(&n.message))
                .collect::<Vec<_>>();
            out.push(WaiverRow {
                path: agreement.path.clone(),
                title: agreement.title.clone(),
                index,
                rule: one_line(&waiver.rule),
                rule_id: rules::find(&waiver.rule).map(|r| r.id),
                at: waiver.at.as_deref().map(one_line),
                reason: one_line(&waiver.reason),
                approved_by: one_line(&waiver.approved_by),
                expires: waiver.expires,
                expires_long: waiver.expires.map(long_date),
                days: days_left,
                flagged: status != WaiverStatus::InForce,
                status,
                status_text,
                findings_covered: agreement
                    .checked
                    .waived
                    .iter()
                    .filter(|w| w.waiver == index)
                    .count(),
                problem: (!problem.is_empty()).then(|| problem.join("; ")),
            });
        }
    }
    out
}

/// Where a waiver stands, given the days to its expiry (none when it has no expiry date).
fn standing(days_left: Option<i64>) -> (WaiverStatus, String) {
    match days_left {
        Some(d) if d < 0 => (WaiverStatus::Expired, format!("expired {} ago", days(-d))),
        Some(0) => (WaiverStatus::Expiring, "expires today".to_owned()),
        Some(d) if d <= WINDOW_DAYS => (WaiverStatus::Expiring, format!("expires in {}", days(d))),
        Some(d) => (
            WaiverStatus::InForce,
            format!("in force; expires in {}", days(d)),
        ),
        None => (WaiverStatus::InForce, "in force; no expiry date".to_owned()),
    }
}
