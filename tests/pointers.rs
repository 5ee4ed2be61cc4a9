//! Every pointer a finding names is a place the spec format has. For every finding of every
//! rule fixture (`tests/fixtures/rules/*/{pass,fail}.yaml`) and every sample (`samples/*.yaml`),
//! including waived findings and waiver problems, the pointer is walked through the committed
//! JSON Schema (`schemas/jointly-spec-v1.schema.json`), and each segment must name a property
//! or an array item the schema allows. A pointer to something the schema does not have cannot
//! be fixed by the person reading the finding, and drafts cannot place its flag: it is a bug in
//! the rule.
//!
//! The walk follows `$ref`, `allOf`, `anyOf` and `oneOf`, `properties`, `items` and
//! `additionalProperties`. It is strict: a member is allowed only where the schema declares it
//! (`properties`) or declares what any member is (`additionalProperties`); a schema that says
//! nothing about members allows none.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> Value {
    let path = root().join("schemas/jointly-spec-v1.schema.json");
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The rule fixtures and the samples.
fn specs() -> Vec<PathBuf> {
    let mut paths = Vec::new();
    paths.extend(common::rule_fixture_files());
    for file in fs::read_dir(root().join("samples")).expect("samples directory") {
        let path = file.expect("sample entry").path();
        if path.extension().is_some_and(|e| e == "yaml") {
            paths.push(path);
        }
    }
    paths.sort();
    paths
}

/// The schemas a node stands for once its references and combinations are followed: the node
/// itself and every schema it refers to or combines.
fn alternatives<'a>(root: &'a Value, node: &'a Value, out: &mut Vec<&'a Value>) {
    if out.len() > 256 {
        return; // a reference cycle; the committed schema has none
    }
    out.push(node);
    if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
        let target = reference
            .strip_prefix('#')
            .and_then(|pointer| root.pointer(pointer))
            .unwrap_or_else(|| panic!("the schema's $ref {reference} does not resolve"));
        alternatives(root, target, out);
    }
    for combination in ["allOf", "anyOf", "oneOf"] {
        for branch in node
            .get(combination)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            alternatives(root, branch, out);
        }
    }
}

/// The schemas for the child `segment` of a node, in any of the node's alternatives.
fn children<'a>(root: &'a Value, node: &'a Value, segment: &str) -> Vec<&'a Value> {
    let mut nodes = Vec::new();
    alternatives(root, node, &mut nodes);
    let mut found = Vec::new();
    for node in nodes {
        if node == &Value::Bool(true) {
            found.push(node); // `true` allows anything below it
            continue;
        }
        if segment.parse::<usize>().is_ok()
            && let Some(items) = node.get("items")
        {
            found.push(items);
        }
        if let Some(property) = node.get("properties").and_then(|p| p.get(segment)) {
            found.push(property);
        }
        match node.get("additionalProperties") {
            Some(Value::Bool(false)) | None => {}
            Some(member) => found.push(member),
        }
    }
    found
}

/// Undoes RFC 6901 escaping of one segment.
fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// Walks `pointer` through the schema; on failure, says which segment the schema does not have.
fn resolve(schema: &Value, pointer: &str) -> Result<(), String> {
    if pointer.is_empty() {
        return Ok(());
    }
    let Some(rest) = pointer.strip_prefix('/') else {
        return Err("does not start with `/`".to_owned());
    };
    let mut nodes = vec![schema];
    let mut walked = String::new();
    for raw in rest.split('/') {
        let segment = unescape(raw);
        nodes = nodes
            .into_iter()
            .flat_map(|node| children(schema, node, &segment))
            .collect();
        if nodes.is_empty() {
            let at = if walked.is_empty() { "/" } else { &walked };
            return Err(format!("the schema has no `{segment}` under `{at}`"));
        }
        walked.push('/');
        walked.push_str(raw);
    }
    Ok(())
}

#[test]
fn the_walk_accepts_places_the_schema_has_and_rejects_others() {
    let schema = schema();
    for good in [
        "",
        "/parties",
        "/parties/0/type",
        "/agreement/review/first",
        "/schemes/3/pooled_fund/risk_share/overspend/1/party",
        "/schemes/0/functions/nhs/2",
        "/clauses/governance",
        "/waivers/0",
        // The framework shapes added after v1's first release.
        "/schemes/0/delegations/0/from",
        "/schemes/0/delegations/0/from/1",
        "/agreement/pooled_total/amount",
        "/resources/0/party",
        "/schemes/1/other_funding/0/amounts/0/party",
        "/schemes/1/legal_basis",
    ] {
        assert_eq!(resolve(&schema, good), Ok(()), "{good}");
    }
    for bad in [
        "parties",
        "/nothing",
        "/parties/first",
        "/parties/0/type/x",
        "/schemes/0/pooled_fund/nope",
        "/schemes/0/functions~1nhs/0",
        "/clauses/not_a_clause",
    ] {
        assert!(resolve(&schema, bad).is_err(), "{bad} should not resolve");
    }
}

#[test]
fn every_pointer_a_finding_names_is_in_the_schema() {
    let schema = schema();
    let mut problems = Vec::new();
    let mut walked = 0;
    for path in specs() {
        let document = jointly::spec::load_file(&path)
            .unwrap_or_else(|e| panic!("{} does not load: {:?}", path.display(), e.problems));
        let checked = jointly::rules::check(&document);
        let pointers = checked
            .findings
            .iter()
            .chain(checked.waived.iter().map(|w| &w.finding))
            .map(|f| (f.rule.id, f.pointer.as_str()))
            .chain(
                checked
                    .waiver_notes
                    .iter()
                    .map(|n| (n.kind.id(), n.pointer.as_str())),
            )
            .chain(
                checked
                    .placeholders
                    .iter()
                    .map(|p| (jointly::rules::placeholders::ID, p.pointer.as_str())),
            );
        for (id, pointer) in pointers {
            walked += 1;
            if let Err(problem) = resolve(&schema, pointer) {
                problems.push(format!(
                    "{} {id} `{pointer}`: {problem}",
                    path.strip_prefix(root()).unwrap_or(&path).display()
                ));
            }
        }
    }
    assert!(walked > 0, "no finding was walked");
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} pointers name places the schema does not have:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
