//! A scheme's pooled fund (SI 2000/617 reg 7): host, manager, contributions and risk share.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::bcf::BcfStream;
use super::money::{Amount, Money, MoneyUnit, Percent};
use super::values::{FinancialYear, Frequency, empty_is_default};

/// A pooled fund (SI 2000/617 reg 7).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PooledFund {
    /// The party that hosts the fund and is responsible for its accounts and audit. It must be an
    /// NHS body or local authority party. An id that names no party stops the spec loading.
    ///
    /// Provision: SI 2000/617 reg 7(4) (paragraph number not verified).
    #[serde(default)]
    pub host: Option<String>,
    /// The pooled fund manager: an officer of the host. A pool without one is an error.
    ///
    /// Provision: SI 2000/617 reg 7(4)-(5) (wording not verified).
    #[serde(default)]
    pub manager: Option<PoolManager>,
    /// The financial year the contributions are for, e.g. `2024/25`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
    /// A list of each partner's contribution. A partner that contributes nothing is listed with
    /// `amount: 0`. Every partner in the pool (the host and the parties in the risk share) needs
    /// one.
    ///
    /// Provision: SI 2000/617 reg 7(3)(b); reg 7(1).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Contribution>>")]
    pub contributions: Vec<Contribution>,
    /// The total of the fund as stated in the agreement. It must equal the sum of the contributions
    /// to the penny, unless `rounded_to` is given. Write `total: unknown` when the fund's size is
    /// not yet agreed: it is reported as a gap, and drafts print it as "to be agreed". While
    /// a contribution is `unknown`, the total cannot be compared with the contributions (the
    /// unknown contribution is reported instead). `unknown` was added after v1's first release.
    ///
    /// Provision: SI 2000/617 reg 7(1).
    #[serde(default)]
    pub total: Option<Amount>,
    /// The unit the agreement rounds this pool's figures to, when it states them rounded:
    /// `100000` for £m to one decimal place, `1000` for £k. It is written in the same unit as
    /// the amounts it rounds (so `0.1` with `unit: millions`). The total is then compared with
    /// the sum of the contributions within half this unit (£50,000 for £m to one decimal
    /// place). jointly never guesses the unit.
    ///
    /// Provision: SI 2000/617 reg 7(1).
    #[serde(default)]
    pub rounded_to: Option<Money>,
    /// The unit this pool's contributions, `total` and `rounded_to` are written in: `pounds`,
    /// `thousands` or `millions`. It overrides the agreement's `money_unit` for this pool;
    /// without either, amounts are in pounds. jointly converts them to pounds as it loads the
    /// spec, and shows every amount in full pounds. Added after v1's first release.
    // Amounts are held in pounds once loaded, so a spec written back states no unit.
    #[serde(default, skip_serializing_if = "super::money::held_in_pounds")]
    pub unit: Option<MoneyUnit>,
    /// How the contributions may be varied.
    ///
    /// Provision: SI 2000/617 reg 7(3)(b).
    #[serde(default)]
    pub contribution_variation: Option<String>,
    /// How overspends and underspends are shared, in percent by party.
    ///
    /// Provision: The guide, ch 6, "Managing over-spends and under-spends".
    #[serde(default)]
    pub risk_share: Option<RiskShare>,
    /// How the fund is managed.
    ///
    /// Provision: SI 2000/617 reg 7(3)(g).
    #[serde(default)]
    pub management: Option<String>,
    /// How the fund is monitored.
    ///
    /// Provision: SI 2000/617 reg 7(3)(g).
    #[serde(default)]
    pub monitoring: Option<String>,
    /// The pool manager's reports to the partners.
    #[serde(default)]
    pub reporting: Option<PoolReporting>,
}

/// A framework's stated total of all its pooled funds. Added after v1's first release.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PooledTotal {
    /// The total of every scheme's pooled fund as the agreement states it, in the spec's
    /// `money_unit` (pounds unless one is stated), e.g. `59.4` with `money_unit: millions`. It
    /// must equal the sum of every pool's contributions to the penny, unless `rounded_to` is
    /// given.
    ///
    /// Provision: SI 2000/617 reg 7(1).
    pub amount: Money,
    /// The unit the agreement rounds this total to, in the spec's `money_unit`: `100000` (or
    /// `0.1` in millions) for £m to one decimal place. The total is then compared with the sum
    /// of the contributions within half this unit. jointly never guesses the unit.
    ///
    /// Provision: SI 2000/617 reg 7(1).
    #[serde(default)]
    pub rounded_to: Option<Money>,
}

