//! The one YAML loader. Only this module parses YAML, and one function owns the parser options.
//!
//! A spec is read in two steps. First its YAML becomes untyped JSON and an index of where every
//! key and value is; the schema is checked against that JSON. Ordinary specs are read in one
//! pass over the parser's events (`events`); anything else, and every parse error, is read the
//! full way, through a located tree (`tree`). Then, when the shape is right, the JSON becomes
//! the typed [`Spec`].

use std::path::Path;

use serde::de::{self, Deserialize};
use serde_json::Value;
use serde_saphyr::Spanned;

use super::agreement::Spec;
use super::events;
use super::references::inconsistencies;
use super::schema::{self, SchemaProblem};
use super::span::{Span, SpanIndex};
use super::tags::unsupported_tags;
use super::tree::{Node, to_json};
use super::units::in_pounds;

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
    read_and_load(path, None)
        .unwrap_or_else(|| Err(fail_at_start(path, "is not a spec".into(), None)))
}

/// Reads the file at `path` once and loads it if `is_spec` accepts its first
/// [`MAX_FILE_BYTES`] bytes; `None` when it does not. What cannot be read, or is not a regular
/// file, is loaded (and so reported) without asking; a file over the size cap is read only as
/// far as the cap, and reported as too large when those bytes show it is a spec.
pub fn load_file_if(
    path: &Path,
    is_spec: impl Fn(&[u8]) -> bool,
) -> Option<Result<Document, LoadError>> {
    read_and_load(path, Some(&is_spec))
}

fn fail_at_start(path: &Path, message: String, help: Option<String>) -> LoadError {
    LoadError {
        path: crate::paths::display(path),
        text: None,
        problems: vec![Problem::at(Span::START, message, help)],
    }
}

/// Whether a file's first bytes are a spec's.
type Sniff<'a> = &'a dyn Fn(&[u8]) -> bool;

fn read_and_load(path: &Path, is_spec: Option<Sniff<'_>>) -> Option<Result<Document, LoadError>> {
    let fail =
        |message: String, help: Option<String>| Some(Err(fail_at_start(path, message, help)));
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) => return fail(super::read::missing(path, &e), None),
    };
    if !metadata.is_file() {
        return fail(super::read::not_a_file(path, &metadata), None);
    }
    let oversize = metadata.len() > MAX_FILE_BYTES as u64;
    if oversize && is_spec.is_none() {
        return fail(too_large(metadata.len() as usize), Some(too_large_help()));
    }
    // Over the cap, only as far as the cap, to see whether it is a spec.
    let limit = MAX_FILE_BYTES - usize::from(oversize);
    let bytes = match super::read::at_most(
        path,
        limit,
        usize::try_from(metadata.len()).unwrap_or(limit),
    ) {
        Ok(bytes) => bytes,
        Err(e) => return fail(io_message(&e), None),
    };
    if let Some(is_spec) = is_spec
        && !is_spec(&bytes[..bytes.len().min(MAX_FILE_BYTES)])
    {
        return None;
    }
    if oversize {
        return fail(too_large(metadata.len() as usize), Some(too_large_help()));
    }
    if bytes.len() > MAX_FILE_BYTES {
        // The file grew after its size was read.
        return fail(too_large(bytes.len()), Some(too_large_help()));
    }
    Some(load_owned(crate::paths::display(path), bytes))
}

pub(super) fn io_message(error: &std::io::Error) -> String {
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
    load_owned(path.to_owned(), bytes.to_vec())
}

/// [`load_bytes`] for bytes the loader may keep: a file's bytes become its source text
/// without a copy.
fn load_owned(path: String, bytes: Vec<u8>) -> Result<Document, LoadError> {
    let fail = |text: Option<String>, problems: Vec<Problem>| LoadError {
        path: path.clone(),
        text,
        problems,
    };
    let source = decode(bytes).map_err(|(text, problem)| fail(text, vec![problem]))?;
    let (json, index) = match read_tree(&source) {
        Ok(read) => read,
        Err(problems) => return Err(fail(Some(source), problems)),
    };
    let mut spec = match typed(&source, &json) {
        Ok(spec) => spec,
        Err(problem) => return Err(fail(Some(source), vec![problem])),
    };
    // Everything downstream works in pounds: amounts written in thousands or millions are
    // converted here, once, before any rule sees them.
    if let Err(problem) = in_pounds(&mut spec, &index) {
        return Err(fail(Some(source), vec![problem]));
    }
    let problems = inconsistencies(&spec, &index);
    if !problems.is_empty() {
        return Err(fail(Some(source), problems));
    }
    Ok(Document {
        path,
        source,
        spec,
        index,
        json,
    })
}

