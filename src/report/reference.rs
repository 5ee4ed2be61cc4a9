//! The generated reference docs: `docs/rules.md`, every rule from the registry, and the tables
//! of `docs/spec.md`, filled from the spec's JSON Schema (whose descriptions are the types' doc
//! comments) and the checklist table. `tests/docs.rs` keeps both fresh; regenerate them with
//! `JOINTLY_UPDATE_DOCS=1 cargo test --test docs`.

use std::fmt::Write;

use serde_json::Value;

use super::rules::{applies_words, verification};
use crate::rules::{Rule, all};
use crate::spec::CHECKLIST;
use crate::spec::schema::{json_schema, resolve};

/// Where the rules page is committed, from the repository root.
pub const RULES_PAGE_PATH: &str = "docs/rules.md";
/// Where the spec format page is committed, from the repository root.
pub const SPEC_PAGE_PATH: &str = "docs/spec.md";

/// How the generated tables of `docs/spec.md` are marked: `<!-- generated:NAME -->`, then the
/// table, then [`END_MARKER`]. Everything outside the markers is written by hand.
const START_MARKER: &str = "<!-- generated:";
const END_MARKER: &str = "<!-- end generated -->";

/// The page `docs/rules.md`: every rule, with what the registry says about it.
pub fn rules_page() -> String {
    let mut out = String::from("# Rules\n\n");
    out.push_str("<!-- Generated from the rule registry. Regenerate with `JOINTLY_UPDATE_DOCS=1 cargo test --test docs`. -->\n\n");
    out.push_str(
        "Every rule jointly applies, in the order `jointly rules` lists them. `jointly explain \
         RULE` shows the same for one rule. [What jointly checks and what it does not](what-jointly-checks.md) \
         says which rules apply to which agreements.\n\n",
    );
    out.push_str("| Rule | Name | Reported as |\n|---|---|---|\n");
    for rule in all() {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | `{}` | {} |",
            rule.id,
            rule.id.to_lowercase(),
            rule.name,
            super::label::reported_as(rule)
        );
    }
    for rule in all() {
        out.push('\n');
        rule_section(rule, &mut out);
    }
    out
}

fn rule_section(rule: &Rule, out: &mut String) {
    let _ = writeln!(out, "## {}\n", rule.id);
    let _ = writeln!(out, "`{}`: {}\n", rule.name, rule.summary);
    let _ = writeln!(
        out,
        "- **Reported as:** {}",
        super::label::reported_as(rule)
    );
    let _ = writeln!(out, "- **Wording:** {}", verification(rule));
    if rule.citation.url.is_empty() {
        let _ = writeln!(out, "- **Citation:** {}", rule.citation);
    } else {
        let _ = writeln!(
            out,
            "- **Citation:** [{}]({})",
            rule.citation, rule.citation.url
        );
    }
    if rule.sources.is_empty() {
        out.push_str("- **Sources:** none that state the requirement itself\n");
    } else {
        out.push_str("- **Sources:**\n");
        for source in rule.sources {
            let _ = writeln!(out, "  - {} ({})", source.name, source.kind.words());
        }
    }
    let _ = writeln!(out, "- **Applies to:** {}\n", applies_words(rule));
    let _ = writeln!(out, "### What it checks\n\n{}\n", rule.docs.what);
    let _ = writeln!(out, "### Why it matters\n\n{}\n", rule.docs.why);
    let _ = writeln!(out, "### Example\n\n```yaml\n{}\n```", rule.docs.example);
}

/// A table of keys of `docs/spec.md`: the keys of the node at `pointer` (an instance pointer,
/// with `0` for a list's items), and the keys of the nested sections `inline` names (paths
/// relative to that node, `/`-separated), each listed under its parent key.
struct KeyTable {
    name: &'static str,
    pointer: &'static str,
    inline: &'static [&'static str],
}

