//! The JSON report: one document describing every spec checked, for programs to read.
//!
//! ## Overview
//!
//! `jointly check --format json` writes one JSON object (not JSON Lines), each spec's part as
//! the spec is checked and the summary at the end. The object is versioned by its
//! `format_version` field: fields may be *added* within a format version, but none is removed,
//! renamed or given another meaning without the version going up. Consumers should ignore
//! fields they do not know.
//!
//! Keys always appear in the order documented here, every array is in a stable order (files in
//! the order they were given or found, findings by position then rule ID, checklist items 1 to
//! 27), and the same input always gives byte-identical output.
//!
//! Every file object has the same keys whatever its `status`, so that `jq '.files[].findings[]'`
//! never meets a `null`: the lists that do not apply are empty, and `checklist` is `null` for a
//! file that could not be read or a spec the checklist does not apply to.
//!
//! ## Wire format
//!
//! The top-level object:
//!
//! * `format_version`: the number `1`.
//! * `tool`: `{"name": "jointly", "version": "<jointly's version>"}`.
//! * `rulebook`: the rule set the report was made with, as `"<n>-rules-<fingerprint>"` (see
//!   [`rulebook_version`]); it changes whenever a rule's ID, verification label or citation does.
//! * `files`: one **file** object per spec, in the order given.
//! * `summary`: the **summary** object.
//!
//! A **file** object:
//!
//! * `path`: the path as every format writes it: relative to the working directory when the
//!   file is inside it, without `./` (`paths::display`); absolute when it is outside.
//! * `status`: `"checked"` (the spec loaded and was checked) or `"unreadable"` (it could not be
//!   loaded: see `problems`).
//! * `findings`: the **finding** objects that are not waived.
//! * `waived`: the findings a waiver in the spec covers: **finding** objects with two more keys,
//!   `waiver`, the index of the covering waiver in the spec's `waivers` list, and `reason`, the
//!   waiver's reason. They never fail a run.
//! * `waiver_problems`: **waiver problem** objects: waivers that name no rule, have expired, or
//!   match no finding.
//! * `placeholders`: **placeholder** objects: template blanks left in the spec's text (added
//!   within format version 1).
//! * `checklist`: the **checklist** object; `null` for an unreadable file, and for a spec the
//!   2007 guide's checklist does not apply to (a payment agreement under s256 or s76, or a
//!   Welsh agreement).
//! * `problems`: for an unreadable file, the **problem** objects saying why; otherwise empty.
//! * `bcf_parameters`: only for a spec with a `bcf` block (added within format version 1):
//!   one object per financial year it names, `{"year": "2025-26", "parameters": "…",
//!   "note": null}`, where `parameters` says where jointly took the year's national
//!   Better Care Fund parameters from (its built-in data/bcf-years.toml, or a user's file),
//!   or is `null` when it has none, and `note` then says so.
//!
//! A **finding** object:
//!
//! * `rule`: the rulebook ID, e.g. `"REG617-7-4-HOST"`.
//! * `name`: the rule's kebab-case name, e.g. `"pooled-fund-without-host"`.
//! * `severity`: `"error"` or `"warning"`.
//! * `unverified`: `true` when the finding rests on wording the rulebook has not verified (it is
//!   then never an error).
//! * `message`: one sentence saying what is wrong.
//! * `help`: what to add or change, or `null`.
//! * `citation`: `{"instrument": "SI 2000/617", "provision": "reg 7(4)", "url": "…"}`; `url` is
//!   `""` when the rulebook gives none.
//! * `location`: a **location** object.
//!
//! A **location** object: `line` and `column` (both 1-based; columns count Unicode characters)
//! and `pointer`, the JSON pointer (RFC 6901) of the node concerned, or `null` when not known.
//! For something missing, `pointer` names where it belongs and `line`/`column` the nearest part
//! of the spec that exists.
//!
//! A **waiver problem** object: `kind` (`"unknown-rule"`, `"expired"` or `"stale"`), `id` (the
//! ID it is reported under, e.g. `"jointly-waiver-stale"`), `severity`, `waiver` (the index of the
//! waiver), `message`, `help` and `location`.
//!
//! A **placeholder** object: `id` (always `"jointly-placeholder"`, not a rulebook rule),
//! `severity` (`"warning"` while the agreement is a draft, `"error"` once it is final or
//! signed), `found` (the placeholder texts found in the value, in order; empty for a
//! signatory's name, which is never repeated), `message`, `help` and `location` (the text
//! value that holds them).
//!
//! A **checklist** object: `addressed` (how many items are addressed), `total` (27) and `items`,
//! each `{"number": 13, "id": "GUIDE07-CL-13", "key": "…", "status": "…"}`, where `status` is one
//! of `"by_data"`, `"by_clause"`, `"not_applicable"`, `"nothing_further"` (item 27 only, which is
//! optional) or `"missing"`.
//!
//! A **problem** object: `message`, `help` (or `null`) and `location`.
//!
//! The **summary** object counts over all files, as every other summary does
//! (`report::counts`): `files`; `unreadable`; `errors` and `warnings`, which count findings,
//! waiver problems *and* placeholders of that severity (everything that can fail a run), but
//! not waived findings or the problems of unreadable files; `waived`; then (added within format
//! version 1) `waiver_problems` and `placeholders`, how many of the errors and warnings are
//! those, and `legal_force`, the findings by the force of the rule, as drafts and the
//! dashboard count them: `statutory_gaps` (what the law requires to be filled),
//! `statutory_to_check` (statutory rules' warnings), `statutory_unverified` (of those, resting
//! on wording or a fact not verified) and `guidance_gaps`.
//!
//! ## Example
//!
//! A run over the reference agreement with its pool's `host` removed, and over a file that is
//! not well-formed YAML (checklist items 3 to 27 left out here):
//!
//! ```json
//! {
//!   "format_version": 1,
//!   "tool": {
//!     "name": "jointly",
//!     "version": "0.1.0"
//!   },
//!   "rulebook": "74-rules-527ea1601418",
//!   "files": [
//!     {
//!       "path": "specs/westshire.yaml",
//!       "status": "checked",
//!       "findings": [
//!         {
//!           "rule": "REG617-7-4-HOST",
//!           "name": "pooled-fund-without-host",
//!           "severity": "error",
//!           "unverified": false,
//!           "message": "the pool of scheme `community-support` has no host partner",
//!           "help": "add `host:` with the id of the partner responsible for the pool's accounts and audit",
//!           "citation": {
//!             "instrument": "SI 2000/617",
//!             "provision": "reg 7(4) (paragraph number not verified)",
//!             "url": "https://www.legislation.gov.uk/uksi/2000/617/regulation/7/made"
//!           },
//!           "location": {
//!             "line": 79,
//!             "column": 5,
//!             "pointer": "/schemes/0/pooled_fund/host"
//!           }
//!         }
//!       ],
//!       "waived": [],
//!       "waiver_problems": [],
//!       "placeholders": [],
//!       "checklist": {
//!         "addressed": 27,
//!         "total": 27,
//!         "items": [
//!           {
//!             "number": 1,
//!             "id": "GUIDE07-CL-01",
//!             "key": "aims_and_objectives",
//!             "status": "by_data"
//!           },
//!           {
//!             "number": 2,
//!             "id": "GUIDE07-CL-02",
//!             "key": "description",
//!             "status": "by_clause"
//!           }
//!         ]
//!       },
//!       "problems": []
//!     },
//!     {
//!       "path": "bad.yaml",
//!       "status": "unreadable",
//!       "findings": [],
//!       "waived": [],
//!       "waiver_problems": [],
//!       "placeholders": [],
//!       "checklist": null,
//!       "problems": [
//!         {
//!           "message": "unclosed bracket '['",
//!           "help": null,
//!           "location": {
//!             "line": 2,
//!             "column": 12,
//!             "pointer": null
//!           }
//!         }
//!       ]
//!     }
//!   ],
//!   "summary": {
//!     "files": 2,
//!     "unreadable": 1,
//!     "errors": 1,
//!     "warnings": 0,
//!     "waived": 0
//!   }
//! }
//! ```
//!
//! The output is pretty-printed with two-space indents and ends with a newline.

