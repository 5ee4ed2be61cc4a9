//! The BCF checks other than money: the year's parameters, the basis, the streams, the plan,
//! the board, the DFG and the deadlines.

use jiff::civil::Date;

use super::super::vague::DateAt;
use super::super::{Context, Sink};
use super::{BcfYearUsed, lookup, origin_words};
use crate::law::LongDate;
use crate::law::bcf::{BcfYear, Fact, Label, Param, Stream, YearLookup, YearParameters};
use crate::spec::{
    Bcf, BcfStream, BodyType, Decision, LegalBasis, MoneyKind, Pointer, PooledFund, StatedDate,
};

/// The `bcf` block (every BCF rule runs only on a spec that has one).
pub(super) fn block<'a>(cx: &Context<'a>) -> Option<&'a Bcf> {
    cx.spec.bcf.as_ref()
}

fn bcf_pointer() -> Pointer {
    Pointer::root().key("bcf")
}

/// Each year the block names that reads as a financial year, with its index.
pub(super) fn years(cx: &Context) -> Vec<(usize, BcfYear)> {
    block(cx).map_or_else(Vec::new, |bcf| {
        bcf.financial_years
            .iter()
            .enumerate()
            .filter_map(|(i, y)| BcfYear::parse(&y.0).map(|year| (i, year)))
            .collect()
    })
}

/// Where jointly took each named year's parameters from (for `check`'s note and JSON).
pub fn years_used(cx: &Context) -> Vec<BcfYearUsed> {
    let Some(bcf) = block(cx) else {
        return Vec::new();
    };
    bcf.financial_years
        .iter()
        .map(|written| match BcfYear::parse(&written.0) {
            None => BcfYearUsed {
                year: written.0.clone(),
                parameters: None,
                note: Some("not a financial year (a year and the next), so no national parameters were used".into()),
                ..BcfYearUsed::default()
            },
            Some(year) => match cx.bcf.year(year) {
                YearLookup::Known(params) => BcfYearUsed {
                    year: year.to_string(),
                    parameters: Some(origin_words(params)),
                    note: None,
                    framework: params.framework.known().cloned(),
                    national_conditions: match &params.national_conditions.fact {
                        Fact::Known { value, label, .. } => Some((value.clone(), *label == Label::Memory)),
                        Fact::NotKnown { .. } => None,
                    },
                    la_grant_name: params.la_grant_name.known().cloned(),
                },
                YearLookup::NotKnown(unknown) => BcfYearUsed {
                    year: year.to_string(),
                    parameters: None,
                    note: Some(format!("{unknown}, so none of its conditions, streams or deadlines were checked")),
                    ..BcfYearUsed::default()
                },
            },
        })
        .collect()
}

/// The pooled funds holding BCF money for `year`: those whose `financial_year` is the year;
/// with one BCF year, also those that state no year. Only pools with a `stream` count,
/// unless none has one.
pub(super) fn pools_for<'a>(cx: &Context<'a>, year: BcfYear) -> Vec<(usize, &'a PooledFund)> {
    let single = years(cx).len() == 1;
    let pools: Vec<(usize, &PooledFund)> = cx
        .spec
        .schemes
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.pooled_fund.as_ref().map(|p| (i, p)))
        .collect();
    let streamed = pools
        .iter()
        .any(|(_, p)| p.contributions.iter().any(|c| c.stream.is_some()));
    pools
        .into_iter()
        .filter(|(_, p)| !streamed || p.contributions.iter().any(|c| c.stream.is_some()))
        .filter(|(_, p)| match &p.financial_year {
            Some(written) => BcfYear::parse(&written.0) == Some(year),
            None => single,
        })
        .collect()
}

/// The parameters' stream a spec stream counts as.
pub(super) fn counts_as(stream: BcfStream) -> Option<Stream> {
    match stream {
        BcfStream::NhsMinimum => Some(Stream::NhsMinimum),
        BcfStream::Dfg => Some(Stream::DisabledFacilitiesGrant),
        BcfStream::Ibcf | BcfStream::LaBetterCareGrant => Some(Stream::LocalAuthorityGrant),
        BcfStream::DischargeFund => Some(Stream::DischargeFund),
        BcfStream::Additional => None,
    }
}

