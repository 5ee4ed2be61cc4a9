//! A pooled fund's money: that each partner's contribution is stated (reg 7(3)(b)), that
//! both sides pay in (reg 7(1)) and that the contributions add up to the total (reg 7(1)).
//!
//! An `unknown` amount is a gap, never zero. It is reported once, by the rule that requires
//! it (REG617-7-3-b for a contribution, REG617-7-1-POOL for the total); a check that needs a
//! sum with an unknown part is skipped, since the unknown part is already reported, and a
//! check that can be decided from the stated amounts alone still is.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::pools;
use crate::law::BodyClass;
use crate::rules::contents::pool_members;
use crate::rules::{Context, Sink, stated};
use crate::spec::{Amount, Money, MoneyUnit, Pointer, PooledFund, TooLarge};

/// Whether one side of the partnership pays into a pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pays {
    /// A stated contribution above zero.
    Yes,
    /// No stated contribution above zero, but one that is `unknown`, which may be.
    NotYetAgreed,
    No,
}

/// A pool with contributions from only one side of the partnership.
pub(super) fn both_sides_contribute(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        if pool.contributions.is_empty() {
            continue; // reported by REG617-7-3-b
        }
        let pays = |class: BodyClass| {
            let mut pays = Pays::No;
            for c in &pool.contributions {
                if !cx
                    .party(&c.party)
                    .is_some_and(|(_, p)| p.body_type.class() == class)
                {
                    continue;
                }
                match c.amount {
                    Amount::Stated(money) if money.0 > Decimal::ZERO => return Pays::Yes,
                    Amount::Stated(_) => {}
                    // Reported by REG617-7-3-b; it may turn out above zero.
                    Amount::Unknown => pays = Pays::NotYetAgreed,
                }
            }
            pays
        };
        let missing = match (pays(BodyClass::Nhs), pays(BodyClass::LocalAuthority)) {
            (Pays::No, Pays::No) => "neither an NHS body nor a local authority",
            (Pays::No, _) => "no NHS body",
            (_, Pays::No) => "no local authority",
            _ => continue,
        };
        out.report(
            Pointer::pool(i).key("contributions"),
            format!("in the pool of scheme `{scheme}`, {missing} contributes more than nothing"),
        )
        .help("record each partner's contribution; if only one side pays, consider whether the money is a payment under s256 or s76 NHS Act 2006 rather than a pooled fund");
    }
}

pub(super) fn contributions_add_up(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        if pool.contributions.is_empty() {
            continue; // reported by REG617-7-3-b
        }
        let total_at = Pointer::pool(i).key("total");
        let sum = match Amount::sum(pool.contributions.iter().map(|c| &c.amount)) {
            Ok(sum) => sum,
            Err(TooLarge) => {
                out.report(Pointer::pool(i).key("contributions"), format!("the contributions to the pool of scheme `{scheme}` add up to more than jointly can hold exactly"))
                    .help("check the amounts and their `unit`: no pooled fund is this large");
                continue;
            }
        };
        match (pool.total, sum) {
            (None, Some(sum)) => {
                let written = in_spec_unit(cx, pool, sum);
                out.report(total_at, format!("the pool of scheme `{scheme}` states no total"))
                    .help(format!("add `total: {written}` (the sum of the contributions) so the agreement states the fund's size"));
            }
            (None, None) => {
                out.report(total_at, format!("the pool of scheme `{scheme}` states no total"))
                    .help("add `total:` with the fund's size as the agreement states it (write `total: unknown` while the partners have not agreed it)");
            }
            (Some(Amount::Unknown), sum) => {
                let help = match sum {
                    Some(sum) => format!("once the partners agree it, write the total in place of `unknown`: the contributions add up to `{}`", in_spec_unit(cx, pool, sum)),
                    None => "once the partners agree the fund's size, write the total in place of `unknown`".to_owned(),
                };
                out.report(
                    total_at,
                    format!(
                        "the total of the pool of scheme `{scheme}` is not yet agreed (`unknown`)"
                    ),
                )
                .help(help);
            }
            // A contribution is unknown, and REG617-7-3-b reports it: there is no sum to compare.
            (Some(Amount::Stated(_)), None) => {}
            (Some(Amount::Stated(total)), Some(sum)) => {
                compare(out, total_at, pool, total, sum);
            }
        }
    }
}

/// The sum, as the spec would write it in this pool's unit.
fn in_spec_unit(cx: &Context, pool: &PooledFund, sum: Decimal) -> String {
    let stated = pool
        .unit
        .or(cx.spec.agreement.money_unit)
        .unwrap_or_default();
    if stated == MoneyUnit::Pounds {
        Money(sum).to_string().trim_start_matches('£').to_owned()
    } else {
        // Dividing by a thousand or a million cannot overflow.
        (sum / stated.pounds()).normalize().to_string()
    }
}

/// A stated total against the sum of stated contributions.
fn compare(out: &mut Sink, total_at: Pointer, pool: &PooledFund, total: Money, sum: Decimal) {
    let unit = pool.rounded_to.map(|u| u.0).filter(|u| !u.is_zero());
    // Both are at least zero, so their difference cannot overflow.
    let difference = (sum - total.0).abs();
    let tolerance = unit.map_or(Decimal::ZERO, |u| u / Decimal::TWO);
    if difference <= tolerance {
        return;
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
    out.report(
        total_at,
        format!(
            "the contributions add up to {}, but the stated total is {total} ({} {direction}; {compared})",
            Money(sum),
            Money(difference),
        ),
    )
    .help(help);
}

pub(super) fn each_partner_contributes(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        let base = Pointer::pool(i);
        if pool.contributions.is_empty() {
            out.report(base.clone().key("contributions"), format!("the pool of scheme `{scheme}` states no contributions"))
                .help("add `contributions:` with each partner's `party` and `amount` (write `amount: 0` for a partner that contributes nothing)");
        } else {
            let contributors: BTreeSet<&str> = pool
                .contributions
                .iter()
                .map(|c| c.party.as_str())
                .collect();
            for member in pool_members(pool).difference(&contributors) {
                out.report(base.clone().key("contributions"), format!("`{member}` is a partner in the pool of scheme `{scheme}` but has no contribution"))
                    .help(format!("add `{{party: {member}, amount: ...}}` to `contributions` (write `amount: 0` if it contributes nothing)"));
            }
        }
        for (c, contribution) in pool.contributions.iter().enumerate() {
            if contribution.amount == Amount::Unknown {
                out.report(base.clone().key("contributions").index(c).key("amount"), format!("the amount of `{}`'s contribution to the pool of scheme `{scheme}` is not yet agreed (`unknown`)", contribution.party))
                    .help("once the partners agree it, write the amount in place of `unknown`: the agreement must state each partner's contribution (write `0` for a partner that contributes nothing)");
            }
        }
        if !stated(&pool.contribution_variation) {
            out.report(base.key("contribution_variation"), format!("the pool of scheme `{scheme}` does not say how contributions may be varied"))
                .help("add `contribution_variation:` saying how the partners agree changes to contributions (e.g. each year, by when, who approves)");
        }
    }
}
