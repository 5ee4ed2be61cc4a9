//! The agreement spec, format version 1: the typed model every other module reads.
//!
//! Doc comments here become the `description`s of the committed JSON Schema, which editors
//! show as hover text, so they are written for officers and cite the provision behind a key.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::money::{Money, Percent};

/// A partnership agreement between NHS bodies and local authorities, written as a jointly spec.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "jointly agreement spec, version 1")]
pub struct Spec {
    /// The spec format version. Always `1` for this format.
    pub jointly: FormatVersion,
    /// What the agreement is, its legal basis and its term.
    pub agreement: Agreement,
    /// Every body that is a party to the agreement. SI 2000/617 reg 2(1): the partners must be
    /// one or more NHS bodies and one or more local authorities.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Party>>")]
    pub parties: Vec<Party>,
    /// One entry per scheme (one schedule each). A framework agreement has several schemes,
    /// each with its own money.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Scheme>>")]
    pub schemes: Vec<Scheme>,
    /// The clauses of the 2007 DCSF/DH guide's 27-item "Basic agreement checklist": the clause
    /// text, or a summary of what was agreed.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Clauses>")]
    pub clauses: Clauses,
    /// Checklist items that do not apply to this agreement, each with the reason why.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<NotApplicable>")]
    pub not_applicable: NotApplicable,
    /// Consents obtained before the agreement was made, e.g. each commissioner's consent to an
    /// NHS trust partner (SI 2000/617 regs 7(2) and 9(2)).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Consent>>")]
    pub consents: Vec<Consent>,
    /// The joint consultation the partners carried out before entering the arrangements
    /// (HSC 2000/010 para 3; SI 2000/617 reg 4(2), wording not verified).
    #[serde(default)]
    pub consultation: Option<Consultation>,
    /// Why the partners expect the arrangements to improve the way the functions are
    /// exercised (SI 2000/617 reg 4; HSC 2000/010 para 3).
    #[serde(default)]
    pub rationale: Option<Rationale>,
    /// The local plans the arrangements serve, e.g. the health improvement plan (HImP) that
    /// early section 31 arrangements had to fulfil.
    #[serde(default)]
    pub plans: Option<Plans>,
    /// Notifications of the arrangements, e.g. to the NHS Executive Regional Office (HSC
    /// 2000/010 paras 1 and 11).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Notification>>")]
    pub notifications: Vec<Notification>,
    /// Findings the partners have consciously accepted, each with its reason and approval.
    /// Waived findings are still reported, in their own section, and never fail a run.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Waiver>>")]
    pub waivers: Vec<Waiver>,
}

/// A finding the partners have accepted.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The rule waived: its ID (e.g. `GUIDE07-CL-18`) or name (e.g. `training-not-addressed`).
    pub rule: String,
    /// Only findings at or below this place in the spec, as a JSON pointer (e.g.
    /// `/schemes/1`); without it, every finding of the rule is waived.
    #[serde(default)]
    pub at: Option<String>,
    /// Why the partners accept the finding.
    #[schemars(with = "Reason")]
    pub reason: String,
    /// Who approved the waiver, e.g. "Joint Commissioning Board, 12 March 2024, minute 7".
    #[schemars(with = "Reason")]
    pub approved_by: String,
    /// The last day the waiver applies. After it, the finding is reported again.
    #[serde(default)]
    #[schemars(with = "Option<DateSchema>")]
    pub expires: Option<Date>,
}

/// The format version number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(try_from = "u8", into = "u8")]
#[schemars(with = "FormatVersionSchema")]
pub struct FormatVersion;

