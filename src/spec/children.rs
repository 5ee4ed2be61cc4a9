//! What an agreement under s10 Children Act 2004 (`legal_basis: children_act_2004_s10`) says
//! about the aims s10(2) sets and the regard s10(3) requires: which heads of children's
//! well-being the arrangements aim to improve, and the importance of parents and carers. Who
//! the relevant partners are is read from `parties`, and an s10 pooled fund is a scheme's
//! `pooled_fund`. Added after v1's first release.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::values::empty_is_default;

/// The s10(2) and s10(3) matters of a children's co-operation agreement.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Children {
    /// A list of the heads of children's well-being in s10(2) the arrangements aim to improve:
    /// `health` (physical and mental health and emotional well-being), `protection`
    /// (protection from harm and neglect), `education` (education, training and recreation),
    /// `contribution` (the contribution made by them to society) and `economic` (social and
    /// economic well-being).
    ///
    /// Provision: Children Act 2004 s10(2).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<WellbeingHead>>")]
    pub wellbeing: Vec<WellbeingHead>,
    /// How the agreement has regard to the importance of parents and other persons caring for
    /// children in improving their well-being, e.g. "Parent carers sit on the partnership
    /// board and are consulted on the short breaks offer each year".
    ///
    /// Provision: Children Act 2004 s10(3).
    #[serde(default)]
    pub parents_and_carers: Option<String>,
}

/// A head of children's well-being in s10(2) Children Act 2004.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WellbeingHead {
    /// (a) physical and mental health and emotional well-being.
    Health,
    /// (b) protection from harm and neglect.
    Protection,
    /// (c) education, training and recreation.
    Education,
    /// (d) the contribution made by them to society.
    Contribution,
    /// (e) social and economic well-being.
    Economic,
}
