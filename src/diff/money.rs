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

/// A difference as `difference` writes it, in en-GB money words: `+£1,500.00`, `-£250.50`;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn stated(text: &str) -> Amount {
        Amount::Stated(Money(text.parse().unwrap()))
    }

    #[test]
    fn differences_are_exact_signed_and_unknown_is_never_zero() {
        assert_eq!(difference(stated("1000.50"), stated("1000")), "-0.50");
        assert_eq!(difference(stated("100"), stated("350.25")), "+250.25");
        assert_eq!(difference(stated("7"), stated("7.00")), "0.00");
        assert_eq!(difference(Amount::Unknown, stated("0")), "unknown");
        assert_eq!(difference(stated("0"), Amount::Unknown), "unknown");
        let huge = Money(Decimal::MAX);
        let negative = Amount::Stated(Money(Decimal::MIN));
        assert_eq!(difference(negative, Amount::Stated(huge)), "not computable");
    }

    #[test]
    fn differences_in_words() {
        assert_eq!(difference_words("-0.50"), "-£0.50");
        assert_eq!(difference_words("-123"), "-£123.00");
        assert_eq!(difference_words("+1234567"), "+£1,234,567.00");
        assert_eq!(difference_words("0.00"), "£0.00");
        assert_eq!(difference_words("unknown"), "unknown");
    }
}
