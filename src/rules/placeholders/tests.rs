use super::{Hints, PHRASES, placeholders};

#[test]
fn finds_the_issues_examples() {
    assert_eq!(placeholders("[Local authority]"), ["[Local authority]"]);
    assert_eq!(placeholders("a share of [50%] each"), ["[50%]"]);
    assert_eq!(placeholders("TBD"), ["TBD"]);
    assert_eq!(placeholders("made on ……, 2011"), ["……"]);
    assert_eq!(placeholders("signed [ ]"), ["[ ]"]);
    assert_eq!(placeholders("[]"), ["[]"]);
    assert_eq!(placeholders("a fee of £[ ] a year"), ["£[ ]"]);
    assert_eq!(placeholders("on [insert date]"), ["[insert date]"]);
    assert_eq!(placeholders("[●]"), ["[●]"]);
    assert_eq!(placeholders("dated .... 2011"), ["...."]);
    assert_eq!(placeholders("dated . . . 2011"), [". . ."]);
    assert_eq!(placeholders("dated …. 2011"), ["…."]);
    assert_eq!(placeholders("signed ________"), ["________"]);
    assert_eq!(placeholders("the 20XX budget"), ["20XX"]);
    assert_eq!(placeholders("£XX,XXX a year"), ["XX", "XXX"]);
    assert_eq!(placeholders("ref xxx"), ["xxx"]);
    assert_eq!(placeholders("budget: tbc"), ["tbc"]);
    assert_eq!(placeholders("To be confirmed."), ["To be confirmed."]);
    assert_eq!(
        placeholders("the host (to be agreed) manages it"),
        ["(to be agreed)"]
    );
    assert_eq!(placeholders("on (insert date)"), ["(insert date)"]);
    assert_eq!(
        placeholders("[Council] and [PCT] agree TBC"),
        ["[Council]", "[PCT]", "TBC"]
    );
}

#[test]
fn hints_are_what_a_pass_over_every_byte_finds() {
    // The pass the hints replaced: each kind's bytes anywhere in the text.
    fn every_byte(text: &str) -> [bool; 4] {
        let pairs = |a: u8, b: u8| {
            text.as_bytes()
                .windows(2)
                .any(|w| w[0].eq_ignore_ascii_case(&a) && w[1].eq_ignore_ascii_case(&b))
        };
        [
            text.contains('['),
            text.contains('('),
            ["..", ". .", "…", "____"].iter().any(|b| text.contains(b)),
            pairs(b't', b'b') || pairs(b'x', b'x'),
        ]
    }
    for text in [
        "",
        "tb",
        "TB",
        "tB",
        "Tb",
        "xx",
        "XX",
        "xX",
        "Xx",
        "é tbd",
        "£XX",
        "t b",
        "x x",
        "bt",
        "tx",
        "the budget",
        "ťb",
        "x\u{0301}x",
        "b",
        "x",
        "[",
        "(",
        ".",
        "..",
        ". .",
        ". x.",
        "…",
        "…",
        "—",
        "___",
        "____",
        "a_b__c",
        "end.",
        "x.",
        "hubbub",
    ] {
        let hints = Hints::of(text);
        assert_eq!(
            [hints.bracket, hints.parenthesis, hints.blank, hints.word],
            every_byte(text),
            "{text:?}"
        );
    }
}

#[test]
fn no_phrase_is_shorter_than_the_shortest() {
    assert_eq!(
        PHRASES.iter().map(|p| p.len()).min(),
        Some(super::SHORTEST_PHRASE)
    );
}

#[test]
fn leaves_ordinary_text_alone() {
    for text in [
        "SI 2000/617 reg 7(3)(a) and s75(2) of the NHS Act 2006",
        "(a) the pooled fund; (b) the host",
        "see [the guide](https://example.org/guide) and ![x](img.png)",
        "as [the guide][1] says",
        "[1]: https://example.org",
        "the Council[s] agree",
        "{{ title }} {% raw %} @@1 not a clause @@[termination]",
        "R (Smith) v Council [2011] EWHC 2986 (Admin)",
        "\"the partners shall [...] agree\" [sic] [emphasis added]",
        "the partners shall ... agree …",
        "a contribution to be agreed by the partners each year",
        "under Part XX of the Act, Schedule XXX, item (xx)",
        "the BETTER CARE FUND, TBDs aside? no: tbdx and xtbc",
        "Alex Baxxter, box 12, 1,000 units, www.example.org",
        "a_b__c",
        "..",
        "",
    ] {
        assert!(
            placeholders(text).is_empty(),
            "{text:?}: {:?}",
            placeholders(text)
        );
    }
}
