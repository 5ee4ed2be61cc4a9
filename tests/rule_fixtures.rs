//! Every rule in the registry has a passing and a failing fixture under
//! `tests/fixtures/rules/<RULE-ID>/`:
//!
//! - `pass.yaml` loads and produces no finding of that rule;
//! - `fail.yaml` loads and produces exactly the findings of that rule its header declares, one
//!   `# expect: LINE SEVERITY: MESSAGE` comment per expected finding: the line, `error` or
//!   `warning`, and text the finding's message contains (two findings on one line are
//!   declared by two comments).
//!
//! Fixtures may produce findings of other rules; only the named rule is checked. Every
//! problem across all rules is collected and reported in one failure message.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use jointly::rules::{self, Finding, Severity};
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
        let fail = dir.join("fail.yaml");
        // Further cases of a rule that checks more than one basis (`pass-s25.yaml`,
        // `fail-s25.yaml`) are checked as the main ones are.
        let passes = std::iter::once(pass)
            .filter(|p| p.is_file())
            .chain(further_cases(&dir, "pass-"));
        for case in passes {
            if let Err(problem) = check_pass(rule.id, &case) {
                problems.push(format!("{}: {problem}", rule.id));
            }
        }
        let fails = std::iter::once(fail)
            .filter(|p| p.is_file())
            .chain(further_cases(&dir, "fail-"));
        for case in fails {
            if let Err(problem) = check_fail(rule.id, &case) {
                problems.push(format!("{}: {problem}", rule.id));
            }
        }
    }
    report("rule fixture failures", &problems);
}

/// The fixtures of a rule beyond `pass.yaml` and `fail.yaml` (`pass-NAME.yaml`,
/// `fail-NAME.yaml`) whose names start with `prefix`, sorted.
fn further_cases(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".yaml"))
    });
    paths.sort();
    paths
}

/// One finding a failing fixture declares.
#[derive(Debug)]
struct Expected {
    line: u32,
    severity: Severity,
    message: String,
}

impl Expected {
    fn matches(&self, finding: &Finding) -> bool {
        finding.span.line == self.line
            && finding.severity == self.severity
            && finding.message.contains(&self.message)
    }
}

/// Checks a passing fixture: it loads, and has no finding of `id`.
fn check_pass(id: &str, path: &Path) -> Result<(), String> {
    let document = load(path)?;
    let found = findings_of(&document, id);
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} should have no finding of the rule, but has:\n{}",
            path.display(),
            describe(&found)
        ))
    }
}

/// Checks a failing fixture: it loads, and its findings of `id` are exactly the declared ones.
fn check_fail(id: &str, path: &Path) -> Result<(), String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("{} cannot be read: {e}", path.display()))?;
    let expected = expected_findings(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    if expected.is_empty() {
        return Err(format!(
            "{} declares no `# expect: LINE SEVERITY: MESSAGE` header comment",
            path.display()
        ));
    }
    let document = load(path)?;
    let mut unmatched = findings_of(&document, id);
    let mut missing = Vec::new();
    for want in &expected {
        match unmatched.iter().position(|f| want.matches(f)) {
            Some(k) => {
                unmatched.remove(k);
            }
            None => missing.push(format!(
                "  line {} ({:?}): {}",
                want.line, want.severity, want.message
            )),
        }
    }
    if missing.is_empty() && unmatched.is_empty() {
        return Ok(());
    }
    let mut problem = format!("{} does not produce the declared findings", path.display());
    if !missing.is_empty() {
        problem += &format!("\n declared but not found:\n{}", missing.join("\n"));
    }
    if !unmatched.is_empty() {
        problem += &format!("\n found but not declared:\n{}", describe(&unmatched));
    }
    Err(problem)
}

/// The findings declared by the `# expect: LINE SEVERITY: MESSAGE` comments in the fixture's
/// leading comment block.
fn expected_findings(text: &str) -> Result<Vec<Expected>, String> {
    let mut expected = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix('#') else {
            break; // the header ends at the first line of YAML
        };
        let Some(value) = comment.trim().strip_prefix("expect:") else {
            continue;
        };
        let malformed = || {
            format!(
                "line {}: `# expect:{value}` is not `# expect: LINE SEVERITY: MESSAGE`",
                n + 1
            )
        };
        let (head, message) = value.split_once(':').ok_or_else(malformed)?;
        let mut words = head.split_whitespace();
        let line = words
            .next()
            .and_then(|w| w.parse::<u32>().ok())
            .ok_or_else(malformed)?;
        let severity = match words.next() {
            Some("error") => Severity::Error,
            Some("warning") => Severity::Warning,
            _ => return Err(malformed()),
        };
        let message = message.trim();
        if words.next().is_some() || message.is_empty() {
            return Err(malformed());
        }
        expected.push(Expected {
            line,
            severity,
            message: message.to_owned(),
        });
    }
    Ok(expected)
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
