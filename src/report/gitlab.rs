//! GitLab Code Quality: a JSON array of issues, for a job's `artifacts:reports:codequality`.
//!
//! Each issue has the fields GitLab reads: `description`, `check_name` (the rule ID),
//! `fingerprint`, `severity` and `location` (`path` and `lines.begin`).
//!
//! - Findings are `major` when they are errors and `minor` when they are warnings.
//! - Problems with waivers are reported under their own IDs (`jointly-waiver-stale` and so on),
//!   `major` or `minor` by their severity.
//! - Placeholders left in the spec's text are reported under `jointly-placeholder`, `major`
//!   once the agreement is final or signed and `minor` in a draft.
//! - Each problem that stopped a spec loading is `critical`, under `jointly-unreadable`.
//! - Waived findings are left out: GitLab has no way to show an accepted issue.
//!
//! The fingerprint is the SHA-256, in hex, of the path, rule ID, JSON pointer and message
//! (separated by NUL bytes; the same value as SARIF's `partialFingerprints["jointly/v1"]`), so it stays the same when lines move and changes when the finding
//! does. Should two issues ever share all four, the later ones also hash their occurrence
//! number, so fingerprints are unique within a report. Paths are written as given, with forward
//! slashes and without a leading `./`, since GitLab expects paths relative to the repository.

use std::collections::HashMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::stream::{JsonArray, Stream};
use super::{FileReport, Format, Outcome, label};

/// `--format gitlab`.
pub const FORMAT: Format = Format {
    name: "gitlab",
    about: "GitLab Code Quality JSON",
    stream,
    summary: None,
};

/// Writes the Code Quality report for every spec.
pub fn write(reports: &[FileReport], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    super::stream::write_all(stream(), reports, out)
}

/// Starts the Code Quality report: each spec's issues are written as they come.
fn stream() -> Box<dyn Stream> {
    Box::new(GitlabStream {
        issues: JsonArray::new(b"[".to_vec()),
        seen: Seen::default(),
    })
}

struct GitlabStream {
    issues: JsonArray,
    seen: Seen,
}

impl Stream for GitlabStream {
    fn file(&mut self, report: &FileReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        for issue in file_issues(report, &mut self.seen) {
            self.issues.item(&issue, out)?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        self.issues.finish(b"]\n", out)
    }
}

/// How many issues so far had each fingerprint (before numbering), by its SHA-256: 36 bytes
/// an issue, where the hex text would take over 100.
type Seen = HashMap<[u8; 32], usize>;

#[derive(Serialize, Debug)]
struct Issue {
    description: String,
    check_name: &'static str,
    fingerprint: String,
    severity: &'static str,
    location: Location,
}

#[derive(Serialize, Debug)]
struct Location {
    path: String,
    lines: Lines,
}

#[derive(Serialize, Debug)]
struct Lines {
    begin: u32,
}

/// The stable fingerprint of a finding: SHA-256 over its path, rule, pointer and message.
pub(crate) fn fingerprint(path: &str, rule: &str, pointer: &str, message: &str) -> String {
    hex(&digest(path, rule, pointer, message))
}

fn digest(path: &str, rule: &str, pointer: &str, message: &str) -> [u8; 32] {
    let mut hash = Sha256::new();
    for part in [path, rule, pointer, message] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hash.finalize().into()
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// One issue before it has a fingerprint.
struct Entry<'a> {
    rule: &'static str,
    pointer: &'a str,
    /// The message as written, which the fingerprint hashes.
    message: &'a str,
    /// What GitLab shows after the rule ID: for a finding, its title.
    title: String,
    severity: &'static str,
    line: u32,
}

/// Everything reported for one spec, in report order: findings, then waiver problems, then
/// placeholders; or the
/// problems that stopped it loading.
fn entries(report: &FileReport) -> Vec<Entry<'_>> {
    match &report.outcome {
        Outcome::Checked(checked) => {
            let findings = checked.findings.iter().map(|finding| Entry {
                rule: finding.rule.id,
                pointer: &finding.pointer,
                message: &finding.message,
                title: label::title(finding),
                severity: label::code_quality_severity(finding.severity),
                line: finding.span.line,
            });
            let notes = checked.waiver_notes.iter().map(|note| Entry {
                rule: note.kind.id(),
                pointer: &note.pointer,
                message: &note.message,
                title: note.message.clone(),
                severity: label::code_quality_severity(note.kind.severity()),
                line: note.span.line,
            });
            let placeholders = checked.placeholders.iter().map(|note| Entry {
                rule: crate::rules::placeholders::ID,
                pointer: &note.pointer,
                message: &note.message,
                title: note.message.clone(),
                severity: label::code_quality_severity(note.severity),
                line: note.span.line,
            });
            findings.chain(notes).chain(placeholders).collect()
        }
        Outcome::Failed(error) => error
            .problems
            .iter()
            .map(|problem| Entry {
                rule: super::sarif::UNREADABLE,
                pointer: problem.pointer.as_deref().unwrap_or(""),
                message: &problem.message,
                title: problem.message.clone(),
                severity: label::CODE_QUALITY_UNREADABLE,
                line: problem.span.line,
            })
            .collect(),
    }
}

