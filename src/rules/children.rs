//! Section 10 Children Act 2004 (rulebook §3.8): co-operation arrangements and pooled funds
//! for children's services in England. s10 has no regulations like SI 2000/617, so the reg 7
//! contents rules do not apply to it (the guide's checklist still does); these rules check what
//! the Act itself decides: when s10 existed, who makes the arrangements, and that s10 gives no
//! power to delegate functions.

use super::vague::DateAt;
use super::{
    ANYWHERE, Applies, Arrangement, Citation, Context, Docs, Group, Label, Rule, Sink, sources,
};
use crate::law::dates::{CHILDREN_ACT_2004_ROYAL_ASSENT, CHILDREN_ACT_2004_S10_SEEN_FROM};
use crate::law::instruments;
use crate::law::{CHILDRENS_SERVICES_AUTHORITIES, LongDate};
use crate::spec::{BodyType, Decision, Jurisdiction, LegalBasis, Pointer};

const S10_URL: &str = "https://www.legislation.gov.uk/ukpga/2004/31/section/10";
const S10: Applies = Applies {
    bases: &[LegalBasis::ChildrenAct2004S10],
    jurisdictions: ANYWHERE,
    arrangement: Arrangement::Any,
};

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
            what: "For an agreement under s10 Children Act 2004, checks the date the agreement was `made` and its `commencement`: a date before the Act received Royal Assent on 15 November 2004 is an error; a date from then until 31 March 2005 is an unverified warning, because s10 was brought into force by a commencement order jointly has not read, and the earliest version of s10 jointly has seen is that of 1 April 2005. Also checks that the agreement is for England (in Wales the co-operation duty is s25 Children Act 2004) and that a party can be the children's services authority that makes the arrangements: a county council, a district council that is a unitary authority, a London borough council, the Common Council of the City of London or the Council of the Isles of Scilly.",
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
];

fn section_10_available(cx: &Context, out: &mut Sink) {
    let agreement = &cx.spec.agreement;
    let dates = [
        agreement.made.map(DateAt::made),
        agreement.commencement.map(DateAt::commencement),
    ];
    for at in dates.into_iter().flatten() {
        // What the day is of also says, in messages, what happened then.
        let (day, when, pointer) = (at.date, at.day_of, &at.pointer);
        let assent = LongDate(CHILDREN_ACT_2004_ROYAL_ASSENT);
        let seen_from = LongDate(CHILDREN_ACT_2004_S10_SEEN_FROM);
        // Before Royal Assent, before jointly has seen s10 in force, or from then on.
        let standing = |d| {
            (
                d >= CHILDREN_ACT_2004_ROYAL_ASSENT,
                d >= CHILDREN_ACT_2004_S10_SEEN_FROM,
            )
        };
        match day.decide(standing) {
            Decision::Decided((false, _)) => {
                out.report(pointer, format!("{when} {day_on}, before the Children Act 2004 received Royal Assent on {assent}, so the agreement cannot rest on s10", day_on = day.on()))
                    .help("check the date; an earlier children's agreement between NHS bodies and councils rests on s31 Health Act 1999 (with SI 2000/617), which needs an NHS body and a local authority as partners");
            }
            Decision::Decided((true, false)) => {
                out.report(pointer, format!("{when} {day_on}, after the Children Act 2004 received Royal Assent but before {seen_from}, the earliest date from which jointly has seen s10 in force", day_on = day.on()))
                    .help("s10 was brought into force by commencement order, which jointly has not verified: check the order's date before relying on s10 for this date")
                    .unverified();
            }
            Decision::Decided((true, true)) => {}
            Decision::TooVague { first, .. } if first < CHILDREN_ACT_2004_ROYAL_ASSENT => {
                at.too_vague(
                    out,
                    format!(
                        "whether {when} before the Children Act 2004 received Royal Assent on {assent}"
                    ),
                );
            }
            Decision::TooVague { .. } => {
                at.too_vague(out, format!("whether {when} before {seen_from}, the earliest date from which jointly has seen s10 in force"))
                    .unverified();
            }
        }
    }
    if agreement.jurisdiction == Jurisdiction::Wales {
        out.report(Pointer::agreement("jurisdiction"), "s10 Children Act 2004 applies to children's services authorities in England, but this agreement is for Wales, where the co-operation duty is s25 Children Act 2004")
            .help(format!("cite s25 Children Act 2004 for a Welsh children's agreement (and s33 NHS (Wales) Act 2006 for arrangements between {} and a council); jointly has no `legal_basis` value for s25 yet", BodyType::LocalHealthBoard.described()));
    } else if !cx
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
