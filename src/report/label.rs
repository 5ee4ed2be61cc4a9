//! The words every output uses for a finding: its title and its severity.
//!
//! They are written once, here, so that the "(unverified)" mark and the severity names cannot
//! drift apart between the report formats, drafts and the dashboard.

use crate::rules::{Finding, Group, Rule, Severity};

/// What follows the message of a finding that rests on wording the rulebook has not verified.
pub const UNVERIFIED_MARK: &str = " (unverified)";

/// A finding's title: its message, followed by " (unverified)" when the finding rests on
/// unverified wording (such a finding is only ever a warning).
pub fn title(finding: &Finding) -> String {
    if finding.unverified {
        format!("{}{UNVERIFIED_MARK}", finding.message)
    } else {
        finding.message.clone()
    }
}

/// What follows a finding's message in its title: [`UNVERIFIED_MARK`] or nothing (so that a
/// title can be written without making it a string first).
pub fn title_mark(finding: &Finding) -> &'static str {
    if finding.unverified {
        UNVERIFIED_MARK
    } else {
        ""
    }
}

/// The severity in one word: `error` or `warning`. These are also SARIF's `level` values and
/// GitHub's workflow command names, so those formats use this too.
pub fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The severity in GitLab Code Quality's words: `major` for an error, `minor` for a warning.
pub fn code_quality_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "major",
        Severity::Warning => "minor",
    }
}

/// GitLab Code Quality's severity of a problem that stopped a spec loading: above any finding,
/// since nothing in the spec could be checked.
pub const CODE_QUALITY_UNREADABLE: &str = "critical";

/// The rule's group in one word: `statutory` or `guidance`.
pub fn group_word(rule: &Rule) -> &'static str {
    match rule.group {
        Group::Statutory => "statutory",
        Group::Guidance => "guidance",
        Group::Recital => "recital",
    }
}

/// How a rule's findings are reported, in a few words: `error`, `warning (unverified)`,
/// `warning (guidance)` or `warning (recital)`.
pub fn reported_as(rule: &Rule) -> &'static str {
    match (rule.group, rule.unverified()) {
        (Group::Statutory, false) => "error",
        (Group::Statutory, true) => "warning (unverified)",
        (Group::Guidance, _) => "warning (guidance)",
        (Group::Recital, _) => "warning (recital)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Span;

    fn finding(unverified: bool) -> Finding {
        let rule = crate::rules::all()[0];
        Finding {
            rule,
            severity: Severity::Warning,
            unverified,
            pointer: "/agreement".to_owned(),
            span: Span::START,
            message: "the pool has no host".to_owned(),
            help: None,
        }
    }

    #[test]
    fn only_unverified_findings_are_marked() {
        assert_eq!(title(&finding(false)), "the pool has no host");
        assert_eq!(title(&finding(true)), "the pool has no host (unverified)");
        for unverified in [false, true] {
            let each = finding(unverified);
            assert_eq!(title(&each), each.message.clone() + title_mark(&each));
        }
    }

    #[test]
    fn each_vocabulary_names_both_severities() {
        assert_eq!(severity_word(Severity::Error), "error");
        assert_eq!(severity_word(Severity::Warning), "warning");
        assert_eq!(code_quality_severity(Severity::Error), "major");
        assert_eq!(code_quality_severity(Severity::Warning), "minor");
    }
}
