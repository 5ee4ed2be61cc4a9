//! Source locations and the index from JSON pointers to them.

use rustc_hash::FxHashMap;

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
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SpanIndex {
    // Keys are the spec's own JSON pointers; FxHash is fast and needs no DoS resistance here
    // because the file size and node count are capped before the index is built.
    nodes: FxHashMap<String, NodeSpans>,
}

impl SpanIndex {
    /// An empty index with room for about `nodes` nodes.
    pub(crate) fn with_capacity(nodes: usize) -> SpanIndex {
        SpanIndex {
            nodes: FxHashMap::with_capacity_and_hasher(nodes, Default::default()),
        }
    }

    pub(crate) fn insert(&mut self, pointer: String, spans: NodeSpans) {
        self.nodes.insert(pointer, spans);
    }

    /// The spans of the node at `pointer`, if the spec has that node.
    pub fn get(&self, pointer: &str) -> Option<NodeSpans> {
        self.nodes.get(pointer).copied()
    }

    /// Every node, by pointer, in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = (&str, NodeSpans)> {
        self.nodes
            .iter()
            .map(|(pointer, spans)| (pointer.as_str(), *spans))
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
            if let Some(spans) = self.nodes.get(current) {
                return spans.anchor();
            }
            match current.rfind('/') {
                Some(cut) => current = &current[..cut],
                None => return Span::START,
            }
        }
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
            "/schemes/0/pooled_fund".into(),
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
