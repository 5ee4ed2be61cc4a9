//! Conditions for entering partnership arrangements (rulebook §3.2): SI 2000/617 reg 4, whose
//! text after its opening words has not been verified, and the conditions of Health Service
//! Circular HSC 2000/010 : LAC (2000)9 (27 March 2000), which sets them out for partners: an
//! improvement for users, joint consultation, the health improvement plan, a clear written
//! agreement, notification, and revenue-only pooled funds.
//!
//! Reg 4(3) is not encoded: its content is unknown.

use std::collections::BTreeSet;

use super::contents;
use super::vague::{DateAt, compare};
use super::{
    Applies, Arrangement, Citation, Context, Docs, ENGLAND, Group, Label, PARTNERSHIP_ACTS, Rule,
    Sink, sources, stated,
};
use crate::law::dates::{
    HEALTH_IMPROVEMENT_PLANS_LAST_DAY, NHS_ACT_2006_IN_FORCE, REGIONAL_OFFICE_NOTIFICATION_BEFORE,
    SI_2000_617_IN_FORCE,
};
use crate::law::{LongDate, instruments};
use crate::spec::{Decision, MoneyKind, Pointer, Status};

const SI617_MADE: &str = "https://www.legislation.gov.uk/uksi/2000/617/made";
const EVERY_PARTNERSHIP: Applies = Applies {
    bases: PARTNERSHIP_ACTS,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Any,
};

const fn reg4(provision: &'static str) -> Citation {
    Citation {
        instrument: instruments::SI_2000_617.cited_as,
        provision,
        url: SI617_MADE,
    }
}

const fn hsc2000(provision: &'static str) -> Citation {
    Citation {
        instrument: instruments::HSC_2000_010.cited_as,
        provision,
        url: "",
    }
}

