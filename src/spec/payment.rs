//! The `payment` section: a payment agreement in its own right, under s256 (or s257) NHS Act
//! 2006 (an NHS body paying a local authority; s28A NHS Act 1977 before 1 March 2007) or s76
//! (a local authority paying an NHS body; s28BB before then). Added after v1's first release.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::money::Amount;
use super::stated_date::StatedDate;
use super::values::{FinancialYear, empty_is_default};

/// A payment agreement: who pays whom, how much, what for and on what conditions. Write it
/// with `legal_basis: nhs_act_2006_s256` or `nhs_act_2006_s76`. The pooled-fund and delegation
/// rules of SI 2000/617 do not run on it. Added after v1's first release.
///
/// Provision: NHS Act 2006 ss256 and 76; the 2013 s256 and s76 Directions.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentAgreement {
    /// The paying party's `id`: under s256 an NHS body (today NHS England or an integrated
    /// care board), under s76 a local authority. jointly checks the payer's type against the
    /// bodies that could pay at the agreement's dates.
    ///
    /// Provision: NHS Act 2006 s256(1); s28A NHS Act 1977 before 1 March 2007.
    #[serde(default)]
    pub payer: Option<String>,
    /// The receiving party's `id`: under s256 a local authority (or a body s256(1)(e) lists),
    /// under s76 an NHS body.
    ///
    /// Provision: NHS Act 2006 s76; s28BB(1) NHS Act 1977 before 1 March 2007.
    #[serde(default)]
    pub payee: Option<String>,
    /// The sums paid, each with its `amount` (in pounds, or the agreement's `money_unit`; may be
    /// `unknown`), and, as the source states them, its `financial_year` and its `nature`
    /// (`revenue` or `capital`).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<PaymentAmount>>")]
    pub amounts: Vec<PaymentAmount>,
    /// What the payment is towards, in the agreement's words, e.g. "a range of social care
    /// projects". For an s76 payment it must be towards the NHS body's prescribed functions,
    /// and jointly looks for the treatments SI 2000/618 reg 2(2) excludes.
    ///
    /// Provision: NHS Act 2006 ss256(1), 76(1); SI 2000/618 reg 2(2).
    #[serde(default)]
    pub purpose: Option<String>,
    /// For an s256 payment, the head of s256(1) the payment falls under: `a` (social services
    /// functions), `b` (meals and recreation for old people), `c` (education functions for
    /// disabled persons), `d` (housing functions under Part 2 Housing Act 1985), `e` (a listed
    /// housing body, for housing accommodation), or `opinion` (any other local authority
    /// function the payer judges under s256(3) affects health or is connected with NHS
    /// functions; then give `opinion_grounds`).
    ///
    /// Provision: NHS Act 2006 s256(1)(a)-(e), s256(3).
    #[serde(default)]
    pub head: Option<PurposeHead>,
    /// For `head: opinion`, the grounds of the payer's opinion under s256(3): any of
    /// `affects_health`, `interacts_with_nhs_functions` (has an effect on, or is affected by,
    /// NHS functions) and `connected_with_nhs_functions`.
    ///
    /// Provision: NHS Act 2006 s256(3) (wording read in the Welsh mirror, s194(3) NHS (Wales)
    /// Act 2006).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<OpinionGround>>")]
    pub opinion_grounds: Vec<OpinionGround>,
    /// The payer's judgment, before paying, that the payment is likely to secure a more
    /// effective use of public funds than spending the same amount on NHS services, in words.
    ///
    /// Provision: the 2013 s256 Directions (s28A era: the 2007 DCSF/DH guide, chapter 3).
    #[serde(default)]
    pub effectiveness: Option<String>,
    /// The memorandum of agreement the directions prescribe for the payment: its `date`, a
    /// `reference`, and its `terms` in words (purpose, amount, period, conditions,
    /// monitoring). The draft recites it.
    ///
    /// Provision: the 2013 s256 Directions, direction 3(b).
    #[serde(default)]
    pub memorandum: Option<Memorandum>,
    /// For a capital payment, the conditions on the asset: the `asset` paid for, and what
    /// happens if it stops being used for the purpose (`repayment`) or rises in value
    /// (`increase_in_value`).
    ///
    /// Provision: the s256 and s76 directions (capital); NHS (Wales) Bill cl 34(4), the
    /// Welsh mirror of s76.
    #[serde(default)]
    pub capital_conditions: Option<CapitalConditions>,
    /// How the payer monitors the use of the money, in words.
    #[serde(default)]
    pub monitoring: Option<String>,
}

