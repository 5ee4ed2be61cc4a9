//! The `bcf` block: what makes a section 75 agreement the Better Care Fund agreement of a health
//! and wellbeing board area, and the figures its rules are checked against. Added after v1's
//! first release.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::money::Money;
use super::stated_date::StatedDate;
use super::values::{FinancialYear, empty_is_default};

/// The Better Care Fund: the financial years the agreement pools BCF money for, the health and
/// wellbeing board(s), the plan and its approval, and the published figures the contributions
/// are checked against. jointly checks each year against the national parameters it knows for
/// that year (listed in docs/bcf-years.md; a `--bcf-years` file, or `bcf_years` in jointly.toml,
/// adds or replaces them).
/// Added after v1's first release.
///
/// Provision: Better Care Fund policy frameworks, 2015-16 to 2026-27.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bcf {
    /// A list of the financial years the agreement pools BCF money for, e.g. `[2025-26]`; a
    /// two-year plan lists both. The year, not the date signed, chooses the national
    /// conditions, required streams and deadlines jointly checks against; a year jointly
    /// has no parameters for is reported, never passed silently.
    ///
    /// Provision: Better Care Fund policy framework 2023 to 2025 (landing page).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<FinancialYear>>")]
    pub financial_years: Vec<FinancialYear>,
    /// A list of the health and wellbeing board(s) whose area the fund covers, by name, e.g.
    /// "Bath and North East Somerset Health and Wellbeing Board". The board owns the plan and
    /// approves it; it is not a party to the agreement.
    ///
    /// Provision: 2023 to 2025 Better Care Fund policy framework, introduction.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub health_and_wellbeing_boards: Vec<String>,
    /// The power the NHS minimum contribution rests on, as the agreement recites it, e.g.
    /// "National Health Service (Expenditure on Service Integration) Directions 2023" (from
    /// 2023-24), or s223GA NHS Act 2006 (inserted by s121 Care Act 2014) for earlier years.
    ///
    /// Provision: Care Act 2014 s121; Health and Care Act 2022.
    #[serde(default)]
    pub directions: Option<String>,
    /// The BCF plan: who agreed it, and the health and wellbeing board's approval.
    ///
    /// Provision: BCF national condition 1 (plans jointly agreed).
    #[serde(default)]
    pub plan: Option<BcfPlan>,
    /// A list of the published figures for each financial year the agreement is checked
    /// against: the ICB's published NHS minimum allocation for the board's area and the
    /// published NHS minimum contribution to adult social care. jointly does not ship these
    /// figures: give them from the year's published allocations. Amounts are in the
    /// agreement's `money_unit`.
    ///
    /// Provision: NHS England, Better Care Fund policy and planning (minimum allocations).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<BcfFigures>>")]
    pub figures: Vec<BcfFigures>,
    /// A list of the national conditions the agreement recites, in its own words.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub national_conditions: Vec<String>,
    /// A list of the metrics the plan sets goals for, each in the plan's own words or as a
    /// metric code: `avoidable_admissions`, `discharge_usual_residence`, `falls_65plus`,
    /// `residential_admissions`, `reablement` (2023-24 and 2024-25), `discharge_delay` (from
    /// 2024-25), `emergency_admissions`, `care_home_admissions` (2025-26). jointly checks the
    /// codes against the metrics each year requires (docs/bcf-years.md); words are kept but
    /// cannot be matched. Codes were added after v1's first release.
    ///
    /// Provision: BCF policy frameworks, metrics (2023-24 to 2025-26).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub metrics: Vec<String>,
    /// Whether the agreement provides for the quarterly Better Care Fund returns to NHS
    /// England, approved through the health and wellbeing board: `true` when it does. Added
    /// after v1's first release.
    ///
    /// Provision: BCF reporting requirements (quarterly returns; a council paper, not verified).
    #[serde(default)]
    pub quarterly_returns: Option<bool>,
    /// The capacity and demand plan for intermediate and short-term care the partners agreed,
    /// as the agreement refers to it, e.g. "Westshire capacity and demand plan 2024-25". jointly
    /// asks for it in the years whose parameters require one (2023-24 and 2024-25). Added after
    /// v1's first release.
    ///
    /// Provision: Addendum to the 2023 to 2025 Better Care Fund policy framework (2024-25).
    #[serde(default)]
    pub capacity_and_demand_plan: Option<String>,
    /// In a two-tier area: a list of the district (housing) councils the county passes the
    /// Disabled Facilities Grant to, by name.
    ///
    /// Provision: DFG grant determination (2017 condition: passed down in full to the lower
    /// tier).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub dfg_passed_to: Vec<String>,
}