pub(super) const RULES: &[Rule] = &[
    Rule {
        id: "REG617-4-1-IMPROVE",
        name: "improvement-not-stated",
        summary: "The partners must expect the arrangements to improve the way the functions are exercised; the agreement should say how.",
        group: Group::Statutory,
        label: Label::Memory,
        sources: &[sources::HSC2000_CONDITIONS, sources::BRENT_7_4],
        citation: reg4("reg 4 (improvement condition; wording not verified)"),
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "Checks that `rationale.improvement` says how the partners expect the arrangements to improve the way the functions are exercised for the people who use the services. It cannot check that the expectation is right, only that it is stated. Reported as an unverified warning.",
            why: "The regulations are understood to allow partnership arrangements only where they are likely to lead to an improvement in the way the functions are exercised; the words of reg 4 after its opening have not been verified. HSC 2000/010 (para 3) makes it the first condition partners must fulfil: \"Partners should be satisfied that the arrangement will improve services for users.\" Recording the expected improvement is the evidence that the partners considered it before entering the arrangements.",
            example: "rationale:\n  improvement: >-\n    One assessment, one care plan and one point of contact for each person, instead of\n    separate health and social care processes.",
        },
        check: improvement_stated,
    },
    Rule {
        id: "REG617-4-2-CONSULT",
        name: "joint-consultation-not-recorded",
        summary: "Before entering the arrangements the partners must consult jointly the people likely to be affected.",
        group: Group::Statutory,
        label: Label::Memory,
        sources: &[sources::HSC2000_CONDITIONS, sources::BRENT_7_4],
        citation: reg4("reg 4(2) (believed; wording not verified)"),
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "Checks that `consultation` records a joint consultation (`joint: true`; `joint: false` is reported), dated (`date`) before the agreement was `made`, and says who was consulted (`consulted`). Reported as unverified warnings.",
            why: "The regulations are understood to require the partners to consult jointly those likely to be affected before entering into partnership arrangements (reg 4(2) is believed to say so; its text has not been verified). HSC 2000/010 (para 3) makes it a condition: \"Joint consultation with appropriate stakeholders should have taken place\", and names users, carers, staff organisations, other providers and the wider community.",
            example: "consultation:\n  joint: true\n  date: 2024-01-31\n  consulted:\n    - People who use services and their carers\n    - Staff and trade unions",
        },
        check: joint_consultation,
    },
    Rule {
        id: "REG617-4-2-HIMP",
        name: "health-improvement-plan-not-cited",
        summary: "Early section 31 arrangements (2000 to about 2003) had to fulfil the objectives of the area's health improvement plan.",
        group: Group::Statutory,
        label: Label::Memory,
        sources: &[sources::HSC2000_CONDITIONS, sources::SI617_HIMP_DEFINITION],
        citation: reg4("reg 4(2) (believed; historic; wording not verified)"),
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "For arrangements made or commencing between 1 April 2000 and 31 March 2003 (the health improvement plan era; its end is approximate), checks that `plans.health_improvement_plan` names the plan whose objectives the arrangements fulfil. Later agreements are not checked. Reported as an unverified warning.",
            why: "SI 2000/617 defines \"health improvement plan\" as the plan a Health Authority had to prepare under s28 Health Act 1999, and HSC 2000/010 (para 3) makes it a condition that \"the arrangement should fulfil the objectives identified in the Health Improvement Programme\". The regulation's wording has not been verified. Health improvement plans were later replaced by local delivery plans.",
            example: "agreement:\n  made: 2001-03-30\nplans:\n  health_improvement_plan: Westshire Health Improvement Programme 2000-2003, objective 4 (older people)",
        },
        check: health_improvement_plan,
    },
    Rule {
        id: "HSC2000-3-d-WRITTEN",
        name: "written-agreement-not-recorded",
        summary: "There should be a clear written agreement, as specified in the regulations, signed for every party.",
        group: Group::Guidance,
        label: Label::VerifiedSeed,
        sources: &[sources::HSC2000_CONDITIONS],
        citation: hsc2000("para 3, fourth condition"),
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "Checks that each party has a `signatory` with a `position`, and that a `final` agreement states the date it was `made`. Parties to a pooled fund or a delegation are checked by the statutory rules (REG617-7-3-WRITING, REG617-9-3, REG617-8-3) instead, so this rule reports the other parties, and, where the agreement has no pooled fund or delegation, that the arrangements commenced before the agreement was made.",
            why: "HSC 2000/010 (para 3): \"There should be a clear written agreement, as specified in the Regulations.\" A party binds itself only when someone signs for it, and the date it was made shows when the written agreement began.",
            example: "agreement:\n  status: final\n  made: 2024-03-28\nparties:\n  - id: council\n    signatory: {position: Director of Adult Social Services}",
        },
        check: written_agreement,
    },
    Rule {
        id: "HSC2000-11-NOTIFY",
        name: "regional-office-not-notified",
        summary: "Partners using the arrangements before 2003 were to notify the NHS Executive Regional Office of their intention.",
        group: Group::Guidance,
        label: Label::VerifiedSeed,
        sources: &[sources::HSC2000_NOTIFY],
        citation: hsc2000("paras 1 and 11"),
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "For arrangements made or commencing before 1 January 2003, checks that `notifications` records a notification to the NHS Executive Regional Office (an entry whose `to` names the Regional Office, the NHS Executive or the Department of Health), given before the arrangements commenced. Later agreements are not checked.",
            why: "HSC 2000/010: partners \"must fulfil the conditions identified in the Regulations and notify the appropriate NHS Executive Regional Office of their intention to use the powers\" (para 1), on the Department of Health's form (para 11). Whether a regulation required it, and when the practice ended, is not known, so this is historic guidance only.",
            example: "notifications:\n  - to: NHS Executive South East Regional Office\n    date: 2001-02-15\n    reference: Notification form, 15 February 2001",
        },
        check: regional_office_notified,
    },
    Rule {
        id: "HSC2000-4-REVENUE",
        name: "capital-in-pooled-fund",
        summary: "Pooled funds are revenue expenditure; capital goes through s256 or s76 NHS Act 2006 payments (s28A or s28BB NHS Act 1977 before March 2007).",
        group: Group::Guidance,
        label: Label::VerifiedSeed,
        sources: &[sources::HSC2000_REVENUE, sources::BRENT_7_5],
        citation: hsc2000("para 4"),
        applies: Applies {
            bases: PARTNERSHIP_ACTS,
            jurisdictions: ENGLAND,
            arrangement: Arrangement::PooledFund,
        },
        docs: Docs {
            what: "Checks that no pooled fund contribution is marked `kind: capital`, except the Disabled Facilities Grant of a Better Care Fund pool (`stream: dfg` in a spec with a `bcf` block), which the BCF pools as capital.",
            why: "HSC 2000/010 (para 4): \"pooled funds will be revenue expenditure … Capital expenditure will be made through section 28A and 28BB transfers\" (now s256 and s76 NHS Act 2006). The Brent PCT board report (c. 2004) repeats that capital payments of any significant size should use those powers. Some later agreements do pool capital, so this is a warning to consider the payment powers, not an error.",
            example: "contributions:\n  - {party: icb, amount: 12500000, kind: revenue}\nother_funding:\n  - {kind: s256_payment, description: Capital grant for adapted housing, from: icb, to: council, amount: 400000}",
        },
        check: revenue_only,
    },
];

