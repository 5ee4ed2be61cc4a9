//! REG617-7-1-POOL's arithmetic: each pool's contributions against its stated total, and a
//! framework's stated total of all its pools against every pool's contributions.

use rust_decimal::Decimal;

use super::money::contributions_add_up;
use super::pools;
use crate::rules::{Context, Sink};
use crate::spec::{Amount, Money, Pointer, PooledFund, TooLarge};

pub(super) fn pools_add_up(cx: &Context, out: &mut Sink) {
    contributions_add_up(cx, out);
    pools_make_stated_total(cx, out);
}

/// A framework's stated total of all its pools (`agreement.pooled_total`) against the sum of
/// every pool's contributions, to the penny or within half its `rounded_to`.
fn pools_make_stated_total(cx: &Context, out: &mut Sink) {
    let Some(stated) = &cx.spec.agreement.pooled_total else {
        return;
    };
    let at = Pointer::agreement("pooled_total").key("amount");
    let pools: Vec<&PooledFund> = pools(cx).map(|(_, _, pool)| pool).collect();
    let sum = Amount::sum(
        pools
            .iter()
            .flat_map(|pool| &pool.contributions)
            .map(|c| &c.amount),
    );
    let sum = match sum {
        Ok(Some(sum)) => sum,
        // A contribution is unknown, and REG617-7-3-b reports it: there is no sum to compare.
        Ok(None) => return,
        Err(TooLarge) => {
            out.report(
                at,
                "the pools' contributions are too large for jointly to add up exactly",
            )
            .help("check the contributions' amounts and their `unit`");
            return;
        }
    };
    let unit = stated.rounded_to.map(|u| u.0).filter(|u| !u.is_zero());
    let tolerance = unit.map_or(Decimal::ZERO, |u| u / Decimal::TWO);
    let Some(difference) = sum.checked_sub(stated.amount.0).map(|d| d.abs()) else {
        return; // both sides are held exactly, so this cannot overflow
    };
    if difference <= tolerance {
        return;
    }
    let direction = if sum > stated.amount.0 {
        "more"
    } else {
        "less"
    };
    let count = pools.len();
    let funds = if count == 1 { "fund" } else { "funds" };
    let (compared, help) = match unit {
        None => (
            "compared to the penny, as no `rounded_to` unit is given".to_owned(),
            "correct `pooled_total` or the pools' contributions so that they agree to the penny; if the agreement states the total rounded (e.g. in £m to one decimal place), say so with `rounded_to` in the spec's `money_unit`".to_owned(),
        ),
        Some(u) => (
            format!("more than half the rounding unit of {} given by `rounded_to`", Money(u)),
            format!("correct `pooled_total` or the pools' contributions: a total rounded to {} may differ from the sum by at most {}", Money(u), Money(tolerance)),
        ),
    };
    out.report(at, format!(
        "the contributions to the agreement's {count} pooled {funds} add up to {}, but its stated `pooled_total` is {} ({} {direction}; {compared})",
        Money(sum),
        stated.amount,
        Money(difference),
    ))
    .help(help);
}
