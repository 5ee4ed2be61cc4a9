//! Partners, legal basis and jurisdiction (rulebook §3.1).

use jiff::civil::Date;

use super::vague::{DateAt, too_vague};
use super::{
    ANYWHERE, Applies, Arrangement, BodyClass, Citation, Context, Docs, ENGLAND, Group, Label,
    PARTNERSHIP_ACTS, Rule, Sink, sources,
};
use crate::law::dates::{NHS_ACT_2006_IN_FORCE, SI_2000_617_IN_FORCE, WELSH_REGULATIONS_IN_FORCE};
use crate::law::instruments;
use crate::law::{Era, LongDate};
use crate::spec::{Decision, Jurisdiction, LegalBasis, Party, Pointer, StatedDate};

const SI617_MADE: &str = "https://www.legislation.gov.uk/uksi/2000/617/made";
const EVERY_PARTNERSHIP: Applies = Applies {
    bases: PARTNERSHIP_ACTS,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Any,
};

pub(super) const RULES: &[Rule] = &[
    Rule {
        id: "REG617-2-1-PARTNERS",
        name: "partners-not-nhs-and-local-authority",
        summary: "The partners must include at least one NHS body and at least one local authority.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_PRELIMINARY],
        citation: Citation {
            instrument: instruments::SI_2000_617.cited_as,
            provision: "reg 2(1), definition of \"partners\" (Wales: SI 2000/2993 (W.193), same definitions)",
            url: SI617_MADE,
        },
        applies: Applies {
            bases: PARTNERSHIP_ACTS,
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Checks that `parties` includes at least one NHS body and at least one local authority, in England and in Wales.",
            why: "Partnership arrangements exist only between \"one or more NHS bodies and one or more local authorities\". An agreement without both sides is not a partnership arrangement under the regulations at all. The Welsh regulations, SI 2000/2993 (W.193), have the same structure and definitions, so the same holds for a Welsh agreement (whose NHS partner is usually a Local Health Board: `type: local_health_board`).",
            example: "parties:\n  - id: icb\n    type: integrated_care_board\n  - id: council\n    type: county_council",
        },
        check: partners_on_both_sides,
    },
    Rule {
        id: "REG617-3-1-NHSTYPE",
        name: "nhs-body-not-in-existence",
        summary: "Each NHS partner must be a body type that existed and was prescribed at the agreement's date.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[sources::HSC2000_PARA3, sources::NHS_BODY_DATES],
        citation: Citation {
            instrument: instruments::SI_2000_617.cited_as,
            provision: "reg 3(1) (as made and as amended)",
            url: SI617_MADE,
        },
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "Checks each NHS party's `type` against the era table at both the date the agreement was `made` and its `commencement` (or, where the spec gives neither, the configured `as_of` date), reporting each date that fails: a Primary Care Trust after 31 March 2013, a clinical commissioning group before 1 April 2013 or after 30 June 2022, an integrated care board before 1 July 2022, and a Health Authority after 30 September 2002 are errors. Strategic Health Authorities, foundation trusts, Care Trusts and NHS England give warnings, because their prescribed status is not verified; so does a Local Health Board, a Welsh body, in an English agreement.",
            why: "A body that did not exist on the date cannot be a party: it can neither make the agreement before it is established nor be a partner after it is abolished. An agreement naming one needs the body that existed then (and, for a running agreement, a transfer to the successor).",
            example: "agreement:\n  commencement: 2024-04-01\nparties:\n  - id: icb\n    type: integrated_care_board   # not clinical_commissioning_group after June 2022",
        },
        check: nhs_body_existed,
    },
    Rule {
        id: "REG617-3-2-LATYPE",
        name: "body-not-a-prescribed-partner",
        summary: "Each other partner must be a prescribed local authority: a district, county, county borough or London borough council, or the Common Council of the City of London.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_PRELIMINARY],
        citation: Citation {
            instrument: instruments::SI_2000_617.cited_as,
            provision: "reg 3(2)",
            url: SI617_MADE,
        },
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "Checks that every party that is not an NHS body is a local authority listed in reg 3(2). Police, probation, youth offending teams, schools, GP practices, parish councils, voluntary organisations and independent providers are errors; the Council of the Isles of Scilly and combined authorities give warnings.",
            why: "Only prescribed bodies may enter partnership arrangements. Other bodies can take part through a contract, a s10 Children Act 2004 pool or a s256 payment, not as partners.",
            example: "parties:\n  - id: council\n    type: county_council",
        },
        check: local_authorities_prescribed,
    },
    Rule {
        id: "REG617-1-1-START",
        name: "commences-before-regulations",
        summary: "No partnership arrangement can take effect before 1 April 2000 (England) or 1 December 2000 (Wales).",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_PRELIMINARY],
        citation: Citation {
            instrument: instruments::SI_2000_617.cited_as,
            provision: "reg 1(1) (Wales: SI 2000/2993 (W.193), in force 1 December 2000)",
            url: SI617_MADE,
        },
        applies: Applies {
            bases: PARTNERSHIP_ACTS,
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Checks that the commencement date is on or after 1 April 2000, when SI 2000/617 came into force; for a Welsh agreement, on or after 1 December 2000, when the Welsh regulations (SI 2000/2993 (W.193)) came into force.",
            why: "Before that date there was no power to make the arrangements; a date before it is a typing error or a different kind of agreement.",
            example: "agreement:\n  commencement: 2006-04-01",
        },
        check: starts_after_regulations,
    },
    Rule {
        id: "REG617-1-2-EXTENT",
        name: "regulations-outside-england",
        summary: "SI 2000/617 extends to England only.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_EXTENT],
        citation: Citation {
            instrument: instruments::SI_2000_617.cited_as,
            provision: "reg 1(2)",
            url: SI617_MADE,
        },
        applies: Applies {
            bases: PARTNERSHIP_ACTS,
            jurisdictions: &[Jurisdiction::Wales],
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Checks that an agreement under s31 Health Act 1999 or s75 NHS Act 2006 with SI 2000/617 is for England.",
            why: "\"These Regulations extend to England only.\" Welsh agreements rely on s33 NHS (Wales) Act 2006 (s31 Health Act 1999 before 1 March 2007) and the Welsh regulations (SI 2000/2993 (W.193), in force 1 December 2000). A spec that states a Welsh basis (`nhs_wales_act_2006_s33` or `sswba_2014_part9`) is checked by the WAL rules instead, and this rule does not run on it.",
            example: "agreement:\n  legal_basis: nhs_act_2006_s75\n  jurisdiction: england",
        },
        check: england_only,
    },
    Rule {
        id: "NHSA2006-75-BASIS",
        name: "legal-basis-wrong-for-date",
        summary: "Agreements made from 1 March 2007 are under s75 NHS Act 2006; earlier ones under s31 Health Act 1999.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::HA1999_REPEAL, sources::GUIDE07_FN16],
        citation: Citation {
            instrument: instruments::NHS_ACT_2006.cited_as,
            provision: "s75; Health Act 1999 ss26-32 repealed 1 March 2007",
            url: "https://www.legislation.gov.uk/ukpga/2006/41/section/75",
        },
        applies: Applies {
            bases: BASIS_CHECKED,
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Checks the legal basis against both the date the agreement was `made` and its `commencement`. s75 NHS Act 2006 cited for an agreement made before 1 March 2007 is an error: s75 was not in force when it was made (without a date made, the commencement date is used). An s75 agreement made on or after that date whose arrangements commence before it gives a warning. s31 Health Act 1999 for an agreement made on or after 1 March 2007 (or, without a date made, commencing then) is a warning: s31 had been repealed. An s31 agreement made before 1 March 2007 whose arrangements commence on or after it is an unverified warning: s31 was repealed before commencement, and how such agreements carried over has not been verified. For Welsh agreements the advice points to s33 NHS (Wales) Act 2006, never to s75.",
            why: "An agreement must rest on a power that existed when it was made, and the arrangements on a power in force while they run. s31 was repealed on 1 March 2007 and replaced by s75 in England and by s33 NHS (Wales) Act 2006 in Wales.",
            example: "agreement:\n  legal_basis: nhs_act_2006_s75\n  made: 2024-03-28",
        },
        check: basis_matches_date,
    },
];