const KEY_TABLES: &[KeyTable] = &[
    KeyTable {
        name: "top",
        pointer: "",
        inline: &[],
    },
    KeyTable {
        name: "agreement",
        pointer: "/agreement",
        inline: &["rolling", "review", "pooled_total"],
    },
    KeyTable {
        name: "parties",
        pointer: "/parties/0",
        inline: &["signatory"],
    },
    KeyTable {
        name: "schemes",
        pointer: "/schemes/0",
        inline: &[],
    },
    KeyTable {
        name: "functions",
        pointer: "/schemes/0/functions",
        inline: &[],
    },
    KeyTable {
        name: "delegations",
        pointer: "/schemes/0/delegations/0",
        inline: &["payments", "reporting"],
    },
    KeyTable {
        name: "pooled_fund",
        pointer: "/schemes/0/pooled_fund",
        inline: &[
            "manager",
            "contributions",
            "risk_share",
            "risk_share/overspend",
            "risk_share/underspend",
            "reporting",
        ],
    },
    KeyTable {
        name: "resources",
        pointer: "/schemes/0/resources/0",
        inline: &[],
    },
    KeyTable {
        name: "other_funding",
        pointer: "/schemes/0/other_funding/0",
        inline: &["amounts"],
    },
    KeyTable {
        name: "payment",
        pointer: "/payment",
        inline: &["amounts", "memorandum", "capital_conditions"],
    },
    KeyTable {
        name: "consents",
        pointer: "/consents/0",
        inline: &[],
    },
    KeyTable {
        name: "consultation",
        pointer: "/consultation",
        inline: &[],
    },
    KeyTable {
        name: "rationale",
        pointer: "/rationale",
        inline: &[],
    },
    KeyTable {
        name: "plans",
        pointer: "/plans",
        inline: &[],
    },
    KeyTable {
        name: "notifications",
        pointer: "/notifications/0",
        inline: &[],
    },
    KeyTable {
        name: "waivers",
        pointer: "/waivers/0",
        inline: &[],
    },
    KeyTable {
        name: "joint_working",
        pointer: "/joint_working",
        inline: &["joint_committee", "guidance"],
    },
    KeyTable {
        name: "bcf",
        pointer: "/bcf",
        inline: &["plan"],
    },
    KeyTable {
        name: "wales",
        pointer: "/wales",
        inline: &[],
    },
    KeyTable {
        name: "wales_pools",
        pointer: "/wales/pools/0",
        inline: &[],
    },
    KeyTable {
        name: "bcf_figures",
        pointer: "/bcf/figures/0",
        inline: &[],
    },
    KeyTable {
        name: "years",
        pointer: "/years/0",
        inline: &[],
    },
    KeyTable {
        name: "years_variation",
        pointer: "/years/0/variation",
        inline: &["approvals"],
    },
    KeyTable {
        name: "children",
        pointer: "/children",
        inline: &[],
    },
    KeyTable {
        name: "modern",
        pointer: "/modern",
        inline: &[
            "data_protection",
            "data_protection/roles",
            "foi",
            "liabilities",
            "liabilities/indemnities",
            "notices",
            "notices/addresses",
            "exit",
        ],
    },
];

/// The sections of `docs/spec.md` about a key, which a table row for that key links to.
const KEY_SECTIONS: &[&str] = &[
    "agreement",
    "parties",
    "schemes",
    "functions",
    "delegations",
    "pooled_fund",
    "resources",
    "other_funding",
    "payment",
    "clauses",
    "not_applicable",
    "consents",
    "consultation",
    "rationale",
    "plans",
    "notifications",
    "waivers",
    "joint_working",
    "bcf",
    "children",
    "wales",
    "modern",
];

/// The sections of `docs/spec.md` on how to write a kind of value, by the schema definition of
/// the value.
const VALUE_SECTIONS: &[(&str, &str)] = &[
    ("Frequency", "[Frequencies](#frequencies)"),
    ("Money", "[Money](#money)"),
    ("Percent", "[Percentages](#percentages)"),
    ("BodyType", "[Party types](#party-types)"),
];

/// The enumerations whose values `docs/spec.md` lists, by schema definition.
const VALUE_TABLES: &[&str] = &["Frequency", "FundingKind"];

