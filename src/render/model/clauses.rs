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
    /// What the clause says after its heading, escaped: the officer's text; else where the
    /// draft sets out the structured data that addresses the item ("Provided for as set out in
    /// each Schedule."); else why the item does not apply; else that it is to be agreed. None
    /// for the optional item (27) with nothing further, whose clause is left out.
    pub body: Option<String>,
}

/// Each clause of the checklist (and `variation`), by key. The checker's own status of each
/// item (`rules::checklist`) decides where data sets it out and whether it is left out, so the
/// draft and `check` agree.
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
        let body = stated(spec.clauses.get(item.key))
            .or(set_out)
            .or_else(|| stated(spec.not_applicable.get(item.key)).map(not_applicable_words))
            .or_else(|| (*addressed != Addressed::NothingFurther).then(to_be_agreed));
        clauses.insert(item.key, ClauseModel { body });
    }
    let variation = stated(spec.clauses.get("variation")).unwrap_or_else(to_be_agreed);
    clauses.insert(
        "variation",
        ClauseModel {
            body: Some(variation),
        },
    );
    clauses
}

fn not_applicable_words(reason: String) -> String {
    format!("The Partners agree that this matter does not apply to this Agreement: {reason}")
}

fn to_be_agreed() -> String {
    "[To be agreed.]".to_owned()
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
