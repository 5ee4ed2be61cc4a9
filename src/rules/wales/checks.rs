//! The checks of the basis, the parties, the region and the written agreement.

use super::super::contents::{self, Scope};
use super::super::vague::DateAt;
use super::super::{BodyClass, Context, Sink, stated};
use crate::law::LongDate;
use crate::law::dates::{WELSH_PARTNERSHIP_REGULATIONS_IN_FORCE, WELSH_REGULATIONS_IN_FORCE};
use crate::law::regions::{self, Footprint};
use crate::spec::{BodyType, Decision, Direction, Jurisdiction, Party, Pointer, Spec};

/// The agreement's `made` and `commencement` dates, where stated.
fn dates(spec: &Spec) -> impl Iterator<Item = DateAt> {
    let agreement = &spec.agreement;
    [
        agreement.made.map(DateAt::made),
        agreement.commencement.map(DateAt::commencement),
    ]
    .into_iter()
    .flatten()
}

/// Reports a date before `first`, the day `what` came into force.
fn not_before(out: &mut Sink, spec: &Spec, first: jiff::civil::Date, what: &str) {
    for at in dates(spec) {
        match at.date.decide(|d| d < first) {
            Decision::Decided(true) => {
                out.report(
                    &at.pointer,
                    format!(
                        "{} {}, before {what} came into force on {}",
                        at.day_of,
                        at.date.on(),
                        LongDate(first)
                    ),
                )
                .help(
                    "check the date: no arrangement under this basis could take effect before then",
                );
            }
            Decision::Decided(false) => {}
            Decision::TooVague { .. } => {
                at.too_vague(
                    out,
                    format!(
                        "whether {} before {what} came into force on {}",
                        at.day_of,
                        LongDate(first)
                    ),
                );
            }
        }
    }
}

pub(super) fn s33_basis(cx: &Context, out: &mut Sink) {
    if cx.spec.agreement.jurisdiction != Jurisdiction::Wales {
        out.report(Pointer::agreement("jurisdiction"), "s33 NHS (Wales) Act 2006 and SI 2000/2993 (W. 193) apply to Wales only, but this agreement is for England")
            .help("write `jurisdiction: wales` for a Welsh agreement; an English partnership rests on s75 NHS Act 2006 with SI 2000/617 (`legal_basis: nhs_act_2006_s75`)");
    }
    not_before(
        out,
        cx.spec,
        WELSH_REGULATIONS_IN_FORCE,
        "the Welsh regulations (SI 2000/2993 (W. 193))",
    );
}

/// English NHS body types that have no functions in relation to Wales (Law Wales).
fn english_only_nhs(body: BodyType) -> bool {
    use BodyType::*;
    matches!(
        body,
        IntegratedCareBoard
            | ClinicalCommissioningGroup
            | NhsEngland
            | NhsFoundationTrust
            | PrimaryCareTrust
    )
}

/// Council types only England has.
fn english_only_council(body: BodyType) -> bool {
    use BodyType::*;
    matches!(
        body,
        DistrictCouncil
            | LondonBoroughCouncil
            | CommonCouncilCityOfLondon
            | CouncilOfTheIslesOfScilly
            | MetropolitanBoroughCouncil
            | MetropolitanDistrictCouncil
            | ShireCountyCouncil
            | ShireDistrictCouncil
            | CombinedAuthority
            | CombinedCountyAuthority
    )
}

pub(super) fn party_types(cx: &Context, out: &mut Sink) {
    for (i, party) in cx.spec.parties.iter().enumerate() {
        let body = party.body_type;
        let pointer = Pointer::party(i).key("type");
        if english_only_nhs(body) {
            out.report(&pointer, format!("party `{}` is {}, an English NHS body with no functions in relation to Wales, so it cannot be a partner under Welsh law", party.id, body.described()))
                .help("the NHS partners of a Welsh agreement are Local Health Boards (`local_health_board`) and NHS trusts in Wales (`nhs_trust_wales`); a cross-border arrangement with an English body needs a legal basis on each side");
        } else if body.class() == BodyClass::Nhs && !body.is_welsh_nhs_body() {
            out.report(&pointer, format!("party `{}` is written as {}, an English type, in a Welsh agreement", party.id, body.described()))
                .help("write `nhs_trust_wales` for an NHS trust in Wales, or `local_health_board`; if the body is English, the arrangement needs a legal basis on each side")
                .warning_only();
        } else if english_only_council(body) {
            out.report(&pointer, format!("party `{}` is {}, a kind of council only England has", party.id, body.described()))
                .help("Welsh councils are county and county borough councils (`county_council`, `county_borough_council`, or `city_and_county_council`); an English council needs an English legal basis")
                .warning_only();
        }
    }
}