use serde::Serialize;

mod file;

use super::counts::Counts;
use super::stream::{JsonArray, Stream, envelope};
use super::{FileReport, Format, TOOL_VERSION, rulebook_version};
use file::File;

/// The format version this module writes.
pub const FORMAT_VERSION: u32 = 1;

/// `--format json`.
pub const FORMAT: Format = Format {
    name: "json",
    about: "jointly's versioned JSON report (documented in docs/json-report.md)",
    stream,
    summary: None,
};

/// Writes the JSON report for every spec.
pub fn write(reports: &[FileReport], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    super::stream::write_all(stream(), reports, out)
}

/// Starts the JSON report: each spec's file object is written as it comes, and the summary,
/// which counts them all, at the end.
fn stream() -> Box<dyn Stream> {
    Box::new(JsonStream {
        files: None,
        counts: Counts::default(),
    })
}

struct JsonStream {
    /// The `files` array, once its head is known.
    files: Option<JsonArray>,
    counts: Counts,
}

impl JsonStream {
    /// The document around the `files` array, with the summary of `counts`.
    fn envelope(counts: &Counts) -> std::io::Result<(Vec<u8>, Vec<u8>)> {
        let document = Document::around(Summary::new(counts));
        envelope(&document, Some("files"))
    }

    fn files(&mut self) -> std::io::Result<&mut JsonArray> {
        let files = match self.files.take() {
            Some(files) => files,
            // The head does not depend on the summary, which follows the files.
            None => JsonArray::new(JsonStream::envelope(&Counts::default())?.0),
        };
        Ok(self.files.insert(files))
    }
}