/// The bases whose agreements NHSA2006-75-BASIS checks: the partnership Acts by date, and a
/// basis not stated, which it reports.
const BASIS_CHECKED: &[LegalBasis] = &[
    LegalBasis::HealthAct1999S31,
    LegalBasis::NhsAct2006S75,
    LegalBasis::NotStated,
];

fn partners_on_both_sides(cx: &Context, out: &mut Sink) {
    let classes: Vec<BodyClass> = cx
        .spec
        .parties
        .iter()
        .map(|p| p.body_type.class())
        .collect();
    let has_nhs = classes.contains(&BodyClass::Nhs);
    let has_la = classes.iter().any(|c| {
        matches!(
            c,
            BodyClass::LocalAuthority | BodyClass::LocalAuthorityUncertain
        )
    });
    let (nhs, la) = (BodyClass::Nhs.noun(), BodyClass::LocalAuthority.noun());
    let missing = match (has_nhs, has_la) {
        (true, true) => return,
        (false, true) => nhs.to_owned(),
        (true, false) => la.to_owned(),
        (false, false) => format!("{nhs} and no {la}"),
    };
    let wales = cx.spec.agreement.jurisdiction == Jurisdiction::Wales;
    let regulations = if wales {
        " under the Welsh regulations (SI 2000/2993 (W.193), which define partners as SI 2000/617 does)"
    } else {
        ""
    };
    out.report(
        Pointer::root().key("parties"),
        format!("the parties include no {missing}, so this is not a partnership arrangement{regulations}"),
    )
    .help(if wales {
        "add the missing side to `parties` (e.g. `type: local_health_board` or `type: county_borough_council`)"
    } else {
        "add the missing side to `parties` (e.g. `type: integrated_care_board` or `type: county_council`)"
    });
}