/// One spec's issues, numbering any fingerprint `seen` before.
fn file_issues(report: &FileReport, seen: &mut Seen) -> Vec<Issue> {
    let path = report.path.as_str();
    let mut issues = Vec::new();
    for entry in entries(report) {
        let digest = digest(path, entry.rule, entry.pointer, entry.message);
        let count = seen.entry(digest).or_default();
        *count += 1;
        let print = if *count > 1 {
            let numbered = format!("{}\0{count}", entry.message);
            fingerprint(path, entry.rule, entry.pointer, &numbered)
        } else {
            hex(&digest)
        };
        issues.push(Issue {
            description: format!("{}: {}", entry.rule, entry.title),
            check_name: entry.rule,
            fingerprint: print,
            severity: entry.severity,
            location: Location {
                path: repo_path(path),
                lines: Lines {
                    begin: entry.line.max(1),
                },
            },
        });
    }
    issues
}

#[cfg(test)]
fn issues(reports: &[FileReport]) -> Vec<Issue> {
    let mut seen = Seen::default();
    reports
        .iter()
        .flat_map(|report| file_issues(report, &mut seen))
        .collect()
}

/// The report written whole, as it was before it was streamed: what the stream must equal.
#[cfg(test)]
pub(crate) fn whole(reports: &[FileReport]) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(&issues(reports)).unwrap();
    out.push(b'\n');
    out
}

/// The path with forward slashes and no leading `./`.
fn repo_path(path: &str) -> String {
    let slashed = path.replace('\\', "/");
    let mut relative = slashed.as_str();
    while let Some(rest) = relative.strip_prefix("./") {
        relative = rest;
    }
    relative.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_separate_their_parts() {
        let a = fingerprint("ab", "c", "/d", "e");
        assert_eq!(a.len(), 64);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(a, fingerprint("ab", "c", "/d", "e"));
        assert_ne!(a, fingerprint("a", "bc", "/d", "e"));
    }

    #[test]
    fn paths_are_relative_with_forward_slashes() {
        assert_eq!(repo_path(r".\specs\a.yaml"), "specs/a.yaml");
        assert_eq!(repo_path("././a.yaml"), "a.yaml");
    }

    #[test]
    fn duplicate_issues_get_distinct_fingerprints() {
        let error = crate::spec::load_bytes("x.yaml", b"jointly: 1\nagreement: [").unwrap_err();
        let reports = [
            FileReport {
                path: "x.yaml".into(),
                outcome: Outcome::Failed(error.clone()),
            },
            FileReport {
                path: "x.yaml".into(),
                outcome: Outcome::Failed(error),
            },
        ];
        let issues = issues(&reports);
        assert_eq!(issues.len(), 2);
        assert_eq!(issues[0].severity, "critical");
        assert_ne!(issues[0].fingerprint, issues[1].fingerprint);
    }
}