#[derive(JsonSchema)]
#[schemars(description = "The spec format version. Always `1` for this format.")]
#[allow(dead_code)] // only its schema is used
struct FormatVersionSchema(#[schemars(range(min = 1, max = 1))] u8);

impl TryFrom<u8> for FormatVersion {
    type Error = String;
    fn try_from(version: u8) -> Result<Self, String> {
        if version == 1 {
            Ok(FormatVersion)
        } else {
            Err(format!(
                "jointly {version} is not a spec format this version of jointly reads; write `jointly: 1`"
            ))
        }
    }
}

impl From<FormatVersion> for u8 {
    fn from(_: FormatVersion) -> u8 {
        1
    }
}

/// The agreement as a whole.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// The agreement's title, e.g. "Learning Disability Pooled Budget Agreement".
    #[serde(default)]
    pub title: Option<String>,
    /// The partners' own reference for the agreement.
    #[serde(default)]
    pub reference: Option<String>,
    /// The statute the agreement is made under. Section 31 of the Health Act 1999 was
    /// repealed on 1 March 2007 and replaced by section 75 of the NHS Act 2006.
    pub legal_basis: LegalBasis,
    /// Where the agreement has effect. SI 2000/617 extends to England only (reg 1(2)).
    #[serde(default)]
    pub jurisdiction: Jurisdiction,
    /// `draft` while the agreement is being negotiated; `final` once agreed.
    #[serde(default)]
    pub status: Status,
    /// The date the agreement was made (signed). May be absent in a draft.
    #[serde(default)]
    #[schemars(with = "Option<DateSchema>")]
    pub made: Option<Date>,
    /// The date the arrangements take effect. SI 2000/617 reg 7(3)(f) and 9(3)(f): the
    /// agreement must state the duration of the arrangements.
    #[serde(default)]
    #[schemars(with = "Option<DateSchema>")]
    pub commencement: Option<Date>,
    /// The date the arrangements end. Give `expiry`, or a `rolling` term with a notice period,
    /// or both (a fixed initial term that then rolls on).
    #[serde(default)]
    #[schemars(with = "Option<DateSchema>")]
    pub expiry: Option<Date>,
    /// A term with no fixed end, which continues until a partner gives notice.
    #[serde(default)]
    pub rolling: Option<Rolling>,
    /// When and how the agreement is reviewed. SI 2000/617 reg 7(3)(f): provision for review.
    #[serde(default)]
    pub review: Option<Review>,
}

/// Text that must say something (a reason, an approval).
#[derive(JsonSchema)]
#[schemars(description = "Text that must say something: not empty, not only spaces.")]
#[allow(dead_code)] // only its schema is used
struct Reason(#[schemars(regex(pattern = r"\S"))] String);

/// Reads a key that is present but empty (`pooled_fund:`) as present with nothing stated, so
/// that the rules report what is missing instead of treating the key as absent.
fn empty_means_stated<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Some(
        Option::<T>::deserialize(deserializer)?.unwrap_or_default(),
    ))
}

/// Reads a list or section left empty (`aims:`) as not given, like a key left out.
fn empty_is_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// A date written as YYYY-MM-DD.
#[derive(JsonSchema)]
#[schemars(description = "A date written as YYYY-MM-DD, e.g. 2024-04-01.")]
#[allow(dead_code)] // only its schema is used
#[schemars(extend("format" = "date"))]
struct DateSchema(String);

/// The statute an agreement is made under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    /// Section 31 of the Health Act 1999 (1 April 2000 to 28 February 2007).
    #[serde(rename = "health_act_1999_s31")]
    HealthAct1999S31,
    /// Section 75 of the National Health Service Act 2006 (from 1 March 2007).
    #[serde(rename = "nhs_act_2006_s75")]
    NhsAct2006S75,
    /// Section 10 of the Children Act 2004 (children's services pooled funds).
    #[serde(rename = "children_act_2004_s10")]
    ChildrenAct2004S10,
}

/// Where the agreement has effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Jurisdiction {
    /// England (the default).
    #[default]
    England,
    /// Wales.
    Wales,
}

/// Whether the agreement is still being drafted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being negotiated (the default).
    #[default]
    Draft,
    /// Agreed by the partners.
    Final,
}

/// A rolling term.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rolling {
    /// The notice, in months, a partner must give to end the agreement.
    pub notice_months: u32,
}

/// How the agreement is reviewed.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The date of the first review.
    #[serde(default)]
    #[schemars(with = "Option<DateSchema>")]
    pub first: Option<Date>,
    /// How often the agreement is reviewed after that.
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// Who reviews the agreement and how.
    #[serde(default)]
    pub method: Option<String>,
}

/// How often something happens.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// Every month.
    Monthly,
    /// Every two months.
    BiMonthly,
    /// Every three months.
    Quarterly,
    /// Every six months.
    HalfYearly,
    /// Once a year.
    Annually,
}

impl Frequency {
    /// True when this is at least as often as every three months.
    pub fn at_least_quarterly(self) -> bool {
        self <= Frequency::Quarterly
    }
}

