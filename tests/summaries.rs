//! Every summary counts the same way (`report::counts`), through the binary: check's human and
//! concise totals, `--statistics`, the JSON summary, the GitHub step summary and the
//! dashboard's counts agree on one set of specs, and the exit status agrees with the errors
//! they show. Every format writes a spec's path as one string (`paths::display`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A run's exit code and standard output, in `dir`, with `env` set.
fn jointly_in(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> (i32, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jointly"));
    command.args(args).current_dir(dir).env("NO_COLOR", "1");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
    )
}

/// The complete sample with waivers that are only problems: one names no rule (an error),
/// one covers nothing (a warning).
fn waiver_problems_only() -> String {
    let complete = std::fs::read_to_string(root().join("samples/complete-s75.yaml")).unwrap();
    format!(
        "{complete}waivers:\n  - rule: NO-SUCH-RULE\n    reason: Agreed by the board.\n    approved_by: Joint Commissioning Board, minute 12\n  - rule: GUIDE07-CL-16\n    reason: No staff transfer.\n    approved_by: Joint Commissioning Board, minute 12\n"
    )
}

/// A scratch directory with specs that have findings of every kind, waiver problems and a
/// placeholder-free clean one.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jointly-summaries-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for sample in [
        "brent-framework-2004.yaml",
        "oxfordshire-learning-disability-2006.yaml",
    ] {
        std::fs::copy(root().join("samples").join(sample), dir.join(sample)).unwrap();
    }
    std::fs::write(dir.join("waivers.yaml"), waiver_problems_only()).unwrap();
    dir
}

/// The errors and warnings of a line `… N errors, M warnings …`.
fn errors_and_warnings(line: &str) -> (u64, u64) {
    let number_before = |word: &str| -> u64 {
        let at = line
            .find(word)
            .unwrap_or_else(|| panic!("no {word} in {line}"));
        let digits: String = line[..at]
            .trim_end()
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.chars().rev().collect::<String>().parse().unwrap()
    };
    (number_before(" error"), number_before(" warning"))
}

fn last_line(text: &str) -> &str {
    text.lines().rfind(|l| l.starts_with("checked ")).unwrap()
}

