//! Checking many files: finding the specs below a directory, and working through them on
//! several threads while handing results back in a fixed order.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;

use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::config::Loaded;

/// Why the files to check could not be listed.
#[derive(Debug, thiserror::Error)]
pub enum FindError {
    #[error("{0}: no such file or directory")]
    Missing(String),
}

/// The files named by `paths` that may be specs, sorted within each directory: each is a
/// spec, or (`sniff`) is to be loaded only if [`is_spec_text`] accepts its first bytes, which
/// the worker that loads it decides from the one read of the file. A file named directly is
/// included (unless `specs_only` and it is not a jointly spec); so is anything else named that
/// exists but is not a directory (a FIFO, a device, a dangling or looping symbolic link), for
/// the loader to report what it is. Below a directory, files ignored by `.gitignore` or
/// `.ignore` and hidden entries are skipped, and so are YAML files that are not jointly specs
/// (no `jointly:` line) and files the configuration's `include`/`exclude` globs leave out.
/// A symbolic link to a file is followed; symbolic links to directories are not walked; a
/// `.yaml` or `.yml` link that dangles or loops, and a subdirectory that cannot be read, are
/// listed too, so that each is reported as unreadable and the walk goes on.
pub fn find_candidates(
    paths: &[PathBuf],
    config: &Loaded,
    specs_only: bool,
) -> Result<Vec<Candidate>, FindError> {
    let globs = Globs::new(config);
    let wanted = |path: &Path| globs.wanted(path);
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &wanted, &mut files);
        } else if path.is_file() {
            files.push(Candidate {
                path: path.clone(),
                sniff: specs_only,
            });
        } else if path.symlink_metadata().is_ok() {
            files.push(Candidate::named(path));
        } else {
            return Err(FindError::Missing(path.display().to_string()));
        }
    }
    Ok(files)
}

/// The spec files named by `paths` (as [`find_candidates`], each file that must be sniffed read
/// here), sorted within each directory.
pub fn find_specs(
    paths: &[PathBuf],
    config: &Loaded,
    specs_only: bool,
) -> Result<Vec<PathBuf>, FindError> {
    Ok(find_specs_among(&find_candidates(
        paths, config, specs_only,
    )?))
}

/// The candidates that are specs, reading each file that must be sniffed.
pub fn find_specs_among(candidates: &[Candidate]) -> Vec<PathBuf> {
    candidates
        .iter()
        .filter(|c| !c.sniff || looks_like_spec(&c.path))
        .map(|c| c.path.clone())
        .collect()
}

/// A file that may be a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub path: PathBuf,
    /// Whether the file is a spec only if its text has a `jointly:` line ([`is_spec_text`]):
    /// true for YAML files found in a walk, and for named files with `--specs-only`.
    pub sniff: bool,
}

impl Candidate {
    fn named(path: &Path) -> Candidate {
        Candidate {
            path: path.to_path_buf(),
            sniff: false,
        }
    }

    /// Loads the candidate, reading it once: `None` when it is to be sniffed and is not a spec.
    pub fn load(&self) -> Option<Result<crate::spec::Document, crate::spec::LoadError>> {
        if self.sniff {
            crate::spec::load_file_if(&self.path, is_spec_text)
        } else {
            Some(crate::spec::load_file(&self.path))
        }
    }
}

/// Adds the specs below `dir` to `files`, and every path the walk could not read.
fn walk(dir: &Path, wanted: &dyn Fn(&Path) -> bool, files: &mut Vec<Candidate>) {
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        // Siblings' paths differ only in their file names, so comparing the paths' bytes
        // sorts by file name, without parsing either path into components (which, for
        // every comparison, cost the walk of a 10,000-file directory half its time).
        .sort_by_file_path(|a, b| a.as_os_str().cmp(b.as_os_str()))
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                files.push(Candidate::named(error_path(&error).unwrap_or(dir)));
                continue;
            }
        };
        let file = entry.path();
        let yaml = file.extension().is_some_and(|e| e == "yaml" || e == "yml");
        if !yaml
            || !entry
                .file_type()
                .is_some_and(|t| t.is_file() || t.is_symlink())
        {
            continue;
        }
        if entry.path_is_symlink() {
            match std::fs::metadata(file) {
                Ok(target) if !target.is_file() => continue,
                Ok(_) => {}
                // Dangling or looping: the loader says which.
                Err(_) => {
                    if wanted(file) {
                        files.push(Candidate::named(file));
                    }
                    continue;
                }
            }
        }
        if wanted(file) {
            files.push(Candidate {
                path: file.to_path_buf(),
                sniff: true,
            });
        }
    }
}

/// The path a walk error is about.
fn error_path(error: &ignore::Error) -> Option<&Path> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child),
        _ => None,
    }
}

/// The configuration's `include` and `exclude` globs, matched against paths relative to its
/// directory.
pub struct Globs {
    include: Option<GlobSet>,
    exclude: GlobSet,
    root: PathBuf,
}