/// A party to the agreement.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// A short handle for the party, used everywhere else in the spec (e.g. `council`, `icb`).
    pub id: String,
    /// The party's full legal name, e.g. "Oxfordshire County Council".
    #[serde(default)]
    pub name: Option<String>,
    /// The kind of legal body. SI 2000/617 reg 3 prescribes which NHS bodies and which local
    /// authorities may be partners; jointly checks the type against the date made and the
    /// commencement date.
    #[serde(rename = "type")]
    pub body_type: BodyType,
    /// Who signs for the party.
    #[serde(default)]
    pub signatory: Option<Signatory>,
    /// For an NHS trust or foundation trust: each commissioner it holds an NHS contract with
    /// for the services concerned. Each must consent (SI 2000/617 regs 7(2) and 9(2)).
    #[serde(default)]
    pub nhs_contracts_with: Option<Vec<String>>,
}

/// Who signs for a party.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// The signatory's name (may be left out until known).
    #[serde(default)]
    pub name: Option<String>,
    /// The signatory's post, e.g. "Chief Executive".
    #[serde(default)]
    pub position: Option<String>,
}

/// The kind of legal body a party is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BodyType {
    /// A Health Authority (until 30 September 2002).
    HealthAuthority,
    /// A Primary Care Trust (1 April 2000 to 31 March 2013).
    PrimaryCareTrust,
    /// A Strategic Health Authority (1 October 2002 to 31 March 2013).
    StrategicHealthAuthority,
    /// An NHS trust.
    NhsTrust,
    /// An NHS foundation trust.
    NhsFoundationTrust,
    /// A Care Trust (a designation of an NHS body, 2002 to 31 March 2013 as a body type).
    CareTrust,
    /// A Clinical Commissioning Group (1 April 2013 to 30 June 2022).
    ClinicalCommissioningGroup,
    /// NHS England (the NHS Commissioning Board until 30 June 2022).
    NhsEngland,
    /// An Integrated Care Board (from 1 July 2022).
    IntegratedCareBoard,
    /// A Local Health Board (Wales): the Welsh NHS body that partners Welsh councils under
    /// SI 2000/2993 (W.193). Not an English body.
    LocalHealthBoard,
    /// A county council (including a unitary council constituted as one).
    CountyCouncil,
    /// A district council (including a unitary council constituted as one).
    DistrictCouncil,
    /// A London borough council.
    LondonBoroughCouncil,
    /// A county borough council (Wales).
    CountyBoroughCouncil,
    /// The Common Council of the City of London.
    CommonCouncilCityOfLondon,
    /// The Council of the Isles of Scilly.
    CouncilOfTheIslesOfScilly,
    /// A combined authority.
    CombinedAuthority,
    /// A combined county authority.
    CombinedCountyAuthority,
    /// A police force or police authority (not a partner under SI 2000/617).
    Police,
    /// A probation service (not a partner under SI 2000/617).
    Probation,
    /// A youth offending team (not a partner under SI 2000/617).
    YouthOffendingTeam,
    /// A school or its governing body (not a partner under SI 2000/617).
    School,
    /// A GP practice (not a partner under SI 2000/617).
    GpPractice,
    /// A parish or town council (not a partner under SI 2000/617).
    ParishCouncil,
    /// A voluntary or community organisation (not a partner under SI 2000/617).
    VoluntaryOrganisation,
    /// An independent or private provider (not a partner under SI 2000/617).
    IndependentProvider,
}