/// The BCF plan and its approval.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BcfPlan {
    /// A list of the parties that agreed the plan, by `id`: every ICB (CCG before 1 July 2022)
    /// and local authority party.
    ///
    /// Provision: BCF national condition 1 (plans jointly agreed).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub agreed_by: Vec<String>,
    /// The date the health and wellbeing board approved the plan.
    ///
    /// Provision: BCF national condition 1 (a plan signed off by the health and wellbeing
    /// board).
    #[serde(default)]
    pub hwb_approved: Option<StatedDate>,
    /// A reference for the board's approval, e.g. "minute 12".
    #[serde(default)]
    pub hwb_reference: Option<String>,
    /// The date the plan was submitted to NHS England.
    #[serde(default)]
    pub submitted: Option<StatedDate>,
    /// A list of the local partners the plan was made with: `nhs_trusts`,
    /// `social_care_providers`, `vcse` (voluntary and community partners) and
    /// `housing_authorities`. jointly asks for all four in 2025-26. Added after v1's first
    /// release.
    ///
    /// Provision: Better Care Fund policy framework 2025 to 2026 (plans involve local partners;
    /// secondary sources).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<BcfEngaged>>")]
    pub engaged: Vec<BcfEngaged>,
}

/// A kind of local partner a BCF plan is made with. Added after v1's first release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BcfEngaged {
    /// Local NHS trusts.
    NhsTrusts,
    /// Social care providers.
    SocialCareProviders,
    /// Voluntary and community sector partners.
    Vcse,
    /// Local housing authorities (also consulted on the Disabled Facilities Grant).
    HousingAuthorities,
}

impl BcfEngaged {
    /// Every kind, in the order the framework names them.
    pub const ALL: [BcfEngaged; 4] = [
        BcfEngaged::NhsTrusts,
        BcfEngaged::SocialCareProviders,
        BcfEngaged::Vcse,
        BcfEngaged::HousingAuthorities,
    ];

    /// The word the spec writes it as.
    pub fn key(self) -> &'static str {
        match self {
            BcfEngaged::NhsTrusts => "nhs_trusts",
            BcfEngaged::SocialCareProviders => "social_care_providers",
            BcfEngaged::Vcse => "vcse",
            BcfEngaged::HousingAuthorities => "housing_authorities",
        }
    }
}

/// The published figures for one financial year.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BcfFigures {
    /// The financial year, e.g. `2025-26`.
    pub financial_year: FinancialYear,
    /// The ICB's published minimum NHS contribution to the BCF for the board's area: the pool's
    /// `nhs_minimum` contributions from ICB (or CCG) parties must reach it.
    ///
    /// Provision: NHS England, Better Care Fund policy and planning (minimum allocations).
    #[serde(default)]
    pub nhs_minimum_allocation: Option<Money>,
    /// The published NHS minimum contribution to adult social care for the board's area.
    ///
    /// Provision: BCF national condition (maintaining the NHS minimum contribution to adult
    /// social care).
    #[serde(default)]
    pub adult_social_care_minimum: Option<Money>,
    /// How much of the NHS minimum contribution the plan spends on adult social care. It must
    /// reach `adult_social_care_minimum`.
    ///
    /// Provision: BCF national condition (maintaining the NHS minimum contribution to adult
    /// social care).
    #[serde(default)]
    pub adult_social_care_planned: Option<Money>,
    /// Where the figures were published, e.g. "NHS England, BCF allocations 2025-26".
    #[serde(default)]
    pub source: Option<String>,
}

/// The Better Care Fund stream a pool contribution belongs to. Added after v1's first release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BcfStream {
    /// The ICB's (before 1 July 2022 the CCG's) NHS minimum contribution.
    NhsMinimum,
    /// The Disabled Facilities Grant: capital paid to the local authority.
    Dfg,
    /// The improved Better Care Fund grant to the local authority (2017-18 to 2024-25).
    Ibcf,
    /// The Local Authority Better Care grant (formerly the improved Better Care Fund), from
    /// 2025-26.
    LaBetterCareGrant,
    /// Discharge funding, in the years it is a stream of its own (ICB and local authority
    /// parts).
    DischargeFund,
    /// An additional contribution above the required streams.
    Additional,
}

impl BcfStream {
    /// The word the spec writes the stream as.
    pub fn key(self) -> &'static str {
        match self {
            BcfStream::NhsMinimum => "nhs_minimum",
            BcfStream::Dfg => "dfg",
            BcfStream::Ibcf => "ibcf",
            BcfStream::LaBetterCareGrant => "la_better_care_grant",
            BcfStream::DischargeFund => "discharge_fund",
            BcfStream::Additional => "additional",
        }
    }
}
