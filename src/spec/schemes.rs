//! The schemes of an agreement: what each covers, the functions delegated, what each partner
//! provides, and the money outside the pooled fund.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::money::Money;
use super::pools::PooledFund;
use super::values::{FinancialYear, Frequency, empty_is_default, empty_means_stated};

/// One scheme: a schedule of the agreement with its own functions, services and money.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    /// A short handle for the scheme.
    pub id: String,
    /// The scheme's title, e.g. "Learning disability services".
    #[serde(default)]
    pub title: Option<String>,
    /// The agreed aims of the arrangements (SI 2000/617 regs 7(3)(a), 9(3)(a)).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub aims: Vec<String>,
    /// The agreed outcomes of the arrangements (SI 2000/617 regs 7(3)(a), 9(3)(a)).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub outcomes: Vec<String>,
    /// The persons in respect of whom the functions may be exercised
    /// (SI 2000/617 regs 7(3)(d), 9(3)(d)).
    #[serde(default)]
    pub persons: Option<String>,
    /// The eligibility criteria people must meet to be served.
    #[serde(default)]
    pub eligibility: Option<String>,
    /// The kinds of services provided (SI 2000/617 regs 7(3)(d), 9(3)(d)).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub services: Vec<String>,
    /// The NHS functions and health-related functions concerned
    /// (SI 2000/617 regs 7(3)(c), 9(3)(c)).
    #[serde(default)]
    pub functions: Option<Functions>,
    /// Functions one partner exercises on behalf of another: lead commissioning or
    /// integrated provision (SI 2000/617 regs 8 and 9).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Delegation>>")]
    pub delegations: Vec<Delegation>,
    /// The pooled fund of this scheme, if it has one (SI 2000/617 reg 7). An empty
    /// `pooled_fund:` is a pooled fund with nothing stated yet, and is checked as one.
    #[serde(default, deserialize_with = "empty_means_stated")]
    pub pooled_fund: Option<PooledFund>,
    /// The staff, goods, services or accommodation each partner provides
    /// (SI 2000/617 regs 7(3)(e), 9(3)(e)).
    #[serde(default, deserialize_with = "empty_means_stated")]
    pub resources: Option<Vec<Resources>>,
    /// Money that is not part of a pooled fund: aligned budgets, s256 payments, s113
    /// recharges. Never counted as a pool contribution.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<OtherFunding>>")]
    pub other_funding: Vec<OtherFunding>,
}

/// The functions a scheme covers.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Functions {
    /// NHS functions (SI 2000/617 reg 5), e.g. "Services under sections 3 of the NHS Act 2006
    /// for adults with learning disabilities".
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub nhs: Vec<String>,
    /// Health-related functions of the local authorities (SI 2000/617 reg 6), e.g.
    /// "Community care services under Part 1 of the Care Act 2014".
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub health_related: Vec<String>,
}

/// A delegation of functions from one partner to another.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    /// `nhs_to_la`: a local authority exercises NHS functions (reg 9);
    /// `la_to_nhs`: an NHS body exercises health-related functions (reg 8).
    pub direction: Direction,
    /// `commissioning` (lead commissioning) or `provision` (integrated provision).
    pub nature: Nature,
    /// The party whose functions are delegated.
    pub from: String,
    /// The party that exercises them.
    pub to: String,
    /// The payments the delegating partner makes to the other (SI 2000/617 reg 9(3)(b)).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Payment>>")]
    pub payments: Vec<Payment>,
    /// How those payments may be varied (SI 2000/617 reg 9(3)(b)).
    #[serde(default)]
    pub payment_variation: Option<String>,
    /// How the delegating partner monitors the exercise of its functions
    /// (SI 2000/617 reg 9(3)(g)).
    #[serde(default)]
    pub monitoring: Option<String>,
    /// How the partner exercising the functions reports on them (SI 2000/617 reg 9(4)).
    #[serde(default)]
    pub reporting: Option<DelegationReporting>,
}

/// Which way functions are delegated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A local authority exercises NHS functions (SI 2000/617 reg 9).
    NhsToLa,
    /// An NHS body exercises local authority health-related functions (SI 2000/617 reg 8).
    LaToNhs,
}

/// What is delegated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Nature {
    /// Commissioning functions: lead commissioning.
    Commissioning,
    /// Provision of services under one management: integrated provision.
    Provision,
}

/// A payment made under a delegation.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Payment {
    /// The paying party.
    pub from: String,
    /// The amount in pounds, e.g. `27600000` or `"27,600,000.00"`.
    pub amount: Money,
    /// The financial year, e.g. `2024/25`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
}

/// Reports on delegated functions.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DelegationReporting {
    /// How often in-year reports are made. SI 2000/617 reg 9(4): quarterly.
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// Whether an annual report is made. SI 2000/617 reg 9(4): annually.
    #[serde(default)]
    pub annual_report: Option<bool>,
}

/// What one partner provides to a scheme (SI 2000/617 regs 7(3)(e), 9(3)(e)).
/// Write `none` where a partner provides nothing of a kind.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    /// The providing party.
    pub party: String,
    /// Staff provided.
    #[serde(default)]
    pub staff: Option<String>,
    /// Goods provided.
    #[serde(default)]
    pub goods: Option<String>,
    /// Services provided.
    #[serde(default)]
    pub services: Option<String>,
    /// Accommodation provided.
    #[serde(default)]
    pub accommodation: Option<String>,
}

/// Money connected with a scheme that is not in its pooled fund.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherFunding {
    /// What kind of money this is.
    pub kind: FundingKind,
    /// What it pays for.
    #[serde(default)]
    pub description: Option<String>,
    /// The paying party (or another body, named).
    #[serde(default)]
    pub from: Option<String>,
    /// The receiving party (or another body, named).
    #[serde(default)]
    pub to: Option<String>,
    /// The amount in pounds.
    pub amount: Money,
    /// The financial year, e.g. `2012/13`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
}

/// Kinds of money outside a pooled fund.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FundingKind {
    /// A budget each partner keeps but manages alongside the other's.
    AlignedBudget,
    /// A payment by an NHS body to a local authority under s256 NHS Act 2006 (s28A NHS Act
    /// 1977 before March 2007).
    S256Payment,
    /// A payment by a local authority to an NHS body under s76 NHS Act 2006 (s28BB NHS Act
    /// 1977 before March 2007).
    S76Payment,
    /// A recharge for staff placed at another body's disposal under s113 Local Government
    /// Act 1972.
    S113Recharge,
    /// Any other money.
    Other,
}