/// One scheme: a schedule of the agreement with its own functions, services and money.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    /// A short handle for the scheme.
    pub id: String,
    /// The scheme's title, e.g. "Learning disability services".
    #[serde(default)]
    pub title: Option<String>,
    /// The agreed aims of the arrangements (SI 2000/617 regs 7(3)(a), 9(3)(a)).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub aims: Vec<String>,
    /// The agreed outcomes of the arrangements (SI 2000/617 regs 7(3)(a), 9(3)(a)).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub outcomes: Vec<String>,
    /// The persons in respect of whom the functions may be exercised
    /// (SI 2000/617 regs 7(3)(d), 9(3)(d)).
    #[serde(default)]
    pub persons: Option<String>,
    /// The eligibility criteria people must meet to be served.
    #[serde(default)]
    pub eligibility: Option<String>,
    /// The kinds of services provided (SI 2000/617 regs 7(3)(d), 9(3)(d)).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub services: Vec<String>,
    /// The NHS functions and health-related functions concerned
    /// (SI 2000/617 regs 7(3)(c), 9(3)(c)).
    #[serde(default)]
    pub functions: Option<Functions>,
    /// Functions one partner exercises on behalf of another: lead commissioning or
    /// integrated provision (SI 2000/617 regs 8 and 9).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Delegation>>")]
    pub delegations: Vec<Delegation>,
    /// The pooled fund of this scheme, if it has one (SI 2000/617 reg 7). An empty
    /// `pooled_fund:` is a pooled fund with nothing stated yet, and is checked as one.
    #[serde(default, deserialize_with = "empty_means_stated")]
    pub pooled_fund: Option<PooledFund>,
    /// The staff, goods, services or accommodation each partner provides
    /// (SI 2000/617 regs 7(3)(e), 9(3)(e)).
    #[serde(default, deserialize_with = "empty_means_stated")]
    pub resources: Option<Vec<Resources>>,
    /// Money that is not part of a pooled fund: aligned budgets, s256 payments, s113
    /// recharges. Never counted as a pool contribution.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<OtherFunding>>")]
    pub other_funding: Vec<OtherFunding>,
}

/// The functions a scheme covers.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Functions {
    /// NHS functions (SI 2000/617 reg 5), e.g. "Services under sections 3 of the NHS Act 2006
    /// for adults with learning disabilities".
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub nhs: Vec<String>,
    /// Health-related functions of the local authorities (SI 2000/617 reg 6), e.g.
    /// "Community care services under Part 1 of the Care Act 2014".
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<String>>")]
    pub health_related: Vec<String>,
}

/// A delegation of functions from one partner to another.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    /// `nhs_to_la`: a local authority exercises NHS functions (reg 9);
    /// `la_to_nhs`: an NHS body exercises health-related functions (reg 8).
    pub direction: Direction,
    /// `commissioning` (lead commissioning) or `provision` (integrated provision).
    pub nature: Nature,
    /// The party whose functions are delegated.
    pub from: String,
    /// The party that exercises them.
    pub to: String,
    /// The payments the delegating partner makes to the other (SI 2000/617 reg 9(3)(b)).
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Payment>>")]
    pub payments: Vec<Payment>,
    /// How those payments may be varied (SI 2000/617 reg 9(3)(b)).
    #[serde(default)]
    pub payment_variation: Option<String>,
    /// How the delegating partner monitors the exercise of its functions
    /// (SI 2000/617 reg 9(3)(g)).
    #[serde(default)]
    pub monitoring: Option<String>,
    /// How the partner exercising the functions reports on them (SI 2000/617 reg 9(4)).
    #[serde(default)]
    pub reporting: Option<DelegationReporting>,
}

/// Which way functions are delegated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A local authority exercises NHS functions (SI 2000/617 reg 9).
    NhsToLa,
    /// An NHS body exercises local authority health-related functions (SI 2000/617 reg 8).
    LaToNhs,
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
    /// The paying party.
    pub from: String,
    /// The amount in pounds, e.g. `27600000` or `"27,600,000.00"`.
    pub amount: Money,
    /// The financial year, e.g. `2024/25`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
}

/// Reports on delegated functions.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DelegationReporting {
    /// How often in-year reports are made. SI 2000/617 reg 9(4): quarterly.
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// Whether an annual report is made. SI 2000/617 reg 9(4): annually.
    #[serde(default)]
    pub annual_report: Option<bool>,
}

