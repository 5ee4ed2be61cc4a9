//! The clauses of the 2007 DCSF/DH checklist (and `variation`): what each says, where the
//! draft sets out the data that addresses it, or why it does not apply.

use std::collections::BTreeMap;

use serde::Serialize;

use super::act::ActModel;
use crate::render::text::markdown as md;
use crate::rules::{Addressed, Checked, SetOut};
use crate::spec::Spec;

#[derive(Debug, Serialize)]
pub struct ClauseModel {
    pub text: Option<String>,
    /// Where the draft sets out the structured data that addresses the item (e.g. "Provided
    /// for as set out in each Schedule."), when the spec addresses it that way.
    pub set_out: Option<String>,
    pub not_applicable: Option<String>,
    /// The optional item (27) with nothing further: the clause is left out.
    pub nothing_further: bool,
}

/// Each clause of the checklist (and `variation`): the officer's text, where the draft sets
/// out the structured data that addresses it, or the reason it does not apply. The checker's
/// own status of each item (`rules::checklist`) decides, so the draft and `check` agree.
pub(super) fn all(
    spec: &Spec,
    checked: &Checked,
    act: &ActModel,
) -> BTreeMap<&'static str, ClauseModel> {
    let stated = |text: Option<&str>| text.filter(|t| !t.trim().is_empty()).map(md);
    // Under a basis with no power to delegate, delegations are not drafted, so they cannot be
    // where an item is set out: an item met only through them is marked as not drafted.
    let undelegated = (!act.delegation_power).then(|| {
        let mut spec = spec.clone();
        for scheme in &mut spec.schemes {
            scheme.delegations.clear();
        }
        spec
    });
    let mut clauses = BTreeMap::new();
    for (item, addressed) in &checked.checklist.items {
        let set_out = match (addressed, item.data) {
            (Addressed::ByData, Some(data)) => Some(match &undelegated {
                Some(undelegated) if !(data.test)(undelegated) => not_drafted(act),
                _ => set_out_words(data.set_out),
            }),
            _ => None,
        };
        clauses.insert(
            item.key,
            ClauseModel {
                text: stated(spec.clauses.get(item.key)),
                set_out,
                not_applicable: stated(spec.not_applicable.get(item.key)),
                nothing_further: *addressed == Addressed::NothingFurther,
            },
        );
    }
    clauses.insert(
        "variation",
        ClauseModel {
            text: stated(spec.clauses.get("variation")),
            set_out: None,
            not_applicable: None,
            nothing_further: false,
        },
    );
    clauses
}

/// Where the draft sets out data that addresses a checklist item. An agreement clause is the
/// paragraph labelled with the item's key (`@@2[review]`), numbered when the draft is.
fn set_out_words(set_out: SetOut) -> String {
    match set_out {
        SetOut::EachSchedule => "Provided for as set out in each Schedule.".into(),
        SetOut::EachPoolSchedule => {
            "Provided for as set out in the Schedule of each Pooled Fund.".into()
        }
        SetOut::Schedules => "Provided for as set out in the Schedules.".into(),
        SetOut::AgreementClause(label) => format!("Provided for as set out in clause @@[{label}]."),
    }
}

/// An item the spec meets only through delegations its basis does not allow.
fn not_drafted(act: &ActModel) -> String {
    format!(
        "[Not drafted: {} gives no power for one Partner to exercise another Partner's functions; see the Schedules.]",
        act.section
    )
}
