//! Placeholders: text a template or draft leaves for someone to fill in (`[Local authority]`,
//! `[50%]`, `TBD`, `……, 2011`, `[ ]`), found in any text value of the spec; and an amount of
//! money outside a pool written `unknown`, a blank no rule reports.
//!
//! A placeholder is not a rulebook rule: it is about the spec's drafting, not the law, so it
//! is reported under the pseudo-rule ID [`ID`] (as the waiver problems are), a warning while
//! the agreement is a draft and an error once it is final or signed.
//!
//! What counts as a placeholder, and what deliberately does not:
//!
//! - square brackets around a blank or an instruction (`[ ]`, `[Local authority]`, `[50%]`,
//!   `[insert date]`, `[●]`, `£[ ]`), but not a Markdown link or image (`[text](url)`,
//!   `![x](url)`, `[text][ref]`, `[ref]: url`), brackets that follow a letter, digit or
//!   jointly's own `@@` label mark (`Council[s]`, `@@[label]`), a number in brackets (a
//!   footnote or a neutral citation's year, `[2011] EWHC 1`), `[sic]`, `[emphasis added]`, or
//!   an editorial omission (`[...]`, `[…]`);
//! - `TBD`, `TBC` and `TBA` as whole words, and "to be confirmed", "to be agreed", "to be
//!   determined" or "to be advised" when they are the whole value or in brackets (in a
//!   sentence, "to be agreed by the partners each year" is ordinary drafting);
//! - runs of dots or ellipsis characters used as a blank (`....`, `……`, `….`, `. . .`), but
//!   not an ellipsis (`...`, `…`); runs of four or more underscores;
//! - `XX`/`xxx` filler as a whole word, alone or among digits (`20XX`, `£XX,XXX`), but not a
//!   Roman numeral after "Part", "Chapter", "Schedule" and the like, or a list marker `(xx)`;
//! - round brackets that start with "insert" (`(insert date)`).
//!
//! Round-bracketed legal references (`reg 7(3)(a)`, `s75(2)`) and list markers (`(a)`) are
//! never placeholders.

use memchr::{memchr, memchr2, memchr2_iter, memchr3, memmem};
use serde_json::Value;

use super::Severity;
use crate::spec::{Document, Pointer, Span, Status};

mod source;

use source::Possible;

/// The ID placeholders are reported under (not a rulebook rule).
pub const ID: &str = "jointly-placeholder";

/// The kebab-case name of the pseudo-rule.
pub const NAME: &str = "placeholder-in-spec";

/// One-line summary of the pseudo-rule, for descriptors and documentation.
pub const SUMMARY: &str = "A text value of the spec still holds a template placeholder.";

/// What the pseudo-rule checks, for descriptors and documentation.
pub const WHAT: &str = "Finds placeholders left in any text value of the spec: square-bracketed blanks and instructions ([ ], [Local authority], [50%], [insert date]), TBD, TBC or \"to be confirmed\", runs of dots used as blanks (……, ....), and XX filler; and an amount of money outside a pool (`other_funding`) written `unknown`, which no rule requires but which the partners must still agree. It is a warning while the agreement's status is draft and an error once it is final or signed.";

/// Why it matters, for descriptors and documentation.
pub const WHY: &str = "An agreement that is final or signed with a blank in it does not say what the partners agreed: the blank is a term nobody settled.";

/// The help every placeholder note gives.
pub const HELP: &str = "replace the placeholder with the agreed fact; where the spec has an explicit form for something not stated (leave the key out, or give a `not_applicable` reason), use that instead";

/// A placeholder found in one text value of the spec.
#[derive(Debug, Clone)]
pub struct Placeholder {
    /// The JSON pointer of the text value.
    pub pointer: String,
    /// Where the value is in the source.
    pub span: Span,
    /// A warning while the agreement is a draft, an error once it is final or signed.
    pub severity: Severity,
    /// The placeholders found in the value, in order (empty where the value is a signatory's
    /// name, which diagnostics never repeat).
    pub found: Vec<String>,
    pub message: String,
    pub help: String,
}

