//! The default human format draws three or more findings of one spec that share a rule family
//! and citation as one block, each still located with its own line, column and ID;
//! `--output-format full` draws every finding in full. Through the binary, on every sample.

use std::process::Command;

mod common;

fn jointly(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap()
}

/// Every sample, as `samples/NAME.yaml`.
fn samples() -> Vec<String> {
    common::samples()
        .iter()
        .map(|p| format!("samples/{}", p.file_name().unwrap().to_str().unwrap()))
        .collect()
}

/// Each finding of the JSON report: (path, line, column, rule, message).
fn findings(sample: &str) -> Vec<(String, u64, u64, String, String)> {
    let json: serde_json::Value =
        serde_json::from_str(&jointly(&["check", "--format", "json", sample])).unwrap();
    let mut out = Vec::new();
    for file in json["files"].as_array().unwrap() {
        for finding in file["findings"].as_array().unwrap() {
            let unverified = finding["unverified"].as_bool().unwrap();
            let message = finding["message"].as_str().unwrap().to_owned();
            out.push((
                file["path"].as_str().unwrap().to_owned(),
                finding["location"]["line"].as_u64().unwrap(),
                finding["location"]["column"].as_u64().unwrap(),
                finding["rule"].as_str().unwrap().to_owned(),
                if unverified {
                    format!("{message} (unverified)")
                } else {
                    message
                },
            ));
        }
    }
    out
}

#[test]
fn every_finding_is_located_with_its_id_whether_grouped_or_in_full() {
    let mut grouped_any = false;
    for sample in samples() {
        let grouped = jointly(&["check", sample.as_str()]);
        let full = jointly(&["check", "--output-format", "full", sample.as_str()]);
        let findings = findings(&sample);
        let (mut in_blocks, mut alone) = (0, 0);
        for (path, line, column, rule, message) in &findings {
            let header = format!("[{rule}]: {message}\n");
            let location = format!("--> {path}:{line}:{column}\n");
            let item = format!("  - {path}:{line}:{column} {rule}: {message}\n");
            assert!(
                full.contains(&header) && full.contains(&location),
                "{sample}: {rule} at {line}:{column} not in full"
            );
            if grouped.contains(&item) {
                in_blocks += 1;
            } else {
                assert!(grouped.contains(&header), "{sample}: {rule} {message}");
                alone += 1;
            }
        }
        assert_eq!(in_blocks + alone, findings.len());
        // Every finding is drawn: as many headers and items as findings.
        let headers = |text: &str| {
            text.lines()
                .filter(|l| {
                    (l.starts_with("error[") || l.starts_with("warning["))
                        && !l.contains("findings under one citation")
                })
                .count()
        };
        let items = grouped.lines().filter(|l| l.starts_with("  - ")).count();
        assert_eq!(
            headers(&full),
            findings.len() + waiver_and_placeholders(&full),
            "{sample}"
        );
        assert_eq!(
            headers(&grouped) + items,
            findings.len() + waiver_and_placeholders(&grouped),
            "{sample}"
        );
        grouped_any |= in_blocks > 0;
        // Grouping changes the drawing, never the summary.
        let summary = |text: &str| {
            text.lines()
                .rfind(|l| l.starts_with(&sample))
                .map(str::to_owned)
        };
        assert_eq!(summary(&grouped), summary(&full));
    }
    assert!(grouped_any);
}

/// Headers that are waiver problems and placeholders, which are never grouped.
fn waiver_and_placeholders(text: &str) -> usize {
    text.lines()
        .filter(|l| l.contains("[jointly-waiver-") || l.contains("[jointly-placeholder]"))
        .count()
}

#[test]
fn the_checklist_citation_is_written_once_per_spec_in_a_block() {
    let sample = "samples/brent-framework-2004.yaml";
    let citation = "ch 7, \"Basic agreement checklist\" (guidance)";
    let grouped = jointly(&["check", sample]);
    let full = jointly(&["check", "--output-format", "full", sample]);
    assert_eq!(grouped.matches(citation).count(), 1, "{grouped}");
    assert!(full.matches(citation).count() > 10);
    assert!(grouped.contains("warning[GUIDE07-CL-*]: "), "{grouped}");
    // Concise stays one line per finding.
    let concise = jointly(&["check", "--output-format", "concise", "-q", sample]);
    assert_eq!(concise.lines().count(), findings(sample).len());
}
