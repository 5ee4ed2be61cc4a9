//! `jointly diff --format json`: the changes between two versions of a spec, for programs.
//!
//! ## Wire format
//!
//! One JSON object, versioned by `format_version`: fields may be *added* within a format
//! version, but none is removed, renamed or given another meaning without the version going
//! up. Keys appear in the order documented here, and the same input always gives
//! byte-identical output.
//!
//! * `format_version`: the number `1`.
//! * `tool`: `{"name": "jointly", "version": "<jointly's version>"}`.
//! * `old`, `new`: `{"path": "<the path as given>"}`.
//! * `changes`: one **change** object per change, grouped in the order of `group` below and,
//!   within a group, in the order of the specs.
//! * `recheck`: `{"introduced": [...], "resolved": [...]}`: the findings of `jointly check` on
//!   NEW that OLD did not have, and those OLD had that NEW does not, as **finding** objects
//!   (a finding is the same in both when its rule ID and JSON pointer are).
//! * `summary`: `{"changes": <number>, "introduced": <number>, "resolved": <number>}`.
//!
//! A **change** object:
//!
//! * `group`: `"parties"`, `"dates"`, `"agreement"`, `"schemes"`, `"money"`, `"management"`
//!   (pool hosts and managers), `"clauses"` (checklist and modern clauses, items not
//!   applicable) or `"terms"` (everything else).
//! * `kind`: `"added"`, `"removed"` (for a scheme: ended), `"renamed"` (a party's legal name,
//!   matched by its id) or `"changed"`.
//! * `path`: where, in the spec's keys, with list entries named by id or party in brackets,
//!   e.g. `"schemes[dfg].pooled_fund.contributions[council].amount"`, or by position
//!   (`[0]`) when they have neither.
//! * `old`, `new`: the value in each spec as text (money in en-GB form after any unit is
//!   applied, `"unknown"` as such, other values that are not text as compact JSON), `null`
//!   on the side that does not have it.
//! * `difference`: for money, NEW less OLD in pounds as an exact decimal with its sign
//!   (`"+1500"`, `"-250.50"`, `"0"`), or `"unknown"` when either side is not yet agreed;
//!   `null` for anything else.
//! * `old_at`, `new_at`: `{"pointer": "<JSON pointer>", "line": n, "column": n}` in each
//!   file; for an entry only one side has, the other side's is where it would belong.
//! * `schedule`: for a change under a scheme, `{"number": n, "id": "...", "title": "..." or
//!   null, "numbered_in": "old" or "new"}`; otherwise `null`.
//!
//! A **finding** object: `rule`, `message`, `pointer`, `line`, `column` (in NEW for an
//! introduced finding, in OLD for a resolved one).

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Change, Diff, Recheck};
use crate::report::TOOL_VERSION;
use crate::rules::Finding;
use crate::spec::Document;

/// The format version this module writes.
pub const FORMAT_VERSION: u32 = 1;

/// Writes the JSON document, with a final newline.
pub fn write(
    old: &Document,
    new: &Document,
    diff: &Diff,
    recheck: &Recheck,
    out: &mut dyn Write,
) -> io::Result<()> {
    let value = json!({
        "format_version": FORMAT_VERSION,
        "tool": {"name": "jointly", "version": TOOL_VERSION},
        "old": {"path": old.path},
        "new": {"path": new.path},
        "changes": diff.changes.iter().map(|c| change(old, new, c)).collect::<Vec<_>>(),
        "recheck": {
            "introduced": recheck.introduced.iter().map(|f| finding(f)).collect::<Vec<_>>(),
            "resolved": recheck.resolved.iter().map(|f| finding(f)).collect::<Vec<_>>(),
        },
        "summary": {
            "changes": diff.changes.len(),
            "introduced": recheck.introduced.len(),
            "resolved": recheck.resolved.len(),
        },
    });
    serde_json::to_writer_pretty(&mut *out, &value)?;
    writeln!(out)
}

fn change(old: &Document, new: &Document, change: &Change) -> Value {
    let at = |document: &Document, pointer: &str| {
        let span = document.index.locate(pointer);
        json!({"pointer": pointer, "line": span.line, "column": span.column})
    };
    json!({
        "group": change.group,
        "kind": change.kind,
        "path": change.path,
        "old": change.old,
        "new": change.new,
        "difference": change.difference,
        "old_at": at(old, &change.old_pointer),
        "new_at": at(new, &change.new_pointer),
        "schedule": change.scheme.as_ref().map(|s| json!({
            "number": s.number,
            "id": s.id,
            "title": s.title,
            "numbered_in": if s.in_new { "new" } else { "old" },
        })),
    })
}

fn finding(finding: &Finding) -> Value {
    json!({
        "rule": finding.rule.id,
        "message": finding.message,
        "pointer": finding.pointer,
        "line": finding.span.line,
        "column": finding.span.column,
    })
}
