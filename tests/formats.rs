//! The report formats: every format's output for the samples is a reviewed snapshot, SARIF
//! validates against the official schema, JUnit parses with the expected suites and cases,
//! GitHub commands are escaped, the JSON envelope has its version and counts, and GitLab
//! fingerprints are unique and stable.
//!
//! The SARIF schema is vendored as `tests/data/sarif-schema-2.1.0.json` (see
//! `tests/data/README.md`). Update the snapshots with `INSTA_UPDATE=always cargo test --test
//! formats` (or `cargo insta review`) and read the diff before committing.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use jointly::report::{
    self, FORMATS, FileReport, Outcome, WriteFn, github, gitlab, json, junit, sarif,
};
use jointly::rules::{Checked, ChecklistStatus, Finding, Severity};
use jointly::spec::Span;

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 4, "samples missing");
    paths
}

fn relative(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

fn checked(path: &str, document: &jointly::spec::Document) -> FileReport {
    FileReport {
        path: path.to_owned(),
        outcome: Outcome::Checked(Box::new(jointly::rules::check(document))),
    }
}

/// The report of one sample.
fn sample_report(path: &Path) -> FileReport {
    let document = jointly::spec::load_file(path)
        .unwrap_or_else(|e| panic!("{}: {:?}", path.display(), e.problems));
    checked(&relative(path), &document)
}

/// A sample with waivers added: one that covers findings, one naming no rule, one stale.
fn waived_report() -> FileReport {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples/oxfordshire-learning-disability-2006.yaml");
    let mut text = std::fs::read_to_string(path).unwrap();
    text.push_str(
        "\nwaivers:\n\
         \x20 - {rule: REG617-7-3-f, reason: The term is agreed by exchange of letters., approved_by: Joint Board minute 7}\n\
         \x20 - {rule: NO-SUCH-RULE, reason: A typing mistake., approved_by: Joint Board minute TBC}\n\
         \x20 - {rule: REG617-7-4-HOST, at: /schemes/9, reason: Nothing there., approved_by: Joint Board minute 9}\n",
    );
    let document = jointly::spec::load_bytes("specs/waived.yaml", text.as_bytes())
        .unwrap_or_else(|e| panic!("{:?}", e.problems));
    checked("specs/waived.yaml", &document)
}

fn unreadable_report() -> FileReport {
    let error = jointly::spec::load_bytes("bad.yaml", b"jointly: 1\nagreement: [").unwrap_err();
    FileReport {
        path: "bad.yaml".to_owned(),
        outcome: Outcome::Failed(error),
    }
}

/// Every sample, the waived variant and an unreadable file.
fn all_reports() -> Vec<FileReport> {
    let mut reports: Vec<_> = samples().iter().map(|p| sample_report(p)).collect();
    reports.push(waived_report());
    reports.push(unreadable_report());
    reports
}

fn render(write: WriteFn, reports: &[FileReport]) -> String {
    let mut out = Vec::new();
    write(reports, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn checked_of(report: &FileReport) -> Option<&Checked> {
    match &report.outcome {
        Outcome::Checked(checked) => Some(checked),
        Outcome::Failed(_) => None,
    }
}

#[test]
fn the_waived_variant_exercises_waivers() {
    let report = waived_report();
    let checked = checked_of(&report).unwrap();
    assert!(!checked.waived.is_empty());
    let kinds: Vec<_> = checked.waiver_notes.iter().map(|n| n.kind.id()).collect();
    assert_eq!(
        kinds,
        ["jointly-waiver-unknown-rule", "jointly-waiver-stale"]
    );
    let placeholders: Vec<_> = checked.placeholders.iter().map(|p| &p.found).collect();
    assert_eq!(placeholders, [&["TBC".to_owned()]]);
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let schema_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/sarif-schema-2.1.0.json"
    );
    let schema_text = std::fs::read_to_string(schema_path)
        .unwrap_or_else(|e| panic!("the vendored SARIF schema {schema_path}: {e}"));
    let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let reports = all_reports();
    let mut sets: Vec<&[FileReport]> = reports.chunks(1).collect();
    sets.push(&reports);
    sets.push(&[]);
    for set in sets {
        let text = render(sarif::write, set);
        let log: serde_json::Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        let paths: Vec<_> = set.iter().map(|r| r.path.as_str()).collect();
        assert!(errors.is_empty(), "{paths:?}:\n{}", errors.join("\n"));
    }
    // The validator does check formats: a path that is not a URI reference is caught.
    let mut log: serde_json::Value =
        serde_json::from_str(&render(sarif::write, &[unreadable_report()])).unwrap();
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] =
        "bad name.yaml".into();
    assert!(!validator.is_valid(&log));
}

#[test]
fn sarif_results_match_the_reports() {
    let reports = all_reports();
    let log: serde_json::Value = serde_json::from_str(&render(sarif::write, &reports)).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), jointly::rules::all().len() + 5);
    let results = run["results"].as_array().unwrap();
    let (mut expected, mut suppressed) = (0, 0);
    for report in &reports {
        match &report.outcome {
            Outcome::Checked(c) => {
                expected +=
                    c.findings.len() + c.waived.len() + c.waiver_notes.len() + c.placeholders.len();
                suppressed += c.waived.len();
            }
            Outcome::Failed(e) => expected += e.problems.len(),
        }
    }
    assert_eq!(results.len(), expected);
    assert_eq!(
        results
            .iter()
            .filter(|r| r.get("suppressions").is_some())
            .count(),
        suppressed
    );
    for result in results {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(
            result["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap()
                >= 1
        );
    }
    let unreadable: Vec<_> = results
        .iter()
        .filter(|r| r["ruleId"] == sarif::UNREADABLE)
        .collect();
    assert!(!unreadable.is_empty());
    assert!(unreadable.iter().all(|r| r["level"] == "error"
        && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bad.yaml"));
    // The same input gives the same bytes.
    assert_eq!(
        render(sarif::write, &reports),
        render(sarif::write, &all_reports())
    );
}

#[test]
fn junit_has_a_suite_per_spec_and_a_case_per_applied_rule() {
    let reports = all_reports();
    let xml = render(junit::write, &reports);
    let parsed = quick_junit::Report::deserialize_from_str(&xml).unwrap();
    assert_eq!(parsed.name.as_ref().unwrap().as_str(), "jointly");
    assert_eq!(parsed.test_suites.len(), reports.len());
    let mut total_tests = 0;
    let mut total_failures = 0;
    for (report, suite) in reports.iter().zip(&parsed.test_suites) {
        assert_eq!(suite.name.as_str(), report.path);
        let (tests, failures) = match &report.outcome {
            Outcome::Checked(checked) => {
                let mut kinds: Vec<_> = checked.waiver_notes.iter().map(|n| n.kind).collect();
                kinds.sort_by_key(|k| k.id());
                kinds.dedup();
                let failing_rules = checked
                    .applied
                    .iter()
                    .filter(|rule| {
                        checked
                            .findings
                            .iter()
                            .any(|f| f.rule.id == rule.id && f.severity == Severity::Error)
                    })
                    .count();
                let failing_kinds = kinds
                    .iter()
                    .filter(|k| k.severity() == Severity::Error)
                    .count();
                // One case for placeholders, if any; failing when they are errors.
                let placeholder_case = usize::from(!checked.placeholders.is_empty());
                let placeholder_fails = usize::from(
                    checked
                        .placeholders
                        .first()
                        .is_some_and(|p| p.severity == Severity::Error),
                );
                (
                    checked.applied.len() + kinds.len() + placeholder_case,
                    failing_rules + failing_kinds + placeholder_fails,
                )
            }
            Outcome::Failed(_) => {
                assert_eq!(suite.test_cases[0].name.as_str(), "load");
                (1, 1)
            }
        };
        assert_eq!(suite.test_cases.len(), tests, "{}", report.path);
        assert_eq!(
            (suite.tests, suite.failures),
            (tests, failures),
            "{}",
            report.path
        );
        total_tests += tests;
        total_failures += failures;
    }
    assert_eq!(
        (parsed.tests, parsed.failures),
        (total_tests, total_failures)
    );
    assert!(!xml.contains("timestamp") && !xml.contains("hostname") && !xml.contains(" time="));
    assert_eq!(xml, render(junit::write, &all_reports()));
}

#[test]
fn github_commands_escape_messages_and_properties() {
    let finding = Finding {
        rule: jointly::rules::all()[0],
        severity: Severity::Error,
        unverified: false,
        pointer: "/agreement".to_owned(),
        span: Span {
            line: 3,
            column: 7,
            start: 0,
            len: 1,
        },
        message: "100% of the pool, split 50,50\nacross two lines".to_owned(),
        help: Some("add: this".to_owned()),
    };
    let rule = finding.rule;
    let report = FileReport {
        path: "specs/a,b:c.yaml".to_owned(),
        outcome: Outcome::Checked(Box::new(Checked {
            findings: vec![finding],
            waived: Vec::new(),
            waiver_notes: Vec::new(),
            placeholders: Vec::new(),
            checklist: ChecklistStatus {
                items: Vec::new(),
                applies: true,
            },
            applied: vec![rule],
            bcf_parameters: Vec::new(),
        })),
    };
    let text = render(github::write, &[report]);
    let mut citation = rule.citation.to_string();
    if !rule.citation.url.is_empty() {
        citation = format!("{citation}: {}", rule.citation.url);
    }
    let expected = format!(
        "::error file=specs/a%2Cb%3Ac.yaml,line=3,col=7,title={}%3A {}::100%25 of the pool, split 50,50%0Aacross two lines%0Ahelp: add: this%0A{}\n",
        rule.id,
        rule.name,
        citation.replace('%', "%25")
    );
    assert_eq!(text, expected);
    assert_eq!(github::escape_property("a:b,c"), "a%3Ab%2Cc");
    assert_eq!(github::escape_data("a:b,c%\r\n"), "a:b,c%25%0D%0A");
}

#[test]
fn github_annotates_everything_but_waived_findings() {
    let reports = all_reports();
    let text = render(github::write, &reports);
    let mut expected = 0;
    for report in &reports {
        match &report.outcome {
            Outcome::Checked(c) => {
                expected += c.findings.len() + c.waiver_notes.len() + c.placeholders.len()
            }
            Outcome::Failed(e) => expected += e.problems.len(),
        }
    }
    assert_eq!(text.lines().count(), expected);
    assert!(
        text.lines()
            .all(|l| l.starts_with("::error file=") || l.starts_with("::warning file="))
    );
    let summary = render(github::write_step_summary, &reports);
    assert!(summary.contains("| File | Status | Errors | Warnings | Waived | Checklist |"));
    assert_eq!(
        summary.lines().filter(|l| l.starts_with("| ")).count(),
        reports.len() + 2
    );
}

#[test]
fn json_has_its_version_and_the_counts() {
    let reports = all_reports();
    let text = render(json::write, &reports);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    // It round-trips through a Value unchanged.
    let again: serde_json::Value =
        serde_json::from_str(&serde_json::to_string(&value).unwrap()).unwrap();
    assert_eq!(value, again);
    assert_eq!(value["format_version"], 1);
    assert_eq!(value["tool"]["name"], "jointly");
    assert_eq!(value["tool"]["version"], jointly::report::TOOL_VERSION);
    assert_eq!(value["rulebook"], jointly::report::rulebook_version());
    let files = value["files"].as_array().unwrap();
    assert_eq!(files.len(), reports.len());
    let (mut errors, mut warnings, mut waived) = (0, 0, 0);
    for (report, file) in reports.iter().zip(files) {
        assert_eq!(file["path"], report.path.as_str());
        match &report.outcome {
            Outcome::Checked(c) => {
                assert_eq!(file["status"], "checked");
                assert_eq!(file["findings"].as_array().unwrap().len(), c.findings.len());
                assert_eq!(file["waived"].as_array().unwrap().len(), c.waived.len());
                assert_eq!(
                    file["waiver_problems"].as_array().unwrap().len(),
                    c.waiver_notes.len()
                );
                assert_eq!(
                    file["placeholders"].as_array().unwrap().len(),
                    c.placeholders.len()
                );
                if c.checklist.applies {
                    assert_eq!(file["checklist"]["addressed"], c.checklist.addressed());
                    assert_eq!(file["checklist"]["total"], 27);
                } else {
                    // A payment or Welsh agreement: the 2007 checklist is not reported.
                    assert!(file["checklist"].is_null());
                }
                errors += c.count(Severity::Error);
                warnings += c.count(Severity::Warning);
                for note in &c.waiver_notes {
                    match note.kind.severity() {
                        Severity::Error => errors += 1,
                        Severity::Warning => warnings += 1,
                    }
                }
                for note in &c.placeholders {
                    match note.severity {
                        Severity::Error => errors += 1,
                        Severity::Warning => warnings += 1,
                    }
                }
                waived += c.waived.len();
                for finding in file["findings"].as_array().unwrap() {
                    assert!(finding["location"]["line"].as_u64().unwrap() >= 1);
                    assert!(finding["citation"]["instrument"].is_string());
                }
                for w in file["waived"].as_array().unwrap() {
                    assert!(w["waiver"].is_u64() && w["rule"].is_string());
                }
            }
            Outcome::Failed(e) => {
                assert_eq!(file["status"], "unreadable");
                assert!(file["checklist"].is_null());
                assert_eq!(file["problems"].as_array().unwrap().len(), e.problems.len());
            }
        }
    }
    let summary = &value["summary"];
    assert_eq!(summary["files"], reports.len());
    assert_eq!(summary["unreadable"], 1);
    assert_eq!(summary["errors"], errors);
    assert_eq!(summary["warnings"], warnings);
    assert_eq!(summary["waived"], waived);
    assert!(waived > 0);
}

#[test]
fn gitlab_fingerprints_are_unique_and_stable() {
    let first = render(gitlab::write, &all_reports());
    let second = render(gitlab::write, &all_reports());
    assert_eq!(first, second);
    let issues: Vec<serde_json::Value> = serde_json::from_str(&first).unwrap();
    assert!(!issues.is_empty());
    let prints: HashSet<_> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(prints.len(), issues.len());
    for issue in &issues {
        assert!(["major", "minor", "critical"].contains(&issue["severity"].as_str().unwrap()));
        assert!(issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
        assert!(issue["check_name"].is_string() && issue["description"].is_string());
    }
    assert!(
        issues
            .iter()
            .any(|i| i["severity"] == "critical" && i["location"]["path"] == "bad.yaml")
    );
}

/// Runs `jointly check` in the repository with `args`, without a GitHub step summary unless
/// `summary` names a file for one. Returns the exit status and standard output.
fn check(args: &[&str], summary: Option<&Path>) -> (i32, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jointly"));
    command
        .args(["check", "--color", "never"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("GITHUB_STEP_SUMMARY");
    if let Some(path) = summary {
        command.env("GITHUB_STEP_SUMMARY", path);
    }
    let output = command.output().unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

/// The report with the rulebook fingerprint masked: it changes with every rule's citation or
/// label, and `json_has_its_version_and_the_counts` checks it on its own.
fn masked(text: &str) -> String {
    text.replace(&report::rulebook_version(), "[rulebook]")
}

/// Every format's bytes for the samples and `tests/data/formats/` (waivers of every kind and an
/// unreadable file), through the command line. Any change to any format is a diff to review.
#[test]
fn every_format_of_the_samples_is_snapshotted() {
    let names = std::iter::once("human").chain(FORMATS.iter().map(|format| format.name));
    for name in names {
        let (code, stdout) = check(&["--format", name, "samples", "tests/data/formats"], None);
        assert_eq!(
            code, 2,
            "{name}: an unreadable file makes the exit status 2"
        );
        insta::assert_snapshot!(format!("check_{name}"), masked(&stdout));
    }
}

#[test]
fn the_github_step_summary_is_snapshotted() {
    let summary = Path::new(env!("CARGO_TARGET_TMPDIR")).join("formats-step-summary.md");
    let _ = std::fs::remove_file(&summary);
    let args = ["--format", "github", "samples", "tests/data/formats"];
    let (code, _) = check(&args, Some(&summary));
    assert_eq!(code, 2);
    let text = std::fs::read_to_string(&summary).unwrap();
    insta::assert_snapshot!("github_step_summary", masked(&text));
}

#[test]
fn the_registry_names_each_format_once() {
    let names: Vec<&str> = FORMATS.iter().map(|format| format.name).collect();
    assert_eq!(names, ["json", "sarif", "junit", "github", "gitlab"]);
    for format in FORMATS {
        assert_eq!(
            report::format(format.name).map(|f| f.about),
            Some(format.about)
        );
        assert!(!format.about.is_empty() && !format.about.ends_with('.'));
    }
    assert!(report::format("human").is_none());
    let summaries: Vec<&str> = FORMATS
        .iter()
        .filter_map(|format| format.summary.as_ref().map(|s| s.variable))
        .collect();
    assert_eq!(summaries, ["GITHUB_STEP_SUMMARY"]);
}
