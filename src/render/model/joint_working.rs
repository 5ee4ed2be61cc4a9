//! What a draft under ss65Z5 and 65Z6 NHS Act 2006 says of the arrangements' terms, each only
//! as the spec records it (`joint_working`): the regard had to the s65Z7 guidance, the
//! sections the arrangements are made under, the liability each body keeps and any joint
//! committee.

use super::Names;
use crate::render::text::markdown as md;
use crate::spec::{LegalBasis, Spec};

const GUIDANCE: &str = "Arrangements for delegation and joint exercise of statutory functions";

/// The recital that the NHS parties had regard to the s65Z7 guidance, when the spec says so.
pub(super) fn guidance_recital(spec: &Spec) -> Option<String> {
    if spec.agreement.legal_basis != LegalBasis::NhsAct2006S65Z5 {
        return None;
    }
    let guidance = spec.joint_working.as_ref()?.guidance.as_ref()?;
    (guidance.had_regard == Some(true)).then(|| {
        let edition = guidance
            .edition
            .as_deref()
            .filter(|e| !e.trim().is_empty())
            .map(|e| format!(" ({})", md(e)))
            .unwrap_or_default();
        format!(
            "In making these arrangements the NHS body Partners have had regard to the guidance NHS England has issued under section 65Z7 of the National Health Service Act 2006, \"{GUIDANCE}\"{edition}."
        )
    })
}

/// The paragraphs of the clause on the arrangements: the sections they are made under, and
/// what the spec records of liability and the joint committee.
pub(super) fn paragraphs(spec: &Spec, names: &Names) -> Vec<String> {
    if spec.agreement.legal_basis != LegalBasis::NhsAct2006S65Z5 {
        return Vec::new();
    }
    // "Scheme" is a defined term only when the spec has schemes.
    let arrangements = if spec.schemes.is_empty() {
        "The arrangements are"
    } else {
        "The arrangements set out in each Scheme are"
    };
    let mut out = vec![format!(
        "{arrangements} made under sections 65Z5 and 65Z6 of the National Health Service Act 2006 (as inserted by section 71 of the Health and Care Act 2022)."
    )];
    let Some(terms) = &spec.joint_working else {
        return out;
    };
    if terms.liability_retained == Some(true) {
        out.push("The arrangements do not affect the liability of a Partner whose functions are exercised by or jointly with another Partner for the exercise of those functions.".to_owned());
    }
    if let Some(committee) = &terms.joint_committee {
        let name = committee
            .name
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .map_or_else(
                || "a joint committee".to_owned(),
                |n| format!("the {}", md(n)),
            );
        let members: Vec<String> = committee.members.iter().map(|m| names.escaped(m)).collect();
        let members = match members.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                format!(", whose members are {} and {last}", rest.join(", "))
            }
            Some((only, _)) => format!(", whose member is {only}"),
            None => String::new(),
        };
        out.push(format!(
            "Functions exercised jointly under this Agreement are exercised through {name}{members}."
        ));
    }
    out
}
