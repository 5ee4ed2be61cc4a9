//! Functions that may not be part of partnership arrangements (SI 2000/617 reg 5 exclusions,
//! rulebook §3.3). Reg 5's own text is not stored; the same list, made the same day, is
//! verified in SI 2000/618 reg 2(2) and repeated by HFMA (2023), so exact terms are errors and
//! near synonyms or general words are warnings for a person to review.

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
const WHY: &str = "The regulations exclude \"the provision of surgery, radiotherapy, termination of pregnancies, endoscopy, the use of Class 4 laser treatments and other invasive treatments\" and \"emergency ambulance services\" from the NHS functions that may be pooled or delegated (SI 2000/618 reg 2(2), the parallel list made the same day; HFMA 2023 names the same exclusions for s75).";

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
                what: concat!("Looks for ", $category, " in each scheme's `services` and `functions`. Exact terms are errors; near synonyms are warnings for review."),
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

fn scan(cx: &Context, out: &mut Sink, terms: &[Term], category: &str) {
    for (i, scheme) in cx.spec.schemes.iter().enumerate() {
        let empty = Vec::new();
        let functions = scheme.functions.as_ref();
        let lists = [
            ("services", &scheme.services),
            ("functions/nhs", functions.map_or(&empty, |f| &f.nhs)),
            (
                "functions/health_related",
                functions.map_or(&empty, |f| &f.health_related),
            ),
        ];
        for (key, items) in lists {
            for (j, text) in items.iter().enumerate() {
                let Some(found) = find_term(text, terms) else {
                    continue;
                };
                let hit = out.report(
                    format!("/schemes/{i}/{key}/{j}"),
                    format!("scheme `{}` names \"{}\", and {category} may not be part of partnership arrangements", scheme.id, found.words),
                );
                if found.certain {
                    hit.help("remove this service or function from the scheme; it can be commissioned outside the partnership arrangements");
                } else {
                    hit.help("check whether this is an excluded treatment; if it is not, reword it so that the scope is clear")
                        .warning_only();
                }
            }
        }
    }
}

/// The first term `text` mentions, ignoring phrases that are not exclusions. Most texts
/// mention no term at all, so the exceptions are only looked for when one seems to match.
fn find_term<'t>(text: &str, terms: &'t [Term]) -> Option<&'t Term> {
    let lower = text.to_lowercase();
    if !terms.iter().any(|t| lower.contains(t.words)) {
        return None;
    }
    let text = normalise(text);
    terms.iter().find(|t| mentions(&text, t.words))
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

/// Whether normalised text mentions `words` as whole words.
fn mentions(lower: &str, words: &str) -> bool {
    lower.match_indices(words).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::normalise;

    fn mentions(text: &str, words: &str) -> bool {
        super::mentions(&normalise(text), words)
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
}
