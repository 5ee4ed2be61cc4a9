//! The one YAML loader. Only this module parses YAML, and one function owns the parser options.
//!
//! A spec is read twice from the same text: once into an untyped tree that remembers where
//! every key and value is (giving the span index and the JSON the schema is checked against),
//! and, when the shape is right, once into the typed [`Spec`].

use std::fmt;
use std::path::Path;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use serde_saphyr::Spanned;

use super::agreement::Spec;
use super::pointer::Pointer;
use super::schema::{self, SchemaProblem};
use super::span::{NodeSpans, Span, SpanIndex, escape_pointer_segment};

/// The largest spec jointly reads. Real agreements are tens of kilobytes.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// The deepest nesting jointly reads. The spec format itself nests seven levels.
pub const MAX_DEPTH: usize = 32;

/// A spec that loaded: its typed model, its text and where everything is.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path the spec was read from, as the user gave it.
    pub path: String,
    /// The source text (without any byte-order mark).
    pub source: String,
    /// The typed spec.
    pub spec: Spec,
    /// The spans of every key and value, by JSON pointer.
    pub index: SpanIndex,
    /// The spec as JSON, as the schema saw it.
    pub json: Value,
}

/// Why a spec could not be loaded: one or more located problems.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{path}: {}", problems.first().map_or("could not be loaded", |p| p.message.as_str()))]
pub struct LoadError {
    /// The path as the user gave it.
    pub path: String,
    /// The source text, when the file could be read as text (for snippets).
    pub text: Option<String>,
    /// What is wrong, each at its place.
    pub problems: Vec<Problem>,
}

/// One reason a spec could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is (the start of the file when nothing better is known).
    pub span: Span,
    /// What is wrong, in a sentence.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// The JSON pointer of the node concerned, when known.
    pub pointer: Option<String>,
}

impl Problem {
    fn at(span: Span, message: impl Into<String>, help: Option<String>) -> Problem {
        Problem {
            span,
            message: message.into(),
            help,
            pointer: None,
        }
    }
}

