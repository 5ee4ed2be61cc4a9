//! Joint working, delegation and pooled funds under ss65Z5 and 65Z6 NHS Act 2006 (rulebook
//! §3.1, rows NHSA2006-65Z5-* and NHSA2006-65Z6-POOL), in force from 1 July 2022. These rules
//! run only on `legal_basis: nhs_act_2006_s65z5`; the SI 2000/617 rules do not.

mod checks;
mod excluded;

use super::{ANYWHERE, Applies, Arrangement, Citation, Docs, ENGLAND, Group, Label, Rule, sources};
use crate::law::instruments;
use crate::spec::LegalBasis;

const S65Z5: &[LegalBasis] = &[LegalBasis::NhsAct2006S65Z5];
const EVERY_ARRANGEMENT: Applies = Applies {
    bases: S65Z5,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Any,
};
const NHSA2006: &str = "https://www.legislation.gov.uk/ukpga/2006/41";
const SI642: &str = "https://www.legislation.gov.uk/id/uksi/2022/642/regulation/2";
const GUIDANCE: &str = "https://www.england.nhs.uk/long-read/arrangements-for-delegation-and-joint-exercise-of-statutory-functions/";

pub(super) const RULES: &[Rule] = &[
    Rule {
        id: "NHSA2006-65Z5-ALT",
        name: "joint-working-before-in-force",
        summary: "Joint working under ss65Z5 and 65Z6 NHS Act 2006 is a basis of its own, in force from 1 July 2022; an agreement made before then cannot rest on it.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::DHSC_S75_REVIEW, sources::SI2022_642],
        citation: Citation {
            instrument: instruments::NHS_ACT_2006.cited_as,
            provision: "ss65Z5 and 65Z6, inserted by s71 Health and Care Act 2022 (in force 1 July 2022)",
            url: NHSA2006,
        },
        applies: Applies {
            bases: S65Z5,
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Checks an agreement under ss65Z5 and 65Z6 NHS Act 2006 against the date it was `made` and its `commencement`: made before 1 July 2022 is an error (without a date made, a commencement before then is); made on or after it but commencing before it is a warning. An agreement whose status is final or later but which states no date made is a warning: the basis cannot be checked. SI 2000/617's rules (regs 1 to 9 and the HSC 2000/010 conditions) do not run on such an agreement; the checklist rules still do.",
            why: "ss65Z5 and 65Z6 are a different legal basis from s75 and SI 2000/617: DHSC describes them as the first of \"2 sets of provisions\" for pooled budgets, and s75 as the second, \"the route through which the Better Care Fund (BCF) is delivered\". They and SI 2022/642, made under s65Z5(3)(a), took effect on 1 July 2022; an agreement made before then rests on another power (s75, or NHS England's former s13Z).",
            example: "agreement:\n  legal_basis: nhs_act_2006_s65z5\n  made: 2025-03-27\n  commencement: 2025-04-01",
        },
        check: checks::in_force,
    },
    Rule {
        id: "NHSA2006-65Z5-1-PARTIES",
        name: "delegator-not-a-relevant-body",
        summary: "Under s65Z5 the body whose functions are exercised must be a relevant body (NHS England, an ICB, an NHS trust or an NHS foundation trust); the other may be a relevant body, a local authority or a combined authority.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[sources::NHSE_65Z7, sources::SI2022_642],
        citation: Citation {
            instrument: instruments::NHS_ACT_2006.cited_as,
            provision: "s65Z5(1); SI 2022/642 reg 1A (\"relevant body\")",
            url: NHSA2006,
        },
        applies: EVERY_ARRANGEMENT,
        docs: Docs {
            what: "Checks each delegation of a scheme under s65Z5: every party in `from` must be NHS England, an integrated care board, an NHS trust or an NHS foundation trust (another type is an error; a local authority is an unverified warning, since that s65Z5 cannot carry a local authority's functions rests on the section's text, which has not been read), and the party in `to` a relevant body, a local authority or a combined authority (anything else, and a combined county authority or the Isles of Scilly, is an unverified warning). An agreement with no delegation at all records no arrangement under s65Z5(1): an error.",
            why: "s65Z5 lets a \"relevant body\" (SI 2022/642 reg 1A: as in reg 2(1) of the Standing Rules; the s65Z7 guidance names NHS England, integrated care boards, NHS trusts and foundation trusts) arrange for its functions to be exercised by or jointly with another body. A local authority's functions go to an NHS body under s75 and SI 2000/617 reg 8 instead.",
            example: "parties:\n  - id: nhse\n    type: nhs_england\n  - id: icb\n    type: integrated_care_board\nschemes:\n  - id: specialised\n    delegations:\n      - direction: nhs_to_nhs\n        nature: commissioning\n        from: nhse\n        to: icb",
        },
        check: checks::relevant_bodies,
    },
    Rule {
        id: "NHSA2006-65Z5-3-EXCL",
        name: "excluded-nhs-england-function",
        summary: "NHS England may not arrange under s65Z5(1) for the functions SI 2022/642 reg 2 excludes (among them ss14Z25, 14Z26, 14Z28, 14Z59 to 14Z62, 27B to 27D and 33 NHS Act 2006).",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI2022_642],
        citation: Citation {
            instrument: instruments::SI_2022_642.cited_as,
            provision: "reg 2(a), made under NHS Act 2006 s65Z5(3)(a)",
            url: SI642,
        },
        applies: EVERY_ARRANGEMENT,
        docs: Docs {
            what: "Where NHS England delegates functions in a scheme under s65Z5, checks each entry of the scheme's `functions.nhs` for a section of the NHS Act 2006 that SI 2022/642 reg 2(a)(i) to (xi) excludes: ss14Z25, 14Z26 and 14Z28 (establishing integrated care boards, transfer schemes), 14Z59 to 14Z62 (assessing, informing and directing integrated care boards), 27B, 27C and 27D (directing and intervening in NHS trusts) and 33 (applications by NHS trusts). A scheme where NHS England delegates but lists no NHS functions gives a warning: they cannot be checked.",
            why: "\"The power in section 65Z5(1) of the 2006 Act does not apply in relation to the functions of NHS England specified in\" reg 2. An arrangement for one of them is outside the power. The regulation's list continues beyond reg 2(a)(xi); jointly has not read the rest, so it checks only these.",
            example: "schemes:\n  - id: specialised\n    functions:\n      nhs:\n        - Commissioning of specialised services (prescribed services) under the NHS Act 2006",
        },
        check: excluded::excluded_functions,
    },
    Rule {
        id: "NHSA2006-65Z5-TERMS",
        name: "joint-working-terms-not-recorded",
        summary: "An arrangement under s65Z5 should be in writing with its terms (including payment), any joint committee and its members, and a statement that each body keeps its liability for its functions.",
        group: Group::Statutory,
        label: Label::Memory,
        sources: &[sources::NHSA2006_13Z, sources::NHSE_DELEGATION_FAQ],
        citation: Citation {
            instrument: instruments::NHS_ACT_2006.cited_as,
            provision: "s65Z5 (terms, joint committees, liability), as s13Z(4) to (6) provided for the arrangements it replaced",
            url: NHSA2006,
        },
        applies: EVERY_ARRANGEMENT,
        docs: Docs {
            what: "Warns (unverified) when `joint_working` does not record that the arrangements are `in_writing` or that each body keeps its liability (`liability_retained`), when a `joint_committee` lists no `members` or names one that is not a party, and when a delegation under s65Z5 states no `payments` (write `amount: 0` if none).",
            why: "s13Z, which s65Z5 replaced, provided that arrangements \"may be on such terms and conditions (including terms as to payment) as may be agreed\", that functions \"may be exercised by a joint committee\", and that arrangements \"do not affect the liability\" of the body whose functions they are; NHS England's practice is that it \"retains statutory liability for the exercise of the Delegated Functions\". That s65Z5 says the same, and whether it requires writing, has not been verified, so these are warnings.",
            example: "joint_working:\n  in_writing: true\n  liability_retained: true\n  joint_committee:\n    name: Joint Commissioning Committee\n    members: [nhse, icb]",
        },
        check: checks::terms_recorded,
    },
    Rule {
        id: "NHSA2006-65Z6-POOL",
        name: "pool-contributor-outside-joint-working",
        summary: "A pooled fund under s65Z6 is for bodies exercising functions under an s65Z5 arrangement: each contributor should be party to one in the agreement.",
        group: Group::Statutory,
        label: Label::Memory,
        sources: &[sources::DHSC_S75_REVIEW],
        citation: Citation {
            instrument: instruments::NHS_ACT_2006.cited_as,
            provision: "s65Z6 (pooled funds for s65Z5 arrangements)",
            url: NHSA2006,
        },
        applies: Applies {
            bases: S65Z5,
            jurisdictions: ENGLAND,
            arrangement: Arrangement::PooledFund,
        },
        docs: Docs {
            what: "Warns (unverified) about each contributor to a scheme's pooled fund under s65Z6 that is not party (delegating or exercising) to any delegation under s65Z5 in the agreement. SI 2000/617 reg 7's contents rules (REG617-7-*) do not run on an s65Z6 pool.",
            why: "DHSC describes \"the joint working and pooled fund arrangements under sections 65Z5 and 65Z6\" as one set of provisions, apart from s75. Who may contribute to an s65Z6 fund, and what it may pay for, are in s65Z6 and the s65Z7 guidance, whose text jointly has not verified: so this only warns.",
            example: "schemes:\n  - id: community\n    delegations:\n      - {direction: nhs_to_la, nature: commissioning, from: icb, to: council, exercised: jointly}\n    pooled_fund:\n      contributions:\n        - {party: icb, amount: 1000000}\n        - {party: council, amount: 500000}",
        },
        check: checks::pool_contributors,
    },
    Rule {
        id: "NHSA2006-65Z5-GUIDANCE",
        name: "joint-working-guidance-not-considered",
        summary: "The NHS parties must have regard to NHS England's guidance under s65Z7 (the current edition supersedes the September 2022 guidance); the spec should record that they did.",
        group: Group::Guidance,
        label: Label::Verified,
        sources: &[sources::NHSE_65Z7],
        citation: Citation {
            instrument: instruments::NHSE_65Z7_GUIDANCE.cited_as,
            provision: "para 3 (the duty to have regard; issued under NHS Act 2006 s65Z7)",
            url: GUIDANCE,
        },
        applies: EVERY_ARRANGEMENT,
        docs: Docs {
            what: "Warns when `joint_working.guidance.had_regard` is not `true`.",
            why: "\"This guidance is issued under new section 65Z7 … NHS England, integrated care boards, NHS trusts and foundation trusts must have regard to this\"; it \"supersedes previous guidance on delegation and joint working issued in September 2022\". Recording the regard had, and the edition, shows the duty was met. jointly does not know the date the current edition was issued, so it does not judge the edition.",
            example: "joint_working:\n  guidance:\n    had_regard: true\n    edition: current long-read edition",
        },
        check: checks::guidance_regard,
    },
];
