//! Running the built binary on one case, with a timeout, and judging what it did. Shared with
//! `tests/fuzz_slice.rs`.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The commands the fuzz runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Check,
    Render,
    Report,
}

/// Formats `check` cycles through, so every writer sees mutated specs.
const CHECK_FORMATS: [&str; 6] = ["human", "json", "sarif", "junit", "github", "gitlab"];
const REPORT_FORMATS: [&str; 3] = ["html", "md", "json"];

/// Why a run failed the fuzz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// It ran past the timeout and was killed.
    Hang,
    /// It exited outside 0, 1 and 2, or was ended by a signal (`None`).
    Exit(Option<i32>),
    /// It printed "panicked".
    Panicked,
}

/// The arguments for `mode` on `inputs`, writing under `out`; `variant` picks the format.
pub fn arguments(mode: Mode, inputs: &[PathBuf], out: &Path, variant: usize) -> Vec<String> {
    let mut args: Vec<String> = match mode {
        Mode::Check => vec![
            "check".into(),
            "-j1".into(),
            "--format".into(),
            CHECK_FORMATS[variant % CHECK_FORMATS.len()].into(),
        ],
        Mode::Render => vec![
            "render".into(),
            "--force".into(),
            "--output".into(),
            out.join("drafts").display().to_string(),
        ],
        Mode::Report => {
            let format = REPORT_FORMATS[variant % REPORT_FORMATS.len()];
            vec![
                "report".into(),
                "--force".into(),
                "--format".into(),
                format.into(),
                "--output".into(),
                out.join(format!("dashboard.{format}"))
                    .display()
                    .to_string(),
            ]
        }
    };
    args.extend(["--color".into(), "never".into()]);
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    args
}

/// What one run of the binary did.
pub struct Ran {
    /// Why it failed the fuzz, if it did.
    pub failure: Option<Failure>,
    /// Its exit status, when it exited.
    pub code: Option<i32>,
    pub took: Duration,
}

/// Runs `binary` with `args` in `dir`, output to files there, killing it after `timeout`.
pub fn run(binary: &Path, args: &[String], dir: &Path, timeout: Duration) -> Ran {
    let stdout_path = dir.join("stdout");
    let stderr_path = dir.join("stderr");
    let started = Instant::now();
    let spawned = File::create(&stdout_path).and_then(|stdout| {
        let stderr = File::create(&stderr_path)?;
        Command::new(binary)
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
    });
    let mut child = match spawned {
        Ok(child) => child,
        Err(error) => panic!("cannot run {}: {error}", binary.display()),
    };
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(1)),
            Err(error) => panic!("cannot wait for {}: {error}", binary.display()),
        }
    };
    let took = started.elapsed();
    let Some(status) = status else {
        return Ran {
            failure: Some(Failure::Hang),
            code: None,
            took,
        };
    };
    let printed = |path: &Path| std::fs::read(path).unwrap_or_default();
    let panicked = [printed(&stdout_path), printed(&stderr_path)]
        .iter()
        .any(|bytes| bytes.windows(8).any(|w| w == b"panicked"));
    let failure = match status.code() {
        Some(0..=2) if !panicked => None,
        Some(0..=2) => Some(Failure::Panicked),
        code => Some(Failure::Exit(code)),
    };
    Ran {
        failure,
        code: status.code(),
        took,
    }
}