/// The placeholders in every text value of a loaded spec, in source order.
pub(super) fn find_in(document: &Document) -> Vec<Placeholder> {
    // Most specs could hold no placeholder, or only some kinds: a few searches of the source
    // rule the rest out for every text value at once.
    find_with(document, Possible::of_source(&document.source))
}

/// [`find_in`], for a spec whose text values could hold only what is `possible`.
fn find_with(document: &Document, possible: Possible) -> Vec<Placeholder> {
    let status = document.spec.agreement.status;
    if possible.is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    walk(&document.json, &mut Vec::new(), &mut |path, text| {
        if possible.unknown && text == "unknown" {
            let pointer = pointer_to(path);
            if outside_a_pool(&pointer) {
                out.push(not_yet_agreed(document, status, pointer));
                return;
            }
        }
        let found = placeholders_of(text, &possible);
        if found.is_empty() {
            return;
        }
        out.push(note(document, status, pointer_to(path), found));
    });
    out.sort_by(|a, b| (a.span.start, &a.pointer).cmp(&(b.span.start, &b.pointer)));
    out
}

/// One step of the path to a value: a key, or an index.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Calls `each` with every text value and the path to it. The path is a stack of steps, made
/// into a [`Pointer`] only for a value that is reported.
fn walk<'a>(value: &'a Value, path: &mut Vec<Step<'a>>, each: &mut dyn FnMut(&[Step], &str)) {
    match value {
        Value::String(text) => each(path, text),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                walk(item, path, each);
                path.pop();
            }
        }
        Value::Object(members) => {
            for (key, member) in members {
                path.push(Step::Key(key));
                walk(member, path, each);
                path.pop();
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

fn pointer_to(path: &[Step]) -> Pointer {
    path.iter().fold(Pointer::root(), |at, step| match step {
        Step::Key(key) => at.key(key),
        Step::Index(i) => at.index(*i),
    })
}

/// Whether `pointer` is the amount of money outside a pool (`other_funding`), which no rule
/// requires: an `unknown` one there is a blank to fill, as a placeholder is. An unknown pool
/// contribution, total or delegation payment is the finding of the rule that requires it.
fn outside_a_pool(pointer: &Pointer) -> bool {
    let path: Vec<&str> = pointer.as_str().split('/').collect();
    matches!(
        path.as_slice(),
        ["", "schemes", _, "other_funding", _, "amount"]
            | ["", "schemes", _, "other_funding", _, "amounts", _, "amount"]
    )
}

/// An amount of money outside a pool written `unknown`: not yet agreed.
fn not_yet_agreed(document: &Document, status: Status, pointer: Pointer) -> Placeholder {
    let mut noted = note(document, status, pointer, vec!["unknown"]);
    noted.message = noted.message.replace(
        "still holds the placeholder `unknown`",
        "is not yet agreed (`unknown`)",
    );
    noted.help = "once the partners agree the amount, write it in place of `unknown`".to_owned();
    noted
}

fn note(document: &Document, status: Status, pointer: Pointer, found: Vec<&str>) -> Placeholder {
    let severity = match status {
        Status::Draft => Severity::Warning,
        Status::Final | Status::Signed | Status::Expired | Status::Terminated => Severity::Error,
    };
    // A signatory's name is a person's: say where, not what.
    let private = pointer.as_str().ends_with("/signatory/name");
    let found: Vec<String> = if private {
        Vec::new()
    } else {
        found.into_iter().map(shorten).collect()
    };
    let what = match found.as_slice() {
        [] => "a placeholder".to_owned(),
        [one] => format!("the placeholder `{one}`"),
        many => format!(
            "the placeholders {}",
            many.iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let message = match status {
        Status::Draft => format!("`{pointer}` still holds {what}"),
        Status::Final => format!("the agreement is final but `{pointer}` still holds {what}"),
        Status::Signed | Status::Expired | Status::Terminated => format!(
            "the agreement is {} but `{pointer}` still holds {what}",
            status.word()
        ),
    };
    let span = document
        .index
        .get(pointer.as_str())
        .map_or_else(|| document.index.locate(pointer.as_str()), |s| s.value);
    Placeholder {
        pointer: pointer.into(),
        span,
        severity,
        found,
        message,
        help: HELP.to_owned(),
    }
}

/// A placeholder as the message quotes it: on one line, at most 40 characters, no backticks.
fn shorten(text: &str) -> String {
    let one_line: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('`', "'");
    let one_line = if one_line.is_empty() && !text.is_empty() {
        " ".to_owned()
    } else {
        one_line
    };
    if one_line.chars().count() > 40 {
        let cut: String = one_line.chars().take(39).collect();
        format!("{cut}…")
    } else {
        one_line
    }
}

/// The placeholders in a piece of text, in order, each as written.
pub fn placeholders(text: &str) -> Vec<&str> {
    placeholders_of(text, &Possible::ALL)
}

/// [`placeholders`] of a text that can hold only what is `possible`.
fn placeholders_of<'t>(text: &'t str, possible: &Possible) -> Vec<&'t str> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    if possible.phrase {
        whole_phrase(text, &mut found);
    }
    let could = Hints::within(text, &possible.kinds);
    if could.bracket {
        brackets(text, &mut found);
    }
    if could.parenthesis {
        parenthesised(text, &mut found);
    }
    if could.blank {
        blanks(text, &mut found);
    }
    if could.word {
        words(text, &mut found);
    }
    if found.is_empty() {
        return Vec::new();
    }
    found.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (start, end) in found {
        match out.last() {
            Some(&(_, last_end)) if start < last_end => {}
            _ => out.push((start, end)),
        }
    }
    out.into_iter().map(|(s, e)| &text[s..e]).collect()
}

/// Which kinds of placeholder a text could hold, each from what every placeholder of its kind
/// holds: most text holds none, and a vectorised byte search (`memchr`) rules each kind out
/// far faster than the searches below, or a pass over every byte, would.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hints {
    /// A `[`.
    bracket: bool,
    /// A `(`.
    parenthesis: bool,
    /// `..`, `. .`, `…` or `____`: every blank holds one (four dots hold `..`).
    blank: bool,
    /// `tb` or `xx` in any ASCII case: every `TBD`, `TBC`, `TBA` or `XX` filler holds one.
    word: bool,
}

