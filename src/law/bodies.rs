//! The kinds of body a party can be: which side of a partnership each is on (SI 2000/617
//! reg 3, rulebook §2.2), and the one table of how each is written.

use std::fmt;

use crate::spec::{BodyType, Jurisdiction};

/// What kind of body a party is, for SI 2000/617.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyClass {
    /// An NHS body (reg 3(1)).
    Nhs,
    /// A local authority prescribed by reg 3(2).
    LocalAuthority,
    /// A body whose standing as a partner is uncertain (Isles of Scilly, combined authorities).
    LocalAuthorityUncertain,
    /// A body that may not be a partner at all.
    NotAPartner,
}

impl BodyClass {
    /// The class as a noun, without an article: "NHS body", "local authority".
    pub fn noun(self) -> &'static str {
        match self {
            BodyClass::Nhs => "NHS body",
            BodyClass::LocalAuthority => "local authority",
            BodyClass::LocalAuthorityUncertain => {
                "local authority whose standing as a partner is uncertain"
            }
            BodyClass::NotAPartner => "body that may not be a partner",
        }
    }
}

/// The class with its article: "an NHS body", "a local authority".
impl fmt::Display for BodyClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let article = match self {
            BodyClass::Nhs => "an",
            _ => "a",
        };
        write!(f, "{article} {}", self.noun())
    }
}

/// How a body type is written: the one table of type wording, used by messages, drafts and
/// the portfolio alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeWords {
    /// The article a description takes: "a", "an", "the", or "" for a body with a proper
    /// name ("NHS England").
    pub article: &'static str,
    /// The type itself, capitalised as it is written in running text: "London borough
    /// council", "NHS trust", "Primary Care Trust", "NHS England".
    pub noun: &'static str,
    /// For a kind of council as officers name it, which the regulations do not: the
    /// category of reg 3(2) it is in law. None for the regulations' own categories and for
    /// bodies that are not councils.
    pub legal: Option<LegalCategory>,
}

/// The category of reg 3(2) (SI 2000/617, and SI 2000/2993 (W.193) in Wales) that a kind of
/// council officers name is in law, with its article: "a district council". Where the kind
/// alone cannot fix the category (a unitary authority is a county council or a district
/// council, depending on how it was constituted), the words say so; every category it can
/// be is a prescribed local authority, so the checker accepts it either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegalCategory {
    /// The category in an agreement for England.
    pub england: &'static str,
    /// The category in an agreement for Wales.
    pub wales: &'static str,
}

impl LegalCategory {
    /// The category in words for an agreement's jurisdiction.
    pub fn for_jurisdiction(self, jurisdiction: Jurisdiction) -> &'static str {
        match jurisdiction {
            Jurisdiction::England => self.england,
            Jurisdiction::Wales => self.wales,
        }
    }
}

impl TypeWords {
    /// The type with its article, for "is …" and "(…)": "a London borough council",
    /// "an NHS trust", "NHS England", "the Council of the Isles of Scilly".
    pub fn described(self) -> String {
        Described(self).to_string()
    }

    /// How a draft describes a party of this type: the type with its article and, for a kind
    /// of council the regulations do not name, its legal category: "a metropolitan borough
    /// council, for the purposes of the Regulations a district council". Where the draft
    /// defines no "Regulations" (a s10 agreement), "in law" takes their place.
    pub fn drafted(self, jurisdiction: Jurisdiction, regulations: bool) -> String {
        let described = self.described();
        match self.legal {
            None => described,
            Some(legal) if regulations => format!(
                "{described}, for the purposes of the Regulations {}",
                legal.for_jurisdiction(jurisdiction)
            ),
            Some(legal) => format!(
                "{described}, in law {}",
                legal.for_jurisdiction(jurisdiction)
            ),
        }
    }
}

/// A body type with its article, as [`BodyType::described`] gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Described(TypeWords);

impl fmt::Display for Described {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let TypeWords { article, noun, .. } = self.0;
        if article.is_empty() {
            f.write_str(noun)
        } else {
            write!(f, "{article} {noun}")
        }
    }
}

/// The type in words, without an article: "London borough council", "NHS England".
impl fmt::Display for BodyType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.wording().noun)
    }
}

/// The bodies that can be a children's services authority in England, in words (see
/// [`BodyType::can_be_childrens_services_authority`]; "unitary" is what the type alone cannot
/// say).
pub const CHILDRENS_SERVICES_AUTHORITIES: &str = "a county council, a unitary district council, a London borough council, the Common Council of the City of London or the Council of the Isles of Scilly";

