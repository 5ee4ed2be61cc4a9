//! What the written agreement must specify. Regulations 7(3), 8(3) and 9(3) of SI 2000/617
//! list the same contents for pooled funds and for delegations, so the checks are shared and
//! each rule applies them to the schemes that have its arrangement.

use std::collections::BTreeSet;

use super::vague::{DateAt, compare, too_vague};
use super::{Context, Sink, listed, stated};
use crate::spec::{BodyType, Decision, Direction, Pointer, PooledFund, Review, Scheme, StatedDate};

/// Which schemes a content rule looks at, and how messages describe them.
#[derive(Clone, Copy)]
pub(super) enum Scope {
    /// Schemes with a pooled fund (reg 7).
    Pool,
    /// Schemes with a delegation in this direction (reg 9: NHS to LA; reg 8: LA to NHS).
    Delegation(Direction),
}

impl Scope {
    pub(super) fn covers(self, scheme: &Scheme) -> bool {
        match self {
            Scope::Pool => scheme.pooled_fund.is_some(),
            Scope::Delegation(direction) => {
                scheme.delegations.iter().any(|d| d.direction == direction)
            }
        }
    }

    fn words(self) -> &'static str {
        match self {
            Scope::Pool => "has a pooled fund",
            Scope::Delegation(Direction::NhsToLa) => "delegates NHS functions to a local authority",
            Scope::Delegation(Direction::LaToNhs) => {
                "delegates local authority functions to an NHS body"
            }
            Scope::Delegation(Direction::NhsToNhs) => "delegates NHS functions to another NHS body",
        }
    }

    /// The partners in the scheme's arrangement of this kind.
    fn partners(self, scheme: &Scheme) -> BTreeSet<&str> {
        match self {
            Scope::Pool => scheme
                .pooled_fund
                .as_ref()
                .map(pool_members)
                .unwrap_or_default(),
            Scope::Delegation(direction) => scheme
                .delegations
                .iter()
                .filter(|d| d.direction == direction)
                .flat_map(|d| d.parties())
                .collect(),
        }
    }

    fn schemes<'a>(self, cx: &'a Context) -> impl Iterator<Item = (usize, &'a Scheme)> {
        cx.spec
            .schemes
            .iter()
            .enumerate()
            .filter(move |(_, s)| self.covers(s))
    }
}

/// (a) the agreed aims and outcomes.
pub(super) fn aims_and_outcomes(cx: &Context, out: &mut Sink, scope: Scope) {
    for (i, scheme) in scope.schemes(cx) {
        for (key, present) in [
            ("aims", listed(&scheme.aims)),
            ("outcomes", listed(&scheme.outcomes)),
        ] {
            if !present {
                out.report(
                    Pointer::scheme(i).key(key),
                    format!(
                        "scheme `{}` {} but states no agreed {key}",
                        scheme.id,
                        scope.words()
                    ),
                )
                .help(format!(
                    "add `{key}:` to the scheme: a list of the agreed {key} of the arrangements"
                ));
            }
        }
    }
}

/// (c) both the NHS functions and the health-related functions.
pub(super) fn both_kinds_of_function(cx: &Context, out: &mut Sink, scope: Scope) {
    for (i, scheme) in scope.schemes(cx) {
        let functions = scheme.functions.clone().unwrap_or_default();
        for (key, present, words) in [
            ("nhs", listed(&functions.nhs), "NHS functions (reg 5)"),
            (
                "health_related",
                listed(&functions.health_related),
                "health-related functions (reg 6)",
            ),
        ] {
            if !present {
                out.report(Pointer::scheme(i).key("functions").key(key), format!("scheme `{}` {} but names no {words}", scheme.id, scope.words()))
                    .help(format!("add `functions: {{{key}: [...]}}` to the scheme, naming each function and the Act it is under"));
            }
        }
    }
}

/// (d) the persons and the kinds of services.
pub(super) fn persons_and_services(cx: &Context, out: &mut Sink, scope: Scope) {
    for (i, scheme) in scope.schemes(cx) {
        if !stated(&scheme.persons) {
            out.report(Pointer::scheme(i).key("persons"), format!("scheme `{}` {} but does not say who can be served", scheme.id, scope.words()))
                .help("add `persons:` to the scheme: the people in respect of whom the functions may be exercised, e.g. \"adults aged 18 and over with a learning disability\"");
        }
        if !listed(&scheme.services) {
            out.report(
                Pointer::scheme(i).key("services"),
                format!(
                    "scheme `{}` {} but lists no kinds of services",
                    scheme.id,
                    scope.words()
                ),
            )
            .help("add `services:` to the scheme: a list of the kinds of services provided");
        }
    }
}

