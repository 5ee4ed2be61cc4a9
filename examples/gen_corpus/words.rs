//! Word lists: places, people, boards and posts, and the sentences that describe a
//! scheme's resources, pool, delegations and review.

pub const AREA_START: &[&str] = &[
    "West", "East", "North", "South", "Ash", "Bram", "Carr", "Dun", "Elm", "Fen", "Gran", "Hol",
    "Kings", "Lang", "Marl", "Nor", "Oak", "Pen", "Red", "Stan", "Thorn", "Wick", "Bel", "Cal",
    "Dal", "Har", "Lin", "Mel", "Roth", "Sel", "Tam", "Wyn",
];
pub const AREA_END: &[&str] = &[
    "shire", "ford", "ham", "bury", "ton", "field", "moor", "dale", "wick", "borough", "ley",
    "worth", "mouth", "minster", "stead", "by",
];
pub const REGIONS: &[&str] = &[
    "North West",
    "North East",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "South East Coast",
    "South Central",
    "South West",
    "London",
];
pub const FIRST_NAMES: &[&str] = &[
    "Jo", "Sam", "Alex", "Priya", "Tom", "Aisha", "David", "Helen", "Mark", "Sarah", "Imran",
    "Claire", "Peter", "Grace", "Kwame", "Fiona", "Rachel", "Owen", "Nadia", "Simon",
];
pub const LAST_NAMES: &[&str] = &[
    "Smith", "Patel", "Jones", "Okafor", "Williams", "Brown", "Khan", "Taylor", "Evans", "Thomas",
    "Roberts", "Walker", "Hughes", "Wright", "Clarke", "Begum", "Wood", "Hall",
];
pub const BOARDS: &[&str] = &[
    "Joint Commissioning Board",
    "Partnership Board",
    "Joint Executive Group",
    "Integrated Commissioning Board",
    "Pooled Budget Management Group",
    "Joint Strategic Commissioning Group",
];
pub const NHS_POSITIONS: &[&str] = &[
    "Chief Executive",
    "Accountable Officer",
    "Director of Finance",
    "Chief Finance Officer",
    "Director of Commissioning",
    "Director of Strategy and Partnerships",
];
pub const LA_POSITIONS: &[&str] = &[
    "Chief Executive",
    "Director of Adult Social Services",
    "Executive Director of People",
    "Corporate Director, Children and Adults",
    "Director of Adult Social Care",
    "Section 151 Officer",
];
pub const MANAGER_POSTS: &[&str] = &[
    "Head of Joint Commissioning Finance",
    "Head of Finance (Adult Social Care)",
    "Pooled Budget Manager",
    "Assistant Director, Integrated Commissioning",
    "Senior Finance Business Partner",
    "Head of Strategic Finance",
    "Joint Commissioning Manager",
];
pub const CONSULTED: &[&str] = &[
    "People who use services and their carers",
    "Staff and trade unions",
    "Provider organisations",
    "The local Healthwatch",
    "Voluntary and community sector organisations",
    "GP practices in the area",
    "The health overview and scrutiny committee",
];

pub const RESOURCE_STAFF: &[&str] = &[
    "The joint commissioning team ({n} posts)",
    "{n} social workers working in the integrated teams",
    "{n} community nurses and therapists working in the integrated teams",
    "Two clinical commissioning leads, seconded to the Council",
    "The pooled fund manager and a finance officer",
    "A contracts officer, half time",
    "none",
];
pub const RESOURCE_GOODS: &[&str] = &[
    "none",
    "Equipment stock held at the {area} store",
    "Vehicles for the equipment service",
    "IT equipment for the integrated teams",
];
pub const RESOURCE_SERVICES: &[&str] = &[
    "Brokerage and contract management",
    "Clinical advice and continuing healthcare assessments",
    "Finance, payroll and legal support",
    "Procurement and commissioning support",
    "Information and performance reporting",
    "none",
];
pub const RESOURCE_ACCOMMODATION: &[&str] = &[
    "none",
    "Office space at {area} Civic Centre for the integrated team",
    "Clinic rooms at {area} Health Centre",
    "Desk space at County Hall for the joint commissioning team",
];

pub const POOL_VARIATION: &[&str] = &[
    "Contributions for each later year are agreed by the partners' finance directors by 31 January, taking account of inflation, demand and any change in the functions covered.",
    "Each partner's contribution for the following year is considered at the annual review and agreed in writing before the year begins.",
    "Contributions may be varied in year only by written agreement of all the partners.",
];
pub const POOL_MANAGEMENT: &[&str] = &[
    "The pooled fund manager manages the fund within the host's financial regulations and the budget agreed by the {board}.",
    "The pooled fund manager manages the pool within an agreed joint service plan and financial plan.",
    "Day-to-day management rests with the pooled fund manager; decisions above {threshold} go to the {board}.",
];
pub const POOL_MONITORING: &[&str] = &[
    "Monthly budget monitoring by the pooled fund manager, reviewed quarterly by the {board}.",
    "The pooled fund manager reports spending and activity against budget each month to both partners' finance teams.",
    "Quarterly finance and performance reports to the {board}, with exception reports where spending varies from budget by more than 2%.",
];
pub const DELEGATION_MONITORING: &[&str] = &[
    "The delegating partner monitors the lead partner's commissioning through quarterly performance reports to the {board}, against the outcomes in this schedule.",
    "Quarterly contract and performance reports to the {board}, and an annual report to the delegating partner's board.",
];
pub const PAYMENT_VARIATION: &[&str] = &[
    "The payment for each later year is agreed by 31 January before the year starts, as part of the contributions to the pooled fund.",
    "Payments may be varied by written agreement of both partners' finance directors.",
];
pub const REVIEW_METHOD: &[&str] = &[
    "The {board} reviews the agreement six months after commencement and then each year before the budget is set, and reports to the partners' boards.",
    "An annual review, led by the pooled fund manager and the partners' commissioning leads, considers the outcomes achieved and each partner's contributions for the next year.",
    "The partners review the agreement together each year and before any renewal.",
];
