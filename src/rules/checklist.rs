//! The 27-item "Basic agreement checklist" of the 2007 DCSF/DH guide (GUIDE07 ch 7; rulebook
//! §3.15). Each item is addressed by the structured data that covers it, by a clause, or by a
//! reasoned `not_applicable`. Item 27 ("any other matters") is optional and never a finding.

use super::{
    ALL_BASES, ANYWHERE, Applies, Arrangement, Citation, Context, Docs, Group, Label, Rule, Sink,
    listed, sources, stated,
};
use crate::spec::Spec;

/// One item of the checklist.
#[derive(Debug)]
pub struct ChecklistItem {
    /// 1 to 27.
    pub number: u8,
    /// The rulebook ID, e.g. `GUIDE07-CL-13`.
    pub id: &'static str,
    /// The key under `clauses` and `not_applicable`.
    pub key: &'static str,
    /// The item's words in the guide (verbatim).
    pub words: &'static str,
    /// Structured data that addresses the item, if any.
    pub data: Option<Data>,
}

/// The structured data that addresses a checklist item.
#[derive(Debug, Clone, Copy)]
pub struct Data {
    /// What it is, for help messages, e.g. "`host` in every pooled fund".
    pub what: &'static str,
    /// Whether a spec has it.
    pub test: DataTest,
    /// Where a draft sets it out, so that the item's clause can point there.
    pub set_out: SetOut,
}

/// Whether a spec's structured data addresses a checklist item.
pub type DataTest = fn(&Spec) -> bool;

/// Where a draft sets out the structured data that addresses a checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SetOut {
    /// In every scheme's Schedule (the data is in every scheme).
    EachSchedule,
    /// In the Schedule of each scheme with a pooled fund (the data is in every pool).
    EachPoolSchedule,
    /// In the Schedules (the data is in some schemes, or in every pool and delegation).
    Schedules,
    /// In the agreement's own clause on the matter, by the label a draft gives it (e.g.
    /// `agreement.review`, drafted in the paragraph labelled `review`).
    AgreementClause(&'static str),
}

/// How a checklist item is addressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Addressed {
    /// By structured data (e.g. a pool host for CL-10).
    ByData,
    /// By a clause.
    ByClause,
    /// Marked not applicable, with a reason.
    NotApplicable,
    /// Item 27, "any other matters": optional, and addressed when the partners add nothing.
    NothingFurther,
    /// Not addressed.
    Missing,
}

