//! Modern clauses (rulebook §3.17): what current NHS England templates and published
//! agreements carry, reported as advice. None is required by s75 or SI 2000/617, so every
//! rule is guidance and only warns. Each runs on an agreement made or commenced on or after the
//! date its template dates from, or stating neither date (a draft being written now), whether
//! or not the spec has a `modern` block: they are practice drawn from templates of 2011 to
//! 2019, not the law of earlier agreements, so an agreement made and commenced before a rule's
//! date gets none of its advice.
//! MODERN-GOVLAW is left out: no template wording for it was read (label M), so it has no
//! source to cite. MODERN-DPO and MODERN-INSURANCE are left out too (see the coverage page).

mod checks;

use super::{ANYWHERE, Applies, Arrangement, Citation, Docs, Group, Label, Rule, sources};
use crate::law::instruments;
use crate::spec::LegalBasis;

/// Agreements dated from `from`, under every basis of a joint working agreement that can be
/// made today: not s31 Health Act 1999, repealed from 1 March 2007, years before the earliest
/// template (2011).
const fn dated_from(from: jiff::civil::Date) -> Applies {
    Applies {
        bases: &[
            LegalBasis::NhsAct2006S75,
            LegalBasis::ChildrenAct2004S10,
            LegalBasis::NhsAct2006S65Z5,
        ],
        jurisdictions: ANYWHERE,
        arrangement: Arrangement::DatedFrom(from),
    }
}

pub(crate) use checks::dated_from as spec_dated_from;

/// Whether any modern-clause advice is given on the agreement.
fn given_advice(spec: &crate::spec::Spec) -> bool {
    RULES.iter().any(|rule| rule.applies_to(spec))
}
const IG_DSA: &str = "https://vdocuments.mx/web-view-this-template-agreement-should-be-completed-by-the-parties-involved-in.html";
const GC21: &str = "https://docsbay.net/nhs-standard-contract-2014-15-general-condition-21";
const DELEG_FAQ: &str = "https://www.england.nhs.uk/commissioning/pc-co-comms/apply/faqs/";
const TC_2018: &str = "https://enableeast.org.uk/terms-and-conditions/";
const NWL_MOU: &str = "http://financedocbox.com/Insurance/101161637-Memorandum-of-understanding-nhs-north-west-london-integrated-care-pilot.html";

