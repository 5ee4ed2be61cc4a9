//! SARIF 2.1.0, for code scanning services (GitHub code scanning, Azure DevOps, IDE viewers).
//!
//! One log, one run. `tool.driver.rules` lists every rule in the registry, in rulebook order,
//! then jointly's own pseudo-rules: `jointly-unreadable` (a spec that could not be loaded) and
//! the three waiver problems (`jointly-waiver-unknown-rule`, `-expired`, `-stale`). They are
//! always listed, so a rule's `ruleIndex` does not depend on what a run found.
//!
//! Each rule carries its citation (as `helpUri` when the rulebook gives a URL, and under
//! `properties.citation`), its group, how far its wording was verified (in words) and its sources, and its default level.
//!
//! Results:
//!
//! - a finding is a result at its line and column, with the JSON pointer under
//!   `properties.pointer` and a stable `partialFingerprints["jointly/v1"]` made from the path,
//!   rule, pointer and message (so it survives lines moving);
//! - a waived finding is a result with a suppression of kind `inSource` (the waiver is written in
//!   the analysed spec itself), status `accepted`, and the justification "waiver N in the
//!   spec: REASON";
//! - a problem with a waiver is a result of its pseudo-rule at the waiver;
//! - each problem that stopped a spec loading is a `jointly-unreadable` result, level `error`.
//!
//! Columns count Unicode characters (`run.columnKind` is `unicodeCodePoints`). Paths are written
//! as every format writes them (`paths::display`: relative to the working directory when
//! inside it), with forward slashes and percent-encoding, relative to `%SRCROOT%` unless absolute.
//! Regions name `endColumn` only where jointly has the source text and the span is on one line
//! (the problems of unreadable files); otherwise a region is a start line and column.

mod descriptors;

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::stream::{JsonArray, Stream, envelope};
use super::{FileReport, Format, Outcome, TOOL_VERSION, label, rulebook_version};
use crate::rules::{Finding, Placeholder, Severity, WaiverNote};
use crate::spec::{LoadError, Problem, Span};
use descriptors::{Descriptor, descriptors};

/// The pseudo-rule of a spec that could not be loaded.
pub const UNREADABLE: &str = crate::rules::pseudo::UNREADABLE;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// `--format sarif`.
pub const FORMAT: Format = Format {
    name: "sarif",
    about: "SARIF 2.1.0, for code scanning",
    stream,
    summary: None,
};

/// Writes the SARIF log for every spec.
pub fn write(reports: &[FileReport], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    super::stream::write_all(stream(), reports, out)
}

/// Starts the SARIF log: the rule descriptors come first and list every rule whatever the run
/// finds, so each spec's results are written as they come.
fn stream() -> Box<dyn Stream> {
    Box::new(SarifStream { started: None })
}

struct SarifStream {
    /// The log's parts, once the first spec comes (or the end, when none does).
    started: Option<Started>,
}

struct Started {
    /// Where each rule's descriptor is.
    index: RuleIndex,
    /// The `results` array.
    results: JsonArray,
    /// The log after the `results` array.
    tail: Vec<u8>,
}

impl SarifStream {
    fn started(&mut self) -> std::io::Result<&mut Started> {
        let started = match self.started.take() {
            Some(started) => started,
            None => {
                let (log, index) = log(Vec::new());
                let (head, tail) = envelope(&log, Some("results"))?;
                Started {
                    index,
                    results: JsonArray::new(head),
                    tail,
                }
            }
        };
        Ok(self.started.insert(started))
    }
}

impl Stream for SarifStream {
    fn file(&mut self, report: &FileReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let started = self.started()?;
        for result in file_results(report, &started.index) {
            started.results.item(&result, out)?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let started = self.started()?;
        started.results.finish(&started.tail, out)?;
        out.write_all(b"\n")
    }
}

/// The log written whole, as it was before it was streamed: what the stream must equal.
#[cfg(test)]
pub(crate) fn whole(reports: &[FileReport]) -> Vec<u8> {
    let (_, index) = log(Vec::new());
    let results = reports
        .iter()
        .flat_map(|report| file_results(report, &index))
        .collect();
    let mut out = serde_json::to_vec_pretty(&log(results).0).unwrap();
    out.push(b'\n');
    out
}

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    results: Vec<SarifResult>,
    column_kind: &'static str,
    properties: RunProperties,
}