/// The Local Health Board and council parties, with their index.
fn regional_parties(spec: &Spec) -> impl Iterator<Item = (usize, &Party)> {
    spec.parties.iter().enumerate().filter(|(_, p)| {
        p.body_type == BodyType::LocalHealthBoard
            || matches!(
                p.body_type.class(),
                BodyClass::LocalAuthority | BodyClass::LocalAuthorityUncertain
            )
    })
}

/// Whether a party's name (or, without one, its id) contains `word`, ignoring case.
fn named(party: &Party, word: &str) -> bool {
    let name = party.name.as_deref().unwrap_or(&party.id).to_lowercase();
    name.contains(&word.to_lowercase())
}

/// Whether a party is one of the footprint's bodies.
fn member(footprint: &Footprint, party: &Party) -> bool {
    if party.body_type == BodyType::LocalHealthBoard {
        named(party, footprint.health_board)
    } else {
        footprint.councils.iter().any(|c| named(party, c))
    }
}

pub(super) fn region_members(cx: &Context, out: &mut Sink) {
    let spec = cx.spec;
    not_before(
        out,
        spec,
        WELSH_PARTNERSHIP_REGULATIONS_IN_FORCE,
        "the Partnership Arrangements (Wales) Regulations 2015",
    );
    let wales = spec.wales.as_ref();
    let Some(region) = wales.and_then(|w| w.region) else {
        out.report(Pointer::root().key("wales").key("region"), "the region whose partnership bodies make these Part 9 arrangements is not stated")
            .help("write `wales: {region: …}` (gwent, north_wales, cardiff_and_vale, cwm_taf_morgannwg, powys, west_glamorgan or west_wales) so that jointly can check the partners")
            .warning_only();
        return;
    };
    let footprint = regions::footprint(region);
    let code = regions::in_code(region);
    if !stated(&wales.and_then(|w| w.regional_partnership_board.clone())) {
        let hit = out.report(Pointer::root().key("wales").key("regional_partnership_board"), format!("the regional partnership board under whose direction the arrangements are carried out is not named (for `{code}`: the {})", footprint.board))
            .help("write `wales: {regional_partnership_board: …}` as the agreement names the board");
        if !footprint.verified {
            hit.unverified();
        }
    }
    let parties: Vec<_> = regional_parties(spec).collect();
    let mut missing: Vec<&str> = Vec::new();
    if !parties
        .iter()
        .any(|(_, p)| p.body_type == BodyType::LocalHealthBoard && named(p, footprint.health_board))
    {
        missing.push(footprint.health_board);
    }
    for council in footprint.councils {
        if !parties
            .iter()
            .any(|(_, p)| p.body_type != BodyType::LocalHealthBoard && named(p, council))
        {
            missing.push(council);
        }
    }
    if !missing.is_empty() {
        let hit = out.report(Pointer::root().key("parties"), format!("the parties do not include every partnership body of the `{code}` region: no party is named for {}", missing.join(", ")))
            .help("the region's Local Health Board and every one of its councils must make the partnership arrangements together: add the missing bodies to `parties` with their names");
        if !footprint.verified {
            hit.unverified();
        }
    }
    for (i, party) in parties {
        if !member(&footprint, party) {
            out.report(Pointer::party(i), format!("party `{}` is not one of the partnership bodies jointly knows for the `{code}` region", party.id))
                .help("check the party's name and the region: each region's arrangements are made by its own Local Health Board and councils")
                .warning_only();
        }
    }
}

pub(super) fn written_agreement(cx: &Context, out: &mut Sink) {
    if !stated(&cx.spec.clauses.information_sharing) {
        out.report(Pointer::root().key("clauses").key("information_sharing"), "the agreement does not say how the partners share information")
            .help("the Part 9 statutory guidance expects a written agreement covering information sharing: write `clauses: {information_sharing: …}` saying how the partners share information");
    }
}

/// The contents SI 2000/617 regs 7(3) and 9(3) ask for, believed to be asked by the Welsh
/// regs 7 to 9 too: the rule is labelled M, so every finding is an unverified warning.
pub(super) fn welsh_contents(cx: &Context, out: &mut Sink) {
    let scopes = [
        Scope::Pool,
        Scope::Delegation(Direction::NhsToLa),
        Scope::Delegation(Direction::LaToNhs),
    ];
    let arranged = |scope: Scope| cx.spec.schemes.iter().any(|s| scope.covers(s));
    let mut any = false;
    for scope in scopes.into_iter().filter(|s| arranged(*s)) {
        any = true;
        contents::aims_and_outcomes(cx, out, scope);
        contents::persons_and_services(cx, out, scope);
        contents::resources(cx, out, scope);
    }
    if any {
        contents::duration_and_provision(cx, out);
    }
}
