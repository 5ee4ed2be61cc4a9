//! `jointly diff OLD NEW`, through the binary: the sample pair's changes for people and as
//! JSON (snapshots), the deed of variation in Markdown, HTML (snapshots) and Word (unzipped),
//! the exit status (0 no change, 1 changes, 2 unreadable), findings the variation introduces
//! flagged in the deed, and the same bytes on a second run.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const OLD: &str = "samples/variations/eastmere-bcf-2025-26.yaml";
const NEW: &str = "samples/variations/eastmere-bcf-2026-27.yaml";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn jointly(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jointly"))
        .current_dir(root())
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn json(old: &str, new: &str) -> serde_json::Value {
    let output = jointly(&["diff", "--format", "json", old, new]);
    serde_json::from_slice(&output.stdout).unwrap()
}

/// A part of a Word package, as text.
fn part(docx: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let mut text = String::new();
    if let Ok(mut entry) = archive.by_name(name) {
        entry.read_to_string(&mut text).unwrap();
    }
    text
}

/// Writes a spec under `dir` and returns its path.
fn spec(dir: &Path, name: &str, yaml: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, yaml).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_sample_pair_lists_every_change_for_people() {
    let output = jointly(&["diff", OLD, NEW]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "renamed parties[icb].name",
        "ended schemes[winter-discharge]",
        "“£18,400,000.00” → “£19,136,000.00” (+£736,000.00)",
        "“£2,830,000.00” → “unknown” (unknown)",
        "changed schemes[dfg].pooled_fund.manager.post",
        "changed clauses.governance",
        "added clauses.contributions",
        "--> samples/variations/eastmere-bcf-2025-26.yaml:34:5 → samples/variations/eastmere-bcf-2026-27.yaml:34:5",
        "introduced REG617-7-3-b",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    insta::assert_snapshot!("diff-sample-pair", text);
}

#[test]
fn the_sample_pair_as_json() {
    let output = jointly(&["diff", "--format", "json", OLD, NEW]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format_version"], 1);
    let changes = value["changes"].as_array().unwrap();
    assert_eq!(value["summary"]["changes"], changes.len());
    let find = |path: &str| {
        changes
            .iter()
            .find(|c| c["path"] == path)
            .unwrap_or_else(|| panic!("no change at {path}"))
    };
    let rename = find("parties[icb].name");
    assert_eq!(rename["kind"], "renamed");
    assert_eq!(rename["group"], "parties");
    let ended = find("schemes[winter-discharge]");
    assert_eq!(ended["kind"], "removed");
    assert_eq!(ended["group"], "schemes");
    assert_eq!(ended["old_at"]["line"], 86);
    let money = find("schemes[core].pooled_fund.contributions[icb (nhs_minimum)].amount");
    assert_eq!(money["difference"], "+736000");
    assert_eq!(money["schedule"]["number"], 1);
    let unknown = find("schemes[dfg].pooled_fund.contributions[council (dfg)].amount");
    assert_eq!(unknown["new"], "unknown");
    assert_eq!(unknown["difference"], "unknown");
    let introduced = value["recheck"]["introduced"].as_array().unwrap();
    assert!(introduced.iter().any(|f| f["rule"] == "REG617-7-3-b"));
    insta::assert_snapshot!("diff-sample-pair.json", text);
}

#[test]
fn identical_specs_have_no_changes_and_exit_0() {
    let output = jointly(&["diff", OLD, OLD]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), format!("{OLD} and {OLD}: no changes\n"));
    let value = json(OLD, OLD);
    assert_eq!(value["changes"], serde_json::json!([]));
    assert_eq!(value["summary"]["introduced"], 0);
}

#[test]
fn a_spec_that_does_not_load_exits_2_naming_it() {
    let dir = scratch("diff-unreadable");
    let bad = spec(
        &dir,
        "bad.yaml",
        "jointly: 1\nagreement:\n  legal_basis: nope\n",
    );
    let output = jointly(&["diff", OLD, &bad]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    // Named as every output names a path: relative to the working directory.
    let shown = jointly::paths::display(std::path::Path::new(&bad));
    assert!(text.contains(&format!("{shown}:3:16")), "{text}");
    assert!(
        text.contains(&format!("{shown}: cannot be compared")),
        "{text}"
    );
    assert!(output.stdout.is_empty());
    let missing = jointly(&["diff", OLD, "no-such-spec.yaml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no-such-spec.yaml"));
}

#[test]
fn the_deed_in_three_formats_flags_what_the_variation_introduces() {
    let dir = scratch("diff-deed");
    let out = dir.to_str().unwrap();
    let output = jointly(&["diff", OLD, NEW, "--deed", out]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let stem = dir.join("eastmere-bcf-2026-27-variation");
    let markdown = std::fs::read_to_string(stem.with_extension("md")).unwrap();
    let html = std::fs::read_to_string(stem.with_extension("html")).unwrap();
    // Recites the original, numbers the amendments, states the date from NEW.
    assert!(markdown.contains("entered into an agreement titled Eastmere Better Care Fund Section 75 Agreement dated 27 March 2025"));
    assert!(markdown.contains("**1.1** With effect from 1 April 2026 the Agreement is varied"));
    assert!(markdown.contains("Schedule 3 (Winter discharge support) ends and is deleted."));
    assert!(markdown.contains("(formerly NHS Eastmere and Wold Integrated Care Board)"));
    // The finding the unknown contribution introduces is flagged in the checks section.
    let checks = markdown
        .split("## Checks of the varied agreement")
        .nth(1)
        .unwrap();
    let checks = checks.split("## Execution").next().unwrap();
    assert!(
        checks.contains("> **Required by law (REG617-7-3-b):**"),
        "{checks}"
    );
    assert!(checks.contains("The variation resolves 16 findings"));
    insta::assert_snapshot!("diff-deed.md", markdown);
    insta::assert_snapshot!("diff-deed.html", html);

    let docx = stem.with_extension("docx");
    let document = part(&docx, "word/document.xml");
    assert!(
        document.contains("Deed of variation of Eastmere Better Care Fund Section 75 Agreement")
    );
    assert!(
        document.contains("<w:numPr>"),
        "clauses are Word list numbering"
    );
    let comments = part(&docx, "word/comments.xml");
    assert_eq!(
        comments.matches("<w:comment ").count(),
        4,
        "one per finding introduced"
    );
    assert!(comments.contains("REG617-7-3-b"));
}

#[test]
fn the_deed_is_the_same_bytes_on_a_second_run() {
    let dir = scratch("diff-rerun");
    let out = dir.to_str().unwrap();
    jointly(&["diff", OLD, NEW, "--deed", out]);
    let read = |ext: &str| {
        std::fs::read(dir.join(format!("eastmere-bcf-2026-27-variation.{ext}"))).unwrap()
    };
    let first: Vec<_> = ["md", "html", "docx"].map(read).into();
    let again = jointly(&["diff", OLD, NEW, "--deed", out]);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        stdout(&again).matches(" unchanged").count(),
        3,
        "{}",
        stdout(&again)
    );
    let second: Vec<_> = ["md", "html", "docx"].map(read).into();
    assert_eq!(first, second);
    // A deed edited by hand is not replaced without --force.
    std::fs::write(dir.join("eastmere-bcf-2026-27-variation.md"), "edited\n").unwrap();
    let refused = jointly(&["diff", OLD, NEW, "--deed", out]);
    assert_eq!(refused.status.code(), Some(2));
    let forced = jointly(&["diff", OLD, NEW, "--deed", out, "--force"]);
    assert_eq!(forced.status.code(), Some(1), "{}", stderr(&forced));
}

const PAIR_OLD: &str = "jointly: 1
agreement:
  title: Test Pool Agreement
  legal_basis: nhs_act_2006_s75
  made: 2024-03-01
  commencement: 2024-04-01
parties:
  - id: icb
    name: NHS Test ICB
    type: integrated_care_board
  - id: council
    name: Test Council
    type: county_council
schemes:
  - id: ld
    pooled_fund:
      host: council
      contributions:
        - {party: icb, amount: 1000.50}
        - {party: council, amount: unknown}
";

#[test]
fn money_is_exact_and_unknown_is_never_zero() {
    let dir = scratch("diff-money");
    let old = spec(&dir, "old.yaml", PAIR_OLD);
    // The parties swap places (matched by id, so no change), the ICB's contribution falls by
    // 50p, the council's is agreed, and the host changes.
    let new_yaml = PAIR_OLD
        .replace(
            "  - id: icb\n    name: NHS Test ICB\n    type: integrated_care_board\n  - id: council\n    name: Test Council\n    type: county_council\n",
            "  - id: council\n    name: Test Council\n    type: county_council\n  - id: icb\n    name: NHS Test ICB\n    type: integrated_care_board\n",
        )
        .replace("amount: 1000.50", "amount: 1000")
        .replace("{party: council, amount: unknown}", "{party: council, amount: 0}")
        .replace("host: council", "host: icb");
    let new = spec(&dir, "new.yaml", &new_yaml);
    let value = json(&old, &new);
    let changes = value["changes"].as_array().unwrap();
    let paths: Vec<&str> = changes
        .iter()
        .map(|c| c["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "schemes[ld].pooled_fund.contributions[icb].amount",
            "schemes[ld].pooled_fund.contributions[council].amount",
            "schemes[ld].pooled_fund.host",
        ],
        "{value:#}"
    );
    assert_eq!(changes[0]["difference"], "-0.50");
    assert_eq!(changes[0]["new"], "£1,000.00");
    assert_eq!(changes[1]["old"], "unknown");
    assert_eq!(changes[1]["new"], "£0.00");
    assert_eq!(changes[1]["difference"], "unknown");
    assert_eq!(changes[2]["group"], "management");
    assert_eq!(changes[2]["new_at"]["line"], 17);
}

#[test]
fn a_deed_without_a_new_commencement_flags_the_blank_date() {
    let dir = scratch("diff-no-date");
    let old = spec(&dir, "old.yaml", PAIR_OLD);
    let new = spec(
        &dir,
        "new.yaml",
        &PAIR_OLD.replace("name: Test Council", "name: Test County Council"),
    );
    let out = dir.join("deed");
    let output = jointly(&["diff", &old, &new, "--deed", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let markdown = std::fs::read_to_string(out.join("new-variation.md")).unwrap();
    assert!(
        markdown.contains("With effect from \\_\\_\\_"),
        "{markdown}"
    );
    assert!(
        markdown.contains("> **To complete (variation date):**"),
        "{markdown}"
    );
    assert!(markdown.contains("The variation introduces no finding the Agreement did not have."));
    assert!(markdown.contains("2. **Test County Council** (formerly Test Council)."));
    let comments = part(&out.join("new-variation.docx"), "word/comments.xml");
    assert_eq!(comments.matches("<w:comment ").count(), 1);
}

/// python-docx reads the deed's headings, list numbering and comments, and LibreOffice
/// converts it to PDF; where either is missing the test says so and skips, except in CI.
#[test]
fn python_docx_and_libreoffice_open_the_deed() {
    let dir = scratch("diff-open");
    jointly(&["diff", OLD, NEW, "--deed", dir.to_str().unwrap()]);
    let docx = dir.join("eastmere-bcf-2026-27-variation.docx");
    let has = |program: &str, args: &[&str]| {
        Command::new(program)
            .args(args)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    // The first python3 on the path may not have python-docx where Debian's does.
    let python = ["python3", "/usr/bin/python3"]
        .into_iter()
        .find(|python| has(python, &["-c", "import docx"]));
    let (Some(python), true) = (python, has("soffice", &["--version"])) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "python-docx and LibreOffice are installed in CI"
        );
        eprintln!("skipped: python-docx or soffice not found");
        return;
    };
    let read = Command::new(python)
        .arg(root().join("tests/docx/read.py"))
        .arg(&docx)
        .output()
        .unwrap();
    let read = String::from_utf8(read.stdout).unwrap();
    assert!(read.contains("heading\tHeading 1\tVariation"), "{read}");
    assert!(read.contains("comments\t4"), "{read}");
    let numbered: usize = read
        .lines()
        .find_map(|l| l.strip_prefix("numbered\t"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(
        numbered >= 21,
        "the amendments are Word list numbering: {read}"
    );
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("profile").display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&dir)
        .arg(&docx)
        .output()
        .unwrap();
    assert!(status.status.success());
    let pdf = std::fs::read(dir.join("eastmere-bcf-2026-27-variation.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
}

#[test]
fn a_party_and_a_scheme_added_are_amendments_of_their_own() {
    let dir = scratch("diff-added");
    let old = spec(&dir, "old.yaml", PAIR_OLD);
    let new_yaml = PAIR_OLD
        .replace(
            "schemes:\n",
            "  - id: trust\n    name: Test Community NHS Trust\n    type: nhs_trust\nschemes:\n",
        )
        .replace(
            "        - {party: council, amount: unknown}\n",
            "        - {party: council, amount: unknown}\n  - id: carers\n    title: Carers' breaks\n",
        );
    let new = spec(&dir, "new.yaml", &new_yaml);
    let out = dir.join("deed");
    let output = jointly(&["diff", &old, &new, "--deed", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("added parties[trust]\n      (none) → “Test Community NHS Trust”"),
        "{text}"
    );
    assert!(
        text.contains("added schemes[carers]\n      (none) → “Carers' breaks”"),
        "{text}"
    );
    let markdown = std::fs::read_to_string(out.join("new-variation.md")).unwrap();
    assert!(
        markdown.contains("Test Community NHS Trust is added as a party to the Agreement."),
        "{markdown}"
    );
    assert!(
        markdown.contains(
            "A new Schedule 2 (Carers' breaks) is added, as the varied agreement sets it out."
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains("3. **Test Community NHS Trust**."),
        "{markdown}"
    );
}

#[test]
fn a_new_host_is_named_in_the_deed() {
    let dir = scratch("diff-host");
    let old = spec(&dir, "old.yaml", PAIR_OLD);
    let new = spec(
        &dir,
        "new.yaml",
        &PAIR_OLD.replace("host: council", "host: icb"),
    );
    let out = dir.join("deed");
    let output = jointly(&["diff", &old, &new, "--deed", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let markdown = std::fs::read_to_string(out.join("new-variation.md")).unwrap();
    assert!(
        markdown.contains("is amended: “council” is replaced by “icb” (the host was Test Council and is NHS Test ICB)."),
        "{markdown}"
    );
}

#[test]
fn the_recheck_runs_the_rules_the_configuration_and_command_line_choose() {
    let old = "samples/variations/eastmere-bcf-2025-26.yaml";
    let new = "samples/variations/eastmere-bcf-2026-27.yaml";
    let rules = |extra: &[&str]| -> Vec<String> {
        let args = [&["diff", old, new, "--format", "json"][..], extra].concat();
        let output = jointly(&args);
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        json["recheck"]["introduced"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_owned())
            .collect()
    };
    let all = rules(&[]);
    assert!(all.iter().any(|r| r == "REG617-7-1-POOL"), "{all:?}");
    let ignored = rules(&["--ignore", "REG617-7-1-POOL"]);
    assert!(
        !ignored.iter().any(|r| r == "REG617-7-1-POOL"),
        "{ignored:?}"
    );
    assert_eq!(
        ignored.len() + all.iter().filter(|r| *r == "REG617-7-1-POOL").count(),
        all.len()
    );
    let dir = scratch("diff-config");
    std::fs::write(
        dir.join("jointly.toml"),
        "[rules]\nREG617-7-1-POOL = \"off\"\n",
    )
    .unwrap();
    let config = dir.join("jointly.toml");
    let configured = rules(&["--config", config.to_str().unwrap()]);
    assert_eq!(configured, ignored);
}