#[derive(Serialize)]
struct RunProperties {
    rulebook: String,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Descriptor>,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<ResultLocation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    partial_fingerprints: Option<BTreeMap<&'static str, String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression>,
    #[serde(skip_serializing_if = "ResultProperties::is_empty")]
    properties: ResultProperties,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultLocation {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<u32>,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    status: &'static str,
    justification: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultProperties {
    #[serde(skip_serializing_if = "Option::is_none")]
    pointer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unverified: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    waiver: Option<usize>,
}

impl ResultProperties {
    fn is_empty(&self) -> bool {
        self.pointer.is_none()
            && self.unverified.is_none()
            && self.help.is_none()
            && self.waiver.is_none()
    }
}

/// The log with these results, and where each rule's descriptor is in it.
fn log(results: Vec<SarifResult>) -> (Log, RuleIndex) {
    let rules = descriptors();
    let index: RuleIndex = rules.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "jointly",
                    version: TOOL_VERSION,
                    semantic_version: TOOL_VERSION,
                    rules,
                },
            },
            results,
            column_kind: "unicodeCodePoints",
            properties: RunProperties {
                rulebook: rulebook_version(),
            },
        }],
    };
    (log, index)
}

/// Where each rule's descriptor is in `tool.driver.rules`, by rule ID.
type RuleIndex = HashMap<&'static str, usize>;

/// One spec's results: its findings, its waived findings and its waiver problems; or the
/// problems that stopped it loading.
fn file_results(report: &FileReport, index: &RuleIndex) -> Vec<SarifResult> {
    let path = report.path.as_str();
    match &report.outcome {
        Outcome::Checked(checked) => {
            let findings = checked
                .findings
                .iter()
                .map(|finding| finding_result(path, finding, index, None));
            let waived = checked
                .waived
                .iter()
                .map(|waived| finding_result(path, &waived.finding, index, Some(waived)));
            let notes = checked
                .waiver_notes
                .iter()
                .map(|note| waiver_result(path, note, index));
            let placeholders = checked
                .placeholders
                .iter()
                .map(|placeholder| placeholder_result(path, placeholder, index));
            findings
                .chain(waived)
                .chain(notes)
                .chain(placeholders)
                .collect()
        }
        Outcome::Failed(error) => error
            .problems
            .iter()
            .map(|problem| unreadable_result(path, error, problem, index))
            .collect(),
    }
}

/// A result's location: the spec at a span, with its end where `source` shows it.
fn location(path: &str, span: Span, source: Option<&str>) -> ResultLocation {
    ResultLocation {
        physical_location: PhysicalLocation {
            artifact_location: artifact(path),
            region: region(span, source),
        },
    }
}

fn finding_result(
    path: &str,
    finding: &Finding,
    index: &RuleIndex,
    waiver: Option<&crate::rules::Waived>,
) -> SarifResult {
    SarifResult {
        rule_id: finding.rule.id,
        rule_index: index[finding.rule.id],
        level: label::severity_word(finding.severity),
        message: Text {
            text: label::title(finding),
        },
        locations: vec![location(path, finding.span, None)],
        partial_fingerprints: Some(fingerprints(
            path,
            finding.rule.id,
            &finding.pointer,
            &finding.message,
        )),
        suppressions: waiver
            .map(|waived| Suppression {
                kind: "inSource",
                status: "accepted",
                justification: format!("waiver {} in the spec: {}", waived.waiver, waived.reason),
            })
            .into_iter()
            .collect(),
        properties: ResultProperties {
            pointer: Some(finding.pointer.clone()),
            unverified: Some(finding.unverified),
            help: finding.help.clone(),
            waiver: waiver.map(|w| w.waiver),
        },
    }
}

fn waiver_result(path: &str, note: &WaiverNote, index: &RuleIndex) -> SarifResult {
    let note_about = NoteAbout {
        id: note.kind.id(),
        severity: note.kind.severity(),
        message: &note.message,
        span: note.span,
        pointer: &note.pointer,
        help: &note.help,
    };
    note_result(path, &note_about, Some(note.waiver), index)
}

fn placeholder_result(path: &str, note: &Placeholder, index: &RuleIndex) -> SarifResult {
    let note_about = NoteAbout {
        id: crate::rules::placeholders::ID,
        severity: note.severity,
        message: &note.message,
        span: note.span,
        pointer: &note.pointer,
        help: &note.help,
    };
    note_result(path, &note_about, None, index)
}

/// A note about the spec itself (a waiver problem or a placeholder), not about the law.
struct NoteAbout<'a> {
    id: &'static str,
    severity: crate::rules::Severity,
    message: &'a str,
    span: crate::spec::Span,
    pointer: &'a str,
    help: &'a str,
}

