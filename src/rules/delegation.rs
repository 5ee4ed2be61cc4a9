//! Delegations: a local authority exercising NHS functions (SI 2000/617 reg 9, verified) and
//! an NHS body exercising local authority functions (reg 8, whose text the rulebook has not
//! seen: its rows mirror reg 9 and report as unverified warnings).

use super::contents::{self, Scope};
use super::{
    Applies, Arrangement, BodyClass, Citation, Context, Docs, ENGLAND, Group, Label,
    PARTNERSHIP_ACTS, Rule, Sink, sources, stated,
};
use crate::law::instruments;
use crate::spec::{Amount, Delegation, Direction, Pointer};

const SI617_R9: &str = "https://www.legislation.gov.uk/uksi/2000/617/regulation/9/made";
const SI617_MADE: &str = "https://www.legislation.gov.uk/uksi/2000/617/made";
const REG9: Applies = Applies {
    bases: PARTNERSHIP_ACTS,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::NhsToLa,
};
const REG8: Applies = Applies {
    bases: PARTNERSHIP_ACTS,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::LaToNhs,
};
const NHS_TO_LA: Scope = Scope::Delegation(Direction::NhsToLa);
const LA_TO_NHS: Scope = Scope::Delegation(Direction::LaToNhs);

const fn reg9(provision: &'static str) -> Citation {
    Citation {
        instrument: instruments::SI_2000_617.cited_as,
        provision,
        url: SI617_R9,
    }
}

const fn reg8(provision: &'static str) -> Citation {
    Citation {
        instrument: instruments::SI_2000_617.cited_as,
        provision,
        url: SI617_MADE,
    }
}

/// Declares a reg 9 rule and its reg 8 mirror, which differ only in direction and verification.
macro_rules! paired {
    ($( ($id9:literal, $id8:literal, $name:literal, $summary:literal, $provision9:literal, $provision8:literal,
         $what:literal, $why:literal, $example:literal, $check9:ident, $check8:ident) ),* $(,)?) => {
        pub(super) const RULES: &[Rule] = &[
            Rule {
                id: "REG617-9-1",
                name: "delegation-between-wrong-bodies",
                summary: "NHS functions may be delegated only to a local authority partner, by an NHS partner.",
                group: Group::Statutory,
                label: Label::Verified,
                sources: &[sources::SI617_REG9],
                citation: reg9("reg 9(1)"),
                applies: REG9,
                docs: Docs {
                    what: "For each `direction: nhs_to_la` delegation, checks that `from` is an NHS party and `to` is a local authority party.",
                    why: "Reg 9(1) permits \"arrangements for the exercise by local authorities of NHS functions in conjunction with the exercise by such authorities of their health-related functions\".",
                    example: "delegations:\n  - {direction: nhs_to_la, nature: commissioning, from: icb, to: council}",
                },
                check: reg9_parties,
            },
            Rule {
                id: "REG617-9-2",
                name: "nhs-trust-delegation-without-consent",
                summary: "An NHS trust may enter arrangements for a local authority to exercise NHS functions only with the consent of each commissioner it holds an NHS contract with.",
                group: Group::Statutory,
                label: Label::Verified,
                sources: &[sources::SI617_REG9],
                citation: reg9("reg 9(2)"),
                applies: REG9,
                docs: Docs {
                    what: "For each NHS trust or foundation trust that delegates to or takes part in a `direction: nhs_to_la` delegation, checks that it lists `nhs_contracts_with` and that `consents` records each of those commissioners' consent, dated no later than the agreement was made. Foundation trusts give warnings: that the consent rule extends to them is not verified.",
                    why: "\"A partner which is an NHS trust may not enter into arrangements under paragraph (1) unless it obtains the consent of each Health Authority with which the trust has an NHS contract\" for the services concerned (the commissioner is now the ICB or NHS England).",
                    example: "parties:\n  - id: trust\n    type: nhs_trust\n    nhs_contracts_with: [icb]\nconsents:\n  - {by: icb, for: trust, date: 2024-02-01}",
                },
                check: reg9_consent,
            },
            Rule {
                id: "REG617-8-1",
                name: "delegation-to-nhs-between-wrong-bodies",
                summary: "Local authority functions may be delegated only to an NHS partner, by a local authority partner.",
                group: Group::Statutory,
                label: Label::Memory,
                sources: &[sources::SI617_REG9_AS_MIRROR],
                citation: reg8("reg 8(1) (text not verified; mirrors reg 9(1))"),
                applies: REG8,
                docs: Docs {
                    what: "For each `direction: la_to_nhs` delegation, checks that `from` is a local authority party and `to` is an NHS party. Unverified: reg 8's text has not been seen.",
                    why: "Reg 8 is believed to mirror reg 9: an NHS body may exercise a local authority's health-related functions together with its own NHS functions.",
                    example: "delegations:\n  - {direction: la_to_nhs, nature: provision, from: council, to: trust}",
                },
                check: reg8_parties,
            },
            $(
                Rule {
                    id: $id9,
                    name: concat!("delegation-", $name),
                    summary: $summary,
                    group: Group::Statutory,
                    label: Label::Verified,
                    sources: &[sources::SI617_REG9],
                    citation: reg9($provision9),
                    applies: REG9,
                    docs: Docs { what: $what, why: $why, example: $example },
                    check: $check9,
                },
                Rule {
                    id: $id8,
                    name: concat!("delegation-to-nhs-", $name),
                    summary: $summary,
                    group: Group::Statutory,
                    label: Label::Memory,
                    sources: &[sources::SI617_REG9_AS_MIRROR],
                    citation: reg8($provision8),
                    applies: REG8,
                    docs: Docs {
                        what: concat!($what, " (For `direction: la_to_nhs` delegations. Unverified: reg 8 is assumed to mirror reg 9.)"),
                        why: $why,
                        example: $example,
                    },
                    check: $check8,
                },
            )*
        ];
    };
}

