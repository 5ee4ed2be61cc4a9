//! The portfolio model: everything the page shows, computed from checked agreements and an
//! `as_of` date. Every decision (what counts as met, which money is pooled, what is due,
//! which bodies no longer exist) is made here; templates only choose words and layout.
//!
//! Strings from specs are kept plain here (the JSON carries them as written); the HTML
//! template escapes them (tera autoescape) and the Markdown template through its `md` filter.

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;
use serde::ser::SerializeStruct;

use super::text::days;
use super::{Entry, EntryOutcome};
use crate::render::text::{long_date, one_line};
use crate::rules::{self, Addressed, Checked, Group};
use crate::spec::{BodyType, Document, LoadError, Money, Spec};

/// The version of the JSON format [`super::to_json`] writes.
pub const FORMAT_VERSION: u32 = 1;
/// How many days after `as_of` a review, expiry or waiver expiry counts as coming up.
pub const WINDOW_DAYS: i64 = 90;

/// A whole repository of agreements, as the dashboard shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Portfolio {
    /// Always [`FORMAT_VERSION`] (1).
    pub format_version: u32,
    /// The date the portfolio is judged at (`YYYY-MM-DD`).
    pub as_of: Date,
    /// The same, written out in en-GB: `25 November 2026`.
    pub as_of_long: String,
    /// The look-ahead window for dates coming up, in days ([`WINDOW_DAYS`]).
    pub window_days: i64,
    pub summary: Summary,
    pub heat_map: HeatMap,
    /// Files that could not be loaded, sorted by path.
    pub unreadable: Vec<Unreadable>,
    pub money: MoneyTable,
    /// Reviews and expiries overdue or due within the window, sorted by date.
    pub due: Vec<Due>,
    /// Parties that no longer existed at `as_of`, sorted by path and party id.
    pub novations: Vec<Novation>,
    /// Every waiver of every agreement, sorted by expiry (those without one last), then path.
    pub waivers: Vec<WaiverRow>,
    /// What the checks covered (the rules that applied to any agreement) and what jointly does
    /// not check that concerns any of them.
    pub scope: rules::coverage::RunCoverage,
}

/// An exact amount of money: serialised as `{"value": "22250000.00", "display": "£22,250,000.00"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Amount(pub Decimal);

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Amount", 2)?;
        out.serialize_field("value", &format!("{:.2}", self.0.round_dp(2)))?;
        out.serialize_field("display", &Money(self.0).to_string())?;
        out.end()
    }
}

/// The counts at the top of the page.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Agreements that loaded and were checked.
    pub agreements: usize,
    /// Files that could not be loaded.
    pub unreadable: usize,
    /// Findings of statutory rules, not waived (including unverified ones).
    pub statutory_gaps: usize,
    /// Of those, findings resting on unverified wording (warnings, not errors).
    pub statutory_unverified: usize,
    /// Findings of guidance rules (including checklist items), not waived.
    pub guidance_gaps: usize,
    /// Findings set aside by a waiver in force.
    pub waived: usize,
    /// The sum of every pooled fund contribution.
    pub pooled_total: Amount,
    /// Reviews and expiries overdue or due within the window.
    pub due: usize,
    /// Of those, overdue.
    pub overdue: usize,
    /// Parties that need a novation.
    pub novations: usize,
    /// Waivers expired or expiring within the window.
    pub waivers_flagged: usize,
}

/// Agreements × requirements.
#[derive(Debug, Clone, Serialize)]
pub struct HeatMap {
    /// The statutory rules that applied to at least one agreement, in rulebook order.
    pub statutory: Vec<Column>,
    /// The 27 checklist items, in the guide's order.
    pub checklist: Vec<Column>,
    /// One row per agreement, sorted by path.
    pub rows: Vec<Row>,
}

/// A requirement: a statutory rule or a checklist item.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    /// The rulebook ID, e.g. `REG617-7-3-a` or `GUIDE07-CL-13`.
    pub id: &'static str,
    /// The short code in the column header, e.g. `7-3-a` or `CL-13`.
    pub code: String,
    /// What the requirement is, in a line.
    pub summary: String,
    /// The provision, e.g. `SI 2000/617, reg 7(3)(a)`.
    pub citation: String,
    /// Whether the rule's wording is unverified (its findings are warnings).
    pub unverified: bool,
}

