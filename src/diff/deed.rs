//! The deed of variation: the model `templates/deed.md` is rendered from, and the deed in
//! Markdown, HTML and Word through the drafts' pipeline (`render::render_document`).
//!
//! The deed recites the original agreement (its title, date made and parties, from OLD), sets
//! out each change as a numbered amendment, says when the variation takes effect (NEW's
//! commencement where it differs from OLD's; otherwise a flagged blank), has an execution
//! block for each party (NEW's parties, and any OLD party that leaves), and shows the re-check
//! of the varied agreement: each finding NEW has that OLD did not is flagged as in a draft, and
//! the findings the variation resolves are listed. Every string from a spec is Markdown-escaped
//! here, as the drafts' model does.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Value, json};

use super::money::difference_words;
use super::{Change, Diff, Group, Kind, Recheck};
use crate::render::model::finding_flag;
use crate::render::text::{markdown as md, markdown_with_code};
use crate::render::{self, RenderError, Templates};
use crate::rules::Finding;
use crate::spec::{Document, Party};

/// The template the deed is drafted from.
pub const TEMPLATE: &str = "deed.md";

/// A rendered deed of variation.
pub struct Deed {
    pub markdown: String,
    pub html: String,
    /// The deed as a Word document.
    pub docx: Vec<u8>,
}

#[derive(Serialize)]
struct Model {
    title: String,
    is_draft: bool,
    original_title: Option<String>,
    original_made: Option<String>,
    original_parties: Vec<String>,
    parties: Vec<PartyModel>,
    effective: Option<String>,
    amendments: Vec<String>,
    introduced: Vec<String>,
    resolved: Vec<String>,
    old_path: String,
    new_path: String,
    flags: BTreeMap<String, Vec<Value>>,
}

#[derive(Serialize)]
struct PartyModel {
    name: String,
    formerly: Option<String>,
    leaving: bool,
    /// The signatory's post, as the spec states it.
    position: Option<String>,
}

/// Drafts the deed varying OLD into NEW in all three forms.
pub fn draft(
    old: &Document,
    new: &Document,
    diff: &Diff,
    recheck: &Recheck,
    templates: &Templates,
) -> Result<Deed, RenderError> {
    let model = model(old, new, diff, recheck);
    let context = tera::Context::from_serialize(&model)
        .map_err(|e| RenderError::Template(render::template_message(&e)))?;
    let title = plain_title(old);
    let (markdown, html) =
        render::render_document(TEMPLATE, &context, &title, model.is_draft, templates)?;
    let docx = render::render_document_docx(TEMPLATE, &context, &title, true, templates)?;
    Ok(Deed {
        markdown,
        html,
        docx,
    })
}

fn plain_title(old: &Document) -> String {
    let title = old
        .spec
        .agreement
        .title
        .as_deref()
        .unwrap_or("the Agreement");
    render::text::one_line(&format!("Deed of variation of {title}"))
}

fn model(old: &Document, new: &Document, diff: &Diff, recheck: &Recheck) -> Model {
    let mut flags: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let effective = effective(old, new);
    if effective.is_none() {
        flags.entry("effective".into()).or_default().push(json!({
            "alert": "WARNING",
            "basis": "To complete",
            "rule": "variation date",
            "message": md(&format!("{} states no date this variation takes effect", new.path)),
            "citation": null,
            "url": "",
            "why": "The deed must say when the variation takes effect",
            "action": "To add",
            "help": md("state `agreement.commencement` in the varied spec, or write the date here"),
        }));
    }
    for finding in &recheck.introduced {
        let flag = serde_json::to_value(finding_flag(finding)).unwrap_or(Value::Null);
        flags.entry("introduced".into()).or_default().push(flag);
    }
    Model {
        title: md(&plain_title(old)),
        is_draft: true,
        original_title: old.spec.agreement.title.as_deref().map(md),
        original_made: old.spec.agreement.made.as_ref().map(|d| md(&d.long())),
        original_parties: old.spec.parties.iter().map(name).collect(),
        parties: parties(old, new),
        effective,
        amendments: diff
            .changes
            .iter()
            .map(|c| amendment(old, new, c))
            .collect(),
        introduced: recheck
            .introduced
            .iter()
            .map(|f| finding_line(new, f))
            .collect(),
        resolved: recheck
            .resolved
            .iter()
            .map(|f| finding_line(old, f))
            .collect(),
        old_path: md(&old.path),
        new_path: md(&new.path),
        flags,
    }
}

/// The date the variation takes effect: NEW's commencement, where NEW states one that is not
/// OLD's.
fn effective(old: &Document, new: &Document) -> Option<String> {
    let commencement = new.spec.agreement.commencement.as_ref()?;
    (old.spec.agreement.commencement.as_ref() != Some(commencement))
        .then(|| md(&commencement.long()))
}

fn name(party: &Party) -> String {
    match &party.name {
        Some(name) => md(name),
        None => md(&format!(
            "[the party `{}`, whose name is not stated]",
            party.id
        )),
    }
}

