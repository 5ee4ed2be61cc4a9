//! The scanner's events must be the parser's, span for span, on everything it does not give
//! up on: the samples, the fixtures, specs as the corpus generator writes them (`to_yaml`), and
//! mutations of them. On the samples and the written specs it must not give up at all.

#[allow(dead_code)]
#[path = "../../../examples/fuzz/mutate.rs"]
mod mutate;

use super::agree::scanner_agrees;
use crate::spec::events::tests::texts;
use crate::spec::{load_bytes, to_yaml};
use mutate::{Rng, mutate};

/// Whether the scanner read `source`; fails the test if it read it otherwise than the parser.
fn agrees(name: &str, source: &str) -> bool {
    scanner_agrees(source).unwrap_or_else(|difference| panic!("{name}: {difference}"))
}

#[test]
fn every_sample_is_scanned_as_the_parser_reads_it() {
    let samples = texts("samples");
    assert!(samples.len() >= 10);
    for (name, text) in &samples {
        assert!(agrees(name, text), "{name}: the scanner gave up");
    }
}

#[test]
fn every_spec_written_as_the_corpus_is_scanned_as_the_parser_reads_it() {
    let mut written = 0;
    for (name, text) in texts("samples").iter().chain(&texts("tests/fixtures")) {
        let Ok(document) = load_bytes(name, text.as_bytes()) else {
            continue;
        };
        let yaml = to_yaml(&document.spec, "written back\n\nby to_yaml");
        assert!(
            agrees(name, &yaml),
            "{name} written back: the scanner gave up"
        );
        written += 1;
    }
    assert!(written > 50, "{written} written");
}

#[test]
fn fixtures_scanned_agree_with_the_parser() {
    let fixtures = texts("tests/fixtures");
    assert!(fixtures.len() > 100);
    let scanned = fixtures.iter().filter(|(n, t)| agrees(n, t)).count();
    eprintln!("the scanner read {scanned} of {} fixtures", fixtures.len());
    assert!(
        scanned * 10 > fixtures.len() * 8,
        "{scanned} of {}",
        fixtures.len()
    );
}

/// Small edits where the scanner's rules are finest: quotes, colons, comments, indicators,
/// indentation.
const INSERTS: &[&str] = &[
    "#", " #", ":", ": ", "'", "\"", "|", ">", "-", "- ", " ", "  ", "\n", "\n\n", "{", "}", "[",
    "]", ",", "&a ", "*a", "!", "?", "%", "\\", "''", "é", "\u{202e}", "|-\n", ">+\n",
];

/// Mutations of every sample: the fuzz campaign's (byte flips, truncation, key deletion and
/// duplication, type and number swaps, indentation shifts, line swaps) and small inserts. The
/// scanner may give up on any of them; what it reads must be read as the parser reads it. How
/// often it gives up is reported, not asserted.
#[test]
fn mutations_of_the_samples_are_scanned_alike_or_left_to_the_parser() {
    let (mut cases, mut scanned) = (0, 0);
    for (n, (name, text)) in texts("samples").iter().enumerate() {
        for case in 0..200 {
            let mut rng = Rng::for_case(11 + n as u64, case);
            let mutated = if case % 2 == 0 {
                String::from_utf8_lossy(&mutate(&mut rng, text).0).into_owned()
            } else {
                let mut edited = text.clone();
                let mut at = rng.below(edited.len());
                while !edited.is_char_boundary(at) {
                    at -= 1;
                }
                let insert = INSERTS[rng.below(INSERTS.len())];
                edited.insert_str(at, insert);
                edited
            };
            cases += 1;
            scanned += usize::from(agrees(&format!("{name}, case {case}"), &mutated));
        }
    }
    eprintln!("the scanner read {scanned} of {cases} mutations; the parser read the rest");
}

