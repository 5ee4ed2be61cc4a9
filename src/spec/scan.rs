//! A scanner purpose-built for the YAML specs are written in, in front of the parser on the
//! loader's fast path (`events`). It reads block mappings with plain keys, block sequences
//! (with `- key: value` items), plain scalars on one line, quoted scalars on one line, literal
//! and folded block scalars, flow collections on one line and comments, and gives each node the
//! span the parser gives it, so that every location is the same whichever of them read it.
//!
//! It gives up (`None`) on anything else: tabs, carriage returns and other control
//! characters, document markers and directives, anchors, aliases, tags, complex keys, quoted
//! keys, multi-line plain or quoted scalars, indentation it is not sure of. The parser then
//! reads the text (and, behind it, the full reading), so giving up is always safe; `tests`
//! holds the scanner's events equal to the parser's on everything it does not give up on.

mod agree;
mod scalars;

pub use agree::{scanned_events, scanner_agrees};

use std::borrow::Cow;

use granit_parser::ScalarStyle;

use super::events::Item;
use super::span::Span;

/// Deeper than the one-pass reading goes (it leaves deep nesting to the full reading).
const MAX_NESTING: usize = 40;

/// The events of `source` with their spans, or `None` when the scanner is not certain of them.
pub(super) fn scan(source: &str) -> Option<Vec<(Item<'_>, Span)>> {
    let mut scanner = Scanner {
        src: source,
        bytes: source.as_bytes(),
        lines: lines(source)?,
        out: Vec::with_capacity(source.len() / 16),
    };
    let first = scanner.next_content(0)?;
    if scanner.indent(first) != 0 || scanner.is_dash(first, 0) {
        return None;
    }
    let after = scanner.mapping(first, 0, scanner.lines[first].start, 0)?;
    if scanner.next_content(after).is_some() {
        return None;
    }
    Some(scanner.out)
}

/// One line of the source: where it starts and ends (before its `\n`), and how many spaces
/// begin it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Line {
    start: usize,
    end: usize,
    indent: usize,
}

/// Each line of `source`, read once; `None` when the text has a character
/// the scanner leaves to the parser (tabs, carriage returns and other control characters, a
/// byte-order mark, the characters YAML does not print) or a line starts a document marker or
/// directive (`---`, `...`, `%`).
fn lines(source: &str) -> Option<Vec<Line>> {
    let bytes = source.as_bytes();
    if !printable(bytes) {
        return None;
    }
    let mut lines = Vec::with_capacity(bytes.len() / 32 + 1);
    let mut start = 0;
    // A last line without its `\n` ends at the end of the text.
    let last = !bytes.is_empty() && !bytes.ends_with(b"\n");
    let ends = memchr::memchr_iter(b'\n', bytes).chain(last.then_some(bytes.len()));
    for end in ends {
        let text = &bytes[start..end];
        let marker = matches!(text.first(), Some(b'-' | b'.' | b'%'))
            && (text.starts_with(b"---") || text.starts_with(b"...") || text.starts_with(b"%"));
        if marker {
            return None;
        }
        let indent = text.iter().take_while(|&&b| b == b' ').count();
        lines.push(Line { start, end, indent });
        start = end + 1;
    }
    Some(lines)
}

/// Whether `bytes` (UTF-8) has no character the scanner leaves to the parser; line breaks
/// are the only control characters it reads.
fn printable(bytes: &[u8]) -> bool {
    // Most of a spec is printable ASCII, which a pass without branches over each chunk
    // tells; only a chunk with anything else is read a character at a time.
    const CHUNK: usize = 64;
    bytes.chunks(CHUNK).enumerate().all(|(n, chunk)| {
        let other = chunk.iter().fold(false, |other, &b| {
            other | (!(0x20..0x7F).contains(&b) & (b != b'\n'))
        });
        !other || (n * CHUNK..n * CHUNK + chunk.len()).all(|at| printable_at(bytes, at))
    })
}

/// Whether the byte at `at` of `bytes` (UTF-8) is a line break or starts (or continues) a
/// character the scanner reads.
fn printable_at(bytes: &[u8], at: usize) -> bool {
    match bytes[at] {
        b'\n' => true,
        0..0x20 | 0x7F => false,
        0xC2.. => !unprintable(&bytes[at..]),
        _ => true,
    }
}

