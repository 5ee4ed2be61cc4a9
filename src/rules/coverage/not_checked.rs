//! What jointly does not check, declared once as data: each area, in words, with the specs it
//! is relevant to.

use crate::spec::{FundingKind, Jurisdiction, LegalBasis, Spec};

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
fn under_s25(spec: &Spec) -> bool {
    (0..spec.schemes.len())
        .map(|i| spec.scheme_basis(i))
        .chain([spec.agreement.legal_basis])
        .any(|basis| basis == LegalBasis::ChildrenAct2004S25)
}
/// A Welsh agreement not itself made under s25 Children Act 2004 (which has its own entry).
fn in_wales_not_s25(spec: &Spec) -> bool {
    in_wales(spec) && spec.agreement.legal_basis != LegalBasis::ChildrenAct2004S25
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
        words: "the parts of the Better Care Fund jointly does not encode: the wording of each year's national conditions (it checks the parties, the jointly agreed plan, the board's approval, the required streams, the local authority grant as the council's, both parts of the discharge funding, the NHS minimum and the adult social care contribution), the objectives each scheme serves, the metrics' goals (it checks only that the 2023-24 to 2025-26 metrics are listed by code) and metrics written only in words, what capacity and demand plans hold and the client groups they cover (it checks that one is named in 2023-24 and 2024-25), discharge funding reports and what the quarterly returns say (it checks that the agreement provides for them), the grant determinations' references and conditions, how the 2025-26 plan involved local partners (it checks only that the four kinds are listed), a risk share stated as none, the published allocations themselves (taken as the spec states them), and any year's conditions, streams or deadlines its parameters mark as not known",
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
        relevant_to: "agreements in Wales, except those made under section 25 of the Children Act 2004",
        relevant: in_wales_not_s25,
    },
    NotChecked {
        key: "children-wales",
        area: "s25 Children Act 2004 beyond its rule",
        words: "section 25 of the Children Act 2004 beyond the rules listed above: the wording of section 25(6) and (7), so what an s25 pooled fund may pay for and who may contribute to it (reported only as unverified warnings), and who provides resources under section 25(6); when section 25 came into force and its text before 1 April 2008; the current wording of section 25(4)(a) and (c) to (f), and the partners added by the Social Services and Well-being (Wales) Act 2014 (another local authority in Wales, (aa), and persons named in regulations, (g)); whether each partner's area overlaps the authority's and whether an NHS trust provides services there; the aims of section 25(2) (replaced by the 2014 Act) and the regard of section 25(3); the partners' duty to co-operate (section 25(5)) and regard to guidance; delegations, which section 25 is not believed to allow; the pool-management items the 2007 guide sets for an s10 pool; and section 33 of the NHS (Wales) Act 2006 or Part 9 of the 2014 Act, on which a Welsh children's pool may also rest",
        relevant_to: "agreements, and schemes, under section 25 of the Children Act 2004 (Wales)",
        relevant: under_s25,
    },
    crate::rules::modern::NOT_CHECKED,
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
