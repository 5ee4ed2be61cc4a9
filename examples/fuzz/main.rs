//! The mutation fuzz (issue 11): mutates the samples and runs the built `jointly` binary's
//! `check`, `render` and `report` on them, failing on any exit status outside 0, 1 and 2, any
//! "panicked" in what it printed, or a run past the timeout.
//!
//! ```sh
//! cargo run --example fuzz                                   # 20,000 check, 2,000 render and report
//! cargo run --example fuzz -- --check 500 --render 50 --report 50 --seed 7
//! ```
//!
//! Options: `--check N`, `--render N`, `--report N` (cases of each), `--seed S` (default 11),
//! `--timeout-ms T` (per case, default 10000), `--batch B` (specs one `check` or `render` run
//! takes, default 20; a failing batch is run again case by case), `--work DIR` (default
//! `target/fuzz`), `--bin PATH` (the binary; by default it is built first, in this example's
//! profile, with `cargo build`). Mutations: byte flips, truncation, key deletion and
//! duplication, type swaps (other types, hostile numbers, tags, anchors, bidi characters),
//! number swaps, indentation shifts and line swaps, one to three per spec. Every case is made
//! from the seed and its number alone, so the same seed gives the same cases. Each failing
//! case is copied to `WORK/findings/` with what it printed, and listed with its command; the
//! example then exits 1. `tests/fuzz_slice.rs` runs a short slice of the same cases in
//! `cargo test`.

mod campaign;
mod mutate;
mod run;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use campaign::{Outcome, Setup, campaign};
use run::Mode;

struct Options {
    counts: [(Mode, u64); 3],
    seed: u64,
    timeout: Duration,
    batch: usize,
    work: PathBuf,
    binary: Option<PathBuf>,
}

fn options() -> Options {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut options = Options {
        counts: [
            (Mode::Check, 20_000),
            (Mode::Render, 2_000),
            (Mode::Report, 2_000),
        ],
        seed: 11,
        timeout: Duration::from_secs(10),
        batch: 20,
        work: root.join("target/fuzz"),
        binary: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .unwrap_or_else(|| usage(&format!("{flag} needs a value")));
        let number = || {
            value
                .parse::<u64>()
                .unwrap_or_else(|_| usage(&format!("{flag} takes a number")))
        };
        match flag.as_str() {
            "--check" => options.counts[0].1 = number(),
            "--render" => options.counts[1].1 = number(),
            "--report" => options.counts[2].1 = number(),
            "--seed" => options.seed = number(),
            "--timeout-ms" => options.timeout = Duration::from_millis(number()),
            "--batch" => options.batch = number() as usize,
            "--work" => options.work = PathBuf::from(&value),
            // Absolute, because each case runs in its own directory.
            "--bin" => {
                let binary = PathBuf::from(&value);
                let binary = std::path::absolute(&binary).unwrap_or(binary);
                options.binary = Some(binary);
            }
            _ => usage(&format!("unknown option {flag}")),
        }
    }
    options
}

fn usage(problem: &str) -> ! {
    eprintln!("fuzz: {problem}");
    eprintln!(
        "usage: cargo run --example fuzz -- [--check N] [--render N] [--report N] [--seed S] [--timeout-ms T] [--batch B] [--work DIR] [--bin PATH]"
    );
    std::process::exit(2)
}

/// The binary to fuzz: built first in this example's profile, unless `--bin` names one.
fn binary(given: Option<PathBuf>) -> PathBuf {
    if let Some(path) = given {
        return path;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let release = !cfg!(debug_assertions);
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut build = Command::new(cargo);
    build
        .args(["build", "--quiet", "--bin", "jointly"])
        .current_dir(root);
    if release {
        build.arg("--release");
    }
    let status = build.status().expect("run cargo build");
    assert!(status.success(), "cargo build --bin jointly failed");
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    target
        .join(if release { "release" } else { "debug" })
        .join(format!("jointly{}", std::env::consts::EXE_SUFFIX))
}

/// The samples, in name order.
fn samples() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut samples: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("read samples/")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "yaml").then_some(())?;
            let name = path.file_name()?.to_str()?.to_owned();
            Some((name, std::fs::read_to_string(&path).ok()?))
        })
        .collect();
    samples.sort();
    samples
}

fn main() {
    let options = options();
    let binary = binary(options.binary.clone());
    let samples = samples();
    let setup = Setup {
        binary: &binary,
        samples: &samples,
        seed: options.seed,
        timeout: options.timeout,
        batch: options.batch,
        work: &options.work,
    };
    let _ = std::fs::remove_dir_all(options.work.join("findings"));
    println!(
        "fuzzing {} with {} samples, seed {}, timeout {} ms per case",
        binary.display(),
        samples.len(),
        options.seed,
        options.timeout.as_millis()
    );
    let mut failed = 0;
    for (mode, count) in options.counts {
        let started = Instant::now();
        let outcome = campaign(&setup, mode, 0..count);
        summary(mode, &outcome, started.elapsed());
        failed += outcome.findings.len();
    }
    if failed > 0 {
        println!(
            "{failed} failing cases; their files are in {}",
            options.work.join("findings").display()
        );
        std::process::exit(1);
    }
    println!("no panic, hang or exit status outside 0, 1 and 2");
}

fn summary(mode: Mode, outcome: &Outcome, took: Duration) {
    println!(
        "{:<7} {:>6} cases in {:>5} runs, {:>6.1} s: runs exiting 0/1/2: {}/{}/{}; slowest case {} ms; {} failing",
        format!("{mode:?}").to_lowercase(),
        outcome.cases,
        outcome.runs,
        took.as_secs_f64(),
        outcome.exits[0],
        outcome.exits[1],
        outcome.exits[2],
        outcome.slowest.as_millis(),
        outcome.findings.len()
    );
    for finding in &outcome.findings {
        println!(
            "  {:?} case {} {:?}: {}\n    from {}\n    {}",
            finding.mode,
            finding.case,
            finding.failure,
            finding
                .files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(" "),
            finding.origin.join("; "),
            finding.command
        );
    }
}
