//! What an `other_funding` entry must state to be read one way only: an amount, given once;
//! the aligned-budget keys (`party`, `amounts`, `total`, `rounded_to`) only on an aligned
//! budget; and a stated `total` that its `amounts` add up to.
//!
//! Aligned budgets rest on no provision jointly checks, so a total that disagrees with its
//! amounts is not a legal finding but two figures for one budget: it stops the spec loading,
//! as a financial year that is not a year and the next does.

use rust_decimal::Decimal;

use super::agreement::Spec;
use super::money::{Amount, Money, TooLarge};
use super::pointer::Pointer;
use super::references::Report;
use super::schemes::{FundingKind, OtherFunding};

/// Reports each `other_funding` entry that states no amount, two, keys it cannot have, or a
/// total its amounts do not make.
pub(super) fn other_funding(spec: &Spec, at: &mut Report) {
    for (i, scheme) in spec.schemes.iter().enumerate() {
        for (j, funding) in scheme.other_funding.iter().enumerate() {
            let base = Pointer::scheme(i).key("other_funding").index(j);
            if funding.kind != FundingKind::AlignedBudget {
                aligned_keys_elsewhere(funding, &base, at);
            }
            amount_given_once(funding, &base, at);
            total_made_by_amounts(funding, &base, at);
        }
    }
}

fn aligned_keys_elsewhere(funding: &OtherFunding, base: &Pointer, at: &mut Report) {
    let given = [
        ("party", funding.party.is_some()),
        ("amounts", !funding.amounts.is_empty()),
        ("total", funding.total.is_some()),
        ("rounded_to", funding.rounded_to.is_some()),
    ];
    for (key, _) in given.into_iter().filter(|(_, given)| *given) {
        at(
            base.clone().key(key).to_string(),
            format!(
                "`{key}` is given only for an aligned budget, but this entry is `kind: {}`",
                kind_word(funding.kind)
            ),
            &format!(
                "remove `{key}`, or write `kind: aligned_budget` if this money is a budget each partner keeps but manages alongside the other's"
            ),
        );
    }
}

fn amount_given_once(funding: &OtherFunding, base: &Pointer, at: &mut Report) {
    let aligned = funding.kind == FundingKind::AlignedBudget;
    match (funding.amount, funding.amounts.is_empty()) {
        (None, true) => at(
            base.clone().key("amount").to_string(),
            "this `other_funding` entry states no `amount`".to_owned(),
            if aligned {
                "add `amount:`, or list the budget's `amounts:` (each with its `amount`, and its `party` and `financial_year` as fit) with their `total`"
            } else {
                "add `amount:` in pounds (or in the agreement's `money_unit`)"
            },
        ),
        (Some(_), false) => at(
            base.clone().key("amount").to_string(),
            "this aligned budget gives both `amount` and `amounts`".to_owned(),
            "give one `amount`, or the list of `amounts` with their `total`, not both",
        ),
        _ => {}
    }
}

fn total_made_by_amounts(funding: &OtherFunding, base: &Pointer, at: &mut Report) {
    let Some(total) = funding.total else {
        return;
    };
    if funding.amounts.is_empty() {
        if funding.kind == FundingKind::AlignedBudget {
            at(
                base.clone().key("total").to_string(),
                "`total` is the sum of an aligned budget's `amounts`, but this entry lists none"
                    .to_owned(),
                "list the `amounts` the total is made of, or write the figure as `amount`",
            );
        }
        return;
    }
    let sum = match Amount::sum(funding.amounts.iter().map(|a| &a.amount)) {
        Ok(Some(sum)) => Some(sum),
        // An amount not yet agreed: there is no sum to compare the total with.
        Ok(None) => return,
        Err(TooLarge) => None,
    };
    let Some(difference) = sum.and_then(|sum| sum.checked_sub(total.0)) else {
        at(
            base.clone().key("total").to_string(),
            "this aligned budget's amounts are too large for jointly to add up exactly".to_owned(),
            "check the amounts and the agreement's `money_unit`",
        );
        return;
    };
    let unit = funding.rounded_to.map(|u| u.0).filter(|u| !u.is_zero());
    let tolerance = unit.map_or(Decimal::ZERO, |u| u / Decimal::TWO);
    if difference.abs() <= tolerance {
        return;
    }
    let direction = if difference > Decimal::ZERO {
        "more"
    } else {
        "less"
    };
    let (compared, help) = match unit {
        None => (
            "compared to the penny, as no `rounded_to` unit is given".to_owned(),
            "correct the total or the amounts so that they agree to the penny; if the agreement states the total rounded (e.g. in £k), say so with `rounded_to` (e.g. `rounded_to: 1000`)".to_owned(),
        ),
        Some(u) => (
            format!("more than half the rounding unit of {} given by `rounded_to`", Money(u)),
            format!("correct the total or the amounts: a total rounded to {} may differ from the sum by at most {}", Money(u), Money(tolerance)),
        ),
    };
    let sum = total.0.checked_add(difference).map_or(total, Money);
    at(
        base.clone().key("total").to_string(),
        format!(
            "the aligned budget's amounts add up to {sum}, but its stated total is {total} ({} {direction}; {compared})",
            Money(difference.abs())
        ),
        &help,
    );
}

/// The kind as the spec writes it.
fn kind_word(kind: FundingKind) -> &'static str {
    match kind {
        FundingKind::AlignedBudget => "aligned_budget",
        FundingKind::S256Payment => "s256_payment",
        FundingKind::S76Payment => "s76_payment",
        FundingKind::S113Recharge => "s113_recharge",
        FundingKind::Other => "other",
    }
}