paired! {
    ("REG617-9-3", "REG617-8-3", "partner-does-not-sign",
     "The agreement for the delegation must be in writing, signed for each partner to it.",
     "reg 9(3), opening words", "reg 8(3), opening words (text not verified; mirrors reg 9(3))",
     "Checks that each party to a delegation (its `from` and `to`) has a `signatory` with a `position`. Where the arrangements' `commencement` is before the date the agreement was `made`, warns (not an error) that the delegation operated for that period, named with its length in days, without the written agreement. Where the agreement also has a pooled fund, these are reported once, under REG617-7-3-WRITING, which asks the same of every party; for reg 8 likewise where reg 9 applies.",
     "Where partners arrange for one of them to exercise another's functions \"the agreement must be in writing\" (reg 9(3)). A written agreement binds a partner only when someone signs for it. Agreements are often signed after the date they take effect; until then there is no written agreement, so what was done in that period rests on whatever else the partners recorded.",
     "parties:\n  - id: icb\n    signatory: {position: Chief Executive}\n  - id: council\n    signatory: {position: Director of Adult Social Services}",
     reg9_writing, reg8_writing),
    ("REG617-9-3-a", "REG617-8-3-a", "without-aims-and-outcomes",
     "The agreement must specify the agreed aims and outcomes of the arrangements.",
     "reg 9(3)(a)", "reg 8(3)(a) (text not verified; mirrors reg 9(3)(a))",
     "Checks that each scheme with a delegation lists `aims` and `outcomes`.",
     "Reg 9(3)(a) requires \"the agreed aims and outcomes of the arrangements\".",
     "aims: [Single commissioning of learning disability services]\noutcomes: [More people in settled accommodation]",
     reg9_aims, reg8_aims),
    ("REG617-9-3-b", "REG617-8-3-b", "payments-not-stated",
     "The agreement must specify the payments to be made for the delegated functions and how they may be varied.",
     "reg 9(3)(b)", "reg 8(3)(b) (text not verified; mirrors reg 9(3)(b))",
     "Checks that each delegation lists `payments` made by the delegating partner, and states `payment_variation`.",
     "Reg 9(3)(b) requires \"the payments to be made by the NHS bodies to the local authorities and how those payments may be varied\".",
     "payments:\n  - {from: icb, amount: 4200000, financial_year: 2024/25}\npayment_variation: Reviewed each year in the budget-setting round.",
     reg9_payments, reg8_payments),
    ("REG617-9-3-c", "REG617-8-3-c", "functions-not-stated",
     "The agreement must specify the NHS functions and the health-related functions concerned.",
     "reg 9(3)(c)", "reg 8(3)(c) (text not verified; mirrors reg 9(3)(c))",
     "Checks that each scheme with a delegation lists both `functions.nhs` and `functions.health_related`.",
     "Reg 9(3)(c) requires \"the NHS functions and the health-related functions the exercise of which are the subject of the arrangements\".",
     "functions:\n  nhs: [Services under section 3 of the NHS Act 2006]\n  health_related: [Care and support under Part 1 of the Care Act 2014]",
     reg9_functions, reg8_functions),
    ("REG617-9-3-d", "REG617-8-3-d", "persons-or-services-not-stated",
     "The agreement must specify the persons the functions may be exercised for and the kinds of services.",
     "reg 9(3)(d)", "reg 8(3)(d) (text not verified; mirrors reg 9(3)(d))",
     "Checks that each scheme with a delegation states `persons` and lists `services`.",
     "Reg 9(3)(d) requires \"the persons in respect of whom and the kinds of services in respect of which the functions … may be exercised\".",
     "persons: Adults with a learning disability\nservices: [Supported living]",
     reg9_persons, reg8_persons),
    ("REG617-9-3-e", "REG617-8-3-e", "resources-not-stated",
     "The agreement must specify the staff, goods, services or accommodation the partners provide.",
     "reg 9(3)(e)", "reg 8(3)(e) (text not verified; mirrors reg 9(3)(e))",
     "Checks that each scheme with a delegation has `resources`, each naming a party.",
     "Reg 9(3)(e) requires \"the staff, goods, services or accommodation to be provided by the partners in connection with the arrangements\".",
     "resources:\n  - {party: council, staff: Joint commissioning team}",
     reg9_resources, reg8_resources),
    ("REG617-9-3-f", "REG617-8-3-f", "duration-or-review-not-stated",
     "The agreement must specify its duration and provide for the review or variation or termination of the arrangements.",
     "reg 9(3)(f)", "reg 8(3)(f) (text not verified; mirrors reg 9(3)(f))",
     "Checks that the agreement has a `commencement` date and an `expiry` date on or after it or a `rolling` term, and that it provides for at least one of review, variation or termination (a `review`, a `variation` clause, a `disputes_termination_exit` clause or a `rolling` term ended by notice); only when none is provided is there a finding. Where the agreement also has a pooled fund, a gap is reported once, under REG617-7-3-f, which asks the same; for reg 8 likewise where reg 9 applies.",
     "Reg 9(3)(f) requires \"the duration of the arrangements and provision for the review or variation or termination of the arrangements\".",
     "agreement:\n  commencement: 2024-04-01\n  expiry: 2027-03-31\n  review: {first: 2024-10-01}",
     reg9_duration, reg8_duration),
    ("REG617-9-3-g", "REG617-8-3-g", "monitoring-not-stated",
     "The agreement must specify how the delegating partner monitors the exercise of its functions.",
     "reg 9(3)(g)", "reg 8(3)(g) (text not verified; mirrors reg 9(3)(g))",
     "Checks that each delegation states `monitoring`.",
     "Reg 9(3)(g) requires \"the arrangements in place for monitoring the exercise by the local authorities of the functions\".",
     "monitoring: Quarterly performance reports to the ICB's Place Committee.",
     reg9_monitoring, reg8_monitoring),
    ("REG617-9-4", "REG617-8-4", "reports-not-quarterly-and-annual",
     "The partner exercising delegated functions must report both quarterly and annually.",
     "reg 9(4)", "reg 8(4) (existence and text not verified; mirrors reg 9(4))",
     "Checks that each delegation's `reporting` has `frequency: quarterly` (or more often) and `annual_report: true`.",
     "\"The local authorities shall report to the NHS bodies, both quarterly and annually, on the exercise of the NHS functions which are the subject of the arrangements.\"",
     "reporting:\n  frequency: quarterly\n  annual_report: true",
     reg9_reporting, reg8_reporting),
}

