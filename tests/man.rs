//! The shell completions in `completions/` and the manual pages in `docs/man/` are what
//! `jointly completions SHELL` and `jointly man [COMMAND]` print: generated from the command
//! line itself, so they cannot drift from `--help`. Regenerate them with
//! `JOINTLY_UPDATE_DOCS=1 cargo test --test man` (or `scripts/regenerate`).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The commands that have a page of their own (every command but `help`).
const COMMANDS: &[&str] = &[
    "check",
    "render",
    "report",
    "diff",
    "rules",
    "explain",
    "templates",
    "completions",
    "man",
    "lsp",
    "schema",
];

fn jointly(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "jointly {args:?} failed");
    String::from_utf8(output.stdout).unwrap()
}

fn repository_path(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Asserts that the committed file at `path` is `generated`, or writes it when
/// `JOINTLY_UPDATE_DOCS` is set.
fn assert_fresh(path: &str, generated: &str) {
    let file = repository_path(path);
    if std::env::var_os("JOINTLY_UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        committed == generated,
        "{path} is stale: run `JOINTLY_UPDATE_DOCS=1 cargo test --test man` and commit it"
    );
}

#[test]
fn the_committed_completions_are_what_jointly_prints() {
    for (shell, path) in [
        ("bash", "completions/jointly.bash"),
        ("zsh", "completions/_jointly"),
        ("fish", "completions/jointly.fish"),
    ] {
        let script = jointly(&["completions", shell]);
        for command in COMMANDS {
            assert!(
                script.contains(command),
                "{shell} does not complete {command}"
            );
        }
        assert_fresh(path, &script);
    }
}

#[test]
fn the_committed_manual_pages_are_what_jointly_prints() {
    let top = jointly(&["man"]);
    assert!(top.contains(".TH jointly 1"));
    for command in COMMANDS {
        assert!(top.contains(command), "jointly(1) does not list {command}");
        let page = jointly(&["man", command]);
        assert!(page.contains(&format!(".TH jointly-{command} 1")));
        assert_fresh(&format!("docs/man/jointly-{command}.1"), &page);
    }
    assert_fresh("docs/man/jointly.1", &top);
}

#[test]
fn a_page_for_no_such_command_is_a_usage_error() {
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(["man", "chekc"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no command `chekc`") && stderr.contains("check, render"));
}
