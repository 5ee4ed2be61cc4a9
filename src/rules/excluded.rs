//! Functions that may not be part of partnership arrangements (SI 2000/617 reg 5 exclusions,
//! rulebook §3.3). Reg 5's own text is not stored; the same list, made the same day, is
//! verified in SI 2000/618 reg 2(2) and repeated by HFMA (2023), so exact terms are errors and
//! near synonyms or general words are warnings for a person to review.
//!
//! The exclusions are of the *provision* of a treatment. A term that is only context (what the
//! service follows, precedes, refers to, informs about or supports recovery from, or what the
//! text expressly leaves out) is not a finding: see `read`.

use super::{
    Applies, Arrangement, Citation, Context, Docs, ENGLAND, Group, Label, PARTNERSHIP_ACTS, Rule,
    Sink, sources,
};

const EVERYWHERE: Applies = Applies {
    bases: PARTNERSHIP_ACTS,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Any,
};
const REG5: Citation = Citation {
    instrument: "SI 2000/617",
    provision: "reg 5 (exclusions; same list verified in SI 2000/618 reg 2(2))",
    url: "https://www.legislation.gov.uk/uksi/2000/618/regulation/2/made",
};
const WHY: &str = "The regulations exclude \"the provision of surgery, radiotherapy, termination of pregnancies, endoscopy, the use of Class 4 laser treatments and other invasive treatments\" and \"emergency ambulance services\" from the NHS functions that may be pooled or delegated. The words were read in SI 2000/618 reg 2(2), the parallel list made the same day; SI 2000/617 reg 5 itself was not available. HFMA (2023) names emergency ambulance services, general surgery, radiotherapy, endoscopy and Class 4 laser treatments as the s75 exclusions, but not termination of pregnancies or other invasive treatments, so those two are reported as unverified warnings.";

/// A term that names an excluded category. `certain` terms are errors; the rest are warnings.
struct Term {
    words: &'static str,
    certain: bool,
}

const fn term(words: &'static str, certain: bool) -> Term {
    Term { words, certain }
}

macro_rules! exclusion {
    ($id:literal, $name:literal, $what:literal, $category:literal, $example:literal, $check:ident, $sources:expr) => {
        Rule {
            id: $id,
            name: $name,
            summary: concat!($what, " may not be included in partnership arrangements."),
            group: Group::Statutory,
            label: Label::Partial,
            sources: $sources,
            citation: REG5,
            applies: EVERYWHERE,
            docs: Docs {
                what: concat!("Looks for ", $category, " in each scheme's `services` and `functions.nhs` (reg 5 excludes NHS functions, so the local authorities' `functions.health_related` are not scanned). Exact terms naming the treatment as something the scheme provides are errors where two sources name the category (otherwise unverified warnings, see Type); near synonyms are warnings for review. A term that is only context is not reported: the service comes before or after the treatment, supports recovery from it, refers or signposts to it, or gives information, advice or counselling about it (\"reablement after hip surgery\", \"signposting to abortion services\", \"pre-surgery assessment\"), or the text excludes it (\"excluding surgery\"). Where the words after the term leave it unclear whether the treatment itself is provided (\"endoscopy recovery\", \"surgical rehabilitation\"), the finding is a warning for review."),
                why: WHY,
                example: $example,
            },
            check: $check,
        }
    };
}

