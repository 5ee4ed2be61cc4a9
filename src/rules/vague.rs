//! The one finding for a date too vague to decide a rule's question. A spec may state a date
//! only to the month or the year, as its source does (`made: 2007`); a rule whose answer is the
//! same on the first and the last day the date may be decides as it would for a day, and one
//! whose answer differs reports this warning, under its own ID and at the date, instead of
//! guessing a day.

use std::borrow::Borrow;
use std::fmt::Display;

use super::{Hit, Sink};
use crate::law::LongDate;
use crate::spec::{Pointer, StatedDate};

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

/// Of two dates compared, the one to blame when the comparison is too vague: the first unless
/// it is stated to the day.
pub(super) fn vaguer<'a, T>(
    first: (&'a StatedDate, T),
    second: (&'a StatedDate, T),
) -> (&'a StatedDate, T) {
    if first.0.exact().is_none() {
        first
    } else {
        second
    }
}
