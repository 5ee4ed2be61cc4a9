//! Writes a deterministic corpus of realistic jointly specs, for benchmarks and soak tests.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- 10000 /tmp/corpus [--seed N] [--force]
//! ```
//!
//! Writes N specs (`NNNNN-area-theme-year.yaml`) into DIR, creating it. It refuses a DIR
//! that is not empty unless `--force` is given, in which case files of the same name are
//! overwritten; nothing is ever deleted. The same N, DIR contents and `--seed` (default 1)
//! always give byte-identical files: the only randomness is a splitmix64 generator seeded
//! from the seed and the file's number, so file 42 is the same whatever N is.
//!
//! Each spec has 2 to 8 parties (NHS bodies that existed at the commencement date, and
//! councils), 1 to 6 schemes, each with aims, outcomes, persons, eligibility, services,
//! functions, a pooled fund with two or more contributions and risk shares, and sometimes
//! delegations, resources and other funding, every one of the 27 checklist clauses plus
//! `variation`, and dates from 2000 to 2026 that agree with the legal basis. Sizes run from
//! about 3 to 30 KB, with a median near 12 KB. About one spec in five has gaps (no host, no
//! expiry, a total that does not add up, a body that did not exist at the time, ...): its
//! header comment lists them after `# gaps:`. Every spec loads: `jointly check` exits 0 or
//! 1 on the corpus, never 2. The bodies and places are fictional.
//!
//! Each spec is built as a `jointly::spec::Spec` and written with `jointly::spec::to_yaml`, so
//! the corpus follows the format as the types define it: the checklist keys come from
//! `jointly::spec::CHECKLIST`, and which NHS bodies existed when from `jointly::rules::era_of`.
//!
//! It prints one line: files written, total bytes, median size.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use jiff::Span;
use jiff::civil::{Date, date};
use jointly::law::BodyClass;
use jointly::spec::BodyType::{self, *};
use jointly::spec::{
    Agreement, CHECKLIST, Clauses, Consent, Consultation, Contribution, Delegation,
    DelegationReporting, Direction, FinancialYear, FormatVersion, Frequency, Functions,
    FundingKind, Jurisdiction, LegalBasis, Money, Nature, NotApplicable, OtherFunding, Party,
    Payment, Percent, PoolManager, PoolReporting, PooledFund, Resources, Review, RiskShare,
    Rolling, Scheme, Share, Signatory, Spec, Status,
};
use rust_decimal::Decimal;

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

/// splitmix64: small, fast, and good enough for test data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut rng = Rng(seed ^ 0x6A09_E667_F3BC_C908);
        rng.next_u64();
        rng.0 ^= stream.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        rng.next_u64();
        rng
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u32) -> bool {
        self.below(10_000) < percent as usize * 100
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn pick_str(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    /// An index chosen with the given weights.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut roll = self.below(total as usize) as u32;
        for (i, weight) in weights.iter().enumerate() {
            if roll < *weight {
                return i;
            }
            roll -= weight;
        }
        weights.len() - 1
    }

    /// `count` distinct indices of `0..n`, in increasing order.
    fn subset(&mut self, n: usize, count: usize) -> Vec<usize> {
        let mut chosen: Vec<usize> = (0..n).collect();
        for i in 0..count.min(n) {
            let j = i + self.below(n - i);
            chosen.swap(i, j);
        }
        chosen.truncate(count.min(n));
        chosen.sort_unstable();
        chosen
    }
}

// ---------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------

const AREA_START: &[&str] = &[
    "West", "East", "North", "South", "Ash", "Bram", "Carr", "Dun", "Elm", "Fen", "Gran", "Hol",
    "Kings", "Lang", "Marl", "Nor", "Oak", "Pen", "Red", "Stan", "Thorn", "Wick", "Bel", "Cal",
    "Dal", "Har", "Lin", "Mel", "Roth", "Sel", "Tam", "Wyn",
];
const AREA_END: &[&str] = &[
    "shire", "ford", "ham", "bury", "ton", "field", "moor", "dale", "wick", "borough", "ley",
    "worth", "mouth", "minster", "stead", "by",
];
const REGIONS: &[&str] = &[
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
const FIRST_NAMES: &[&str] = &[
    "Jo", "Sam", "Alex", "Priya", "Tom", "Aisha", "David", "Helen", "Mark", "Sarah", "Imran",
    "Claire", "Peter", "Grace", "Kwame", "Fiona", "Rachel", "Owen", "Nadia", "Simon",
];
const LAST_NAMES: &[&str] = &[
    "Smith", "Patel", "Jones", "Okafor", "Williams", "Brown", "Khan", "Taylor", "Evans", "Thomas",
    "Roberts", "Walker", "Hughes", "Wright", "Clarke", "Begum", "Wood", "Hall",
];
const BOARDS: &[&str] = &[
    "Joint Commissioning Board",
    "Partnership Board",
    "Joint Executive Group",
    "Integrated Commissioning Board",
    "Pooled Budget Management Group",
    "Joint Strategic Commissioning Group",
];
const NHS_POSITIONS: &[&str] = &[
    "Chief Executive",
    "Accountable Officer",
    "Director of Finance",
    "Chief Finance Officer",
    "Director of Commissioning",
    "Director of Strategy and Partnerships",
];
const LA_POSITIONS: &[&str] = &[
    "Chief Executive",
    "Director of Adult Social Services",
    "Executive Director of People",
    "Corporate Director, Children and Adults",
    "Director of Adult Social Care",
    "Section 151 Officer",
];
const MANAGER_POSTS: &[&str] = &[
    "Head of Joint Commissioning Finance",
    "Head of Finance (Adult Social Care)",
    "Pooled Budget Manager",
    "Assistant Director, Integrated Commissioning",
    "Senior Finance Business Partner",
    "Head of Strategic Finance",
    "Joint Commissioning Manager",
];
const CONSULTED: &[&str] = &[
    "People who use services and their carers",
    "Staff and trade unions",
    "Provider organisations",
    "The local Healthwatch",
    "Voluntary and community sector organisations",
    "GP practices in the area",
    "The health overview and scrutiny committee",
];

// ---------------------------------------------------------------------------------------------
// Schemes
// ---------------------------------------------------------------------------------------------

struct Theme {
    slug: &'static str,
    title: &'static str,
    persons: &'static str,
    eligibility: &'static str,
    services: &'static [&'static str],
    aims: &'static [&'static str],
    outcomes: &'static [&'static str],
    nhs: &'static [&'static str],
    health_related: &'static [&'static str],
    /// The first year the theme is realistic (e.g. the Better Care Fund from 2015).
    from_year: i16,
}

