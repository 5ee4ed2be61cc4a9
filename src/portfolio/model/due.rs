//! Reviews and expiries overdue or coming up within the window, and the reviews no date can
//! be worked out for. Ended (expired or terminated) agreements have nothing due.
//!
//! A date the spec states only as a month or a year (`expiry: 2027`) is shown as stated, and
//! counts as due on its last day: it is overdue only once every day it may be has passed, and
//! it sorts by that day. Nothing invents the day.

use jiff::civil::Date;
use serde::Serialize;

use super::{Agreement, SharedText, WINDOW_DAYS, days_between};
use crate::portfolio::text::days;
use crate::render::text::{long_date, one_line};
use crate::spec::{Frequency, Review, StatedDate};

/// A review or expiry overdue or coming up.
#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub path: SharedText,
    pub title: SharedText,
    pub kind: DueKind,
    /// The day it counts as due: for a date stated as a month or a year, its last day.
    pub date: Date,
    /// The date as stated ("1 April 2027", "April 2027", "2027"), or, for a next review
    /// worked out from a last review stated as a month or a year, "by" its last day.
    pub date_long: String,
    /// Days from `as_of` to the date: negative when it has passed.
    pub days: i64,
    pub overdue: bool,
    /// "overdue by 3 days", "due today", "due in 12 days".
    pub status: String,
    /// For an expiry of a term that then rolls on: the notice in months.
    pub rolling_notice_months: Option<u32>,
    /// For a next review: the last review held, written out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_long: Option<String>,
}

/// An agreement that provides for review, but whose next review no date can be worked out for.
#[derive(Debug, Clone, Serialize)]
pub struct UndatedReview {
    pub path: SharedText,
    pub title: SharedText,
    /// The review timing in words (`agreement.review.timing`), when given.
    pub timing: Option<String>,
    /// The last review held, written out, when given.
    pub last_long: Option<String>,
    /// Why no date can be worked out, e.g. "the review timing is in words".
    pub reason: &'static str,
}

/// What is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    /// The first review (`agreement.review.first`).
    Review,
    /// The next review: one `frequency` after the last review held (`agreement.review.last`).
    NextReview,
    /// The end of the term (`agreement.expiry`).
    Expiry,
}

/// The status words; `partial` for a date not stated to the day, which is counted to its last
/// day and said so.
fn due_status(days_left: i64, partial: bool, date: Date) -> String {
    let by = long_date(date);
    match days_left {
        d if d < 0 && partial => format!("overdue by {} (its last day was {by})", days(-d)),
        d if d < 0 => format!("overdue by {}", days(-d)),
        0 if partial => format!("due today (its last day, {by})"),
        0 => "due today".to_owned(),
        d if partial => format!("due by {by}, in {}", days(d)),
        d => format!("due in {}", days(d)),
    }
}

/// When something falls due: the day it counts from, how it is written, and whether it was
/// stated to less than a day.
#[derive(Debug, Clone)]
struct DueDay {
    date: Date,
    long: String,
    partial: bool,
}

impl From<StatedDate> for DueDay {
    fn from(stated: StatedDate) -> DueDay {
        DueDay {
            date: stated.last(),
            long: stated.long(),
            partial: stated.exact().is_none(),
        }
    }
}

/// The review to show as due: one frequency after the last review held, when both are
/// given; otherwise the first review, unless a review has already been held. A last review
/// stated as a month or a year is counted from its last day.
fn review_due(review: &Review) -> Option<(DueKind, DueDay)> {
    match (review.last, review.frequency) {
        (Some(last), Some(frequency)) => {
            let date = last
                .last()
                .checked_add(jiff::Span::new().months(months(frequency)))
                .ok()?;
            let partial = last.exact().is_none();
            let long = if partial {
                format!("by {}", long_date(date))
            } else {
                long_date(date)
            };
            let day = DueDay {
                date,
                long,
                partial,
            };
            Some((DueKind::NextReview, day))
        }
        (Some(_), None) => None,
        (None, _) => review.first.map(|first| (DueKind::Review, first.into())),
    }
}

fn months(frequency: Frequency) -> i32 {
    match frequency {
        Frequency::Monthly => 1,
        Frequency::BiMonthly => 2,
        Frequency::Quarterly => 3,
        Frequency::HalfYearly => 6,
        Frequency::Annually => 12,
    }
}

/// The review of an agreement in force that provides for review without a date jointly can
/// work out.
pub(super) fn undated(agreement: &Agreement) -> Option<UndatedReview> {
    let terms = &agreement.spec().agreement;
    let review = terms.review.as_ref().filter(|_| !terms.status.ended())?;
    if review_due(review).is_some() {
        return None;
    }
    let timing = review
        .timing
        .as_deref()
        .map(one_line)
        .filter(|t| !t.is_empty());
    let reason = match (review.last, &timing) {
        (Some(_), _) => "the last review is given without a frequency",
        (None, Some(_)) => "the review timing is in words",
        (None, None) => return None,
    };
    Some(UndatedReview {
        path: agreement.path.clone(),
        title: agreement.title.clone(),
        timing,
        last_long: review.last.as_ref().map(StatedDate::long),
        reason,
    })
}

/// Sorts what is due by date, then path, then kind.
pub(super) fn sort(due: &mut [Due]) {
    due.sort_by(|a, b| (a.date, &a.path, a.kind).cmp(&(b.date, &b.path, b.kind)));
}

/// What of one agreement is overdue or due within the window.
pub(super) fn of(agreement: &Agreement, as_of: Date) -> Vec<Due> {
    let mut out = Vec::new();
    {
        let terms = &agreement.spec().agreement;
        if terms.status.ended() {
            return out;
        }
        let review = terms.review.as_ref().and_then(review_due);
        let dates = [
            (
                review.as_ref().map_or(DueKind::Review, |(kind, _)| *kind),
                review.map(|(_, day)| day),
            ),
            (DueKind::Expiry, terms.expiry.map(DueDay::from)),
        ];
        for (kind, day) in dates {
            let Some(DueDay {
                date,
                long,
                partial,
            }) = day
            else {
                continue;
            };
            let days_left = days_between(as_of, date);
            if days_left > WINDOW_DAYS {
                continue;
            }
            out.push(Due {
                path: agreement.path.clone(),
                title: agreement.title.clone(),
                kind,
                date,
                date_long: long,
                days: days_left,
                overdue: days_left < 0,
                status: due_status(days_left, partial, date),
                rolling_notice_months: match kind {
                    DueKind::Expiry => terms.rolling.as_ref().map(|r| r.notice_months),
                    DueKind::Review | DueKind::NextReview => None,
                },
                last_long: match kind {
                    DueKind::NextReview => {
                        terms.review.as_ref().and_then(|r| r.last).map(|l| l.long())
                    }
                    DueKind::Review | DueKind::Expiry => None,
                },
            });
        }
    }
    out
}