/// A date a body's existence is judged at.
struct JudgedAt {
    date: StatedDate,
    /// How the message says what happened then: ", when the agreement was made".
    when: &'static str,
    /// The key that gives the date, and what its day is of (for a date too vague to judge at);
    /// none for the configured `as_of` date, which is always a day.
    key: Option<(&'static str, &'static str)>,
}

/// The dates a body's existence is judged at: the date made and the commencement date (one
/// entry when they are the same day), or the configured `as_of` date when the spec gives
/// neither.
fn dates_to_judge(cx: &Context) -> Vec<JudgedAt> {
    let agreement = &cx.spec.agreement;
    let made = |date| JudgedAt {
        date,
        when: ", when the agreement was made",
        key: Some(("made", "the agreement was made")),
    };
    let start = |date| JudgedAt {
        date,
        when: ", when the arrangements commence",
        key: Some(("commencement", "the arrangements commence")),
    };
    match (agreement.made, agreement.commencement) {
        (Some(day), Some(other)) if day == other => vec![JudgedAt {
            when: ", when the agreement was made and the arrangements commence",
            ..made(day)
        }],
        (m, s) if m.is_some() || s.is_some() => {
            m.map(made).into_iter().chain(s.map(start)).collect()
        }
        _ => cx
            .as_of
            .map(|d| JudgedAt {
                date: StatedDate::day(d),
                when: "",
                key: None,
            })
            .into_iter()
            .collect(),
    }
}

/// Where a day falls against a body type's era.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Existence {
    NotYet,
    Existed,
    NoLonger,
}

fn existence(era: &Era, day: Date) -> Existence {
    if day < era.from {
        Existence::NotYet
    } else if era.covers(day) {
        Existence::Existed
    } else {
        Existence::NoLonger
    }
}