/// Scalars and layouts at the edges of what the scanner reads.
#[test]
fn edge_texts_are_scanned_alike_or_left_to_the_parser() {
    let values = [
        "plain",
        "two  words",
        "'it''s'",
        "\"a\\tb \\u00e9\"",
        "\"\\x41\"",
        "\"bad \\q\"",
        "'a' #c",
        "x #c",
        "x#y",
        "a: b",
        "12:30",
        "-1",
        "- x",
        "-",
        "{a: b, c: [d, -2]}",
        "[a, {b: c}]",
        "{}",
        "[]",
        "[a,]",
        "{a:b}",
        "[a: b]",
        "{a: 'q', b: \"r\"}",
        "[a b , c]",
        "'x'y",
        "~",
        "\"\"",
        "''",
        "é",
        "[é, ü]",
        ">-\n  a\n  b\n\n  c",
        "|\n  a\n    b\n\n",
        "|+\n  a\n\n",
        ">\n  a\n   b",
        "|-\n\n  a",
        "|2\n  a",
        "# only a comment",
        "",
        "&a x",
        "*a",
        "!t x",
    ];
    let layouts = [
        "a:\n  k: VALUE\n  z: 1\n",
        "a:\n- k: VALUE\n  z: 1\n",
        "a:\n  - VALUE\n  - z\n",
        "a:\n  -   k: VALUE\n      z: 1\n  -\n    - VALUE\n",
        "a: VALUE\nb:\n  c: VALUE\n    # deeper comment\n  d: x\n",
        "a: VALUE",
        "a:\n  - k: VALUE\n  # a comment\n  - k: VALUE\nb: c\n",
    ];
    let mut scanned = 0;
    for layout in layouts {
        for value in values {
            let text = layout.replace("VALUE", value);
            scanned += usize::from(agrees(&format!("{text:?}"), &text));
        }
    }
    assert!(scanned > layouts.len() * values.len() / 3, "{scanned}");
}

/// The scanner's lines as it first found them, in two passes: whether the text has a character
/// it leaves to the parser, then each line's start and end.
fn lines_as_before(source: &str) -> Option<Vec<(usize, usize, usize)>> {
    let bytes = source.as_bytes();
    if bytes.iter().any(|&b| (b < 0x20 && b != b'\n') || b == 0x7F) {
        return None;
    }
    let special = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(
                c,
                '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}' | '\u{2028}' | '\u{2029}'
            )
    };
    if source.chars().any(special) {
        return None;
    }
    let mut lines = Vec::new();
    let mut start = 0;
    for line in source.split_inclusive('\n') {
        let end = start + line.trim_end_matches('\n').len();
        let text = &bytes[start..end];
        if text.starts_with(b"---") || text.starts_with(b"...") || text.starts_with(b"%") {
            return None;
        }
        let indent = text.iter().take_while(|&&b| b == b' ').count();
        lines.push((start, end, indent));
        start += line.len();
    }
    Some(lines)
}

#[test]
fn lines_are_found_in_one_pass_as_in_two() {
    let mut texts: Vec<String> = texts("samples")
        .into_iter()
        .chain(texts("tests/fixtures"))
        .map(|(_, text)| text)
        .collect();
    let odd = [
        "",
        "\n",
        "a",
        "a\n",
        "\n\n",
        "  a: 1\n\n   \n",
        "a: £5\n",
        "a: é\u{80}",
        "a: \u{9F}",
        "a: \u{A0}",
        "\u{FEFF}a",
        "a\u{FFFE}",
        "a\u{FFFF}",
        "a\u{FFFD}",
        "a\u{2028}b",
        "a\u{2029}",
        "a\u{2027}",
        "a\u{202A}",
        "x\ty",
        "x\ry",
        "x\u{7F}",
        "x\u{0}",
        "---\n",
        "a\n...",
        "%YAML",
        " ---",
        "a\u{1F600}\n  b",
        "\u{C0}\u{FF}\u{EFBB}",
    ];
    texts.extend(odd.iter().map(|t| t.to_string()));
    // The text is checked a chunk of bytes at a time: every odd character, on either side of
    // a chunk's end and split across it.
    let plain = "key: value\n".repeat(20);
    for odd in [
        "\t", "\r", "\u{7F}", "\u{85}", "\u{A0}", "£", "\u{2028}", "\u{FEFF}", "é",
    ] {
        for at in (50..80).chain(120..136) {
            texts.push(format!("{}{odd}{}", &plain[..at], &plain[at..]));
        }
    }
    for text in &texts {
        let now = super::lines(text).map(|lines| {
            lines
                .iter()
                .map(|l| (l.start, l.end, l.indent))
                .collect::<Vec<_>>()
        });
        assert_eq!(now, lines_as_before(text), "{text:?}");
    }
}
