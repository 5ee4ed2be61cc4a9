//! Writing drafts: atomically, and never over a file someone has edited since jointly wrote it.
//!
//! Each file jointly writes ends with a checksum line (`<!-- jointly:sha256:… -->`) over the
//! rest of the file. A file whose checksum no longer matches, or which has none, was changed by
//! hand or written by something else, and is only overwritten with `--force`. A Word draft, a
//! ZIP package, carries the same checksum as its archive comment ([`seal_zip`]), over the
//! package without it.

use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
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
    hex(&Sha256::digest(content.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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
    write_sealed(path, seal(content).as_bytes(), force, |existing| {
        untouched(&String::from_utf8_lossy(existing))
    })
}

/// Writes the ZIP package `zip` (sealed by [`seal_zip`]) to `path` atomically, refusing to
/// replace an edited file unless `force`. A package without a comment is refused.
pub fn write_zip(path: &Path, zip: &[u8], force: bool) -> Result<Written, OutputError> {
    let sealed = seal_zip(zip).ok_or_else(|| OutputError::Io {
        path: path.display().to_string(),
        source: std::io::Error::other("the package to write is not a ZIP archive without comment"),
    })?;
    write_sealed(path, &sealed, force, untouched_zip)
}

fn write_sealed(
    path: &Path,
    sealed: &[u8],
    force: bool,
    untouched: impl Fn(&[u8]) -> Option<bool>,
) -> Result<Written, OutputError> {
    let shown = path.display().to_string();
    let io = |source| OutputError::Io {
        path: shown.clone(),
        source,
    };
    match std::fs::read(path) {
        Ok(existing) if existing == sealed => return Ok(Written::Unchanged),
        Ok(existing) if !force => match untouched(&existing) {
            Some(true) => {}
            Some(false) => return Err(OutputError::Edited { path: shown }),
            None => return Err(OutputError::NotOurs { path: shown }),
        },
        Ok(_) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => return Err(io(error)),
    }
    crate::files::write_atomically(path, sealed).map_err(io)?;
    Ok(Written::Written)
}

/// The length of a ZIP archive's end-of-central-directory record without its comment.
const END_RECORD: usize = 22;
const END_SIGNATURE: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
const ZIP_MARK: &str = "jointly:sha256:";

/// The ZIP archive `zip` (which must have no archive comment) with jointly's checksum of it
/// as its comment: the archive comment is the last field of a ZIP file, after a two-byte
/// length, so it can be set without rewriting the archive. None if `zip` does not end with an
/// end record without comment.
pub fn seal_zip(zip: &[u8]) -> Option<Vec<u8>> {
    let at = zip.len().checked_sub(END_RECORD)?;
    if zip[at..at + 4] != END_SIGNATURE || zip[zip.len() - 2..] != [0, 0] {
        return None;
    }
    let comment = format!("{ZIP_MARK}{}", hex(&Sha256::digest(zip)));
    let length = u16::try_from(comment.len()).ok()?;
    let mut sealed = zip[..zip.len() - 2].to_vec();
    sealed.extend_from_slice(&length.to_le_bytes());
    sealed.extend_from_slice(comment.as_bytes());
    Some(sealed)
}

/// Whether `existing` is a ZIP archive exactly as [`seal_zip`] sealed it: None if it carries
/// no jointly checksum.
fn untouched_zip(existing: &[u8]) -> Option<bool> {
    let comment_length = ZIP_MARK.len() + 64;
    let at = existing.len().checked_sub(comment_length + END_RECORD)?;
    let (archive, comment) = existing.split_at(existing.len() - comment_length);
    let hash = comment.strip_prefix(ZIP_MARK.as_bytes())?;
    let length = u16::try_from(comment_length).ok()?.to_le_bytes();
    if existing[at..at + 4] != END_SIGNATURE || archive[archive.len() - 2..] != length {
        return None;
    }
    let mut unsealed = archive.to_vec();
    let end = unsealed.len();
    unsealed[end - 2..].copy_from_slice(&[0, 0]);
    Some(hex(&Sha256::digest(&unsealed)).as_bytes() == hash)
}

/// Writes what `fill` writes (sealed) to `path` atomically, in pieces, refusing to replace an
/// edited file unless `force`: [`write()`] for output too large to hold in memory. Neither the
/// new content nor the existing file is ever held whole.
pub fn write_with(
    path: &Path,
    force: bool,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<Written, OutputError> {
    let shown = path.display().to_string();
    let io = |source| OutputError::Io {
        path: shown.clone(),
        source,
    };
    let mut existing = match std::fs::File::open(path) {
        Ok(file) => Some(file),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => return Err(io(error)),
    };
    if let Some(file) = existing.as_mut().filter(|_| !force) {
        match untouched_file(file).map_err(io)? {
            Some(true) => {}
            Some(false) => return Err(OutputError::Edited { path: shown }),
            None => return Err(OutputError::NotOurs { path: shown }),
        }
    }
    let mut temporary = crate::files::Temporary::beside(path).map_err(io)?;
    {
        let mut sealing = Sealing::new(BufWriter::new(temporary.file()));
        fill(&mut sealing).map_err(io)?;
        sealing.finish().map_err(io)?;
    }
    if let Some(file) = existing.as_mut()
        && same_content(file, temporary.file()).map_err(io)?
    {
        return Ok(Written::Unchanged);
    }
    temporary.commit(path).map_err(io)?;
    Ok(Written::Written)
}

/// [`untouched`] for a file read in lines, never whole.
fn untouched_file(file: &mut std::fs::File) -> std::io::Result<Option<bool>> {
    file.seek(SeekFrom::Start(0))?;
    let mut reader = BufReader::new(file);
    let mut hasher = Sha256::new();
    let (mut last, mut line) = (Vec::new(), Vec::new());
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        hasher.update(&last);
        std::mem::swap(&mut last, &mut line);
    }
    let Some(mark) = last.strip_suffix(b"\n") else {
        return Ok(None);
    };
    let Some(hash) = mark
        .strip_prefix(MARK_START.as_bytes())
        .and_then(|m| m.strip_suffix(MARK_END.as_bytes()))
    else {
        return Ok(None);
    };
    Ok(Some(hex(&hasher.finalize()).as_bytes() == hash))
}

/// Whether two files hold the same bytes, read from their starts in blocks.
fn same_content(a: &mut std::fs::File, b: &mut std::fs::File) -> std::io::Result<bool> {
    if a.metadata()?.len() != b.metadata()?.len() {
        return Ok(false);
    }
    a.seek(SeekFrom::Start(0))?;
    b.seek(SeekFrom::Start(0))?;
    let (mut a, mut b) = (BufReader::new(a), BufReader::new(b));
    loop {
        let block = a.fill_buf()?;
        if block.is_empty() {
            return Ok(b.fill_buf()?.is_empty());
        }
        let mut theirs = vec![0; block.len()];
        b.read_exact(&mut theirs)?;
        if block != theirs.as_slice() {
            return Ok(false);
        }
        let used = block.len();
        a.consume(used);
    }
}

/// A writer that seals what passes through it as [`seal`] does: trailing newlines are held
/// back, and [`Sealing::finish`] ends the content with one blank line and the checksum line.
struct Sealing<W: Write> {
    inner: W,
    hasher: Sha256,
    /// Newlines written last, not yet passed on.
    newlines: usize,
}

impl<W: Write> Sealing<W> {
    fn new(inner: W) -> Self {
        Sealing {
            inner,
            hasher: Sha256::new(),
            newlines: 0,
        }
    }

    fn pass(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.hasher.update(bytes);
        self.inner.write_all(bytes)
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.pass(b"\n\n")?;
        let hash = hex(&self.hasher.clone().finalize());
        writeln!(self.inner, "{MARK_START}{hash}{MARK_END}")?;
        self.inner.flush()
    }
}

impl<W: Write> Write for Sealing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = buf.len() - buf.iter().rev().take_while(|b| **b == b'\n').count();
        if text > 0 {
            while self.newlines > 0 {
                self.pass(b"\n")?;
                self.newlines -= 1;
            }
            self.pass(&buf[..text])?;
        }
        self.newlines += buf.len() - text;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
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
    fn sealing_in_pieces_is_sealing_whole() {
        for pieces in [
            &["# Draft\n"][..],
            &["one", "\n\n", "", "two\n", "\n"],
            &["\n", "a\n\nb", "\n\n\n"],
            &[""],
        ] {
            let mut out = Vec::new();
            let mut sealing = Sealing::new(&mut out);
            for piece in pieces {
                sealing.write_all(piece.as_bytes()).unwrap();
            }
            sealing.finish().unwrap();
            let sealed = String::from_utf8(out).unwrap();
            assert_eq!(sealed, seal(&pieces.concat()));
            assert_eq!(untouched(&sealed), Some(true));
        }
    }

    #[test]
    fn writing_in_pieces_refuses_edits_and_keeps_what_is_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("board.html");
        let fill = |text: &'static str| move |out: &mut dyn Write| out.write_all(text.as_bytes());
        assert_eq!(
            write_with(&path, false, fill("one\n")).unwrap(),
            Written::Written
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), seal("one\n"));
        assert_eq!(
            write_with(&path, false, fill("one\n")).unwrap(),
            Written::Unchanged
        );
        assert_eq!(write(&path, "one\n", false).unwrap(), Written::Unchanged);
        assert_eq!(
            write_with(&path, false, fill("two")).unwrap(),
            Written::Written
        );
        std::fs::write(&path, "edited\n").unwrap();
        assert!(matches!(
            write_with(&path, false, fill("three")),
            Err(OutputError::NotOurs { .. })
        ));
        std::fs::write(&path, seal("x").replace('x', "y")).unwrap();
        assert!(matches!(
            write_with(&path, false, fill("three")),
            Err(OutputError::Edited { .. })
        ));
        assert_eq!(
            write_with(&path, true, fill("three")).unwrap(),
            Written::Written
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn sealed_zip_archives_are_recognised_and_edits_are_not() {
        // The smallest ZIP archive: an end record alone.
        let mut empty = END_SIGNATURE.to_vec();
        empty.extend_from_slice(&[0; 18]);
        let sealed = seal_zip(&empty).unwrap();
        assert_eq!(untouched_zip(&sealed), Some(true));
        let mut edited = sealed.clone();
        edited[5] = 1;
        assert_eq!(untouched_zip(&edited), Some(false));
        assert_eq!(untouched_zip(&empty), None);
        assert_eq!(seal_zip(&sealed), None);
        assert_eq!(seal_zip(b"not a zip"), None);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.docx");
        assert_eq!(write_zip(&path, &empty, false).unwrap(), Written::Written);
        assert_eq!(write_zip(&path, &empty, false).unwrap(), Written::Unchanged);
        std::fs::write(&path, &edited).unwrap();
        assert!(matches!(
            write_zip(&path, &empty, false),
            Err(OutputError::Edited { .. })
        ));
        std::fs::write(&path, &empty).unwrap();
        assert!(matches!(
            write_zip(&path, &empty, false),
            Err(OutputError::NotOurs { .. })
        ));
        assert_eq!(write_zip(&path, &empty, true).unwrap(), Written::Written);
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