pub(super) const RULES: &[Rule] = &[
    exclusion!(
        "REG617-5-X-SURGERY",
        "surgery-in-scheme",
        "Surgery",
        "surgery (\"surgery\", \"surgical\", \"operating theatre\"; a GP surgery as a place is not flagged)",
        "services: [Community physiotherapy]",
        surgery,
        &[sources::SI618_REG2_2, sources::HFMA_2023_EXCLUSIONS]
    ),
    exclusion!(
        "REG617-5-X-RADIO",
        "radiotherapy-in-scheme",
        "Radiotherapy",
        "radiotherapy (\"radiotherapy\", \"radiation therapy\")",
        "services: [Community nursing]",
        radiotherapy,
        &[sources::SI618_REG2_2, sources::HFMA_2023_EXCLUSIONS]
    ),
    exclusion!(
        "REG617-5-X-TOP",
        "termination-of-pregnancy-in-scheme",
        "Termination of pregnancies",
        "termination of pregnancy (\"termination of pregnancy\", \"abortion\")",
        "services: [Sexual health advice]",
        termination_of_pregnancy,
        &[sources::SI618_REG2_2]
    ),
    exclusion!(
        "REG617-5-X-ENDO",
        "endoscopy-in-scheme",
        "Endoscopy",
        "endoscopy (\"endoscopy\"; colonoscopy, gastroscopy, cystoscopy and bronchoscopy as warnings)",
        "services: [Continence advice]",
        endoscopy,
        &[sources::SI618_REG2_2, sources::HFMA_2023_EXCLUSIONS]
    ),
    exclusion!(
        "REG617-5-X-LASER4",
        "class-4-laser-in-scheme",
        "The use of Class 4 laser treatments",
        "Class 4 laser treatment (\"class 4 laser\", \"class IV laser\")",
        "services: [Podiatry]",
        laser,
        &[sources::SI618_REG2_2, sources::HFMA_2023_EXCLUSIONS]
    ),
    exclusion!(
        "REG617-5-X-INVASIVE",
        "invasive-treatment-in-scheme",
        "Other invasive treatments",
        "words suggesting an invasive treatment (\"invasive\", \"biopsy\", \"catheterisation\", \"injection procedure\"); always a warning for a person to review",
        "services: [Non-invasive wound care]",
        invasive,
        &[sources::SI618_REG2_2]
    ),
    exclusion!(
        "REG617-5-X-EMAMB",
        "emergency-ambulance-in-scheme",
        "Emergency ambulance services",
        "emergency ambulance services (\"emergency ambulance\", \"999 ambulance\", \"A&E ambulance\"); non-emergency patient transport is not flagged",
        "services: [Non-emergency patient transport]",
        emergency_ambulance,
        &[sources::SI618_REG2_2, sources::HFMA_2023_EXCLUSIONS]
    ),
];

const SURGERY: &[Term] = &[
    term("surgery", true),
    term("surgical", true),
    term("operating theatre", true),
    term("operating theatres", true),
];
const RADIOTHERAPY: &[Term] = &[term("radiotherapy", true), term("radiation therapy", true)];
const TERMINATION: &[Term] = &[
    term("termination of pregnancy", true),
    term("termination of pregnancies", true),
    term("terminations of pregnancy", true),
    term("abortion", true),
    term("abortions", true),
];
const ENDOSCOPY: &[Term] = &[
    term("endoscopy", true),
    term("endoscopic", true),
    term("colonoscopy", false),
    term("gastroscopy", false),
    term("cystoscopy", false),
    term("bronchoscopy", false),
];
const LASER: &[Term] = &[term("class 4 laser", true), term("class iv laser", true)];
const INVASIVE: &[Term] = &[
    term("invasive", false),
    term("biopsy", false),
    term("biopsies", false),
    term("catheterisation", false),
    term("catheterization", false),
    term("injection procedure", false),
    term("injection procedures", false),
];
const EMERGENCY_AMBULANCE: &[Term] = &[
    term("emergency ambulance", true),
    term("emergency ambulances", true),
    term("999 ambulance", true),
    term("a&e ambulance", true),
];

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

fn surgery(cx: &Context, out: &mut Sink) {
    scan(cx, out, SURGERY, "surgery");
}
fn radiotherapy(cx: &Context, out: &mut Sink) {
    scan(cx, out, RADIOTHERAPY, "radiotherapy");
}
fn termination_of_pregnancy(cx: &Context, out: &mut Sink) {
    scan(cx, out, TERMINATION, "termination of pregnancies");
}
fn endoscopy(cx: &Context, out: &mut Sink) {
    scan(cx, out, ENDOSCOPY, "endoscopy");
}
fn laser(cx: &Context, out: &mut Sink) {
    scan(cx, out, LASER, "the use of Class 4 laser treatments");
}
fn invasive(cx: &Context, out: &mut Sink) {
    scan(cx, out, INVASIVE, "other invasive treatments");
}
fn emergency_ambulance(cx: &Context, out: &mut Sink) {
    scan(cx, out, EMERGENCY_AMBULANCE, "emergency ambulance services");
}

