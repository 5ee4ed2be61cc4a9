//! The yes-or-no check [`validate`] asks first must answer as the full error walk does: no
//! problems exactly when it says the spec fits, on the samples, the fixtures and mutations of
//! them.

#[allow(dead_code)]
#[path = "../../../examples/fuzz/mutate.rs"]
mod mutate;

use super::{VALIDATOR, every_problem, validate};
use crate::spec::events;
use crate::spec::events::tests::texts;
use crate::spec::load::full_reading;
use mutate::{Rng, mutate};

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
        for case in 0..4 {
            let mut rng = Rng::for_case(11, case);
            let mutated = String::from_utf8_lossy(&mutate(&mut rng, text).0).into_owned();
            match agrees(&format!("{name} mutated ({case})"), &mutated) {
                Some(true) => fit += 1,
                Some(false) => misfit += 1,
                None => {}
            }
        }
    }
    // Both answers must have been tried many times.
    assert!(fit > 50 && misfit > 50, "{fit} fit, {misfit} do not");
}
