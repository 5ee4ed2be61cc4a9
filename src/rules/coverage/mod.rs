//! What jointly checked for a spec, and what it did not, in plain words.
//!
//! "Checked" comes from the citations of the rules that applied, grouped by instrument; "not
//! checked" is declared once as data ([`NOT_CHECKED`]), each area with the specs it concerns.
//! Drafts print both in their completeness note, and [`crate::report::scope::page`] makes the docs page
//! `docs/what-jointly-checks.md` from the same data, so no output claims more than it checks.

use std::collections::BTreeMap;

use super::{Checked, Rule, all};
use crate::law;
use crate::spec::{Jurisdiction, LegalBasis, Spec};

mod not_checked;

pub use not_checked::{NOT_CHECKED, NotChecked};

/// The title of the docs page that says what jointly checks.
pub const PAGE_TITLE: &str = "What jointly checks and what it does not";
/// The docs page's path in the repository.
pub const PAGE_PATH: &str = "docs/what-jointly-checks.md";

/// What jointly checked for one spec, and what it did not.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Coverage {
    /// The legal basis the spec was checked as, in words: "section 75 of the National Health
    /// Service Act 2006".
    pub basis: &'static str,
    /// "England" or "Wales".
    pub jurisdiction: &'static str,
    /// How many rules applied.
    pub rules: usize,
    /// How many of them rest on wording the rulebook has not verified (they only warn).
    pub unverified_rules: usize,
    /// Each instrument checked, with the provisions the rules that applied rest on.
    pub checked: Vec<Instrument>,
    /// The areas jointly did not check that are relevant to this spec.
    pub not_checked: Vec<&'static NotChecked>,
}

/// One instrument checked, and which of its provisions.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Instrument {
    /// The instrument in plain words, e.g. "the NHS Bodies and Local Authorities Partnership
    /// Arrangements Regulations 2000 (SI 2000/617)".
    pub name: String,
    /// The provisions in plain words, e.g. "regulations 1, 2, 3, 5, 7 and 9".
    pub provisions: String,
}

impl std::fmt::Display for Instrument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.provisions.is_empty() {
            f.write_str(&self.name)
        } else {
            write!(f, "{}: {}", self.name, self.provisions)
        }
    }
}

/// What a run over many specs covered: every rule that applied to any of them, the
/// instruments those rules rest on, and every area not checked that is relevant to any.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RunCoverage {
    /// How many rules applied to at least one spec.
    pub rules: usize,
    /// The instruments checked, each with its provisions, in words.
    pub checked: Vec<String>,
    /// The areas not checked, in [`NOT_CHECKED`] order.
    pub not_checked: Vec<NotCheckedLine>,
}

/// An area not checked, ready to print.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NotCheckedLine {
    /// The area in a few words (see [`NotChecked::area`]).
    pub area: &'static str,
    /// What is not checked, as a sentence.
    pub sentence: String,
}

impl NotChecked {
    /// What is not checked, as a sentence starting with a capital.
    pub fn sentence(&self) -> String {
        let mut chars = self.words.chars();
        chars.next().map_or_else(String::new, |first| {
            format!("{}{}.", first.to_uppercase(), chars.as_str())
        })
    }
}

/// Gathers the coverage of many specs (see [`RunCoverage`]).
#[derive(Debug, Default)]
pub struct RunCoverageBuilder {
    /// Whether each rule of the registry, by position, applied to any spec.
    applied: Vec<bool>,
    not_checked: std::collections::BTreeSet<&'static str>,
}

impl RunCoverageBuilder {
    /// Adds one spec: the rules that applied to it and the keys of the areas not checked that
    /// are relevant to it (see [`relevant`]).
    pub fn add(&mut self, applied: &[&'static Rule], relevant: &[&'static str]) {
        let rules = all();
        self.applied.resize(rules.len(), false);
        // The runner lists the rules that applied in registry order, so one pass over the
        // registry finds them all; a rule out of that order is looked up by its ID.
        let mut at = 0;
        for rule in applied {
            let found = match rules[at..].iter().position(|r| std::ptr::eq(*r, *rule)) {
                Some(i) => Some(at + i),
                None => rules.iter().position(|r| r.id == rule.id),
            };
            if let Some(i) = found {
                self.applied[i] = true;
                at = at.max(i + 1);
            }
        }
        self.not_checked.extend(relevant.iter().copied());
    }

