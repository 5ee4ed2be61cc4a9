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
//! as given, with forward slashes and percent-encoding, relative to `%SRCROOT%` unless absolute.
//! Regions name `endColumn` only where jointly has the source text and the span is on one line
//! (the problems of unreadable files); otherwise a region is a start line and column.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::{FileReport, Outcome, TOOL_VERSION, rulebook_version};
use crate::rules::{Finding, Group, Rule, Severity, WaiverProblem};
use crate::spec::Span;

/// The pseudo-rule of a spec that could not be loaded.
pub const UNREADABLE: &str = "jointly-unreadable";

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Writes the SARIF log for every spec.
pub fn write(reports: &[FileReport], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let log = log(reports);
    serde_json::to_writer_pretty(&mut *out, &log)?;
    out.write_all(b"\n")
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
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: MultiformatText,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<&'static str>,
    default_configuration: Configuration,
    properties: DescriptorProperties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct MultiformatText {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: Level,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DescriptorProperties {
    /// `statutory`, `guidance`, or `jointly` for the pseudo-rules.
    group: &'static str,
    /// How far the rule's wording was verified, in words; absent for pseudo-rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    verification: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unverified: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    citation: Option<crate::rules::Citation>,
    tags: Vec<&'static str>,
}

#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
enum Level {
    Error,
    Warning,
}

impl From<Severity> for Level {
    fn from(severity: Severity) -> Self {
        match severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: Level,
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

fn log(reports: &[FileReport]) -> Log {
    let rules = descriptors();
    let index: HashMap<&'static str, usize> =
        rules.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    let mut results = Vec::new();
    for report in reports {
        let location = |span: Span, source: Option<&str>| ResultLocation {
            physical_location: PhysicalLocation {
                artifact_location: artifact(&report.path),
                region: region(span, source),
            },
        };
        match &report.outcome {
            Outcome::Checked(checked) => {
                for finding in &checked.findings {
                    results.push(finding_result(
                        &report.path,
                        finding,
                        index[finding.rule.id],
                        location(finding.span, None),
                        None,
                    ));
                }
                for waived in &checked.waived {
                    results.push(finding_result(
                        &report.path,
                        &waived.finding,
                        index[waived.finding.rule.id],
                        location(waived.finding.span, None),
                        Some(waived),
                    ));
                }
                for note in &checked.waiver_notes {
                    let id = note.kind.id();
                    results.push(SarifResult {
                        rule_id: id,
                        rule_index: index[id],
                        level: note.kind.severity().into(),
                        message: Text {
                            text: note.message.clone(),
                        },
                        locations: vec![location(note.span, None)],
                        partial_fingerprints: Some(fingerprints(
                            &report.path,
                            id,
                            &note.pointer,
                            &note.message,
                        )),
                        suppressions: Vec::new(),
                        properties: ResultProperties {
                            pointer: Some(note.pointer.clone()),
                            unverified: None,
                            help: Some(note.help.clone()),
                            waiver: Some(note.waiver),
                        },
                    });
                }
            }
            Outcome::Failed(error) => {
                for problem in &error.problems {
                    let pointer = problem.pointer.as_deref().unwrap_or("");
                    results.push(SarifResult {
                        rule_id: UNREADABLE,
                        rule_index: index[UNREADABLE],
                        level: Level::Error,
                        message: Text {
                            text: problem.message.clone(),
                        },
                        locations: vec![location(problem.span, error.text.as_deref())],
                        partial_fingerprints: Some(fingerprints(
                            &report.path,
                            UNREADABLE,
                            pointer,
                            &problem.message,
                        )),
                        suppressions: Vec::new(),
                        properties: ResultProperties {
                            pointer: problem.pointer.clone(),
                            unverified: None,
                            help: problem.help.clone(),
                            waiver: None,
                        },
                    });
                }
            }
        }
    }
    Log {
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
    }
}

fn finding_result(
    path: &str,
    finding: &Finding,
    rule_index: usize,
    location: ResultLocation,
    waiver: Option<&crate::rules::Waived>,
) -> SarifResult {
    let mut text = finding.message.clone();
    if finding.unverified {
        text.push_str(" (unverified)");
    }
    SarifResult {
        rule_id: finding.rule.id,
        rule_index,
        level: finding.severity.into(),
        message: Text { text },
        locations: vec![location],
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

/// Every rule's descriptor, then the pseudo-rules'.
fn descriptors() -> Vec<Descriptor> {
    let mut rules: Vec<Descriptor> = crate::rules::all().iter().map(|r| descriptor(r)).collect();
    rules.push(pseudo(
        UNREADABLE,
        "unreadable-spec",
        "The spec could not be loaded.",
        "The file is not a spec jointly can read: it is not UTF-8, is not well-formed YAML, breaks a limit (size, nesting, aliases), or does not match the spec format (an unknown or missing key, an impossible date, malformed money).",
        "Nothing in a spec that cannot be loaded can be checked.",
        Severity::Error,
    ));
    for kind in [
        WaiverProblem::UnknownRule,
        WaiverProblem::Expired,
        WaiverProblem::Stale,
    ] {
        let (name, summary, what, why) = match kind {
            WaiverProblem::UnknownRule => (
                "waiver-unknown-rule",
                "A waiver must name a rule jointly has.",
                "Checks that each entry of `waivers` names a rule by its ID or name.",
                "A waiver that names no rule waives nothing; it is usually a typing mistake, and the finding it was meant for is still reported.",
            ),
            WaiverProblem::Expired => (
                "waiver-expired",
                "A waiver past its expiry date no longer applies.",
                "Reports each waiver whose `expires` date has passed.",
                "The partners accepted the gap only until that date; its findings are reported again until the waiver is renewed or the gap filled.",
            ),
            WaiverProblem::Stale => (
                "waiver-stale",
                "A waiver should match a finding.",
                "Reports each waiver in force that covers no finding.",
                "A waiver left over after the gap was filled hides nothing today but would silently hide the same gap if it came back.",
            ),
        };
        rules.push(pseudo(kind.id(), name, summary, what, why, kind.severity()));
    }
    rules
}

fn descriptor(rule: &'static Rule) -> Descriptor {
    let citation = rule.citation;
    let mut text = format!("{}\n\nCitation: {citation}", rule.docs.why);
    let mut markdown = format!(
        "{}\n\n**Why it matters.** {}\n\n**Example.**\n\n```yaml\n{}\n```\n\n**Citation:** ",
        rule.docs.what, rule.docs.why, rule.docs.example
    );
    if citation.url.is_empty() {
        markdown.push_str(&citation.to_string());
    } else {
        text.push_str(&format!(" <{}>", citation.url));
        markdown.push_str(&format!("[{citation}]({})", citation.url));
    }
    let verification = super::rules::verification(rule);
    text.push_str(&format!("\nVerification: {verification}"));
    markdown.push_str(&format!("\n\n**Verification:** {verification}"));
    if !rule.sources.is_empty() {
        markdown.push_str("\n\n**Sources:**\n");
    }
    for source in rule.sources {
        text.push_str(&format!(
            "\nSource: {} ({})",
            source.name,
            source.kind.words()
        ));
        markdown.push_str(&format!("\n- {} ({})", source.name, source.kind.words()));
    }
    let group = match rule.group {
        Group::Statutory => "statutory",
        Group::Guidance => "guidance",
    };
    Descriptor {
        id: rule.id,
        name: rule.name,
        short_description: Text {
            text: rule.summary.to_owned(),
        },
        full_description: Text {
            text: rule.docs.what.to_owned(),
        },
        help: MultiformatText { text, markdown },
        help_uri: (!citation.url.is_empty()).then_some(citation.url),
        default_configuration: Configuration {
            level: rule.default_severity().into(),
        },
        properties: DescriptorProperties {
            group,
            verification: Some(verification),
            unverified: Some(rule.unverified()),
            citation: Some(citation),
            tags: vec![group],
        },
    }
}

fn pseudo(
    id: &'static str,
    name: &'static str,
    summary: &str,
    what: &str,
    why: &str,
    severity: Severity,
) -> Descriptor {
    Descriptor {
        id,
        name,
        short_description: Text {
            text: summary.to_owned(),
        },
        full_description: Text {
            text: what.to_owned(),
        },
        help: MultiformatText {
            text: why.to_owned(),
            markdown: format!("{what}\n\n**Why it matters.** {why}"),
        },
        help_uri: None,
        default_configuration: Configuration {
            level: severity.into(),
        },
        properties: DescriptorProperties {
            group: "jointly",
            verification: None,
            unverified: None,
            citation: None,
            tags: vec!["jointly"],
        },
    }
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

    #[test]
    fn every_rule_and_pseudo_rule_is_described_once() {
        let rules = descriptors();
        assert_eq!(rules.len(), crate::rules::all().len() + 4);
        let mut ids: Vec<_> = rules.iter().map(|d| d.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), rules.len());
        for id in [UNREADABLE, WaiverProblem::Stale.id()] {
            assert!(ids.contains(&id));
        }
    }
}
