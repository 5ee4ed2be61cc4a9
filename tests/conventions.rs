//! Issue 13's command-line conventions, through the binary: `explain` for every ID jointly can
//! emit, `check -` with `--stdin-filename`, `--statistics`, `--output-format concise`, rule
//! selection on the command line and `--force-exclude`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A run's exit code, standard output and standard error, with `stdin` as standard input.
fn jointly_in(dir: &Path, args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn jointly(args: &[&str]) -> (i32, String, String) {
    jointly_in(&root(), args, b"")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch directory of its own for one test.
fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("jointly-conventions-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn explain_knows_every_id_sarif_can_report() {
    let (_, sarif, _) = jointly(&["check", "--format", "sarif", "samples/complete-s75.yaml"]);
    let log: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let pseudo: Vec<&str> = rules
        .iter()
        .filter_map(|r| r["id"].as_str())
        .filter(|id| id.starts_with("jointly-"))
        .collect();
    assert_eq!(pseudo.len(), 5, "{pseudo:?}");
    for id in rules.iter().filter_map(|r| r["id"].as_str()) {
        let (code, out, err) = jointly(&["explain", id]);
        assert_eq!(code, 0, "{id}: {err}");
        assert!(out.starts_with(&format!("{id} (")), "{id}: {out}");
        for part in ["## What it does", "## Why is this bad?", "## Example"] {
            assert!(out.contains(part), "{id} lacks {part}");
        }
    }
}

#[test]
fn a_spec_on_standard_input_is_checked_as_the_file_under_its_given_name() {
    let sample = "samples/haringey-s256-2023.yaml";
    let bytes = std::fs::read(root().join(sample)).unwrap();
    for format in ["human", "json", "sarif", "junit", "github", "gitlab"] {
        let from_file = jointly(&["check", "--format", format, sample]);
        let args = ["check", "--format", format, "--stdin-filename", sample, "-"];
        let from_stdin = jointly_in(&root(), &args, &bytes);
        assert_eq!(from_stdin, from_file, "{format}");
    }
    // Unnamed, it is `<stdin>` in every line that names a file.
    let (code, out, _) = jointly_in(
        &root(),
        &["check", "--output-format", "concise", "-"],
        &bytes,
    );
    assert_eq!(code, 1);
    for line in out.lines().filter(|l| !l.starts_with("checked ")) {
        assert!(line.starts_with("<stdin>:"), "{line}");
    }
    // With no path at all, --stdin-filename alone reads standard input.
    let (code, out, _) = jointly_in(
        &root(),
        &["check", "--stdin-filename", "x.yaml", "-q"],
        &bytes,
    );
    assert_eq!(code, 1);
    assert!(out.contains("--> x.yaml:"), "{out}");
}

#[test]
fn a_file_named_dash_is_checked_as_dot_slash_dash() {
    let dir = scratch("dash");
    std::fs::copy(
        root().join("samples/haringey-s256-2023.yaml"),
        dir.join("-"),
    )
    .unwrap();
    let (code, out, err) = jointly_in(&dir, &["check", "--output-format", "concise", "./-"], b"");
    assert_eq!(code, 1, "{err}");
    assert!(
        out.starts_with("./-:43:1: error[NHSA2006-256-1-PURPOSE] "),
        "{out}"
    );
    // `-` alone is standard input, here empty: not that file.
    let (code, out, _) = jointly_in(&dir, &["check", "--output-format", "concise", "-"], b"");
    assert_eq!(code, 2);
    assert!(out.starts_with("<stdin>:"), "{out}");
    std::fs::remove_dir_all(dir).unwrap();
}

/// The `(rule, count)` pairs of `--statistics` output, less the totals line.
fn counts(statistics: &str) -> Vec<(String, usize)> {
    statistics
        .lines()
        .filter(|line| !line.starts_with("checked "))
        .map(|line| {
            let mut words = line.split_whitespace();
            let count = words.next().unwrap().parse().unwrap();
            (words.next().unwrap().to_owned(), count)
        })
        .collect()
}

#[test]
fn statistics_count_what_the_concise_lines_show_and_keep_the_exit_status() {
    let samples = ["check", "samples/"];
    let (plain, _, _) = jointly(&samples);
    let (code, statistics, _) = jointly(&["check", "samples/", "--statistics"]);
    assert_eq!(code, plain);
    let (_, concise, _) = jointly(&["check", "samples/", "--output-format", "concise"]);
    let mut expected = std::collections::BTreeMap::<String, usize>::new();
    for line in concise.lines().filter(|l| !l.starts_with("checked ")) {
        let id = line.split('[').nth(1).unwrap().split(']').next().unwrap();
        *expected.entry(id.to_owned()).or_default() += 1;
    }
    let counted = counts(&statistics);
    assert_eq!(
        counted
            .iter()
            .cloned()
            .collect::<std::collections::BTreeMap<_, _>>(),
        expected
    );
    // The most frequent first, then by ID.
    let mut sorted = counted.clone();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    assert_eq!(counted, sorted);
    // Every total line is the human format's.
    let human_total = statistics.lines().last().unwrap();
    let (_, human, _) = jointly(&samples);
    assert!(human.contains(human_total), "{human_total}");
}

#[test]
fn concise_is_one_line_per_finding_of_the_json_report() {
    let sample = "samples/lewisham-bcf-2025-26.yaml";
    let (code, concise, _) = jointly(&["check", "--output-format", "concise", "-q", sample]);
    let (json_code, json, _) = jointly(&["check", "--output-format", "json", sample]);
    assert_eq!(code, json_code);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let file = &report["files"][0];
    let reported = ["findings", "waiver_problems", "placeholders"]
        .iter()
        .map(|key| file[key].as_array().map_or(0, Vec::len))
        .sum::<usize>();
    assert_eq!(concise.lines().count(), reported, "{concise}");
    assert!(
        concise
            .lines()
            .all(|l| l.starts_with(&format!("{sample}:")))
    );
}

#[test]
fn rules_chosen_on_the_command_line_match_the_configuration() {
    let dir = scratch("select");
    let sample = root().join("samples/brent-framework-2004.yaml");
    let sample = sample.to_str().unwrap();
    let concise = |args: &[&str]| {
        let mut all = vec!["check", "--output-format", "concise", "-q"];
        all.extend(args);
        all.push(sample);
        jointly_in(&dir, &all, b"")
    };
    let ids = |out: &str| {
        let mut ids: Vec<String> = out
            .lines()
            .map(|l| {
                l.split('[')
                    .nth(1)
                    .unwrap()
                    .split(']')
                    .next()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        ids.dedup();
        ids
    };
    // --ignore does what `"off"` in jointly.toml does.
    let (_, ignored, _) = concise(&["--ignore", "REG617-7-3-WRITING,tupe-not-addressed"]);
    std::fs::write(
        dir.join("jointly.toml"),
        "[rules]\nREG617-7-3-WRITING = \"off\"\ntupe-not-addressed = \"off\"\n",
    )
    .unwrap();
    let (_, configured, _) = concise(&[]);
    assert_eq!(ignored, configured);
    assert!(!ignored.contains("[REG617-7-3-WRITING]") && !ignored.contains("[GUIDE07-CL-16]"));
    // --extend-select turns a rule the configuration turned off back on.
    let (_, extended, _) = concise(&["--extend-select", "GUIDE07-CL-16"]);
    assert!(extended.contains("[GUIDE07-CL-16]"), "{extended}");
    assert!(!extended.contains("[REG617-7-3-WRITING]"));
    // --select runs only the rules it names.
    let (code, selected, _) = concise(&["--select", "REG617-7-3-f,REG617-7-3-WRITING"]);
    assert_eq!(code, 1);
    assert_eq!(ids(&selected), ["REG617-7-3-f", "REG617-7-3-WRITING"]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn force_exclude_skips_named_files_and_standard_input_the_configuration_excludes() {
    let dir = scratch("exclude");
    std::fs::create_dir_all(dir.join("archive")).unwrap();
    std::fs::write(dir.join("jointly.toml"), "exclude = [\"archive/**\"]\n").unwrap();
    let bytes = std::fs::read(root().join("samples/haringey-s256-2023.yaml")).unwrap();
    std::fs::write(dir.join("archive/old.yaml"), &bytes).unwrap();
    std::fs::write(dir.join("new.yaml"), &bytes).unwrap();
    let run = |args: &[&str], stdin: &[u8]| jointly_in(&dir, args, stdin);
    assert_eq!(run(&["check", "archive/old.yaml"], b"").0, 1);
    assert_eq!(
        run(&["check", "--force-exclude", "archive/old.yaml"], b""),
        (0, String::new(), String::new())
    );
    let (code, out, _) = run(
        &[
            "check",
            "--force-exclude",
            "-q",
            "archive/old.yaml",
            "new.yaml",
        ],
        b"",
    );
    assert_eq!(code, 1);
    assert!(
        out.contains("new.yaml") && !out.contains("archive"),
        "{out}"
    );
    let excluded = [
        "check",
        "--force-exclude",
        "--stdin-filename",
        "archive/x.yaml",
        "-",
    ];
    assert_eq!(run(&excluded, &bytes).0, 0);
    // Without --force-exclude the given name is only a name.
    assert_eq!(
        run(
            &excluded[..1]
                .iter()
                .chain(&excluded[2..])
                .copied()
                .collect::<Vec<_>>(),
            &bytes
        )
        .0,
        1
    );
    std::fs::remove_dir_all(dir).unwrap();
}

/// The `jointly-*` IDs a concise run of `file` reports, in order.
fn own_ids(dir: &Path, args: &[&str]) -> (i32, Vec<String>) {
    let (status, stdout, _) = jointly_in(dir, args, b"");
    let ids = stdout
        .lines()
        .filter_map(|line| line.split_once("[jointly-"))
        .map(|(_, rest)| format!("jointly-{}", rest.split(']').next().unwrap()))
        .collect();
    (status, ids)
}

#[test]
fn jointly_s_own_checks_can_be_selected_and_ignored() {
    let waived = "tests/data/formats/waived.yaml";
    let concise = ["check", "--output-format", "concise", waived];
    let (_, all) = own_ids(&root(), &concise);
    assert_eq!(
        all,
        [
            "jointly-waiver-unknown-rule",
            "jointly-waiver-stale",
            "jointly-waiver-expired"
        ]
    );
    let ignore = [
        &concise[..],
        &["--ignore", "jointly-waiver-stale,waiver-expired"],
    ]
    .concat();
    let (status, left) = own_ids(&root(), &ignore);
    assert_eq!(
        (status, left.as_slice()),
        (1, &["jointly-waiver-unknown-rule".to_owned()][..])
    );
    // --select runs only what it names: rules and jointly's own checks alike. A waiver of a
    // rule that did not run is not called stale: only the waiver whose rule ran (the host
    // rule) and matched nothing is.
    let select = [
        &concise[..],
        &["--select", "jointly-waiver-stale,REG617-7-4-HOST"],
    ]
    .concat();
    let (status, stdout, _) = jointly_in(&root(), &select, b"");
    assert_eq!(status, 1);
    let reported: Vec<&str> = stdout.lines().filter(|l| l.contains("]")).collect();
    assert_eq!(reported.len(), 2, "{stdout}");
    assert!(reported[0].contains("error[REG617-7-4-HOST]"), "{stdout}");
    assert!(
        reported[1].contains("warning[jointly-waiver-stale] the waiver of REG617-7-4-HOST"),
        "{stdout}"
    );
}

#[test]
fn the_configuration_can_turn_placeholders_off_but_not_up() {
    let dir = scratch("own-config");
    let sample = root().join("samples/banes-framework-2013-as-written.yaml");
    std::fs::copy(&sample, dir.join("spec.yaml")).unwrap();
    let args = ["check", "--output-format", "concise", "spec.yaml"];
    let (_, before) = own_ids(&dir, &args);
    assert!(
        before.iter().any(|id| id == "jointly-placeholder"),
        "{before:?}"
    );
    std::fs::write(
        dir.join("jointly.toml"),
        "[rules]\nplaceholder-in-spec = \"off\"\n",
    )
    .unwrap();
    let (_, after) = own_ids(&dir, &args);
    assert!(
        !after.iter().any(|id| id == "jointly-placeholder"),
        "{after:?}"
    );
    std::fs::write(
        dir.join("jointly.toml"),
        "[rules]\njointly-placeholder = \"error\"\n",
    )
    .unwrap();
    let (status, _, stderr) = jointly_in(&dir, &args, b"");
    assert_eq!(status, 2);
    assert!(
        stderr.contains("error: jointly-placeholder is one of jointly's own checks")
            && stderr.contains("jointly.toml:2:1"),
        "{stderr}"
    );
    let (status, _, stderr) = jointly(&["check", "--ignore", "jointly-unreadable", "samples/"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("cannot be turned off"), "{stderr}");
}
