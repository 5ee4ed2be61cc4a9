//! What placeholders a spec's text values could hold at all, from a few searches of its
//! source: most specs hold none, so most need no walk over their text values, and the rest
//! need not search each value for every kind.
//!
//! Every text value is written in the source, so what the source lacks is in no value, but
//! for what reading YAML makes of the source: an escape in double quotes (`\x5B`, `\u2026`)
//! can write any character, so a source with a backslash could hold anything; and folding
//! makes a line break, with the white space around it, one space, so where a value needs a
//! space (`. .`, `to be agreed`, `(insert date)`) the source may have any white space. The
//! comment lines a spec opens with hold no value and are skipped: headers often hold brackets
//! and `..`.

use memchr::{memchr, memchr_iter, memchr2_iter, memmem};

use super::{Hints, PHRASES, has_blank_bytes, has_xx, t_before};

/// What the text values of a spec could hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Possible {
    /// The kinds of placeholder searched for in each value.
    pub(super) kinds: Hints,
    /// "To be agreed" and the other phrases, as a whole value or in brackets.
    pub(super) phrase: bool,
    /// A value `unknown`.
    pub(super) unknown: bool,
}

impl Possible {
    /// Anything: what a text of unknown origin could hold.
    pub(super) const ALL: Possible = Possible {
        kinds: Hints::ALL,
        phrase: true,
        unknown: true,
    };

    /// What the text values of a spec with this source could hold.
    pub(super) fn of_source(source: &str) -> Possible {
        let bytes = source.as_bytes();
        if memchr(b'\\', bytes).is_some() {
            return Possible::ALL;
        }
        let bytes = after_opening_comments(bytes);
        // One pass over the `b`s finds both `tb` and the "be" of a phrase.
        let (mut tb, mut phrase) = (false, false);
        for i in memchr2_iter(b'b', b'B', bytes) {
            tb = tb || t_before(bytes, i);
            phrase = phrase || phrase_at(bytes, i);
            if tb && phrase {
                break;
            }
        }
        // Round brackets are placeholders only around an instruction or a phrase.
        let instruction = memchr_iter(b'(', bytes).any(|i| {
            let rest = skip_white(&bytes[i + 1..]);
            rest.get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"insert"))
                && rest.get(6).is_some_and(|b| is_white(*b))
        });
        Possible {
            kinds: Hints {
                bracket: memchr(b'[', bytes).is_some(),
                parenthesis: instruction || (phrase && memchr(b'(', bytes).is_some()),
                blank: has_blank_bytes(bytes, |rest| skip_white(&rest[1..]).starts_with(b".")),
                word: tb || has_xx(bytes),
            },
            phrase,
            unknown: memmem::find(bytes, b"unknown").is_some(),
        }
    }

    /// Whether the values could hold nothing at all.
    pub(super) fn is_none(&self) -> bool {
        let Hints {
            bracket,
            parenthesis,
            blank,
            word,
        } = self.kinds;
        !(bracket || parenthesis || blank || word || self.phrase || self.unknown)
    }
}

/// Whether the `b` at `i` could begin the "be" of one of the phrases: "to", white space,
/// "be", white space, and the phrase's last word, in any ASCII case.
fn phrase_at(bytes: &[u8], i: usize) -> bool {
    let before = &bytes[..i];
    let word = before.trim_ascii_end();
    let spaced = word.len() < before.len();
    let to = word.len() >= 2 && word[word.len() - 2..].eq_ignore_ascii_case(b"to");
    let after = &bytes[i..];
    if !spaced
        || !to
        || !after
            .get(..2)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"be"))
    {
        return false;
    }
    let rest = skip_white(&after[2..]);
    rest.len() < after.len() - 2
        && PHRASES.iter().any(|p| {
            let last = p.rsplit(' ').next().unwrap_or(p).as_bytes();
            rest.get(..last.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(last))
        })
}

/// `bytes` without the white space they start with.
fn skip_white(bytes: &[u8]) -> &[u8] {
    let white = bytes.iter().take_while(|b| is_white(**b)).count();
    &bytes[white..]
}

/// White space that folding can turn into a value's space.
fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// The source from the first line that is neither blank nor a comment: before any node has
/// begun, a line whose first character after the indentation is `#` can only be a comment.
fn after_opening_comments(bytes: &[u8]) -> &[u8] {
    let mut at = 0;
    while at < bytes.len() {
        let end = memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i + 1);
        let first = bytes[at..end]
            .iter()
            .find(|b| !matches!(b, b' ' | b'\r' | b'\n'));
        if first.is_some_and(|b| *b != b'#') {
            break;
        }
        at = end;
    }
    &bytes[at..]
}

#[cfg(test)]
mod tests;
