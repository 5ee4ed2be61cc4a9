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
//! It prints one line: files written, total bytes, median size.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use jiff::Span;
use jiff::civil::{Date, date};

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
// Clauses: the first sentence of each is the lead; the others are added for longer specs.
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

/// One-line clauses for short specs, in the order of `CLAUSES`.
const BRIEF: &[&str] = &[
    "See each schedule.",
    "A pooled fund for {area}.",
    "Pooled fund (regulation 7).",
    "The {board} oversees the scheme.",
    "As in the schedule.",
    "Agreed each year by 31 January.",
    "As in the schedule.",
    "Shared pro rata to contributions.",
    "As the risk share says.",
    "{host_cap} hosts the pool.",
    "Quarterly reports to the {board}.",
    "The host's internal audit.",
    "The host's VAT regime applies.",
    "Each partner insures its own risks.",
    "Secondment only.",
    "No TUPE transfer.",
    "Three months' notice of change.",
    "Joint training plan.",
    "Each partner's own framework.",
    "Ordinary residence rules apply.",
    "Statutory complaints procedures.",
    "Disputes to chief executives; {notice} months' notice to end.",
    "Information sharing agreement in place.",
    "Provided by the host.",
    "No pooled property.",
    "Annual review.",
    "None.",
    "In writing, signed by all partners.",
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
// The model of one spec
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Commissioner,
    NhsProvider,
    NhsOther,
    Council,
    NotAPartner,
}

struct Party {
    id: String,
    name: String,
    body: &'static str,
    class: Class,
    short: String,
    signatory: Option<(Option<String>, Option<String>)>,
    contracts_with: Vec<String>,
}

#[derive(Clone, Copy)]
enum MoneyStyle {
    Plain,
    Commas,
}

struct Money {
    pence: u64,
    style: MoneyStyle,
}

