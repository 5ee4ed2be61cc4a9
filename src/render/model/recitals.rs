//! What the recitals rest on: the rationale, the plans, the consultation, the consents and the
//! notifications, each only as the spec records it.

use serde::Serialize;

use super::Names;
use crate::render::text::markdown as md;
use crate::spec::{Spec, StatedDate};

#[derive(Debug, Serialize)]
pub struct ConsultationModel {
    /// True only when the spec says the partners consulted jointly (`joint: true`).
    pub joint: bool,
    pub date: Option<String>,
    pub consulted: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct NotificationModel {
    pub to: String,
    pub date: Option<String>,
    /// The date after its preposition: "on 1 April 2005", "in April 2005".
    pub on: Option<String>,
    pub reference: Option<String>,
}

/// A decision approving the arrangements (`approvals`), e.g. a cabinet's.
#[derive(Debug, Serialize)]
pub struct ApprovalModel {
    pub by: String,
    pub date: Option<String>,
    /// The date after its preposition: "on 13 September 2012", "in 2012".
    pub on: Option<String>,
    pub reference: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ConsentModel {
    pub by: String,
    pub given_to: String,
    pub date: Option<String>,
    /// The date after its preposition: "on 1 March 2005", "in March 2005".
    pub on: Option<String>,
    pub reference: Option<String>,
}

/// Why the partners expect an improvement (`rationale.improvement`), when the spec says.
pub(super) fn improvement(spec: &Spec) -> Option<String> {
    stated_sentence(
        spec.rationale
            .as_ref()
            .and_then(|r| r.improvement.as_deref()),
    )
}

pub(super) fn health_improvement_plan(spec: &Spec) -> Option<String> {
    stated_sentence(
        spec.plans
            .as_ref()
            .and_then(|p| p.health_improvement_plan.as_deref()),
    )
}

pub(super) fn local_plan(spec: &Spec) -> Option<String> {
    stated_sentence(spec.plans.as_ref().and_then(|p| p.local_plan.as_deref()))
}

/// Officer text that is more than blank, escaped, as the end of a sentence.
fn stated_sentence(text: Option<&str>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
        .map(|t| sentence(&md(t)))
}

/// Officer text as the end of a sentence: with a full stop unless it already ends with one.
fn sentence(text: &str) -> String {
    let text = text.trim_end();
    // Escaped spec text ends with the mark that ends its isolation (`text::markdown`).
    if text
        .trim_end_matches(crate::render::text::END_ISOLATE)
        .ends_with(['.', '!', '?'])
    {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// The consultation as the spec records it: joint only when the spec says so, and nothing at
/// all when the spec records nothing about it.
pub(super) fn consultation(c: &crate::spec::Consultation) -> Option<ConsultationModel> {
    let joint = c.joint == Some(true);
    let consulted: Vec<String> = c
        .consulted
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| md(s))
        .collect();
    (joint || !consulted.is_empty() || c.date.is_some()).then(|| ConsultationModel {
        joint,
        date: c.date.as_ref().map(StatedDate::long),
        consulted,
    })
}

/// The notifications that name whom they were sent to.
pub(super) fn notifications(spec: &Spec) -> Vec<NotificationModel> {
    spec.notifications
        .iter()
        .filter(|n| !n.to.trim().is_empty())
        .map(|n| NotificationModel {
            to: md(&n.to),
            date: n.date.as_ref().map(StatedDate::long),
            on: n.date.as_ref().map(StatedDate::long_on),
            reference: n
                .reference
                .as_deref()
                .filter(|r| !r.trim().is_empty())
                .map(md),
        })
        .collect()
}

pub(super) fn consents(spec: &Spec, names: &Names) -> Vec<ConsentModel> {
    spec.consents
        .iter()
        .map(|c| ConsentModel {
            by: names.escaped(&c.by),
            given_to: names.escaped(&c.given_to),
            date: c.date.as_ref().map(StatedDate::long),
            on: c.date.as_ref().map(StatedDate::long_on),
            reference: c.reference.as_deref().map(md),
        })
        .collect()
}

/// The approvals that name who gave them.
pub(super) fn approvals(spec: &Spec) -> Vec<ApprovalModel> {
    spec.agreement
        .approvals
        .iter()
        .filter(|a| !a.by.trim().is_empty())
        .map(|a| ApprovalModel {
            by: md(&a.by),
            date: a.date.as_ref().map(StatedDate::long),
            on: a.date.as_ref().map(StatedDate::long_on),
            reference: a
                .reference
                .as_deref()
                .filter(|r| !r.trim().is_empty())
                .map(md),
        })
        .collect()
}
