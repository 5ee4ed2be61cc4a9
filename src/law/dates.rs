//! The civil dates the law turned on, each declared once with where it comes from (rulebook
//! §2.1 timeline and §2.2 bodies by date). A body's last day is declared beside the first day
//! of what replaced it; a test checks that the two meet.

use std::fmt;

use jiff::civil::{Date, date};

/// SI 2000/617 came into force in England ("made 10 March 2000, laid 10 March 2000, in force
/// 1 April 2000": reg 1(1), rulebook source SI617-VLEX). No partnership arrangement could take
/// effect in England before it; Health Authorities, Primary Care Trusts and NHS trusts are
/// partners from this day (HSC 2000/010 para 3).
pub const SI_2000_617_IN_FORCE: Date = date(2000, 4, 1);

/// The Welsh regulations, SI 2000/2993 (W.193), came into force (rulebook source WSI2000): the
/// first day a partnership arrangement could take effect in Wales.
pub const WELSH_REGULATIONS_IN_FORCE: Date = date(2000, 12, 1);

/// The first Care Trusts (NHS trusts designated under s45 Health and Social Care Act 2001).
/// The year is from memory and the day is not verified (rulebook §2.2, label M).
pub const CARE_TRUSTS_FROM: Date = date(2002, 4, 1);

/// The last day of Health Authorities: on 1 October 2002 the NHS Reform and Health Care
/// Professions Act 2002 renamed them and their local functions passed to Primary Care Trusts
/// (rulebook source NHSRA2002).
pub const HEALTH_AUTHORITIES_LAST_DAY: Date = date(2002, 9, 30);

/// Strategic Health Authorities were established: s1 NHS Reform and Health Care Professions
/// Act 2002, "wholly in force at 1.10.2002" (rulebook source NHSRA2002).
pub const STRATEGIC_HEALTH_AUTHORITIES_FROM: Date = date(2002, 10, 1);

/// Arrangements dating from before this day were to be notified to the NHS Executive Regional
/// Office (HSC 2000/010 paras 1 and 11). When the practice ended is not known: the start of
/// 2003 is jointly's cut-off for the historic check, not a date in the circular.
pub const REGIONAL_OFFICE_NOTIFICATION_BEFORE: Date = date(2003, 1, 1);

/// The last day of the health improvement plan era: HImPs (s28 Health Act 1999), which early
/// arrangements had to serve (HSC 2000/010 para 3), gave way to local delivery plans at about
/// the end of 2002/03. The date is approximate (rulebook §3.2).
pub const HEALTH_IMPROVEMENT_PLANS_LAST_DAY: Date = date(2003, 3, 31);

/// The first NHS foundation trusts: the rulebook gives "2004 (first FTs)" (§2.2, label M); the
/// day is not verified.
pub const FOUNDATION_TRUSTS_FROM: Date = date(2004, 4, 1);

/// Royal Assent to the Children Act 2004, the date in the Act's heading.
pub const CHILDREN_ACT_2004_ROYAL_ASSENT: Date = date(2004, 11, 15);

/// The date of the earliest point-in-time version of s10 Children Act 2004 jointly has seen
/// (rulebook source CA2004-10-2005, label P). s10 was brought into force by a commencement
/// order that has not been read.
pub const CHILDREN_ACT_2004_S10_SEEN_FROM: Date = date(2005, 4, 1);

/// The date of the earliest point-in-time version of s25 Children Act 2004 (Wales) jointly has
/// seen (rulebook source CA2004-25, the version of 1 April 2008). When s25 came into force was
/// not read.
pub const CHILDREN_ACT_2004_S25_SEEN_FROM: Date = date(2008, 4, 1);

/// The NHS Act 2006 came into force: s75 replaced s31 Health Act 1999 (ss26 to 32 repealed the
/// same day), s256 replaced s28A and s76 replaced s28BB NHS Act 1977; in Wales s33 NHS (Wales)
/// Act 2006 replaced s31 (rulebook §2.1, sources HA1999-31-REP and NHSWA2006).
pub const NHS_ACT_2006_IN_FORCE: Date = date(2007, 3, 1);

/// The Partnership Arrangements (Wales) Regulations 2015 (SI 2015/1989 (W. 299)) came into
/// force, apart from reg 19(1)(a): regional partnership boards, and the pooled fund for family
/// support functions (reg 1(2)(a), rulebook sources WAL-PAR2015 and CVIHSC).
pub const WELSH_PARTNERSHIP_REGULATIONS_IN_FORCE: Date = date(2016, 4, 6);

/// Reg 19(1)(a) of the 2015 Welsh regulations came into force: the regional pooled fund for
/// care home accommodation functions (reg 1(2)(b), rulebook source WAL-PAR2015).
pub const WELSH_CARE_HOME_POOL_FROM: Date = date(2018, 4, 6);