/// Whether the UTF-8 text `bytes` starts with a character outside ASCII that the scanner
/// leaves to the parser: a C1 control (U+0080 to U+009F), a byte-order mark (U+FEFF), U+FFFE,
/// U+FFFF, or a line or paragraph separator (U+2028, U+2029).
fn unprintable(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [0xC2, 0x80..=0x9F, ..]
            | [0xE2, 0x80, 0xA8 | 0xA9, ..]
            | [0xEF, 0xBB, 0xBF, ..]
            | [0xEF, 0xBF, 0xBE | 0xBF, ..]
    )
}

struct Scanner<'a> {
    src: &'a str,
    bytes: &'a [u8],
    /// Each line's start and end byte (the end before its `\n`).
    lines: Vec<Line>,
    out: Vec<(Item<'a>, Span)>,
}

/// Bytes that cannot start a plain scalar or key in the subset the scanner reads.
fn is_indicator(b: u8) -> bool {
    matches!(
        b,
        b'-' | b'?'
            | b':'
            | b','
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'#'
            | b'&'
            | b'*'
            | b'!'
            | b'|'
            | b'>'
            | b'\''
            | b'"'
            | b'%'
            | b'@'
            | b'`'
    )
}

/// The bytes a plain key the scanner reads cannot hold: flow indicators, quotes, and the
/// `:` and `#` that YAML may read as ending the key or starting a comment.
const NOT_IN_KEY: [bool; 256] = {
    let mut table = [false; 256];
    let stops = b",[]{}#'\":";
    let mut n = 0;
    while n < stops.len() {
        table[stops[n] as usize] = true;
        n += 1;
    }
    table
};

impl<'a> Scanner<'a> {
    /// The span of `len` bytes at byte `at` of line `line` (from 0).
    fn span(&self, line: usize, at: usize, len: usize) -> Span {
        let start = self.lines.get(line).map_or(at, |l| l.start);
        let before = &self.bytes[start..at];
        let column = if before.is_ascii() {
            before.len()
        } else {
            self.src[start..at].chars().count()
        };
        Span {
            line: u32::try_from(line + 1).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
            start: at,
            len,
        }
    }

    fn push(&mut self, item: Item<'a>, span: Span) {
        self.out.push((item, span));
    }

    fn end(&mut self, item: Item<'a>) {
        self.out.push((item, Span::START));
    }

    /// Pushes the start of a collection, and gives where it is in `out`, for [`Self::close`].
    fn open(&mut self, item: Item<'a>, span: Span) -> usize {
        self.push(item, span);
        self.out.len() - 1
    }

    /// Ends the collection `open` started at `opened`, and records in its start how many
    /// entries or items it has, so that the reader makes room for them up front.
    fn close(&mut self, opened: usize, size: usize, end: Item<'a>) {
        if let Some((Item::MappingStart(room) | Item::SequenceStart(room), _)) =
            self.out.get_mut(opened)
        {
            *room = size;
        }
        self.end(end);
    }

    /// Spaces at the start of line `i`.
    fn indent(&self, i: usize) -> usize {
        self.lines[i].indent
    }

    /// Whether line `i` is only spaces.
    fn is_blank(&self, i: usize) -> bool {
        let line = self.lines[i];
        line.indent == line.end - line.start
    }

    /// The first line from `i` that is neither blank nor only a comment.
    fn next_content(&self, i: usize) -> Option<usize> {
        (i..self.lines.len()).find(|&j| {
            let line = self.lines[j];
            let at = line.start + line.indent;
            at < line.end && self.bytes[at] != b'#'
        })
    }

    /// The first line from `i` that is not blank (a comment counts).
    fn next_nonblank(&self, i: usize) -> Option<usize> {
        (i..self.lines.len()).find(|&j| !self.is_blank(j))
    }

    /// Whether line `i` has a block sequence's `-` at column `n`.
    fn is_dash(&self, i: usize, n: usize) -> bool {
        let Line { start, end, .. } = self.lines[i];
        self.dash_at(start + n, end)
    }

