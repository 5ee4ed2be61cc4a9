//! Waivers and configuration, through the command line.

use std::path::{Path, PathBuf};
use std::process::Command;

fn complete() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/complete-s75.yaml"))
        .unwrap()
}

/// The complete sample without its TUPE clause, so that GUIDE07-CL-16 finds a gap.
fn without_tupe() -> String {
    complete().replace("  tupe: No staff transfer between employers under this agreement, so TUPE does not apply.\n", "")
}

fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn jointly(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (
        output.status.code().unwrap(),
        text(&output.stdout),
        text(&output.stderr),
    )
}

fn with_waiver(waiver: &str) -> String {
    format!("{}waivers:\n{waiver}", without_tupe())
}

#[test]
fn a_waived_finding_is_reported_but_never_fails() {
    let spec = with_waiver(
        "  - rule: GUIDE07-CL-16\n    reason: No staff are employed under the agreement.\n    approved_by: Joint Commissioning Board, minute 12\n    expires: 2099-03-31\n",
    );
    let dir = scratch("waiver-in-force", &[("spec.yaml", &spec)]);
    let (code, stdout, _) = jointly(
        &dir,
        &[
            "check",
            "--color",
            "never",
            "--fail-on",
            "warning",
            "spec.yaml",
        ],
    );
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains(
            "waived[GUIDE07-CL-16]: checklist item 16 (TUPE arrangements) is not addressed"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("0 errors, 0 warnings, 1 waived"),
        "{stdout}"
    );
}

#[test]
fn a_waiver_without_a_reason_fails() {
    let spec = with_waiver("  - rule: GUIDE07-CL-16\n    approved_by: Joint Commissioning Board\n");
    let dir = scratch("waiver-no-reason", &[("spec.yaml", &spec)]);
    let (code, stdout, _) = jointly(&dir, &["check", "--color", "never", "spec.yaml"]);
    assert_eq!(code, 2, "{stdout}");
    assert!(stdout.contains("the waiver has no `reason`"), "{stdout}");
    let spec =
        with_waiver("  - rule: GUIDE07-CL-16\n    reason: accepted\n    approved_by: \"  \"\n");
    let dir = scratch("waiver-no-approver", &[("spec.yaml", &spec)]);
    let (code, stdout, _) = jointly(&dir, &["check", "--color", "never", "spec.yaml"]);
    assert_eq!(code, 2, "{stdout}");
    assert!(
        stdout.contains("the waiver has no `approved_by`"),
        "{stdout}"
    );
}

#[test]
fn an_expired_waiver_no_longer_waives_and_says_so() {
    let spec = with_waiver(
        "  - rule: tupe-not-addressed\n    reason: Accepted for the first year.\n    approved_by: Joint Commissioning Board\n    expires: 2020-03-31\n",
    );
    let dir = scratch("waiver-expired", &[("spec.yaml", &spec)]);
    let (code, stdout, _) = jointly(
        &dir,
        &[
            "check",
            "--color",
            "never",
            "--fail-on",
            "warning",
            "spec.yaml",
        ],
    );
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains(
            "warning[jointly-waiver-expired]: the waiver of GUIDE07-CL-16 expired on 2020-03-31"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("warning[GUIDE07-CL-16]: checklist item 16"),
        "{stdout}"
    );
    assert!(!stdout.contains("waived["), "{stdout}");
}

#[test]
fn a_stale_waiver_warns() {
    let spec = format!(
        "{}waivers:\n  - rule: GUIDE07-CL-16\n    reason: No staff.\n    approved_by: Board\n",
        complete()
    );
    let dir = scratch("waiver-stale", &[("spec.yaml", &spec)]);
    let (code, stdout, _) = jointly(&dir, &["check", "--color", "never", "spec.yaml"]);
    assert_eq!(code, 0, "a stale waiver is a warning: {stdout}");
    assert!(
        stdout.contains(
            "warning[jointly-waiver-stale]: the waiver of GUIDE07-CL-16 matches no finding"
        ),
        "{stdout}"
    );
    let (code, _, _) = jointly(&dir, &["check", "--fail-on", "warning", "spec.yaml"]);
    assert_eq!(code, 1);
}

