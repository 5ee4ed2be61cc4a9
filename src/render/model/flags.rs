//! Where each finding is shown in the draft, and what its flag says.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::render::gaps::Basis;
use crate::render::text::{markdown as md, markdown_with_code};
use crate::rules::placeholders::WHY as PLACEHOLDER_WHY;
use crate::rules::{Checked, Finding, Placeholder};
use crate::spec::Spec;

/// A gap, shown where it belongs in the draft.
#[derive(Debug, Clone, Serialize)]
pub struct Flag {
    /// The GitHub/GitLab alert kind: CAUTION for what the law requires, WARNING otherwise.
    pub alert: &'static str,
    /// What the finding asks of the agreement, e.g. "Required by law" (see [`Basis`]).
    pub basis: &'static str,
    pub rule: &'static str,
    pub message: String,
    /// The provision the finding rests on; none for a placeholder, which rests on no law.
    pub citation: Option<String>,
    pub url: &'static str,
    /// Why a flag that cites no provision matters (a placeholder's).
    pub why: Option<String>,
    /// The words before the help: "To add" for a gap, "To do" for a placeholder.
    pub action: &'static str,
    pub help: Option<String>,
}

/// Every finding's flag and every placeholder's, by the place it is shown: at each place the
/// findings in their order, then the placeholders in theirs.
pub(super) fn by_place(checked: &Checked, spec: &Spec) -> BTreeMap<String, Vec<Flag>> {
    let mut flags: BTreeMap<String, Vec<Flag>> = BTreeMap::new();
    for finding in &checked.findings {
        flags
            .entry(place_of(&finding.pointer, spec))
            .or_default()
            .push(flag(finding));
    }
    for placeholder in &checked.placeholders {
        flags
            .entry(place_of(&placeholder.pointer, spec))
            .or_default()
            .push(placeholder_flag(placeholder));
    }
    flags
}

/// Where in the draft a finding about `pointer` in `spec` is shown. The function is total:
/// every pointer has exactly one place, and every place it returns is rendered by the built-in
/// templates whatever the spec holds (no place sits inside a condition that could hide it), so
/// no finding is ever dropped; a pointer it does not know goes to the front of the draft. The
/// harness test `tests/render_fixtures.rs` checks this for every rule's fixtures.
pub fn place_of(pointer: &str, spec: &Spec) -> String {
    let parts: Vec<&str> = pointer.split('/').skip(1).collect();
    let clause_key = |key: &str| {
        crate::rules::CHECKLIST.iter().any(|item| item.key == key) || key == "variation"
    };
    let scheme = |i: &str| i.parse::<usize>().ok().and_then(|i| spec.schemes.get(i));
    match parts.as_slice() {
        ["agreement", "commencement" | "expiry" | "rolling", ..] => "duration".into(),
        ["agreement", "review", ..] => "review".into(),
        ["agreement", "legal_basis" | "jurisdiction", ..]
        | [
            "consents" | "consultation" | "rationale" | "plans" | "notifications" | "bcf",
            ..,
        ] => "recitals".into(),
        ["resources", ..] => "resources".into(),
        ["payment", ..] => "payment".into(),
        ["agreement", "pooled_total", ..] => "clause.contributions".into(),
        ["parties", _, "signatory", ..] => "signatures".into(),
        ["parties", ..] => "parties".into(),
        ["clauses" | "not_applicable", key, ..] if clause_key(key) => format!("clause.{key}"),
        ["modern", "variation", ..] => "clause.variation".into(),
        [
            "modern",
            key @ ("data_protection" | "foi" | "liabilities" | "counterparts" | "notices" | "exit"),
            ..,
        ] => format!("library.{key}"),
        ["schemes", i, part, rest @ ..] if scheme(i).is_some() => {
            let has_pool = scheme(i).is_some_and(|s| s.pooled_fund.is_some());
            format!("scheme.{i}.{}", scheme_section(part, rest, has_pool))
        }
        ["schemes", i] if scheme(i).is_some() => format!("scheme.{i}.scheme"),
        ["years", y, "schemes", k, rest @ ..] if year_scheme(spec, y, k).is_some() => {
            year_scheme(spec, y, k).map_or_else(String::new, |(index, has_pool)| match rest {
                [part, rest @ ..] => {
                    format!("scheme.{index}.{}", scheme_section(part, rest, has_pool))
                }
                [] => format!("scheme.{index}.scheme"),
            })
        }
        ["years", _, "bcf", ..] => "recitals".into(),
        // A year's variation, or a year as a whole: the variations log.
        ["years", ..] => "variations".into(),
        _ => "front".into(),
    }
}

/// Where schedule `k` of year `y` stands among the draft's Schedules, and whether it has a
/// pool; `None` when the spec has no such schedule.
fn year_scheme(spec: &Spec, y: &str, k: &str) -> Option<(usize, bool)> {
    let (y, k) = (y.parse::<usize>().ok()?, k.parse::<usize>().ok()?);
    let scheme = spec.years.get(y)?.schemes.get(k)?;
    Some((spec.year_scheme_index(y, k), scheme.pooled_fund.is_some()))
}

/// The section of a Schedule that shows a finding about `part` (and what lies below it).
fn scheme_section(part: &str, rest: &[&str], has_pool: bool) -> &'static str {
    match (part, rest) {
        ("aims" | "outcomes", _) => "aims",
        ("persons" | "eligibility" | "services", _) => "persons",
        ("functions", _) => "functions",
        ("delegations", _) => "delegations",
        // A pool's sections are drafted only when the scheme has a pool.
        ("pooled_fund", _) if !has_pool => "scheme",
        ("pooled_fund", ["risk_share", ..]) => "risk_share",
        ("pooled_fund", ["contributions" | "total", ..]) => "contributions",
        ("pooled_fund", _) => "pool",
        ("resources", _) => "resources",
        ("other_funding", _) => "other_funding",
        _ => "scheme",
    }
}

pub(crate) fn flag(finding: &Finding) -> Flag {
    let rule = finding.rule;
    let basis = Basis::of(finding);
    Flag {
        alert: basis.alert(),
        basis: basis.words(),
        rule: rule.id,
        message: markdown_with_code(&finding.message),
        citation: Some(md(&rule.citation.to_string())),
        url: rule.citation.url,
        why: None,
        action: "To add",
        help: finding.help.as_deref().map(markdown_with_code),
    }
}

fn placeholder_flag(placeholder: &Placeholder) -> Flag {
    let basis = Basis::of_placeholder(placeholder);
    Flag {
        alert: basis.alert(),
        basis: basis.words(),
        rule: crate::rules::placeholders::ID,
        message: markdown_with_code(&placeholder.message),
        citation: None,
        url: "",
        why: Some(md(PLACEHOLDER_WHY.trim_end_matches('.'))),
        action: "To do",
        help: Some(markdown_with_code(&placeholder.help)),
    }
}
