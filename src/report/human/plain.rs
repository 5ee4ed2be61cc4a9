//! The head of a diagnostic (its title, and the source line it points at) in plain text,
//! written here for the shapes `check` draws on almost every finding, byte for byte as
//! annotate-snippets draws them: that renderer lays every character out in a grid first, and
//! on a batch it cost more than the rest of the human output. Anything outside those shapes
//! (a span over several lines or at a line's end, a line that is not printable ASCII, long
//! enough to be cut or indented deeply enough to be trimmed, a title with characters the
//! renderer replaces) is left to annotate-snippets. `tests.rs` holds the two to the same text.

use crate::rules::Severity;
use crate::spec::Span;
use crate::spec::push_decimal;

/// What a diagnostic's head says.
pub(in crate::report) struct Head<'a> {
    pub severity: Severity,
    pub id: &'a str,
    /// The title, and what follows it (" (unverified)", or nothing).
    pub title: &'a str,
    pub mark: &'a str,
    /// The place it points at, if any.
    pub at: Option<Place<'a>>,
}

/// A span of a spec's source, with the path it is shown under.
#[derive(Clone, Copy)]
pub(in crate::report) struct Place<'a> {
    pub path: &'a str,
    pub source: &'a str,
    pub span: Span,
}

/// Spaces for a gutter: a line number has at most 7 digits in a file under the size cap.
const SPACES: &str = "                ";

/// The widest source line written here: with the gutter it stays inside annotate-snippets'
/// 140 columns, so it never cuts the line.
const MAX_LINE: usize = 120;

/// The most leading spaces written here: annotate-snippets trims more than 26 before a span.
const MAX_INDENT: usize = 20;

/// Writes the head to `out` and gives the gutter the notes under it take, or writes nothing
/// and gives `None` when annotate-snippets must draw it.
pub(super) fn head<'a>(out: &mut String, head: &Head<'a>) -> Option<&'static str> {
    if !is_plain_title(head.title) || !is_plain_title(head.mark) || !is_plain_title(head.id) {
        return None;
    }
    let Some(place) = &head.at else {
        write_title(out, head);
        out.push_str("\n |");
        return Some("");
    };
    if !is_plain_title(place.path) {
        return None;
    }
    let line = Line::of(place.source, place.span)?;
    let digits = line.number.checked_ilog10().unwrap_or(0) as usize + 1;
    let gutter = SPACES.get(..digits)?;
    write_title(out, head);
    out.push('\n');
    out.push_str(gutter);
    out.push_str("--> ");
    out.push_str(place.path);
    out.push(':');
    push_decimal(out, line.number);
    out.push(':');
    push_decimal(out, line.start - line.from + 1);
    out.push('\n');
    out.push_str(gutter);
    out.push_str(" |\n");
    push_decimal(out, line.number);
    out.push_str(" | ");
    out.push_str(line.text);
    out.push('\n');
    out.push_str(gutter);
    out.push_str(" | ");
    out.extend(std::iter::repeat_n(' ', line.start - line.from));
    out.extend(std::iter::repeat_n('^', (line.end - line.start).max(1)));
    out.push('\n');
    out.push_str(gutter);
    out.push_str(" |");
    Some(gutter)
}

fn write_title(out: &mut String, head: &Head) {
    out.push_str(match head.severity {
        Severity::Error => "error[",
        Severity::Warning => "warning[",
    });
    out.push_str(head.id);
    out.push_str("]: ");
    out.push_str(head.title);
    out.push_str(head.mark);
}

/// Whether annotate-snippets writes `text` as it is: no line break, and no character it
/// replaces (controls, tabs, the zero-width joiner, bidi controls).
fn is_plain_title(text: &str) -> bool {
    // Those past ASCII all start with the byte 0xE2, so most text is passed on its bytes.
    let plain_byte = |b: &u8| *b >= b' ' && *b != 0x7f;
    if text.bytes().all(|b| plain_byte(&b) && b != 0xe2) {
        return true;
    }
    text.bytes().all(|b| plain_byte(&b))
        && !text.chars().any(|c| {
            c == '\u{200d}'
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        })
}

/// The one source line a span lies on, when it is drawn here.
#[derive(Debug, PartialEq, Eq)]
struct Line<'a> {
    /// Its number, from 1.
    number: usize,
    /// Byte offsets in the source: where the line starts, and the span's start and end.
    from: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

impl Line<'_> {
    /// The line, when the span starts on a character of it and ends within it, and the line is
    /// printable ASCII, at most [`MAX_LINE`] long, with no trailing space and at most
    /// [`MAX_INDENT`] leading ones.
    fn of(source: &str, span: Span) -> Option<Line<'_>> {
        let bytes = source.as_bytes();
        let start = span.start;
        let end = start.checked_add(span.len)?;
        let from = bytes[..start.min(bytes.len())]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let rest = bytes.get(from..)?;
        let to = from + rest.iter().take(MAX_LINE + 1).position(|&b| b == b'\n')?;
        let text = source.get(from..to)?;
        let printable = text.bytes().all(|b| (b' '..=b'~').contains(&b));
        let indent = text.bytes().take_while(|&b| b == b' ').count();
        if start >= to || end > to || !printable || indent > MAX_INDENT || text.ends_with(' ') {
            return None;
        }
        let number = 1 + bytes[..from].iter().filter(|&&b| b == b'\n').count();
        Some(Line {
            number,
            from,
            start,
            end,
            text,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, len: usize) -> Span {
        Span {
            line: 0,
            column: 0,
            start,
            len,
        }
    }

    #[test]
    fn only_spans_inside_one_plain_line_are_drawn_here() {
        let source = "a: 1\n  b: two\n\tc: 3\nd: é\ne: 5";
        let line = Line::of(source, span(7, 1)).unwrap();
        assert_eq!(
            (line.number, line.text, line.start - line.from),
            (2, "  b: two", 2)
        );
        assert!(
            Line::of(source, span(5, 0)).is_some(),
            "an empty span on a character"
        );
        assert!(Line::of(source, span(4, 0)).is_none(), "at the line break");
        assert!(Line::of(source, span(2, 5)).is_none(), "over two lines");
        assert!(Line::of(source, span(15, 1)).is_none(), "a tab");
        assert!(Line::of(source, span(21, 1)).is_none(), "not ASCII");
        assert!(
            Line::of(source, span(26, 1)).is_none(),
            "the last line has no break"
        );
        assert!(Line::of(source, span(99, 1)).is_none(), "past the end");
        let long = format!("k: {}\n", "x".repeat(MAX_LINE));
        assert!(
            Line::of(&long, span(0, 1)).is_none(),
            "long enough to be cut"
        );
    }
}
