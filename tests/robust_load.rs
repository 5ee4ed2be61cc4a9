//! Issue 11, defect 9: load errors a user can act on. Whole numbers written as decimals or
//! past their key's range, and YAML tags, each give a located message through the binary that
//! says what to write, and no tag is dropped without a word.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The reference sample with `from` replaced by `to` (exactly once).
fn sample_with(from: &str, to: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("samples/complete-s75.yaml")).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} is not in the sample once"
    );
    text.replacen(from, to, 1)
}

fn scratch(name: &str, text: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("robust_load");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs `jointly check` and gives the exit code and everything it printed.
fn check(name: &str, text: &str) -> (i32, String) {
    let path = scratch(name, text);
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(["check", "--color", "never"])
        .arg(&path)
        .output()
        .expect("run jointly");
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().expect("exited"), printed)
}

/// Asserts exit 2, and that the message and the location are printed.
fn assert_load_error(name: &str, text: &str, message: &str, location: &str) {
    let (code, printed) = check(name, text);
    assert_eq!(code, 2, "{printed}");
    assert!(printed.contains(message), "no {message:?} in:\n{printed}");
    assert!(
        printed.contains(&format!("{name}:{location}")),
        "not at {location}:\n{printed}"
    );
    for rust in ["invalid u8", "invalid u32", "tagged scalar", "deserialize"] {
        assert!(!printed.contains(rust), "{rust:?} in:\n{printed}");
    }
}

#[test]
fn a_format_version_written_as_a_decimal_says_to_write_a_whole_number() {
    for written in ["1.0", "1e0", "+1.00"] {
        assert_load_error(
            "version.yaml",
            &sample_with("jointly: 1\n", &format!("jointly: {written}\n")),
            "`jointly` is the format version number, a whole number: write `jointly: 1`",
            "5:10",
        );
    }
}

#[test]
fn a_count_past_its_range_says_the_range() {
    let rolling = |months: &str| {
        sample_with(
            "  expiry: 2027-03-31\n",
            &format!("  rolling:\n    notice_months: {months}\n"),
        )
    };
    for months in ["99999999999", "99999999999999999999999999999999999999999"] {
        assert_load_error(
            "notice.yaml",
            &rolling(months),
            &format!(
                "`notice_months` must be a whole number from 0 to 4294967295, but it is {months}"
            ),
            "16:20",
        );
    }
    assert_load_error(
        "notice.yaml",
        &rolling("3.0"),
        "a whole number: write `notice_months: 3`",
        "16:20",
    );
    // A count that fits loads as before.
    let (code, printed) = check("notice.yaml", &rolling("3"));
    assert!(code == 0 || code == 1, "{printed}");
}

#[test]
fn a_tag_is_reported_at_the_tag() {
    let cases = [
        (
            "  made: 2024-03-28",
            "  made: !!timestamp 2024-03-28",
            "!!timestamp",
            "13:9",
        ),
        (
            "  reference: WCC-ICB-S75-2024-01",
            "  reference: !!binary aGVsbG8=",
            "!!binary",
            "9:14",
        ),
        (
            "  reference: WCC-ICB-S75-2024-01",
            "  reference: !evil WCC-ICB-S75-2024-01",
            "!evil",
            "9:14",
        ),
        ("parties:\n", "parties: !!set\n", "!!set", "23:10"),
    ];
    for (from, to, tag, location) in cases {
        assert_load_error(
            "tagged.yaml",
            &sample_with(from, to),
            &format!("`{tag}` is a YAML tag"),
            location,
        );
        let (_, printed) = check("tagged.yaml", &sample_with(from, to));
        assert!(
            printed.contains("jointly reads plain YAML values"),
            "{printed}"
        );
    }
}

#[test]
fn core_tags_keep_working() {
    let text = sample_with(
        "  reference: WCC-ICB-S75-2024-01",
        "  reference: !!str WCC-ICB-S75-2024-01",
    );
    let (code, printed) = check("core.yaml", &text);
    assert_eq!(code, 0, "{printed}");
    let text = sample_with("jointly: 1\n", "jointly: !!int 1\n");
    let (code, printed) = check("core-int.yaml", &text);
    assert_eq!(code, 0, "{printed}");
    // Text with an exclamation mark is not a tag.
    let text = sample_with(
        "  reference: WCC-ICB-S75-2024-01",
        "  reference: \"!WCC-ICB-S75-2024-01\"",
    );
    let (code, printed) = check("bang.yaml", &text);
    assert_eq!(code, 0, "{printed}");
}

#[test]
fn an_infinite_or_undefined_number_says_what_to_write() {
    for written in [".inf", "-.inf", ".nan"] {
        let (code, printed) = check(
            "infinite.yaml",
            &sample_with("amount: \"9,750,000.00\"", &format!("amount: {written}")),
        );
        assert_eq!(code, 2, "{printed}");
        assert!(
            printed.contains("write the number in digits"),
            "{written}: no help in:\n{printed}"
        );
    }
}