pub(super) const RULES: &[Rule] = &[
    Rule {
        id: "MODERN-DP-ROLES",
        name: "data-protection-roles-not-stated",
        summary: "The agreement should state each party's data protection role (controller, joint controller or processor) for each data flow.",
        group: Group::Guidance,
        label: Label::Verified,
        sources: &[sources::NHSE_PCN_DPA, sources::NHSSC_GC21],
        citation: Citation {
            instrument: instruments::NHS_STANDARD_CONTRACT_2014.cited_as,
            provision: "General Condition 21 (with the NHS England / GPC England template data processing agreement, August 2019)",
            url: GC21,
        },
        applies: dated_from(checks::GDPR),
        docs: Docs {
            what: "For an agreement made or commenced on or after 25 May 2018 (or stating neither date), checks `modern.data_protection.roles`: it must list a role for every party, and a `processor` must name its `controller` among the parties. Every finding is advice (a warning).",
            why: "UK GDPR and the Data Protection Act 2018 apply from 25 May 2018, and who is controller of which data decides who answers to data subjects and the regulator. NHS templates name the roles: the 2014/15 NHS Standard Contract says the provider \"will be sole Data Controller\" for data it processes to deliver the services, and the 2019 template data processing agreement names a \"PCN Controller\" and a \"PCN Processor\". Neither s75 nor SI 2000/617 requires it.",
            example: "modern:\n  data_protection:\n    roles:\n      - {party: council, role: controller, data_flow: social care records}\n      - {party: icb, role: controller, data_flow: health records}",
        },
        check: checks::dp_roles,
    },
    Rule {
        id: "MODERN-DP-DSA",
        name: "data-sharing-agreement-not-named",
        summary: "Where the partners share personal data, a data sharing agreement (or schedule) should exist, prepared with each party's IG lead or Data Protection Officer.",
        group: Group::Guidance,
        label: Label::Verified,
        sources: &[sources::NHSE_IG_DSA],
        citation: Citation {
            instrument: instruments::NHSE_IG_DSA_2018.cited_as,
            provision: "introductory guidance",
            url: IG_DSA,
        },
        applies: dated_from(checks::GDPR),
        docs: Docs {
            what: "For an agreement made or commenced on or after 25 May 2018 (or stating neither date), checks `modern.data_protection.sharing_agreement` names the data sharing agreement or schedule, unless `personal_data_shared: false` says no personal data is shared. A warning.",
            why: "NHS England's template data sharing agreement (v1.0, 29 June 2018, \"Updated for GDPR compliance\") is to be completed by the parties \"with advice and assistance from the Information Governance Lead and/ or Data Protection Officer in each organisation\". The date is when UK GDPR and the Data Protection Act 2018 began to apply; an agreement made before then would cite the Data Protection Act 1998. Not required by s75 or SI 2000/617.",
            example: "modern:\n  data_protection:\n    sharing_agreement: Schedule 4 (Data Sharing Agreement)",
        },
        check: checks::dp_dsa,
    },
    Rule {
        id: "MODERN-FOI",
        name: "freedom-of-information-cooperation-not-agreed",
        summary: "The partners should acknowledge their FOIA obligations and agree to help each other respond to requests.",
        group: Group::Guidance,
        label: Label::Verified,
        sources: &[sources::NHSSC_GC21],
        citation: Citation {
            instrument: instruments::NHS_STANDARD_CONTRACT_2014.cited_as,
            provision: "General Condition 21",
            url: GC21,
        },
        applies: dated_from(checks::CONTRACT_2014),
        docs: Docs {
            what: "For an agreement made or commenced on or after 1 April 2014 (or stating neither date), checks `modern.foi.assist_each_other` is `true`. A warning.",
            why: "General Condition 21 of the NHS Standard Contract 2014/15, the template the date is taken from: \"The Parties acknowledge their respective obligations arising under FOIA, DPA and HRA ... and must assist each other as necessary to enable each other to comply with these obligations.\" A request to one partner often concerns the other's information and has a statutory time limit. Not required by s75 or SI 2000/617.",
            example: "modern:\n  foi:\n    assist_each_other: true",
        },
        check: checks::foi,
    },
    Rule {
        id: "MODERN-LIAB-RETAINED",
        name: "statutory-liability-not-retained",
        summary: "The liability clause should start from the statutory position: the body whose function is exercised keeps its statutory liability; any indemnity states its trigger and its cap.",
        group: Group::Guidance,
        label: Label::Verified,
        sources: &[sources::NHSE_DELEGATION_FAQ, sources::NHSA2006_13Z],
        citation: Citation {
            instrument: instruments::NHSE_DELEGATION_FAQ.cited_as,
            provision: "liabilities (with NHS Act 2006 s13Z(6), version of 2 December 2019)",
            url: DELEG_FAQ,
        },
        applies: dated_from(checks::CCG_ERA),
        docs: Docs {
            what: "For an agreement made or commenced on or after 1 April 2013 (or stating neither date), checks `modern.liabilities.statutory_responsibility_retained` is `true`, and that each of `modern.liabilities.indemnities` states its `trigger` and its `cap` (or `uncapped: true`). Warnings.",
            why: "NHS England's delegation FAQ: \"No reciprocal indemnity has been included because under the NHS Act, NHS England retains statutory liability for the exercise of the Delegated Functions\", with the delegate liable only in \"limited circumstances\"; s13Z(6): arrangements \"do not affect the liability of the Board for the exercise of any of its functions\". The date is when clinical commissioning groups and NHS England's s13Z arrangements began. Not required by s75 or SI 2000/617.",
            example: "modern:\n  liabilities:\n    statutory_responsibility_retained: true\n    indemnities:\n      - {by: council, trigger: fraud or deliberate breach, uncapped: true}",
        },
        check: checks::liabilities,
    },
    Rule {
        id: "MODERN-COUNTERPARTS",
        name: "counterparts-not-allowed",
        summary: "An agreement of more than two parties should allow signature in counterparts (and electronically), so one missing signature does not hold up the whole.",
        group: Group::Guidance,
        label: Label::Secondary,
        sources: &[sources::NWL_ICP_MOU],
        citation: Citation {
            instrument: instruments::NWL_ICP_MOU_2011.cited_as,
            provision: "contents, \"COUNTERPARTS\"",
            url: NWL_MOU,
        },
        applies: dated_from(checks::MOU_2011),
        docs: Docs {
            what: "For an agreement made or commenced on or after 1 January 2011 (or stating neither date) with more than two parties, checks `modern.counterparts` is stated. A warning.",
            why: "Published NHS agreements carry a counterparts clause, e.g. the 2011 North West London Integrated Care Pilot memorandum, whose year the date is taken from (only its contents list was read). Electronic signature is 2026 practice (not verified here). Not required by s75 or SI 2000/617.",
            example: "modern:\n  counterparts: This agreement may be signed in any number of counterparts, including electronically.",
        },
        check: checks::counterparts,
    },
    Rule {
        id: "MODERN-NOTICES",
        name: "notice-addresses-missing",
        summary: "The agreement should give each party's address (and named officer or e-mail) for formal notices, and say how notices take effect.",
        group: Group::Guidance,
        label: Label::Secondary,
        sources: &[sources::NHS_TC_2018],
        citation: Citation {
            instrument: instruments::NHS_TC_2018.cited_as,
            provision: "key provisions, \"Names and addresses for notices\"",
            url: TC_2018,
        },
        applies: dated_from(checks::TERMS_2018),
        docs: Docs {
            what: "For an agreement made or commenced on or after 1 January 2018 (or stating neither date), checks every party has an address for notices: its own `address`, or an `address` or `email` under `modern.notices.addresses`. A warning for each party without one.",
            why: "The NHS Terms and Conditions for the Provision of Services (January 2018), the template the date is taken from, list \"Names and addresses for notices\" among their key provisions, and notices \"are to be delivered to the usual business address of the parties\" (read in a supplier's terms based on them). A notice of termination or dispute sent to the wrong place may not count. Not required by s75 or SI 2000/617.",
            example: "modern:\n  notices:\n    addresses:\n      - {party: council, address: Town Hall, officer: Director of Adult Social Care}\n      - {party: icb, email: legal@icb.example}",
        },
        check: checks::notices,
    },
    Rule {
        id: "MODERN-EXIT",
        name: "exit-plan-incomplete",
        summary: "Termination should need notice aligned to the financial year, and an exit plan should cover the final pool account, third-party contracts and data.",
        group: Group::Guidance,
        label: Label::Verified,
        sources: &[
            sources::NHSE_DELEG_FAQ_NOTICE,
            sources::GUIDE07_CH4_DISPUTES,
        ],
        citation: Citation {
            instrument: instruments::NHSE_DELEGATION_FAQ.cited_as,
            provision: "termination (with the 2007 DCSF/DH guide, ch 4, \"Resolving disputes\")",
            url: DELEG_FAQ,
        },
        applies: dated_from(checks::CCG_ERA),
        docs: Docs {
            what: "For an agreement made or commenced on or after 1 April 2013 (or stating neither date), checks `modern.exit.notice_period` is stated and warns when `year_end_only: false` says termination can take effect mid-year; where a scheme has a pooled fund, checks `final_accounts`, `third_party_contracts` and `data_return` are stated. Warnings.",
            why: "NHS England's delegation FAQ: CCGs \"must give notice by 30 September for the termination to take effect from the following 1 April\" (the date is when that CCG-era practice began); the 2007 guide asks what happens on termination, including \"asset allocation, and liability for debts\". A pool ended mid-year leaves budgets, contracts and records without an owner. Not required by s75 or SI 2000/617.",
            example: "modern:\n  exit:\n    notice_period: 12 months, given by 30 September, ending on the following 1 April\n    year_end_only: true\n    final_accounts: Final pool account within 3 months of termination\n    third_party_contracts: Novated to the partner that commissions the service\n    data_return: Records returned to the controller within 30 days",
        },
        check: checks::exit,
    },
    Rule {
        id: "MODERN-VARIATION",
        name: "variation-not-mutual-and-written",
        summary: "Variations should be agreed by all parties in writing; no party should vary the agreement alone.",
        group: Group::Guidance,
        label: Label::Verified,
        sources: &[sources::NHSE_DELEG_FAQ_VARIATION],
        citation: Citation {
            instrument: instruments::NHSE_DELEGATION_FAQ.cited_as,
            provision: "variation",
            url: DELEG_FAQ,
        },
        applies: dated_from(checks::CCG_ERA),
        docs: Docs {
            what: "For an agreement made or commenced on or after 1 April 2013 (or stating neither date), checks `modern.variation` is `mutual_written`; `unilateral`, or no statement, is a warning. For a core agreement with schedules by financial year (`years`), also checks that each year's schedules after the first name the variation that brought them in, with the date it was made and its approval.",
            why: "NHS England's delegation FAQ: \"Changes to the Delegation Agreement must be agreed with CCGs through a consensual variation process.\" The date is when that CCG-era practice began. A schedule change a statute or funding condition requires (e.g. a new Better Care Fund year) is still recorded as a variation. Not required by s75 or SI 2000/617.",
            example: "modern:\n  variation: mutual_written",
        },
        check: checks::variation,
    },
];

/// What the modern-clause advice leaves out, for the "what jointly checks" page and the
/// completeness note of an agreement the advice is given on.
pub(crate) const NOT_CHECKED: super::coverage::NotChecked = super::coverage::NotChecked {
    key: "modern-clauses",
    area: "modern clauses beyond the MODERN-* advice",
    words: "modern clauses beyond the MODERN-* advice listed above: the governing law and jurisdiction clause (no template wording was read), each party's Data Protection Officer contact, each party's insurance basis (commercial, NHS Resolution scheme or self-insured), a note on a legacy citation of the Data Protection Act 1998, or of \"GDPR\" alone, whether a data flow carries personal data, whether a Better Care Fund year's schedule update is recorded as a dated variation (except for the years a spec sets out under `years`), electronic signature, and what the clauses themselves say; an agreement made and commenced before a rule's date gets none of that rule's advice",
    relevant_to: "agreements made or commenced from 2011 (or undated), which get the modern-clause advice",
    relevant: given_advice,
};