/// The date the arrangements were entered into: the earlier of the date made and the
/// commencement date, whichever the spec gives. Of a month and a year, the one that may begin
/// earlier: every day the entry date may be lies within it, so what it decides holds.
fn entry_date(cx: &Context) -> Option<DateAt> {
    let agreement = &cx.spec.agreement;
    let made = agreement.made.map(DateAt::made);
    let start = agreement.commencement.map(DateAt::commencement);
    match (made, start) {
        (Some(made), Some(start)) if start.date < made.date => Some(start),
        (made, start) => made.or(start),
    }
}

/// Where the spec records the joint consultation.
fn consultation_at() -> Pointer {
    Pointer::root().key("consultation")
}

fn improvement_stated(cx: &Context, out: &mut Sink) {
    let improvement = cx
        .spec
        .rationale
        .as_ref()
        .and_then(|r| r.improvement.clone());
    if !stated(&improvement) {
        out.report(Pointer::root().key("rationale").key("improvement"), "the spec does not say how the partners expect the arrangements to improve the way the functions are exercised")
            .help("add `rationale: {improvement: ...}`: the benefit the partners expect for the people who use the services (e.g. one assessment and one care plan instead of two), which they should be satisfied of before entering the arrangements");
    }
}

fn joint_consultation(cx: &Context, out: &mut Sink) {
    let Some(consultation) = &cx.spec.consultation else {
        out.report(consultation_at(), "the spec records no joint consultation of the people likely to be affected before the arrangements were entered into")
            .help("add `consultation:` with `joint: true`, the `date` it ended (before the agreement was made) and who was `consulted` (e.g. people who use services and carers, staff and unions, providers)");
        return;
    };
    match consultation.joint {
        Some(true) => {}
        Some(false) => {
            out.report(consultation_at().key("joint"), "the consultation is recorded as not joint: the partners did not consult together")
                .help("the partners should consult jointly the people likely to be affected; if they did, set `joint: true`");
        }
        None => {
            out.report(
                consultation_at().key("joint"),
                "the spec does not say whether the partners consulted jointly",
            )
            .help("set `joint: true` if the partners consulted together");
        }
    }
    match (consultation.date, cx.spec.agreement.made) {
        (None, _) => {
            out.report(
                consultation_at().key("date"),
                "the spec does not say when the consultation took place",
            )
            .help("add `date:` with the day the consultation ended, which should be before the agreement was made");
        }
        (Some(held), Some(made)) => {
            let question = format!(
                "whether the consultation ({held}) ended before the agreement was made ({made})"
            );
            let consulted = DateAt::new(
                held,
                consultation_at().key("date"),
                "date",
                "the consultation ended",
            );
            let signed = DateAt::made(made);
            if compare(out, &consulted, &signed, |h, m| h >= m, question) == Some(true) {
                out.report(consultation_at().key("date"), format!("the consultation {held_on} was not before the agreement was made {made_on}", made_on = made.on(), held_on = held.on()))
                    .help("the partners should consult before they enter into the arrangements: check the dates");
            }
        }
        _ => {}
    }
    if !super::listed(&consultation.consulted) {
        out.report(
            consultation_at().key("consulted"),
            "the spec does not say who was consulted",
        )
        .help("list them under `consulted:` (e.g. people who use services and carers, staff and unions, providers)");
    }
}