pub(super) fn year_select(cx: &Context, out: &mut Sink) {
    let Some(bcf) = block(cx) else { return };
    if bcf.financial_years.is_empty() {
        out.report(bcf_pointer().key("financial_years"), "the Better Care Fund block names no financial year, so no year's national conditions, streams or deadlines could be checked")
            .help("add `financial_years: [2025-26]` (both years of a two-year plan)");
    }
    for (i, written) in bcf.financial_years.iter().enumerate() {
        let at = bcf_pointer().key("financial_years").index(i);
        match BcfYear::parse(&written.0) {
            None => {
                out.report(&at, format!("`{}` is not a financial year (a year and the next), so no BCF parameters could be chosen for it", written.0))
                    .help("write each year of the plan separately, e.g. `[2023-24, 2024-25]`");
            }
            Some(year) => {
                if let YearLookup::NotKnown(unknown) = cx.bcf.year(year) {
                    out.report(&at, format!("{unknown}: none of its national conditions, required streams or deadlines were checked"))
                        .help(unknown.help())
                        .warning_only();
                }
            }
        }
    }
}

pub(super) fn s75_required(cx: &Context, out: &mut Sink) {
    if block(cx).is_none() {
        return;
    }
    let basis = cx.spec.agreement.legal_basis;
    if basis != LegalBasis::NhsAct2006S75 {
        out.report(Pointer::agreement("legal_basis"), "Better Care Fund money must sit in a pooled fund governed by a section 75 NHS Act 2006 agreement, but this agreement is not made under s75")
            .help("make the BCF agreement under `nhs_act_2006_s75`; other joint working can sit in a separate agreement");
    }
    // Where no contribution says its stream, every pool may hold the BCF money, as in
    // `pools_for`: which streams it holds is BCF-STREAMS-CORE's question.
    let marked = |pool: &PooledFund| pool.contributions.iter().any(|c| c.stream.is_some());
    let any_marked = cx
        .spec
        .schemes
        .iter()
        .filter_map(|s| s.pooled_fund.as_ref())
        .any(marked);
    let mut pooled = false;
    for (i, scheme) in cx.spec.schemes.iter().enumerate() {
        let Some(pool) = &scheme.pooled_fund else {
            continue;
        };
        if any_marked && !marked(pool) {
            continue;
        }
        pooled = true;
        if scheme
            .legal_basis
            .is_some_and(|b| b != LegalBasis::NhsAct2006S75)
        {
            out.report(Pointer::scheme(i).key("legal_basis"), format!("scheme `{}` pools Better Care Fund money but is not made under s75 NHS Act 2006", scheme.id))
                .help("hold the BCF pool in a scheme under `nhs_act_2006_s75`");
        }
    }
    if !pooled {
        out.report(Pointer::root().key("schemes"), "no scheme has a pooled fund to hold the Better Care Fund money")
            .help("add the BCF pooled fund, and mark its contributions with their `stream`: `nhs_minimum`, `dfg`, `la_better_care_grant` (or `ibcf`) as they are");
    }
}

pub(super) fn streams_core(cx: &Context, out: &mut Sink) {
    for (y, year) in years(cx) {
        let at = bcf_pointer().key("financial_years").index(y);
        let Some(params) = lookup(cx, year) else {
            continue;
        };
        let pools = pools_for(cx, year);
        if pools.is_empty() {
            out.report(&at, format!("no pooled fund holds the Better Care Fund money for {year}"))
                .help(format!("give the BCF pool `financial_year: {year}` and mark its contributions with their `stream`"));
            continue;
        }
        let held: Vec<BcfStream> = pools
            .iter()
            .flat_map(|(_, p)| p.contributions.iter().filter_map(|c| c.stream))
            .collect();
        match &params.pooled_streams.fact {
            // Nothing says which stream a contribution is: the spec is silent, not short.
            Fact::Known { value, .. } if held.is_empty() => {
                let names: Vec<String> = value.iter().map(|s| grant_name(params, *s)).collect();
                out.report(Pointer::pool(pools[0].0).key("contributions"), format!("the {year} Better Care Fund pool's contributions do not say which stream each is, so whether it holds the streams the year requires ({}) was not checked", names.join(", ")))
                    .help("mark each contribution with its `stream`: `nhs_minimum`, `dfg`, `la_better_care_grant` (or `ibcf`), `discharge_fund` or `additional`");
            }
            Fact::Known { value, label, .. } => {
                for stream in value {
                    if held.iter().any(|s| counts_as(*s) == Some(*stream)) {
                        continue;
                    }
                    let name = grant_name(params, *stream);
                    let hit = out.report(Pointer::pool(pools[0].0).key("contributions"), format!("the {year} Better Care Fund pool holds no {name}, a stream the year requires"))
                        .help(format!("add the contribution with `stream: {}`", stream_key(*stream)));
                    if *label == Label::Memory {
                        hit.unverified();
                    }
                }
            }
            Fact::NotKnown { reason } => {
                out.report(&at, format!("jointly does not know which streams the {year} pool must hold ({reason}), so they were not checked"))
                    .help("give the year's `pooled_streams` in a --bcf-years file")
                    .warning_only();
            }
        }
        grant_names_and_capital(year, &pools, out);
    }
}