impl Stream for JsonStream {
    fn file(&mut self, report: &FileReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        self.counts.add(&Counts::of_report(report));
        self.files()?.item(&File::of(report), out)
    }

    fn finish(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let (_, tail) = JsonStream::envelope(&self.counts)?;
        self.files()?.finish(&tail, out)?;
        out.write_all(b"\n")
    }
}

/// The whole report, as one document: what the stream writes in pieces.
#[derive(Serialize)]
struct Document<'a> {
    format_version: u32,
    tool: Tool,
    rulebook: String,
    files: Vec<File<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    unreadable: usize,
    errors: usize,
    warnings: usize,
    waived: usize,
    waiver_problems: usize,
    placeholders: usize,
    legal_force: LegalForce,
}

/// The findings by legal force, as drafts and the dashboard count them.
#[derive(Serialize)]
struct LegalForce {
    statutory_gaps: usize,
    statutory_to_check: usize,
    statutory_unverified: usize,
    guidance_gaps: usize,
}

impl Summary {
    fn new(counts: &Counts) -> Summary {
        Summary {
            files: counts.files,
            unreadable: counts.unreadable,
            errors: counts.errors,
            warnings: counts.warnings,
            waived: counts.waived,
            waiver_problems: counts.waiver_problems,
            placeholders: counts.placeholders,
            legal_force: LegalForce {
                statutory_gaps: counts.gaps.statutory_gaps,
                statutory_to_check: counts.gaps.statutory_to_check,
                statutory_unverified: counts.gaps.statutory_unverified,
                guidance_gaps: counts.gaps.guidance_gaps,
            },
        }
    }
}

impl<'a> Document<'a> {
    /// The document with no files yet.
    fn around(summary: Summary) -> Self {
        Document {
            format_version: FORMAT_VERSION,
            tool: Tool {
                name: "jointly",
                version: TOOL_VERSION,
            },
            rulebook: rulebook_version(),
            files: Vec::new(),
            summary,
        }
    }
}

/// The report written whole, as it was before it was streamed: what the stream must equal.
#[cfg(test)]
pub(crate) fn whole(reports: &[FileReport]) -> Vec<u8> {
    let mut document = Document::around(Summary::new(&Counts::of_reports(reports)));
    document.files = reports.iter().map(File::of).collect();
    let mut out = serde_json::to_vec_pretty(&document).unwrap();
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::report_of as report;

    fn output(reports: &[FileReport]) -> serde_json::Value {
        let mut out = Vec::new();
        write(reports, &mut out).unwrap();
        assert!(out.ends_with(b"}\n"));
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn an_unreadable_file_has_every_key_and_its_problems() {
        let value = output(&[report("bad.yaml", "jointly: 1\nagreement: [")]);
        assert_eq!(value["format_version"], 1);
        assert_eq!(value["tool"]["name"], "jointly");
        let file = &value["files"][0];
        let keys: Vec<&str> = file
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "path",
                "status",
                "findings",
                "waived",
                "waiver_problems",
                "placeholders",
                "checklist",
                "problems"
            ]
        );
        assert_eq!(file["status"], "unreadable");
        assert!(file["checklist"].is_null());
        assert!(!file["problems"].as_array().unwrap().is_empty());
        assert!(file["problems"][0]["location"]["line"].as_u64().unwrap() >= 1);
        assert_eq!(value["summary"]["unreadable"], 1);
        assert_eq!(value["summary"]["errors"], 0);
    }

    #[test]
    fn a_checked_file_reports_findings_and_the_checklist() {
        let yaml = "jointly: 1\nagreement:\n  title: T\n  legal_basis: nhs_act_2006_s75\n";
        let value = output(&[report("t.yaml", yaml)]);
        let file = &value["files"][0];
        assert_eq!(file["status"], "checked");
        assert_eq!(file["checklist"]["total"], 27);
        assert_eq!(file["checklist"]["items"].as_array().unwrap().len(), 27);
        let findings = file["findings"].as_array().unwrap();
        assert!(!findings.is_empty());
        let first = findings[0].as_object().unwrap();
        let keys: Vec<&str> = first.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "rule",
                "name",
                "severity",
                "unverified",
                "message",
                "help",
                "citation",
                "location"
            ]
        );
        let errors = findings.iter().filter(|f| f["severity"] == "error").count();
        assert_eq!(value["summary"]["errors"], errors);
    }
}
