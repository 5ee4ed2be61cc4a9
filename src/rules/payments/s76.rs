//! Payments by a local authority to an NHS body: s76 NHS Act 2006, s28BB NHS Act 1977 before
//! 1 March 2007, and the treatments SI 2000/618 excludes from what they may support.

use super::super::excluded::named_treatment;
use super::super::{
    Applies, Arrangement, Citation, Context, Docs, ENGLAND, Group, Label, Rule, Sink, sources,
    stated,
};
use super::at;
use super::parties::{Role, S28BB_PAYEES, S76_PAYEES, judge, party, payment};
use crate::law::{BodyClass, instruments};
use crate::spec::LegalBasis;

const S76: Applies = Applies {
    bases: &[LegalBasis::NhsAct2006S76],
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Any,
};

pub(in crate::rules) const RULES: &[Rule] = &[
    Rule {
        id: "NHSA1977-28BB-1",
        name: "section-28bb-payee-not-relevant-nhs-body",
        summary: "Before 1 March 2007 a local authority could pay only a relevant NHS body (a Health Authority or a Primary Care Trust) under s28BB NHS Act 1977.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::NHSA1977_S28BB],
        citation: Citation {
            instrument: instruments::NHS_ACT_1977.cited_as,
            provision: "s28BB(1) (as at 1 April 2000; now s76 NHS Act 2006)",
            url: "https://www.legislation.gov.uk/ukpga/1977/49/section/28BB/2000-04-01",
        },
        applies: S76,
        docs: Docs {
            what: "For a payment agreement under s76 whose commencement (else the date made) falls from 1 April 2000 to 28 February 2007, when the power was s28BB NHS Act 1977, checks that the `payee` is a Health Authority (until 30 September 2002) or a Primary Care Trust.",
            why: "s28BB(1), as at 1 April 2000: \"A local authority may, if they think fit, make payments to a relevant NHS body towards expenditure incurred or to be incurred by the body in connection with the performance by the body of prescribed functions\", and \"'relevant NHS body' means a Health Authority or a Primary Care Trust\". A payment to another body could not rest on s28BB.",
            example: "agreement:\n  legal_basis: nhs_act_2006_s76\n  commencement: 2004-04-01\nparties:\n  - id: council\n    type: county_council\n  - id: pct\n    type: primary_care_trust\npayment:\n  payer: council\n  payee: pct",
        },
        check: relevant_nhs_body,
    },
    Rule {
        id: "S76-DIR13",
        name: "section-76-payment-incomplete",
        summary: "An s76 payment is made by a local authority to an NHS body that can receive it at the agreement's dates, towards that body's prescribed functions.",
        group: Group::Statutory,
        label: Label::Memory,
        sources: &[sources::NHSWB_CL34],
        citation: Citation {
            instrument: instruments::S76_DIRECTIONS_2013.cited_as,
            provision: "with s76 NHS Act 2006 (prescribed functions; conditions of payment)",
            url: "https://www.gov.uk/government/publications/conditions-for-payments-between-the-nhs-and-local-authorities",
        },
        applies: S76,
        docs: Docs {
            what: "For a payment agreement under s76, checks that the spec has a `payment` section naming a `payer` that is a local authority, a `payee` among the `parties` that could receive an s76 payment at the agreement's dates (from 1 April 2013 the NHS Commissioning Board or a clinical commissioning group; from 1 July 2022 NHS England or an integrated care board), and a `purpose`. Always an unverified warning: the English s76 and the 2013 s76 Directions were not read.",
            why: "The Welsh mirror of s76 (NHS (Wales) Bill cl 34) lets a local authority pay named NHS bodies \"towards expenditure incurred or to be incurred by the body in connection with the performance by it of prescribed functions\", on conditions set by directions; no payment may be made unless its conditions conform with them. The English s76 is believed to say the same, with the NHS bodies of each era (rulebook §2.4); the post-2013 prescribed functions are in SI 2012/3094 reg 13, whose text was not read.",
            example: "parties:\n  - id: council\n    type: london_borough_council\n  - id: icb\n    type: integrated_care_board\npayment:\n  payer: council\n  payee: icb\n  purpose: Contribution towards a new health centre",
        },
        check: s76_payment,
    },
    Rule {
        id: "SI618-2-EXCL",
        name: "excluded-treatment-in-local-authority-payment",
        summary: "A local authority payment to an NHS body may not support surgery, radiotherapy, termination of pregnancies, endoscopy, Class 4 laser treatments, other invasive treatments or emergency ambulance services.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI618_REG2_2_ITSELF],
        citation: Citation {
            instrument: instruments::SI_2000_618.cited_as,
            provision: "reg 2(2)",
            url: "https://www.legislation.gov.uk/uksi/2000/618/regulation/2/made",
        },
        applies: S76,
        docs: Docs {
            what: "For a payment agreement under s76, looks in `payment.purpose` for the treatments SI 2000/618 reg 2(2) excludes, with the same reading as the REG617-5-X rules: exact terms naming the treatment as what the payment supports are errors; near synonyms, \"other invasive treatments\" and unclear uses are warnings; context (\"rehabilitation after surgery\") is not reported.",
            why: "SI 2000/618 reg 2(2) excludes from the functions local authority payments may support \"the provision of surgery, radiotherapy, termination of pregnancies, endoscopy, the use of Class 4 laser treatments and other invasive treatments\" and \"emergency ambulance services\" (one further item, on drugs, is cut off in the copy read). The regulations were made for s28BB NHS Act 1977, now s76 NHS Act 2006; the post-2013 list (SI 2012/3094 reg 13) was not read.",
            example: "payment:\n  purpose: Community physiotherapy after hip surgery",
        },
        check: excluded_treatment,
    },
];

