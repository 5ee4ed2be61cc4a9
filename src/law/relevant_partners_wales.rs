//! The relevant partners of a local authority in Wales under s25(4) Children Act 2004 (rulebook
//! §3.8 row CA2004-25-WALES, source CA2004-25): the Welsh counterpart of the s10(4) table, in
//! the same shape ([`S10Standing`]), so that the s10 checks can run on either section's table.
//!
//! The list is s25(4) as in force on 1 April 2008 (read, label V). The current text adds
//! (aa), another local authority in Wales the authority agrees to co-operate with, and (g),
//! persons Welsh Ministers' regulations specify (inserted by s163 Social Services and
//! Well-being (Wales) Act 2014, whose commencement date was not read); the current wording
//! of (a) and of (c) to (f) was not read.

use super::relevant_partners::{Listing, S10Standing};
use crate::spec::BodyType;

const fn listed(paragraph: &'static str, words: &'static str) -> S10Standing {
    S10Standing::Listed(Listing {
        paragraph,
        words,
        from: None,
        until: None,
        verified: true,
    })
}

impl BodyType {
    /// Whether a body of this type can be the local authority in Wales that makes s25
    /// arrangements (a county or county borough council, however styled).
    pub fn can_be_welsh_childrens_authority(self) -> bool {
        use BodyType::*;
        matches!(
            self,
            CountyCouncil
                | CountyBoroughCouncil
                | CityAndCountyCouncil
                | CityCouncil
                | BoroughCouncil
                | UnitaryAuthority
        )
    }

    /// How a body of this kind stands under s25(4) Children Act 2004 (Wales), as in force on
    /// 1 April 2008.
    pub fn s25_standing(self) -> S10Standing {
        use BodyType::*;
        match self {
            // Another Welsh council is the authority of its own area, and may be a partner
            // under (aa) as amended in 2014.
            _ if self.can_be_welsh_childrens_authority() => S10Standing::Authority,
            Police => listed(
                "s25(4)(a)",
                "the police authority and the chief officer of police for a police area any part of which falls within the authority's area",
            ),
            Probation => listed(
                "s25(4)(b)",
                "a local probation board for an area any part of which falls within the authority's area (and a provider of probation services, (bb))",
            ),
            YouthOffendingTeam => listed(
                "s25(4)(c)",
                "a youth offending team for an area any part of which falls within the authority's area",
            ),
            LocalHealthBoard => listed(
                "s25(4)(d)",
                "a Local Health Board for an area any part of which falls within the authority's area",
            ),
            NhsTrustWales | NhsTrust => listed(
                "s25(4)(e)",
                "an NHS trust providing services in the authority's area",
            ),
            _ => S10Standing::NotListed,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::law::S10Standing;
    use crate::spec::BodyType;

    #[test]
    fn welsh_partners_are_the_nhs_bodies_of_wales() {
        assert!(matches!(
            BodyType::LocalHealthBoard.s25_standing(),
            S10Standing::Listed(l) if l.paragraph == "s25(4)(d)" && l.verified
        ));
        assert!(matches!(
            BodyType::NhsTrustWales.s25_standing(),
            S10Standing::Listed(l) if l.paragraph == "s25(4)(e)"
        ));
        for english in [
            BodyType::IntegratedCareBoard,
            BodyType::ClinicalCommissioningGroup,
            BodyType::NhsFoundationTrust,
            BodyType::School,
        ] {
            assert_eq!(english.s25_standing(), S10Standing::NotListed);
        }
        assert_eq!(
            BodyType::CountyBoroughCouncil.s25_standing(),
            S10Standing::Authority
        );
    }
}