/// Reads and loads the spec at `path`.
pub fn load_file(path: &Path) -> Result<Document, LoadError> {
    let shown = path.display().to_string();
    let fail = |message: String, help: Option<String>| LoadError {
        path: shown.clone(),
        text: None,
        problems: vec![Problem::at(Span::START, message, help)],
    };
    let metadata = std::fs::metadata(path).map_err(|e| fail(io_message(&e), None))?;
    if metadata.is_dir() {
        return Err(fail("is a directory, not a spec file".into(), None));
    }
    if metadata.len() > MAX_FILE_BYTES as u64 {
        return Err(fail(
            too_large(metadata.len() as usize),
            Some(too_large_help()),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(io_message(&e), None))?;
    load_bytes(&shown, &bytes)
}

fn io_message(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => {
            "permission denied: jointly cannot read this file".into()
        }
        _ => format!("cannot be read: {error}"),
    }
}

fn too_large(bytes: usize) -> String {
    format!(
        "the file is {:.1} MB; jointly reads specs of up to {} MB",
        bytes as f64 / 1_048_576.0,
        MAX_FILE_BYTES / 1_048_576
    )
}

fn too_large_help() -> String {
    "a spec is one agreement's text and data; split a very large framework into one spec per agreement".into()
}

/// Loads a spec from bytes; `path` is only used in messages.
pub fn load_bytes(path: &str, bytes: &[u8]) -> Result<Document, LoadError> {
    let fail = |text: Option<String>, problems: Vec<Problem>| LoadError {
        path: path.to_owned(),
        text,
        problems,
    };
    if bytes.len() > MAX_FILE_BYTES {
        let problem = Problem::at(Span::START, too_large(bytes.len()), Some(too_large_help()));
        return Err(fail(None, vec![problem]));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = String::from_utf8_lossy(&bytes[..error.valid_up_to()]).into_owned();
            let span = Span::at_offset(&valid, valid.len());
            let byte = bytes[error.valid_up_to()];
            let problem = Problem::at(
                span,
                format!("the file is not valid UTF-8 text (byte 0x{byte:02X})"),
                Some("save the file as UTF-8 (in most editors: Save As, encoding UTF-8)".into()),
            );
            return Err(fail(Some(valid), vec![problem]));
        }
    };
    // A byte-order mark is what some Windows editors write first; it carries no meaning.
    let source = text.strip_prefix('\u{feff}').unwrap_or(text).to_owned();
    if source.trim().is_empty() {
        let problem = Problem::at(
            Span::START,
            "the file is empty",
            Some("start the spec with `jointly: 1` and an `agreement:` section".into()),
        );
        return Err(fail(Some(source), vec![problem]));
    }

    let tree: Spanned<Node> = match parse(&source) {
        Ok(tree) => tree,
        Err(error) => {
            return Err(fail(
                Some(source.clone()),
                vec![yaml_problem(&source, &error)],
            ));
        }
    };
    let mut index = SpanIndex::default();
    let mut split_amounts = Vec::new();
    let json = to_json(
        &source,
        &tree,
        String::new(),
        None,
        &mut index,
        &mut split_amounts,
    );

    let mut problems: Vec<Problem> = schema::validate(&json)
        .into_iter()
        .map(|p| located(p, &index))
        .collect();
    if !split_amounts.is_empty() {
        problems.extend(split_amounts);
        problems.sort_by_key(|p| p.span.start);
    }
    if !problems.is_empty() {
        return Err(fail(Some(source), problems));
    }

    // The JSON has passed the schema, so the typed model is read from it rather than by
    // parsing the YAML again. Should that still fail, the YAML parse gives a located message.
    let spec = match Spec::deserialize(&json) {
        Ok(spec) => spec,
        Err(json_error) => {
            let problem = match parse::<Spec>(&source) {
                Err(error) => yaml_problem(&source, &error),
                Ok(_) => Problem::at(Span::START, json_error.to_string(), None),
            };
            return Err(fail(Some(source.clone()), vec![problem]));
        }
    };
    let problems = inconsistencies(&spec, &index);
    if !problems.is_empty() {
        return Err(fail(Some(source), problems));
    }
    Ok(Document {
        path: path.to_owned(),
        source,
        spec,
        index,
        json,
    })
}

/// What makes a spec ambiguous rather than incomplete: two parties or schemes with one id, and
/// financial years that are not a year and the next.
fn inconsistencies(spec: &Spec, index: &SpanIndex) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut at = |pointer: String, message: String, help: &str| {
        let span = index
            .get(&pointer)
            .map_or_else(|| index.locate(&pointer), |s| s.value);
        problems.push(Problem {
            span,
            message,
            help: Some(help.to_owned()),
            pointer: Some(pointer),
        });
    };
    let party_ids: Vec<&str> = spec.parties.iter().map(|p| p.id.as_str()).collect();
    let scheme_ids: Vec<&str> = spec.schemes.iter().map(|s| s.id.as_str()).collect();
    for (pointer, id) in party_references(spec) {
        if !party_ids.contains(&id) {
            let listed = party_ids
                .iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let help = match schema::suggest(id, party_ids.iter().copied()) {
                Some(best) => format!("did you mean `{best}`? The party ids are {listed}"),
                None if party_ids.is_empty() => {
                    "the spec lists no `parties`: add the party there and use its `id`".to_owned()
                }
                None => format!("use the `id` of one of the `parties`: {listed}"),
            };
            at(
                pointer.to_string(),
                format!("`{id}` is not the id of any party"),
                &help,
            );
        }
    }
    for (list, ids) in [("parties", party_ids), ("schemes", scheme_ids)] {
        for (i, id) in ids.iter().enumerate() {
            if ids[..i].contains(id) {
                at(
                    format!("/{list}/{i}/id"),
                    format!("the id `{id}` is used by two {list}"),
                    "give each an id of its own; ids are how the rest of the spec refers to them",
                );
            }
        }
    }
    let mut years = Vec::new();
    for (i, scheme) in spec.schemes.iter().enumerate() {
        if let Some(year) = scheme
            .pooled_fund
            .as_ref()
            .and_then(|p| p.financial_year.as_ref())
        {
            years.push((format!("/schemes/{i}/pooled_fund/financial_year"), year));
        }
        for (j, delegation) in scheme.delegations.iter().enumerate() {
            for (k, payment) in delegation.payments.iter().enumerate() {
                if let Some(year) = &payment.financial_year {
                    years.push((
                        format!("/schemes/{i}/delegations/{j}/payments/{k}/financial_year"),
                        year,
                    ));
                }
            }
        }
        for (j, funding) in scheme.other_funding.iter().enumerate() {
            if let Some(year) = &funding.financial_year {
                years.push((
                    format!("/schemes/{i}/other_funding/{j}/financial_year"),
                    year,
                ));
            }
        }
    }
    for (pointer, year) in years {
        if !year.is_consecutive() {
            let help = match year.suggestion() {
                Some(canonical) => format!(
                    "a financial year is a year and the next: write {canonical} for the year from April {}",
                    &canonical[..4]
                ),
                None => "write a financial year as a year and the next, e.g. 2024/25".to_owned(),
            };
            at(
                pointer,
                format!("`{}` is not a financial year", year.0),
                &help,
            );
        }
    }
    problems.sort_by_key(|p| p.span.start);
    problems
}