fn nhs_body_existed(cx: &Context, out: &mut Sink) {
    let dates = dates_to_judge(cx);
    if dates.is_empty() {
        return;
    }
    for (i, party) in cx.spec.parties.iter().enumerate() {
        let pointer = Pointer::party(i).key("type");
        if party.body_type.is_welsh_nhs_body() {
            out.report(&pointer, format!("party `{}` is {}, a Welsh {}, in an agreement for England", party.id, party.body_type.described(), BodyClass::Nhs.noun()))
                .help(format!("SI 2000/617 extends to England only and the Welsh regulations to Wales only; a cross-border arrangement needs a legal basis on each side: check whether the {} can be a partner before relying on it", party.body_type))
                .unverified();
            continue;
        }
        let Some(era) = party.body_type.era() else {
            continue;
        };
        let mut failed = false;
        for judged in &dates {
            let (day, when) = (judged.date, judged.when);
            let state = match day.decide(|d| existence(&era, d)) {
                Decision::Decided(Existence::Existed) => continue,
                Decision::Decided(Existence::NotYet) => "did not yet exist",
                Decision::Decided(Existence::NoLonger) => "no longer existed",
                Decision::TooVague { .. } => {
                    failed = true;
                    // Only the spec's own dates can be vague (`as_of` is a day), so the
                    // fallback is never used.
                    let (key, day_of) = judged.key.unwrap_or(("made", "the agreement was made"));
                    let hit = too_vague(
                        out,
                        Pointer::agreement(key),
                        key,
                        &day,
                        format!(
                            "whether party `{}` ({}, {}) existed {}",
                            party.id,
                            party.body_type.described(),
                            era_words(&era),
                            when.trim_start_matches(", ")
                        ),
                        day_of,
                    );
                    if !era.verified {
                        hit.unverified();
                    }
                    continue;
                }
            };
            failed = true;
            let hit = out
                .report(
                    &pointer,
                    format!(
                        "party `{}` is {}, which {state} {}{when}",
                        party.id,
                        party.body_type.described(),
                        day.on()
                    ),
                )
                .help(outside_era_help(party, &era, &day, when));
            if !era.verified {
                hit.unverified();
            }
        }
        if !failed && !era.verified {
            out.report(&pointer, format!("party `{}`: {}", party.id, era.note))
                .help("check the amending regulations before relying on this partner")
                .unverified();
        }
    }
}

/// When a body type existed, in words: "which existed from 1 July 2022".
fn era_words(era: &Era) -> String {
    match era.until {
        Some(until) => format!(
            "which existed from {} to {}",
            LongDate(era.from),
            LongDate(until)
        ),
        None => format!("which existed from {}", LongDate(era.from)),
    }
}

/// What to do about a party whose body type did not exist on `day`.
fn outside_era_help(party: &Party, era: &Era, day: &StatedDate, when: &str) -> String {
    let after = day.first() >= era.from;
    let day = day.on();
    if after {
        format!(
            "{}; name the body that held these functions {day}",
            era.note
        )
    } else if when.contains("made") {
        format!(
            "{}; a body cannot make an agreement before it exists: the agreement must be made by the body that held these functions {day}, or made again on or after {} by the {}",
            era.note, era.from, party.body_type
        )
    } else {
        format!(
            "{}; name the body that held these functions {day}, or start the arrangements on or after {}",
            era.note, era.from
        )
    }
}

fn local_authorities_prescribed(cx: &Context, out: &mut Sink) {
    for (i, party) in cx.spec.parties.iter().enumerate() {
        let pointer = Pointer::party(i).key("type");
        let body = party.body_type;
        match body.class() {
            BodyClass::NotAPartner => {
                out.report(pointer, format!("party `{}` is {}, which may not be a partner", party.id, body.described()))
                    .help("only NHS bodies and the councils listed in reg 3(2) may be partners; involve this body through a contract, a s10 Children Act 2004 pool or a s256 payment, and remove it from `parties`");
            }
            BodyClass::LocalAuthorityUncertain => {
                out.report(pointer, format!("party `{}` is {}, whose standing as a partner depends on provisions jointly has not verified", party.id, body.described()))
                    .help("check s75(7A)-(7J) NHS Act 2006 and the order for that authority (or, for the Isles of Scilly, s75(7)) before relying on it")
                    .unverified();
            }
            BodyClass::Nhs | BodyClass::LocalAuthority => {}
        }
    }
}

