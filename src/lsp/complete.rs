//! Completion of party ids where the spec refers to a party.

use super::analysis::Analysis;
use crate::spec::{Document, editing, party_reference_pointers};

/// A party that can be named: its id and full name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyChoice {
    pub id: String,
    pub name: Option<String>,
}

/// The parties to offer at byte `offset` of `text`, or none where no party is referred to.
/// The spec as it last loaded (`last`) says which keys refer to parties and what the parties
/// are while the text being typed does not load.
pub fn parties(
    text: &str,
    analysis: &Analysis,
    last: Option<&Document>,
    offset: usize,
) -> Vec<PartyChoice> {
    let Some(document) = analysis.document.as_ref().or(last) else {
        return Vec::new();
    };
    let references = party_reference_pointers(&document.spec);
    let on_reference = analysis.document.as_ref().is_some_and(|current| {
        current
            .index
            .node_at(offset)
            .is_some_and(|(pointer, _, on_key)| {
                !on_key && references.iter().any(|r| r.as_str() == pointer)
            })
    });
    let typed = editing::key_being_valued(text, offset).is_some_and(|key| {
        references
            .iter()
            .any(|r| r.as_str().rsplit('/').next() == Some(key))
    });
    if !on_reference && !typed {
        return Vec::new();
    }
    document
        .spec
        .parties
        .iter()
        .map(|party| PartyChoice {
            id: party.id.clone(),
            name: party.name.clone(),
        })
        .collect()
}
