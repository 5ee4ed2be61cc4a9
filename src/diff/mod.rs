//! Two versions of a spec compared by meaning, not by text (`jointly diff OLD NEW`), and the
//! deed of variation drafted from the changes.
//!
//! [`compare`] works on the loaded [`Document`]s: their JSON (the same value the schema
//! checked) for the generic comparison of every key, so that a key added to the format later
//! shows up as a change without code here, and their typed [`crate::spec::Spec`] where meaning
//! needs it (money, after units are applied, and `unknown` kept apart from zero). Lists whose
//! entries have an `id` (parties, schemes) are matched by id, so a party whose legal name
//! changed is a rename, and a scheme missing from NEW has ended; contributions are matched by
//! party (and stream). Every change carries the JSON pointers of what it compares in OLD and
//! in NEW, so output can name `file:line:col` in both. Like the rest of the library below
//! `spec`, this module knows nothing of YAML.

mod compare;
pub mod deed;
pub mod json;
mod money;

pub use money::difference_words;

use serde::Serialize;

use crate::rules::{Checked, Finding};
use crate::spec::Document;

/// What part of the agreement a change is about. Changes are listed in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// The parties: added, removed or renamed, and their other details.
    Parties,
    /// The agreement's dates: made, commencement, expiry, review.
    Dates,
    /// The agreement's other particulars (title, basis, status, approvals…).
    Agreement,
    /// Schemes (Schedules) added or ended, and their terms other than money and management.
    Schemes,
    /// Pooled fund contributions and totals.
    Money,
    /// Pool hosts and pool managers.
    Management,
    /// Checklist clauses, items not applicable, and the modern clauses.
    Clauses,
    /// Every other term.
    Terms,
}

impl Group {
    /// The heading a group is listed under.
    pub fn heading(self) -> &'static str {
        match self {
            Group::Parties => "Parties",
            Group::Dates => "Dates",
            Group::Agreement => "Agreement",
            Group::Schemes => "Schemes",
            Group::Money => "Contributions",
            Group::Management => "Hosts and pool managers",
            Group::Clauses => "Clauses",
            Group::Terms => "Other terms",
        }
    }
}

/// What happened to the thing compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// In NEW only.
    Added,
    /// In OLD only (for a scheme: it has ended).
    Removed,
    /// A party's legal name changed (matched by its id).
    Renamed,
    /// In both, with another value.
    Changed,
}

impl Kind {
    /// The word for a change of this kind in `group`.
    pub fn word(self, group: Group) -> &'static str {
        match (self, group) {
            (Kind::Added, _) => "added",
            (Kind::Removed, Group::Schemes) => "ended",
            (Kind::Removed, _) => "removed",
            (Kind::Renamed, _) => "renamed",
            (Kind::Changed, _) => "changed",
        }
    }
}

/// One change between OLD and NEW.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub group: Group,
    pub kind: Kind,
    /// Where, in the spec's own terms, with list entries named by id (or party) where they
    /// have one: `schemes[dfg].pooled_fund.contributions[council].amount`.
    pub path: String,
    /// The value in OLD, as text (money in en-GB form, `unknown` as such); `None` when added.
    pub old: Option<String>,
    /// The value in NEW, as text; `None` when removed.
    pub new: Option<String>,
    /// For money: NEW less OLD, exact, in pounds (`+1500.00`, `-250`), or `unknown` when
    /// either side is not yet agreed; `None` otherwise.
    pub difference: Option<String>,
    /// The JSON pointer of the value in OLD (for an added entry, its parent in OLD).
    pub old_pointer: String,
    /// The JSON pointer of the value in NEW (for a removed entry, its parent in NEW).
    pub new_pointer: String,
    /// For a change under a scheme: the scheme's index and title in OLD (or NEW when added),
    /// so a deed can name its Schedule.
    pub scheme: Option<SchemeRef>,
}

/// The scheme (Schedule) a change is under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchemeRef {
    /// Its Schedule number in the spec it is named from (1-based).
    pub number: usize,
    pub id: String,
    pub title: Option<String>,
    /// Whether the number is NEW's (a scheme added) rather than OLD's.
    pub in_new: bool,
}

/// Every change between two versions, in [`Group`] order and, within a group, in the order
/// of the spec.
#[derive(Debug, Clone, Default)]
pub struct Diff {
    pub changes: Vec<Change>,
}

/// Compares OLD with NEW.
pub fn compare(old: &Document, new: &Document) -> Diff {
    let mut changes = compare::all(old, new);
    changes.sort_by_key(|c| c.group);
    Diff { changes }
}

/// The findings of the varied agreement compared with the original's, by rule ID and pointer.
#[derive(Debug, Default)]
pub struct Recheck<'a> {
    /// Findings NEW has that OLD did not: introduced by the variation.
    pub introduced: Vec<&'a Finding>,
    /// Findings OLD had that NEW does not: resolved by the variation.
    pub resolved: Vec<&'a Finding>,
}

/// Which findings the variation introduces and which it resolves. A finding is the same in
/// both when its rule ID and JSON pointer are.
pub fn recheck<'a>(old: &'a Checked, new: &'a Checked) -> Recheck<'a> {
    let key = |f: &Finding| (f.rule.id, f.pointer.clone());
    let old_keys: std::collections::BTreeSet<_> = old.findings.iter().map(key).collect();
    let new_keys: std::collections::BTreeSet<_> = new.findings.iter().map(key).collect();
    Recheck {
        introduced: new
            .findings
            .iter()
            .filter(|f| !old_keys.contains(&key(f)))
            .collect(),
        resolved: old
            .findings
            .iter()
            .filter(|f| !new_keys.contains(&key(f)))
            .collect(),
    }
}