/// One agreement's row of the heat map.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub path: String,
    /// The agreement's title on one line, or "Untitled agreement".
    pub title: String,
    pub statutory_gaps: usize,
    pub guidance_gaps: usize,
    pub checklist_addressed: usize,
    /// One cell per statutory column.
    pub statutory: Vec<Cell>,
    /// One cell per checklist column.
    pub checklist: Vec<Cell>,
}

/// One agreement against one requirement.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Cell {
    pub status: CellStatus,
    /// Findings of the requirement not waived.
    pub findings: usize,
    /// Findings of the requirement waived.
    pub waived: usize,
}

/// How an agreement stands against a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CellStatus {
    /// The rule applied and found nothing; the checklist item is addressed.
    Met,
    /// The rule found something not waived; the checklist item is not addressed.
    Missing,
    /// The rule did not apply; the checklist item is marked not applicable with a reason.
    NotApplicable,
    /// Every finding of the requirement is covered by a waiver in force.
    Waived,
}

/// A file that could not be loaded, with its first problem.
#[derive(Debug, Clone, Serialize)]
pub struct Unreadable {
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub help: Option<String>,
    /// How many problems the loader reported.
    pub problems: usize,
}

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

/// A review or expiry overdue or coming up.
#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub path: String,
    pub title: String,
    pub kind: DueKind,
    pub date: Date,
    pub date_long: String,
    /// Days from `as_of` to the date: negative when it has passed.
    pub days: i64,
    pub overdue: bool,
    /// "overdue by 3 days", "due today", "due in 12 days".
    pub status: String,
    /// For an expiry of a term that then rolls on: the notice in months.
    pub rolling_notice_months: Option<u32>,
}

/// What is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    /// The first review (`agreement.review.first`).
    Review,
    /// The end of the term (`agreement.expiry`).
    Expiry,
}

/// A party that no longer existed at `as_of`.
#[derive(Debug, Clone, Serialize)]
pub struct Novation {
    pub path: String,
    pub title: String,
    pub party_id: String,
    pub party_name: Option<String>,
    pub body_type: BodyType,
    /// The body type in words, e.g. "primary care trust".
    pub body_words: String,
    /// The last day bodies of this type existed.
    pub ended: Date,
    pub ended_long: String,
    /// The era table's note, e.g. what replaced it.
    pub note: &'static str,
    /// Whether the era table's dates for this type are verified.
    pub verified: bool,
}

/// One waiver of one agreement.
#[derive(Debug, Clone, Serialize)]
pub struct WaiverRow {
    pub path: String,
    pub title: String,
    /// The waiver's index in the spec's `waivers`.
    pub index: usize,
    /// The rule as the waiver names it.
    pub rule: String,
    /// The rule's ID, when the waiver names a rule jointly has.
    pub rule_id: Option<&'static str>,
    pub at: Option<String>,
    pub reason: String,
    pub approved_by: String,
    pub expires: Option<Date>,
    pub expires_long: Option<String>,
    /// Days from `as_of` to the expiry: negative when it has passed.
    pub days: Option<i64>,
    pub status: WaiverStatus,
    /// "expired 3 days ago", "expires in 12 days", "in force", "in force, no expiry date".
    pub status_text: String,
    /// Whether it is expired or expiring within the window.
    pub flagged: bool,
    /// How many findings it sets aside.
    pub findings_covered: usize,
    /// What the checker says is wrong with the waiver itself, if anything.
    pub problem: Option<String>,
}

/// Where a waiver stands at `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WaiverStatus {
    /// Its expiry date has passed.
    Expired,
    /// It expires within the window (today included).
    Expiring,
    /// It expires after the window, or has no expiry date.
    InForce,
}

/// One checked agreement, as the builder sees it.
struct Agreement<'a> {
    path: &'a str,
    document: &'a Document,
    checked: &'a Checked,
    title: String,
}

impl Agreement<'_> {
    fn spec(&self) -> &Spec {
        &self.document.spec
    }
}

