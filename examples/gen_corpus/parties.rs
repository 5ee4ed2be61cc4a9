//! Parties.

use jiff::civil::Date;
use jointly::law::BodyClass;
use jointly::spec::BodyType::{self, *};
use jointly::spec::{Party, Signatory};

use crate::rng::Rng;
use crate::words::{
    AREA_END, AREA_START, FIRST_NAMES, LA_POSITIONS, LAST_NAMES, NHS_POSITIONS, REGIONS,
};

/// The part a party plays in a generated agreement.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Commissioner,
    NhsProvider,
    NhsOther,
    Council,
    NotAPartner,
}

pub fn role(body: BodyType) -> Role {
    match body {
        HealthAuthority | PrimaryCareTrust | ClinicalCommissioningGroup | IntegratedCareBoard => {
            Role::Commissioner
        }
        NhsTrust | NhsFoundationTrust => Role::NhsProvider,
        _ => match body.class() {
            BodyClass::Nhs => Role::NhsOther,
            BodyClass::LocalAuthority | BodyClass::LocalAuthorityUncertain => Role::Council,
            BodyClass::NotAPartner => Role::NotAPartner,
        },
    }
}

pub const COMMISSIONERS: &[BodyType] = &[
    HealthAuthority,
    PrimaryCareTrust,
    ClinicalCommissioningGroup,
    IntegratedCareBoard,
];
/// Other NHS partners; an NHS trust is twice as likely as each of the others.
const OTHER_NHS: &[BodyType] = &[
    NhsTrust,
    NhsTrust,
    NhsFoundationTrust,
    CareTrust,
    StrategicHealthAuthority,
    NhsEngland,
];
const COUNCILS: &[BodyType] = &[
    CountyCouncil,
    CountyCouncil,
    CountyCouncil,
    DistrictCouncil,
    DistrictCouncil,
    LondonBoroughCouncil,
    LondonBoroughCouncil,
];
const RARE_COUNCILS: &[BodyType] = &[
    CommonCouncilCityOfLondon,
    CouncilOfTheIslesOfScilly,
    CombinedAuthority,
];
pub const NOT_PARTNERS: &[BodyType] = &[
    VoluntaryOrganisation,
    IndependentProvider,
    Police,
    GpPractice,
    Probation,
];

/// The body types of `candidates` that existed on `day`, by jointly's era table; councils
/// always exist.
fn existing(candidates: &[BodyType], day: Date) -> Vec<BodyType> {
    candidates
        .iter()
        .copied()
        .filter(|body| body.era().is_none_or(|era| era.covers(day)))
        .collect()
}

/// How a party of a body type is named: its id stem, its full name (`{area}` is the area,
/// `{other}` another area, `{kind}` one of `kinds`) and how clauses refer to it.
pub struct Naming {
    body: BodyType,
    stem: &'static str,
    name: &'static str,
    kinds: &'static [&'static str],
    pub short: &'static str,
}

const fn naming(
    body: BodyType,
    stem: &'static str,
    name: &'static str,
    kinds: &'static [&'static str],
    short: &'static str,
) -> Naming {
    Naming {
        body,
        stem,
        name,
        kinds,
        short,
    }
}