fn stream_key(stream: Stream) -> &'static str {
    match stream {
        Stream::NhsMinimum => "nhs_minimum",
        Stream::DisabledFacilitiesGrant => "dfg",
        Stream::LocalAuthorityGrant => "la_better_care_grant` (or `ibcf",
        Stream::DischargeFund => "discharge_fund",
    }
}

/// The stream in words, the local authority grant under the year's name where known.
fn grant_name(params: &YearParameters, stream: Stream) -> String {
    match (stream, params.la_grant_name.known()) {
        (Stream::LocalAuthorityGrant, Some(name)) => format!("local authority grant ({name})"),
        _ => stream.to_string(),
    }
}

/// The local authority grant under a later year's name, and a DFG not marked capital.
fn grant_names_and_capital(year: BcfYear, pools: &[(usize, &PooledFund)], out: &mut Sink) {
    let renamed = BcfYear::starting(2025).is_some_and(|first| year >= first);
    for (i, pool) in pools {
        for (c, contribution) in pool.contributions.iter().enumerate() {
            let at = Pointer::pool(*i).key("contributions").index(c);
            match contribution.stream {
                Some(BcfStream::LaBetterCareGrant) if !renamed => {
                    out.report(at.key("stream"), format!("in {year} the local authority grant was the improved Better Care Fund (`ibcf`); the Local Authority Better Care name applies from 2025-26"))
                        .help("write `stream: ibcf`")
                        .warning_only();
                }
                Some(BcfStream::Dfg) if contribution.kind != Some(MoneyKind::Capital) => {
                    out.report(at, "the Disabled Facilities Grant is capital, but this contribution is not marked `kind: capital`")
                        .help("add `kind: capital` to the DFG contribution")
                        .warning_only();
                }
                _ => {}
            }
        }
    }
}

pub(super) fn joint_plan(cx: &Context, out: &mut Sink) {
    let Some(bcf) = block(cx) else { return };
    let Some(plan) = &bcf.plan else {
        out.report(
            bcf_pointer().key("plan"),
            "the Better Care Fund block does not say who agreed the plan",
        )
        .help("add `plan: {agreed_by: [...]}` with every ICB and local authority party's id");
        return;
    };
    let at = bcf_pointer().key("plan").key("agreed_by");
    for (i, id) in plan.agreed_by.iter().enumerate() {
        if cx.party(id).is_none() {
            out.report(
                at.clone().index(i),
                format!("`{id}` agreed the plan but is not a party"),
            )
            .help("list parties by their `id`");
        }
    }
    for party in &cx.spec.parties {
        let commissioner = matches!(
            party.body_type,
            BodyType::IntegratedCareBoard | BodyType::ClinicalCommissioningGroup
        );
        let council = party.body_type.class() == crate::law::BodyClass::LocalAuthority;
        if (commissioner || council) && !plan.agreed_by.contains(&party.id) {
            out.report(&at, format!("the BCF plan is not recorded as agreed by `{}`; the plan must be jointly agreed", party.id))
                .help(format!("add `{}` to `agreed_by` once it has agreed the plan", party.id));
        }
    }
}

