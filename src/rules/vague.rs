//! The one finding for a date too vague to decide a rule's question. A spec may state a date
//! only to the month or the year, as its source does (`made: 2007`); a rule whose answer is the
//! same on the first and the last day the date may be decides as it would for a day, and one
//! whose answer differs reports this warning, under its own ID and at the date, instead of
//! guessing a day.

use std::borrow::Borrow;
use std::fmt::Display;

use jiff::civil::Date;

use super::{Hit, Sink};
use crate::law::LongDate;
use crate::spec::{Decision, Pointer, StatedDate};

/// Reports that `date`, the value of the key `key` at `pointer`, is too vague to decide
/// `question` ("whether the agreement was made before …"); `day_of` completes the help's
/// "write the day …" ("the agreement was made").
pub(super) fn too_vague<'s>(
    out: &'s mut Sink,
    pointer: impl Borrow<Pointer>,
    key: &str,
    date: &StatedDate,
    question: impl Display,
    day_of: &str,
) -> &'s mut Hit {
    out.report(
        pointer,
        format!(
            "`{key}` is {date}: too vague to decide {question} (it may be any day from {} to {})",
            LongDate(date.first()),
            LongDate(date.last())
        ),
    )
    .help(format!("write the day {day_of} (YYYY-MM-DD)"))
    .warning_only()
}

/// A stated date with what a too-vague warning about it needs: where the spec gives it, its
/// key, and what its day is of ("the agreement was made").
pub(super) struct DateAt {
    pub(super) date: StatedDate,
    pub(super) pointer: Pointer,
    pub(super) key: &'static str,
    pub(super) day_of: &'static str,
}

impl DateAt {
    pub(super) fn new(
        date: StatedDate,
        pointer: Pointer,
        key: &'static str,
        day_of: &'static str,
    ) -> Self {
        DateAt {
            date,
            pointer,
            key,
            day_of,
        }
    }

    /// The agreement's `made` date.
    pub(super) fn made(date: StatedDate) -> Self {
        Self::new(
            date,
            Pointer::agreement("made"),
            "made",
            "the agreement was made",
        )
    }

    /// The agreement's `commencement` date.
    pub(super) fn commencement(date: StatedDate) -> Self {
        Self::new(
            date,
            Pointer::agreement("commencement"),
            "commencement",
            "the arrangements commence",
        )
    }

    /// The agreement's `expiry` date.
    pub(super) fn expiry(date: StatedDate) -> Self {
        Self::new(
            date,
            Pointer::agreement("expiry"),
            "expiry",
            "the arrangements end",
        )
    }

    /// Reports that this date is too vague to decide `question`.
    pub(super) fn too_vague<'s>(&self, out: &'s mut Sink, question: impl Display) -> &'s mut Hit {
        too_vague(
            out,
            &self.pointer,
            self.key,
            &self.date,
            question,
            self.day_of,
        )
    }

    /// Of two dates compared, the one to blame when the comparison is too vague: the first
    /// unless it is stated to the day.
    pub(super) fn vaguer<'a>(first: &'a DateAt, second: &'a DateAt) -> &'a DateAt {
        if first.date.exact().is_none() {
            first
        } else {
            second
        }
    }
}

/// Answers `test` of `a` and `b` (e.g. whether `a` is before `b`). When every day either may
/// be gives the same answer, returns it; otherwise reports the vaguer date as too vague to
/// decide `question` and returns `None`.
pub(super) fn compare(
    out: &mut Sink,
    a: &DateAt,
    b: &DateAt,
    test: impl Fn(Date, Date) -> bool,
    question: impl Display,
) -> Option<bool> {
    match a.date.decide_with(&b.date, test) {
        Decision::Decided(answer) => Some(answer),
        Decision::TooVague { .. } => {
            DateAt::vaguer(a, b).too_vague(out, question);
            None
        }
    }
}
