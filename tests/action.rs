//! The GitHub Action (`action.yml`), run as GitHub runs a composite action: each `bash` step's
//! script under `bash --noprofile --norc -eo pipefail`, its `env` evaluated from the inputs and
//! earlier steps' outputs, `$GITHUB_OUTPUT` read back after it. Steps that `uses:` another
//! action (the cache, the SARIF upload) are not run; `cargo` is a stand-in that records its
//! arguments and installs the binary under test. Also `check --sarif-file`, which lets the
//! action check once for both the annotations and the SARIF report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch directory of its own for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jointly-action-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn action() -> Value {
    let text = std::fs::read_to_string(root().join("action.yml")).unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

/// What a run of the action did.
struct Run {
    /// Each bash step's exit status and standard output, by step name.
    steps: Vec<(String, i32, String)>,
    /// The outputs steps set, as `steps.ID.outputs.KEY`.
    outputs: BTreeMap<String, String>,
    /// The arguments `cargo` was called with, one per line, if it was called.
    cargo: Option<String>,
}

impl Run {
    fn output(&self, key: &str) -> &str {
        self.outputs.get(key).map_or("", String::as_str)
    }

    fn step(&self, name: &str) -> (i32, &str) {
        let (_, status, stdout) = self.steps.iter().find(|(n, ..)| n == name).unwrap();
        (*status, stdout)
    }

    /// The exit status of the last step, which is the job's.
    fn status(&self) -> i32 {
        self.steps.last().unwrap().1
    }
}

/// Runs the action's bash steps in `workspace` with these inputs (the others at their
/// defaults), stopping at the first step that fails, as GitHub does.
fn run_action(workspace: &Path, inputs: &[(&str, &str)]) -> Run {
    let action = action();
    let mut values: BTreeMap<String, String> = BTreeMap::new();
    for (name, input) in action["inputs"].as_object().unwrap() {
        let default = input["default"].as_str().unwrap_or_default();
        values.insert(format!("inputs.{name}"), default.to_string());
    }
    for (name, value) in inputs {
        assert!(
            values.contains_key(&format!("inputs.{name}")),
            "no input {name}"
        );
        values.insert(format!("inputs.{name}"), value.to_string());
    }
    values.insert("github.server_url".into(), "https://github.com".into());
    values.insert("github.action_repository".into(), "OWNER/jointly".into());
    let temp = workspace.join("..").join(format!(
        "{}-runner",
        workspace.file_name().unwrap().to_string_lossy()
    ));
    std::fs::create_dir_all(temp.join("bin")).unwrap();
    let cargo = temp.join("bin/cargo");
    std::fs::write(&cargo, FAKE_CARGO).unwrap();
    make_executable(&cargo);
    let path = format!(
        "{}:{}",
        temp.join("bin").display(),
        std::env::var("PATH").unwrap()
    );
    let mut run = Run {
        steps: Vec::new(),
        outputs: BTreeMap::new(),
        cargo: None,
    };
    for step in action["runs"]["steps"].as_array().unwrap() {
        let Some(script) = step["run"].as_str() else {
            continue;
        };
        assert_eq!(step["shell"], "bash");
        let name = step["name"].as_str().unwrap().to_string();
        let github_output = temp.join("output");
        std::fs::write(&github_output, "").unwrap();
        let script_file = temp.join("step.sh");
        std::fs::write(&script_file, script).unwrap();
        let mut command = Command::new("bash");
        command
            .args(["--noprofile", "--norc", "-eo", "pipefail"])
            .arg(&script_file)
            .current_dir(workspace)
            .env("PATH", &path)
            .env("GITHUB_OUTPUT", &github_output)
            .env("GITHUB_ACTION_PATH", root())
            .env("GITHUB_STEP_SUMMARY", temp.join("summary.md"))
            .env("RUNNER_TEMP", &temp)
            .env("RUNNER_OS", "Linux")
            .env("RUNNER_ARCH", "X64")
            .env("FAKE_CARGO_LOG", temp.join("cargo.log"))
            .env("JOINTLY_BUILT", env!("CARGO_BIN_EXE_jointly"))
            .env_remove("CI");
        if let Some(env) = step["env"].as_object() {
            for (key, value) in env {
                command.env(key, evaluate(value.as_str().unwrap(), &values));
            }
        }
        let result = command.output().unwrap();
        let status = result.status.code().unwrap_or(-1);
        let id = step["id"].as_str().unwrap_or_default();
        for line in std::fs::read_to_string(&github_output).unwrap().lines() {
            let (key, value) = line.split_once('=').unwrap();
            values.insert(format!("steps.{id}.outputs.{key}"), value.to_string());
            run.outputs
                .insert(format!("steps.{id}.outputs.{key}"), value.to_string());
        }
        let stdout = String::from_utf8(result.stdout).unwrap();
        run.steps.push((name, status, stdout));
        if status != 0 {
            break;
        }
    }
    run.cargo = std::fs::read_to_string(temp.join("cargo.log")).ok();
    run
}

