//! Issue 11, defects 1 and 2, through the binary: no amount, however large, makes `check`,
//! `render` or `report` panic; and spec text with bidi or invisible characters cannot reorder
//! jointly's own words or waive a finding.

use std::path::{Path, PathBuf};
use std::process::Command;

const MAX: &str = "79228162514264337593543950335";
const E27: &str = "1000000000000000000000000000";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sample(name: &str) -> String {
    std::fs::read_to_string(root().join("samples").join(name)).unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs jointly in `cwd`: its exit status, standard output and standard error.
fn jointly(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Asserts a run ended with one of jointly's own statuses and did not panic.
fn no_panic(what: &str, (code, stdout, stderr): &(i32, String, String)) {
    assert!(
        [0, 1, 2].contains(code) && !stderr.contains("panicked"),
        "{what}: exit {code}\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
}

/// `yaml` with the value after every `key: ` (block or flow style) that is a number, or a
/// quoted number, replaced by `value`.
fn with_amounts(yaml: &str, keys: &[&str], value: &str) -> String {
    let mut out = String::with_capacity(yaml.len());
    for line in yaml.split_inclusive('\n') {
        let mut line = line.to_owned();
        for key in keys {
            let needle = format!("{key}: ");
            let mut from = 0;
            while let Some(at) = line[from..].find(&needle) {
                let start = from + at + needle.len();
                let rest = &line[start..];
                let first = rest.trim_start_matches('"');
                if !first.starts_with(|c: char| c.is_ascii_digit()) {
                    from = start;
                    continue;
                }
                let len = match rest.strip_prefix('"') {
                    Some(quoted) => quoted.find('"').map_or(rest.len(), |q| q + 2),
                    None => rest
                        .find([',', '}', ' ', '#', '\r', '\n'])
                        .unwrap_or(rest.len()),
                };
                line.replace_range(start..start + len, value);
                from = start + value.len();
            }
        }
        out.push_str(&line);
    }
    out
}

const MONEY_KEYS: &[&str] = &[
    "amount",
    "total",
    "rounded_to",
    "nhs_minimum_allocation",
    "adult_social_care_minimum",
    "adult_social_care_planned",
];

/// Huge amounts in every money field of several samples, in pounds and in millions.
fn huge_specs(dir: &Path) -> Vec<PathBuf> {
    let values = [
        MAX.to_owned(),
        E27.to_owned(),
        "39614081257132168796771975168".to_owned(),
        "7922816251426433759354395033.5".to_owned(),
        "\"79,228,162,514,264,337,593,543,950,335\"".to_owned(),
        "0.01".to_owned(),
    ];
    let samples = [
        "complete-s75.yaml",
        "lewisham-bcf-2025-26.yaml",
        "banes-framework-2013-as-written.yaml",
        "surrey-heartlands-specialised-2025.yaml",
    ];
    let mut files = Vec::new();
    for name in samples {
        let text = sample(name);
        for (v, value) in values.iter().enumerate() {
            let pounds = with_amounts(&text, MONEY_KEYS, value);
            let millions = if pounds.contains("money_unit:") {
                pounds.replace("money_unit: thousands", "money_unit: millions")
            } else {
                pounds.replacen("agreement:\n", "agreement:\n  money_unit: millions\n", 1)
            };
            for (unit, yaml) in [("pounds", pounds), ("millions", millions)] {
                let path = dir.join(format!(
                    "{}-{v}-{unit}.yaml",
                    name.trim_end_matches(".yaml")
                ));
                std::fs::write(&path, yaml).unwrap();
                files.push(path);
            }
        }
    }
    files
}

#[test]
fn the_sweep_changes_amounts() {
    let yaml = "a: {party: x, amount: \"18,270\"} # c\n  total: 12\n  amount: unknown\n";
    assert_eq!(
        with_amounts(yaml, &["amount", "total"], "9"),
        "a: {party: x, amount: 9} # c\n  total: 9\n  amount: unknown\n"
    );
}

#[test]
fn huge_amounts_never_panic_check_render_or_report() {
    let dir = scratch("robust-math-sweep");
    let specs = dir.join("specs");
    std::fs::create_dir_all(&specs).unwrap();
    // Many contributions, each near the largest amount jointly holds.
    let many = sample("complete-s75.yaml").replace(
        "      contributions:\n",
        &format!(
            "      contributions:\n{}",
            "        - {party: icb, amount: 9999999999999999999999999999}\n".repeat(40)
        ),
    );
    std::fs::write(specs.join("many.yaml"), many).unwrap();
    let files = huge_specs(&specs);
    let dir_arg = specs.to_str().unwrap();
    for threads in ["1", "2"] {
        let run = jointly(&["check", "-j", threads, dir_arg], &dir);
        no_panic(&format!("check -j {threads}"), &run);
        for file in &files {
            let name = file.file_name().unwrap().to_str().unwrap();
            assert!(
                run.1.contains(name) || run.2.contains(name),
                "check -j {threads} lost {name}"
            );
        }
    }
    let run = jointly(&["check", "--format", "json", "-j", "2", dir_arg], &dir);
    no_panic("check --format json", &run);
    let run = jointly(&["render", "--force", "-o", "drafts", dir_arg], &dir);
    no_panic("render", &run);
    for format in ["html", "md", "json"] {
        let out = format!("dashboard.{format}");
        let run = jointly(&["report", "--force", "-o", &out, dir_arg], &dir);
        no_panic(&format!("report --format {format}"), &run);
        assert!(dir.join(&out).is_file(), "report wrote no {out}");
    }
}

/// The reproducer for `check`: contributions adding past the largest amount.
#[test]
fn contributions_past_the_largest_amount_are_a_located_finding() {
    let dir = scratch("robust-math-check");
    let yaml = sample("complete-s75.yaml")
        .replace("          amount: \"9,750,000.00\"", "          amount: 1");
    let yaml = yaml.replacen(
        "amount: 12500000\n        - party: council",
        &format!("amount: {MAX}\n        - party: council"),
        1,
    );
    std::fs::write(dir.join("max.yaml"), &yaml).unwrap();
    let run = jointly(&["check", "max.yaml"], &dir);
    no_panic("check", &run);
    assert_eq!(run.0, 1, "{}", run.1);
    assert!(
        run.1
            .contains("add up to more than jointly can hold exactly"),
        "{}",
        run.1
    );
    assert!(run.1.contains("max.yaml:85:7"), "{}", run.1);
}

/// The reproducer for `render`: a share of a pool of 10^27 on a spec that checks clean.
#[test]
fn a_share_of_a_huge_pool_is_shown_as_not_computable() {
    let dir = scratch("robust-math-render");
    let yaml = sample("complete-s75.yaml")
        .replace("12500000", E27)
        .replace("\"9,750,000.00\"", E27)
        .replace("total: 22250000", &format!("total: 2{}", &E27[1..]));
    std::fs::write(dir.join("huge.yaml"), yaml).unwrap();
    let run = jointly(&["check", "huge.yaml"], &dir);
    assert_eq!(run.0, 0, "{}", run.1);
    let run = jointly(&["render", "huge.yaml", "-o", "out"], &dir);
    no_panic("render", &run);
    assert_eq!(run.0, 0);
    let draft = std::fs::read_to_string(dir.join("out/huge.md")).unwrap();
    assert!(
        draft.contains("£1,000,000,000,000,000,000,000,000,000.00"),
        "{draft}"
    );
}

/// The reproducer for `report`: pools and other funding summed across specs, and a
/// chart scaled to a pool of 10^27.
#[test]
fn report_sums_and_scales_huge_amounts_without_panicking() {
    let dir = scratch("robust-math-report");
    let huge_pool = sample("complete-s75.yaml")
        .replace("12500000", E27)
        .replace("\"9,750,000.00\"", E27)
        .replace("total: 22250000", &format!("total: 2{}", &E27[1..]));
    let huge_other =
        sample("complete-s75.yaml").replace("amount: 400000", &format!("amount: {MAX}"));
    let huge_both = with_amounts(&sample("complete-s75.yaml"), &["amount", "total"], MAX);
    for (name, yaml) in [
        ("a.yaml", &huge_pool),
        ("b.yaml", &huge_other),
        ("c.yaml", &huge_other),
        ("d.yaml", &huge_both),
        ("e.yaml", &huge_both),
    ] {
        std::fs::write(dir.join(name), yaml).unwrap();
    }
    for format in ["html", "md", "json"] {
        let run = jointly(&["report", "a.yaml", "--format", format], &dir);
        no_panic(&format!("report of one pool of 10^27 as {format}"), &run);
        let run = jointly(&["report", ".", "--format", format], &dir);
        no_panic(&format!("report of every spec as {format}"), &run);
        assert!(run.1.contains("e.yaml"), "{}", run.1);
    }
}

/// Every bidirectional control a spec could use to reorder the words around it.
const BIDI_CONTROLS: &[char] = &[
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
];

fn with_rlo_council() -> String {
    sample("complete-s75.yaml").replace(
        "name: Westshire County Council",
        "name: \"Westshire County Council\u{202E}\"",
    )
}

#[test]
fn a_name_ending_in_rlo_cannot_reorder_the_words_of_a_draft() {
    let dir = scratch("robust-math-bidi-draft");
    std::fs::write(dir.join("rlo.yaml"), with_rlo_council()).unwrap();
    let run = jointly(&["render", "rlo.yaml", "-o", "out"], &dir);
    no_panic("render", &run);
    assert_eq!(run.0, 0, "{}{}", run.1, run.2);
    let markdown = std::fs::read_to_string(dir.join("out/rlo.md")).unwrap();
    let html = std::fs::read_to_string(dir.join("out/rlo.html")).unwrap();
    for (what, text) in [("Markdown", &markdown), ("HTML", &html)] {
        assert!(
            !text.contains(BIDI_CONTROLS),
            "the {what} draft carries a bidi control"
        );
    }
    // The control is removed, and jointly's words after the name follow it in order.
    assert!(
        markdown.contains("2. **Westshire County Council** (a county council)."),
        "{markdown}"
    );
    // In HTML the name is isolated as well.
    assert!(
        html.contains("<li><strong><bdi>Westshire County Council</bdi></strong> ("),
        "{html}"
    );
    assert!(html.contains("Reporting: <bdi>Westshire County Council</bdi> reports quarterly"));
}

#[test]
fn a_name_ending_in_rlo_cannot_reorder_the_words_of_the_dashboard() {
    let dir = scratch("robust-math-bidi-dashboard");
    std::fs::write(dir.join("rlo.yaml"), with_rlo_council()).unwrap();
    for format in ["md", "html", "json"] {
        let run = jointly(&["report", "rlo.yaml", "--format", format], &dir);
        no_panic("report", &run);
        assert!(
            !run.1.contains(BIDI_CONTROLS),
            "the {format} dashboard carries a bidi control"
        );
        assert!(run.1.contains("Westshire County Council"), "{}", run.1);
        if format == "html" {
            assert!(
                run.1
                    .contains("<th scope=\"row\"><bdi>Westshire County Council</bdi></th>"),
                "{}",
                run.1
            );
        }
    }
}

/// The complete sample without its pool's host, a statutory error, and a waiver of it.
fn waived_host(reason: &str, approved_by: &str) -> String {
    format!(
        "{}waivers:\n  - rule: REG617-7-4-HOST\n    reason: \"{reason}\"\n    approved_by: \"{approved_by}\"\n",
        sample("complete-s75.yaml").replacen("      host: council\n", "", 1)
    )
}

#[test]
fn a_waiver_whose_reason_is_invisible_does_not_waive() {
    let dir = scratch("robust-math-waiver");
    std::fs::write(
        dir.join("visible.yaml"),
        waived_host("No host yet", "JCB minute 7"),
    )
    .unwrap();
    let run = jointly(&["check", "visible.yaml"], &dir);
    assert_eq!(run.0, 0, "a visible waiver waives: {}", run.1);
    for (name, reason, approved_by, key) in [
        ("zwsp.yaml", "\u{200B}", "JCB minute 7", "reason"),
        (
            "joiner.yaml",
            "No host yet",
            "\u{2060}\u{2060}",
            "approved_by",
        ),
        ("bidi.yaml", " \u{202E}\u{2066} ", "JCB minute 7", "reason"),
        ("bom.yaml", "\u{FEFF}", "JCB minute 7", "reason"),
    ] {
        std::fs::write(dir.join(name), waived_host(reason, approved_by)).unwrap();
        let run = jointly(&["check", name], &dir);
        no_panic(name, &run);
        assert_eq!(run.0, 2, "{name} must not waive: {}", run.1);
        assert!(
            run.1.contains("error: the waiver")
                && run.1.contains(&format!("`{key}`"))
                && run.1.contains("could not be checked"),
            "{name}: {}",
            run.1
        );
    }
}

#[test]
fn a_multi_byte_clause_break_before_an_excluded_treatment_does_not_panic() {
    // The excluded-treatment search once sliced text inside the `–` before the term (exit 101).
    let spec = sample("complete-s75.yaml").replacen(
        "- Arranging services under section 3",
        "- Equipment – surgery. Arranging services under section 3",
        1,
    );
    assert!(spec.contains("Equipment – surgery"));
    let dir = scratch("multi_byte_clause_break");
    std::fs::write(dir.join("spec.yaml"), spec).unwrap();
    let run = jointly(&["check", "--no-config", "spec.yaml"], &dir);
    no_panic("check", &run);
    assert_eq!(run.0, 1, "{}", run.1);
    assert!(run.1.contains("surgery"), "{}", run.1);
}
