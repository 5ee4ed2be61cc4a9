//! Money in a comparison: amounts read from the typed spec (in pounds, units applied), with
//! `unknown` kept apart from zero, and exact differences.

use rust_decimal::Decimal;

use crate::spec::{Amount, Document, Money};

/// The amount at `pointer` in the typed spec, when the pointer names a pool's total or a
/// contribution's amount.
pub(super) fn typed(document: &Document, pointer: &str) -> Option<Amount> {
    let parts: Vec<&str> = pointer.split('/').skip(1).collect();
    let pool = |i: &str| {
        let scheme = document.spec.schemes.get(i.parse::<usize>().ok()?)?;
        scheme.pooled_fund.as_ref()
    };
    match parts.as_slice() {
        ["schemes", i, "pooled_fund", "total"] => pool(i)?.total,
        ["schemes", i, "pooled_fund", "contributions", j, "amount"] => {
            let j = j.parse::<usize>().ok()?;
            Some(pool(i)?.contributions.get(j)?.amount)
        }
        _ => None,
    }
}

/// An amount as text: en-GB money, or `unknown`.
pub(super) fn shown(amount: Amount) -> String {
    match amount {
        Amount::Stated(money) => money.to_string(),
        Amount::Unknown => "unknown".into(),
    }
}

/// NEW less OLD, exact, with its sign (`+1500`, `-250.50`, `0`): `unknown` when either is
/// not yet agreed, `not computable` when the difference is too large to hold.
pub(super) fn difference(old: Amount, new: Amount) -> String {
    match (old, new) {
        (Amount::Stated(a), Amount::Stated(b)) => match b.0.checked_sub(a.0) {
            Some(d) if d > Decimal::ZERO => format!("+{d}"),
            Some(d) => d.to_string(),
            None => "not computable".into(),
        },
        _ => "unknown".into(),
    }
}

/// A difference as [`difference`] writes it, in en-GB money words: `+£1,500.00`, `-£250.50`;
/// other text as it is.
pub fn difference_words(difference: &str) -> String {
    let (sign, digits) = match difference.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("+", difference.strip_prefix('+').unwrap_or(difference)),
    };
    match digits.parse::<Decimal>() {
        Ok(d) if d.is_zero() => Money(d).to_string(),
        Ok(d) => format!("{sign}{}", Money(d)),
        Err(_) => difference.to_owned(),
    }
}
