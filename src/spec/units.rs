//! Amounts written in thousands or millions of pounds, converted to pounds once after the typed
//! spec is read, so every rule, draft and report works in (and shows) whole pounds.

use super::agreement::Spec;
use super::load::Problem;
use super::money::{Amount, Money, MoneyUnit};
use super::schemes::OtherFunding;
use super::span::{Span, SpanIndex};

/// Converts every amount in `spec` to pounds: a pool's contributions, total and `rounded_to`
/// in the pool's `unit` (or else the document's `money_unit`), and the agreement's
/// `pooled_total`, `other_funding`, delegation `payments` and a payment agreement's
/// `amounts` in the document's unit; an
/// `unknown` amount stays unknown. The units stay in the spec, to say what it
/// stated, but are never written back: the spec, written back as YAML, states pounds. Fails only when an amount becomes too large to hold
/// exactly.
pub(super) fn in_pounds(spec: &mut Spec, index: &SpanIndex) -> Result<(), Problem> {
    let document = spec.agreement.money_unit.unwrap_or_default();
    if let Some(total) = spec.agreement.pooled_total.as_mut() {
        let at = "/agreement/pooled_total";
        convert(&mut total.amount, document, &format!("{at}/amount"), index)?;
        if let Some(rounded) = total.rounded_to.as_mut() {
            convert(rounded, document, &format!("{at}/rounded_to"), index)?;
        }
    }
    if let Some(payment) = spec.payment.as_mut() {
        for (a, sum) in payment.amounts.iter_mut().enumerate() {
            let pointer = format!("/payment/amounts/{a}/amount");
            convert_amount(&mut sum.amount, document, &pointer, index)?;
        }
    }
    if let Some(bcf) = spec.bcf.as_mut() {
        figures_in_pounds(bcf, document, "/bcf", index)?;
    }
    schemes_in_pounds(&mut spec.schemes, document, "/schemes", index)?;
    for (y, year) in spec.years.iter_mut().enumerate() {
        let at = format!("/years/{y}");
        if let Some(bcf) = year.bcf.as_mut() {
            figures_in_pounds(bcf, document, &format!("{at}/bcf"), index)?;
        }
        schemes_in_pounds(&mut year.schemes, document, &format!("{at}/schemes"), index)?;
    }
    Ok(())
}

/// A `bcf` section's published figures, in the document's unit.
fn figures_in_pounds(
    bcf: &mut super::bcf::Bcf,
    document: MoneyUnit,
    prefix: &str,
    index: &SpanIndex,
) -> Result<(), Problem> {
    for (y, figures) in bcf.figures.iter_mut().enumerate() {
        let at = format!("{prefix}/figures/{y}");
        let amounts = [
            (
                &mut figures.nhs_minimum_allocation,
                "nhs_minimum_allocation",
            ),
            (
                &mut figures.adult_social_care_minimum,
                "adult_social_care_minimum",
            ),
            (
                &mut figures.adult_social_care_planned,
                "adult_social_care_planned",
            ),
        ];
        for (amount, key) in amounts {
            if let Some(amount) = amount.as_mut() {
                convert(amount, document, &format!("{at}/{key}"), index)?;
            }
        }
    }
    Ok(())
}