#[test]
fn every_summary_counts_the_same() {
    let dir = scratch("all");
    let specs = [
        "brent-framework-2004.yaml",
        "oxfordshire-learning-disability-2006.yaml",
        "waivers.yaml",
    ];
    let run = |extra: &[&str]| {
        let mut args = vec!["check"];
        args.extend(extra);
        args.extend(specs);
        jointly_in(&dir, &args, &[])
    };
    let (code, human) = run(&[]);
    assert_eq!(code, 1);
    let expected = errors_and_warnings(last_line(&human));
    let (_, concise) = run(&["--output-format", "concise"]);
    assert_eq!(errors_and_warnings(last_line(&concise)), expected);
    let (_, statistics) = run(&["--statistics"]);
    assert_eq!(errors_and_warnings(last_line(&statistics)), expected);
    // The statistics' counts per rule add up to the errors and warnings.
    let per_rule: u64 = statistics
        .lines()
        .filter(|l| !l.starts_with("checked "))
        .map(|l| l.split_whitespace().next().unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(per_rule, expected.0 + expected.1);
    let (_, json) = run(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let summary = &json["summary"];
    assert_eq!(
        (
            summary["errors"].as_u64().unwrap(),
            summary["warnings"].as_u64().unwrap()
        ),
        expected
    );
    // The GitHub step summary's closing line.
    let step = dir.join("step-summary.md");
    let mut args = vec!["check", "--format", "github"];
    args.extend(specs);
    jointly_in(&dir, &args, &[("GITHUB_STEP_SUMMARY", &step)]);
    let step = std::fs::read_to_string(&step).unwrap();
    let closing = step.lines().find(|l| l.starts_with("3 files")).unwrap();
    assert_eq!(errors_and_warnings(closing), expected);
    // The dashboard's legal-force counts are the JSON summary's, and the human totals name them.
    // The dashboard's date is for what falls due; it does not change what the rules find.
    let mut args = vec!["report", "--format", "json", "--as-of", "2024-04-01"];
    args.extend(specs);
    let (_, board) = jointly_in(&dir, &args, &[]);
    let board: serde_json::Value = serde_json::from_str(&board).unwrap();
    for key in ["statutory_gaps", "statutory_to_check", "guidance_gaps"] {
        assert_eq!(
            board["summary"][key], json["summary"]["legal_force"][key],
            "{key}"
        );
    }
    let force = format!(
        "by legal force: {} statutory gaps, {} statutory findings to check, {} guidance gaps",
        board["summary"]["statutory_gaps"],
        board["summary"]["statutory_to_check"],
        board["summary"]["guidance_gaps"]
    );
    assert!(last_line(&human).contains(&force), "{human}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_exit_status_agrees_with_the_errors_the_summary_shows() {
    let dir = scratch("exit");
    // Waiver problems alone: one is an error, so the summary says 1 error and the run fails.
    let (code, out) = jointly_in(&dir, &["check", "waivers.yaml"], &[]);
    let line = out
        .lines()
        .find(|l| l.starts_with("waivers.yaml: "))
        .unwrap();
    assert_eq!(
        line,
        "waivers.yaml: 1 error, 1 warning (2 waiver problems among them); checklist: 27 of 27 items addressed"
    );
    assert_eq!(code, 1);
    assert_eq!(
        jointly_in(&dir, &["check", "--fail-on", "never", "waivers.yaml"], &[]).0,
        0
    );
    // Without the waiver that names no rule, only a warning is left: the run passes.
    let stale = waiver_problems_only().replace(
        "  - rule: NO-SUCH-RULE\n    reason: Agreed by the board.\n    approved_by: Joint Commissioning Board, minute 12\n",
        "",
    );
    std::fs::write(dir.join("waivers.yaml"), stale).unwrap();
    let (code, out) = jointly_in(&dir, &["check", "waivers.yaml"], &[]);
    assert!(
        out.contains("waivers.yaml: 0 errors, 1 warning (1 waiver problem among them);"),
        "{out}"
    );
    assert_eq!(code, 0);
    std::fs::remove_dir_all(dir).unwrap();
}

/// Every place a spec's path is written in `text`: the runs of path characters that end in
/// the spec's file name.
fn paths_written(text: &str, name: &str) -> Vec<String> {
    let is_path = |c: char| c.is_ascii_alphanumeric() || "/._-".contains(c);
    text.match_indices(name)
        .map(|(at, _)| {
            let start = text[..at]
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_path(*c))
                .last()
                .map_or(at, |(i, _)| i);
            text[start..at + name.len()].to_owned()
        })
        .collect()
}

#[test]
fn every_format_and_the_dashboard_write_the_same_path() {
    let dir = std::env::temp_dir().join(format!("jointly-paths-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("agreements")).unwrap();
    // As the working directory reads it, links resolved.
    let dir = std::fs::canonicalize(&dir).unwrap();
    let spec = dir.join("agreements/westvale.yaml");
    std::fs::copy(root().join("samples/haringey-s256-2023.yaml"), &spec).unwrap();
    let absolute = spec.to_str().unwrap();
    // Named with `./`, found in a walk, named by its absolute path: one string everywhere.
    for named in ["./agreements//westvale.yaml", ".", absolute] {
        let mut outputs = Vec::new();
        for format in [
            "full", "concise", "json", "sarif", "junit", "github", "gitlab",
        ] {
            let args = ["check", "--output-format", format, named];
            outputs.push((format, jointly_in(&dir, &args, &[]).1));
        }
        for format in ["md", "html", "json"] {
            let args = ["report", "--format", format, "--as-of", "2024-04-01", named];
            outputs.push((format, jointly_in(&dir, &args, &[]).1));
        }
        for (format, output) in outputs {
            let written = paths_written(&output, "westvale.yaml");
            assert!(!written.is_empty(), "{format}: {output}");
            assert!(
                written.iter().all(|p| p == "agreements/westvale.yaml"),
                "{named} in {format}: {written:?}"
            );
        }
    }
    // Outside the working directory, an absolute path stays absolute.
    std::fs::create_dir_all(dir.join("elsewhere")).unwrap();
    let (_, json) = jointly_in(
        &dir.join("elsewhere"),
        &["check", "--format", "sarif", absolute],
        &[],
    );
    assert!(json.contains(&format!("file://{absolute}")), "{json}");
    let (_, concise) = jointly_in(
        &dir.join("elsewhere"),
        &["check", "--output-format", "concise", absolute],
        &[],
    );
    assert!(concise.starts_with(&format!("{absolute}:")), "{concise}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn report_says_what_check_counts_and_exits_as_it_does() {
    let dir = scratch("report");
    let (check_code, check_out) = jointly_in(&dir, &["check", "."], &[]);
    let (report_code, report_out) = jointly_in(&dir, &["report", ".", "-o", "dashboard.html"], &[]);
    assert_eq!(report_code, check_code);
    let line = report_out.lines().next().unwrap();
    assert!(
        line.starts_with("wrote dashboard.html: 3 agreements as at "),
        "{line}"
    );
    assert_eq!(
        errors_and_warnings(line),
        errors_and_warnings(last_line(&check_out))
    );
    // The waiver that names no rule is an error the dashboard counts as no statutory gap: the
    // line still shows it, so exit 1 can be read off it.
    let (code, out) = jointly_in(&dir, &["report", "waivers.yaml", "-o", "one.html"], &[]);
    assert_eq!(code, 1);
    assert!(
        out.contains(": 1 error, 1 warning (2 waiver problems among them)"),
        "{out}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}
