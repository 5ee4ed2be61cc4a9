//! Writing a report as each spec's result arrives, so that a run over any number of specs
//! holds one spec's result at a time, never the whole report.
//!
//! Every machine format is a [`Stream`]: it is given each spec's [`FileReport`] in the files'
//! order and writes that spec's part (the first writes the report's head too), then finishes
//! the report. What a format needs from every spec before its end (the totals of a JSON
//! summary, the counts in JUnit's `<testsuites>` tag) it keeps as a small aggregate; a head
//! that needs such totals is written at the end, with the body kept in a temporary file
//! meanwhile.
//!
//! The JSON formats are pretty-printed as one document, byte for byte as serde_json prints the
//! whole; [`JsonArray`] writes the array that holds the specs' parts item by item, around the
//! rest of the document.

use std::io::{self, BufWriter, Seek, SeekFrom, Write};

use serde::Serialize;

use super::FileReport;

/// A report written as each spec's result arrives.
pub trait Stream {
    /// Writes one spec's part of the report (after the report's head, for the first spec), or
    /// keeps what the end of the report needs from it.
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()>;
    /// Writes the rest of the report, once every spec's result has come.
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()>;
}

/// Writes a whole report through a stream: every spec's part, then the end.
pub fn write_all(
    mut stream: Box<dyn Stream>,
    reports: &[FileReport],
    out: &mut dyn Write,
) -> io::Result<()> {
    for report in reports {
        stream.file(report, out)?;
    }
    stream.finish(out)
}

/// A pretty-printed JSON document one array of which is written item by item: the document's
/// text before the array's first item (its head), the items, then the text after the last.
pub struct JsonArray {
    /// The document up to and including the array's `[`, until it is written.
    head: Option<Vec<u8>>,
    /// The line break and indent before each item.
    indent: Vec<u8>,
    /// The line break and indent before the closing `]` when there are items.
    close: Vec<u8>,
    items: usize,
    /// One item, pretty-printed at the top level before it is indented.
    scratch: Vec<u8>,
}

/// The document `value` pretty-printed, cut around the empty array at `key` (the document
/// itself when `None`): the text up to and including `[`, and the text from `]`.
pub fn envelope(value: &impl Serialize, key: Option<&str>) -> io::Result<(Vec<u8>, Vec<u8>)> {
    let text = serde_json::to_vec_pretty(value)?;
    // In serde_json's output a quote inside a string is escaped, so `"key": []` can only be
    // the key itself.
    let marker = match key {
        Some(key) => format!("{}: []", serde_json::to_string(key)?),
        None => "[]".to_owned(),
    };
    let at = text
        .windows(marker.len())
        .position(|window| window == marker.as_bytes())
        .ok_or_else(|| io::Error::other(format!("no empty array {marker} in the document")))?;
    let open = at + marker.len() - 1;
    Ok((text[..open].to_vec(), text[open..].to_vec()))
}

impl JsonArray {
    /// The array whose head (as [`envelope`] cuts it) is `head`.
    pub fn new(head: Vec<u8>) -> JsonArray {
        // The array's items are indented one level (two spaces) deeper than the line it opens on.
        let line = head.rsplit(|&b| b == b'\n').next().unwrap_or_default();
        let depth = line.iter().take_while(|&&b| b == b' ').count();
        let mut close = b"\n".to_vec();
        close.resize(1 + depth, b' ');
        let mut indent = close.clone();
        indent.extend_from_slice(b"  ");
        JsonArray {
            head: Some(head),
            indent,
            close,
            items: 0,
            scratch: Vec::new(),
        }
    }

