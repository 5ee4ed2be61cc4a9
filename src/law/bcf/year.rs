//! The financial year a set of BCF parameters is for.

use std::fmt;

/// A financial year, 1 April to 31 March, named by the calendar year it starts in and written
/// `2025-26` as the BCF frameworks write it.
///
/// ```
/// use jointly::law::bcf::BcfYear;
///
/// let year = BcfYear::parse("2025/26").unwrap();
/// assert_eq!(year, BcfYear::parse("2025-2026").unwrap());
/// assert_eq!(year.to_string(), "2025-26");
/// assert_eq!(year.next().map(|next| next.to_string()).as_deref(), Some("2026-27"));
/// assert!(BcfYear::parse("2023-25").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BcfYear {
    first: i16,
}

impl BcfYear {
    /// The earliest and latest first calendar years jointly accepts, so that the next year
    /// and a civil date in either calendar year always exist.
    const FIRST_YEARS: std::ops::RangeInclusive<i16> = 1000..=9998;

    /// The financial year that starts on 1 April of `first`.
    pub fn starting(first: i16) -> Option<BcfYear> {
        Self::FIRST_YEARS
            .contains(&first)
            .then_some(BcfYear { first })
    }

    /// Reads a financial year written as a year and the next: `2025-26`, `2025/26`,
    /// `2025-2026` or `2025/2026`. Anything else (two years apart, a missing century) is
    /// `None`.
    pub fn parse(text: &str) -> Option<BcfYear> {
        let (first, second) = text.trim().split_once(['-', '/'])?;
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if first.len() != 4 || !all_digits(first) || !all_digits(second) {
            return None;
        }
        let year = BcfYear::starting(first.parse().ok()?)?;
        let next = year.first.checked_add(1)?;
        let matches = match second.len() {
            2 => second.parse::<i16>().ok()? == next % 100,
            4 => second.parse::<i16>().ok()? == next,
            _ => false,
        };
        matches.then_some(year)
    }

    /// The calendar year the financial year starts in.
    pub fn first_calendar_year(self) -> i16 {
        self.first
    }

    /// The financial year after this one.
    pub fn next(self) -> Option<BcfYear> {
        BcfYear::starting(self.first.checked_add(1)?)
    }
}

impl fmt::Display for BcfYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let next = self.first.checked_add(1).map_or(0, |next| next % 100);
        write!(f, "{}-{next:02}", self.first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_uk_form_and_nothing_else() {
        for written in ["2025-26", "2025/26", "2025-2026", "2025/2026", " 2025-26 "] {
            assert_eq!(
                BcfYear::parse(written),
                BcfYear::starting(2025),
                "{written}"
            );
        }
        assert_eq!(
            BcfYear::parse("1999-00").map(|y| y.to_string()).as_deref(),
            Some("1999-00")
        );
        for wrong in [
            "2023-25",
            "2025-2027",
            "25-26",
            "2025 26",
            "2025-",
            "-26",
            "9999-00",
            "",
        ] {
            assert_eq!(BcfYear::parse(wrong), None, "{wrong}");
        }
    }
}
