//! A run of many cases of one command: making each case's files, running them in batches, and
//! running a failed batch again case by case to find the reproducers. Shared with
//! `tests/fuzz_slice.rs`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::mutate::{Rng, mutate};
use super::run::{Failure, Mode, arguments, run};

/// What a campaign needs to know.
pub struct Setup<'a> {
    pub binary: &'a Path,
    /// The samples mutated, as (file name, text).
    pub samples: &'a [(String, String)],
    pub seed: u64,
    /// The longest one case may run.
    pub timeout: Duration,
    /// How many cases one run of the binary takes (`check` and `render`; `report` takes one).
    pub batch: usize,
    /// Where cases are written and reproducers kept.
    pub work: &'a Path,
}

/// A case that failed, with what it takes to make it again.
#[derive(Debug, Clone)]
pub struct Finding {
    pub mode: Mode,
    pub case: u64,
    pub failure: Failure,
    /// The mutated specs, kept under the work directory.
    pub files: Vec<PathBuf>,
    /// The sample each file came from and the mutations applied.
    pub origin: Vec<String>,
    pub command: String,
}

/// What a campaign found.
#[derive(Debug, Default)]
pub struct Outcome {
    pub cases: u64,
    pub runs: u64,
    /// Runs that exited 0, 1 and 2.
    pub exits: [u64; 3],
    pub findings: Vec<Finding>,
    pub slowest: Duration,
}

/// Case numbers of each command start apart, so that a check case and a render case with the
/// same number are different files.
fn stream(mode: Mode) -> u64 {
    match mode {
        Mode::Check => 0,
        Mode::Render => 1 << 32,
        Mode::Report => 2 << 32,
    }
}

/// The files of case `case`: one mutated spec for `check` and `render`; for `report`, two
/// mutated specs and one intact sample in a directory of their own.
fn write_case(setup: &Setup, mode: Mode, case: u64, dir: &Path) -> (Vec<PathBuf>, Vec<String>) {
    let mut rng = Rng::for_case(setup.seed, stream(mode) + case);
    let count = if mode == Mode::Report { 2 } else { 1 };
    let mut files = Vec::new();
    let mut origin = Vec::new();
    for n in 0..count {
        let (name, text) = rng.pick(setup.samples);
        let (bytes, kinds) = mutate(&mut rng, text);
        let path = dir.join(format!("case-{case}-{n}.yaml"));
        std::fs::write(&path, bytes).expect("write a case");
        origin.push(format!("{name}: {}", kinds.join(", ")));
        files.push(path);
    }
    if mode == Mode::Report {
        let (name, text) = rng.pick(setup.samples);
        let path = dir.join(format!("case-{case}-intact.yaml"));
        std::fs::write(&path, text).expect("write a case");
        origin.push(format!("{name}: intact"));
        files.push(path);
    }
    (files, origin)
}

/// Runs cases `cases` of `mode`.
pub fn campaign(setup: &Setup, mode: Mode, cases: std::ops::Range<u64>) -> Outcome {
    let mut outcome = Outcome::default();
    let batch = if mode == Mode::Report {
        1
    } else {
        setup.batch.max(1) as u64
    };
    let dir = setup.work.join(format!("{mode:?}").to_lowercase());
    let mut start = cases.start;
    while start < cases.end {
        let end = (start + batch).min(cases.end);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("make the work directory");
        let written: Vec<(u64, Vec<PathBuf>, Vec<String>)> = (start..end)
            .map(|case| {
                let (files, origin) = write_case(setup, mode, case, &dir);
                (case, files, origin)
            })
            .collect();
        let inputs: Vec<PathBuf> = match mode {
            // `report` is given the directory, so that it walks it.
            Mode::Report => vec![dir.clone()],
            _ => written.iter().flat_map(|(_, f, _)| f.clone()).collect(),
        };
        let args = arguments(mode, &inputs, &dir, start as usize);
        let timeout = setup.timeout * (end - start) as u32;
        let ran = run(setup.binary, &args, &dir, timeout);
        outcome.runs += 1;
        outcome.cases += end - start;
        outcome.slowest = outcome.slowest.max(ran.took / (end - start) as u32);
        match ran.failure {
            None => {
                let code = ran.code.and_then(|c| usize::try_from(c).ok()).unwrap_or(0);
                outcome.exits[code.min(2)] += 1;
            }
            Some(failure) if end - start == 1 => {
                let (case, files, origin) = written.into_iter().next().expect("one case");
                let finding = keep(setup, mode, case, failure, &files, origin, &args);
                outcome.findings.push(finding);
            }
            Some(failure) => {
                let found = retry(setup, mode, &dir, written, start);
                outcome.runs += found.1;
                if found.0.is_empty() {
                    // Only the batch as a whole fails (e.g. too slow together): keep it whole.
                    let finding = Finding {
                        mode,
                        case: start,
                        failure,
                        files: inputs,
                        origin: vec![format!("cases {start} to {}, together", end - 1)],
                        command: format!("jointly {}", args.join(" ")),
                    };
                    outcome.findings.push(finding);
                }
                outcome.findings.extend(found.0);
            }
        }
        start = end;
    }
    outcome
}

/// Runs each case of a failed batch on its own; gives the failing ones and the runs made.
fn retry(
    setup: &Setup,
    mode: Mode,
    dir: &Path,
    written: Vec<(u64, Vec<PathBuf>, Vec<String>)>,
    start: u64,
) -> (Vec<Finding>, u64) {
    let mut findings = Vec::new();
    let mut runs = 0;
    for (case, files, origin) in written {
        let args = arguments(mode, &files, dir, start as usize);
        runs += 1;
        if let Some(failure) = run(setup.binary, &args, dir, setup.timeout).failure {
            findings.push(keep(setup, mode, case, failure, &files, origin, &args));
        }
    }
    (findings, runs)
}

/// Copies a failing case's files to `findings/` and describes it.
fn keep(
    setup: &Setup,
    mode: Mode,
    case: u64,
    failure: Failure,
    files: &[PathBuf],
    origin: Vec<String>,
    args: &[String],
) -> Finding {
    let kept_dir = setup.work.join("findings");
    std::fs::create_dir_all(&kept_dir).expect("make the findings directory");
    let kept: Vec<PathBuf> = files
        .iter()
        .map(|file| {
            let name = format!(
                "{}-{}",
                format!("{mode:?}").to_lowercase(),
                file.file_name().and_then(|n| n.to_str()).unwrap_or("case")
            );
            let to = kept_dir.join(name);
            let _ = std::fs::copy(file, &to);
            to
        })
        .collect();
    let printed = |name: &str| {
        let text = std::fs::read(files[0].with_file_name(name)).unwrap_or_default();
        String::from_utf8_lossy(&text).into_owned()
    };
    let _ = std::fs::write(
        kept_dir.join(format!("{mode:?}-{case}.stderr").to_lowercase()),
        printed("stderr"),
    );
    Finding {
        mode,
        case,
        failure,
        files: kept,
        origin,
        command: format!("jointly {}", args.join(" ")),
    }
}