pub(super) fn hwb_signoff(cx: &Context, out: &mut Sink) {
    let Some(bcf) = block(cx) else { return };
    let approved = bcf.plan.as_ref().and_then(|p| p.hwb_approved);
    let at = bcf_pointer().key("plan").key("hwb_approved");
    let Some(approved) = approved else {
        out.report(&at, "the Better Care Fund plan has no recorded approval by the health and wellbeing board")
            .help("add `hwb_approved:` with the date of the board's approval (and `hwb_reference:` for the minute)");
        return;
    };
    for (_, year) in years(cx) {
        let Some(params) = lookup(cx, year) else {
            continue;
        };
        let (Some(deadline), late) = (
            params.plan_deadline.known(),
            params.hwb_approval_after_deadline.known(),
        ) else {
            continue;
        };
        if late == Some(&true) {
            continue;
        }
        if let Decision::Decided(true) = approved.decide(|d| d > *deadline) {
            let hit = out.report(&at, format!("the board approved the {year} plan {}, after the national submission deadline of {}", approved.on(), LongDate(*deadline)))
                .help("check that the year's framework allowed the board to approve the plan after submission")
                .warning_only();
            if late.is_none() {
                hit.unverified();
            }
        }
    }
}

pub(super) fn hwb_role(cx: &Context, out: &mut Sink) {
    let Some(bcf) = block(cx) else { return };
    if bcf.health_and_wellbeing_boards.is_empty() {
        out.report(
            bcf_pointer().key("health_and_wellbeing_boards"),
            "the Better Care Fund block names no health and wellbeing board",
        )
        .help("add the board(s) whose area the fund covers, by name");
    }
    for (i, party) in cx.spec.parties.iter().enumerate() {
        let name = party.name.as_deref().unwrap_or_default();
        let board = bcf
            .health_and_wellbeing_boards
            .iter()
            .any(|b| b.trim().eq_ignore_ascii_case(name.trim()))
            || name.to_lowercase().contains("health and wellbeing board");
        if board {
            out.report(Pointer::party(i), format!("party `{}` is a health and wellbeing board, which owns the BCF plan but is not a party to the section 75 agreement", party.id))
                .help("list the council and the ICB(s) as parties; record the board under `bcf.health_and_wellbeing_boards`");
        }
    }
}

pub(super) fn dfg_pass(cx: &Context, out: &mut Sink) {
    let Some(bcf) = block(cx) else { return };
    let county = cx
        .spec
        .parties
        .iter()
        .any(|p| p.body_type == BodyType::ShireCountyCouncil);
    let dfg = cx
        .spec
        .schemes
        .iter()
        .filter_map(|s| s.pooled_fund.as_ref())
        .any(|p| {
            p.contributions
                .iter()
                .any(|c| c.stream == Some(BcfStream::Dfg))
        });
    if county && dfg && bcf.dfg_passed_to.is_empty() {
        out.report(bcf_pointer().key("dfg_passed_to"), "a county council in a two-tier area pools the Disabled Facilities Grant, but the agreement does not say which district councils it is passed to")
            .help("list the district (housing) councils under `bcf.dfg_passed_to`")
            .unverified();
    }
}

pub(super) fn directions(cx: &Context, out: &mut Sink) {
    let Some(bcf) = block(cx) else { return };
    let at = bcf_pointer().key("directions");
    let from = BcfYear::starting(2023);
    for (_, year) in years(cx).into_iter().filter(|(_, y)| Some(*y) >= from) {
        let named = lookup(cx, year).and_then(|p| p.esi_directions.known());
        let cites = bcf.directions.as_deref().is_some_and(|d| {
            d.to_lowercase()
                .contains("expenditure on service integration")
        });
        if !cites {
            let name = named.map_or(
                "the NHS (Expenditure on Service Integration) Directions".to_owned(),
                |n| format!("the {n}"),
            );
            out.report(&at, format!("for {year} the NHS minimum contribution rests on {name}, which the agreement does not recite"))
                .help("give `bcf.directions` as the year's Directions (the mandate route of s223B and s223GA NHS Act 2006 ended with the Health and Care Act 2022)");
            return;
        }
    }
}