struct Pool {
    host: Option<String>,
    manager: Option<(Option<String>, String, Option<String>)>,
    financial_year: Option<String>,
    contributions: Vec<(String, Money)>,
    total: Option<Money>,
    variation: Option<String>,
    overspend: Vec<(String, u32)>,
    underspend: Vec<(String, u32)>,
    management: Option<String>,
    monitoring: Option<String>,
    reporting: Option<(&'static str, Option<bool>)>,
    flow_style: bool,
}

struct Delegation {
    direction: &'static str,
    nature: &'static str,
    from: String,
    to: String,
    payments: Vec<(String, Money, String)>,
    payment_variation: Option<String>,
    monitoring: Option<String>,
    reporting: Option<(&'static str, bool)>,
}

struct Resource {
    party: String,
    staff: String,
    goods: String,
    services: String,
    accommodation: String,
}

struct OtherFunding {
    kind: &'static str,
    description: String,
    from: String,
    to: String,
    amount: Money,
    financial_year: String,
}

struct Scheme {
    id: String,
    title: String,
    aims: Vec<String>,
    outcomes: Vec<String>,
    persons: Option<String>,
    eligibility: Option<String>,
    services: Vec<String>,
    nhs: Vec<String>,
    health_related: Vec<String>,
    delegations: Vec<Delegation>,
    pool: Option<Pool>,
    resources: Vec<Resource>,
    other_funding: Vec<OtherFunding>,
}

struct Model {
    seed: u64,
    number: usize,
    area: String,
    title: String,
    reference: String,
    legal_basis: &'static str,
    status: &'static str,
    made: Option<Date>,
    commencement: Date,
    expiry: Option<Date>,
    rolling: Option<u32>,
    review: (Date, &'static str, String),
    parties: Vec<Party>,
    schemes: Vec<Scheme>,
    clauses: Vec<(&'static str, String)>,
    consents: Vec<(String, String, Date, String)>,
    consultation: Option<(Date, Vec<&'static str>)>,
    gaps: Vec<&'static str>,
}

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
}

fn number_word(n: usize) -> &'static str {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS.get(n).copied().unwrap_or("several")
}

fn days(date: Date, n: i64) -> Date {
    date.checked_add(Span::new().days(n))
        .expect("date in range")
}

fn years(date: Date, n: i64) -> Date {
    date.checked_add(Span::new().years(n))
        .expect("date in range")
}

fn financial_year(day: Date) -> String {
    let start = if day.month() >= 4 {
        day.year()
    } else {
        day.year() - 1
    };
    format!("{start}/{:02}", (start + 1) % 100)
}

fn title_case(slug: &str) -> String {
    let mut chars = slug.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// Body types that existed on `day`, by role.
fn commissioner_types(day: Date) -> Vec<&'static str> {
    let mut types = Vec::new();
    if day <= date(2002, 9, 30) {
        types.push("health_authority");
    }
    if day <= date(2013, 3, 31) {
        types.push("primary_care_trust");
    }
    if day >= date(2013, 4, 1) && day <= date(2022, 6, 30) {
        types.push("clinical_commissioning_group");
    }
    if day >= date(2022, 7, 1) {
        types.push("integrated_care_board");
    }
    types
}

fn other_nhs_types(day: Date) -> Vec<&'static str> {
    let mut types = vec!["nhs_trust", "nhs_trust"];
    if day >= date(2004, 4, 1) {
        types.push("nhs_foundation_trust");
    }
    if day >= date(2002, 4, 1) && day <= date(2013, 3, 31) {
        types.push("care_trust");
    }
    if day >= date(2002, 10, 1) && day <= date(2013, 3, 31) {
        types.push("strategic_health_authority");
    }
    if day >= date(2013, 4, 1) {
        types.push("nhs_england");
    }
    types
}

fn new_party(rng: &mut Rng, body: &'static str, area: &str, used: &[Party]) -> Party {
    let (base, name, short, class) = match body {
        "health_authority" => (
            "ha",
            format!("{area} Health Authority"),
            "the Health Authority",
            Class::Commissioner,
        ),
        "primary_care_trust" => (
            "pct",
            if rng.chance(25) {
                format!("{area} teaching Primary Care Trust")
            } else {
                format!("{area} Primary Care Trust")
            },
            "the PCT",
            Class::Commissioner,
        ),
        "clinical_commissioning_group" => (
            "ccg",
            format!("NHS {area} Clinical Commissioning Group"),
            "the CCG",
            Class::Commissioner,
        ),
        "integrated_care_board" => (
            "icb",
            format!("NHS {area} Integrated Care Board"),
            "the ICB",
            Class::Commissioner,
        ),
        "nhs_trust" => (
            "trust",
            format!(
                "{area} {} NHS Trust",
                rng.pick(&[
                    "Community Health",
                    "Hospitals",
                    "Mental Health",
                    "Healthcare"
                ])
            ),
            "the Trust",
            Class::NhsProvider,
        ),
        "nhs_foundation_trust" => (
            "ft",
            format!(
                "{area} {} NHS Foundation Trust",
                rng.pick(&[
                    "Partnership",
                    "Community",
                    "Teaching Hospitals",
                    "Health and Care"
                ])
            ),
            "the Foundation Trust",
            Class::NhsProvider,
        ),
        "care_trust" => (
            "care-trust",
            format!("{area} Care Trust"),
            "the Care Trust",
            Class::NhsOther,
        ),
        "strategic_health_authority" => (
            "sha",
            format!("NHS {} Strategic Health Authority", rng.pick(REGIONS)),
            "the SHA",
            Class::NhsOther,
        ),
        "nhs_england" => (
            "nhse",
            "NHS England".to_owned(),
            "NHS England",
            Class::NhsOther,
        ),
        "county_council" => (
            "council",
            format!("{area} County Council"),
            "the County Council",
            Class::Council,
        ),
        "district_council" => (
            "district",
            format!(
                "{}{} {} Council",
                rng.pick(AREA_START),
                rng.pick(AREA_END),
                rng.pick(&["District", "Borough", "City"])
            ),
            "the District Council",
            Class::Council,
        ),
        "london_borough_council" => (
            "council",
            format!("London Borough of {area}"),
            "the Borough Council",
            Class::Council,
        ),
        "common_council_city_of_london" => (
            "city",
            "The Common Council of the City of London".to_owned(),
            "the City Corporation",
            Class::Council,
        ),
        "council_of_the_isles_of_scilly" => (
            "scilly",
            "Council of the Isles of Scilly".to_owned(),
            "the Council of the Isles",
            Class::Council,
        ),
        "combined_authority" => (
            "ca",
            format!("{area} Combined Authority"),
            "the Combined Authority",
            Class::Council,
        ),
        "voluntary_organisation" => (
            "charity",
            format!("{area} Carers' Centre"),
            "the Carers' Centre",
            Class::NotAPartner,
        ),
        "independent_provider" => (
            "provider",
            format!("{area} Care Homes Limited"),
            "the Provider",
            Class::NotAPartner,
        ),
        "police" => (
            "police",
            format!("{area} Police"),
            "the Police",
            Class::NotAPartner,
        ),
        "gp_practice" => (
            "practice",
            format!("{area} Medical Practice"),
            "the Practice",
            Class::NotAPartner,
        ),
        _ => (
            "probation",
            format!("{area} Probation Service"),
            "the Probation Service",
            Class::NotAPartner,
        ),
    };
    let mut id = base.to_owned();
    let mut n = 2;
    while used.iter().any(|p| p.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    let positions = if matches!(class, Class::Council) {
        LA_POSITIONS
    } else {
        NHS_POSITIONS
    };
    let name_of_signatory = rng
        .chance(30)
        .then(|| format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)));
    Party {
        id,
        name,
        body,
        class,
        short: short.to_owned(),
        signatory: Some((name_of_signatory, Some(rng.pick(positions).to_string()))),
        contracts_with: Vec::new(),
    }
}

fn money(rng: &mut Rng, low_pounds: u64, high_pounds: u64) -> Money {
    // Log-uniform between the bounds, rounded as finance officers round.
    let ln_low = (low_pounds as f64).ln();
    let ln_high = (high_pounds as f64).ln();
    let t = rng.below(1_000_000) as f64 / 1_000_000.0;
    let pounds = (ln_low + t * (ln_high - ln_low)).exp() as u64;
    let pence = match rng.weighted(&[55, 25, 20]) {
        0 => pounds / 1000 * 1000 * 100,
        1 => pounds * 100,
        _ => pounds * 100 + rng.below(100) as u64,
    };
    Money {
        pence,
        style: if rng.chance(30) {
            MoneyStyle::Commas
        } else {
            MoneyStyle::Plain
        },
    }
}

fn format_money(money: &Money) -> String {
    let pounds = money.pence / 100;
    let pence = money.pence % 100;
    match money.style {
        MoneyStyle::Plain if pence == 0 => pounds.to_string(),
        MoneyStyle::Plain => format!("{pounds}.{pence:02}"),
        MoneyStyle::Commas => {
            let digits = pounds.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            if pence == 0 && !money.pence.is_multiple_of(7) {
                format!("\"{grouped}\"")
            } else {
                format!("\"{grouped}.{pence:02}\"")
            }
        }
    }
}

fn format_percent(hundredths: u32) -> String {
    if hundredths.is_multiple_of(100) {
        (hundredths / 100).to_string()
    } else if hundredths.is_multiple_of(10) {
        format!("{}.{}", hundredths / 100, (hundredths % 100) / 10)
    } else {
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
    }
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

const SCHEME_WEIGHTS: [u32; 6] = [42, 27, 14, 9, 5, 3];
const EXTRA_WEIGHTS: [u32; 5] = [36, 30, 19, 10, 5];

/// Sizes: how many schemes, and how many sentences beyond the lead in each clause.
struct Shape {
    schemes: usize,
    extra_sentences: usize,
    list_len: usize,
    /// A short spec: one scheme, short lists and one-line clauses.
    brief: bool,
}

fn shape(rng: &mut Rng) -> Shape {
    if rng.chance(12) {
        return Shape {
            schemes: 1,
            extra_sentences: 0,
            list_len: 1 + rng.below(2),
            brief: true,
        };
    }
    let schemes = [1, 2, 3, 4, 5, 6][rng.weighted(&SCHEME_WEIGHTS)];
    let extra_sentences = [0, 1, 2, 3, 4][rng.weighted(&EXTRA_WEIGHTS)];
    let list_len = [1, 2, 3, 4, 5][rng.weighted(&[10, 30, 32, 18, 10])];
    Shape {
        schemes,
        extra_sentences,
        list_len,
        brief: false,
    }
}

fn build(seed: u64, number: usize, rng: &mut Rng) -> Model {
    let shape = shape(rng);
    let area = format!("{}{}", rng.pick(AREA_START), rng.pick(AREA_END));

    // Dates: commencement mostly on 1 April, from 1 April 2000 to the end of 2026.
    let start = date(2000, 4, 1);
    let commencement = match rng.weighted(&[60, 25, 15]) {
        0 => date(rng.range(2000, 2026) as i16, 4, 1),
        1 => date(rng.range(2000, 2026) as i16, rng.range(1, 12) as i8, 1),
        _ => days(start, rng.range(0, 9760)),
    }
    .max(start);
    let status = if rng.chance(60) { "final" } else { "draft" };
    let made = (status == "final" || rng.chance(35)).then(|| days(commencement, -rng.range(1, 60)));
    let basis_date = made.unwrap_or(commencement);
    let s75_from = date(2007, 3, 1);
    let legal_basis = if basis_date >= s75_from {
        "nhs_act_2006_s75"
    } else {
        "health_act_1999_s31"
    };
    let term_years = rng.range(1, 5);
    let (expiry, rolling) = match rng.weighted(&[70, 20, 10]) {
        0 => (Some(days(years(commencement, term_years), -1)), None),
        1 => (None, Some([3, 6, 12][rng.below(3)])),
        _ => (
            Some(days(years(commencement, term_years), -1)),
            Some([6, 12][rng.below(2)]),
        ),
    };
    let modern = commencement >= s75_from;
    let board = *rng.pick(BOARDS);
    let words = |host_cap: String, count: usize, rng: &mut Rng| Words {
        area: area.clone(),
        board,
        threshold: format!("£{},000", [100, 250, 500, 1000][rng.below(4)]),
        notice: [6, 12][rng.below(2)],
        fy: financial_year(commencement),
        section: if legal_basis == "nhs_act_2006_s75" {
            "75 of the NHS Act 2006"
        } else {
            "31 of the Health Act 1999"
        },
        nhsact: if modern {
            "the NHS Act 2006"
        } else {
            "the National Health Service Act 1977"
        },
        careact: if commencement >= date(2015, 4, 1) {
            "Part 1 of the Care Act 2014"
        } else {
            "Part III of the National Assistance Act 1948"
        },
        sched: shape_sched(count),
        since: (commencement.year() - rng.range(1, 8) as i16).max(1995),
        host_cap,
        count,
    };

    // Parties: a commissioner and a council, and up to six more.
    let mut parties: Vec<Party> = Vec::new();
    let commissioner = *rng.pick(&commissioner_types(commencement));
    let council = *rng.pick(&[
        "county_council",
        "county_council",
        "district_council",
        "london_borough_council",
        "london_borough_council",
        "county_council",
        "district_council",
    ]);
    let council = if rng.chance(2) {
        *rng.pick(&[
            "common_council_city_of_london",
            "council_of_the_isles_of_scilly",
            "combined_authority",
        ])
    } else {
        council
    };
    let first = new_party(rng, commissioner, &area, &parties);
    parties.push(first);
    let second = new_party(rng, council, &area, &parties);
    parties.push(second);
    let extra = if shape.brief {
        0
    } else {
        [0, 1, 2, 3, 4, 5, 6][rng.weighted(&[30, 25, 18, 12, 8, 4, 3])]
    };
    for _ in 0..extra {
        let body = match rng.weighted(&[40, 30, 15, 15]) {
            0 => *rng.pick(&other_nhs_types(commencement)),
            1 => "district_council",
            2 => *rng.pick(&commissioner_types(commencement)),
            _ => *rng.pick(&["county_council", "london_borough_council"]),
        };
        // There is one NHS England, and one Strategic Health Authority per region is enough.
        let body = if matches!(body, "nhs_england" | "strategic_health_authority")
            && parties.iter().any(|p| p.body == body)
        {
            "nhs_trust"
        } else {
            body
        };
        let other_area = format!("{}{}", rng.pick(AREA_START), rng.pick(AREA_END));
        let party = new_party(rng, body, &other_area, &parties);
        parties.push(party);
    }
    let nhs_lead = parties[0].id.clone();
    let la_lead = parties[1].id.clone();

    // Schemes.
    let available: Vec<&Theme> = THEMES
        .iter()
        .filter(|t| commencement.year() >= t.from_year)
        .collect();
    let chosen = rng.subset(available.len(), shape.schemes);
    let mut schemes = Vec::new();
    let mut host_ids = Vec::new();
    let statutory: Vec<usize> = (0..parties.len())
        .filter(|&i| parties[i].class != Class::NotAPartner)
        .collect();
    let scratch = words(String::new(), 1, rng);
    for theme in chosen.iter().map(|&i| available[i]) {
        let host = if rng.chance(70) {
            la_lead.clone()
        } else {
            nhs_lead.clone()
        };
        host_ids.push(host.clone());
        // Pool members: the two leads, and sometimes other statutory partners.
        let mut members = vec![nhs_lead.clone(), la_lead.clone()];
        for &i in &statutory[2..] {
            if rng.chance(45) && members.len() < 5 {
                members.push(parties[i].id.clone());
            }
        }
        let amounts: Vec<Money> = members
            .iter()
            .map(|_| {
                if rng.chance(3) {
                    Money {
                        pence: 0,
                        style: MoneyStyle::Plain,
                    }
                } else {
                    money(rng, 40_000, 30_000_000)
                }
            })
            .collect();
        let mut amounts = amounts;
        if amounts.iter().all(|m| m.pence == 0) {
            amounts[0].pence = 100_000_000;
        }
        let sum: u64 = amounts.iter().map(|m| m.pence).sum();
        let over = if rng.chance(70) {
            shares(&amounts.iter().map(|m| m.pence).collect::<Vec<_>>())
        } else {
            equal_shares(members.len())
        };
        let under = if rng.chance(70) {
            over.clone()
        } else {
            equal_shares(members.len())
        };
        let total_style = if rng.chance(30) {
            MoneyStyle::Commas
        } else {
            MoneyStyle::Plain
        };
        let manager_employer = host.clone();
        let pool = Pool {
            host: Some(host.clone()),
            manager: Some((
                rng.chance(25)
                    .then(|| format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES))),
                rng.pick(MANAGER_POSTS).to_string(),
                Some(manager_employer),
            )),
            financial_year: Some(financial_year(commencement)),
            contributions: members.iter().cloned().zip(amounts).collect(),
            total: Some(Money {
                pence: sum,
                style: total_style,
            }),
            variation: Some(scratch.fill(rng.pick_str(POOL_VARIATION), rng)),
            overspend: members.iter().cloned().zip(over).collect(),
            underspend: members.iter().cloned().zip(under).collect(),
            management: Some(scratch.fill(rng.pick_str(POOL_MANAGEMENT), rng)),
            monitoring: Some(scratch.fill(rng.pick_str(POOL_MONITORING), rng)),
            reporting: Some((
                *rng.pick(&["quarterly", "quarterly", "monthly", "bi_monthly"]),
                Some(true),
            )),
            flow_style: rng.chance(20),
        };

        let mut delegations = Vec::new();
        if rng.chance(35) {
            let payment = money(rng, 100_000, 15_000_000);
            delegations.push(Delegation {
                direction: "nhs_to_la",
                nature: if rng.chance(70) {
                    "commissioning"
                } else {
                    "provision"
                },
                from: nhs_lead.clone(),
                to: la_lead.clone(),
                payments: vec![(nhs_lead.clone(), payment, financial_year(commencement))],
                payment_variation: Some(scratch.fill(rng.pick_str(PAYMENT_VARIATION), rng)),
                monitoring: Some(scratch.fill(rng.pick_str(DELEGATION_MONITORING), rng)),
                reporting: Some(("quarterly", true)),
            });
        }
        let provider = parties
            .iter()
            .find(|p| p.class == Class::NhsProvider)
            .map(|p| p.id.clone());
        if let Some(provider) = provider.filter(|_| rng.chance(20)) {
            let payment = money(rng, 100_000, 5_000_000);
            delegations.push(Delegation {
                direction: "la_to_nhs",
                nature: "provision",
                from: la_lead.clone(),
                to: provider.clone(),
                payments: vec![(la_lead.clone(), payment, financial_year(commencement))],
                payment_variation: Some(scratch.fill(rng.pick_str(PAYMENT_VARIATION), rng)),
                monitoring: Some(scratch.fill(rng.pick_str(DELEGATION_MONITORING), rng)),
                reporting: Some(("quarterly", true)),
            });
        }

        let mut involved: Vec<String> = members.clone();
        for d in &delegations {
            for id in [&d.from, &d.to] {
                if !involved.contains(id) {
                    involved.push(id.clone());
                }
            }
        }
        let resources = involved
            .iter()
            .map(|id| Resource {
                party: id.clone(),
                staff: title_case(&scratch.fill(rng.pick_str(RESOURCE_STAFF), rng)),
                goods: scratch.fill(rng.pick_str(RESOURCE_GOODS), rng),
                services: scratch.fill(rng.pick_str(RESOURCE_SERVICES), rng),
                accommodation: scratch.fill(rng.pick_str(RESOURCE_ACCOMMODATION), rng),
            })
            .collect();

        let mut other_funding = Vec::new();
        if rng.chance(30) {
            let (kind, description, from, to) = match rng.below(4) {
                0 => (
                    "s256_payment",
                    "Capital grant for adapted housing",
                    nhs_lead.clone(),
                    la_lead.clone(),
                ),
                1 => (
                    "aligned_budget",
                    "Continuing healthcare budget for the same people, managed alongside the pool",
                    nhs_lead.clone(),
                    String::new(),
                ),
                2 => (
                    "s113_recharge",
                    "Recharge for council staff placed at the NHS partner's disposal",
                    nhs_lead.clone(),
                    la_lead.clone(),
                ),
                _ => (
                    "s76_payment",
                    "Contribution to community health services for the same people",
                    la_lead.clone(),
                    nhs_lead.clone(),
                ),
            };
            other_funding.push(OtherFunding {
                kind,
                description: description.to_owned(),
                from,
                to,
                amount: money(rng, 20_000, 4_000_000),
                financial_year: financial_year(commencement),
            });
        }

        let len = shape.list_len;
        let pick_list = |list: &[&str], n: usize, rng: &mut Rng| -> Vec<String> {
            rng.subset(list.len(), n.clamp(1, list.len()))
                .into_iter()
                .map(|i| scratch.fill(list[i], rng))
                .collect()
        };
        let mut id = theme.slug.to_owned();
        let mut n = 2;
        while schemes.iter().any(|s: &Scheme| s.id == id) {
            id = format!("{}-{n}", theme.slug);
            n += 1;
        }
        schemes.push(Scheme {
            id,
            title: theme.title.to_owned(),
            aims: pick_list(theme.aims, len.min(3), rng),
            outcomes: pick_list(theme.outcomes, len, rng),
            persons: Some(scratch.fill(theme.persons, rng)),
            eligibility: Some(scratch.fill(theme.eligibility, rng)),
            services: pick_list(theme.services, len + 1, rng),
            nhs: pick_list(theme.nhs, len.min(2), rng),
            health_related: pick_list(theme.health_related, len.min(2), rng),
            delegations,
            pool: Some(pool),
            resources,
            other_funding,
        });
    }