    /// Writes the head, the first time.
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match self.head.take() {
            Some(head) => out.write_all(&head),
            None => Ok(()),
        }
    }

    /// Writes one item.
    pub fn item(&mut self, value: &impl Serialize, out: &mut dyn Write) -> io::Result<()> {
        self.start(out)?;
        if self.items > 0 {
            out.write_all(b",")?;
        }
        self.items += 1;
        self.scratch.clear();
        serde_json::to_writer_pretty(&mut self.scratch, value)?;
        // serde_json escapes line breaks in strings, so every line break here is between
        // lines of the item, each of which goes one array deeper.
        out.write_all(&self.indent)?;
        for (i, line) in self.scratch.split(|&b| b == b'\n').enumerate() {
            if i > 0 {
                out.write_all(&self.indent)?;
            }
            out.write_all(line)?;
        }
        Ok(())
    }

    /// Closes the array and writes the rest of the document, `tail` (from the `]`, as
    /// [`envelope`] cuts it).
    pub fn finish(&mut self, tail: &[u8], out: &mut dyn Write) -> io::Result<()> {
        self.start(out)?;
        if self.items > 0 {
            out.write_all(&self.close)?;
        }
        out.write_all(tail)
    }
}

/// Text held back until a report's end, in a temporary file (created when the first text
/// comes), so that it does not grow in memory with the number of specs.
#[derive(Default)]
pub struct Spool {
    file: Option<BufWriter<std::fs::File>>,
}

impl Spool {
    /// Adds `bytes` to the end.
    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        let file = match self.file.take() {
            Some(file) => file,
            None => BufWriter::with_capacity(1 << 16, tempfile::tempfile()?),
        };
        self.file.insert(file).write_all(bytes)
    }

    /// Writes everything held to `out`, and forgets it.
    pub fn copy_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let Some(file) = self.file.take() else {
            return Ok(());
        };
        let mut file = file.into_inner().map_err(|error| error.into_error())?;
        file.seek(SeekFrom::Start(0))?;
        io::copy(&mut file, out)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::report_of as report;
    use crate::report::{gitlab, json, junit, sarif};

    fn unreadable(path: &str) -> FileReport {
        report(path, "jointly: 1\nagreement: [")
    }

    fn sample(name: &str) -> FileReport {
        let path = format!("{}/samples/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        report(&format!("samples/{name}"), &text)
    }

    /// Runs of specs at the edges: none, only unreadable ones, one, the same path twice, many.
    fn runs() -> Vec<Vec<FileReport>> {
        let mut samples: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/samples"))
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".yaml"))
                .collect();
        samples.sort();
        vec![
            Vec::new(),
            vec![unreadable("bad.yaml")],
            vec![unreadable("a.yaml"), unreadable("a.yaml")],
            vec![sample(&samples[0])],
            vec![
                sample(&samples[0]),
                unreadable("x,y.yaml"),
                sample(&samples[0]),
            ],
            samples.iter().map(|name| sample(name)).collect(),
        ]
    }

    #[test]
    fn streamed_reports_equal_the_whole_report_written_at_once() {
        type Whole = fn(&[FileReport]) -> Vec<u8>;
        let formats: [(&str, crate::report::WriteFn, Whole); 4] = [
            ("json", json::write, json::whole),
            ("sarif", sarif::write, sarif::whole),
            ("junit", junit::write, junit::whole),
            ("gitlab", gitlab::write, gitlab::whole),
        ];
        for run in runs() {
            for (name, write, whole) in formats {
                let mut streamed = Vec::new();
                write(&run, &mut streamed).unwrap();
                assert_eq!(
                    String::from_utf8(streamed).unwrap(),
                    String::from_utf8(whole(&run)).unwrap(),
                    "{name} on {} specs",
                    run.len()
                );
            }
        }
    }

    #[test]
    fn an_array_is_cut_out_of_its_document() {
        let document = serde_json::json!({"a": {"list": [], "b": 1}});
        let (head, tail) = envelope(&document, Some("list")).unwrap();
        let mut array = JsonArray::new(head);
        let mut out = Vec::new();
        array
            .item(&serde_json::json!({"x": [1]}), &mut out)
            .unwrap();
        array.item(&"two\nlines", &mut out).unwrap();
        array.finish(&tail, &mut out).unwrap();
        let expected = serde_json::json!({"a": {"list": [{"x": [1]}, "two\nlines"], "b": 1}});
        assert_eq!(out, serde_json::to_vec_pretty(&expected).unwrap());
    }
}