const THEMES: &[Theme] = &[
    Theme {
        slug: "learning-disability",
        title: "Learning disability services",
        persons: "Adults aged 18 and over, ordinarily resident in {area}, who have a learning disability.",
        eligibility: "People who meet the local authority's eligibility criteria under {careact} or are eligible for NHS continuing healthcare.",
        services: &[
            "Supported living",
            "Community learning disability nursing",
            "Day opportunities and short breaks",
            "Positive behaviour support",
            "Respite care for families and carers",
            "Speech and language therapy",
            "Employment support",
            "Residential and nursing care placements",
        ],
        aims: &[
            "Commission learning disability services for adults as one service.",
            "Reduce reliance on hospital and out-of-area residential placements.",
            "Give people with a learning disability more choice and control over their support.",
            "Bring health and social care assessment together so that people tell their story once.",
        ],
        outcomes: &[
            "More people supported to live in their own homes.",
            "Fewer admissions to inpatient units.",
            "More people in paid or voluntary work.",
            "People and carers report that services work together.",
            "Annual health checks for everyone on the GP learning disability register.",
        ],
        nhs: &[
            "Arranging services under section 3 of {nhsact} for adults with a learning disability",
            "After-care under section 117 of the Mental Health Act 1983",
            "Community health services for people with a learning disability",
        ],
        health_related: &[
            "Care and support under {careact}",
            "After-care under section 117 of the Mental Health Act 1983",
            "Provision of day services and supported employment",
        ],
        from_year: 2000,
    },
    Theme {
        slug: "mental-health",
        title: "Adult mental health services",
        persons: "Adults of working age, registered with a GP practice in {area}, who have a mental health condition.",
        eligibility: "People referred by their GP or another professional who need secondary mental health care, and people entitled to after-care under section 117 of the Mental Health Act 1983.",
        services: &[
            "Community mental health teams",
            "Crisis resolution and home treatment",
            "Approved mental health professional service",
            "Supported accommodation",
            "Employment and vocational support",
            "Early intervention in psychosis",
            "Carers' assessments and support",
        ],
        aims: &[
            "Provide integrated community mental health services through joint teams.",
            "Support recovery and social inclusion.",
            "Reduce the use of inpatient beds by strengthening community support.",
        ],
        outcomes: &[
            "More people in settled accommodation.",
            "More people in employment or training.",
            "Fewer emergency admissions for mental health conditions.",
            "Care plans reviewed at least once a year.",
        ],
        nhs: &[
            "Secondary mental health services under section 3 of {nhsact}",
            "After-care under section 117 of the Mental Health Act 1983",
        ],
        health_related: &[
            "Social care for adults with mental health needs under {careact}",
            "Approved mental health professional functions under the Mental Health Act 1983",
            "After-care under section 117 of the Mental Health Act 1983",
        ],
        from_year: 2000,
    },
    Theme {
        slug: "community-equipment",
        title: "Integrated community equipment service",
        persons: "Children and adults living in {area} who need equipment to live safely at home.",
        eligibility: "People assessed by a health or social care professional as needing equipment for daily living or nursing at home.",
        services: &[
            "Purchase, delivery and collection of equipment",
            "Minor adaptations",
            "Cleaning, maintenance and recycling of equipment",
            "Prescriber training",
            "Specialist seating and pressure care equipment",
        ],
        aims: &[
            "Run a single equipment service for health and social care.",
            "Deliver equipment quickly so that people can leave hospital and stay at home.",
            "Recycle equipment to get best value from the pooled budget.",
        ],
        outcomes: &[
            "Equipment delivered within seven days of request.",
            "Urgent equipment delivered within 24 hours.",
            "At least 80% of returned equipment recycled.",
        ],
        nhs: &[
            "Provision of equipment under section 3 of {nhsact}",
            "Community nursing equipment",
        ],
        health_related: &[
            "Provision of equipment and minor adaptations under {careact}",
            "Services under section 2 of the Chronically Sick and Disabled Persons Act 1970",
        ],
        from_year: 2000,
    },
    Theme {
        slug: "intermediate-care",
        title: "Intermediate care and reablement",
        persons: "Adults in {area} who need short-term support to recover after illness or a stay in hospital.",
        eligibility: "People aged 18 and over assessed as able to benefit from up to six weeks of rehabilitation or reablement.",
        services: &[
            "Home-based reablement",
            "Intermediate care beds",
            "Rapid response nursing",
            "Community therapy",
            "Discharge to assess",
            "Falls response",
        ],
        aims: &[
            "Help people regain independence after illness or injury.",
            "Avoid unnecessary admissions to hospital and to long-term care.",
            "Support timely discharge from hospital.",
        ],
        outcomes: &[
            "More older people still at home 91 days after discharge.",
            "Fewer delayed transfers of care.",
            "Fewer permanent admissions to residential and nursing homes.",
        ],
        nhs: &[
            "Intermediate care and rehabilitation under section 3 of {nhsact}",
            "Community nursing and therapy services",
        ],
        health_related: &[
            "Reablement and intermediate care under {careact}",
            "Assessment of needs for care and support",
        ],
        from_year: 2000,
    },
    Theme {
        slug: "older-people",
        title: "Older people's community services",
        persons: "People aged 65 and over who live in {area}.",
        eligibility: "Older people with health or social care needs assessed by the integrated locality teams.",
        services: &[
            "Integrated locality teams",
            "Home care",
            "Day care",
            "Care home support and in-reach",
            "Community matrons",
            "Carers' breaks",
            "Meals at home",
        ],
        aims: &[
            "Join up health and social care for older people in each locality.",
            "Keep older people healthy and independent in their own homes for longer.",
            "Reduce emergency admissions of older people.",
        ],
        outcomes: &[
            "Fewer emergency admissions for people aged 65 and over.",
            "More people who use services say they have control over their daily life.",
            "Shorter waits for assessment.",
        ],
        nhs: &[
            "Community health services for older people under section 3 of {nhsact}",
            "District nursing and community matron services",
        ],
        health_related: &[
            "Care and support for older people under {careact}",
            "Day services and home care",
        ],
        from_year: 2000,
    },
    Theme {
        slug: "carers",
        title: "Support for carers",
        persons: "Adult and young carers who care for someone living in {area}.",
        eligibility: "Carers who have had a carer's assessment, and carers referred by a GP practice.",
        services: &[
            "Carers' assessments",
            "Carers' breaks",
            "Information and advice for carers",
            "Young carers' service",
            "Carers' emergency card scheme",
        ],
        aims: &[
            "Identify carers early and support them to go on caring if they wish to.",
            "Give carers breaks and time for themselves.",
        ],
        outcomes: &[
            "More carers identified and assessed.",
            "Carers report a better quality of life.",
            "Fewer carers reaching crisis.",
        ],
        nhs: &["Support for carers under section 3 of {nhsact}"],
        health_related: &[
            "Carers' assessments and support under {careact}",
            "Services for carers under the Carers and Disabled Children Act 2000",
        ],
        from_year: 2001,
    },
    Theme {
        slug: "disabled-children",
        title: "Services for disabled children",
        persons: "Children and young people aged 0 to 25 in {area} with complex health needs or a disability.",
        eligibility: "Children assessed under section 17 of the Children Act 1989 as children in need because of disability, and children with continuing care needs.",
        services: &[
            "Short breaks",
            "Children's community nursing",
            "Occupational therapy and physiotherapy",
            "Continuing care packages",
            "Specialist equipment",
            "Key working for families",
        ],
        aims: &[
            "Give families one point of contact and one plan.",
            "Support disabled children to live with their families.",
            "Plan transitions to adult services from age 14.",
        ],
        outcomes: &[
            "More families receiving short breaks.",
            "Fewer out-of-area residential placements.",
            "Transition plans in place for every young person by age 16.",
        ],
        nhs: &[
            "Children's community health services under section 3 of {nhsact}",
            "Children's continuing care",
        ],
        health_related: &[
            "Services for children in need under Part III of the Children Act 1989",
            "Services under section 2 of the Chronically Sick and Disabled Persons Act 1970",
        ],
        from_year: 2000,
    },
    Theme {
        slug: "camhs",
        title: "Child and adolescent mental health services",
        persons: "Children and young people up to age 18 who live in {area} and have emotional or mental health needs.",
        eligibility: "Children and young people referred by a GP, school nurse, social worker or other professional.",
        services: &[
            "Targeted mental health support in schools",
            "Specialist community CAMHS",
            "Looked after children's mental health service",
            "Eating disorder service",
            "Crisis support out of hours",
        ],
        aims: &[
            "Provide early help for children's emotional wellbeing.",
            "Shorten waits for specialist mental health support.",
        ],
        outcomes: &[
            "Fewer young people admitted to hospital for self-harm.",
            "Shorter waits for a first appointment.",
            "Looked after children assessed within four weeks of referral.",
        ],
        nhs: &["Child and adolescent mental health services under section 3 of {nhsact}"],
        health_related: &[
            "Services for children in need under Part III of the Children Act 1989",
            "Social care for looked after children",
        ],
        from_year: 2000,
    },
    Theme {
        slug: "substance-misuse",
        title: "Drug and alcohol treatment services",
        persons: "Adults and young people in {area} who misuse drugs or alcohol, and their families.",
        eligibility: "People who refer themselves or are referred by a GP, the criminal justice system or another service.",
        services: &[
            "Community drug and alcohol treatment",
            "Needle exchange",
            "Residential rehabilitation placements",
            "Recovery support",
            "Young people's substance misuse service",
            "Family support",
        ],
        aims: &[
            "Commission drug and alcohol treatment as one recovery-focused system.",
            "Reduce the harm drugs and alcohol cause to people and communities.",
        ],
        outcomes: &[
            "More people completing treatment successfully.",
            "Fewer alcohol-related hospital admissions.",
            "Fewer drug-related deaths.",
        ],
        nhs: &["Drug and alcohol treatment services under section 3 of {nhsact}"],
        health_related: &[
            "Services for people who misuse drugs or alcohol under {careact}",
            "Residential rehabilitation placements",
        ],
        from_year: 2000,
    },
    Theme {
        slug: "better-care-fund",
        title: "Better Care Fund",
        persons: "Adults registered with a GP practice in {area}, and their carers.",
        eligibility: "People who meet the criteria of each scheme in the Better Care Fund plan.",
        services: &[
            "Disabled facilities grants",
            "Home care and reablement",
            "Community health services",
            "Hospital discharge support",
            "Carers' support",
            "Assistive technology",
            "Care Act implementation",
        ],
        aims: &[
            "Deliver the Better Care Fund plan agreed by the Health and Wellbeing Board.",
            "Integrate health and social care around the person.",
            "Protect adult social care services.",
        ],
        outcomes: &[
            "Fewer non-elective admissions.",
            "Fewer permanent admissions to residential and nursing homes.",
            "More older people still at home 91 days after discharge from hospital.",
            "Fewer delayed transfers of care.",
        ],
        nhs: &[
            "Community health services under section 3 of {nhsact}",
            "Services under section 2A of the NHS Act 2006 for improving public health",
        ],
        health_related: &[
            "Care and support under {careact}",
            "Disabled facilities grants under the Housing Grants, Construction and Regeneration Act 1996",
        ],
        from_year: 2015,
    },
    Theme {
        slug: "continuing-care",
        title: "Continuing healthcare and joint packages",
        persons: "Adults in {area} with complex needs assessed for NHS continuing healthcare or joint funding.",
        eligibility: "People assessed under the National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care.",
        services: &[
            "Joint packages of care",
            "Care home placements with nursing",
            "Care at home for people with complex needs",
            "Personal health budgets",
            "Brokerage of packages",
        ],
        aims: &[
            "Agree joint packages without disputes delaying care.",
            "Offer personal budgets to everyone eligible.",
        ],
        outcomes: &[
            "Decisions on eligibility within 28 days.",
            "Fewer disputes about who pays.",
            "More people with a personal health budget.",
        ],
        nhs: &[
            "NHS continuing healthcare under section 3 of {nhsact}",
            "NHS-funded nursing care",
        ],
        health_related: &[
            "Care and support under {careact}",
            "Arranging care home placements",
        ],
        from_year: 2007,
    },
    Theme {
        slug: "hospital-discharge",
        title: "Hospital discharge and transfer of care",
        persons: "Adults in hospital who are ready to leave and live in {area}.",
        eligibility: "People referred by the hospital's discharge team who need health or social care support to go home.",
        services: &[
            "Integrated discharge team",
            "Discharge to assess beds",
            "Bridging home care",
            "Trusted assessor service",
            "Home from hospital support",
        ],
        aims: &[
            "Get people home from hospital as soon as they are ready.",
            "Assess long-term needs at home rather than in hospital.",
        ],
        outcomes: &[
            "Fewer delayed days in hospital.",
            "More people discharged on the day they are ready.",
            "Fewer readmissions within 30 days.",
        ],
        nhs: &["Discharge support and community services under section 3 of {nhsact}"],
        health_related: &[
            "Assessment and care and support under {careact}",
            "Home care and short-term placements",
        ],
        from_year: 2003,
    },
    Theme {
        slug: "autism",
        title: "Autism services for adults",
        persons: "Adults aged 18 and over in {area} who are autistic or may be autistic.",
        eligibility: "Adults referred for diagnosis and autistic adults who need support after diagnosis.",
        services: &[
            "Diagnostic assessment",
            "Post-diagnostic support",
            "Community support workers",
            "Social groups and peer support",
            "Advice for employers",
        ],
        aims: &[
            "Shorten the wait for an autism diagnosis.",
            "Support autistic adults to live the life they choose.",
        ],
        outcomes: &[
            "Diagnosis within 13 weeks of referral.",
            "More autistic adults in work or education.",
        ],
        nhs: &["Autism diagnosis and support under section 3 of {nhsact}"],
        health_related: &["Care and support for autistic adults under {careact}"],
        from_year: 2010,
    },
    Theme {
        slug: "physical-disability",
        title: "Physical disability and sensory impairment services",
        persons: "Adults aged 18 to 64 in {area} with a physical disability or sensory impairment.",
        eligibility: "People assessed by the integrated disability team as needing support.",
        services: &[
            "Community rehabilitation",
            "Sensory impairment service",
            "Wheelchair service",
            "Personal assistants and direct payments",
            "Housing adaptations advice",
        ],
        aims: &[
            "Provide one team for adults with a physical disability.",
            "Support people to live independently.",
        ],
        outcomes: &[
            "More people using direct payments.",
            "Shorter waits for wheelchairs and equipment.",
        ],
        nhs: &["Rehabilitation and wheelchair services under section 3 of {nhsact}"],
        health_related: &[
            "Care and support under {careact}",
            "Services under section 2 of the Chronically Sick and Disabled Persons Act 1970",
        ],
        from_year: 2000,
    },
    Theme {
        slug: "dementia",
        title: "Dementia support",
        persons: "People in {area} living with dementia, and their carers.",
        eligibility: "People with a diagnosis of dementia or referred for a memory assessment.",
        services: &[
            "Memory assessment service",
            "Dementia advisers",
            "Day opportunities for people with dementia",
            "Care home liaison",
            "Carers' education and support",
        ],
        aims: &[
            "Diagnose dementia early and support people from diagnosis onwards.",
            "Help people with dementia to live well at home.",
        ],
        outcomes: &[
            "A higher diagnosis rate.",
            "Fewer crisis admissions of people with dementia.",
            "Carers report feeling supported.",
        ],
        nhs: &["Memory assessment and dementia services under section 3 of {nhsact}"],
        health_related: &["Care and support for people with dementia under {careact}"],
        from_year: 2009,
    },
    Theme {
        slug: "telecare",
        title: "Telecare and assistive technology",
        persons: "Adults in {area} who would benefit from telecare or assistive technology.",
        eligibility: "People assessed by a health or social care professional, and people who self-refer and pay a weekly charge.",
        services: &[
            "Community alarms",
            "Telecare sensors and monitoring",
            "Telehealth monitoring of long-term conditions",
            "Mobile response service",
            "Medication reminders",
        ],
        aims: &[
            "Use technology to help people stay safe and independent at home.",
            "Reduce falls and avoidable admissions.",
        ],
        outcomes: &[
            "More people using telecare.",
            "Fewer conveyances to hospital after a fall.",
        ],
        nhs: &["Telehealth services under section 3 of {nhsact}"],
        health_related: &["Telecare and preventive services under {careact}"],
        from_year: 2004,
    },
];

