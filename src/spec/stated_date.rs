//! A date as a source states it: a day (`2005-04-01`), a month (`2005-04`) or only a year
//! (`2011`, which YAML may read as a number). Sources often give no more than "April 2005", and
//! inventing a day would let a check pass that should have asked; so the precision is kept, and
//! a question a date is asked is answered only when every day it may be gives the same answer
//! ([`StatedDate::decide`]). Month and year precision were added after v1's first release.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use crate::law::LongDate;
use crate::law::dates::MONTHS;

/// The pattern the schema gives a stated date: a year, a year and month, or a full date.
pub(super) const STATED_DATE_PATTERN: &str = r"^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$";
/// A full date's form, which must then also be a real day.
const DAY_PATTERN: &str = r"^\d{4}-(0[1-9]|1[0-2])-\d{2}$";

/// How much of a date the source gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// A day: `2005-04-01`.
    Day,
    /// A month: `2005-04`.
    Month,
    /// A year: `2011`.
    Year,
}

/// A date as stated: its precision and the first and last day it may be. Ordered by its first
/// day, then its last, so that sorting is deterministic and a day sorts before the month it
/// begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatedDate {
    first: Date,
    last: Date,
    precision: Precision,
}

/// The answer to a question asked of a stated date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision<T> {
    /// Every day the date may be gives this answer.
    Decided(T),
    /// The first and the last day the date may be give different answers.
    TooVague { first: Date, last: Date },
}

impl StatedDate {
    /// A date stated to the day.
    pub fn day(date: Date) -> StatedDate {
        StatedDate {
            first: date,
            last: date,
            precision: Precision::Day,
        }
    }

    /// A date stated to the month.
    pub fn month(year: i16, month: i8) -> Option<StatedDate> {
        let first = Date::new(year, month, 1).ok()?;
        Some(StatedDate {
            first,
            last: first.last_of_month(),
            precision: Precision::Month,
        })
    }

    /// A date stated only as a year.
    pub fn year(year: i16) -> Option<StatedDate> {
        Some(StatedDate {
            first: Date::new(year, 1, 1).ok()?,
            last: Date::new(year, 12, 31).ok()?,
            precision: Precision::Year,
        })
    }

    /// How much of the date is stated.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The first day the date may be.
    pub fn first(&self) -> Date {
        self.first
    }

    /// The last day the date may be.
    pub fn last(&self) -> Date {
        self.last
    }

    /// The day, when the date is stated to the day.
    pub fn exact(&self) -> Option<Date> {
        (self.precision == Precision::Day).then_some(self.first)
    }

    /// Answers `question` for the date: decided when its first and last day give the same
    /// answer. The questions asked are monotone in the date (before or after a day, inside a
    /// period), so the two ends decide for every day between them.
    pub fn decide<T: PartialEq>(&self, question: impl Fn(Date) -> T) -> Decision<T> {
        let answer = question(self.first);
        if self.first == self.last || question(self.last) == answer {
            Decision::Decided(answer)
        } else {
            Decision::TooVague {
                first: self.first,
                last: self.last,
            }
        }
    }

    /// Answers `question` about this date and `other` together (e.g. whether one is before
    /// the other): decided when every pairing of their ends gives the same answer.
    pub fn decide_with<T: PartialEq>(
        &self,
        other: &StatedDate,
        question: impl Fn(Date, Date) -> T,
    ) -> Decision<T> {
        let answer = question(self.first, other.first);
        let corners = [
            (self.first, other.last),
            (self.last, other.first),
            (self.last, other.last),
        ];
        if corners.iter().all(|&(a, b)| question(a, b) == answer) {
            Decision::Decided(answer)
        } else {
            Decision::TooVague {
                first: self.first,
                last: self.last,
            }
        }
    }

    /// The date as stated after the preposition that fits it, for sentences: "on 2005-04-01",
    /// "in 2005-04", "in 2011".
    pub fn on(&self) -> String {
        match self.precision {
            Precision::Day => format!("on {self}"),
            Precision::Month | Precision::Year => format!("in {self}"),
        }
    }

