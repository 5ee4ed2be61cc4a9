//! The BCF checks on who the parties are and who contributes what: an ICB (a CCG before
//! 1 July 2022) and the board area's upper-tier or unitary council as parties, the local
//! authority grant as a council's contribution, and discharge funding from both sides in the
//! years it is a stream of its own.

use jiff::civil::Date;

use super::super::{Context, Sink};
use super::checks::{pools_for, years};
use super::lookup;
use crate::law::bcf::{BcfYear, Fact, Label};
use crate::law::dates::{
    CLINICAL_COMMISSIONING_GROUPS_LAST_DAY, INTEGRATED_CARE_BOARDS_ESTABLISHED,
};
use crate::law::{BodyClass, CHILDRENS_SERVICES_AUTHORITIES, LongDate};
use crate::spec::{BcfStream, BodyType, Pointer};

/// The first and last days of a financial year.
fn span(year: BcfYear) -> Option<(Date, Date)> {
    let first = year.first_calendar_year();
    let start = Date::new(first, 4, 1).ok()?;
    let end = Date::new(first.checked_add(1)?, 3, 31).ok()?;
    Some((start, end))
}

/// The NHS commissioner a BCF year's agreement needs: an ICB for any year that runs past
/// 30 June 2022, a CCG for any year that starts before 1 July 2022 (2022-23 takes either).
fn commissioner_fits(body: BodyType, start: Date, end: Date) -> bool {
    match body {
        BodyType::IntegratedCareBoard => end >= INTEGRATED_CARE_BOARDS_ESTABLISHED,
        BodyType::ClinicalCommissioningGroup => start <= CLINICAL_COMMISSIONING_GROUPS_LAST_DAY,
        _ => false,
    }
}

fn wanted(start: Date, end: Date) -> String {
    let icb = end >= INTEGRATED_CARE_BOARDS_ESTABLISHED;
    let ccg = start <= CLINICAL_COMMISSIONING_GROUPS_LAST_DAY;
    match (icb, ccg) {
        (true, true) => format!(
            "an integrated care board or, before {}, a clinical commissioning group",
            LongDate(INTEGRATED_CARE_BOARDS_ESTABLISHED)
        ),
        (true, false) => format!(
            "an integrated care board (clinical commissioning groups were abolished on {})",
            LongDate(INTEGRATED_CARE_BOARDS_ESTABLISHED)
        ),
        _ => format!(
            "a clinical commissioning group (integrated care boards were established on {})",
            LongDate(INTEGRATED_CARE_BOARDS_ESTABLISHED)
        ),
    }
}

pub(super) fn parties(cx: &Context, out: &mut Sink) {
    let parties = &cx.spec.parties;
    for (_, year) in years(cx) {
        let Some((start, end)) = span(year) else {
            continue;
        };
        if !parties
            .iter()
            .any(|p| commissioner_fits(p.body_type, start, end))
        {
            out.report(Pointer::root().key("parties"), format!("the {year} Better Care Fund agreement has no NHS commissioner party: it needs {}", wanted(start, end)))
                .help("add the ICB (or CCG) for the board's area as a party");
        }
    }
    let councils: Vec<&BodyType> = parties
        .iter()
        .map(|p| &p.body_type)
        .filter(|t| t.class() == BodyClass::LocalAuthority)
        .collect();
    if councils.is_empty() {
        out.report(Pointer::root().key("parties"), "the Better Care Fund agreement has no local authority party: the council of the health and wellbeing board's area must be one")
            .help("add the upper-tier or unitary council as a party");
    } else if !councils
        .iter()
        .any(|t| t.can_be_childrens_services_authority())
    {
        out.report(Pointer::root().key("parties"), format!("no local authority party is an upper-tier or unitary council ({CHILDRENS_SERVICES_AUTHORITIES}); a district council in a two-tier area cannot be the BCF council party"))
            .help("add the county council (or unitary council) whose health and wellbeing board owns the plan");
    }
}

/// The contribution streams that are the local authority grant.
fn la_grant(stream: Option<BcfStream>) -> bool {
    matches!(stream, Some(BcfStream::Ibcf | BcfStream::LaBetterCareGrant))
}

pub(super) fn ibcf_grant(cx: &Context, out: &mut Sink) {
    for (i, scheme) in cx.spec.schemes.iter().enumerate() {
        let Some(pool) = &scheme.pooled_fund else {
            continue;
        };
        for (c, contribution) in pool.contributions.iter().enumerate() {
            if !la_grant(contribution.stream) {
                continue;
            }
            let class = cx.class_of(&contribution.party);
            if class.is_some_and(|k| k != BodyClass::LocalAuthority) {
                out.report(Pointer::pool(i).key("contributions").index(c).key("party"), format!("the local authority grant (`{}`) is paid to the council under s31 Local Government Act 2003, but this contribution is shown as `{}`'s, which is not a local authority", contribution.stream.map_or("", BcfStream::key), contribution.party))
                    .help("show the grant as the council's contribution; an ICB's money goes in `nhs_minimum` or `additional`");
            }
        }
    }
}

pub(super) fn discharge_fund(cx: &Context, out: &mut Sink) {
    for (_, year) in years(cx) {
        let Some(params) = lookup(cx, year) else {
            continue;
        };
        let Fact::Known {
            value: true, label, ..
        } = &params.discharge_fund_separate.fact
        else {
            continue;
        };
        let pools = pools_for(cx, year);
        let mut nhs = false;
        let mut council = false;
        let mut any = false;
        for (_, pool) in &pools {
            for contribution in &pool.contributions {
                if contribution.stream != Some(BcfStream::DischargeFund) {
                    continue;
                }
                any = true;
                match cx.class_of(&contribution.party) {
                    Some(BodyClass::Nhs) => nhs = true,
                    Some(BodyClass::LocalAuthority) => council = true,
                    _ => {}
                }
            }
        }
        // A pool with no discharge funding at all is BCF-STREAMS-CORE's finding.
        let Some((first, _)) = pools.first().filter(|_| any) else {
            continue;
        };
        for (missing, side) in [(!nhs, "ICB"), (!council, "local authority")] {
            if !missing {
                continue;
            }
            let hit = out.report(Pointer::pool(*first).key("contributions"), format!("in {year} the additional discharge funding has an ICB part and a local authority part, both pooled in the BCF, but the pool holds no {side} part"))
                .help(format!("add the {side}'s contribution with `stream: discharge_fund`"));
            if *label == Label::Memory {
                hit.unverified();
            }
        }
    }
}