impl BodyType {
    /// The class of the body type.
    pub fn class(self) -> BodyClass {
        use BodyType::*;
        match self {
            HealthAuthority
            | PrimaryCareTrust
            | StrategicHealthAuthority
            | NhsTrust
            | NhsFoundationTrust
            | CareTrust
            | ClinicalCommissioningGroup
            | NhsEngland
            | IntegratedCareBoard
            | LocalHealthBoard
            | NhsTrustWales => BodyClass::Nhs,
            CountyCouncil
            | DistrictCouncil
            | LondonBoroughCouncil
            | CountyBoroughCouncil
            | CommonCouncilCityOfLondon
            | UnitaryAuthority
            | MetropolitanBoroughCouncil
            | MetropolitanDistrictCouncil
            | ShireCountyCouncil
            | ShireDistrictCouncil
            | BoroughCouncil
            | CityCouncil
            | CityAndCountyCouncil => BodyClass::LocalAuthority,
            CouncilOfTheIslesOfScilly | CombinedAuthority | CombinedCountyAuthority => {
                BodyClass::LocalAuthorityUncertain
            }
            Police
            | Probation
            | YouthOffendingTeam
            | School
            | FurtherEducationInstitution
            | ConnexionsProvider
            | GpPractice
            | ParishCouncil
            | VoluntaryOrganisation
            | IndependentProvider => BodyClass::NotAPartner,
        }
    }

    /// The words for the body type and, for a kind of council officers name that the
    /// regulations do not, its legal category (the one declared table).
    pub fn wording(self) -> TypeWords {
        use BodyType::*;
        const COUNTY_OR_DISTRICT: LegalCategory = LegalCategory {
            england: "a county or district council according to how it is constituted",
            wales: "a county or county borough council according to how it is constituted",
        };
        const DISTRICT: LegalCategory = LegalCategory {
            england: "a district council",
            wales: "a district council",
        };
        const COUNTY: LegalCategory = LegalCategory {
            england: "a county council",
            wales: "a county council",
        };
        let (article, noun, legal) = match self {
            HealthAuthority => ("a", "Health Authority", None),
            PrimaryCareTrust => ("a", "Primary Care Trust", None),
            StrategicHealthAuthority => ("a", "Strategic Health Authority", None),
            NhsTrust => ("an", "NHS trust", None),
            NhsFoundationTrust => ("an", "NHS foundation trust", None),
            CareTrust => ("a", "Care Trust", None),
            ClinicalCommissioningGroup => ("a", "clinical commissioning group", None),
            NhsEngland => ("", "NHS England", None),
            IntegratedCareBoard => ("an", "integrated care board", None),
            LocalHealthBoard => ("a", "Local Health Board", None),
            NhsTrustWales => ("an", "NHS trust in Wales", None),
            CountyCouncil => ("a", "county council", None),
            DistrictCouncil => ("a", "district council", None),
            LondonBoroughCouncil => ("a", "London borough council", None),
            CountyBoroughCouncil => ("a", "county borough council", None),
            CommonCouncilCityOfLondon => ("the", "Common Council of the City of London", None),
            CouncilOfTheIslesOfScilly => ("the", "Council of the Isles of Scilly", None),
            UnitaryAuthority => ("a", "unitary authority", Some(COUNTY_OR_DISTRICT)),
            MetropolitanBoroughCouncil => ("a", "metropolitan borough council", Some(DISTRICT)),
            MetropolitanDistrictCouncil => ("a", "metropolitan district council", Some(DISTRICT)),
            ShireCountyCouncil => ("a", "shire county council", Some(COUNTY)),
            ShireDistrictCouncil => ("a", "shire district council", Some(DISTRICT)),
            BoroughCouncil => (
                "a",
                "borough council",
                Some(LegalCategory {
                    england: "a district council",
                    wales: "a county borough council",
                }),
            ),
            CityCouncil => ("a", "city council", Some(COUNTY_OR_DISTRICT)),
            CityAndCountyCouncil => ("a", "city and county council", Some(COUNTY)),
            CombinedAuthority => ("a", "combined authority", None),
            CombinedCountyAuthority => ("a", "combined county authority", None),
            Police => ("a", "police force or police authority", None),
            Probation => ("a", "probation service", None),
            YouthOffendingTeam => ("a", "youth offending team", None),
            School => ("a", "school or its governing body", None),
            FurtherEducationInstitution => ("a", "further education institution", None),
            ConnexionsProvider => (
                "a",
                "provider of Connexions services under s114 Learning and Skills Act 2000",
                None,
            ),
            GpPractice => ("a", "GP practice", None),
            ParishCouncil => ("a", "parish or town council", None),
            VoluntaryOrganisation => ("a", "voluntary organisation", None),
            IndependentProvider => ("an", "independent provider", None),
        };
        TypeWords {
            article,
            noun,
            legal,
        }
    }

