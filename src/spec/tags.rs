//! YAML tags (`!!timestamp`, `!!binary`, `!evil`): a spec is plain YAML values, so a tag is a
//! located problem rather than something the parser turns into a message about Rust types, or
//! drops without a word.
//!
//! The parser that builds the tree (in `load`) reads tags but does not hand them on, so the
//! scanner it is built on is run here over the same text, and only when the text has a `!` at
//! all. The YAML 1.2 core tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`,
//! `!!map`) and the non-specific `!` only say what the plain value already is, or make it text;
//! they keep working. Every other tag is reported where it is written.

use granit_parser::{Scanner, StrInput, TokenType};

use super::load::Problem;
use super::span::Span;

/// The core tags a spec may carry: each reads the value as jointly would read it plain.
const CORE: [&str; 7] = ["str", "int", "float", "bool", "null", "seq", "map"];

/// The most tags reported for one file; a file of thousands of tags needs one fix, repeated.
const MAX_REPORTED: usize = 20;

/// Every tag in `source` that jointly does not read, each at the tag, in document order.
/// Text the scanner cannot read is left to the parser, which reports it.
pub(super) fn unsupported_tags(source: &str) -> Vec<Problem> {
    if !source.contains('!') {
        return Vec::new();
    }
    let mut problems = Vec::new();
    for token in Scanner::new(StrInput::new(source)) {
        let Ok(token) = token else { break };
        let (span, TokenType::Tag(handle, suffix)) = token.into_parts() else {
            continue;
        };
        if is_core(&handle, &suffix) {
            continue;
        }
        let Some(range) = span.byte_range() else {
            continue;
        };
        let written = source
            .get(range.clone())
            .filter(|t| !t.is_empty())
            .map_or_else(|| format!("{handle}{suffix}"), str::to_owned);
        let mut at = Span::at_offset(source, range.start);
        at.len = range.len().max(at.len);
        problems.push(tag_problem(at, &written));
        if problems.len() == MAX_REPORTED {
            break;
        }
    }
    problems
}

/// A core tag, as `!!str` or written out in full (`!<tag:yaml.org,2002:str>`), or the
/// non-specific `!` (which the scanner gives as an empty handle and the suffix `!`).
fn is_core(handle: &str, suffix: &str) -> bool {
    match handle {
        "!!" => CORE.contains(&suffix),
        "" => {
            suffix == "!"
                || suffix
                    .strip_prefix("tag:yaml.org,2002:")
                    .is_some_and(|name| CORE.contains(&name))
        }
        _ => false,
    }
}

fn tag_problem(span: Span, written: &str) -> Problem {
    let what = match written {
        "!!timestamp" => " (a date and time)",
        "!!binary" => " (base64-encoded bytes)",
        "!!set" | "!!omap" | "!!pairs" => " (a special kind of collection)",
        _ => "",
    };
    Problem {
        span,
        message: format!(
            "`{written}` is a YAML tag{what}; jointly reads plain YAML values, without tags"
        ),
        help: Some(format!(
            "delete `{written}` and write the value plainly: a date as 2024-03-28, an amount as a number, text as it is (in quotes if it starts with `!`)"
        )),
        pointer: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_tags_and_plain_text_pass() {
        assert!(
            unsupported_tags(
                "a: !!str 12\nb: ! 3\nc: \"wow!\"\nd: wow!\ne: !<tag:yaml.org,2002:int> 4\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn other_tags_are_found_at_the_tag() {
        let problems = unsupported_tags("a: 1\nmade: !!timestamp 2024-03-28\nb: !evil x\n");
        let found: Vec<(u32, u32, &str)> = problems
            .iter()
            .map(|p| (p.span.line, p.span.column, p.message.as_str()))
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (2, 7));
        assert!(found[0].2.starts_with("`!!timestamp` is a YAML tag"));
        assert_eq!((found[1].0, found[1].1), (3, 4));
        assert!(found[1].2.starts_with("`!evil` is a YAML tag"));
    }
}
