//! Partners, legal basis and jurisdiction (rulebook §3.1).

use jiff::civil::date;

use super::{
    ANYWHERE, Applies, Arrangement, BodyClass, Citation, Context, Docs, ENGLAND, Group, Label,
    PARTNERSHIP_ACTS, Rule, Sink, body_class, era_of, sources,
};
use crate::spec::{BodyType, Jurisdiction, LegalBasis};

const SI617_MADE: &str = "https://www.legislation.gov.uk/uksi/2000/617/made";
const EVERY_PARTNERSHIP: Applies = Applies {
    bases: PARTNERSHIP_ACTS,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Any,
};

pub(super) const RULES: &[Rule] = &[
    Rule {
        id: "REG617-2-1-PARTNERS",
        name: "partners-not-nhs-and-local-authority",
        summary: "The partners must include at least one NHS body and at least one local authority.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_PRELIMINARY],
        citation: Citation {
            instrument: "SI 2000/617",
            provision: "reg 2(1), definition of \"partners\"",
            url: SI617_MADE,
        },
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "Checks that `parties` includes at least one NHS body and at least one local authority.",
            why: "Partnership arrangements exist only between \"one or more NHS bodies and one or more local authorities\". An agreement without both sides is not a partnership arrangement under the regulations at all.",
            example: "parties:\n  - id: icb\n    type: integrated_care_board\n  - id: council\n    type: county_council",
        },
        check: partners_on_both_sides,
    },
    Rule {
        id: "REG617-3-1-NHSTYPE",
        name: "nhs-body-not-in-existence",
        summary: "Each NHS partner must be a body type that existed and was prescribed at the agreement's date.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[sources::HSC2000_PARA3, sources::NHS_BODY_DATES],
        citation: Citation {
            instrument: "SI 2000/617",
            provision: "reg 3(1) (as made and as amended)",
            url: SI617_MADE,
        },
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "Checks each NHS party's `type` against the era table for the commencement date (or the date made): a Primary Care Trust after 31 March 2013, a clinical commissioning group before 1 April 2013 or after 30 June 2022, an integrated care board before 1 July 2022, and a Health Authority after 30 September 2002 are errors. Strategic Health Authorities, foundation trusts, Care Trusts and NHS England give warnings, because their prescribed status is not verified.",
            why: "A body that did not exist on the date cannot be a party; an agreement naming one needs the successor body (and, for a running agreement, a novation).",
            example: "agreement:\n  commencement: 2024-04-01\nparties:\n  - id: icb\n    type: integrated_care_board   # not clinical_commissioning_group after June 2022",
        },
        check: nhs_body_existed,
    },
    Rule {
        id: "REG617-3-2-LATYPE",
        name: "body-not-a-prescribed-partner",
        summary: "Each other partner must be a prescribed local authority: a district, county, county borough or London borough council, or the Common Council of the City of London.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_PRELIMINARY],
        citation: Citation {
            instrument: "SI 2000/617",
            provision: "reg 3(2)",
            url: SI617_MADE,
        },
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "Checks that every party that is not an NHS body is a local authority listed in reg 3(2). Police, probation, youth offending teams, schools, GP practices, parish councils, voluntary organisations and independent providers are errors; the Council of the Isles of Scilly and combined authorities give warnings.",
            why: "Only prescribed bodies may enter partnership arrangements. Other bodies can take part through a contract, a s10 Children Act 2004 pool or a s256 payment, not as partners.",
            example: "parties:\n  - id: council\n    type: county_council",
        },
        check: local_authorities_prescribed,
    },
    Rule {
        id: "REG617-1-1-START",
        name: "commences-before-regulations",
        summary: "No partnership arrangement can take effect before 1 April 2000 (England).",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_PRELIMINARY],
        citation: Citation {
            instrument: "SI 2000/617",
            provision: "reg 1(1)",
            url: SI617_MADE,
        },
        applies: EVERY_PARTNERSHIP,
        docs: Docs {
            what: "Checks that the commencement date is on or after 1 April 2000, when SI 2000/617 came into force.",
            why: "Before that date there was no power to make the arrangements; a date before it is a typing error or a different kind of agreement.",
            example: "agreement:\n  commencement: 2006-04-01",
        },
        check: starts_after_regulations,
    },
    Rule {
        id: "REG617-1-2-EXTENT",
        name: "regulations-outside-england",
        summary: "SI 2000/617 extends to England only.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_EXTENT],
        citation: Citation {
            instrument: "SI 2000/617",
            provision: "reg 1(2)",
            url: SI617_MADE,
        },
        applies: Applies {
            bases: PARTNERSHIP_ACTS,
            jurisdictions: &[Jurisdiction::Wales],
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Checks that an agreement under s31 Health Act 1999 or s75 NHS Act 2006 with SI 2000/617 is for England.",
            why: "\"These Regulations extend to England only.\" Welsh agreements rely on s33 NHS (Wales) Act 2006 and the Welsh regulations (SI 2000/2993), which jointly does not yet check.",
            example: "agreement:\n  legal_basis: nhs_act_2006_s75\n  jurisdiction: england",
        },
        check: england_only,
    },
    Rule {
        id: "NHSA2006-75-BASIS",
        name: "legal-basis-wrong-for-date",
        summary: "Agreements made from 1 March 2007 are under s75 NHS Act 2006; earlier ones under s31 Health Act 1999.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::HA1999_REPEAL, sources::GUIDE07_FN16],
        citation: Citation {
            instrument: "National Health Service Act 2006",
            provision: "s75; Health Act 1999 ss26-32 repealed 1 March 2007",
            url: "https://www.legislation.gov.uk/ukpga/2006/41/section/75",
        },
        applies: Applies {
            bases: PARTNERSHIP_ACTS,
            jurisdictions: ANYWHERE,
            arrangement: Arrangement::Any,
        },
        docs: Docs {
            what: "Checks the legal basis against the date the agreement was made (or its commencement): s75 NHS Act 2006 before 1 March 2007 is an error, because it was not yet in force; s31 Health Act 1999 on or after that date is a warning, because s31 had been repealed.",
            why: "An agreement must rest on a power that existed when it was made. s31 was repealed on 1 March 2007 and replaced by s75.",
            example: "agreement:\n  legal_basis: nhs_act_2006_s75\n  made: 2024-03-28",
        },
        check: basis_matches_date,
    },
];

