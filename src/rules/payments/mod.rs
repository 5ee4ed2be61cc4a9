//! Payment agreements (rulebook §3.9): an NHS body paying a local authority under s256 NHS Act
//! 2006 (s28A NHS Act 1977 before 1 March 2007), and a local authority paying an NHS body under
//! s76 (s28BB). These are agreements in their own right, not partnership arrangements: SI
//! 2000/617's pooled-fund and delegation rules do not run on them. The era's power is judged
//! from the agreement's dates (`parties.rs`); the s76 rules are in `s76.rs`.

mod parties;
mod s76;

use super::Hit;
use super::{
    Applies, Arrangement, Citation, Context, Docs, ENGLAND, Group, Label, PAYMENT_ACTS, Rule, Sink,
    sources, stated,
};
use crate::law::dates::{NHS_ACT_2006_IN_FORCE, PAYMENT_DIRECTIONS_2013_IN_FORCE};
use crate::law::instruments;
use crate::spec::{BodyType, Decision, LegalBasis, PaymentNature, Pointer, PurposeHead};
use parties::{Role, S256_PAYERS, judge, party, payment};

pub(super) use s76::RULES as S76_RULES;

const S256_URL: &str = "https://www.legislation.gov.uk/ukpga/2006/41/section/256";
const DIRECTIONS_URL: &str = "https://www.gov.uk/government/publications/conditions-for-payments-between-the-nhs-and-local-authorities";
const S256: Applies = Applies {
    bases: &[LegalBasis::NhsAct2006S256],
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Any,
};

fn at(key: &str) -> Pointer {
    Pointer::root().key("payment").key(key)
}

/// Whether the agreement's date made (else its commencement) is decided before `day`: the
/// era before the NHS Act 2006 (s28A, whose text jointly has not read) or before the 2013
/// Directions.
fn dated_before(cx: &Context, day: jiff::civil::Date) -> bool {
    let agreement = &cx.spec.agreement;
    agreement
        .made
        .or(agreement.commencement)
        .is_some_and(|d| d.decide(|d| d < day) == Decision::Decided(true))
}

/// Under s28A NHS Act 1977 (before 1 March 2007) the heads of s256 were not read: a finding
/// about them then only warns, and says so.
fn under_s28a(cx: &Context, hit: &mut Hit) {
    if dated_before(cx, NHS_ACT_2006_IN_FORCE) {
        hit.unverified();
    }
}

