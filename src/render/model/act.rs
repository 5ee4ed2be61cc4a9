//! The Act the agreement is made under, as the spec states it, and the arrangements it uses.

use serde::Serialize;

use crate::rules::coverage;
use crate::spec::{Decision, Direction, LegalBasis, Nature, Spec};

#[derive(Debug, Serialize)]
pub struct ActModel {
    /// The basis the spec states, e.g. "section 75 of the National Health Service Act 2006".
    pub section: &'static str,
    /// The same, starting a sentence: "Section 75 of …".
    pub section_capitalised: String,
    /// Whether SI 2000/617 governs the arrangements.
    pub partnership_regulations: bool,
    /// Whether the basis lets one partner exercise another's functions (s31 and s75 do;
    /// s10 Children Act 2004 does not, and a basis not stated cannot be read as giving it).
    pub delegation_power: bool,
    /// Why delegations are not drafted when there is no such power, starting lower case.
    pub delegation_bar: String,
    /// The first recital: what the basis allows the partners to do.
    pub power_recital: String,
    /// What the Schedules list as the NHS bodies' functions and the local authorities': the
    /// terms SI 2000/617 defines (regs 5 and 6), or plain words under a basis without them.
    pub nhs_functions_term: &'static str,
    pub la_functions_term: &'static str,
    /// What the draft defines a Pooled Fund as: a fund under the power the basis gives.
    pub pooled_fund_definition: &'static str,
    /// What payments from a pooled fund may be made towards: the functions of the scheme under
    /// SI 2000/617 reg 7(1), or those of the contributing partners under s10(6)(b).
    pub pool_pays_for: &'static str,
    /// Whether the host of a pooled fund is responsible for its accounts and audit: SI 2000/617
    /// reg 7(4) says so; s10 says nothing of a host, so an s10 draft claims no such duty.
    pub host_keeps_accounts: bool,
    /// What the partners provide to one another, in the basis's words.
    pub resources: &'static str,
    /// The power under which partners provide staff, goods, services, accommodation or other
    /// resources, where the basis has its own (s10(6)(a) Children Act 2004).
    pub resources_power: Option<&'static str>,
}

#[derive(Debug, Default, Serialize)]
pub struct Flexibilities {
    pub pooled_fund: bool,
    pub lead_commissioning: bool,
    pub integrated_provision: bool,
    pub any_delegation: bool,
    pub any_payments: bool,
    /// The arrangements used, in words ("a pooled fund", "lead commissioning", "integrated
    /// provision"), for the recital that names them.
    pub used: Vec<&'static str>,
    /// The roles partners take under the delegations ("Lead Commissioner", "Integrated
    /// Provider"): defined terms.
    pub roles: Vec<&'static str>,
    /// The provisions of SI 2000/617 the arrangements use (reg 7 for pooled funds, regs 9 and
    /// 8 for delegations), in words; empty under a basis the regulations do not govern.
    pub regulations_used: Vec<&'static str>,
}

/// The Act the spec states, drafted exactly as stated: the recitals say the agreement is
/// made under the basis it was made under. A basis that was not in force on the date made is
/// the checker's finding (NHSA2006-75-BASIS), flagged in the recitals; the draft never
/// substitutes another Act for the one the spec states..
pub(super) fn as_stated(spec: &Spec) -> ActModel {
    match spec.agreement.legal_basis {
        basis @ (LegalBasis::NhsAct2006S256 | LegalBasis::NhsAct2006S76) => {
            super::payment::act(basis, Some(spec), made_before_2006_act(spec))
        }
        // Before 1 March 2007 a Welsh voluntary partnership was made under s31 Health Act 1999
        // with the same Welsh regulations: the draft recites the Act in force when it was made.
        LegalBasis::NhsWalesAct2006S33 if made_before_2006_act(spec) => super::wales::s33(true),
        LegalBasis::Sswba2014Part9 => super::wales::part9_as_stated(spec),
        basis => for_basis(basis),
    }
}

/// The Act a basis names, and what it allows: the agreement's, or a scheme's own where the
/// scheme states another.
pub(super) fn for_basis(basis: LegalBasis) -> ActModel {
    let section = coverage::basis_words(basis);
    match basis {
        // A scheme of its own under a payment power is drafted in the 2006 Act's words.
        LegalBasis::NhsAct2006S256 | LegalBasis::NhsAct2006S76 => {
            super::payment::act(basis, None, false)
        }
        LegalBasis::HealthAct1999S31 | LegalBasis::NhsAct2006S75 => partnership(section),
        LegalBasis::ChildrenAct2004S10 => children(section),
        LegalBasis::ChildrenAct2004S25 => children_wales(section),
        LegalBasis::NhsAct2006S65Z5 => joint_working(section),
        LegalBasis::NhsWalesAct2006S33 => super::wales::s33(false),
        LegalBasis::Sswba2014Part9 => super::wales::part9(),
        LegalBasis::NotStated => not_stated(section),
    }
}