    /// Whether the body is a Welsh NHS body (a Local Health Board or an NHS trust in Wales):
    /// an NHS body of a Welsh agreement, and not one SI 2000/617 prescribes for England.
    pub fn is_welsh_nhs_body(self) -> bool {
        matches!(self, BodyType::LocalHealthBoard | BodyType::NhsTrustWales)
    }

    /// The type with its article, for "is …": "a London borough council", "NHS England".
    pub fn described(self) -> Described {
        Described(self.wording())
    }

    /// Whether a body of this type can be a children's services authority in England
    /// (Children Act 2004 s65: a county council, a metropolitan or unitary district council, a
    /// London borough council, the Common Council of the City of London, the Council of the
    /// Isles of Scilly). A district council in a two-tier area is not one, but `district_council`
    /// (and `borough_council` and `city_council`, which can be either) cannot tell the two
    /// apart; `shire_district_council` can, and is not one.
    pub fn can_be_childrens_services_authority(self) -> bool {
        use BodyType::*;
        matches!(
            self,
            CountyCouncil
                | DistrictCouncil
                | LondonBoroughCouncil
                | CommonCouncilCityOfLondon
                | CouncilOfTheIslesOfScilly
                | UnitaryAuthority
                | MetropolitanBoroughCouncil
                | MetropolitanDistrictCouncil
                | ShireCountyCouncil
                | BoroughCouncil
                | CityCouncil
                | CityAndCountyCouncil
        )
    }
}

#[cfg(test)]
mod tests {
    use super::BodyClass;
    use crate::spec::{BodyType, Jurisdiction};

    #[test]
    fn bodies_are_written_in_running_text_with_the_right_article() {
        for (body, noun, described) in [
            (
                BodyType::LondonBoroughCouncil,
                "London borough council",
                "a London borough council",
            ),
            (BodyType::NhsTrust, "NHS trust", "an NHS trust"),
            (BodyType::NhsEngland, "NHS England", "NHS England"),
            (
                BodyType::CouncilOfTheIslesOfScilly,
                "Council of the Isles of Scilly",
                "the Council of the Isles of Scilly",
            ),
        ] {
            assert_eq!(body.to_string(), noun);
            assert_eq!(body.described().to_string(), described);
            assert_eq!(body.wording().described(), described);
        }
    }

    #[test]
    fn councils_as_officers_name_them_are_drafted_with_their_legal_category() {
        use Jurisdiction::{England, Wales};
        for (body, jurisdiction, regulations, drafted) in [
            (
                BodyType::UnitaryAuthority,
                England,
                true,
                "a unitary authority, for the purposes of the Regulations a county or district council according to how it is constituted",
            ),
            (
                BodyType::MetropolitanBoroughCouncil,
                England,
                true,
                "a metropolitan borough council, for the purposes of the Regulations a district council",
            ),
            (
                BodyType::BoroughCouncil,
                Wales,
                true,
                "a borough council, for the purposes of the Regulations a county borough council",
            ),
            (
                BodyType::CityCouncil,
                Wales,
                false,
                "a city council, in law a county or county borough council according to how it is constituted",
            ),
            (BodyType::CountyCouncil, England, true, "a county council"),
            (
                BodyType::NhsTrustWales,
                Wales,
                true,
                "an NHS trust in Wales",
            ),
        ] {
            assert_eq!(body.wording().drafted(jurisdiction, regulations), drafted);
        }
    }

    #[test]
    fn every_kind_of_council_officers_name_is_a_prescribed_local_authority() {
        use BodyType::*;
        for body in [
            UnitaryAuthority,
            MetropolitanBoroughCouncil,
            MetropolitanDistrictCouncil,
            ShireCountyCouncil,
            ShireDistrictCouncil,
            BoroughCouncil,
            CityCouncil,
            CityAndCountyCouncil,
        ] {
            assert_eq!(body.class(), BodyClass::LocalAuthority, "{body}");
            assert!(body.wording().legal.is_some(), "{body}");
        }
        assert!(!ShireDistrictCouncil.can_be_childrens_services_authority());
        assert!(UnitaryAuthority.can_be_childrens_services_authority());
        assert_eq!(NhsTrustWales.class(), BodyClass::Nhs);
        assert!(NhsTrustWales.is_welsh_nhs_body() && NhsTrustWales.era().is_none());
    }

    #[test]
    fn classes_are_written_with_their_article() {
        assert_eq!(BodyClass::Nhs.to_string(), "an NHS body");
        assert_eq!(BodyClass::LocalAuthority.to_string(), "a local authority");
        assert_eq!(BodyClass::Nhs.noun(), "NHS body");
    }
}