pub(super) const RULES: &[Rule] = &[
    Rule {
        id: "NHSA2006-256-1-PAYER",
        name: "section-256-payer-not-allowed",
        summary: "The payer under s256 must be an NHS body that could pay at the agreement's dates: today NHS England or an integrated care board.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::NHSA2006_S256_2022],
        citation: Citation {
            instrument: instruments::NHS_ACT_2006.cited_as,
            provision: "s256(1) (as at 1 September 2022; s28A NHS Act 1977 before 1 March 2007)",
            url: S256_URL,
        },
        applies: S256,
        docs: Docs {
            what: "For a payment agreement under s256, checks that the spec has a `payment` section naming a `payer` that is one of the `parties`, and that the payer's type could pay at the agreement's commencement (else the date made): from 1 July 2022 NHS England or an integrated care board (an error); from 1 April 2013 to 30 June 2022 the NHS Commissioning Board or a clinical commissioning group, from 1 March 2007 a Primary Care Trust (perhaps a Strategic Health Authority), and under s28A NHS Act 1977 from 1 April 2000 a Health Authority or a Primary Care Trust (unverified warnings: the rulebook has these eras from secondary sources or memory).",
            why: "s256(1), as in force from 1 July 2022: \"[NHS England] or [an integrated care board] may make payments to—\" a local authority and the other bodies it lists. Only the bodies the section names can pay under it; a payment by another body rests on another power, or on none.",
            example: "agreement:\n  legal_basis: nhs_act_2006_s256\n  commencement: 2023-04-01\nparties:\n  - id: icb\n    type: integrated_care_board\n  - id: council\n    type: london_borough_council\npayment:\n  payer: icb\n  payee: council",
        },
        check: payer_allowed,
    },
    Rule {
        id: "NHSA2006-256-1-PURPOSE",
        name: "section-256-purpose-not-stated",
        summary: "An s256 payment must state its purpose and the head of s256(1) (a)-(e) it falls under, or rest on the payer's s256(3) opinion.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::NHSA2006_S256_2022],
        citation: Citation {
            instrument: instruments::NHS_ACT_2006.cited_as,
            provision: "s256(1)(a)-(e), (3)",
            url: S256_URL,
        },
        applies: S256,
        docs: Docs {
            what: "For a payment agreement under s256, checks that `payment.purpose` says what the payment is towards and `payment.head` names the head it falls under: `a` (social services functions), `b` (meals and recreation for old people), `c` (education functions for disabled persons), `d` (housing functions under Part 2 Housing Act 1985), `e` (a listed housing body, for housing accommodation) or `opinion` (s256(3)). For an agreement made before 1 March 2007, under s28A NHS Act 1977, whose text jointly has not read, the findings are unverified warnings.",
            why: "s256(1) lets the payer pay only towards what its heads (a) to (e) list, and s256(3) adds any other local authority function that, in the payer's opinion, affects health or is connected with NHS functions. An agreement that does not say which head the payment falls under cannot show that the payer had the power to make it.",
            example: "payment:\n  purpose: Reablement places for adults leaving hospital\n  head: a",
        },
        check: purpose_stated,
    },
    Rule {
        id: "NHSA2006-256-3-OPINION",
        name: "section-256-opinion-without-grounds",
        summary: "A payment resting on the payer's s256(3) opinion must record the grounds of that opinion.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[sources::NHSWA2006_S194, sources::HFMA_2011_S256],
        citation: Citation {
            instrument: instruments::NHS_ACT_2006.cited_as,
            provision: "s256(3) (wording read in the Welsh mirror, s194(3) NHS (Wales) Act 2006)",
            url: S256_URL,
        },
        applies: S256,
        docs: Docs {
            what: "For a payment under s256 whose `payment.head` is `opinion`, checks that `payment.opinion_grounds` lists at least one ground: `affects_health`, `interacts_with_nhs_functions` or `connected_with_nhs_functions`.",
            why: "Under s256(3) a payment may support a local authority function outside heads (a) to (e) only where, in the payer's opinion, the function affects health, affects or is affected by NHS functions, or is connected with them. The Welsh mirror, s194(3) NHS (Wales) Act 2006, was read (\"functions which, in the opinion of the Local Health Board— (a) have an eff[ect]…\"); HFMA (2011) gives the same three tests for s256. The English subsection's own words were not read.",
            example: "payment:\n  head: opinion\n  opinion_grounds: [affects_health, connected_with_nhs_functions]",
        },
        check: opinion_grounds,
    },
    Rule {
        id: "S256-DIR13-EFFECTIVE",
        name: "section-256-effectiveness-not-recorded",
        summary: "Before paying, the payer must be satisfied that the payment is likely to secure a more effective use of public funds than spending the same amount on NHS services.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[sources::PROCPORTAL_2013, sources::GUIDE07_CH3_S28A],
        citation: Citation {
            instrument: instruments::S256_DIRECTIONS_2013.cited_as,
            provision: "conditions of payment (in force 20 May 2013; the 2000 Directions before)",
            url: DIRECTIONS_URL,
        },
        applies: S256,
        docs: Docs {
            what: "For a payment agreement under s256, checks that `payment.effectiveness` records the payer's judgment that the payment is likely to secure a more effective use of public funds than spending the same amount on NHS services.",
            why: "The 2013 Directions: \"the payer must be satisfied that the payment is likely to secure a more effective use of funds than if an equivalent amount was s[pent] …\" (read in a summary whose copy stops there). The 2007 DCSF/DH guide says the same of s28A payments: the NHS must be \"satisfied that it offers a more efficient use of resources than if an equivalent amount were used directly for NHS purposes\". The judgment is the payer's, so the agreement should record it.",
            example: "payment:\n  effectiveness: >-\n    The ICB Board judged on 12 March 2024 that funding reablement places will reduce\n    delayed discharges more than the same sum spent on acute beds.",
        },
        check: effectiveness_recorded,
    },
    Rule {
        id: "S256-DIR13-MOA",
        name: "section-256-without-memorandum",
        summary: "An s256 payment must be made under the memorandum of agreement the directions prescribe.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[sources::MOA_3B, sources::GUIDE07_CH3_MEMORANDUM],
        citation: Citation {
            instrument: instruments::S256_DIRECTIONS_2013.cited_as,
            provision: "direction 3(b) (memorandum of agreement)",
            url: DIRECTIONS_URL,
        },
        applies: S256,
        docs: Docs {
            what: "For a payment agreement under s256, checks that `payment.memorandum` records the memorandum of agreement (an error when it is missing; for an agreement made before 20 May 2013 the message cites the guide's memorandum under the 2000 Directions), and warns when it does not set out its `terms`. The memorandum's own fields are not checked one by one, because its body was not read.",
            why: "The Department of Health's form is headed \"The following memorandum of agreement must be used as required by direction 3(b)\". Before 2013 the 2007 DCSF/DH guide said the same of s28A and s28BB payments: their use \"requires completion of a short memorandum to confirm the broad objectives\".",
            example: "payment:\n  memorandum:\n    date: 2024-03-28\n    terms: Purpose, amount, period, conditions and monitoring as in the schedule.",
        },
        check: memorandum_recorded,
    },
    Rule {
        id: "S256-CAPITAL",
        name: "capital-payment-without-conditions",
        summary: "A capital payment should carry conditions for repayment if the asset stops being used for its purpose, or for a share of any increase in its value.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[sources::NHSWB_CL34, sources::GUIDE07_CH3_CAPITAL],
        citation: Citation {
            instrument: instruments::S256_DIRECTIONS_2013.cited_as,
            provision: "conditions on capital payments (s256 and s76 directions)",
            url: DIRECTIONS_URL,
        },
        applies: Applies {
            bases: PAYMENT_ACTS,
            jurisdictions: ENGLAND,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "For a payment agreement under s256 or s76 with a sum whose `nature` is `capital`, checks that `payment.capital_conditions` states the `repayment` terms (an error when missing), and warns when it names no `asset`.",
            why: "The Welsh mirror of s76 (NHS (Wales) Bill cl 34) provides for payments \"of a capital or of a revenue nature\" on conditions that may require \"repayment of the whole or part of a payment\" or \"an amount representing the whole or part of an increase in the value of the property\". The 2007 DCSF/DH guide describes the \"statutory provision for NHS contributions to capital to be returned if a scheme ceases\". Without such conditions public capital can leave public use.",
            example: "payment:\n  amounts:\n    - amount: 250000\n      nature: capital\n  capital_conditions:\n    asset: Extra care housing scheme, Mill Lane\n    repayment: Repaid in full if the scheme stops providing extra care within 25 years",
        },
        check: capital_conditions,
    },
    Rule {
        id: "S256-NOT-DELEGATION",
        name: "delegation-in-payment-agreement",
        summary: "An s256 payment is a contribution to the other body's costs, not a transfer of functions: a payment agreement should not delegate functions.",
        group: Group::Guidance,
        label: Label::VerifiedSeed,
        sources: &[sources::GUIDE07_CH3_GRANT],
        citation: Citation {
            instrument: instruments::GUIDE_2007.cited_as,
            provision: "chapter 3 (Section 28A)",
            url: "",
        },
        applies: S256,
        docs: Docs {
            what: "For a payment agreement under s256, reports every entry in a scheme's `delegations`. It does not ask the payee for a contribution of its own.",
            why: "The 2007 DCSF/DH guide: \"The making of a grant under S28 is not a transfer of a function - it is simply a contribution to the other partner's costs for care delivery. It does not require the other partner to identify their own contribution\". A delegation of functions needs s75 NHS Act 2006 and SI 2000/617 (or, from 1 July 2022, s65Z5), in an agreement made on that basis.",
            example: "# the payment stands alone; any delegation is in a separate s75 agreement\npayment:\n  payer: icb\n  payee: council",
        },
        check: no_delegation,
    },
    Rule {
        id: "S256-VCS-ALT",
        name: "section-256-to-voluntary-or-nhs-provider",
        summary: "Grants to voluntary organisations, and an ICB's grants to NHS trusts and foundation trusts, rest on other powers, not s256.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[sources::HLBILL71_S14Z47],
        citation: Citation {
            instrument: instruments::NHS_ACT_2006.cited_as,
            provision: "s13X (NHS England) and s14Z47 (integrated care boards) grant powers",
            url: "",
        },
        applies: S256,
        docs: Docs {
            what: "For a payment agreement under s256 whose `payee` is a voluntary organisation, an NHS trust or an NHS foundation trust, warns that the payment should rest on another power. Always a warning: the grant powers' sections as enacted were not read.",
            why: "s256 pays local authorities and the bodies s256(1) lists. NHS England may make grants to voluntary organisations under s13X; the Health and Care Bill's new s14Z47 lets an integrated care board make grants to its partner NHS trusts and foundation trusts and grants or loans to voluntary organisations (read in the Bill; the section as enacted was not read). The s256 Directions and memorandum do not attach to those grants.",
            example: "parties:\n  - id: icb\n    type: integrated_care_board\n  - id: council\n    type: county_council\npayment:\n  payer: icb\n  payee: council",
        },
        check: voluntary_alternative,
    },
];