fn delegations<'a>(
    cx: &'a Context,
    direction: Direction,
) -> impl Iterator<Item = (Pointer, &'a Delegation)> {
    cx.spec
        .schemes
        .iter()
        .enumerate()
        .flat_map(move |(i, scheme)| {
            scheme
                .delegations
                .iter()
                .enumerate()
                .filter(move |(_, d)| d.direction == direction)
                .map(move |(j, d)| (Pointer::delegation(i, j), d))
        })
}

fn parties(cx: &Context, out: &mut Sink, direction: Direction) {
    let (from_class, to_class) = match direction {
        Direction::NhsToLa => (BodyClass::Nhs, BodyClass::LocalAuthority),
        Direction::LaToNhs => (BodyClass::LocalAuthority, BodyClass::Nhs),
        Direction::NhsToNhs => (BodyClass::Nhs, BodyClass::Nhs),
    };
    for (base, delegation) in delegations(cx, direction) {
        let from = delegation.from.located(&base.clone().key("from"));
        let to = (base.clone().key("to"), delegation.to.as_str());
        let checked = from
            .into_iter()
            .map(|(at, id)| (at, id, from_class))
            .chain([(to.0, to.1, to_class)]);
        for (at, id, class) in checked {
            // The loader has made sure `id` is a party.
            let fits = cx.class_of(id).is_some_and(|found| {
                found == class
                    || (class == BodyClass::LocalAuthority
                        && found == BodyClass::LocalAuthorityUncertain)
            });
            if fits {
                continue;
            }
            let message = format!(
                "`{id}` is not {class}, but this delegation's direction needs {class} here"
            );
            out.report(at, message)
                .help("`nhs_to_la`: an NHS body delegates to a local authority (reg 9); `la_to_nhs`: a local authority delegates to an NHS body (reg 8)");
        }
    }
}