    /// Whether byte `at` (before `end`) is a `-` followed by a space or the end of the line.
    fn dash_at(&self, at: usize, end: usize) -> bool {
        at < end && self.bytes[at] == b'-' && (at + 1 == end || self.bytes[at + 1] == b' ')
    }

    /// The first byte from `at` that is not a space, before `end`.
    fn skip_spaces(&self, mut at: usize, end: usize) -> usize {
        while at < end && self.bytes[at] == b' ' {
            at += 1;
        }
        at
    }

    /// A block mapping whose keys are at column `n`, the first at byte `first` of line `i`.
    /// Gives the line after it.
    fn mapping(&mut self, mut i: usize, n: usize, first: usize, depth: usize) -> Option<usize> {
        if depth > MAX_NESTING {
            return None;
        }
        let opened = self.open(Item::MappingStart(0), self.span(i, first, 0));
        let mut at = first;
        for size in 1.. {
            let colon = self.key_colon(i, at)?;
            self.key(i, at, colon)?;
            let after = self.value(i, colon, n, depth)?;
            match self.next_content(after) {
                Some(j) if self.indent(j) == n && !self.is_dash(j, n) => {
                    i = j;
                    at = self.lines[j].start + n;
                }
                Some(j) if self.indent(j) >= n => return None,
                next => {
                    self.close(opened, size, Item::MappingEnd);
                    return Some(next.unwrap_or(self.lines.len()));
                }
            }
        }
        None
    }

    /// The `:` ending the key that starts at byte `at` of line `i`: the first `:` followed by
    /// a space or the end of the line, before any comment.
    fn key_colon(&self, i: usize, at: usize) -> Option<usize> {
        let end = self.lines[i].end;
        let mut p = at;
        while let Some(found) = memchr::memchr2(b':', b'#', &self.bytes[p..end]) {
            p += found;
            match self.bytes[p] {
                b':' if p + 1 == end || self.bytes[p + 1] == b' ' => return Some(p),
                b'#' if p > at && self.bytes[p - 1] == b' ' => return None,
                _ => p += 1,
            }
        }
        None
    }

    /// The plain key from byte `at` to the `:` at `colon`, on line `i`.
    fn key(&mut self, i: usize, at: usize, colon: usize) -> Option<()> {
        let text = &self.bytes[at..colon];
        let plain = text.first().is_some_and(|&b| !is_indicator(b))
            && text.len() < 1000
            && !text.ends_with(b" ")
            && !text.iter().any(|&b| NOT_IN_KEY[usize::from(b)]);
        if !plain {
            return None;
        }
        let key = Item::Scalar(Cow::Borrowed(&self.src[at..colon]), ScalarStyle::Plain);
        self.push(key, self.span(i, at, colon - at));
        Some(())
    }

    /// The value of the key whose `:` is at byte `colon` of line `i`, in a mapping at column
    /// `n`. Gives the line after it.
    fn value(&mut self, i: usize, colon: usize, n: usize, depth: usize) -> Option<usize> {
        let end = self.lines[i].end;
        let at = self.skip_spaces(colon + 1, end);
        if at < end && self.bytes[at] != b'#' {
            return self.inline_value(i, at, n, depth);
        }
        match self.next_content(i + 1) {
            Some(j) if self.indent(j) > n => self.block(j, depth),
            Some(j) if self.indent(j) == n && self.is_dash(j, n) => {
                self.sequence(j, n, true, depth + 1)
            }
            _ => {
                self.push(empty(), self.span(i, colon, 0));
                Some(i + 1)
            }
        }
    }

    /// The block collection whose first line is line `j`.
    fn block(&mut self, j: usize, depth: usize) -> Option<usize> {
        let indent = self.indent(j);
        if self.is_dash(j, indent) {
            self.sequence(j, indent, false, depth + 1)
        } else {
            self.mapping(j, indent, self.lines[j].start + indent, depth + 1)
        }
    }

