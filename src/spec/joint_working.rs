//! The terms of a joint working or delegation arrangement under sections 65Z5 and 65Z6 of the
//! National Health Service Act 2006 (`legal_basis: nhs_act_2006_s65z5`): writing, liability,
//! any joint committee and the NHS England guidance under section 65Z7. Who delegates to whom
//! is written as a scheme's `delegations`, the functions as its `functions`, and a section
//! 65Z6 pooled fund as its `pooled_fund`. Added after v1's first release.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::values::empty_is_default;

/// The terms of an arrangement under ss65Z5 and 65Z6 NHS Act 2006.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointWorking {
    /// `true` when the arrangements are recorded in writing, with their terms (including any
    /// terms as to payment, written as each delegation's `payments`). Whether s65Z5 itself
    /// requires writing is not verified, so NHSA2006-65Z5-TERMS only warns.
    ///
    /// Provision: NHS Act 2006 s65Z5 (terms; wording not verified).
    #[serde(default)]
    pub in_writing: Option<bool>,
    /// `true` when the agreement states that each body whose functions are exercised by or
    /// jointly with another keeps its liability for the exercise of those functions, as
    /// s13Z(6) said of the arrangements s65Z5 replaced.
    ///
    /// Provision: NHS Act 2006 s65Z5 (liability; wording not verified).
    #[serde(default)]
    pub liability_retained: Option<bool>,
    /// The joint committee through which functions are exercised jointly, if there is one.
    ///
    /// Provision: NHS Act 2006 s65Z5 (joint committees; wording not verified).
    #[serde(default)]
    pub joint_committee: Option<JointCommittee>,
    /// Whether the NHS parties had regard to NHS England's statutory guidance under s65Z7,
    /// "Arrangements for delegation and joint exercise of statutory functions", and which
    /// edition. NHS England, integrated care boards, NHS trusts and foundation trusts must have
    /// regard to it.
    ///
    /// Provision: NHS Act 2006 s65Z7.
    #[serde(default)]
    pub guidance: Option<GuidanceRegard>,
}

/// A joint committee exercising functions jointly.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointCommittee {
    /// The committee's name, e.g. "Westshire Joint Commissioning Committee".
    #[serde(default)]
    pub name: Option<String>,
    /// A list of the parties (their `id`s) that sit on the committee.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub members: Vec<String>,
}

/// Regard had to the s65Z7 guidance.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GuidanceRegard {
    /// `true` when the NHS parties had regard to the guidance in making the arrangements.
    #[serde(default)]
    pub had_regard: Option<bool>,
    /// The edition as the source names it, e.g. "September 2022" or the current long-read
    /// edition, which supersedes the September 2022 guidance.
    #[serde(default)]
    pub edition: Option<String>,
}
