//! The era table (rulebook §2.2): when each kind of NHS body existed, and could be a partner.

use jiff::civil::Date;

use super::dates::{
    CARE_TRUSTS_FROM, CLINICAL_COMMISSIONING_GROUPS_LAST_DAY, FOUNDATION_TRUSTS_FROM,
    HEALTH_AND_SOCIAL_CARE_ACT_2012_COMMENCED, HEALTH_AUTHORITIES_LAST_DAY,
    INTEGRATED_CARE_BOARDS_ESTABLISHED, PRIMARY_CARE_TRUSTS_LAST_DAY, SI_2000_617_IN_FORCE,
    STRATEGIC_HEALTH_AUTHORITIES_FROM,
};
use crate::spec::BodyType;

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

impl Era {
    /// Whether the body type existed on `day`.
    pub fn covers(&self, day: Date) -> bool {
        day >= self.from && self.until.is_none_or(|until| day <= until)
    }
}

impl BodyType {
    /// The era of an NHS body type (rulebook §2.2). Local authorities and bodies that cannot
    /// be partners have none.
    pub fn era(self) -> Option<Era> {
        use BodyType::*;
        let era = |from, until, verified, note| {
            Some(Era {
                from,
                until,
                verified,
                note,
            })
        };
        match self {
            HealthAuthority => era(
                SI_2000_617_IN_FORCE,
                Some(HEALTH_AUTHORITIES_LAST_DAY),
                true,
                "Health Authorities were renamed and their local functions passed to Primary Care Trusts on 1 October 2002",
            ),
            PrimaryCareTrust => era(
                SI_2000_617_IN_FORCE,
                Some(PRIMARY_CARE_TRUSTS_LAST_DAY),
                true,
                "Primary Care Trusts were abolished on 31 March 2013; clinical commissioning groups took over",
            ),
            ClinicalCommissioningGroup => era(
                HEALTH_AND_SOCIAL_CARE_ACT_2012_COMMENCED,
                Some(CLINICAL_COMMISSIONING_GROUPS_LAST_DAY),
                true,
                "clinical commissioning groups existed from 1 April 2013 until 30 June 2022; integrated care boards replaced them on 1 July 2022",
            ),
            IntegratedCareBoard => era(
                INTEGRATED_CARE_BOARDS_ESTABLISHED,
                None,
                true,
                "integrated care boards were established on 1 July 2022",
            ),
            NhsTrust => era(SI_2000_617_IN_FORCE, None, true, ""),
            StrategicHealthAuthority => era(
                STRATEGIC_HEALTH_AUTHORITIES_FROM,
                Some(PRIMARY_CARE_TRUSTS_LAST_DAY),
                false,
                "whether a Strategic Health Authority was a prescribed partner is not verified",
            ),
            NhsFoundationTrust => era(
                FOUNDATION_TRUSTS_FROM,
                None,
                false,
                "foundation trusts are believed to be prescribed partners, but the amending text is not verified",
            ),
            CareTrust => era(
                CARE_TRUSTS_FROM,
                Some(PRIMARY_CARE_TRUSTS_LAST_DAY),
                false,
                "after 31 March 2013 'Care Trust' is a designation of a CCG, NHS trust or foundation trust, not a body type; its start date is not verified",
            ),
            NhsEngland => era(
                HEALTH_AND_SOCIAL_CARE_ACT_2012_COMMENCED,
                None,
                false,
                "whether NHS England (the NHS Commissioning Board until 30 June 2022) is a prescribed partner is not verified",
            ),
            _ => None,
        }
    }
}