/// The pooled fund manager.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PoolManager {
    /// The manager's name. It may be left out: the post is what the agreement binds.
    #[serde(default)]
    pub name: Option<String>,
    /// The manager's post, e.g. "Head of Finance (Adult Social Care)". A GP cannot be the manager.
    ///
    /// Provision: SI 2000/617 reg 7(4)-(5) (wording not verified); the guide, ch 6, fn 31.
    #[serde(default)]
    pub post: Option<String>,
    /// The party that employs the manager: the host, or the partner that places the officer at the
    /// host's disposal under s113 Local Government Act 1972. Any other employer, or none, is an
    /// unverified warning: that the manager must be an officer of the host rests on template
    /// clauses only. An id that names no party stops the spec loading.
    ///
    /// Provision: SI 2000/617 reg 7(4)-(5) (wording not verified).
    #[serde(default)]
    pub employer: Option<String>,
    /// `true` when the manager is employed by another NHS body or local authority partner and
    /// placed at the host's disposal under s113 Local Government Act 1972. The officer stays
    /// employed by that partner, so `employer` names it, not the host. One of the two must be a
    /// local authority.
    ///
    /// Provision: Local Government Act 1972 s113(1), (1A).
    #[serde(default)]
    pub placed_under_s113: Option<bool>,
}

/// A contribution to a pooled fund.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// The contributing party: the `id` of one of the `parties` (an id that names no party stops
    /// the spec loading, with the closest id suggested).
    ///
    /// Provision: SI 2000/617 reg 7(1).
    pub party: String,
    /// The amount in pounds, e.g. `27600000` or `"27,600,000.00"`, or in the pool's `unit`
    /// (or the agreement's `money_unit`) when one is stated. Write `amount: unknown` for a
    /// contribution not yet agreed: it is an error under reg 7(3)(b) until the amount is
    /// stated, it is never counted as zero, and drafts print it as "to be agreed". `unknown`
    /// was added after v1's first release.
    ///
    /// Provision: SI 2000/617 reg 7(3)(b).
    pub amount: Amount,
    /// `revenue` or `capital`. A capital contribution is a warning: pooled funds are revenue, and
    /// capital goes through s256 or s76 NHS Act 2006 payments (s28A or s28BB NHS Act 1977 before
    /// March 2007).
    ///
    /// Provision: HSC 2000/010 para 4.
    #[serde(default)]
    pub kind: Option<MoneyKind>,
    /// In a Better Care Fund agreement: the BCF stream the contribution belongs to,
    /// `nhs_minimum`, `dfg`, `ibcf`, `la_better_care_grant`, `discharge_fund` or `additional`.
    /// jointly checks that the pool holds every stream the year requires. Added after v1's
    /// first release.
    ///
    /// Provision: NHS England, Better Care Fund grants and funding; BCF policy frameworks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<BcfStream>,
}

/// Revenue or capital money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MoneyKind {
    /// Revenue (running costs).
    Revenue,
    /// Capital (buildings, equipment and other assets).
    Capital,
}

/// How overspends and underspends are shared.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskShare {
    /// A list of each party's share of an overspend, in percent. The shares must add up to exactly
    /// 100.
    ///
    /// Provision: The guide, ch 6.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Share>>")]
    pub overspend: Vec<Share>,
    /// A list of each party's share of an underspend, in percent. The shares must add up to exactly
    /// 100.
    ///
    /// Provision: The guide, ch 6.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Share>>")]
    pub underspend: Vec<Share>,
}

/// One party's share, in percent.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Share {
    /// The party whose share this is: the `id` of one of the `parties` (an id that names no
    /// party stops the spec loading).
    ///
    /// Provision: The guide, ch 6.
    pub party: String,
    /// Its share in percent, e.g. `46.5`.
    ///
    /// Provision: The guide, ch 6.
    pub percent: Percent,
}

/// The pool manager's reports.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PoolReporting {
    /// How often the pool manager reports to the partners: quarterly at least. A missing or less
    /// frequent report is a warning only.
    ///
    /// Provision: SI 2000/617 reg 7 (pool manager's duties; wording not verified).
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// `true` when the pool manager makes an annual return on the fund's income and expenditure.
    /// Must be `true`.
    ///
    /// Provision: SI 2000/617 reg 7 (pool manager's duties; wording not verified).
    #[serde(default)]
    pub annual_return: Option<bool>,
}
