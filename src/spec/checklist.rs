//! The 27-item "Basic agreement checklist" of the 2007 DCSF/DH guide (GUIDE07 ch 7; rulebook
//! §3.15), declared once in [`with_checklist!`]. From that one table come the spec's
//! [`Clauses`] and [`NotApplicable`] (one key per item), [`CHECKLIST`] (what a draft and the
//! reports say about each item), the checklist rules in `rules/checklist.rs` and the checklist
//! table of `docs/spec.md`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::Spec;
use super::pools::PooledFund;
use super::values::Reason;

/// Hands the checklist table to the macro `$then`, which makes what it needs of it.
///
/// Each row is one item, in the guide's order:
///
/// - its number, written with two digits (`01`): the rule ID `GUIDE07-CL-01` and the schema
///   description `CL-01: ...` need the digits as written, the summary the number;
/// - its key under `clauses` and `not_applicable`, and the guide's words, verbatim;
/// - `data(what, test, set_out)` where structured data can address the item: what that data
///   is (for help messages and docs), the test of whether a spec has it, and where a draft
///   sets it out;
/// - `rule(name, example)` for the rule that reports the item when it is not addressed. The
///   one item without a rule (27, "any other matters") is optional: leaving it out is never
///   a finding.
macro_rules! with_checklist {
    ($then:ident) => {
        $then! {
            01 aims_and_objectives: "aims and objectives of partnership arrangements",
                data("`aims` in every scheme", aims_in_every_scheme, SetOut::EachSchedule),
                rule("aims-and-objectives-not-addressed", "schemes:\n  - id: ld\n    aims: [Joint commissioning of learning disability services]");
            02 description: "description of arrangements",
                rule("description-not-addressed", "clauses:\n  description: A pooled fund hosted by the Council, with lead commissioning by the Council.");
            03 flexibilities: "flexibilities to be used",
                data("a pooled fund or delegation in a scheme", arrangements_in_use, SetOut::Schedules),
                rule("flexibilities-not-addressed", "schemes:\n  - id: ld\n    pooled_fund: {host: council}");
            04 governance: "governance arrangements",
                rule("governance-not-addressed", "clauses:\n  governance: A Joint Commissioning Board of both partners' directors meets quarterly.");
            05 baseline_budgets: "baseline budgets",
                rule("baseline-budgets-not-addressed", "clauses:\n  baseline_budgets: The 2024/25 baselines are those in Schedule 1.");
            06 contributions: "contributions to the pool - how to agree",
                data("`contribution_variation` in every pooled fund", variation_of_every_pool, SetOut::EachPoolSchedule),
                rule("contributions-not-addressed", "pooled_fund:\n  contribution_variation: Agreed by 31 January each year.");
            07 delegations: "delegations",
                data("`delegations` in a scheme", any_delegation, SetOut::Schedules),
                rule("delegations-not-addressed", "not_applicable:\n  delegations: The agreement pools funds only; no functions are delegated.");
            08 growth_or_cuts: "arrangements for handling growth or cuts in funding or resources",
                rule("growth-or-cuts-not-addressed", "clauses:\n  growth_or_cuts: Growth and reductions are shared in proportion to contributions.");
            09 year_end_apportionment: "apportionment of assets and liabilities at the end of each financial year",
                data("`risk_share` in every pooled fund", risk_share_of_every_pool, SetOut::EachPoolSchedule),
                rule("year-end-apportionment-not-addressed", "pooled_fund:\n  risk_share: {overspend: [...], underspend: [...]}");
            10 budget_host: "budget host",
                data("`host` in every pooled fund", host_of_every_pool, SetOut::EachPoolSchedule),
                rule("budget-host-not-addressed", "pooled_fund:\n  host: council");
            11 monitoring: "arrangements for monitoring finance and performance",
                data("`monitoring` in every pooled fund and delegation", monitoring_of_every_arrangement, SetOut::Schedules),
                rule("monitoring-not-addressed", "pooled_fund:\n  monitoring: Monthly budget monitoring to the Joint Commissioning Board.");
            12 accounting_and_audit: "accounting and internal audit arrangements",
                rule("accounting-and-audit-not-addressed", "clauses:\n  accounting_and_audit: The host's internal auditors audit the pool each year.");
            13 vat: "VAT",
                rule("vat-not-addressed", "clauses:\n  vat: The host's VAT regime applies to expenditure from the pool.");
            14 insurance: "insurance",
                rule("insurance-not-addressed", "clauses:\n  insurance: Each partner keeps its own cover; insurers have been consulted.");
            15 staff_transfers: "staff transfers or secondments and agreements in place",
                rule("staff-transfers-not-addressed", "clauses:\n  staff_transfers: Two ICB staff are seconded to the Council under a secondment agreement.");
            16 tupe: "TUPE arrangements",
                rule("tupe-not-addressed", "not_applicable:\n  tupe: No staff transfer between employers.");
            17 change_management: "change management protocol",
                rule("change-management-not-addressed", "clauses:\n  change_management: Changes are proposed to the Joint Commissioning Board with three months' notice.");
            18 training: "training and development",
                rule("training-not-addressed", "clauses:\n  training: Joint training plan agreed each year.");
            19 clinical_governance: "clinical governance, care practice and education standards",
                rule("clinical-governance-not-addressed", "clauses:\n  clinical_governance: Each partner's clinical governance framework applies to its staff.");
            20 boundary_issues: "boundary issues",
                rule("boundary-issues-not-addressed", "clauses:\n  boundary_issues: Residents registered with practices outside the county are covered by ...");
            21 complaints: "handling complaints",
                rule("complaints-not-addressed", "clauses:\n  complaints: Complaints follow the 2009 complaints regulations; the partners cooperate on joint complaints.");
            22 disputes_termination_exit: "management of disputes, termination and exit strategy",
                rule("disputes-termination-exit-not-addressed", "clauses:\n  disputes_termination_exit: Disputes go to the chief executives; either partner may end the agreement on 12 months' notice.");
            23 information_sharing: "information sharing",
                rule("information-sharing-not-addressed", "clauses:\n  information_sharing: An information sharing agreement under UK GDPR is in Schedule 4.");
            24 support_services: "provision of support services",
                rule("support-services-not-addressed", "clauses:\n  support_services: The host provides finance, HR and legal support.");
            25 estates: "estates and facilities management",
                rule("estates-not-addressed", "clauses:\n  estates: Each partner keeps its own premises; no assets are pooled.");
            26 review: "arrangements for review",
                data("`review` in `agreement`", agreement_review, SetOut::AgreementClause("review")),
                rule("review-not-addressed", "agreement:\n  review: {first: 2024-10-01, frequency: annually}");
            27 other_matters: "any other matters partners consider appropriate";
        }
    };
}
pub(crate) use with_checklist;

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
    /// Whether the item may be left out without a finding (item 27, "any other matters").
    pub optional: bool,
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

