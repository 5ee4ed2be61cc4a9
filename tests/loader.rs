//! Hostile and malformed input: every failure to load is one clear, located message and
//! exit code 2, never a panic, a hang or a stack overflow.

mod common;

use common::{complete, problems};

use std::path::{Path, PathBuf};
use std::process::Command;

use jointly::spec::load_bytes;

/// Asserts one problem whose message contains `needle`, at `line:column`.
fn assert_problem(bytes: &[u8], needle: &str, line: u32, column: u32) {
    let error = problems(bytes);
    let found = error.problems.iter().find(|p| p.message.contains(needle));
    let Some(problem) = found else {
        panic!("no problem mentions {needle:?}: {:#?}", error.problems);
    };
    assert_eq!(
        (problem.span.line, problem.span.column),
        (line, column),
        "{problem:#?}"
    );
}

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("loader");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn jointly_check(path: &Path) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(["check", "--color", "never"])
        .arg(path)
        .output()
        .expect("run jointly");
    (
        output.status.code().expect("exited"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

fn alias_bomb() -> Vec<u8> {
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for level in 1..9 {
        let previous = (b'a' + level - 1) as char;
        let name = (b'a' + level) as char;
        let refs = vec![format!("*{previous}"); 10].join(", ");
        text.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    text.into_bytes()
}

#[test]
fn adversarial_files_exit_2_with_a_located_message() {
    let deep_block = format!("{}x\n", "- ".repeat(100_000));
    let deep_flow = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let ten_mb = format!("jointly: 1\n# {}\n", "x".repeat(10 * 1024 * 1024));
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "alias-bomb.yaml",
            alias_bomb(),
            "expands to more values than any spec has",
        ),
        (
            "deep-block.yaml",
            deep_block.into_bytes(),
            "nests more than 32 levels deep",
        ),
        ("deep-flow.yaml", deep_flow.into_bytes(), "recursion limit"),
        (
            "ten-mb.yaml",
            ten_mb.into_bytes(),
            "jointly reads specs of up to 2 MB",
        ),
        (
            "invalid-utf8.yaml",
            b"jointly: 1\nagreement:\n  title: \"\xff\"\n".to_vec(),
            "not valid UTF-8",
        ),
        (
            "duplicate.yaml",
            b"jointly: 1\nagreement:\n  title: a\n  title: b\n".to_vec(),
            "duplicate mapping key `title`",
        ),
        (
            "tabs.yaml",
            b"jointly: 1\nagreement:\n\tlegal_basis: nhs_act_2006_s75\n".to_vec(),
            "tabs",
        ),
        ("empty.yaml", b"\n\n".to_vec(), "the file is empty"),
    ];
    for (name, bytes, needle) in cases {
        let (code, stdout) = jointly_check(&scratch(name, &bytes));
        assert_eq!(code, 2, "{name}: {stdout}");
        assert!(
            stdout.contains(needle),
            "{name}: expected {needle:?} in\n{stdout}"
        );
        assert!(
            stdout.contains(&format!("{name}:")),
            "{name}: the message names no file:line:col\n{stdout}"
        );
    }
}

#[test]
fn problems_are_located_where_they_are() {
    assert_problem(
        b"jointly: 1\nagreement:\n  title: \"\xff\"\n",
        "not valid UTF-8",
        3,
        11,
    );
    assert_problem(
        b"jointly: 1\nagreement:\n  title: a\n  title: b\n",
        "duplicate mapping key",
        4,
        3,
    );
    assert_problem(b"jointly: 1\nagreement:\n\tlegal_basis: x\n", "tabs", 3, 2);
}

#[test]
fn schema_problems_point_at_keys_and_suggest_fixes() {
    let text = complete();
    // An unknown key is reported at the key itself, with a suggestion.
    let typo = text.replace("  commencement: 2024-04-01", "  comencement: 2024-04-01");
    let error = problems(typo.as_bytes());
    let problem = error
        .problems
        .iter()
        .find(|p| p.message.contains("unknown key `comencement`"))
        .unwrap();
    assert_eq!(
        problem.help.as_deref(),
        Some("did you mean `commencement`?")
    );
    assert_eq!((problem.span.line, problem.span.column), (14, 3));

    // A missing required key is reported at its parent's key.
    let no_basis = text.replace("  legal_basis: nhs_act_2006_s75\n", "");
    let error = problems(no_basis.as_bytes());
    let problem = &error.problems[0];
    assert!(
        problem
            .message
            .contains("missing the required key `legal_basis`"),
        "{problem:?}"
    );
    assert_eq!((problem.span.line, problem.span.column), (7, 1));

    // A wrong enum value gets the closest allowed value.
    let wrong_type = text.replace("type: county_council", "type: county_counsil");
    let problem = problems(wrong_type.as_bytes()).problems.remove(0);
    let help = problem.help.unwrap_or_default();
    assert!(
        help.starts_with("did you mean `county_council`? Otherwise use one of: "),
        "{help}"
    );
}

#[test]
fn an_unknown_party_type_is_located_with_a_suggestion_and_the_list_of_kinds() {
    let text = complete();
    // A near miss of a kind of council officers name gets that kind, at the value.
    let near = text.replace("type: county_council", "type: metropolitan_borugh_council");
    let problem = problems(near.as_bytes()).problems.remove(0);
    assert_eq!(
        problem.message,
        "`metropolitan_borugh_council` is not a valid `type`"
    );
    let help = problem.help.clone().unwrap_or_default();
    assert!(
        help.starts_with("did you mean `metropolitan_borough_council`? Otherwise use one of: ")
            && help.contains("unitary_authority")
            && help.contains("county_council"),
        "{help}"
    );
    assert_eq!((problem.span.line, problem.span.column), (31, 11));

    // A word like none of them gets the list of kinds, everyday and legal alike.
    let far = text.replace("type: county_council", "type: ward");
    let problem = problems(far.as_bytes()).problems.remove(0);
    assert_eq!(problem.message, "`ward` is not a valid `type`");
    let help = problem.help.unwrap();
    assert!(help.starts_with("use one of: "), "{help}");
    for kind in [
        "county_council",
        "district_council",
        "unitary_authority",
        "metropolitan_borough_council",
        "metropolitan_district_council",
        "shire_county_council",
        "shire_district_council",
        "borough_council",
        "city_council",
        "city_and_county_council",
        "local_health_board",
        "nhs_trust_wales",
    ] {
        assert!(
            help.contains(&format!("{kind},")) || help.ends_with(kind),
            "{kind}: {help}"
        );
    }
    assert_eq!((problem.span.line, problem.span.column), (31, 11));
}

#[test]
fn money_and_dates_are_checked_where_they_are_written() {
    let text = complete();
    let bad_money = text.replace("total: 22250000", "total: \"22,25,0000\"");
    assert_problem(bad_money.as_bytes(), "is not an amount of money", 90, 14);
    let underscores = text.replace("total: 22250000", "total: 22_250_000");
    assert_problem(
        underscores.as_bytes(),
        "`22_250_000` is not an amount of money",
        90,
        14,
    );
    let impossible = text.replace("expiry: 2027-03-31", "expiry: 2027-02-30");
    assert_problem(
        impossible.as_bytes(),
        "`2027-02-30` in `expiry` is not a real date",
        15,
        11,
    );
    let pence = text.replace("total: 22250000", "total: 22250000.005");
    assert_problem(pence.as_bytes(), "is not an amount of money", 90, 14);
}

#[test]
fn not_applicable_without_a_reason_is_an_error() {
    let text = complete().replace("clauses:\n", "not_applicable:\n  tupe:\nclauses:\n");
    let error = problems(text.as_bytes());
    assert!(
        error.problems.iter().any(|p| p
            .message
            .contains("`tupe` is marked not applicable without a reason")),
        "{:?}",
        error.problems
    );
}

#[test]
fn yaml_words_stay_text_in_text_fields() {
    let text = complete()
        .replace("- id: icb", "- id: NO")
        .replace("from: icb", "from: NO")
        .replace("party: icb", "party: NO")
        .replace("reference: WCC-ICB-S75-2024-01", "reference: 00445790")
        .replace("name: Westshire County Council", "name: yes");
    let document = load_bytes("spec.yaml", text.as_bytes()).expect("loads");
    assert_eq!(document.spec.parties[0].id, "NO");
    assert_eq!(document.spec.parties[1].name.as_deref(), Some("yes"));
    assert_eq!(
        document.spec.agreement.reference.as_deref(),
        Some("00445790")
    );
    assert!(jointly::rules::check(&document).findings.is_empty());
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_load_with_the_same_locations() {
    let text = complete().replace("      host: council\n", "");
    let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let unix = load_bytes("spec.yaml", text.as_bytes()).unwrap();
    let crlf = load_bytes("spec.yaml", windows.as_bytes()).unwrap();
    let lines = |d: &jointly::spec::Document| -> Vec<(u32, u32, &str)> {
        jointly::rules::check(d)
            .findings
            .iter()
            .map(|f| (f.span.line, f.span.column, f.rule.id))
            .collect()
    };
    assert_eq!(lines(&unix), vec![(79, 5, "REG617-7-4-HOST")]);
    assert_eq!(lines(&unix), lines(&crlf));
}

#[test]
fn the_root_must_be_a_spec() {
    assert!(
        problems(b"- a\n- b\n").problems[0]
            .message
            .contains("the file is a list, not a jointly spec")
    );
    assert!(
        problems(b"jointly: 1\n").problems[0]
            .message
            .contains("no `agreement` section")
    );
    assert!(
        problems(b"jointly: 2\nagreement: {legal_basis: nhs_act_2006_s75}\n").problems[0]
            .message
            .contains("not a spec format version")
    );
    let two_documents = b"jointly: 1\nagreement: {legal_basis: nhs_act_2006_s75}\n---\na: 1\n";
    assert!(!problems(two_documents).problems.is_empty());
}

/// Truncations and byte flips of a real spec never panic the loader or the rules.
#[test]
fn mangled_specs_never_panic() {
    let text = complete().into_bytes();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for cut in (0..text.len()).step_by(37) {
        if let Ok(document) = load_bytes("spec.yaml", &text[..cut]) {
            jointly::rules::check(&document);
        }
    }
    for _ in 0..400 {
        let mut bytes = text.clone();
        for _ in 0..3 {
            let at = (next() as usize) % bytes.len();
            bytes[at] = b"\t:-[]{}&*!|>'\"#%@`\n \xff0aZ"[(next() as usize) % 24];
        }
        if let Ok(document) = load_bytes("spec.yaml", &bytes) {
            jointly::rules::check(&document);
        }
    }
}

#[test]
fn one_bad_file_does_not_stop_the_others() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("mixed");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a-broken.yaml"), "jointly: 1\nagreement: [\n").unwrap();
    std::fs::write(dir.join("b-good.yaml"), complete()).unwrap();
    std::fs::write(
        dir.join("c-not-a-spec.yml"),
        "services:\n  web: {image: x}\n",
    )
    .unwrap();
    let (code, stdout) = jointly_check(&dir);
    assert_eq!(code, 2, "{stdout}");
    assert!(
        stdout.contains("a-broken.yaml: could not be checked"),
        "{stdout}"
    );
    assert!(
        stdout.contains("b-good.yaml: 0 errors, 0 warnings"),
        "{stdout}"
    );
    assert!(!stdout.contains("c-not-a-spec"), "{stdout}");
}

#[test]
fn numbers_in_text_fields_are_text_exactly_as_written() {
    let text = complete()
        .replace("reference: WCC-ICB-S75-2024-01", "reference: 12345")
        .replace(
            "title: Westshire Community Support Pooled Fund and Lead Commissioning Agreement",
            "title: 3.50",
        );
    let document = load_bytes("spec.yaml", text.as_bytes()).expect("loads");
    assert_eq!(document.spec.agreement.reference.as_deref(), Some("12345"));
    assert_eq!(document.spec.agreement.title.as_deref(), Some("3.50"));
}

#[test]
fn ambiguous_ids_and_impossible_financial_years_are_located_errors() {
    let text = complete().replace("  - id: council\n", "  - id: icb\n");
    assert_problem(
        text.as_bytes(),
        "the id `icb` is used by two parties",
        29,
        9,
    );
    let text = complete().replace(
        "financial_year: 2024/25\n      contributions",
        "financial_year: 2024/26\n      contributions",
    );
    assert_problem(text.as_bytes(), "`2024/26` is not a financial year", 84, 23);
}

#[test]
fn a_missing_required_key_is_explained_by_the_first_sentence_of_its_description() {
    let text = complete().replace("  - id: icb\n    name:", "  - name:");
    let error = problems(text.as_bytes());
    let help = error
        .problems
        .iter()
        .find(|p| p.message.contains("required key `id`"))
        .and_then(|p| p.help.clone());
    // The sentence runs past "e.g." to its real end.
    assert_eq!(
        help.as_deref(),
        Some(
            "add `id:`: A short handle for the party, used everywhere else in the spec (e.g. `council`, `icb`)"
        )
    );
}

/// Writes the spec of `text` as YAML, loads that, and asserts it is the same spec.
fn assert_round_trip(name: &str, text: &str) {
    let first = load_bytes(name, text.as_bytes())
        .unwrap_or_else(|e| panic!("{name} does not load: {:?}", e.problems));
    let written = jointly::spec::to_yaml(&first.spec, "written back");
    let second = load_bytes(name, written.as_bytes()).unwrap_or_else(|e| {
        panic!(
            "{name} written back does not load: {:?}\n{written}",
            e.problems
        )
    });
    assert_eq!(
        serde_json::to_value(&first.spec).unwrap(),
        serde_json::to_value(&second.spec).unwrap(),
        "{name} written back is another spec:\n{written}"
    );
}

#[test]
fn every_sample_and_rule_fixture_written_as_yaml_loads_as_the_same_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("samples"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    for rule in std::fs::read_dir(root.join("tests/fixtures/rules")).unwrap() {
        for fixture in std::fs::read_dir(rule.unwrap().path()).unwrap() {
            paths.push(fixture.unwrap().path());
        }
    }
    paths.retain(|p| p.extension().is_some_and(|e| e == "yaml"));
    assert!(paths.len() > 50, "{paths:?}");
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        assert_round_trip(&path.display().to_string(), &text);
    }
}

#[test]
fn text_that_yaml_would_misread_is_written_so_that_it_reads_back_as_written() {
    let awkward = [
        "NO",
        "yes",
        "00445790",
        "1_000",
        "12:30",
        "null",
        "~",
        "a: b",
        "x #y",
        "- a list?",
        "'quoted'",
        "\"double\"",
        "back\\slash",
        "line\nbreak",
        "  leading and trailing  ",
        "two  spaces in a sentence long enough to be folded if folding were safe, which it is not here",
        "A long sentence with single spaces that is folded over several lines because it is longer than the width of a line in a spec file.",
        "£27,600,000 #1",
        "tab\there",
        "ünïcödé – dashes — and “quotes”",
    ];
    for text in awkward {
        let spec = format!(
            "jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\n  title: {}\n  reference: {}\n",
            serde_json::to_string(text).unwrap(),
            serde_json::to_string(text).unwrap()
        );
        assert_round_trip(text, &spec);
    }
}