/// A pooled fund (SI 2000/617 reg 7).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PooledFund {
    /// The party that hosts the fund and is responsible for its accounts and audit.
    #[serde(default)]
    pub host: Option<String>,
    /// The pooled fund manager: an officer of the host.
    #[serde(default)]
    pub manager: Option<PoolManager>,
    /// The financial year the contributions are for, e.g. `2024/25`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
    /// Each partner's contribution (SI 2000/617 reg 7(3)(b)). A partner that contributes
    /// nothing is listed with `amount: 0`.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Contribution>>")]
    pub contributions: Vec<Contribution>,
    /// The total of the fund as stated in the agreement. It must equal the sum of the
    /// contributions to the penny, unless `rounded_to` says the figures are rounded.
    #[serde(default)]
    pub total: Option<Money>,
    /// The unit the agreement rounds this pool's figures to, in pounds, when they are
    /// stated rounded: `100000` for £m to one decimal place, `1000` for £k. The total is
    /// then compared with the sum of the contributions within half this unit.
    #[serde(default)]
    pub rounded_to: Option<Money>,
    /// How the contributions may be varied (SI 2000/617 reg 7(3)(b)).
    #[serde(default)]
    pub contribution_variation: Option<String>,
    /// How overspends and underspends are shared, in percent by party.
    #[serde(default)]
    pub risk_share: Option<RiskShare>,
    /// How the fund is managed (SI 2000/617 reg 7(3)(g)).
    #[serde(default)]
    pub management: Option<String>,
    /// How the fund is monitored (SI 2000/617 reg 7(3)(g)).
    #[serde(default)]
    pub monitoring: Option<String>,
    /// The pool manager's reports to the partners.
    #[serde(default)]
    pub reporting: Option<PoolReporting>,
}

/// The pooled fund manager.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PoolManager {
    /// The manager's name (may be left out; the post is what the agreement binds).
    #[serde(default)]
    pub name: Option<String>,
    /// The manager's post, e.g. "Head of Finance (Adult Social Care)".
    #[serde(default)]
    pub post: Option<String>,
    /// The party that employs the manager. It must be the host, unless the manager is placed
    /// at the host's disposal under s113 Local Government Act 1972.
    #[serde(default)]
    pub employer: Option<String>,
    /// `true` when the manager is employed by another partner and placed at the host's
    /// disposal under s113 Local Government Act 1972 (the officer stays employed by the
    /// original employer).
    #[serde(default)]
    pub placed_under_s113: Option<bool>,
}

/// A contribution to a pooled fund.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// The contributing party.
    pub party: String,
    /// The amount in pounds, e.g. `27600000` or `"27,600,000.00"`.
    pub amount: Money,
    /// Whether the contribution is revenue or capital money. HSC 2000/010 para 4: pooled funds
    /// are revenue; capital goes through s28A/s28BB (now s256/s76) payments.
    #[serde(default)]
    pub kind: Option<MoneyKind>,
}

/// Revenue or capital money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MoneyKind {
    /// Revenue (running costs).
    Revenue,
    /// Capital (buildings, equipment and other assets).
    Capital,
}

/// How overspends and underspends are shared.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskShare {
    /// Each party's share of an overspend, in percent.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Share>>")]
    pub overspend: Vec<Share>,
    /// Each party's share of an underspend, in percent.
    #[serde(default, deserialize_with = "empty_is_default")]
    #[schemars(with = "Option<Vec<Share>>")]
    pub underspend: Vec<Share>,
}

/// One party's share, in percent.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Share {
    /// The party.
    pub party: String,
    /// Its share in percent, e.g. `46.5`.
    pub percent: Percent,
}

/// The pool manager's reports.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PoolReporting {
    /// How often the pool manager reports to the partners (quarterly at least).
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// Whether the pool manager makes an annual return on the fund's income and expenditure.
    #[serde(default)]
    pub annual_return: Option<bool>,
}

/// What one partner provides to a scheme (SI 2000/617 regs 7(3)(e), 9(3)(e)).
/// Write `none` where a partner provides nothing of a kind.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    /// The providing party.
    pub party: String,
    /// Staff provided.
    #[serde(default)]
    pub staff: Option<String>,
    /// Goods provided.
    #[serde(default)]
    pub goods: Option<String>,
    /// Services provided.
    #[serde(default)]
    pub services: Option<String>,
    /// Accommodation provided.
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
    /// The paying party (or another body, named).
    #[serde(default)]
    pub from: Option<String>,
    /// The receiving party (or another body, named).
    #[serde(default)]
    pub to: Option<String>,
    /// The amount in pounds.
    pub amount: Money,
    /// The financial year, e.g. `2012/13`.
    #[serde(default)]
    pub financial_year: Option<FinancialYear>,
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

/// A financial year, written `2024/25`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(transparent)]
pub struct FinancialYear(
    #[schemars(regex(pattern = r"^\d{4}/\d{2}$"))]
    /// A financial year, written `2024/25`.
    pub String,
);

