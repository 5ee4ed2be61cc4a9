//! The schemes of an agreement: what each covers, the functions delegated, what each partner
//! provides, and the money outside the pooled fund.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::LegalBasis;
use super::money::{Amount, Money};
use super::pointer::Pointer;
use super::pools::PooledFund;
use super::values::{FinancialYear, Frequency, empty_is_default, empty_means_stated};

/// One scheme: a schedule of the agreement with its own functions, services and money.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    /// A short handle for the scheme; each scheme needs its own.
    pub id: String,
    /// The scheme's title, e.g. "Learning disability services".
    #[serde(default)]
    pub title: Option<String>,
    /// The statute this scheme is made under, where it differs from the agreement's
    /// `legal_basis`: e.g. `children_act_2004_s10` for a children's pool in a framework made
    /// under section 75. Rules for another basis do not report on this scheme: the section 75
    /// rules leave an s10 scheme alone, and the s10 rules check it. The scheme's Schedule states
    /// the basis it is made under. Added after v1's first release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<LegalBasis>,
    /// A list of the agreed aims of the arrangements.
    ///
    /// Provision: SI 2000/617 regs 7(3)(a), 9(3)(a).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub aims: Vec<String>,
    /// A list of the agreed outcomes of the arrangements.
    ///
    /// Provision: SI 2000/617 regs 7(3)(a), 9(3)(a).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub outcomes: Vec<String>,
    /// The persons in respect of whom the functions may be exercised.
    ///
    /// Provision: SI 2000/617 regs 7(3)(d), 9(3)(d).
    #[serde(default)]
    pub persons: Option<String>,
    /// The eligibility criteria people must meet to be served.
    #[serde(default)]
    pub eligibility: Option<String>,
    /// A list of the kinds of services provided. jointly also looks here for services that may not
    /// be included (surgery, radiotherapy, termination of pregnancy, endoscopy, Class 4 laser
    /// treatment, other invasive treatment and emergency ambulance services).
    ///
    /// Provision: SI 2000/617 regs 7(3)(d), 9(3)(d); reg 5 (exclusions).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub services: Vec<String>,
    /// The NHS functions and health-related functions concerned.
    ///
    /// Provision: SI 2000/617 regs 7(3)(c), 9(3)(c).
    #[serde(default)]
    pub functions: Option<Functions>,
    /// A list of the functions one partner exercises on behalf of another: lead commissioning or
    /// integrated provision.
    ///
    /// Provision: SI 2000/617 regs 8 and 9.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Delegation>>")]
    pub delegations: Vec<Delegation>,
    /// The scheme's pooled fund, if it has one. An empty `pooled_fund:` is a pooled fund with
    /// nothing stated yet, and is checked as one.
    ///
    /// Provision: SI 2000/617 reg 7.
    #[serde(default, deserialize_with = "empty_means_stated")]
    pub pooled_fund: Option<PooledFund>,
    /// A list of the staff, goods, services or accommodation each partner provides.
    ///
    /// Provision: SI 2000/617 regs 7(3)(e), 9(3)(e).
    #[serde(default, deserialize_with = "empty_means_stated")]
    pub resources: Option<Vec<Resources>>,
    /// A list of the money that is not part of a pooled fund: aligned budgets, s256 payments, s113
    /// recharges. Never counted as a pool contribution.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<OtherFunding>>")]
    pub other_funding: Vec<OtherFunding>,
}

/// The functions a scheme covers.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Functions {
    /// A list of NHS functions, each with the Act it is under, e.g. "Services under section 3 of
    /// the NHS Act 2006 for adults with learning disabilities".
    ///
    /// Provision: SI 2000/617 reg 5; regs 7(3)(c), 9(3)(c).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub nhs: Vec<String>,
    /// A list of the local authorities' health-related functions, e.g. "Community care services
    /// under Part 1 of the Care Act 2014".
    ///
    /// Provision: SI 2000/617 reg 6; regs 7(3)(c), 9(3)(c).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<String>>")]
    pub health_related: Vec<String>,
}

