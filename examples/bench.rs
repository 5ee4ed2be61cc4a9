//! Measures how fast jointly loads, checks and renders a directory of specs.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- 10000 /tmp/corpus     # a corpus to measure
//! cargo run --release --example bench -- /tmp/corpus [--render-sample N]
//! ```
//!
//! Every `*.yaml` and `*.yml` file directly in DIR is measured, in name order, on one thread
//! (the CLI spreads files over every CPU; this measures the work per file). Each stage reads every file from disk again (from the page
//! cache after the first stage), so reading is part of every figure:
//!
//! - **single file**: `load_file` + `rules::check` of `samples/complete-s75.yaml`. "cold" is
//!   the first call in the process, which also builds the JSON Schema validator; "warm" is
//!   the best of 20 calls after it. How long generating the schema from the types takes is
//!   timed on its own.
//! - **(a) read + YAML events**: every event of the parser the loader reads (granit-parser),
//!   with its span, and nothing built from them: the floor for any located YAML reader.
//! - **(f) read + located tree**: the YAML read into a tree with every node's span by saphyr's
//!   marked loader (`saphyr::MarkedYaml`), a YAML library jointly does not use: the issue's
//!   "located-tree floor", what any checker that reports locations must at least do. Measured
//!   in the same run, so that jointly's cost can be compared with it on the same machine on
//!   the same day. `--floor` runs this stage alone (for `scripts/bench-peer`).
//! - **(a2) read + scanner events**: the same with the loader's purpose-built scanner
//!   (`spec/scan`), which reads specs in front of the parser and gives up on anything it does
//!   not read with certainty; the note counts the files it left to the parser.
//! - **(b) full load**: `spec::load_bytes`: the one-pass reading of the events into the JSON
//!   and span index,
//!   schema validation, reading the typed model from the validated JSON, and the
//!   consistency checks.
//! - **(c) full check**: (b) and `rules::check`.
//! - **(d) render**: `render::render` (flags on) of the first N files (default 1000): the
//!   time of `render` alone, and of read + load + check + render of the same files.
//! - **breakdown** rows say where the time goes: schema validation alone
//!   (`spec::schema::validate` on the loaded document's JSON) and `rules::check` alone (on the
//!   loaded document). Reading the events into the JSON and the span index, and the typed
//!   model, are the rest of (b).
//!
//! Throughput is files per second and MB/s of spec input (1 MB = 10^6 bytes); per-file
//! latencies are the median and the 99th percentile. Memory: the peak resident set (VmHWM in
//! /proc/self/status) of each stage, where the kernel lets the peak be reset between stages
//! (`/proc/self/clear_refs`), the resident set at 10%, 50% and 100% of stage (c), which
//! should not grow with the number of files, and the peak of the whole run.
//!
//! Every stage, the floor included, runs on the allocator the binary uses (mimalloc), so the
//! stages compare with each other and with `jointly check` like for like.
//!
//! The whole command against the schema-only peer (js-yaml + ajv in one node process) is
//! `scripts/bench-peer DIR` (see CONTRIBUTING.md, "Measuring speed").

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jointly::render::{self, Templates};
use jointly::rules::{self, Severity};
use jointly::spec;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/complete-s75.yaml");

struct Stage {
    name: &'static str,
    files: usize,
    bytes: usize,
    total: Duration,
    latencies: Vec<Duration>,
    peak_kib: Option<u64>,
    note: String,
}

impl Stage {
    fn new(name: &'static str) -> Stage {
        reset_peak();
        Stage {
            name,
            files: 0,
            bytes: 0,
            total: Duration::ZERO,
            latencies: Vec::new(),
            peak_kib: None,
            note: String::new(),
        }
    }

    fn add(&mut self, bytes: usize, elapsed: Duration) {
        self.files += 1;
        self.bytes += bytes;
        self.total += elapsed;
        self.latencies.push(elapsed);
    }

    fn finish(mut self, note: String) -> Stage {
        self.peak_kib = status_kib("VmHWM");
        self.note = note;
        self
    }

    fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort_unstable();
        if sorted.is_empty() {
            return Duration::ZERO;
        }
        let i = ((sorted.len() - 1) as f64 * p).round() as usize;
        sorted[i]
    }
}

