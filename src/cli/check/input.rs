//! What `jointly check` reads besides the files it finds: a spec on standard input (`-`, named
//! by `--stdin-filename`), and the files `--force-exclude` leaves out.

use std::io::Read;
use std::path::{Path, PathBuf};

use jointly::config;
use jointly::runner::{self, Candidate};
use jointly::spec;

/// The path that stands for standard input. A file of that name is checked as `./-`.
pub const STDIN: &str = "-";

/// The name a spec read from standard input is given when `--stdin-filename` names none.
pub const DEFAULT_NAME: &str = "<stdin>";

/// A spec read from standard input.
pub struct StdinSpec {
    /// The name it is reported under.
    pub name: String,
    /// Whether the name was given (`--stdin-filename`), so that `--force-exclude` applies.
    named: bool,
    bytes: Vec<u8>,
}

/// Whether the run reads standard input: `-` is among the paths, or `--stdin-filename` is given
/// with no path. A `--stdin-filename` with paths that do not include `-` is a usage error.
pub fn reads_stdin(paths: &[PathBuf], stdin_filename: Option<&Path>) -> anyhow::Result<bool> {
    let dash = paths.iter().any(|p| is_stdin(p));
    if stdin_filename.is_some() && !dash && !paths.is_empty() {
        anyhow::bail!(
            "--stdin-filename names the spec read from standard input, which is read only when `-` is among the paths (or no path is given)"
        );
    }
    Ok(dash || stdin_filename.is_some())
}

/// Whether a path (or candidate) stands for standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == STDIN
}

impl StdinSpec {
    /// Reads standard input, up to the size a spec may have.
    pub fn read(stdin_filename: Option<&Path>) -> anyhow::Result<StdinSpec> {
        let name = stdin_filename.map_or(DEFAULT_NAME.to_owned(), jointly::paths::display);
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(spec::MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| anyhow::anyhow!("{name}: standard input cannot be read: {e}"))?;
        if bytes.len() > spec::MAX_FILE_BYTES {
            anyhow::bail!(
                "{name}: standard input holds more than {} MB, the most jointly reads as one spec",
                spec::MAX_FILE_BYTES / 1_048_576
            );
        }
        Ok(StdinSpec {
            name,
            named: stdin_filename.is_some(),
            bytes,
        })
    }

    /// Loads the spec, under its name.
    pub fn load(&self) -> Result<spec::Document, spec::LoadError> {
        spec::load_bytes(&self.name, &self.bytes)
    }
}

/// The candidate that stands for standard input, among the files found.
pub fn candidate() -> Candidate {
    Candidate {
        path: PathBuf::from(STDIN),
        sniff: false,
    }
}

/// The files to check: those `paths` name or hold, with standard input in the place of `-`.
pub fn find(
    paths: &[PathBuf],
    loaded: &config::Loaded,
    specs_only: bool,
    with_stdin: bool,
) -> anyhow::Result<Vec<Candidate>> {
    if !with_stdin {
        return Ok(runner::find_candidates(paths, loaded, specs_only)?);
    }
    let mut files = Vec::new();
    for path in paths {
        if is_stdin(path) {
            files.push(candidate());
        } else {
            let one = std::slice::from_ref(path);
            files.extend(runner::find_candidates(one, loaded, specs_only)?);
        }
    }
    if paths.is_empty() {
        files.push(candidate());
    }
    Ok(files)
}

/// `--force-exclude`: leaves out the files the configuration's `exclude` globs match, even
/// those named on the command line, and standard input when `--stdin-filename` gives a name
/// they match. Says whether any file was left out.
pub fn force_exclude(
    files: &mut Vec<Candidate>,
    loaded: &config::Loaded,
    stdin: Option<&StdinSpec>,
) -> bool {
    let globs = runner::Globs::new(loaded);
    let before = files.len();
    files.retain(|file| match stdin {
        Some(stdin) if is_stdin(&file.path) => {
            !(stdin.named && globs.excludes(Path::new(&stdin.name)))
        }
        _ => !globs.excludes(&file.path),
    });
    files.len() < before
}