/// One sum paid under a payment agreement.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentAmount {
    /// The sum, or `unknown` where it is not yet agreed.
    pub amount: Amount,
    /// The financial year it is paid for, e.g. `2023-24`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
    /// `revenue` or `capital`.
    #[serde(default)]
    pub nature: Option<PaymentNature>,
}

/// Whether a sum is revenue or capital.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PaymentNature {
    /// Revenue expenditure.
    Revenue,
    /// Capital expenditure.
    Capital,
}

/// The head of s256(1) a payment falls under, or the s256(3) opinion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PurposeHead {
    /// s256(1)(a): social services functions.
    A,
    /// s256(1)(b): meals and recreation for old people.
    B,
    /// s256(1)(c): education functions for the benefit of disabled persons.
    C,
    /// s256(1)(d): housing functions under Part 2 Housing Act 1985.
    D,
    /// s256(1)(e): a listed housing body, for housing accommodation.
    E,
    /// s256(3): a function that, in the payer's opinion, affects health or is connected with
    /// NHS functions.
    Opinion,
}

impl PurposeHead {
    /// The head in words, for drafts.
    pub fn words(self) -> &'static str {
        match self {
            PurposeHead::A => "section 256(1)(a) (social services functions)",
            PurposeHead::B => "section 256(1)(b) (meals and recreation for old people)",
            PurposeHead::C => {
                "section 256(1)(c) (education functions for the benefit of disabled persons)"
            }
            PurposeHead::D => {
                "section 256(1)(d) (housing functions under Part 2 of the Housing Act 1985)"
            }
            PurposeHead::E => "section 256(1)(e) (housing accommodation)",
            PurposeHead::Opinion => "section 256(3) (the payer's opinion)",
        }
    }
}

/// A ground of the payer's s256(3) opinion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OpinionGround {
    /// The function affects health.
    AffectsHealth,
    /// The function has an effect on, or is affected by, NHS functions.
    InteractsWithNhsFunctions,
    /// The function is connected with NHS functions.
    ConnectedWithNhsFunctions,
}

impl OpinionGround {
    /// The ground in words, for drafts.
    pub fn words(self) -> &'static str {
        match self {
            OpinionGround::AffectsHealth => "has an effect on the health of individuals",
            OpinionGround::InteractsWithNhsFunctions => {
                "has an effect on, or is affected by, NHS functions"
            }
            OpinionGround::ConnectedWithNhsFunctions => "is connected with NHS functions",
        }
    }
}

/// The memorandum of agreement for a payment.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Memorandum {
    /// The date the memorandum was signed.
    #[serde(default)]
    pub date: Option<StatedDate>,
    /// Its reference.
    #[serde(default)]
    pub reference: Option<String>,
    /// Its terms, in words.
    #[serde(default)]
    pub terms: Option<String>,
}

/// The conditions on a capital payment.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CapitalConditions {
    /// The asset the payment is towards.
    #[serde(default)]
    pub asset: Option<String>,
    /// Repayment of all or part of the payment if the asset stops being used for the purpose.
    #[serde(default)]
    pub repayment: Option<String>,
    /// Payment of a share of any increase in the asset's value.
    #[serde(default)]
    pub increase_in_value: Option<String>,
}