/// Looks for excluded terms in what can be NHS functions: each scheme's `services` and
/// `functions.nhs`. Reg 5 excludes NHS functions only, so the local authorities'
/// health-related functions are not scanned.
fn scan(cx: &Context, out: &mut Sink, terms: &[Term], category: &str) {
    for (i, scheme) in cx.spec.schemes.iter().enumerate() {
        let empty = Vec::new();
        let functions = scheme.functions.as_ref();
        let lists = [
            ("services", &scheme.services),
            ("functions/nhs", functions.map_or(&empty, |f| &f.nhs)),
        ];
        for (key, items) in lists {
            for (j, text) in items.iter().enumerate() {
                let Some((found, reading)) = assess(text, terms) else {
                    continue;
                };
                let pointer = format!("/schemes/{i}/{key}/{j}");
                match reading {
                    Reading::Provision if found.certain => {
                        out.report(pointer, format!("scheme `{}` names \"{}\", and {category} may not be part of partnership arrangements", scheme.id, found.words))
                            .help("remove this service or function from the scheme; it can be commissioned outside the partnership arrangements");
                    }
                    Reading::Provision => {
                        out.report(pointer, format!("scheme `{}` names \"{}\", and {category} may not be part of partnership arrangements", scheme.id, found.words))
                            .help("check whether this is an excluded treatment; if it is not, reword it so that the scope is clear")
                            .warning_only();
                    }
                    Reading::Ambiguous => {
                        out.report(pointer, format!("scheme `{}` names \"{}\", and it is not clear whether the scheme provides {category} (which may not be part of partnership arrangements) or only a service around it", scheme.id, found.words))
                            .help("check what the scheme provides; if it is care before or after the treatment, advice or referral, say so (e.g. \"rehabilitation after hip surgery\"); if it is the treatment itself, remove it from the scheme")
                            .warning_only();
                    }
                    Reading::Context => {}
                }
            }
        }
    }
}