/// A delegation of functions from one partner to another.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    /// `nhs_to_la`: a local authority exercises NHS functions (reg 9). `la_to_nhs`: an NHS body
    /// exercises local authority health-related functions (reg 8). `nhs_to_nhs`: another NHS
    /// body exercises a relevant body's functions, only under ss65Z5 NHS Act 2006 (added after
    /// v1's first release).
    ///
    /// Provision: SI 2000/617 regs 8, 9.
    pub direction: Direction,
    /// `commissioning` (lead commissioning) or `provision` (integrated provision).
    pub nature: Nature,
    /// The party whose functions are delegated, e.g. `icb`; or a list of parties, e.g.
    /// `[icb, nhse]`, when two or more bodies delegate jointly (a list was added after v1's
    /// first release). For `nhs_to_la` each must be an NHS body.
    ///
    /// Provision: SI 2000/617 reg 9(1).
    pub from: Delegators,
    /// The party that exercises them. For `nhs_to_la` it must be a local authority.
    ///
    /// Provision: SI 2000/617 reg 9(1).
    pub to: String,
    /// A list of the payments the delegating partner makes to the other. Write `amount: 0` if there
    /// are none.
    ///
    /// Provision: SI 2000/617 reg 9(3)(b).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Payment>>")]
    pub payments: Vec<Payment>,
    /// How those payments may be varied.
    ///
    /// Provision: SI 2000/617 reg 9(3)(b).
    #[serde(default)]
    pub payment_variation: Option<String>,
    /// How the delegating partner monitors the exercise of its functions.
    ///
    /// Provision: SI 2000/617 reg 9(3)(g).
    #[serde(default)]
    pub monitoring: Option<String>,
    /// How the partner exercising the functions reports on them.
    ///
    /// Provision: SI 2000/617 reg 9(4).
    #[serde(default)]
    pub reporting: Option<DelegationReporting>,
    /// Under ss65Z5 NHS Act 2006 only: `by` (the default) when the party in `to` exercises
    /// the functions on its own, `jointly` when the delegating party and the party in `to`
    /// exercise them jointly (often through a joint committee). Added after v1's first
    /// release.
    ///
    /// Provision: NHS Act 2006 s65Z5(1) ("by or jointly with"; wording not verified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercised: Option<Exercised>,
}

/// How functions are exercised under an arrangement under s65Z5 NHS Act 2006.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Exercised {
    /// By the other body on its own (delegation).
    By,
    /// Jointly by the delegating body and the other body.
    Jointly,
}

/// The party or parties whose functions a delegation concerns.
// Read by hand (below): serde's untagged reading copies the value first, then builds an
// error for each form it is not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Delegators {
    /// One party's id, e.g. `icb`.
    One(String),
    /// The ids of the parties that delegate jointly, e.g. `[icb, nhse]`: each is checked as
    /// a delegating partner, a payment may come from any of them, and the draft says they
    /// delegate jointly. Added after v1's first release.
    Jointly(#[schemars(length(min = 1))] Vec<String>),
}

impl<'de> Deserialize<'de> for Delegators {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DelegatorsVisitor)
    }
}

/// Reads one id or a list of ids straight from the value.
struct DelegatorsVisitor;

/// What a value that is neither an id nor a list of ids is told: serde's words for the
/// untagged enum this type was read as before.
const NOT_DELEGATORS: &str = "data did not match any variant of untagged enum Delegators";

