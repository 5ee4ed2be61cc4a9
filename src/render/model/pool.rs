//! A scheme's pooled fund: its host and manager, the contributions and their shares, and the
//! risk share.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::Names;
use crate::render::text::markdown as md;
use crate::spec::{Amount, Money, PooledFund, RiskShare};

#[derive(Debug, Serialize)]
pub struct PoolModel {
    pub host: Option<String>,
    pub manager_post: Option<String>,
    pub manager_name: Option<String>,
    pub manager_employer: Option<String>,
    /// The power under which the manager is placed at the host's disposal (s113 Local
    /// Government Act 1972), when the spec says so.
    pub manager_placed_under: Option<&'static str>,
    pub financial_year: Option<String>,
    pub contributions: Vec<ContributionModel>,
    /// The total of the contributions table: the total the spec states (which may be rounded;
    /// one that does not match the contributions is the checker's finding), else their sum;
    /// "[to be agreed]" when the total is `unknown`, or when no total is stated and a
    /// contribution is `unknown` (the known part is never shown as the total).
    pub total: String,
    /// The total's share: all of the sum the shares are of ("–" when the sum is not known).
    pub total_share: String,
    pub contribution_variation: Option<String>,
    pub management: Option<String>,
    pub monitoring: Option<String>,
    pub reporting: Option<String>,
    pub annual_return: bool,
    /// One row per party in the risk share: its share of an overspend and of an underspend.
    pub risk_share: Vec<RiskRow>,
    /// The contributions as (plain party name, amount), for the HTML chart; none while an
    /// amount is `unknown` (a chart of the known part would misstate the shares).
    #[serde(skip)]
    pub chart: Option<Vec<(String, Decimal)>>,
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

/// How a draft prints an amount not yet agreed, as it prints every other blank.
pub(super) const TO_BE_AGREED: &str = "[to be agreed]";

/// An amount as a draft prints it.
pub(super) fn amount_words(amount: Amount) -> String {
    match amount {
        Amount::Stated(money) => money.to_string(),
        Amount::Unknown => TO_BE_AGREED.to_owned(),
    }
}

pub(super) fn model(pool: &PooledFund, names: &Names) -> PoolModel {
    // The sum of the contributions, when every one is stated and the sum can be held (one
    // too large is the checker's finding).
    let sum = Amount::sum(pool.contributions.iter().map(|c| &c.amount))
        .ok()
        .flatten();
    let manager = pool.manager.as_ref();
    PoolModel {
        host: pool.host.as_deref().map(|id| names.escaped(id)),
        manager_post: manager.and_then(|m| m.post.as_deref()).map(md),
        manager_name: manager.and_then(|m| m.name.as_deref()).map(md),
        manager_employer: manager
            .and_then(|m| m.employer.as_deref())
            .map(|id| names.escaped(id)),
        manager_placed_under: (manager.and_then(|m| m.placed_under_s113) == Some(true))
            .then_some("section 113 of the Local Government Act 1972"),
        financial_year: pool.financial_year.as_ref().map(|y| y.0.clone()),
        contributions: pool
            .contributions
            .iter()
            .map(|c| ContributionModel {
                party: names.escaped(&c.party),
                amount: amount_words(c.amount),
                share: match (c.amount, sum) {
                    (Amount::Stated(amount), Some(sum)) => share_of(amount.0, sum),
                    _ => "–".into(),
                },
            })
            .collect(),
        total: match (pool.total, sum) {
            (Some(total), _) => amount_words(total),
            (None, Some(sum)) => Money(sum).to_string(),
            (None, None) => TO_BE_AGREED.to_owned(),
        },
        total_share: sum.map_or_else(|| "–".into(), |sum| share_of(sum, sum)),
        contribution_variation: pool.contribution_variation.as_deref().map(md),
        management: pool.management.as_deref().map(md),
        monitoring: pool.monitoring.as_deref().map(md),
        reporting: pool
            .reporting
            .as_ref()
            .and_then(|r| r.frequency)
            .map(|f| f.to_string()),
        annual_return: pool.reporting.as_ref().and_then(|r| r.annual_return) == Some(true),
        risk_share: pool
            .risk_share
            .as_ref()
            .map(|risk| risk_rows(risk, names))
            .unwrap_or_default(),
        chart: sum.and_then(|_| {
            pool.contributions
                .iter()
                .map(|c| Some((names.plain(&c.party), c.amount.stated()?.0)))
                .collect()
        }),
    }
}

/// The risk share as rows by party, in the order parties first appear.
fn risk_rows(risk: &RiskShare, names: &Names) -> Vec<RiskRow> {
    let mut rows: Vec<(&str, Option<String>, Option<String>)> = Vec::new();
    for (share, overspend) in risk
        .overspend
        .iter()
        .map(|s| (s, true))
        .chain(risk.underspend.iter().map(|s| (s, false)))
    {
        let index = match rows.iter().position(|r| r.0 == share.party) {
            Some(index) => index,
            None => {
                rows.push((&share.party, None, None));
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
    rows.into_iter()
        .map(|(party, overspend, underspend)| RiskRow {
            party: names.escaped(party),
            overspend,
            underspend,
        })
        .collect()
}

/// A contribution's share of the pool, to two decimal places (half away from zero).
fn share_of(amount: Decimal, sum: Decimal) -> String {
    if sum.is_zero() {
        return "–".into();
    }
    // Only an amount near the largest jointly holds can overflow; it then has no share shown.
    let Some(share) = amount
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|hundredfold| hundredfold.checked_div(sum))
    else {
        return "–".into();
    };
    let share = share.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    format!("{share:.2}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_half_away_from_zero_and_an_empty_pool_has_none() {
        let d = |n: i64| Decimal::from(n);
        assert_eq!(share_of(d(1), d(3)), "33.33%");
        assert_eq!(share_of(d(1), d(8)), "12.50%");
        assert_eq!(share_of(d(1), d(16_000)), "0.01%");
        assert_eq!(share_of(d(7), d(7)), "100.00%");
        assert_eq!(share_of(Decimal::ZERO, Decimal::ZERO), "–");
    }
}
