//! What jointly checked for a spec, and what it did not, in plain words.
//!
//! "Checked" comes from the citations of the rules that applied, grouped by instrument; "not
//! checked" is declared once as data ([`NOT_CHECKED`]), each area with the specs it concerns.
//! Drafts print both in their completeness note, and [`page`] makes the docs page
//! `docs/what-jointly-checks.md` from the same data, so no output claims more than it checks.

use std::collections::BTreeMap;

use super::{Checked, Rule, all};
use crate::law;
use crate::spec::{FundingKind, Jurisdiction, LegalBasis, Spec};

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

/// An area of law or fact jointly does not check.
#[derive(Debug, serde::Serialize)]
pub struct NotChecked {
    /// A stable key, e.g. `better-care-fund`.
    pub key: &'static str,
    /// The area in a few words, to follow "does not check", e.g. "the Better Care Fund".
    pub area: &'static str,
    /// What is not checked, in plain words, starting lower case (it follows "jointly did not
    /// check:").
    pub words: &'static str,
    /// To which agreements it is relevant, in plain words, for the docs page.
    pub relevant_to: &'static str,
    /// Whether it is relevant to a spec.
    #[serde(skip)]
    pub relevant: fn(&Spec) -> bool,
}

fn always(_: &Spec) -> bool {
    true
}
fn partnership(spec: &Spec) -> bool {
    matches!(
        spec.agreement.legal_basis,
        LegalBasis::HealthAct1999S31 | LegalBasis::NhsAct2006S75
    )
}
fn s75_in_england(spec: &Spec) -> bool {
    spec.agreement.legal_basis == LegalBasis::NhsAct2006S75
        && spec.agreement.jurisdiction == Jurisdiction::England
}
/// An agreement made (or, unsigned, commencing) from 1 July 2022; one with no date, or a date
/// too vague to tell, counts, so that what is not checked is never left unsaid.
fn from_july_2022(spec: &Spec) -> bool {
    let day = spec.agreement.made.or(spec.agreement.commencement);
    let before = |day: crate::spec::StatedDate| {
        day.decide(|d| d < crate::law::dates::INTEGRATED_CARE_BOARDS_ESTABLISHED)
    };
    s75_in_england(spec)
        && day.is_none_or(|day| before(day) != crate::spec::Decision::Decided(true))
}
fn s75_without_bcf(spec: &Spec) -> bool {
    s75_in_england(spec) && spec.bcf.is_none()
}
fn with_bcf(spec: &Spec) -> bool {
    spec.bcf.is_some()
}
fn in_wales(spec: &Spec) -> bool {
    spec.agreement.jurisdiction == Jurisdiction::Wales
}
fn basis_not_stated(spec: &Spec) -> bool {
    spec.agreement.legal_basis == LegalBasis::NotStated
}
fn under_s10(spec: &Spec) -> bool {
    (0..spec.schemes.len())
        .map(|i| spec.scheme_basis(i))
        .chain([spec.agreement.legal_basis])
        .any(|basis| basis == LegalBasis::ChildrenAct2004S10)
}
fn under_s65z5(spec: &Spec) -> bool {
    spec.agreement.legal_basis == LegalBasis::NhsAct2006S65Z5
}
fn payments(spec: &Spec) -> bool {
    spec.schemes
        .iter()
        .flat_map(|s| &s.other_funding)
        .any(|f| matches!(f.kind, FundingKind::S256Payment | FundingKind::S76Payment))
        || partnership(spec)
}
fn payment_agreement(spec: &Spec) -> bool {
    matches!(
        spec.agreement.legal_basis,
        LegalBasis::NhsAct2006S256 | LegalBasis::NhsAct2006S76
    )
}
fn staff(spec: &Spec) -> bool {
    spec.schemes
        .iter()
        .flat_map(|s| &s.other_funding)
        .any(|f| f.kind == FundingKind::S113Recharge)
        || spec
            .schemes
            .iter()
            .filter_map(|s| s.pooled_fund.as_ref())
            .filter_map(|p| p.manager.as_ref())
            .any(|m| m.placed_under_s113 == Some(true))
        || partnership(spec)
}

