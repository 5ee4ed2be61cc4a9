//! A payment agreement's draft (s256 or s76 NHS Act 2006; s28A or s28BB NHS Act 1977 before
//! 1 March 2007): the power in force when the agreement was made, the directions that set its
//! conditions, and the memorandum's terms as the spec states them.

use serde::Serialize;

use super::act::ActModel;
use super::{Names, md, pool};
use crate::law::dates::PAYMENT_DIRECTIONS_2013_IN_FORCE;
use crate::law::instruments::{S76_DIRECTIONS_2013, S256_DIRECTIONS_2013};
use crate::spec::{Decision, LegalBasis, PaymentAgreement, PaymentNature, Spec, StatedDate};

/// The payment section of a draft.
#[derive(Debug, Serialize)]
pub struct PaymentModel {
    /// The power, as in force when the agreement was made, e.g. "section 256 of the National
    /// Health Service Act 2006".
    pub power: &'static str,
    /// The directions setting the payment's conditions, by name where the agreement's dates
    /// fall under the 2013 Directions.
    pub directions: String,
    pub payer: String,
    pub payee: String,
    pub purpose: Option<String>,
    /// The head of s256(1), or the s256(3) opinion, in words.
    pub head: Option<&'static str>,
    pub opinion_grounds: Vec<&'static str>,
    pub effectiveness: Option<String>,
    pub amounts: Vec<PaymentAmountModel>,
    pub memorandum: Option<MemorandumModel>,
    pub capital: Option<CapitalModel>,
    pub monitoring: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct PaymentAmountModel {
    pub amount: String,
    pub financial_year: Option<String>,
    pub nature: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct MemorandumModel {
    pub date: Option<String>,
    pub reference: Option<String>,
    pub terms: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct CapitalModel {
    pub asset: Option<String>,
    pub repayment: Option<String>,
    pub increase_in_value: Option<String>,
}

/// The power under `basis` in its era's words.
fn power(basis: LegalBasis, before_2006_act: bool) -> &'static str {
    match (basis, before_2006_act) {
        (LegalBasis::NhsAct2006S76, true) => "section 28BB of the National Health Service Act 1977",
        (LegalBasis::NhsAct2006S76, false) => "section 76 of the National Health Service Act 2006",
        (_, true) => "section 28A of the National Health Service Act 1977",
        (_, false) => "section 256 of the National Health Service Act 2006",
    }
}

/// Whether the agreement's date made (else its commencement) falls under the 2013
/// Directions; `None` when no date decides it.
fn under_2013_directions(spec: &Spec) -> Option<bool> {
    let day = spec.agreement.made.or(spec.agreement.commencement)?;
    match day.decide(|d| d >= PAYMENT_DIRECTIONS_2013_IN_FORCE) {
        Decision::Decided(answer) => Some(answer),
        Decision::TooVague { .. } => None,
    }
}

fn directions(basis: LegalBasis, spec: Option<&Spec>) -> String {
    match spec.and_then(under_2013_directions) {
        Some(true) if basis == LegalBasis::NhsAct2006S76 => S76_DIRECTIONS_2013.name.to_owned(),
        Some(true) => S256_DIRECTIONS_2013.name.to_owned(),
        _ => "the directions given under that section".to_owned(),
    }
}

/// The Act of a payment agreement: the power in its era's words, and no partnership
/// arrangements (no regulations, no delegation, no pooled fund of its own).
pub(super) fn act(basis: LegalBasis, spec: Option<&Spec>, before_2006_act: bool) -> ActModel {
    let section = power(basis, before_2006_act);
    let section_capitalised = super::act::capitalised(section);
    let directions = directions(basis, spec);
    let power_recital = if basis == LegalBasis::NhsAct2006S76 {
        format!(
            "{section_capitalised} allows a local authority to make payments to an NHS body towards expenditure incurred or to be incurred by that body in connection with its prescribed functions, on the conditions set by {directions}."
        )
    } else {
        format!(
            "{section_capitalised} allows an NHS body to make payments to a local authority towards expenditure on the functions that section lists, on the conditions set by {directions}."
        )
    };
    ActModel {
        delegation_bar: format!(
            "a payment under {section} is a contribution to the payee's costs, not a transfer of functions"
        ),
        pooled_fund_definition: "a fund described in a Schedule; a payment under this Agreement is not paid into a pooled fund.",
        ..ActModel::outside_the_regulations(section, power_recital)
    }
}

fn text(value: &Option<String>) -> Option<String> {
    value.as_deref().filter(|t| !t.trim().is_empty()).map(md)
}

/// The payment section, when the agreement is a payment agreement with a `payment` section.
pub(super) fn model(spec: &Spec, before_2006_act: bool) -> Option<PaymentModel> {
    let basis = spec.agreement.legal_basis;
    if !matches!(
        basis,
        LegalBasis::NhsAct2006S256 | LegalBasis::NhsAct2006S76
    ) {
        return None;
    }
    let payment: &PaymentAgreement = spec.payment.as_ref()?;
    let names = Names(spec);
    let named = |id: &Option<String>, blank: &str| {
        id.as_deref()
            .filter(|i| !i.trim().is_empty())
            .map_or_else(|| blank.to_owned(), |i| names.escaped(i))
    };
    Some(PaymentModel {
        power: power(basis, before_2006_act),
        directions: directions(basis, Some(spec)),
        payer: named(&payment.payer, "[the payer]"),
        payee: named(&payment.payee, "[the payee]"),
        purpose: text(&payment.purpose),
        head: payment.head.map(|h| h.words()),
        opinion_grounds: payment.opinion_grounds.iter().map(|g| g.words()).collect(),
        effectiveness: text(&payment.effectiveness),
        amounts: payment
            .amounts
            .iter()
            .map(|a| PaymentAmountModel {
                amount: pool::amount_words(a.amount),
                financial_year: a.financial_year.as_ref().map(|y| y.0.clone()),
                nature: a.nature.map(|n| match n {
                    PaymentNature::Revenue => "revenue",
                    PaymentNature::Capital => "capital",
                }),
            })
            .collect(),
        memorandum: payment.memorandum.as_ref().map(|m| MemorandumModel {
            date: m.date.as_ref().map(StatedDate::long),
            reference: text(&m.reference),
            terms: text(&m.terms),
        }),
        capital: payment.capital_conditions.as_ref().map(|c| CapitalModel {
            asset: text(&c.asset),
            repayment: text(&c.repayment),
            increase_in_value: text(&c.increase_in_value),
        }),
        monitoring: text(&payment.monitoring),
    })
}
