//! JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure DevOps, GitHub
//! test-report actions).
//!
//! The report is named `jointly`. Each spec is a `<testsuite>` named by its path, with the
//! jointly version and rulebook as properties. Each rule that applied to the spec is a
//! `<testcase>` (name: the rule ID; classname: the path):
//!
//! - it **fails** when the rule has an error finding: the failure's message is the first error's,
//!   its type the rule ID, and its text lists every finding of the rule with line and column;
//! - it **passes** otherwise. Warnings do not fail a test, since they do not fail a run by
//!   default; a rule's warnings and waived findings are listed in the test case's `system-out`,
//!   so they are still there to read.
//!
//! Problems with waivers add one test case per kind of problem found, named by its ID (e.g.
//! `jointly-waiver-unknown-rule`), failing for errors and passing with `system-out` for warnings.
//! Placeholders left in the spec's text add one test case, `jointly-placeholder`, failing when
//! they are errors (the agreement is final or signed) and passing with `system-out` in a draft.
//! A spec that could not be loaded is a suite with one failing test case, `load`, whose text
//! lists every problem.
//!
//! The output holds no timestamps, durations or host names: the same input always gives the
//! same bytes. Since the first tag counts every test case, the suites are kept in a temporary
//! file until the run ends.

use quick_junit::{NonSuccessKind, Property, Report, TestCase, TestCaseStatus, TestSuite};

use super::stream::{Spool, Stream};
use super::{FileReport, Format, Outcome, TOOL_VERSION, label, rulebook_version};
use crate::rules::{Checked, Finding, Rule, Severity, WaiverNote, WaiverProblem};
use crate::spec::LoadError;

/// `--format junit`.
pub const FORMAT: Format = Format {
    name: "junit",
    about: "JUnit XML, for test dashboards",
    stream,
    summary: None,
};

/// Writes the JUnit XML report for every spec.
pub fn write(reports: &[FileReport], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    super::stream::write_all(stream(), reports, out)
}

/// How the report ends, after the last suite.
const END: &[u8] = b"\n</testsuites>\n";

/// Starts the JUnit report. Its first tag counts every test case, so the suites wait in a
/// temporary file until the end, and only the counts stay in memory.
fn stream() -> Box<dyn Stream> {
    Box::new(JunitStream {
        totals: Report::new("jointly"),
        suites: Spool::default(),
        rulebook: rulebook_version(),
        scratch: Vec::new(),
    })
}

struct JunitStream {
    /// The report's counts, without its suites.
    totals: Report,
    /// The suites so far.
    suites: Spool,
    rulebook: String,
    /// One suite's XML as quick_junit writes it in a report of its own.
    scratch: Vec<u8>,
}

impl Stream for JunitStream {
    fn file(&mut self, report: &FileReport, _: &mut dyn std::io::Write) -> std::io::Result<()> {
        let suite = suite(report, &self.rulebook);
        let totals = &mut self.totals;
        totals.tests += suite.tests;
        totals.failures += suite.failures;
        totals.errors += suite.errors;
        totals.skipped += suite.skipped;
        let mut alone = Report::new("jointly");
        alone.add_test_suite(suite);
        self.scratch.clear();
        alone
            .serialize(&mut self.scratch)
            .map_err(std::io::Error::other)?;
        self.suites.write_all(suites_of(&self.scratch)?)
    }

    fn finish(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut head = Vec::new();
        self.totals
            .serialize(&mut head)
            .map_err(std::io::Error::other)?;
        let head = head.strip_suffix(END).ok_or_else(unexpected)?;
        out.write_all(head)?;
        self.suites.copy_to(out)?;
        out.write_all(END)
    }
}

/// The suites of a report quick_junit wrote: what lies between the `<testsuites>` tag and
/// its end.
fn suites_of(xml: &[u8]) -> std::io::Result<&[u8]> {
    let xml = xml.strip_suffix(END).ok_or_else(unexpected)?;
    let open = xml
        .windows(b"<testsuites ".len())
        .position(|w| w == b"<testsuites ")
        .ok_or_else(unexpected)?;
    // Attribute values are escaped, so the tag's first `>` ends it.
    let end = xml[open..]
        .iter()
        .position(|&b| b == b'>')
        .ok_or_else(unexpected)?;
    Ok(&xml[open + end + 1..])
}

fn unexpected() -> std::io::Error {
    std::io::Error::other("quick_junit wrote a report of an unexpected shape")
}

/// One spec's suite.
fn suite(file: &FileReport, rulebook: &str) -> TestSuite {
    let mut suite = TestSuite::new(file.path.as_str());
    suite.add_properties([
        Property::new("jointly.version", TOOL_VERSION),
        Property::new("jointly.rulebook", rulebook),
    ]);
    match &file.outcome {
        Outcome::Checked(checked) => suite.add_test_cases(checked_cases(&file.path, checked)),
        Outcome::Failed(error) => suite.add_test_case(load_case(&file.path, error)),
    };
    suite
}

/// The report written whole, as it was before it was streamed: what the stream must equal.
#[cfg(test)]
pub(crate) fn whole(reports: &[FileReport]) -> Vec<u8> {
    let rulebook = rulebook_version();
    let mut report = Report::new("jointly");
    report.add_test_suites(reports.iter().map(|file| suite(file, &rulebook)));
    let mut out = Vec::new();
    report.serialize(&mut out).unwrap();
    out
}