fn health_improvement_plan(cx: &Context, out: &mut Sink) {
    let Some(entry) = entry_date(cx) else {
        return;
    };
    let in_period = |d| {
        (
            d >= SI_2000_617_IN_FORCE,
            d <= HEALTH_IMPROVEMENT_PLANS_LAST_DAY,
        )
    };
    match entry.date.decide(in_period) {
        Decision::Decided((true, true)) => {}
        Decision::Decided(_) => return,
        Decision::TooVague { .. } => {
            entry.too_vague(out, format!("whether the arrangements date from between {} and {}, when they were expected to fulfil the objectives of the area's health improvement plan", LongDate(SI_2000_617_IN_FORCE), LongDate(HEALTH_IMPROVEMENT_PLANS_LAST_DAY)));
            return;
        }
    }
    let day = entry.date;
    let plan = cx
        .spec
        .plans
        .as_ref()
        .and_then(|p| p.health_improvement_plan.clone());
    if !stated(&plan) {
        out.report(Pointer::root().key("plans").key("health_improvement_plan"), format!("the arrangements date from {day}, when they were expected to fulfil the objectives of the area's health improvement plan, but the spec names none"))
            .help("add `plans: {health_improvement_plan: ...}` with the plan's title or reference and the objectives the arrangements serve");
    }
}

fn written_agreement(cx: &Context, out: &mut Sink) {
    let spec = cx.spec;
    let has_pool = spec.schemes.iter().any(|s| s.pooled_fund.is_some());
    let delegation_parties: BTreeSet<&str> = spec
        .schemes
        .iter()
        .flat_map(|s| &s.delegations)
        .flat_map(|d| d.parties())
        .collect();
    if !has_pool {
        // Parties to a delegation are reported by REG617-9-3 or REG617-8-3; a pooled fund
        // brings every party under REG617-7-3-WRITING.
        let others = spec
            .parties
            .iter()
            .map(|p| p.id.as_str())
            .filter(|id| !delegation_parties.contains(id));
        contents::partners_sign(cx, out, others, "the agreement");
        if delegation_parties.is_empty() {
            contents::signed_before_commencement(cx, out, "the arrangements");
        }
    }
    if spec.agreement.status.agreed() && spec.agreement.made.is_none() {
        out.report(
            Pointer::agreement("made"),
            format!(
                "the agreement is {} but the spec does not say when it was made (signed)",
                status_word(spec.agreement.status)
            ),
        )
        .help("add `made: YYYY-MM-DD` to `agreement`: the date the last partner signed");
    }
}

/// How a message names an agreed agreement's status.
fn status_word(status: Status) -> &'static str {
    match status {
        Status::Signed | Status::Expired | Status::Terminated => status.word(),
        Status::Draft | Status::Final => "final",
    }
}

