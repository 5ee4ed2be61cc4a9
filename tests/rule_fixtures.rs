//! Every rule in the registry has a passing and a failing fixture under
//! `tests/fixtures/rules/<RULE-ID>/`:
//!
//! - `pass.yaml` loads and produces no finding of that rule;
//! - `fail.yaml` loads and produces findings of that rule exactly on the lines its header
//!   declares, one `# expect: LINE` comment per expected finding (two findings on one line
//!   are declared by two comments).
//!
//! Fixtures may produce findings of other rules; only the named rule is checked. Every
//! problem across all rules is collected and reported in one failure message.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use jointly::rules::{self, Finding};
use jointly::spec::{Document, load_file};

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

/// The names of the fixture directories.
fn fixture_dirs() -> BTreeSet<String> {
    let root = fixtures_root();
    let entries = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read fixture directory {}: {e}", root.display()));
    entries
        .map(|entry| entry.expect("fixture directory entry"))
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect()
}

/// Panics with every problem at once, if there are any.
fn report(what: &str, problems: &[String]) {
    if !problems.is_empty() {
        panic!("{} {what}:\n\n{}\n", problems.len(), problems.join("\n\n"));
    }
}

#[test]
fn every_rule_has_fixtures_and_every_fixture_names_a_rule() {
    let root = fixtures_root();
    let ids: BTreeSet<&str> = rules::all().iter().map(|rule| rule.id).collect();
    let dirs = fixture_dirs();
    let mut problems = Vec::new();
    for id in &ids {
        let dir = root.join(id);
        if !dir.is_dir() {
            problems.push(format!(
                "{id}: no fixture directory (want {}/pass.yaml and fail.yaml)",
                dir.display()
            ));
            continue;
        }
        for file in ["pass.yaml", "fail.yaml"] {
            if !dir.join(file).is_file() {
                problems.push(format!("{id}: missing {}", dir.join(file).display()));
            }
        }
    }
    for dir in &dirs {
        if !ids.contains(dir.as_str()) {
            problems.push(format!(
                "{dir}: fixture directory {} names no rule in the registry",
                root.join(dir).display()
            ));
        }
    }
    report("fixture layout problems", &problems);
}

#[test]
fn fixtures_pass_and_fail_their_rule() {
    let root = fixtures_root();
    let mut problems = Vec::new();
    for rule in rules::all() {
        let dir = root.join(rule.id);
        if !dir.is_dir() {
            continue; // reported by every_rule_has_fixtures_and_every_fixture_names_a_rule
        }

        let pass = dir.join("pass.yaml");
        if pass.is_file() {
            match load(&pass) {
                Err(problem) => problems.push(format!("{}: {problem}", rule.id)),
                Ok(document) => {
                    let found = findings_of(&document, rule.id);
                    if !found.is_empty() {
                        problems.push(format!(
                            "{}: {} should have no finding of the rule, but has:\n{}",
                            rule.id,
                            pass.display(),
                            describe(&found)
                        ));
                    }
                }
            }
        }

        let fail = dir.join("fail.yaml");
        if fail.is_file()
            && let Err(problem) = check_fail(rule.id, &fail)
        {
            problems.push(format!("{}: {problem}", rule.id));
        }
    }
    report("rule fixture failures", &problems);
}

/// Checks a failing fixture: it loads, and its findings of `id` are on the declared lines.
fn check_fail(id: &str, path: &Path) -> Result<(), String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("{} cannot be read: {e}", path.display()))?;
    let expected = expected_lines(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    if expected.is_empty() {
        return Err(format!(
            "{} declares no `# expect: LINE` header comment",
            path.display()
        ));
    }
    let document = load(path)?;
    let found = findings_of(&document, id);
    let mut actual: Vec<u32> = found.iter().map(|f| f.span.line).collect();
    actual.sort_unstable();
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "{} expects findings of the rule on lines {expected:?}, but they are on lines {actual:?}:\n{}",
            path.display(),
            if found.is_empty() {
                "  (no findings of the rule)".to_owned()
            } else {
                describe(&found)
            }
        ))
    }
}

/// The lines declared by the `# expect: LINE` comments in the fixture's leading comment block,
/// sorted.
fn expected_lines(text: &str) -> Result<Vec<u32>, String> {
    let mut lines = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix('#') else {
            break; // the header ends at the first line of YAML
        };
        if let Some(value) = comment.trim().strip_prefix("expect:") {
            let value = value.trim();
            let number = value
                .parse::<u32>()
                .map_err(|_| format!("line {}: `# expect: {value}` is not a line number", n + 1))?;
            lines.push(number);
        }
    }
    lines.sort_unstable();
    Ok(lines)
}

fn load(path: &Path) -> Result<Document, String> {
    load_file(path).map_err(|error| {
        let problems: Vec<String> = error
            .problems
            .iter()
            .map(|p| format!("  line {}: {}", p.span.line, p.message))
            .collect();
        format!("{} does not load:\n{}", path.display(), problems.join("\n"))
    })
}

fn findings_of(document: &Document, id: &str) -> Vec<Finding> {
    rules::check(document)
        .findings
        .into_iter()
        .filter(|f| f.rule.id == id)
        .collect()
}

fn describe(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| {
            format!(
                "  line {} ({:?}, {}): {}",
                f.span.line, f.severity, f.pointer, f.message
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
