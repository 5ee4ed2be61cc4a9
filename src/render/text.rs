//! Text helpers shared by drafts and the portfolio dashboard: Markdown and XML escaping,
//! en-GB dates, one-line text, truncation, and tidying rendered Markdown.
//!
//! Spec text never carries a bidirectional control into an output: [`plain`] removes them
//! (U+202A to U+202E, U+2066 to U+2069 and the direction marks), and every escaping helper
//! here calls it, so a name ending in U+202E cannot reverse the words jointly writes after
//! it. In a draft's HTML each spec string is also isolated in `<bdi>`: [`markdown`] marks the
//! string with [`ISOLATE`] and [`END_ISOLATE`], which the Markdown draft drops
//! ([`without_isolates`]) and the HTML turns into `<bdi>` and `</bdi>` (`render::html`).

use std::borrow::Cow;

use jiff::civil::Date;

use crate::spec::is_bidi_control;

/// Marks the start of a spec string in a draft's Markdown (U+2068 FIRST STRONG ISOLATE, which
/// spec text cannot hold, since [`plain`] removes it).
pub const ISOLATE: char = '\u{2068}';
/// Marks the end of a spec string in a draft's Markdown (U+2069 POP DIRECTIONAL ISOLATE).
pub const END_ISOLATE: char = '\u{2069}';

/// Spec text without its bidirectional controls: the one policy for every output. The
/// controls are removed, not shown, since they are invisible in the source as well.
pub fn plain(text: &str) -> Cow<'_, str> {
    if text.contains(is_bidi_control) {
        Cow::Owned(text.chars().filter(|c| !is_bidi_control(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// The Markdown without the marks [`markdown`] puts around spec strings.
pub fn without_isolates(markdown: &str) -> String {
    markdown.replace([ISOLATE, END_ISOLATE], "")
}

/// Escapes officer-written text for Markdown, so that it can only ever be text: no emphasis,
/// links, raw HTML, headings, lists or tables. Line breaks become spaces, so that a value fits
/// in a numbered paragraph or a table cell. Bidi controls go ([`plain`]), and the string is
/// marked as one to isolate ([`ISOLATE`]).
pub fn markdown(text: &str) -> String {
    let escaped = escape_markdown(&plain(text));
    if escaped.is_empty() {
        return escaped;
    }
    format!("{ISOLATE}{escaped}{END_ISOLATE}")
}

/// Escapes jointly's own words for Markdown, as [`markdown`] does, but without marking them
/// for isolation: they are not spec text (coverage lists, the words for a kind of body).
pub fn markdown_words(text: &str) -> String {
    escape_markdown(&plain(text))
}

fn escape_markdown(text: &str) -> String {
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
            out.push_str(&plain(part));
            out.push('`');
        } else {
            if i % 2 == 1 {
                out.push_str("\\`");
            }
            // Keep the spaces around code spans, which `markdown` would trim.
            if part.starts_with(char::is_whitespace) {
                out.push(' ');
            }
            out.push_str(&escape_markdown(&plain(part)));
            if part.ends_with(char::is_whitespace) && !part.trim().is_empty() {
                out.push(' ');
            }
        }
    }
    out
}

/// A date as en-GB legal drafting writes it: `1 April 2024`.
pub fn long_date(date: Date) -> String {
    crate::law::LongDate(date).to_string()
}

/// Escapes text for an XML (SVG) text node or attribute value. Control characters become
/// spaces: XML 1.0 cannot carry most of them at all.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in plain(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Collapses runs of whitespace (including line breaks) to single spaces, and removes bidi
/// controls ([`plain`]).
pub fn one_line(text: &str) -> String {
    plain(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Shortens text to `max` characters, the last an ellipsis, when it is longer (for chart
/// labels). A cut at a word's end keeps the space before the ellipsis, showing that words
/// were left out rather than a word shortened.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// Trims trailing spaces and collapses the runs of blank lines that conditional template
/// sections leave behind, so the Markdown is tidy and stable; it ends with one newline.
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

    fn markdown(text: &str) -> String {
        without_isolates(&super::markdown(text))
    }

    #[test]
    fn bidi_controls_go_and_spec_strings_are_marked_for_isolation() {
        let name = "Evil Council\u{202E} (the \u{2066}Council\u{2069})";
        assert_eq!(plain(name), "Evil Council (the Council)");
        assert_eq!(
            super::markdown(name),
            "\u{2068}Evil Council (the Council)\u{2069}"
        );
        assert_eq!(super::markdown(" \u{202E} "), "");
        assert_eq!(one_line("a\u{202E}\n b"), "a b");
        assert_eq!(xml("a\u{202D}b"), "ab");
        assert_eq!(markdown_with_code("id `a\u{202E}b` x\u{202E}"), "id `ab` x");
    }

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
    fn escapes_xml() {
        assert_eq!(
            xml("<a href=\"x\">&'\u{7}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39; "
        );
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("Council", 7), "Council");
        assert_eq!(truncate("Eastshire Council", 10), "Eastshire…");
        assert_eq!(truncate("Eastshire Council", 11), "Eastshire …");
        assert_eq!(one_line(" a\n b  c "), "a b c");
    }

    #[test]
    fn long_dates_are_en_gb() {
        assert_eq!(long_date(jiff::civil::date(2024, 4, 1)), "1 April 2024");
    }
}