/// The checklist's number as a number: `"07"` is 7. Rows write it with two digits, which
/// `stringify!` keeps and an integer literal would not.
const fn item_number(digits: &str) -> u8 {
    let digits = digits.as_bytes();
    (digits[0] - b'0') * 10 + (digits[1] - b'0')
}

/// A row's structured data, if it has any.
macro_rules! item_data {
    () => {
        None
    };
    ($what:literal, $test:ident, $set_out:expr) => {
        Some(Data {
            what: $what,
            test: $test,
            set_out: $set_out,
        })
    };
}

/// Makes the spec's checklist keys and [`CHECKLIST`] from the table.
macro_rules! spec_checklist {
    ($(
        $number:literal $key:ident : $words:literal
        $(, data($what:literal, $test:ident, $set_out:expr))?
        $(, rule($name:literal, $example:literal))?
    );+ $(;)?) => {
        /// The agreement's clauses, one key per item of the 27-item checklist (GUIDE07 ch 7),
        /// plus `variation`. Each holds the clause text or a summary of what was agreed.
        #[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct Clauses {
            $(
                #[doc = concat!("CL-", stringify!($number), ": ", $words, ".")]
                #[serde(default)]
                pub $key: Option<String>,
            )+
            /// How the agreement may be varied (SI 2000/617 reg 7(3)(f): provision for the
            /// variation of the arrangements).
            #[serde(default)]
            pub variation: Option<String>,
        }

        /// Checklist items that do not apply, each with the reason why. An item marked not
        /// applicable with a reason counts as addressed.
        #[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct NotApplicable {
            $(
                #[doc = concat!("CL-", stringify!($number), ": ", $words, ".")]
                #[serde(default)]
                #[schemars(with = "Reason")]
                pub $key: Option<String>,
            )+
        }

        impl Clauses {
            /// The clause written under a checklist key (or `variation`).
            pub fn get(&self, key: &str) -> Option<&str> {
                match key {
                    $( stringify!($key) => self.$key.as_deref(), )+
                    "variation" => self.variation.as_deref(),
                    _ => None,
                }
            }

            /// The place of the clause under a checklist key (or `variation`), to write it.
            pub fn get_mut(&mut self, key: &str) -> Option<&mut Option<String>> {
                match key {
                    $( stringify!($key) => Some(&mut self.$key), )+
                    "variation" => Some(&mut self.variation),
                    _ => None,
                }
            }

            /// Whether no clause is written, so that a written spec leaves the section out.
            pub fn is_empty(&self) -> bool {
                $( self.$key.is_none() && )+ self.variation.is_none()
            }
        }

        impl NotApplicable {
            /// The reason a checklist key does not apply, if one is given.
            pub fn get(&self, key: &str) -> Option<&str> {
                match key {
                    $( stringify!($key) => self.$key.as_deref(), )+
                    _ => None,
                }
            }

            /// Whether no item is marked not applicable, so that a written spec leaves the section out.
            pub fn is_empty(&self) -> bool {
                true $( && self.$key.is_none() )+
            }
        }

        /// The checklist, in the guide's order, with the guide's words.
        pub static CHECKLIST: [ChecklistItem; 27] = [$(
            ChecklistItem {
                number: item_number(stringify!($number)),
                id: concat!("GUIDE07-CL-", stringify!($number)),
                key: stringify!($key),
                words: $words,
                data: item_data!($($what, $test, $set_out)?),
                // An item is optional exactly when no rule reports it.
                optional: <[&str]>::is_empty(&[$($name)?]),
            },
        )+];
    };
}

with_checklist!(spec_checklist);

/// Whether a piece of text says something (not missing, not blank).
fn stated(text: &Option<String>) -> bool {
    text.as_deref().is_some_and(|t| !t.trim().is_empty())
}

/// Whether every pooled fund passes the test, and there is at least one.
fn every_pool(spec: &Spec, test: impl Fn(&PooledFund) -> bool) -> bool {
    let mut pools = spec
        .schemes
        .iter()
        .filter_map(|s| s.pooled_fund.as_ref())
        .peekable();
    pools.peek().is_some() && pools.all(test)
}

fn aims_in_every_scheme(spec: &Spec) -> bool {
    !spec.schemes.is_empty()
        && spec
            .schemes
            .iter()
            .all(|s| s.aims.iter().any(|aim| !aim.trim().is_empty()))
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
    let mut pools = spec.schemes.iter().filter_map(|s| s.pooled_fund.as_ref());
    let mut delegations = spec.schemes.iter().flat_map(|s| &s.delegations);
    arrangements_in_use(spec)
        && pools.all(|p| stated(&p.monitoring))
        && delegations.all(|d| stated(&d.monitoring))
}

fn agreement_review(spec: &Spec) -> bool {
    spec.agreement.review.is_some()
}