impl FinancialYear {
    /// Whether the two years are a year and the next (`2024/25`, `1999/00`).
    pub fn is_consecutive(&self) -> bool {
        let (Some(first), Some(second)) = (self.0.get(..4), self.0.get(5..7)) else {
            return false;
        };
        match (first.parse::<u32>(), second.parse::<u32>()) {
            (Ok(first), Ok(second)) => (first + 1) % 100 == second,
            _ => false,
        }
    }
}

/// A consent given before the agreement was made.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Who consented: a party id or the commissioner's name as written in
    /// `nhs_contracts_with`.
    pub by: String,
    /// The party the consent was given to (e.g. the NHS trust partner).
    #[serde(rename = "for")]
    pub given_to: String,
    /// The date of the consent.
    #[serde(default)]
    #[schemars(with = "Option<DateSchema>")]
    pub date: Option<Date>,
    /// The consent's reference, e.g. a board minute.
    #[serde(default)]
    pub reference: Option<String>,
}

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

macro_rules! checklist_keys {
    ($( $(#[$doc:meta])* $key:ident ),* $(,)?) => {
        /// The agreement's clauses, one key per item of the 27-item checklist (GUIDE07 ch 7),
        /// plus `variation`. Each holds the clause text or a summary of what was agreed.
        #[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct Clauses {
            $( $(#[$doc])* #[serde(default)] pub $key: Option<String>, )*
            /// How the agreement may be varied (SI 2000/617 reg 7(3)(f): provision for the
            /// variation of the arrangements).
            #[serde(default)]
            pub variation: Option<String>,
        }

        /// Checklist items that do not apply, each with the reason why. An item marked not
        /// applicable with a reason counts as addressed.
        #[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct NotApplicable {
            $( $(#[$doc])* #[serde(default)] #[schemars(with = "Reason")] pub $key: Option<String>, )*
        }

        impl Clauses {
            /// The clause written under a checklist key.
            pub fn get(&self, key: &str) -> Option<&str> {
                match key {
                    $( stringify!($key) => self.$key.as_deref(), )*
                    "variation" => self.variation.as_deref(),
                    _ => None,
                }
            }
        }

        impl NotApplicable {
            /// The reason a checklist key does not apply, if one is given.
            pub fn get(&self, key: &str) -> Option<&str> {
                match key {
                    $( stringify!($key) => self.$key.as_deref(), )*
                    _ => None,
                }
            }
        }
    };
}

checklist_keys! {
    /// CL-01: aims and objectives of partnership arrangements.
    aims_and_objectives,
    /// CL-02: description of arrangements.
    description,
    /// CL-03: flexibilities to be used.
    flexibilities,
    /// CL-04: governance arrangements.
    governance,
    /// CL-05: baseline budgets.
    baseline_budgets,
    /// CL-06: contributions to the pool - how to agree.
    contributions,
    /// CL-07: delegations.
    delegations,
    /// CL-08: arrangements for handling growth or cuts in funding or resources.
    growth_or_cuts,
    /// CL-09: apportionment of assets and liabilities at the end of each financial year.
    year_end_apportionment,
    /// CL-10: budget host.
    budget_host,
    /// CL-11: arrangements for monitoring finance and performance.
    monitoring,
    /// CL-12: accounting and internal audit arrangements.
    accounting_and_audit,
    /// CL-13: VAT.
    vat,
    /// CL-14: insurance.
    insurance,
    /// CL-15: staff transfers or secondments and agreements in place.
    staff_transfers,
    /// CL-16: TUPE arrangements.
    tupe,
    /// CL-17: change management protocol.
    change_management,
    /// CL-18: training and development.
    training,
    /// CL-19: clinical governance, care practice and education standards.
    clinical_governance,
    /// CL-20: boundary issues.
    boundary_issues,
    /// CL-21: handling complaints.
    complaints,
    /// CL-22: management of disputes, termination and exit strategy.
    disputes_termination_exit,
    /// CL-23: information sharing.
    information_sharing,
    /// CL-24: provision of support services.
    support_services,
    /// CL-25: estates and facilities management.
    estates,
    /// CL-26: arrangements for review.
    review,
    /// CL-27: any other matters partners consider appropriate.
    other_matters,
}