fn starts_after_regulations(cx: &Context, out: &mut Sink) {
    let (in_force, regulations) = match cx.spec.agreement.jurisdiction {
        Jurisdiction::England => (SI_2000_617_IN_FORCE, "SI 2000/617"),
        Jurisdiction::Wales => (
            WELSH_REGULATIONS_IN_FORCE,
            "the Welsh regulations (SI 2000/2993 (W.193))",
        ),
    };
    let when = LongDate(in_force);
    let Some(start) = cx.spec.agreement.commencement else {
        return;
    };
    let pointer = Pointer::agreement("commencement");
    match start.decide(|d| d < in_force) {
        Decision::Decided(true) => {
            out.report(
                pointer,
                format!("commencement {start} is before {regulations} came into force on {when}"),
            )
            .help(format!(
                "check the date; no partnership arrangement could take effect before {when}"
            ));
        }
        Decision::Decided(false) => {}
        Decision::TooVague { .. } => {
            DateAt::commencement(start).too_vague(
                out,
                format!(
                    "whether the arrangements commence before {regulations} came into force on {when}"
                ),
            );
        }
    }
}

fn england_only(cx: &Context, out: &mut Sink) {
    let s75 = cx.spec.agreement.legal_basis == LegalBasis::NhsAct2006S75;
    let message = if s75 {
        "SI 2000/617 extends to England only, but this agreement is for Wales; in Wales the power that corresponds to s75 NHS Act 2006 is s33 NHS (Wales) Act 2006"
    } else {
        "SI 2000/617 extends to England only, but this agreement is for Wales"
    };
    out.report(Pointer::agreement("jurisdiction"), message)
        .help(format!("a Welsh agreement rests on s33 NHS (Wales) Act 2006 (s31 Health Act 1999 before {}) with the Welsh regulations, SI 2000/2993 (W.193): cite those in the agreement, and write `legal_basis: nhs_wales_act_2006_s33` (or `sswba_2014_part9` for a regional partnership under Part 9 of the Social Services and Well-being (Wales) Act 2014), so that jointly checks it under Welsh law", LongDate(NHS_ACT_2006_IN_FORCE)));
}

fn basis_matches_date(cx: &Context, out: &mut Sink) {
    let agreement = &cx.spec.agreement;
    let wales = agreement.jurisdiction == Jurisdiction::Wales;
    let successor = if wales {
        "s33 NHS (Wales) Act 2006"
    } else {
        "s75 NHS Act 2006"
    };
    let before_2006_act =
        |date: Option<StatedDate>| date.map(|d| (d, d.decide(|day| day < NHS_ACT_2006_IN_FORCE)));
    let dates = ActDates {
        pointer: Pointer::agreement("legal_basis"),
        made: before_2006_act(agreement.made),
        start: before_2006_act(agreement.commencement),
    };
    let decided = match agreement.legal_basis {
        LegalBasis::NhsAct2006S75 => s75_in_force(out, &dates),
        LegalBasis::HealthAct1999S31 => s31_not_repealed(out, &dates, wales),
        // Not among BASIS_CHECKED: the joint working and payment rules judge their own eras.
        LegalBasis::ChildrenAct2004S10
        | LegalBasis::ChildrenAct2004S25
        | LegalBasis::NhsAct2006S65Z5
        | LegalBasis::NhsAct2006S256
        | LegalBasis::NhsAct2006S76
        | LegalBasis::NhsWalesAct2006S33
        | LegalBasis::Sswba2014Part9 => true,
        LegalBasis::NotStated => {
            out.report(&dates.pointer, "the agreement's legal basis is not stated (`not_stated`)")
                .help("find the statute the agreement is made under and write it: `legal_basis: nhs_act_2006_s75` (made from 1 March 2007), `health_act_1999_s31` (made before then) or `children_act_2004_s10` (a children's services pool); until then jointly runs none of the rules that apply under only some bases");
            true
        }
    };
    if decided {
        return;
    }
    // The basis could not be judged because a date is too vague: the date made where it is
    // vague, otherwise the commencement date.
    let question = |what: &str| {
        format!(
            "whether {what} before {}, when {successor} replaced s31 Health Act 1999",
            LongDate(NHS_ACT_2006_IN_FORCE)
        )
    };
    let vague = |date: &Option<(StatedDate, Decision<bool>)>| match date {
        Some((date, Decision::TooVague { .. })) => Some(*date),
        _ => None,
    };
    if let Some(made) = vague(&dates.made) {
        let question = question("the agreement was made");
        DateAt::made(made).too_vague(out, question);
    } else if let Some(start) = vague(&dates.start) {
        let question = question("the arrangements commence");
        DateAt::commencement(start).too_vague(out, question);
    }
}

