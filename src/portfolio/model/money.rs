//! Pooled money by partner and financial year: exact sums of pool contributions, never
//! `other_funding` (which is counted apart, to say what is left out). Money is summed within a
//! financial year only: a 2006/07 pound and a 2024/25 pound are never added together, so there
//! is no total across years, for a partner or for the portfolio. An amount not yet
//! agreed (`unknown`) is never added as zero: it is counted apart, and the page says how many
//! there are.

use std::collections::{BTreeMap, HashSet};

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Agreement, Amount, SharedText};
use crate::render::text::one_line;
use crate::spec::{Amount as SpecAmount, FinancialYear, PooledFund};

/// Pooled fund contributions by partner and financial year.
#[derive(Debug, Clone, Serialize)]
pub struct MoneyTable {
    /// The column labels: financial years in order, then "year not stated" if any pool has none.
    pub years: Vec<String>,
    /// One row per partner, sorted by name.
    pub partners: Vec<PartnerMoney>,
    /// The total of each year column.
    pub year_totals: Vec<Amount>,
    /// How many pooled funds have contributions.
    pub pools: usize,
    /// How many pooled funds list no contributions (they add nothing here).
    pub pools_without_contributions: usize,
    /// How many `other_funding` entries there are (not pooled, so not in the table; their
    /// money is not added up either, as it spans years).
    pub other_funding_items: usize,
    /// How many contributions are not yet agreed (`unknown`): they are in no sum.
    pub contributions_not_agreed: usize,
    /// How many `other_funding` amounts are not yet agreed (`unknown`).
    pub other_funding_not_agreed: usize,
    /// How many amounts are left out because adding them would exceed what jointly can hold
    /// exactly (only absurd figures do).
    pub amounts_too_large: usize,
}

/// A partner's contributions.
#[derive(Debug, Clone, Serialize)]
pub struct PartnerMoney {
    /// The partner's legal name; for a party with no name, its id and the file it is in.
    pub name: String,
    /// One per year column: the sum, or none where the partner contributed nothing that year.
    pub cells: Vec<Option<Amount>>,
    /// The agreements the contributions are in, sorted.
    pub agreements: Vec<SharedText>,
}

/// The table as the page's template sees it around the partners' rows: every field, with
/// `partners` only saying whether there are any. The rows themselves are rendered a chunk at a
/// time, so the page never holds them all as template values.
#[derive(Serialize)]
pub struct MoneyHead<'a> {
    years: &'a [String],
    partners: bool,
    year_totals: &'a [Amount],
    pools: usize,
    pools_without_contributions: usize,
    other_funding_items: usize,
    contributions_not_agreed: usize,
    other_funding_not_agreed: usize,
    amounts_too_large: usize,
}

impl MoneyTable {
    /// The table without its rows: see `MoneyHead`.
    pub fn head(&self) -> MoneyHead<'_> {
        MoneyHead {
            years: &self.years,
            partners: !self.partners.is_empty(),
            year_totals: &self.year_totals,
            pools: self.pools,
            pools_without_contributions: self.pools_without_contributions,
            other_funding_items: self.other_funding_items,
            contributions_not_agreed: self.contributions_not_agreed,
            other_funding_not_agreed: self.other_funding_not_agreed,
            amounts_too_large: self.amounts_too_large,
        }
    }
}

const YEAR_NOT_STATED: &str = "year not stated";

/// A year column: `(not stated, label)`, so that "year not stated" sorts last.
type YearKey = (bool, String);

/// The sums so far, as the agreements are read.
#[derive(Default)]
struct Tally {
    /// By partner name: the sum for each year, and the files the contributions are in.
    by_partner: BTreeMap<SharedText, (BTreeMap<YearKey, Decimal>, Vec<SharedText>)>,
    years: BTreeMap<YearKey, Decimal>,
    pools: usize,
    pools_without_contributions: usize,
    other_funding_items: usize,
    /// The sum of every contribution added, never shown (it spans years): no cell or year
    /// total exceeds it, so it bounds every sum that is shown.
    bound: Decimal,
    contributions_not_agreed: usize,
    other_funding_not_agreed: usize,
    amounts_too_large: usize,
}

/// One agreement's money, as it arrives, in the order it is added up: an `other_funding`
/// entry (whether its amount is agreed), or a pooled fund (its year and each contribution
/// under its partner's name; a fund without contributions has none).
#[derive(Debug, Clone)]
pub(super) enum Item {
    OtherFunding {
        agreed: bool,
    },
    Pool {
        year: Option<YearKey>,
        contributions: Vec<(SharedText, SpecAmount)>,
    },
}

