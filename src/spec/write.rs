//! Writes a spec as YAML, for tools that build specs rather than read them (the corpus
//! generator). Only `spec/` knows YAML, so writing it lives here with the loader.
//!
//! The YAML is block style, two spaces a level, as the samples are written. A key whose value
//! is empty (`null`) is left out, which the loader reads the same way; lists and sections that
//! are empty only when left out are skipped by the types' `skip_serializing_if`. Text is
//! written plain where the loader reads it back as the same text, folded (`>-`) where it is
//! long, and double-quoted otherwise. Writing then loading gives the spec written.

use serde_json::{Map, Value};

use super::agreement::Spec;
use super::schema::exact_number;
use super::span::escape_pointer_segment;

/// The width lines are folded to, as in the samples.
const WIDTH: usize = 96;

/// The spec as YAML, after `comment` (each of its lines becomes a `#` line at the top).
pub fn to_yaml(spec: &Spec, comment: &str) -> String {
    let value = serde_json::to_value(spec).expect("a spec is JSON: its keys are all text");
    let mut out = String::with_capacity(16 * 1024);
    for line in comment.lines() {
        out.push('#');
        if !line.is_empty() {
            out.push(' ');
            out.push_str(line);
        }
        out.push('\n');
    }
    if let Value::Object(sections) = &value {
        for (i, (key, section)) in present(sections).enumerate() {
            if i > 0 {
                // A blank line between the top-level sections, as the samples have.
                out.push('\n');
            }
            entry(&mut out, 0, key, section, &format!("/{key}"));
        }
    }
    out
}

/// The entries of a section that are not empty (`null`).
fn present(map: &Map<String, Value>) -> impl Iterator<Item = (&String, &Value)> {
    map.iter().filter(|(_, value)| !value.is_null())
}

/// `key: value` at `indent`, for the node at `pointer`.
fn entry(out: &mut String, indent: usize, key: &str, value: &Value, pointer: &str) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) if map.values().any(|v| !v.is_null()) => {
            out.push_str(&format!("{pad}{key}:\n"));
            section(out, indent + 2, map, pointer);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push_str(&format!("{pad}{key}:\n"));
            for (i, item) in items.iter().enumerate() {
                list_item(out, indent + 2, item, &format!("{pointer}/{i}"));
            }
        }
        Value::String(text) if indent + key.len() + 2 + text.len() > WIDTH && foldable(text) => {
            out.push_str(&format!("{pad}{key}: >-\n"));
            fold(out, indent + 2, text);
        }
        _ => out.push_str(&format!("{pad}{key}: {}\n", scalar(value, pointer))),
    }
}

/// The entries of a section at `indent`.
fn section(out: &mut String, indent: usize, map: &Map<String, Value>, pointer: &str) {
    for (key, value) in present(map) {
        let child = format!("{pointer}/{}", escape_pointer_segment(key));
        entry(out, indent, key, value, &child);
    }
}

/// One item of a list, at `indent`: `- ` and the item, a section's first key on the same line.
fn list_item(out: &mut String, indent: usize, item: &Value, pointer: &str) {
    let pad = " ".repeat(indent);
    let nested = match item {
        Value::Object(map) if map.values().any(|v| !v.is_null()) => {
            let mut text = String::new();
            section(&mut text, indent + 2, map, pointer);
            text
        }
        Value::Array(items) if !items.is_empty() => {
            let mut text = String::new();
            for (i, inner) in items.iter().enumerate() {
                list_item(&mut text, indent + 2, inner, &format!("{pointer}/{i}"));
            }
            text
        }
        _ => return out.push_str(&format!("{pad}- {}\n", scalar(item, pointer))),
    };
    // The nested block starts with `indent + 2` spaces; its first two become the `- `.
    out.push_str(&pad);
    out.push_str("- ");
    out.push_str(&nested[indent + 2..]);
}

