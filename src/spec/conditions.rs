//! What the spec says about the conditions for entering the arrangements (SI 2000/617 reg 4 and
//! HSC 2000/010): the expected improvement, the local plans, the joint consultation and the
//! notifications.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::stated_date::StatedDate;
use super::values::empty_is_default;

/// Why the arrangements are expected to improve the way the functions are exercised.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rationale {
    /// The improvement the partners expect for the people who use the services, e.g. "one
    /// assessment and one care plan instead of two". Missing, it is an unverified warning.
    ///
    /// Provision: SI 2000/617 reg 4 (improvement condition; wording not verified); HSC 2000/010
    /// para 3.
    #[serde(default)]
    pub improvement: Option<String>,
}

/// The local plans the arrangements serve.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plans {
    /// The health improvement plan (HImP) whose objectives the arrangements fulfil: its title or
    /// reference. For arrangements made or commencing from 1 April 2000 to 31 March 2003 (the HImP
    /// era; the end date is approximate), a missing plan is an unverified warning. Later agreements
    /// are not checked.
    ///
    /// Provision: SI 2000/617 reg 4(2) (believed; historic; wording not verified); HSC 2000/010
    /// para 3; Health Act 1999 s28.
    #[serde(default)]
    pub health_improvement_plan: Option<String>,
    /// Any other local plan the arrangements serve, e.g. a local delivery plan or a joint health
    /// and wellbeing strategy. Not checked.
    ///
    /// Provision: HSC 2000/010 para 12.
    #[serde(default)]
    pub local_plan: Option<String>,
}

/// A notification of the arrangements to a body outside the partnership.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notification {
    /// Who was notified, e.g. "NHS Executive South East Regional Office".
    ///
    /// Provision: HSC 2000/010 paras 1 and 11.
    pub to: String,
    /// When.
    ///
    /// Provision: HSC 2000/010 paras 1 and 11.
    #[serde(default)]
    pub date: Option<StatedDate>,
    /// The notification's reference.
    #[serde(default)]
    pub reference: Option<String>,
}

/// The partners' joint consultation.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// `true` when the partners consulted jointly. `false`, or leaving it out, is a warning.
    ///
    /// Provision: SI 2000/617 reg 4(2) (believed; wording not verified); HSC 2000/010 para 3.
    #[serde(default)]
    pub joint: Option<bool>,
    /// When the consultation took place (or ended). It should be before the date the agreement was
    /// `made`.
    ///
    /// Provision: SI 2000/617 reg 4(2) (believed; wording not verified).
    #[serde(default)]
    pub date: Option<StatedDate>,
    /// A list of who was consulted, e.g. "people who use services and carers", "staff and unions".
    ///
    /// Provision: SI 2000/617 reg 4(2) (believed; wording not verified); HSC 2000/010 para 3.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub consulted: Vec<String>,
}