fn relevant_nhs_body(cx: &Context, out: &mut Sink) {
    let Some(payment) = cx.spec.payment.as_ref() else {
        return;
    };
    // A date the table does not cover (or none) is S76-DIR13's to judge.
    let dated = cx.spec.agreement.commencement.or(cx.spec.agreement.made);
    if dated.is_none() && cx.as_of.is_none() {
        return;
    }
    if let Some(payee) = party(cx, out, payment, Role::Payee, false) {
        judge(
            cx,
            out,
            payee,
            Role::Payee,
            S28BB_PAYEES,
            "the body a local authority pays",
        );
    }
}

fn s76_payment(cx: &Context, out: &mut Sink) {
    let Some(payment) = payment(cx, out) else {
        return;
    };
    if let Some(payer) = party(cx, out, payment, Role::Payer, true)
        && !matches!(
            payer.body_type.class(),
            BodyClass::LocalAuthority | BodyClass::LocalAuthorityUncertain
        )
    {
        out.report(
            at("payer"),
            format!(
                "the payer `{}` is {}, but s76 payments are made by a local authority",
                payer.id,
                payer.body_type.described()
            ),
        )
        .help("an NHS body pays a local authority under s256 (`legal_basis: nhs_act_2006_s256`)");
    }
    if let Some(payee) = party(cx, out, payment, Role::Payee, true) {
        judge(
            cx,
            out,
            payee,
            Role::Payee,
            S76_PAYEES,
            "the body a local authority pays",
        );
    }
    if !stated(&payment.purpose) {
        out.report(
            at("purpose"),
            "the s76 payment does not say which of the NHS body's functions it is towards",
        )
        .help("write `payment.purpose`");
    }
}

fn excluded_treatment(cx: &Context, out: &mut Sink) {
    let Some(purpose) = cx.spec.payment.as_ref().and_then(|p| p.purpose.as_deref()) else {
        return;
    };
    let Some(named) = named_treatment(purpose) else {
        return;
    };
    let hit = out.report(at("purpose"), format!("the payment's purpose names \"{}\", and {} may not be supported by a local authority payment to an NHS body", named.words, named.category))
        .help("check what the payment supports; if it is care before or after the treatment, say so; if it is the treatment itself, it cannot be paid for under s76");
    if !named.certain {
        hit.warning_only();
    }
}