fn payments(cx: &Context, out: &mut Sink, direction: Direction) {
    for (base, delegation) in delegations(cx, direction) {
        if delegation.payments.is_empty() {
            let payer = match delegation.from.ids() {
                [one] => format!("`from: {one}`"),
                _ => format!("`from:` one of {}", delegation.from.in_code()),
            };
            out.report(base.clone().key("payments"), format!("the delegation from {} to `{}` states no payments", delegation.from.in_code(), delegation.to))
                .help(format!("add `payments:` with {payer}, the `amount` and the `financial_year` (write `amount: 0` if none)"));
        }
        for (k, payment) in delegation.payments.iter().enumerate() {
            if payment.amount == Amount::Unknown {
                out.report(base.clone().key("payments").index(k).key("amount"), format!("the amount of `{}`'s payment to `{}` is not yet agreed (`unknown`)", payment.from, delegation.to))
                    .help("once the partners agree it, write the amount in place of `unknown`: the agreement must state the payments for the delegated functions (write `0` if there are none)");
            }
            if !delegation.from.includes(&payment.from) {
                let delegating = if delegation.from.jointly() {
                    format!(
                        "any of the delegating partners {}",
                        delegation.from.in_code()
                    )
                } else {
                    format!("the delegating partner {}", delegation.from.in_code())
                };
                out.report(base.clone().key("payments").index(k).key("from"), format!("the payment is from `{}`, not from {delegating}", payment.from))
                    .help("payments under a delegation are made by the partner whose functions are delegated; record other money under the scheme's `other_funding`");
            }
        }
        if !stated(&delegation.payment_variation) {
            out.report(
                base.key("payment_variation"),
                format!(
                    "the delegation from {} to `{}` does not say how payments may be varied",
                    delegation.from.in_code(),
                    delegation.to
                ),
            )
            .help("add `payment_variation:` to the delegation");
        }
    }
}

fn monitoring(cx: &Context, out: &mut Sink, direction: Direction) {
    for (base, delegation) in delegations(cx, direction) {
        if !stated(&delegation.monitoring) {
            out.report(
                base.key("monitoring"),
                format!(
                    "the delegation from {} to `{}` does not say how it is monitored",
                    delegation.from.in_code(),
                    delegation.to
                ),
            )
            .help(if delegation.from.jointly() {
                format!(
                    "add `monitoring:` saying how {} monitor the exercise of their functions",
                    delegation.from.in_code()
                )
            } else {
                format!(
                    "add `monitoring:` saying how {} monitors the exercise of its functions",
                    delegation.from.in_code()
                )
            });
        }
    }
}

fn reporting(cx: &Context, out: &mut Sink, direction: Direction) {
    for (base, delegation) in delegations(cx, direction) {
        let reporting = delegation.reporting.as_ref();
        let frequency = reporting.and_then(|r| r.frequency);
        if !frequency.is_some_and(|f| f.at_least_quarterly()) {
            let found = frequency.map_or("makes no in-year reports".to_owned(), |f| {
                format!("reports only {f}")
            });
            out.report(
                base.clone().key("reporting").key("frequency"),
                format!(
                    "the delegation from {} to `{}` {found}; it must report quarterly",
                    delegation.from.in_code(),
                    delegation.to
                ),
            )
            .help("set `reporting: {frequency: quarterly, annual_report: true}` on the delegation");
        }
        if reporting.and_then(|r| r.annual_report) != Some(true) {
            out.report(
                base.key("reporting").key("annual_report"),
                format!(
                    "the delegation from {} to `{}` has no annual report",
                    delegation.from.in_code(),
                    delegation.to
                ),
            )
            .help("set `annual_report: true` under the delegation's `reporting`");
        }
    }
}

fn reg9_consent(cx: &Context, out: &mut Sink) {
    let partners = delegations(cx, Direction::NhsToLa)
        .flat_map(|(_, d)| d.parties())
        .collect();
    contents::trusts_have_consent(
        cx,
        out,
        partners,
        "an arrangement for a local authority to exercise its NHS functions",
    );
}