/// Builds the portfolio of `entries` as it stands on `as_of`.
pub fn build(entries: &[Entry], as_of: Date) -> Portfolio {
    let mut sorted: Vec<&Entry> = entries.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    let mut agreements = Vec::new();
    let mut failed: Vec<(&str, &LoadError)> = Vec::new();
    for entry in sorted {
        match &entry.outcome {
            EntryOutcome::Checked { document, checked } => agreements.push(Agreement {
                path: &entry.path,
                document,
                checked,
                title: document
                    .spec
                    .agreement
                    .title
                    .as_deref()
                    .map(one_line)
                    .filter(|t| !t.is_empty())
                    .unwrap_or_else(|| "Untitled agreement".to_owned()),
            }),
            EntryOutcome::Failed(error) => failed.push((&entry.path, error)),
        }
    }

    let heat_map = heat_map(&agreements);
    let unreadable = unreadable(&failed);
    let money = money(&agreements);
    let due = due(&agreements, as_of);
    let novations = novations(&agreements, as_of);
    let waivers = waivers(&agreements, as_of);
    let mut scope = rules::coverage::RunCoverageBuilder::default();
    for agreement in &agreements {
        scope.add(
            &agreement.checked.applied,
            &rules::coverage::relevant(&agreement.document.spec),
        );
    }
    let scope = scope.finish();

    let findings = agreements.iter().flat_map(|a| &a.checked.findings);
    let statutory = |f: &&rules::Finding| f.rule.group == Group::Statutory;
    let summary = Summary {
        agreements: agreements.len(),
        unreadable: unreadable.len(),
        statutory_gaps: findings.clone().filter(statutory).count(),
        statutory_unverified: findings
            .clone()
            .filter(|f| statutory(f) && f.unverified)
            .count(),
        guidance_gaps: findings.filter(|f| !statutory(f)).count(),
        waived: agreements.iter().map(|a| a.checked.waived.len()).sum(),
        pooled_total: money.total,
        due: due.len(),
        overdue: due.iter().filter(|d| d.overdue).count(),
        novations: novations.len(),
        waivers_flagged: waivers.iter().filter(|w| w.flagged).count(),
    };
    Portfolio {
        format_version: FORMAT_VERSION,
        as_of,
        as_of_long: long_date(as_of),
        window_days: WINDOW_DAYS,
        summary,
        heat_map,
        unreadable,
        money,
        due,
        novations,
        waivers,
        scope,
    }
}

/// The column header code of a rule: `REG617-7-3-a` → `7-3-a`, `NHSA2006-75-BASIS` →
/// `s75-BASIS`, `GUIDE07-CL-13` → `CL-13`.
fn code(id: &str) -> String {
    if let Some(rest) = id.strip_prefix("REG617-") {
        rest.to_owned()
    } else if let Some(rest) = id.strip_prefix("NHSA2006-") {
        format!("s{rest}")
    } else if let Some(rest) = id.strip_prefix("GUIDE07-") {
        rest.to_owned()
    } else {
        id.to_owned()
    }
}

fn cell(checked: &Checked, rule_id: &str, missing_by_status: bool) -> Cell {
    let findings = checked
        .findings
        .iter()
        .filter(|f| f.rule.id == rule_id)
        .count();
    let waived = checked
        .waived
        .iter()
        .filter(|w| w.finding.rule.id == rule_id)
        .count();
    let status = if findings > 0 {
        CellStatus::Missing
    } else if waived > 0 {
        CellStatus::Waived
    } else if missing_by_status {
        CellStatus::Missing
    } else {
        CellStatus::Met
    };
    Cell {
        status,
        findings,
        waived,
    }
}

