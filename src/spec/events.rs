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

use granit_parser::{Event, Parser, ScalarStyle, Span as ParserSpan, StrInput};
use serde_json::{Map, Value};

use super::load::{MAX_DEPTH, Problem};
use super::pointer::push_index;
use super::schema;
use super::span::{NodeSpans, Span, SpanIndex, escape_pointer_segment};
use super::tree::{Node, owned_scalar_to_json};

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

/// One event of a spec's YAML, as the one-pass reading consumes it: a scalar's text (after
/// YAML's folding and escapes) and style, or where a collection starts and ends. A start
/// holds how many entries or items follow when its source knows (the scanner for block
/// collections), and 0 otherwise: room the reader makes for them up front.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Item<'a> {
    Scalar(Cow<'a, str>, ScalarStyle),
    MappingStart(usize),
    MappingEnd,
    SequenceStart(usize),
    SequenceEnd,
}

/// A node's events with their spans, located as the full reading locates them
/// (`load::span_of`); the spans of ends are not read and are [`Span::START`].
pub(super) trait Source<'a>: Iterator<Item = (Item<'a>, Span)> {
    /// Whether the text ended cleanly after the last event (one document, nothing after it).
    fn ended(&mut self) -> bool;
}

/// Reads `source` in one pass, or `None` when it is not plain YAML of the kind specs are
/// written in (see the module documentation) and must be read the full way. The purpose-built
/// scanner (`scan`) gives the events when it reads the text with certainty; otherwise the
/// parser does.
pub(super) fn read(source: &str) -> Option<Read> {
    match super::scan::scan(source) {
        Some(items) => read_from(source, Scanned(items.into_iter())),
        None => read_from(source, Parsed::new(source)?),
    }
}

/// The one-pass reading of `events`, the events of `source`.
pub(super) fn read_from<'a>(source: &'a str, events: impl Source<'a>) -> Option<Read> {
    // Room for every node saves growing the index: the scanner says how many events there are
    // (a node has one or two); for the parser, a spec has about one node per line.
    let nodes = match events.size_hint().0 {
        0 => source.bytes().filter(|&b| b == b'\n').count(),
        events => events,
    };
    let mut reader = Reader {
        source,
        events,
        index: SpanIndex::with_capacity(nodes),
        problems: Vec::new(),
        nodes: 0,
    };
    let (item, span) = reader.events.next()?;
    let mut pointer = String::new();
    let root = Some(schema::schema_root());
    let json = reader.node(item, span, &mut pointer, root, None, 0)?;
    if reader.events.next().is_some() || !reader.events.ended() {
        return None;
    }
    Some(Read {
        json,
        index: reader.index,
        problems: reader.problems,
    })
}

/// The scanner's events, all read before the first is consumed.
pub(super) struct Scanned<'a>(pub std::vec::IntoIter<(Item<'a>, Span)>);

impl<'a> Iterator for Scanned<'a> {
    type Item = (Item<'a>, Span);
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<'a> Source<'a> for Scanned<'a> {
    fn ended(&mut self) -> bool {
        true
    }
}

/// The parser's events, as [`Item`]s; it stops at anything else (a tag, an anchor, an alias,
/// a parse error), and [`Source::ended`] is then false.
pub(super) struct Parsed<'a> {
    source: &'a str,
    events: Parser<'a, StrInput<'a>>,
    ended: bool,
}

