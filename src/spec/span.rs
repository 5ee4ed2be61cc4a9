//! Source locations and the index from JSON pointers to them.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

/// A place in a spec's source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub column: u32,
    /// Byte offset of the start in the source text.
    pub start: usize,
    /// Length in bytes (at least 1 where the source has text there).
    pub len: usize,
}

impl Span {
    /// The span of the first character of the file.
    pub const START: Span = Span {
        line: 1,
        column: 1,
        start: 0,
        len: 0,
    };

    /// The span at a byte offset of `source`, one character long.
    pub fn at_offset(source: &str, offset: usize) -> Span {
        let offset = offset.min(source.len());
        let before = &source[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        let len = source[offset..].chars().next().map_or(0, char::len_utf8);
        Span {
            line: to_u32(line),
            column: to_u32(column),
            start: offset,
            len,
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Where a node of the spec is: its key (for a mapping member) and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeSpans {
    /// The key's span, for members of a mapping.
    pub key: Option<Span>,
    /// The value's span.
    pub value: Span,
}

impl NodeSpans {
    /// Where a diagnostic about this node points: its key when it has one (the line a reader
    /// looks for), otherwise its value.
    pub fn anchor(&self) -> Span {
        self.key.unwrap_or(self.value)
    }
}

/// Maps every JSON pointer in a spec to the spans of its key and value.
///
/// A spec has about one node per line, and the index is built for every spec loaded, so its
/// layout keeps allocations per document rather than per node: every pointer's text is kept
/// in one string, and the table holds only each node's place in it.
#[derive(Clone, Default)]
pub struct SpanIndex {
    /// Every pointer's text, one after another.
    pointers: String,
    /// Each node: where its pointer is in `pointers`, and its spans.
    nodes: Vec<Entry>,
    /// The position in `nodes` of each node, found by its pointer's hash. FxHash is fast and
    /// needs no DoS resistance here because the file size and node count are capped before the
    /// index is built.
    table: HashTable<usize>,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    pointer: (usize, usize),
    spans: NodeSpans,
}

fn hash(pointer: &str) -> u64 {
    FxBuildHasher.hash_one(pointer)
}

impl SpanIndex {
    /// An empty index with room for about `nodes` nodes.
    pub(crate) fn with_capacity(nodes: usize) -> SpanIndex {
        SpanIndex {
            pointers: String::with_capacity(nodes * 24),
            nodes: Vec::with_capacity(nodes),
            table: HashTable::with_capacity(nodes),
        }
    }

    fn pointer(&self, node: usize) -> &str {
        let (start, end) = self.nodes[node].pointer;
        &self.pointers[start..end]
    }

    /// The position in `nodes` of the node at `pointer`.
    fn find(&self, pointer: &str) -> Option<usize> {
        self.table
            .find(hash(pointer), |&node| self.pointer(node) == pointer)
            .copied()
    }

    /// Records the spans of the node at `pointer` (replacing any it had).
    pub(crate) fn insert(&mut self, pointer: &str, spans: NodeSpans) {
        match self.find(pointer) {
            Some(node) => self.nodes[node].spans = spans,
            None => self.insert_new(pointer, spans),
        }
    }

    /// Records the spans of the node at `pointer`, which the index does not have yet: for a
    /// reading that records each node once (and gives the index up on a repeated key), which
    /// need not look for the node first. A pointer recorded twice is listed twice.
    pub(crate) fn insert_new(&mut self, pointer: &str, spans: NodeSpans) {
        let start = self.pointers.len();
        self.pointers.push_str(pointer);
        let node = self.nodes.len();
        self.nodes.push(Entry {
            pointer: (start, self.pointers.len()),
            spans,
        });
        let SpanIndex {
            pointers,
            nodes,
            table,
        } = self;
        let rehash = |&node: &usize| {
            let (start, end) = nodes[node].pointer;
            hash(&pointers[start..end])
        };
        table.insert_unique(hash(pointer), node, rehash);
    }

    /// The spans of the node at `pointer`, if the spec has that node.
    pub fn get(&self, pointer: &str) -> Option<NodeSpans> {
        self.find(pointer).map(|node| self.nodes[node].spans)
    }

    /// Every node, by pointer, in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = (&str, NodeSpans)> {
        (0..self.nodes.len()).map(|node| (self.pointer(node), self.nodes[node].spans))
    }

    /// How many nodes the index has.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the index has no node.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The innermost node whose key or scalar value covers the byte `offset`, with whether
    /// the offset is on its key; `None` between nodes.
    pub fn node_at(&self, offset: usize) -> Option<(&str, NodeSpans, bool)> {
        let covers = |span: Span| span.start <= offset && offset <= span.start + span.len;
        self.entries()
            .filter_map(|(pointer, spans)| match spans.key {
                Some(key) if covers(key) => Some((pointer, spans, true)),
                _ if covers(spans.value) => Some((pointer, spans, false)),
                _ => None,
            })
            // The deepest node, and of two at one depth (a key and its value) the shorter span.
            .max_by_key(|(pointer, spans, on_key)| {
                let span = if *on_key {
                    spans.key.unwrap_or(spans.value)
                } else {
                    spans.value
                };
                (
                    pointer.matches('/').count(),
                    std::cmp::Reverse(span.len),
                    *pointer,
                )
            })
    }

    /// Where to point for `pointer`: the node itself, or, when it is missing, the nearest
    /// ancestor the spec does have, so that a missing key is reported at its parent's key.
    pub fn locate(&self, pointer: &str) -> Span {
        let mut current = pointer;
        loop {
            if let Some(spans) = self.get(current) {
                return spans.anchor();
            }
            match current.rfind('/') {
                Some(cut) => current = &current[..cut],
                None => return Span::START,
            }
        }
    }
}

/// Two indexes are equal when they have the same nodes with the same spans, whatever order
/// the nodes were recorded in.
impl PartialEq for SpanIndex {
    fn eq(&self, other: &SpanIndex) -> bool {
        self.len() == other.len()
            && self
                .entries()
                .all(|(pointer, spans)| other.get(pointer) == Some(spans))
    }
}

impl std::fmt::Debug for SpanIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.entries()).finish()
    }
}