    // NHS trusts that take part need each commissioner's consent.
    let commissioners: Vec<String> = parties
        .iter()
        .filter(|p| p.class == Class::Commissioner)
        .map(|p| p.id.clone())
        .collect();
    let mut consents = Vec::new();
    let consent_before = made.unwrap_or(commencement);
    for party in &mut parties {
        if party.class != Class::NhsProvider {
            continue;
        }
        let involved = schemes.iter().any(|s| {
            s.pool
                .as_ref()
                .is_some_and(|p| p.contributions.iter().any(|(id, _)| *id == party.id))
                || s.delegations
                    .iter()
                    .any(|d| d.from == party.id || d.to == party.id)
        });
        if !involved {
            continue;
        }
        party.contracts_with = commissioners.clone();
        for by in &commissioners {
            let day = days(consent_before, -rng.range(7, 120));
            consents.push((
                by.clone(),
                party.id.clone(),
                day,
                format!("Board minute {}/{:03}", day.year(), rng.range(1, 240)),
            ));
        }
    }

    let host_name = parties
        .iter()
        .find(|p| Some(&p.id) == host_ids.first())
        .map(|p| p.short.clone())
        .unwrap_or_else(|| "the host".to_owned());
    let words = words(title_case(&host_name), schemes.len(), rng);
    let mut clauses = Vec::new();
    for (n, (key, sentences)) in CLAUSES.iter().enumerate() {
        if shape.brief {
            clauses.push((*key, words.fill(BRIEF[n], rng)));
            continue;
        }
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
        clauses.push((*key, text));
    }

