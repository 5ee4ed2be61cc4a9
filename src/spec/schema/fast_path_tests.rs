//! The yes-or-no check [`validate`] asks first must answer as the full error walk does: no
//! problems exactly when it says the spec fits, on the samples, the fixtures and edits of them
//! (a line left out, a value made a word).

use super::{VALIDATOR, every_problem, validate};
use crate::spec::events;
use crate::spec::events::tests::texts;
use crate::spec::load::full_reading;

/// Checks one text's JSON, when it reads as JSON at all; whether it fits the schema.
fn agrees(name: &str, text: &str) -> Option<bool> {
    let json = match events::read(text) {
        Some(read) => read.json,
        None => full_reading(text).ok()?.0,
    };
    let fits = VALIDATOR.is_valid(&json);
    let problems = every_problem(&json);
    assert_eq!(fits, problems.is_empty(), "{name}: {problems:?}");
    assert_eq!(validate(&json), problems, "{name}");
    Some(fits)
}

#[test]
fn the_quick_check_agrees_with_the_error_walk() {
    let texts: Vec<_> = texts("samples")
        .into_iter()
        .chain(texts("tests/fixtures"))
        .collect();
    let (mut fit, mut misfit) = (0, 0);
    for (name, text) in &texts {
        match agrees(name, text) {
            Some(true) => fit += 1,
            Some(false) => misfit += 1,
            None => {}
        }
        for (case, edited) in edits(text).iter().enumerate() {
            match agrees(&format!("{name} edited ({case})"), edited) {
                Some(true) => fit += 1,
                Some(false) => misfit += 1,
                None => {}
            }
        }
    }
    // Both answers must have been tried many times.
    assert!(fit > 50 && misfit > 50, "{fit} fit, {misfit} do not");
}

/// Every seventh line left out, and every seventh `key: value` line's value made `tbc`: keys
/// go missing, lists and sections become text, numbers and dates become words.
fn edits(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut edits = Vec::new();
    for at in (3..lines.len()).step_by(7) {
        let mut left_out = lines.clone();
        left_out.remove(at);
        edits.push(left_out.join("\n"));
        if let Some((key, _)) = lines[at].split_once(": ") {
            let mut worded = lines.clone();
            let line = format!("{key}: tbc");
            worded[at] = &line;
            edits.push(worded.join("\n"));
        }
    }
    edits
}
