//! Exact amounts of money and percentages, read from YAML without ever passing through a float.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An amount in pounds, exact to the penny.
///
/// Written in a spec as a plain number (`27600000`, `23168000.50`) or as a string with
/// thousands separators (`"27,600,000"`). Never more than two decimal places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub Decimal);

/// The unit a spec's amounts are written in: `pounds` (the default), `thousands` (£k) or
/// `millions` (£m). Added after v1's first release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MoneyUnit {
    /// Pounds: `27600000` is £27,600,000 (the default).
    #[default]
    Pounds,
    /// Thousands of pounds: `27600` is £27,600,000.
    Thousands,
    /// Millions of pounds: `27.6` is £27,600,000.
    Millions,
}

impl MoneyUnit {
    /// How many pounds one of this unit is.
    pub fn pounds(self) -> Decimal {
        match self {
            MoneyUnit::Pounds => Decimal::ONE,
            MoneyUnit::Thousands => Decimal::from(1_000),
            MoneyUnit::Millions => Decimal::from(1_000_000),
        }
    }

    /// The unit as the spec writes it.
    pub fn word(self) -> &'static str {
        match self {
            MoneyUnit::Pounds => "pounds",
            MoneyUnit::Thousands => "thousands",
            MoneyUnit::Millions => "millions",
        }
    }
}

/// Always true: a loaded spec holds its amounts in pounds, so its `unit`s are never written
/// back (`skip_serializing_if`, which, unlike `skip_serializing`, leaves the schema alone).
pub(super) fn held_in_pounds(_: &Option<MoneyUnit>) -> bool {
    true
}

impl Money {
    /// This amount, written in `unit`, in pounds; `None` when it is too large to hold exactly.
    pub fn in_pounds(self, unit: MoneyUnit) -> Option<Money> {
        self.0.checked_mul(unit.pounds()).map(Money)
    }
}

/// A percentage, e.g. `46.5` for 46.5%.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Percent(pub Decimal);

/// The pattern a percentage written as text must match: 0 to 100.
pub const PERCENT_PATTERN: &str = r"^(100(\.0+)?|\d{1,2}(\.\d+)?)$";

/// The pattern a money string must match: digits with optional comma grouping and pence.
pub const MONEY_PATTERN: &str = r"^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,8})?$";

/// The pattern an [`Amount`] string must match: money, or the word `unknown`.
pub const AMOUNT_PATTERN: &str = r"^((\d{1,3}(,\d{3})+|\d+)(\.\d{1,8})?|unknown)$";

/// The word a spec writes for an amount not yet agreed.
pub const UNKNOWN: &str = "unknown";

/// A contribution, payment or total as the spec states it: an amount of money, or `unknown`
/// where the partners have not yet agreed it. An unknown amount is a gap, never zero: the
/// rule that requires the amount reports it, and nothing adds it into a sum. Added after v1's
/// first release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Amount {
    /// An amount of money, in pounds once the spec is loaded.
    Stated(Money),
    /// `unknown`: the amount is not yet agreed.
    Unknown,
}

impl Amount {
    /// The amount, when it is stated.
    pub fn stated(self) -> Option<Money> {
        match self {
            Amount::Stated(money) => Some(money),
            Amount::Unknown => None,
        }
    }

    /// The sum of `amounts` in pounds: `Ok(None)` when any of them is unknown (a sum with an
    /// unknown part is unknown, never the sum of the rest), `Err(TooLarge)` when the sum is too
    /// large to hold exactly.
    pub fn sum<'a>(
        amounts: impl IntoIterator<Item = &'a Amount>,
    ) -> Result<Option<Decimal>, TooLarge> {
        let mut sum = Some(Decimal::ZERO);
        for amount in amounts {
            match (amount, sum) {
                (Amount::Stated(money), Some(so_far)) => {
                    sum = Some(so_far.checked_add(money.0).ok_or(TooLarge)?);
                }
                (Amount::Stated(_), None) => {}
                (Amount::Unknown, _) => sum = None,
            }
        }
        Ok(sum)
    }
}

/// A sum of amounts too large for jointly to hold exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge;

impl fmt::Display for Amount {
    /// en-GB money, or "to be agreed" for an unknown amount.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Amount::Stated(money) => money.fmt(f),
            Amount::Unknown => f.write_str("to be agreed"),
        }
    }
}

impl FromStr for Money {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.starts_with('£') {
            return Err(format!(
                "write the amount without the £ sign, e.g. {}",
                text.trim_start_matches('£')
            ));
        }
        let (whole, pence) = match text.split_once('.') {
            Some((whole, pence)) => (whole, Some(pence)),
            None => (text, None),
        };
        let grouped_ok = if whole.contains(',') {
            let mut groups = whole.split(',');
            let first = groups.next().unwrap_or_default();
            (1..=3).contains(&first.len())
                && groups.all(|g| g.len() == 3)
                && whole.chars().all(|c| c.is_ascii_digit() || c == ',')
        } else {
            !whole.is_empty() && whole.chars().all(|c| c.is_ascii_digit())
        };
        // Up to eight decimal places, so that a penny can be written in millions; the amount
        // in pounds is checked to the penny once its unit is known (spec/units.rs).
        let pence_ok = pence
            .is_none_or(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()));
        if !grouped_ok || !pence_ok {
            return Err(format!(
                "`{text}` is not an amount of money: write pounds as a number such as 27600000 or 23168000.50, or as a quoted string with commas such as \"27,600,000\""
            ));
        }
        let digits: String = text.chars().filter(|c| *c != ',').collect();
        Decimal::from_str_exact(&digits)
            .map(Money)
            .map_err(|_| format!("`{text}` is too large an amount for jointly to hold exactly"))
    }
}

