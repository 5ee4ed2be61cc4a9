//! Pooled money by partner and financial year: exact sums of pool contributions, never
//! `other_funding` (which is counted apart, to say what is left out).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Agreement, Amount};
use crate::render::text::one_line;
use crate::spec::PooledFund;

/// Pooled fund contributions by partner and financial year.
#[derive(Debug, Clone, Serialize)]
pub struct MoneyTable {
    /// The column labels: financial years in order, then "year not stated" if any pool has none.
    pub years: Vec<String>,
    /// One row per partner, sorted by name.
    pub partners: Vec<PartnerMoney>,
    /// The total of each year column.
    pub year_totals: Vec<Amount>,
    /// The total of every contribution.
    pub total: Amount,
    /// How many pooled funds have contributions.
    pub pools: usize,
    /// How many pooled funds list no contributions (they add nothing here).
    pub pools_without_contributions: usize,
    /// The money in `other_funding` (not pooled, so not in the table).
    pub other_funding_total: Amount,
    /// How many `other_funding` entries there are.
    pub other_funding_items: usize,
}

/// A partner's contributions.
#[derive(Debug, Clone, Serialize)]
pub struct PartnerMoney {
    /// The partner's legal name; for a party with no name, its id and the file it is in.
    pub name: String,
    /// One per year column: the sum, or none where the partner contributed nothing that year.
    pub cells: Vec<Option<Amount>>,
    pub total: Amount,
    /// The agreements the contributions are in, sorted.
    pub agreements: Vec<String>,
}

const YEAR_NOT_STATED: &str = "year not stated";

/// A year column: `(not stated, label)`, so that "year not stated" sorts last.
type YearKey = (bool, String);

/// The sums so far, as the agreements are read.
#[derive(Default)]
struct Tally {
    /// By partner name: the sum for each year, and the files the contributions are in.
    by_partner: BTreeMap<String, (BTreeMap<YearKey, Decimal>, Vec<String>)>,
    years: BTreeMap<YearKey, Decimal>,
    pools: usize,
    pools_without_contributions: usize,
    other_funding_total: Decimal,
    other_funding_items: usize,
}

pub(super) fn build(agreements: &[Agreement]) -> MoneyTable {
    let mut tally = Tally::default();
    for agreement in agreements {
        for scheme in &agreement.spec().schemes {
            for other in &scheme.other_funding {
                // An aligned budget given as several `amounts` counts once, at its total.
                tally.other_funding_total += other.sum().unwrap_or_default().0;
                tally.other_funding_items += 1;
            }
            if let Some(pool) = &scheme.pooled_fund {
                tally.add_pool(agreement, pool);
            }
        }
    }
    tally.table()
}

impl Tally {
    fn add_pool(&mut self, agreement: &Agreement, pool: &PooledFund) {
        if pool.contributions.is_empty() {
            self.pools_without_contributions += 1;
            return;
        }
        self.pools += 1;
        let year: YearKey = match &pool.financial_year {
            Some(year) if !year.0.trim().is_empty() => (false, year.0.trim().to_owned()),
            _ => (true, YEAR_NOT_STATED.to_owned()),
        };
        for contribution in &pool.contributions {
            let name = partner_name(agreement, &contribution.party);
            let (cells, files) = self.by_partner.entry(name).or_default();
            *cells.entry(year.clone()).or_default() += contribution.amount.0;
            *self.years.entry(year.clone()).or_default() += contribution.amount.0;
            if !files.iter().any(|f| f == agreement.path) {
                files.push(agreement.path.to_owned());
            }
        }
    }

    fn table(self) -> MoneyTable {
        let year_keys: Vec<&YearKey> = self.years.keys().collect();
        let mut partners: Vec<PartnerMoney> = self
            .by_partner
            .into_iter()
            .map(|(name, (cells, mut files))| {
                files.sort();
                PartnerMoney {
                    cells: year_keys
                        .iter()
                        .map(|y| cells.get(*y).copied().map(Amount))
                        .collect(),
                    total: Amount(cells.values().copied().sum()),
                    agreements: files,
                    name,
                }
            })
            .collect();
        partners.sort_by(|a, b| {
            (a.name.to_lowercase(), &a.name).cmp(&(b.name.to_lowercase(), &b.name))
        });
        MoneyTable {
            years: year_keys.iter().map(|(_, label)| label.clone()).collect(),
            year_totals: self.years.values().copied().map(Amount).collect(),
            total: Amount(self.years.values().copied().sum()),
            partners,
            pools: self.pools,
            pools_without_contributions: self.pools_without_contributions,
            other_funding_total: Amount(self.other_funding_total),
            other_funding_items: self.other_funding_items,
        }
    }
}

/// The name a party's money is shown under: its legal name, or for a party with no name (or
/// an id that names no party), the id and the file, so that two files' `council` stay apart.
fn partner_name(agreement: &Agreement, id: &str) -> String {
    agreement
        .spec()
        .parties
        .iter()
        .find(|p| p.id == id)
        .and_then(|p| p.name.as_deref())
        .map(one_line)
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| format!("{} (party id in {})", one_line(id), agreement.path))
}
