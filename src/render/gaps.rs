//! What each finding asks of an agreement, defined once: the basis a draft's flag states, and
//! the count it falls in. A draft's completeness note, `jointly render`'s summary line and the
//! portfolio dashboard all count with [`GapCounts`], so a statutory gap means the same thing
//! in each: a finding, not waived, that the law requires to be filled. Placeholders left in the
//! spec's text (`jointly-placeholder`) are counted apart: they are about the drafting, not the
//! law, and their flags say so ([`Basis::Placeholder`]).

use serde::Serialize;

use crate::rules::{Checked, Finding, Group, Placeholder, Severity};

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
    /// A placeholder left in the spec's text: not a legal requirement, but a term nobody
    /// settled. An error (it blocks a clean copy) once the agreement is final or signed.
    Placeholder { blocking: bool },
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
            (Group::Recital, _) => Basis::ToCheckUnderLaw,
        }
    }

    pub fn of_placeholder(placeholder: &Placeholder) -> Basis {
        Basis::Placeholder {
            blocking: placeholder.severity == Severity::Error,
        }
    }

    /// The words a flag opens with.
    pub fn words(self) -> &'static str {
        match self {
            Basis::RequiredByLaw => "Required by law",
            Basis::BelievedRequiredUnverified => "Believed required by law, unverified",
            Basis::ToCheckUnderLaw => "To check under the law",
            Basis::RecommendedByGuidance => "Recommended by guidance",
            Basis::Placeholder { .. } => "Placeholder still in the spec",
        }
    }

    /// The GitHub/GitLab alert a flag is drawn as: CAUTION only for what must be filled
    /// before a clean copy (what the law requires, and a placeholder in a final or signed
    /// agreement).
    pub fn alert(self) -> &'static str {
        match self {
            Basis::RequiredByLaw | Basis::Placeholder { blocking: true } => "CAUTION",
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
    /// Placeholders left in the spec's text (one per text value that holds any): not gaps in
    /// law, counted apart.
    pub placeholders: usize,
    /// Of those, the errors (the agreement is final or signed): they block a clean copy.
    pub placeholders_blocking: usize,
}

impl GapCounts {
    /// One agreement's findings not waived and its placeholders.
    pub fn of_checked(checked: &Checked) -> GapCounts {
        let mut counts = GapCounts::of(&checked.findings);
        counts.add_placeholders(&checked.placeholders);
        counts
    }

    /// Several agreements' counts, added up.
    pub fn sum(counts: impl IntoIterator<Item = GapCounts>) -> GapCounts {
        counts
            .into_iter()
            .fold(GapCounts::default(), |a, b| GapCounts {
                statutory_gaps: a.statutory_gaps + b.statutory_gaps,
                statutory_to_check: a.statutory_to_check + b.statutory_to_check,
                statutory_unverified: a.statutory_unverified + b.statutory_unverified,
                guidance_gaps: a.guidance_gaps + b.guidance_gaps,
                placeholders: a.placeholders + b.placeholders,
                placeholders_blocking: a.placeholders_blocking + b.placeholders_blocking,
            })
    }

    fn add_placeholders(&mut self, placeholders: &[Placeholder]) {
        for placeholder in placeholders {
            self.placeholders += 1;
            if Basis::of_placeholder(placeholder) == (Basis::Placeholder { blocking: true }) {
                self.placeholders_blocking += 1;
            }
        }
    }

    /// Findings not waived, counted by basis (placeholders are not findings: see
    /// [`GapCounts::of_checked`]).
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
                Basis::Placeholder { .. } => unreachable!("a finding is not a placeholder"),
            }
        }
        counts
    }
}