fn regional_office_notified(cx: &Context, out: &mut Sink) {
    let Some(entry) = entry_date(cx) else {
        return;
    };
    match entry
        .date
        .decide(|d| d < REGIONAL_OFFICE_NOTIFICATION_BEFORE)
    {
        Decision::Decided(true) => {}
        Decision::Decided(false) => return,
        Decision::TooVague { .. } => {
            entry.too_vague(out, format!("whether the arrangements date from before {}, when partners were to notify the NHS Executive Regional Office of their intention to use the partnership arrangements", LongDate(REGIONAL_OFFICE_NOTIFICATION_BEFORE)));
            return;
        }
    }
    let day = entry.date;
    let to_regional_office = |to: &str| {
        let to = to.to_lowercase();
        ["regional office", "nhs executive", "department of health"]
            .iter()
            .any(|words| to.contains(words))
    };
    let notification = cx
        .spec
        .notifications
        .iter()
        .enumerate()
        .find(|(_, n)| to_regional_office(&n.to));
    match notification {
        None => {
            out.report(Pointer::root().key("notifications"), format!("the arrangements date from {day}, when partners were to notify the NHS Executive Regional Office of their intention to use the partnership arrangements, but the spec records no such notification"))
                .help("add `notifications: [{to: NHS Executive ... Regional Office, date: YYYY-MM-DD, reference: ...}]` if the partners notified it; if they did not, say so in the agreement's history");
        }
        Some((k, notification)) => {
            let (Some(sent), Some(start)) = (notification.date, cx.spec.agreement.commencement)
            else {
                return;
            };
            let at = Pointer::root().key("notifications").index(k).key("date");
            let question = format!(
                "whether the Regional Office was notified ({sent}) after the arrangements commenced ({start})"
            );
            let notified = DateAt::new(sent, at, "date", "the Regional Office was notified");
            let started = DateAt::commencement(start);
            if compare(out, &notified, &started, |s, c| s > c, question) == Some(true) {
                out.report(&notified.pointer, format!("the Regional Office was notified {sent_on}, after the arrangements commenced {start_on}; the notification was of the partners' intention to use the powers", start_on = start.on(), sent_on = sent.on()))
                    .help("check the date of the notification");
            }
        }
    }
}

fn revenue_only(cx: &Context, out: &mut Sink) {
    let before_nhs_act_2006 = entry_date(cx).map(|e| e.date.decide(|d| d < NHS_ACT_2006_IN_FORCE));
    let act_1977 = "s28A NHS Act 1977 (an NHS body paying a local authority) or s28BB (a local authority paying an NHS body)";
    let act_2006 = "s256 NHS Act 2006 (an NHS body paying a local authority) or s76 (a local authority paying an NHS body)";
    // A date too vague to tell which Act's powers applied names both.
    let both = format!(
        "{act_1977} before {}, or {act_2006} from then",
        LongDate(NHS_ACT_2006_IN_FORCE)
    );
    let powers = match before_nhs_act_2006 {
        Some(Decision::Decided(true)) => act_1977,
        Some(Decision::TooVague { .. }) => both.as_str(),
        Some(Decision::Decided(false)) | None => act_2006,
    };
    for (i, scheme) in cx.spec.schemes.iter().enumerate() {
        let Some(pool) = &scheme.pooled_fund else {
            continue;
        };
        for (j, contribution) in pool.contributions.iter().enumerate() {
            // The Better Care Fund pools the Disabled Facilities Grant, a capital grant.
            let bcf_dfg =
                cx.spec.bcf.is_some() && contribution.stream == Some(crate::spec::BcfStream::Dfg);
            if contribution.kind == Some(MoneyKind::Capital) && !bcf_dfg {
                out.report(Pointer::pool(i).key("contributions").index(j).key("kind"), format!("`{}` makes a capital contribution to the pool of scheme `{}`; pooled funds are meant for revenue expenditure", contribution.party, scheme.id))
                    .help(format!("consider making the capital payment under {powers} and recording it under `other_funding`; if the partners mean to pool capital, record why, and how the asset is treated if the pool ends"));
            }
        }
    }
}
