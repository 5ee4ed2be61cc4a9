//! The loader's fast path: the parser's events turned straight into the JSON value and the span
//! index, in one pass, without building the located tree of `tree` first.
//!
//! It reads the plain YAML that specs are written in: block and flow collections, quoted
//! scalars, and plain scalars that are text, `true`/`false`, null, whole numbers and decimals
//! written in digits. On anything else (a tag, an anchor or alias, a merge key, a repeated key,
//! a key that YAML might read as something other than text, a number written another way, a
//! parse error, a limit reached) it gives up, and the loader reads the text the full way
//! (`load::read_tree`), which decides what such text means and words every message. So the two
//! readings only ever need to agree on ordinary specs, and `tests` holds them to that on the
//! samples, the fixtures and mutations of them.

use std::borrow::Cow;
use std::fmt::Write;

use granit_parser::{Event, Parser, ScalarStyle, Span as ParserSpan, StrInput};
use serde_json::{Map, Value};

use super::load::{MAX_DEPTH, Problem};
use super::schema;
use super::span::{NodeSpans, Span, SpanIndex, escape_pointer_segment};
use super::tree::{Node, scalar_to_json};

/// The most nodes the fast path reads; a larger file is left to the full reading and its
/// budget (which allows more, and says so when it is breached).
const MAX_NODES: usize = 100_000;

/// What one pass over the events gives, as the full reading would give it.
pub(super) struct Read {
    /// The spec as JSON, with amounts as written.
    pub json: Value,
    /// Every node's spans, by JSON pointer.
    pub index: SpanIndex,
    /// Whole numbers their key's type cannot hold.
    pub problems: Vec<Problem>,
}

/// Reads `source` in one pass, or `None` when it is not plain YAML of the kind specs are
/// written in (see the module documentation) and must be read the full way.
pub(super) fn read(source: &str) -> Option<Read> {
    let mut options = granit_parser::Options::default();
    options.emit_comments = false;
    let mut reader = Reader {
        source,
        events: Parser::new_from_str_with_options(source, options),
        // A spec has about one node per line: room for them all saves growing the index.
        index: SpanIndex::with_capacity(source.bytes().filter(|&b| b == b'\n').count()),
        problems: Vec::new(),
        nodes: 0,
    };
    if !matches!(reader.next()?.0, Event::StreamStart) {
        return None;
    }
    // A `%YAML` directive or a second document is left to the full reading.
    if !matches!(reader.next()?.0, Event::DocumentStart(_, None)) {
        return None;
    }
    let (event, span) = reader.next()?;
    let mut pointer = String::new();
    let root = Some(schema::schema_root());
    let json = reader.node(event, &span, &mut pointer, root, None, 0)?;
    if !matches!(reader.next()?.0, Event::DocumentEnd)
        || !matches!(reader.next()?.0, Event::StreamEnd)
    {
        return None;
    }
    Some(Read {
        json,
        index: reader.index,
        problems: reader.problems,
    })
}

struct Reader<'a> {
    source: &'a str,
    events: Parser<'a, StrInput<'a>>,
    index: SpanIndex,
    problems: Vec<Problem>,
    nodes: usize,
}

impl<'a> Reader<'a> {
    /// The next event, or `None` at a parse error or the end (both for the full reading).
    fn next(&mut self) -> Option<(Event<'a>, ParserSpan)> {
        self.events.next()?.ok()
    }

    /// Reads the node that starts with `event`, recording its spans under `pointer`.
    fn node(
        &mut self,
        event: Event<'a>,
        span: &ParserSpan,
        pointer: &mut String,
        schema: Option<&'static Value>,
        key: Option<Span>,
        depth: usize,
    ) -> Option<Value> {
        self.nodes += 1;
        // Well inside the full reading's limits, so that it is the one to report them.
        if self.nodes > MAX_NODES || depth + 2 >= MAX_DEPTH {
            return None;
        }
        let value = self.span(span)?;
        self.index.insert(pointer.clone(), NodeSpans { key, value });
        match event {
            Event::Scalar(text, style, 0, None) => {
                let scalar = plain_value(text, style)?;
                let at = (pointer.as_str(), schema);
                Some(scalar_to_json(
                    self.source,
                    &scalar,
                    value,
                    at,
                    &mut self.problems,
                ))
            }
            Event::SequenceStart(_, 0, None) => self.sequence(pointer, schema, depth),
            Event::MappingStart(_, 0, None) => self.mapping(pointer, schema, depth),
            _ => None,
        }
    }

    fn sequence(
        &mut self,
        pointer: &mut String,
        schema: Option<&'static Value>,
        depth: usize,
    ) -> Option<Value> {
        let mut items = Vec::new();
        loop {
            let (event, span) = self.next()?;
            if matches!(event, Event::SequenceEnd) {
                return Some(Value::Array(items));
            }
            let parent = pointer.len();
            write!(pointer, "/{}", items.len()).ok()?;
            let child = schema.and_then(|s| schema::schema_child(s, &pointer[parent + 1..]));
            let item = self.node(event, &span, pointer, child, None, depth + 1);
            pointer.truncate(parent);
            items.push(item?);
        }
    }