fn partners_on_both_sides(cx: &Context, out: &mut Sink) {
    let classes: Vec<BodyClass> = cx
        .spec
        .parties
        .iter()
        .map(|p| body_class(p.body_type))
        .collect();
    let has_nhs = classes.contains(&BodyClass::Nhs);
    let has_la = classes.iter().any(|c| {
        matches!(
            c,
            BodyClass::LocalAuthority | BodyClass::LocalAuthorityUncertain
        )
    });
    let missing = match (has_nhs, has_la) {
        (true, true) => return,
        (false, true) => "NHS body",
        (true, false) => "local authority",
        (false, false) => "NHS body and no local authority",
    };
    out.report(
        "/parties",
        format!("the parties include no {missing}, so this is not a partnership arrangement"),
    )
    .help("add the missing side to `parties` (e.g. `type: integrated_care_board` or `type: county_council`)");
}

fn nhs_body_existed(cx: &Context, out: &mut Sink) {
    let Some(day) = cx.era_date() else { return };
    for (i, party) in cx.spec.parties.iter().enumerate() {
        let Some(era) = era_of(party.body_type) else {
            continue;
        };
        let pointer = format!("/parties/{i}/type");
        if !era.covers(day) {
            let when = if day < era.from {
                "did not yet exist"
            } else {
                "no longer existed"
            };
            let hit = out
                .report(
                    &pointer,
                    format!(
                        "party `{}` is {}, which {when} on {day}",
                        party.id,
                        type_described(party.body_type)
                    ),
                )
                .help(format!(
                    "{}; name the body that held these functions on {day}",
                    era.note
                ));
            if !era.verified {
                hit.unverified();
            }
        } else if !era.verified {
            out.report(&pointer, format!("party `{}`: {}", party.id, era.note))
                .help("check the amending regulations before relying on this partner")
                .unverified();
        }
    }
}

