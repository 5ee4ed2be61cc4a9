//! The sections model: everything a template needs, computed from the spec and the checker's
//! findings. Legal facts (the Act the spec states, the law in force when the agreement was
//! made, which terms are used, whether a basis allows delegation, where each checklist item is
//! set out, where each finding belongs) are decided here; templates only choose words and
//! layout. Every officer-written string is Markdown-escaped here, so no template can forget to.
//!
//! A draft states only what the spec says: a recital or clause that rests on a fact appears
//! only when the spec states that fact.

use std::collections::BTreeMap;

use jiff::civil::date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::text::{long_date, markdown as md, markdown_with_code};
use crate::rules::coverage::{self, PAGE_PATH, PAGE_TITLE};
use crate::rules::{
    Addressed, BodyClass, Checked, Finding, Group, SetOut, Severity, body_class, type_wording,
};
use crate::spec::{BodyType, Direction, Document, Frequency, LegalBasis, Money, Nature, Spec};

/// A draft agreement, ready for the templates.
#[derive(Debug, Serialize)]
pub struct Draft {
    pub title: String,
    /// The title as plain text (for the HTML `<title>` and running header, which escape it).
    pub plain_title: String,
    pub reference: Option<String>,
    pub is_draft: bool,
    /// The date made, written out, or none while unsigned.
    pub made: Option<String>,
    pub commencement: Option<String>,
    pub expiry: Option<String>,
    pub rolling_notice_months: Option<u32>,
    pub review: Option<ReviewModel>,
    pub act: ActModel,
    pub parties: Vec<PartyModel>,
    pub flexibilities: Flexibilities,
    /// Why the partners expect the arrangements to improve the exercise of their functions
    /// (`rationale.improvement`), escaped, as the end of a sentence; none unless stated.
    pub improvement: Option<String>,
    /// The health improvement plan the arrangements fulfil, as the spec names it.
    pub health_improvement_plan: Option<String>,
    /// Another local plan the arrangements serve, as the spec names it.
    pub local_plan: Option<String>,
    /// The consultation, when the spec records one (joint or not).
    pub consultation: Option<ConsultationModel>,
    pub notifications: Vec<NotificationModel>,
    pub consents: Vec<ConsentModel>,
    pub definitions: Vec<Definition>,
    /// Each checklist clause as written (escaped), by key; and the reason it does not apply.
    pub clauses: BTreeMap<&'static str, ClauseModel>,
    pub schemes: Vec<SchemeModel>,
    /// Flags by the place in the draft they belong (see [`place_of`]).
    pub flags: BTreeMap<String, Vec<Flag>>,
    pub summary: Summary,
}

