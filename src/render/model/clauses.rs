//! The clauses of the 2007 DCSF/DH checklist (and `variation`): what each says, where the
//! draft sets out the data that addresses it, or why it does not apply.

use std::collections::BTreeMap;

use serde::Serialize;

use super::act::ActModel;
use crate::render::text::markdown as md;
use crate::rules::{Addressed, Checked, SetOut};
use crate::spec::Spec;

#[derive(Debug, Default, Serialize)]
pub struct ClauseModel {
    /// What the clause says after its heading, escaped: the first paragraph of the officer's
    /// text; else where the draft sets out the structured data that addresses the item
    /// ("Provided for as set out in each Schedule."); else why the item does not apply; else
    /// that it is to be agreed. None for the optional item (27) with nothing further, whose
    /// clause is left out.
    pub body: Option<String>,
    /// The sub-paragraphs of the first paragraph, as the officer wrote them.
    pub items: Vec<SubParagraph>,
    /// The officer's further paragraphs, each a numbered paragraph of its own after the first.
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph of officer-written clause text after the first: its text and its sub-paragraphs.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// The paragraph's text, escaped, on one line.
    pub text: String,
    pub items: Vec<SubParagraph>,
}

/// A sub-paragraph (`(a) …`) of a paragraph of clause text.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct SubParagraph {
    /// The officer's label, in parentheses: `(a)`, `(ii)`, `(1)` (from `(a)`, `a)`, `a.` …).
    pub label: String,
    /// Its text, escaped, on one line.
    pub text: String,
}

/// Each clause of the checklist (and `variation`), by key. The checker's own status of each
/// item (`rules::checklist`) decides where data sets it out and whether it is left out, so the
/// draft and `check` agree. Outside a partnership agreement (`partnership` false: a payment
/// agreement) a clause the spec leaves unaddressed is left out, not "to be agreed".
pub(super) fn all(
    spec: &Spec,
    checked: &Checked,
    act: &ActModel,
    partnership: bool,
) -> BTreeMap<&'static str, ClauseModel> {
    let stated = |text: Option<&str>| text.filter(|t| !t.trim().is_empty()).map(md);
    let written = |text: Option<&str>| text.filter(|t| !t.trim().is_empty()).map(structured);
    // Under a basis with no power to delegate, delegations are not drafted, so they cannot be
    // where an item is set out: an item met only through them is marked as not drafted.
    let undelegated = (!act.delegation_power).then(|| {
        let mut spec = spec.clone();
        for scheme in &mut spec.schemes {
            scheme.delegations.clear();
        }
        spec
    });
    let mut clauses = BTreeMap::new();
    for (item, addressed) in &checked.checklist.items {
        let set_out = match (addressed, item.data) {
            (Addressed::ByData, Some(data)) => Some(match &undelegated {
                Some(undelegated) if !(data.test)(undelegated) => not_drafted(act),
                _ => set_out_words(data.set_out),
            }),
            _ => None,
        };
        let clause = written(spec.clauses.get(item.key)).unwrap_or_else(|| ClauseModel {
            body: set_out
                .or_else(|| stated(spec.not_applicable.get(item.key)).map(not_applicable_words))
                .or_else(|| {
                    (partnership && *addressed != Addressed::NothingFurther).then(to_be_agreed)
                }),
            ..ClauseModel::default()
        });
        clauses.insert(item.key, clause);
    }
    let variation = written(spec.clauses.get("variation")).unwrap_or_else(|| ClauseModel {
        body: partnership.then(to_be_agreed),
        ..ClauseModel::default()
    });
    clauses.insert("variation", variation);
    clauses
}

/// Officer-written clause text, as paragraphs and sub-paragraphs. A blank line ends a
/// paragraph. A line that starts with a label (`(a)`, `(ii)`, `a)`, `1.`, `(1)`…) and text
/// starts a sub-paragraph of the paragraph before it, even after a blank line. Any other line
/// continues the paragraph or sub-paragraph it follows, except that a line after a
/// sub-paragraph ending with a full stop (the last of a list) starts a new paragraph. The
/// clause's first line is always text, never a sub-paragraph, so text on one line is drafted
/// exactly as written. The first paragraph is the clause's text; each further one becomes a
/// numbered paragraph of its own.
///
/// YAML's `|` keeps every line break, so there a blank line separates paragraphs. `>` folds
/// the lines of a paragraph into one and turns one blank line into a single line break: there
/// sub-paragraphs set apart by blank lines, and a paragraph after a list, still come through,
/// but two paragraphs of plain text need two blank lines between them.
fn structured(text: &str) -> ClauseModel {
    type Lines<'a> = Vec<&'a str>;
    let mut paragraphs: Vec<(Lines, Vec<(String, Lines)>)> = Vec::new();
    let mut blank = true;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = true;
            continue;
        }
        let after_blank = std::mem::replace(&mut blank, false);
        match (label_of(line), paragraphs.last_mut()) {
            (Some((label, rest)), Some((_, items))) => items.push((label, vec![rest])),
            (None, Some((lead, items))) if !after_blank => match items.last_mut() {
                None => lead.push(line),
                Some((_, item)) if !item.last().is_some_and(|l| l.ends_with('.')) => {
                    item.push(line)
                }
                Some(_) => paragraphs.push((vec![line], Vec::new())),
            },
            _ => paragraphs.push((vec![line], Vec::new())),
        }
    }
    let mut paragraphs = paragraphs.into_iter().map(|(lead, items)| Paragraph {
        text: md(&lead.join(" ")),
        items: items
            .into_iter()
            .map(|(label, lines)| SubParagraph {
                label,
                text: md(&lines.join(" ")),
            })
            .collect(),
    });
    let first = paragraphs.next().unwrap_or(Paragraph {
        text: String::new(),
        items: Vec::new(),
    });
    ClauseModel {
        body: Some(first.text),
        items: first.items,
        paragraphs: paragraphs.collect(),
    }
}