fn main() {
    let (dir, render_sample, floor_only) = arguments();
    let files = corpus(&dir);
    if floor_only {
        print_table(&[located_tree(&files)]);
        return;
    }
    single_file_timings();

    let mut stages = vec![
        parse_only(&files),
        located_tree(&files),
        scan_only(&files),
        full_load(&files),
    ];
    let (check, samples) = full_check(&files);
    stages.push(check);
    stages.extend(render_stage(&files, render_sample));
    stages.push(schema_only(&files));
    stages.push(check_only(&files));

    print_table(&stages);
    println!();
    print_ratios_and_memory(&stages, &samples);
}

/// The corpus directory, how many files to render and whether to measure only the floor,
/// from the command line.
fn arguments() -> (PathBuf, usize, bool) {
    let mut dir = None;
    let mut render_sample = 1000usize;
    let mut floor_only = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--render-sample" => {
                render_sample = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or_else(|| usage())
            }
            "--floor" => floor_only = true,
            "-h" | "--help" => usage(),
            _ if arg.starts_with("--") => usage(),
            _ if dir.is_none() => dir = Some(PathBuf::from(arg)),
            _ => usage(),
        }
    }
    let Some(dir) = dir else { usage() };
    (dir, render_sample, floor_only)
}

/// The spec files of the corpus, after a line saying how many and how big; exits when there
/// are none.
fn corpus(dir: &Path) -> Vec<PathBuf> {
    let files = match spec_files(dir) {
        Ok(files) if !files.is_empty() => files,
        Ok(_) => {
            eprintln!("bench: {}: no .yaml or .yml files", dir.display());
            std::process::exit(2);
        }
        Err(error) => {
            eprintln!("bench: {}: {error}", dir.display());
            std::process::exit(2);
        }
    };
    let corpus_bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    println!(
        "corpus: {} files, {:.1} MB, in {}; {} core(s) available, measured on 1 thread",
        files.len(),
        corpus_bytes as f64 / 1e6,
        dir.display(),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
    );
    files
}

/// The single file, measured before anything else so that "cold" really is the first load in
/// the process.
fn single_file_timings() {
    let (cold, warm) = single_file(Path::new(SAMPLE));
    println!(
        "single file (samples/complete-s75.yaml, load + check): cold {:.2} ms (first call, builds the schema validator), warm best of 20 {:.3} ms",
        ms(cold),
        ms(warm)
    );
    let start = Instant::now();
    black_box(spec::schema::json_schema());
    println!(
        "  of the cold call's extra time, generating the JSON Schema from the types (schema::json_schema) takes {:.2} ms; the rest is compiling the validator",
        ms(start.elapsed())
    );
    println!();
}

fn print_ratios_and_memory(stages: &[Stage], samples: &[(usize, u64)]) {
    let by_name = |prefix: &str| stages.iter().find(|s| s.name.starts_with(prefix));
    let per = |s: &Stage| s.total.as_secs_f64() / s.files.max(1) as f64;
    if let (Some(a), Some(b), Some(c)) = (by_name("(a)"), by_name("(b)"), by_name("(c)")) {
        println!(
            "ratios per file: check/parse-only {:.2}x, check/load {:.2}x, load/parse-only {:.2}x",
            per(c) / per(a),
            per(c) / per(b),
            per(b) / per(a)
        );
    }
    if let (Some(c), Some(floor)) = (by_name("(c)"), by_name("(f)")) {
        println!("full check/located-tree floor {:.2}x", per(c) / per(floor));
    }
    if let (Some(a), Some(scan)) = (by_name("(a)"), by_name("(a2)")) {
        println!("parser events/scanner events {:.2}x", per(a) / per(scan));
    }
    println!(
        "resident set during (c): {}",
        samples
            .iter()
            .map(|(done, kib)| format!("{} MiB after {done} files", mib(*kib)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    match status_kib("VmHWM") {
        Some(kib) if PEAK_RESETTABLE.load(std::sync::atomic::Ordering::Relaxed) => println!(
            "peak RSS (VmHWM) since the last stage began: {} MiB; per-stage peaks in the table",
            mib(kib)
        ),
        Some(kib) => println!("peak RSS (VmHWM) of the whole run: {} MiB", mib(kib)),
        None => println!("peak RSS: /proc/self/status not readable"),
    }
}

fn usage() -> ! {
    eprintln!("usage: bench DIR [--render-sample N] [--floor]");
    std::process::exit(2);
}

fn spec_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension().is_some_and(|e| {
                    e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml")
                })
        })
        .collect();
    files.sort();
    Ok(files)
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("bench: {}: {e}", path.display());
        std::process::exit(2);
    })
}