    /// A block sequence whose `-` are at column `n`, the first on line `i`. Gives the line
    /// after it. The parser locates a sequence at its first `-`, or, when it is `indentless`
    /// (at its key's column), at what follows that `-` on its line (else the line's end).
    fn sequence(
        &mut self,
        mut i: usize,
        n: usize,
        indentless: bool,
        depth: usize,
    ) -> Option<usize> {
        if depth > MAX_NESTING {
            return None;
        }
        let Line { start, end, .. } = self.lines[i];
        let mut at = start + n;
        if indentless {
            at = self.skip_spaces(at + 1, end);
            if at < end && self.bytes[at] == b'#' {
                at = end;
            }
        }
        let opened = self.open(Item::SequenceStart(0), self.span(i, at, 0));
        for size in 1.. {
            let after = self.item(i, n, depth)?;
            match self.next_content(after) {
                Some(j) if self.indent(j) == n && self.is_dash(j, n) => i = j,
                Some(j) if self.indent(j) > n => return None,
                next => {
                    self.close(opened, size, Item::SequenceEnd);
                    return Some(next.unwrap_or(self.lines.len()));
                }
            }
        }
        None
    }

    /// The item of a sequence at column `n` whose `-` is on line `i`. Gives the line after it.
    fn item(&mut self, i: usize, n: usize, depth: usize) -> Option<usize> {
        let Line { start, end, .. } = self.lines[i];
        let at = self.skip_spaces(start + n + 1, end);
        if at == end || self.bytes[at] == b'#' {
            return match self.next_content(i + 1) {
                Some(j) if self.indent(j) > n => self.block(j, depth),
                _ => {
                    self.push(empty(), self.span(i, end, 0));
                    Some(i + 1)
                }
            };
        }
        if self.dash_at(at, end) {
            return None;
        }
        if !is_indicator(self.bytes[at]) && self.key_colon(i, at).is_some() {
            return self.mapping(i, at - start, at, depth + 1);
        }
        self.inline_value(i, at, n, depth)
    }

    /// A value starting at byte `at` of line `i`, in a collection at column `n`. Gives the
    /// line after it.
    fn inline_value(&mut self, i: usize, at: usize, n: usize, depth: usize) -> Option<usize> {
        let end = match self.bytes[at] {
            b'|' | b'>' => return self.block_scalar(i, at, n),
            b'{' | b'[' => self.flow(i, at, depth + 1)?,
            b'\'' | b'"' => self.quoted(i, at)?,
            b'-' if self
                .bytes
                .get(at + 1)
                .is_some_and(|&b| b != b' ' && b != b'\n') =>
            {
                self.plain(i, at)?
            }
            b if is_indicator(b) => return None,
            _ => self.plain(i, at)?,
        };
        self.line_ends(i, end)?;
        // A more indented line after it would continue a scalar or be an error.
        match self.next_nonblank(i + 1) {
            Some(j) if self.indent(j) > n => None,
            _ => Some(i + 1),
        }
    }

    /// Whether only spaces and a comment follow byte `at` on line `i`.
    fn line_ends(&self, i: usize, at: usize) -> Option<()> {
        let end = self.lines[i].end;
        let p = self.skip_spaces(at, end);
        (p == end || (p > at && self.bytes[p] == b'#')).then_some(())
    }

    /// A plain scalar on one line from byte `at` of line `i`; gives the byte after it.
    fn plain(&mut self, i: usize, at: usize) -> Option<usize> {
        let end = self.lines[i].end;
        let mut p = at;
        let stop = loop {
            let Some(found) = memchr::memchr2(b'#', b':', &self.bytes[p..end]) else {
                break end;
            };
            p += found;
            match self.bytes[p] {
                b'#' if self.bytes[p - 1] == b' ' => break p,
                b':' if p + 1 == end || self.bytes[p + 1] == b' ' => return None,
                _ => p += 1,
            }
        };
        let text = self.src[at..stop].trim_end_matches(' ');
        let item = Item::Scalar(Cow::Borrowed(text), ScalarStyle::Plain);
        self.push(item, self.span(i, at, text.len()));
        Some(at + text.len())
    }
}

/// The parser's empty scalar (a key with no value, an empty item).
fn empty<'a>() -> Item<'a> {
    Item::Scalar(Cow::Borrowed("~"), ScalarStyle::Plain)
}

#[cfg(test)]
mod tests;
