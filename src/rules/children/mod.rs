//! Section 10 Children Act 2004 (rulebook §3.8): co-operation arrangements and pooled funds
//! for children's services in England. s10 has no regulations like SI 2000/617, so the reg 7
//! rules do not apply to it (the guide's checklist still does); these rules check what the Act
//! itself decides: when s10 existed, who makes the arrangements and who its relevant partners
//! are at the agreement's dates, what the arrangements aim at, who contributes to an s10 pooled
//! fund, and that s10 gives no power to delegate functions. The reg 7 items a pure s10 pool
//! lacks are reported as the guide's good practice (CA2004-10-POOL-NOHOST), never as breaches.

mod aims;
mod partners;
mod pool;
mod section;
mod wales;

use super::{
    ANYWHERE, Applies, Arrangement, Citation, Context, Docs, ENGLAND, Group, Label, Rule, Sink,
    sources,
};
use crate::law::CHILDRENS_SERVICES_AUTHORITIES;
use crate::law::instruments;
use crate::spec::{Jurisdiction, LegalBasis, Pointer};

const S10_URL: &str = "https://www.legislation.gov.uk/ukpga/2004/31/section/10";
const S10: Applies = Applies {
    bases: &[LegalBasis::ChildrenAct2004S10],
    jurisdictions: ANYWHERE,
    arrangement: Arrangement::Any,
};
const S10_ENGLAND: Applies = Applies {
    bases: &[LegalBasis::ChildrenAct2004S10],
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Any,
};
const S10_POOLS: Applies = Applies {
    bases: &[LegalBasis::ChildrenAct2004S10],
    jurisdictions: ENGLAND,
    arrangement: Arrangement::PooledFund,
};

const fn s10(provision: &'static str) -> Citation {
    Citation {
        instrument: instruments::CHILDREN_ACT_2004.cited_as,
        provision,
        url: S10_URL,
    }
}