    let review_first = days(commencement, if rng.chance(50) { 183 } else { 364 });
    let review_first = match expiry {
        Some(expiry) if review_first > expiry => days(commencement, 90),
        _ => review_first,
    };
    let review = (
        review_first,
        *rng.pick(&["annually", "annually", "half_yearly"]),
        words.fill(rng.pick_str(REVIEW_METHOD), rng),
    );
    let consultation = (!shape.brief && rng.chance(60)).then(|| {
        let n = rng.range(2, 4) as usize;
        let who = rng
            .subset(CONSULTED.len(), n)
            .into_iter()
            .map(|i| CONSULTED[i])
            .collect();
        (days(consent_before, -rng.range(30, 120)), who)
    });
    let title = if schemes.len() == 1 {
        format!("{area} Pooled Fund Agreement: {}", schemes[0].title)
    } else {
        let kind = match rng.below(4) {
            0 => "Partnership",
            1 => "Framework Partnership",
            2 => "Pooled Budgets",
            _ if legal_basis == "nhs_act_2006_s75" => "Section 75",
            _ => "Section 31",
        };
        format!("{area} Health and Social Care {kind} Agreement")
    };
    let reference = if rng.chance(15) {
        format!("00{}", rng.range(100_000, 999_999))
    } else {
        format!(
            "{}-{}-{}-{}-{:02}",
            area[..3].to_uppercase(),
            parties[0].id.to_uppercase(),
            if legal_basis == "nhs_act_2006_s75" {
                "S75"
            } else {
                "S31"
            },
            commencement.year(),
            rng.range(1, 12)
        )
    };