const RESOURCE_STAFF: &[&str] = &[
    "The joint commissioning team ({n} posts)",
    "{n} social workers working in the integrated teams",
    "{n} community nurses and therapists working in the integrated teams",
    "Two clinical commissioning leads, seconded to the Council",
    "The pooled fund manager and a finance officer",
    "A contracts officer, half time",
    "none",
];
const RESOURCE_GOODS: &[&str] = &[
    "none",
    "Equipment stock held at the {area} store",
    "Vehicles for the equipment service",
    "IT equipment for the integrated teams",
];
const RESOURCE_SERVICES: &[&str] = &[
    "Brokerage and contract management",
    "Clinical advice and continuing healthcare assessments",
    "Finance, payroll and legal support",
    "Procurement and commissioning support",
    "Information and performance reporting",
    "none",
];
const RESOURCE_ACCOMMODATION: &[&str] = &[
    "none",
    "Office space at {area} Civic Centre for the integrated team",
    "Clinic rooms at {area} Health Centre",
    "Desk space at County Hall for the joint commissioning team",
];

// ---------------------------------------------------------------------------------------------
// Clauses, by key: the first sentence of each is the lead; the others are added for longer
// specs. Every checklist key and `variation` has sentences and a one-line clause.
// ---------------------------------------------------------------------------------------------