pub(super) fn mandate_route(cx: &Context, out: &mut Sink) {
    let Some(bcf) = block(cx) else { return };
    let before = BcfYear::starting(2023);
    let early = years(cx).into_iter().find(|(_, y)| Some(*y) < before);
    if let (Some((_, year)), None) = (early, &bcf.directions) {
        out.report(bcf_pointer().key("directions"), format!("for {year} the NHS minimum rested on NHS England's direction of a designated amount under s223GA NHS Act 2006 (inserted by s121 Care Act 2014), which the agreement does not record"))
            .help("give `bcf.directions` as the direction the NHS money is pooled under");
    }
}

/// The year's section 75 deadline against the date made.
fn deadline(cx: &Context, out: &mut Sink, first: i16) {
    let Some(year) = BcfYear::starting(first) else {
        return;
    };
    if !years(cx).iter().any(|(_, y)| *y == year) {
        return;
    }
    let Some(params) = lookup(cx, year) else {
        return;
    };
    s75_deadline(cx, out, year, &params.s75_deadline);
}

fn s75_deadline(cx: &Context, out: &mut Sink, year: BcfYear, param: &Param<Date>) {
    let (deadline, label) = match &param.fact {
        Fact::Known { value, label, .. } => (*value, *label),
        Fact::NotKnown { reason } => {
            out.report(bcf_pointer().key("financial_years"), format!("jointly has no national deadline for signing the {year} section 75 agreement ({reason}), so it was not checked"))
                .help("give the year's `s75_deadline`, with its source, in a --bcf-years file")
                .warning_only();
            return;
        }
    };
    let Some(made) = cx.spec.agreement.made else {
        return;
    };
    let at = DateAt::made(made);
    match made.decide(|d| d > deadline) {
        Decision::Decided(true) => {
            let hit = out.report(&at.pointer, format!("the agreement was made {}, after the national deadline of {} for the {year} section 75 agreement", made.on(), LongDate(deadline)))
                .help("record why it was late and any agreement with NHS England");
            if label == Label::Memory {
                hit.unverified();
            }
        }
        Decision::Decided(false) => {}
        Decision::TooVague { .. } => {
            at.too_vague(
                out,
                format!(
                    "whether it was made by the {year} deadline of {}",
                    LongDate(deadline)
                ),
            );
        }
    }
}

pub(super) fn deadline_2324(cx: &Context, out: &mut Sink) {
    deadline(cx, out, 2023);
}

pub(super) fn deadline_2425(cx: &Context, out: &mut Sink) {
    deadline(cx, out, 2024);
}

pub(super) fn deadline_2526(cx: &Context, out: &mut Sink) {
    deadline(cx, out, 2025);
    let Some(year) = BcfYear::starting(2025) else {
        return;
    };
    let plan_deadline = lookup(cx, year).and_then(|p| p.plan_deadline.known());
    let submitted = block(cx)
        .and_then(|b| b.plan.as_ref())
        .and_then(|p| p.submitted);
    if let (true, Some(deadline), Some(submitted)) = (
        years(cx).iter().any(|(_, y)| *y == year),
        plan_deadline,
        submitted,
    ) {
        late_submission(out, year, *deadline, submitted);
    }
}

fn late_submission(out: &mut Sink, year: BcfYear, deadline: Date, submitted: StatedDate) {
    if let Decision::Decided(true) = submitted.decide(|d| d > deadline) {
        out.report(
            bcf_pointer().key("plan").key("submitted"),
            format!(
                "the {year} plan was submitted {}, after the national deadline of {}",
                submitted.on(),
                LongDate(deadline)
            ),
        )
        .help("check the date of the final submission");
    }
}

pub(super) fn framework_2627(cx: &Context, out: &mut Sink) {
    let Some(year) = BcfYear::starting(2026) else {
        return;
    };
    if !years(cx).iter().any(|(_, y)| *y == year) {
        return;
    }
    let Some(params) = lookup(cx, year) else {
        return;
    };
    if let Fact::NotKnown { .. } = params.national_conditions.fact {
        out.report(bcf_pointer().key("financial_years"), "the national conditions for expenditure of the Better Care Fund framework 2026 to 2027 are not encoded in jointly, so they were not checked")
            .help("check the plan against the framework; give the conditions in a --bcf-years file to have them recited")
            .warning_only();
    }
    s75_deadline(cx, out, year, &params.s75_deadline);
}
