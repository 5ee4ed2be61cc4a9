//! Text helpers of the portfolio's own: day counts and Markdown code cells. The rest (escaping,
//! dates, one-line text) is shared with the drafts in [`crate::render::text`].

use crate::render::text::one_line;

/// `1 day`, `2 days`.
pub fn days(n: i64) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

/// Text as a Markdown code span that is safe in a table cell: the fence is longer than any run
/// of backticks in it, pipes are escaped (GFM splits cells at them even in code) and line
/// breaks become spaces.
pub fn code_cell(text: &str) -> String {
    let text = one_line(text).replace('|', "\\|");
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_cells_are_safe_in_tables() {
        assert_eq!(code_cell("a|b"), "`a\\|b`");
        assert_eq!(code_cell("x`y"), "``x`y``");
        assert_eq!(code_cell("`x"), "`` `x ``");
    }

    #[test]
    fn days_are_counted_in_words() {
        assert_eq!(days(1), "1 day");
        assert_eq!(days(0), "0 days");
    }
}

/// A writer that tidies Markdown line by line as it passes through, exactly as
/// [`crate::render::text::tidy`] tidies it whole: trailing whitespace goes, runs of blank lines
/// become one, and blank lines at the start and end go. Call [`Tidy::finish`] at the end.
pub struct Tidy<W: std::io::Write> {
    inner: W,
    /// The start of a line not yet ended.
    line: Vec<u8>,
    /// Whether a line with text has been written.
    started: bool,
    /// Whether a blank line has been seen since the last line with text.
    blank: bool,
}

impl<W: std::io::Write> Tidy<W> {
    pub fn new(inner: W) -> Self {
        Tidy {
            inner,
            line: Vec::new(),
            started: false,
            blank: false,
        }
    }

    fn line(&mut self, line: &[u8]) -> std::io::Result<()> {
        let line = String::from_utf8_lossy(line);
        let line = line.trim_end();
        if line.is_empty() {
            self.blank = self.started;
            return Ok(());
        }
        if std::mem::take(&mut self.blank) {
            self.inner.write_all(b"\n")?;
        }
        self.started = true;
        self.inner.write_all(line.as_bytes())?;
        self.inner.write_all(b"\n")
    }

    /// Writes the last line, if it has no newline, and flushes.
    pub fn finish(mut self) -> std::io::Result<()> {
        let last = std::mem::take(&mut self.line);
        if !last.is_empty() {
            self.line(&last)?;
        }
        if !self.started {
            self.inner.write_all(b"\n")?;
        }
        self.inner.flush()
    }
}

impl<W: std::io::Write> std::io::Write for Tidy<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while let Some(end) = rest.iter().position(|b| *b == b'\n') {
            if self.line.is_empty() {
                self.line(&rest[..end])?;
            } else {
                let mut line = std::mem::take(&mut self.line);
                line.extend_from_slice(&rest[..end]);
                self.line(&line)?;
            }
            rest = &rest[end + 1..];
        }
        self.line.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tidy_tests {
    use std::io::Write;

    use super::Tidy;
    use crate::render::text::tidy;

    #[test]
    fn tidying_in_pieces_is_tidying_whole() {
        for text in [
            "# A  \n\n\n\nb\t\n  \n\nc",
            "\n\n# A\n| x |\n\n",
            "",
            "\n \n",
            "one\r\ntwo\r\n\r\n\r\nthree\n",
        ] {
            for size in [1, 2, 3, 7, 1000] {
                let mut out = Vec::new();
                let mut tidying = Tidy::new(&mut out);
                for piece in text.as_bytes().chunks(size) {
                    tidying.write_all(piece).unwrap();
                }
                tidying.finish().unwrap();
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    tidy(text),
                    "{text:?} by {size}"
                );
            }
        }
    }
}
