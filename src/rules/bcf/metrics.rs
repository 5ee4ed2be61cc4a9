//! The BCF metrics of a year: the metrics the year's plans set goals for, written in
//! `bcf.metrics` by code, against the year's `metric_codes`. Text entries stay the plan's own
//! words; only codes can be matched.

use super::super::{Citation, Context, Docs, Group, Label as RuleLabel, Rule, Sink, sources};
use super::checks::{block, years};
use super::{bcf_year, lookup};
use crate::law::bcf::{BcfYear, Fact, Label, Metric};
use crate::law::instruments;
use crate::spec::Pointer;

fn codes(metrics: &[Metric]) -> String {
    let codes: Vec<String> = metrics.iter().map(|m| format!("`{}`", m.code())).collect();
    codes.join(", ")
}

/// The year's required metrics against the codes `bcf.metrics` gives.
fn metrics(cx: &Context, out: &mut Sink, first: i16) {
    let (Some(bcf), Some(year)) = (block(cx), BcfYear::starting(first)) else {
        return;
    };
    if !years(cx).iter().any(|(_, y)| *y == year) {
        return;
    }
    let Some(params) = lookup(cx, year) else {
        return;
    };
    let at = Pointer::root().key("bcf").key("metrics");
    let (required, label) = match &params.metric_codes.fact {
        Fact::Known { value, label, .. } => (value, *label),
        Fact::NotKnown { reason } => {
            out.report(&at, format!("jointly does not know the {year} metrics by code ({reason}), so they were not checked"))
                .help("give the year's `metric_codes` in a --bcf-years file")
                .warning_only();
            return;
        }
    };
    let given: Vec<Metric> = bcf
        .metrics
        .iter()
        .filter_map(|m| Metric::from_code(m))
        .collect();
    if bcf.metrics.is_empty() || given.is_empty() {
        let said = if bcf.metrics.is_empty() {
            "states none of the metrics"
        } else {
            "gives its metrics only in words, so jointly could not match them to the metrics"
        };
        let hit = out
            .report(
                &at,
                format!("the agreement {said} the {year} plan must set goals for"),
            )
            .help(format!(
                "list them under `bcf.metrics` by code: {}",
                codes(required)
            ))
            .warning_only();
        if label == Label::Memory {
            hit.unverified();
        }
        return;
    }
    for metric in required.iter().filter(|m| !given.contains(m)) {
        let hit = out
            .report(&at, format!("the {year} plan must set a goal for {metric}, which `bcf.metrics` does not list"))
            .help(format!("add `{}` to `bcf.metrics` once the plan sets its goal", metric.code()))
            .warning_only();
        if label == Label::Memory {
            hit.unverified();
        }
    }
}

fn metrics_2324(cx: &Context, out: &mut Sink) {
    metrics(cx, out, 2023);
}

fn metrics_2425(cx: &Context, out: &mut Sink) {
    metrics(cx, out, 2024);
}

fn metrics_2526(cx: &Context, out: &mut Sink) {
    metrics(cx, out, 2025);
}

/// The metric rules, one per year whose metrics the rulebook gives by code.
pub(crate) const METRIC_RULES: &[Rule] = &[
    Rule {
        id: "BCF-2324-METRICS",
        name: "bcf-2023-24-metrics-missing",
        summary: "The 2023-24 BCF plan sets ambitions for five metrics: avoidable admissions, discharge to usual place of residence, falls (65 and over), residential admissions and reablement.",
        group: Group::Recital,
        label: RuleLabel::Secondary,
        sources: &[sources::BWD_24, sources::LANCS_23],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "2023 to 2025 framework, metrics (2023-24)",
            url: "http://council.lancashire.gov.uk/mgAi.aspx?ID=97146",
        },
        applies: bcf_year(2023),
        docs: Docs {
            what: "For a BCF agreement covering 2023-24, warns when `bcf.metrics` does not list, by code, each of the year's metrics in jointly's parameters (`metric_codes`): `avoidable_admissions`, `discharge_usual_residence`, `falls_65plus`, `residential_admissions`, `reablement`. Metrics written only in words cannot be matched, and are reported as such. A warning: the plan sets the goals, and the agreement need not restate them.",
            why: "\"Metric 1 – Avoidable Admissions … Metric 2 – Discharge to normal place of residence … Metric 3 – Falls and Emergency Hospital Admissions … Metric 4 – Residential Admissions … Metric 5 – Reablement\" (Blackburn with Darwen HWB, 2023/24 year end); the falls metric was new in 2023/24 (Lancashire HWB). The metrics' definitions were not read.",
            example: "bcf:\n  financial_years: [2023-24]\n  metrics: [avoidable_admissions, discharge_usual_residence, falls_65plus, residential_admissions, reablement]",
        },
        check: metrics_2324,
    },
    Rule {
        id: "BCF-2425-METRICS",
        name: "bcf-2024-25-metrics-missing",
        summary: "The 2024-25 BCF plan sets ambitions for the 2023-24 metrics and a new metric on hospital discharge delays.",
        group: Group::Statutory,
        label: RuleLabel::Secondary,
        sources: &[sources::LANCS_23],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "2023 to 2025 framework and 2024-25 addendum, metrics (2024-25)",
            url: "http://council.lancashire.gov.uk/mgAi.aspx?ID=97146",
        },
        applies: bcf_year(2024),
        docs: Docs {
            what: "For a BCF agreement covering 2024-25, warns when `bcf.metrics` does not list, by code, each of the year's metrics in jointly's parameters: the five 2023-24 codes and `discharge_delay`. An unverified warning: one council paper states the new metric.",
            why: "\"A further metric will be introduced in 2024/25 relating to hospital discharges\" (Lancashire HWB, 2023). Its definition was not read.",
            example: "bcf:\n  financial_years: [2024-25]\n  metrics: [avoidable_admissions, discharge_usual_residence, falls_65plus, residential_admissions, reablement, discharge_delay]",
        },
        check: metrics_2425,
    },
    Rule {
        id: "BCF-2526-METRICS",
        name: "bcf-2025-26-metrics-missing",
        summary: "The 2025-26 BCF plan sets local goals for three core metrics: emergency admissions, discharge delays and long-term care home admissions.",
        group: Group::Recital,
        label: RuleLabel::Secondary,
        sources: &[sources::HLIN_2526, sources::BH_HWB_26],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "2025 to 2026 framework, the three core metrics (2025-26)",
            url: "https://housinglin.org.uk/Topics/type/Better-Care-Fund-policy-framework-2025-to-2026",
        },
        applies: bcf_year(2025),
        docs: Docs {
            what: "For a BCF agreement covering 2025-26, warns when `bcf.metrics` does not list, by code, each of the three core metrics in jointly's parameters: `emergency_admissions`, `discharge_delay`, `care_home_admissions`. Listing only 2023-24 codes (falls, reablement) leaves the core metrics missing.",
            why: "The 2025-26 framework requires \"all Health and Wellbeing Boards (HWBs) to set local goals for maximum levels of unplanned hospital admissions, delayed hospital discharges and long-term care home admissions\" (Housing LIN summary); a board report tracks \"the 3 BCF core metrics\" (Brighton & Hove HWB, 2026). The metrics' exact definitions were not read.",
            example: "bcf:\n  financial_years: [2025-26]\n  metrics: [emergency_admissions, discharge_delay, care_home_admissions]",
        },
        check: metrics_2526,
    },
];