/// The last day of Primary Care Trusts and Strategic Health Authorities, and of Care Trusts as
/// a body type, abolished by the Health and Social Care Act 2012 (rulebook §2.1).
pub const PRIMARY_CARE_TRUSTS_LAST_DAY: Date = date(2013, 3, 31);

/// The Health and Social Care Act 2012's main commencement ("1st April 2013 is the day
/// appointed", SI 2013/160): clinical commissioning groups and the NHS Commissioning Board
/// (now NHS England) took over.
pub const HEALTH_AND_SOCIAL_CARE_ACT_2012_COMMENCED: Date = date(2013, 4, 1);

/// The last day of clinical commissioning groups, abolished when integrated care boards were
/// established (SI 2022/634).
pub const CLINICAL_COMMISSIONING_GROUPS_LAST_DAY: Date = date(2022, 6, 30);

/// Integrated care boards were established and clinical commissioning groups abolished
/// (SI 2022/634, in force 1 July 2022); the NHS Commissioning Board was renamed NHS England
/// the same day.
pub const INTEGRATED_CARE_BOARDS_ESTABLISHED: Date = date(2022, 7, 1);

/// Sections 65Z5 and 65Z6 of the NHS Act 2006 (joint working, delegation and pooled funds,
/// inserted by s71 Health and Care Act 2022) took effect, with SI 2022/642, made under
/// s65Z5(3)(a) and in force the same day (rulebook §2.1, sources SI2022-642 and DHSC-S75-REV).
pub const JOINT_WORKING_IN_FORCE: Date = date(2022, 7, 1);
/// The 2013 Directions on payments under s256/s257 and s76 NHS Act 2006 came into force,
/// replacing the 2000 Directions (rulebook §2.1 and S256-DIR13-SCOPE: the gov.uk page was
/// published 17 May 2013; the in-force date is from a secondary source, label S).
pub const PAYMENT_DIRECTIONS_2013_IN_FORCE: Date = date(2013, 5, 20);
/// The Contracts (Rights of Third Parties) Act 1999 applies to every contract entered into
/// from six months after it was passed on 11 November 1999 (s10(2)); before then only to a
/// contract that says so (docs/clauses.md).
pub const THIRD_PARTIES_ACT_GENERAL: Date = date(2000, 5, 11);
/// The general right of access under s1 Freedom of Information Act 2000 and the
/// Environmental Information Regulations 2004 (SI 2004/3391, reg 1) took effect
/// (docs/clauses.md).
pub const FREEDOM_OF_INFORMATION_IN_FORCE: Date = date(2005, 1, 1);
/// The GDPR and the Data Protection Act 2018 apply, replacing the Data Protection Act 1998
/// (docs/clauses.md).
pub const GDPR_APPLIES: Date = date(2018, 5, 25);
/// The first day the Data Protection Act 2018 speaks of "the UK GDPR", as amended at the end
/// of the Brexit transition period on 31 December 2020 (docs/clauses.md).
pub const UK_GDPR_FROM: Date = date(2021, 1, 1);

/// The months of the year, as en-GB writes them.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as en-GB legal drafting writes it: "1 April 2000".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LongDate(pub Date);

impl fmt::Display for LongDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = usize::try_from(self.0.month() - 1)
            .ok()
            .and_then(|m| MONTHS.get(m))
            .unwrap_or(&"");
        write!(f, "{} {month} {}", self.0.day(), self.0.year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_last_day_is_the_eve_of_what_replaced_it() {
        for (last, next) in [
            (
                HEALTH_AUTHORITIES_LAST_DAY,
                STRATEGIC_HEALTH_AUTHORITIES_FROM,
            ),
            (
                PRIMARY_CARE_TRUSTS_LAST_DAY,
                HEALTH_AND_SOCIAL_CARE_ACT_2012_COMMENCED,
            ),
            (
                CLINICAL_COMMISSIONING_GROUPS_LAST_DAY,
                INTEGRATED_CARE_BOARDS_ESTABLISHED,
            ),
        ] {
            assert_eq!(last.tomorrow().ok(), Some(next));
        }
    }

    #[test]
    fn dates_are_written_as_drafting_writes_them() {
        assert_eq!(LongDate(SI_2000_617_IN_FORCE).to_string(), "1 April 2000");
        assert_eq!(
            LongDate(CHILDREN_ACT_2004_ROYAL_ASSENT).to_string(),
            "15 November 2004"
        );
        assert_eq!(
            LongDate(WELSH_REGULATIONS_IN_FORCE).to_string(),
            "1 December 2000"
        );
    }
}