const CLAUSES: &[(&str, &[&str])] = &[
    (
        "aims_and_objectives",
        &[
            "The aims and outcomes of each scheme are set out in its schedule.",
            "The partners' shared objective is to improve the health and wellbeing of people in {area} by commissioning and providing services together where that gives better results than acting alone.",
            "The partners will measure progress against the outcomes in each schedule and report them to the {board} at least once a year.",
            "Where the aims of a scheme change, the partners will record the change as a variation of this agreement.",
            "The arrangements are expected to lead to an improvement in the way the partners' functions are exercised, as section {section} requires.",
        ],
    ),
    (
        "description",
        &[
            "The partners establish {count} pooled fund{s} hosted as the schedules say, with lead commissioning where a schedule provides for it.",
            "Each scheme is described in its own schedule, which sets out the persons served, the services, the functions concerned and the money.",
            "The arrangements build on joint working between the partners in {area} since {since}.",
            "Nothing in this agreement transfers any partner's statutory responsibility for its functions; each partner remains accountable for them.",
            "Services are delivered through existing contracts where possible, and new contracts are let by the host in its own name for the benefit of both partners.",
        ],
    ),
    (
        "flexibilities",
        &[
            "A pooled fund under regulation 7 and, where a schedule says so, lead commissioning under regulation 9.",
            "The partners considered using integrated provision as well, and will revisit it at the first review.",
            "Aligned budgets outside the pooled fund are listed in each schedule under other funding, and are not part of the pool.",
            "The flexibilities are used only for the functions named in the schedules and not for any function excluded by regulation 5 or 6.",
        ],
    ),
    (
        "governance",
        &[
            "A {board} of two directors from each partner meets quarterly; decisions above {threshold} are ratified by each partner.",
            "The {board} is chaired in turn by each partner for a year at a time and is quorate when each partner is represented.",
            "Decisions of the {board} are recorded in minutes circulated within ten working days, and each partner's constitution governs what its members may decide.",
            "The {board} reports each year to the partners' boards and to the Health and Wellbeing Board where there is one.",
            "Where members of the {board} cannot agree, the matter is referred to the partners' chief executives under the disputes clause.",
            "The terms of reference of the {board} are set out in Schedule {sched} and may be changed only by agreement of both partners.",
        ],
    ),
    (
        "baseline_budgets",
        &[
            "The {fy} baseline budgets are the contributions in each schedule.",
            "The baselines were drawn from each partner's outturn for the previous year, adjusted for known changes in activity and price.",
            "Each partner's finance director has confirmed the baseline in writing before this agreement was made.",
            "Where a baseline is found to be wrong, the partners will correct it by agreement and record the correction as a variation.",
        ],
    ),
    (
        "contributions",
        &[
            "Contributions are agreed each year as each pooled fund's contribution variation clause says.",
            "Draft contributions for the following year are proposed by the pooled fund manager by 30 November and agreed by the partners' finance directors by 31 January.",
            "Contributions are paid in twelve equal monthly instalments on or before the fifteenth day of each month.",
            "In-year changes to contributions require the written agreement of each partner's finance director.",
            "A partner may make a contribution in kind only where the value is agreed in advance and recorded in the schedule.",
        ],
    ),
    (
        "delegations",
        &[
            "Where a schedule provides for lead commissioning, the delegating partner delegates its commissioning functions for that scheme to the lead partner.",
            "The lead partner exercises the delegated functions in accordance with the delegating partner's standing orders and the commissioning plan agreed by the {board}.",
            "The delegating partner remains responsible for the functions delegated and may give reasonable directions about their exercise.",
            "No function excluded by regulation 5 or 6 is delegated under this agreement.",
        ],
    ),
    (
        "growth_or_cuts",
        &[
            "Growth and reductions in funding are shared in the proportion of the contributions.",
            "A partner that must reduce its contribution gives the other partners at least {notice} months' notice, and the partners agree together which services change.",
            "New money from national allocations for the services in a scheme is added to the pool by agreement.",
            "Neither partner may reduce its contribution in year without the agreement of the other partners.",
        ],
    ),
    (
        "year_end_apportionment",
        &[
            "Overspends and underspends are shared as each pool's risk share says; no assets or liabilities are held in the pool.",
            "The pooled fund manager reports the forecast outturn to the {board} each quarter so that corrective action can be taken early.",
            "Any underspend may, by agreement, be carried forward for use within the same scheme in the following year.",
            "Where an overspend arises from one partner's decision alone, that partner bears it in full.",
            "The year-end position is agreed by the partners' finance directors within six weeks of the end of the financial year.",
        ],
    ),
    (
        "budget_host",
        &[
            "{host_cap} hosts each pooled fund unless its schedule says otherwise, and is responsible for its accounts and audit.",
            "The host accounts for the pool in its own accounts as a joint arrangement and gives the other partners the information they need for theirs.",
            "The host's financial regulations and standing orders apply to expenditure from the pool.",
            "The host does not charge the pool for hosting unless the partners agree a charge in writing.",
        ],
    ),
    (
        "monitoring",
        &[
            "Finance and performance are monitored as each scheme's monitoring clause says.",
            "The pooled fund manager produces a monthly budget report and a quarterly performance report against the outcomes in each schedule.",
            "Performance is reviewed at each meeting of the {board}, which may ask for an improvement plan where an outcome is not being met.",
            "The partners share the data needed for monitoring under the information sharing agreement.",
        ],
    ),
    (
        "accounting_and_audit",
        &[
            "The host accounts for each pool as a joint arrangement; its internal auditors audit the pool each year and report to the partners.",
            "The pooled fund manager makes an annual return of income and expenditure to the partners within two months of the year end.",
            "Each partner's external auditor may have access to the pool's records on reasonable notice.",
            "The partners' audit committees receive the internal audit report on the pool each year.",
        ],
    ),
    (
        "vat",
        &[
            "The host's VAT regime applies to expenditure from the pooled fund.",
            "The partners have taken advice from their VAT advisers and will follow HM Revenue and Customs guidance on pooled funds.",
            "Where VAT cannot be recovered because of the pool's arrangements, the cost is shared in the proportion of the contributions.",
        ],
    ),
    (
        "insurance",
        &[
            "Each partner keeps its own insurance; the partners' insurers have been consulted about the arrangements.",
            "NHS partners are members of the relevant NHS Resolution schemes, and the councils maintain public liability and employer's liability cover.",
            "Claims arising from services funded by the pool are met by the partner whose staff or contractor gave rise to the claim.",
        ],
    ),
    (
        "staff_transfers",
        &[
            "Staff remain employed by their own employer; staff working in integrated teams are seconded under secondment agreements.",
            "Secondment agreements set out line management, professional supervision and the terms that continue to apply.",
            "Where a post is created in an integrated team, the partners agree which of them employs it before it is advertised.",
            "Each partner gives the other partners access to its staff policies so that seconded staff are managed fairly.",
        ],
    ),
    (
        "tupe",
        &[
            "No staff transfer between employers under this agreement, so TUPE does not apply.",
            "If a future change to the arrangements involves a transfer, the partners will consult staff and trade unions and agree the terms before it takes effect.",
            "Any liability arising from a transfer is borne by the partners in the proportion of their contributions unless they agree otherwise.",
        ],
    ),
    (
        "change_management",
        &[
            "Changes to services are proposed to the {board} with three months' notice.",
            "A proposal for change sets out its effect on people who use services, on staff and on each partner's budget.",
            "Significant changes are subject to consultation with people who use services and with staff before a decision is made.",
            "The partners will assess the equality impact of any significant change.",
        ],
    ),
    (
        "training",
        &[
            "A joint training and development plan is agreed each year.",
            "Staff in integrated teams have access to both partners' training programmes.",
            "Each partner keeps responsibility for the professional registration and continuing development of its own staff.",
        ],
    ),
    (
        "clinical_governance",
        &[
            "Each partner's clinical governance framework applies to its staff; joint standards are set out in Schedule {sched}.",
            "Serious incidents are reported under each partner's own procedure and reviewed jointly where the services of both are involved.",
            "Professional leads for nursing, therapy and social work meet quarterly to review practice standards.",
            "Safeguarding concerns are dealt with under the local safeguarding adults and children procedures.",
        ],
    ),
    (
        "boundary_issues",
        &[
            "People placed outside {area} remain covered; transitions from children's services are planned from age 14.",
            "Where a person moves into or out of the area, the partners apply the national guidance on ordinary residence and the responsible commissioner.",
            "Disputes about responsibility for an individual never delay the care the person needs; the partners settle who pays afterwards.",
        ],
    ),
    (
        "complaints",
        &[
            "Complaints are handled under the statutory complaints regulations; the partners cooperate on joint complaints.",
            "A complaint about a service funded by the pool is handled by the partner that receives it, which consults the other partners where the complaint concerns them.",
            "The pooled fund manager reports the number and themes of complaints to the {board} each year.",
        ],
    ),
    (
        "disputes_termination_exit",
        &[
            "Disputes go first to the {board} and then to the chief executives. Either partner may end the agreement on {notice} months' notice.",
            "If the chief executives cannot resolve a dispute within 28 days, the partners will try mediation before any other action.",
            "On exit, commitments are shared as the risk share says and seconded staff return to their employers.",
            "The partners will agree an exit plan within three months of notice being given, covering contracts, staff, equipment and information.",
            "A partner may end the agreement at once if another partner is in material breach that it has not remedied within 30 days of notice.",
        ],
    ),
    (
        "information_sharing",
        &[
            "An information sharing agreement under data protection law is in Schedule {sched}.",
            "Each partner is a controller for the personal data it holds, and the partners share only what is needed to deliver and monitor the services.",
            "The partners use the NHS number as the common identifier where the law allows.",
            "Freedom of information requests are handled by the partner that receives them, after consulting the others.",
        ],
    ),
    (
        "support_services",
        &[
            "The host provides finance, legal and procurement support to the pool.",
            "Support services are provided without charge to the pool unless the {board} agrees otherwise.",
            "Each partner provides human resources support for its own staff.",
        ],
    ),
    (
        "estates",
        &[
            "Each partner keeps its own premises; no property is pooled.",
            "Where integrated teams share a building, the partner that owns or leases it grants the others a licence to occupy it.",
            "The cost of shared accommodation is recorded in the resources of each scheme.",
        ],
    ),
    (
        "review",
        &[
            "The agreement is reviewed as the agreement's review provision says.",
            "Each review considers whether the aims and outcomes are being met, whether the contributions are fair and whether the arrangements should continue.",
            "The findings of each review are reported to the partners' boards.",
        ],
    ),
    (
        "other_matters",
        &[
            "None.",
            "The partners will comply with the public sector equality duty in carrying out the arrangements.",
            "This agreement is governed by the law of England.",
            "Notices under this agreement are given in writing to each partner's chief executive.",
        ],
    ),
    (
        "variation",
        &[
            "Any variation is in writing and signed by all the partners.",
            "A variation to a schedule may be agreed by the {board} within the limits of its delegated authority.",
            "Variations are numbered, dated and kept with the signed agreement.",
        ],
    ),
];

/// One-line clauses for short specs, by clause key.
const BRIEF: &[(&str, &str)] = &[
    ("aims_and_objectives", "See each schedule."),
    ("description", "A pooled fund for {area}."),
    ("flexibilities", "Pooled fund (regulation 7)."),
    ("governance", "The {board} oversees the scheme."),
    ("baseline_budgets", "As in the schedule."),
    ("contributions", "Agreed each year by 31 January."),
    ("delegations", "As in the schedule."),
    ("growth_or_cuts", "Shared pro rata to contributions."),
    ("year_end_apportionment", "As the risk share says."),
    ("budget_host", "{host_cap} hosts the pool."),
    ("monitoring", "Quarterly reports to the {board}."),
    ("accounting_and_audit", "The host's internal audit."),
    ("vat", "The host's VAT regime applies."),
    ("insurance", "Each partner insures its own risks."),
    ("staff_transfers", "Secondment only."),
    ("tupe", "No TUPE transfer."),
    ("change_management", "Three months' notice of change."),
    ("training", "Joint training plan."),
    ("clinical_governance", "Each partner's own framework."),
    ("boundary_issues", "Ordinary residence rules apply."),
    ("complaints", "Statutory complaints procedures."),
    (
        "disputes_termination_exit",
        "Disputes to chief executives; {notice} months' notice to end.",
    ),
    (
        "information_sharing",
        "Information sharing agreement in place.",
    ),
    ("support_services", "Provided by the host."),
    ("estates", "No pooled property."),
    ("review", "Annual review."),
    ("other_matters", "None."),
    ("variation", "In writing, signed by all partners."),
];

