//! A spec's file object in the JSON report, and the objects inside it (see the wire format in
//! the parent module).

use serde::Serialize;

use crate::report::{FileReport, Outcome, label};
use crate::rules::{Addressed, Checked, Finding, WaiverProblem};
use crate::spec::{LoadError, Span};

#[derive(Serialize)]
pub(super) struct File<'a> {
    path: &'a str,
    status: Status,
    findings: Vec<FindingOut<'a>>,
    waived: Vec<WaivedOut<'a>>,
    waiver_problems: Vec<WaiverProblemOut<'a>>,
    placeholders: Vec<PlaceholderOut<'a>>,
    checklist: Option<Checklist>,
    problems: Vec<ProblemOut<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    bcf_parameters: &'a [crate::rules::BcfYearUsed],
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Checked,
    Unreadable,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    rule: &'static str,
    name: &'static str,
    severity: &'static str,
    unverified: bool,
    message: &'a str,
    help: Option<&'a str>,
    citation: crate::rules::Citation,
    location: Location<'a>,
}

#[derive(Serialize)]
struct WaivedOut<'a> {
    #[serde(flatten)]
    finding: FindingOut<'a>,
    waiver: usize,
    reason: &'a str,
}

#[derive(Serialize)]
struct WaiverProblemOut<'a> {
    kind: WaiverProblem,
    id: &'static str,
    severity: &'static str,
    waiver: usize,
    message: &'a str,
    help: &'a str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct PlaceholderOut<'a> {
    id: &'static str,
    severity: &'static str,
    found: &'a [String],
    message: &'a str,
    help: &'a str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Checklist {
    addressed: usize,
    total: usize,
    items: Vec<ChecklistItemOut>,
}

#[derive(Serialize)]
struct ChecklistItemOut {
    number: u8,
    id: &'static str,
    key: &'static str,
    status: Addressed,
}

#[derive(Serialize)]
struct ProblemOut<'a> {
    message: &'a str,
    help: Option<&'a str>,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    line: u32,
    column: u32,
    pointer: Option<&'a str>,
}

impl<'a> Location<'a> {
    fn new(span: Span, pointer: Option<&'a str>) -> Self {
        Location {
            line: span.line,
            column: span.column,
            pointer,
        }
    }
}

/// The severity of everything in a checked spec that can fail a run: findings, waiver
/// problems and placeholders.
impl<'a> File<'a> {
    pub(super) fn of(report: &'a FileReport) -> Self {
        match &report.outcome {
            Outcome::Checked(checked) => File::checked(&report.path, checked),
            Outcome::Failed(error) => File::unreadable(&report.path, error),
        }
    }

    fn checked(path: &'a str, checked: &'a Checked) -> Self {
        File {
            path,
            status: Status::Checked,
            findings: checked.findings.iter().map(FindingOut::new).collect(),
            waived: checked
                .waived
                .iter()
                .map(|w| WaivedOut {
                    finding: FindingOut::new(&w.finding),
                    waiver: w.waiver,
                    reason: &w.reason,
                })
                .collect(),
            waiver_problems: checked
                .waiver_notes
                .iter()
                .map(|note| WaiverProblemOut {
                    kind: note.kind,
                    id: note.kind.id(),
                    severity: label::severity_word(note.kind.severity()),
                    waiver: note.waiver,
                    message: &note.message,
                    help: &note.help,
                    location: Location::new(note.span, Some(&note.pointer)),
                })
                .collect(),
            placeholders: checked
                .placeholders
                .iter()
                .map(|note| PlaceholderOut {
                    id: crate::rules::placeholders::ID,
                    severity: label::severity_word(note.severity),
                    found: &note.found,
                    message: &note.message,
                    help: &note.help,
                    location: Location::new(note.span, Some(&note.pointer)),
                })
                .collect(),
            checklist: checked.checklist.applies.then(|| Checklist {
                addressed: checked.checklist.addressed(),
                total: checked.checklist.items.len(),
                items: checked
                    .checklist
                    .items
                    .iter()
                    .map(|(item, status)| ChecklistItemOut {
                        number: item.number,
                        id: item.id,
                        key: item.key,
                        status: *status,
                    })
                    .collect(),
            }),
            problems: Vec::new(),
            bcf_parameters: &checked.bcf_parameters,
        }
    }

    fn unreadable(path: &'a str, error: &'a LoadError) -> Self {
        File {
            path,
            status: Status::Unreadable,
            findings: Vec::new(),
            waived: Vec::new(),
            waiver_problems: Vec::new(),
            placeholders: Vec::new(),
            checklist: None,
            bcf_parameters: &[],
            problems: error
                .problems
                .iter()
                .map(|p| ProblemOut {
                    message: &p.message,
                    help: p.help.as_deref(),
                    location: Location::new(p.span, p.pointer.as_deref()),
                })
                .collect(),
        }
    }
}

impl<'a> FindingOut<'a> {
    fn new(finding: &'a Finding) -> Self {
        FindingOut {
            rule: finding.rule.id,
            name: finding.rule.name,
            severity: label::severity_word(finding.severity),
            unverified: finding.unverified,
            message: &finding.message,
            help: finding.help.as_deref(),
            citation: finding.rule.citation,
            location: Location::new(finding.span, Some(&finding.pointer)),
        }
    }
}
