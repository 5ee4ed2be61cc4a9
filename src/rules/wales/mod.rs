//! Wales (rulebook §3.12): voluntary partnerships under s33 NHS (Wales) Act 2006 (s31 Health
//! Act 1999 before 1 March 2007) with SI 2000/2993 (W. 193), and the regional partnership
//! arrangements under Part 9 of the Social Services and Well-being (Wales) Act 2014 with the
//! Partnership Arrangements (Wales) Regulations 2015. These rules run only on
//! `legal_basis: nhs_wales_act_2006_s33` and `sswba_2014_part9`; SI 2000/617's rules do not.

mod checks;
mod pools;

use super::{ANYWHERE, Applies, Arrangement, Citation, Docs, Group, Label, Rule, sources};
use crate::law::instruments;
use crate::spec::LegalBasis;

/// The Welsh bases.
pub(crate) const WELSH_ACTS: &[LegalBasis] =
    &[LegalBasis::NhsWalesAct2006S33, LegalBasis::Sswba2014Part9];
const S33: &[LegalBasis] = &[LegalBasis::NhsWalesAct2006S33];
const PART9: &[LegalBasis] = &[LegalBasis::Sswba2014Part9];
const PART9_ANY: Applies = Applies {
    bases: PART9,
    jurisdictions: ANYWHERE,
    arrangement: Arrangement::Any,
};
const NHSWA2006: &str = "https://www.legislation.gov.uk/ukpga/2006/42";
const WSI2000: &str = "https://www.legislation.gov.uk/wsi/2000/2993/made";
const SSWBA: &str = "https://www.legislation.gov.uk/anaw/2014/4/section/167/enacted";
const PAR2015: &str = "https://www.legislation.gov.uk/wsi/2015/1989/made";
const P9_GUIDANCE: &str = "https://pdfslide.net/documents/social-services-and-well-being-wales-act-2014-partnership-boards-to-manage-and.html";
const AUDIT_WALES: &str = "http://democracy.anglesey.gov.uk/mgAi.aspx?ID=12630&LLL=0";

