//! Money and dates.

use jiff::Span;
use jiff::civil::Date;
use jointly::spec::{Amount, FinancialYear, Money, Percent};
use rust_decimal::Decimal;

use crate::rng::Rng;

/// An amount in pence, stated, and written in whole pounds where it is.
pub fn pounds(pence: u64) -> Amount {
    let pence = i64::try_from(pence).expect("amounts fit in i64");
    Amount::Stated(if pence % 100 == 0 {
        Money(Decimal::from(pence / 100))
    } else {
        Money(Decimal::new(pence, 2))
    })
}

/// An amount in pence, log-uniform between the bounds (in pounds), rounded as finance officers
/// round.
pub fn money(rng: &mut Rng, low_pounds: u64, high_pounds: u64) -> u64 {
    let ln_low = (low_pounds as f64).ln();
    let ln_high = (high_pounds as f64).ln();
    let t = rng.below(1_000_000) as f64 / 1_000_000.0;
    let pounds = (ln_low + t * (ln_high - ln_low)).exp() as u64;
    match rng.weighted(&[55, 25, 20]) {
        0 => pounds / 1000 * 1000 * 100,
        1 => pounds * 100,
        _ => pounds * 100 + rng.below(100) as u64,
    }
}

/// A share in hundredths of a percent, as a percentage.
pub fn percent(hundredths: u32) -> Percent {
    Percent(Decimal::new(i64::from(hundredths), 2).normalize())
}

/// Shares in hundredths of a percent, proportional to the amounts, adding up to 100.
pub fn shares(amounts: &[u64]) -> Vec<u32> {
    let total: u128 = amounts.iter().map(|a| u128::from(*a)).sum();
    let mut out: Vec<u32> = amounts
        .iter()
        .map(|a| (u128::from(*a) * 10_000).checked_div(total).unwrap_or(0) as u32)
        .collect();
    let sum: u32 = out.iter().sum();
    if let Some(last) = out.last_mut() {
        *last += 10_000 - sum;
    }
    out
}

pub fn equal_shares(n: usize) -> Vec<u32> {
    let each = 10_000 / n as u32;
    let mut out = vec![each; n];
    out[n - 1] += 10_000 - each * n as u32;
    out
}

pub fn days(date: Date, n: i64) -> Date {
    date.checked_add(Span::new().days(n))
        .expect("date in range")
}

pub fn years(date: Date, n: i64) -> Date {
    date.checked_add(Span::new().years(n))
        .expect("date in range")
}

pub fn financial_year(day: Date) -> FinancialYear {
    let start = if day.month() >= 4 {
        day.year()
    } else {
        day.year() - 1
    };
    FinancialYear(format!("{start}/{:02}", (start + 1) % 100))
}
