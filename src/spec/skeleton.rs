//! The skeleton of a missing key, derived from the schema: the YAML text that adds the key with
//! a placeholder for each value the officer must supply, and where in a spec's text it goes.
//! The language server offers it as the quick fix for a finding about a missing key.

use serde_json::Value;

use super::load::Document;
use super::schema::{resolve, schema_at};

/// The value a skeleton leaves for the officer: text jointly reports as a placeholder
/// (`jointly-placeholder`), so the blank cannot be forgotten.
pub const PLACEHOLDER: &str = "TBC";

/// How deep a skeleton nests at most; the format itself nests seven levels.
const MAX_NESTING: usize = 8;

/// An insertion into a spec's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insertion {
    /// The byte offset the text goes at.
    pub offset: usize,
    /// The text to insert (whole lines, starting with a line break).
    pub text: String,
}

/// The insertion that adds the missing key `pointer` (and any missing mappings above it) to
/// the nearest mapping above it that the text has, at that mapping's indentation, after its
/// last member: `None` when the key is there already, that mapping has no members in the text,
/// a missing step is a list item, or the schema gives no skeleton for the key (a value that is
/// not text, or a choice the officer must make).
pub fn insertion(document: &Document, pointer: &str) -> Option<Insertion> {
    if document.index.get(pointer).is_some() {
        return None;
    }
    let mut parent = pointer;
    loop {
        parent = &parent[..parent.rfind('/')?];
        match document.json.pointer(parent) {
            Some(value) if value.is_object() => break,
            Some(_) => return None,
            None => {}
        }
    }
    let missing: Vec<String> = pointer[parent.len()..]
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    if missing.iter().any(|s| s.parse::<usize>().is_ok()) {
        return None;
    }
    let (indent, offset) = after_members(document, parent)?;
    let mut text = String::new();
    let mut at = parent.to_owned();
    for (depth, key) in missing.iter().enumerate() {
        at = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
        let spaces = " ".repeat(indent + 2 * depth);
        let value = if depth + 1 == missing.len() {
            skeleton(schema_at(&at)?, indent + 2 * depth, 0)?
        } else {
            String::new()
        };
        text.push_str(&format!("\n{spaces}{key}:{value}"));
    }
    Some(Insertion { offset, text })
}

/// The indentation of the members of the mapping at `parent`, and the end of the line its
/// last member (however deeply it nests) ends on.
fn after_members(document: &Document, parent: &str) -> Option<(usize, usize)> {
    let prefix = format!("{parent}/");
    let members = document.index.entries().filter(|(p, _)| {
        p.strip_prefix(&prefix)
            .is_some_and(|rest| !rest.contains('/'))
    });
    let first = members.filter_map(|(_, spans)| spans.key).min()?;
    let indent = usize::try_from(first.column).ok()?.checked_sub(1)?;
    let end = document
        .index
        .entries()
        .filter(|(p, _)| p.starts_with(&prefix))
        .map(|(_, spans)| spans.value.start + spans.value.len)
        .max()?;
    let source = &document.source;
    let offset = source
        .get(end..)?
        .find('\n')
        .map_or(source.len(), |at| end + at);
    Some((indent, offset))
}

fn root() -> &'static Value {
    super::schema::schema_root_value()
}

/// The text after `key:` for a value of schema `node`, whose key is indented `indent` spaces.
fn skeleton(node: &'static Value, indent: usize, depth: usize) -> Option<String> {
    if depth > MAX_NESTING {
        return None;
    }
    let node = resolve(root(), node);
    if takes_free_text(node) {
        return Some(format!(" {PLACEHOLDER}"));
    }
    if node.get("properties").is_some() {
        let lines = members(node, indent + 2, depth)?;
        return Some(format!("\n{lines}"));
    }
    if let Some(items) = node.get("items") {
        let item = resolve(root(), items);
        if takes_free_text(item) {
            return Some(format!("\n{}- {PLACEHOLDER}", " ".repeat(indent + 2)));
        }
        // An item's members sit after "- ", two columns in from the dash.
        let lines = members(item, indent + 4, depth)?;
        let dash = format!("{}- ", " ".repeat(indent + 2));
        return Some(format!("\n{dash}{}", &lines[indent + 4..]));
    }
    None
}

/// One line (or block) per required member of an object schema, at `indent`, or, where it
/// requires none, one line per member that takes free text: `None` when a required member
/// has no skeleton, or there is nothing to write.
fn members(node: &'static Value, indent: usize, depth: usize) -> Option<String> {
    let properties = node.get("properties")?.as_object()?;
    let mut lines = Vec::new();
    match node.get("required").and_then(Value::as_array) {
        Some(required) if !required.is_empty() => {
            for name in required.iter().filter_map(Value::as_str) {
                let value = skeleton(properties.get(name)?, indent, depth + 1)?;
                lines.push(format!("{}{name}:{value}", " ".repeat(indent)));
            }
        }
        _ => {
            for (name, member) in properties {
                if takes_free_text(resolve(root(), member)) {
                    lines.push(format!("{}{name}: {PLACEHOLDER}", " ".repeat(indent)));
                }
            }
        }
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// Whether the schema takes any text here: a string with no fixed choices, no format and no
/// pattern (a date, an amount or an id must be written in its form).
fn takes_free_text(node: &Value) -> bool {
    let string = match node.get("type") {
        Some(Value::String(t)) => t == "string",
        Some(Value::Array(types)) => {
            types.iter().any(|t| t == "string")
                && types.iter().all(|t| t == "string" || t == "null")
        }
        _ => false,
    };
    string
        && node.get("enum").is_none()
        && node.get("const").is_none()
        && node.get("format").is_none()
        && node.get("pattern").is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::load_bytes;

    const SPEC: &str = "jointly: 1
agreement:
  title: T
  legal_basis: nhs_act_2006_s75
parties:
  - id: icb
    type: integrated_care_board
";

    fn inserted(pointer: &str) -> Option<String> {
        let document = load_bytes("spec.yaml", SPEC.as_bytes()).expect("loads");
        let insertion = insertion(&document, pointer)?;
        let mut text = SPEC.to_owned();
        text.insert_str(insertion.offset, &insertion.text);
        Some(text)
    }

    /// Asserts that the skeleton of `pointer` ends the spec with `ending`, and still loads.
    fn assert_adds(pointer: &str, ending: &str) {
        let text = inserted(pointer).expect("a skeleton");
        assert!(text.ends_with(ending), "{text}");
        load_bytes("spec.yaml", text.as_bytes()).expect("still loads");
    }

    #[test]
    fn adds_a_key_and_its_missing_parents_at_the_mappings_indentation() {
        assert_adds(
            "/clauses/vat",
            "    type: integrated_care_board\nclauses:\n  vat: TBC\n",
        );
    }

    #[test]
    fn adds_a_member_to_a_list_item_under_its_dash() {
        let ending = "board\n    signatory:\n      name: TBC\n      position: TBC\n";
        assert_adds("/parties/0/signatory", ending);
    }

    #[test]
    fn offers_nothing_where_the_officer_must_choose_or_the_key_is_there() {
        // A date, and a choice from a list, have no placeholder that loads.
        assert_eq!(inserted("/agreement/commencement"), None);
        assert_eq!(inserted("/agreement/legal_basis"), None);
        assert_eq!(inserted("/parties/3/id"), None);
    }
}
