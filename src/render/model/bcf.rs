//! The Better Care Fund parts of a draft: the recitals (the framework of each year, its
//! national conditions, the health and wellbeing board's approval of the plan) and a table of
//! the funding streams of each year, with the Disabled Facilities Grant as capital. Only what
//! the spec states and what jointly's parameters know for the year are recited: national
//! conditions whose wording jointly has only from memory are not.

use serde::Serialize;

use super::Names;
use super::pool::amount_words;
use crate::law::bcf::BcfYear;
use crate::render::text::markdown as md;
use crate::rules::{BcfYearUsed, Checked};
use crate::spec::{Bcf, BcfStream, MoneyKind, Spec, StatedDate};

/// The BCF parts of a draft.
#[derive(Debug, Serialize)]
pub struct BcfModel {
    /// The health and wellbeing board(s), escaped and joined, or none when the spec names
    /// none.
    pub boards: Option<String>,
    pub years: Vec<BcfYearModel>,
    /// The date the board approved the plan, after its preposition ("on 26 March 2025").
    pub hwb_approved_on: Option<String>,
    pub hwb_reference: Option<String>,
    /// The power the NHS minimum contribution rests on, as the spec recites it.
    pub directions: Option<String>,
}

/// One financial year of the fund.
#[derive(Debug, Serialize)]
pub struct BcfYearModel {
    pub year: String,
    /// The framework that set the year's conditions, when jointly knows it.
    pub framework: Option<String>,
    /// The national conditions: the spec's own words, else the year's known conditions
    /// (never those jointly has only from memory).
    pub conditions: Vec<String>,
    /// The contributions to the year's pool, by stream.
    pub streams: Vec<StreamRow>,
    /// For a year of a core agreement with schedules per financial year (`years`): the date
    /// the board approved that year's plan, after its preposition, and its reference.
    pub hwb_approved_on: Option<String>,
    pub hwb_reference: Option<String>,
}

/// One row of a year's funding-stream table.
#[derive(Debug, Serialize)]
pub struct StreamRow {
    pub stream: String,
    pub party: String,
    pub amount: String,
    /// "capital" for the Disabled Facilities Grant, else the contribution's kind if stated.
    pub kind: Option<&'static str>,
}

/// The BCF parts, for a spec with a `bcf` block.
pub(super) fn model(
    spec: &Spec,
    yearly: &Spec,
    checked: &Checked,
    names: &Names,
) -> Option<BcfModel> {
    let bcf = spec.bcf.as_ref()?;
    // A core agreement with schedules per financial year recites each year's plan approval
    // with its year.
    let by_year = !yearly.years.is_empty();
    let boards: Vec<String> = bcf
        .health_and_wellbeing_boards
        .iter()
        .filter(|b| !b.trim().is_empty())
        .map(|b| md(b))
        .collect();
    let plan = bcf.plan.as_ref().filter(|_| !by_year);
    Some(BcfModel {
        boards: (!boards.is_empty()).then(|| boards.join(" and ")),
        years: checked
            .bcf_parameters
            .iter()
            .map(|used| {
                let own = year_bcf(yearly, &used.year);
                let mut model = year_model(spec, own.or(spec.bcf.as_ref()), used, names);
                if let Some(plan) = own.and_then(|b| b.plan.as_ref()) {
                    model.hwb_approved_on = plan.hwb_approved.as_ref().map(StatedDate::long_on);
                    model.hwb_reference = plan
                        .hwb_reference
                        .as_deref()
                        .filter(|r| !r.trim().is_empty())
                        .map(md);
                }
                model
            })
            .collect(),
        hwb_approved_on: plan
            .and_then(|p| p.hwb_approved.as_ref())
            .map(StatedDate::long_on),
        hwb_reference: plan
            .and_then(|p| p.hwb_reference.as_deref())
            .filter(|r| !r.trim().is_empty())
            .map(md),
        directions: bcf
            .directions
            .as_deref()
            .filter(|d| !d.trim().is_empty())
            .map(md),
    })
}

fn year_model(spec: &Spec, bcf: Option<&Bcf>, used: &BcfYearUsed, names: &Names) -> BcfYearModel {
    let own: Vec<String> = bcf
        .iter()
        .flat_map(|b| &b.national_conditions)
        .filter(|c| !c.trim().is_empty())
        .map(|c| md(c))
        .collect();
    let conditions = if own.is_empty() {
        match &used.national_conditions {
            Some((known, false)) => known.iter().map(|c| md(c)).collect(),
            _ => Vec::new(),
        }
    } else {
        own
    };
    BcfYearModel {
        year: md(&used.year),
        framework: used.framework.as_deref().map(md),
        conditions,
        streams: streams(spec, BcfYear::parse(&used.year), used, names),
        hwb_approved_on: None,
        hwb_reference: None,
    }
}

/// The `bcf` of the year of `years` that is `year`: its own, else the core's; none for a spec
/// without `years`.
fn year_bcf<'a>(yearly: &'a Spec, year: &str) -> Option<&'a Bcf> {
    let year = BcfYear::parse(year)?;
    yearly
        .years
        .iter()
        .find(|y| BcfYear::parse(&y.financial_year.0) == Some(year))
        .and_then(|y| y.bcf.as_ref().or(yearly.bcf.as_ref()))
}

/// The stream rows of the pools that hold the year's BCF money.
fn streams(
    spec: &Spec,
    year: Option<BcfYear>,
    used: &BcfYearUsed,
    names: &Names,
) -> Vec<StreamRow> {
    let single = spec
        .bcf
        .as_ref()
        .is_some_and(|b| b.financial_years.len() == 1);
    spec.schemes
        .iter()
        .filter_map(|s| s.pooled_fund.as_ref())
        .filter(|p| match &p.financial_year {
            Some(written) => year.is_some() && BcfYear::parse(&written.0) == year,
            None => single,
        })
        .flat_map(|p| &p.contributions)
        .filter_map(|c| {
            let stream = c.stream?;
            let capital = stream == BcfStream::Dfg || c.kind == Some(MoneyKind::Capital);
            Some(StreamRow {
                stream: stream_words(stream, used),
                party: names.escaped(&c.party),
                amount: amount_words(c.amount),
                kind: if capital {
                    Some("capital")
                } else {
                    c.kind.map(|_| "revenue")
                },
            })
        })
        .collect()
}

fn stream_words(stream: BcfStream, used: &BcfYearUsed) -> String {
    match stream {
        BcfStream::NhsMinimum => "NHS minimum contribution".into(),
        BcfStream::Dfg => "Disabled Facilities Grant".into(),
        BcfStream::Ibcf => "Improved Better Care Fund grant".into(),
        BcfStream::LaBetterCareGrant => used
            .la_grant_name
            .as_deref()
            .map_or_else(|| "Local Authority Better Care grant".to_owned(), md),
        BcfStream::DischargeFund => "Discharge funding".into(),
        BcfStream::Additional => "Additional contribution".into(),
    }
}
