//! The BCF money checks: the NHS minimum against the published allocation, and the NHS
//! minimum contribution to adult social care. Exact, with checked sums.

use rust_decimal::Decimal;

use super::super::{Context, Sink};
use super::checks::{block, pools_for, years};
use crate::law::BodyClass;
use crate::law::bcf::BcfYear;
use crate::spec::{Amount, BcfFigures, BcfStream, Money, Pointer};

fn figures_pointer(i: usize) -> Pointer {
    Pointer::root().key("bcf").key("figures").index(i)
}

/// The figures each BCF year states, with their index; a BCF year with none is reported.
fn figures_by_year<'a>(
    cx: &Context<'a>,
    out: &mut Sink,
    missing: &str,
) -> Vec<(usize, BcfYear, &'a BcfFigures)> {
    let Some(bcf) = block(cx) else {
        return Vec::new();
    };
    let stated: Vec<(usize, BcfYear, &BcfFigures)> = bcf
        .figures
        .iter()
        .enumerate()
        .filter_map(|(i, f)| BcfYear::parse(&f.financial_year.0).map(|y| (i, y, f)))
        .collect();
    for (y, year) in years(cx) {
        if !stated.iter().any(|(_, stated, _)| *stated == year) {
            out.report(
                Pointer::root().key("bcf").key("financial_years").index(y),
                format!("no published {missing} is stated for {year}, so it was not checked"),
            )
            .help(format!(
                "add a `bcf.figures` entry for {year} with the figure from the year's published allocations (jointly does not ship them)"
            ))
            .warning_only();
        }
    }
    stated
}

pub(super) fn nhs_minimum(cx: &Context, out: &mut Sink) {
    for (i, year, figures) in figures_by_year(cx, out, "NHS minimum allocation") {
        let Some(allocation) = figures.nhs_minimum_allocation else {
            out.report(figures_pointer(i).key("nhs_minimum_allocation"), format!("the {year} figures do not state the ICB's published NHS minimum allocation, so the NHS minimum was not checked"))
                .help("add `nhs_minimum_allocation:` from the year's published BCF allocations")
                .warning_only();
            continue;
        };
        let mut total = Decimal::ZERO;
        let mut unknown = false;
        for (_, pool) in pools_for(cx, year) {
            for contribution in &pool.contributions {
                let nhs = cx.class_of(&contribution.party) == Some(BodyClass::Nhs);
                if contribution.stream != Some(BcfStream::NhsMinimum) || !nhs {
                    continue;
                }
                match contribution.amount {
                    Amount::Stated(Money(amount)) => match total.checked_add(amount) {
                        Some(sum) => total = sum,
                        None => unknown = true,
                    },
                    Amount::Unknown => unknown = true,
                }
            }
        }
        // An unknown contribution is reported by REG617-7-3-b; it is never counted as zero.
        if !unknown && total < allocation.0 {
            out.report(figures_pointer(i).key("nhs_minimum_allocation"), format!("the NHS minimum contributions pooled for {year} come to {}, below the published allocation of {allocation}", Money(total)))
                .help("pool at least the ICB's published minimum allocation for the board's area as `stream: nhs_minimum`, or correct the stated allocation");
        }
    }
}

pub(super) fn adult_social_care(cx: &Context, out: &mut Sink) {
    for (i, year, figures) in
        figures_by_year(cx, out, "NHS minimum contribution to adult social care")
    {
        let at = figures_pointer(i);
        match (
            figures.adult_social_care_minimum,
            figures.adult_social_care_planned,
        ) {
            (Some(minimum), Some(planned)) if planned.0 < minimum.0 => {
                out.report(at.key("adult_social_care_planned"), format!("the plan spends {planned} of the NHS minimum on adult social care in {year}, below the published minimum contribution to adult social care of {minimum}"))
                    .help("maintain at least the published NHS minimum contribution to adult social care");
            }
            (Some(_), Some(_)) => {}
            (None, _) => {
                out.report(at.key("adult_social_care_minimum"), format!("the {year} figures do not state the published NHS minimum contribution to adult social care, so it was not checked"))
                    .help("add `adult_social_care_minimum:` from the year's published figures")
                    .warning_only();
            }
            (Some(_), None) => {
                out.report(at.key("adult_social_care_planned"), format!("the {year} figures do not say how much of the NHS minimum the plan spends on adult social care"))
                    .help("add `adult_social_care_planned:`")
                    .warning_only();
            }
        }
    }
}