/// A value on one line.
fn scalar(value: &Value, pointer: &str) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) if exact_number(pointer) && is_decimal(text) => text.clone(),
        Value::String(text) if plain(text) => text.clone(),
        Value::String(text) => quoted(text),
        Value::Array(_) => "[]".to_owned(),
        Value::Object(_) => "{}".to_owned(),
    }
}

/// Text in double quotes. A JSON string is a valid YAML double-quoted scalar with the same
/// escapes, so serde_json writes it.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("a string is JSON")
}

/// Digits with an optional decimal part: money and percentages, which the loader reads from
/// the digits as written.
fn is_decimal(text: &str) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
    [whole, fraction]
        .iter()
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `text` written plain reads back as the same text, in jointly and in any YAML
/// reader (so no word a reader might take for true, false, null or a number).
fn plain(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let reserved = matches!(
        text.to_ascii_lowercase().as_str(),
        "true" | "false" | "null" | "~" | "yes" | "no" | "on" | "off" | "y" | "n"
    );
    !reserved
        && !"-?:,[]{}#&*!|>'\"%@`".contains(first)
        && !text.ends_with(':')
        && !text.contains(": ")
        && !text.contains(" #")
        && text.trim() == text
        && text
            .chars()
            .all(|c| c == ' ' || !(c.is_whitespace() || c.is_control()))
        && (is_date(text) || !looks_like_a_number(text))
}

/// Whether a YAML reader might take `text` for a number: `12`, `1_000`, `1e6`, `.5`, `1:30`
/// (sexagesimal in YAML 1.1), `0x1F`, `0o17`, `.inf`.
fn looks_like_a_number(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if matches!(unsigned, ".inf" | ".nan") {
        return true;
    }
    let (digits, radix) = match unsigned.get(..2) {
        Some("0x") => (&unsigned[2..], 16),
        Some("0o") => (&unsigned[2..], 8),
        Some("0b") => (&unsigned[2..], 2),
        _ => (unsigned, 10),
    };
    digits.chars().any(|c| c.is_digit(radix))
        && digits.chars().all(|c| {
            c.is_digit(radix)
                || c == '_'
                || (radix == 10 && matches!(c, '.' | ':' | 'e' | '+' | '-'))
        })
}

/// A date written YYYY-MM-DD, which YAML 1.2 readers keep as text.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// Whether `text` can be folded (`>-`) and read back the same: one line of printable text
/// with single spaces between words, which is where folding breaks and rejoins it.
fn foldable(text: &str) -> bool {
    text.contains(' ')
        && !text.contains("  ")
        && text.trim() == text
        && text
            .chars()
            .all(|c| c == ' ' || !(c.is_whitespace() || c.is_control()))
}

/// The lines of a folded scalar at `indent`, broken at spaces to fit the width.
fn fold(out: &mut String, indent: usize, text: &str) {
    let width = WIDTH.saturating_sub(indent).max(40);
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            out.push_str(&format!("{}{line}\n", " ".repeat(indent)));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&format!("{}{line}\n", " ".repeat(indent)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_plain_only_what_reads_back_as_the_same_text() {
        for text in [
            "Chief Executive",
            "2024/25",
            "2024-04-01",
            "£5",
            "added",
            "12 months",
        ] {
            assert!(plain(text), "{text}");
        }
        for text in [
            "NO",
            "yes",
            "00445790",
            "1_000",
            "1e6",
            ".5",
            "12:30",
            "a: b",
            "x #y",
            "- a",
            " a",
            "a ",
            "",
            "line\nbreak",
            "tab\there",
            "0x1F",
            "-.inf",
            "+12",
        ] {
            assert!(!plain(text), "{text}");
        }
    }

    #[test]
    fn folds_only_text_that_folding_keeps() {
        assert!(foldable("one two three"));
        assert!(!foldable("one  two"));
        assert!(!foldable("one\ntwo"));
        assert!(!foldable("single"));
    }
}