/// Every key that must hold the `id` of one of the `parties`, with its value. Keys that take a
/// party id or another body's name (`nhs_contracts_with`, `consents[].by`, `other_funding`'s
/// `from` and `to`) are not among them.
fn party_references(spec: &Spec) -> Vec<(Pointer, &str)> {
    let mut references = Vec::new();
    for (k, consent) in spec.consents.iter().enumerate() {
        let pointer = Pointer::root().key("consents").index(k).key("for");
        references.push((pointer, consent.given_to.as_str()));
    }
    for (i, scheme) in spec.schemes.iter().enumerate() {
        for (j, delegation) in scheme.delegations.iter().enumerate() {
            let base = Pointer::delegation(i, j);
            references.push((base.clone().key("from"), delegation.from.as_str()));
            references.push((base.clone().key("to"), delegation.to.as_str()));
            for (k, payment) in delegation.payments.iter().enumerate() {
                let pointer = base.clone().key("payments").index(k).key("from");
                references.push((pointer, payment.from.as_str()));
            }
        }
        if let Some(pool) = &scheme.pooled_fund {
            let base = Pointer::pool(i);
            if let Some(host) = &pool.host {
                references.push((base.clone().key("host"), host.as_str()));
            }
            if let Some(employer) = pool.manager.as_ref().and_then(|m| m.employer.as_ref()) {
                let pointer = base.clone().key("manager").key("employer");
                references.push((pointer, employer.as_str()));
            }
            for (j, contribution) in pool.contributions.iter().enumerate() {
                let pointer = base.clone().key("contributions").index(j).key("party");
                references.push((pointer, contribution.party.as_str()));
            }
            for (key, shares) in pool
                .risk_share
                .iter()
                .flat_map(|r| [("overspend", &r.overspend), ("underspend", &r.underspend)])
            {
                for (j, share) in shares.iter().enumerate() {
                    let pointer = base
                        .clone()
                        .key("risk_share")
                        .key(key)
                        .index(j)
                        .key("party");
                    references.push((pointer, share.party.as_str()));
                }
            }
        }
        for (j, entry) in scheme.resources.iter().flatten().enumerate() {
            let pointer = Pointer::scheme(i).key("resources").index(j).key("party");
            references.push((pointer, entry.party.as_str()));
        }
    }
    references
}

/// The one place parser options are set.
fn parse<T: de::DeserializeOwned>(source: &str) -> Result<T, serde_saphyr::Error> {
    let options = serde_saphyr::options! {
        // `NO`, `yes`, `00445790` and `1_000` stay text: no YAML 1.1 type guessing.
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        underscored_numbers_as_strings: true,
        merge_keys: serde_saphyr::options::MergeKeyPolicy::Error,
        duplicate_keys: serde_saphyr::options::DuplicateKeyPolicy::Error,
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_anchors: 64,
            max_aliases: 256,
            max_nodes: 200_000,
        },
    };
    serde_saphyr::from_str_with_options(source, options)
}

