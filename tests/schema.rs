//! The committed JSON Schema is the one the types generate.
//!
//! After changing the spec types, regenerate it with
//! `JOINTLY_UPDATE_SCHEMA=1 cargo test --test schema`.

use std::path::Path;

/// Asserts that a committed schema equals the generated one, or rewrites it when
/// `JOINTLY_UPDATE_SCHEMA` is set.
fn assert_committed(file: &str, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(file);
    if std::env::var_os("JOINTLY_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, generated).expect("write the schema");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schemas/{file} is stale: run `JOINTLY_UPDATE_SCHEMA=1 cargo test --test schema` and commit it"
    );
}

#[test]
fn committed_schema_is_up_to_date() {
    assert_committed(
        "jointly-spec-v1.schema.json",
        &jointly::spec::schema::json_schema_text(),
    );
}

#[test]
fn committed_config_schema_is_up_to_date() {
    assert_committed(
        "jointly-config.schema.json",
        &jointly::config::json_schema_text(),
    );
}

#[test]
fn schema_is_draft_07_for_the_yaml_language_server() {
    let schema = jointly::spec::schema::json_schema();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let legal_basis = &schema["definitions"]["Agreement"]["properties"]["legal_basis"];
    assert!(
        legal_basis.to_string().contains("Section 31")
            || schema["definitions"]["LegalBasis"]
                .to_string()
                .contains("Section 31")
    );
}

#[test]
fn every_sample_is_valid_against_the_committed_schema() {
    // The loader checks the schema itself; a sample that loads proves schema and types agree.
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    for entry in std::fs::read_dir(samples).expect("samples/ exists") {
        let path = entry.expect("readable").path();
        if path.extension().is_some_and(|e| e == "yaml")
            && let Err(error) = jointly::spec::load_file(&path)
        {
            panic!("{}: {:?}", path.display(), error.problems);
        }
    }
}

/// Every node with a `pattern` or a `format` other than an integer's size, in `node`.
fn checked_forms<'a>(node: &'a serde_json::Value, out: &mut Vec<&'a serde_json::Value>) {
    match node {
        serde_json::Value::Object(object) => {
            let sized = object
                .get("format")
                .and_then(|f| f.as_str())
                .is_some_and(|f| f.starts_with("uint") || f.starts_with("int"));
            if object.contains_key("pattern") || (object.contains_key("format") && !sized) {
                out.push(node);
            }
            object.values().for_each(|v| checked_forms(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| checked_forms(v, out)),
        _ => {}
    }
}

#[test]
fn editors_get_a_plain_message_for_every_pattern_and_format() {
    let schema = jointly::spec::schema::json_schema();
    let mut nodes = Vec::new();
    checked_forms(&schema, &mut nodes);
    assert!(nodes.len() >= 5, "{nodes:#?}");
    for node in nodes {
        let message = node
            .get("patternErrorMessage")
            .or_else(|| node.get("errorMessage"))
            .and_then(|m| m.as_str())
            .unwrap_or_default();
        assert!(
            message.starts_with("Write ") && !message.contains('\\'),
            "no plain message for editors: {node:#}"
        );
    }
    let year = &schema["definitions"]["FinancialYear"];
    assert_eq!(
        year["patternErrorMessage"],
        "Write a financial year as a year and the next: 2024/25, 2024-25, 2024/2025 or 2024-2025."
    );
    assert_eq!(year["examples"][0], "2024/25");
    assert_eq!(
        schema["definitions"]["DateSchema"]["examples"][0],
        "2024-04-01"
    );
}
