//! The JSON Schema of the spec format: generated from the types, checked against, and turned
//! into messages an officer can act on.

use std::sync::LazyLock;

use jsonschema::error::{TypeKind, ValidationError, ValidationErrorKind};
use jsonschema::{Draft, Validator};
use serde_json::Value;

use super::agreement::Spec;
use super::money::{AMOUNT_PATTERN, MONEY_PATTERN, PERCENT_PATTERN};
use super::stated_date::STATED_DATE_PATTERN;
use super::written_date::date_problem;

/// The spec format's JSON Schema (draft-07, which the YAML language server reads).
pub fn json_schema() -> Value {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let mut schema = serde_json::to_value(generator.into_root_schema_for::<Spec>())
        .expect("a generated schema is JSON");
    // Defaults are serde's, not the officer's: an empty list or section means "not given".
    remove_defaults(&mut schema);
    if let Some(object) = schema.as_object_mut() {
        object.insert(
            "$id".into(),
            "https://jointly.invalid/schemas/jointly-spec-v1.schema.json".into(),
        );
    }
    schema
}

fn remove_defaults(node: &mut Value) {
    match node {
        Value::Object(object) => {
            object.remove("default");
            object.values_mut().for_each(remove_defaults);
        }
        Value::Array(items) => items.iter_mut().for_each(remove_defaults),
        _ => {}
    }
}

/// The schema as committed: pretty JSON with a final newline.
pub fn json_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema()).expect("a schema serialises");
    text.push('\n');
    text
}

/// The committed schema, which a test keeps equal to [`json_schema`]; embedding it saves
/// generating it at every start.
mod walk;

pub use walk::resolve;
pub(super) use walk::{schema_at, schema_child, schema_root};

static SCHEMA: LazyLock<Value> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../schemas/jointly-spec-v1.schema.json"))
        .expect("the committed schema is JSON")
});

/// The committed schema itself, unresolved: what `$ref`s are resolved against.
pub(super) fn schema_root_value() -> &'static Value {
    &SCHEMA
}

static VALIDATOR: LazyLock<Validator> = LazyLock::new(|| {
    jsonschema::options()
        .with_draft(Draft::Draft7)
        .should_validate_formats(true)
        .build(&SCHEMA)
        .expect("the generated schema is a valid draft-07 schema")
});

/// Builds the schema's tables now, rather than on the first spec: the parsed schema, its
/// resolved steps and the validator (see [`crate::rules::warm_up`]).
pub(crate) fn warm_up() {
    walk::warm_up();
    LazyLock::force(&VALIDATOR);
}

/// A way the spec does not fit the schema, before it is given a source location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaProblem {
    /// The JSON pointer of the node concerned (for a missing key: where it belongs).
    pub pointer: String,
    /// Whether to point at the node's key rather than its value.
    pub at_key: bool,
    pub message: String,
    pub help: Option<String>,
}

/// Checks the spec's JSON against the schema.
pub fn validate(instance: &Value) -> Vec<SchemaProblem> {
    // Most specs fit: the yes-or-no check stops at nothing and builds no errors, so the
    // errors are collected only for a spec that does not fit.
    if VALIDATOR.is_valid(instance) {
        return Vec::new();
    }
    every_problem(instance)
}

/// Every way the spec does not fit the schema, each error described.
fn every_problem(instance: &Value) -> Vec<SchemaProblem> {
    let mut problems = Vec::new();
    for error in VALIDATOR.iter_errors(instance) {
        describe(&error, instance, &mut problems);
    }
    problems.dedup();
    problems
}

/// The node a schema error is about: its pointer, its name for messages and its value.
struct Place<'a> {
    pointer: String,
    name: String,
    value: &'a Value,
}

impl Place<'_> {
    /// A problem with the node's value.
    fn at_value(&self, message: String, help: Option<String>) -> SchemaProblem {
        SchemaProblem {
            pointer: self.pointer.clone(),
            at_key: false,
            message,
            help,
        }
    }

    /// The value as the officer wrote it, for messages.
    fn text(&self) -> String {
        self.value
            .as_str()
            .map_or_else(|| self.value.to_string(), str::to_owned)
    }

    fn under(&self, prefix: &str) -> bool {
        self.pointer.starts_with(prefix)
    }
}