impl<'a> Parsed<'a> {
    /// The parser over `source`, past the start of its one document; `None` for a `%YAML`
    /// directive or anything else before the document (both for the full reading).
    pub(super) fn new(source: &'a str) -> Option<Parsed<'a>> {
        let mut options = granit_parser::Options::default();
        options.emit_comments = false;
        let mut events = Parser::new_from_str_with_options(source, options);
        if !matches!(events.next()?.ok()?.0, Event::StreamStart) {
            return None;
        }
        if !matches!(events.next()?.ok()?.0, Event::DocumentStart(_, None)) {
            return None;
        }
        Some(Parsed {
            source,
            events,
            ended: false,
        })
    }
}

impl<'a> Iterator for Parsed<'a> {
    type Item = (Item<'a>, Span);

    fn next(&mut self) -> Option<Self::Item> {
        let (event, span) = self.events.next()?.ok()?;
        let item = match event {
            Event::Scalar(text, style, 0, None) => Item::Scalar(text, style),
            Event::SequenceStart(_, 0, None) => Item::SequenceStart(0),
            Event::MappingStart(_, 0, None) => Item::MappingStart(0),
            Event::SequenceEnd => return Some((Item::SequenceEnd, Span::START)),
            Event::MappingEnd => return Some((Item::MappingEnd, Span::START)),
            Event::DocumentEnd => {
                self.ended = matches!(self.events.next(), Some(Ok((Event::StreamEnd, _))));
                return None;
            }
            _ => return None,
        };
        Some((item, parser_span(self.source, &span)?))
    }
}

impl<'a> Source<'a> for Parsed<'a> {
    fn ended(&mut self) -> bool {
        self.ended
    }
}

/// A parser span as the full reading locates it (`load::span_of`).
fn parser_span(source: &str, span: &ParserSpan) -> Option<Span> {
    let from = span.start.byte_offset()?;
    let to = span.end.byte_offset()?;
    let start = from.min(source.len());
    Some(Span {
        line: u32::try_from(span.start.line()).ok()?.max(1),
        column: u32::try_from(span.start.col() + 1).ok()?.max(1),
        start,
        len: to.saturating_sub(from).min(source.len() - start),
    })
}

struct Reader<'a, S> {
    source: &'a str,
    events: S,
    index: SpanIndex,
    problems: Vec<Problem>,
    nodes: usize,
}

impl<'a, S: Source<'a>> Reader<'a, S> {
    /// Reads the node that starts with `item`, recording its spans under `pointer`.
    fn node(
        &mut self,
        item: Item<'a>,
        value: Span,
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
        // Each pointer comes once, unless a key is repeated, which gives the reading up.
        self.index.insert_new(pointer, NodeSpans { key, value });
        match item {
            Item::Scalar(text, style) => {
                let scalar = plain_value(text, style)?;
                let at = (pointer.as_str(), schema);
                Some(owned_scalar_to_json(
                    self.source,
                    scalar,
                    value,
                    at,
                    &mut self.problems,
                ))
            }
            Item::SequenceStart(size) => self.sequence(pointer, schema, size, depth),
            Item::MappingStart(size) => self.mapping(pointer, schema, size, depth),
            _ => None,
        }
    }

    fn sequence(
        &mut self,
        pointer: &mut String,
        schema: Option<&'static Value>,
        size: usize,
        depth: usize,
    ) -> Option<Value> {
        let mut items = Vec::with_capacity(size);
        loop {
            let (item, span) = self.events.next()?;
            if matches!(item, Item::SequenceEnd) {
                debug_assert!(size == 0 || size == items.len(), "{size} items foretold");
                return Some(Value::Array(items));
            }
            let parent = pointer.len();
            push_index(pointer, items.len());
            let child = schema.and_then(|s| schema::schema_child(s, &pointer[parent + 1..]));
            let value = self.node(item, span, pointer, child, None, depth + 1);
            pointer.truncate(parent);
            items.push(value?);
        }
    }

    fn mapping(
        &mut self,
        pointer: &mut String,
        schema: Option<&'static Value>,
        size: usize,
        depth: usize,
    ) -> Option<Value> {
        let mut object = Map::with_capacity(size);
        loop {
            let (item, key) = self.events.next()?;
            let name = match item {
                Item::MappingEnd => {
                    debug_assert!(size == 0 || size == object.len(), "{size} keys foretold");
                    return Some(Value::Object(object));
                }
                Item::Scalar(text, style) if is_plain_key(&text, style) => text,
                _ => return None,
            };
            let parent = pointer.len();
            push_segment(pointer, &name);
            let child = schema.and_then(|s| schema::schema_child(s, &name));
            let value = self.events.next().and_then(|(item, span)| {
                self.node(item, span, pointer, child, Some(key), depth + 1)
            });
            pointer.truncate(parent);
            // A repeated key is left to the full reading, which reports it.
            if object.insert(name.into_owned(), value?).is_some() {
                return None;
            }
        }
    }
}

/// Appends `/segment` to a JSON pointer, escaped as `span::escape_pointer_segment` escapes it.
fn push_segment(pointer: &mut String, segment: &str) {
    pointer.push('/');
    if segment.bytes().any(|b| b == b'~' || b == b'/') {
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
pub(super) mod tests;