#[test]
fn a_waiver_of_an_unknown_rule_is_an_error() {
    let spec = format!(
        "{}waivers:\n  - rule: GUIDE07-CL-61\n    reason: x\n    approved_by: y\n",
        complete()
    );
    let dir = scratch("waiver-unknown", &[("spec.yaml", &spec)]);
    let (code, stdout, _) = jointly(&dir, &["check", "--color", "never", "spec.yaml"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("error[jointly-waiver-unknown-rule]: the waiver names `GUIDE07-CL-61`, which is not a rule"), "{stdout}");
}

#[test]
fn a_waiver_at_a_place_waives_only_there() {
    let spec = with_waiver(
        "  - rule: GUIDE07-CL-16\n    at: /schemes/0\n    reason: x\n    approved_by: y\n",
    );
    let dir = scratch("waiver-at", &[("spec.yaml", &spec)]);
    let (code, stdout, _) = jointly(
        &dir,
        &[
            "check",
            "--color",
            "never",
            "--fail-on",
            "warning",
            "spec.yaml",
        ],
    );
    assert_eq!(
        code, 1,
        "the finding is at /clauses/tupe, not under /schemes/0: {stdout}"
    );
    assert!(stdout.contains("warning[jointly-waiver-stale]"), "{stdout}");
}

#[test]
fn the_configuration_sets_severities_failure_and_files() {
    let config = "fail_on = \"warning\"\nexclude = [\"archive/**\"]\n[rules]\ntupe-not-addressed = \"off\"\n";
    let dir = scratch(
        "config",
        &[
            ("jointly.toml", config),
            ("agreements/a.yaml", &without_tupe()),
            ("archive/old.yaml", "jointly: 1\nagreement: [\n"),
        ],
    );
    let (code, stdout, _) = jointly(&dir.join("agreements"), &["check", "--color", "never", "."]);
    assert_eq!(
        code, 0,
        "CL-16 is off and the archive is excluded: {stdout}"
    );
    assert!(stdout.contains("0 errors, 0 warnings"), "{stdout}");

    let (code, stdout, _) = jointly(&dir, &["check", "--color", "never", "--no-config", "."]);
    assert_eq!(
        code, 2,
        "without the configuration the broken archive file is checked: {stdout}"
    );

    std::fs::write(
        dir.join("jointly.toml"),
        "[rules]\ntupe-not-adressed = \"off\"\n",
    )
    .unwrap();
    let (code, _, stderr) = jointly(&dir, &["check", "agreements"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("jointly.toml:2:1"), "{stderr}");
    assert!(
        stderr.contains("`tupe-not-adressed` is not a rule")
            && stderr.contains("did you mean `tupe-not-addressed`?"),
        "{stderr}"
    );
}

#[test]
fn output_is_the_same_with_one_thread_or_several() {
    let mut files = Vec::new();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let texts: Vec<String> = [
        "complete-s75",
        "oxfordshire-learning-disability-2006",
        "banes-joint-working-2013",
        "brent-framework-2004",
    ]
    .iter()
    .map(|name| std::fs::read_to_string(samples.join(format!("{name}.yaml"))).unwrap())
    .collect();
    for i in 0..60 {
        files.push((
            format!("specs/{:02}/spec-{i:03}.yaml", i % 7),
            texts[i % texts.len()].clone(),
        ));
    }
    files.push((
        "specs/03/broken.yaml".to_owned(),
        "jointly: 1\nagreement: [\n".to_owned(),
    ));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let dir = scratch("threads", &refs);
    let one = jointly(&dir, &["check", "--color", "never", "-j", "1", "specs"]);
    let four = jointly(&dir, &["check", "--color", "never", "-j", "4", "specs"]);
    assert_eq!(one, four);
    assert_eq!(one.0, 2);
}
