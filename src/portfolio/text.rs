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
