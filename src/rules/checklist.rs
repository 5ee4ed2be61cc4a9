//! The 27-item "Basic agreement checklist" of the 2007 DCSF/DH guide (GUIDE07 ch 7; rulebook
//! §3.15). Each item is addressed by the structured data that covers it, by a clause, or by a
//! reasoned `not_applicable`. Item 27 ("any other matters") is optional and never a finding.
//!
//! The items are declared once, in `spec/checklist.rs`; this module makes a rule of each row
//! of that table that has one, and says how each item is addressed.

use super::{
    ALL_BASES, ANYWHERE, Applies, Arrangement, Citation, Context, Docs, Group, Label, Rule, Sink,
    sources,
};
use crate::law::instruments;
use crate::spec::{Pointer, Spec};

// The items are the spec's; `rules` re-exports them under the names it always had.
use crate::spec::{CHECKLIST, ChecklistItem};

/// How a checklist item is addressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Addressed {
    /// By structured data (e.g. a pool host for CL-10).
    ByData,
    /// By a clause.
    ByClause,
    /// Marked not applicable, with a reason.
    NotApplicable,
    /// Item 27, "any other matters": optional, and addressed when the partners add nothing.
    NothingFurther,
    /// Not addressed.
    Missing,
}

/// The status of every checklist item for one spec.
#[derive(Debug, Clone)]
pub struct ChecklistStatus {
    pub items: Vec<(&'static ChecklistItem, Addressed)>,
    /// Whether the checklist applies to the spec: it is the 2007 guide's checklist for
    /// partnership and children's agreements in England, not for a payment agreement under s256
    /// or s76, nor for a Welsh agreement. Where it does not apply, reports leave it out; the
    /// items are still worked out, for the clauses the spec writes.
    pub applies: bool,
}

impl ChecklistStatus {
    /// How many of the 27 items are addressed.
    pub fn addressed(&self) -> usize {
        self.items
            .iter()
            .filter(|(_, a)| *a != Addressed::Missing)
            .count()
    }
}

/// How one item is addressed.
pub fn addressed(item: &ChecklistItem, spec: &Spec) -> Addressed {
    if item.data.is_some_and(|data| (data.test)(spec)) {
        Addressed::ByData
    } else if spec
        .clauses
        .get(item.key)
        .is_some_and(|t| !t.trim().is_empty())
    {
        Addressed::ByClause
    } else if spec
        .not_applicable
        .get(item.key)
        .is_some_and(|t| !t.trim().is_empty())
    {
        Addressed::NotApplicable
    } else if item.optional {
        Addressed::NothingFurther
    } else {
        Addressed::Missing
    }
}

/// The status of all 27 items.
pub fn status(spec: &Spec) -> ChecklistStatus {
    ChecklistStatus {
        items: CHECKLIST
            .iter()
            .map(|item| (item, addressed(item, spec)))
            .collect(),
        // Every checklist rule applies alike (`ALWAYS`), so the first speaks for them all.
        applies: RULES.first().is_some_and(|rule| rule.applies_to(spec)),
    }
}

const CHECKLIST_CITATION: Citation = Citation {
    instrument: instruments::GUIDE_2007.cited_as,
    provision: "ch 7, \"Basic agreement checklist\"",
    url: "",
};
const ALWAYS: Applies = Applies {
    bases: ALL_BASES,
    jurisdictions: ANYWHERE,
    arrangement: Arrangement::Any,
};
const WHY: &str = "The guide's \"Basic agreement checklist\" lists what every joint funding agreement should cover. An item left unaddressed is usually a question the partners will argue about later; an item that does not apply should say why.";

/// Reports a checklist item that is not addressed.
fn report_item(key: &str, cx: &Context, out: &mut Sink) {
    // The key comes from the same table as CHECKLIST, so it is always found.
    let Some(item) = CHECKLIST.iter().find(|item| item.key == key) else {
        return;
    };
    if addressed(item, cx.spec) != Addressed::Missing {
        return;
    }
    let by_data = item
        .data
        .map_or(String::new(), |data| format!("{}, ", data.what));
    out.report(
        Pointer::root().key("clauses").key(item.key),
        format!(
            "checklist item {} ({}) is not addressed",
            item.number, item.words
        ),
    )
    .help(format!(
        "address it with {by_data}a `clauses.{}` clause, or `not_applicable.{}: <reason>`",
        item.key, item.key
    ));
}

/// Makes one rule for each item of the table that has one.
macro_rules! checklist_rules {
    ($(
        $number:literal $key:ident : $words:literal
        $(, data($what:literal, $test:ident, $set_out:expr))?
        $(, rule($name:literal, $example:literal))?
    );+ $(;)?) => {
        pub(super) const RULES: &[Rule] = &[$($(
            Rule {
                id: concat!("GUIDE07-CL-", stringify!($number)),
                name: $name,
                summary: concat!("The agreement should address checklist item ", $number, ": ", $words, "."),
                group: Group::Guidance,
                label: Label::VerifiedSeed,
                sources: &[sources::GUIDE07_CH7],
                citation: CHECKLIST_CITATION,
                applies: ALWAYS,
                docs: Docs {
                    what: concat!("Checks that checklist item ", $number, " (\"", $words, "\") is addressed: by the structured data that covers it where there is such data, by `clauses.", stringify!($key), "`, or by `not_applicable.", stringify!($key), "` with a reason."),
                    why: WHY,
                    example: $example,
                },
                check: |cx, out| report_item(stringify!($key), cx, out),
            },
        )?)+];
    };
}

crate::spec::with_checklist!(checklist_rules);
