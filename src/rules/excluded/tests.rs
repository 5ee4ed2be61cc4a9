//! The reading of excluded terms, case by case.

use super::reading::{Reading, assess, normalise, whole_word_matches};
use super::{EMERGENCY_AMBULANCE, ENDOSCOPY, INVASIVE, SURGERY, TERMINATION, Term};

/// Whether the text mentions `words` as whole words, once phrases that are not exclusions
/// are set aside.
fn mentions(text: &str, words: &str) -> bool {
    whole_word_matches(&normalise(text), words).next().is_some()
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

#[test]
fn every_term_is_lower_case_ascii() {
    // `assess` rules ASCII text out by an ASCII-case-insensitive search for the terms, which
    // finds what lower-casing the text and searching for them would only while this holds.
    for terms in [
        SURGERY,
        super::RADIOTHERAPY,
        TERMINATION,
        ENDOSCOPY,
        super::LASER,
        INVASIVE,
        EMERGENCY_AMBULANCE,
    ] {
        for term in terms {
            assert!(
                term.words.is_ascii() && term.words == term.words.to_ascii_lowercase(),
                "{}",
                term.words
            );
        }
    }
}

#[test]
fn terms_are_found_in_any_case_and_outside_ascii() {
    assert_eq!(
        reading("DAY-CASE SURGERY", SURGERY),
        Some(Reading::Provision)
    );
    assert_eq!(
        reading("Day-case SuRgErY", SURGERY),
        Some(Reading::Provision)
    );
    assert_eq!(
        reading("Chirurgie – day-case Surgery", SURGERY),
        Some(Reading::Provision)
    );
    assert_eq!(reading("Soins à domicile", SURGERY), None);
    // A clause break wider than a byte before the term (this once panicked).
    assert_eq!(
        reading("Rehabilitation — surgery", SURGERY),
        Some(Reading::Provision)
    );
    assert_eq!(
        reading("Care after – hip surgery", SURGERY),
        Some(Reading::Provision)
    );
    assert_eq!(
        reading("A&E Ambulance cover", EMERGENCY_AMBULANCE),
        Some(Reading::Provision)
    );
}