impl Hints {
    /// Every kind: what a text of unknown origin could hold.
    const ALL: Hints = Hints {
        bracket: true,
        parenthesis: true,
        blank: true,
        word: true,
    };

    #[cfg(test)]
    fn of(text: &str) -> Hints {
        Hints::within(text, &Hints::ALL)
    }

    /// The kinds `text` could hold, looking only for those in `possible` (the rest are false).
    fn within(text: &str, possible: &Hints) -> Hints {
        let bytes = text.as_bytes();
        let blank = possible.blank && has_blank_bytes(bytes, |rest| rest.starts_with(b". ."));
        let word = possible.word && has_word_bytes(bytes);
        // Most text has neither bracket: one search rules both out.
        let either = match (possible.bracket, possible.parenthesis) {
            (true, true) => memchr2(b'[', b'(', bytes).is_some(),
            (false, false) => false,
            _ => true,
        };
        Hints {
            bracket: either && possible.bracket && memchr(b'[', bytes).is_some(),
            parenthesis: either && possible.parenthesis && memchr(b'(', bytes).is_some(),
            blank,
            word,
        }
    }
}

/// Whether `bytes` hold `..`, `…`, `____`, or a `.` after which `spaced` (given the bytes from
/// that dot on) finds the spaced form: every blank holds one (four dots hold `..`).
fn has_blank_bytes(bytes: &[u8], spaced: impl Fn(&[u8]) -> bool) -> bool {
    memchr2_iter(b'.', 0xE2, bytes).any(|i| {
        let rest = &bytes[i..];
        rest.starts_with(b"..")
            || rest.starts_with("…".as_bytes())
            || (rest[0] == b'.' && spaced(rest))
    }) || memmem::find(bytes, b"____").is_some()
}

