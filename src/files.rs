//! Writing output files atomically, the one way every command does it.
//!
//! The new content goes to a temporary file created exclusively (`O_EXCL`, with a random name)
//! in the target's directory, so a file or symbolic link planted where the temporary file
//! goes cannot redirect the write, and is then renamed over the target: a reader sees the old
//! file or the new, never half. Temporary files a crashed run left beside the target
//! (`.NAME.jointly-*.tmp`, older than [`STALE_AFTER`]) are removed the first time the process
//! writes into a directory: once per directory, not once per file, so writing thousands of
//! drafts into one directory does not read it thousands of times.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// How old a temporary file of jointly's must be before it is taken as left by a crashed run
/// (a younger one may belong to a run still writing).
pub const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// The directories this process has already cleared of stale temporary files.
static CLEARED: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());

/// Writes `bytes` to `path` atomically, creating its directory if need be.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut temporary = Temporary::beside(path)?;
    temporary.file().write_all(bytes)?;
    temporary.commit(path)
}

/// A temporary file created exclusively beside the file it will replace, to be written in
/// pieces and then renamed over it ([`Temporary::commit`]); dropped uncommitted, it is removed.
pub struct Temporary {
    file: tempfile::NamedTempFile,
}

impl Temporary {
    /// Creates the temporary file for `path` in its directory, creating the directory if need
    /// be, and clearing the directory of stale temporary files the first time.
    pub fn beside(path: &Path) -> std::io::Result<Temporary> {
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let prefix = format!(".{name}.jointly-");
        let first_visit = CLEARED
            .lock()
            .map(|mut cleared| cleared.insert(dir.to_path_buf()))
            .unwrap_or(true);
        if first_visit {
            remove_stale(dir);
        }
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        #[cfg(unix)]
        {
            // As `File::create` would: readable as the umask allows, not only by the owner.
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        Ok(Temporary {
            file: builder.tempfile_in(dir)?,
        })
    }

    /// The open temporary file, to write to (or read back).
    pub fn file(&mut self) -> &mut std::fs::File {
        self.file.as_file_mut()
    }

    /// Flushes the file to disk and renames it over `path`.
    pub fn commit(self, path: &Path) -> std::io::Result<()> {
        self.file.as_file().sync_all()?;
        // On failure the temporary file is removed when the error drops it.
        self.file.persist(path).map_err(|error| error.error)?;
        Ok(())
    }
}

/// Writing to a `Temporary` writes to its file.
impl Write for Temporary {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.file().write(bytes)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file().flush()
    }
}

/// Removes jointly's temporary files (`.NAME.jointly-*.tmp`) in `dir` that are older than
/// [`STALE_AFTER`]. A symbolic link is removed, never followed.
fn remove_stale(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with('.') && name.contains(".jointly-") && name.ends_with(".tmp");
        if !ours {
            continue;
        }
        let Ok(metadata) = entry.path().symlink_metadata() else {
            continue;
        };
        let stale = metadata
            .modified()
            .ok()
            .and_then(|time| time.elapsed().ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if stale && !metadata.is_dir() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