pub(super) const RULES: &[Rule] = &[
    Rule {
        id: "CA2004-10-1-LEAD",
        name: "section-10-arrangements-not-available",
        summary: "s10 Children Act 2004 arrangements are made by a children's services authority in England, and only once the Act existed (Royal Assent 15 November 2004).",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::CA2004_S10],
        citation: Citation {
            instrument: instruments::CHILDREN_ACT_2004.cited_as,
            provision: "s10(1) (Royal Assent 15 November 2004)",
            url: S10_URL,
        },
        applies: S10,
        docs: Docs {
            what: "For an agreement under s10 Children Act 2004, checks the date the agreement was `made` and its `commencement`: a date before the Act received Royal Assent on 15 November 2004 is an error; a date from then until 31 March 2005 is an unverified warning, because s10 was brought into force by a commencement order jointly has not read, and the earliest version of s10 jointly has seen is that of 1 April 2005. Also checks that a party can be the children's services authority that makes the arrangements: a county council, a district council that is a unitary authority, a London borough council, the Common Council of the City of London or the Council of the Isles of Scilly.",
            why: "\"Each children's services authority in England must make arrangements to promote co-operation between the authority, each of the authority's relevant partners\" and others (s10(1)). The arrangements, and the power to pool funds for them (s10(6)), exist only under the Act: an agreement dated before it cannot rest on it. The explanatory notes say s10 was to be brought into force by commencement order, not on Royal Assent.",
            example: "agreement:\n  legal_basis: children_act_2004_s10\n  jurisdiction: england\n  made: 2006-03-20\n  commencement: 2006-04-01\nparties:\n  - id: council\n    type: london_borough_council\n  - id: pct\n    type: primary_care_trust",
        },
        check: section_10_available,
    },
    Rule {
        id: "CA2004-10-NODELEG",
        name: "delegation-under-section-10",
        summary: "s10 Children Act 2004 gives no power for one partner to exercise another partner's functions.",
        group: Group::Statutory,
        label: Label::VerifiedSeed,
        sources: &[sources::GUIDE07_CH3_S10, sources::BRENT_7_7],
        citation: Citation {
            instrument: instruments::CHILDREN_ACT_2004.cited_as,
            provision: "s10 (no power to delegate functions)",
            url: S10_URL,
        },
        applies: S10,
        docs: Docs {
            what: "For an agreement under s10 Children Act 2004, reports every entry in a scheme's `delegations`.",
            why: "The 2007 DCSF/DH guide: \"The 2004 Act does not make provision for one partner to assume the functions of another nor to deliver the services of another as opposed to their own.\" The Brent PCT board report (c. 2004) says the same: \"There is no specific power for the partners to delegate functions to each other.\" Under s10 the partners may pool funds and provide staff, goods, services or accommodation (s10(6)), but each keeps exercising its own functions. A delegation between an NHS body and a local authority needs s75 NHS Act 2006 (in Wales, s33 NHS (Wales) Act 2006).",
            example: "# a children's pool under s10, with the ICB's commissioning delegated to the council in a separate s75 agreement\nagreement:\n  legal_basis: children_act_2004_s10\nschemes:\n  - id: short-breaks\n    pooled_fund:\n      host: council",
        },
        check: no_delegation_under_s10,
    },
    Rule {
        id: "CA2004-10-2-AIMS",
        name: "section-10-aims-not-stated",
        summary: "s10 arrangements aim to improve children's well-being under one or more of the five heads of s10(2).",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::CA2004_S10],
        citation: s10("s10(2)"),
        applies: S10_ENGLAND,
        docs: Docs {
            what: "For an agreement, or a scheme, under s10 Children Act 2004, checks that `children.wellbeing` lists at least one head of children's well-being in s10(2): `health`, `protection`, `education`, `contribution` or `economic`.",
            why: "The arrangements are made to improve the well-being of children in the authority's area so far as relating to \"(a) physical and mental health and emotional well-being; (b) protection from harm and neglect; (c) education, training and recreation; (d) the contribution made by them to society; (e) social and economic well-being\" (s10(2)). An agreement that does not say which it serves cannot show that it is an s10 arrangement.",
            example: "children:\n  wellbeing: [health, protection]",
        },
        check: aims::wellbeing_aims,
    },
    Rule {
        id: "CA2004-10-3-PARENTS",
        name: "section-10-parents-and-carers-not-considered",
        summary: "In making s10 arrangements the authority must have regard to the importance of parents and carers.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::CA2004_S10],
        citation: s10("s10(3)"),
        applies: S10_ENGLAND,
        docs: Docs {
            what: "For an agreement, or a scheme, under s10 Children Act 2004, checks that `children.parents_and_carers` says how the arrangements have regard to the importance of parents and carers. A warning: the duty is the authority's, and the agreement need not record it.",
            why: "The authority \"must have regard to the importance of parents and other persons caring for children in improving the well-being of children\" (s10(3)). Saying how in the agreement is the evidence that it did.",
            example: "children:\n  parents_and_carers: Parent carers sit on the partnership board and are consulted on the short breaks offer each year.",
        },
        check: aims::parents_and_carers,
    },
    Rule {
        id: "CA2004-10-4-PARTNERS",
        name: "party-not-a-relevant-partner",
        summary: "Every party to an s10 agreement other than the authority is a relevant partner listed in s10(4), or takes part only as a body the authority considers appropriate.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[
            sources::CA2004_S10,
            sources::CA2004_S10_CURRENT,
            sources::ASCL2009_S193,
        ],
        citation: s10("s10(1), (4)"),
        applies: S10_ENGLAND,
        docs: Docs {
            what: "For an agreement under s10 Children Act 2004, checks each party's `type` against the relevant partners of s10(4): a district council in a two-tier area ((a)), the police ((b)), a local probation board or probation provider ((c)), a youth offending team ((d)), the NHS commissioners ((e), and their successors, checked by date under CA2004-10-4-BYDATE), a Connexions provider under s114 Learning and Skills Act 2000 ((f)), and schools and further education institutions ((fa) to (fe), added by the Apprenticeships, Skills, Children and Learning Act 2009 from a date not verified: an unverified warning). A party of a kind s10(4) does not list (a GP practice, a voluntary organisation, an independent provider) is a warning: it may take part as a body the authority considers appropriate (s10(1)(c)), but not contribute to the pool. An NHS trust or foundation trust is an unverified warning: s10(4) as enacted did not list them, and later lists are not verified. Whether each partner's area overlaps the authority's is not checked.",
            why: "The authority makes arrangements to promote co-operation between itself, \"each of the authority's relevant partners\" and \"such other persons or bodies as the authority consider appropriate\" (s10(1)); only the authority and its relevant partners may provide resources and pool funds (s10(6)). The list is s10(4) as enacted (and as in force at 1 April 2005), with the current (b), (ca) and (cb).",
            example: "parties:\n  - id: council\n    type: unitary_authority\n  - id: icb\n    type: integrated_care_board\n  - id: police\n    type: police\n  - id: yot\n    type: youth_offending_team",
        },
        check: partners::parties_are_relevant_partners,
    },
    Rule {
        id: "CA2004-10-4-BYDATE",
        name: "relevant-partner-not-listed-at-date",
        summary: "The NHS relevant partners change by date: SHA and PCT until 31 March 2013, then the NHS Commissioning Board and CCGs, and from 1 July 2022 NHS England and ICBs.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::CA2004_S10],
        citation: s10("s10(4)(e), as enacted, and as amended from 1 April 2013 and 1 July 2022"),
        applies: S10_ENGLAND,
        docs: Docs {
            what: "For an agreement under s10 Children Act 2004, checks that each NHS party listed in s10(4) for some dates only was listed at the date the agreement was `made` and at its `commencement`: a Strategic Health Authority or Primary Care Trust until 31 March 2013 (s10(4)(e) as enacted), a clinical commissioning group from 1 April 2013 to 30 June 2022, NHS England (the NHS Commissioning Board) from 1 April 2013, an integrated care board from 1 July 2022. Outside those dates it is an error where the listing or the body's existence is verified, otherwise an unverified warning. The wording of the 2013 and 2022 amendments was not read, so jointly follows the dates the bodies existed.",
            why: "s10(4)(e) as enacted lists \"a Strategic Health Authority and Primary Care Trust for an area any part of which falls within the area of the authority\". Those bodies were abolished on 31 March 2013; a pool whose NHS partner did not exist at its dates has no NHS partner in law.",
            example: "agreement:\n  legal_basis: children_act_2004_s10\n  commencement: 2023-04-01\nparties:\n  - id: council\n    type: unitary_authority\n  - id: icb\n    type: integrated_care_board",
        },
        check: partners::partners_by_date,
    },
    Rule {
        id: "CA2004-10-7-POOL",
        name: "section-10-pool-contributors",
        summary: "An s10 pooled fund is made up of contributions by the authority and its relevant partners: the authority must contribute.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::CA2004_BILL_S10, sources::CA2004_EXPLANATORY_NOTES],
        citation: s10("s10(6)(b), (7)"),
        applies: S10_POOLS,
        docs: Docs {
            what: "For each scheme under s10 Children Act 2004 with a `pooled_fund`, checks that a party that can be the children's services authority contributes, and that no contributor is a body s10(4) does not list as a relevant partner (an NHS trust or foundation trust is an unverified warning). Whether the pool pays only towards the contributors' functions is not checked.",
            why: "\"(7) For the purposes of subsection (6) a pooled fund is a fund— (a) which is made up of contributions by the authority and the relevant partner or partners concerned; and (b) out of which payments may be made towards expenditure incurred in\" the discharge of functions of the authority and of those partners (Children Bill 2003-04; the 2007 DCSF/DH guide gives the end of (b)). Money from any other body cannot be in the pool.",
            example: "pooled_fund:\n  host: council\n  contributions:\n    - {party: council, amount: 1200000}\n    - {party: icb, amount: 800000}",
        },
        check: pool::pool_contributors,
    },
    Rule {
        id: "CA2004-10-POOL-NOHOST",
        name: "section-10-pool-good-practice",
        summary: "A pool s10 alone governs has no statutory manager or reporting rules like SI 2000/617 reg 7; they are reported as good practice.",
        group: Group::Guidance,
        label: Label::VerifiedSeed,
        sources: &[sources::BRENT_7_7, sources::GUIDE07_CH6],
        citation: s10("s10(6)(b), (7) (no statutory contents list)"),
        applies: S10_POOLS,
        docs: Docs {
            what: "For each scheme under s10 Children Act 2004 with a `pooled_fund`, reports as warnings (good practice from the 2007 guide, not breaches) the items SI 2000/617 reg 7 would require of an s75 pool: a pool `manager` with a `post`, `reporting.frequency` at least quarterly, and `reporting.annual_return`. The host and the written contents are the guide's checklist items (GUIDE07-CL-*), which run for every basis. The reg 7 rules themselves do not run on an s10 scheme; in a framework with s75 and s10 schemes they run on the s75 schemes only.",
            why: "s10(7) says what a pooled fund is made up of, and nothing about its host, manager or reports; the Brent board report (c. 2004, para 7.7) notes that \"the operation of any pool established will be less prescribed\". The 2007 DCSF/DH guide (chapter 6) still treats the host and pool manager as the way to run a children's pool.",
            example: "pooled_fund:\n  host: council\n  manager:\n    post: Head of Children's Commissioning\n  reporting:\n    frequency: quarterly\n    annual_return: true",
        },
        check: pool::pool_good_practice,
    },
    Rule {
        id: "CA2004-25-WALES",
        name: "section-10-in-wales",
        summary: "In Wales the children's co-operation duty is s25 Children Act 2004, not s10: a local authority in Wales makes the arrangements with the relevant partners s25(4) lists (a Local Health Board, an NHS trust providing services in the area), and s25 is not for England.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::CA2004_S25, sources::CA2004_EN_S25],
        citation: Citation {
            instrument: instruments::CHILDREN_ACT_2004.cited_as,
            provision: "s25(1), (4) (Wales; version of 1 April 2008), s25(6) (pooled fund)",
            url: "https://www.legislation.gov.uk/ukpga/2004/31/section/25",
        },
        applies: Applies {
            bases: &[
                LegalBasis::ChildrenAct2004S10,
                LegalBasis::ChildrenAct2004S25,
            ],
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Reports an agreement, or a scheme, under s10 Children Act 2004 whose `jurisdiction` is `wales`, and one under s25 (`legal_basis: children_act_2004_s25`) whose `jurisdiction` is `england`. For an agreement under s25 in Wales, also checks: the date it was `made` and its `commencement` (before Royal Assent on 15 November 2004 is an error; before 1 April 2008, the earliest version of s25 jointly has read, an unverified warning); that a party can be the local authority in Wales (a county or county borough council); and each party's `type` against s25(4) as in force on 1 April 2008: the police ((a)), a local probation board ((b)), a youth offending team ((c)), a Local Health Board ((d)) and an NHS trust providing services in the area ((e)). A party of another kind is a warning (it may take part as a body the authority considers appropriate, s25(1)(c)); an English NHS body is an unverified warning. For each scheme under s25 with a `pooled_fund`, checks that the council contributes and that no contributor is of a kind s25(4) does not list: unverified warnings, because the wording of s25(6) and (7) was not read. Not checked: whether each partner's area overlaps the authority's or an NHS trust provides services there, the partners added later ((aa), another Welsh local authority, and (g), persons Welsh Ministers' regulations specify), the aims of s25(2) and the regard of s25(3), and delegations.",
            why: "s10 applies to children's services authorities in England; \"Each local authority in Wales must make arrangements to promote co-operation\" under s25, whose relevant partners include \"(d) a Local Health Board for an area any part of which falls within the area of the authority; (e) an NHS trust providing services in the area of the authority\" (s25(4), version of 1 April 2008). The explanatory notes (para 136): \"Subsection (6) gives a power for all the specified partners to pool budgets and other non-pecuniary resources in support of these arrangements. A pooled fund is defined at subsection (7).\"",
            example: "agreement:\n  legal_basis: children_act_2004_s25\n  jurisdiction: wales\n  made: 2012-03-20\n  commencement: 2012-04-01\nparties:\n  - id: cardiff\n    type: city_and_county_council\n  - id: lhb\n    type: local_health_board",
        },
        check: wales::children_in_wales,
    },
];

