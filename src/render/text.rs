//! Text helpers for drafts: Markdown escaping, en-GB dates and clause numbering.

use jiff::civil::Date;

/// Escapes officer-written text for Markdown, so that it can only ever be text: no emphasis,
/// links, raw HTML, headings, lists or tables. Line breaks become spaces, so that a value fits
/// in a numbered paragraph or a table cell.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for (j, c) in word.chars().enumerate() {
            let line_start_mark =
                i == 0 && j == 0 && matches!(c, '#' | '-' | '+' | '=' | '0'..='9');
            if matches!(
                c,
                '\\' | '`'
                    | '*'
                    | '_'
                    | '['
                    | ']'
                    | '<'
                    | '>'
                    | '|'
                    | '!'
                    | '&'
                    | '~'
                    | '@'
                    | '{'
                    | '}'
                    | '$'
            ) || (line_start_mark && !c.is_ascii_digit())
            {
                out.push('\\');
            }
            out.push(c);
        }
    }
    // An ordered-list marker at the start ("1. Text") must not become a list.
    if let Some(end) = out.find(|c: char| !c.is_ascii_digit())
        && end > 0
        && matches!(out[end..].chars().next(), Some('.' | ')'))
        && out[end + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
    {
        out.insert(end, '\\');
    }
    out
}

/// Escapes jointly's own messages, which mark keys and values as `code`, keeping those code
/// spans (their content is shown literally by every Markdown renderer) and escaping the rest.
pub fn markdown_with_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, part) in text.split('`').enumerate() {
        let is_code = i % 2 == 1 && !part.is_empty() && !part.contains('\n');
        if is_code {
            out.push('`');
            out.push_str(part);
            out.push('`');
        } else {
            if i % 2 == 1 {
                out.push_str("\\`");
            }
            // Keep the spaces around code spans, which `markdown` would trim.
            if part.starts_with(char::is_whitespace) {
                out.push(' ');
            }
            out.push_str(&markdown(part));
            if part.ends_with(char::is_whitespace) && !part.trim().is_empty() {
                out.push(' ');
            }
        }
    }
    out
}

/// A date as en-GB legal drafting writes it: `1 April 2024`.
pub fn long_date(date: Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS[usize::try_from(date.month() - 1).unwrap_or(0)];
    format!("{} {month} {}", date.day(), date.year())
}

/// Numbers clauses. Templates mark a clause heading `## @@1 Heading`, a clause paragraph
/// `@@2 text` and a sub-paragraph `@@3 text`, so that numbering stays right whichever clauses a
/// draft includes. A marker may carry a label (`@@1[termination]`), and `@@[termination]`
/// anywhere becomes that number. Recitals are marked `@@A text` and lettered A, B, C… in
/// order, so a recital the spec gives no ground for leaves no gap. Officer text cannot contain
/// `@@`: `@` is always escaped.
pub fn number_clauses(markdown: &str) -> String {
    let (mut clause, mut paragraph, mut sub, mut recital) = (0, 0, 0, 0);
    let mut labels = std::collections::HashMap::new();
    let mut numbered = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("@@A") {
            numbered.push_str(&format!(
                "{}. {}",
                letters(recital),
                rest.strip_prefix(' ').unwrap_or(rest)
            ));
            recital += 1;
            continue;
        }
        let (prefix, level, rest) = if let Some(rest) = line.strip_prefix("## @@1") {
            ("## ", 1, rest)
        } else if let Some(rest) = line.strip_prefix("@@2") {
            ("", 2, rest)
        } else if let Some(rest) = line.strip_prefix("@@3") {
            ("", 3, rest)
        } else {
            numbered.push_str(line);
            continue;
        };
        let number = match level {
            1 => {
                clause += 1;
                paragraph = 0;
                format!("{clause}")
            }
            2 => {
                paragraph += 1;
                sub = 0;
                format!("{clause}.{paragraph}")
            }
            _ => {
                sub += 1;
                format!("{clause}.{paragraph}.{sub}")
            }
        };
        let rest = match rest.strip_prefix('[').and_then(|r| r.split_once(']')) {
            Some((label, after)) => {
                labels.insert(label.to_owned(), number.clone());
                after
            }
            None => rest,
        };
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        if level == 1 {
            numbered.push_str(&format!("{prefix}{number}. {rest}"));
        } else {
            numbered.push_str(&format!("**{number}** {rest}"));
        }
    }
    let mut out = String::with_capacity(numbered.len());
    let mut rest = numbered.as_str();
    while let Some(at) = rest.find("@@[") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        match after.split_once(']') {
            Some((label, tail)) => {
                out.push_str(labels.get(label).map_or("[unknown clause]", String::as_str));
                rest = tail;
            }
            None => {
                out.push_str("@@[");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The letters of the recital numbered `index` from 0: A … Z, then AA, AB, ….
fn letters(index: usize) -> String {
    let letter = |i: usize| char::from(b'A' + (i % 26) as u8);
    if index < 26 {
        letter(index).to_string()
    } else {
        format!("{}{}", letters(index / 26 - 1), letter(index))
    }
}

/// Collapses runs of blank lines that conditional template sections leave behind, so the
/// Markdown is tidy and stable.
pub fn tidy(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut blank_run = 0;
    for line in markdown.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    let trimmed = out.trim_matches('\n');
    format!("{trimmed}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_markdown_would_interpret() {
        assert_eq!(
            markdown("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(markdown("# Heading"), "\\# Heading");
        assert_eq!(markdown("1. not a list"), "1\\. not a list");
        assert_eq!(
            markdown("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(markdown("a | b\nc"), "a \\| b c");
        assert_eq!(markdown("@@1 fake"), "\\@\\@1 fake");
        assert_eq!(markdown("27.6m for 2006/07"), "27.6m for 2006/07");
    }

    #[test]
    fn keeps_code_spans_in_messages() {
        assert_eq!(
            markdown_with_code("add `host: council` to <x>"),
            "add `host: council` to \\<x\\>"
        );
        assert_eq!(
            markdown_with_code("scheme `a` reports"),
            "scheme `a` reports"
        );
    }

    #[test]
    fn numbers_clauses_in_order() {
        let text = "## @@1 First\n@@2 a, see @@[end]\n@@3 b\n@@3 c\n## @@1[end] Second\n@@2[x] d\n";
        assert_eq!(
            number_clauses(text),
            "## 1. First\n**1.1** a, see 2\n**1.1.1** b\n**1.1.2** c\n## 2. Second\n**2.1** d\n"
        );
    }

    #[test]
    fn letters_recitals_in_order() {
        assert_eq!(
            number_clauses("@@A First.\n\n@@A Second.\n@@A Third.\n"),
            "A. First.\n\nB. Second.\nC. Third.\n"
        );
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
    }

    #[test]
    fn long_dates_are_en_gb() {
        assert_eq!(long_date(jiff::civil::date(2024, 4, 1)), "1 April 2024");
    }
}
