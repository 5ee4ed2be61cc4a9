//! Clause numbering for drafts: templates mark clauses and recitals, and the numbers are
//! given after rendering, so they stay right whichever clauses a draft includes.

/// Numbers clauses. Templates mark a clause heading `## @@1 Heading`, a clause paragraph
/// `@@2 text` and a sub-paragraph `@@3 text`, so that numbering stays right whichever clauses a
/// draft includes. A marker may carry a label (`@@1[termination]`), and `@@[termination]`
/// anywhere becomes that number. Recitals are marked `@@A text` and lettered A, B, C… in
/// order, so a recital the spec gives no ground for leaves no gap. Officer text cannot contain
/// `@@`: `@` is always escaped.
pub fn number_clauses(markdown: &str) -> String {
    number(markdown, false)
}

/// Marks where Word list numbering applies, for the Word draft: [`number_clauses`], except
/// that a clause heading, clause paragraph, sub-paragraph and recital begins with one of
/// [`MARKERS`] instead of its number, so that Word numbers it (and renumbers it after edits).
/// References to a labelled clause still become its number.
pub fn mark_clauses(markdown: &str) -> String {
    number(markdown, true)
}

/// The characters that begin a clause heading, a clause paragraph, a sub-paragraph and a
/// recital in [`mark_clauses`]' output (Unicode private-use characters), each followed by a
/// space.
pub const MARKERS: [char; 4] = ['\u{E000}', '\u{E001}', '\u{E002}', '\u{E003}'];

fn number(markdown: &str, marked: bool) -> String {
    let (mut clause, mut paragraph, mut sub, mut recital) = (0, 0, 0, 0);
    let mut labels = std::collections::HashMap::new();
    let mut numbered = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("@@A") {
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            if marked {
                numbered.push_str(&format!("{} {rest}", MARKERS[3]));
            } else {
                numbered.push_str(&format!("{}. {rest}", letters(recital)));
            }
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
        if marked {
            numbered.push_str(&format!("{prefix}{} {rest}", MARKERS[level - 1]));
        } else if level == 1 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_clauses_in_order() {
        let text = "## @@1 First\n@@2 a, see @@[end]\n@@3 b\n@@3 c\n## @@1[end] Second\n@@2[x] d\n";
        assert_eq!(
            number_clauses(text),
            "## 1. First\n**1.1** a, see 2\n**1.1.1** b\n**1.1.2** c\n## 2. Second\n**2.1** d\n"
        );
    }

    #[test]
    fn marks_clauses_for_word_numbering() {
        let text = "@@A R\n## @@1 First\n@@2 a, see @@[end]\n@@3 b\n## @@1[end] Second\n";
        assert_eq!(
            mark_clauses(text),
            "\u{E003} R\n## \u{E000} First\n\u{E001} a, see 2\n\u{E002} b\n## \u{E000} Second\n"
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
}
