//! The relevant partners of a children's services authority in England under s10(4) Children
//! Act 2004, by date (rulebook §2.3): the one table of which kind of body is listed in which
//! paragraph, from when, and how far the wording is verified.

use jiff::civil::Date;

use super::dates::{
    CLINICAL_COMMISSIONING_GROUPS_LAST_DAY, HEALTH_AND_SOCIAL_CARE_ACT_2012_COMMENCED,
    INTEGRATED_CARE_BOARDS_ESTABLISHED, PRIMARY_CARE_TRUSTS_LAST_DAY,
};
use crate::spec::BodyType;

/// How a kind of body stands under s10(4) Children Act 2004.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum S10Standing {
    /// Listed as a relevant partner in a paragraph of s10(4).
    Listed(Listing),
    /// A kind that can be the children's services authority itself (s10(1)), not a partner.
    Authority,
    /// Not in the list of s10(4): it may take part in co-operation arrangements only as a
    /// person or body the authority considers appropriate (s10(1)(c)).
    NotListed,
}

/// A paragraph of s10(4) listing a kind of body, with the days it is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listing {
    /// The paragraph, e.g. "s10(4)(e)".
    pub paragraph: &'static str,
    /// Whom the paragraph lists, in words.
    pub words: &'static str,
    /// The first day the listing applies, where it is narrower than the Act's own life.
    pub from: Option<Date>,
    /// The last day it applies, if it ended.
    pub until: Option<Date>,
    /// Whether the listing's wording was read (rulebook §2.3: V); unverified listings (the 2013
    /// and 2022 NHS wording, the schools and colleges added by the Apprenticeships, Skills,
    /// Children and Learning Act 2009 from a date not verified) only warn.
    pub verified: bool,
}

impl Listing {
    /// Whether the listing applies on `day`.
    pub fn covers(&self, day: Date) -> bool {
        self.from.is_none_or(|from| day >= from) && self.until.is_none_or(|until| day <= until)
    }
}

const fn listed(paragraph: &'static str, words: &'static str, verified: bool) -> S10Standing {
    S10Standing::Listed(Listing {
        paragraph,
        words,
        from: None,
        until: None,
        verified,
    })
}

const fn between(
    paragraph: &'static str,
    words: &'static str,
    from: Option<Date>,
    until: Option<Date>,
    verified: bool,
) -> S10Standing {
    S10Standing::Listed(Listing {
        paragraph,
        words,
        from,
        until,
        verified,
    })
}

const ASCL_2009: &str = "s10(4)(fa)-(fe), inserted by s193(2)(a) Apprenticeships, Skills, Children and Learning Act 2009";
const NHS_2013: &str = "s10(4) as amended from 1 April 2013";
const NHS_2022: &str = "s10(4)(da)-(db) as amended from 1 July 2022";

impl BodyType {
    /// How a body of this kind stands under s10(4) Children Act 2004 (rulebook §2.3).
    pub fn s10_standing(self) -> S10Standing {
        use BodyType::*;
        if matches!(self, ShireDistrictCouncil) {
            return listed(
                "s10(4)(a)",
                "a district council which has functions in the authority's area",
                true,
            );
        }
        match self {
            // A district, borough or city council may be a unitary authority (the authority
            // itself) or a district council in a two-tier area (a partner under (a)).
            DistrictCouncil | BoroughCouncil | CityCouncil => listed(
                "s10(4)(a)",
                "a district council which has functions in the authority's area",
                true,
            ),
            _ if self.can_be_childrens_services_authority() => S10Standing::Authority,
            Police => listed(
                "s10(4)(b)",
                "a police authority and chief officer of police for a police area any part of which falls within the authority's area (later a local policing body)",
                true,
            ),
            Probation => listed(
                "s10(4)(c)",
                "a local probation board for an area any part of which falls within the authority's area (later also a provider of probation services, (cb))",
                true,
            ),
            YouthOffendingTeam => listed(
                "s10(4)(d)",
                "a youth offending team for an area any part of which falls within the authority's area",
                true,
            ),
            StrategicHealthAuthority | PrimaryCareTrust => between(
                "s10(4)(e)",
                "a Strategic Health Authority and Primary Care Trust for an area any part of which falls within the authority's area",
                None,
                Some(PRIMARY_CARE_TRUSTS_LAST_DAY),
                true,
            ),
            ClinicalCommissioningGroup => between(
                NHS_2013,
                "the NHS Commissioning Board and a clinical commissioning group",
                Some(HEALTH_AND_SOCIAL_CARE_ACT_2012_COMMENCED),
                Some(CLINICAL_COMMISSIONING_GROUPS_LAST_DAY),
                false,
            ),
            NhsEngland => between(
                NHS_2013,
                "the NHS Commissioning Board (NHS England from 1 July 2022)",
                Some(HEALTH_AND_SOCIAL_CARE_ACT_2012_COMMENCED),
                None,
                false,
            ),
            IntegratedCareBoard => between(
                NHS_2022,
                "NHS England and an integrated care board",
                Some(INTEGRATED_CARE_BOARDS_ESTABLISHED),
                None,
                false,
            ),
            ConnexionsProvider => listed(
                "s10(4)(f)",
                "a person providing services in pursuance of s114 Learning and Skills Act 2000 in any part of the authority's area",
                true,
            ),
            School => listed(
                ASCL_2009,
                "the governing bodies of maintained schools, non-maintained special schools and academies",
                false,
            ),
            FurtherEducationInstitution => listed(
                ASCL_2009,
                "the governing body of a further education institution",
                false,
            ),
            _ => S10Standing::NotListed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::S10Standing;
    use crate::spec::BodyType;
    use jiff::civil::date;

    #[test]
    fn nhs_partners_change_by_date() {
        let S10Standing::Listed(pct) = BodyType::PrimaryCareTrust.s10_standing() else {
            panic!("a PCT is listed");
        };
        assert!(pct.verified && pct.covers(date(2013, 3, 31)) && !pct.covers(date(2013, 4, 1)));
        let S10Standing::Listed(icb) = BodyType::IntegratedCareBoard.s10_standing() else {
            panic!("an ICB is listed");
        };
        assert!(!icb.verified && !icb.covers(date(2022, 6, 30)) && icb.covers(date(2022, 7, 1)));
        assert_eq!(
            BodyType::LondonBoroughCouncil.s10_standing(),
            S10Standing::Authority
        );
        assert_eq!(BodyType::NhsTrust.s10_standing(), S10Standing::NotListed);
        assert_eq!(BodyType::GpPractice.s10_standing(), S10Standing::NotListed);
    }
}