const POOL_VARIATION: &[&str] = &[
    "Contributions for each later year are agreed by the partners' finance directors by 31 January, taking account of inflation, demand and any change in the functions covered.",
    "Each partner's contribution for the following year is considered at the annual review and agreed in writing before the year begins.",
    "Contributions may be varied in year only by written agreement of all the partners.",
];
const POOL_MANAGEMENT: &[&str] = &[
    "The pooled fund manager manages the fund within the host's financial regulations and the budget agreed by the {board}.",
    "The pooled fund manager manages the pool within an agreed joint service plan and financial plan.",
    "Day-to-day management rests with the pooled fund manager; decisions above {threshold} go to the {board}.",
];
const POOL_MONITORING: &[&str] = &[
    "Monthly budget monitoring by the pooled fund manager, reviewed quarterly by the {board}.",
    "The pooled fund manager reports spending and activity against budget each month to both partners' finance teams.",
    "Quarterly finance and performance reports to the {board}, with exception reports where spending varies from budget by more than 2%.",
];
const DELEGATION_MONITORING: &[&str] = &[
    "The delegating partner monitors the lead partner's commissioning through quarterly performance reports to the {board}, against the outcomes in this schedule.",
    "Quarterly contract and performance reports to the {board}, and an annual report to the delegating partner's board.",
];
const PAYMENT_VARIATION: &[&str] = &[
    "The payment for each later year is agreed by 31 January before the year starts, as part of the contributions to the pooled fund.",
    "Payments may be varied by written agreement of both partners' finance directors.",
];
const REVIEW_METHOD: &[&str] = &[
    "The {board} reviews the agreement six months after commencement and then each year before the budget is set, and reports to the partners' boards.",
    "An annual review, led by the pooled fund manager and the partners' commissioning leads, considers the outcomes achieved and each partner's contributions for the next year.",
    "The partners review the agreement together each year and before any renewal.",
];

// ---------------------------------------------------------------------------------------------
// Parties
// ---------------------------------------------------------------------------------------------

/// The part a party plays in a generated agreement.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Commissioner,
    NhsProvider,
    NhsOther,
    Council,
    NotAPartner,
}

fn role(body: BodyType) -> Role {
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

const COMMISSIONERS: &[BodyType] = &[
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
const NOT_PARTNERS: &[BodyType] = &[
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
struct Naming {
    body: BodyType,
    stem: &'static str,
    name: &'static str,
    kinds: &'static [&'static str],
    short: &'static str,
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

fn naming_of(body: BodyType) -> &'static Naming {
    NAMINGS
        .iter()
        .find(|n| n.body == body)
        .expect("every body type the generator uses is named")
}

fn area_name(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(AREA_START), rng.pick(AREA_END))
}

/// A party of type `body` in `area`, with an id no party in `used` has.
fn new_party(rng: &mut Rng, body: BodyType, area: &str, used: &[Party]) -> Party {
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
    }
}

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES))
}

/// A commissioner and a council, and up to six more partners, all existing on `day`.
fn parties(rng: &mut Rng, area: &str, day: Date, brief: bool) -> Vec<Party> {
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

// ---------------------------------------------------------------------------------------------
// Money and dates
// ---------------------------------------------------------------------------------------------

/// An amount in pence, written in whole pounds where it is.
fn pounds(pence: u64) -> Money {
    let pence = i64::try_from(pence).expect("amounts fit in i64");
    if pence % 100 == 0 {
        Money(Decimal::from(pence / 100))
    } else {
        Money(Decimal::new(pence, 2))
    }
}

/// An amount in pence, log-uniform between the bounds (in pounds), rounded as finance officers
/// round.
fn money(rng: &mut Rng, low_pounds: u64, high_pounds: u64) -> u64 {
    let ln_low = (low_pounds as f64).ln();
    let ln_high = (high_pounds as f64).ln();
    let t = rng.below(1_000_000) as f64 / 1_000_000.0;
    let pounds = (ln_low + t * (ln_high - ln_low)).exp() as u64;
    match rng.weighted(&[55, 25, 20]) {
        0 => pounds / 1000 * 1000 * 100,
        1 => pounds * 100,
        _ => pounds * 100 + rng.below(100) as u64,
    }
}

/// A share in hundredths of a percent, as a percentage.
fn percent(hundredths: u32) -> Percent {
    Percent(Decimal::new(i64::from(hundredths), 2).normalize())
}

/// Shares in hundredths of a percent, proportional to the amounts, adding up to 100.
fn shares(amounts: &[u64]) -> Vec<u32> {
    let total: u128 = amounts.iter().map(|a| u128::from(*a)).sum();
    let mut out: Vec<u32> = amounts
        .iter()
        .map(|a| (u128::from(*a) * 10_000).checked_div(total).unwrap_or(0) as u32)
        .collect();
    let sum: u32 = out.iter().sum();
    if let Some(last) = out.last_mut() {
        *last += 10_000 - sum;
    }
    out
}

fn equal_shares(n: usize) -> Vec<u32> {
    let each = 10_000 / n as u32;
    let mut out = vec![each; n];
    out[n - 1] += 10_000 - each * n as u32;
    out
}

fn days(date: Date, n: i64) -> Date {
    date.checked_add(Span::new().days(n))
        .expect("date in range")
}

fn years(date: Date, n: i64) -> Date {
    date.checked_add(Span::new().years(n))
        .expect("date in range")
}

fn financial_year(day: Date) -> FinancialYear {
    let start = if day.month() >= 4 {
        day.year()
    } else {
        day.year() - 1
    };
    FinancialYear(format!("{start}/{:02}", (start + 1) % 100))
}

fn number_word(n: usize) -> &'static str {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS.get(n).copied().unwrap_or("several")
}

fn title_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// How far after the last scheme's schedule comes the schedule the clauses cite for terms of
/// reference and joint standards.
const SCHEDULES_AFTER_SCHEMES: usize = 2;

/// Words shared by every sentence of one spec.
struct Words {
    area: String,
    board: &'static str,
    threshold: String,
    notice: u32,
    fy: String,
    section: &'static str,
    nhsact: &'static str,
    careact: &'static str,
    sched: usize,
    since: i16,
    host_cap: String,
    count: usize,
}

impl Words {
    fn new(rng: &mut Rng, area: &str, board: &'static str, agreement: &Agreement) -> Words {
        let commencement = agreement
            .commencement
            .expect("the generator sets commencement");
        let s75 = agreement.legal_basis == LegalBasis::NhsAct2006S75;
        Words {
            area: area.to_owned(),
            board,
            threshold: format!("£{},000", [100, 250, 500, 1000][rng.below(4)]),
            notice: [6, 12][rng.below(2)],
            fy: financial_year(commencement).0,
            section: if s75 {
                "75 of the NHS Act 2006"
            } else {
                "31 of the Health Act 1999"
            },
            nhsact: if commencement >= date(2007, 3, 1) {
                "the NHS Act 2006"
            } else {
                "the National Health Service Act 1977"
            },
            careact: if commencement >= date(2015, 4, 1) {
                "Part 1 of the Care Act 2014"
            } else {
                "Part III of the National Assistance Act 1948"
            },
            sched: 1 + SCHEDULES_AFTER_SCHEMES,
            since: (commencement.year() - rng.range(1, 8) as i16).max(1995),
            host_cap: String::new(),
            count: 1,
        }
    }

    /// The words once the schemes are known: the first pool's host, and how many pools.
    fn for_schemes(self, host_cap: String, count: usize) -> Words {
        Words {
            host_cap,
            count,
            sched: count + SCHEDULES_AFTER_SCHEMES,
            ..self
        }
    }

    fn fill(&self, template: &str, rng: &mut Rng) -> String {
        let mut out = template.to_owned();
        if out.contains('{') {
            out = out
                .replace("{area}", &self.area)
                .replace("{board}", self.board)
                .replace("{threshold}", &self.threshold)
                .replace("{notice}", &self.notice.to_string())
                .replace("{fy}", &self.fy)
                .replace("{section}", self.section)
                .replace("{nhsact}", self.nhsact)
                .replace("{careact}", self.careact)
                .replace("{sched}", &self.sched.to_string())
                .replace("{since}", &self.since.to_string())
                .replace("{host_cap}", &self.host_cap)
                .replace("{count}", number_word(self.count))
                .replace("{s}", if self.count == 1 { "" } else { "s" });
            if out.contains("{n}") {
                out = out.replace("{n}", number_word(rng.below(8) + 2));
            }
        }
        out
    }

