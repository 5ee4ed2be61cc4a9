//! Characters a reader cannot see: bidirectional controls, which reorder the text around
//! them, and the other format characters and blanks, which show nothing at all. Drafts and
//! reports remove the bidi controls from spec text (`render::text::plain`), and text made only
//! of invisible characters says nothing, so a waiver's `reason` or `approved_by` written that
//! way counts as empty.

use super::agreement::Spec;
use super::pointer::Pointer;
use super::references::Report;

/// A character that changes the direction of the text around it: the embeddings, overrides
/// and isolates (U+202A to U+202E, U+2066 to U+2069) and the direction marks (U+200E, U+200F,
/// U+061C). Written into a spec, one can make jointly's own words read in another order.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether a character shows nothing: white space, a format character (Unicode's general
/// category Cf, such as U+200B, U+2060, U+FEFF and the bidi controls), a variation selector,
/// the combining grapheme joiner, or a Hangul filler.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || is_bidi_control(c)
        || matches!(
            c,
            // Unicode 16's format characters (Cf).
            '\u{00AD}'
                | '\u{0600}'..='\u{0605}'
                | '\u{06DD}'
                | '\u{070F}'
                | '\u{0890}'..='\u{0891}'
                | '\u{08E2}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0001}'
                | '\u{E0020}'..='\u{E007F}'
                // Blanks of other categories: the combining grapheme joiner, the variation
                // selectors, the Hangul fillers and the braille blank.
                | '\u{034F}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{E0100}'..='\u{E01EF}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{3164}'
                | '\u{FFA0}'
                | '\u{2800}'
        )
}

/// Whether text shows nothing: empty, or made only of invisible characters.
pub fn says_nothing(text: &str) -> bool {
    text.chars().all(is_invisible)
}

/// A waiver whose `reason` or `approved_by` shows nothing is no waiver: the schema already
/// refuses one that is empty or only spaces, and this refuses one of zero-width spaces, word
/// joiners, byte-order marks or bidi controls the same way.
pub(super) fn blank_waiver_fields(spec: &Spec, at: &mut Report) {
    for (i, waiver) in spec.waivers.iter().enumerate() {
        for (key, text, what) in [
            ("reason", &waiver.reason, "why the finding is accepted"),
            ("approved_by", &waiver.approved_by, "who approved it"),
        ] {
            // Text of spaces alone is the schema's to report.
            if says_nothing(text) && !text.chars().all(char::is_whitespace) {
                at(
                    Pointer::root().key("waivers").index(i).key(key).to_string(),
                    format!(
                        "the waiver's `{key}` is made only of invisible characters, so it says nothing"
                    ),
                    &format!(
                        "a waiver must say {what} in visible words; a finding accepted without both a reason and an approval is not waived"
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_text_says_nothing_and_words_do() {
        for blank in [
            "\u{200B}",
            "\u{2060}",
            "\u{FEFF}",
            " \u{202E}\u{2066} ",
            "\u{00AD}",
            "",
        ] {
            assert!(says_nothing(blank), "{blank:?}");
        }
        for words in ["JCB minute 7", "\u{200B}x", "\u{05D0}"] {
            assert!(!says_nothing(words), "{words:?}");
        }
        assert!(is_bidi_control('\u{202E}') && is_bidi_control('\u{2069}'));
        assert!(!is_bidi_control('\u{200B}') && !is_bidi_control('a'));
    }
}