/// `cargo` for the install step: records its arguments and installs the binary under test
/// under `--root`, as `cargo install` would.
const FAKE_CARGO: &str = r#"#!/bin/bash
printf '%s\n' "$@" > "$FAKE_CARGO_LOG"
while [ $# -gt 0 ]; do
  if [ "$1" = --root ]; then root=$2; fi
  shift
done
# A link, not a copy: the debug binary is hundreds of megabytes, and each test leaves its scratch.
mkdir -p "$root/bin" && ln -sf "$JOINTLY_BUILT" "$root/bin/jointly"
"#;

fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// Replaces each `${{ name }}` in `text` with its value; an expression this harness does not
/// know fails the test, so that every expression the action uses is one it exercises.
fn evaluate(text: &str, values: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("}}").unwrap() + start;
        let name = rest[start + 3..end].trim();
        let value = values
            .get(name)
            .map(String::as_str)
            // A step that did not run, or set no such output, gives an empty string.
            .or_else(|| name.starts_with("steps.").then_some(""))
            .unwrap_or_else(|| panic!("the harness does not know `{name}`"));
        out.push_str(value);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

/// A workspace with a spec that has findings and a clean one, both in paths with spaces.
fn workspace(name: &str) -> PathBuf {
    let dir = scratch(name).join("workspace");
    std::fs::create_dir_all(dir.join("my agreements")).unwrap();
    std::fs::copy(
        root().join("tests/cmd/missing-host.yaml"),
        dir.join("my agreements/missing host.yaml"),
    )
    .unwrap();
    std::fs::copy(
        root().join("samples/complete-s75.yaml"),
        dir.join("clean one.yaml"),
    )
    .unwrap();
    dir
}

#[test]
fn no_input_is_pasted_into_a_script() {
    for step in action()["runs"]["steps"].as_array().unwrap() {
        if let Some(script) = step["run"].as_str() {
            assert!(
                !script.contains("${{"),
                "step {:?} pastes an expression into its script",
                step["name"]
            );
        }
    }
}

#[test]
fn one_run_annotates_writes_sarif_and_fails_on_findings() {
    let workspace = workspace("findings");
    let run = run_action(
        &workspace,
        &[
            (
                "paths",
                "my agreements/missing host.yaml\n  clean one.yaml  \n",
            ),
            ("sarif-file", "jointly report.sarif"),
        ],
    );
    let (status, annotations) = run.step("Check the specs");
    assert_eq!(
        status, 0,
        "the check step records the status, the last step fails"
    );
    assert!(annotations.contains("::error file="), "{annotations}");
    assert!(
        annotations.contains("missing host.yaml,line="),
        "{annotations}"
    );
    assert_eq!(run.output("steps.check.outputs.exit-code"), "1");
    assert_eq!(
        run.output("steps.check.outputs.sarif-file"),
        "jointly report.sarif"
    );
    let sarif: Value =
        serde_json::from_slice(&std::fs::read(workspace.join("jointly report.sarif")).unwrap())
            .unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["level"] == "error"));
    assert_eq!(run.status(), 1, "the job fails on the findings");
    let cargo = run.cargo.as_deref().unwrap();
    let expected = format!(
        "install\n--locked\n--root\n{}\n--path\n{}\n",
        run.output("steps.build.outputs.root"),
        root().display()
    );
    assert_eq!(cargo, expected);
    assert!(
        run.output("steps.build.outputs.key")
            .starts_with("jointly-Linux-X64-source-")
    );
}