    /// `count` distinct entries of `list`, filled in.
    fn pick_list(&self, list: &[&str], count: usize, rng: &mut Rng) -> Vec<String> {
        rng.subset(list.len(), count.clamp(1, list.len()))
            .into_iter()
            .map(|i| self.fill(list[i], rng))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// The agreement
// ---------------------------------------------------------------------------------------------

/// Sizes: how many schemes, and how many sentences beyond the lead in each clause.
struct Shape {
    schemes: usize,
    extra_sentences: usize,
    list_len: usize,
    /// A short spec: one scheme, short lists and one-line clauses.
    brief: bool,
}

const SCHEME_WEIGHTS: [u32; 6] = [42, 27, 14, 9, 5, 3];
const EXTRA_WEIGHTS: [u32; 5] = [36, 30, 19, 10, 5];

fn shape(rng: &mut Rng) -> Shape {
    if rng.chance(12) {
        return Shape {
            schemes: 1,
            extra_sentences: 0,
            list_len: 1 + rng.below(2),
            brief: true,
        };
    }
    Shape {
        schemes: [1, 2, 3, 4, 5, 6][rng.weighted(&SCHEME_WEIGHTS)],
        extra_sentences: [0, 1, 2, 3, 4][rng.weighted(&EXTRA_WEIGHTS)],
        list_len: [1, 2, 3, 4, 5][rng.weighted(&[10, 30, 32, 18, 10])],
        brief: false,
    }
}

/// The agreement's status, dates, legal basis and term; its title, reference and review are
/// added once the rest is known.
fn term(rng: &mut Rng) -> Agreement {
    // Commencement mostly on 1 April, from 1 April 2000 to the end of 2026.
    let start = date(2000, 4, 1);
    let commencement = match rng.weighted(&[60, 25, 15]) {
        0 => date(rng.range(2000, 2026) as i16, 4, 1),
        1 => date(rng.range(2000, 2026) as i16, rng.range(1, 12) as i8, 1),
        _ => days(start, rng.range(0, 9760)),
    }
    .max(start);
    let status = if rng.chance(60) {
        Status::Final
    } else {
        Status::Draft
    };
    let made =
        (status == Status::Final || rng.chance(35)).then(|| days(commencement, -rng.range(1, 60)));
    let legal_basis = if made.unwrap_or(commencement) >= date(2007, 3, 1) {
        LegalBasis::NhsAct2006S75
    } else {
        LegalBasis::HealthAct1999S31
    };
    let term_years = rng.range(1, 5);
    let end = days(years(commencement, term_years), -1);
    let (expiry, notice_months) = match rng.weighted(&[70, 20, 10]) {
        0 => (Some(end), None),
        1 => (None, Some([3, 6, 12][rng.below(3)])),
        _ => (Some(end), Some([6, 12][rng.below(2)])),
    };
    Agreement {
        title: None,
        reference: None,
        legal_basis,
        jurisdiction: Jurisdiction::England,
        status,
        made,
        commencement: Some(commencement),
        expiry,
        rolling: notice_months.map(|notice_months| Rolling { notice_months }),
        review: None,
    }
}

fn review(rng: &mut Rng, agreement: &Agreement, words: &Words) -> Review {
    let commencement = agreement
        .commencement
        .expect("the generator sets commencement");
    let first = days(commencement, if rng.chance(50) { 183 } else { 364 });
    let first = match agreement.expiry {
        Some(expiry) if first > expiry => days(commencement, 90),
        _ => first,
    };
    Review {
        first: Some(first),
        frequency: Some(*rng.pick(&[
            Frequency::Annually,
            Frequency::Annually,
            Frequency::HalfYearly,
        ])),
        method: Some(words.fill(rng.pick_str(REVIEW_METHOD), rng)),
    }
}

fn title(rng: &mut Rng, area: &str, spec: &Spec) -> String {
    if let [only] = spec.schemes.as_slice() {
        let scheme = only.title.as_deref().unwrap_or_default();
        return format!("{area} Pooled Fund Agreement: {scheme}");
    }
    let kind = match rng.below(4) {
        0 => "Partnership",
        1 => "Framework Partnership",
        2 => "Pooled Budgets",
        _ if spec.agreement.legal_basis == LegalBasis::NhsAct2006S75 => "Section 75",
        _ => "Section 31",
    };
    format!("{area} Health and Social Care {kind} Agreement")
}

fn reference(rng: &mut Rng, area: &str, spec: &Spec) -> String {
    if rng.chance(15) {
        return format!("00{}", rng.range(100_000, 999_999));
    }
    let commencement = spec
        .agreement
        .commencement
        .expect("the generator sets commencement");
    format!(
        "{}-{}-{}-{}-{:02}",
        area[..3].to_uppercase(),
        spec.parties[0].id.to_uppercase(),
        if spec.agreement.legal_basis == LegalBasis::NhsAct2006S75 {
            "S75"
        } else {
            "S31"
        },
        commencement.year(),
        rng.range(1, 12)
    )
}

/// The sentences of a clause key, lead first.
fn sentences(key: &str) -> &'static [&'static str] {
    CLAUSES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, sentences)| *sentences)
        .unwrap_or_else(|| panic!("CLAUSES has no sentences for `{key}`"))
}

/// A clause for every checklist item, in the checklist's order, and `variation`.
fn clauses(rng: &mut Rng, shape: &Shape, words: &Words) -> Clauses {
    let mut clauses = Clauses::default();
    let keys = CHECKLIST.iter().map(|item| item.key).chain(["variation"]);
    for key in keys {
        let text = if shape.brief {
            let (_, brief) = BRIEF
                .iter()
                .find(|(k, _)| *k == key)
                .unwrap_or_else(|| panic!("BRIEF has no clause for `{key}`"));
            words.fill(brief, rng)
        } else {
            let sentences = sentences(key);
            let extra = shape.extra_sentences.min(sentences.len() - 1);
            let extra = if extra > 0 {
                rng.range(extra as i64 / 2, extra as i64) as usize
            } else {
                0
            };
            let mut text = words.fill(sentences[0], rng);
            for i in rng.subset(sentences.len() - 1, extra) {
                text.push(' ');
                text.push_str(&words.fill(sentences[i + 1], rng));
            }
            text
        };
        *clauses.get_mut(key).expect("a clause key") = Some(text);
    }
    clauses
}

// ---------------------------------------------------------------------------------------------
// Schemes
// ---------------------------------------------------------------------------------------------

/// The partners that take part in the schemes: the NHS and council leads, and the other
/// statutory partners, who may join a pool.
struct Partners {
    nhs_lead: String,
    la_lead: String,
    others: Vec<String>,
    provider: Option<String>,
}

impl Partners {
    fn of(parties: &[Party]) -> Partners {
        let statutory = parties
            .iter()
            .filter(|p| role(p.body_type) != Role::NotAPartner);
        Partners {
            nhs_lead: parties[0].id.clone(),
            la_lead: parties[1].id.clone(),
            others: statutory.skip(2).map(|p| p.id.clone()).collect(),
            provider: parties
                .iter()
                .find(|p| role(p.body_type) == Role::NhsProvider)
                .map(|p| p.id.clone()),
        }
    }
}

/// A pooled fund hosted by `host`, with a contribution and risk shares from each member.
fn pool(
    rng: &mut Rng,
    host: &str,
    members: &[String],
    fy: &FinancialYear,
    words: &Words,
) -> PooledFund {
    let mut amounts: Vec<u64> = members
        .iter()
        .map(|_| {
            if rng.chance(3) {
                0
            } else {
                money(rng, 40_000, 30_000_000)
            }
        })
        .collect();
    if amounts.iter().all(|a| *a == 0) {
        amounts[0] = 100_000_000;
    }
    let over = if rng.chance(70) {
        shares(&amounts)
    } else {
        equal_shares(members.len())
    };
    let under = if rng.chance(70) {
        over.clone()
    } else {
        equal_shares(members.len())
    };
    let share_out = |hundredths: Vec<u32>| -> Vec<Share> {
        members
            .iter()
            .zip(hundredths)
            .map(|(party, h)| Share {
                party: party.clone(),
                percent: percent(h),
            })
            .collect()
    };
    PooledFund {
        host: Some(host.to_owned()),
        manager: Some(PoolManager {
            name: rng.chance(25).then(|| person(rng)),
            post: Some(rng.pick_str(MANAGER_POSTS).to_owned()),
            employer: Some(host.to_owned()),
            placed_under_s113: None,
        }),
        financial_year: Some(fy.clone()),
        total: Some(pounds(amounts.iter().sum())),
        contributions: members
            .iter()
            .zip(&amounts)
            .map(|(party, pence)| Contribution {
                party: party.clone(),
                amount: pounds(*pence),
                kind: None,
            })
            .collect(),
        rounded_to: None,
        contribution_variation: Some(words.fill(rng.pick_str(POOL_VARIATION), rng)),
        risk_share: Some(RiskShare {
            overspend: share_out(over),
            underspend: share_out(under),
        }),
        management: Some(words.fill(rng.pick_str(POOL_MANAGEMENT), rng)),
        monitoring: Some(words.fill(rng.pick_str(POOL_MONITORING), rng)),
        reporting: Some(PoolReporting {
            frequency: Some(*rng.pick(&[
                Frequency::Quarterly,
                Frequency::Quarterly,
                Frequency::Monthly,
                Frequency::BiMonthly,
            ])),
            annual_return: Some(true),
        }),
    }
}

/// A delegation from `from` to `to`, paid for by `from`.
fn delegation(
    rng: &mut Rng,
    (direction, nature): (Direction, Nature),
    (from, to): (&str, &str),
    pence: u64,
    fy: &FinancialYear,
    words: &Words,
) -> Delegation {
    Delegation {
        direction,
        nature,
        from: from.to_owned(),
        to: to.to_owned(),
        payments: vec![Payment {
            from: from.to_owned(),
            amount: pounds(pence),
            financial_year: Some(fy.clone()),
        }],
        payment_variation: Some(words.fill(rng.pick_str(PAYMENT_VARIATION), rng)),
        monitoring: Some(words.fill(rng.pick_str(DELEGATION_MONITORING), rng)),
        reporting: Some(DelegationReporting {
            frequency: Some(Frequency::Quarterly),
            annual_report: Some(true),
        }),
    }
}

/// Sometimes lead commissioning or integrated provision by the council, and sometimes
/// provision by an NHS provider for the council.
fn delegations(
    rng: &mut Rng,
    partners: &Partners,
    fy: &FinancialYear,
    words: &Words,
) -> Vec<Delegation> {
    let mut delegations = Vec::new();
    if rng.chance(35) {
        let nature = if rng.chance(70) {
            Nature::Commissioning
        } else {
            Nature::Provision
        };
        let pence = money(rng, 100_000, 15_000_000);
        let leads = (partners.nhs_lead.as_str(), partners.la_lead.as_str());
        delegations.push(delegation(
            rng,
            (Direction::NhsToLa, nature),
            leads,
            pence,
            fy,
            words,
        ));
    }
    if let Some(provider) = partners.provider.as_deref().filter(|_| rng.chance(20)) {
        let pence = money(rng, 100_000, 5_000_000);
        let parties = (partners.la_lead.as_str(), provider);
        let kind = (Direction::LaToNhs, Nature::Provision);
        delegations.push(delegation(rng, kind, parties, pence, fy, words));
    }
    delegations
}

