//! The untyped, located YAML tree of the loader's full reading, and its conversion to JSON.
//!
//! Ordinary specs are read in one pass (`events`); text that pass leaves, and every parse
//! error, comes here. The parser (in `load`, the only module that parses YAML) drives the
//! visitors here; the tree remembers where every key and value is, which gives the span index,
//! and its JSON is what the schema is checked against. Scalars become JSON in
//! [`scalar_to_json`], which the one-pass reading shares.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use serde_saphyr::Spanned;

use super::integers::whole_number_problem;
use super::load::{Problem, span_of};
use super::schema;
use super::span::{NodeSpans, Span, SpanIndex, escape_pointer_segment};

/// An untyped YAML node.
#[derive(Debug)]
pub(super) enum Node {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Text(String),
    List(Vec<Spanned<Node>>),
    Map(Vec<(Spanned<MapKey>, Spanned<Node>)>),
}

/// A mapping key, as text whatever its YAML type.
#[derive(Debug)]
pub(super) struct MapKey(String);

impl<'de> Deserialize<'de> for MapKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = MapKey;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<MapKey, E> {
                Ok(MapKey(v.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<MapKey, E> {
                Ok(MapKey(String::new()))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NodeVisitor;
        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
                Ok(Node::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
                Ok(Node::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
                Ok(Node::UInt(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
                Ok(Node::Float(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Text(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
                Ok(Node::Text(v))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
                Node::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<Node>>()? {
                    items.push(item);
                }
                Ok(Node::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<Spanned<MapKey>, Spanned<Node>>()? {
                    entries.push(entry);
                }
                Ok(Node::Map(entries))
            }
        }
        deserializer.deserialize_any(NodeVisitor)
    }
}

/// An amount with comma groups written unquoted in a flow mapping (`{amount: 14,250,000}`):
/// YAML splits it at the commas into the number 14 and the keys `250` and `000`. Gives the
/// amount as written and how many of the following entries are its groups.
fn split_amount(
    source: &str,
    value: &Spanned<Node>,
    rest: &[(Spanned<MapKey>, Spanned<Node>)],
) -> Option<(String, Span, usize)> {
    if !matches!(value.value, Node::Int(0..) | Node::UInt(_)) {
        return None;
    }
    let first = span_of(source, &value.referenced);
    let text = |span: Span| {
        source
            .get(span.start..span.start + span.len)
            .unwrap_or_default()
    };
    let lead = text(first);
    if lead.is_empty() || lead.len() > 3 || !lead.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut groups = vec![lead.to_owned()];
    let mut end = first;
    for (key, group) in rest {
        let span = span_of(source, &key.referenced);
        let written = text(span);
        let (digits, pence) = written.split_once('.').unwrap_or((written, ""));
        let is_group = matches!(group.value, Node::Null)
            && digits.len() == 3
            && digits.bytes().all(|b| b.is_ascii_digit())
            && pence.len() <= 2
            && pence.bytes().all(|b| b.is_ascii_digit())
            && !groups.last().is_some_and(|g| g.contains('.'));
        if !is_group {
            break;
        }
        groups.push(written.to_owned());
        end = span;
    }
    if groups.len() < 2 {
        return None;
    }
    let span = Span {
        len: end.start + end.len - first.start,
        ..first
    };
    Some((groups.join(","), span, groups.len() - 1))
}

/// Converts the tree to JSON, recording every node's spans under its JSON pointer, and
/// amounts split at their commas and whole numbers their key cannot hold in `split`. Recursion is bounded by the parser's depth budget.
/// `schema` is the schema's node at `pointer`, found one step at a time on the way down.
pub(super) fn to_json(
    source: &str,
    node: &Spanned<Node>,
    (pointer, schema): (String, Option<&'static Value>),
    key: Option<Span>,
    index: &mut SpanIndex,
    split: &mut Vec<Problem>,
) -> Value {
    let value_span = span_of(source, &node.referenced);
    index.insert(
        &pointer,
        NodeSpans {
            key,
            value: value_span,
        },
    );
    match &node.value {
        Node::List(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let segment = i.to_string();
                    let child = schema.and_then(|s| schema::schema_child(s, &segment));
                    let at = (format!("{pointer}/{segment}"), child);
                    to_json(source, item, at, None, index, split)
                })
                .collect(),
        ),
        Node::Map(entries) => map_to_json(source, entries, (&pointer, schema), index, split),
        scalar => scalar_to_json(source, scalar, value_span, (&pointer, schema), split),
    }
}

/// A scalar's JSON, from its YAML type and where it is written. Both readings of the YAML
/// (this tree and `events`) convert scalars here, so they cannot disagree on a value.
pub(super) fn scalar_to_json(
    source: &str,
    scalar: &Node,
    value_span: Span,
    (pointer, schema): (&str, Option<&'static Value>),
    split: &mut Vec<Problem>,
) -> Value {
    match scalar {
        // Text where text is expected (`reference: 12345`), and money and percentages as
        // written, so that they are never rounded through a float.
        Node::Bool(_) | Node::Int(_) | Node::UInt(_) | Node::Float(_)
            if schema::expects_text_at(schema) || schema::exact_number_at(schema) =>
        {
            let end = (value_span.start + value_span.len).min(source.len());
            Value::String(source[value_span.start..end].to_owned())
        }
        Node::Bool(b) => Value::Bool(*b),
        Node::Int(_) | Node::UInt(_) | Node::Float(_) => {
            // A whole number the schema passes but its key's type cannot hold.
            split.extend(whole_number_problem(
                source, pointer, schema, scalar, value_span,
            ));
            match scalar {
                Node::Int(i) => Value::Number((*i).into()),
                Node::UInt(u) => Value::Number((*u).into()),
                Node::Float(f) => Number::from_f64(*f).map_or(Value::Null, Value::Number),
                _ => Value::Null,
            }
        }
        Node::Text(text) => Value::String(text.clone()),
        Node::Null | Node::List(_) | Node::Map(_) => Value::Null,
    }
}

/// [`scalar_to_json`] of a scalar the caller owns: its text is moved into the JSON, not copied.
pub(super) fn owned_scalar_to_json(
    source: &str,
    scalar: Node,
    value_span: Span,
    at: (&str, Option<&'static Value>),
    split: &mut Vec<Problem>,
) -> Value {
    match scalar {
        Node::Text(text) => Value::String(text),
        scalar => scalar_to_json(source, &scalar, value_span, at, split),
    }
}

/// Converts a mapping's entries, gathering an amount YAML split at its commas back into one
/// value so that the groups do not surface as keys the schema would also complain about.
fn map_to_json(
    source: &str,
    entries: &[(Spanned<MapKey>, Spanned<Node>)],
    (pointer, schema): (&str, Option<&'static Value>),
    index: &mut SpanIndex,
    split: &mut Vec<Problem>,
) -> Value {
    let mut object = Map::new();
    let mut skip = 0;
    for (at, (key, value)) in entries.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let child = format!("{pointer}/{}", escape_pointer_segment(&key.value.0));
        let key_span = span_of(source, &key.referenced);
        let child_schema = schema.and_then(|s| schema::schema_child(s, &key.value.0));
        let amount = schema::exact_number_at(child_schema)
            .then(|| split_amount(source, value, &entries[at + 1..]))
            .flatten();
        if let Some((amount, span, groups)) = amount {
            // The amount is checked no further: the problem is how it is written.
            skip = groups;
            let name = &key.value.0;
            index.insert(
                &child,
                NodeSpans {
                    key: Some(key_span),
                    value: span,
                },
            );
            split.push(split_amount_problem(name, &amount, span, child));
            object.insert(name.clone(), Value::String(amount));
            continue;
        }
        let at = (child, child_schema);
        let json = to_json(source, value, at, Some(key_span), index, split);
        object.insert(key.value.0.clone(), json);
    }
    Value::Object(object)
}

/// The problem for an amount split at its commas, showing how YAML read it.
fn split_amount_problem(name: &str, amount: &str, span: Span, pointer: String) -> Problem {
    Problem {
        span,
        message: format!(
            "`{name}: {amount}` is split at its commas: inside `{{ }}` YAML reads the number {} and the keys {}",
            amount.split(',').next().unwrap_or_default(),
            amount
                .split(',')
                .skip(1)
                .map(|g| format!("`{g}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        help: Some(format!(
            "quote amounts that contain commas: write `{name}: \"{amount}\"`"
        )),
        pointer: Some(pointer),
    }
}
