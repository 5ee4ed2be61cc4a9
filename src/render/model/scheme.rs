//! A Schedule: one scheme's aims, persons, functions, delegations, resources and other funding.
//! Its pooled fund is [`super::pool`].

use serde::Serialize;

use super::Names;
use super::act::ActModel;
use super::pool::{self, PoolModel};
use crate::render::text::markdown as md;
use crate::spec::{
    Delegation, Delegators, Direction, FundingKind, Nature, OtherFunding, Resources, Scheme,
};

#[derive(Debug, Serialize)]
pub struct SchemeModel {
    /// The schedule number (1-based).
    pub number: usize,
    /// The index in the spec, for flag places (`scheme.{index}.…`); a year's schemes (`years`)
    /// come after the core's, in year order.
    pub index: usize,
    /// For a schedule of one financial year (`years`): the year, e.g. "2025/26".
    pub year: Option<String>,
    pub id: String,
    pub title: String,
    /// The Act the scheme is made under, where it differs from the agreement's: "section 10
    /// of the Children Act 2004".
    pub own_basis: Option<&'static str>,
    pub aims: Vec<String>,
    pub outcomes: Vec<String>,
    pub persons: Option<String>,
    pub eligibility: Option<String>,
    pub services: Vec<String>,
    pub nhs_functions: Vec<String>,
    pub health_related_functions: Vec<String>,
    /// What the Schedule calls the two kinds of function, in the terms of the scheme's Act.
    pub nhs_functions_term: &'static str,
    pub la_functions_term: &'static str,
    pub delegations: Vec<DelegationModel>,
    pub pool: Option<PoolModel>,
    pub resources: Vec<ResourceModel>,
    /// Whether the scheme lists no resources of its own and relies on the agreement's, which
    /// the draft sets out once in the clause on staff and resources.
    pub shared_resources: bool,
    pub other_funding: Vec<OtherFundingModel>,
}

#[derive(Debug, Serialize)]
pub struct DelegationModel {
    /// The delegating party's name, or the names of those delegating jointly ("A and B").
    pub from: String,
    /// Whether two or more parties delegate jointly.
    pub jointly: bool,
    /// Whether the parties exercise the functions jointly (s65Z5 `exercised: jointly`)
    /// rather than the party in `to` exercising them alone.
    pub exercised_jointly: bool,
    pub to: String,
    /// "Lead Commissioner" or "Integrated Provider".
    pub role: &'static str,
    /// The functions exercised: "NHS Functions" or "Health-Related Functions" (terms of
    /// SI 2000/617), or "functions" under another basis.
    pub functions: &'static str,
    /// The provision that allows the delegation, e.g. "regulation 9 of the Regulations"; none
    /// under a basis without one.
    pub provision: Option<&'static str>,
    /// Why the delegation is not drafted, when the basis gives no power to delegate: the
    /// delegation is then shown only as this note.
    pub not_drafted: Option<String>,
    pub payments: Vec<PaymentModel>,
    pub payment_variation: Option<String>,
    pub monitoring: Option<String>,
    pub reporting: Option<String>,
    pub annual_report: bool,
}