/// The status of every checklist item for one spec.
#[derive(Debug, Clone)]
pub struct ChecklistStatus {
    pub items: Vec<(&'static ChecklistItem, Addressed)>,
}

impl ChecklistStatus {
    /// How many of the 27 items are addressed.
    pub fn addressed(&self) -> usize {
        self.items
            .iter()
            .filter(|(_, a)| *a != Addressed::Missing)
            .count()
    }
}

/// The key of the one optional item (27, "any other matters partners consider appropriate").
const OPTIONAL_ITEM: &str = "other_matters";

/// How one item is addressed.
pub fn addressed(item: &ChecklistItem, spec: &Spec) -> Addressed {
    if item.data.is_some_and(|data| (data.test)(spec)) {
        Addressed::ByData
    } else if spec
        .clauses
        .get(item.key)
        .is_some_and(|t| !t.trim().is_empty())
    {
        Addressed::ByClause
    } else if spec
        .not_applicable
        .get(item.key)
        .is_some_and(|t| !t.trim().is_empty())
    {
        Addressed::NotApplicable
    } else if item.key == OPTIONAL_ITEM {
        Addressed::NothingFurther
    } else {
        Addressed::Missing
    }
}

/// The status of all 27 items.
pub fn status(spec: &Spec) -> ChecklistStatus {
    ChecklistStatus {
        items: ITEMS
            .iter()
            .map(|item| (item, addressed(item, spec)))
            .collect(),
    }
}

fn every_pool(spec: &Spec, test: impl Fn(&crate::spec::PooledFund) -> bool) -> bool {
    let mut pools = spec
        .schemes
        .iter()
        .filter_map(|s| s.pooled_fund.as_ref())
        .peekable();
    pools.peek().is_some() && pools.all(test)
}

fn aims_in_every_scheme(spec: &Spec) -> bool {
    !spec.schemes.is_empty() && spec.schemes.iter().all(|s| listed(&s.aims))
}
fn arrangements_in_use(spec: &Spec) -> bool {
    spec.schemes
        .iter()
        .any(|s| s.pooled_fund.is_some() || !s.delegations.is_empty())
}
fn variation_of_every_pool(spec: &Spec) -> bool {
    every_pool(spec, |p| stated(&p.contribution_variation))
}
fn any_delegation(spec: &Spec) -> bool {
    spec.schemes.iter().any(|s| !s.delegations.is_empty())
}
fn risk_share_of_every_pool(spec: &Spec) -> bool {
    every_pool(spec, |p| p.risk_share.is_some())
}
fn host_of_every_pool(spec: &Spec) -> bool {
    every_pool(spec, |p| stated(&p.host))
}
fn monitoring_of_every_arrangement(spec: &Spec) -> bool {
    let pools = spec.schemes.iter().filter_map(|s| s.pooled_fund.as_ref());
    let delegations = spec.schemes.iter().flat_map(|s| &s.delegations);
    arrangements_in_use(spec)
        && pools.clone().all(|p| stated(&p.monitoring))
        && delegations.clone().all(|d| stated(&d.monitoring))
}
fn agreement_review(spec: &Spec) -> bool {
    spec.agreement.review.is_some()
}

macro_rules! item {
    ($number:literal, $id:literal, $key:literal, $words:literal) => {
        ChecklistItem {
            number: $number,
            id: $id,
            key: $key,
            words: $words,
            data: None,
        }
    };
    ($number:literal, $id:literal, $key:literal, $words:literal, $data:literal => $test:expr, $set_out:expr) => {
        ChecklistItem {
            number: $number,
            id: $id,
            key: $key,
            words: $words,
            data: Some(Data {
                what: $data,
                test: $test,
                set_out: $set_out,
            }),
        }
    };
}

/// The checklist, in the guide's order, with the guide's words.
pub static ITEMS: [ChecklistItem; 27] = [
    item!(1, "GUIDE07-CL-01", "aims_and_objectives", "aims and objectives of partnership arrangements", "`aims` in every scheme" => aims_in_every_scheme, SetOut::EachSchedule),
    item!(
        2,
        "GUIDE07-CL-02",
        "description",
        "description of arrangements"
    ),
    item!(3, "GUIDE07-CL-03", "flexibilities", "flexibilities to be used", "a pooled fund or delegation in a scheme" => arrangements_in_use, SetOut::Schedules),
    item!(4, "GUIDE07-CL-04", "governance", "governance arrangements"),
    item!(5, "GUIDE07-CL-05", "baseline_budgets", "baseline budgets"),
    item!(6, "GUIDE07-CL-06", "contributions", "contributions to the pool - how to agree", "`contribution_variation` in every pooled fund" => variation_of_every_pool, SetOut::EachPoolSchedule),
    item!(7, "GUIDE07-CL-07", "delegations", "delegations", "`delegations` in a scheme" => any_delegation, SetOut::Schedules),
    item!(
        8,
        "GUIDE07-CL-08",
        "growth_or_cuts",
        "arrangements for handling growth or cuts in funding or resources"
    ),
    item!(9, "GUIDE07-CL-09", "year_end_apportionment", "apportionment of assets and liabilities at the end of each financial year", "`risk_share` in every pooled fund" => risk_share_of_every_pool, SetOut::EachPoolSchedule),
    item!(10, "GUIDE07-CL-10", "budget_host", "budget host", "`host` in every pooled fund" => host_of_every_pool, SetOut::EachPoolSchedule),
    item!(11, "GUIDE07-CL-11", "monitoring", "arrangements for monitoring finance and performance", "`monitoring` in every pooled fund and delegation" => monitoring_of_every_arrangement, SetOut::Schedules),
    item!(
        12,
        "GUIDE07-CL-12",
        "accounting_and_audit",
        "accounting and internal audit arrangements"
    ),
    item!(13, "GUIDE07-CL-13", "vat", "VAT"),
    item!(14, "GUIDE07-CL-14", "insurance", "insurance"),
    item!(
        15,
        "GUIDE07-CL-15",
        "staff_transfers",
        "staff transfers or secondments and agreements in place"
    ),
    item!(16, "GUIDE07-CL-16", "tupe", "TUPE arrangements"),
    item!(
        17,
        "GUIDE07-CL-17",
        "change_management",
        "change management protocol"
    ),
    item!(18, "GUIDE07-CL-18", "training", "training and development"),
    item!(
        19,
        "GUIDE07-CL-19",
        "clinical_governance",
        "clinical governance, care practice and education standards"
    ),
    item!(20, "GUIDE07-CL-20", "boundary_issues", "boundary issues"),
    item!(21, "GUIDE07-CL-21", "complaints", "handling complaints"),
    item!(
        22,
        "GUIDE07-CL-22",
        "disputes_termination_exit",
        "management of disputes, termination and exit strategy"
    ),
    item!(
        23,
        "GUIDE07-CL-23",
        "information_sharing",
        "information sharing"
    ),
    item!(
        24,
        "GUIDE07-CL-24",
        "support_services",
        "provision of support services"
    ),
    item!(
        25,
        "GUIDE07-CL-25",
        "estates",
        "estates and facilities management"
    ),
    item!(26, "GUIDE07-CL-26", "review", "arrangements for review", "`review` in `agreement`" => agreement_review, SetOut::AgreementClause("review")),
    item!(
        27,
        "GUIDE07-CL-27",
        "other_matters",
        "any other matters partners consider appropriate"
    ),
];

const CHECKLIST: Citation = Citation {
    instrument: "DCSF/DH, Better outcomes for children's services through joint funding: a best practice guide (August 2007)",
    provision: "ch 7, \"Basic agreement checklist\"",
    url: "",
};
const ALWAYS: Applies = Applies {
    bases: ALL_BASES,
    jurisdictions: ANYWHERE,
    arrangement: Arrangement::Any,
};
const WHY: &str = "The guide's \"Basic agreement checklist\" lists what every joint funding agreement should cover. An item left unaddressed is usually a question the partners will argue about later; an item that does not apply should say why.";

/// Reports a checklist item that is not addressed.
fn report_item(number: usize, cx: &Context, out: &mut Sink) {
    let item = &ITEMS[number - 1];
    if addressed(item, cx.spec) != Addressed::Missing {
        return;
    }
    let by_data = item
        .data
        .map_or(String::new(), |data| format!("{}, ", data.what));
    out.report(
        format!("/clauses/{}", item.key),
        format!(
            "checklist item {} ({}) is not addressed",
            item.number, item.words
        ),
    )
    .help(format!(
        "address it with {by_data}a `clauses.{}` clause, or `not_applicable.{}: <reason>`",
        item.key, item.key
    ));
}

macro_rules! checklist_rules {
    ($( ($number:literal, $id:literal, $name:literal, $key:literal, $words:literal, $check:ident, $example:literal) ),* $(,)?) => {
        $( fn $check(cx: &Context, out: &mut Sink) { report_item($number, cx, out) } )*

        pub(super) const RULES: &[Rule] = &[
            $( Rule {
                id: $id,
                name: $name,
                summary: concat!("The agreement should address checklist item ", $number, ": ", $words, "."),
                group: Group::Guidance,
                label: Label::VerifiedSeed,
                sources: &[sources::GUIDE07_CH7],
                citation: CHECKLIST,
                applies: ALWAYS,
                docs: Docs {
                    what: concat!("Checks that checklist item ", $number, " (\"", $words, "\") is addressed: by the structured data that covers it where there is such data, by `clauses.", $key, "`, or by `not_applicable.", $key, "` with a reason."),
                    why: WHY,
                    example: $example,
                },
                check: $check,
            }, )*
        ];
    };
}

checklist_rules! {
    (1, "GUIDE07-CL-01", "aims-and-objectives-not-addressed", "aims_and_objectives", "aims and objectives of partnership arrangements", cl_01, "schemes:\n  - id: ld\n    aims: [Joint commissioning of learning disability services]"),
    (2, "GUIDE07-CL-02", "description-not-addressed", "description", "description of arrangements", cl_02, "clauses:\n  description: A pooled fund hosted by the Council, with lead commissioning by the Council."),
    (3, "GUIDE07-CL-03", "flexibilities-not-addressed", "flexibilities", "flexibilities to be used", cl_03, "schemes:\n  - id: ld\n    pooled_fund: {host: council}"),
    (4, "GUIDE07-CL-04", "governance-not-addressed", "governance", "governance arrangements", cl_04, "clauses:\n  governance: A Joint Commissioning Board of both partners' directors meets quarterly."),
    (5, "GUIDE07-CL-05", "baseline-budgets-not-addressed", "baseline_budgets", "baseline budgets", cl_05, "clauses:\n  baseline_budgets: The 2024/25 baselines are those in Schedule 1."),
    (6, "GUIDE07-CL-06", "contributions-not-addressed", "contributions", "contributions to the pool - how to agree", cl_06, "pooled_fund:\n  contribution_variation: Agreed by 31 January each year."),
    (7, "GUIDE07-CL-07", "delegations-not-addressed", "delegations", "delegations", cl_07, "not_applicable:\n  delegations: The agreement pools funds only; no functions are delegated."),
    (8, "GUIDE07-CL-08", "growth-or-cuts-not-addressed", "growth_or_cuts", "arrangements for handling growth or cuts in funding or resources", cl_08, "clauses:\n  growth_or_cuts: Growth and reductions are shared in proportion to contributions."),
    (9, "GUIDE07-CL-09", "year-end-apportionment-not-addressed", "year_end_apportionment", "apportionment of assets and liabilities at the end of each financial year", cl_09, "pooled_fund:\n  risk_share: {overspend: [...], underspend: [...]}"),
    (10, "GUIDE07-CL-10", "budget-host-not-addressed", "budget_host", "budget host", cl_10, "pooled_fund:\n  host: council"),
    (11, "GUIDE07-CL-11", "monitoring-not-addressed", "monitoring", "arrangements for monitoring finance and performance", cl_11, "pooled_fund:\n  monitoring: Monthly budget monitoring to the Joint Commissioning Board."),
    (12, "GUIDE07-CL-12", "accounting-and-audit-not-addressed", "accounting_and_audit", "accounting and internal audit arrangements", cl_12, "clauses:\n  accounting_and_audit: The host's internal auditors audit the pool each year."),
    (13, "GUIDE07-CL-13", "vat-not-addressed", "vat", "VAT", cl_13, "clauses:\n  vat: The host's VAT regime applies to expenditure from the pool."),
    (14, "GUIDE07-CL-14", "insurance-not-addressed", "insurance", "insurance", cl_14, "clauses:\n  insurance: Each partner keeps its own cover; insurers have been consulted."),
    (15, "GUIDE07-CL-15", "staff-transfers-not-addressed", "staff_transfers", "staff transfers or secondments and agreements in place", cl_15, "clauses:\n  staff_transfers: Two ICB staff are seconded to the Council under a secondment agreement."),
    (16, "GUIDE07-CL-16", "tupe-not-addressed", "tupe", "TUPE arrangements", cl_16, "not_applicable:\n  tupe: No staff transfer between employers."),
    (17, "GUIDE07-CL-17", "change-management-not-addressed", "change_management", "change management protocol", cl_17, "clauses:\n  change_management: Changes are proposed to the Joint Commissioning Board with three months' notice."),
    (18, "GUIDE07-CL-18", "training-not-addressed", "training", "training and development", cl_18, "clauses:\n  training: Joint training plan agreed each year."),
    (19, "GUIDE07-CL-19", "clinical-governance-not-addressed", "clinical_governance", "clinical governance, care practice and education standards", cl_19, "clauses:\n  clinical_governance: Each partner's clinical governance framework applies to its staff."),
    (20, "GUIDE07-CL-20", "boundary-issues-not-addressed", "boundary_issues", "boundary issues", cl_20, "clauses:\n  boundary_issues: Residents registered with practices outside the county are covered by ..."),
    (21, "GUIDE07-CL-21", "complaints-not-addressed", "complaints", "handling complaints", cl_21, "clauses:\n  complaints: Complaints follow the 2009 complaints regulations; the partners cooperate on joint complaints."),
    (22, "GUIDE07-CL-22", "disputes-termination-exit-not-addressed", "disputes_termination_exit", "management of disputes, termination and exit strategy", cl_22, "clauses:\n  disputes_termination_exit: Disputes go to the chief executives; either partner may end the agreement on 12 months' notice."),
    (23, "GUIDE07-CL-23", "information-sharing-not-addressed", "information_sharing", "information sharing", cl_23, "clauses:\n  information_sharing: An information sharing agreement under UK GDPR is in Schedule 4."),
    (24, "GUIDE07-CL-24", "support-services-not-addressed", "support_services", "provision of support services", cl_24, "clauses:\n  support_services: The host provides finance, HR and legal support."),
    (25, "GUIDE07-CL-25", "estates-not-addressed", "estates", "estates and facilities management", cl_25, "clauses:\n  estates: Each partner keeps its own premises; no assets are pooled."),
    (26, "GUIDE07-CL-26", "review-not-addressed", "review", "arrangements for review", cl_26, "agreement:\n  review: {first: 2024-10-01, frequency: annually}"),
}