pub(super) const RULES: &[Rule] = &[
    Rule {
        id: "WAL-S33-BASIS",
        name: "welsh-partnership-outside-its-law",
        summary: "A Welsh voluntary partnership rests on s33 NHS (Wales) Act 2006 (s31 Health Act 1999 before 1 March 2007) with SI 2000/2993 (W. 193): it is for Wales, and cannot take effect before 1 December 2000.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[sources::WSI2000, sources::NHSWA2006],
        citation: Citation {
            instrument: instruments::NHS_WALES_ACT_2006.cited_as,
            provision: "s33 (in force 1 March 2007); SI 2000/2993 (W. 193) reg 1 (in force 1 December 2000, Wales only)",
            url: NHSWA2006,
        },
        applies: Applies {
            bases: S33,
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Checks an agreement under `legal_basis: nhs_wales_act_2006_s33`: its `jurisdiction` must be `wales`, and neither the date it was `made` nor its `commencement` may be before 1 December 2000, when the Welsh regulations came into force. An agreement made before 1 March 2007 is read as made under s31 Health Act 1999 with the same regulations (its draft recites s31); from that day, under s33.",
            why: "The Welsh regulations \"shall apply to Wales only\" and \"shall come into force on 1st December 2000\"; the NHS (Wales) Act 2006 was in force from 1 March 2007, when s33 replaced s31 in Wales. SI 2000/617 extends to England only, so a Welsh agreement never rests on it. The text of s33 itself was not read.",
            example: "agreement:\n  legal_basis: nhs_wales_act_2006_s33\n  jurisdiction: wales\n  commencement: 2012-04-01",
        },
        check: checks::s33_basis,
    },
    Rule {
        id: "WAL-2000-REG7-9",
        name: "welsh-agreement-contents-missing",
        summary: "A s33 pooled fund or delegation agreement is believed to need the same written contents as SI 2000/617 regs 7(3) and 9(3): aims and outcomes, persons and services, resources, duration, review, variation and termination.",
        group: Group::Statutory,
        label: Label::Memory,
        sources: &[sources::WAL_AN2],
        citation: Citation {
            instrument: instruments::SI_2000_2993.cited_as,
            provision: "contents of pooled fund and delegation agreements, regs 7 to 9 (believed to mirror the English regulations; wording not verified)",
            url: WSI2000,
        },
        applies: Applies {
            bases: S33,
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "For an agreement under s33 NHS (Wales) Act 2006 with a pooled fund or a delegation, runs the content checks of SI 2000/617 regs 7(3) and 9(3): each such scheme's aims and outcomes, persons and kinds of services, and each partner's staff, goods, services or accommodation; and the agreement's duration and provision for review, variation or termination. Every finding is an unverified warning.",
            why: "The Welsh regulations share SI 2000/617's definitions and structure, and the Welsh Government's Advice Note 2 says partners \"should complete a signed agreement which sets out the key terms which accord with statutory requirements\"; the text of the Welsh regs 7 to 9 was not read, so what they require is believed, not verified.",
            example: "schemes:\n  - id: frailty\n    aims: [Care closer to home]\n    outcomes: [Fewer emergency admissions]\n    persons: Frail older people\n    services: [Rapid response]",
        },
        check: checks::welsh_contents,
    },
    Rule {
        id: "WAL-PARTY-TYPES",
        name: "english-body-in-welsh-agreement",
        summary: "The NHS partners of a Welsh agreement are Local Health Boards and NHS trusts in Wales; English NHS bodies (integrated care boards, clinical commissioning groups, NHS England, NHS foundation trusts, Primary Care Trusts) have no functions in relation to Wales.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::WAL_CYFRAITH],
        citation: Citation {
            instrument: instruments::NHS_WALES_ACT_2006.cited_as,
            provision: "Part 2 (Local Health Boards, NHS trusts); SI 2000/2993 (W. 193) reg 3",
            url: NHSWA2006,
        },
        applies: Applies {
            bases: WELSH_ACTS,
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Checks the parties of an agreement under s33 NHS (Wales) Act 2006 or Part 9 SSWBA 2014. An integrated care board, clinical commissioning group, NHS England, NHS foundation trust or Primary Care Trust is an error; an NHS trust, Strategic Health Authority, Health Authority or Care Trust written with an English type is a warning (write `nhs_trust_wales` for a Welsh NHS trust). A council of a kind only England has (district, London borough, metropolitan, shire, the City of London, the Isles of Scilly, a combined authority) is a warning: Welsh councils are county and county borough councils.",
            why: "The Welsh Government's Law Wales page lists the health service bodies in Wales as Local Health Boards, NHS trusts and Special Health Authorities, and says clinical commissioning groups, NHS foundation trusts and the NHS Commissioning Board have no functions in relation to Wales. A cross-border arrangement with an English body needs a legal basis on each side.",
            example: "parties:\n  - id: abuhb\n    type: local_health_board\n  - id: newport\n    type: city_council",
        },
        check: checks::party_types,
    },
    Rule {
        id: "WAL-SSWBA-167-POOL",
        name: "welsh-pool-host-not-council-or-health-board",
        summary: "A pooled fund under Part 9 SSWBA 2014 is established and maintained by one local authority or one Local Health Board, a party to the arrangements.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SSWBA_167],
        citation: Citation {
            instrument: instruments::SSWBA_2014.cited_as,
            provision: "s167",
            url: SSWBA,
        },
        applies: Applies {
            bases: PART9,
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::PooledFund,
        },
        docs: Docs {
            what: "Checks each pooled fund of a Part 9 scheme: its `host` must be stated and must be a party that is a Local Health Board or a council (`local_health_board`, or a county, county borough, city and county, city, borough or unitary council).",
            why: "s167: a local authority and a Local Health Board may pay towards the expenditure \"(a) by making payments directly, or (b) by contributing to a pooled fund\", and \"a pooled fund\" means \"a fund established and maintained by a local authority or a Local Health Board\". A pool held by anyone else is not a s167 pool.",
            example: "schemes:\n  - id: care-homes\n    pooled_fund:\n      host: torfaen",
        },
        check: pools::host_is_partner,
    },
    Rule {
        id: "WAL-PAR2015-RPB",
        name: "regional-partners-not-the-region",
        summary: "Part 9 arrangements are made by all the partnership bodies of a region (its Local Health Board and councils) and run under the direction of the region's regional partnership board.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::WAL_PAR2015],
        citation: Citation {
            instrument: instruments::SI_2015_1989.cited_as,
            provision: "regional partnership boards: regs 2 to 8, with the definitions in reg 1",
            url: PAR2015,
        },
        applies: PART9_ANY,
        docs: Docs {
            what: "Checks `wales.region` and `wales.regional_partnership_board` are stated, and that the parties are the region's partnership bodies, matched by name: a Local Health Board or council of the region missing from `parties` is an error for Gwent (reg 2, read) and an unverified warning for the other six regions (their lists were not read); a health board or council of another region is a warning. An agreement commencing before 6 April 2016, when the regulations came into force, is an error.",
            why: "Regs 2 to 8 each name the bodies of one region that \"must\" make partnership arrangements for the specified functions and \"must together establish a partnership board\", and the arrangements \"must be carried out under the direction of\" that board (reg 2 for Gwent: Aneurin Bevan University Health Board and Monmouthshire, Newport, Torfaen, Blaenau Gwent and Caerphilly councils). The regulations came into force on 6 April 2016.",
            example: "wales:\n  region: gwent\n  regional_partnership_board: Gwent Regional Partnership Board",
        },
        check: checks::region_members,
    },
    Rule {
        id: "WAL-POOL-CH",
        name: "care-home-pool-missing",
        summary: "From 6 April 2018 the partnership bodies of each region must keep a pooled fund for care home accommodation functions, to which each contributes.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[
            sources::WAL_PAR2015,
            sources::WAL_PB_EVAL,
            sources::FLINTS_24,
        ],
        citation: Citation {
            instrument: instruments::SI_2015_1989.cited_as,
            provision: "reg 19(1)(a) (in force 6 April 2018)",
            url: PAR2015,
        },
        applies: PART9_ANY,
        docs: Docs {
            what: "Checks each `wales.pools` entry of kind `care_home_accommodation`: it must name a scheme that has a `pooled_fund`, and every Local Health Board and council among the parties must contribute to it. A Part 9 agreement of a stated region, in force on or after 6 April 2018, with no such pool gives a warning: the region's pool may be in another agreement (waive the finding then).",
            why: "Reg 19(1)(a) came into force on 6 April 2018; the Welsh Government's review of the seven regional partnership boards' \"regional pooled funds in relation to the exercise of care home accommodation functions\" and Flintshire's report of \"a legal requirement to establish a regional pooled fund for care home accommodation for older people\" describe the duty. The wording of reg 19 itself was not read.",
            example: "wales:\n  region: gwent\n  pools:\n    - scheme: care-homes\n      kind: care_home_accommodation",
        },
        check: pools::care_home_pool,
    },
    Rule {
        id: "WAL-POOL-FS",
        name: "family-support-pool-missing",
        summary: "From 6 April 2016 the partnership bodies must keep a pooled fund for family support functions (integrated family support services), to which each contributes.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[sources::CVIHSC],
        citation: Citation {
            instrument: instruments::SI_2015_1989.cited_as,
            provision: "reg 19 with reg 15 (family support functions)",
            url: PAR2015,
        },
        applies: PART9_ANY,
        docs: Docs {
            what: "Checks each `wales.pools` entry of kind `family_support` as WAL-POOL-CH does (a scheme with a `pooled_fund` to which every Local Health Board and council contributes), and warns when a Part 9 agreement of a stated region has none. Every finding is an unverified warning.",
            why: "The 2015 regulations define \"family support functions\" as those specified in reg 15; that a pooled fund is required for them from 6 April 2016 is stated only by a regional partnership board's page, not read in reg 19.",
            example: "wales:\n  pools:\n    - scheme: ifss\n      kind: family_support",
        },
        check: pools::family_support_pool,
    },
    Rule {
        id: "WAL-WRITTEN-AGMT",
        name: "regional-agreement-without-information-sharing",
        summary: "Regional partnership arrangements and their pools should be governed by a written agreement, which covers information sharing.",
        group: Group::Guidance,
        label: Label::Secondary,
        sources: &[sources::WAL_P9_GUID],
        citation: Citation {
            instrument: instruments::PART9_GUIDANCE.cited_as,
            provision: "section 10 (governance: written agreements), with section 6 (information sharing)",
            url: P9_GUIDANCE,
        },
        applies: PART9_ANY,
        docs: Docs {
            what: "Warns when a Part 9 agreement states no `clauses.information_sharing`.",
            why: "The Part 9 statutory guidance, issued under s169 SSWBA 2014, has sections on \"Information sharing\" and \"Governance - Written Agreements\"; only its contents page was read, so the rule asks no more than that the written agreement addresses information sharing.",
            example: "clauses:\n  information_sharing: The partners share data under an information sharing protocol signed by each partner.",
        },
        check: checks::written_agreement,
    },
    Rule {
        id: "WAL-AW-REALPOOL",
        name: "pool-contributions-handed-back",
        summary: "A pool whose contributions are paid in and handed back to each contributor is not a real pool: it may meet the minimum requirement but gives no value for money.",
        group: Group::Guidance,
        label: Label::Secondary,
        sources: &[sources::ANGLESEY_AW],
        citation: Citation {
            instrument: instruments::AUDIT_WALES_POOL.cited_as,
            provision: "letters to Isle of Anglesey County Council and the Welsh Government",
            url: AUDIT_WALES,
        },
        applies: Applies {
            bases: WELSH_ACTS,
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Warns for each `wales.pools` entry with `contributions_returned: true`.",
            why: "Audit Wales found that the North Wales care home pool, whose funding \"is initially deposited into a pooled fund administered by Denbighshire County Council and returned to each contributor 24 hours later\", \"although it meets the minimum compliance with Welsh Government standards, does not offer value for money, nor any of the intended benefits of a pooled fund\".",
            example: "wales:\n  pools:\n    - scheme: care-homes\n      kind: care_home_accommodation\n      contributions_returned: false",
        },
        check: pools::real_pool,
    },
];
