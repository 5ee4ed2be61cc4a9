//! What jointly does not check, declared once. The draft's completeness note, `check`'s
//! summary, the dashboard and `docs/what-jointly-checks.md` all say it from this list, so none
//! of them claims more than the rules do.

use crate::spec::LegalBasis;

/// An area of law or practice jointly does not check.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Unchecked {
    /// A few words naming the area, e.g. "the Better Care Fund"
    pub area: &'static str,
    /// What exactly is not checked, in a sentence or two.
    pub detail: &'static str,
    /// The legal bases whose agreements the area concerns; empty for every agreement.
    pub bases: &'static [LegalBasis],
}

const PARTNERSHIP: &[LegalBasis] = &[LegalBasis::HealthAct1999S31, LegalBasis::NhsAct2006S75];

/// Everything jointly does not check, most relevant first.
pub const NOT_CHECKED: &[Unchecked] = &[
    Unchecked {
        area: "the agreement's own wording",
        detail: "jointly checks the spec, not the signed document. For a clause recorded in the spec it checks that the clause is there, not whether its wording is adequate.",
        bases: &[],
    },
    Unchecked {
        area: "which functions may be included",
        detail: "Whether each function falls within the NHS functions (reg 5) and health-related functions (reg 6) that SI 2000/617 allows. jointly only looks for the excluded treatments by name (surgery, radiotherapy, termination of pregnancies, endoscopy, Class 4 laser treatments, other invasive treatments and emergency ambulance services).",
        bases: PARTNERSHIP,
    },
    Unchecked {
        area: "later amendments to SI 2000/617",
        detail: "No consolidated text of the regulations is published, so jointly applies them as made, reading the NHS bodies of each period from the Acts that created and abolished them.",
        bases: PARTNERSHIP,
    },
    Unchecked {
        area: "the Better Care Fund",
        detail: "The national conditions, funding streams, minimum contributions, plan approval and signing deadlines of each year's Better Care Fund.",
        bases: &[],
    },
    Unchecked {
        area: "payments under s256, s257 and s76 NHS Act 2006 (s28A and s28BB NHS Act 1977 before March 2007)",
        detail: "jointly records and drafts these payments but checks none of their conditions, directions or memoranda of agreement.",
        bases: &[],
    },
    Unchecked {
        area: "joint working under ss65Z5 and 65Z6 NHS Act 2006",
        detail: "Arrangements under these sections (from 1 July 2022) are a different legal basis, which jointly does not check.",
        bases: &[],
    },
    Unchecked {
        area: "staff arrangements",
        detail: "Placements under s113 Local Government Act 1972, secondments, TUPE transfers and pensions, beyond whether the agreement addresses them.",
        bases: &[],
    },
    Unchecked {
        area: "section 10 of the Children Act 2004, beyond the few rules jointly has",
        detail: "Which bodies are relevant partners at the agreement's date, the aims the arrangements must serve, and what a s10 pooled fund may pay for.",
        bases: &[LegalBasis::ChildrenAct2004S10],
    },
    Unchecked {
        area: "Welsh and Scottish law",
        detail: "s33 NHS (Wales) Act 2006 and the Welsh regulations (SI 2000/2993), Part 9 of the Social Services and Well-being (Wales) Act 2014 with its regional partnership boards and mandatory pooled funds, and the Public Bodies (Joint Working) (Scotland) Act 2014.",
        bases: &[],
    },
    Unchecked {
        area: "procurement, VAT, data protection and other general law",
        detail: "Procurement, VAT, data protection, freedom of information, equality duties, subsidy control and the other general law that applies to any public body's agreement.",
        bases: &[],
    },
    Unchecked {
        area: "authority to sign",
        detail: "Whether each partner's decision to enter the agreement, and each signatory's authority, was properly made under its own constitution.",
        bases: &[],
    },
];

/// The areas that concern an agreement under this basis.
pub fn not_checked_for(basis: LegalBasis) -> impl Iterator<Item = &'static Unchecked> {
    NOT_CHECKED
        .iter()
        .filter(move |u| u.bases.is_empty() || u.bases.contains(&basis))
}

/// What a check covered: the rules that applied and the instruments they cite, and what
/// jointly does not check.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Scope {
    /// How many rules applied.
    pub rules: usize,
    /// The instruments and guidance those rules cite, in registry order.
    pub instruments: Vec<&'static str>,
    /// What jointly does not check.
    pub not_checked: Vec<NotCheckedItem>,
}

/// One area jointly does not check, ready to print.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NotCheckedItem {
    /// The area, to follow "does not check".
    pub area: &'static str,
    /// The area starting a sentence.
    pub heading: String,
    pub detail: &'static str,
}

impl Unchecked {
    /// The area starting a sentence: "The Better Care Fund".
    pub fn heading(&self) -> String {
        let mut chars = self.area.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        })
    }
}

/// The scope of a check in which the rules with these IDs applied.
pub fn scope_of(applied: &std::collections::BTreeSet<&str>) -> Scope {
    let mut instruments: Vec<&'static str> = Vec::new();
    let mut rules = 0;
    for rule in super::all().iter().filter(|r| applied.contains(r.id)) {
        rules += 1;
        if !instruments.contains(&rule.citation.instrument) {
            instruments.push(rule.citation.instrument);
        }
    }
    Scope {
        rules,
        instruments,
        not_checked: NOT_CHECKED
            .iter()
            .map(|u| NotCheckedItem {
                area: u.area,
                heading: u.heading(),
                detail: u.detail,
            })
            .collect(),
    }
}