impl Globs {
    pub fn new(config: &Loaded) -> Globs {
        let include = &config.config.include;
        Globs {
            include: (!include.is_empty()).then(|| glob_set(include)),
            exclude: glob_set(&config.config.exclude),
            root: std::path::absolute(&config.root).unwrap_or_else(|_| config.root.clone()),
        }
    }

    /// Whether a file found in a walk is to be checked: included, and not excluded.
    pub fn wanted(&self, path: &Path) -> bool {
        // Most runs set neither: then no path need be made relative (a walk asks for every
        // file).
        if self.include.is_none() && self.exclude.is_empty() {
            return true;
        }
        self.with_relative(path, |relative| {
            self.include.as_ref().is_none_or(|i| i.is_match(relative))
                && !self.exclude.is_match(relative)
        })
    }

    /// Whether `exclude` leaves the file out (for `--force-exclude`, which applies it to files
    /// named on the command line too).
    pub fn excludes(&self, path: &Path) -> bool {
        self.with_relative(path, |relative| self.exclude.is_match(relative))
    }

    fn with_relative(&self, path: &Path, test: impl Fn(&Path) -> bool) -> bool {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        test(absolute.strip_prefix(&self.root).unwrap_or(&absolute))
    }
}

fn glob_set(globs: &[String]) -> GlobSet {
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        // The configuration loader has already rejected invalid globs.
        if let Ok(glob) = Glob::new(glob) {
            builder.add(glob);
        }
    }
    builder.build().unwrap_or_else(|_| GlobSet::empty())
}

/// Whether a YAML file is a jointly spec: a line of it starts `jointly:`. Only a regular
/// file is read, and only up to the loader's size cap (stopping at the first such line), so a
/// huge file costs no more than a spec may; a file over the cap whose first bytes show it is
/// a spec is listed, for the loader to report its size. Anything that cannot be read counts
/// as a spec, so that the loader reports it.
fn looks_like_spec(path: &Path) -> bool {
    use std::io::{BufRead, Read};
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return true;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return true;
    };
    let mut reader = std::io::BufReader::new(file).take(crate::spec::MAX_FILE_BYTES as u64);
    let mut line = Vec::new();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return false,
            Ok(_) => {
                let line = line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&line);
                if line.starts_with(b"jointly:") {
                    return true;
                }
            }
            Err(_) => return true,
        }
    }
}

/// Whether a file's text (its first bytes, up to the loader's size cap) is a jointly spec's: a
/// line of it starts `jointly:` (after a byte-order mark).
pub fn is_spec_text(bytes: &[u8]) -> bool {
    bytes.split(|&b| b == b'\n').any(|line| {
        line.strip_prefix(b"\xef\xbb\xbf")
            .unwrap_or(line)
            .starts_with(b"jointly:")
    })
}

/// Runs `work` on every file on `threads` threads and passes each result to `emit` in the
/// files' order, whatever order they finish in, so output is the same for any thread count.
/// Results wait only until the ones before them are done, so memory stays flat.
///
/// Should `work` ever panic on a file (a bug: nothing in jointly should), every other file's
/// result is still emitted, in order, and the first panic is raised again once they all are,
/// so one bad file never loses the others' results.
pub fn in_order<F: Sync, T: Send>(
    files: &[F],
    threads: usize,
    work: impl Fn(&F) -> T + Sync,
    mut emit: impl FnMut(T),
) {
    let threads = threads.clamp(1, files.len().max(1));
    let guarded = |file: &F| panic::catch_unwind(AssertUnwindSafe(|| work(file)));
    let mut first_panic = None;
    let mut take = |result: thread::Result<T>| match result {
        Ok(result) => emit(result),
        Err(payload) => {
            first_panic.get_or_insert(payload);
        }
    };
    if threads == 1 {
        files.iter().for_each(|file| take(guarded(file)));
    } else {
        in_order_on_threads(files, threads, &guarded, &mut take);
    }
    if let Some(payload) = first_panic {
        panic::resume_unwind(payload);
    }
}

/// How many consecutive files a worker claims at once: enough that the workers and the main
/// thread hand over a batch, not a file, at a time (on 10,000 specs, one wake-up of the main
/// thread per file cost tens of thousands of context switches), and few enough that the
/// threads finish together and results in flight stay few.
fn batch_size(files: usize, threads: usize) -> usize {
    (files / (threads * 16)).clamp(1, 16)
}