fn reg9_parties(cx: &Context, out: &mut Sink) {
    parties(cx, out, Direction::NhsToLa);
}
fn reg8_parties(cx: &Context, out: &mut Sink) {
    parties(cx, out, Direction::LaToNhs);
}
fn reg9_aims(cx: &Context, out: &mut Sink) {
    contents::aims_and_outcomes(cx, out, NHS_TO_LA);
}
fn reg8_aims(cx: &Context, out: &mut Sink) {
    contents::aims_and_outcomes(cx, out, LA_TO_NHS);
}
fn reg9_payments(cx: &Context, out: &mut Sink) {
    payments(cx, out, Direction::NhsToLa);
}
fn reg8_payments(cx: &Context, out: &mut Sink) {
    payments(cx, out, Direction::LaToNhs);
}
fn reg9_functions(cx: &Context, out: &mut Sink) {
    contents::both_kinds_of_function(cx, out, NHS_TO_LA);
}
fn reg8_functions(cx: &Context, out: &mut Sink) {
    contents::both_kinds_of_function(cx, out, LA_TO_NHS);
}
fn reg9_persons(cx: &Context, out: &mut Sink) {
    contents::persons_and_services(cx, out, NHS_TO_LA);
}
fn reg8_persons(cx: &Context, out: &mut Sink) {
    contents::persons_and_services(cx, out, LA_TO_NHS);
}
fn reg9_resources(cx: &Context, out: &mut Sink) {
    contents::resources(cx, out, NHS_TO_LA);
}
fn reg8_resources(cx: &Context, out: &mut Sink) {
    contents::resources(cx, out, LA_TO_NHS);
}
// Regs 7(3)(f), 9(3)(f) and 8(3)(f) ask the same of the same agreement, so each gap is reported
// once: under reg 7 when there is a pooled fund, else under reg 9, else under reg 8.
fn reg9_duration(cx: &Context, out: &mut Sink) {
    if !has_pool(cx) {
        contents::duration_and_provision(cx, out);
    }
}
fn reg8_duration(cx: &Context, out: &mut Sink) {
    let reported_under_reg9 = cx
        .spec
        .schemes
        .iter()
        .flat_map(|s| &s.delegations)
        .any(|d| d.direction == Direction::NhsToLa);
    if !has_pool(cx) && !reported_under_reg9 {
        contents::duration_and_provision(cx, out);
    }
}

fn has_pool(cx: &Context) -> bool {
    cx.spec.schemes.iter().any(|s| s.pooled_fund.is_some())
}
// Regs 7(3), 9(3) and 8(3) all open "the agreement must be in writing"; each gap is reported
// once: under reg 7 (which covers every party) when there is a pooled fund, else under reg 9,
// else under reg 8.
fn reg9_writing(cx: &Context, out: &mut Sink) {
    if has_pool(cx) {
        return;
    }
    let parties: Vec<&str> = delegations(cx, Direction::NhsToLa)
        .flat_map(|(_, d)| d.parties())
        .collect();
    contents::partners_sign(
        cx,
        out,
        parties,
        "an agreement for a local authority to exercise NHS functions",
    );
    contents::signed_before_commencement(
        cx,
        out,
        "the arrangements for a local authority to exercise NHS functions",
    );
}
fn reg8_writing(cx: &Context, out: &mut Sink) {
    if has_pool(cx) {
        return;
    }
    let covered: std::collections::BTreeSet<&str> = delegations(cx, Direction::NhsToLa)
        .flat_map(|(_, d)| d.parties())
        .collect();
    let parties: Vec<&str> = delegations(cx, Direction::LaToNhs)
        .flat_map(|(_, d)| d.parties())
        .filter(|id| !covered.contains(id))
        .collect();
    contents::partners_sign(
        cx,
        out,
        parties,
        "an agreement for an NHS body to exercise local authority functions",
    );
    if covered.is_empty() {
        contents::signed_before_commencement(
            cx,
            out,
            "the arrangements for an NHS body to exercise local authority functions",
        );
    }
}
fn reg9_monitoring(cx: &Context, out: &mut Sink) {
    monitoring(cx, out, Direction::NhsToLa);
}
fn reg8_monitoring(cx: &Context, out: &mut Sink) {
    monitoring(cx, out, Direction::LaToNhs);
}
fn reg9_reporting(cx: &Context, out: &mut Sink) {
    reporting(cx, out, Direction::NhsToLa);
}
fn reg8_reporting(cx: &Context, out: &mut Sink) {
    reporting(cx, out, Direction::LaToNhs);
}
