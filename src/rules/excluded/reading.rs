//! How a text uses an excluded term: as the treatment the scheme provides, as mere context
//! (what the service follows, precedes, refers to or informs about, or what the text leaves
//! out), or ambiguously, for a person to review.

use super::Term;

/// Phrases that contain an excluded word but do not name the excluded treatment.
const NOT_EXCLUDED: &[&str] = &[
    "gp surgery",
    "gp surgeries",
    "doctor's surgery",
    "doctors' surgeries",
    "doctors surgeries",
    "non-invasive",
    "non invasive",
    "non-surgical",
    "non surgical",
    "surgical appliance",
    "surgical stockings",
    "non-emergency ambulance",
    "non emergency ambulance",
];

/// How a text uses an excluded term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Reading {
    /// The term is only context: the service follows, precedes, refers to, gives information
    /// or advice about, or supports recovery from the treatment, or the text excludes it.
    Context,
    /// The text may describe the treatment or a service around it: a person should look.
    Ambiguous,
    /// The text names the treatment as something the scheme provides.
    Provision,
}

/// Words before an excluded term that make it context, not provision: the service comes
/// before or after the treatment, refers or signposts to it, informs or advises about it, or
/// supports recovery from it ("reablement after hip surgery", "signposting to abortion
/// services", "information about endoscopy", "post-surgical support").
const CONTEXT_BEFORE: &[&[&str]] = &[
    &["after"],
    &["following"],
    &["post"],
    &["pre"],
    &["before"],
    &["prior", "to"],
    &["ahead", "of"],
    &["awaiting"],
    &["waiting", "for"],
    &["preparation", "for"],
    &["preparing", "for"],
    &["recovering", "from"],
    &["recovery", "from"],
    &["recover", "from"],
    &["recuperation", "from"],
    &["convalescence", "from"],
    &["have", "had"],
    &["has", "had"],
    &["signpost"],
    &["signposts"],
    &["signposting"],
    &["signposted"],
    &["refer"],
    &["refers"],
    &["referral"],
    &["referrals"],
    &["referring"],
    &["referred"],
    &["information", "about"],
    &["information", "on"],
    &["information", "regarding"],
    &["advice", "about"],
    &["advice", "on"],
    &["advice", "regarding"],
    &["counselling", "about"],
    &["counselling", "on"],
    &["counselling", "regarding"],
    &["counseling", "about"],
    &["counseling", "on"],
    &["education", "about"],
    &["education", "on"],
    &["awareness", "of"],
    &["considering"],
];

/// Words right after an excluded term that make it context: "abortion counselling",
/// "surgery aftercare", "endoscopy referral", "surgical wound care", "surgical patients".
const CONTEXT_AFTER: &[&str] = &[
    "patient",
    "patients",
    "wound",
    "wounds",
    "scar",
    "scars",
    "follow-up",
    "followup",
    "aftercare",
    "after-care",
    "advice",
    "information",
    "counselling",
    "counseling",
    "signposting",
    "referral",
    "referrals",
    "awareness",
    "education",
];

/// Words right after an excluded term that leave it unclear whether the treatment itself is
/// provided ("endoscopy recovery", "surgical rehabilitation"): a warning for review.
const AMBIGUOUS_AFTER: &[&str] = &["recovery", "rehabilitation", "support"];

/// Words that, between a context word and the term, show the text turns to providing the
/// treatment ("referral to and provision of surgery").
const BREAKERS: &[&str] = &[
    "provide",
    "provides",
    "provided",
    "providing",
    "provision",
    "deliver",
    "delivers",
    "delivering",
    "delivery",
    "perform",
    "performs",
    "performing",
    "undertake",
    "undertakes",
    "undertaking",
    "including",
    "includes",
    "include",
    "plus",
];

/// Words after which the rest of a sentence is excluded from the scheme ("excluding surgery,
/// radiotherapy and endoscopy", "does not include surgery").
const NEGATIONS: &[&str] = &[
    "excluding",
    "excludes",
    "exclude",
    "excluded",
    "except",
    "not",
    "nor",
    "without",
];
/// Two-word negations.
const NEGATION_PAIRS: &[[&str; 2]] = &[["other", "than"], ["apart", "from"]];
/// Words that end a negation's reach ("excluding X but including surgery").
const AFFIRMATIONS: &[&str] = &["including", "includes", "include", "but", "plus"];

/// How many words may stand between a context word and the term ("after hip surgery",
/// "following elective hip replacement surgery").
const WINDOW: usize = 4;

