//! The checks of the ss65Z5/65Z6 rules, except the SI 2022/642 exclusions (`excluded.rs`).

use std::collections::BTreeSet;

use super::super::vague::DateAt;
use super::super::{BodyClass, Context, Sink};
use crate::law::LongDate;
use crate::law::dates::JOINT_WORKING_IN_FORCE;
use crate::spec::{BodyType, Decision, Delegation, LegalBasis, Pointer, StatedDate};

/// Whether a body type is a relevant body for s65Z5 (NHS England, an integrated care board,
/// an NHS trust or an NHS foundation trust).
pub(super) fn relevant_body(body: BodyType) -> bool {
    matches!(
        body,
        BodyType::NhsEngland
            | BodyType::IntegratedCareBoard
            | BodyType::NhsTrust
            | BodyType::NhsFoundationTrust
    )
}

/// Each delegation of a scheme made under s65Z5, with its pointer and scheme index.
pub(super) fn arrangements<'a>(
    cx: &'a Context,
) -> impl Iterator<Item = (usize, Pointer, &'a Delegation)> + 'a {
    cx.spec
        .schemes
        .iter()
        .enumerate()
        .filter(|(i, _)| cx.spec.scheme_basis(*i) == LegalBasis::NhsAct2006S65Z5)
        .flat_map(|(i, scheme)| {
            scheme
                .delegations
                .iter()
                .enumerate()
                .map(move |(j, d)| (i, Pointer::delegation(i, j), d))
        })
}

pub(super) fn in_force(cx: &Context, out: &mut Sink) {
    use Decision::{Decided, TooVague};
    let agreement = &cx.spec.agreement;
    let before =
        |date: Option<StatedDate>| date.map(|d| (d, d.decide(|day| day < JOINT_WORKING_IN_FORCE)));
    let pointer = Pointer::agreement("legal_basis");
    let from = LongDate(JOINT_WORKING_IN_FORCE);
    let question = |what: &str| {
        format!("whether {what} before {from}, when ss65Z5 and 65Z6 NHS Act 2006 took effect")
    };
    let help = format!(
        "an agreement made before {from} cannot rest on ss65Z5 and 65Z6: between NHS bodies and local authorities it rests on s75 NHS Act 2006 with SI 2000/617 (`legal_basis: nhs_act_2006_s75`); check the legal basis and the dates"
    );
    if agreement.status.agreed() && agreement.made.is_none() {
        out.report(Pointer::agreement("made"), format!("the agreement is {} but the spec does not say when it was made, so whether ss65Z5 and 65Z6 NHS Act 2006 were in force then cannot be checked", agreement.status.word()))
            .help(format!("add `made: YYYY-MM-DD` to `agreement`: ss65Z5 and 65Z6 cover only agreements made from {from}"))
            .warning_only();
    }
    match (before(agreement.made), before(agreement.commencement)) {
        (Some((made, TooVague { .. })), _) => {
            DateAt::made(made).too_vague(out, question("the agreement was made"));
        }
        (Some((made, Decided(true))), _) => {
            out.report(&pointer, format!("ss65Z5 and 65Z6 NHS Act 2006 were not in force {}, when the agreement was made; they took effect on {from}", made.on()))
                .help(help);
        }
        (_, Some((start, TooVague { .. }))) => {
            DateAt::commencement(start).too_vague(out, question("the arrangements commence"));
        }
        (None, Some((start, Decided(true)))) => {
            out.report(&pointer, format!("ss65Z5 and 65Z6 NHS Act 2006 were not in force {}, when the arrangements commence; they took effect on {from}", start.on()))
                .help(help);
        }
        (Some((made, _)), Some((start, Decided(true)))) => {
            out.report(&pointer, format!("the agreement was made under ss65Z5 and 65Z6 NHS Act 2006 {}, but the arrangements commence {}, before those sections took effect on {from}", made.on(), start.on()))
                .help(format!("ss65Z5 and 65Z6 cannot cover the period before {from}: check the commencement date"))
                .warning_only();
        }
        _ => {}
    }
}

pub(super) fn relevant_bodies(cx: &Context, out: &mut Sink) {
    let mut any = false;
    for (_, base, delegation) in arrangements(cx) {
        any = true;
        for (at, id) in delegation.from.located(&base.clone().key("from")) {
            let Some((_, party)) = cx.party(id) else {
                continue;
            };
            let body = party.body_type;
            if relevant_body(body) {
                continue;
            }
            if matches!(
                body.class(),
                BodyClass::LocalAuthority | BodyClass::LocalAuthorityUncertain
            ) {
                out.report(at, format!("`{id}` is {}, not a relevant body: s65Z5 NHS Act 2006 lets a relevant body arrange for its own functions to be exercised by or jointly with another body, and is believed not to carry a local authority's functions", body.described()))
                    .help("a local authority's health-related functions are exercised by an NHS body under s75 NHS Act 2006 and SI 2000/617 reg 8: make that part of the agreement under `legal_basis: nhs_act_2006_s75`, or make the relevant body the delegating party")
                    .unverified();
            } else {
                out.report(at, format!("`{id}` is {}, not a relevant body: under s65Z5 NHS Act 2006 only NHS England, an integrated care board, an NHS trust or an NHS foundation trust may arrange for its functions to be exercised by or jointly with another body", body.described()))
                    .help("name a relevant body in `from`, or check the party's `type`");
            }
        }
        let to = delegation.to.as_str();
        let Some((_, party)) = cx.party(to) else {
            continue;
        };
        let body = party.body_type;
        let accepted = relevant_body(body)
            || body.class() == BodyClass::LocalAuthority
            || body == BodyType::CombinedAuthority;
        if !accepted {
            out.report(base.clone().key("to"), format!("`{to}` is {}: s65Z5 NHS Act 2006 is believed to allow arrangements only with another relevant body, a local authority or a combined authority", body.described()))
                .help("check that the section allows an arrangement with this body, or name a relevant body, local authority or combined authority in `to`")
                .unverified();
        }
    }
    if !any && cx.spec.agreement.legal_basis == LegalBasis::NhsAct2006S65Z5 {
        out.report(Pointer::root().key("schemes"), "the spec records no arrangement under s65Z5(1) NHS Act 2006: no scheme has a delegation saying which relevant body's functions are exercised by or jointly with which party")
            .help("add a scheme with `delegations`, each naming the relevant body in `from`, the body exercising the functions in `to`, and `exercised: jointly` where they exercise them jointly");
    }
}

pub(super) fn terms_recorded(cx: &Context, out: &mut Sink) {
    let terms = cx.spec.joint_working.clone().unwrap_or_default();
    let base = Pointer::root().key("joint_working");
    if terms.in_writing != Some(true) {
        out.report(base.clone().key("in_writing"), "the spec does not record that the arrangements under s65Z5 NHS Act 2006 are in writing with their terms (`joint_working.in_writing`)")
            .help("record the written agreement and write `in_writing: true` under `joint_working`");
    }
    if terms.liability_retained != Some(true) {
        out.report(base.clone().key("liability_retained"), "the spec does not record that each body whose functions are exercised under s65Z5 keeps its liability for them (`joint_working.liability_retained`)")
            .help("state in the agreement that the arrangements do not affect each body's liability for its functions, and write `liability_retained: true` under `joint_working`");
    }
    if let Some(committee) = &terms.joint_committee {
        let at = base.clone().key("joint_committee").key("members");
        if committee.members.is_empty() {
            out.report(at.clone(), "the joint committee lists no members")
                .help(
                    "list the ids of the parties that sit on the joint committee under `members`",
                );
        }
        for (k, member) in committee.members.iter().enumerate() {
            if cx.party(member).is_none() {
                out.report(
                    at.clone().index(k),
                    format!("`{member}` sits on the joint committee but is not a party"),
                )
                .help("list party ids under `members`");
            }
        }
    }
    for (_, base, delegation) in arrangements(cx) {
        if delegation.payments.is_empty() {
            out.report(base.key("payments"), format!("the terms as to payment of the arrangement from {} to `{}` are not stated", delegation.from.in_code(), delegation.to))
                .help("list the `payments` the delegating body makes, or write `amount: 0` if there are none");
        }
    }
}

pub(super) fn pool_contributors(cx: &Context, out: &mut Sink) {
    let arranged: BTreeSet<&str> = arrangements(cx).flat_map(|(_, _, d)| d.parties()).collect();
    for (i, scheme) in cx.spec.schemes.iter().enumerate() {
        let Some(pool) = &scheme.pooled_fund else {
            continue;
        };
        for (k, contribution) in pool.contributions.iter().enumerate() {
            let party = contribution.party.as_str();
            if !arranged.contains(party) {
                out.report(Pointer::pool(i).key("contributions").index(k).key("party"), format!("`{party}` contributes to the pooled fund but is party to no arrangement under s65Z5 NHS Act 2006 in this agreement"))
                    .help("a pooled fund under s65Z6 is for the bodies exercising functions under an s65Z5 arrangement: record the arrangement `{party}` is party to as a delegation, or move its money to `other_funding`".replace("{party}", party));
            }
        }
    }
}

pub(super) fn guidance_regard(cx: &Context, out: &mut Sink) {
    let regard = cx
        .spec
        .joint_working
        .as_ref()
        .and_then(|t| t.guidance.as_ref())
        .and_then(|g| g.had_regard);
    if regard != Some(true) {
        out.report(Pointer::root().key("joint_working").key("guidance").key("had_regard"), "the spec does not record that the NHS parties had regard to NHS England's guidance under s65Z7 NHS Act 2006")
            .help("record the regard had to \"Arrangements for delegation and joint exercise of statutory functions\" (which supersedes the September 2022 guidance): `joint_working: {guidance: {had_regard: true, edition: ...}}`");
    }
}