/// A case per rule that applied, then one per kind of waiver problem found, then one for
/// placeholders if there are any.
fn checked_cases(path: &str, checked: &Checked) -> Vec<TestCase> {
    let mut cases: Vec<TestCase> = checked
        .applied
        .iter()
        .map(|rule| rule_case(rule, checked))
        .collect();
    cases.extend(
        [
            WaiverProblem::UnknownRule,
            WaiverProblem::Expired,
            WaiverProblem::Stale,
        ]
        .into_iter()
        .filter_map(|kind| waiver_case(kind, checked)),
    );
    cases.extend(placeholder_case(checked));
    for case in &mut cases {
        case.set_classname(path);
    }
    cases
}

/// A rule's case: failing on its first error, otherwise passing with its warnings and waived
/// findings to read.
fn rule_case(rule: &Rule, checked: &Checked) -> TestCase {
    let findings: Vec<&Finding> = checked
        .findings
        .iter()
        .filter(|f| f.rule.id == rule.id)
        .collect();
    let waived: Vec<_> = checked
        .waived
        .iter()
        .filter(|w| w.finding.rule.id == rule.id)
        .collect();
    let first_error = findings.iter().find(|f| f.severity == Severity::Error);
    let mut text: Vec<String> = findings.iter().map(|f| finding_line(f)).collect();
    text.extend(
        waived
            .iter()
            .map(|w| format!("waived (waiver {}): {}", w.waiver, finding_line(&w.finding))),
    );
    match first_error {
        Some(error) => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status
                .set_message(label::title(error))
                .set_type(rule.id)
                .set_description(format!(
                    "{}\n\n{}: {}",
                    text.join("\n"),
                    rule.citation,
                    rule.summary
                ));
            TestCase::new(rule.id, status)
        }
        None => {
            let mut case = TestCase::new(rule.id, TestCaseStatus::success());
            if !text.is_empty() {
                case.set_system_out(text.join("\n"));
            }
            case
        }
    }
}

/// The case of one kind of waiver problem, if the spec has any: failing for errors, passing
/// with the problems to read for warnings.
fn waiver_case(kind: WaiverProblem, checked: &Checked) -> Option<TestCase> {
    let notes: Vec<&WaiverNote> = checked
        .waiver_notes
        .iter()
        .filter(|n| n.kind == kind)
        .collect();
    let first = notes.first()?;
    let text = notes
        .iter()
        .map(|n| {
            format!(
                "{}:{}: {} (waiver {}, {})\n  help: {}",
                n.span.line, n.span.column, n.message, n.waiver, n.pointer, n.help
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    Some(match kind.severity() {
        Severity::Error => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status
                .set_message(first.message.as_str())
                .set_type(kind.id())
                .set_description(text);
            TestCase::new(kind.id(), status)
        }
        Severity::Warning => {
            let mut case = TestCase::new(kind.id(), TestCaseStatus::success());
            case.set_system_out(text);
            case
        }
    })
}

/// The placeholders' case, if the spec has any: failing when they are errors, passing with
/// them to read in a draft.
fn placeholder_case(checked: &Checked) -> Option<TestCase> {
    let id = crate::rules::placeholders::ID;
    let first = checked.placeholders.first()?;
    let text = checked
        .placeholders
        .iter()
        .map(|p| {
            format!(
                "{}:{}: {}: {} [at {}]\n  help: {}",
                p.span.line,
                p.span.column,
                label::severity_word(p.severity),
                p.message,
                p.pointer,
                p.help
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    Some(match first.severity {
        Severity::Error => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status
                .set_message(first.message.as_str())
                .set_type(id)
                .set_description(text);
            TestCase::new(id, status)
        }
        Severity::Warning => {
            let mut case = TestCase::new(id, TestCaseStatus::success());
            case.set_system_out(text);
            case
        }
    })
}

/// `12:3: error: message (unverified) [at /pointer]`, then the help on a line of its own.
fn finding_line(finding: &Finding) -> String {
    let mut line = format!(
        "{}:{}: {}: {} [at {}]",
        finding.span.line,
        finding.span.column,
        label::severity_word(finding.severity),
        label::title(finding),
        finding.pointer
    );
    if let Some(help) = &finding.help {
        line.push_str("\n  help: ");
        line.push_str(help);
    }
    line
}

fn load_case(path: &str, error: &LoadError) -> TestCase {
    let message = error
        .problems
        .first()
        .map_or("the spec could not be loaded", |p| p.message.as_str());
    let text = error
        .problems
        .iter()
        .map(|p| {
            let mut line = format!("{}:{}: {}", p.span.line, p.span.column, p.message);
            if let Some(help) = &p.help {
                line.push_str("\n  help: ");
                line.push_str(help);
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
    status
        .set_message(message)
        .set_type(super::sarif::UNREADABLE)
        .set_description(text);
    let mut case = TestCase::new("load", status);
    case.set_classname(path);
    case
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_spec_is_one_failing_load_case() {
        let error = crate::spec::load_bytes("bad.yaml", b"jointly: 1\nagreement: [").unwrap_err();
        let reports = [FileReport {
            path: "bad.yaml".into(),
            outcome: Outcome::Failed(error),
        }];
        let mut out = Vec::new();
        write(&reports, &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        let parsed = Report::deserialize_from_str(&xml).unwrap();
        assert_eq!(parsed.test_suites.len(), 1);
        let suite = &parsed.test_suites[0];
        assert_eq!(suite.name.as_str(), "bad.yaml");
        assert_eq!((suite.tests, suite.failures), (1, 1));
        assert_eq!(suite.test_cases[0].name.as_str(), "load");
        assert!(!xml.contains("timestamp") && !xml.contains("time="));
    }
}
