//! Snapshots of every sample's findings. A change in what jointly finds in the samples shows up
//! here as a diff to review: `INSTA_UPDATE=always cargo test --test samples` (or `cargo insta review`).

use std::fmt::Write;
use std::path::Path;

use jointly::rules::{Addressed, Severity};

fn findings_text(path: &Path) -> String {
    let document = jointly::spec::load_file(path)
        .unwrap_or_else(|e| panic!("{}: {:?}", path.display(), e.problems));
    let checked = jointly::rules::check(&document);
    let mut text = String::new();
    for finding in &checked.findings {
        let severity = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let unverified = if finding.unverified {
            " (unverified)"
        } else {
            ""
        };
        let _ = writeln!(
            text,
            "{}:{} {severity}[{}] {}{unverified}\n    at {} | {}",
            finding.span.line,
            finding.span.column,
            finding.rule.id,
            finding.message,
            finding.pointer,
            finding.rule.citation
        );
    }
    let _ = writeln!(
        text,
        "\nchecklist: {} of 27 addressed",
        checked.checklist.addressed()
    );
    for (item, addressed) in &checked.checklist.items {
        let status = match addressed {
            Addressed::ByData => "data",
            Addressed::ByClause => "clause",
            Addressed::NotApplicable => "not applicable",
            Addressed::NothingFurther => "nothing further (optional)",
            Addressed::Missing => "MISSING",
        };
        let _ = writeln!(text, "  {} {}: {status}", item.id, item.key);
    }
    text
}

#[test]
fn sample_findings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 4,
        "expected the four samples, found {paths:?}"
    );
    for path in paths {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(name, findings_text(&path));
    }
}

#[test]
fn the_complete_sample_has_no_findings_and_addresses_all_27_items() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/complete-s75.yaml");
    let document = jointly::spec::load_file(&path).unwrap();
    let checked = jointly::rules::check(&document);
    assert!(
        checked.findings.is_empty(),
        "{:#?}",
        checked
            .findings
            .iter()
            .map(|f| (f.rule.id, &f.message))
            .collect::<Vec<_>>()
    );
    assert_eq!(checked.checklist.addressed(), 27);
}

/// Deleting any one statutory item from the complete sample gives an error with the right
/// rule ID at the line of the deleted item's parent key.
#[test]
fn deleting_a_statutory_item_gives_its_error_at_the_parent_key() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/complete-s75.yaml"),
    )
    .unwrap();
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.starts_with(needle))
            .map(|i| i as u32 + 1)
            .unwrap()
    };
    let without = |prefix: &str| -> String {
        let mut lines: Vec<&str> = text.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("{prefix}"));
        let indent = prefix.len() - prefix.trim_start().len();
        let mut end = at + 1;
        while end < lines.len() && lines[end].len() - lines[end].trim_start().len() > indent {
            end += 1;
        }
        lines.drain(at..end);
        lines.join("\n") + "\n"
    };
    let pool = line_of("    pooled_fund:");
    let cases = [
        ("      host: council", "REG617-7-4-HOST", pool),
        ("      contributions:", "REG617-7-3-b", pool),
        ("      monitoring: >-", "REG617-7-3-g", pool),
        ("      manager:", "REG617-7-4-PM", pool),
        (
            "  expiry: 2027-03-31",
            "REG617-7-3-f",
            line_of("agreement:"),
        ),
        ("      nhs:", "REG617-7-3-c", line_of("    functions:")),
        (
            "    persons:",
            "REG617-7-3-d",
            line_of("  - id: community-support"),
        ),
        (
            "    resources:",
            "REG617-7-3-e",
            line_of("  - id: community-support"),
        ),
        (
            "    aims:",
            "REG617-7-3-a",
            line_of("  - id: community-support"),
        ),
        (
            "        monitoring: >-",
            "REG617-9-3-g",
            line_of("      - direction: nhs_to_la"),
        ),
        (
            "        payments:",
            "REG617-9-3-b",
            line_of("      - direction: nhs_to_la"),
        ),
    ];
    for (deleted, rule, line) in cases {
        let spec = without(deleted);
        let document = jointly::spec::load_bytes("spec.yaml", spec.as_bytes())
            .unwrap_or_else(|e| panic!("{deleted}: {:?}", e.problems));
        let checked = jointly::rules::check(&document);
        let found: Vec<_> = checked
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| (f.rule.id, f.span.line))
            .collect();
        assert!(
            found.contains(&(rule, line)),
            "deleting {deleted:?}: expected {rule} at line {line}, found {found:?}"
        );
    }
}

fn errors_of(spec: &str) -> Vec<(&'static str, u32)> {
    let document = jointly::spec::load_bytes("spec.yaml", spec.as_bytes())
        .unwrap_or_else(|e| panic!("{:?}", e.problems));
    jointly::rules::check(&document)
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| (f.rule.id, f.span.line))
        .collect()
}

#[test]
fn a_penny_off_gives_the_sum_error() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/complete-s75.yaml"),
    )
    .unwrap();
    let spec = text.replace("amount: \"9,750,000.00\"", "amount: \"9,750,000.01\"");
    assert_eq!(errors_of(&spec), vec![("REG617-7-1-POOL", 90)]);
}

#[test]
fn a_ccg_in_an_agreement_commencing_in_2023_gives_the_era_error() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/complete-s75.yaml"),
    )
    .unwrap();
    let spec = text
        .replace(
            "type: integrated_care_board",
            "type: clinical_commissioning_group",
        )
        .replace("made: 2024-03-28", "made: 2023-03-28")
        .replace("commencement: 2024-04-01", "commencement: 2023-04-01")
        .replace("first: 2024-10-01", "first: 2023-10-01");
    // Both the date made and the commencement date are after CCGs were abolished: one finding
    // for each date.
    assert_eq!(
        errors_of(&spec),
        vec![("REG617-3-1-NHSTYPE", 26), ("REG617-3-1-NHSTYPE", 26)]
    );
}