/// The label a line of clause text starts with, written in parentheses, and the text after
/// it: `(a) text`, `(ii) text`, `a) text`, `a. text`, `1. text` and `(1) text`. A label is a
/// number of up to three digits, one lower-case letter, or a lower-case roman numeral, and
/// must be followed by a space and text.
fn label_of(line: &str) -> Option<(String, &str)> {
    let (open, line) = match line.strip_prefix('(') {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    let end = line.find(|c: char| !c.is_ascii_alphanumeric())?;
    let (label, rest) = line.split_at(end);
    let closed = match rest.chars().next() {
        Some(')') => true,
        Some('.') => !open,
        _ => false,
    };
    let numeral = |l: &str| l.len() <= 3 && l.chars().all(|c| c.is_ascii_digit());
    let letter = |l: &str| l.len() == 1 && l.chars().all(|c| c.is_ascii_lowercase());
    let roman = |l: &str| l.len() <= 6 && l.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    if !closed || !(numeral(label) || letter(label) || roman(label)) {
        return None;
    }
    // The closing `)` or `.` is one byte.
    let text = rest[1..].strip_prefix([' ', '\t'])?.trim_start();
    (!label.is_empty() && !text.is_empty()).then(|| (format!("({label})"), text))
}

fn not_applicable_words(reason: String) -> String {
    format!("The Partners agree that this matter does not apply to this Agreement: {reason}")
}

fn to_be_agreed() -> String {
    "[To be agreed.]".to_owned()
}

/// Where the draft sets out data that addresses a checklist item. An agreement clause is the
/// paragraph labelled with the item's key (`@@2[review]`), numbered when the draft is.
fn set_out_words(set_out: SetOut) -> String {
    match set_out {
        SetOut::EachSchedule => "Provided for as set out in each Schedule.".into(),
        SetOut::EachPoolSchedule => {
            "Provided for as set out in the Schedule of each Pooled Fund.".into()
        }
        SetOut::Schedules => "Provided for as set out in the Schedules.".into(),
        SetOut::AgreementClause(label) => format!("Provided for as set out in clause @@[{label}]."),
    }
}

/// An item the spec meets only through delegations its basis does not allow.
fn not_drafted(act: &ActModel) -> String {
    format!("[Not drafted: {}; see the Schedules.]", act.delegation_bar)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(label: &str, text: &str) -> SubParagraph {
        SubParagraph {
            label: label.into(),
            text: isolated(text),
        }
    }

    /// Spec text as `md` gives it: marked to be isolated in HTML.
    fn isolated(text: &str) -> String {
        format!("\u{2068}{text}\u{2069}")
    }

    #[test]
    fn text_becomes_paragraphs_and_sub_paragraphs() {
        let clause = structured(
            "The Board:\n(i) meets;\nii) reports.\n\nEach Partner:\n\n1. pays; and\n\na. audits\nits share.\n\n\nNo *more*.",
        );
        assert_eq!(clause.body, Some(isolated("The Board:")));
        assert_eq!(
            clause.items,
            [item("(i)", "meets;"), item("(ii)", "reports.")]
        );
        assert_eq!(
            clause.paragraphs,
            [
                Paragraph {
                    text: isolated("Each Partner:"),
                    items: vec![item("(1)", "pays; and"), item("(a)", "audits its share.")],
                },
                Paragraph {
                    text: isolated("No \\*more\\*."),
                    items: vec![],
                },
            ]
        );
        let plain = structured("One line\nwrapped. Still\none paragraph.");
        assert_eq!(
            plain.body,
            Some(isolated("One line wrapped. Still one paragraph."))
        );
        assert!(plain.items.is_empty() && plain.paragraphs.is_empty());
    }
}