fn local_authorities_prescribed(cx: &Context, out: &mut Sink) {
    for (i, party) in cx.spec.parties.iter().enumerate() {
        let pointer = format!("/parties/{i}/type");
        match body_class(party.body_type) {
            BodyClass::NotAPartner => {
                out.report(&pointer, format!("party `{}` is {}, which may not be a partner", party.id, type_described(party.body_type)))
                    .help("only NHS bodies and the councils listed in reg 3(2) may be partners; involve this body through a contract, a s10 Children Act 2004 pool or a s256 payment, and remove it from `parties`");
            }
            BodyClass::LocalAuthorityUncertain => {
                out.report(&pointer, format!("party `{}` is {}, whose standing as a partner depends on provisions jointly has not verified", party.id, type_described(party.body_type)))
                    .help("check s75(7A)-(7J) NHS Act 2006 and the order for that authority (or, for the Isles of Scilly, s75(7)) before relying on it")
                    .unverified();
            }
            BodyClass::Nhs | BodyClass::LocalAuthority => {}
        }
    }
}

fn starts_after_regulations(cx: &Context, out: &mut Sink) {
    let in_force = date(2000, 4, 1);
    if let Some(start) = cx.spec.agreement.commencement.filter(|d| *d < in_force) {
        out.report(
            "/agreement/commencement",
            format!("commencement {start} is before SI 2000/617 came into force on 1 April 2000"),
        )
        .help("check the date; no partnership arrangement could take effect before 1 April 2000");
    }
}

fn england_only(_: &Context, out: &mut Sink) {
    out.report("/agreement/jurisdiction", "SI 2000/617 extends to England only, but this agreement is for Wales")
        .help("a Welsh agreement rests on s33 NHS (Wales) Act 2006 and SI 2000/2993 (W.193); jointly does not check those yet");
}

fn basis_matches_date(cx: &Context, out: &mut Sink) {
    let agreement = &cx.spec.agreement;
    let Some(day) = agreement.made.or(agreement.commencement) else {
        return;
    };
    let s75_in_force = date(2007, 3, 1);
    match agreement.legal_basis {
        LegalBasis::NhsAct2006S75 if day < s75_in_force => {
            out.report("/agreement/legal_basis", format!("s75 NHS Act 2006 was not in force on {day}; it came into force on 1 March 2007"))
                .help("an agreement made before 1 March 2007 is under s31 Health Act 1999: write `legal_basis: health_act_1999_s31`");
        }
        LegalBasis::HealthAct1999S31 if day >= s75_in_force => {
            out.report("/agreement/legal_basis", format!("s31 Health Act 1999 was repealed on 1 March 2007, before {day}"))
                .help("an agreement made from 1 March 2007 is under s75 NHS Act 2006: write `legal_basis: nhs_act_2006_s75`")
                .warning_only();
        }
        _ => {}
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
        if self.article.is_empty() {
            self.noun.to_owned()
        } else {
            format!("{} {}", self.article, self.noun)
        }
    }
}

/// The words for a body type (the one declared table).
pub fn type_wording(body: BodyType) -> TypeWords {
    use BodyType::*;
    let (article, noun) = match body {
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
    };
    TypeWords { article, noun }
}

/// A body type in words, without an article ("London borough council", "NHS England").
pub fn type_words(body: BodyType) -> &'static str {
    type_wording(body).noun
}

/// A body type with its article ("a London borough council", "NHS England").
pub fn type_described(body: BodyType) -> String {
    type_wording(body).described()
}