fn single_file(path: &Path) -> (Duration, Duration) {
    let run = || {
        let start = Instant::now();
        let document = spec::load_file(path).unwrap_or_else(|e| {
            eprintln!("bench: {e}");
            std::process::exit(2);
        });
        let checked = rules::check(&document);
        black_box(&checked);
        start.elapsed()
    };
    let cold = run();
    let warm = (0..20).map(|_| run()).min().unwrap_or(cold);
    (cold, warm)
}

fn parse_only(files: &[PathBuf]) -> Stage {
    let (stage, failed) = text_stage(files, "(a) read + YAML events", |text| {
        let mut ok = true;
        for event in granit_parser::Parser::new_from_str(text) {
            ok &= black_box(event).is_ok();
        }
        ok
    });
    stage.finish(format!("{failed} did not parse"))
}

fn located_tree(files: &[PathBuf]) -> Stage {
    use saphyr::LoadableYamlNode;
    let (stage, failed) = text_stage(files, "(f) read + located tree", |text| {
        black_box(saphyr::MarkedYaml::load_from_str(text)).is_ok()
    });
    stage.finish(format!("{failed} did not load; saphyr's marked loader"))
}

fn scan_only(files: &[PathBuf]) -> Stage {
    let (stage, gave_up) = text_stage(files, "(a2) read + scanner events", |text| {
        black_box(spec::scanned_events(text)).is_some()
    });
    stage.finish(format!("{gave_up} left to the parser"))
}

/// Reads every file and runs `work` on its text: the stage, and how many files were not
/// UTF-8 or `work` said false for.
fn text_stage(
    files: &[PathBuf],
    name: &'static str,
    work: impl Fn(&str) -> bool,
) -> (Stage, usize) {
    let mut stage = Stage::new(name);
    let mut failed = 0;
    for path in files {
        let start = Instant::now();
        let bytes = read(path);
        let done = std::str::from_utf8(&bytes).is_ok_and(&work);
        failed += usize::from(!done);
        stage.add(bytes.len(), start.elapsed());
    }
    (stage, failed)
}

fn full_load(files: &[PathBuf]) -> Stage {
    let mut stage = Stage::new("(b) full load");
    let mut failed = 0;
    for path in files {
        let start = Instant::now();
        let bytes = read(path);
        let loaded = spec::load_bytes(&path.display().to_string(), &bytes);
        failed += usize::from(loaded.is_err());
        black_box(&loaded);
        drop(loaded);
        stage.add(bytes.len(), start.elapsed());
    }
    stage.finish(format!("{failed} failed to load"))
}

/// Stage (c), with the resident set sampled at 10%, 50% and 100% of the files.
fn full_check(files: &[PathBuf]) -> (Stage, Vec<(usize, u64)>) {
    let mut stage = Stage::new("(c) full check");
    let (mut failed, mut errors, mut warnings, mut with_errors) = (0, 0, 0, 0);
    let marks = [files.len() / 10, files.len() / 2, files.len()];
    let mut samples = Vec::new();
    for (i, path) in files.iter().enumerate() {
        let start = Instant::now();
        let bytes = read(path);
        match spec::load_bytes(&path.display().to_string(), &bytes) {
            Ok(document) => {
                let checked = rules::check(&document);
                let e = checked.count(Severity::Error);
                errors += e;
                with_errors += usize::from(e > 0);
                warnings += checked.count(Severity::Warning);
                black_box(&checked);
            }
            Err(error) => {
                failed += 1;
                black_box(&error);
            }
        }
        stage.add(bytes.len(), start.elapsed());
        if marks.contains(&(i + 1))
            && let Some(kib) = status_kib("VmRSS")
        {
            samples.push((i + 1, kib));
        }
    }
    let note = format!(
        "{failed} failed to load; {with_errors} with errors; {errors} errors, {warnings} warnings"
    );
    (stage.finish(note), samples)
}

