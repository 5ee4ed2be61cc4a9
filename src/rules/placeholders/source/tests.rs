use std::path::Path;

use super::super::{Placeholder, find_with};
use super::{Possible, after_opening_comments};
use crate::spec::{Document, load_bytes};

#[test]
fn skips_only_the_opening_comments() {
    let skipped = |s: &str| s.len() - after_opening_comments(s.as_bytes()).len();
    assert_eq!(skipped("# a (b)\n\n  # c [d]\r\njointly: 1\n# e\n"), 20);
    assert_eq!(skipped("jointly: 1 # (a)\n"), 0);
    assert_eq!(skipped("\t# a\n"), 0);
    assert_eq!(skipped("# only\n"), 7);
    assert_eq!(skipped(""), 0);
}

#[test]
fn allows_for_escapes_and_folding() {
    let of = |s: &str| {
        let p = Possible::of_source(s);
        let k = p.kinds;
        [
            k.bracket,
            k.parenthesis,
            k.blank,
            k.word,
            p.phrase,
            p.unknown,
        ]
    };
    let none = [false; 6];
    assert_eq!(of("# [x] (insert y) .. tbd unknown\na: b\n"), none);
    assert_eq!(of("a: \"\\x5B \"\n"), [true; 6]);
    assert_eq!(
        of("a: x .\n  . .\n"),
        [false, false, true, false, false, false]
    );
    assert_eq!(of("a: end.\nb: .x\n"), none);
    assert_eq!(
        of("a: end.\n  .x\n"),
        [false, false, true, false, false, false]
    );
    assert_eq!(of("a: end. b (c)\n"), none);
    assert_eq!(of("a: [y] TBC\n"), [true, false, false, true, false, false]);
    assert_eq!(
        of("a: …\nb: ____\n"),
        [false, false, true, false, false, false]
    );
    assert_eq!(
        of("a: ( Insert\n  date)\n"),
        [false, true, false, false, false, false]
    );
    assert_eq!(of("a: (inserts)\n"), none);
    assert_eq!(
        of("a: To\n  BE agreed\n"),
        [false, false, false, false, true, false]
    );
    assert_eq!(
        of("a: (to be\tconfirmed)\n"),
        [false, true, false, false, true, false]
    );
    assert_eq!(of("a: tobe agreed, to beagreed, to be seen\n"), none);
    assert_eq!(
        of("a: unknown\n"),
        [false, false, false, false, false, true]
    );
}

/// Every spec under `dir`, loaded.
fn specs(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            specs(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            let bytes = std::fs::read(&path).unwrap_or_default();
            out.push((path.display().to_string(), bytes));
        }
    }
}

fn shown(found: &[Placeholder]) -> Vec<(String, String, usize)> {
    found
        .iter()
        .map(|p| (p.pointer.clone(), p.message.clone(), p.span.start))
        .collect()
}

/// What the source rules out, the full search of every value would not have found.
fn same(document: &Document) -> usize {
    let fast = find_with(document, Possible::of_source(&document.source));
    let full = find_with(document, Possible::ALL);
    assert_eq!(shown(&fast), shown(&full), "{}", document.path);
    full.len()
}

/// Values that hold a placeholder only once YAML has read them (escapes, folding), and plain
/// ones, each put in place of the agreement's title.
const WRITTEN: &[&str] = &[
    "\"\\x5B ]\"",
    "\"made \\u2026\\u2026 2011\"",
    ">-\n    dated .\n    . . 2011",
    "To\n    be agreed",
    "the host (insert\n    name)",
    "\"ref \\x58X\"",
    "'it''s [ ]'",
    "the host (to be\n    confirmed) manages it",
    "|-\n    a\n    [ ] b",
    "TBD",
    "signed ____",
    "to be agreed.",
    "\"a\\\n    .... b\"",
];

#[test]
fn the_source_rules_out_only_what_no_value_holds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    specs(&root.join("samples"), &mut all);
    specs(&root.join("tests/fixtures"), &mut all);
    specs(&root.join("examples"), &mut all);
    let mut loaded = 0;
    let mut mutated = 0;
    for (path, bytes) in &all {
        let Ok(document) = load_bytes(path, bytes) else {
            continue;
        };
        loaded += 1;
        same(&document);
        let Some(at) = document.source.find("\n  title: ") else {
            continue;
        };
        let start = at + "\n  title: ".len();
        let end = document.source[start..]
            .find('\n')
            .map_or(document.source.len(), |e| start + e);
        for value in WRITTEN {
            let source = format!(
                "{}{value}{}",
                &document.source[..start],
                &document.source[end..]
            );
            let Ok(changed) = load_bytes(path, source.as_bytes()) else {
                continue;
            };
            assert!(same(&changed) > 0, "{path}: {value:?} found nothing");
            mutated += 1;
        }
    }
    assert!(
        loaded > 20 && mutated > 20 * WRITTEN.len(),
        "{loaded} {mutated}"
    );
}