fn note_result(
    path: &str,
    note: &NoteAbout,
    waiver: Option<usize>,
    index: &RuleIndex,
) -> SarifResult {
    SarifResult {
        rule_id: note.id,
        rule_index: index[note.id],
        level: label::severity_word(note.severity),
        message: Text {
            text: note.message.to_owned(),
        },
        locations: vec![location(path, note.span, None)],
        partial_fingerprints: Some(fingerprints(path, note.id, note.pointer, note.message)),
        suppressions: Vec::new(),
        properties: ResultProperties {
            pointer: Some(note.pointer.to_owned()),
            unverified: None,
            help: Some(note.help.to_owned()),
            waiver,
        },
    }
}

fn unreadable_result(
    path: &str,
    error: &LoadError,
    problem: &Problem,
    index: &RuleIndex,
) -> SarifResult {
    let pointer = problem.pointer.as_deref().unwrap_or("");
    SarifResult {
        rule_id: UNREADABLE,
        rule_index: index[UNREADABLE],
        level: label::severity_word(Severity::Error),
        message: Text {
            text: problem.message.clone(),
        },
        locations: vec![location(path, problem.span, error.text.as_deref())],
        partial_fingerprints: Some(fingerprints(path, UNREADABLE, pointer, &problem.message)),
        suppressions: Vec::new(),
        properties: ResultProperties {
            pointer: problem.pointer.clone(),
            unverified: None,
            help: problem.help.clone(),
            waiver: None,
        },
    }
}

fn fingerprints(
    path: &str,
    rule: &str,
    pointer: &str,
    message: &str,
) -> BTreeMap<&'static str, String> {
    BTreeMap::from([(
        "jointly/v1",
        super::gitlab::fingerprint(path, rule, pointer, message),
    )])
}

/// The artifact location of a path as given: forward slashes, percent-encoded; absolute paths
/// become `file:` URIs and relative ones are relative to `%SRCROOT%`.
fn artifact(path: &str) -> ArtifactLocation {
    let slashed = path.replace('\\', "/");
    let bytes = slashed.as_bytes();
    let drive =
        bytes.len() >= 3 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && bytes[2] == b'/';
    if drive {
        return ArtifactLocation {
            uri: format!("file:///{}{}", &slashed[..2], encode(&slashed[2..])),
            uri_base_id: None,
        };
    }
    if slashed.starts_with('/') {
        return ArtifactLocation {
            uri: format!("file://{}", encode(&slashed)),
            uri_base_id: None,
        };
    }
    let mut relative = slashed.as_str();
    while let Some(rest) = relative.strip_prefix("./") {
        relative = rest;
    }
    ArtifactLocation {
        uri: encode(relative),
        uri_base_id: Some("%SRCROOT%"),
    }
}

/// Percent-encodes everything but unreserved characters, `/`, and (after the first character,
/// so that no relative path reads as a scheme) `:`.
fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for (i, byte) in path.bytes().enumerate() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            b':' if i > 0 && path[..i].contains('/') => out.push(':'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// A region at a span: its start, and its end column where the source is known and the span
/// lies on one line.
fn region(span: Span, source: Option<&str>) -> Region {
    let end_column = source
        .and_then(|s| s.get(span.start..span.start + span.len))
        .filter(|text| !text.is_empty() && !text.contains(['\n', '\r']))
        .map(|text| span.column + u32::try_from(text.chars().count()).unwrap_or(0));
    Region {
        start_line: span.line.max(1),
        start_column: span.column.max(1),
        end_column,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        let a = artifact("./specs/my spec#1.yaml");
        assert_eq!(a.uri, "specs/my%20spec%231.yaml");
        assert_eq!(a.uri_base_id, Some("%SRCROOT%"));
        assert_eq!(artifact(r"specs\a.yaml").uri, "specs/a.yaml");
        assert_eq!(artifact("/tmp/a.yaml").uri, "file:///tmp/a.yaml");
        assert_eq!(artifact(r"C:\x\a.yaml").uri, "file:///C:/x/a.yaml");
        assert_eq!(artifact("c:a.yaml").uri, "c%3Aa.yaml");
        assert_eq!(artifact("£.yaml").uri, "%C2%A3.yaml");
    }

    #[test]
    fn regions_end_only_on_one_known_line() {
        let source = "ab: £cd\nx: y";
        let span = Span::at_offset(source, 4);
        let one = Span { len: 4, ..span };
        assert_eq!(region(one, Some(source)).end_column, Some(8));
        let across = Span { len: 6, ..span };
        assert_eq!(region(across, Some(source)).end_column, None);
        assert_eq!(region(one, None).end_column, None);
        assert_eq!(region(Span::START, Some(source)).end_column, None);
    }
}
