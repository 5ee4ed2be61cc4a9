//! The Welsh regional partnership arrangements under Part 9 of the Social Services and
//! Well-being (Wales) Act 2014 and the Partnership Arrangements (Wales) Regulations 2015
//! (`legal_basis: sswba_2014_part9`): the region, its regional partnership board and which of
//! the agreement's pooled funds are the pools the 2015 Regulations require. A Welsh voluntary
//! partnership under s33 NHS (Wales) Act 2006 may state its region too. Added after v1's
//! first release.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::values::empty_is_default;

/// The Welsh region and regional pools of an agreement.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Wales {
    /// The region whose partnership bodies (its Local Health Board and councils) make the
    /// arrangements: `gwent`, `north_wales`, `cardiff_and_vale`, `cwm_taf_morgannwg`,
    /// `powys`, `west_glamorgan` or `west_wales`. jointly checks the partners against the
    /// region's members (WAL-PAR2015-RPB).
    ///
    /// Provision: SI 2015/1989 (W. 299) regs 2 to 8.
    #[serde(default)]
    pub region: Option<Region>,
    /// The regional partnership board under whose direction the arrangements are carried
    /// out, as the agreement names it, e.g. "Gwent Regional Partnership Board".
    ///
    /// Provision: SI 2015/1989 (W. 299) regs 2 to 8 (e.g. reg 2(2) and (3)).
    #[serde(default)]
    pub regional_partnership_board: Option<String>,
    /// The schemes whose pooled funds are the pools the 2015 Regulations require, each with
    /// the kind of pool it is.
    ///
    /// Provision: SI 2015/1989 (W. 299) reg 19 (wording not verified).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<RegionalPool>>")]
    pub pools: Vec<RegionalPool>,
}

/// A scheme's pooled fund that is one of the pools the 2015 Regulations require.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionalPool {
    /// The `id` of the scheme whose `pooled_fund` this is.
    pub scheme: String,
    /// The pool's kind: `care_home_accommodation` (required from 6 April 2018),
    /// `family_support` (from 6 April 2016) or `population_assessment` (functions exercised
    /// jointly as a result of the population assessment or an area plan).
    pub kind: MandatoryPool,
    /// `true` when the contributions are paid into the pool and returned to each contributor
    /// soon after (Audit Wales found one returned "24 hours later"), so that each partner in
    /// fact pays for its own placements. WAL-AW-REALPOOL warns.
    #[serde(default)]
    pub contributions_returned: Option<bool>,
}

/// The regions of the 2015 Regulations, each under its regional partnership board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// Gwent (reg 2).
    Gwent,
    /// North Wales.
    NorthWales,
    /// Cardiff and the Vale of Glamorgan.
    CardiffAndVale,
    /// Cwm Taf Morgannwg.
    CwmTafMorgannwg,
    /// Powys.
    Powys,
    /// West Glamorgan.
    WestGlamorgan,
    /// West Wales.
    WestWales,
}

/// The pools the 2015 Regulations require.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MandatoryPool {
    /// Care home accommodation functions (reg 19(1)(a), from 6 April 2018).
    CareHomeAccommodation,
    /// Family support functions (reg 15, with reg 19).
    FamilySupport,
    /// Functions exercised jointly as a result of the population assessment (s14 SSWBA 2014)
    /// or an area plan (s14A).
    PopulationAssessment,
}

impl MandatoryPool {
    /// The kind in words, e.g. "care home accommodation".
    pub fn words(self) -> &'static str {
        match self {
            MandatoryPool::CareHomeAccommodation => "care home accommodation",
            MandatoryPool::FamilySupport => "family support",
            MandatoryPool::PopulationAssessment => "population assessment",
        }
    }

    /// As the spec writes it.
    pub fn in_code(self) -> &'static str {
        match self {
            MandatoryPool::CareHomeAccommodation => "care_home_accommodation",
            MandatoryPool::FamilySupport => "family_support",
            MandatoryPool::PopulationAssessment => "population_assessment",
        }
    }
}