/// Escapes one segment of a JSON pointer (RFC 6901).
pub fn escape_pointer_segment(segment: &str) -> String {
    if segment.contains(['~', '/']) {
        segment.replace('~', "~0").replace('/', "~1")
    } else {
        segment.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustc_hash::FxHashMap;

    fn spans(n: usize) -> NodeSpans {
        let span = |start| Span {
            line: 1,
            column: 1,
            start,
            len: 1,
        };
        NodeSpans {
            key: (!n.is_multiple_of(3)).then(|| span(n + 1)),
            value: span(n),
        }
    }

    /// The index is a map: whatever is recorded, in whatever order and however often, it
    /// answers as the map of pointers to spans it replaced.
    #[test]
    fn the_index_answers_as_a_map_of_pointers_would() {
        let mut index = SpanIndex::with_capacity(0);
        let mut map: FxHashMap<String, NodeSpans> = FxHashMap::default();
        let mut seed = 7u64;
        for n in 0..5_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let pointer = match seed >> 61 {
                0 => String::new(),
                1 => format!("/a~1b/{}", (seed >> 40) % 50),
                _ => format!("/schemes/{}/k{}", (seed >> 40) % 40, (seed >> 20) % 30),
            };
            index.insert(&pointer, spans(n));
            map.insert(pointer, spans(n));
        }
        assert_eq!(index.len(), map.len());
        let entries: FxHashMap<&str, NodeSpans> = index.entries().collect();
        assert_eq!(entries.len(), map.len(), "a pointer listed twice");
        for (pointer, spans) in &map {
            assert_eq!(index.get(pointer), Some(*spans), "{pointer}");
            assert_eq!(entries.get(pointer.as_str()), Some(spans), "{pointer}");
            let missing = format!("{pointer}/missing");
            assert_eq!(index.get(&missing), None);
            assert_eq!(index.locate(&missing), spans.anchor());
        }
        let mut copy = SpanIndex::default();
        for (pointer, spans) in index.entries().collect::<Vec<_>>().into_iter().rev() {
            copy.insert(pointer, spans);
        }
        assert_eq!(copy, index, "equal whatever the order of recording");
        copy.insert("/another", spans(1));
        assert_ne!(copy, index);
    }

    #[test]
    fn missing_nodes_are_located_at_their_nearest_ancestor() {
        let mut index = SpanIndex::default();
        let parent = Span {
            line: 4,
            column: 3,
            start: 40,
            len: 11,
        };
        index.insert(
            "/schemes/0/pooled_fund",
            NodeSpans {
                key: Some(parent),
                value: Span::START,
            },
        );
        assert_eq!(index.locate("/schemes/0/pooled_fund/host"), parent);
        assert_eq!(index.locate("/nothing/here"), Span::START);
    }

    #[test]
    fn offsets_count_characters_for_columns() {
        let source = "a: £5\nb: x";
        let span = Span::at_offset(source, "a: £".len());
        assert_eq!((span.line, span.column), (1, 5));
        let span = Span::at_offset(source, source.len() - 1);
        assert_eq!((span.line, span.column), (2, 4));
    }
}
