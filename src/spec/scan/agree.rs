//! Holding the scanner to the parser: the comparison the tests and the benchmark use.

use super::scan;
use crate::spec::events::{Item, Parsed, Read, Scanned, Source, read_from};
use crate::spec::span::Span;

/// The parser's events for `source`, as the one-pass reading consumes them; `None` when the
/// one-pass reading would not read them (a parse error, a tag, an anchor, a second document).
fn parsed(source: &str) -> Option<Vec<(Item<'_>, Span)>> {
    let mut events = Parsed::new(source)?;
    let items: Vec<_> = events.by_ref().collect();
    events.ended().then_some(items)
}

/// Whether the scanner reads `source` exactly as the parser does: `Ok(false)` when it gives
/// up, `Ok(true)` when its events (every scalar's text and style, every span) and the one-pass
/// reading of them (the JSON, every span in the index, the problems) equal the parser's, and
/// otherwise the first difference.
#[doc(hidden)]
pub fn scanner_agrees(source: &str) -> Result<bool, String> {
    let Some(scanned) = scan(source) else {
        return Ok(false);
    };
    let Some(parsed) = parsed(source) else {
        return Err("the scanner read text the parser does not read in one pass".into());
    };
    // The sizes of collections are the scanner's own (the parser's are 0).
    let events: Vec<_> = scanned.iter().map(sizeless).collect();
    if let Some(at) = (0..events.len().max(parsed.len())).find(|&i| events.get(i) != parsed.get(i))
    {
        return Err(format!(
            "event {at}: the scanner gives {:?}, the parser {:?}",
            events.get(at),
            parsed.get(at)
        ));
    }
    let ours = read_from(source, Scanned(scanned.into_iter()));
    let theirs = Parsed::new(source).and_then(|events| read_from(source, events));
    match (ours, theirs) {
        (None, None) => Ok(true),
        (Some(ours), Some(theirs)) if same(&ours, &theirs) => Ok(true),
        _ => Err("the one-pass readings differ".into()),
    }
}

/// An event without the size of a collection it starts.
fn sizeless<'a>((item, span): &(Item<'a>, Span)) -> (Item<'a>, Span) {
    match item {
        Item::MappingStart(_) => (Item::MappingStart(0), *span),
        Item::SequenceStart(_) => (Item::SequenceStart(0), *span),
        item => (item.clone(), *span),
    }
}

fn same(a: &Read, b: &Read) -> bool {
    a.json == b.json && a.index == b.index && a.problems == b.problems
}

/// How many events the scanner gives for `source`, or `None` when it gives up (for the
/// benchmark).
#[doc(hidden)]
pub fn scanned_events(source: &str) -> Option<usize> {
    scan(source).map(|events| events.len())
}
