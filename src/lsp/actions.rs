//! Quick fixes: for a finding about a missing key, insert the key's skeleton (from the schema,
//! with placeholders jointly flags) in its parent mapping. A fix is offered only when the text
//! it makes still loads and no longer has that finding.

use super::analysis::{Analysis, Item, analyse};
use crate::rules::Settings;
use crate::spec::skeleton::{self, Insertion};

/// A quick fix: what it is called and the text it inserts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    /// The rule ID of the finding it fixes.
    pub fixes: &'static str,
    pub insertion: Insertion,
}

/// The quick fixes for the findings that touch the bytes `start..=end` of `text`.
pub fn fixes(
    name: &str,
    text: &str,
    analysis: &Analysis,
    settings: &Settings,
    (start, end): (usize, usize),
) -> Vec<Fix> {
    let Some(document) = &analysis.document else {
        return Vec::new();
    };
    let mut fixes: Vec<Fix> = Vec::new();
    for item in &analysis.items {
        let (from, to) = item.reach(text);
        let touches = from <= end && start <= to;
        let Some(pointer) = item.pointer.as_deref().filter(|_| touches) else {
            continue;
        };
        let Some(insertion) = skeleton::insertion(document, pointer) else {
            continue;
        };
        if fixes.iter().any(|f| f.insertion == insertion)
            || !removes(name, text, item, &insertion, settings)
        {
            continue;
        }
        let key = pointer.rsplit('/').next().unwrap_or_default();
        fixes.push(Fix {
            title: format!("Add `{key}` ({})", item.id),
            fixes: item.id,
            insertion,
        });
    }
    fixes
}

/// Whether the text with `insertion` made loads, and no longer reports `item`.
fn removes(
    name: &str,
    text: &str,
    item: &Item,
    insertion: &Insertion,
    settings: &Settings,
) -> bool {
    let Some(before) = text.get(..insertion.offset) else {
        return false;
    };
    let edited = format!("{before}{}{}", insertion.text, &text[insertion.offset..]);
    let after = analyse(name, &edited, settings);
    after.document.is_some()
        && !after
            .items
            .iter()
            .any(|i| i.id == item.id && i.pointer == item.pointer)
}
