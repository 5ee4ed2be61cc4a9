//! jointly's own pseudo-rules: the IDs it reports under that are not rulebook rules (a spec
//! that could not be loaded, problems with the spec's waivers, placeholders left in its text).
//! One table, read by SARIF's rule descriptors and by `jointly explain`.

use super::{Severity, WaiverProblem, placeholders};

/// The pseudo-rule of a spec that could not be loaded.
pub const UNREADABLE: &str = "jointly-unreadable";

/// A pseudo-rule and its documentation, in the three parts a rule's has.
#[derive(Debug)]
pub struct PseudoRule {
    pub id: &'static str,
    /// Its kebab-case name.
    pub name: &'static str,
    pub summary: &'static str,
    /// How it is reported, in words.
    pub reported: &'static str,
    /// The severity it is given by default (a placeholder's in a draft).
    pub severity: Severity,
    pub what: &'static str,
    pub why: &'static str,
    /// A spec fragment that is reported under it.
    pub example: &'static str,
}

/// The pseudo-rule with this ID or name that a configuration or `--select`/`--ignore` may
/// turn off: every one but [`UNREADABLE`], since a spec that cannot be loaded is never checked.
pub fn selectable(id_or_name: &str) -> Option<&'static PseudoRule> {
    PSEUDO_RULES
        .iter()
        .filter(|p| p.id != UNREADABLE)
        .find(|p| p.id.eq_ignore_ascii_case(id_or_name) || p.name == id_or_name)
}

/// Every pseudo-rule, in the order SARIF lists them after the rules.
pub const PSEUDO_RULES: [PseudoRule; 5] = [
    PseudoRule {
        id: UNREADABLE,
        name: "unreadable-spec",
        summary: "The spec could not be loaded.",
        reported: "an error, for each problem that stopped the spec loading; nothing else in the spec is checked",
        severity: Severity::Error,
        what: "The file is not a spec jointly can read: it is not UTF-8, is not well-formed YAML, breaks a limit (size, nesting, aliases), or does not match the spec format (an unknown or missing key, an impossible date, malformed money).",
        why: "Nothing in a spec that cannot be loaded can be checked.",
        example: "jointly: 1\nagreement:\n  title: Westshire Pooled Fund Agreement\n  legal_basis: nhs_act_2006_s75\n  commencment: 2024-04-01   # misspelt: not a key of the spec format",
    },
    PseudoRule {
        id: WaiverProblem::UnknownRule.id(),
        name: "waiver-unknown-rule",
        summary: "A waiver must name a rule jointly has.",
        reported: "an error; it cannot itself be waived",
        severity: Severity::Error,
        what: "Checks that each entry of `waivers` names a rule by its ID or name.",
        why: "A waiver that names no rule waives nothing; it is usually a typing mistake, and the finding it was meant for is still reported.",
        example: "waivers:\n  - rule: GUIDE07-CL-166   # no such rule\n    reason: No staff are transferred.\n    approved_by: Joint Commissioning Board, 12 March 2024, minute 7",
    },
    PseudoRule {
        id: WaiverProblem::Expired.id(),
        name: "waiver-expired",
        summary: "A waiver past its expiry date no longer applies.",
        reported: "a warning; the finding it waived is reported again",
        severity: Severity::Warning,
        what: "Reports each waiver whose `expires` date has passed.",
        why: "The partners accepted the gap only until that date; its findings are reported again until the waiver is renewed or the gap filled.",
        example: "waivers:\n  - rule: GUIDE07-CL-16\n    reason: No staff are transferred.\n    approved_by: Joint Commissioning Board, 12 March 2024, minute 7\n    expires: 2025-03-31   # in the past",
    },
    PseudoRule {
        id: WaiverProblem::Stale.id(),
        name: "waiver-stale",
        summary: "A waiver should match a finding.",
        reported: "a warning",
        severity: Severity::Warning,
        what: "Reports each waiver in force that covers no finding.",
        why: "A waiver left over after the gap was filled hides nothing today but would silently hide the same gap if it came back.",
        example: "not_applicable:\n  tupe: No staff transfer between employers.   # the gap is filled\nwaivers:\n  - rule: GUIDE07-CL-16   # so this waiver matches nothing\n    reason: No staff are transferred.\n    approved_by: Joint Commissioning Board, 12 March 2024, minute 7",
    },
    PseudoRule {
        id: placeholders::ID,
        name: placeholders::NAME,
        summary: placeholders::SUMMARY,
        reported: "a warning while the agreement is a draft, an error once it is final or signed; never waived",
        severity: Severity::Warning,
        what: placeholders::WHAT,
        why: placeholders::WHY,
        example: "agreement:\n  title: Section 75 agreement between [Council] and the ICB\n  status: final",
    },
];

/// The pseudo-rule with this ID (case-insensitively) or name.
pub fn find(id_or_name: &str) -> Option<&'static PseudoRule> {
    PSEUDO_RULES
        .iter()
        .find(|p| p.id.eq_ignore_ascii_case(id_or_name) || p.name == id_or_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_pseudo_rule_is_found_by_id_and_name_and_is_no_rule() {
        for pseudo in &PSEUDO_RULES {
            assert!(pseudo.id.starts_with("jointly-"), "{}", pseudo.id);
            assert_eq!(find(pseudo.id).map(|p| p.id), Some(pseudo.id));
            assert_eq!(find(pseudo.name).map(|p| p.id), Some(pseudo.id));
            assert!(crate::rules::find(pseudo.id).is_none());
            assert!(crate::rules::find(pseudo.name).is_none());
        }
    }

    #[test]
    fn waiver_problems_keep_their_severity() {
        for kind in [
            WaiverProblem::UnknownRule,
            WaiverProblem::Expired,
            WaiverProblem::Stale,
        ] {
            assert_eq!(find(kind.id()).map(|p| p.severity), Some(kind.severity()));
        }
    }
}
