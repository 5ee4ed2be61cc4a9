//! The scanner's scalars and flow collections: block scalars (`|`, `>`), quoted scalars on
//! one line, and flow mappings and sequences on one line.

use std::borrow::Cow;

use granit_parser::ScalarStyle;

use super::{MAX_NESTING, Scanner, is_indicator};
use crate::spec::events::Item;

/// How a block scalar's final line breaks are kept.
#[derive(Clone, Copy, PartialEq)]
enum Chomping {
    Strip,
    Clip,
    Keep,
}

impl<'a> Scanner<'a> {
    /// A block scalar whose indicator (`|` or `>`) is at byte `at` of line `i`, in a
    /// collection at column `n`. Gives the line after it.
    pub(super) fn block_scalar(&mut self, i: usize, at: usize, n: usize) -> Option<usize> {
        let literal = self.bytes[at] == b'|';
        let (chomping, header_end) = match self.bytes.get(at + 1) {
            Some(b'-') => (Chomping::Strip, at + 2),
            Some(b'+') => (Chomping::Keep, at + 2),
            _ => (Chomping::Clip, at + 1),
        };
        self.line_ends(i, header_end)?;
        let first = i + 1;
        // Leading blank lines, and an empty scalar, are left to the parser.
        if first >= self.lines.len() || self.is_blank(first) {
            return None;
        }
        let m = self.indent(first);
        if m <= n {
            return None;
        }
        // The text is no longer than the lines it is read from (and a line break): room for
        // them saves growing it line by line.
        let last = (first..self.lines.len())
            .take_while(|&j| self.is_blank(j) || self.indent(j) >= m)
            .last()
            .unwrap_or(first);
        let mut text = String::with_capacity(self.lines[last].end + 1 - self.lines[first].start);
        let mut blanks = 0;
        let mut j = first;
        while j < self.lines.len() {
            let super::Line { start, end, .. } = self.lines[j];
            if self.is_blank(j) {
                // Spaces past the indentation would be text.
                if end - start > m {
                    return None;
                }
                blanks += 1;
            } else if self.indent(j) < m {
                break;
            } else {
                let line = &self.src[start + m..end];
                if j > first {
                    fold(&mut text, literal, blanks);
                }
                // A more indented line keeps its breaks in a folded scalar: left to the parser.
                if !literal && line.starts_with(' ') {
                    return None;
                }
                text.push_str(line);
                blanks = 0;
            }
            j += 1;
        }
        let stop = match self.lines.get(j) {
            Some(line) => line.start + line.indent,
            None if self.src.ends_with('\n') => self.src.len(),
            None => return None,
        };
        match chomping {
            Chomping::Strip => {}
            Chomping::Clip => text.push('\n'),
            Chomping::Keep => text.extend(std::iter::repeat_n('\n', blanks + 1)),
        }
        let style = if literal {
            ScalarStyle::Literal
        } else {
            ScalarStyle::Folded
        };
        let begin = self.lines[first].start + m;
        self.push(
            Item::Scalar(Cow::Owned(text), style),
            self.span(first, begin, stop - begin),
        );
        Some(j)
    }

    /// A quoted scalar on one line, its opening quote at byte `at` of line `i`; gives the byte
    /// after its closing quote.
    pub(super) fn quoted(&mut self, i: usize, at: usize) -> Option<usize> {
        let end = self.lines[i].end;
        let (text, close) = if self.bytes[at] == b'\'' {
            self.single_quoted(at + 1, end)?
        } else {
            self.double_quoted(at + 1, end)?
        };
        let style = if self.bytes[at] == b'\'' {
            ScalarStyle::SingleQuoted
        } else {
            ScalarStyle::DoubleQuoted
        };
        self.push(Item::Scalar(text, style), self.span(i, at, close + 1 - at));
        Some(close + 1)
    }

    fn single_quoted(&self, from: usize, end: usize) -> Option<(Cow<'a, str>, usize)> {
        let mut p = from;
        let mut doubled = false;
        loop {
            if p >= end {
                return None;
            }
            if self.bytes[p] == b'\'' {
                if self.bytes.get(p + 1) == Some(&b'\'') {
                    doubled = true;
                    p += 2;
                    continue;
                }
                break;
            }
            p += 1;
        }
        let raw = &self.src[from..p];
        let text = if doubled {
            Cow::Owned(raw.replace("''", "'"))
        } else {
            Cow::Borrowed(raw)
        };
        Some((text, p))
    }

    fn double_quoted(&self, from: usize, end: usize) -> Option<(Cow<'a, str>, usize)> {
        let close = from
            + self.bytes[from..end]
                .iter()
                .position(|&b| b == b'"' || b == b'\\')?;
        if self.bytes[close] == b'"' {
            return Some((Cow::Borrowed(&self.src[from..close]), close));
        }
        let mut text = String::from(&self.src[from..close]);
        let mut p = close;
        loop {
            if p >= end {
                return None;
            }
            match self.bytes[p] {
                b'"' => return Some((Cow::Owned(text), p)),
                b'\\' => {
                    let (c, len) = escape(&self.bytes[p + 1..end])?;
                    text.push(c);
                    p += 1 + len;
                }
                _ => {
                    let c = self.src[p..].chars().next()?;
                    text.push(c);
                    p += c.len_utf8();
                }
            }
        }
    }