/// The parties to the deed: NEW's, each with its name in OLD where it has changed, then any
/// of OLD's that NEW no longer has.
fn parties(old: &Document, new: &Document) -> Vec<PartyModel> {
    let in_old = |id: &str| old.spec.parties.iter().find(|p| p.id == id);
    let mut parties: Vec<PartyModel> = new
        .spec
        .parties
        .iter()
        .map(|p| PartyModel {
            name: name(p),
            formerly: in_old(&p.id)
                .filter(|o| o.name != p.name)
                .and_then(|o| o.name.as_deref().map(md)),
            leaving: false,
            position: position(p),
        })
        .collect();
    for party in &old.spec.parties {
        if !new.spec.parties.iter().any(|p| p.id == party.id) {
            parties.push(PartyModel {
                name: name(party),
                formerly: None,
                leaving: true,
                position: position(party),
            });
        }
    }
    parties
}

fn position(party: &Party) -> Option<String> {
    let signatory = party.signatory.as_ref()?;
    signatory.position.as_deref().map(md)
}

fn finding_line(document: &Document, finding: &Finding) -> String {
    format!(
        "{} ({}), at {}",
        markdown_with_code(finding.message.trim_end_matches('.')),
        finding.rule.id,
        md(&format!(
            "{}:{}:{}",
            document.path, finding.span.line, finding.span.column
        ))
    )
}

/// One change as a numbered amendment, escaped for Markdown.
fn amendment(old: &Document, new: &Document, change: &Change) -> String {
    let quoted = |value: &Option<String>| format!("“{}”", md(value.as_deref().unwrap_or("")));
    let party = |document: &Document, pointer: &str| {
        let index = pointer.split('/').nth(2)?.parse::<usize>().ok()?;
        document.spec.parties.get(index).map(name)
    };
    let schedule = change.scheme.as_ref().map(|s| {
        let title = s.title.as_deref().map(|t| format!(" ({})", md(t)));
        let new = if s.in_new { "new " } else { "" };
        format!("{new}Schedule {}{}", s.number, title.unwrap_or_default())
    });
    match (change.group, change.kind, change.path.matches('.').count()) {
        (Group::Parties, Kind::Renamed, _) => format!(
            "The party named {} in the Agreement is now named {}, and every reference to it in the Agreement is to be read accordingly.",
            quoted(&change.old),
            quoted(&change.new)
        ),
        (Group::Parties, Kind::Added, 0) => format!(
            "{} is added as a party to the Agreement.",
            party(new, &change.new_pointer).unwrap_or_else(|| quoted(&change.new))
        ),
        (Group::Parties, Kind::Removed, 0) => format!(
            "{} ceases to be a party to the Agreement.",
            party(old, &change.old_pointer).unwrap_or_else(|| quoted(&change.old))
        ),
        (Group::Schemes, Kind::Added, 0) => format!(
            "A {} is added, as the varied agreement sets it out.",
            schedule.unwrap_or_else(|| "new Schedule".into())
        ),
        (Group::Schemes, Kind::Removed, 0) => format!(
            "{} ends and is deleted.",
            schedule.unwrap_or_else(|| "The Schedule".into())
        ),
        _ => {
            let place = schedule.map(|s| format!("In {s}, ")).unwrap_or_default();
            let what = subject(&change.path, place.is_empty());
            let new_value = match change.new.as_deref() {
                Some("unknown") if change.difference.is_some() => {
                    "an amount the partners have not yet agreed".to_owned()
                }
                _ => quoted(&change.new),
            };
            let difference = change
                .difference
                .as_deref()
                .filter(|d| *d != "unknown")
                .map(|d| format!(" (a difference of {})", md(&difference_words(d))))
                .unwrap_or_default();
            match change.kind {
                Kind::Added => format!("{place}{what} is added, reading {new_value}."),
                Kind::Removed => format!(
                    "{place}{what} is deleted (it read {}).",
                    quoted(&change.old)
                ),
                Kind::Changed | Kind::Renamed => format!(
                    "{place}{what} is amended: {} is replaced by {new_value}{difference}{}.",
                    quoted(&change.old),
                    hosts(old, new, change)
                ),
            }
        }
    }
}

/// For a change of a pool's host, which is written as a party id: the parties' names.
fn hosts(old: &Document, new: &Document, change: &Change) -> String {
    let named = |document: &Document, id: &Option<String>| {
        let id = id.as_deref()?;
        document.spec.parties.iter().find(|p| p.id == id).map(name)
    };
    match (
        change.path.ends_with(".pooled_fund.host"),
        named(old, &change.old),
        named(new, &change.new),
    ) {
        (true, Some(from), Some(to)) => format!(" (the host was {from} and is {to})"),
        _ => String::new(),
    }
}

/// What a change is to, in words where the path names a clause or a particular of the
/// agreement, with the path itself for tracing; capitalised at the start of a sentence.
fn subject(path: &str, starts: bool) -> String {
    let words = |key: &str| key.replace('_', " ");
    let parts: Vec<&str> = path.split('.').collect();
    let named = match parts.as_slice() {
        ["clauses", key] => Some(format!("the clause on {}", words(key))),
        ["not_applicable", key] => {
            Some(format!("the statement that {} does not apply", words(key)))
        }
        ["modern", key, ..] => Some(format!("the {} clause", words(key))),
        ["agreement", key, ..] => Some(format!("the Agreement's {}", words(key))),
        _ => None,
    };
    let text = match named {
        Some(named) => format!("{named} ({path})"),
        None => path.to_owned(),
    };
    let text = match (starts, text.strip_prefix("the ")) {
        (true, Some(rest)) => format!("The {rest}"),
        _ => text,
    };
    md(&text)
}