/// The section with a capital letter, to open a sentence.
pub(super) fn capitalised(section: &str) -> String {
    format!("S{}", &section[1..])
}

impl ActModel {
    /// An Act SI 2000/617 does not govern, in plain words: its own functions, any resources,
    /// no host's duty to keep accounts, and no power to delegate unless the caller gives one.
    /// Each basis then sets what its own Act says.
    pub(super) fn outside_the_regulations(section: &'static str, power_recital: String) -> Self {
        ActModel {
            power_recital,
            section,
            section_capitalised: capitalised(section),
            partnership_regulations: false,
            delegation_power: false,
            delegation_bar: String::new(),
            pooled_fund_definition: "",
            nhs_functions_term: "NHS functions",
            la_functions_term: "Local authority functions",
            pool_pays_for: "the functions of the Partners set out in that Schedule",
            host_keeps_accounts: false,
            resources: "staff, goods, services, accommodation or other resources",
            resources_power: None,
        }
    }
}

/// The Act model for s31 Health Act 1999 and s75 NHS Act 2006, with SI 2000/617.
fn partnership(section: &'static str) -> ActModel {
    let opening = capitalised(section);
    ActModel {
        power_recital: format!(
            "{opening} and the Regulations allow NHS bodies and local authorities to enter into partnership arrangements in relation to NHS Functions and Health-Related Functions."
        ),
        section,
        section_capitalised: opening,
        partnership_regulations: true,
        // s31 and s75 let one partner exercise another's functions, through SI 2000/617
        // regs 8 and 9.
        delegation_power: true,
        delegation_bar: String::new(),
        pooled_fund_definition: "a fund established under regulation 7 of the Regulations and described in a Schedule.",
        nhs_functions_term: "NHS Functions",
        la_functions_term: "Health-Related Functions",
        pool_pays_for: "the NHS Functions and Health-Related Functions of that Scheme",
        host_keeps_accounts: true,
        resources: "staff, goods, services and accommodation",
        resources_power: None,
    }
}

/// The Act model for s10 Children Act 2004.
fn children(section: &'static str) -> ActModel {
    let recital = format!(
        "{} provides for the partners named in it to cooperate to improve the well-being of children, and allows them to establish and maintain a pooled fund for that purpose.",
        capitalised(section)
    );
    ActModel {
        // s10 gives no power for one partner to exercise another's functions (rulebook
        // CA2004-10-NODELEG).
        delegation_bar: format!(
            "{section} gives no power for one Partner to exercise another Partner's functions"
        ),
        pooled_fund_definition: "a fund established and maintained under section 10(6)(b) of the Children Act 2004 and described in a Schedule.",
        pool_pays_for: "the functions of the Partners that contribute to it",
        resources_power: Some("section 10(6)(a) of the Children Act 2004"),
        ..ActModel::outside_the_regulations(section, recital)
    }
}

/// The Act model for s25 Children Act 2004 (Wales): a local authority in Wales co-operates
/// with its relevant partners, who may pool funds under s25(6) (explanatory notes para 136;
/// the wording of s25(6) and (7) was not read, so the draft does not say what the pool pays
/// for beyond the arrangements). SI 2000/617 does not govern it.
fn children_wales(section: &'static str) -> ActModel {
    let recital = format!(
        "{} requires each local authority in Wales to make arrangements to promote co-operation between the authority and its relevant partners with a view to improving the well-being of children in its area, and allows the authority and its relevant partners to establish and maintain a pooled fund for that purpose.",
        capitalised(section)
    );
    ActModel {
        // As s10: the 2007 guide reads the 2004 Act as giving no power for one partner to
        // assume another's functions; in Wales a delegation rests on s33 NHS (Wales) Act 2006.
        delegation_bar: format!(
            "{section} provides for co-operation and pooled funds, not for one Partner to exercise another Partner's functions (between a Local Health Board or an NHS trust and a council that rests on section 33 of the National Health Service (Wales) Act 2006)"
        ),
        pooled_fund_definition: "a fund established and maintained under section 25(6) of the Children Act 2004 and described in a Schedule.",
        pool_pays_for: "the arrangements under section 25 of the Children Act 2004 set out in that Schedule",
        resources_power: Some("section 25(6) of the Children Act 2004"),
        ..ActModel::outside_the_regulations(section, recital)
    }
}

