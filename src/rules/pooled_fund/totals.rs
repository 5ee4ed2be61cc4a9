//! REG617-7-1-POOL's arithmetic: each pool's contributions against its stated total, and a
//! framework's stated total of all its pools against every pool's contributions.

use rust_decimal::Decimal;

use super::pools;
use crate::rules::{Context, Sink};
use crate::spec::{Money, MoneyUnit, Pointer, PooledFund};

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
    let sum = pools
        .iter()
        .flat_map(|pool| &pool.contributions)
        .try_fold(Decimal::ZERO, |sum, c| sum.checked_add(c.amount.0));
    let Some(sum) = sum else {
        out.report(
            at,
            "the pools' contributions are too large for jointly to add up exactly",
        )
        .help("check the contributions' amounts and their `unit`");
        return;
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

fn contributions_add_up(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        let total_at = Pointer::pool(i).key("total");
        if pool.contributions.is_empty() {
            continue; // reported by REG617-7-3-b
        }
        let sum: Decimal = pool.contributions.iter().map(|c| c.amount.0).sum();
        let unit = pool.rounded_to.map(|u| u.0).filter(|u| !u.is_zero());
        match pool.total {
            None => {
                // The total to add, in the unit the spec writes this pool's amounts in.
                let stated = pool
                    .unit
                    .or(cx.spec.agreement.money_unit)
                    .unwrap_or_default();
                let written = (sum / stated.pounds()).normalize();
                let written = if stated == MoneyUnit::Pounds {
                    Money(sum).to_string().trim_start_matches('£').to_owned()
                } else {
                    written.to_string()
                };
                out.report(total_at, format!("the pool of scheme `{scheme}` states no total"))
                    .help(format!("add `total: {written}` (the sum of the contributions) so the agreement states the fund's size"));
            }
            Some(total) => {
                let difference = (sum - total.0).abs();
                let tolerance = unit.map_or(Decimal::ZERO, |u| u / Decimal::TWO);
                if difference <= tolerance {
                    continue;
                }
                let direction = if sum > total.0 { "more" } else { "less" };
                let (compared, help) = match unit {
                    None => (
                        "compared to the penny, as no `rounded_to` unit is given".to_owned(),
                        "correct the total or the contributions so that they agree to the penny; if the agreement states its figures rounded (e.g. in £m to one decimal place), say so with `rounded_to` (e.g. `rounded_to: 100000`)".to_owned(),
                    ),
                    Some(u) => (
                        format!("more than half the rounding unit of {} given by `rounded_to`", Money(u)),
                        format!("correct the total or the contributions: figures rounded to {} may differ from their total by at most {}", Money(u), Money(tolerance)),
                    ),
                };
                out.report(total_at, format!(
                    "the contributions add up to {}, but the stated total is {total} ({} {direction}; {compared})",
                    Money(sum),
                    Money(difference),
                ))
                .help(help);
            }
        }
    }
}