    Model {
        seed,
        number,
        area,
        title,
        reference,
        legal_basis,
        status,
        made,
        commencement,
        expiry,
        rolling,
        review,
        parties,
        schemes,
        clauses,
        consents,
        consultation,
        gaps: Vec::new(),
    }
}

fn shape_sched(count: usize) -> usize {
    count + 2
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

fn pool_of(model: &mut Model, scheme: usize) -> Option<&mut Pool> {
    model.schemes[scheme].pool.as_mut()
}

/// Applies one gap, if it fits this spec; returns whether it did.
fn apply_gap(model: &mut Model, gap: &'static str, rng: &mut Rng) -> bool {
    let scheme = rng.below(model.schemes.len());
    match gap {
        "omit-host" => match pool_of(model, scheme) {
            Some(pool) => pool.host = None,
            None => return false,
        },
        "omit-expiry" => {
            model.expiry = None;
            model.rolling = None;
        }
        "wrong-total" => match pool_of(model, scheme).and_then(|p| p.total.as_mut()) {
            Some(total) => {
                let delta = [1, 100, 100_000, 1_000_000][rng.below(4)];
                total.pence += delta;
            }
            None => return false,
        },
        "omit-total" => match pool_of(model, scheme) {
            Some(pool) => pool.total = None,
            None => return false,
        },
        "risk-share-off" => match pool_of(model, scheme) {
            Some(pool) => {
                if let Some(share) = pool.overspend.first_mut() {
                    if share.1 >= 100 {
                        share.1 -= 1;
                    } else {
                        share.1 += 100;
                    }
                }
            }
            None => return false,
        },
        "non-partner-party" => {
            let body = *rng.pick(&[
                "voluntary_organisation",
                "independent_provider",
                "police",
                "gp_practice",
                "probation",
            ]);
            let area = model.area.clone();
            let party = new_party(rng, body, &area, &model.parties);
            let id = party.id.clone();
            model.parties.push(party);
            if rng.chance(50)
                && let Some(pool) = pool_of(model, scheme)
            {
                let amount = money(rng, 10_000, 500_000);
                if let Some(total) = pool.total.as_mut() {
                    total.pence += amount.pence;
                }
                pool.contributions.push((id, amount));
            }
        }
        "era-invalid-body" => {
            let day = model.commencement;
            let wrong = if day < date(2013, 4, 1) {
                *rng.pick(&["clinical_commissioning_group", "integrated_care_board"])
            } else if day < date(2022, 7, 1) {
                *rng.pick(&["primary_care_trust", "integrated_care_board"])
            } else {
                *rng.pick(&["primary_care_trust", "clinical_commissioning_group"])
            };
            model.parties[0].body = wrong;
        }
        "wrong-legal-basis" => {
            model.legal_basis = if model.legal_basis == "nhs_act_2006_s75" {
                "health_act_1999_s31"
            } else {
                "nhs_act_2006_s75"
            };
        }
        "omit-variation" => model.clauses.retain(|(key, _)| *key != "variation"),
        "drop-clauses" => {
            let n = rng.range(1, 6) as usize;
            let drop = rng.subset(27, n);
            let mut i = 0;
            model.clauses.retain(|_| {
                i += 1;
                !drop.contains(&(i - 1))
            });
        }
        "omit-signatory" => {
            let i = rng.below(model.parties.len().min(2));
            model.parties[i].signatory = if rng.chance(50) {
                None
            } else {
                Some((None, None))
            };
        }
        "omit-manager" => match pool_of(model, scheme) {
            Some(pool) => pool.manager = None,
            None => return false,
        },
        "manager-not-host" => {
            let other = model.parties[rng.below(2)].id.clone();
            match pool_of(model, scheme) {
                Some(pool) if pool.host.as_deref() != Some(other.as_str()) => {
                    if let Some(manager) = pool.manager.as_mut() {
                        manager.2 = Some(other);
                    }
                }
                _ => return false,
            }
        }
        "delegation-annual-only" => match model.schemes[scheme].delegations.first_mut() {
            Some(delegation) => delegation.reporting = Some(("annually", rng.chance(50))),
            None => return false,
        },
        "omit-functions" => {
            let s = &mut model.schemes[scheme];
            if rng.chance(50) {
                s.health_related.clear();
            } else {
                s.nhs.clear();
                s.health_related.clear();
            }
        }
        "excluded-service" => {
            let service = *rng.pick(&[
                "Minor surgery in community clinics",
                "Emergency ambulance response for falls",
                "Community endoscopy clinics",
                "Wound care and invasive procedures at home",
            ]);
            model.schemes[scheme].services.push(service.to_owned());
        }
        "omit-consent" => {
            if model.consents.is_empty() {
                return false;
            }
            model.consents.pop();
        }
        "omit-resources" => model.schemes[scheme].resources.clear(),
        "omit-aims" => {
            model.schemes[scheme].aims.clear();
            if rng.chance(50) {
                model.schemes[scheme].outcomes.clear();
            }
        }
        "omit-annual-return" => match pool_of(model, scheme) {
            Some(pool) => pool.reporting = Some(("annually", None)),
            None => return false,
        },
        "unknown-party" => match pool_of(model, scheme) {
            Some(pool) => {
                if let Some(first) = pool.contributions.first_mut() {
                    first.0 = format!("{}-old", first.0);
                }
            }
            None => return false,
        },
        "omit-monitoring" => match pool_of(model, scheme) {
            Some(pool) => {
                pool.monitoring = None;
                if rng.chance(50) {
                    pool.management = None;
                }
            }
            None => return false,
        },
        _ => return false,
    }
    true
}

// ---------------------------------------------------------------------------------------------
// YAML
// ---------------------------------------------------------------------------------------------

const WRAP: usize = 96;

/// Whether `text` reads back as the same string when written as a plain YAML scalar.
fn plain_ok(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first.is_whitespace() {
        return false;
    }
    if text.ends_with(' ') || text.ends_with(':') {
        return false;
    }
    if text.contains(": ") || text.contains(" #") || text.contains('\n') || text.contains('\t') {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "null" | "~" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) {
        return false;
    }
    !text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | '_' | 'e' | 'E'))
}

