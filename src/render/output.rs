//! Writing drafts: atomically, and never over a file someone has edited since jointly wrote it.
//!
//! Each file jointly writes ends with a checksum line (`<!-- jointly:sha256:… -->`) over the
//! rest of the file. A file whose checksum no longer matches, or which has none, was changed by
//! hand or written by something else, and is only overwritten with `--force`.

use std::path::Path;

use sha2::{Digest, Sha256};

const MARK_START: &str = "<!-- jointly:sha256:";
const MARK_END: &str = " -->";

/// What happened to an output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The file was created or replaced.
    Written,
    /// The file already held exactly this draft.
    Unchanged,
}

/// Why an output was not written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error(
        "{path}: changed by hand since jointly wrote it (its checksum no longer matches); not overwriting it. Move your edits elsewhere, or use --force to replace it"
    )]
    Edited { path: String },
    #[error(
        "{path}: exists and was not written by jointly; not overwriting it. Choose another --output directory, or use --force to replace it"
    )]
    NotOurs { path: String },
    #[error("{path}: cannot be written: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// The file's content with jointly's checksum line appended.
pub fn seal(content: &str) -> String {
    // A blank line keeps the checksum comment out of the last paragraph.
    let content = format!("{}\n\n", content.trim_end_matches('\n'));
    format!("{content}{MARK_START}{}{MARK_END}\n", checksum(&content))
}

fn checksum(content: &str) -> String {
    Sha256::digest(content.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `existing` is exactly as jointly sealed it.
fn untouched(existing: &str) -> Option<bool> {
    let body = existing.strip_suffix('\n')?;
    let cut = body.rfind('\n').map_or(0, |i| i + 1);
    let (content, last) = body.split_at(cut);
    let hash = last.strip_prefix(MARK_START)?.strip_suffix(MARK_END)?;
    Some(checksum(content) == hash)
}

/// Writes `content` (sealed) to `path` atomically, refusing to replace an edited file unless
/// `force`.
pub fn write(path: &Path, content: &str, force: bool) -> Result<Written, OutputError> {
    let shown = path.display().to_string();
    let io = |source| OutputError::Io {
        path: shown.clone(),
        source,
    };
    let sealed = seal(content);
    match std::fs::read(path) {
        Ok(existing) if existing == sealed.as_bytes() => return Ok(Written::Unchanged),
        Ok(existing) if !force => match untouched(&String::from_utf8_lossy(&existing)) {
            Some(true) => {}
            Some(false) => return Err(OutputError::Edited { path: shown }),
            None => return Err(OutputError::NotOurs { path: shown }),
        },
        Ok(_) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => return Err(io(error)),
    }
    crate::files::write_atomically(path, sealed.as_bytes()).map_err(io)?;
    Ok(Written::Written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_content_is_recognised_and_edits_are_not() {
        let sealed = seal("# Draft\n");
        assert_eq!(untouched(&sealed), Some(true));
        assert_eq!(untouched(&sealed.replace("Draft", "Draft!")), Some(false));
        assert_eq!(untouched("# Someone else's file\n"), None);
    }

    #[test]
    fn refuses_to_overwrite_edits_without_force() {
        let dir = std::env::temp_dir().join(format!("jointly-output-{}", std::process::id()));
        let path = dir.join("draft.md");
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(write(&path, "one\n", false).unwrap(), Written::Written);
        assert_eq!(write(&path, "one\n", false).unwrap(), Written::Unchanged);
        assert_eq!(write(&path, "two\n", false).unwrap(), Written::Written);
        let edited = std::fs::read_to_string(&path)
            .unwrap()
            .replace("two", "my edit");
        std::fs::write(&path, &edited).unwrap();
        assert!(matches!(
            write(&path, "three\n", false),
            Err(OutputError::Edited { .. })
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);
        assert_eq!(write(&path, "three\n", true).unwrap(), Written::Written);
        std::fs::write(&path, "not ours\n").unwrap();
        assert!(matches!(
            write(&path, "four\n", false),
            Err(OutputError::NotOurs { .. })
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