/// Schemes' amounts: a pool's in its `unit` (else the document's), the rest in the document's.
fn schemes_in_pounds(
    schemes: &mut [super::schemes::Scheme],
    document: MoneyUnit,
    prefix: &str,
    index: &SpanIndex,
) -> Result<(), Problem> {
    for (s, scheme) in schemes.iter_mut().enumerate() {
        let at = format!("{prefix}/{s}");
        if let Some(pool) = scheme.pooled_fund.as_mut() {
            let unit = pool.unit.unwrap_or(document);
            let at = format!("{at}/pooled_fund");
            for (c, contribution) in pool.contributions.iter_mut().enumerate() {
                let pointer = format!("{at}/contributions/{c}/amount");
                convert_amount(&mut contribution.amount, unit, &pointer, index)?;
            }
            if let Some(total) = pool.total.as_mut() {
                convert_amount(total, unit, &format!("{at}/total"), index)?;
            }
            if let Some(rounded) = pool.rounded_to.as_mut() {
                convert(rounded, unit, &format!("{at}/rounded_to"), index)?;
            }
        }
        for (d, delegation) in scheme.delegations.iter_mut().enumerate() {
            for (p, payment) in delegation.payments.iter_mut().enumerate() {
                let pointer = format!("{at}/delegations/{d}/payments/{p}/amount");
                convert_amount(&mut payment.amount, document, &pointer, index)?;
            }
        }
        for (o, funding) in scheme.other_funding.iter_mut().enumerate() {
            funding_in_pounds(funding, document, &format!("{at}/other_funding/{o}"), index)?;
        }
    }
    Ok(())
}

/// Converts a stated amount; an unknown one has nothing to convert.
fn convert_amount(
    amount: &mut Amount,
    unit: MoneyUnit,
    pointer: &str,
    index: &SpanIndex,
) -> Result<(), Problem> {
    match amount {
        Amount::Stated(money) => convert(money, unit, pointer, index),
        Amount::Unknown => Ok(()),
    }
}

/// An `other_funding` entry's amounts, all in the document's unit.
fn funding_in_pounds(
    funding: &mut OtherFunding,
    unit: MoneyUnit,
    at: &str,
    index: &SpanIndex,
) -> Result<(), Problem> {
    if let Some(amount) = funding.amount.as_mut() {
        convert_amount(amount, unit, &format!("{at}/amount"), index)?;
    }
    for (a, part) in funding.amounts.iter_mut().enumerate() {
        convert_amount(
            &mut part.amount,
            unit,
            &format!("{at}/amounts/{a}/amount"),
            index,
        )?;
    }
    if let Some(total) = funding.total.as_mut() {
        convert(total, unit, &format!("{at}/total"), index)?;
    }
    if let Some(rounded) = funding.rounded_to.as_mut() {
        convert(rounded, unit, &format!("{at}/rounded_to"), index)?;
    }
    Ok(())
}

fn convert(
    amount: &mut Money,
    unit: MoneyUnit,
    pointer: &str,
    index: &SpanIndex,
) -> Result<(), Problem> {
    let span = || {
        index
            .get(pointer)
            .map_or_else(|| index.locate(pointer), |s| s.value)
    };
    let Some(pounds) = amount.in_pounds(unit) else {
        return Err(Problem {
            span: span(),
            message: format!(
                "this amount in {} is too large an amount for jointly to hold exactly in pounds",
                unit.word()
            ),
            help: Some("check the amount and its `unit`".into()),
            pointer: Some(pointer.to_owned()),
        });
    };
    if pounds.0.normalize().scale() > 2 {
        return Err(fraction_of_a_penny(*amount, unit, span(), pointer));
    }
    *amount = pounds;
    Ok(())
}

/// An amount that comes to a fraction of a penny: more decimal places than its unit allows.
fn fraction_of_a_penny(written: Money, unit: MoneyUnit, span: Span, pointer: &str) -> Problem {
    let (message, help) = match unit {
        MoneyUnit::Pounds => (
            format!("`{}` is not an amount of money", written.0),
            "an amount in pounds has at most two decimal places (pence)".to_owned(),
        ),
        MoneyUnit::Thousands | MoneyUnit::Millions => {
            let places = 2 + unit.pounds().to_string().len() - 1;
            (
                format!(
                    "`{}` in {} is not a whole number of pence",
                    written.0,
                    unit.word()
                ),
                format!(
                    "an amount in {} has at most {places} decimal places (to the penny)",
                    unit.word()
                ),
            )
        }
    };
    Problem {
        span,
        message,
        help: Some(help),
        pointer: Some(pointer.to_owned()),
    }
}