fn scalar(text: &str) -> String {
    if plain_ok(text) {
        text.to_owned()
    } else {
        let mut out = String::from("\"");
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
}

struct Yaml {
    out: String,
}

impl Yaml {
    fn raw(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.out.push(' ');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// `key: value`, folded (`>-`) when long.
    fn text(&mut self, indent: usize, prefix: &str, key: &str, value: &str) {
        let pad = indent + prefix.len();
        if pad + key.len() + 2 + value.len() <= WRAP || !value.contains(' ') {
            self.raw(indent, &format!("{prefix}{key}: {}", scalar(value)));
            return;
        }
        self.raw(indent, &format!("{prefix}{key}: >-"));
        let width = WRAP.saturating_sub(pad + 2).max(40);
        let mut line = String::new();
        for word in value.split(' ').filter(|w| !w.is_empty()) {
            if !line.is_empty() && line.len() + 1 + word.len() > width {
                self.raw(pad + 2, &line);
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if !line.is_empty() {
            self.raw(pad + 2, &line);
        }
    }

    fn list(&mut self, indent: usize, key: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.raw(indent, &format!("{key}:"));
        for item in items {
            self.raw(indent + 2, &format!("- {}", scalar(item)));
        }
    }
}

fn emit(model: &Model) -> String {
    let mut y = Yaml {
        out: String::with_capacity(16 * 1024),
    };
    y.raw(
        0,
        "# yaml-language-server: $schema=../schemas/jointly-spec-v1.schema.json",
    );
    y.raw(0, "#");
    y.raw(
        0,
        &format!(
            "# Generated by examples/gen_corpus.rs (seed {}, spec {}). The bodies are fictional.",
            model.seed, model.number
        ),
    );
    if model.gaps.is_empty() {
        y.raw(0, "# gaps: none");
    } else {
        y.raw(0, &format!("# gaps: {}", model.gaps.join(", ")));
    }
    y.raw(0, "jointly: 1");
    y.raw(0, "");

    y.raw(0, "agreement:");
    y.text(2, "", "title", &model.title);
    y.text(2, "", "reference", &model.reference);
    y.raw(2, &format!("legal_basis: {}", model.legal_basis));
    y.raw(2, "jurisdiction: england");
    y.raw(2, &format!("status: {}", model.status));
    if let Some(made) = model.made {
        y.raw(2, &format!("made: {made}"));
    }
    y.raw(2, &format!("commencement: {}", model.commencement));
    if let Some(expiry) = model.expiry {
        y.raw(2, &format!("expiry: {expiry}"));
    }
    if let Some(months) = model.rolling {
        y.raw(2, "rolling:");
        y.raw(4, &format!("notice_months: {months}"));
    }
    y.raw(2, "review:");
    y.raw(4, &format!("first: {}", model.review.0));
    y.raw(4, &format!("frequency: {}", model.review.1));
    y.text(4, "", "method", &model.review.2);
    y.raw(0, "");

    y.raw(0, "parties:");
    for party in &model.parties {
        y.raw(2, &format!("- id: {}", party.id));
        y.text(4, "", "name", &party.name);
        y.raw(4, &format!("type: {}", party.body));
        if let Some((name, position)) = &party.signatory {
            if name.is_none() && position.is_none() {
                y.raw(4, "signatory: {}");
            } else {
                y.raw(4, "signatory:");
                if let Some(name) = name {
                    y.text(6, "", "name", name);
                }
                if let Some(position) = position {
                    y.text(6, "", "position", position);
                }
            }
        }
        if !party.contracts_with.is_empty() {
            y.list(4, "nhs_contracts_with", &party.contracts_with);
        }
    }
    y.raw(0, "");

    y.raw(0, "schemes:");
    for scheme in &model.schemes {
        y.raw(2, &format!("- id: {}", scheme.id));
        y.text(4, "", "title", &scheme.title);
        y.list(4, "aims", &scheme.aims);
        y.list(4, "outcomes", &scheme.outcomes);
        if let Some(persons) = &scheme.persons {
            y.text(4, "", "persons", persons);
        }
        if let Some(eligibility) = &scheme.eligibility {
            y.text(4, "", "eligibility", eligibility);
        }
        y.list(4, "services", &scheme.services);
        if !scheme.nhs.is_empty() || !scheme.health_related.is_empty() {
            y.raw(4, "functions:");
            y.list(6, "nhs", &scheme.nhs);
            y.list(6, "health_related", &scheme.health_related);
        }
        if !scheme.delegations.is_empty() {
            y.raw(4, "delegations:");
            for d in &scheme.delegations {
                y.raw(6, &format!("- direction: {}", d.direction));
                y.raw(8, &format!("nature: {}", d.nature));
                y.raw(8, &format!("from: {}", d.from));
                y.raw(8, &format!("to: {}", d.to));
                if !d.payments.is_empty() {
                    y.raw(8, "payments:");
                    for (from, amount, year) in &d.payments {
                        y.raw(10, &format!("- from: {from}"));
                        y.raw(12, &format!("amount: {}", format_money(amount)));
                        y.raw(12, &format!("financial_year: {year}"));
                    }
                }
                if let Some(text) = &d.payment_variation {
                    y.text(8, "", "payment_variation", text);
                }
                if let Some(text) = &d.monitoring {
                    y.text(8, "", "monitoring", text);
                }
                if let Some((frequency, annual)) = d.reporting {
                    y.raw(8, "reporting:");
                    y.raw(10, &format!("frequency: {frequency}"));
                    y.raw(10, &format!("annual_report: {annual}"));
                }
            }
        }
        if let Some(pool) = &scheme.pool {
            emit_pool(&mut y, pool);
        }
        if !scheme.resources.is_empty() {
            y.raw(4, "resources:");
            for r in &scheme.resources {
                y.raw(6, &format!("- party: {}", r.party));
                y.text(8, "", "staff", &r.staff);
                y.text(8, "", "goods", &r.goods);
                y.text(8, "", "services", &r.services);
                y.text(8, "", "accommodation", &r.accommodation);
            }
        }
        if !scheme.other_funding.is_empty() {
            y.raw(4, "other_funding:");
            for f in &scheme.other_funding {
                y.raw(6, &format!("- kind: {}", f.kind));
                y.text(8, "", "description", &f.description);
                y.raw(8, &format!("from: {}", f.from));
                if !f.to.is_empty() {
                    y.raw(8, &format!("to: {}", f.to));
                }
                y.raw(8, &format!("amount: {}", format_money(&f.amount)));
                y.raw(8, &format!("financial_year: {}", f.financial_year));
            }
        }
    }
    y.raw(0, "");

    y.raw(0, "clauses:");
    for (key, text) in &model.clauses {
        y.text(2, "", key, text);
    }

    if !model.consents.is_empty() {
        y.raw(0, "");
        y.raw(0, "consents:");
        for (by, given_to, day, reference) in &model.consents {
            y.raw(2, &format!("- by: {by}"));
            y.raw(4, &format!("for: {given_to}"));
            y.raw(4, &format!("date: {day}"));
            y.text(4, "", "reference", reference);
        }
    }
    if let Some((day, who)) = &model.consultation {
        y.raw(0, "");
        y.raw(0, "consultation:");
        y.raw(2, "joint: true");
        y.raw(2, &format!("date: {day}"));
        y.list(
            2,
            "consulted",
            &who.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>(),
        );
    }
    y.out
}

fn emit_pool(y: &mut Yaml, pool: &Pool) {
    y.raw(4, "pooled_fund:");
    if let Some(host) = &pool.host {
        y.raw(6, &format!("host: {host}"));
    }
    if let Some((name, post, employer)) = &pool.manager {
        y.raw(6, "manager:");
        if let Some(name) = name {
            y.text(8, "", "name", name);
        }
        y.text(8, "", "post", post);
        if let Some(employer) = employer {
            y.raw(8, &format!("employer: {employer}"));
        }
    }
    if let Some(year) = &pool.financial_year {
        y.raw(6, &format!("financial_year: {year}"));
    }
    y.raw(6, "contributions:");
    for (party, amount) in &pool.contributions {
        if pool.flow_style {
            y.raw(
                8,
                &format!("- {{party: {party}, amount: {}}}", format_money(amount)),
            );
        } else {
            y.raw(8, &format!("- party: {party}"));
            y.raw(10, &format!("amount: {}", format_money(amount)));
        }
    }
    if let Some(total) = &pool.total {
        y.raw(6, &format!("total: {}", format_money(total)));
    }
    if let Some(text) = &pool.variation {
        y.text(6, "", "contribution_variation", text);
    }
    if !pool.overspend.is_empty() || !pool.underspend.is_empty() {
        y.raw(6, "risk_share:");
        for (key, list) in [
            ("overspend", &pool.overspend),
            ("underspend", &pool.underspend),
        ] {
            y.raw(8, &format!("{key}:"));
            for (party, hundredths) in list {
                if pool.flow_style {
                    y.raw(
                        10,
                        &format!(
                            "- {{party: {party}, percent: {}}}",
                            format_percent(*hundredths)
                        ),
                    );
                } else {
                    y.raw(10, &format!("- party: {party}"));
                    y.raw(12, &format!("percent: {}", format_percent(*hundredths)));
                }
            }
        }
    }
    if let Some(text) = &pool.management {
        y.text(6, "", "management", text);
    }
    if let Some(text) = &pool.monitoring {
        y.text(6, "", "monitoring", text);
    }
    if let Some((frequency, annual)) = pool.reporting {
        y.raw(6, "reporting:");
        y.raw(8, &format!("frequency: {frequency}"));
        if let Some(annual) = annual {
            y.raw(8, &format!("annual_return: {annual}"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// One spec, and the command line
// ---------------------------------------------------------------------------------------------

const MIN_BYTES: usize = 3 * 1024;
const MAX_BYTES: usize = 30 * 1024;

/// Spec `number` (from 1) of the corpus for `seed`: its file name and text.
fn spec(seed: u64, number: usize) -> (String, String) {
    let mut rng = Rng::new(seed, number as u64);
    let mut text = String::new();
    let mut model = None;
    // Redraw until the size is in range: deterministic, since the draws come from one stream.
    for _ in 0..50 {
        let mut candidate = build(seed, number, &mut rng);
        if rng.chance(20) {
            let wanted = [1, 1, 1, 2, 2, 3][rng.below(6)];
            let mut tries = 0;
            while candidate.gaps.len() < wanted && tries < 20 {
                tries += 1;
                let gap = *rng.pick(GAPS);
                if !candidate.gaps.contains(&gap) && apply_gap(&mut candidate, gap, &mut rng) {
                    candidate.gaps.push(gap);
                }
            }
        }
        text = emit(&candidate);
        let ok = (MIN_BYTES..=MAX_BYTES).contains(&text.len());
        model = Some(candidate);
        if ok {
            break;
        }
    }
    let model = model.expect("at least one draw");
    let name = format!(
        "{:05}-{}-{}-{}.yaml",
        number,
        model.area.to_lowercase(),
        if model.schemes.len() == 1 {
            model.schemes[0].id.as_str()
        } else {
            "framework"
        },
        model.commencement.year()
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