fn payer_allowed(cx: &Context, out: &mut Sink) {
    let Some(payment) = payment(cx, out) else {
        return;
    };
    if let Some(payer) = party(cx, out, payment, Role::Payer, true) {
        judge(cx, out, payer, Role::Payer, S256_PAYERS, "the payer");
    }
}

fn purpose_stated(cx: &Context, out: &mut Sink) {
    let Some(payment) = cx.spec.payment.as_ref() else {
        return;
    };
    if !stated(&payment.purpose) {
        out.report(
            at("purpose"),
            "the s256 payment does not say what it is towards",
        )
        .help("write `payment.purpose`, e.g. \"Reablement places for adults leaving hospital\"");
    }
    if payment.head.is_none() {
        out.report(at("head"), "the s256 payment does not say which head of s256(1) it falls under, or that it rests on the payer's s256(3) opinion")
            .help("write `payment.head`: `a` (social services functions), `b`, `c`, `d`, `e`, or `opinion` with its `opinion_grounds`");
    }
}

fn opinion_grounds(cx: &Context, out: &mut Sink) {
    let Some(payment) = cx.spec.payment.as_ref() else {
        return;
    };
    if payment.head == Some(PurposeHead::Opinion) && payment.opinion_grounds.is_empty() {
        let hit = out.report(at("opinion_grounds"), "the s256 payment rests on the payer's s256(3) opinion but records no ground for it")
            .help("list in `payment.opinion_grounds` why, in the payer's opinion, the function affects health (`affects_health`), affects or is affected by NHS functions (`interacts_with_nhs_functions`) or is connected with them (`connected_with_nhs_functions`)");
        under_s28a(cx, hit);
    }
}