fn heat_map(agreements: &[Agreement]) -> HeatMap {
    let applied = |a: &Agreement, id: &str| a.checked.applied.iter().any(|r| r.id == id);
    let statutory_rules: Vec<&'static rules::Rule> = rules::all()
        .iter()
        .copied()
        .filter(|r| r.group == Group::Statutory && agreements.iter().any(|a| applied(a, r.id)))
        .collect();
    let statutory = statutory_rules
        .iter()
        .map(|r| Column {
            id: r.id,
            code: code(r.id),
            summary: r.summary.to_owned(),
            citation: r.citation.to_string(),
            unverified: r.unverified(),
        })
        .collect();
    let checklist = rules::CHECKLIST
        .iter()
        .map(|item| {
            let rule = rules::find(item.id);
            Column {
                id: item.id,
                code: code(item.id),
                summary: format!("Checklist item {}: {}.", item.number, item.words),
                citation: rule.map_or_else(
                    || "DCSF/DH guide (2007), ch 7".to_owned(),
                    |r| r.citation.to_string(),
                ),
                unverified: false,
            }
        })
        .collect();
    let rows = agreements
        .iter()
        .map(|a| {
            let statutory_cells = statutory_rules
                .iter()
                .map(|r| {
                    if applied(a, r.id) {
                        cell(a.checked, r.id, false)
                    } else {
                        Cell {
                            status: CellStatus::NotApplicable,
                            findings: 0,
                            waived: 0,
                        }
                    }
                })
                .collect();
            let checklist_cells = rules::CHECKLIST
                .iter()
                .map(|item| {
                    let addressed = a
                        .checked
                        .checklist
                        .items
                        .iter()
                        .find(|(i, _)| i.id == item.id)
                        .map_or(Addressed::Missing, |(_, addressed)| *addressed);
                    match addressed {
                        Addressed::NotApplicable => Cell {
                            status: CellStatus::NotApplicable,
                            findings: 0,
                            waived: 0,
                        },
                        Addressed::Missing => cell(a.checked, item.id, true),
                        Addressed::ByData | Addressed::ByClause | Addressed::NothingFurther => {
                            cell(a.checked, item.id, false)
                        }
                    }
                })
                .collect();
            let findings = &a.checked.findings;
            Row {
                path: a.path.to_owned(),
                title: a.title.clone(),
                statutory_gaps: findings
                    .iter()
                    .filter(|f| f.rule.group == Group::Statutory)
                    .count(),
                guidance_gaps: findings
                    .iter()
                    .filter(|f| f.rule.group != Group::Statutory)
                    .count(),
                checklist_addressed: a.checked.checklist.addressed(),
                statutory: statutory_cells,
                checklist: checklist_cells,
            }
        })
        .collect();
    HeatMap {
        statutory,
        checklist,
        rows,
    }
}

fn unreadable(failed: &[(&str, &LoadError)]) -> Vec<Unreadable> {
    failed
        .iter()
        .map(|(path, error)| {
            let first = error.problems.first();
            Unreadable {
                path: (*path).to_owned(),
                line: first.map_or(1, |p| p.span.line),
                column: first.map_or(1, |p| p.span.column),
                message: first.map_or_else(
                    || "could not be loaded".to_owned(),
                    |p| one_line(&p.message),
                ),
                help: first.and_then(|p| p.help.as_deref()).map(one_line),
                problems: error.problems.len(),
            }
        })
        .collect()
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

const YEAR_NOT_STATED: &str = "year not stated";

fn money(agreements: &[Agreement]) -> MoneyTable {
    // Year keys sort with "not stated" last.
    type YearKey = (bool, String);
    let mut by_partner: BTreeMap<String, (BTreeMap<YearKey, Decimal>, Vec<String>)> =
        BTreeMap::new();
    let mut years: BTreeMap<YearKey, Decimal> = BTreeMap::new();
    let mut pools = 0;
    let mut pools_without_contributions = 0;
    let mut other_funding_total = Decimal::ZERO;
    let mut other_funding_items = 0;
    for agreement in agreements {
        for scheme in &agreement.spec().schemes {
            for other in &scheme.other_funding {
                other_funding_total += other.amount.0;
                other_funding_items += 1;
            }
            let Some(pool) = &scheme.pooled_fund else {
                continue;
            };
            if pool.contributions.is_empty() {
                pools_without_contributions += 1;
                continue;
            }
            pools += 1;
            let year: YearKey = match &pool.financial_year {
                Some(year) if !year.0.trim().is_empty() => (false, year.0.trim().to_owned()),
                _ => (true, YEAR_NOT_STATED.to_owned()),
            };
            for contribution in &pool.contributions {
                let name = partner_name(agreement, &contribution.party);
                let (cells, files) = by_partner.entry(name).or_default();
                *cells.entry(year.clone()).or_default() += contribution.amount.0;
                *years.entry(year.clone()).or_default() += contribution.amount.0;
                if !files.iter().any(|f| f == agreement.path) {
                    files.push(agreement.path.to_owned());
                }
            }
        }
    }
    let year_keys: Vec<&YearKey> = years.keys().collect();
    let mut partners: Vec<PartnerMoney> = by_partner
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
    partners
        .sort_by(|a, b| (a.name.to_lowercase(), &a.name).cmp(&(b.name.to_lowercase(), &b.name)));
    MoneyTable {
        years: year_keys.iter().map(|(_, label)| label.clone()).collect(),
        year_totals: years.values().copied().map(Amount).collect(),
        total: Amount(years.values().copied().sum()),
        partners,
        pools,
        pools_without_contributions,
        other_funding_total: Amount(other_funding_total),
        other_funding_items,
    }
}

/// Days from `from` to `to` (negative when `to` is earlier).
fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |span| i64::from(span.get_days()))
}