/// Turns one schema error into the problems an officer can act on.
fn describe(error: &ValidationError<'_>, instance: &Value, out: &mut Vec<SchemaProblem>) {
    let pointer = error.instance_path().as_str().to_owned();
    let place = Place {
        name: display_name(&pointer),
        value: instance.pointer(&pointer).unwrap_or(&Value::Null),
        pointer,
    };
    if place.pointer == "/jointly" {
        return out.push(place.at_value(
            format!(
                "`jointly: {}` is not a spec format version this jointly reads",
                place.value
            ),
            Some("write `jointly: 1` (the only format version so far)".into()),
        ));
    }
    if place.pointer.is_empty() && matches!(error.kind(), ValidationErrorKind::Type { .. }) {
        return out.push(place.at_value(
            format!("the file is {}, not a jointly spec", value_words(place.value)),
            Some("a spec is a set of keys that starts with `jointly: 1` and an `agreement:` section; see docs/spec.md".into()),
        ));
    }
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            out.push(missing_key(&place, property.as_str().unwrap_or_default()))
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            out.extend(unexpected.iter().map(|key| unknown_key(&place, key)))
        }
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            no_branch_fits(&place, context, instance, out)
        }
        ValidationErrorKind::Enum { options } => {
            let options: Vec<String> = options
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            out.push(not_one_of(&place, &options));
        }
        ValidationErrorKind::Constant { expected_value } => {
            out.push(place.at_value(format!("`{}` must be {expected_value}", place.name), None))
        }
        ValidationErrorKind::Type { kind } => out.push(wrong_type(&place, kind)),
        ValidationErrorKind::MinLength { .. } if place.under("/not_applicable/") => {
            out.push(missing_reason(&place))
        }
        ValidationErrorKind::Format { format } if format == "date" => out.push(bad_date(&place)),
        ValidationErrorKind::Pattern { pattern } => out.push(bad_form(&place, pattern)),
        ValidationErrorKind::Minimum { limit } => out.push(below_minimum(&place, limit)),
        ValidationErrorKind::Maximum { limit } => {
            out.push(place.at_value(format!("`{}` must be at most {limit}", place.name), None))
        }
        _ => out.push(place.at_value(format!("`{}`: {}", place.name, error.masked()), None)),
    }
}

/// A required key that is missing.
fn missing_key(place: &Place, property: &str) -> SchemaProblem {
    let child = format!("{}/{property}", place.pointer);
    if place.under("/waivers/") {
        return empty_waiver_field(child, property);
    }
    let help = describe_key(&child).map(|d| format!("add `{property}:`: {d}"));
    let message = if place.pointer.is_empty() {
        format!("the spec has no `{property}` section")
    } else {
        format!("`{}` is missing the required key `{property}`", place.name)
    };
    SchemaProblem {
        pointer: child,
        at_key: true,
        message,
        help,
    }
}

/// A key the format does not have at this place.
fn unknown_key(place: &Place, key: &str) -> SchemaProblem {
    let allowed = allowed_keys(&place.pointer);
    let statutory = place.pointer == "/not_applicable" && key == "variation";
    let help = match suggest(key, allowed.iter().map(String::as_str)) {
        _ if statutory => Some(
            "the regulations require provision for variation (SI 2000/617 reg 7(3)(f)), so it cannot be marked not applicable; write a `clauses.variation` clause".to_owned(),
        ),
        Some(best) => Some(format!("did you mean `{best}`?")),
        None if allowed.is_empty() => None,
        None => Some(format!("the keys allowed here are: {}", allowed.join(", "))),
    };
    SchemaProblem {
        pointer: format!(
            "{}/{}",
            place.pointer,
            super::span::escape_pointer_segment(key)
        ),
        at_key: true,
        message: format!("unknown key `{key}` in `{}`", place.name),
        help,
    }
}

