//! Values used throughout the spec: dates, financial years, frequencies, text that must say
//! something, and how empty keys are read.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Text that must say something (a reason, an approval).
#[derive(JsonSchema)]
#[schemars(description = "Text that must say something: not empty, not only spaces.")]
#[schemars(extend("patternErrorMessage" = "Write something here: it may not be empty or only spaces."))]
#[allow(dead_code)] // only its schema is used
pub(super) struct Reason(#[schemars(regex(pattern = r"\S"))] String);

/// Reads a key that is present but empty (`pooled_fund:`) as present with nothing stated, so
/// that the rules report what is missing instead of treating the key as absent.
pub(super) fn empty_means_stated<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Some(
        Option::<T>::deserialize(deserializer)?.unwrap_or_default(),
    ))
}

/// Reads a list or section left empty (`aims:`) as not given, like a key left out.
pub(super) fn empty_is_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// A date written as YYYY-MM-DD.
#[derive(JsonSchema)]
#[schemars(description = "A date written as YYYY-MM-DD, e.g. 2024-04-01.")]
#[allow(dead_code)] // only its schema is used
#[schemars(extend(
    "format" = "date",
    // Editors (yaml-language-server) show this instead of the format's name.
    "errorMessage" = "Write a date as YYYY-MM-DD, e.g. 2024-04-01.",
    "examples" = ["2024-04-01"]
))]
pub(super) struct DateSchema(String);

/// How often something happens.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// Every month.
    Monthly,
    /// Every two months.
    BiMonthly,
    /// Every three months.
    Quarterly,
    /// Every six months.
    HalfYearly,
    /// Once a year.
    Annually,
}

impl Frequency {
    /// True when this is at least as often as every three months.
    pub fn at_least_quarterly(self) -> bool {
        self <= Frequency::Quarterly
    }
}

/// A financial year, written `2024/25`; `2024-25`, `2024/2025` and `2024-2025` are read as
/// `2024/25`.
// The other forms were added after v1's first release. Years that are not a year and the next
// are kept as written, for the loader to report.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(transparent)]
#[schemars(extend(
    // Editors (yaml-language-server) show this instead of the regular expression.
    "patternErrorMessage" = "Write a financial year as a year and the next: 2024/25, 2024-25, 2024/2025 or 2024-2025.",
    "examples" = ["2024/25", "2024-25"]
))]
pub struct FinancialYear(
    #[schemars(regex(pattern = r"^\d{4}[/-](\d{2}|\d{4})$"))]
    /// A financial year, written `2024/25`.
    pub String,
);

/// The two years of a financial year as written: the first, the second as written (two or
/// four digits), and whether it was written in full.
fn year_parts(text: &str) -> Option<(u32, u32, bool)> {
    let (first, second) = text.split_once(['/', '-'])?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if first.len() != 4 || !digits(first) || !digits(second) || ![2, 4].contains(&second.len()) {
        return None;
    }
    Some((first.parse().ok()?, second.parse().ok()?, second.len() == 4))
}

impl FinancialYear {
    /// Reads any of the written forms, giving the canonical `2024/25` when the years are a
    /// year and the next, and the text as written otherwise.
    pub fn normalised(text: &str) -> FinancialYear {
        FinancialYear::from_written(text.to_owned())
    }

    /// [`normalised`](Self::normalised), keeping the text it is given when that is already
    /// canonical (as most years are) rather than writing it again. A first year written with
    /// a leading zero is not: the canonical form writes the number without it.
    fn from_written(text: String) -> FinancialYear {
        let written = FinancialYear(text);
        let canonical_form = |text: &str| text.as_bytes()[4] == b'/' && !text.starts_with('0');
        match year_parts(&written.0) {
            Some((_, _, false)) if canonical_form(&written.0) => written,
            Some((first, _, _)) if written.is_consecutive() => {
                FinancialYear(format!("{first}/{:02}", (first + 1) % 100))
            }
            _ => written,
        }
    }

    /// Whether the two years are a year and the next (`2024/25`, `1999/00`, `2024-2025`).
    pub fn is_consecutive(&self) -> bool {
        match year_parts(&self.0) {
            Some((first, second, true)) => first + 1 == second,
            Some((first, second, false)) => (first + 1) % 100 == second,
            None => false,
        }
    }

    /// The day the financial year starts: 1 April of the year written first.
    pub fn first_day(&self) -> Option<jiff::civil::Date> {
        let (first, _, _) = year_parts(&self.0)?;
        jiff::civil::Date::new(i16::try_from(first).ok()?, 4, 1).ok()
    }

    /// The canonical form of the financial year that starts in the year written first, for
    /// help: `2025/26` for `2025-2027`.
    pub fn suggestion(&self) -> Option<String> {
        let (first, _, _) = year_parts(&self.0)?;
        Some(format!("{first}/{:02}", (first + 1) % 100))
    }
}

impl<'de> Deserialize<'de> for FinancialYear {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(FinancialYear::from_written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn financial_years_in_every_uk_form_read_as_the_canonical_one() {
        for written in ["2025/26", "2025-26", "2025/2026", "2025-2026"] {
            assert_eq!(FinancialYear::normalised(written).0, "2025/26", "{written}");
        }
        assert_eq!(FinancialYear::normalised("1999-2000").0, "1999/00");
        // A leading zero is written out of the canonical form, as it always was.
        assert_eq!(FinancialYear::normalised("0999/00").0, "999/00");
        for kept in ["2025-2027", "2025/27", "2019-2021", "2025 26", "25/26"] {
            let year = FinancialYear::normalised(kept);
            assert_eq!(year.0, kept);
            assert!(!year.is_consecutive(), "{kept}");
        }
        assert_eq!(
            FinancialYear::normalised("2025-2027")
                .suggestion()
                .as_deref(),
            Some("2025/26")
        );
    }
}
