//! Sections of a spec that belong to one kind of agreement: a `payment` is the payment of an
//! agreement under s256 or s76, and `joint_working` the terms of one under ss65Z5 and 65Z6.
//! Under any other stated basis no rule reads them and no draft sets them out, so a spec that
//! has one would lose it silently: it stops loading instead, with what to write.

use super::agreement::{LegalBasis, Spec};
use super::pointer::Pointer;
use super::references::Report;

/// Reports a `payment` or `joint_working` section under a basis that has no such section.
pub(super) fn of_another_basis(spec: &Spec, at: &mut Report) {
    let basis = spec.agreement.legal_basis;
    let stated = |bases: &[LegalBasis]| {
        basis == LegalBasis::NotStated
            || bases.contains(&basis)
            || (0..spec.schemes.len()).any(|i| bases.contains(&spec.scheme_basis(i)))
    };
    let payment_acts = [LegalBasis::NhsAct2006S256, LegalBasis::NhsAct2006S76];
    if spec.payment.is_some() && !stated(&payment_acts) {
        at(
            Pointer::root().key("payment").to_string(),
            format!(
                "`payment` is the payment of an agreement under s256 or s76 NHS Act 2006, but this spec's `legal_basis` is `{}`",
                key_of(basis)
            ),
            "write `agreement.legal_basis: nhs_act_2006_s256` (or `nhs_act_2006_s76`) if this is a payment agreement; if the payment is made beside a partnership agreement, record it in the scheme's `other_funding` instead",
        );
    }
    if spec.joint_working.is_some() && !stated(&[LegalBasis::NhsAct2006S65Z5]) {
        at(
            Pointer::root().key("joint_working").to_string(),
            format!(
                "`joint_working` holds the terms of an arrangement under ss65Z5 and 65Z6 NHS Act 2006, but this spec's `legal_basis` is `{}`",
                key_of(basis)
            ),
            "write `agreement.legal_basis: nhs_act_2006_s65z5` if the arrangement is made under ss65Z5 and 65Z6; otherwise remove `joint_working`",
        );
    }
}

/// The basis as the spec writes it, e.g. `nhs_act_2006_s75`.
fn key_of(basis: LegalBasis) -> String {
    serde_json::to_value(basis)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}
