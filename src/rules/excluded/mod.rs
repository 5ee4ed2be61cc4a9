//! Functions that may not be part of partnership arrangements (SI 2000/617 reg 5 exclusions,
//! rulebook §3.3). Reg 5's own text is not stored; the same list, made the same day, is
//! verified in SI 2000/618 reg 2(2) and repeated by HFMA (2023), so exact terms are errors and
//! near synonyms or general words are warnings for a person to review.
//!
//! The exclusions are of the *provision* of a treatment. A term that is only context (what the
//! service follows, precedes, refers to, informs about or supports recovery from, or what the
//! text expressly leaves out) is not a finding: see `reading`.

mod reading;
#[cfg(test)]
mod tests;

use super::{
    Applies, Arrangement, Citation, Context, Docs, ENGLAND, Group, Label, PARTNERSHIP_ACTS, Rule,
    Sink, sources,
};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::law::instruments;
use crate::spec::Pointer;
use reading::{Reading, assess};

const EVERYWHERE: Applies = Applies {
    bases: PARTNERSHIP_ACTS,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Any,
};
const REG5: Citation = Citation {
    instrument: instruments::SI_2000_617.cited_as,
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

/// An excluded treatment a text names (SI 2000/618 reg 2(2), the list reg 5 shares).
pub(super) struct Named {
    /// The category in words, e.g. "surgery".
    pub(super) category: &'static str,
    /// The words found.
    pub(super) words: &'static str,
    /// Whether the text names the treatment as provided, in exact terms (an error where the
    /// rule is verified); otherwise a person should look.
    pub(super) certain: bool,
}

/// The first excluded treatment `text` names as provided, or may name (context is not
/// reported), for rules outside partnership arrangements (SI618-2-EXCL, s76 payments).
pub(super) fn named_treatment(text: &str) -> Option<Named> {
    let lists: [(&[Term], &'static str); 7] = [
        (SURGERY, "surgery"),
        (RADIOTHERAPY, "radiotherapy"),
        (TERMINATION, "termination of pregnancies"),
        (ENDOSCOPY, "endoscopy"),
        (LASER, "the use of Class 4 laser treatments"),
        (INVASIVE, "other invasive treatments"),
        (EMERGENCY_AMBULANCE, "emergency ambulance services"),
    ];
    lists.into_iter().find_map(|(terms, category)| {
        let (found, reading) = assess(text, terms)?;
        let certain = match reading {
            Reading::Provision => found.certain,
            Reading::Ambiguous => false,
            Reading::Context => return None,
        };
        Some(Named {
            category,
            words: found.words,
            certain,
        })
    })
}

/// Builds the search for every term now.
pub(super) fn warm_up() {
    LazyLock::force(&ANY_TERM);
}

/// Every term of every list, in any ASCII case: most texts hold none, and [`assess`] rules
/// those out with one pass over the text.
static ANY_TERM: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let lists = [
        SURGERY,
        RADIOTHERAPY,
        TERMINATION,
        ENDOSCOPY,
        LASER,
        INVASIVE,
        EMERGENCY_AMBULANCE,
    ];
    // A DFA: the fastest search per byte, and the automaton is small.
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(lists.iter().flat_map(|terms| terms.iter().map(|t| t.words)))
        .expect("literal terms always build")
});

/// A text that can be an NHS function: item `item` of scheme `scheme`'s `services` (list 0)
/// or `functions.nhs` (list 1).
pub(super) struct TextAt {
    scheme: usize,
    list: usize,
    item: usize,
}

/// The keys of each list [`TextAt`] numbers.
const LISTS: [&[&str]; 2] = [&["services"], &["functions", "nhs"]];

/// What can be NHS functions: each scheme's `services` and `functions.nhs`. Reg 5 excludes
/// NHS functions only, so the local authorities' health-related functions are not scanned.
fn texts(spec: &crate::spec::Spec) -> impl Iterator<Item = (TextAt, &str)> {
    spec.schemes.iter().enumerate().flat_map(|(scheme, s)| {
        let nhs = s.functions.as_ref().map_or(&[][..], |f| &f.nhs[..]);
        [&s.services[..], nhs]
            .into_iter()
            .enumerate()
            .flat_map(move |(list, items)| {
                items
                    .iter()
                    .enumerate()
                    .map(move |(item, text)| (TextAt { scheme, list, item }, text.as_str()))
            })
    })
}

/// The texts that may name an excluded treatment, found once for all seven rules: most name
/// none, and [`ANY_TERM`] rules those out in one pass each.
fn candidates<'c>(cx: &'c Context) -> &'c [TextAt] {
    cx.facts.excluded_texts.get_or_init(|| {
        texts(cx.spec)
            .filter(|(_, text)| reading::may_name_any(text))
            .map(|(at, _)| at)
            .collect()
    })
}

/// The text [`TextAt`] numbers.
fn text_at<'s>(spec: &'s crate::spec::Spec, at: &TextAt) -> Option<&'s str> {
    let scheme = spec.schemes.get(at.scheme)?;
    let items = match at.list {
        0 => &scheme.services,
        _ => &scheme.functions.as_ref()?.nhs,
    };
    items.get(at.item).map(String::as_str)
}

/// Looks for excluded terms in what can be NHS functions (see [`texts`]).
fn scan(cx: &Context, out: &mut Sink, terms: &[Term], category: &str) {
    for at in candidates(cx) {
        let Some(text) = text_at(cx.spec, at) else {
            continue;
        };
        let Some((found, reading)) = assess(text, terms) else {
            continue;
        };
        let scheme = &cx.spec.schemes[at.scheme];
        // Built only for a text that is reported: most are not.
        let list = LISTS[at.list]
            .iter()
            .fold(Pointer::scheme(at.scheme), |p, key| p.key(key));
        let pointer = list.index(at.item);
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
