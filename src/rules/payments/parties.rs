//! Who may pay and be paid under the payment powers, by date (rulebook §2.4), and the one
//! check that judges a payment's party against that table at the agreement's dates.

use jiff::civil::{Date, date};

use super::super::vague::DateAt;
use super::super::{Context, Sink};
use crate::law::LongDate;
use crate::spec::{BodyType, Decision, Party, PaymentAgreement, Pointer};

/// The bodies that could take one role in a payment over a span of dates.
pub(super) struct PayEra {
    pub(super) from: Date,
    pub(super) until: Option<Date>,
    pub(super) types: &'static [BodyType],
    /// Whether the rulebook verified this row (§2.4); a finding on an unverified row only warns.
    pub(super) verified: bool,
    /// The bodies in words, e.g. "NHS England or an integrated care board".
    pub(super) words: &'static str,
    /// The power in that span, e.g. "s256 NHS Act 2006".
    pub(super) power: &'static str,
}

impl PayEra {
    fn covers(&self, day: Date) -> bool {
        day >= self.from && self.until.is_none_or(|until| day <= until)
    }
}

use BodyType::*;

/// s28A NHS Act 1977, then s256 NHS Act 2006: the NHS bodies that may pay a local authority.
pub(super) const S256_PAYERS: &[PayEra] = &[
    PayEra {
        from: date(2000, 4, 1),
        until: Some(date(2007, 2, 28)),
        types: &[HealthAuthority, PrimaryCareTrust],
        verified: false,
        words: "a Health Authority or a Primary Care Trust",
        power: "s28A NHS Act 1977",
    },
    PayEra {
        from: date(2007, 3, 1),
        until: Some(date(2013, 3, 31)),
        types: &[PrimaryCareTrust, StrategicHealthAuthority],
        verified: false,
        words: "a Primary Care Trust (and, it is believed, a Strategic Health Authority)",
        power: "s256 NHS Act 2006",
    },
    PayEra {
        from: date(2013, 4, 1),
        until: Some(date(2022, 6, 30)),
        types: &[NhsEngland, ClinicalCommissioningGroup],
        verified: false,
        words: "the NHS Commissioning Board (NHS England) or a clinical commissioning group",
        power: "s256 NHS Act 2006",
    },
    PayEra {
        from: date(2022, 7, 1),
        until: None,
        types: &[NhsEngland, IntegratedCareBoard],
        verified: true,
        words: "NHS England or an integrated care board",
        power: "s256 NHS Act 2006",
    },
];

/// s28BB NHS Act 1977: the relevant NHS bodies a local authority may pay (as at 1 April 2000).
pub(super) const S28BB_PAYEES: &[PayEra] = &[PayEra {
    from: date(2000, 4, 1),
    until: Some(date(2007, 2, 28)),
    types: &[HealthAuthority, PrimaryCareTrust],
    verified: true,
    words: "a Health Authority or a Primary Care Trust (a \"relevant NHS body\")",
    power: "s28BB NHS Act 1977",
}];

/// s76 NHS Act 2006 from 1 April 2013: the NHS bodies a local authority may pay.
pub(super) const S76_PAYEES: &[PayEra] = &[
    PayEra {
        from: date(2013, 4, 1),
        until: Some(date(2022, 6, 30)),
        types: &[NhsEngland, ClinicalCommissioningGroup],
        verified: false,
        words: "the NHS Commissioning Board (NHS England) or a clinical commissioning group",
        power: "s76 NHS Act 2006",
    },
    PayEra {
        from: date(2022, 7, 1),
        until: None,
        types: &[NhsEngland, IntegratedCareBoard],
        verified: false,
        words: "NHS England or an integrated care board",
        power: "s76 NHS Act 2006",
    },
];

/// Which party of the payment a check is about.
#[derive(Clone, Copy)]
pub(super) enum Role {
    Payer,
    Payee,
}

impl Role {
    pub(super) fn key(self) -> &'static str {
        match self {
            Role::Payer => "payer",
            Role::Payee => "payee",
        }
    }

    fn id(self, payment: &PaymentAgreement) -> Option<&str> {
        match self {
            Role::Payer => payment.payer.as_deref(),
            Role::Payee => payment.payee.as_deref(),
        }
        .filter(|id| !id.trim().is_empty())
    }
}