impl<'de> serde::de::Visitor<'de> for DelegatorsVisitor {
    type Value = Delegators;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a party's id or a list of ids")
    }

    fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<Delegators, E> {
        Ok(Delegators::One(id.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, id: String) -> Result<Delegators, E> {
        Ok(Delegators::One(id))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Delegators, A::Error> {
        let mut ids = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(id) = seq
            .next_element::<String>()
            .map_err(|_| serde::de::Error::custom(NOT_DELEGATORS))?
        {
            ids.push(id);
        }
        Ok(Delegators::Jointly(ids))
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Delegators, E> {
        Err(E::custom(NOT_DELEGATORS))
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Delegators, E> {
        Err(E::custom(NOT_DELEGATORS))
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Delegators, E> {
        Err(E::custom(NOT_DELEGATORS))
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Delegators, E> {
        Err(E::custom(NOT_DELEGATORS))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Delegators, E> {
        Err(E::custom(NOT_DELEGATORS))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<Delegators, A::Error> {
        Err(serde::de::Error::custom(NOT_DELEGATORS))
    }
}

impl Delegators {
    /// The delegating parties' ids, in the order the spec gives them.
    pub fn ids(&self) -> &[String] {
        match self {
            Delegators::One(id) => std::slice::from_ref(id),
            Delegators::Jointly(ids) => ids,
        }
    }

    /// Whether two or more parties delegate jointly.
    pub fn jointly(&self) -> bool {
        self.ids().len() > 1
    }

    /// Whether `id` is one of the delegating parties.
    pub fn includes(&self, id: &str) -> bool {
        self.ids().iter().any(|own| own == id)
    }

    /// The ids as code, for messages: "`icb`", "`icb` and `nhse`", "`a`, `b` and `c`".
    pub fn in_code(&self) -> String {
        let ids: Vec<String> = self.ids().iter().map(|id| format!("`{id}`")).collect();
        match ids.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => ids.concat(),
        }
    }

    /// Each delegating party's id with its JSON pointer below `from` (the delegation's `from`
    /// key): the key itself for one id, each list item for a list.
    pub fn located(&self, from: &Pointer) -> Vec<(Pointer, &str)> {
        match self {
            Delegators::One(id) => vec![(from.clone(), id.as_str())],
            Delegators::Jointly(ids) => ids
                .iter()
                .enumerate()
                .map(|(k, id)| (from.clone().index(k), id.as_str()))
                .collect(),
        }
    }
}

impl Delegation {
    /// Every party to the delegation: the delegating parties, then the one exercising the
    /// functions.
    pub fn parties(&self) -> impl Iterator<Item = &str> {
        self.from
            .ids()
            .iter()
            .map(String::as_str)
            .chain([self.to.as_str()])
    }
}

/// Which way functions are delegated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A local authority exercises NHS functions (SI 2000/617 reg 9).
    NhsToLa,
    /// An NHS body exercises local authority health-related functions (SI 2000/617 reg 8).
    LaToNhs,
    /// Another NHS body exercises a relevant body's functions, e.g. NHS England's
    /// specialised commissioning exercised by an integrated care board. Only under ss65Z5
    /// NHS Act 2006 (`legal_basis: nhs_act_2006_s65z5`); SI 2000/617 has no such arrangement.
    /// Added after v1's first release.
    NhsToNhs,
}

/// What is delegated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Nature {
    /// Commissioning functions: lead commissioning.
    Commissioning,
    /// Provision of services under one management: integrated provision.
    Provision,
}

/// A payment made under a delegation.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Payment {
    /// The paying party. It must be the delegating partner (the delegation's `from`, or one of
    /// them when several delegate jointly). Record other money under `other_funding`.
    ///
    /// Provision: SI 2000/617 reg 9(3)(b).
    pub from: String,
    /// The amount in pounds, e.g. `27600000` or `"27,600,000.00"`, or in the agreement's
    /// `money_unit` when one is stated. Write `amount: unknown` for a payment not yet agreed:
    /// it is an error under reg 9(3)(b) (reg 8(3)(b)) until the amount is stated, and drafts
    /// print it as "to be agreed". `unknown` was added after v1's first release.
    ///
    /// Provision: SI 2000/617 reg 9(3)(b).
    pub amount: Amount,
    /// The financial year, e.g. `2024/25`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
}

/// Reports on delegated functions.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DelegationReporting {
    /// How often in-year reports are made. Must be `quarterly` or more often.
    ///
    /// Provision: SI 2000/617 reg 9(4).
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// `true` when an annual report is made. Must be `true`.
    ///
    /// Provision: SI 2000/617 reg 9(4).
    #[serde(default)]
    pub annual_report: Option<bool>,
}

/// What one partner provides to a scheme (SI 2000/617 regs 7(3)(e), 9(3)(e)).
/// Write `none` where a partner provides nothing of a kind.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    /// The providing party. It must be a party.
    ///
    /// Provision: SI 2000/617 regs 7(3)(e), 9(3)(e).
    pub party: String,
    /// Staff provided.
    ///
    /// Provision: SI 2000/617 regs 7(3)(e), 9(3)(e).
    #[serde(default)]
    pub staff: Option<String>,
    /// Goods provided.
    ///
    /// Provision: SI 2000/617 regs 7(3)(e), 9(3)(e).
    #[serde(default)]
    pub goods: Option<String>,
    /// Services provided.
    ///
    /// Provision: SI 2000/617 regs 7(3)(e), 9(3)(e).
    #[serde(default)]
    pub services: Option<String>,
    /// Accommodation provided.
    ///
    /// Provision: SI 2000/617 regs 7(3)(e), 9(3)(e).
    #[serde(default)]
    pub accommodation: Option<String>,
}

/// Money connected with a scheme that is not in its pooled fund.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherFunding {
    /// What kind of money this is.
    pub kind: FundingKind,
    /// What it pays for.
    #[serde(default)]
    pub description: Option<String>,
    /// The paying party, or another body, named.
    #[serde(default)]
    pub from: Option<String>,
    /// The receiving party, or another body, named.
    #[serde(default)]
    pub to: Option<String>,
    /// For an aligned budget: the party that holds the budget, e.g. the council that lets the
    /// contract both partners' money pays for. It must be a party's `id`. Added after v1's first
    /// release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// The amount in pounds, or in the agreement's `money_unit` when one is stated. Every entry
    /// gives `amount`, except an aligned budget that gives `amounts` instead. Write
    /// `amount: unknown` for an amount not yet agreed: drafts print it as "to be agreed" and
    /// the dashboard counts it apart, never as zero. No rule requires money outside a pool to
    /// be stated, so it is reported as a placeholder: a blank to fill before the agreement is
    /// final. `unknown` was added after v1's first release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Amount>,
    /// For an aligned budget made up of several sums (each partner's, or each year's): a list
    /// of them, each with its `amount` and, as fits, the `party` whose money it is, a
    /// `description` and a `financial_year`, in the agreement's `money_unit`. Never counted as
    /// a pool contribution. Added after v1's first release.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<AlignedAmount>>")]
    pub amounts: Vec<AlignedAmount>,
    /// For an aligned budget with `amounts`: the total the agreement states for them, in the
    /// agreement's `money_unit`. It must equal their sum to the penny, unless `rounded_to` is
    /// given; a total that does not stops the spec loading, since the spec then states two
    /// different budgets. Added after v1's first release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Money>,
    /// The unit the agreement rounds this `total` to, in the agreement's `money_unit` (e.g.
    /// `1000` for £k): the total is then compared with the sum of `amounts` within half this
    /// unit. Added after v1's first release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounded_to: Option<Money>,
    /// The financial year, e.g. `2012/13`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
}

impl OtherFunding {
    /// How much the entry comes to: its `amount`, else its stated `total`, else the sum of its
    /// `amounts` (unknown when any of them is unknown; none when the sum is too large to hold
    /// exactly).
    pub fn sum(&self) -> Option<Amount> {
        if let Some(amount) = self.amount {
            return Some(amount);
        }
        if let Some(total) = self.total {
            return Some(Amount::Stated(total));
        }
        match Amount::sum(self.amounts.iter().map(|a| &a.amount)) {
            Ok(Some(sum)) => Some(Amount::Stated(Money(sum))),
            Ok(None) => Some(Amount::Unknown),
            Err(_) => None,
        }
    }
}

/// One sum in an aligned budget. Added after v1's first release.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlignedAmount {
    /// The party whose money this is: a party's `id`.
    #[serde(default)]
    pub party: Option<String>,
    /// What it pays for.
    #[serde(default)]
    pub description: Option<String>,
    /// The financial year, e.g. `2012/13`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
    /// The amount in pounds, or in the agreement's `money_unit` when one is stated; `unknown`
    /// when it is not yet agreed.
    pub amount: Amount,
}

