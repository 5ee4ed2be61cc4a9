//! The heat map: agreements × requirements (the statutory rules that applied to any agreement,
//! and the 27 checklist items), each cell met, missing, not applicable or waived.

use serde::Serialize;

use super::Agreement;
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
    pub path: String,
    /// The agreement's title on one line, or "Untitled agreement".
    pub title: String,
    /// The agreement's findings not waived and its placeholders, counted as its draft counts
    /// them.
    #[serde(flatten)]
    pub gaps: GapCounts,
    pub checklist_addressed: usize,
    /// Whether the 2007 checklist applies to the agreement (not to a payment or Welsh
    /// agreement, whose checklist cells are all not applicable).
    pub checklist_applies: bool,
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

const NOT_APPLICABLE: Cell = Cell {
    status: CellStatus::NotApplicable,
    findings: 0,
    waived: 0,
};

pub(super) fn build(agreements: &[Agreement]) -> HeatMap {
    let statutory_rules: Vec<&'static Rule> = rules::all()
        .iter()
        .copied()
        .filter(|r| r.from_the_law() && agreements.iter().any(|a| applied(a, r.id)))
        .collect();
    HeatMap {
        statutory: statutory_rules
            .iter()
            .map(|r| Column {
                id: r.id,
                code: code(r.id),
                summary: r.summary.to_owned(),
                citation: r.citation.to_string(),
                unverified: r.unverified(),
            })
            .collect(),
        checklist: rules::CHECKLIST.iter().map(checklist_column).collect(),
        rows: agreements
            .iter()
            .map(|a| row(a, &statutory_rules))
            .collect(),
    }
}

fn applied(agreement: &Agreement, rule_id: &str) -> bool {
    agreement.checked.applied.iter().any(|r| r.id == rule_id)
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

fn row(agreement: &Agreement, statutory_rules: &[&'static Rule]) -> Row {
    Row {
        path: agreement.path.to_owned(),
        title: agreement.title.clone(),
        gaps: GapCounts::of_checked(agreement.checked),
        checklist_addressed: agreement.checked.checklist.addressed(),
        checklist_applies: agreement.checked.checklist.applies,
        statutory: statutory_rules
            .iter()
            .map(|r| {
                if applied(agreement, r.id) {
                    cell(agreement.checked, r.id, false)
                } else {
                    NOT_APPLICABLE
                }
            })
            .collect(),
        checklist: rules::CHECKLIST
            .iter()
            .map(|item| checklist_cell(agreement.checked, item))
            .collect(),
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
    Cell {
        status,
        findings,
        waived,
    }
}
