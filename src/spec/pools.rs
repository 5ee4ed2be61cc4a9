//! A scheme's pooled fund (SI 2000/617 reg 7): host, manager, contributions and risk share.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::money::{Money, Percent};
use super::values::{FinancialYear, Frequency, empty_is_default};

/// A pooled fund (SI 2000/617 reg 7).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PooledFund {
    /// The party that hosts the fund and is responsible for its accounts and audit.
    #[serde(default)]
    pub host: Option<String>,
    /// The pooled fund manager: an officer of the host.
    #[serde(default)]
    pub manager: Option<PoolManager>,
    /// The financial year the contributions are for, e.g. `2024/25`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
    /// Each partner's contribution (SI 2000/617 reg 7(3)(b)). A partner that contributes
    /// nothing is listed with `amount: 0`.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Contribution>>")]
    pub contributions: Vec<Contribution>,
    /// The total of the fund as stated in the agreement. It must equal the sum of the
    /// contributions to the penny, unless `rounded_to` says the figures are rounded.
    #[serde(default)]
    pub total: Option<Money>,
    /// The unit the agreement rounds this pool's figures to, in pounds, when they are
    /// stated rounded: `100000` for £m to one decimal place, `1000` for £k. The total is
    /// then compared with the sum of the contributions within half this unit.
    #[serde(default)]
    pub rounded_to: Option<Money>,
    /// How the contributions may be varied (SI 2000/617 reg 7(3)(b)).
    #[serde(default)]
    pub contribution_variation: Option<String>,
    /// How overspends and underspends are shared, in percent by party.
    #[serde(default)]
    pub risk_share: Option<RiskShare>,
    /// How the fund is managed (SI 2000/617 reg 7(3)(g)).
    #[serde(default)]
    pub management: Option<String>,
    /// How the fund is monitored (SI 2000/617 reg 7(3)(g)).
    #[serde(default)]
    pub monitoring: Option<String>,
    /// The pool manager's reports to the partners.
    #[serde(default)]
    pub reporting: Option<PoolReporting>,
}

/// The pooled fund manager.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PoolManager {
    /// The manager's name (may be left out; the post is what the agreement binds).
    #[serde(default)]
    pub name: Option<String>,
    /// The manager's post, e.g. "Head of Finance (Adult Social Care)".
    #[serde(default)]
    pub post: Option<String>,
    /// The party that employs the manager. It must be the host, unless the manager is placed
    /// at the host's disposal under s113 Local Government Act 1972.
    #[serde(default)]
    pub employer: Option<String>,
    /// `true` when the manager is employed by another partner and placed at the host's
    /// disposal under s113 Local Government Act 1972 (the officer stays employed by the
    /// original employer).
    #[serde(default)]
    pub placed_under_s113: Option<bool>,
}

/// A contribution to a pooled fund.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// The contributing party.
    pub party: String,
    /// The amount in pounds, e.g. `27600000` or `"27,600,000.00"`.
    pub amount: Money,
    /// Whether the contribution is revenue or capital money. HSC 2000/010 para 4: pooled funds
    /// are revenue; capital goes through s28A/s28BB (now s256/s76) payments.
    #[serde(default)]
    pub kind: Option<MoneyKind>,
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
    /// Each party's share of an overspend, in percent.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Share>>")]
    pub overspend: Vec<Share>,
    /// Each party's share of an underspend, in percent.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Share>>")]
    pub underspend: Vec<Share>,
}

/// One party's share, in percent.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Share {
    /// The party.
    pub party: String,
    /// Its share in percent, e.g. `46.5`.
    pub percent: Percent,
}

/// The pool manager's reports.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PoolReporting {
    /// How often the pool manager reports to the partners (quarterly at least).
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// Whether the pool manager makes an annual return on the fund's income and expenditure.
    #[serde(default)]
    pub annual_return: Option<bool>,
}