#[test]
fn a_version_installs_that_release_and_fail_on_never_passes() {
    let workspace = workspace("version");
    let run = run_action(
        &workspace,
        &[
            ("paths", "my agreements"),
            ("fail-on", "never"),
            ("config", "none"),
            ("version", "v0.1.0"),
        ],
    );
    assert_eq!(run.output("steps.check.outputs.exit-code"), "0");
    assert_eq!(run.status(), 0);
    assert_eq!(
        run.output("steps.build.outputs.key"),
        "jointly-Linux-X64-release-v0.1.0"
    );
    let cargo = run.cargo.as_deref().unwrap();
    assert!(
        cargo.ends_with("--git\nhttps://github.com/OWNER/jointly\n--tag\nv0.1.0\njointly\n"),
        "{cargo}"
    );
}

#[test]
fn a_path_is_never_run_as_shell() {
    let workspace = workspace("injection");
    let run = run_action(
        &workspace,
        &[("paths", "x$(touch pwned).yaml\n`touch pwned2`")],
    );
    assert!(!workspace.join("pwned").exists() && !workspace.join("pwned2").exists());
    // Neither file exists, so jointly cannot read its input.
    assert_eq!(run.output("steps.check.outputs.exit-code"), "2");
    assert_eq!(run.status(), 2);
}

#[test]
fn a_config_input_is_used() {
    let workspace = workspace("config");
    std::fs::write(workspace.join("ci jointly.toml"), "fail_on = \"never\"\n").unwrap();
    let run = run_action(
        &workspace,
        &[("paths", "my agreements"), ("config", "ci jointly.toml")],
    );
    assert_eq!(run.output("steps.check.outputs.exit-code"), "0");
    let run = run_action(
        &workspace,
        &[
            ("paths", "my agreements"),
            ("config", "ci jointly.toml"),
            ("fail-on", "error"),
        ],
    );
    assert_eq!(run.output("steps.check.outputs.exit-code"), "1");
    let run = run_action(
        &workspace,
        &[("paths", "my agreements"), ("config", "no such.toml")],
    );
    assert_eq!(run.output("steps.check.outputs.exit-code"), "2");
}

#[test]
fn the_sarif_upload_cannot_fail_the_job_or_run_for_forks() {
    let steps = action()["runs"]["steps"].clone();
    let upload = steps
        .as_array()
        .unwrap()
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.contains("upload-sarif"))
        })
        .unwrap()
        .clone();
    assert_eq!(upload["continue-on-error"], true);
    assert!(upload["if"].as_str().unwrap().contains("head.repo.fork"));
}

/// A run of `jointly check` in `dir`: exit code, standard output and standard error.
fn jointly(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn sarif_file_holds_the_sarif_format_beside_the_main_one() {
    let dir = workspace("sarif-file");
    let (status, sarif, _) = jointly(&dir, &["check", "--format", "sarif", "."]);
    assert_eq!(status, 1);
    for format in ["github", "human", "json"] {
        let (status, stdout, _) = jointly(
            &dir,
            &[
                "check",
                "--format",
                format,
                "--sarif-file",
                "out.sarif",
                ".",
            ],
        );
        assert_eq!(status, 1, "{format}");
        assert_eq!(
            std::fs::read_to_string(dir.join("out.sarif")).unwrap(),
            sarif
        );
        let (_, alone, _) = jointly(&dir, &["check", "--format", format, "."]);
        assert_eq!(stdout, alone, "{format}: the main report is unchanged");
    }
}

#[test]
fn sarif_file_is_guarded_as_output_is() {
    let dir = workspace("sarif-guard");
    std::fs::write(dir.join("notes.sarif"), "my notes\n").unwrap();
    let (status, _, stderr) = jointly(&dir, &["check", "--sarif-file", "notes.sarif", "."]);
    assert_eq!(status, 2);
    assert!(
        stderr.contains("Choose another --sarif-file file, or use --force"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.sarif")).unwrap(),
        "my notes\n"
    );
    let spec = "my agreements/missing host.yaml";
    let (status, _, stderr) = jointly(&dir, &["check", "--sarif-file", spec, "--force", "."]);
    assert_eq!(status, 2);
    assert!(stderr.contains("is a spec this run checks"), "{stderr}");
    let (status, _, stderr) = jointly(
        &dir,
        &["check", "-o", "same.txt", "--sarif-file", "same.txt", "."],
    );
    assert_eq!(status, 2);
    assert!(stderr.contains("name the same file"), "{stderr}");
}