/// The spec's text from its bytes, or why there is none: too large, not UTF-8 or empty. The
/// error carries whatever text could be read, for snippets.
fn decode(bytes: Vec<u8>) -> Result<String, (Option<String>, Problem)> {
    if bytes.len() > MAX_FILE_BYTES {
        let problem = Problem::at(Span::START, too_large(bytes.len()), Some(too_large_help()));
        return Err((None, problem));
    }
    let mut source = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid_up_to = error.utf8_error().valid_up_to();
            let bytes = error.as_bytes();
            let valid = String::from_utf8_lossy(&bytes[..valid_up_to]).into_owned();
            let span = Span::at_offset(&valid, valid.len());
            let byte = bytes[valid_up_to];
            let problem = Problem::at(
                span,
                format!("the file is not valid UTF-8 text (byte 0x{byte:02X})"),
                Some("save the file as UTF-8 (in most editors: Save As, encoding UTF-8)".into()),
            );
            return Err((Some(valid), problem));
        }
    };
    // A byte-order mark is what some Windows editors write first; it carries no meaning.
    if source.starts_with('\u{feff}') {
        source.drain(..'\u{feff}'.len_utf8());
    }
    if source.trim().is_empty() {
        let problem = Problem::at(
            Span::START,
            "the file is empty",
            Some("start the spec with `jointly: 1` and an `agreement:` section".into()),
        );
        return Err((Some(source), problem));
    }
    Ok(source)
}

/// The first read: the untyped spec as JSON with every node's spans, checked against the
/// schema. Problems come back in document order.
fn read_tree(source: &str) -> Result<(Value, SpanIndex), Vec<Problem>> {
    let (json, index, split_amounts) = match events::read(source) {
        Some(read) => (read.json, read.index, read.problems),
        None => full_reading(source)?,
    };
    let mut problems: Vec<Problem> = schema::validate(&json)
        .into_iter()
        .map(|p| located(p, &index))
        .collect();
    if !split_amounts.is_empty() {
        problems.extend(split_amounts);
        problems.sort_by_key(|p| p.span.start);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok((json, index))
}

/// The YAML read the full way, for text the one-pass reading (`events`) leaves to it: the
/// located tree, then its JSON, its spans and the amounts the tree shows YAML split. Gives
/// every parse error with its message.
pub(super) fn full_reading(source: &str) -> Result<(Value, SpanIndex, Vec<Problem>), Vec<Problem>> {
    let tags = unsupported_tags(source);
    if !tags.is_empty() {
        return Err(tags);
    }
    let tree: Spanned<Node> = parse(source).map_err(|error| vec![yaml_problem(source, &error)])?;
    let mut index = SpanIndex::default();
    let mut split_amounts = Vec::new();
    let json = to_json(
        source,
        &tree,
        (String::new(), Some(schema::schema_root())),
        None,
        &mut index,
        &mut split_amounts,
    );
    Ok((json, index, split_amounts))
}

/// The second read: the typed model. The JSON has passed the schema, so the model is read
/// from it rather than by parsing the YAML again. Should that still fail, the YAML parse gives
/// a located message.
fn typed(source: &str, json: &Value) -> Result<Spec, Problem> {
    Spec::deserialize(json).map_err(|json_error| match parse::<Spec>(source) {
        Err(error) => yaml_problem(source, &error),
        Ok(_) => Problem::at(Span::START, json_error.to_string(), None),
    })
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
    } else if lower.contains("not a finite number") {
        Some("YAML's `.inf` and `.nan` are not numbers a spec can use: write the number in digits, or `unknown` for an amount not stated".into())
    } else {
        None
    }
}

/// Where a parser location is in `source`; the tree's spans are read the same way.
pub(super) fn span_of(source: &str, location: &serde_saphyr::Location) -> Span {
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
