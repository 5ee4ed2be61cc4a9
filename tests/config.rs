//! One configuration for every command, through the binary: `check`, `render` and `report`
//! take the same `--config`, `--no-config` and rule selection, find the same `jointly.toml`,
//! and follow its `extends`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A run's exit code, standard output and standard error, in `dir`.
fn jointly_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch directory of its own for one test, holding a copy of the Brent sample as
/// `brent.yaml`.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jointly-config-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        root().join("samples/brent-framework-2004.yaml"),
        dir.join("brent.yaml"),
    )
    .unwrap();
    dir
}

/// The rule IDs `check --format json` reports for the spec in `dir`, with `args` before it.
fn checked_ids(dir: &Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["check", "--format", "json"];
    all.extend(args);
    all.push("brent.yaml");
    let (_, out, err) = jointly_in(dir, &all);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    json["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

/// Whether the Markdown draft `render` writes with `args` flags the rule.
fn draft_flags(dir: &Path, args: &[&str], id: &str) -> bool {
    let mut all = vec!["render", "--format", "md", "--force", "-o", "drafts"];
    all.extend(args);
    all.push("brent.yaml");
    let (code, _, err) = jointly_in(dir, &all);
    assert_eq!(code, 0, "{err}");
    std::fs::read_to_string(dir.join("drafts/brent.md"))
        .unwrap()
        .contains(id)
}

/// How many of the rule's findings `report --format json` counts in the heat map's row.
fn report_counts(dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["report", "--format", "json", "--as-of", "2024-04-01"];
    all.extend(args);
    all.push("brent.yaml");
    let (_, out, err) = jointly_in(dir, &all);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    json["summary"].clone()
}

#[test]
fn a_rule_off_in_jointly_toml_is_off_in_check_render_and_report() {
    let dir = scratch("off");
    let rule = "GUIDE07-CL-16";
    assert!(checked_ids(&dir, &[]).iter().any(|id| id == rule));
    assert!(draft_flags(&dir, &[], rule));
    let before = report_counts(&dir, &[]);
    std::fs::write(
        dir.join("jointly.toml"),
        "[rules]\ntupe-not-addressed = \"off\"\n",
    )
    .unwrap();
    assert!(!checked_ids(&dir, &[]).iter().any(|id| id == rule));
    assert!(!draft_flags(&dir, &[], rule));
    let after = report_counts(&dir, &[]);
    assert_eq!(
        after["guidance_gaps"].as_u64().unwrap() + 1,
        before["guidance_gaps"].as_u64().unwrap()
    );
    // --no-config, on every command, leaves it on; --ignore turns it off again.
    assert!(
        checked_ids(&dir, &["--no-config"])
            .iter()
            .any(|id| id == rule)
    );
    assert!(draft_flags(&dir, &["--no-config"], rule));
    assert_eq!(report_counts(&dir, &["--no-config"]), before);
    assert!(!draft_flags(&dir, &["--no-config", "--ignore", rule], rule));
    assert_eq!(
        report_counts(&dir, &["--no-config", "--ignore", "tupe-not-addressed"]),
        after
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn every_command_names_the_same_configuration_error() {
    let dir = scratch("bad");
    std::fs::write(
        dir.join("jointly.toml"),
        "[rules]\ntupe-not-adressed = \"off\"\n",
    )
    .unwrap();
    let errors: Vec<(i32, String)> = [
        vec!["check", "brent.yaml"],
        vec!["render", "-o", "drafts", "brent.yaml"],
        vec!["report", "brent.yaml"],
    ]
    .iter()
    .map(|args| {
        let (code, _, err) = jointly_in(&dir, args);
        (code, err)
    })
    .collect();
    assert_eq!(errors[0].0, 2);
    assert!(errors[0].1.contains("jointly.toml:2:1"), "{}", errors[0].1);
    assert!(errors.iter().all(|e| e == &errors[0]), "{errors:?}");
    // --config names it from elsewhere, the same way on every command.
    std::fs::rename(dir.join("jointly.toml"), dir.join("other.toml")).unwrap();
    for command in ["check", "report"] {
        let (code, _, err) = jointly_in(&dir, &[command, "--config", "other.toml", "brent.yaml"]);
        assert_eq!(code, 2);
        assert!(err.contains("other.toml:2:1"), "{err}");
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn extends_merges_a_chain_key_by_key() {
    let dir = scratch("extends");
    std::fs::create_dir_all(dir.join("shared/base")).unwrap();
    std::fs::write(
        dir.join("shared/base/root.toml"),
        "fail_on = \"never\"\n[rules]\nREG617-7-3-WRITING = \"off\"\nGUIDE07-CL-18 = \"off\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("shared/org.toml"),
        "extends = \"base/root.toml\"\n[rules]\ntupe-not-addressed = \"off\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("jointly.toml"),
        "extends = \"shared/org.toml\"\nfail_on = \"warning\"\n[rules]\nGUIDE07-CL-18 = \"warning\"\n",
    )
    .unwrap();
    let ids = checked_ids(&dir, &[]);
    assert!(
        !ids.iter()
            .any(|id| id == "REG617-7-3-WRITING" || id == "GUIDE07-CL-16")
    );
    assert!(ids.iter().any(|id| id == "GUIDE07-CL-18"), "{ids:?}");
    // fail_on comes from the extending file, not the base's "never".
    assert_eq!(jointly_in(&dir, &["check", "-q", "brent.yaml"]).0, 1);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_extends_cycle_or_a_missing_base_is_a_located_error() {
    let dir = scratch("cycle");
    std::fs::write(dir.join("jointly.toml"), "extends = \"a.toml\"\n").unwrap();
    std::fs::write(
        dir.join("a.toml"),
        "fail_on = \"never\"\nextends = \"jointly.toml\"\n",
    )
    .unwrap();
    let (code, out, err) = jointly_in(&dir, &["check", "brent.yaml"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("a.toml:2:1"), "{err}");
    assert!(err.contains("makes a cycle"), "{err}");
    std::fs::write(dir.join("jointly.toml"), "extends = \"missing.toml\"\n").unwrap();
    let (code, _, err) = jointly_in(&dir, &["render", "-o", "drafts", "brent.yaml"]);
    assert_eq!(code, 2);
    assert!(err.contains("jointly.toml:1:1"), "{err}");
    assert!(err.contains("missing.toml"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_library_finds_the_configuration_for_a_file() {
    let dir = scratch("library");
    std::fs::create_dir_all(dir.join("agreements/2024")).unwrap();
    std::fs::write(dir.join("jointly.toml"), "fail_on = \"warning\"\n").unwrap();
    let loaded = jointly::config::for_file(&dir.join("agreements/2024/x.yaml")).unwrap();
    assert_eq!(loaded.path, Some(dir.join("jointly.toml")));
    assert_eq!(
        loaded.config.fail_on,
        Some(jointly::config::FailOn::Warning)
    );
    // The settings it gives check a spec as `check` does there: a rule turned off is not run.
    std::fs::write(
        dir.join("agreements/jointly.toml"),
        "extends = \"../jointly.toml\"\n[rules]\ntupe-not-addressed = \"off\"\n",
    )
    .unwrap();
    let spec = dir.join("agreements/2024/brent.yaml");
    std::fs::copy(dir.join("brent.yaml"), &spec).unwrap();
    let loaded = jointly::config::for_file(&spec).unwrap();
    assert_eq!(
        loaded.config.fail_on,
        Some(jointly::config::FailOn::Warning)
    );
    let document = jointly::spec::load_file(&spec).unwrap();
    let checked = jointly::rules::check_with(&document, &loaded.full_settings().unwrap());
    let ids: Vec<&str> = checked.findings.iter().map(|f| f.rule.id).collect();
    assert!(!ids.contains(&"GUIDE07-CL-16") && ids.contains(&"GUIDE07-CL-18"));
    std::fs::remove_dir_all(dir).unwrap();
}
