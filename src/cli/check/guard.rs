//! `jointly check --output FILE`: what may be replaced.
//!
//! A report file carries no checksum line (the formats are read by CI systems, and a JSON or
//! SARIF file cannot hold one), so jointly recognises its own reports by their content: an
//! empty file, or one that reads as a report of one of its formats. Anything else, and any
//! spec the run checks, is left alone; `--force` replaces a file jointly does not recognise,
//! but never a spec the same run checks.

use std::path::{Path, PathBuf};

/// Refuses a report file (the option `flag` names, e.g. `--output`) that would replace a spec
/// being checked, or (unless `force`) a file jointly did not write.
pub fn guard(flag: &str, output: &Path, inputs: &[PathBuf], force: bool) -> anyhow::Result<()> {
    let shown = output.display();
    let metadata = match std::fs::metadata(output) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(error) => anyhow::bail!("{shown}: cannot be written: {error}"),
    };
    if inputs.iter().any(|input| same_file(output, input)) {
        anyhow::bail!(
            "{shown}: is a spec this run checks; not writing the report over it. Choose another {flag} file"
        );
    }
    if !metadata.is_file() {
        anyhow::bail!("{shown}: is not a regular file; choose another {flag} file");
    }
    if force {
        return Ok(());
    }
    let bytes = std::fs::read(output)?;
    if !is_report(&bytes) {
        anyhow::bail!(
            "{shown}: exists and is not a report jointly wrote; not overwriting it. Choose another {flag} file, or use --force to replace it"
        );
    }
    Ok(())
}

/// Whether two paths name the same file (through links too).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Whether `bytes` read as a report jointly writes, in any of its formats.
fn is_report(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let text = text.trim();
    if text.is_empty() {
        return true;
    }
    if text.starts_with('{') || text.starts_with('[') {
        return serde_json::from_str::<serde_json::Value>(text)
            .is_ok_and(|json| is_json_report(&json));
    }
    if text.starts_with("<?xml") {
        return text.contains("<testsuites name=\"jointly\"");
    }
    if text.lines().all(|line| line.starts_with("::")) {
        // GitHub annotations.
        return true;
    }
    // The human format: diagnostics (`error[ID]: …` then `--> path:line:col`), then the
    // totals and the closing scope note unless --quiet.
    let mut lines = text.lines();
    let first = lines.next().unwrap_or_default();
    let diagnostic = (first.starts_with("error") || first.starts_with("warning"))
        && lines
            .next()
            .is_some_and(|l| l.trim_start().starts_with("--> "));
    let last = text.lines().last().unwrap_or_default();
    diagnostic || last.starts_with("jointly checked ") || last.ends_with(": could not be checked")
}

/// jointly's JSON envelope, its SARIF log, or its GitLab Code Quality report.
fn is_json_report(json: &serde_json::Value) -> bool {
    use serde_json::Value;
    let jointly = |value: Option<&Value>| value.and_then(Value::as_str) == Some("jointly");
    match json {
        Value::Object(_) => {
            jointly(json.pointer("/tool/name")) || jointly(json.pointer("/runs/0/tool/driver/name"))
        }
        Value::Array(issues) => issues
            .iter()
            .all(|issue| issue.get("check_name").is_some() && issue.get("fingerprint").is_some()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_are_recognised_and_other_files_are_not() {
        assert!(is_report(b""));
        assert!(is_report(b"[]\n"));
        assert!(is_report(b"{\"tool\": {\"name\": \"jointly\"}}"));
        assert!(is_report(b"::error file=a.yaml::x\n"));
        assert!(is_report(b"error[X]: y\n  --> a.yaml:1:1\n"));
        assert!(!is_report(b"jointly: 1\nagreement: {}\n"));
        assert!(!is_report(b"{\"name\": \"package\"}"));
        assert!(!is_report(b"[1, 2]"));
        assert!(!is_report(b"# Notes\n"));
    }
}