const NAMINGS: &[Naming] = &[
    naming(
        HealthAuthority,
        "ha",
        "{area} Health Authority",
        &[],
        "the Health Authority",
    ),
    naming(
        PrimaryCareTrust,
        "pct",
        "{area} {kind}Primary Care Trust",
        &["", "", "", "teaching "],
        "the PCT",
    ),
    naming(
        ClinicalCommissioningGroup,
        "ccg",
        "NHS {area} Clinical Commissioning Group",
        &[],
        "the CCG",
    ),
    naming(
        IntegratedCareBoard,
        "icb",
        "NHS {area} Integrated Care Board",
        &[],
        "the ICB",
    ),
    naming(
        NhsTrust,
        "trust",
        "{area} {kind} NHS Trust",
        &[
            "Community Health",
            "Hospitals",
            "Mental Health",
            "Healthcare",
        ],
        "the Trust",
    ),
    naming(
        NhsFoundationTrust,
        "ft",
        "{area} {kind} NHS Foundation Trust",
        &[
            "Partnership",
            "Community",
            "Teaching Hospitals",
            "Health and Care",
        ],
        "the Foundation Trust",
    ),
    naming(
        CareTrust,
        "care-trust",
        "{area} Care Trust",
        &[],
        "the Care Trust",
    ),
    naming(
        StrategicHealthAuthority,
        "sha",
        "NHS {kind} Strategic Health Authority",
        REGIONS,
        "the SHA",
    ),
    naming(NhsEngland, "nhse", "NHS England", &[], "NHS England"),
    naming(
        CountyCouncil,
        "council",
        "{area} County Council",
        &[],
        "the County Council",
    ),
    naming(
        DistrictCouncil,
        "district",
        "{other} {kind} Council",
        &["District", "Borough", "City"],
        "the District Council",
    ),
    naming(
        LondonBoroughCouncil,
        "council",
        "London Borough of {area}",
        &[],
        "the Borough Council",
    ),
    naming(
        CommonCouncilCityOfLondon,
        "city",
        "The Common Council of the City of London",
        &[],
        "the City Corporation",
    ),
    naming(
        CouncilOfTheIslesOfScilly,
        "scilly",
        "Council of the Isles of Scilly",
        &[],
        "the Council of the Isles",
    ),
    naming(
        CombinedAuthority,
        "ca",
        "{area} Combined Authority",
        &[],
        "the Combined Authority",
    ),
    naming(
        VoluntaryOrganisation,
        "charity",
        "{area} Carers' Centre",
        &[],
        "the Carers' Centre",
    ),
    naming(
        IndependentProvider,
        "provider",
        "{area} Care Homes Limited",
        &[],
        "the Provider",
    ),
    naming(Police, "police", "{area} Police", &[], "the Police"),
    naming(
        GpPractice,
        "practice",
        "{area} Medical Practice",
        &[],
        "the Practice",
    ),
    naming(
        Probation,
        "probation",
        "{area} Probation Service",
        &[],
        "the Probation Service",
    ),
];

pub fn naming_of(body: BodyType) -> &'static Naming {
    NAMINGS
        .iter()
        .find(|n| n.body == body)
        .expect("every body type the generator uses is named")
}

pub fn area_name(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(AREA_START), rng.pick(AREA_END))
}

/// A party of type `body` in `area`, with an id no party in `used` has.
pub fn new_party(rng: &mut Rng, body: BodyType, area: &str, used: &[Party]) -> Party {
    let naming = naming_of(body);
    let mut name = naming.name.replace("{area}", area);
    if name.contains("{other}") {
        name = name.replace("{other}", &area_name(rng));
    }
    if !naming.kinds.is_empty() {
        name = name.replace("{kind}", rng.pick_str(naming.kinds));
    }
    let mut id = naming.stem.to_owned();
    let mut n = 2;
    while used.iter().any(|p| p.id == id) {
        id = format!("{}-{n}", naming.stem);
        n += 1;
    }
    let positions = if role(body) == Role::Council {
        LA_POSITIONS
    } else {
        NHS_POSITIONS
    };
    let signatory_name = rng.chance(30).then(|| person(rng));
    Party {
        id,
        name: Some(name),
        body_type: body,
        signatory: Some(Signatory {
            name: signatory_name,
            position: Some(rng.pick_str(positions).to_owned()),
        }),
        nhs_contracts_with: None,
        address: None,
        notices_contact: None,
        execution: None,
    }
}

pub fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES))
}

/// A commissioner and a council, and up to six more partners, all existing on `day`.
pub fn parties(rng: &mut Rng, area: &str, day: Date, brief: bool) -> Vec<Party> {
    let mut parties: Vec<Party> = Vec::new();
    let commissioner = *rng.pick(&existing(COMMISSIONERS, day));
    let councils = if rng.chance(2) {
        RARE_COUNCILS
    } else {
        COUNCILS
    };
    let council = *rng.pick(councils);
    for body in [commissioner, council] {
        let party = new_party(rng, body, area, &parties);
        parties.push(party);
    }
    let extra = if brief {
        0
    } else {
        [0, 1, 2, 3, 4, 5, 6][rng.weighted(&[30, 25, 18, 12, 8, 4, 3])]
    };
    for _ in 0..extra {
        let body = match rng.weighted(&[40, 30, 15, 15]) {
            0 => *rng.pick(&existing(OTHER_NHS, day)),
            1 => DistrictCouncil,
            2 => *rng.pick(&existing(COMMISSIONERS, day)),
            _ => *rng.pick(&[CountyCouncil, LondonBoroughCouncil]),
        };
        // There is one NHS England, and one Strategic Health Authority per region is enough.
        let body = if matches!(body, NhsEngland | StrategicHealthAuthority)
            && parties.iter().any(|p| p.body_type == body)
        {
            NhsTrust
        } else {
            body
        };
        let other_area = area_name(rng);
        let party = new_party(rng, body, &other_area, &parties);
        parties.push(party);
    }
    parties
}
