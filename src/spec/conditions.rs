//! What the spec says about the conditions for entering the arrangements (SI 2000/617 reg 4 and
//! HSC 2000/010): the expected improvement, the local plans, the joint consultation and the
//! notifications.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::values::{DateSchema, empty_is_default};

/// Why the arrangements are expected to improve the way the functions are exercised.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rationale {
    /// The improvement the partners expect for the people who use the services, e.g. "one
    /// assessment and one care plan instead of two".
    #[serde(default)]
    pub improvement: Option<String>,
}

/// The local plans the arrangements serve.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plans {
    /// The health improvement plan (HImP) whose objectives the arrangements fulfil: its
    /// title or reference (Health Act 1999 s28; early section 31 arrangements).
    #[serde(default)]
    pub health_improvement_plan: Option<String>,
    /// Any other local plan the arrangements serve, e.g. a local delivery plan or a joint
    /// health and wellbeing strategy.
    #[serde(default)]
    pub local_plan: Option<String>,
}

/// A notification of the arrangements to a body outside the partnership.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notification {
    /// Who was notified, e.g. "NHS Executive Regional Office".
    pub to: String,
    /// When.
    #[serde(default)]
    #[schemars(with = "Option<DateSchema>")]
    pub date: Option<Date>,
    /// The notification's reference.
    #[serde(default)]
    pub reference: Option<String>,
}

/// The partners' joint consultation.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// Whether the partners consulted jointly.
    #[serde(default)]
    pub joint: Option<bool>,
    /// When the consultation took place (or ended).
    #[serde(default)]
    #[schemars(with = "Option<DateSchema>")]
    pub date: Option<Date>,
    /// Who was consulted, e.g. "people who use services and carers", "staff and unions".
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub consulted: Vec<String>,
}