/// The payment block, or a finding that it is missing.
pub(super) fn payment<'a>(cx: &Context<'a>, out: &mut Sink) -> Option<&'a PaymentAgreement> {
    let payment = cx.spec.payment.as_ref();
    if payment.is_none() {
        out.report(Pointer::root().key("payment"), "the agreement is made under a payment power but has no `payment` section saying who pays whom, how much and what for")
            .help("add `payment` with `payer`, `payee`, `amounts` and `purpose`");
    }
    payment
}

/// The party in `role`, or a finding that it is not named or is not a party. Reports about
/// the missing party only when `report_missing` (one rule reports it, not every rule).
pub(super) fn party<'a>(
    cx: &Context<'a>,
    out: &mut Sink,
    payment: &PaymentAgreement,
    role: Role,
    report_missing: bool,
) -> Option<&'a Party> {
    let pointer = Pointer::root().key("payment").key(role.key());
    let Some(id) = role.id(payment) else {
        if report_missing {
            out.report(
                pointer,
                format!("the payment agreement does not name the {}", role.key()),
            )
            .help(format!(
                "write the {}'s party id in `payment.{}`",
                role.key(),
                role.key()
            ));
        }
        return None;
    };
    let found = cx.party(id).map(|(_, p)| p);
    if found.is_none() && report_missing {
        out.report(
            pointer,
            format!("the {} `{id}` is not one of the `parties`", role.key()),
        )
        .help("use the `id` of a party listed in `parties`");
    }
    found
}

/// Judges the party in `role` against `table` at the agreement's dates (commencement, else the
/// date made, else the configured date). Dates no row covers are not this check's question.
pub(super) fn judge(
    cx: &Context,
    out: &mut Sink,
    party: &Party,
    role: Role,
    table: &[PayEra],
    what: &str,
) {
    let agreement = &cx.spec.agreement;
    let at = agreement
        .commencement
        .map(DateAt::commencement)
        .or(agreement.made.map(DateAt::made));
    let pointer = Pointer::root().key("payment").key(role.key());
    let ty = party.body_type;
    let row = |d: Date| table.iter().position(|era| era.covers(d));
    let fits = |d: Date| {
        row(d).map(|i| {
            table.get(i).is_some_and(|era| era.types.contains(&ty))
                && ty.era().is_none_or(|e| e.covers(d))
        })
    };
    let answer = match (&at, cx.as_of) {
        (Some(at), _) => match at.date.decide(fits) {
            Decision::Decided(f) => Decision::Decided((row(at.date.first()), f)),
            Decision::TooVague { first, last } => Decision::TooVague { first, last },
        },
        (None, Some(day)) => Decision::Decided((row(day), fits(day))),
        (None, None) => {
            if !table.iter().any(|era| era.types.contains(&ty)) {
                let all = table.iter().all(|era| era.verified);
                let hit = out
                    .report(
                        &pointer,
                        format!(
                            "the {} `{}` is {}, which cannot be {what} at any date jointly knows",
                            role.key(),
                            party.id,
                            ty.described()
                        ),
                    )
                    .help("check the party's type, or whether the agreement rests on this power");
                if !all {
                    hit.unverified();
                }
            }
            return;
        }
    };
    match answer {
        Decision::Decided((Some(i), Some(false))) => {
            let Some(era) = table.get(i) else { return };
            let since = LongDate(era.from);
            let hit = out.report(&pointer, format!("the {} `{}` is {}, but on the agreement's dates (from {since}) {what} under {} is {}", role.key(), party.id, ty.described(), era.power, era.words))
                .help("check the party's type against the agreement's dates, or whether the agreement rests on this power");
            if !era.verified {
                hit.unverified();
            }
        }
        Decision::TooVague { .. } => {
            if let Some(at) = at {
                at.too_vague(out, format!("which bodies could be {what} then"));
            }
        }
        Decision::Decided(_) => {}
    }
}
