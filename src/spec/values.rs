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

/// A financial year, written `2024/25`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(transparent)]
#[schemars(extend(
    // Editors (yaml-language-server) show this instead of the regular expression.
    "patternErrorMessage" = "Write a financial year as a year and the next, e.g. 2024/25.",
    "examples" = ["2024/25"]
))]
pub struct FinancialYear(
    #[schemars(regex(pattern = r"^\d{4}/\d{2}$"))]
    /// A financial year, written `2024/25`.
    pub String,
);

impl FinancialYear {
    /// Whether the two years are a year and the next (`2024/25`, `1999/00`).
    pub fn is_consecutive(&self) -> bool {
        let (Some(first), Some(second)) = (self.0.get(..4), self.0.get(5..7)) else {
            return false;
        };
        match (first.parse::<u32>(), second.parse::<u32>()) {
            (Ok(first), Ok(second)) => (first + 1) % 100 == second,
            _ => false,
        }
    }
}