impl FromStr for Percent {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let valid = !text.is_empty()
            && text.chars().all(|c| c.is_ascii_digit() || c == '.')
            && text.matches('.').count() <= 1;
        match (valid, Decimal::from_str_exact(text)) {
            (true, Ok(value)) if value <= Decimal::ONE_HUNDRED => Ok(Percent(value)),
            _ => Err(format!(
                "`{text}` is not a percentage from 0 to 100, e.g. 46.5"
            )),
        }
    }
}

/// Reads a scalar as its source text, so numbers never become floats. Text read from a
/// value that outlives the reading is borrowed, not copied: it is only parsed.
fn scalar_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Cow<'de, str>, D::Error> {
    struct Text;
    impl<'de> serde::de::Visitor<'de> for Text {
        type Value = Cow<'de, str>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a number")
        }
        fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
            Ok(Cow::Borrowed(v))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v.to_owned()))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v.to_string()))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v.to_string()))
        }
    }
    deserializer.deserialize_str(Text)
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        scalar_text(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = scalar_text(deserializer)?;
        if text.trim() == UNKNOWN {
            return Ok(Amount::Unknown);
        }
        text.parse()
            .map(Amount::Stated)
            .map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        scalar_text(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0.to_string())
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Amount::Stated(money) => money.serialize(serializer),
            Amount::Unknown => serializer.serialize_str(UNKNOWN),
        }
    }
}

impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0.to_string())
    }
}

impl JsonSchema for Money {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Money".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An amount in pounds, exact to the penny: a number such as 27600000 or 23168000.50, or a quoted string with commas such as \"27,600,000\".",
            "type": ["number", "string"],
            "minimum": 0,
            "pattern": MONEY_PATTERN,
            // Editors (yaml-language-server) show this instead of the regular expression.
            "patternErrorMessage": "Write an amount in pounds as a number such as 27600000 or 23168000.50, or as a quoted string with commas such as \"27,600,000\"; no £ sign.",
            "examples": [27600000, "23168000.50", "27,600,000"],
        })
    }
}

impl JsonSchema for Amount {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Amount".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An amount in pounds, exact to the penny: a number such as 27600000 or 23168000.50, or a quoted string with commas such as \"27,600,000\"; or `unknown` when the amount is not yet agreed (added after v1's first release).",
            "type": ["number", "string"],
            "minimum": 0,
            "pattern": AMOUNT_PATTERN,
            "patternErrorMessage": "Write an amount in pounds as a number such as 27600000 or 23168000.50, or as a quoted string with commas such as \"27,600,000\"; no £ sign. Write `unknown` if the amount is not yet agreed.",
            "examples": [27600000, "23168000.50", "27,600,000", "unknown"],
        })
    }
}

impl JsonSchema for Percent {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Percent".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A percentage from 0 to 100, e.g. 46.5.",
            "type": ["number", "string"],
            "minimum": 0,
            "maximum": 100,
            "pattern": PERCENT_PATTERN,
            "patternErrorMessage": "Write a percentage from 0 to 100 as a number such as 46.5, without a % sign.",
            "examples": [46.5, 100],
        })
    }
}

impl fmt::Display for Money {
    /// en-GB money: `£27,600,000.00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rounded = self.0.round_dp(2);
        let text = format!("{rounded:.2}");
        let (whole, pence) = text.split_once('.').unwrap_or((&text, "00"));
        let mut grouped = String::new();
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        write!(f, "£{grouped}.{pence}")
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.0.normalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_and_grouped_amounts_exactly() {
        assert_eq!(
            "27600000".parse::<Money>().unwrap().0,
            Decimal::from(27_600_000)
        );
        assert_eq!(
            "23168000.50".parse::<Money>().unwrap().0,
            Decimal::from_str_exact("23168000.50").unwrap()
        );
        assert_eq!(
            "27,600,000".parse::<Money>().unwrap().0,
            Decimal::from(27_600_000)
        );
    }

    #[test]
    fn rejects_malformed_amounts() {
        for bad in [
            "27,60,000",
            "1.234567891",
            "£5",
            "-5",
            "lots",
            "",
            "1,000.5.5",
            "1e6",
        ] {
            assert!(bad.parse::<Money>().is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn displays_en_gb_money() {
        assert_eq!(
            "27600000".parse::<Money>().unwrap().to_string(),
            "£27,600,000.00"
        );
        assert_eq!("999.5".parse::<Money>().unwrap().to_string(), "£999.50");
        assert_eq!("0".parse::<Money>().unwrap().to_string(), "£0.00");
    }

    #[test]
    fn an_unknown_amount_makes_a_sum_unknown_and_an_overflow_is_an_error() {
        let stated = |text: &str| Amount::Stated(text.parse().unwrap());
        assert_eq!(
            Amount::sum(&[stated("1.50"), stated("2")]),
            Ok(Some(Decimal::from_str_exact("3.50").unwrap()))
        );
        assert_eq!(Amount::sum(&[stated("1"), Amount::Unknown]), Ok(None));
        let huge = Amount::Stated(Money(Decimal::MAX));
        assert_eq!(Amount::sum(&[huge, huge]), Err(TooLarge));
        assert_eq!(Amount::Unknown.to_string(), "to be agreed");
        assert_eq!(stated("5").to_string(), "£5.00");
    }

    #[test]
    fn percentages_stay_within_0_to_100() {
        assert_eq!("46.5".parse::<Percent>().unwrap().to_string(), "46.5%");
        assert!("100.01".parse::<Percent>().is_err());
    }
}