/// What each partner in the scheme provides.
fn resources(rng: &mut Rng, involved: &[String], words: &Words) -> Vec<Resources> {
    involved
        .iter()
        .map(|party| Resources {
            party: party.clone(),
            staff: Some(title_case(&words.fill(rng.pick_str(RESOURCE_STAFF), rng))),
            goods: Some(words.fill(rng.pick_str(RESOURCE_GOODS), rng)),
            services: Some(words.fill(rng.pick_str(RESOURCE_SERVICES), rng)),
            accommodation: Some(words.fill(rng.pick_str(RESOURCE_ACCOMMODATION), rng)),
        })
        .collect()
}

/// Sometimes money outside the pool between the two leads.
fn other_funding(rng: &mut Rng, partners: &Partners, fy: &FinancialYear) -> Vec<OtherFunding> {
    if !rng.chance(30) {
        return Vec::new();
    }
    let (nhs, la) = (
        Some(partners.nhs_lead.clone()),
        Some(partners.la_lead.clone()),
    );
    let (kind, description, from, to) = match rng.below(4) {
        0 => (
            FundingKind::S256Payment,
            "Capital grant for adapted housing",
            nhs,
            la,
        ),
        1 => (
            FundingKind::AlignedBudget,
            "Continuing healthcare budget for the same people, managed alongside the pool",
            nhs,
            None,
        ),
        2 => (
            FundingKind::S113Recharge,
            "Recharge for council staff placed at the NHS partner's disposal",
            nhs,
            la,
        ),
        _ => (
            FundingKind::S76Payment,
            "Contribution to community health services for the same people",
            la,
            nhs,
        ),
    };
    vec![OtherFunding {
        kind,
        description: Some(description.to_owned()),
        from,
        to,
        amount: pounds(money(rng, 20_000, 4_000_000)),
        financial_year: Some(fy.clone()),
    }]
}

/// One scheme on `theme`, with a pool hosted by one of the leads.
fn scheme(
    rng: &mut Rng,
    theme: &Theme,
    id: String,
    partners: &Partners,
    shape: &Shape,
    words: &Words,
    fy: &FinancialYear,
) -> Scheme {
    let host = if rng.chance(70) {
        &partners.la_lead
    } else {
        &partners.nhs_lead
    };
    // Pool members: the two leads, and sometimes other statutory partners.
    let mut members = vec![partners.nhs_lead.clone(), partners.la_lead.clone()];
    for other in &partners.others {
        if rng.chance(45) && members.len() < 5 {
            members.push(other.clone());
        }
    }
    let pooled_fund = pool(rng, host, &members, fy, words);
    let delegations = delegations(rng, partners, fy, words);
    let mut involved = members;
    for party in delegations.iter().flat_map(|d| [&d.from, &d.to]) {
        if !involved.contains(party) {
            involved.push(party.clone());
        }
    }
    let resources = resources(rng, &involved, words);
    let other_funding = other_funding(rng, partners, fy);
    let len = shape.list_len;
    Scheme {
        id,
        title: Some(theme.title.to_owned()),
        aims: words.pick_list(theme.aims, len.min(3), rng),
        outcomes: words.pick_list(theme.outcomes, len, rng),
        persons: Some(words.fill(theme.persons, rng)),
        eligibility: Some(words.fill(theme.eligibility, rng)),
        services: words.pick_list(theme.services, len + 1, rng),
        functions: Some(Functions {
            nhs: words.pick_list(theme.nhs, len.min(2), rng),
            health_related: words.pick_list(theme.health_related, len.min(2), rng),
        }),
        delegations,
        pooled_fund: Some(pooled_fund),
        resources: Some(resources),
        other_funding,
    }
}

/// A scheme for each of `count` themes that existed when the agreement commenced.
fn schemes(
    rng: &mut Rng,
    partners: &Partners,
    shape: &Shape,
    words: &Words,
    commencement: Date,
) -> Vec<Scheme> {
    let available: Vec<&Theme> = THEMES
        .iter()
        .filter(|t| commencement.year() >= t.from_year)
        .collect();
    let fy = financial_year(commencement);
    let mut schemes: Vec<Scheme> = Vec::new();
    for i in rng.subset(available.len(), shape.schemes) {
        let theme = available[i];
        let mut id = theme.slug.to_owned();
        let mut n = 2;
        while schemes.iter().any(|s| s.id == id) {
            id = format!("{}-{n}", theme.slug);
            n += 1;
        }
        let scheme = scheme(rng, theme, id, partners, shape, words, &fy);
        schemes.push(scheme);
    }
    schemes
}

/// Each NHS trust that takes part needs each commissioner's consent, given before the
/// agreement was made; the trust lists the commissioners it holds contracts with.
fn consents(rng: &mut Rng, spec: &mut Spec) -> Vec<Consent> {
    let before = spec
        .agreement
        .made
        .or(spec.agreement.commencement)
        .expect("dated");
    let commissioners: Vec<String> = spec
        .parties
        .iter()
        .filter(|p| role(p.body_type) == Role::Commissioner)
        .map(|p| p.id.clone())
        .collect();
    let mut consents = Vec::new();
    for party in &mut spec.parties {
        let takes_part = spec.schemes.iter().any(|s| {
            let pools = s.pooled_fund.iter().flat_map(|p| &p.contributions);
            pools.clone().any(|c| c.party == party.id)
                || s.delegations
                    .iter()
                    .any(|d| d.from == party.id || d.to == party.id)
        });
        if role(party.body_type) != Role::NhsProvider || !takes_part {
            continue;
        }
        party.nhs_contracts_with = Some(commissioners.clone());
        for by in &commissioners {
            let day = days(before, -rng.range(7, 120));
            consents.push(Consent {
                by: by.clone(),
                given_to: party.id.clone(),
                date: Some(day),
                reference: Some(format!(
                    "Board minute {}/{:03}",
                    day.year(),
                    rng.range(1, 240)
                )),
            });
        }
    }
    consents
}

fn consultation(rng: &mut Rng, shape: &Shape, spec: &Spec) -> Option<Consultation> {
    if shape.brief || !rng.chance(60) {
        return None;
    }
    let before = spec
        .agreement
        .made
        .or(spec.agreement.commencement)
        .expect("dated");
    let n = rng.range(2, 4) as usize;
    Some(Consultation {
        joint: Some(true),
        date: Some(days(before, -rng.range(30, 120))),
        consulted: rng
            .subset(CONSULTED.len(), n)
            .into_iter()
            .map(|i| CONSULTED[i].to_owned())
            .collect(),
    })
}

/// One spec, with no gaps yet.
fn build(rng: &mut Rng) -> (Spec, String) {
    let shape = shape(rng);
    let area = area_name(rng);
    let mut agreement = term(rng);
    let commencement = agreement
        .commencement
        .expect("the generator sets commencement");
    let board = *rng.pick(BOARDS);
    let words = Words::new(rng, &area, board, &agreement);
    let parties = parties(rng, &area, commencement, shape.brief);
    let partners = Partners::of(&parties);
    let schemes = schemes(rng, &partners, &shape, &words, commencement);
    let host = schemes
        .iter()
        .find_map(|s| s.pooled_fund.as_ref()?.host.as_deref())
        .and_then(|host| parties.iter().find(|p| p.id == host))
        .map_or("the host", |p| naming_of(p.body_type).short);
    let words = words.for_schemes(title_case(host), schemes.len());
    agreement.review = Some(review(rng, &agreement, &words));
    let mut spec = Spec {
        jointly: FormatVersion,
        agreement,
        parties,
        schemes,
        clauses: clauses(rng, &shape, &words),
        not_applicable: NotApplicable::default(),
        consents: Vec::new(),
        consultation: None,
        rationale: None,
        plans: None,
        notifications: Vec::new(),
        waivers: Vec::new(),
    };
    spec.consents = consents(rng, &mut spec);
    spec.consultation = consultation(rng, &shape, &spec);
    spec.agreement.title = Some(title(rng, &area, &spec));
    spec.agreement.reference = Some(reference(rng, &area, &spec));
    (spec, area)
}

// ---------------------------------------------------------------------------------------------
// Gaps: what real agreements get wrong
// ---------------------------------------------------------------------------------------------

const GAPS: &[&str] = &[
    "omit-host",
    "omit-expiry",
    "wrong-total",
    "omit-total",
    "risk-share-off",
    "non-partner-party",
    "era-invalid-body",
    "wrong-legal-basis",
    "omit-variation",
    "drop-clauses",
    "omit-signatory",
    "omit-manager",
    "manager-not-host",
    "delegation-annual-only",
    "omit-functions",
    "excluded-service",
    "omit-consent",
    "omit-resources",
    "omit-aims",
    "omit-annual-return",
    "unknown-party",
    "omit-monitoring",
];