/// `docs/spec.md` as committed (`page`), with every generated table made afresh. Fails when a
/// marker names no table, a marker is not closed, or a table has no marker.
pub fn spec_page(page: &str) -> Result<String, String> {
    let schema = json_schema();
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    let mut filled = Vec::new();
    while let Some(start) = rest.find(START_MARKER) {
        let name_end = rest[start..]
            .find(" -->\n")
            .ok_or("a generated marker is not closed with ` -->`")?;
        let name = &rest[start + START_MARKER.len()..start + name_end];
        let body_start = start + name_end + " -->\n".len();
        let end = rest[body_start..]
            .find(END_MARKER)
            .ok_or_else(|| format!("`{name}` has no `{END_MARKER}`"))?;
        out.push_str(&rest[..body_start]);
        out.push_str(&generated(&schema, name)?);
        filled.push(name.to_owned());
        rest = &rest[body_start + end..];
    }
    out.push_str(rest);
    let expected = KEY_TABLES
        .iter()
        .map(|t| format!("keys:{}", t.name))
        .chain(VALUE_TABLES.iter().map(|v| format!("values:{v}")))
        .chain(["checklist".to_owned()]);
    for name in expected {
        if !filled.contains(&name) {
            return Err(format!(
                "{SPEC_PAGE_PATH} has no `{START_MARKER}{name} -->` marker"
            ));
        }
    }
    Ok(out)
}

/// The table a marker names.
fn generated(schema: &Value, name: &str) -> Result<String, String> {
    if name == "checklist" {
        return Ok(checklist_table());
    }
    if let Some(definition) = name.strip_prefix("values:") {
        return value_table(schema, definition);
    }
    let table = name
        .strip_prefix("keys:")
        .and_then(|key| KEY_TABLES.iter().find(|t| t.name == key))
        .ok_or_else(|| format!("no generated table is called `{name}`"))?;
    key_table(schema, table)
}

/// The checklist: each item's number, key, the guide's words and the structured data that
/// addresses it.
fn checklist_table() -> String {
    let mut out = String::from(
        "| No. | Key | The guide's words | Structured data that addresses it |\n|---|---|---|---|\n",
    );
    for item in &CHECKLIST {
        let data = item.data.map_or("–", |data| data.what);
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} |",
            item.number,
            item.key,
            cell(item.words),
            cell(data)
        );
    }
    out
}

/// The values of an enumeration, each with its doc comment.
fn value_table(schema: &Value, definition: &str) -> Result<String, String> {
    let variants = schema["definitions"][definition]["oneOf"]
        .as_array()
        .ok_or_else(|| format!("the schema has no enumeration `{definition}`"))?;
    let mut out = String::from("| Value | Meaning |\n|---|---|\n");
    for variant in variants {
        let value = variant["const"].as_str().unwrap_or_default();
        let meaning = Description::of(variant)?;
        let _ = writeln!(out, "| `{value}` | {} |", cell(&meaning.text));
    }
    Ok(out)
}

/// One row of a key table.
struct Row {
    key: String,
    text: String,
    required: String,
    provision: Option<String>,
}

fn key_table(schema: &Value, table: &KeyTable) -> Result<String, String> {
    let node = node_at(schema, table.pointer)
        .ok_or_else(|| format!("the schema has no `{}`", table.pointer))?;
    let mut rows = Vec::new();
    key_rows(schema, node, table, &Parent::Top, "", &mut rows)?;
    let provisions = rows.iter().any(|row| row.provision.is_some());
    let mut out = String::from("| Key | What it means | Must be written |");
    out.push_str(if provisions {
        " Provision |\n|---|---|---|---|\n"
    } else {
        "\n|---|---|---|\n"
    });
    for row in rows {
        let _ = write!(
            out,
            "| `{}` | {} | {} |",
            row.key,
            cell(&row.text),
            row.required
        );
        if provisions {
            let provision = row.provision.unwrap_or_else(|| "–".to_owned());
            let _ = write!(out, " {} |", cell(&provision));
        }
        out.push('\n');
    }
    Ok(out)
}

/// What a nested key is written within, for the "Must be written" column.
enum Parent {
    /// The table's own node.
    Top,
    /// A section, by its key as the table shows it.
    Section(String),
    /// Each item of a list, by what an item is called ("payment").
    Item(String),
}

/// The rows of the keys of `node`, whose path in the table is `path` (empty for the table's
/// own node), followed each by the rows of its nested keys if the table inlines them.
fn key_rows(
    schema: &Value,
    node: &Value,
    table: &KeyTable,
    parent: &Parent,
    path: &str,
    rows: &mut Vec<Row>,
) -> Result<(), String> {
    let required: Vec<&str> = node["required"]
        .as_array()
        .map(|keys| keys.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let properties = node["properties"]
        .as_object()
        .ok_or_else(|| format!("`{}{path}` has no keys", table.pointer))?;
    for (key, property) in properties {
        let shown = match parent {
            Parent::Top => key.clone(),
            Parent::Section(section) => format!("{section}.{key}"),
            Parent::Item(_) => format!("{}.{key}", list_path(path)),
        };
        let description =
            Description::of(property).map_err(|e| format!("`{}/{key}`: {e}", table.pointer))?;
        rows.push(Row {
            text: description.with_links(key, parent, property),
            required: must_be_written(required.contains(&key.as_str()), parent),
            provision: description.provision,
            key: shown.clone(),
        });
        let nested = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}/{key}")
        };
        if table.inline.contains(&nested.as_str()) {
            inline_rows(schema, property, table, &shown, &nested, rows)?;
        }
    }
    Ok(())
}

