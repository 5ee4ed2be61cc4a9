//! The sections model: everything a template needs, computed from the spec and the checker's
//! findings. Legal facts (which Act applied at the commencement date, which terms are used,
//! where each finding belongs) are decided here; templates only choose words and layout.
//! Every officer-written string is Markdown-escaped here, so no template can forget to.

use std::collections::BTreeMap;

use jiff::civil::date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::text::{long_date, markdown as md, markdown_with_code};
use crate::rules::{Checked, Finding, Group, Severity, body_class, type_words};
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
    pub consultation: Option<ConsultationModel>,
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
    /// e.g. "section 75 of the National Health Service Act 2006".
    pub section: &'static str,
    /// The same, starting a sentence: "Section 75 of …".
    pub section_capitalised: String,
    /// Whether SI 2000/617 governs the arrangements.
    pub partnership_regulations: bool,
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
    /// e.g. "a county council".
    pub description: String,
    pub is_nhs: bool,
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
    pub date: Option<String>,
    pub consulted: Vec<String>,
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
    pub not_applicable: Option<String>,
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
    let flexibilities = flexibilities(spec);
    let act = act_at_commencement(spec);
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
            description: description(p.body_type),
            is_nhs: body_class(p.body_type) == crate::rules::BodyClass::Nhs,
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
        .map(|(i, s)| scheme(i, s, &name_of, &plain_name_of))
        .collect();
    let clauses = crate::rules::CHECKLIST
        .iter()
        .map(|item| item.key)
        .chain(["variation"])
        .map(|key| {
            let text = spec
                .clauses
                .get(key)
                .filter(|t| !t.trim().is_empty())
                .map(md);
            let not_applicable = spec
                .not_applicable
                .get(key)
                .filter(|t| !t.trim().is_empty())
                .map(md);
            (
                key,
                ClauseModel {
                    text,
                    not_applicable,
                },
            )
        })
        .collect();
    let mut flags: BTreeMap<String, Vec<Flag>> = BTreeMap::new();
    if show_flags {
        for finding in &checked.findings {
            flags
                .entry(place_of(&finding.pointer))
                .or_default()
                .push(flag(finding));
        }
    }
    let statutory =
        |f: &&Finding| f.rule.group == Group::Statutory && f.severity == Severity::Error;
    let summary = Summary {
        statutory_gaps: checked.findings.iter().filter(statutory).count(),
        guidance_gaps: checked.findings.iter().filter(|f| !statutory(f)).count(),
        unverified: checked.findings.iter().filter(|f| f.unverified).count(),
        checklist_addressed: checked.checklist.addressed(),
        checklist_total: checked.checklist.items.len(),
        flags_shown: show_flags,
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
        consultation: spec.consultation.as_ref().map(|c| ConsultationModel {
            date: c.date.map(long_date),
            consulted: c.consulted.iter().map(|s| md(s)).collect(),
        }),
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

/// Where in the draft a finding about `pointer` is shown. Every place named here is rendered
/// by the built-in templates, so no finding is ever dropped (a test checks this).
pub fn place_of(pointer: &str) -> String {
    let parts: Vec<&str> = pointer.split('/').skip(1).collect();
    match parts.as_slice() {
        ["agreement", "commencement" | "expiry" | "rolling", ..] => "duration".into(),
        ["agreement", "review", ..] => "review".into(),
        ["agreement", "legal_basis" | "jurisdiction", ..]
        | ["consents", ..]
        | ["consultation", ..] => "recitals".into(),
        ["parties", _, "signatory", ..] => "signatures".into(),
        ["parties", ..] => "parties".into(),
        ["clauses" | "not_applicable", key, ..] => format!("clause.{key}"),
        ["schemes", i, part, rest @ ..] => {
            let section = match (*part, rest) {
                ("aims" | "outcomes", _) => "aims",
                ("persons" | "eligibility" | "services", _) => "persons",
                ("functions", _) => "functions",
                ("delegations", _) => "delegations",
                ("pooled_fund", ["risk_share", ..]) => "risk_share",
                ("pooled_fund", ["contributions" | "total", ..]) => "contributions",
                ("pooled_fund", _) => "pool",
                ("resources", _) => "resources",
                ("other_funding", _) => "other_funding",
                _ => "scheme",
            };
            format!("scheme.{i}.{section}")
        }
        ["schemes", i] => format!("scheme.{i}.scheme"),
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

/// The Act in force at the commencement date (or the date made): the recitals must state the
/// basis as it stood then, whatever the spec's `legal_basis` says (the checker flags a mismatch).
fn act_at_commencement(spec: &Spec) -> ActModel {
    let basis = spec.agreement.legal_basis;
    let day = spec.agreement.commencement.or(spec.agreement.made);
    let s75_from = date(2007, 3, 1);
    let partnership = match basis {
        LegalBasis::ChildrenAct2004S10 => false,
        LegalBasis::HealthAct1999S31 | LegalBasis::NhsAct2006S75 => true,
    };
    if !partnership {
        return act("section 10 of the Children Act 2004", false);
    }
    let s31 = match day {
        Some(day) => day < s75_from,
        None => basis == LegalBasis::HealthAct1999S31,
    };
    if s31 {
        act("section 31 of the Health Act 1999", true)
    } else {
        act("section 75 of the National Health Service Act 2006", true)
    }
}

fn act(section: &'static str, partnership_regulations: bool) -> ActModel {
    let section_capitalised = format!("S{}", &section[1..]);
    ActModel {
        section,
        section_capitalised,
        partnership_regulations,
    }
}

fn flexibilities(spec: &Spec) -> Flexibilities {
    let delegations: Vec<_> = spec.schemes.iter().flat_map(|s| &s.delegations).collect();
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
    if flexibilities.pooled_fund || flexibilities.any_payments {
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
        terms.push(Definition { term: "Host Partner", meaning: "the Partner named in a Schedule as host of that Schedule's Pooled Fund, responsible for its accounts and audit.".into() });
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
        let basis = if act.partnership_regulations {
            "regulation 7 of the Regulations".to_owned()
        } else {
            act.section.to_owned()
        };
        terms.push(Definition {
            term: "Pooled Fund",
            meaning: format!("a fund established under {basis} and described in a Schedule."),
        });
        terms.push(Definition {
            term: "Pooled Fund Manager",
            meaning: "the officer of the Host Partner appointed to manage a Pooled Fund.".into(),
        });
    }
    if act.partnership_regulations {
        terms.push(Definition {
            term: "Regulations",
            meaning: "the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000 (SI 2000/617).".into(),
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
                kind: funding_words(f.kind),
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

fn funding_words(kind: crate::spec::FundingKind) -> &'static str {
    use crate::spec::FundingKind::*;
    match kind {
        AlignedBudget => "Aligned budget",
        S256Payment => "Payment under section 256 of the NHS Act 2006",
        S76Payment => "Payment under section 76 of the NHS Act 2006",
        S113Recharge => "Recharge under section 113 of the Local Government Act 1972",
        Other => "Other funding",
    }
}

/// A party's description in the parties block.
fn description(body: BodyType) -> String {
    let words = type_words(body);
    let article = if words.starts_with(['a', 'e', 'i', 'o', 'u']) || words.starts_with("NHS") {
        "an"
    } else {
        "a"
    };
    format!("{article} {words}")
}