/// The partners' names met so far: each is kept once, however many contributions it has.
#[derive(Default)]
pub(super) struct Names(HashSet<SharedText>);

impl Names {
    fn shared(&mut self, name: String) -> SharedText {
        if let Some(known) = self.0.get(name.as_str()) {
            return known.clone();
        }
        let name = SharedText::from(name);
        self.0.insert(name.clone());
        name
    }
}

/// Reduces one agreement to the money the table shows.
pub(super) fn items(agreement: &Agreement, names: &mut Names) -> Vec<Item> {
    let mut items = Vec::new();
    let spec = agreement.spec();
    // A core agreement's schedules per financial year (`years`) count in their own year's
    // column: a pool there that states no year is for the year it is written under.
    let yearly = spec.years.iter().flat_map(|year| {
        let written = Some(&year.financial_year);
        year.schemes.iter().map(move |scheme| (scheme, written))
    });
    for (scheme, year) in spec.schemes.iter().map(|s| (s, None)).chain(yearly) {
        for other in &scheme.other_funding {
            // An aligned budget given as several `amounts` counts once.
            let agreed = !matches!(other.sum(), Some(SpecAmount::Unknown));
            items.push(Item::OtherFunding { agreed });
        }
        if let Some(pool) = &scheme.pooled_fund {
            items.push(pool_item(agreement, pool, year, names));
        }
    }
    items
}

fn pool_item(
    agreement: &Agreement,
    pool: &PooledFund,
    year: Option<&FinancialYear>,
    names: &mut Names,
) -> Item {
    if pool.contributions.is_empty() {
        return Item::Pool {
            year: None,
            contributions: Vec::new(),
        };
    }
    let year: YearKey = match pool.financial_year.as_ref().or(year) {
        Some(year) if !year.0.trim().is_empty() => (false, year.0.trim().to_owned()),
        _ => (true, YEAR_NOT_STATED.to_owned()),
    };
    let contributions = pool
        .contributions
        .iter()
        .map(|c| (names.shared(partner_name(agreement, &c.party)), c.amount))
        .collect();
    Item::Pool {
        year: Some(year),
        contributions,
    }
}

/// The table of the agreements' money, given sorted by path as `(path, items)`.
pub(super) fn build<'a>(
    agreements: impl IntoIterator<Item = (&'a SharedText, &'a [Item])>,
) -> MoneyTable {
    let mut tally = Tally::default();
    for (path, items) in agreements {
        for item in items {
            match item {
                Item::OtherFunding { agreed } => {
                    tally.other_funding_items += 1;
                    tally.other_funding_not_agreed += usize::from(!agreed);
                }
                Item::Pool {
                    year,
                    contributions,
                } => tally.add_pool(path, year.as_ref(), contributions),
            }
        }
    }
    tally.table()
}

impl Tally {
    fn add_pool(
        &mut self,
        path: &SharedText,
        year: Option<&YearKey>,
        contributions: &[(SharedText, SpecAmount)],
    ) {
        let Some(year) = year else {
            self.pools_without_contributions += 1;
            return;
        };
        self.pools += 1;
        for (name, amount) in contributions {
            let SpecAmount::Stated(money) = *amount else {
                self.contributions_not_agreed += 1;
                continue;
            };
            let Some(bound) = self.bound.checked_add(money.0) else {
                self.amounts_too_large += 1;
                continue;
            };
            self.bound = bound;
            let (cells, files) = self.by_partner.entry(name.clone()).or_default();
            // Amounts are never negative, so neither sum can exceed `bound`, which fitted.
            *cells.entry(year.clone()).or_default() += money.0;
            *self.years.entry(year.clone()).or_default() += money.0;
            if !files.iter().any(|f| f == path) {
                files.push(path.clone());
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
                    agreements: files,
                    name: name.to_string(),
                }
            })
            .collect();
        partners.sort_by(|a, b| {
            (a.name.to_lowercase(), &a.name).cmp(&(b.name.to_lowercase(), &b.name))
        });
        MoneyTable {
            years: year_keys.iter().map(|(_, label)| label.clone()).collect(),
            year_totals: self.years.values().copied().map(Amount).collect(),
            partners,
            pools: self.pools,
            pools_without_contributions: self.pools_without_contributions,
            other_funding_items: self.other_funding_items,
            contributions_not_agreed: self.contributions_not_agreed,
            other_funding_not_agreed: self.other_funding_not_agreed,
            amounts_too_large: self.amounts_too_large,
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