    fn mapping(
        &mut self,
        pointer: &mut String,
        schema: Option<&'static Value>,
        depth: usize,
    ) -> Option<Value> {
        let mut object = Map::new();
        loop {
            let (event, span) = self.next()?;
            let name = match event {
                Event::MappingEnd => return Some(Value::Object(object)),
                Event::Scalar(text, style, 0, None) if is_plain_key(&text, style) => text,
                _ => return None,
            };
            let key = self.span(&span)?;
            let parent = pointer.len();
            push_segment(pointer, &name);
            let child = schema.and_then(|s| schema::schema_child(s, &name));
            let value = self.next().and_then(|(event, span)| {
                self.node(event, &span, pointer, child, Some(key), depth + 1)
            });
            pointer.truncate(parent);
            // A repeated key is left to the full reading, which reports it.
            if object.insert(name.into_owned(), value?).is_some() {
                return None;
            }
        }
    }

    /// A parser span as the full reading locates it (`load::span_of`).
    fn span(&self, span: &ParserSpan) -> Option<Span> {
        let from = span.start.byte_offset()?;
        let to = span.end.byte_offset()?;
        let start = from.min(self.source.len());
        Some(Span {
            line: u32::try_from(span.start.line()).ok()?.max(1),
            column: u32::try_from(span.start.col() + 1).ok()?.max(1),
            start,
            len: to.saturating_sub(from).min(self.source.len() - start),
        })
    }
}

/// Appends `/segment` to a JSON pointer, escaped as `span::escape_pointer_segment` escapes it.
fn push_segment(pointer: &mut String, segment: &str) {
    pointer.push('/');
    if segment.contains(['~', '/']) {
        pointer.push_str(&escape_pointer_segment(segment));
    } else {
        pointer.push_str(segment);
    }
}

/// A key that is text however YAML reads it: not null, not a boolean, not a merge key, and not
/// starting as a number might.
fn is_plain_key(text: &str, style: ScalarStyle) -> bool {
    if style != ScalarStyle::Plain {
        return true;
    }
    let Some(first) = text.bytes().next() else {
        return false;
    };
    !(first.is_ascii_digit()
        || matches!(first, b'+' | b'-' | b'.' | b'~' | b'<')
        || matches!(
            text,
            "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
        ))
}

/// A scalar's YAML type, for the forms the fast path reads; `None` for any other form.
fn plain_value(text: Cow<'_, str>, style: ScalarStyle) -> Option<Node> {
    if style != ScalarStyle::Plain {
        return Some(Node::Text(text.into_owned()));
    }
    match text.as_ref() {
        "" | "~" | "null" | "Null" | "NULL" => return Some(Node::Null),
        "true" | "True" | "TRUE" => return Some(Node::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Node::Bool(false)),
        _ => {}
    }
    let bytes = text.as_bytes();
    match bytes.first() {
        Some(b'0'..=b'9') => {}
        // Signs and dots begin `.inf`, `-.nan`, `+1` and other forms left to the full reading.
        Some(b'-') => return negative(&text),
        Some(b'+' | b'.') => return None,
        _ => return Some(Node::Text(text.into_owned())),
    }
    if is_whole(bytes) {
        return text.parse().ok().map(Node::UInt);
    }
    if is_decimal(bytes) {
        return text
            .parse()
            .ok()
            .filter(|f: &f64| f.is_finite())
            .map(Node::Float);
    }
    // No number, in any form YAML knows, has another character, or digits joined by dashes
    // (dates, financial years).
    let numeric = |b: &u8| b.is_ascii_hexdigit() || b"+-._xXoO".contains(b);
    if !bytes.iter().all(numeric) || is_dashed_digits(bytes) {
        return Some(Node::Text(text.into_owned()));
    }
    None
}

/// `-` then a whole number or a decimal, as `plain_value` reads them.
fn negative(text: &str) -> Option<Node> {
    let digits = &text.as_bytes()[1..];
    if is_whole(digits) {
        return text.parse().ok().map(Node::Int);
    }
    if is_decimal(digits) {
        return text
            .parse()
            .ok()
            .filter(|f: &f64| f.is_finite())
            .map(Node::Float);
    }
    None
}

/// Digits without a redundant leading zero (`0`, `12`; not `012`, which is text).
fn is_whole(bytes: &[u8]) -> bool {
    !bytes.is_empty()
        && bytes.iter().all(u8::is_ascii_digit)
        && (bytes[0] != b'0' || bytes.len() == 1)
}

/// A whole number, a point and digits (`12.5`, `0.25`).
fn is_decimal(bytes: &[u8]) -> bool {
    bytes.iter().position(|&b| b == b'.').is_some_and(|point| {
        let (whole, fraction) = (&bytes[..point], &bytes[point + 1..]);
        is_whole(whole) && !fraction.is_empty() && fraction.iter().all(u8::is_ascii_digit)
    })
}

/// Groups of digits joined by single dashes: `2024-03-28`, `2024-25`.
fn is_dashed_digits(bytes: &[u8]) -> bool {
    bytes.contains(&b'-')
        && bytes
            .split(|&b| b == b'-')
            .all(|group| !group.is_empty() && group.iter().all(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests;