fn effectiveness_recorded(cx: &Context, out: &mut Sink) {
    let Some(payment) = cx.spec.payment.as_ref() else {
        return;
    };
    if !stated(&payment.effectiveness) {
        out.report(at("effectiveness"), "the payer's judgment that the payment is likely to secure a more effective use of public funds than spending the same amount on NHS services is not recorded")
            .help("write the payer's judgment, and when and by whom it was made, in `payment.effectiveness`");
    }
}

fn memorandum_recorded(cx: &Context, out: &mut Sink) {
    let Some(payment) = cx.spec.payment.as_ref() else {
        return;
    };
    match &payment.memorandum {
        None if dated_before(cx, PAYMENT_DIRECTIONS_2013_IN_FORCE) => {
            out.report(at("memorandum"), "the payment has no memorandum of agreement: before 20 May 2013 the 2000 Directions applied, and the 2007 DCSF/DH guide says s28A and s256 payments need \"a short memorandum to confirm the broad objectives\"")
                .help("record the memorandum of agreement in `payment.memorandum`, with its `date` and `terms`");
        }
        None => {
            out.report(at("memorandum"), "the s256 payment has no memorandum of agreement")
                .help("record the memorandum of agreement the directions prescribe in `payment.memorandum`, with its `date` and `terms`");
        }
        Some(memo) if !stated(&memo.terms) => {
            out.report(at("memorandum").key("terms"), "the memorandum of agreement's terms are not set out")
                .help("summarise in `payment.memorandum.terms` the purpose, amount, period, conditions and monitoring it records")
                .warning_only();
        }
        Some(_) => {}
    }
}

fn capital_conditions(cx: &Context, out: &mut Sink) {
    let Some(payment) = cx.spec.payment.as_ref() else {
        return;
    };
    let Some(first) = payment
        .amounts
        .iter()
        .position(|a| a.nature == Some(PaymentNature::Capital))
    else {
        return;
    };
    let conditions = payment.capital_conditions.as_ref();
    if !conditions.is_some_and(|c| stated(&c.repayment)) {
        out.report(at("capital_conditions").key("repayment"), format!("sum {} of the payment is capital, but no condition says what is repaid if the asset stops being used for its purpose", first + 1))
            .help("write `payment.capital_conditions.repayment` (and, where agreed, `increase_in_value`)");
    }
    if conditions.is_some() && !conditions.is_some_and(|c| stated(&c.asset)) {
        out.report(
            at("capital_conditions").key("asset"),
            "the capital conditions do not name the asset the payment is towards",
        )
        .help("write `payment.capital_conditions.asset`")
        .warning_only();
    }
}

fn no_delegation(cx: &Context, out: &mut Sink) {
    for (i, scheme) in cx.spec.schemes.iter().enumerate() {
        for (j, delegation) in scheme.delegations.iter().enumerate() {
            out.report(Pointer::delegation(i, j), format!("scheme `{}` delegates functions to `{}`, but an s256 payment is a contribution to the payee's costs, not a transfer of functions", scheme.id, delegation.to))
                .help("make the delegation under s75 NHS Act 2006 in a separate agreement, or remove it");
        }
    }
}

fn voluntary_alternative(cx: &Context, out: &mut Sink) {
    let Some(payment) = cx.spec.payment.as_ref() else {
        return;
    };
    let Some(payee) = party(cx, out, payment, Role::Payee, false) else {
        return;
    };
    let ty = payee.body_type;
    if matches!(
        ty,
        BodyType::VoluntaryOrganisation | BodyType::NhsTrust | BodyType::NhsFoundationTrust
    ) {
        out.report(at("payee"), format!("the payee `{}` is {}: a grant to it rests on another power than s256", payee.id, ty.described()))
            .help("consider NHS England's grant power (s13X NHS Act 2006) or an integrated care board's (s14Z47); the s256 Directions and memorandum do not attach to those grants")
            .warning_only();
    }
}