/// (e) the staff, goods, services or accommodation the partners provide: an entry for each
/// partner in the arrangement, saying `none` where it provides nothing of a kind. A scheme
/// with no `resources` of its own relies on the agreement's, if it has any; a gap there is
/// reported at the scheme, so that it stays with the scheme's basis.
pub(super) fn resources(cx: &Context, out: &mut Sink, scope: Scope) {
    for (i, scheme) in scope.schemes(cx) {
        let at = Pointer::scheme(i).key("resources");
        let (entries, shared) = match (&scheme.resources, &cx.spec.resources) {
            (Some(own), _) => (own, false),
            (None, Some(shared)) => (shared, true),
            (None, None) => {
                out.report(at, format!("scheme `{}` {} but does not say what staff, goods, services or accommodation the partners provide", scheme.id, scope.words()))
                    .help("add `resources:` with an entry per partner (`party`, `staff`, `goods`, `services`, `accommodation`); write `none` where a partner provides nothing of a kind");
                continue;
            }
        };
        let stated: BTreeSet<&str> = entries.iter().map(|e| e.party.as_str()).collect();
        for partner in scope.partners(scheme).difference(&stated) {
            if shared {
                out.report(&at, format!("scheme `{}` relies on the agreement's `resources`, which do not say what `{partner}` provides", scheme.id))
                    .help(format!("add `{{party: {partner}, staff: ..., goods: ..., services: ..., accommodation: ...}}` to the top-level `resources` (or give the scheme `resources` of its own), writing `none` where it provides nothing of a kind"));
            } else {
                out.report(&at, format!("scheme `{}` does not say what `{partner}` provides", scheme.id))
                    .help(format!("add `{{party: {partner}, staff: ..., goods: ..., services: ..., accommodation: ...}}` to `resources`, writing `none` where it provides nothing of a kind"));
            }
        }
    }
}

/// (f) the duration, and provision for review, variation and termination.
pub(super) fn duration_and_provision(cx: &Context, out: &mut Sink) {
    let agreement = &cx.spec.agreement;
    let review_at = Pointer::agreement("review");
    match agreement.commencement {
        None => {
            out.report(
                Pointer::agreement("commencement"),
                "the agreement states no commencement date, so its duration is not stated",
            )
            .help("add `commencement: YYYY-MM-DD` to `agreement`");
        }
        Some(start) => {
            if let Some(end) = agreement.expiry {
                expiry_not_before_start(out, &start, &end);
            }
        }
    }
    if agreement.expiry.is_none() && agreement.rolling.is_none() {
        out.report(Pointer::agreement("expiry"), "the agreement states neither an expiry date nor a rolling term, so its duration is not stated")
            .help("add `expiry: YYYY-MM-DD` to `agreement`, or `rolling: {notice_months: 6}` for a term that runs until notice is given");
    }
    if let Some(review) = &agreement.review {
        review_dates_in_term(cx, out, review);
    }
    // The regulations ask for "provision for the review or variation or termination of the
    // arrangements": any one of the three meets them. (The guide's checklist still asks for
    // review and for termination, items 26 and 22, under their own rules.)
    let review = agreement.review.is_some() || stated(&cx.spec.clauses.review);
    let variation = stated(&cx.spec.clauses.variation);
    let termination =
        stated(&cx.spec.clauses.disputes_termination_exit) || agreement.rolling.is_some();
    if !(review || variation || termination) {
        let marked_not_applicable = cx
            .spec
            .not_applicable
            .get("disputes_termination_exit")
            .is_some();
        out.report(review_at, "the agreement makes no provision for the review, variation or termination of the arrangements")
            .help(if marked_not_applicable {
                "marking termination not applicable is not provision for it: add at least one of `review:` in `agreement` (or a `review` clause), a `variation` clause, or a `disputes_termination_exit` clause saying how a partner may end the agreement"
            } else {
                "add at least one of `review:` in `agreement` (or a `review` clause), a `variation` clause (how the partners may vary the agreement), or a `disputes_termination_exit` clause (how a partner may end it); an agreement usually provides for all three"
            });
    }
}