/// Whether `bytes` hold `tb` or `xx` in any ASCII case, as every `TBD`, `TBC`, `TBA` or `XX`
/// filler does.
fn has_word_bytes(bytes: &[u8]) -> bool {
    memchr2_iter(b'b', b'B', bytes).any(|i| t_before(bytes, i)) || has_xx(bytes)
}

/// Whether a `t` or `T` comes before the byte at `i`.
fn t_before(bytes: &[u8], i: usize) -> bool {
    // `b | 0x20` is `t` only for `t` and `T`, and `x` only for `x` and `X`.
    i > 0 && bytes[i - 1] | 0x20 == b't'
}

/// Whether `bytes` hold `xx` in any ASCII case.
fn has_xx(bytes: &[u8]) -> bool {
    memchr2_iter(b'x', b'X', bytes).any(|i| bytes.get(i + 1).is_some_and(|b| b | 0x20 == b'x'))
}

const PHRASES: &[&str] = &[
    "to be confirmed",
    "to be agreed",
    "to be determined",
    "to be advised",
];

const SHORTEST_PHRASE: usize = 12;

fn is_phrase(text: &str) -> bool {
    // Trimming only shortens a text, and the shortest phrase takes 12 bytes.
    if text.len() < SHORTEST_PHRASE {
        return false;
    }
    let text = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | ':'));
    PHRASES.iter().any(|p| text.eq_ignore_ascii_case(p))
}

/// "To be confirmed" as the whole value.
fn whole_phrase(text: &str, found: &mut Vec<(usize, usize)>) {
    if is_phrase(text) {
        let start = text.len() - text.trim_start().len();
        found.push((start, text.trim_end().len()));
    }
}

/// Square brackets around a blank or an instruction.
fn brackets(text: &str, found: &mut Vec<(usize, usize)>) {
    let mut from = 0;
    // The brackets and the newline are ASCII, so a byte search finds the same places.
    while let Some(open) = memchr(b'[', &text.as_bytes()[from..]).map(|i| i + from) {
        from = open + 1;
        let Some(len) = memchr3(b']', b'[', b'\n', &text.as_bytes()[open + 1..]) else {
            break;
        };
        let close = open + 1 + len;
        if !text[close..].starts_with(']') {
            continue;
        }
        let before = text[..open].chars().next_back();
        let after = text[close + 1..].chars().next();
        let inside = text[open + 1..close].trim();
        let attached = before.is_some_and(|c| c.is_alphanumeric() || "!@]\\_`".contains(c));
        let link = after.is_some_and(|c| matches!(c, '(' | '[' | ':'));
        let not_blank = !inside.is_empty()
            && (inside.chars().all(|c| c.is_ascii_digit())
                || ["sic", "emphasis added", "...", "…"]
                    .iter()
                    .any(|w| inside.eq_ignore_ascii_case(w)));
        if attached || link || not_blank || inside.chars().count() > 80 {
            continue;
        }
        let start = match before {
            Some(c @ ('£' | '$' | '€')) => open - c.len_utf8(),
            _ => open,
        };
        found.push((start, close + 1));
        from = close + 1;
    }
}