/// A value that fits none of the schema's alternatives: a word not in a fixed list, or an
/// optional value whose non-empty form it does not fit (explained by that form's errors).
fn no_branch_fits(
    place: &Place,
    context: &[Vec<ValidationError<'_>>],
    instance: &Value,
    out: &mut Vec<SchemaProblem>,
) {
    let constants: Vec<&Value> = context
        .iter()
        .flatten()
        .filter_map(|e| match e.kind() {
            ValidationErrorKind::Constant { expected_value } => Some(expected_value.as_ref()),
            _ => None,
        })
        .collect();
    if !constants.is_empty() && constants.len() == context.len() {
        let options: Vec<String> = constants
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        return out.push(not_one_of(place, &options));
    }
    let branch = context
        .iter()
        .find(|errors| !errors.iter().all(is_null_type_error));
    match branch {
        Some(errors) => errors.iter().for_each(|e| describe(e, instance, out)),
        None => out.push(place.at_value(
            format!("`{}` has a value jointly cannot read", place.name),
            None,
        )),
    }
}

/// A value of the wrong kind (text where a list belongs, and so on).
fn wrong_type(place: &Place, kind: &TypeKind) -> SchemaProblem {
    if place.under("/waivers/") && place.value.is_null() {
        return empty_waiver_field(place.pointer.clone(), &place.name);
    }
    if place.under("/not_applicable/") {
        return missing_reason(place);
    }
    let expected = match kind {
        TypeKind::Single(t) => json_type_words(&t.to_string()).to_owned(),
        TypeKind::Multiple(set) => set
            .iter()
            .filter(|t| t.to_string() != "null")
            .map(|t| json_type_words(&t.to_string()))
            .collect::<Vec<_>>()
            .join(" or "),
    };
    place.at_value(
        format!(
            "`{}` should be {expected}, but it is {}",
            place.name,
            value_words(place.value)
        ),
        None,
    )
}

/// Text that does not have the form its key needs: money, a percentage, a financial year, a
/// date, or text that must say something.
fn bad_form(place: &Place, pattern: &str) -> SchemaProblem {
    if place.under("/not_applicable/") {
        return missing_reason(place);
    }
    if place.under("/waivers/") {
        return empty_waiver_field(place.pointer.clone(), &place.name);
    }
    let text = place.value.as_str().unwrap_or_default();
    let (message, help) = if pattern == PERCENT_PATTERN {
        (
            format!("`{text}` is not a percentage from 0 to 100"),
            "write a percentage as a number such as 46.5, without a % sign",
        )
    } else if pattern == AMOUNT_PATTERN && !text.chars().any(|c| c.is_ascii_digit()) {
        // A word such as `tbc` or "to be agreed": the spec has a word for that.
        (
            format!("`{text}` is not an amount of money"),
            "write `unknown` if the amount is not yet agreed (it is then reported as a gap, never read as zero), or write the amount in pounds as a number such as 27600000",
        )
    } else if pattern == MONEY_PATTERN || pattern == AMOUNT_PATTERN {
        (
            format!("`{text}` is not an amount of money"),
            "write pounds as a number such as 27600000 or 23168000.50, or as a quoted string with commas such as \"27,600,000\"; no £ sign",
        )
    } else if pattern.contains("/") {
        (
            format!("`{text}` is not a financial year"),
            "write a financial year as 2024/25",
        )
    } else if pattern == STATED_DATE_PATTERN {
        return bad_date(place);
    } else {
        (
            format!("`{}` does not have the expected form", place.name),
            "",
        )
    };
    place.at_value(message, Some(help.to_owned()).filter(|h| !h.is_empty()))
}

/// A number below the least the key allows (money and percentages cannot be negative).
fn below_minimum(place: &Place, limit: &Value) -> SchemaProblem {
    let message = if place.value.is_number() && limit.as_f64() == Some(0.0) {
        format!("`{}` cannot be negative", place.name)
    } else {
        format!("`{}` must be at least {limit}", place.name)
    };
    place.at_value(message, None)
}

fn is_null_type_error(error: &ValidationError<'_>) -> bool {
    matches!(error.kind(), ValidationErrorKind::Type { kind: TypeKind::Single(t) } if t.to_string() == "null")
}

fn missing_reason(place: &Place) -> SchemaProblem {
    let name = &place.name;
    SchemaProblem {
        pointer: place.pointer.clone(),
        at_key: true,
        message: format!("checklist item `{name}` is marked not applicable without a reason"),
        help: Some(format!(
            "give the reason it does not apply, e.g. `{name}: no staff transfer between employers`; or remove the line and address the item in `clauses`"
        )),
    }
}

fn empty_waiver_field(pointer: String, name: &str) -> SchemaProblem {
    let what = if name == "approved_by" {
        "who approved it"
    } else {
        "why the finding is accepted"
    };
    SchemaProblem {
        pointer,
        at_key: true,
        message: format!("the waiver has no `{name}`"),
        help: Some(format!(
            "a waiver must say {what}; a finding accepted without both a reason and an approval is not waived"
        )),
    }
}

/// A date that is not written in a form its key takes, or is no real day or month. A waiver's
/// `expires` takes only a day; the agreement's dates also take a month or a year.
fn bad_date(place: &Place) -> SchemaProblem {
    let day_only = place.under("/waivers/");
    let (message, help) = date_problem(&place.text(), &place.name, day_only);
    place.at_value(message, Some(help))
}

/// A word that is not one of the fixed words its key takes.
fn not_one_of(place: &Place, options: &[String]) -> SchemaProblem {
    let text = place.text();
    let all = format!("use one of: {}", options.join(", "));
    let help = match suggest(&text, options.iter().map(String::as_str)) {
        Some(best) => format!("did you mean `{best}`? Otherwise {all}"),
        None => all,
    };
    place.at_value(
        format!("`{text}` is not a valid `{}`", place.name),
        Some(help),
    )
}

/// The closest candidate to `word`, if any is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// The last meaningful segment of a pointer, for messages: `/schemes/0/pooled_fund` →
/// `pooled_fund`; `/parties/2` → `parties[2]`.
pub(super) fn display_name(pointer: &str) -> String {
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    match segments.as_slice() {
        [] => "the spec".into(),
        [.., parent, last] if last.chars().all(|c| c.is_ascii_digit()) => {
            format!("{parent}[{last}]")
        }
        [.., last] => last.replace("~1", "/").replace("~0", "~"),
    }
}

fn json_type_words(name: &str) -> &'static str {
    match name {
        "object" => "a section of keys",
        "array" => "a list",
        "string" => "text",
        "number" => "a number",
        "integer" => "a whole number",
        "boolean" => "true or false",
        "null" => "empty",
        _ => "a value of another kind",
    }
}