fn due_status(days_left: i64) -> String {
    match days_left {
        d if d < 0 => format!("overdue by {}", days(-d)),
        0 => "due today".to_owned(),
        d => format!("due in {}", days(d)),
    }
}

fn due(agreements: &[Agreement], as_of: Date) -> Vec<Due> {
    let mut out = Vec::new();
    for agreement in agreements {
        let terms = &agreement.spec().agreement;
        let dates = [
            (DueKind::Review, terms.review.as_ref().and_then(|r| r.first)),
            (DueKind::Expiry, terms.expiry),
        ];
        for (kind, date) in dates {
            let Some(date) = date else { continue };
            let days_left = days_between(as_of, date);
            if days_left > WINDOW_DAYS {
                continue;
            }
            out.push(Due {
                path: agreement.path.to_owned(),
                title: agreement.title.clone(),
                kind,
                date,
                date_long: long_date(date),
                days: days_left,
                overdue: days_left < 0,
                status: due_status(days_left),
                rolling_notice_months: match kind {
                    DueKind::Expiry => terms.rolling.as_ref().map(|r| r.notice_months),
                    DueKind::Review => None,
                },
            });
        }
    }
    out.sort_by(|a, b| (a.date, &a.path, a.kind).cmp(&(b.date, &b.path, b.kind)));
    out
}

fn novations(agreements: &[Agreement], as_of: Date) -> Vec<Novation> {
    let mut out = Vec::new();
    for agreement in agreements {
        for party in &agreement.spec().parties {
            let Some(era) = rules::era_of(party.body_type) else {
                continue;
            };
            let Some(ended) = era.until.filter(|until| *until < as_of) else {
                continue;
            };
            out.push(Novation {
                path: agreement.path.to_owned(),
                title: agreement.title.clone(),
                party_id: party.id.clone(),
                party_name: party.name.as_deref().map(one_line),
                body_type: party.body_type,
                body_words: rules::type_words(party.body_type).to_owned(),
                ended,
                ended_long: long_date(ended),
                note: era.note,
                verified: era.verified,
            });
        }
    }
    out.sort_by(|a, b| (&a.path, &a.party_id).cmp(&(&b.path, &b.party_id)));
    out
}

fn waivers(agreements: &[Agreement], as_of: Date) -> Vec<WaiverRow> {
    let mut out = Vec::new();
    for agreement in agreements {
        for (index, waiver) in agreement.spec().waivers.iter().enumerate() {
            let days_left = waiver.expires.map(|e| days_between(as_of, e));
            let (status, status_text) = match days_left {
                Some(d) if d < 0 => (WaiverStatus::Expired, format!("expired {} ago", days(-d))),
                Some(0) => (WaiverStatus::Expiring, "expires today".to_owned()),
                Some(d) if d <= WINDOW_DAYS => {
                    (WaiverStatus::Expiring, format!("expires in {}", days(d)))
                }
                Some(d) => (
                    WaiverStatus::InForce,
                    format!("in force; expires in {}", days(d)),
                ),
                None => (WaiverStatus::InForce, "in force; no expiry date".to_owned()),
            };
            let problem = agreement
                .checked
                .waiver_notes
                .iter()
                .filter(|n| n.waiver == index)
                .map(|n| one_line(&n.message))
                .collect::<Vec<_>>();
            out.push(WaiverRow {
                path: agreement.path.to_owned(),
                title: agreement.title.clone(),
                index,
                rule: one_line(&waiver.rule),
                rule_id: rules::find(&waiver.rule).map(|r| r.id),
                at: waiver.at.as_deref().map(one_line),
                reason: one_line(&waiver.reason),
                approved_by: one_line(&waiver.approved_by),
                expires: waiver.expires,
                expires_long: waiver.expires.map(long_date),
                days: days_left,
                flagged: status != WaiverStatus::InForce,
                status,
                status_text,
                findings_covered: agreement
                    .checked
                    .waived
                    .iter()
                    .filter(|w| w.waiver == index)
                    .count(),
                problem: (!problem.is_empty()).then(|| problem.join("; ")),
            });
        }
    }
    out.sort_by(|a, b| {
        (a.expires.is_none(), a.expires, &a.path, a.index).cmp(&(
            b.expires.is_none(),
            b.expires,
            &b.path,
            b.index,
        ))
    });
    out
}