#[derive(Debug, Serialize)]
pub struct ActModel {
    /// The basis the spec states, e.g. "section 75 of the National Health Service Act 2006".
    pub section: &'static str,
    /// The same, starting a sentence: "Section 75 of …".
    pub section_capitalised: String,
    /// Whether SI 2000/617 governs the arrangements.
    pub partnership_regulations: bool,
    /// Whether the basis lets one partner exercise another's functions (s31 and s75 do;
    /// s10 Children Act 2004 does not).
    pub delegation_power: bool,
    /// The power under which partners provide staff, goods, services, accommodation or other
    /// resources, where the basis has its own (s10(6)(a) Children Act 2004).
    pub resources_power: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct ReviewModel {
    pub first: Option<String>,
    pub frequency: Option<&'static str>,
    pub method: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct PartyModel {
    pub id: String,
    pub name: String,
    /// What kind of body it is, e.g. "a county council", "a police force or police
    /// authority"; none when the name already says it ("NHS England").
    pub description: Option<String>,
    /// "an NHS body" or "a local authority", from the body class; none for a body that is
    /// neither, or whose standing is uncertain.
    pub class: Option<&'static str>,
    pub signatory_name: Option<String>,
    pub signatory_position: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Flexibilities {
    pub pooled_fund: bool,
    pub lead_commissioning: bool,
    pub integrated_provision: bool,
    /// A local authority exercises NHS functions (reg 9).
    pub nhs_to_la: bool,
    /// An NHS body exercises health-related functions (reg 8).
    pub la_to_nhs: bool,
    pub any_delegation: bool,
    pub any_payments: bool,
}

#[derive(Debug, Serialize)]
pub struct ConsultationModel {
    /// True only when the spec says the partners consulted jointly (`joint: true`).
    pub joint: bool,
    pub date: Option<String>,
    pub consulted: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct NotificationModel {
    pub to: String,
    pub date: Option<String>,
    pub reference: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ConsentModel {
    pub by: String,
    pub given_to: String,
    pub date: Option<String>,
    pub reference: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Definition {
    pub term: &'static str,
    pub meaning: String,
}

#[derive(Debug, Serialize)]
pub struct ClauseModel {
    pub text: Option<String>,
    /// Where the draft sets out the structured data that addresses the item (e.g. "Provided
    /// for as set out in each Schedule."), when the spec addresses it that way.
    pub set_out: Option<String>,
    pub not_applicable: Option<String>,
    /// The optional item (27) with nothing further: the clause is left out.
    pub nothing_further: bool,
}

#[derive(Debug, Serialize)]
pub struct SchemeModel {
    /// The schedule number (1-based).
    pub number: usize,
    /// The index in the spec, for flag places (`scheme.{index}.…`).
    pub index: usize,
    pub id: String,
    pub title: String,
    pub aims: Vec<String>,
    pub outcomes: Vec<String>,
    pub persons: Option<String>,
    pub eligibility: Option<String>,
    pub services: Vec<String>,
    pub nhs_functions: Vec<String>,
    pub health_related_functions: Vec<String>,
    pub delegations: Vec<DelegationModel>,
    pub pool: Option<PoolModel>,
    pub resources: Vec<ResourceModel>,
    pub other_funding: Vec<OtherFundingModel>,
}

#[derive(Debug, Serialize)]
pub struct DelegationModel {
    pub from: String,
    pub to: String,
    /// "Lead Commissioner" or "Integrated Provider".
    pub role: &'static str,
    /// "lead commissioning" or "integrated provision".
    pub nature: &'static str,
    /// e.g. "the NHS functions of NHS Westshire Integrated Care Board".
    pub whose_functions: &'static str,
    pub regulation: &'static str,
    pub payments: Vec<PaymentModel>,
    pub payment_variation: Option<String>,
    pub monitoring: Option<String>,
    pub reporting: Option<&'static str>,
    pub annual_report: bool,
}

#[derive(Debug, Serialize)]
pub struct PaymentModel {
    pub from: String,
    pub amount: String,
    pub financial_year: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct PoolModel {
    pub host: Option<String>,
    pub manager_post: Option<String>,
    pub manager_name: Option<String>,
    pub manager_employer: Option<String>,
    /// The manager is placed at the host's disposal under s113 Local Government Act 1972.
    pub manager_placed_under_s113: bool,
    pub financial_year: Option<String>,
    pub contributions: Vec<ContributionModel>,
    /// The sum of the contributions.
    pub sum: String,
    /// The total as the spec states it.
    pub stated_total: Option<String>,
    pub contribution_variation: Option<String>,
    pub management: Option<String>,
    pub monitoring: Option<String>,
    pub reporting: Option<&'static str>,
    pub annual_return: bool,
    /// One row per party in the risk share: its share of an overspend and of an underspend.
    pub risk_share: Vec<RiskRow>,
    /// The contributions as (plain party name, amount), for the HTML chart.
    #[serde(skip)]
    pub chart: Vec<(String, Decimal)>,
}

#[derive(Debug, Serialize)]
pub struct ContributionModel {
    pub party: String,
    pub amount: String,
    /// The share of the sum, e.g. "56.18%".
    pub share: String,
}

#[derive(Debug, Serialize)]
pub struct RiskRow {
    pub party: String,
    pub overspend: Option<String>,
    pub underspend: Option<String>,
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
    pub kind: &'static str,
    pub description: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub amount: String,
    pub financial_year: Option<String>,
}

/// A gap, shown where it belongs in the draft.
#[derive(Debug, Clone, Serialize)]
pub struct Flag {
    /// The GitHub/GitLab alert kind: CAUTION for the law, WARNING for guidance.
    pub alert: &'static str,
    /// "Required by law", "Recommended by guidance", "Believed required by law, unverified", or
    /// "To check under the law" (a statutory rule's finding that needs human review).
    pub basis: &'static str,
    pub rule: &'static str,
    pub message: String,
    pub citation: String,
    pub url: &'static str,
    pub help: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Summary {
    pub statutory_gaps: usize,
    pub guidance_gaps: usize,
    pub unverified: usize,
    pub checklist_addressed: usize,
    pub checklist_total: usize,
    pub flags_shown: bool,
    /// What jointly checked for this spec and what it did not, escaped.
    pub coverage: CoverageModel,
}

/// What jointly checked and did not (see [`crate::rules::coverage`]), for the completeness
/// note.
#[derive(Debug, Serialize)]
pub struct CoverageModel {
    pub basis: &'static str,
    pub jurisdiction: &'static str,
    pub rules: usize,
    pub unverified_rules: usize,
    pub checked: Vec<String>,
    pub not_checked: Vec<String>,
    pub page_title: &'static str,
    pub page_path: &'static str,
}

/// Builds the model of a draft. With `show_flags` false, the draft is a clean copy.
pub fn build(document: &Document, checked: &Checked, show_flags: bool) -> Draft {
    let spec = &document.spec;
    let agreement = &spec.agreement;
    let name_of = |id: &str| -> String {
        spec.parties
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.name.as_deref())
            .map_or_else(|| md(id), md)
    };
    let act = act_as_stated(spec);
    let flexibilities = flexibilities(spec, &act);
    let title = agreement
        .title
        .as_deref()
        .unwrap_or("Partnership Agreement");
    let parties = spec
        .parties
        .iter()
        .map(|p| PartyModel {
            id: md(&p.id),
            name: p.name.as_deref().map_or_else(|| md(&p.id), md),
            description: description(p.body_type, p.name.as_deref()),
            class: match body_class(p.body_type) {
                BodyClass::Nhs => Some("an NHS body"),
                BodyClass::LocalAuthority => Some("a local authority"),
                BodyClass::LocalAuthorityUncertain | BodyClass::NotAPartner => None,
            },
            signatory_name: p.signatory.as_ref().and_then(|s| s.name.as_deref()).map(md),
            signatory_position: p
                .signatory
                .as_ref()
                .and_then(|s| s.position.as_deref())
                .map(md),
        })
        .collect();
    let plain_name_of = |id: &str| -> String {
        spec.parties
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.name.clone())
            .unwrap_or_else(|| id.to_owned())
    };
    let schemes: Vec<SchemeModel> = spec
        .schemes
        .iter()
        .enumerate()
        .map(|(i, s)| scheme(i, s, &name_of, &plain_name_of, made_before_2006_act(spec)))
        .collect();
    let clauses = clauses(spec, checked, &act);
    let mut flags: BTreeMap<String, Vec<Flag>> = BTreeMap::new();
    if show_flags {
        for finding in &checked.findings {
            flags
                .entry(place_of(&finding.pointer, spec))
                .or_default()
                .push(flag(finding));
        }
    }
    let coverage = coverage::coverage(checked, spec);
    let statutory =
        |f: &&Finding| f.rule.group == Group::Statutory && f.severity == Severity::Error;
    let summary = Summary {
        statutory_gaps: checked.findings.iter().filter(statutory).count(),
        guidance_gaps: checked.findings.iter().filter(|f| !statutory(f)).count(),
        unverified: checked.findings.iter().filter(|f| f.unverified).count(),
        checklist_addressed: checked.checklist.addressed(),
        checklist_total: checked.checklist.items.len(),
        flags_shown: show_flags,
        coverage: CoverageModel {
            basis: coverage.basis,
            jurisdiction: coverage.jurisdiction,
            rules: coverage.rules,
            unverified_rules: coverage.unverified_rules,
            checked: coverage
                .checked
                .iter()
                .map(|i| md(&i.to_string()))
                .collect(),
            not_checked: coverage.not_checked.iter().map(|n| md(n.words)).collect(),
            page_title: PAGE_TITLE,
            page_path: PAGE_PATH,
        },
    };
    Draft {
        title: md(title),
        plain_title: title.split_whitespace().collect::<Vec<_>>().join(" "),
        reference: agreement.reference.as_deref().map(md),
        is_draft: agreement.status == crate::spec::Status::Draft,
        made: agreement.made.map(long_date),
        commencement: agreement.commencement.map(long_date),
        expiry: agreement.expiry.map(long_date),
        rolling_notice_months: agreement.rolling.as_ref().map(|r| r.notice_months),
        review: agreement.review.as_ref().map(|r| ReviewModel {
            first: r.first.map(long_date),
            frequency: r.frequency.map(frequency_words),
            method: r.method.as_deref().map(md),
        }),
        definitions: definitions(spec, &act, &flexibilities),
        act,
        parties,
        flexibilities,
        improvement: spec
            .rationale
            .as_ref()
            .and_then(|r| r.improvement.as_deref())
            .filter(|t| !t.trim().is_empty())
            .map(|t| sentence(&md(t))),
        health_improvement_plan: spec
            .plans
            .as_ref()
            .and_then(|p| p.health_improvement_plan.as_deref())
            .filter(|t| !t.trim().is_empty())
            .map(|t| sentence(&md(t))),
        local_plan: spec
            .plans
            .as_ref()
            .and_then(|p| p.local_plan.as_deref())
            .filter(|t| !t.trim().is_empty())
            .map(|t| sentence(&md(t))),
        consultation: spec.consultation.as_ref().and_then(consultation),
        notifications: spec
            .notifications
            .iter()
            .filter(|n| !n.to.trim().is_empty())
            .map(|n| NotificationModel {
                to: md(&n.to),
                date: n.date.map(long_date),
                reference: n
                    .reference
                    .as_deref()
                    .filter(|r| !r.trim().is_empty())
                    .map(md),
            })
            .collect(),
        consents: spec
            .consents
            .iter()
            .map(|c| ConsentModel {
                by: name_of(&c.by),
                given_to: name_of(&c.given_to),
                date: c.date.map(long_date),
                reference: c.reference.as_deref().map(md),
            })
            .collect(),
        clauses,
        schemes,
        flags,
        summary,
    }
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
            "consents" | "consultation" | "rationale" | "plans" | "notifications",
            ..,
        ] => "recitals".into(),
        ["parties", _, "signatory", ..] => "signatures".into(),
        ["parties", ..] => "parties".into(),
        ["clauses" | "not_applicable", key, ..] if clause_key(key) => format!("clause.{key}"),
        ["schemes", i, part, rest @ ..] if scheme(i).is_some() => {
            let has_pool = scheme(i).is_some_and(|s| s.pooled_fund.is_some());
            let section = match (*part, rest) {
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
            };
            format!("scheme.{i}.{section}")
        }
        ["schemes", i] if scheme(i).is_some() => format!("scheme.{i}.scheme"),
        _ => "front".into(),
    }
}

fn flag(finding: &Finding) -> Flag {
    let rule = finding.rule;
    let (alert, basis) = match (rule.group, finding.unverified) {
        (Group::Statutory, false) if finding.severity == Severity::Error => {
            ("CAUTION", "Required by law")
        }
        (Group::Statutory, true) => ("WARNING", "Believed required by law, unverified"),
        (Group::Statutory, false) => ("WARNING", "To check under the law"),
        (Group::Guidance, _) => ("WARNING", "Recommended by guidance"),
    };
    Flag {
        alert,
        basis,
        rule: rule.id,
        message: markdown_with_code(&finding.message),
        citation: md(&rule.citation.to_string()),
        url: rule.citation.url,
        help: finding.help.as_deref().map(markdown_with_code),
    }
}

/// The Act the spec states, drafted exactly as stated: the recitals say the agreement is
/// made under the basis it was made under. A basis that was not in force on the date made is
/// the checker's finding (NHSA2006-75-BASIS), flagged in the recitals; the draft never
/// substitutes another Act for the one the spec states.
fn act_as_stated(spec: &Spec) -> ActModel {
    let basis = spec.agreement.legal_basis;
    let section = coverage::basis_words(basis);
    let partnership = match basis {
        LegalBasis::ChildrenAct2004S10 => false,
        LegalBasis::HealthAct1999S31 | LegalBasis::NhsAct2006S75 => true,
    };
    ActModel {
        section,
        section_capitalised: format!("S{}", &section[1..]),
        partnership_regulations: partnership,
        // s10 gives no power for one partner to exercise another's functions (rulebook
        // CA2004-10-NODELEG); s31 and s75 do, through SI 2000/617 regs 8 and 9.
        delegation_power: partnership,
        resources_power: (!partnership).then_some("section 10(6)(a) of the Children Act 2004"),
    }
}

/// Whether the agreement was made before 1 March 2007, when the NHS Act 2006 replaced the
/// 1977 Act's payment powers (s28A became s256, s28BB became s76). The words of an agreement
/// are fixed when it is made, so the date made decides; an unsigned draft is judged at its
/// commencement; with neither date, by the basis (s31 agreements predate the 2006 Act).
fn made_before_2006_act(spec: &Spec) -> bool {
    let in_force = date(2007, 3, 1);
    match spec.agreement.made.or(spec.agreement.commencement) {
        Some(day) => day < in_force,
        None => spec.agreement.legal_basis == LegalBasis::HealthAct1999S31,
    }
}

/// The consultation as the spec records it: joint only when the spec says so, and nothing at
/// all when the spec records nothing about it.
fn consultation(c: &crate::spec::Consultation) -> Option<ConsultationModel> {
    let joint = c.joint == Some(true);
    let consulted: Vec<String> = c
        .consulted
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| md(s))
        .collect();
    (joint || !consulted.is_empty() || c.date.is_some()).then(|| ConsultationModel {
        joint,
        date: c.date.map(long_date),
        consulted,
    })
}

/// Officer text as the end of a sentence: with a full stop unless it already ends with one.
fn sentence(text: &str) -> String {
    let text = text.trim_end();
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// Each clause of the checklist (and `variation`): the officer's text, where the draft sets
/// out the structured data that addresses it, or the reason it does not apply. The checker's
/// own status of each item (`rules::checklist`) decides, so the draft and `check` agree.
fn clauses(spec: &Spec, checked: &Checked, act: &ActModel) -> BTreeMap<&'static str, ClauseModel> {
    let stated = |text: Option<&str>| text.filter(|t| !t.trim().is_empty()).map(md);
    // Under a basis with no power to delegate, delegations are not drafted, so they cannot be
    // where an item is set out: an item met only through them is marked as not drafted.
    let undelegated = (!act.delegation_power).then(|| {
        let mut spec = spec.clone();
        for scheme in &mut spec.schemes {
            scheme.delegations.clear();
        }
        spec
    });
    let mut clauses = BTreeMap::new();
    for (item, addressed) in &checked.checklist.items {
        let set_out = match (addressed, item.data) {
            (Addressed::ByData, Some(data)) => Some(match &undelegated {
                Some(undelegated) if !(data.test)(undelegated) => not_drafted(act),
                _ => set_out_words(data.set_out),
            }),
            _ => None,
        };
        clauses.insert(
            item.key,
            ClauseModel {
                text: stated(spec.clauses.get(item.key)),
                set_out,
                not_applicable: stated(spec.not_applicable.get(item.key)),
                nothing_further: *addressed == Addressed::NothingFurther,
            },
        );
    }
    clauses.insert(
        "variation",
        ClauseModel {
            text: stated(spec.clauses.get("variation")),
            set_out: None,
            not_applicable: None,
            nothing_further: false,
        },
    );
    clauses
}

/// Where the draft sets out data that addresses a checklist item. An agreement clause is the
/// paragraph labelled with the item's key (`@@2[review]`), numbered when the draft is.
fn set_out_words(set_out: SetOut) -> String {
    match set_out {
        SetOut::EachSchedule => "Provided for as set out in each Schedule.".into(),
        SetOut::EachPoolSchedule => {
            "Provided for as set out in the Schedule of each Pooled Fund.".into()
        }
        SetOut::Schedules => "Provided for as set out in the Schedules.".into(),
        SetOut::AgreementClause(label) => format!("Provided for as set out in clause @@[{label}]."),
    }
}

/// An item the spec meets only through delegations its basis does not allow.
fn not_drafted(act: &ActModel) -> String {
    format!(
        "[Not drafted: {} gives no power for one Partner to exercise another Partner's functions; see the Schedules.]",
        act.section
    )
}

/// The arrangements the draft uses. Delegations count only under a basis that allows them.
fn flexibilities(spec: &Spec, act: &ActModel) -> Flexibilities {
    let delegations: Vec<_> = spec
        .schemes
        .iter()
        .flat_map(|s| &s.delegations)
        .filter(|_| act.delegation_power)
        .collect();
    Flexibilities {
        pooled_fund: spec.schemes.iter().any(|s| s.pooled_fund.is_some()),
        lead_commissioning: delegations
            .iter()
            .any(|d| d.nature == Nature::Commissioning),
        integrated_provision: delegations.iter().any(|d| d.nature == Nature::Provision),
        nhs_to_la: delegations
            .iter()
            .any(|d| d.direction == Direction::NhsToLa),
        la_to_nhs: delegations
            .iter()
            .any(|d| d.direction == Direction::LaToNhs),
        any_delegation: !delegations.is_empty(),
        any_payments: delegations.iter().any(|d| !d.payments.is_empty()),
    }
}

/// The defined terms the draft uses, and only those.
fn definitions(spec: &Spec, act: &ActModel, flexibilities: &Flexibilities) -> Vec<Definition> {
    let mut terms = vec![Definition {
        term: "Agreement",
        meaning: "this agreement, including its Schedules.".into(),
    }];
    if spec.agreement.commencement.is_some() {
        terms.push(Definition {
            term: "Commencement Date",
            meaning: "the date in clause @@[commencement] on which this Agreement takes effect."
                .into(),
        });
    }
    // The term heads the payment and other-funding tables of the Schedules.
    if flexibilities.any_payments || spec.schemes.iter().any(|s| !s.other_funding.is_empty()) {
        terms.push(Definition {
            term: "Financial Year",
            meaning: "a year beginning on 1 April and ending on 31 March.".into(),
        });
    }
    if act.partnership_regulations {
        terms.push(Definition {
            term: "Health-Related Functions",
            meaning: "the functions of the local authority Partners prescribed by regulation 6 of the Regulations and listed in the Schedules.".into(),
        });
    }
    if flexibilities.pooled_fund {
        // SI 2000/617 reg 7(4) makes the host responsible for the accounts and audit; s10 says
        // nothing of a host, so an s10 draft claims no such responsibility.
        let meaning = if act.partnership_regulations {
            "the Partner named in a Schedule as host of that Schedule's Pooled Fund, responsible for its accounts and audit."
        } else {
            "the Partner named in a Schedule as host of that Schedule's Pooled Fund."
        };
        terms.push(Definition {
            term: "Host Partner",
            meaning: meaning.into(),
        });
    }
    if flexibilities.integrated_provision {
        terms.push(Definition { term: "Integrated Provider", meaning: "a Partner that provides services on behalf of another Partner under a delegation in a Schedule.".into() });
    }
    if flexibilities.lead_commissioning {
        terms.push(Definition { term: "Lead Commissioner", meaning: "a Partner that commissions services on behalf of another Partner under a delegation in a Schedule.".into() });
    }
    if act.partnership_regulations {
        terms.push(Definition {
            term: "NHS Functions",
            meaning: "the functions of the NHS body Partners prescribed by regulation 5 of the Regulations and listed in the Schedules.".into(),
        });
    }
    terms.push(Definition {
        term: "Partners",
        meaning: "the parties to this Agreement, and \"Partner\" means any one of them.".into(),
    });
    if flexibilities.pooled_fund {
        let meaning = if act.partnership_regulations {
            "a fund established under regulation 7 of the Regulations and described in a Schedule."
        } else {
            "a fund established and maintained under section 10(6)(b) of the Children Act 2004 and described in a Schedule."
        };
        terms.push(Definition {
            term: "Pooled Fund",
            meaning: meaning.into(),
        });
        terms.push(Definition {
            term: "Pooled Fund Manager",
            meaning: "the officer named in a Schedule to manage its Pooled Fund.".into(),
        });
    }
    if act.partnership_regulations {
        terms.push(Definition {
            term: "Regulations",
            meaning: "the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000 (SI 2000/617) (as amended).".into(),
        });
    }
    if !spec.schemes.is_empty() {
        terms.push(Definition {
            term: "Scheme",
            meaning: "the arrangements set out in a Schedule.".into(),
        });
    }
    terms.sort_by_key(|d| d.term.trim_start_matches("the ").to_lowercase());
    terms
}

fn scheme(
    index: usize,
    scheme: &crate::spec::Scheme,
    name_of: &dyn Fn(&str) -> String,
    plain_name_of: &dyn Fn(&str) -> String,
    before_2006_act: bool,
) -> SchemeModel {
    let functions = scheme.functions.clone().unwrap_or_default();
    let escape_all = |items: &[String]| {
        items
            .iter()
            .filter(|t| !t.trim().is_empty())
            .map(|t| md(t))
            .collect::<Vec<_>>()
    };
    SchemeModel {
        number: index + 1,
        index,
        id: md(&scheme.id),
        title: scheme.title.as_deref().map_or_else(|| md(&scheme.id), md),
        aims: escape_all(&scheme.aims),
        outcomes: escape_all(&scheme.outcomes),
        persons: scheme.persons.as_deref().map(md),
        eligibility: scheme.eligibility.as_deref().map(md),
        services: escape_all(&scheme.services),
        nhs_functions: escape_all(&functions.nhs),
        health_related_functions: escape_all(&functions.health_related),
        delegations: scheme
            .delegations
            .iter()
            .map(|d| DelegationModel {
                from: name_of(&d.from),
                to: name_of(&d.to),
                role: match d.nature {
                    Nature::Commissioning => "Lead Commissioner",
                    Nature::Provision => "Integrated Provider",
                },
                nature: match d.nature {
                    Nature::Commissioning => "lead commissioning",
                    Nature::Provision => "integrated provision",
                },
                whose_functions: match d.direction {
                    Direction::NhsToLa => "NHS Functions",
                    Direction::LaToNhs => "Health-Related Functions",
                },
                regulation: match d.direction {
                    Direction::NhsToLa => "regulation 9",
                    Direction::LaToNhs => "regulation 8",
                },
                payments: d
                    .payments
                    .iter()
                    .map(|p| PaymentModel {
                        from: name_of(&p.from),
                        amount: p.amount.to_string(),
                        financial_year: p.financial_year.as_ref().map(|y| y.0.clone()),
                    })
                    .collect(),
                payment_variation: d.payment_variation.as_deref().map(md),
                monitoring: d.monitoring.as_deref().map(md),
                reporting: d
                    .reporting
                    .as_ref()
                    .and_then(|r| r.frequency)
                    .map(frequency_words),
                annual_report: d.reporting.as_ref().and_then(|r| r.annual_report) == Some(true),
            })
            .collect(),
        pool: scheme.pooled_fund.as_ref().map(|pool| {
            let sum: Decimal = pool.contributions.iter().map(|c| c.amount.0).sum();
            let risk_share = pool.risk_share.as_ref().map(risk_rows).unwrap_or_default();
            PoolModel {
                host: pool.host.as_deref().map(name_of),
                manager_post: pool
                    .manager
                    .as_ref()
                    .and_then(|m| m.post.as_deref())
                    .map(md),
                manager_name: pool
                    .manager
                    .as_ref()
                    .and_then(|m| m.name.as_deref())
                    .map(md),
                manager_employer: pool
                    .manager
                    .as_ref()
                    .and_then(|m| m.employer.as_deref())
                    .map(name_of),
                manager_placed_under_s113: pool.manager.as_ref().and_then(|m| m.placed_under_s113)
                    == Some(true),
                financial_year: pool.financial_year.as_ref().map(|y| y.0.clone()),
                contributions: pool
                    .contributions
                    .iter()
                    .map(|c| ContributionModel {
                        party: name_of(&c.party),
                        amount: c.amount.to_string(),
                        share: share_of(c.amount.0, sum),
                    })
                    .collect(),
                sum: Money(sum).to_string(),
                stated_total: pool.total.map(|t| t.to_string()),
                contribution_variation: pool.contribution_variation.as_deref().map(md),
                management: pool.management.as_deref().map(md),
                monitoring: pool.monitoring.as_deref().map(md),
                reporting: pool
                    .reporting
                    .as_ref()
                    .and_then(|r| r.frequency)
                    .map(frequency_words),
                annual_return: pool.reporting.as_ref().and_then(|r| r.annual_return) == Some(true),
                risk_share: risk_share
                    .into_iter()
                    .map(|(party, overspend, underspend)| RiskRow {
                        party: name_of(&party),
                        overspend,
                        underspend,
                    })
                    .collect(),
                chart: pool
                    .contributions
                    .iter()
                    .map(|c| (plain_name_of(&c.party), c.amount.0))
                    .collect(),
            }
        }),
        resources: scheme
            .resources
            .iter()
            .flatten()
            .map(|r| ResourceModel {
                party: name_of(&r.party),
                staff: r.staff.as_deref().map(md),
                goods: r.goods.as_deref().map(md),
                services: r.services.as_deref().map(md),
                accommodation: r.accommodation.as_deref().map(md),
            })
            .collect(),
        other_funding: scheme
            .other_funding
            .iter()
            .map(|f| OtherFundingModel {
                kind: funding_words(f.kind, before_2006_act),
                description: f.description.as_deref().map(md),
                from: f.from.as_deref().map(name_of),
                to: f.to.as_deref().map(name_of),
                amount: f.amount.to_string(),
                financial_year: f.financial_year.as_ref().map(|y| y.0.clone()),
            })
            .collect(),
    }
}

/// The risk share as rows by party, in the order parties first appear.
fn risk_rows(risk: &crate::spec::RiskShare) -> Vec<(String, Option<String>, Option<String>)> {
    let mut rows: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    for (share, overspend) in risk
        .overspend
        .iter()
        .map(|s| (s, true))
        .chain(risk.underspend.iter().map(|s| (s, false)))
    {
        let index = match rows.iter().position(|r| r.0 == share.party) {
            Some(index) => index,
            None => {
                rows.push((share.party.clone(), None, None));
                rows.len() - 1
            }
        };
        let cell = if overspend {
            &mut rows[index].1
        } else {
            &mut rows[index].2
        };
        *cell = Some(share.percent.to_string());
    }
    rows
}

/// A contribution's share of the pool, to two decimal places (half away from zero).
fn share_of(amount: Decimal, sum: Decimal) -> String {
    if sum.is_zero() {
        return "–".into();
    }
    let share = (amount * Decimal::ONE_HUNDRED / sum)
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    format!("{share:.2}%")
}

fn frequency_words(frequency: Frequency) -> &'static str {
    match frequency {
        Frequency::Monthly => "monthly",
        Frequency::BiMonthly => "every two months",
        Frequency::Quarterly => "quarterly",
        Frequency::HalfYearly => "every six months",
        Frequency::Annually => "annually",
    }
}

/// A kind of money outside a pool, under the Act in force when the agreement was made.
fn funding_words(kind: crate::spec::FundingKind, before_2006_act: bool) -> &'static str {
    use crate::spec::FundingKind::*;
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

/// What kind of body a party is, from the one table of type words; none when the party's
/// name already says it (a party named "NHS England" is not described again).
fn description(body: BodyType, name: Option<&str>) -> Option<String> {
    let words = type_wording(body);
    let plain = |text: &str| {
        let text = text.trim().to_lowercase();
        text.strip_prefix("the ").map(str::to_owned).unwrap_or(text)
    };
    match name {
        Some(name) if plain(name) == plain(words.noun) => None,
        _ => Some(md(&words.described())),
    }
}