fn value_words(value: &Value) -> String {
    match value {
        Value::Null => "empty".into(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() <= 40 => format!("the text `{s}`"),
        Value::String(_) => "text".into(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a section of keys".into(),
    }
}

fn allowed_keys(pointer: &str) -> Vec<String> {
    schema_at(pointer)
        .and_then(|n| n.get("properties"))
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

/// Whether the schema takes an exact number at `pointer` (money or a percentage), which the
/// loader keeps as the text written so that it never passes through a float.
pub fn exact_number(pointer: &str) -> bool {
    exact_number_at(schema_at(pointer))
}

/// [`exact_number`] for the schema node found at the pointer.
pub(super) fn exact_number_at(node: Option<&Value>) -> bool {
    let Some(Value::Array(types)) = node.and_then(|n| n.get("type")) else {
        return false;
    };
    types.iter().any(|t| t == "number") && types.iter().any(|t| t == "string")
}

/// Whether the schema wants text, and only text, at `pointer`: there a YAML number or boolean
/// (`reference: 12345`) is the officer's text, not a number.
pub fn expects_text(pointer: &str) -> bool {
    expects_text_at(schema_at(pointer))
}

/// [`expects_text`] for the schema node found at the pointer.
pub(super) fn expects_text_at(node: Option<&Value>) -> bool {
    let Some(node) = node else {
        return false;
    };
    // A date may be a bare year, which YAML reads as a number: it is text all the same.
    if node.get("pattern").and_then(Value::as_str) == Some(STATED_DATE_PATTERN) {
        return true;
    }
    match node.get("type") {
        Some(Value::String(t)) => t == "string",
        Some(Value::Array(types)) => {
            types.iter().any(|t| t == "string")
                && !types
                    .iter()
                    .any(|t| t == "number" || t == "integer" || t == "boolean")
        }
        _ => false,
    }
}

/// The first sentence of a key's schema description.
pub fn describe_key(pointer: &str) -> Option<String> {
    let description = schema_at(pointer)?.get("description")?.as_str()?;
    Some(first_sentence(&description.replace('\n', " ")))
}

/// A key's whole schema description: its doc comment, as `docs/spec.md` gives it.
pub fn key_description(pointer: &str) -> Option<&'static str> {
    schema_at(pointer)?.get("description")?.as_str()
}

/// The text up to the first full stop that ends a sentence, without it: the stop of "e.g." or
/// "i.e." does not end one.
fn first_sentence(text: &str) -> String {
    let end = text
        .match_indices(". ")
        .map(|(at, _)| at)
        .find(|&at| !text[..at].ends_with("e.g") && !text[..at].ends_with("i.e"))
        .unwrap_or(text.len());
    text[..end].trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod fast_path_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        assert_eq!(
            suggest("comencement", ["commencement", "expiry"]),
            Some("commencement")
        );
        assert_eq!(suggest("zzz", ["commencement", "expiry"]), None);
    }

    #[test]
    fn names_nodes_for_messages() {
        assert_eq!(display_name("/schemes/0/pooled_fund"), "pooled_fund");
        assert_eq!(display_name("/parties/2"), "parties[2]");
        assert_eq!(display_name(""), "the spec");
    }

    #[test]
    fn finds_the_schema_of_nested_nodes() {
        let keys = allowed_keys("/schemes/0/pooled_fund");
        assert!(keys.contains(&"host".to_owned()), "{keys:?}");
        assert!(describe_key("/agreement/legal_basis").is_some());
    }

    #[test]
    fn a_first_sentence_runs_past_e_g() {
        assert_eq!(
            first_sentence("A handle (e.g. `icb`). Give each its own."),
            "A handle (e.g. `icb`)"
        );
        assert_eq!(first_sentence("One sentence."), "One sentence");
    }
}
