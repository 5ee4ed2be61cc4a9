//! Hover text: on a key, the key's documentation (its schema description, from which
//! `docs/spec.md` is generated too); on a finding, its rule, citation and `jointly explain`.

use super::analysis::{Analysis, Item};
use crate::report::rules::{explain, explain_pseudo};
use crate::rules::pseudo;
use crate::spec::schema::key_description;

/// The Markdown to show at byte `offset` of the analysed text, or `None` when there is nothing
/// to say there.
pub fn hover(text: &str, analysis: &Analysis, offset: usize) -> Option<String> {
    let mut parts: Vec<String> = analysis
        .items
        .iter()
        .filter(|item| {
            let (start, end) = item.reach(text);
            start <= offset && offset <= end
        })
        .map(finding)
        .collect();
    if let Some(key) = key_docs(analysis, offset) {
        parts.push(key);
    }
    (!parts.is_empty()).then(|| parts.join("\n\n---\n\n"))
}

fn finding(item: &Item) -> String {
    match item.rule {
        Some(rule) => {
            let unverified = if rule.unverified()
                || item.title.ends_with(crate::report::label::UNVERIFIED_MARK)
            {
                " (unverified)"
            } else {
                ""
            };
            format!(
                "**{}** ({}): {}\n\nCitation: {}{unverified}\n\n{}",
                rule.id,
                rule.name,
                item.title,
                rule.citation,
                explain(rule)
            )
        }
        None => {
            let docs = pseudo::find(item.id)
                .map(explain_pseudo)
                .unwrap_or_default();
            format!("**{}**: {}\n\n{docs}", item.id, item.title)
        }
    }
}

fn key_docs(analysis: &Analysis, offset: usize) -> Option<String> {
    let document = analysis.document.as_ref()?;
    let (pointer, _, on_key) = document.index.node_at(offset)?;
    if !on_key {
        return None;
    }
    let key = pointer
        .rsplit('/')
        .next()?
        .replace("~1", "/")
        .replace("~0", "~");
    let description = key_description(pointer)?;
    Some(format!("**`{key}`**\n\n{description}"))
}