/// The most serious way `text` uses any of `terms`, ignoring phrases that are not exclusions.
/// Most texts mention no term at all, so the analysis only runs when one seems to match.
pub(super) fn assess<'t>(text: &str, terms: &'t [Term]) -> Option<(&'t Term, Reading)> {
    if !may_name_any(text) {
        return None;
    }
    let lower = text.to_lowercase();
    if !terms.iter().any(|t| lower.contains(t.words)) {
        return None;
    }
    let text = normalise(text);
    let mut worst: Option<(&Term, Reading)> = None;
    for term in terms {
        for (at, _) in whole_word_matches(&text, term.words) {
            let reading = read(&text, at, term.words.len());
            let more_serious = match worst {
                None => true,
                Some((best, current)) => (reading, term.certain) > (current, best.certain),
            };
            if more_serious {
                worst = Some((term, reading));
            }
        }
    }
    worst
}

/// Whether `text` may name any excluded term: lower-casing ASCII text only changes ASCII case,
/// and every term is lower-case ASCII, so ASCII text that holds no excluded term in any case
/// is ruled out without a lower-case copy.
pub(super) fn may_name_any(text: &str) -> bool {
    !text.is_ascii() || super::ANY_TERM.is_match(text)
}

/// How the mention of a term at `at..at + len` in normalised text reads.
fn read(text: &str, at: usize, len: usize) -> Reading {
    let before = &text[..at];
    let after = &text[at + len..];
    if negated(before) {
        return Reading::Context;
    }
    // The clause starts after the break, whatever its width (`–` and `—` take three bytes).
    let clause_before = before.rfind(CLAUSE_BREAKS).map_or(before, |k| {
        let width = before[k..].chars().next().map_or(1, char::len_utf8);
        &before[k + width..]
    });
    let clause_after = after.find(CLAUSE_BREAKS).map_or(after, |k| &after[..k]);
    let words_before = words(clause_before);
    let term = words(&text[at..at + len]);
    if context_before(&words_before, term.first().copied().unwrap_or_default()) {
        return Reading::Context;
    }
    match words(clause_after).first() {
        Some(next) if CONTEXT_AFTER.contains(next) => Reading::Context,
        Some(next) if AMBIGUOUS_AFTER.contains(next) => Reading::Ambiguous,
        _ => Reading::Provision,
    }
}

/// Characters that end a clause.
const CLAUSE_BREAKS: &[char] = &[',', ';', ':', '.', '(', ')', '[', ']', '/', '\n', '–', '—'];

/// The words of a piece of text, without the punctuation around them (so "post-" in
/// "post-surgical" is the word "post").
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether the words before a term end with a context phrase, followed by at most
/// [`WINDOW`] other words, none of which turns to providing the treatment or mentions the
/// term again (in "reablement after surgery and minor surgery" the context word belongs to
/// the first mention only).
fn context_before(words: &[&str], term: &str) -> bool {
    CONTEXT_BEFORE.iter().any(|cue| {
        (0..words.len()).any(|k| {
            let end = k + cue.len();
            end <= words.len()
                && words[k..end] == **cue
                && words.len() - end <= WINDOW
                && !words[end..]
                    .iter()
                    .any(|w| BREAKERS.contains(w) || *w == term)
        })
    })
}

/// Whether the sentence before a term has excluded what follows ("excluding surgery,
/// radiotherapy and endoscopy"), with nothing since then bringing it back in.
fn negated(before: &str) -> bool {
    let sentence = before
        .rfind(['.', ';', '\n'])
        .map_or(before, |k| &before[k + 1..]);
    let words = words(sentence);
    let mut negated = false;
    for (k, word) in words.iter().enumerate() {
        let previous = k.checked_sub(1).map(|p| words[p]);
        let pair = previous.map(|p| [p, *word]);
        if NEGATIONS.contains(word) || pair.is_some_and(|p| NEGATION_PAIRS.contains(&p)) {
            negated = true;
        } else if AFFIRMATIONS.contains(word) && previous != Some("not") {
            negated = false;
        }
    }
    negated
}

/// Lower-cases text and blanks out phrases that contain an excluded word but do not name the
/// excluded treatment, once per text.
pub(super) fn normalise(text: &str) -> String {
    let mut lower = text.to_lowercase().replace('\u{2019}', "'");
    for phrase in NOT_EXCLUDED {
        if lower.contains(phrase) {
            lower = lower.replace(phrase, " ");
        }
    }
    lower
}

/// Where normalised text mentions `words` as whole words.
pub(super) fn whole_word_matches<'a>(
    lower: &'a str,
    words: &'a str,
) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    lower.match_indices(words).filter(move |(at, _)| {
        let before = lower[..*at].chars().next_back();
        let after = lower[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