    /// The date in words as stated after the preposition that fits it: "on 1 April 2005",
    /// "in April 2005", "in 2011".
    pub fn long_on(&self) -> String {
        match self.precision {
            Precision::Day => format!("on {}", self.long()),
            Precision::Month | Precision::Year => format!("in {}", self.long()),
        }
    }

    /// The date in words as stated, as en-GB drafting writes it: "1 April 2005", "April 2005"
    /// or "2011".
    pub fn long(&self) -> String {
        let month = usize::try_from(self.first.month() - 1)
            .ok()
            .and_then(|m| MONTHS.get(m))
            .unwrap_or(&"");
        match self.precision {
            Precision::Day => LongDate(self.first).to_string(),
            Precision::Month => format!("{month} {}", self.first.year()),
            Precision::Year => self.first.year().to_string(),
        }
    }
}

impl From<Date> for StatedDate {
    fn from(date: Date) -> StatedDate {
        StatedDate::day(date)
    }
}

/// The date as stated, in the spec's form: `2005-04-01`, `2005-04` or `2011`.
impl fmt::Display for StatedDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{}", self.first),
            Precision::Month => write!(f, "{:04}-{:02}", self.first.year(), self.first.month()),
            Precision::Year => write!(f, "{:04}", self.first.year()),
        }
    }
}

/// Why text is not a stated date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date written YYYY-MM-DD, YYYY-MM or YYYY")]
pub struct NotAStatedDate(String);

impl FromStr for StatedDate {
    type Err = NotAStatedDate;

    fn from_str(text: &str) -> Result<StatedDate, NotAStatedDate> {
        let fail = || NotAStatedDate(text.to_owned());
        let digits = |part: &str, len: usize| {
            (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<i16>().ok())
                .flatten()
        };
        let parts: Vec<&str> = text.split('-').collect();
        let stated = match parts.as_slice() {
            [year] => digits(year, 4).and_then(StatedDate::year),
            [year, month] => digits(year, 4)
                .zip(digits(month, 2))
                .and_then(|(y, m)| StatedDate::month(y, i8::try_from(m).ok()?)),
            [year, _, _] if digits(year, 4).is_some() => Date::strptime("%Y-%m-%d", text)
                .ok()
                .filter(|_| text.len() == 10)
                .map(StatedDate::day),
            _ => None,
        };
        stated.ok_or_else(fail)
    }
}

impl Serialize for StatedDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for StatedDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Written)
    }
}

/// A year may arrive as a number (`made: 2011`), the rest as text. Read straight from the
/// value (an untagged enum would first copy it, then build an error for each form it is not).
struct Written;

