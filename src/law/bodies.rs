//! The kinds of body a party can be: which side of a partnership each is on (SI 2000/617
//! reg 3, rulebook §2.2), and the one table of how each is written.

use std::fmt;

use crate::spec::BodyType;

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
}

impl TypeWords {
    /// The type with its article, for "is …" and "(…)": "a London borough council",
    /// "an NHS trust", "NHS England", "the Council of the Isles of Scilly".
    pub fn described(self) -> String {
        Described(self).to_string()
    }
}

/// A body type with its article, as [`BodyType::described`] gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Described(TypeWords);

impl fmt::Display for Described {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let TypeWords { article, noun } = self.0;
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
            | LocalHealthBoard => BodyClass::Nhs,
            CountyCouncil
            | DistrictCouncil
            | LondonBoroughCouncil
            | CountyBoroughCouncil
            | CommonCouncilCityOfLondon => BodyClass::LocalAuthority,
            CouncilOfTheIslesOfScilly | CombinedAuthority | CombinedCountyAuthority => {
                BodyClass::LocalAuthorityUncertain
            }
            Police
            | Probation
            | YouthOffendingTeam
            | School
            | GpPractice
            | ParishCouncil
            | VoluntaryOrganisation
            | IndependentProvider => BodyClass::NotAPartner,
        }
    }

    /// The words for the body type (the one declared table).
    pub fn wording(self) -> TypeWords {
        use BodyType::*;
        let (article, noun) = match self {
            HealthAuthority => ("a", "Health Authority"),
            PrimaryCareTrust => ("a", "Primary Care Trust"),
            StrategicHealthAuthority => ("a", "Strategic Health Authority"),
            NhsTrust => ("an", "NHS trust"),
            NhsFoundationTrust => ("an", "NHS foundation trust"),
            CareTrust => ("a", "Care Trust"),
            ClinicalCommissioningGroup => ("a", "clinical commissioning group"),
            NhsEngland => ("", "NHS England"),
            IntegratedCareBoard => ("an", "integrated care board"),
            CountyCouncil => ("a", "county council"),
            DistrictCouncil => ("a", "district council"),
            LondonBoroughCouncil => ("a", "London borough council"),
            CountyBoroughCouncil => ("a", "county borough council"),
            CommonCouncilCityOfLondon => ("the", "Common Council of the City of London"),
            CouncilOfTheIslesOfScilly => ("the", "Council of the Isles of Scilly"),
            CombinedAuthority => ("a", "combined authority"),
            CombinedCountyAuthority => ("a", "combined county authority"),
            Police => ("a", "police force or police authority"),
            Probation => ("a", "probation service"),
            YouthOffendingTeam => ("a", "youth offending team"),
            School => ("a", "school or its governing body"),
            GpPractice => ("a", "GP practice"),
            ParishCouncil => ("a", "parish or town council"),
            VoluntaryOrganisation => ("a", "voluntary organisation"),
            IndependentProvider => ("an", "independent provider"),
            LocalHealthBoard => ("a", "Local Health Board"),
        };
        TypeWords { article, noun }
    }

    /// The type with its article, for "is …": "a London borough council", "NHS England".
    pub fn described(self) -> Described {
        Described(self.wording())
    }

    /// Whether a body of this type can be a children's services authority in England
    /// (Children Act 2004 s65: a county council, a metropolitan or unitary district council, a
    /// London borough council, the Common Council of the City of London, the Council of the
    /// Isles of Scilly). A district council in a two-tier area is not one, but a spec cannot
    /// tell the two apart.
    pub fn can_be_childrens_services_authority(self) -> bool {
        matches!(
            self,
            BodyType::CountyCouncil
                | BodyType::DistrictCouncil
                | BodyType::LondonBoroughCouncil
                | BodyType::CommonCouncilCityOfLondon
                | BodyType::CouncilOfTheIslesOfScilly
        )
    }
}

#[cfg(test)]
mod tests {
    use super::BodyClass;
    use crate::spec::BodyType;

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
    fn classes_are_written_with_their_article() {
        assert_eq!(BodyClass::Nhs.to_string(), "an NHS body");
        assert_eq!(BodyClass::LocalAuthority.to_string(), "a local authority");
        assert_eq!(BodyClass::Nhs.noun(), "NHS body");
    }
}