#[derive(Debug, Serialize)]
pub struct PaymentModel {
    pub from: String,
    pub amount: String,
    pub financial_year: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ResourceModel {
    pub party: String,
    pub staff: Option<String>,
    pub goods: Option<String>,
    pub services: Option<String>,
    pub accommodation: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct OtherFundingModel {
    /// The kind in words, with the holder of an aligned budget: "Aligned budget held by X".
    pub kind: String,
    pub description: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// The amount; for an aligned budget given as `amounts`, its stated total (else their sum).
    pub amount: String,
    pub financial_year: Option<String>,
    /// The sums an aligned budget is made of, when the spec lists them.
    pub amounts: Vec<AlignedAmountModel>,
    /// The unit the stated total is rounded to, when the spec says so.
    pub rounded_to: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct AlignedAmountModel {
    pub party: Option<String>,
    pub description: Option<String>,
    pub financial_year: Option<String>,
    pub amount: String,
}

/// The Schedule of the scheme at `index`. Payment powers are named as they stood when the
/// agreement was made (`before_2006_act`).
pub(super) fn model(
    index: usize,
    scheme: &Scheme,
    names: &Names,
    act: &ActModel,
    own_basis: bool,
    shared_resources: bool,
    before_2006_act: bool,
) -> SchemeModel {
    let functions = scheme.functions.clone().unwrap_or_default();
    SchemeModel {
        year: None,
        number: index + 1,
        index,
        id: md(&scheme.id),
        title: scheme.title.as_deref().map_or_else(|| md(&scheme.id), md),
        own_basis: own_basis.then_some(act.section),
        aims: escape_all(&scheme.aims),
        outcomes: escape_all(&scheme.outcomes),
        persons: scheme.persons.as_deref().map(md),
        eligibility: scheme.eligibility.as_deref().map(md),
        services: escape_all(&scheme.services),
        nhs_functions: escape_all(&functions.nhs),
        health_related_functions: escape_all(&functions.health_related),
        nhs_functions_term: act.nhs_functions_term,
        la_functions_term: act.la_functions_term,
        delegations: scheme
            .delegations
            .iter()
            .map(|d| delegation(d, names, act))
            .collect(),
        pool: scheme.pooled_fund.as_ref().map(|p| pool::model(p, names)),
        resources: resource_rows(scheme.resources.iter().flatten(), names),
        shared_resources: scheme.resources.is_none() && shared_resources,
        other_funding: scheme
            .other_funding
            .iter()
            .map(|f| other_funding(f, names, before_2006_act))
            .collect(),
    }
}

/// The rows of a resources table, escaped: a scheme's, or the agreement's.
pub(super) fn resource_rows<'a>(
    entries: impl IntoIterator<Item = &'a Resources>,
    names: &Names,
) -> Vec<ResourceModel> {
    entries
        .into_iter()
        .map(|r| ResourceModel {
            party: names.escaped(&r.party),
            staff: r.staff.as_deref().map(md),
            goods: r.goods.as_deref().map(md),
            services: r.services.as_deref().map(md),
            accommodation: r.accommodation.as_deref().map(md),
        })
        .collect()
}

/// The items of a list that are more than blank, escaped.
fn escape_all(items: &[String]) -> Vec<String> {
    items
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| md(t))
        .collect()
}

/// A delegation as the basis allows it: under SI 2000/617 reg 9 (NHS functions exercised by
/// a local authority) or reg 8 (health-related functions exercised by an NHS body); under a
/// basis with no power to delegate, only a note that it is not drafted.
fn delegation(d: &Delegation, names: &Names, act: &ActModel) -> DelegationModel {
    let (from, to) = (delegators(&d.from, names), names.escaped(&d.to));
    let (role, nature) = match d.nature {
        Nature::Commissioning => ("Lead Commissioner", "lead commissioning"),
        Nature::Provision => ("Integrated Provider", "integrated provision"),
    };
    let (functions, regulation) = match d.direction {
        Direction::NhsToLa => ("NHS Functions", "regulation 9 of the Regulations"),
        Direction::LaToNhs => (
            "Health-Related Functions",
            "regulation 8 of the Regulations",
        ),
        // Never under SI 2000/617, so never drafted with its terms.
        Direction::NhsToNhs => ("NHS functions", ""),
    };
    DelegationModel {
        not_drafted: (!act.delegation_power).then(|| {
            let bar = &act.delegation_bar;
            let capitalised =
                bar.get(..1).unwrap_or_default().to_uppercase() + bar.get(1..).unwrap_or_default();
            format!("[Not drafted: {to} exercising functions of {from} ({nature}). {capitalised}.]")
        }),
        functions: if act.partnership_regulations {
            functions
        } else {
            "functions"
        },
        provision: act.partnership_regulations.then_some(regulation),
        role,
        from,
        jointly: d.from.jointly(),
        exercised_jointly: d.exercised == Some(crate::spec::Exercised::Jointly),
        to,
        payments: d
            .payments
            .iter()
            .map(|p| PaymentModel {
                from: names.escaped(&p.from),
                amount: pool::amount_words(p.amount),
                financial_year: p.financial_year.as_ref().map(|y| y.0.clone()),
            })
            .collect(),
        payment_variation: d.payment_variation.as_deref().map(md),
        monitoring: d.monitoring.as_deref().map(md),
        reporting: d
            .reporting
            .as_ref()
            .and_then(|r| r.frequency)
            .map(|f| f.to_string()),
        annual_report: d.reporting.as_ref().and_then(|r| r.annual_report) == Some(true),
    }
}

/// The delegating parties' names, escaped: "A", "A and B", "A, B and C".
fn delegators(from: &Delegators, names: &Names) -> String {
    let named: Vec<String> = from.ids().iter().map(|id| names.escaped(id)).collect();
    match named.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => named.concat(),
    }
}

fn other_funding(f: &OtherFunding, names: &Names, before_2006_act: bool) -> OtherFundingModel {
    let kind = funding_words(f.kind, before_2006_act);
    OtherFundingModel {
        kind: match &f.party {
            Some(holder) => format!("{kind} held by {}", names.escaped(holder)),
            None => kind.to_owned(),
        },
        description: f.description.as_deref().map(md),
        from: f.from.as_deref().map(|id| names.escaped(id)),
        to: f.to.as_deref().map(|id| names.escaped(id)),
        // The loader has made sure an entry states an amount or amounts that add up exactly.
        amount: f
            .sum()
            .map_or_else(|| pool::TO_BE_AGREED.to_owned(), pool::amount_words),
        financial_year: f.financial_year.as_ref().map(|y| y.0.clone()),
        amounts: f
            .amounts
            .iter()
            .map(|a| AlignedAmountModel {
                party: a.party.as_deref().map(|id| names.escaped(id)),
                description: a.description.as_deref().map(md),
                financial_year: a.financial_year.as_ref().map(|y| y.0.clone()),
                amount: pool::amount_words(a.amount),
            })
            .collect(),
        rounded_to: f.rounded_to.map(|u| u.to_string()),
    }
}

/// A kind of money outside a pool, under the Act in force when the agreement was made.
fn funding_words(kind: FundingKind, before_2006_act: bool) -> &'static str {
    use FundingKind::*;
    match (kind, before_2006_act) {
        (AlignedBudget, _) => "Aligned budget",
        (S256Payment, true) => "Payment under section 28A of the National Health Service Act 1977",
        (S256Payment, false) => "Payment under section 256 of the National Health Service Act 2006",
        (S76Payment, true) => "Payment under section 28BB of the National Health Service Act 1977",
        (S76Payment, false) => "Payment under section 76 of the National Health Service Act 2006",
        (S113Recharge, _) => "Recharge under section 113 of the Local Government Act 1972",
        (Other, _) => "Other funding",
    }
}
