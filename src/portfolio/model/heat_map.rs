//! The heat map: agreements × requirements (the statutory rules that applied to any agreement,
//! and the 27 checklist items), each cell met, missing, not applicable or waived.

use serde::Serialize;

use super::SharedText;
use super::cells::Cells;
use crate::render::gaps::GapCounts;
use crate::rules::{self, Addressed, Checked, ChecklistItem, Rule};

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
    pub path: SharedText,
    /// The agreement's title on one line, or "Untitled agreement".
    pub title: SharedText,
    /// The agreement's findings not waived and its placeholders, counted as its draft counts
    /// them.
    #[serde(flatten)]
    pub gaps: GapCounts,
    pub checklist_addressed: usize,
    /// Whether the 2007 checklist applies to the agreement (not to a payment or Welsh
    /// agreement, whose checklist cells are all not applicable).
    pub checklist_applies: bool,
    /// One cell per statutory column.
    pub statutory: Cells,
    /// One cell per checklist column.
    pub checklist: Cells,
}

/// One agreement against one requirement.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Cell {
    pub status: CellStatus,
    /// Findings of the requirement not waived.
    pub findings: u32,
    /// Findings of the requirement waived.
    pub waived: u32,
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

const NOT_APPLICABLE: Cell = Cell {
    status: CellStatus::NotApplicable,
    findings: 0,
    waived: 0,
};

/// One agreement's row, as it arrives: its cells against every statutory rule that applied to
/// it (the columns are known only once every agreement has been read) and the checklist.
#[derive(Debug, Clone)]
pub(super) struct RowDigest {
    /// The statutory rules drawn from the law that applied, each by its position in the
    /// registry (kept small: the dashboard holds a row for every agreement), and their cells.
    statutory_rules: Box<[u16]>,
    statutory: Cells,
    checklist: Cells,
    pub(super) gaps: GapCounts,
    checklist_addressed: usize,
    checklist_applies: bool,
}

/// Reduces one checked agreement to its row.
pub(super) fn digest(checked: &Checked) -> RowDigest {
    let statutory: Vec<(u16, &Rule)> = rules::all()
        .iter()
        .enumerate()
        .filter(|(_, r)| r.from_the_law() && applied(checked, r.id))
        .filter_map(|(at, r)| Some((u16::try_from(at).ok()?, *r)))
        .collect();
    RowDigest {
        statutory_rules: statutory.iter().map(|(at, _)| *at).collect(),
        statutory: statutory
            .iter()
            .map(|(_, r)| cell(checked, r.id, false))
            .collect(),
        checklist: rules::CHECKLIST
            .iter()
            .map(|item| checklist_cell(checked, item))
            .collect(),
        gaps: GapCounts::of_checked(checked),
        checklist_addressed: checked.checklist.addressed(),
        checklist_applies: checked.checklist.applies,
    }
}

/// The heat map of the agreements' rows, given sorted by path as `(path, title, row)`.
pub(super) fn build(rows: Vec<(SharedText, SharedText, RowDigest)>) -> HeatMap {
    let registry = rules::all();
    let mut used = vec![false; registry.len()];
    for (_, _, row) in &rows {
        for at in &row.statutory_rules {
            used[usize::from(*at)] = true;
        }
    }
    let statutory_rules: Vec<(u16, &'static Rule)> = registry
        .iter()
        .copied()
        .enumerate()
        .filter(|(at, _)| used[*at])
        .filter_map(|(at, r)| Some((u16::try_from(at).ok()?, r)))
        .collect();
    HeatMap {
        statutory: statutory_rules
            .iter()
            .map(|(_, r)| Column {
                id: r.id,
                code: code(r.id),
                summary: r.summary.to_owned(),
                citation: r.citation.to_string(),
                unverified: r.unverified(),
            })
            .collect(),
        checklist: rules::CHECKLIST.iter().map(checklist_column).collect(),
        rows: rows
            .into_iter()
            .map(|(path, title, digest)| row(path, title, digest, &statutory_rules))
            .collect(),
    }
}

fn applied(checked: &Checked, rule_id: &str) -> bool {
    checked.applied.iter().any(|r| r.id == rule_id)
}

fn checklist_column(item: &ChecklistItem) -> Column {
    Column {
        id: item.id,
        code: code(item.id),
        summary: format!("Checklist item {}: {}.", item.number, item.words),
        citation: rules::find(item.id).map_or_else(
            || "DCSF/DH guide (2007), ch 7".to_owned(),
            |r| r.citation.to_string(),
        ),
        unverified: false,
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

fn row(
    path: SharedText,
    title: SharedText,
    digest: RowDigest,
    statutory_rules: &[(u16, &Rule)],
) -> Row {
    Row {
        path,
        title,
        gaps: digest.gaps,
        checklist_addressed: digest.checklist_addressed,
        checklist_applies: digest.checklist_applies,
        statutory: statutory_rules
            .iter()
            .map(|(at, _)| {
                digest
                    .statutory_rules
                    .iter()
                    .position(|rule| rule == at)
                    .and_then(|i| digest.statutory.get(i))
                    .unwrap_or(NOT_APPLICABLE)
            })
            .collect(),
        checklist: digest.checklist,
    }
}

/// An agreement against a checklist item: the checker's status of the item decides, and its
/// findings (or their waivers) mark it missing or waived.
fn checklist_cell(checked: &Checked, item: &ChecklistItem) -> Cell {
    if !checked.checklist.applies {
        return NOT_APPLICABLE;
    }
    let addressed = checked
        .checklist
        .items
        .iter()
        .find(|(i, _)| i.id == item.id)
        .map_or(Addressed::Missing, |(_, addressed)| *addressed);
    match addressed {
        Addressed::NotApplicable => NOT_APPLICABLE,
        Addressed::Missing => cell(checked, item.id, true),
        Addressed::ByData | Addressed::ByClause | Addressed::NothingFurther => {
            cell(checked, item.id, false)
        }
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
    // Counts are kept small: the dashboard holds a cell for every agreement and requirement.
    let small = |count: usize| u32::try_from(count).unwrap_or(u32::MAX);
    Cell {
        status,
        findings: small(findings),
        waived: small(waived),
    }
}
