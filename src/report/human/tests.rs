//! Plain human output writes the notes under a snippet itself: it must be exactly what
//! annotate-snippets draws.

use std::path::{Path, PathBuf};

use super::*;
use crate::rules::{Finding, Placeholder, WaiverNote, check};
use crate::spec::load_file;

/// annotate-snippets drawing everything, in plain text: the reference.
fn whole() -> Drawing {
    Drawing {
        renderer: Renderer::plain(),
        plain: false,
    }
}

fn specs_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            specs_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
}

#[test]
fn plain_notes_are_drawn_as_annotate_snippets_draws_them() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut specs = Vec::new();
    specs_under(&root.join("samples"), &mut specs);
    specs_under(&root.join("tests/fixtures"), &mut specs);
    let (mut findings, mut notes) = (0, 0);
    for spec in &specs {
        let Ok(document) = load_file(spec) else {
            continue;
        };
        let checked = check(&document);
        let (path, source) = (&document.path, &document.source);
        for group in grouped::arrange(&checked.findings) {
            if let [_, _, ..] = group.as_slice() {
                let fast = grouped::block(path, &group, &Drawing::plain());
                assert_eq!(fast, grouped::block(path, &group, &whole()));
            }
        }
        for each in &checked.findings {
            let fast = finding(path, source, each, &Drawing::plain());
            assert_eq!(
                fast,
                finding(path, source, each, &whole()),
                "{}",
                spec.display()
            );
            findings += 1;
        }
        for note in &checked.waiver_notes {
            let fast = waiver_note(path, source, note, &Drawing::plain());
            assert_eq!(fast, waiver_note(path, source, note, &whole()));
            notes += 1;
        }
        for note in &checked.placeholders {
            let fast = placeholder(path, source, note, &Drawing::plain());
            assert_eq!(fast, placeholder(path, source, note, &whole()));
            notes += 1;
        }
    }
    // Every sample and fixture took part (the few waiver and placeholder notes are drawn in
    // every shape by the test below).
    assert!(
        findings > 1000 && notes > 0,
        "{findings} findings, {notes} notes"
    );
}

/// A sample's first finding, to vary.
fn a_finding() -> Finding {
    let document = load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/brent-framework-2004.yaml"
    )))
    .unwrap();
    check(&document).findings.into_iter().next().unwrap()
}

#[test]
fn plain_notes_match_for_every_gutter_and_shape() {
    let template = a_finding();
    plain_notes_match_on_finding(template);
}

/// Every gutter width, spans over several lines and at the very end, notes of several lines
/// (some empty), help with every kind of finding, and text that is not ASCII.
fn plain_notes_match_on_finding(template: Finding) {
    let line = "  key: välue — «text»\n";
    let source: String = line.repeat(12_000);
    let helps = [
        None,
        Some(String::new()),
        Some("one line".to_owned()),
        Some("two\nlines\n\nand a blank one".to_owned()),
    ];
    for at_line in [1usize, 9, 10, 99, 100, 999, 1000, 11_999, 12_000] {
        let start = (at_line - 1) * line.len() + 2;
        for len in [0, 1, 3, line.len(), 3 * line.len()] {
            for (unverified, help) in [false, true].into_iter().zip(helps.iter().cycle()) {
                let mut each = template.clone();
                each.span = Span {
                    line: at_line as u32,
                    column: 3,
                    start,
                    len,
                };
                each.unverified = unverified;
                each.help = help.clone();
                let fast = finding("a path/é.yaml", &source, &each, &Drawing::plain());
                assert_eq!(fast, finding("a path/é.yaml", &source, &each, &whole()));
            }
        }
    }
    let end = Span::at_offset(&source, source.len());
    let mut each = template;
    each.span = end;
    let fast = finding("x.yaml", &source, &each, &Drawing::plain());
    assert_eq!(fast, finding("x.yaml", &source, &each, &whole()));
    let placeholder_note = Placeholder {
        pointer: "/a".to_owned(),
        span: end,
        severity: crate::rules::Severity::Warning,
        found: vec!["[x]".to_owned()],
        message: "`/a` still holds the placeholder `[x]`".to_owned(),
        help: "first\nsecond".to_owned(),
    };
    let fast = placeholder("x.yaml", &source, &placeholder_note, &Drawing::plain());
    assert_eq!(
        fast,
        placeholder("x.yaml", &source, &placeholder_note, &whole())
    );
    let waiver = WaiverNote {
        kind: crate::rules::WaiverProblem::UnknownRule,
        waiver: 0,
        pointer: "/waivers/0".to_owned(),
        span: each.span,
        message: "the waiver names no rule".to_owned(),
        help: "name a rule\n  that jointly has".to_owned(),
    };
    let fast = waiver_note("x.yaml", &source, &waiver, &Drawing::plain());
    assert_eq!(fast, waiver_note("x.yaml", &source, &waiver, &whole()));
}

/// Lines of every kind the plain head meets or must leave to annotate-snippets, and titles
/// with characters it replaces.
#[test]
fn plain_heads_match_on_every_kind_of_line_and_title() {
    let template = a_finding();
    let lines = [
        "key: value".to_owned(),
        "  nested: 'quoted' # comment".to_owned(),
        "trailing: space ".to_owned(),
        "\ttab: x".to_owned(),
        "crlf: x\r".to_owned(),
        String::new(),
        "x".to_owned(),
        format!("{}deep: x", " ".repeat(20)),
        format!("{}deeper: x", " ".repeat(21)),
        format!("{}deepest: x", " ".repeat(40)),
        format!("long: {}", "y".repeat(114)),
        format!("longer: {}", "y".repeat(113)),
        format!("longest: {}", "y".repeat(300)),
        "non-ascii: £5 — é".to_owned(),
        "bidi: \u{202e}x".to_owned(),
    ];
    let titles = [
        "plain",
        "two\nlines",
        "a\ttab",
        "rtl \u{202e}x",
        "zwj a\u{200d}b",
        "£ é —",
    ];
    for (n, line) in lines.iter().enumerate() {
        // The line at 1, 9, 10 and 100 lines down, and last without a line break.
        for (before, after) in [(0, "\n"), (8, "\n"), (9, "\n"), (99, "\n"), (3, "")] {
            let source = format!("{}{line}{after}", "a: 1\n".repeat(before));
            let from = before * 5;
            let ends = [from, from + 1, from + line.len() / 2, from + line.len()];
            for start in ends {
                for len in [0, 1, 2, line.len(), line.len() + 1, line.len() + 7] {
                    let boundary = |mut at: usize| {
                        at = at.min(source.len());
                        while !source.is_char_boundary(at) {
                            at -= 1;
                        }
                        at
                    };
                    let start = boundary(start);
                    let mut each = template.clone();
                    each.span = Span::at_offset(&source, start);
                    each.span.len = boundary(start + len) - start;
                    each.message = titles[(n + start + len) % titles.len()].to_owned();
                    each.unverified = len % 2 == 1;
                    let fast = finding("p.yaml", &source, &each, &Drawing::plain());
                    let reference = finding("p.yaml", &source, &each, &whole());
                    assert_eq!(fast, reference, "{line:?} at {start}, {len}");
                }
            }
        }
    }
}
