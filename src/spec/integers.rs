//! Whole numbers the schema accepts but the typed model cannot hold: a whole number written
//! with a decimal point or an exponent (`jointly: 1.0`, which JSON Schema counts as an
//! integer), and a number past the range of the key's type (`notice_months: 99999999999`).
//! Without this check both reach the typed read, whose messages name Rust types ("invalid u8").
//!
//! Every key the schema types as an integer is checked the same way: its range comes from the
//! schema's `format` (`uint8`, `uint32`, ...) within any `minimum` and `maximum`. A number the
//! schema itself rejects is left to the schema's message, so each mistake is reported once.

use serde_json::Value;

use super::load::Problem;
use super::schema::{describe_key, display_name};
use super::span::Span;
use super::tree::Node;

/// A number as written at an integer key: exact, or too long for any integer type.
enum Written {
    Exact(i128),
    TooLarge { negative: bool },
}

/// The problem with the number `node` at `pointer`, written at `span`, when the schema's
/// integer key cannot hold it although the schema lets it pass.
pub(super) fn whole_number_problem(
    source: &str,
    pointer: &str,
    schema: Option<&serde_json::Value>,
    node: &Node,
    span: Span,
) -> Option<Problem> {
    let schema = schema?;
    if !is_integer_key(schema) {
        return None;
    }
    let written = source
        .get(span.start..span.start.saturating_add(span.len))
        .unwrap_or_default()
        .trim();
    let (value, as_float) = match *node {
        Node::Int(i) => (Written::Exact(i128::from(i)), false),
        Node::UInt(u) => (Written::Exact(i128::from(u)), false),
        Node::Float(f) => {
            let digits = written.trim_start_matches(['+', '-']);
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                // An integer too long for 64 bits, which the parser read as a float.
                let value = written.trim_start_matches('+').parse::<i128>().map_or(
                    Written::TooLarge {
                        negative: written.starts_with('-'),
                    },
                    Written::Exact,
                );
                (value, false)
            } else if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e38 {
                (Written::Exact(f as i128), true)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
    let (schema_min, schema_max) = (bound("minimum"), bound("maximum"));
    let (format_min, format_max) = format_range(schema.get("format").and_then(Value::as_str));
    let lowest = schema_min.map_or(format_min, |m| format_min.max(m.ceil() as i128));
    let highest = schema_max.map_or(format_max, |m| format_max.min(m.floor() as i128));
    let within_schema = match value {
        Written::Exact(n) => {
            schema_min.is_none_or(|m| n as f64 >= m) && schema_max.is_none_or(|m| n as f64 <= m)
        }
        Written::TooLarge { negative: true } => schema_min.is_none(),
        Written::TooLarge { negative: false } => schema_max.is_none(),
    };
    if !within_schema {
        return None;
    }
    let name = display_name(pointer);
    let what = describe_key(pointer).map(|d| lower_first(&d));
    match value {
        Written::Exact(n) if (lowest..=highest).contains(&n) => {
            as_float.then(|| whole_problem(&name, what, n, written, span))
        }
        _ => Some(Problem {
            span,
            message: format!(
                "`{name}` must be a whole number from {lowest} to {highest}, but it is {written}"
            ),
            help: what.map(|what| format!("`{name}` is {what}")),
            pointer: None,
        }),
    }
}

/// A whole number written with a decimal point or an exponent.
fn whole_problem(name: &str, what: Option<String>, n: i128, written: &str, span: Span) -> Problem {
    let what = what.map_or_else(String::new, |what| format!("{what}, "));
    let plain = if name.ends_with(']') {
        format!("`{n}`")
    } else {
        format!("`{name}: {n}`")
    };
    Problem {
        span,
        message: format!("`{name}` is {what}a whole number: write {plain}"),
        help: Some(format!(
            "write whole numbers in digits only, without a decimal point or an exponent (not `{written}`)"
        )),
        pointer: None,
    }
}

/// Whether the schema node is for integers only (perhaps optional).
fn is_integer_key(schema: &Value) -> bool {
    match schema.get("type") {
        Some(Value::String(t)) => t == "integer",
        Some(Value::Array(types)) => {
            types.iter().any(|t| t == "integer")
                && types.iter().all(|t| t == "integer" || t == "null")
        }
        _ => false,
    }
}

/// The range of the Rust integer type the schema's `format` names.
fn format_range(format: Option<&str>) -> (i128, i128) {
    match format {
        Some("uint8") => (0, u8::MAX.into()),
        Some("uint16") => (0, u16::MAX.into()),
        Some("uint32") => (0, u32::MAX.into()),
        Some("uint64" | "uint") => (0, u64::MAX.into()),
        Some("int8") => (i8::MIN.into(), i8::MAX.into()),
        Some("int16") => (i16::MIN.into(), i16::MAX.into()),
        Some("int32") => (i32::MIN.into(), i32::MAX.into()),
        _ => (i64::MIN.into(), i64::MAX.into()),
    }
}

/// "The spec format version" as it reads inside a sentence; "NHS ..." stays as it is.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_owned(),
    }
}