fn section_10_available(cx: &Context, out: &mut Sink) {
    let agreement = &cx.spec.agreement;
    section::in_force_dates(cx, out, &section::S10);
    // A Welsh agreement is CA2004-25-WALES's to report.
    if agreement.jurisdiction != Jurisdiction::Wales
        && !cx
            .spec
            .parties
            .iter()
            .any(|p| p.body_type.can_be_childrens_services_authority())
    {
        out.report(Pointer::root().key("parties"), format!("no party can be the children's services authority that makes s10 arrangements: {CHILDRENS_SERVICES_AUTHORITIES}"))
            .help("add the council responsible for children's services in the area to `parties`");
    }
}

fn no_delegation_under_s10(cx: &Context, out: &mut Sink) {
    let wales = cx.spec.agreement.jurisdiction == Jurisdiction::Wales;
    let power = if wales {
        "s33 NHS (Wales) Act 2006"
    } else {
        "s75 NHS Act 2006"
    };
    for (i, scheme) in cx.spec.schemes.iter().enumerate() {
        for (j, delegation) in scheme.delegations.iter().enumerate() {
            out.report(
                Pointer::delegation(i, j),
                format!(
                    "scheme `{}` delegates functions from {} to `{}`, but s10 Children Act 2004 gives no power for one partner to exercise another partner's functions",
                    scheme.id,
                    delegation.from.in_code(),
                    delegation.to
                ),
            )
            .help(format!("a delegation between an NHS body and a local authority needs {power}: make it under a separate agreement on that basis, or remove it; under s10 the partners may pool funds and provide staff, goods, services or accommodation, but each exercises only its own functions"));
        }
    }
}
