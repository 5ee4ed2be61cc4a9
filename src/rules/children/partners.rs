//! Who may be a relevant partner of the children's services authority (s10(4) Children Act
//! 2004, rulebook §2.3), and the Welsh counterpart (s25).

use super::super::vague::DateAt;
use super::super::{Context, Sink};
use super::section::{S10, Section};
use crate::law::{BodyClass, LongDate, S10Standing};
use crate::spec::{BodyType, Decision, Jurisdiction, LegalBasis, Party, Pointer};

/// Each party of an agreement made under s10 that is not listed in s10(4): it may take part
/// only as a body the authority considers appropriate (s10(1)(c)).
pub(super) fn parties_are_relevant_partners(cx: &Context, out: &mut Sink) {
    parties_listed(cx, out, &S10);
}

/// Each party of an agreement made under `section` that its table of relevant partners does
/// not list (s10(4) or s25(4)).
pub(super) fn parties_listed(cx: &Context, out: &mut Sink, section: &Section) {
    if cx.spec.agreement.legal_basis != section.basis {
        return;
    }
    for (i, party) in cx.spec.parties.iter().enumerate() {
        let described = party.body_type.described();
        let pointer = Pointer::party(i).key("type");
        match (section.standing)(party.body_type) {
            S10Standing::Authority => {}
            S10Standing::Listed(listing) if listing.verified => {}
            S10Standing::Listed(listing) if listing.from.is_none() => {
                out.report(pointer, format!("party `{}` is {described}, listed among the relevant partners by {} from a date jointly has not verified", party.id, listing.paragraph))
                    .help("check that the listing was in force at the dates the agreement was made and commenced (schools are believed to have been removed from the list again by the Education Act 2011); until then the party may take part only as a body the authority considers appropriate (s10(1)(c))")
                    .unverified();
            }
            // The NHS listings of 2013 and 2022 are judged by date (CA2004-10-4-BYDATE).
            S10Standing::Listed(_) => {}
            S10Standing::NotListed if party.body_type.class() == BodyClass::Nhs => {
                out.report(
                    pointer,
                    format!(
                        "party `{}` is {described}, {}",
                        party.id, section.nhs_not_listed
                    ),
                )
                .help(section.nhs_not_listed_help)
                .unverified();
            }
            S10Standing::NotListed => {
                out.report(pointer, format!("party `{}` is {described}, which is not a relevant partner of {} under {}(4) Children Act 2004", party.id, section.authority, section.name))
                    .help(section.not_listed_help)
                    .warning_only();
            }
        }
    }
}

/// Each NHS party listed in s10(4) only for some dates (SHA and PCT to 31 March 2013; the NHS
/// Commissioning Board and CCGs from 1 April 2013; NHS England and ICBs from 1 July 2022) is
/// a relevant partner at the dates the agreement was made and commenced.
pub(super) fn partners_by_date(cx: &Context, out: &mut Sink) {
    if cx.spec.agreement.legal_basis != LegalBasis::ChildrenAct2004S10 {
        return;
    }
    let agreement = &cx.spec.agreement;
    let dates: Vec<DateAt> = [
        agreement.made.map(DateAt::made),
        agreement.commencement.map(DateAt::commencement),
    ]
    .into_iter()
    .flatten()
    .collect();
    for (i, party) in cx.spec.parties.iter().enumerate() {
        let S10Standing::Listed(listing) = party.body_type.s10_standing() else {
            continue;
        };
        if listing.from.is_none() && listing.until.is_none() {
            continue;
        }
        if dates.is_empty() {
            out.report(Pointer::agreement("made"), format!("the agreement states no date made or commencement, so whether party `{}` ({}) was a relevant partner then cannot be judged: {} lists it for some dates only", party.id, party.body_type.described(), listing.paragraph))
                .help("write the date the agreement was `made` and its `commencement` (YYYY-MM-DD)")
                .warning_only();
        }
        for at in &dates {
            if !listed_on(out, i, party, listing, at) {
                break;
            }
        }
    }
}

/// Reports `party` when `at` falls outside its listing; whether it was fine (so that the next
/// date is checked).
fn listed_on(
    out: &mut Sink,
    i: usize,
    party: &Party,
    listing: crate::law::Listing,
    at: &DateAt,
) -> bool {
    let span = match (listing.from, listing.until) {
        (Some(from), Some(until)) => format!("from {} to {}", LongDate(from), LongDate(until)),
        (Some(from), None) => format!("from {}", LongDate(from)),
        (None, Some(until)) => format!("until {}", LongDate(until)),
        (None, None) => return true,
    };
    let described = party.body_type.described();
    let sure = listing.verified || party.body_type.era().is_some_and(|era| era.verified);
    match at.date.decide(|day| listing.covers(day)) {
        Decision::Decided(true) => true,
        Decision::Decided(false) => {
            let hit = out.report(Pointer::party(i).key("type"), format!("party `{}` is {described}, which {} lists as a relevant partner only {span}, but {} {}", party.id, listing.paragraph, at.day_of, at.date.on()))
                .help(format!("{}; name the body that was the relevant partner at that date ({})", successor(party.body_type), listing.words));
            if !sure {
                hit.unverified();
            }
            false
        }
        Decision::TooVague { .. } => {
            at.too_vague(
                out,
                format!(
                    "whether party `{}` was a relevant partner then (listed {span})",
                    party.id
                ),
            );
            false
        }
    }
}

/// What replaced a body in the list, for help messages.
fn successor(body: BodyType) -> &'static str {
    use BodyType::*;
    match body {
        StrategicHealthAuthority | PrimaryCareTrust => {
            "from 1 April 2013 the NHS Commissioning Board and clinical commissioning groups took the place of Strategic Health Authorities and Primary Care Trusts"
        }
        ClinicalCommissioningGroup => {
            "a clinical commissioning group existed from 1 April 2013 to 30 June 2022; before it, the Primary Care Trust, and after it, the integrated care board"
        }
        IntegratedCareBoard => {
            "integrated care boards were established on 1 July 2022; before then the clinical commissioning group"
        }
        _ => "check the party's type against the dates",
    }
}

/// A Welsh agreement cannot rest on s10: the Welsh children's co-operation duty is s25.
pub(super) fn wales_uses_s25(cx: &Context, out: &mut Sink) {
    if cx.spec.agreement.jurisdiction != Jurisdiction::Wales {
        return;
    }
    out.report(Pointer::agreement("jurisdiction"), "s10 Children Act 2004 applies to children's services authorities in England, but this agreement is for Wales, where the co-operation duty is s25 Children Act 2004")
        .help(format!("cite s25 Children Act 2004 for a Welsh children's agreement (its relevant partners include {} and an NHS trust providing services in the area), and s33 NHS (Wales) Act 2006 for arrangements between {} and a council: write `legal_basis: children_act_2004_s25`", BodyType::LocalHealthBoard.described(), BodyType::LocalHealthBoard.described()));
}
