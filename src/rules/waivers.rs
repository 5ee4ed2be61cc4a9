//! Waivers: findings the partners have accepted, and what is wrong with the waivers
//! themselves (a rule that does not exist, an expiry that has passed, nothing left to waive).

use jiff::civil::Date;

use super::{Finding, Rule, Settings, Severity, all, find};
use crate::spec::{Document, Pointer, Span};

/// A finding the partners have waived, with the waiver that covers it.
#[derive(Debug, Clone)]
pub struct Waived {
    pub finding: Finding,
    /// The index of the waiver in the spec's `waivers`.
    pub waiver: usize,
    /// The waiver's reason, as the spec gives it (reports show why a finding is accepted).
    pub reason: String,
}

/// Something wrong with a waiver itself.
#[derive(Debug, Clone)]
pub struct WaiverNote {
    pub kind: WaiverProblem,
    /// The index of the waiver in the spec's `waivers`.
    pub waiver: usize,
    pub pointer: String,
    pub span: Span,
    pub message: String,
    pub help: String,
}

/// What is wrong with a waiver.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WaiverProblem {
    /// It names no rule jointly has: an error.
    UnknownRule,
    /// Its expiry date has passed, so it no longer waives anything: a warning.
    Expired,
    /// It matches no finding (the gap was filled, or it never existed): a warning.
    Stale,
}

impl WaiverProblem {
    /// The ID this problem is reported under (not a rulebook rule: it is about the spec's
    /// waivers, as ruff's unused-noqa is about its suppressions).
    pub const fn id(self) -> &'static str {
        match self {
            WaiverProblem::UnknownRule => "jointly-waiver-unknown-rule",
            WaiverProblem::Expired => "jointly-waiver-expired",
            WaiverProblem::Stale => "jointly-waiver-stale",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            WaiverProblem::UnknownRule => Severity::Error,
            WaiverProblem::Expired | WaiverProblem::Stale => Severity::Warning,
        }
    }
}

/// A waiver that names a rule and has not expired.
struct InForce<'a> {
    /// The index of the waiver in the spec's `waivers`.
    index: usize,
    rule: &'static Rule,
    /// The pointer the waiver is limited to, if any.
    at: Option<&'a str>,
    reason: &'a str,
}

impl InForce<'_> {
    /// Whether the waiver covers the finding: the same rule, at its pointer or below it.
    fn covers(&self, finding: &Finding) -> bool {
        self.rule.id == finding.rule.id
            && self.at.is_none_or(|at| {
                finding.pointer == at
                    || finding
                        .pointer
                        .starts_with(&format!("{}/", at.trim_end_matches('/')))
            })
    }
}

/// Splits findings into those waived and those not, and reports waivers that name no rule,
/// have expired, or match nothing. A waiver of a rule the settings turn off is not called
/// stale: the rule did not run, so whether the gap is still there is not known.
pub(super) fn apply_waivers(
    document: &Document,
    findings: Vec<Finding>,
    settings: &Settings,
) -> (Vec<Finding>, Vec<Waived>, Vec<WaiverNote>) {
    let mut notes = Vec::new();
    let in_force = waivers_in_force(document, settings.today, &mut notes);
    let mut used = vec![false; document.spec.waivers.len()];
    let mut active = Vec::new();
    let mut waived = Vec::new();
    for finding in findings {
        match in_force.iter().find(|waiver| waiver.covers(&finding)) {
            Some(waiver) => {
                used[waiver.index] = true;
                waived.push(Waived {
                    reason: waiver.reason.to_owned(),
                    finding,
                    waiver: waiver.index,
                });
            }
            None => active.push(finding),
        }
    }
    let turned_off = |id: &str| settings.overrides.get(id) == Some(&None);
    for waiver in in_force
        .iter()
        .filter(|waiver| !used[waiver.index] && !turned_off(waiver.rule.id))
    {
        let place = waiver.at.map_or(String::new(), |at| format!(" at `{at}`"));
        notes.push(note(
            document,
            waiver.index,
            WaiverProblem::Stale,
            format!("the waiver of {}{place} matches no finding", waiver.rule.id),
            "remove the waiver: there is nothing left to waive".to_owned(),
        ));
    }
    notes.sort_by_key(|n| n.waiver);
    (active, waived, notes)
}

/// The waivers that can waive findings, noting those that name no rule or have expired.
fn waivers_in_force<'a>(
    document: &'a Document,
    today: Date,
    notes: &mut Vec<WaiverNote>,
) -> Vec<InForce<'a>> {
    let mut in_force = Vec::new();
    for (i, waiver) in document.spec.waivers.iter().enumerate() {
        let Some(rule) = find(&waiver.rule) else {
            let ids = all().iter().flat_map(|r| [r.id, r.name]);
            let help = match crate::spec::schema::suggest(&waiver.rule, ids) {
                Some(best) => format!("did you mean `{best}`?"),
                None => "use a rule ID or name from `jointly rules`".to_owned(),
            };
            notes.push(note(
                document,
                i,
                WaiverProblem::UnknownRule,
                format!("the waiver names `{}`, which is not a rule", waiver.rule),
                help,
            ));
            continue;
        };
        match waiver.expires {
            Some(expires) if expires < today => notes.push(note(
                document,
                i,
                WaiverProblem::Expired,
                format!(
                    "the waiver of {} expired on {expires}; its findings are reported again",
                    rule.id
                ),
                "renew the waiver with a new approval and expiry date, or fill the gap".to_owned(),
            )),
            _ => in_force.push(InForce {
                index: i,
                rule,
                at: waiver.at.as_deref(),
                reason: &waiver.reason,
            }),
        }
    }
    in_force
}

/// A problem with waiver `index`, located at the waiver.
fn note(
    document: &Document,
    index: usize,
    kind: WaiverProblem,
    message: String,
    help: String,
) -> WaiverNote {
    let pointer = Pointer::root().key("waivers").index(index);
    WaiverNote {
        kind,
        waiver: index,
        span: document.index.locate(pointer.as_str()),
        pointer: pointer.into(),
        message,
        help,
    }
}
