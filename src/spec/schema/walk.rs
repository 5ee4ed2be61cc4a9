//! Walking the schema alongside a spec: the schema node for each key or item, with `$ref`s and
//! optional wrappers followed.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use serde_json::Value;

use super::SCHEMA;

/// The schema node describing the instance at `pointer`, following `$ref`s and optional
/// (`anyOf` with null) wrappers.
pub(in crate::spec) fn schema_at(pointer: &str) -> Option<&'static Value> {
    let mut node = schema_root();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        node = schema_child(node, &segment)?;
    }
    Some(node)
}

/// The schema of the whole spec, resolved: where a walk with [`schema_child`] starts.
pub(in crate::spec) fn schema_root() -> &'static Value {
    let root: &'static Value = &SCHEMA;
    resolve(root, root)
}

/// The schema of the member `segment` (a key or an index, unescaped) of a node whose schema is
/// `node`, as [`schema_at`] finds it one step at a time: a walk down the tree takes one step
/// per node instead of walking from the root for every number.
pub(in crate::spec) fn schema_child(node: &'static Value, segment: &str) -> Option<&'static Value> {
    match STEPS.get(&address(node)) {
        Some(steps) => steps.properties.get(segment).copied().or(steps.items),
        // Only a node outside the schema (never the case in a walk from the root) is looked up
        // afresh.
        None => {
            let child = node
                .get("properties")
                .and_then(|p| p.get(segment))
                .or_else(|| node.get("items"))?;
            Some(resolve(&SCHEMA, child))
        }
    }
}

/// Where a walk can step from one schema node: its properties' schemas and its items' schema,
/// each resolved.
#[derive(Default)]
struct Steps {
    properties: FxHashMap<&'static str, &'static Value>,
    items: Option<&'static Value>,
}

/// Every schema node's steps, resolved once: resolving follows `$ref`s by JSON pointer, and
/// looking up the steps in the schema's own maps hashes every key twice; both cost more than
/// the rest of the walk when they were done for every node of every spec.
static STEPS: LazyLock<FxHashMap<usize, Steps>> = LazyLock::new(|| {
    let root: &'static Value = &SCHEMA;
    let mut steps = FxHashMap::default();
    let mut pending = vec![root];
    while let Some(node) = pending.pop() {
        let properties = node.get("properties").and_then(Value::as_object);
        let items = node.get("items");
        if properties.is_some() || items.is_some() {
            steps.insert(
                address(node),
                Steps {
                    properties: properties
                        .into_iter()
                        .flatten()
                        .map(|(name, child)| (name.as_str(), resolve(root, child)))
                        .collect(),
                    items: items.map(|child| resolve(root, child)),
                },
            );
        }
        match node {
            Value::Object(members) => pending.extend(members.values()),
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    steps
});

/// Parses the schema and resolves its steps now.
pub(super) fn warm_up() {
    LazyLock::force(&STEPS);
}

/// A schema node's identity: the schema is never moved, so its address names it.
fn address(node: &Value) -> usize {
    std::ptr::from_ref(node) as usize
}

/// The node `node` stands for, with `$ref`s, single-branch `allOf`s and optional (`anyOf` with
/// null) wrappers followed.
pub fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    for _ in 0..16 {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            match root.pointer(reference.trim_start_matches('#')) {
                Some(target) => node = target,
                None => return node,
            }
        } else if let Some([only]) = node
            .get("allOf")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
        {
            node = only;
        } else if let Some(branches) = node.get("anyOf").and_then(Value::as_array) {
            match branches
                .iter()
                .find(|b| b.get("type").and_then(Value::as_str) != Some("null"))
            {
                Some(branch) => node = branch,
                None => return node,
            }
        } else {
            return node;
        }
    }
    node
}