/// Applies one gap, to the scheme `at` where it concerns a scheme, if it fits this spec;
/// returns whether it did. A party added is named for `area`.
fn apply_gap(spec: &mut Spec, gap: &str, at: usize, area: &str, rng: &mut Rng) -> bool {
    match gap {
        "omit-expiry" => {
            spec.agreement.expiry = None;
            spec.agreement.rolling = None;
        }
        "non-partner-party" => add_non_partner(spec, at, area, rng),
        "era-invalid-body" => {
            let day = spec.agreement.commencement.expect("dated");
            let wrong: Vec<BodyType> = COMMISSIONERS
                .iter()
                .copied()
                .filter(|body| body.era().is_some_and(|era| !era.covers(day)))
                .collect();
            spec.parties[0].body_type = *rng.pick(&wrong);
        }
        "wrong-legal-basis" => {
            spec.agreement.legal_basis = match spec.agreement.legal_basis {
                LegalBasis::NhsAct2006S75 => LegalBasis::HealthAct1999S31,
                _ => LegalBasis::NhsAct2006S75,
            };
        }
        "omit-variation" => spec.clauses.variation = None,
        "drop-clauses" => {
            let count = rng.range(1, 6) as usize;
            for i in rng.subset(CHECKLIST.len(), count) {
                *spec
                    .clauses
                    .get_mut(CHECKLIST[i].key)
                    .expect("a checklist key") = None;
            }
        }
        "omit-signatory" => {
            let i = rng.below(spec.parties.len().min(2));
            // Half the time no signatory, half the time one with nothing stated.
            spec.parties[i].signatory = rng.chance(50).then_some(Signatory {
                name: None,
                position: None,
            });
        }
        "omit-consent" => return spec.consents.pop().is_some(),
        "delegation-annual-only" => match spec.schemes[at].delegations.first_mut() {
            Some(delegation) => {
                delegation.reporting = Some(DelegationReporting {
                    frequency: Some(Frequency::Annually),
                    annual_report: Some(rng.chance(50)),
                })
            }
            None => return false,
        },
        _ => {
            return apply_scheme_gap(&mut spec.schemes[at], gap, rng)
                || apply_pool_gap(spec, gap, at, rng);
        }
    }
    true
}

/// A party that may not be a partner, sometimes with a contribution to the pool of scheme `at`.
fn add_non_partner(spec: &mut Spec, at: usize, area: &str, rng: &mut Rng) {
    let body = *rng.pick(NOT_PARTNERS);
    let party = new_party(rng, body, area, &spec.parties);
    let id = party.id.clone();
    spec.parties.push(party);
    if rng.chance(50)
        && let Some(pool) = spec.schemes[at].pooled_fund.as_mut()
    {
        let amount = pounds(money(rng, 10_000, 500_000));
        if let Some(total) = pool.total.as_mut() {
            total.0 += amount.0;
        }
        pool.contributions.push(Contribution {
            party: id,
            amount,
            kind: None,
        });
    }
}

/// Applies a gap in a scheme's own keys; returns whether `gap` is one.
fn apply_scheme_gap(scheme: &mut Scheme, gap: &str, rng: &mut Rng) -> bool {
    match gap {
        "omit-functions" if rng.chance(50) => {
            if let Some(functions) = scheme.functions.as_mut() {
                functions.health_related.clear();
            }
        }
        "omit-functions" => scheme.functions = None,
        "excluded-service" => {
            let service = rng.pick_str(&[
                "Minor surgery in community clinics",
                "Emergency ambulance response for falls",
                "Community endoscopy clinics",
                "Wound care and invasive procedures at home",
            ]);
            scheme.services.push(service.to_owned());
        }
        "omit-resources" => scheme.resources = None,
        "omit-aims" => {
            scheme.aims.clear();
            if rng.chance(50) {
                scheme.outcomes.clear();
            }
        }
        _ => return false,
    }
    true
}

/// Applies a gap in the pool of scheme `at`, if it has one; returns whether it did.
fn apply_pool_gap(spec: &mut Spec, gap: &str, at: usize, rng: &mut Rng) -> bool {
    let leads = [spec.parties[0].id.clone(), spec.parties[1].id.clone()];
    let Some(pool) = spec.schemes[at].pooled_fund.as_mut() else {
        return false;
    };
    match gap {
        "omit-host" => pool.host = None,
        "omit-total" => pool.total = None,
        "omit-manager" => pool.manager = None,
        "wrong-total" => match pool.total.as_mut() {
            Some(total) => total.0 += Decimal::new(*rng.pick(&[1, 100, 100_000, 1_000_000]), 2),
            None => return false,
        },
        "risk-share-off" => {
            let share = pool
                .risk_share
                .as_mut()
                .and_then(|r| r.overspend.first_mut());
            if let Some(share) = share {
                share.percent.0 += if share.percent.0 >= Decimal::ONE {
                    Decimal::new(-1, 2)
                } else {
                    Decimal::ONE
                };
            }
        }
        "manager-not-host" => {
            let other = &leads[rng.below(2)];
            match pool.manager.as_mut() {
                Some(manager) if pool.host.as_ref() != Some(other) => {
                    manager.employer = Some(other.clone())
                }
                _ => return false,
            }
        }
        "omit-annual-return" => {
            pool.reporting = Some(PoolReporting {
                frequency: Some(Frequency::Annually),
                annual_return: None,
            })
        }
        "unknown-party" => match pool.contributions.first_mut() {
            Some(first) => first.party = format!("{}-old", first.party),
            None => return false,
        },
        "omit-monitoring" => {
            pool.monitoring = None;
            if rng.chance(50) {
                pool.management = None;
            }
        }
        _ => return false,
    }
    true
}

// ---------------------------------------------------------------------------------------------
// One spec, and the command line
// ---------------------------------------------------------------------------------------------

const MIN_BYTES: usize = 3 * 1024;
const MAX_BYTES: usize = 30 * 1024;

/// Spec `number` (from 1) of the corpus for `seed`: its file name and text.
fn spec(seed: u64, number: usize) -> (String, String) {
    let mut rng = Rng::new(seed, number as u64);
    let mut drawn = None;
    // Redraw until the size is in range: deterministic, since the draws come from one stream.
    for _ in 0..50 {
        let (mut spec, area) = build(&mut rng);
        let mut gaps: Vec<&str> = Vec::new();
        if rng.chance(20) {
            let wanted = [1, 1, 1, 2, 2, 3][rng.below(6)];
            let mut tries = 0;
            while gaps.len() < wanted && tries < 20 {
                tries += 1;
                let gap = *rng.pick(GAPS);
                let at = rng.below(spec.schemes.len());
                if !gaps.contains(&gap) && apply_gap(&mut spec, gap, at, &area, &mut rng) {
                    gaps.push(gap);
                }
            }
        }
        let gaps = if gaps.is_empty() {
            "none".to_owned()
        } else {
            gaps.join(", ")
        };
        let comment = format!(
            "yaml-language-server: $schema=../schemas/jointly-spec-v1.schema.json\n\nGenerated by examples/gen_corpus.rs (seed {seed}, spec {number}). The bodies are fictional.\ngaps: {gaps}"
        );
        let text = jointly::spec::to_yaml(&spec, &comment);
        let fits = (MIN_BYTES..=MAX_BYTES).contains(&text.len());
        drawn = Some((spec, area, text));
        if fits {
            break;
        }
    }
    let (spec, area, text) = drawn.expect("at least one draw");
    let commencement = spec.agreement.commencement.expect("dated");
    let name = format!(
        "{:05}-{}-{}-{}.yaml",
        number,
        area.to_lowercase(),
        match spec.schemes.as_slice() {
            [only] => only.id.as_str(),
            _ => "framework",
        },
        commencement.year()
    );
    (name, text)
}
fn usage() -> ! {
    eprintln!("usage: gen_corpus N DIR [--seed N] [--force]");
    std::process::exit(2);
}

fn main() {
    let mut positional = Vec::new();
    let mut seed: u64 = 1;
    let mut force = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => {
                seed = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or_else(|| usage())
            }
            "--force" => force = true,
            "-h" | "--help" => usage(),
            _ if arg.starts_with("--seed=") => {
                seed = arg["--seed=".len()..].parse().unwrap_or_else(|_| usage())
            }
            _ if arg.starts_with("--") => usage(),
            _ => positional.push(arg),
        }
    }
    let [count, dir] = positional.as_slice() else {
        usage()
    };
    let count: usize = count.parse().unwrap_or_else(|_| usage());
    let dir = PathBuf::from(dir);
    if let Err(message) = prepare(&dir, force) {
        eprintln!("gen_corpus: {}: {message}", dir.display());
        std::process::exit(1);
    }

    let mut sizes = Vec::with_capacity(count);
    let mut with_gaps = 0;
    for number in 1..=count {
        let (name, text) = spec(seed, number);
        if !text.contains("# gaps: none") {
            with_gaps += 1;
        }
        if let Err(error) = std::fs::write(dir.join(&name), &text) {
            eprintln!("gen_corpus: {}: {error}", dir.join(&name).display());
            std::process::exit(1);
        }
        sizes.push(text.len());
    }
    sizes.sort_unstable();
    let total: usize = sizes.iter().sum();
    let median = sizes.get(sizes.len() / 2).copied().unwrap_or(0);
    let mut line = String::new();
    let _ = write!(
        line,
        "wrote {count} specs to {}: {total} bytes ({:.1} MB), median {median} bytes, min {}, max {}, {with_gaps} with gaps (seed {seed})",
        dir.display(),
        total as f64 / 1_000_000.0,
        sizes.first().copied().unwrap_or(0),
        sizes.last().copied().unwrap_or(0),
    );
    println!("{line}");
}

/// Creates `dir`, or checks that it is empty (or that `force` allows writing into it).
fn prepare(dir: &Path, force: bool) -> Result<(), String> {
    if dir.exists() {
        if !dir.is_dir() {
            return Err("exists and is not a directory".into());
        }
        let mut entries = std::fs::read_dir(dir).map_err(|e| e.to_string())?;
        if entries.next().is_some() && !force {
            return Err(
                "is not empty; choose an empty or new directory, or pass --force to write into it (files of the same name are overwritten; nothing is deleted)"
                    .into(),
            );
        }
        Ok(())
    } else {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())
    }
}
