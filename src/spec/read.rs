//! Reading a spec file's bytes: what a path that is not a readable regular file is, said in
//! words, and a read bounded by the size cap. No YAML here: `load.rs` parses.

use std::io::Read;
use std::path::Path;

/// Reads at most `limit + 1` bytes of the file at `path` (one more than the limit, so that the
/// caller can tell a file that grew past it). `expected` is the size its metadata gave: room
/// for that, and the byte that shows the end, saves growing the buffer as it is read.
pub(super) fn at_most(path: &Path, limit: usize, expected: usize) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::with_capacity(expected.min(limit) + 1);
    file.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Why `path`, whose metadata could not be read, is not there: a dangling symbolic link, a
/// loop of links, or nothing at all.
pub(super) fn missing(path: &Path, error: &std::io::Error) -> String {
    let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink());
    match std::fs::read_link(path) {
        Ok(target) if link && error.kind() == std::io::ErrorKind::NotFound => format!(
            "is a symbolic link to {}, which does not exist",
            target.display()
        ),
        Ok(_) if link && is_loop(error) => {
            "is a symbolic link that loops (it leads back to itself), not a spec file".into()
        }
        _ => super::load::io_message(error),
    }
}

/// Whether the error is "too many levels of symbolic links".
fn is_loop(error: &std::io::Error) -> bool {
    // ELOOP: 40 on Linux, 62 on the BSDs and macOS.
    let eloop = if cfg!(target_os = "linux") { 40 } else { 62 };
    cfg!(unix) && error.raw_os_error() == Some(eloop)
}

/// What `path` is, when it is not a regular file.
pub(super) fn not_a_file(path: &Path, metadata: &std::fs::Metadata) -> String {
    if metadata.is_dir() {
        return match std::fs::read_dir(path) {
            Err(error) if error.kind() == std::io::ErrorKind::PermissionDenied => {
                "permission denied: jointly cannot read this directory, so the specs in it were not checked".into()
            }
            Err(error) => format!("is a directory that cannot be read: {error}"),
            Ok(_) => "is a directory, not a spec file".into(),
        };
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = metadata.file_type();
        if kind.is_fifo() {
            return "is a named pipe (FIFO), not a spec file; jointly does not read from pipes"
                .into();
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "is a device, not a spec file".into();
        }
        if kind.is_socket() {
            return "is a socket, not a spec file".into();
        }
    }
    "is not a regular file, so not a spec file".into()
}
