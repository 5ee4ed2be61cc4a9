//! The one-pass reading must read every text it accepts exactly as the full reading does: the
//! same JSON, the same spans for every pointer, the same problems.

use std::path::Path;

use super::read;
use crate::spec::load::full_reading;

/// Checks one text; true when the fast path read it.
fn agrees(name: &str, source: &str) -> bool {
    let Some(fast) = read(source) else {
        return false;
    };
    let (json, index, problems) = full_reading(source).unwrap_or_else(|problems| {
        panic!("{name}: the fast path read text the full reading refuses: {problems:?}")
    });
    assert_eq!(fast.json, json, "{name}: JSON differs");
    assert!(fast.index == index, "{name}: spans differ");
    assert_eq!(fast.problems, problems, "{name}: problems differ");
    true
}

fn yaml_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

/// Every YAML file under `under`, by name, without a byte-order mark (as the loader reads it).
pub(in crate::spec) fn texts(under: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    yaml_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(under),
        &mut files,
    );
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
            Some((path.display().to_string(), text))
        })
        .collect()
}

#[test]
fn every_sample_is_read_in_one_pass_as_the_full_reading_reads_it() {
    let samples = texts("samples");
    assert!(samples.len() >= 10);
    for (name, text) in &samples {
        assert!(agrees(name, text), "{name}: not read in one pass");
    }
}

#[test]
fn fixtures_read_in_one_pass_agree_with_the_full_reading() {
    let fixtures = texts("tests/fixtures");
    assert!(fixtures.len() > 100);
    let fast = fixtures.iter().filter(|(n, t)| agrees(n, t)).count();
    // Most fixtures are ordinary specs; the rest test what only the full reading handles.
    assert!(
        fast * 10 > fixtures.len() * 9,
        "{fast} of {}",
        fixtures.len()
    );
}

/// Scalars at the edges of YAML's types, each written as a value of keys the schema reads
/// as text, as an amount and as a whole number, and as a list item.
const SCALARS: &[&str] = &[
    "0",
    "-0",
    "7",
    "012",
    "-012",
    "1_000",
    "0x1F",
    "0X1F",
    "0o17",
    "0b101",
    "+1",
    "-12",
    "1e3",
    "1E3",
    ".5",
    "5.",
    "1.5",
    "-1.5",
    "0.25",
    "00.5",
    "1.e5",
    "0.0000001",
    "99999999999999999999",
    "-99999999999999999999",
    "18446744073709551615",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "123456789012345678901234567890.5",
    "1e999",
    "-1e999",
    ".inf",
    "-.inf",
    "+.inf",
    ".nan",
    "-.nan",
    "inf",
    "nan",
    "NaN",
    "Infinity",
    "true",
    "True",
    "TRUE",
    "tRue",
    "false",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "null",
    "Null",
    "NULL",
    "nULL",
    "~",
    "",
    "2024-03-28",
    "2024-25",
    "2024/25",
    "1-2-3",
    "1--2",
    "-1-2",
    "12:30",
    "1:20:30",
    "£1,000",
    "1,000",
    "1 000",
    "0.1.2",
    "deadbeef",
    "abc",
    "e",
    "E5",
    "_1",
    "'12'",
    "\"1e3\"",
    "'true'",
    "x y",
    "-",
    ".",
    "-.",
    "1.",
    "0.",
    "10%",
    "2.5%",
];

#[test]
fn edge_scalars_are_read_alike_or_left_to_the_full_reading() {
    let base = texts("samples")
        .into_iter()
        .find(|(name, _)| name.ends_with("complete-s75.yaml"))
        .expect("the complete sample")
        .1;
    let mut fast = 0;
    for scalar in SCALARS {
        let mut text = base.clone();
        for key in ["title", "reference", "amount", "notice_months", "percent"] {
            let needle = format!("\n  {key}: ");
            let indent_key = text
                .find(&needle)
                .or_else(|| text.find(&format!(" {key}: ")).map(|at| at - 1));
            if let Some(at) = indent_key {
                let value_start = text[at + 1..].find(": ").map_or(at, |i| at + 1 + i + 2);
                let value_end = text[value_start..]
                    .find('\n')
                    .map_or(text.len(), |i| value_start + i);
                text.replace_range(value_start..value_end, scalar);
            }
        }
        text.push_str(&format!("extra: [{scalar}, {{k: {scalar}}}]\n"));
        fast += usize::from(agrees(&format!("scalar {scalar:?}"), &text));
    }
    assert!(fast > SCALARS.len() / 2, "{fast} of {}", SCALARS.len());
}

#[test]
fn edge_keys_are_read_alike_or_left_to_the_full_reading() {
    for key in [
        "1", "true", "null", "~", "'a'", "\"b\"", "a b", "<<", "-a", ".a", "+a", "Null", "x/y",
        "x~y", "'1'", "? c",
    ] {
        let text = format!("jointly: 1\nagreement:\n  {key}: v\n  other: w\n");
        agrees(&format!("key {key:?}"), &text);
    }
}

#[test]
fn line_edits_of_a_sample_are_read_alike_or_left_to_the_full_reading() {
    let (_, base) = texts("samples")
        .into_iter()
        .find(|(name, _)| name.ends_with("complete-s75.yaml"))
        .expect("the complete sample");
    let lines: Vec<&str> = base.lines().collect();
    for at in 0..lines.len() {
        let mut deleted = lines.clone();
        deleted.remove(at);
        agrees(
            &format!("line {} deleted", at + 1),
            &(deleted.join("\n") + "\n"),
        );
        let mut repeated = lines.clone();
        repeated.insert(at, lines[at]);
        agrees(
            &format!("line {} repeated", at + 1),
            &(repeated.join("\n") + "\n"),
        );
        let mut shifted = lines.clone();
        let moved = format!(" {}", lines[at]);
        shifted[at] = &moved;
        agrees(
            &format!("line {} indented", at + 1),
            &(shifted.join("\n") + "\n"),
        );
    }
}