fn yaml_problem(source: &str, error: &serde_saphyr::Error) -> Problem {
    let span = error
        .location()
        .map_or(Span::START, |location| span_of(source, &location));
    let formatter = serde_saphyr::UserMessageFormatter;
    let rendered = error.render_with_options(serde_saphyr::render_options! {
        formatter: &formatter,
        snippets: serde_saphyr::SnippetMode::Off,
    });
    let raw = strip_location_suffix(rendered.lines().next().unwrap_or_default());
    let span = misplaced_tab(source, span, raw).unwrap_or(span);
    let help = yaml_help(source, span, raw);
    let message = budget_message(raw).unwrap_or_else(|| raw.to_owned());
    Problem::at(span, message, help)
}

/// Says in plain words which limit a hostile or runaway file broke.
fn budget_message(message: &str) -> Option<String> {
    let breach = message.split("limits breached: ").nth(1)?;
    let what = if breach.starts_with("Depth") {
        format!("nests more than {MAX_DEPTH} levels deep")
    } else if breach.starts_with("Nodes") || breach.starts_with("Events") {
        "expands to more values than any spec has (for example through repeated aliases)".to_owned()
    } else if breach.starts_with("Aliases") || breach.starts_with("Anchors") {
        "uses more anchors or aliases than jointly allows in a spec".to_owned()
    } else {
        format!("is larger or more complex than any spec ({breach})")
    };
    Some(format!("the YAML {what}"))
}

/// serde-saphyr appends " at line L column C"; jointly shows locations its own way.
fn strip_location_suffix(message: &str) -> &str {
    match message.find(" at line ") {
        Some(cut) => &message[..cut],
        None => message,
    }
}

/// The line of `source` that `span` is on.
fn line_of(source: &str, span: Span) -> &str {
    source
        .lines()
        .nth(span.line.saturating_sub(1) as usize)
        .unwrap_or_default()
}

/// Where the tab is, when a tab inside a list item is what the parser stumbled on but it
/// reports another place: the tab among a list item's dashes and spaces (`- \t- x`), or the
/// first tab after the place the parser gave up at when its message is about a tab (the
/// parser reports a tab on the line after a scalar at that scalar). A tab indenting the line
/// the parser reports is already reported there.
fn misplaced_tab(source: &str, span: Span, message: &str) -> Option<Span> {
    let line = line_of(source, span);
    if line.trim_start_matches(' ').starts_with('\t') {
        return None;
    }
    let lead = line.len() - line.trim_start_matches([' ', '-', '\t']).len();
    if let Some(at) = line[..lead].find('\t') {
        let start = source[..span.start.min(source.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        return Some(Span::at_offset(source, start + at));
    }
    let lower = message.to_lowercase();
    if !lower.contains("a tab") && !lower.contains("tabs") {
        return None;
    }
    let from = span.start.min(source.len());
    source[from..]
        .find('\t')
        .map(|at| Span::at_offset(source, from + at))
}

fn yaml_help(source: &str, span: Span, message: &str) -> Option<String> {
    let line = line_of(source, span);
    let lower = message.to_lowercase();
    let before = line.chars().take(span.column as usize).collect::<String>();
    if line.trim_start_matches(' ').starts_with('\t') {
        Some("YAML does not allow tabs for indentation; indent with spaces".into())
    } else if before.ends_with('\t') {
        Some("YAML does not allow tabs in indentation, in a list item's `- ` or before a key; indent with spaces".into())
    } else if lower.contains("duplicate") {
        Some("each key may appear only once in a section; remove or rename the repeated key".into())
    } else if lower.contains("limits breached")
        || lower.contains("depth")
        || lower.contains("recursion")
    {
        Some(format!(
            "a spec nests at most {MAX_DEPTH} levels and uses few anchors and aliases; write the data out in full"
        ))
    } else if lower.contains("merge") {
        Some("merge keys (`<<`) are not allowed in specs; write the keys out in full".into())
    } else {
        None
    }
}

fn span_of(source: &str, location: &serde_saphyr::Location) -> Span {
    let line = u32::try_from(location.line()).unwrap_or(u32::MAX).max(1);
    let column = u32::try_from(location.column()).unwrap_or(u32::MAX).max(1);
    let span = location.span();
    match (span.byte_offset(), span.byte_len()) {
        (Some(start), Some(len)) => {
            let start = usize::try_from(start)
                .unwrap_or(source.len())
                .min(source.len());
            let len = usize::try_from(len).unwrap_or(0).min(source.len() - start);
            Span {
                line,
                column,
                start,
                len,
            }
        }
        _ => offset_of(source, line, column),
    }
}

fn offset_of(source: &str, line: u32, column: u32) -> Span {
    let line_start: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let rest = &source[line_start.min(source.len())..];
    let start = line_start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1) as usize)
            .map_or(rest.len(), |(i, _)| i);
    Span::at_offset(source, start)
}