/// The writing the regulations require (regs 7(3), 8(3) and 9(3), opening words: "the
/// agreement must be in writing"): each of `parties` has someone named to sign for it.
pub(super) fn partners_sign<'a>(
    cx: &Context,
    out: &mut Sink,
    parties: impl IntoIterator<Item = &'a str>,
    arrangement: &str,
) {
    let parties: BTreeSet<&str> = parties.into_iter().collect();
    for (i, party) in cx.spec.parties.iter().enumerate() {
        if !parties.contains(party.id.as_str()) {
            continue;
        }
        let position = party.signatory.as_ref().and_then(|s| s.position.as_ref());
        if position.is_none_or(|p| p.trim().is_empty()) {
            out.report(Pointer::party(i).key("signatory"), format!("`{}` is a party to {arrangement} but no one is named to sign for it", party.id))
                .help("add `signatory: {position: ...}` to the party (the post of the person who signs; the name may follow)");
        }
    }
}

/// The expiry date is not before the commencement date.
fn expiry_not_before_start(out: &mut Sink, start: &StatedDate, end: &StatedDate) {
    let question =
        format!("whether the expiry date ({end}) is before the commencement date ({start})");
    let (ends, starts) = (DateAt::expiry(*end), DateAt::commencement(*start));
    if compare(out, &ends, &starts, |e, s| e < s, question) == Some(true) {
        out.report(
            Pointer::agreement("expiry"),
            format!("the expiry date {end} is before the commencement date {start}"),
        )
        .help("correct the dates: the agreement must end on or after the day it starts");
    }
}

/// The first review falls within the term, and the last review held is not after today.
fn review_dates_in_term(cx: &Context, out: &mut Sink, review: &Review) {
    let agreement = &cx.spec.agreement;
    let help = "set a first review date inside the agreement's term";
    if let Some(first) = review.first {
        let first_at = DateAt::new(
            first,
            Pointer::agreement("review").key("first"),
            "first",
            "of the first review",
        );
        if let Some(start) = agreement.commencement {
            let question = format!(
                "whether the first review ({first}) is before the agreement starts ({start})"
            );
            let starts = DateAt::commencement(start);
            if compare(out, &first_at, &starts, |f, s| f < s, question) == Some(true) {
                out.report(
                    &first_at.pointer,
                    format!("the first review ({first}) is before the agreement starts ({start})"),
                )
                .help(help);
            }
        }
        if let Some(end) = agreement.expiry {
            let question = format!(
                "whether the first review ({first}) is after the agreement expires ({end})"
            );
            let ends = DateAt::expiry(end);
            if compare(out, &first_at, &ends, |f, e| f > e, question) == Some(true) {
                out.report(&first_at.pointer, format!("the first review ({first}) is after the agreement expires ({end}), so no review happens during its term"))
                    .help(help);
            }
        }
    }
    if let Some(last) = review.last {
        last_review_not_after_today(cx, out, &last);
    }
}

/// The last review held is not dated after today.
fn last_review_not_after_today(cx: &Context, out: &mut Sink, last: &StatedDate) {
    let last_at = Pointer::agreement("review").key("last");
    match last.decide(|d| d > cx.today) {
        Decision::Decided(true) => {
            out.report(last_at, format!("the last review held is dated {last}, after today ({})", cx.today))
                .help("`last` is the date of a review that has happened: correct it, or give a review still to come as `first`");
        }
        Decision::Decided(false) => {}
        Decision::TooVague { .. } => {
            let question = format!("whether the last review held is after today ({})", cx.today);
            too_vague(
                out,
                last_at,
                "last",
                last,
                question,
                "of the last review held",
            );
        }
    }
}