impl<'de> serde::de::Visitor<'de> for Written {
    type Value = StatedDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date or a year")
    }

    fn visit_u64<E: serde::de::Error>(self, year: u64) -> Result<StatedDate, E> {
        self.visit_str(&year.to_string())
    }

    fn visit_i64<E: serde::de::Error>(self, year: i64) -> Result<StatedDate, E> {
        // A negative number fits neither form: the message the untagged enum gave.
        u64::try_from(year)
            .map_err(|_| E::custom(NOT_WRITTEN))
            .and_then(|year| self.visit_u64(year))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<StatedDate, E> {
        text.parse().map_err(E::custom)
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<StatedDate, E> {
        Err(E::custom(NOT_WRITTEN))
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<StatedDate, E> {
        Err(E::custom(NOT_WRITTEN))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<StatedDate, E> {
        Err(E::custom(NOT_WRITTEN))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<StatedDate, A::Error> {
        Err(serde::de::Error::custom(NOT_WRITTEN))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<StatedDate, A::Error> {
        Err(serde::de::Error::custom(NOT_WRITTEN))
    }
}

/// What a value that is neither a year nor text is told (serde's words for an untagged enum,
/// which this type was read through before).
const NOT_WRITTEN: &str = "data did not match any variant of untagged enum Written";

impl JsonSchema for StatedDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StatedDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date as the source states it: a day written YYYY-MM-DD (2024-04-01), or, where the source gives no more, a month written YYYY-MM (2005-04 for \"April 2005\") or a year (2011). Month and year were added after v1's first release.",
            "type": ["string", "integer"],
            "pattern": STATED_DATE_PATTERN,
            "minimum": 0,
            "maximum": 9999,
            // A full date must also be a real day. (An `if` reports nothing itself; its
            // message only keeps every pattern in the schema explained.)
            "if": {
                "pattern": DAY_PATTERN,
                "patternErrorMessage": "Write a day as YYYY-MM-DD, e.g. 2024-04-01."
            },
            "then": {
                "format": "date",
                "errorMessage": "Write a real day as YYYY-MM-DD, e.g. 2024-04-01 (not 2024-02-30)."
            },
            // Editors (yaml-language-server) show these instead of the pattern or format.
            "patternErrorMessage": "Write a date as YYYY-MM-DD, e.g. 2024-04-01; or, where the source gives only the month or the year, as YYYY-MM (2005-04) or YYYY (2011).",
            "examples": ["2024-04-01", "2005-04", "2011"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// How stated dates were read before: through an untagged enum.
    fn as_untagged(value: &serde_json::Value) -> Result<StatedDate, String> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Year(u64),
            Text(String),
        }
        let text = match Written::deserialize(value).map_err(|e| e.to_string())? {
            Written::Year(year) => year.to_string(),
            Written::Text(text) => text,
        };
        text.parse().map_err(|e: NotAStatedDate| e.to_string())
    }

    #[test]
    fn read_straight_from_the_value_as_through_an_untagged_enum() {
        use serde_json::json;
        let values = [
            json!(2011),
            json!("2011"),
            json!("2005-04"),
            json!("2024-04-01"),
            json!("2024-02-30"),
            json!("April 2005"),
            json!(""),
            json!(-1),
            json!(12345),
            json!(1.5),
            json!(true),
            json!(null),
            json!(["2011"]),
            json!({"year": 2011}),
        ];
        for value in &values {
            let direct = StatedDate::deserialize(value).map_err(|e| e.to_string());
            assert_eq!(direct, as_untagged(value), "{value}");
        }
    }

    #[test]
    fn each_precision_reads_and_prints_as_given() {
        for (text, long, first, last) in [
            (
                "2005-04-01",
                "1 April 2005",
                date(2005, 4, 1),
                date(2005, 4, 1),
            ),
            ("2005-04", "April 2005", date(2005, 4, 1), date(2005, 4, 30)),
            (
                "2008-02",
                "February 2008",
                date(2008, 2, 1),
                date(2008, 2, 29),
            ),
            ("2011", "2011", date(2011, 1, 1), date(2011, 12, 31)),
        ] {
            let stated: StatedDate = text.parse().unwrap();
            assert_eq!(stated.to_string(), text);
            assert_eq!(stated.long(), long);
            let on = if text.len() == 10 { "on" } else { "in" };
            assert_eq!(stated.on(), format!("{on} {text}"));
            assert_eq!(stated.long_on(), format!("{on} {long}"));
            assert_eq!((stated.first(), stated.last()), (first, last), "{text}");
        }
        for bad in [
            "2005-13",
            "20111",
            "2005-4",
            "2005-02-30",
            "2005-04-1",
            "",
            "april",
        ] {
            assert!(bad.parse::<StatedDate>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_question_is_decided_only_when_both_ends_agree() {
        let year: StatedDate = "2007".parse().unwrap();
        let before_march = |d: Date| d < date(2007, 3, 1);
        assert_eq!(
            year.decide(before_march),
            Decision::TooVague {
                first: date(2007, 1, 1),
                last: date(2007, 12, 31)
            }
        );
        let later: StatedDate = "2011".parse().unwrap();
        assert_eq!(later.decide(before_march), Decision::Decided(false));
        let month: StatedDate = "2005-04".parse().unwrap();
        assert_eq!(
            later.decide_with(&month, |a, b| a < b),
            Decision::Decided(false)
        );
        assert!(matches!(
            year.decide_with(&"2007-06".parse().unwrap(), |a, b| a < b),
            Decision::TooVague { .. }
        ));
    }

    #[test]
    fn dates_sort_by_their_first_day_then_their_last() {
        let mut dates: Vec<StatedDate> = ["2011", "2005-04", "2005-04-01", "2004"]
            .iter()
            .map(|t| t.parse().unwrap())
            .collect();
        dates.sort();
        let sorted: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(sorted, ["2004", "2005-04-01", "2005-04", "2011"]);
    }
}
