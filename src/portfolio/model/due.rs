//! First reviews and expiries overdue or coming up within the window.

use jiff::civil::Date;
use serde::Serialize;

use super::{Agreement, WINDOW_DAYS, days_between};
use crate::portfolio::text::days;
use crate::render::text::long_date;

/// A review or expiry overdue or coming up.
#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub path: String,
    pub title: String,
    pub kind: DueKind,
    pub date: Date,
    pub date_long: String,
    /// Days from `as_of` to the date: negative when it has passed.
    pub days: i64,
    pub overdue: bool,
    /// "overdue by 3 days", "due today", "due in 12 days".
    pub status: String,
    /// For an expiry of a term that then rolls on: the notice in months.
    pub rolling_notice_months: Option<u32>,
}

/// What is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    /// The first review (`agreement.review.first`).
    Review,
    /// The end of the term (`agreement.expiry`).
    Expiry,
}

fn due_status(days_left: i64) -> String {
    match days_left {
        d if d < 0 => format!("overdue by {}", days(-d)),
        0 => "due today".to_owned(),
        d => format!("due in {}", days(d)),
    }
}

pub(super) fn build(agreements: &[Agreement], as_of: Date) -> Vec<Due> {
    let mut out = Vec::new();
    for agreement in agreements {
        let terms = &agreement.spec().agreement;
        let dates = [
            (DueKind::Review, terms.review.as_ref().and_then(|r| r.first)),
            (DueKind::Expiry, terms.expiry),
        ];
        for (kind, date) in dates {
            let Some(date) = date else { continue };
            let days_left = days_between(as_of, date);
            if days_left > WINDOW_DAYS {
                continue;
            }
            out.push(Due {
                path: agreement.path.to_owned(),
                title: agreement.title.clone(),
                kind,
                date,
                date_long: long_date(date),
                days: days_left,
                overdue: days_left < 0,
                status: due_status(days_left),
                rolling_notice_months: match kind {
                    DueKind::Expiry => terms.rolling.as_ref().map(|r| r.notice_months),
                    DueKind::Review => None,
                },
            });
        }
    }
    out.sort_by(|a, b| (a.date, &a.path, a.kind).cmp(&(b.date, &b.path, b.kind)));
    out
}