/// The rows of a nested section or list that a table shows under its key.
fn inline_rows(
    schema: &Value,
    property: &Value,
    table: &KeyTable,
    shown: &str,
    nested: &str,
    rows: &mut Vec<Row>,
) -> Result<(), String> {
    let child = resolve(schema, property);
    match child.get("items") {
        Some(items) => {
            let item = definition_of(items).unwrap_or("item");
            let parent = Parent::Item(words_of(item));
            key_rows(schema, resolve(schema, items), table, &parent, nested, rows)
        }
        None => {
            let parent = Parent::Section(shown.to_owned());
            key_rows(schema, child, table, &parent, nested, rows)
        }
    }
}

/// How the table shows the items of the list at `path`: `payments[]`,
/// `risk_share.overspend[]`.
fn list_path(path: &str) -> String {
    format!("{}[]", path.replace('/', "."))
}

fn must_be_written(required: bool, parent: &Parent) -> String {
    match (required, parent) {
        (false, _) => "no".to_owned(),
        (true, Parent::Top) => "yes".to_owned(),
        (true, Parent::Section(section)) => format!("yes, within `{section}`"),
        (true, Parent::Item(item)) => format!("yes, in each {item}"),
    }
}

/// A key's doc comment, as the schema gives it: what it means, and the provision its last
/// paragraph names (`Provision: ...`).
struct Description {
    text: String,
    provision: Option<String>,
}

impl Description {
    fn of(node: &Value) -> Result<Description, String> {
        let description = node["description"]
            .as_str()
            .ok_or("it has no doc comment")?;
        let mut text = Vec::new();
        let mut provision = None;
        for paragraph in description.split("\n\n") {
            let paragraph = paragraph.replace('\n', " ");
            match paragraph.strip_prefix("Provision: ") {
                Some(cited) => provision = Some(cited.trim_end_matches('.').to_owned()),
                None => text.push(paragraph),
            }
        }
        Ok(Description {
            text: text.join(" "),
            provision,
        })
    }

    /// The text, with links to the section on the key itself and on how to write its value.
    fn with_links(&self, key: &str, parent: &Parent, property: &Value) -> String {
        let mut text = self.text.clone();
        if matches!(parent, Parent::Top) && KEY_SECTIONS.contains(&key) {
            let _ = write!(text, " See [`{key}`](#{key}).");
        }
        if let Some(definition) = definition_of(property)
            && let Some((_, section)) = VALUE_SECTIONS.iter().find(|(d, _)| *d == definition)
        {
            let _ = write!(text, " See {section}.");
        }
        text
    }
}

/// The schema node of the instance at `pointer`.
fn node_at<'a>(schema: &'a Value, pointer: &str) -> Option<&'a Value> {
    let mut node = resolve(schema, schema);
    for segment in pointer.split('/').skip(1) {
        node = match node.get("properties").and_then(|p| p.get(segment)) {
            Some(child) => resolve(schema, child),
            None => resolve(schema, node.get("items")?),
        };
    }
    Some(node)
}

/// The name of the definition a property refers to, through an optional or `allOf` wrapper.
fn definition_of(property: &Value) -> Option<&str> {
    let wrapped = ["anyOf", "allOf"]
        .iter()
        .filter_map(|key| property.get(key).and_then(Value::as_array))
        .flatten();
    std::iter::once(property)
        .chain(wrapped)
        .find_map(|node| node.get("$ref").and_then(Value::as_str))
        .and_then(|reference| reference.rsplit('/').next())
}

/// A definition's name in words: `DelegationReporting` is "delegation reporting".
fn words_of(definition: &str) -> String {
    let mut words = String::new();
    for (i, c) in definition.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            words.push(' ');
        }
        words.extend(c.to_lowercase());
    }
    words
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
