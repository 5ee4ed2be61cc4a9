//! Text helpers for the portfolio: en-GB dates, day counts, Markdown and SVG escaping.

pub use crate::render::text::{long_date, markdown};

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

/// Escapes text for an SVG text node or attribute value.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
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

/// Shortens text to `max` characters, ending with an ellipsis when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Collapses runs of whitespace (including line breaks) to single spaces.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_and_xml() {
        assert_eq!(markdown("a|b *c* <x>"), "a\\|b \\*c\\* \\<x\\>");
        assert_eq!(markdown("1. Not a list"), "1\\. Not a list");
        assert_eq!(code_cell("a|b"), "`a\\|b`");
        assert_eq!(code_cell("x`y"), "``x`y``");
        assert_eq!(code_cell("`x"), "`` `x ``");
        assert_eq!(
            xml("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn dates_and_days_are_en_gb() {
        assert_eq!(
            long_date(jiff::civil::date(2026, 11, 25)),
            "25 November 2026"
        );
        assert_eq!(days(1), "1 day");
        assert_eq!(days(0), "0 days");
    }
}