/// Round brackets around an instruction ("(insert date)") or a phrase ("(to be agreed)").
fn parenthesised(text: &str, found: &mut Vec<(usize, usize)>) {
    let mut from = 0;
    // The brackets and the newline are ASCII, so a byte search finds the same places.
    while let Some(open) = memchr(b'(', &text.as_bytes()[from..]).map(|i| i + from) {
        from = open + 1;
        let Some(len) = memchr3(b')', b'(', b'\n', &text.as_bytes()[open + 1..]) else {
            break;
        };
        let close = open + 1 + len;
        if !text[close..].starts_with(')') {
            continue;
        }
        let inside = text[open + 1..close].trim();
        let instruction = inside
            .get(..7)
            .is_some_and(|w| w.eq_ignore_ascii_case("insert "));
        if instruction || is_phrase(inside) {
            found.push((open, close + 1));
            from = close + 1;
        }
    }
}

/// Runs of dots, ellipses or underscores used as blanks.
fn blanks(text: &str, found: &mut Vec<(usize, usize)>) {
    // Called only where [`Hints`] finds `..`, `. .`, `…` or `____`, which every blank holds.
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c == '.' || c == '…' {
            // Unspaced: `....`, `……`, `….` (an ellipsis counts as three dots).
            let mut j = i;
            let mut weight = 0;
            while let Some(&(_, d)) = chars.get(j).filter(|(_, d)| *d == '.' || *d == '…') {
                weight += if d == '.' { 1 } else { 3 };
                j += 1;
            }
            if weight >= 4 {
                found.push((chars[i].0, end_of(j)));
                i = j;
                continue;
            }
            // Spaced: `. . .`.
            let mut k = i;
            let mut dots = 1;
            while chars.get(k + 1).is_some_and(|&(_, s)| s == ' ')
                && chars.get(k + 2).is_some_and(|&(_, d)| d == '.')
            {
                k += 2;
                dots += 1;
            }
            if j == i + 1 && dots >= 3 {
                found.push((chars[i].0, end_of(k + 1)));
                i = k + 1;
                continue;
            }
            i = j;
        } else if c == '_' {
            let mut j = i;
            while chars.get(j).is_some_and(|&(_, d)| d == '_') {
                j += 1;
            }
            if j - i >= 4 {
                found.push((chars[i].0, end_of(j)));
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

/// Words before which `XX` is a Roman numeral, not filler.
const NUMBERED: &[&str] = &[
    "part", "chapter", "schedule", "article", "title", "section", "annex", "appendix", "volume",
    "book", "table", "figure", "item",
];

/// `TBD`, `TBC`, `TBA` and `XX` filler as whole words (called where [`Hints`] finds `tb` or `xx`).
fn words(text: &str, found: &mut Vec<(usize, usize)>) {
    let mut previous: Option<&str> = None;
    let mut rest = 0;
    for (start, word) in split_words(text) {
        let end = start + word.len();
        let between = &text[rest..start];
        rest = end;
        let filler = (word.len() == 3
            && ["tbd", "tbc", "tba"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w)))
            || is_x_filler(word, previous, between, &text[end..]);
        if filler {
            found.push((start, end));
        }
        previous = Some(word);
    }
}

fn split_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .scan(0usize, |at, word| {
            let start = *at;
            *at += word.len();
            // The separator that followed this word: one character, of whatever width.
            let sep = text[*at..].chars().next().map_or(0, char::len_utf8);
            *at += sep;
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
}

fn is_x_filler(word: &str, previous: Option<&str>, before: &str, after: &str) -> bool {
    // Only `x`, `X` and digits, with two x's together (no lowercase copy of every word).
    let x = |b: &u8| matches!(b, b'x' | b'X');
    let bytes = word.as_bytes();
    if !bytes.iter().all(|b| x(b) || b.is_ascii_digit())
        || !bytes.windows(2).any(|pair| x(&pair[0]) && x(&pair[1]))
    {
        return false;
    }
    let roman = word.chars().all(|c| c == 'X') && word.len() <= 3;
    let numbered = previous.is_some_and(|p| NUMBERED.iter().any(|n| p.eq_ignore_ascii_case(n)));
    let list_marker = before.ends_with('(') && after.starts_with(')');
    !(roman && numbered || list_marker)
}

#[cfg(test)]
mod tests;