/// Arrangements that commence before the agreement is made run, until it is made, without the
/// written agreement the regulations require. Signing after the start date is common, so this
/// is a warning naming the period, not an error.
pub(super) fn signed_before_commencement(cx: &Context, out: &mut Sink, arrangement: &str) {
    let agreement = &cx.spec.agreement;
    let (Some(start), Some(made)) = (agreement.commencement, agreement.made) else {
        return;
    };
    let question = format!(
        "whether the arrangements commence ({start}) before the agreement was made ({made})"
    );
    let (starts, signed) = (DateAt::commencement(start), DateAt::made(made));
    if compare(out, &starts, &signed, |s, m| s < m, question) != Some(true) {
        return;
    }
    let period = match (start.exact(), made.exact()) {
        (Some(start), Some(made)) => {
            let days = start
                .until(made)
                .map(|span| span.get_days())
                .unwrap_or_default();
            let last = made.yesterday().unwrap_or(made);
            if days == 1 {
                format!("on {start} (1 day)")
            } else {
                format!("from {start} to {last} ({days} days)")
            }
        }
        // A month or a year gives no count of days, and none is invented.
        _ => format!("from {start} until it was made"),
    };
    out.report(Pointer::agreement("commencement"), format!("the arrangements commence {start_on}, before the agreement was made {made_on}: {period}, {arrangement} operated without the written agreement the regulations require", made_on = made.on(), start_on = start.on()))
        .help("signing after the start date is common (e.g. Better Care Fund agreements signed in the autumn with effect from 1 April), but the written agreement does not exist for that period: record how the partners agreed the arrangements meanwhile (e.g. board decisions or an exchange of letters), have the agreement confirm what was done under it, and take legal advice on anything in that period that needed the written agreement, such as payments out of a pooled fund or one partner exercising another's functions")
        .warning_only();
}

/// The parties in a pool: its host, its contributors and the parties in its risk share.
pub(super) fn pool_members(pool: &PooledFund) -> BTreeSet<&str> {
    let shares = pool
        .risk_share
        .iter()
        .flat_map(|r| r.overspend.iter().chain(&r.underspend));
    pool.host
        .as_deref()
        .into_iter()
        .chain(pool.contributions.iter().map(|c| c.party.as_str()))
        .chain(shares.map(|s| s.party.as_str()))
        .collect()
}

/// Each NHS trust among `partners` lists its commissioners, and each has consented, before the
/// agreement was made (regs 7(2) and 9(2)).
pub(super) fn trusts_have_consent(
    cx: &Context,
    out: &mut Sink,
    partners: BTreeSet<&str>,
    arrangement: &str,
) {
    for id in partners {
        let Some((i, party)) = cx.party(id) else {
            continue;
        };
        let foundation = match party.body_type {
            BodyType::NhsTrust => false,
            BodyType::NhsFoundationTrust => true,
            _ => continue,
        };
        let Some(commissioners) = &party.nhs_contracts_with else {
            let hit = out
                .report(Pointer::party(i).key("nhs_contracts_with"), format!("`{id}` is an NHS trust in {arrangement}, but the spec does not say which commissioners it holds NHS contracts with"))
                .help("add `nhs_contracts_with: [...]` to the party (the commissioners whose consent it needs), and record each consent under `consents`");
            if foundation {
                hit.unverified();
            }
            continue;
        };
        for commissioner in commissioners {
            let consent = cx
                .spec
                .consents
                .iter()
                .enumerate()
                .find(|(_, c)| c.by == *commissioner && c.given_to == id);
            let made = cx.spec.agreement.made;
            let hit = match consent {
                None => out
                    .report(Pointer::party(i).key("nhs_contracts_with"), format!("no consent from `{commissioner}` to `{id}` entering {arrangement} is recorded"))
                    .help(format!("add to `consents`: `{{by: {commissioner}, for: {id}, date: YYYY-MM-DD}}`")),
                Some((k, consent)) => match (consent.date, made) {
                    (Some(given), Some(made)) => match given.decide_with(&made, |g, m| g > m) {
                        Decision::Decided(true) => out
                            .report(consent_date(k), format!("`{commissioner}` consented {given_on}, after the agreement was made {made_on}", made_on = made.on(), given_on = given.on()))
                            .help("consent must be obtained before the trust enters the arrangements"),
                        Decision::Decided(false) => continue,
                        Decision::TooVague { .. } => {
                            // Not `compare`: the warning is unverified with the rest below.
                            let consented = DateAt::new(given, consent_date(k), "date", "the consent was given");
                            let signed = DateAt::made(made);
                            DateAt::vaguer(&consented, &signed).too_vague(out, format!("whether `{commissioner}` consented ({given}) after the agreement was made ({made})"))
                        }
                    },
                    (None, _) => out
                        .report(consent_date(k), format!("the consent of `{commissioner}` to `{id}` is not dated"))
                        .help("add the date the consent was given"),
                    _ => continue,
                },
            };
            if foundation {
                hit.unverified();
            }
        }
    }
}

/// The date of consent `k` in the spec's `consents`.
fn consent_date(k: usize) -> Pointer {
    Pointer::root().key("consents").index(k).key("date")
}