/// Stage (d): `render` alone, and the whole way from the file to the HTML.
fn render_stage(files: &[PathBuf], sample: usize) -> [Stage; 2] {
    let templates = Templates::load(None).unwrap_or_else(|e| {
        eprintln!("bench: {e}");
        std::process::exit(2);
    });
    let mut only = Stage::new("(d) render HTML");
    let mut whole = Stage::new("(d) read+load+check+render");
    let (mut html_bytes, mut failed) = (0usize, 0usize);
    for path in files.iter().take(sample) {
        let start = Instant::now();
        let bytes = read(path);
        let Ok(document) = spec::load_bytes(&path.display().to_string(), &bytes) else {
            failed += 1;
            continue;
        };
        let checked = rules::check(&document);
        let rendering = Instant::now();
        match render::render(&document, &checked, &templates, false) {
            Ok(draft) => {
                html_bytes += draft.html.len();
                black_box(&draft);
            }
            Err(error) => {
                failed += 1;
                black_box(&error);
            }
        }
        only.add(bytes.len(), rendering.elapsed());
        whole.add(bytes.len(), start.elapsed());
    }
    let note = format!(
        "first {} files; {failed} failed; {:.1} MB of HTML",
        sample.min(files.len()),
        html_bytes as f64 / 1e6
    );
    let only = only.finish(format!("render() alone, {note}"));
    let whole =
        whole.finish("the same files, end to end (peak shared with the row above)".to_owned());
    [only, whole]
}

fn check_only(files: &[PathBuf]) -> Stage {
    let mut stage = Stage::new("breakdown: rules::check");
    let mut findings = 0;
    for path in files {
        let bytes = read(path);
        let Ok(document) = spec::load_bytes(&path.display().to_string(), &bytes) else {
            continue;
        };
        let start = Instant::now();
        let checked = rules::check(&document);
        findings += checked.findings.len();
        black_box(&checked);
        stage.add(bytes.len(), start.elapsed());
    }
    stage.finish(format!(
        "check() alone on loaded specs, no read; {findings} findings"
    ))
}

fn schema_only(files: &[PathBuf]) -> Stage {
    let mut stage = Stage::new("breakdown: schema validation");
    let mut problems = 0;
    for path in files {
        let bytes = read(path);
        let Ok(document) = spec::load_bytes(&path.display().to_string(), &bytes) else {
            continue;
        };
        let start = Instant::now();
        let found = spec::schema::validate(&document.json);
        problems += found.len();
        black_box(&found);
        stage.add(bytes.len(), start.elapsed());
    }
    stage.finish(format!("validate() alone, no read; {problems} problems"))
}

fn print_table(stages: &[Stage]) {
    println!(
        "{:<31} {:>6} {:>9} {:>9} {:>8} {:>8} {:>8} {:>8}  {:>8}  notes",
        "stage", "files", "time s", "files/s", "MB/s", "mean ms", "p50 ms", "p99 ms", "peak MiB"
    );
    for s in stages {
        let secs = s.total.as_secs_f64();
        let rate = |x: f64| if secs > 0.0 { x / secs } else { 0.0 };
        println!(
            "{:<31} {:>6} {:>9.3} {:>9.0} {:>8.2} {:>8.3} {:>8.3} {:>8.3}  {:>8}  {}",
            s.name,
            s.files,
            secs,
            rate(s.files as f64),
            rate(s.bytes as f64 / 1e6),
            ms(s.total) / s.files.max(1) as f64,
            ms(s.percentile(0.5)),
            ms(s.percentile(0.99)),
            s.peak_kib.map_or_else(|| "-".to_owned(), mib),
            s.note
        );
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn mib(kib: u64) -> String {
    format!("{:.1}", kib as f64 / 1024.0)
}

/// A `kB` field of /proc/self/status (Linux only).
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

static PEAK_RESETTABLE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Resets VmHWM to the current resident set (Linux 4.0+), so each stage reports its own peak.
fn reset_peak() {
    let ok = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    PEAK_RESETTABLE.store(ok, std::sync::atomic::Ordering::Relaxed);
}
