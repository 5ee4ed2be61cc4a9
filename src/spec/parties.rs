//! The parties to an agreement, what kind of body each is, and the consents given to them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::stated_date::StatedDate;

/// A party to the agreement.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// A short handle for the party, used everywhere else in the spec (e.g. `council`, `icb`). Give
    /// each party a different `id`: two parties with one `id` stop the spec loading.
    pub id: String,
    /// The party's full legal name, e.g. "Oxfordshire County Council".
    #[serde(default)]
    pub name: Option<String>,
    /// The kind of legal body. SI 2000/617 reg 3 prescribes which NHS bodies and which local
    /// authorities may be partners; jointly checks the type against the date made and the
    /// commencement date.
    ///
    /// Provision: SI 2000/617 reg 2(1), reg 3(1), reg 3(2).
    #[serde(rename = "type")]
    pub body_type: BodyType,
    /// Who signs for the party. Every party to an agreement with a pooled fund, and each party to a
    /// delegation, needs a signatory with a `position`; for other parties it is guidance.
    ///
    /// Provision: SI 2000/617 regs 7(3), 9(3), opening words (the agreement must be in writing);
    /// reg 8(3) (not verified); HSC 2000/010 para 3.
    #[serde(default)]
    pub signatory: Option<Signatory>,
    /// For an NHS trust or foundation trust: a list of each commissioner it holds an NHS contract
    /// with for the services concerned. Each must consent (record it under `consents`). Use a
    /// party's `id`, or the commissioner's name if it is not a party.
    ///
    /// Provision: SI 2000/617 regs 7(2), 9(2).
    #[serde(default)]
    pub nhs_contracts_with: Option<Vec<String>>,
    /// The party's address (its principal office), as it should appear in the agreement, e.g.
    /// "County Hall, New Road, Westshire WS1 1AA". The notices clause uses it for a party
    /// that `modern.notices.addresses` gives no address; a party with neither is flagged there.
    /// Added after v1's first release.
    #[serde(default)]
    pub address: Option<String>,
    /// The post to which formal notices are addressed, e.g. "Director of Legal Services" (a
    /// post, not a person's name). `modern.notices.addresses[].officer` takes precedence.
    #[serde(default)]
    pub notices_contact: Option<String>,
    /// How the party executes the agreement: `under_hand` (signed by an authorised signatory)
    /// or `deed`. A council executing as a deed does so under its common seal; an NHS body by
    /// its authorised signatories. Left out, the draft has a signature block signed for and on
    /// behalf of the party.
    #[serde(default)]
    pub execution: Option<Execution>,
}

/// How a party executes the agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Execution {
    /// As a deed: a council under its common seal, another body by its authorised
    /// signatories.
    Deed,
    /// Signed under hand, for and on behalf of the party.
    UnderHand,
}

/// Who signs for a party.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// The signatory's name. It may be left out until known.
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
    /// An NHS trust in Wales (established under the NHS (Wales) Act 2006, e.g. the Welsh
    /// Ambulance Services or Velindre trust): an NHS body of a Welsh agreement. Not an English
    /// body.
    NhsTrustWales,
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
    /// A unitary authority: in law a county council or a district council (in Wales, a county
    /// or county borough council), depending on how it is constituted.
    UnitaryAuthority,
    /// A metropolitan borough council: in law a district council.
    MetropolitanBoroughCouncil,
    /// A metropolitan district council: in law a district council.
    MetropolitanDistrictCouncil,
    /// A shire county council (a county council in a two-tier area): in law a county council.
    ShireCountyCouncil,
    /// A shire district council (a district council in a two-tier area): in law a district
    /// council, and not a children's services authority.
    ShireDistrictCouncil,
    /// A borough council outside London: in law a district council (in Wales, a county borough
    /// council).
    BoroughCouncil,
    /// A city council: in law a district council or a county council (in Wales, a county or
    /// county borough council), depending on how it is constituted.
    CityCouncil,
    /// A city and county council (Wales, e.g. Cardiff, Swansea): in law a county council.
    CityAndCountyCouncil,
    /// A combined authority.
    CombinedAuthority,
    /// A combined county authority.
    CombinedCountyAuthority,
    /// The police: a police authority or chief officer of police, later a local policing body
    /// (not a partner under SI 2000/617; a relevant partner under s10(4)(b) Children Act 2004).
    Police,
    /// A local probation board or a provider of probation services (not a partner under SI
    /// 2000/617; a relevant partner under s10(4)(c), later also (cb), Children Act 2004).
    Probation,
    /// A youth offending team (not a partner under SI 2000/617; a relevant partner under
    /// s10(4)(d) Children Act 2004).
    YouthOffendingTeam,
    /// A school or its governing body (not a partner under SI 2000/617; listed in s10(4) Children
    /// Act 2004 by the Apprenticeships, Skills, Children and Learning Act 2009, from a date not
    /// verified).
    School,
    /// A further education institution (not a partner under SI 2000/617; listed in s10(4)
    /// Children Act 2004 by the Apprenticeships, Skills, Children and Learning Act 2009, from a
    /// date not verified). Added after v1's first release.
    FurtherEducationInstitution,
    /// A person providing Connexions services under s114 Learning and Skills Act 2000 (not a
    /// partner under SI 2000/617; a relevant partner under s10(4)(f) Children Act 2004). Added
    /// after v1's first release.
    ConnexionsProvider,
    /// A GP practice (not a partner under SI 2000/617).
    GpPractice,
    /// A parish or town council (not a partner under SI 2000/617).
    ParishCouncil,
    /// A voluntary or community organisation (not a partner under SI 2000/617).
    VoluntaryOrganisation,
    /// An independent or private provider (not a partner under SI 2000/617).
    IndependentProvider,
}

/// A consent given before the agreement was made.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Who consented: a party `id`, or the commissioner's name as written in `nhs_contracts_with`.
    ///
    /// Provision: SI 2000/617 regs 7(2), 9(2).
    pub by: String,
    /// The party the consent was given to (e.g. the NHS trust partner): the `id` of one of the
    /// `parties` (an id that names no party stops the spec loading).
    ///
    /// Provision: SI 2000/617 regs 7(2), 9(2).
    #[serde(rename = "for")]
    pub given_to: String,
    /// The date of the consent. It must be no later than the date the agreement was `made`.
    ///
    /// Provision: SI 2000/617 reg 7(2).
    #[serde(default)]
    pub date: Option<StatedDate>,
    /// The consent's reference, e.g. a board minute.
    #[serde(default)]
    pub reference: Option<String>,
}