    pub fn finish(&self) -> RunCoverage {
        let rules: Vec<&Rule> = all()
            .iter()
            .copied()
            .zip(self.applied.iter().chain(std::iter::repeat(&false)))
            .filter(|(_, applied)| **applied)
            .map(|(rule, _)| rule)
            .collect();
        RunCoverage {
            rules: rules.len(),
            checked: instruments(rules).iter().map(|i| i.to_string()).collect(),
            not_checked: NOT_CHECKED
                .iter()
                .filter(|n| self.not_checked.contains(n.key))
                .map(|n| NotCheckedLine {
                    area: n.area,
                    sentence: n.sentence(),
                })
                .collect(),
        }
    }
}

/// The keys of the areas not checked that are relevant to a spec.
pub fn relevant(spec: &Spec) -> Vec<&'static str> {
    NOT_CHECKED
        .iter()
        .filter(|n| (n.relevant)(spec))
        .map(|n| n.key)
        .collect()
}

/// A legal basis in words, as drafts and reports name it.
pub fn basis_words(basis: LegalBasis) -> &'static str {
    match basis {
        LegalBasis::HealthAct1999S31 => "section 31 of the Health Act 1999",
        LegalBasis::NhsAct2006S75 => "section 75 of the National Health Service Act 2006",
        LegalBasis::ChildrenAct2004S10 => "section 10 of the Children Act 2004",
        LegalBasis::ChildrenAct2004S25 => "section 25 of the Children Act 2004",
        LegalBasis::NhsAct2006S65Z5 => {
            "sections 65Z5 and 65Z6 of the National Health Service Act 2006"
        }
        LegalBasis::NhsAct2006S256 => {
            "section 256 of the National Health Service Act 2006 (section 28A of the National Health Service Act 1977 before 1 March 2007)"
        }
        LegalBasis::NhsAct2006S76 => {
            "section 76 of the National Health Service Act 2006 (section 28BB of the National Health Service Act 1977 before 1 March 2007)"
        }
        LegalBasis::NhsWalesAct2006S33 => {
            "section 33 of the National Health Service (Wales) Act 2006 (section 31 of the Health Act 1999 before 1 March 2007)"
        }
        LegalBasis::Sswba2014Part9 => {
            "Part 9 of the Social Services and Well-being (Wales) Act 2014"
        }
        LegalBasis::NotStated => "a legal basis the spec does not state",
    }
}

/// A jurisdiction in words.
pub fn jurisdiction_words(jurisdiction: Jurisdiction) -> &'static str {
    match jurisdiction {
        Jurisdiction::England => "England",
        Jurisdiction::Wales => "Wales",
    }
}

/// What jointly checked for this spec (the rules that applied) and what it did not.
pub fn coverage(checked: &Checked, spec: &Spec) -> Coverage {
    Coverage {
        basis: basis_words(spec.agreement.legal_basis),
        jurisdiction: jurisdiction_words(spec.agreement.jurisdiction),
        rules: checked.applied.len(),
        unverified_rules: checked.applied.iter().filter(|r| r.unverified()).count(),
        checked: instruments(checked.applied.iter().copied()),
        not_checked: NOT_CHECKED.iter().filter(|n| (n.relevant)(spec)).collect(),
    }
}

/// Provisions of an instrument known by plainer words: (unit, number, words), e.g.
/// ("chapter", "7", "its 27-item agreement checklist (chapter 7)").
type Special = &'static [(&'static str, &'static str, &'static str)];

/// The provisions coverage notes describe in words rather than by number.
fn special(instrument: &law::instruments::Instrument) -> Special {
    use law::instruments::{GUIDE_2007, NHS_ACT_2006};
    if *instrument == GUIDE_2007 {
        &[(
            "chapter",
            "7",
            "its 27-item agreement checklist (chapter 7)",
        )]
    } else if *instrument == NHS_ACT_2006 {
        &[(
            "section",
            "75",
            "whether the basis the spec states was in force on the date the agreement was made",
        )]
    } else {
        &[]
    }
}

/// The instruments a set of rules rests on, in the order first cited, with their provisions.
pub fn instruments<'a>(rules: impl IntoIterator<Item = &'a Rule>) -> Vec<Instrument> {
    let mut order: Vec<&'static str> = Vec::new();
    let mut cited: BTreeMap<&'static str, Vec<Provision>> = BTreeMap::new();
    for rule in rules {
        let instrument = rule.citation.instrument;
        if !cited.contains_key(instrument) {
            order.push(instrument);
        }
        let provisions = cited.entry(instrument).or_default();
        let provision = Provision::parse(rule.citation.provision);
        if !provisions.contains(&provision) {
            provisions.push(provision);
        }
    }
    order
        .into_iter()
        .map(|instrument| {
            let known = law::instruments::ALL
                .iter()
                .find(|k| k.cited_as == instrument);
            let mut provisions = cited.remove(instrument).unwrap_or_default();
            provisions.sort();
            Instrument {
                name: known.map_or_else(|| instrument.to_owned(), |k| k.name.to_owned()),
                provisions: provision_words(&provisions, known.map_or(&[], special)),
            }
        })
        .collect()
}

