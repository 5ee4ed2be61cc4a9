//! The Act the agreement is made under, as the spec states it, and the arrangements it uses.

use jiff::civil::date;
use serde::Serialize;

use crate::rules::coverage;
use crate::spec::{Direction, LegalBasis, Nature, Spec};

#[derive(Debug, Serialize)]
pub struct ActModel {
    /// The basis the spec states, e.g. "section 75 of the National Health Service Act 2006".
    pub section: &'static str,
    /// The same, starting a sentence: "Section 75 of …".
    pub section_capitalised: String,
    /// Whether SI 2000/617 governs the arrangements.
    pub partnership_regulations: bool,
    /// Whether the basis lets one partner exercise another's functions (s31 and s75 do;
    /// s10 Children Act 2004 does not).
    pub delegation_power: bool,
    /// The power under which partners provide staff, goods, services, accommodation or other
    /// resources, where the basis has its own (s10(6)(a) Children Act 2004).
    pub resources_power: Option<&'static str>,
}

#[derive(Debug, Default, Serialize)]
pub struct Flexibilities {
    pub pooled_fund: bool,
    pub lead_commissioning: bool,
    pub integrated_provision: bool,
    /// A local authority exercises NHS functions (reg 9).
    pub nhs_to_la: bool,
    /// An NHS body exercises health-related functions (reg 8).
    pub la_to_nhs: bool,
    pub any_delegation: bool,
    pub any_payments: bool,
}

/// The Act the spec states, drafted exactly as stated: the recitals say the agreement is
/// made under the basis it was made under. A basis that was not in force on the date made is
/// the checker's finding (NHSA2006-75-BASIS), flagged in the recitals; the draft never
/// substitutes another Act for the one the spec states.
pub(super) fn as_stated(spec: &Spec) -> ActModel {
    let basis = spec.agreement.legal_basis;
    let section = coverage::basis_words(basis);
    let partnership = match basis {
        LegalBasis::ChildrenAct2004S10 => false,
        LegalBasis::HealthAct1999S31 | LegalBasis::NhsAct2006S75 => true,
    };
    ActModel {
        section,
        section_capitalised: format!("S{}", &section[1..]),
        partnership_regulations: partnership,
        // s10 gives no power for one partner to exercise another's functions (rulebook
        // CA2004-10-NODELEG); s31 and s75 do, through SI 2000/617 regs 8 and 9.
        delegation_power: partnership,
        resources_power: (!partnership).then_some("section 10(6)(a) of the Children Act 2004"),
    }
}

/// Whether the agreement was made before 1 March 2007, when the NHS Act 2006 replaced the
/// 1977 Act's payment powers (s28A became s256, s28BB became s76). The words of an agreement
/// are fixed when it is made, so the date made decides; an unsigned draft is judged at its
/// commencement; with neither date, by the basis (s31 agreements predate the 2006 Act).
pub(super) fn made_before_2006_act(spec: &Spec) -> bool {
    let in_force = date(2007, 3, 1);
    match spec.agreement.made.or(spec.agreement.commencement) {
        Some(day) => day < in_force,
        None => spec.agreement.legal_basis == LegalBasis::HealthAct1999S31,
    }
}

/// The arrangements the draft uses. Delegations count only under a basis that allows them.
pub(super) fn flexibilities(spec: &Spec, act: &ActModel) -> Flexibilities {
    let delegations: Vec<_> = spec
        .schemes
        .iter()
        .flat_map(|s| &s.delegations)
        .filter(|_| act.delegation_power)
        .collect();
    Flexibilities {
        pooled_fund: spec.schemes.iter().any(|s| s.pooled_fund.is_some()),
        lead_commissioning: delegations
            .iter()
            .any(|d| d.nature == Nature::Commissioning),
        integrated_provision: delegations.iter().any(|d| d.nature == Nature::Provision),
        nhs_to_la: delegations
            .iter()
            .any(|d| d.direction == Direction::NhsToLa),
        la_to_nhs: delegations
            .iter()
            .any(|d| d.direction == Direction::LaToNhs),
        any_delegation: !delegations.is_empty(),
        any_payments: delegations.iter().any(|d| !d.payments.is_empty()),
    }
}