/// Kinds of money outside a pooled fund.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FundingKind {
    /// A budget each partner keeps but manages alongside the other's.
    AlignedBudget,
    /// A payment by an NHS body to a local authority under s256 NHS Act 2006 (s28A NHS Act
    /// 1977 before March 2007).
    S256Payment,
    /// A payment by a local authority to an NHS body under s76 NHS Act 2006 (s28BB NHS Act
    /// 1977 before March 2007).
    S76Payment,
    /// A recharge for staff placed at another body's disposal under s113 Local Government
    /// Act 1972.
    S113Recharge,
    /// Any other money.
    Other,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// How delegators were read before: through an untagged enum.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(untagged)]
    enum Untagged {
        One(String),
        Jointly(Vec<String>),
    }

    #[test]
    fn delegators_read_straight_from_the_value_as_through_an_untagged_enum() {
        let values = [
            json!("icb"),
            json!(["icb", "nhse"]),
            json!([]),
            json!(["icb", 3]),
            json!(3),
            json!(null),
            json!(true),
            json!({"icb": 1}),
        ];
        for value in &values {
            let direct = Delegators::deserialize(value).map_err(|e| e.to_string());
            let before = Untagged::deserialize(value)
                .map(|read| match read {
                    Untagged::One(id) => Delegators::One(id),
                    Untagged::Jointly(ids) => Delegators::Jointly(ids),
                })
                .map_err(|e| e.to_string().replace("Untagged", "Delegators"));
            assert_eq!(direct, before, "{value}");
        }
    }
}
