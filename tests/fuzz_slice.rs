//! A short deterministic slice of the mutation fuzz (`examples/fuzz/`): the same mutated
//! samples, run through the binary's `check`, `render` and `report`, with no panic, no hang and
//! no exit status outside 0, 1 and 2. `cargo run --example fuzz` runs the full campaign.

#[allow(dead_code)]
#[path = "../examples/fuzz/campaign.rs"]
mod campaign;
#[allow(dead_code)]
#[path = "../examples/fuzz/mutate.rs"]
mod mutate;
#[allow(dead_code)]
#[path = "../examples/fuzz/run.rs"]
mod run;

use std::path::{Path, PathBuf};
use std::time::Duration;

use campaign::{Setup, campaign};
use run::Mode;

/// The example's default seed, so the slice is the first cases of the full campaign.
const SEED: u64 = 11;

fn samples() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut samples: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    samples.sort();
    samples
}

fn slice(mode: Mode, cases: u64) {
    let samples = samples();
    let work: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("fuzz_slice")
        .join(format!("{mode:?}"));
    let setup = Setup {
        binary: Path::new(env!("CARGO_BIN_EXE_jointly")),
        samples: &samples,
        seed: SEED,
        timeout: Duration::from_secs(20),
        batch: 10,
        work: &work,
    };
    let outcome = campaign(&setup, mode, 0..cases);
    assert_eq!(outcome.cases, cases);
    assert!(
        outcome.findings.is_empty(),
        "{mode:?} failed on mutated samples (files kept in {}):\n{:#?}",
        work.display(),
        outcome.findings
    );
}

#[test]
fn check_survives_mutated_samples() {
    slice(Mode::Check, 200);
}

#[test]
fn render_survives_mutated_samples() {
    slice(Mode::Render, 20);
}

#[test]
fn report_survives_mutated_samples() {
    slice(Mode::Report, 20);
}

#[test]
fn cases_are_deterministic() {
    let samples = samples();
    let make = |case| {
        let mut rng = mutate::Rng::for_case(SEED, case);
        let (_, text) = rng.pick(&samples);
        mutate::mutate(&mut rng, text)
    };
    for case in 0..50 {
        assert_eq!(make(case), make(case));
    }
    assert_ne!(make(1), make(2));
}