fn located(problem: SchemaProblem, index: &SpanIndex) -> Problem {
    let span = match (&problem.at_key, index.get(&problem.pointer)) {
        (true, Some(spans)) => spans.anchor(),
        (false, Some(spans)) => spans.value,
        (_, None) => index.locate(&problem.pointer),
    };
    Problem {
        span,
        message: problem.message,
        help: problem.help,
        pointer: Some(problem.pointer),
    }
}

/// An untyped YAML node.
#[derive(Debug)]
enum Node {
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
struct MapKey(String);

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
/// amounts split at their commas in `split`. Recursion is bounded by the parser's depth budget.
fn to_json(
    source: &str,
    node: &Spanned<Node>,
    pointer: String,
    key: Option<Span>,
    index: &mut SpanIndex,
    split: &mut Vec<Problem>,
) -> Value {
    let value_span = span_of(source, &node.referenced);
    index.insert(
        pointer.clone(),
        NodeSpans {
            key,
            value: value_span,
        },
    );
    match &node.value {
        // Text where text is expected (`reference: 12345`), and money and percentages as
        // written, so that they are never rounded through a float.
        Node::Bool(_) | Node::Int(_) | Node::UInt(_) | Node::Float(_)
            if schema::expects_text(&pointer) || schema::exact_number(&pointer) =>
        {
            let end = (value_span.start + value_span.len).min(source.len());
            Value::String(source[value_span.start..end].to_owned())
        }
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(*b),
        Node::Int(i) => Value::Number((*i).into()),
        Node::UInt(u) => Value::Number((*u).into()),
        Node::Float(f) => Number::from_f64(*f).map_or(Value::Null, Value::Number),
        Node::Text(text) => Value::String(text.clone()),
        Node::List(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    to_json(source, item, format!("{pointer}/{i}"), None, index, split)
                })
                .collect(),
        ),
        Node::Map(entries) => {
            let mut object = Map::new();
            let mut skip = 0;
            for (at, (key, value)) in entries.iter().enumerate() {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let child = format!("{pointer}/{}", escape_pointer_segment(&key.value.0));
                let key_span = span_of(source, &key.referenced);
                let amount = schema::exact_number(&child)
                    .then(|| split_amount(source, value, &entries[at + 1..]))
                    .flatten();
                if let Some((amount, span, groups)) = amount {
                    // The amount is checked no further: the problem is how it is written.
                    skip = groups;
                    let name = &key.value.0;
                    index.insert(
                        child.clone(),
                        NodeSpans {
                            key: Some(key_span),
                            value: span,
                        },
                    );
                    split.push(Problem {
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
                        pointer: Some(child),
                    });
                    object.insert(name.clone(), Value::String(amount));
                    continue;
                }
                let json = to_json(source, value, child, Some(key_span), index, split);
                object.insert(key.value.0.clone(), json);
            }
            Value::Object(object)
        }
    }
}
