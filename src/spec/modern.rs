//! The clauses a modern (2026) agreement carries that the checklist keys under `clauses`
//! cannot express: data protection roles and sharing, freedom of information, liabilities,
//! counterparts, notices, exit and variation (rulebook §3.17). None is required by s75 or SI
//! 2000/617; the MODERN-* rules report their absence as advice, by the agreement's dates, whether
//! or not the spec has a `modern` block. Added after v1's first release.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::values::empty_is_default;

/// The modern clauses of an agreement.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Modern {
    /// Data protection: each party's role for each data flow, and the data sharing agreement.
    #[serde(default)]
    pub data_protection: Option<DataProtection>,
    /// Freedom of information: whether the partners help each other answer requests.
    #[serde(default)]
    pub foi: Option<Foi>,
    /// Liabilities: whether statutory liability stays with the body whose function is
    /// exercised, and the contractual indemnities.
    #[serde(default)]
    pub liabilities: Option<Liabilities>,
    /// The counterparts clause (signature in counterparts, and electronically), as text.
    #[serde(default)]
    pub counterparts: Option<String>,
    /// Where and how formal notices are given.
    #[serde(default)]
    pub notices: Option<Notices>,
    /// Termination and exit.
    #[serde(default)]
    pub exit: Option<Exit>,
    /// How the agreement may be varied: `mutual_written` (agreed by all parties in writing)
    /// or `unilateral` (a party may vary it alone).
    #[serde(default)]
    pub variation: Option<VariationMode>,
}

/// Data protection roles and sharing.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataProtection {
    /// Each party's role for a data flow.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<DataRole>>")]
    pub roles: Vec<DataRole>,
    /// Whether the partners share personal data. `false` says they do not, so that no data
    /// sharing agreement is needed.
    #[serde(default)]
    pub personal_data_shared: Option<bool>,
    /// The data sharing agreement or schedule, e.g. "Schedule 4 (Data Sharing Agreement)".
    #[serde(default)]
    pub sharing_agreement: Option<String>,
}

/// One party's data protection role for one data flow.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataRole {
    /// The party's `id`.
    pub party: String,
    /// `controller`, `joint_controller` or `processor`.
    pub role: DataRoleKind,
    /// The data flow, e.g. "care records of people using the service".
    #[serde(default)]
    pub data_flow: Option<String>,
    /// For a processor: the `id` of the party it processes for.
    #[serde(default)]
    pub controller: Option<String>,
}

/// A data protection role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DataRoleKind {
    Controller,
    JointController,
    Processor,
}

/// The freedom of information clause.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Foi {
    /// `true` when the partners agree to assist each other to comply with their FOIA
    /// obligations (time limits, consultation before disclosing the other's information).
    #[serde(default)]
    pub assist_each_other: Option<bool>,
}

/// The liabilities clause.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Liabilities {
    /// `true` when the clause says the body whose function is exercised keeps its statutory
    /// liability.
    #[serde(default)]
    pub statutory_responsibility_retained: Option<bool>,
    /// The contractual indemnities, if any.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Indemnity>>")]
    pub indemnities: Vec<Indemnity>,
}

/// One contractual indemnity.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indemnity {
    /// The party that gives it (its `id`).
    #[serde(default)]
    pub by: Option<String>,
    /// What triggers it, e.g. "negligence", "breach", "fraud".
    #[serde(default)]
    pub trigger: Option<String>,
    /// Its cap, as the agreement states it, e.g. "£1m per claim".
    #[serde(default)]
    pub cap: Option<String>,
    /// `true` when the agreement says the indemnity is uncapped.
    #[serde(default)]
    pub uncapped: Option<bool>,
}

/// The notices clause.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notices {
    /// Each party's address for notices.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<NoticeAddress>>")]
    pub addresses: Vec<NoticeAddress>,
    /// How and when a notice takes effect, e.g. "on delivery; e-mail on the next working day".
    #[serde(default)]
    pub effect: Option<String>,
}

/// A party's address for notices.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeAddress {
    /// The party's `id`.
    pub party: String,
    /// The postal address.
    #[serde(default)]
    pub address: Option<String>,
    /// The named officer or post.
    #[serde(default)]
    pub officer: Option<String>,
    /// The e-mail address.
    #[serde(default)]
    pub email: Option<String>,
}

/// Termination and exit.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    /// The notice a party gives to end the agreement, e.g. "12 months, by 30 September, to
    /// take effect on the following 1 April".
    #[serde(default)]
    pub notice_period: Option<String>,
    /// `true` when termination can only take effect at the end of a financial year;
    /// `false` when it can take effect mid-year.
    #[serde(default)]
    pub year_end_only: Option<bool>,
    /// How the final account of each pooled fund is settled.
    #[serde(default)]
    pub final_accounts: Option<String>,
    /// What happens to contracts with third-party providers.
    #[serde(default)]
    pub third_party_contracts: Option<String>,
    /// How data is returned or handed over.
    #[serde(default)]
    pub data_return: Option<String>,
    /// What happens to assets bought with pooled or transferred money, e.g. "equipment
    /// passes to the partner that hosts the service".
    #[serde(default)]
    pub assets: Option<String>,
    /// What happens to staff, e.g. "seconded staff return to their employer".
    #[serde(default)]
    pub staff: Option<String>,
}

/// How an agreement may be varied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum VariationMode {
    /// Agreed by all parties in writing.
    MutualWritten,
    /// A party may vary it alone.
    Unilateral,
}