/// The dates the legal basis is judged at, each with whether it is before s75 NHS Act 2006
/// came into force.
struct ActDates {
    pointer: Pointer,
    made: Option<(StatedDate, Decision<bool>)>,
    start: Option<(StatedDate, Decision<bool>)>,
}

/// s75 NHS Act 2006 was in force when the agreement was made and while the arrangements run.
/// False when a date too vague to judge by left the question open.
fn s75_in_force(out: &mut Sink, dates: &ActDates) -> bool {
    use Decision::{Decided, TooVague};
    let s75 = LongDate(NHS_ACT_2006_IN_FORCE);
    let pointer = &dates.pointer;
    match (dates.made, dates.start) {
        (Some((_, TooVague { .. })), _) => return false,
        (Some((made, Decided(true))), _) => {
            out.report(pointer, format!("s75 NHS Act 2006 was not in force {made_on}, when the agreement was made; it came into force on {s75}", made_on = made.on()))
                .help(format!("an agreement made before {s75} was made under s31 Health Act 1999: write `legal_basis: health_act_1999_s31`"));
        }
        (_, Some((_, TooVague { .. }))) => return false,
        (None, Some((start, Decided(true)))) => {
            out.report(pointer, format!("s75 NHS Act 2006 was not in force {start_on}, when the arrangements commence; it came into force on {s75}", start_on = start.on()))
                .help(format!("arrangements before {s75} rest on s31 Health Act 1999: write `legal_basis: health_act_1999_s31`, or check the commencement date"));
        }
        (Some((made, _)), Some((start, Decided(true)))) => {
            out.report(pointer, format!("the agreement was made under s75 NHS Act 2006 {made_on}, but the arrangements commence {start_on}, before s75 came into force on {s75}", made_on = made.on(), start_on = start.on()))
                .help(format!("s75 cannot cover the period before {s75}: check the commencement date; arrangements before then rested on s31 Health Act 1999 and on the agreement made under it"))
                .warning_only();
        }
        _ => {}
    }
    true
}

/// s31 Health Act 1999 had not been repealed when the agreement was made or when the
/// arrangements commence. False when a date too vague to judge by left the question open.
fn s31_not_repealed(out: &mut Sink, dates: &ActDates, wales: bool) -> bool {
    use Decision::{Decided, TooVague};
    let repeal = LongDate(NHS_ACT_2006_IN_FORCE);
    let pointer = &dates.pointer;
    let successor = if wales {
        format!(
            "in Wales the power that replaced s31 on {repeal} is s33 NHS (Wales) Act 2006, used with SI 2000/2993 (W.193): the agreement should cite it, and the spec say so with `legal_basis: nhs_wales_act_2006_s33`"
        )
    } else {
        format!(
            "an agreement made from {repeal} is under s75 NHS Act 2006: write `legal_basis: nhs_act_2006_s75`"
        )
    };
    match (dates.made, dates.start) {
        (Some((_, TooVague { .. })), _) => return false,
        (Some((made, Decided(false))), _) => {
            out.report(pointer, format!("s31 Health Act 1999 was repealed on {repeal}, before the agreement was made {made_on}", made_on = made.on()))
                .help(successor)
                .warning_only();
        }
        (_, Some((_, TooVague { .. }))) => return false,
        (Some((made, _)), Some((start, Decided(false)))) => {
            let replacement = if wales {
                "s33 NHS (Wales) Act 2006"
            } else {
                "s75 NHS Act 2006"
            };
            out.report(pointer, format!("the agreement was made under s31 Health Act 1999 {made_on}, but s31 was repealed on {repeal}, before the arrangements commence {start_on}", made_on = made.on(), start_on = start.on()))
                .help(format!("how an agreement made under s31 carried over when s31 was repealed depends on the transitional provisions of the National Health Service (Consequential Provisions) Act 2006, which jointly has not verified: check them, and consider confirming the agreement under {replacement}"))
                .unverified();
        }
        (None, Some((start, Decided(false)))) => {
            out.report(pointer, format!("s31 Health Act 1999 was repealed on {repeal}, before the arrangements commence {start_on}", start_on = start.on()))
                .help(successor)
                .warning_only();
        }
        _ => {}
    }
    true
}