/// The Act model for ss65Z5 and 65Z6 NHS Act 2006 (from 1 July 2022): SI 2000/617 does not govern them, a relevant
/// body may arrange for its functions to be exercised by or jointly with another body, and a
/// pooled fund rests on s65Z6 (rulebook NHSA2006-65Z5-ALT, -1-PARTIES, NHSA2006-65Z6-POOL).
fn joint_working(section: &'static str) -> ActModel {
    let recital = format!(
        "{}, inserted by section 71 of the Health and Care Act 2022 and in force from 1 July 2022, allow a relevant body (NHS England, an integrated care board, an NHS trust or an NHS foundation trust) to arrange for its functions to be exercised by or jointly with another body, and allow the bodies concerned to establish and maintain a pooled fund.",
        capitalised(section)
    );
    ActModel {
        delegation_power: true,
        pooled_fund_definition: "a fund established and maintained under section 65Z6 of the National Health Service Act 2006 and described in a Schedule.",
        pool_pays_for: "the functions exercised under the arrangements in that Schedule",
        ..ActModel::outside_the_regulations(section, recital)
    }
}

/// The Act model for a basis the spec does not state: nothing is drafted as resting on it. The recital leaves it
/// blank (NHSA2006-75-BASIS flags it there), no regulations or powers are cited, and
/// delegations, which only some bases allow, are not drafted.
fn not_stated(section: &'static str) -> ActModel {
    let recital =
        "The legal basis on which the Partners enter into these arrangements is [to be stated]."
            .to_owned();
    ActModel {
        delegation_bar: "the legal basis is not stated, and only some bases give a power for one Partner to exercise another Partner's functions".to_owned(),
        pooled_fund_definition: "a fund described in a Schedule, established under the legal basis of this Agreement [to be stated].",
        ..ActModel::outside_the_regulations(section, recital)
    }
}

/// Whether the agreement was made before 1 March 2007, when the NHS Act 2006 replaced the
/// 1977 Act's payment powers (s28A became s256, s28BB became s76). The words of an agreement
/// are fixed when it is made, so the date made decides; an unsigned draft is judged at its
/// commencement; with neither date, or a month or year that straddles 1 March 2007 (which the
/// checker reports as too vague), by the basis (s31 agreements predate the 2006 Act).
pub(super) fn made_before_2006_act(spec: &Spec) -> bool {
    let day = spec.agreement.made.or(spec.agreement.commencement);
    match day.map(|d| d.decide(|d| d < crate::law::dates::NHS_ACT_2006_IN_FORCE)) {
        Some(Decision::Decided(before)) => before,
        Some(Decision::TooVague { .. }) | None => {
            spec.agreement.legal_basis == LegalBasis::HealthAct1999S31
        }
    }
}

/// The arrangements the draft uses, and the provisions of SI 2000/617 they rest on.
/// Delegations count only under a basis that allows them.
pub(super) fn flexibilities(spec: &Spec, act: &ActModel) -> Flexibilities {
    let delegations: Vec<_> = spec
        .schemes
        .iter()
        .flat_map(|s| &s.delegations)
        .filter(|_| act.delegation_power)
        .collect();
    let pooled_fund = spec.schemes.iter().any(|s| s.pooled_fund.is_some());
    let lead_commissioning = delegations
        .iter()
        .any(|d| d.nature == Nature::Commissioning);
    let integrated_provision = delegations.iter().any(|d| d.nature == Nature::Provision);
    // A local authority exercising NHS functions (reg 9); an NHS body exercising health-related
    // functions (reg 8).
    let nhs_to_la = delegations
        .iter()
        .any(|d| d.direction == Direction::NhsToLa);
    let la_to_nhs = delegations
        .iter()
        .any(|d| d.direction == Direction::LaToNhs);
    let named = |pairs: &[(bool, &'static str)]| -> Vec<&'static str> {
        pairs
            .iter()
            .filter(|(used, _)| *used)
            .map(|(_, words)| *words)
            .collect()
    };
    Flexibilities {
        used: named(&[
            (pooled_fund, "a pooled fund"),
            (lead_commissioning, "lead commissioning"),
            (integrated_provision, "integrated provision"),
        ]),
        roles: named(&[
            (lead_commissioning, "Lead Commissioner"),
            (integrated_provision, "Integrated Provider"),
        ]),
        regulations_used: if act.partnership_regulations {
            named(&[
                (pooled_fund, "pooled funds under regulation 7"),
                (
                    nhs_to_la,
                    "the exercise of NHS Functions by local authority Partners under regulation 9",
                ),
                (
                    la_to_nhs,
                    "the exercise of Health-Related Functions by NHS body Partners under regulation 8",
                ),
            ])
        } else {
            Vec::new()
        },
        pooled_fund,
        lead_commissioning,
        integrated_provision,
        any_delegation: !delegations.is_empty(),
        any_payments: delegations.iter().any(|d| !d.payments.is_empty()),
    }
}
