//! What each finding asks of an agreement, defined once: the basis a draft's flag states, and
//! the count it falls in. A draft's completeness note, `jointly render`'s summary line and the
//! portfolio dashboard all count with [`GapCounts`], so a statutory gap means the same thing
//! in each: a finding, not waived, that the law requires to be filled.

use serde::Serialize;

use crate::rules::{Finding, Group, Severity};

/// What a finding asks of the agreement, as its flag states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// A statutory rule's finding that is an error: the law requires the gap to be filled.
    RequiredByLaw,
    /// A statutory rule's finding that rests on wording or a fact jointly has not verified,
    /// so it can only warn.
    BelievedRequiredUnverified,
    /// Any other statutory rule's finding that warns: the check itself is advisory (a near
    /// synonym, say) or the configuration lowered it; a person judges it.
    ToCheckUnderLaw,
    /// A guidance rule's finding, including a checklist item not addressed.
    RecommendedByGuidance,
}

impl Basis {
    pub fn of(finding: &Finding) -> Basis {
        match (finding.rule.group, finding.unverified) {
            (Group::Statutory, false) if finding.severity == Severity::Error => {
                Basis::RequiredByLaw
            }
            (Group::Statutory, true) => Basis::BelievedRequiredUnverified,
            (Group::Statutory, false) => Basis::ToCheckUnderLaw,
            (Group::Guidance, _) => Basis::RecommendedByGuidance,
        }
    }

    /// The words a flag opens with.
    pub fn words(self) -> &'static str {
        match self {
            Basis::RequiredByLaw => "Required by law",
            Basis::BelievedRequiredUnverified => "Believed required by law, unverified",
            Basis::ToCheckUnderLaw => "To check under the law",
            Basis::RecommendedByGuidance => "Recommended by guidance",
        }
    }

    /// The GitHub/GitLab alert a flag is drawn as: CAUTION only for what the law requires.
    pub fn alert(self) -> &'static str {
        match self {
            Basis::RequiredByLaw => "CAUTION",
            _ => "WARNING",
        }
    }
}

/// The findings of one or more agreements, counted by [`Basis`]. Waived findings are never
/// gaps: count `Checked::findings`, from which the runner has moved them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct GapCounts {
    /// Findings the law requires to be filled ([`Basis::RequiredByLaw`]).
    pub statutory_gaps: usize,
    /// Findings of statutory rules that only warn: unverified, or for a person to judge.
    pub statutory_to_check: usize,
    /// Of those, the findings resting on wording or a fact not verified.
    pub statutory_unverified: usize,
    /// Findings of guidance rules, including checklist items not addressed.
    pub guidance_gaps: usize,
}

impl GapCounts {
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> GapCounts {
        let mut counts = GapCounts::default();
        for finding in findings {
            match Basis::of(finding) {
                Basis::RequiredByLaw => counts.statutory_gaps += 1,
                Basis::BelievedRequiredUnverified => {
                    counts.statutory_to_check += 1;
                    counts.statutory_unverified += 1;
                }
                Basis::ToCheckUnderLaw => counts.statutory_to_check += 1,
                Basis::RecommendedByGuidance => counts.guidance_gaps += 1,
            }
        }
        counts
    }
}