/// Runs `work` on `threads` threads, the calling thread one of them: between its own batches it
/// emits what has come in order, so that `-j2` runs two busy threads on two cores, not three.
fn in_order_on_threads<F: Sync, T: Send>(
    files: &[F],
    threads: usize,
    work: &(impl Fn(&F) -> T + Sync),
    emit: &mut impl FnMut(T),
) {
    let batch = batch_size(files.len(), threads);
    let next = AtomicUsize::new(0);
    let claim = || {
        let start = next.fetch_add(batch, Ordering::Relaxed);
        let end = files.len().min(start + batch);
        (start < end).then_some(start..end)
    };
    // A batch is its first file's index and the results of its files, in order.
    let (sender, receiver) = mpsc::sync_channel::<(usize, Vec<T>)>(threads * 2);
    thread::scope(|scope| {
        for _ in 1..threads {
            let sender = sender.clone();
            let claim = &claim;
            scope.spawn(move || {
                while let Some(range) = claim() {
                    let start = range.start;
                    let results = files[range].iter().map(work).collect();
                    if sender.send((start, results)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let mut ordered = Ordered {
            waiting: BTreeMap::new(),
            due: 0,
        };
        while let Some(range) = claim() {
            ordered.add(range.start, files[range].iter().map(work).collect(), emit);
            for (start, results) in receiver.try_iter() {
                ordered.add(start, results, emit);
            }
        }
        // Nothing left to claim: the rest comes from the other threads.
        for (start, results) in receiver {
            ordered.add(start, results, emit);
        }
    });
}

/// Batches of results, emitted in the files' order as soon as the batches before them are.
struct Ordered<T> {
    /// Batches that came before an earlier one, by their first file's index.
    waiting: BTreeMap<usize, Vec<T>>,
    /// The index of the next file to emit.
    due: usize,
}

impl<T> Ordered<T> {
    fn add(&mut self, start: usize, results: Vec<T>, emit: &mut impl FnMut(T)) {
        self.waiting.insert(start, results);
        while let Some(results) = self.waiting.remove(&self.due) {
            self.due += results.len();
            results.into_iter().for_each(&mut *emit);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order_for_any_thread_count() {
        let files: Vec<PathBuf> = (0..200).map(|i| PathBuf::from(format!("{i}"))).collect();
        for threads in [1, 2, 7] {
            let mut seen = Vec::new();
            in_order(
                &files,
                threads,
                |p| {
                    let n: u64 = p.to_str().unwrap().parse().unwrap();
                    std::thread::sleep(std::time::Duration::from_micros((n * 37) % 200));
                    n
                },
                |n| seen.push(n),
            );
            assert_eq!(seen, (0..200).collect::<Vec<_>>());
        }
    }

    #[test]
    fn batches_cover_every_file_once_whatever_the_count() {
        for count in [0, 1, 2, 15, 16, 17, 31, 32, 33, 500, 1_001] {
            let files: Vec<usize> = (0..count).collect();
            for threads in [2, 3, 8] {
                let mut seen = Vec::new();
                in_order(&files, threads, |n| *n, |n| seen.push(n));
                assert_eq!(seen, files, "{count} files on {threads} threads");
            }
        }
    }

    #[test]
    fn a_panic_on_one_file_loses_no_other_result() {
        let files: Vec<PathBuf> = (0..50).map(|i| PathBuf::from(format!("{i}"))).collect();
        for threads in [1, 2, 4] {
            let mut seen = Vec::new();
            let run = std::panic::catch_unwind(AssertUnwindSafe(|| {
                in_order(
                    &files,
                    threads,
                    |p| {
                        let n: u64 = p.to_str().unwrap().parse().unwrap();
                        assert!(n != 7, "a bug on file 7");
                        n
                    },
                    |n| seen.push(n),
                );
            }));
            assert!(run.is_err(), "the panic is raised again");
            let expected: Vec<u64> = (0..50).filter(|n| *n != 7).collect();
            assert_eq!(seen, expected);
        }
    }

    #[test]
    fn a_walk_lists_each_directory_in_file_name_order_depth_first() {
        let root = tempfile::tempdir().unwrap();
        // Names whose order as whole paths and as file names could differ: `b` is both a
        // directory and the start of `b-c.yaml` and `b.yaml` ('-' < '.' < '/').
        let files = [
            "b.yaml",
            "b-c.yaml",
            "b/z.yaml",
            "b/a.yaml",
            "B.yaml",
            "a b.yaml",
            "b/c/d.yaml",
            "ab.yaml",
        ];
        for file in files {
            let path = root.path().join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "jointly: 1\n").unwrap();
        }
        let found =
            find_candidates(&[root.path().to_path_buf()], &Loaded::default(), false).unwrap();
        let relative: Vec<String> = found
            .iter()
            .map(|c| {
                let path = c.path.strip_prefix(root.path()).unwrap();
                path.to_string_lossy().into_owned()
            })
            .collect();
        assert_eq!(
            relative,
            [
                "B.yaml",
                "a b.yaml",
                "ab.yaml",
                "b/a.yaml",
                "b/c/d.yaml",
                "b/z.yaml",
                "b-c.yaml",
                "b.yaml",
            ]
        );
    }
}