/// How a text uses an excluded term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reading {
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
fn assess<'t>(text: &str, terms: &'t [Term]) -> Option<(&'t Term, Reading)> {
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

/// How the mention of a term at `at..at + len` in normalised text reads.
fn read(text: &str, at: usize, len: usize) -> Reading {
    let before = &text[..at];
    let after = &text[at + len..];
    if negated(before) {
        return Reading::Context;
    }
    let clause_before = before
        .rfind(CLAUSE_BREAKS)
        .map_or(before, |k| &before[k + 1..]);
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
fn normalise(text: &str) -> String {
    let mut lower = text.to_lowercase().replace('\u{2019}', "'");
    for phrase in NOT_EXCLUDED {
        if lower.contains(phrase) {
            lower = lower.replace(phrase, " ");
        }
    }
    lower
}

/// Where normalised text mentions `words` as whole words.
fn whole_word_matches<'a>(
    lower: &'a str,
    words: &'a str,
) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    lower.match_indices(words).filter(move |(at, _)| {
        let before = lower[..*at].chars().next_back();
        let after = lower[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether normalised text mentions `words` as whole words.
#[cfg(test)]
fn mentions(lower: &str, words: &str) -> bool {
    whole_word_matches(lower, words).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::{
        EMERGENCY_AMBULANCE, ENDOSCOPY, INVASIVE, Reading, SURGERY, TERMINATION, Term, assess,
        normalise,
    };

    fn mentions(text: &str, words: &str) -> bool {
        super::mentions(&normalise(text), words)
    }

    fn reading(text: &str, terms: &[Term]) -> Option<Reading> {
        assess(text, terms).map(|(_, reading)| reading)
    }

    #[test]
    fn matches_whole_words_and_skips_non_exclusions() {
        assert!(mentions("Day-case surgery", "surgery"));
        assert!(!mentions("Clinics held in GP surgeries", "surgeries"));
        assert!(!mentions("Clinics in the GP surgery", "surgery"));
        assert!(!mentions("Non-invasive ventilation", "invasive"));
        assert!(!mentions(
            "Termination of the agreement",
            "termination of pregnancy"
        ));
        assert!(!mentions(
            "Non-emergency ambulance transport",
            "emergency ambulance"
        ));
        assert!(mentions("Emergency ambulance cover", "emergency ambulance"));
        assert!(!mentions("Microsurgery", "surgery"));
        assert!(!mentions("Non-surgical weight management", "surgical"));
        assert!(!mentions(
            "Non emergency ambulance transport",
            "emergency ambulance"
        ));
        assert!(!mentions("Surgical appliances and stockings", "surgical"));
    }

    #[test]
    fn a_treatment_the_service_follows_or_precedes_is_context() {
        for text in [
            "Reablement at home after hip surgery",
            "Rehabilitation following elective hip replacement surgery",
            "Post-surgical support at home",
            "Post surgery wound care",
            "Pre-surgery assessment and advice",
            "Support for people recovering from major orthopaedic surgery",
            "Intermediate care, reablement and rehabilitation following surgery or illness",
            "Help at home before and after surgery",
            "Prehabilitation for people awaiting surgery",
            "Support for people who have had surgery",
            "Surgery aftercare in the community",
            "Wound care for surgical patients at home",
            "Surgical wound care",
            "Surgery follow-up clinics",
        ] {
            assert_eq!(reading(text, SURGERY), Some(Reading::Context), "{text}");
        }
    }

    #[test]
    fn a_treatment_the_service_refers_to_or_informs_about_is_context() {
        for text in [
            "Signposting to abortion services",
            "Signposting and referral to termination of pregnancy services",
            "Information about endoscopy for people with bowel symptoms",
            "Advice on abortion and contraception",
            "Abortion counselling",
            "Counselling for women considering abortion",
            "Referral to NHS abortion providers",
        ] {
            let terms: &[Term] = if text.to_lowercase().contains("endoscopy") {
                ENDOSCOPY
            } else {
                TERMINATION
            };
            assert_eq!(reading(text, terms), Some(Reading::Context), "{text}");
        }
    }

    #[test]
    fn a_treatment_the_text_excludes_is_context() {
        for text in [
            "Community health services under section 3, excluding surgery, radiotherapy and endoscopy",
            "NHS functions other than surgery",
            "The services do not include surgery",
        ] {
            assert_eq!(reading(text, SURGERY), Some(Reading::Context), "{text}");
        }
        assert_eq!(
            reading(
                "Services excluding radiotherapy but including day surgery",
                SURGERY
            ),
            Some(Reading::Provision)
        );
    }

    #[test]
    fn providing_the_treatment_is_still_provision() {
        for text in [
            "Day-case surgery",
            "Minor surgery in community clinics",
            "Surgical procedures",
            "Referral to and provision of surgery",
            "Aftercare following discharge, and day surgery",
            "Surgery after referral by a GP",
            "Operating theatres",
            "Reablement after surgery and minor surgery",
            "Surgical services",
        ] {
            assert_eq!(reading(text, SURGERY), Some(Reading::Provision), "{text}");
        }
        assert_eq!(
            reading("Termination of pregnancy services", TERMINATION),
            Some(Reading::Provision)
        );
        assert_eq!(reading("Endoscopy", ENDOSCOPY), Some(Reading::Provision));
        assert_eq!(
            reading("Emergency ambulance cover", EMERGENCY_AMBULANCE),
            Some(Reading::Provision)
        );
        assert_eq!(
            reading("Ultrasound-guided biopsy", INVASIVE),
            Some(Reading::Provision)
        );
    }

    #[test]
    fn one_provision_among_context_is_provision() {
        assert_eq!(
            reading(
                "Reablement after surgery; minor surgery in clinics",
                SURGERY
            ),
            Some(Reading::Provision)
        );
    }

    #[test]
    fn a_service_around_a_treatment_may_be_ambiguous() {
        assert_eq!(
            reading("Endoscopy recovery unit", ENDOSCOPY),
            Some(Reading::Ambiguous)
        );
        assert_eq!(
            reading("Surgical rehabilitation", SURGERY),
            Some(Reading::Ambiguous)
        );
    }

    #[test]
    fn texts_without_terms_are_not_read() {
        assert_eq!(reading("Supported living", SURGERY), None);
        assert_eq!(reading("Clinics in the GP surgery", SURGERY), None);
    }
}