/// What jointly does not check: the one declaration, shared by drafts, reports and the docs.
pub static NOT_CHECKED: &[NotChecked] = &[
    NotChecked {
        key: "basis-not-stated",
        area: "the rules of any one legal basis (the spec states none)",
        words: "the rules that apply under only some legal bases (SI 2000/617 for pooled funds and delegations, section 10 of the Children Act 2004, the extent of the regulations): the spec does not state its legal basis (`legal_basis: not_stated`), so none of them was run",
        relevant_to: "agreements whose spec does not state its legal basis",
        relevant: basis_not_stated,
    },
    NotChecked {
        key: "functions-in-scope",
        area: "which functions may be included",
        words: "whether the functions in each scheme fall within regulations 5 and 6 of SI 2000/617: jointly only looks, by keyword, for the treatments regulation 5 excludes (surgery, radiotherapy, termination of pregnancy, endoscopy, Class 4 laser treatment, other invasive treatment and emergency ambulance services)",
        relevant_to: "agreements under section 31 or section 75",
        relevant: partnership,
    },
    NotChecked {
        key: "amendments",
        area: "later amendments to SI 2000/617",
        words: "amendments to SI 2000/617 beyond which NHS bodies may be partners at a date: no consolidated text of the regulations is published, and jointly has not read every amending instrument",
        relevant_to: "agreements under section 31 or section 75",
        relevant: partnership,
    },
    NotChecked {
        key: "better-care-fund",
        area: "the Better Care Fund",
        words: "the Better Care Fund: its national conditions, funding streams, minimum contributions, metrics, deadlines and health and wellbeing board sign-off",
        relevant_to: "agreements under section 75 in England without a `bcf` block",
        relevant: s75_without_bcf,
    },
    NotChecked {
        key: "better-care-fund-parts",
        area: "parts of the Better Care Fund",
        words: "the parts of the Better Care Fund jointly does not encode: the wording of each year's national conditions (it checks the jointly agreed plan, the board's approval, the required streams, the NHS minimum and the adult social care contribution), the objectives each scheme serves, the metrics and their goals, capacity and demand plans, discharge funding reports and quarterly returns, the conditions of the grant determinations, the published allocations themselves (taken as the spec states them), and any year's conditions, streams or deadlines its parameters mark as not known",
        relevant_to: "agreements with a `bcf` block",
        relevant: with_bcf,
    },
    NotChecked {
        key: "joint-working",
        area: "joint working under ss65Z5 and 65Z6 NHS Act 2006",
        words: "joint working and delegation under sections 65Z5 and 65Z6 of the National Health Service Act 2006 (from 1 July 2022), which some arrangements use instead of section 75",
        relevant_to: "agreements under section 75 in England made or starting from 1 July 2022",
        relevant: from_july_2022,
    },
    NotChecked {
        key: "joint-working-law",
        area: "ss65Z5 to 65Z7 NHS Act 2006 beyond their few rules",
        words: "sections 65Z5 to 65Z7 of the National Health Service Act 2006 beyond the rules listed above: the sections' own text (which bodies may take part, whether the arrangements must be in writing, joint committees, liability), the NHS England functions regulation 2 of SI 2022/642 excludes beyond regulation 2(a)(xi), what a pooled fund under section 65Z6 may hold and pay for, and which edition of the section 65Z7 guidance applied when the agreement was made",
        relevant_to: "agreements under sections 65Z5 and 65Z6 of the National Health Service Act 2006",
        relevant: under_s65z5,
    },
    NotChecked {
        key: "payments",
        area: "s256 and s76 payments",
        words: "payments under section 256 or section 76 of the National Health Service Act 2006 (section 28A or 28BB of the National Health Service Act 1977 before 1 March 2007): who may pay and be paid, what for, and the conditions in the directions, including the memorandum of agreement",
        relevant_to: "agreements under section 31 or section 75, and any agreement that records such a payment in `other_funding`; a payment agreement in its own right (`nhs_act_2006_s256` or `nhs_act_2006_s76`) is checked by the payment rules above",
        relevant: payments,
    },
    NotChecked {
        key: "payment-agreements",
        area: "payment agreements beyond their rules",
        words: "for a payment agreement under section 256 or section 76 of the National Health Service Act 2006: the English wording of sections 256(3) and 76 and of the 2013 Directions (the rules rest on the Welsh mirrors and on summaries, and warn where that wording is unverified), the memorandum of agreement's fields one by one, section 257, the functions prescribed for section 76 payments from 2013 (SI 2012/3094 regulation 13), who could receive a section 76 payment from 1 March 2007 to 31 March 2013, the conditions of the 2014-15 national social care transfer, the section 28A local development plan condition, and local schemes of delegation for accepting a grant",
        relevant_to: "payment agreements under section 256 or section 76",
        relevant: payment_agreement,
    },
    NotChecked {
        key: "staff",
        area: "s113 staff placements",
        words: "staff placed at another body's disposal under section 113 of the Local Government Act 1972: which bodies may agree it, its terms and consultation with the officers",
        relevant_to: "agreements under section 31 or section 75, and any agreement that records a section 113 recharge or placement",
        relevant: staff,
    },
    NotChecked {
        key: "children-act",
        area: "s10 Children Act 2004 beyond its rules",
        words: "section 10 of the Children Act 2004 beyond the rules listed above: whether each relevant partner's area overlaps the authority's, what an s10 pooled fund may pay for (section 10(7)(b)) and who provides resources under section 10(6)(a), the wording of the 2013 and 2022 amendments naming the NHS relevant partners, when the Apprenticeships, Skills, Children and Learning Act 2009 added schools and colleges and the power in section 10(5A), the partners' duty to co-operate (section 10(5)) and regard to guidance, and section 25 for Wales beyond pointing to it",
        relevant_to: "agreements, and schemes, under section 10 of the Children Act 2004",
        relevant: under_s10,
    },
    NotChecked {
        key: "wales",
        area: "Welsh law beyond its few rules",
        words: "Welsh law beyond the rules listed above: the text of section 33 of the NHS (Wales) Act 2006 and of the Welsh partnership regulations (SI 2000/2993 (W.193)) regulations 3 to 9, so not the contents a section 33 pooled fund or delegation agreement must have (believed to mirror the English regulations'); under Part 9 of the Social Services and Well-being (Wales) Act 2014 and the Partnership Arrangements (Wales) Regulations 2015, the specified functions (regulation 9), the family support functions (regulation 15), the pools for functions exercised jointly after a population assessment or area plan, and the members of every region but Gwent beyond a warning; and children's co-operation under section 25 of the Children Act 2004",
        relevant_to: "agreements in Wales",
        relevant: in_wales,
    },
    super::modern::NOT_CHECKED,
    NotChecked {
        key: "general-law",
        area: "general law (procurement, VAT, data protection and more)",
        words: "procurement, VAT, data protection, freedom of information, employment (including TUPE), subsidy control and other general law: jointly only sees whether the spec has a clause on some of these matters, not what the clause says",
        relevant_to: "every agreement",
        relevant: always,
    },
    NotChecked {
        key: "wording",
        area: "the agreement's wording",
        words: "the agreement's actual wording beyond what the spec records: jointly reads clause text only to see that something is written, not whether it is adequate or lawful",
        relevant_to: "every agreement",
        relevant: always,
    },
    NotChecked {
        key: "facts",
        area: "the facts the spec states",
        words: "the facts the spec states: dates, names, amounts, consents and consultations are taken as the spec gives them",
        relevant_to: "every agreement",
        relevant: always,
    },
    NotChecked {
        key: "authority",
        area: "authority to sign",
        words: "whether each partner's decision to enter the agreement, and each signatory's authority, was properly made under its own constitution and scheme of delegation",
        relevant_to: "every agreement",
        relevant: always,
    },
    NotChecked {
        key: "signed-document",
        area: "the signed agreement",
        words: "that the signed agreement matches the spec: jointly checks the spec, not the signed document",
        relevant_to: "every agreement",
        relevant: always,
    },
];

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
    applied: std::collections::BTreeSet<&'static str>,
    not_checked: std::collections::BTreeSet<&'static str>,
}

impl RunCoverageBuilder {
    /// Adds one spec: the rules that applied to it and the keys of the areas not checked that
    /// are relevant to it (see [`relevant`]).
    pub fn add(&mut self, applied: &[&'static Rule], relevant: &[&'static str]) {
        self.applied.extend(applied.iter().map(|r| r.id));
        self.not_checked.extend(relevant.iter().copied());
    }

    pub fn finish(&self) -> RunCoverage {
        let rules: Vec<&Rule> = all()
            .iter()
            .copied()
            .filter(|r| self.applied.contains(r.id))
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