    /// A flow mapping or sequence on one line, its bracket at byte `at` of line `i`; gives the
    /// byte after its closing bracket.
    pub(super) fn flow(&mut self, i: usize, at: usize, depth: usize) -> Option<usize> {
        if depth > MAX_NESTING {
            return None;
        }
        let end = self.lines[i].end;
        let mapping = self.bytes[at] == b'{';
        let (start, close, stop) = if mapping {
            (Item::MappingStart(0), b'}', Item::MappingEnd)
        } else {
            (Item::SequenceStart(0), b']', Item::SequenceEnd)
        };
        self.push(start, self.span(i, at, 1));
        let mut p = self.skip_spaces(at + 1, end);
        if self.bytes.get(p) == Some(&close) {
            self.end(stop);
            return Some(p + 1);
        }
        loop {
            if mapping {
                p = self.flow_plain(i, p, true)?;
                if self.bytes.get(p) != Some(&b':') || self.bytes.get(p + 1) != Some(&b' ') {
                    return None;
                }
                p = self.skip_spaces(p + 1, end);
            }
            p = self.flow_node(i, p, depth)?;
            p = self.skip_spaces(p, end);
            match self.bytes.get(p) {
                Some(b',') if p < end => {
                    p = self.skip_spaces(p + 1, end);
                    if self.bytes.get(p) == Some(&close) {
                        return None;
                    }
                }
                Some(&b) if b == close && p < end => {
                    self.end(stop);
                    return Some(p + 1);
                }
                _ => return None,
            }
        }
    }

    fn flow_node(&mut self, i: usize, at: usize, depth: usize) -> Option<usize> {
        match self.bytes.get(at)? {
            b'{' | b'[' => self.flow(i, at, depth + 1),
            b'\'' | b'"' => self.quoted(i, at),
            _ => self.flow_plain(i, at, false),
        }
    }

    /// A plain scalar in a flow collection from byte `at` of line `i`, up to a `,`, a bracket
    /// or (for a key) its `:`; gives the byte after it.
    fn flow_plain(&mut self, i: usize, at: usize, key: bool) -> Option<usize> {
        let end = self.lines[i].end;
        let first = *self.bytes.get(at).filter(|_| at < end)?;
        let negative = first == b'-' && self.bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
        if is_indicator(first) && !negative {
            return None;
        }
        let mut p = at;
        while p < end {
            match self.bytes[p] {
                b',' | b'[' | b']' | b'{' | b'}' => break,
                b':' if key => break,
                b':' | b'#' | b'\'' | b'"' => return None,
                _ => p += 1,
            }
        }
        if p < end && matches!(self.bytes[p], b'[' | b'{') {
            return None;
        }
        let text = self.src[at..p].trim_end_matches(' ');
        if text.is_empty() || (key && text.len() != p - at) {
            return None;
        }
        let item = Item::Scalar(Cow::Borrowed(text), ScalarStyle::Plain);
        self.push(item, self.span(i, at, text.len()));
        Some(at + text.len())
    }
}

/// Joins the next line of a block scalar to `text`, after `blanks` blank lines.
fn fold(text: &mut String, literal: bool, blanks: usize) {
    if literal {
        text.extend(std::iter::repeat_n('\n', blanks + 1));
    } else if blanks == 0 {
        text.push(' ');
    } else {
        text.extend(std::iter::repeat_n('\n', blanks));
    }
}

/// The character a double-quoted escape stands for (`bytes` follow the backslash), and how
/// many bytes it takes.
fn escape(bytes: &[u8]) -> Option<(char, usize)> {
    let simple = match bytes.first()? {
        b'0' => '\0',
        b'a' => '\u{7}',
        b'b' => '\u{8}',
        b't' => '\t',
        b'n' => '\n',
        b'v' => '\u{B}',
        b'f' => '\u{C}',
        b'r' => '\r',
        b'e' => '\u{1B}',
        b' ' => ' ',
        b'"' => '"',
        b'/' => '/',
        b'\\' => '\\',
        b'N' => '\u{85}',
        b'_' => '\u{A0}',
        b'L' => '\u{2028}',
        b'P' => '\u{2029}',
        b'x' => return hex(bytes, 2),
        b'u' => return hex(bytes, 4),
        b'U' => return hex(bytes, 8),
        _ => return None,
    };
    Some((simple, 1))
}

fn hex(bytes: &[u8], digits: usize) -> Option<(char, usize)> {
    let code = bytes.get(1..=digits)?;
    if !code.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    let value = u32::from_str_radix(std::str::from_utf8(code).ok()?, 16).ok()?;
    Some((char::from_u32(value)?, digits + 1))
}
