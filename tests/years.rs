//! A core agreement with schedules per financial year (`years`), through the binary: each
//! year's schedules are checked by the Better Care Fund rules of that year and reported inside
//! `/years/N`, a later year whose variation lacks its date or approval is flagged, the draft
//! sets out the core once, each year's Schedules and the variations log, and the dashboard
//! counts each year's contributions in that year's column.

mod common;

use std::path::Path;
use std::process::Command;

use serde_json::Value;

const SAMPLE: &str = "samples/eastvale-bcf-core-2024.yaml";
const BY_YEAR: &str = "tests/fixtures/years/bcf-by-year.yaml";
const MISSING: &str = "tests/fixtures/rules/MODERN-VARIATION/fail-years.yaml";

/// Runs jointly in the repository root: its exit code and standard output.
fn jointly(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .current_dir(common::root())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let code = output.status.code().unwrap_or(-1);
    (code, String::from_utf8(output.stdout).unwrap())
}

/// `check --format json` of one spec: each finding as (rule, pointer).
fn findings(spec: &str) -> Vec<(String, String)> {
    let (code, out) = jointly(&["check", "--no-config", "--format", "json", spec]);
    assert!(code == 0 || code == 1, "{spec}: exit {code}\n{out}");
    let report: Value = serde_json::from_str(&out).unwrap();
    report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let rule = f["rule"].as_str().unwrap().to_owned();
            (rule, f["location"]["pointer"].as_str().unwrap().to_owned())
        })
        .collect()
}

fn pointers_of(found: &[(String, String)], rule: &str) -> Vec<String> {
    found
        .iter()
        .filter(|(r, _)| r == rule)
        .map(|(_, p)| p.clone())
        .collect()
}

/// Renders one spec into a scratch directory and returns its Markdown draft.
fn draft(spec: &str, dir: &Path) -> String {
    let out = dir.to_str().unwrap();
    let (code, stdout) = jointly(&["render", "-o", out, spec]);
    assert_eq!(code, 0, "{stdout}");
    let stem = Path::new(spec).file_stem().unwrap().to_str().unwrap();
    std::fs::read_to_string(dir.join(format!("{stem}.md"))).unwrap()
}

#[test]
fn the_sample_checks_with_its_expected_findings() {
    let found = findings(SAMPLE);
    let expected = [
        ("REG617-4-2-CONSULT", "/consultation"),
        ("REG617-7-3-WRITING", "/agreement/commencement"),
        ("BCF-2526-DL", "/years/1/bcf/financial_years"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(r, p)| (r.to_string(), p.to_string()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn bcf_rules_are_chosen_by_each_years_financial_year() {
    let found = findings(BY_YEAR);
    // The capacity and demand plan is a 2024-25 requirement, the local partners a 2025-26 one:
    // each is reported once, in its own year's `bcf`.
    assert_eq!(
        pointers_of(&found, "BCF-2425-CAPDEM"),
        ["/years/0/bcf/capacity_and_demand_plan"]
    );
    assert_eq!(
        pointers_of(&found, "BCF-2526-INVOLVE"),
        ["/years/1/bcf/plan/engaged"]
    );
    assert_eq!(
        pointers_of(&found, "BCF-2425-METRICS"),
        ["/years/0/bcf/metrics"]
    );
    assert_eq!(
        pointers_of(&found, "BCF-2526-METRICS"),
        ["/years/1/bcf/metrics"]
    );
    // Each year's pool is checked against its own year's required streams.
    let streams = pointers_of(&found, "BCF-STREAMS-CORE");
    assert!(streams.contains(&"/years/0/schemes/0/pooled_fund/contributions".to_owned()));
    assert!(streams.contains(&"/years/1/schemes/0/pooled_fund/contributions".to_owned()));
    // What belongs to the core agreement is reported once, not once a year.
    assert_eq!(
        pointers_of(&found, "REG617-7-3-WRITING")
            .iter()
            .filter(|p| *p == "/agreement/commencement")
            .count(),
        1
    );
    // Every finding about a year's schedules names a pointer inside that year.
    assert!(!found.iter().any(|(_, p)| p.starts_with("/schemes")));
}

#[test]
fn a_year_whose_variation_lacks_its_date_or_approval_is_flagged() {
    let found = findings(MISSING);
    let mut variation = pointers_of(&found, "MODERN-VARIATION");
    variation.sort();
    assert_eq!(
        variation,
        [
            "/years/1/variation/approvals",
            "/years/1/variation/made",
            "/years/2/variation",
        ]
    );
    // The draft shows the gaps in the variations log, and flags them there.
    let dir = tempfile::tempdir().unwrap();
    let markdown = draft(MISSING, dir.path());
    let log = markdown.split("## Variations log").nth(1).unwrap();
    let log = log.split("## Signatures").next().unwrap();
    assert!(
        log.contains(
            "| Deed of variation no. 1 | [date: to be stated] | [approval: to be stated] |"
        )
    );
    assert!(log.contains("| [variation: to be named] | [date: to be stated] |"));
    assert_eq!(log.matches("(MODERN-VARIATION):**").count(), 3, "{log}");
}

#[test]
fn the_draft_sets_out_the_core_once_each_years_schedules_and_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let markdown = draft(SAMPLE, dir.path());
    for heading in [
        "## Schedule 1 (2024/25): Eastvale Better Care Fund pooled fund 2024-25",
        "## Schedule 2 (2025/26): Eastvale Better Care Fund pooled fund 2025-26",
        "#### Contributions for 2024/25",
        "#### Contributions for 2025/26",
        "## Variations log",
    ] {
        assert_eq!(markdown.matches(heading).count(), 1, "{heading}");
    }
    // The core's clauses once, not once a year.
    assert_eq!(markdown.matches(". The Better Care Fund\n").count(), 1);
    assert!(markdown.contains("| **Total** | **£34,450,000.00** | **100.00%** |"));
    assert!(markdown.contains("| **Total** | **£33,900,000.00** | **100.00%** |"));
    assert!(markdown.contains(
        "| This Agreement as made | 26 September 2024 | Eastvale Borough Council Cabinet, 11 September 2024 (minute 58) | Brought in Schedule 1 (2024/25) |"
    ));
    assert!(markdown.contains(
        "| Deed of variation no. 1 | 30 July 2025 | Eastvale Health and Wellbeing Board, 20 March 2025 (minute 9); Eastvale Borough Council Cabinet, 16 July 2025 (minute 31) |"
    ));
}

#[test]
fn the_dashboard_counts_each_years_contributions_in_its_own_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::root().join(SAMPLE),
        dir.path().join("eastvale.yaml"),
    )
    .unwrap();
    let out = dir.path().join("portfolio.json");
    let (code, stdout) = jointly(&[
        "report",
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert!(code == 0 || code == 1, "{stdout}");
    let text = std::fs::read_to_string(&out).unwrap();
    let mut stream = serde_json::Deserializer::from_str(&text).into_iter::<Value>();
    let page = stream.next().unwrap().unwrap();
    let money = &page["money"];
    assert_eq!(money["years"], serde_json::json!(["2024/25", "2025/26"]));
    let cells = |name: &str| -> Vec<String> {
        let partner = money["partners"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap();
        partner["cells"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["value"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        cells("Eastvale Borough Council"),
        ["11400000.00", "11800000.00"]
    );
    assert_eq!(
        cells("NHS Eastvale and Rivermouth Integrated Care Board"),
        ["23050000.00", "22100000.00"]
    );
}
