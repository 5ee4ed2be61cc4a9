//! The BCF checks on what the partners report and plan beside the pool: the quarterly returns
//! to NHS England, and the capacity and demand plan in the years that require one.

use super::super::{Citation, Context, Docs, Group, Label as RuleLabel, Rule, Sink, sources};
use super::checks::{block, years};
use super::{BCF, bcf_year, lookup};
use crate::law::bcf::{Fact, Label};
use crate::law::instruments;
use crate::spec::{BcfEngaged, Pointer};

fn quarterly_returns(cx: &Context, out: &mut Sink) {
    let Some(bcf) = block(cx) else { return };
    if bcf.quarterly_returns != Some(true) {
        out.report(Pointer::root().key("bcf").key("quarterly_returns"), "the agreement does not provide for the quarterly Better Care Fund returns to NHS England")
            .help("add `quarterly_returns: true` once the agreement provides for the returns, approved through the health and wellbeing board");
    }
}

fn capacity_demand(cx: &Context, out: &mut Sink) {
    let Some(bcf) = block(cx) else { return };
    if bcf
        .capacity_and_demand_plan
        .as_deref()
        .is_some_and(|p| !p.trim().is_empty())
    {
        return;
    }
    for (_, year) in years(cx) {
        let Some(params) = lookup(cx, year) else {
            continue;
        };
        let Fact::Known {
            value: true, label, ..
        } = &params.capacity_demand_plan.fact
        else {
            continue;
        };
        let hit = out
            .report(Pointer::root().key("bcf").key("capacity_and_demand_plan"), format!("in {year} the partners must agree a capacity and demand plan for intermediate and short-term care, which the agreement does not refer to"))
            .help("add `capacity_and_demand_plan:` naming the plan the partners agreed")
            .warning_only();
        if *label == Label::Memory {
            hit.unverified();
        }
        return;
    }
}

fn involve_2526(cx: &Context, out: &mut Sink) {
    let Some(bcf) = block(cx) else { return };
    let engaged = bcf.plan.as_ref().map_or(&[][..], |p| &p.engaged[..]);
    let missing: Vec<String> = BcfEngaged::ALL
        .iter()
        .filter(|e| !engaged.contains(e))
        .map(|e| format!("`{}`", e.key()))
        .collect();
    if !missing.is_empty() {
        out.report(Pointer::root().key("bcf").key("plan").key("engaged"), format!("the 2025-26 plan should involve local NHS trusts, social care providers, voluntary and community partners and local housing authorities; the agreement does not record {}", missing.join(", ")))
            .help("list under `bcf.plan.engaged` the local partners the plan was made with");
    }
}

/// The rules on the returns and the capacity and demand plan.
pub(crate) const PLAN_RULES: &[Rule] = &[
    Rule {
        id: "BCF-QTR-REPORT",
        name: "bcf-quarterly-returns-not-provided",
        summary: "The partners make quarterly Better Care Fund returns to NHS England, approved through the health and wellbeing board.",
        group: Group::Statutory,
        label: RuleLabel::Secondary,
        sources: &[sources::LANCS_23],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "BCF reporting: quarterly returns (every year; one council paper)",
            url: "http://council.lancashire.gov.uk/mgAi.aspx?ID=97146",
        },
        applies: BCF,
        docs: Docs {
            what: "Warns when `bcf.quarterly_returns` is not `true`: the agreement should provide for the quarterly BCF returns. An unverified warning: one council paper states the requirement.",
            why: "\"There will be a requirement for quarterly reporting on Better Care Fund activity and progress.\" (Lancashire HWB, 2023.) No framework text stating it was read.",
            example: "bcf:\n  quarterly_returns: true",
        },
        check: quarterly_returns,
    },
    Rule {
        id: "BCF-2425-CAPDEM",
        name: "bcf-capacity-demand-plan-missing",
        summary: "In 2023-24 and 2024-25 the partners agree capacity and demand plans for intermediate and short-term care.",
        group: Group::Recital,
        label: RuleLabel::Verified,
        sources: &[sources::BCF_ADD_2425],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "Addendum to the 2023 to 2025 framework, opening section: capacity and demand plans (2023-24 and 2024-25)",
            url: "https://www.gov.uk/government/publications/better-care-fund-policy-framework-2023-to-2025/addendum-to-the-2023-to-2025-better-care-fund-policy-framework-and-planning-requirements",
        },
        applies: BCF,
        docs: Docs {
            what: "For each of `bcf.financial_years` whose parameters require a capacity and demand plan (`capacity_demand_plan`: 2023-24 and 2024-25), warns when `bcf.capacity_and_demand_plan` does not name the plan the partners agreed. A warning: the plan sits beside the agreement, which need only refer to it. The addendum's client groups (physical health, mental health, learning disability and autism on an equal footing) are not checked.",
            why: "The 2024-25 addendum: \"like last year, local areas must agree capacity and demand plans for intermediate and short-term care\".",
            example: "bcf:\n  financial_years: [2024-25]\n  capacity_and_demand_plan: Westshire capacity and demand plan 2024-25",
        },
        check: capacity_demand,
    },
    Rule {
        id: "BCF-2526-INVOLVE",
        name: "bcf-2025-26-partners-not-involved",
        summary: "2025-26 BCF plans involve local NHS trusts, social care providers, voluntary and community partners and local housing authorities.",
        group: Group::Guidance,
        label: RuleLabel::Secondary,
        sources: &[sources::HCAUK_2526, sources::HLIN_2526],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "2025 to 2026 framework, plans involve local partners (2025-26)",
            url: "https://www.gov.uk/government/publications/better-care-fund-policy-framework-2025-to-2026",
        },
        applies: bcf_year(2025),
        docs: Docs {
            what: "For a BCF agreement covering 2025-26, warns when `bcf.plan.engaged` does not list all four kinds of local partner: `nhs_trusts`, `social_care_providers`, `vcse`, `housing_authorities`.",
            why: "\"The plans must involve local NHS trusts, social care providers, voluntary and community service partners, and local housing authorities.\" (Homecare Association summary of the 2025-26 framework); housing authorities are also consulted on the Disabled Facilities Grant (Housing LIN summary). The framework's own words were not read.",
            example: "bcf:\n  financial_years: [2025-26]\n  plan:\n    engaged: [nhs_trusts, social_care_providers, vcse, housing_authorities]",
        },
        check: involve_2526,
    },
];