/// A provision as cited: a unit ("regulation", "section", …) and a number, or other words.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Provision {
    /// (unit order, unit, leading number, number as written)
    Numbered(u8, &'static str, u32, String),
    Other(String),
}

impl Provision {
    fn parse(provision: &str) -> Provision {
        const UNITS: &[(&str, &str)] = &[
            ("reg ", "regulation"),
            ("regs ", "regulation"),
            ("ss", "section"),
            ("s", "section"),
            ("ch ", "chapter"),
            ("para ", "paragraph"),
            ("paras ", "paragraph"),
        ];
        const ORDER: [&str; 4] = ["regulation", "section", "chapter", "paragraph"];
        for (prefix, unit) in UNITS {
            let Some(rest) = provision.strip_prefix(prefix) else {
                continue;
            };
            let number: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let Ok(leading) = number
                .chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse::<u32>()
            else {
                continue;
            };
            let order = ORDER.iter().position(|u| u == unit).unwrap_or(ORDER.len());
            return Provision::Numbered(order as u8, unit, leading, number);
        }
        Provision::Other(
            provision
                .split(['(', ';'])
                .next()
                .unwrap_or("")
                .trim()
                .to_owned(),
        )
    }
}

/// Provisions in words: "regulations 1, 2 and 7", "section 75", "its 27-item agreement
/// checklist (chapter 7)".
fn provision_words(provisions: &[Provision], special: &[(&str, &str, &str)]) -> String {
    let mut phrases: Vec<String> = Vec::new();
    let mut run: Option<(&str, Vec<&str>)> = None;
    let flush = |run: &mut Option<(&str, Vec<&str>)>, phrases: &mut Vec<String>| {
        if let Some((unit, numbers)) = run.take() {
            let plural = if numbers.len() > 1 { "s" } else { "" };
            phrases.push(format!("{unit}{plural} {}", and_list(&numbers)));
        }
    };
    for provision in provisions {
        match provision {
            Provision::Numbered(_, unit, _, number) => {
                if let Some((_, _, words)) =
                    special.iter().find(|(u, n, _)| u == unit && n == number)
                {
                    flush(&mut run, &mut phrases);
                    phrases.push((*words).to_owned());
                    continue;
                }
                match &mut run {
                    Some((current, numbers)) if current == unit => {
                        if !numbers.contains(&number.as_str()) {
                            numbers.push(number);
                        }
                    }
                    _ => {
                        flush(&mut run, &mut phrases);
                        run = Some((unit, vec![number]));
                    }
                }
            }
            Provision::Other(words) => {
                flush(&mut run, &mut phrases);
                if !words.is_empty() && !phrases.contains(words) {
                    phrases.push(words.clone());
                }
            }
        }
    }
    flush(&mut run, &mut phrases);
    and_list(&phrases)
}

/// "a", "a and b", "a, b and c".
fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [rest @ .., last] => format!(
            "{} and {}",
            rest.iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provisions_are_grouped_in_plain_words() {
        let provisions: Vec<Provision> = [
            "reg 7(3)(a)",
            "reg 2(1), definition",
            "reg 7(1)",
            "reg 9(4)",
        ]
        .into_iter()
        .map(Provision::parse)
        .collect();
        let mut sorted = provisions.clone();
        sorted.sort();
        assert_eq!(provision_words(&sorted, &[]), "regulations 2, 7 and 9");
        assert_eq!(
            provision_words(
                &[Provision::parse("s75; Health Act 1999 ss26-32 repealed")],
                &[]
            ),
            "section 75"
        );
        assert_eq!(
            provision_words(
                &[
                    Provision::parse("ch 6, \"Host\""),
                    Provision::parse("ch 7, \"Basic agreement checklist\"")
                ],
                &[("chapter", "7", "its checklist (chapter 7)")]
            ),
            "chapter 6 and its checklist (chapter 7)"
        );
    }

    #[test]
    fn every_rule_instrument_has_words() {
        for instrument in instruments(all().iter().copied()) {
            assert!(!instrument.name.is_empty());
            assert!(!instrument.provisions.is_empty(), "{instrument:?}");
        }
    }
}
