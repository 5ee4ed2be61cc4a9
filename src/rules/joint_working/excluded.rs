//! NHSA2006-65Z5-3-EXCL: the NHS England functions SI 2022/642 reg 2 takes outside
//! s65Z5(1), as far as the rulebook has read the list (reg 2(a)(i) to (xi)).

use super::super::{Context, Sink};
use super::checks::arrangements;
use crate::spec::{BodyType, Pointer};

/// The sections of the NHS Act 2006 read in reg 2(a), each with what it is about.
const EXCLUDED: &[(&str, &str)] = &[
    ("14Z25", "establishing integrated care boards"),
    ("14Z26", "establishing integrated care boards"),
    ("14Z28", "transfer schemes for integrated care boards"),
    ("14Z59", "assessing integrated care boards' performance"),
    ("14Z60", "information from integrated care boards"),
    ("14Z61", "directions to integrated care boards"),
    ("14Z62", "directions to integrated care boards"),
    ("27B", "directions to NHS trusts"),
    ("27C", "intervention in NHS trusts"),
    ("27D", "intervention in NHS trusts"),
    ("33", "applications by NHS trusts"),
];

pub(super) fn excluded_functions(cx: &Context, out: &mut Sink) {
    let mut schemes: Vec<usize> = arrangements(cx)
        .filter(|(_, _, d)| {
            d.from.ids().iter().any(|id| {
                cx.party(id)
                    .is_some_and(|(_, p)| p.body_type == BodyType::NhsEngland)
            })
        })
        .map(|(i, _, _)| i)
        .collect();
    schemes.dedup();
    for i in schemes {
        let functions = cx.spec.schemes[i].functions.clone().unwrap_or_default();
        let at = Pointer::scheme(i).key("functions").key("nhs");
        if functions.nhs.iter().all(|f| f.trim().is_empty()) {
            out.report(at, "NHS England arranges for its functions to be exercised under s65Z5 in this scheme, but the scheme lists no NHS functions, so they cannot be checked against the functions SI 2022/642 reg 2 excludes")
                .help("list the NHS England functions concerned under `functions.nhs`, each with the provision it is under")
                .warning_only();
            continue;
        }
        for (k, text) in functions.nhs.iter().enumerate() {
            for (section, about) in named_sections(text) {
                out.report(at.clone().index(k), format!("the functions listed name section {section} of the NHS Act 2006 ({about}), a function of NHS England that SI 2022/642 reg 2 takes outside s65Z5(1)"))
                    .help("NHS England cannot arrange for this function to be exercised by or jointly with another body under s65Z5: remove it from the arrangement");
            }
        }
    }
}

/// The excluded sections a function's text names. Text that names another Act (and not the
/// 2006 Act) is read as about that Act.
fn named_sections(text: &str) -> Vec<(&'static str, &'static str)> {
    let lower = text.to_lowercase();
    let other_act = lower.contains(" act") && !lower.contains("2006");
    if other_act {
        return Vec::new();
    }
    EXCLUDED
        .iter()
        .filter(|(section, _)| names(&lower, &section.to_lowercase()))
        .copied()
        .collect()
}

/// Whether `text` names `section` as a whole token; a number alone ("33") only after
/// "section", "sections", "s" or "s.".
fn names(text: &str, section: &str) -> bool {
    let alphanumeric = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let numeric_only = section.chars().all(|c| c.is_ascii_digit());
    text.match_indices(section).any(|(at, _)| {
        let before = &text[..at];
        let after = text[at + section.len()..].chars().next();
        if alphanumeric(after) {
            return false;
        }
        if !numeric_only {
            return !alphanumeric(before.chars().next_back());
        }
        let before = before.trim_end_matches(' ');
        ["section", "sections", " s", "s.", "(s"]
            .iter()
            .any(|w| before.ends_with(w))
            || before == "s"
    })
}

#[cfg(test)]
mod tests {
    use super::named_sections;

    #[test]
    fn names_sections_as_whole_tokens() {
        let found = |t: &str| {
            named_sections(t)
                .iter()
                .map(|(s, _)| *s)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("Functions under section 14Z61 of the NHS Act 2006"),
            ["14Z61"]
        );
        assert_eq!(found("s33 applications"), ["33"]);
        assert_eq!(found("section 33"), ["33"]);
        assert!(found("section 3 services for 33 people").is_empty());
        assert!(found("section 133").is_empty());
        assert!(found("section 27B of the Children Act 1989").is_empty());
        assert_eq!(found("sections 27B, 27C and 27D"), ["27B", "27C", "27D"]);
    }
}
