//! The era table (rulebook §2.2): which bodies existed, and could be partners, on which dates.

use jiff::civil::{Date, date};

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

/// The class of a body type.
pub fn body_class(body: BodyType) -> BodyClass {
    use BodyType::*;
    match body {
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

/// When a body type existed as a prescribed NHS partner, and how sure the rulebook is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Era {
    /// The first day the body type existed.
    pub from: Date,
    /// The last day it existed, if it has ended.
    pub until: Option<Date>,
    /// Whether the dates and the body's prescribed status are verified (rulebook §2.2).
    pub verified: bool,
    /// What a reader needs to know: e.g. what replaced it.
    pub note: &'static str,
}

/// The era of an NHS body type (rulebook §2.2). Local authorities have no era.
pub fn era_of(body: BodyType) -> Option<Era> {
    use BodyType::*;
    let era = |from, until, verified, note| {
        Some(Era {
            from,
            until,
            verified,
            note,
        })
    };
    match body {
        HealthAuthority => era(
            date(2000, 4, 1),
            Some(date(2002, 9, 30)),
            true,
            "Health Authorities were renamed and their local functions passed to Primary Care Trusts on 1 October 2002",
        ),
        PrimaryCareTrust => era(
            date(2000, 4, 1),
            Some(date(2013, 3, 31)),
            true,
            "Primary Care Trusts were abolished on 31 March 2013; clinical commissioning groups took over",
        ),
        ClinicalCommissioningGroup => era(
            date(2013, 4, 1),
            Some(date(2022, 6, 30)),
            true,
            "clinical commissioning groups existed from 1 April 2013 until 30 June 2022; integrated care boards replaced them on 1 July 2022",
        ),
        IntegratedCareBoard => era(
            date(2022, 7, 1),
            None,
            true,
            "integrated care boards were established on 1 July 2022",
        ),
        NhsTrust => era(date(2000, 4, 1), None, true, ""),
        StrategicHealthAuthority => era(
            date(2002, 10, 1),
            Some(date(2013, 3, 31)),
            false,
            "whether a Strategic Health Authority was a prescribed partner is not verified",
        ),
        NhsFoundationTrust => era(
            date(2004, 4, 1),
            None,
            false,
            "foundation trusts are believed to be prescribed partners, but the amending text is not verified",
        ),
        CareTrust => era(
            date(2002, 4, 1),
            Some(date(2013, 3, 31)),
            false,
            "after 31 March 2013 'Care Trust' is a designation of a CCG, NHS trust or foundation trust, not a body type; its start date is not verified",
        ),
        NhsEngland => era(
            date(2013, 4, 1),
            None,
            false,
            "whether NHS England (the NHS Commissioning Board until 30 June 2022) is a prescribed partner is not verified",
        ),
        _ => None,
    }
}

impl Era {
    /// Whether the body type existed on `day`.
    pub fn covers(&self, day: Date) -> bool {
        day >= self.from && self.until.is_none_or(|until| day <= until)
    }
}
