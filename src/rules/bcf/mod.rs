//! The Better Care Fund (rulebook §3.11): the rules a BCF section 75 agreement is checked
//! against, each keyed by the financial years in its `bcf` block and the national parameters
//! jointly has for them (`law::bcf`: built in, or from a user's file). A year jointly has no
//! parameters for is reported (BCF-YEAR-SELECT), never passed.

mod checks;
mod metrics;
mod money;
mod parties;
mod plan;

use super::{
    ALL_BASES, Applies, Arrangement, Citation, Context, Docs, ENGLAND, Group, Label, Rule, sources,
};
use crate::law::bcf::{BcfYear, Origin, YearLookup};
use crate::law::instruments;
use crate::spec::LegalBasis;

pub use checks::years_used;
pub(crate) use metrics::METRIC_RULES;
pub(crate) use plan::PLAN_RULES;

const PF_2325_URL: &str = "https://www.gov.uk/government/publications/better-care-fund-policy-framework-2023-to-2025/2023-to-2025-better-care-fund-policy-framework";
const NHSE_URL: &str = "https://www.england.nhs.uk/ourwork/part-rel/transformation-fund/better-care-fund/policy-and-planning/";
const GRANTS_URL: &str = "https://www.england.nhs.uk/ourwork/part-rel/transformation-fund/better-care-fund/grants-and-funding/";
const BCF_2627_URL: &str =
    "https://www.gov.uk/government/publications/better-care-fund-framework-2026-to-2027";

/// Every BCF spec, whatever its basis: BCF-S75-REQUIRED asks whether the basis is s75.
const ANY_BCF: Applies = Applies {
    bases: ALL_BASES,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Bcf,
};

/// A BCF spec under s75 NHS Act 2006, the only basis a BCF pool can rest on.
const BCF: Applies = Applies {
    bases: S75,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::Bcf,
};

const S75: &[LegalBasis] = &[LegalBasis::NhsAct2006S75];

/// A BCF spec naming the financial year that starts in `first`.
const fn bcf_year(first: i16) -> Applies {
    Applies {
        bases: S75,
        jurisdictions: ENGLAND,
        arrangement: Arrangement::BcfYear(first),
    }
}

/// One financial year a BCF spec names, and where its national parameters came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct BcfYearUsed {
    /// The year as the spec writes it.
    pub year: String,
    /// Where jointly took the year's parameters from, or `None` when it has none.
    pub parameters: Option<String>,
    /// Why there are none, or what else to know.
    pub note: Option<String>,
    /// For drafts: the framework that set the year's conditions, when known.
    #[serde(skip)]
    pub framework: Option<String>,
    /// For drafts: the year's national conditions, when known (with whether the wording is
    /// only from memory).
    #[serde(skip)]
    pub national_conditions: Option<(Vec<String>, bool)>,
    /// For drafts: the name of the year's local authority grant, when known.
    #[serde(skip)]
    pub la_grant_name: Option<String>,
}

impl BcfYearUsed {
    /// The line `jointly check` prints for it.
    pub fn line(&self) -> String {
        match (&self.parameters, &self.note) {
            (Some(from), _) => format!(
                "Better Care Fund {}: checked against the national parameters in {from}",
                self.year
            ),
            (None, Some(note)) => format!("Better Care Fund {}: {note}", self.year),
            (None, None) => format!("Better Care Fund {}: no national parameters", self.year),
        }
    }
}

/// Where a year's parameters came from: the year's origin, and any user's file that gave
/// some of its values.
fn origin_words(params: &crate::law::bcf::YearParameters) -> String {
    let mut files: Vec<String> = params
        .rows()
        .iter()
        .filter_map(|(row, _)| match row.origin {
            Origin::File { path, .. } => Some(path.clone()),
            Origin::BuiltIn => None,
        })
        .collect();
    files.dedup();
    let base = match &params.origin {
        Origin::BuiltIn => params.origin.to_string(),
        Origin::File { path, .. } => path.clone(),
    };
    match files.iter().find(|f| !base.contains(f.as_str())) {
        Some(file) => format!("{base}, with values from {file}"),
        None => base,
    }
}

/// The year's parameters, or `None` when jointly has none (BCF-YEAR-SELECT reports it).
fn lookup<'a>(cx: &Context<'a>, year: BcfYear) -> Option<&'a crate::law::bcf::YearParameters> {
    match cx.bcf.year(year) {
        YearLookup::Known(params) => Some(params),
        YearLookup::NotKnown(_) => None,
    }
}

pub(super) const RULES: &[Rule] = &[
    Rule {
        id: "BCF-YEAR-SELECT",
        name: "bcf-year-not-known",
        summary: "A Better Care Fund agreement states the financial years it pools BCF money for, and jointly checks each against that year's national parameters.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::BCF_PF_2325_LAND, sources::NTYNE_24],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "national conditions, metrics and funding arrangements set per financial year (2023 to 2025 framework, landing page)",
            url: "https://www.gov.uk/government/publications/better-care-fund-policy-framework-2023-to-2025",
        },
        applies: BCF,
        docs: Docs {
            what: "Checks that the `bcf` block lists its `financial_years`, that each is a year and the next, and that jointly has national parameters for each (built in for 2015-16 to 2026-27, or given in a `--bcf-years` file). A year without parameters is a warning saying so: none of that year's conditions, streams or deadlines could be checked.",
            why: "BCF conditions are set per financial year: the 2023 to 2025 framework \"sets the national conditions, metrics and funding arrangements for the Better Care Fund in financial years 2023 to 2024 and 2024 to 2025\", and each later year has its own framework. The rules are chosen by the pool's year, not the signing date.",
            example: "bcf:\n  financial_years: [2025-26]\n  health_and_wellbeing_boards:\n    - Westshire Health and Wellbeing Board",
        },
        check: checks::year_select,
    },
    Rule {
        id: "BCF-S75-REQUIRED",
        name: "bcf-not-in-section-75-pool",
        summary: "All Better Care Fund money sits in a pooled fund governed by a section 75 NHS Act 2006 agreement.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::BCF_PF_2325, sources::NHSE_BCF],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "2023 to 2025 framework, introduction (a joint plan governed by an agreement under s75 NHS Act 2006); NHS England planning requirements",
            url: PF_2325_URL,
        },
        applies: ANY_BCF,
        docs: Docs {
            what: "For a spec with a `bcf` block, checks that the agreement (and each scheme that states its own basis and holds BCF money) is made under `nhs_act_2006_s75`, and that some scheme's pooled fund holds contributions marked with a BCF `stream`.",
            why: "The 2023 to 2025 framework requires \"a joint plan, owned by the health and wellbeing board (HWB), governed by an agreement under section 75 of the NHS Act (2006)\", and NHS England says BCF money \"must be pooled into a section 75 agreement alongside grants paid to local government\". An arrangement under another power (ss65Z5/65Z6 NHS Act 2006, say) cannot hold the BCF pool.",
            example: "agreement:\n  legal_basis: nhs_act_2006_s75\nschemes:\n  - id: bcf\n    pooled_fund:\n      contributions:\n        - {party: icb, amount: 20000000, stream: nhs_minimum}",
        },
        check: checks::s75_required,
    },
    Rule {
        id: "BCF-STREAMS-CORE",
        name: "bcf-stream-not-pooled",
        summary: "The BCF pool holds every stream the year requires: the NHS minimum contribution, the Disabled Facilities Grant and the local authority grant (and discharge funding in the years it is a stream of its own).",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::NHSE_BCF_GRANTS, sources::ESX_HWB_BCF],
        citation: Citation {
            instrument: instruments::NHSE_BCF_PLANNING.cited_as,
            provision: "grants and funding (DFG in the BCF from April 2015; iBCF pooled from 2017-18); required streams per year as in jointly's BCF parameters",
            url: GRANTS_URL,
        },
        applies: BCF,
        docs: Docs {
            what: "For each financial year in `bcf.financial_years`, checks the `stream` of the contributions to the year's pooled fund (the pool whose `financial_year` is that year; with one BCF year, any pool that states none) against the year's required pooled streams. `ibcf` and `la_better_care_grant` are both the local authority grant; naming it `la_better_care_grant` before 2025-26 is a warning. A Disabled Facilities Grant contribution not marked `kind: capital` is a warning. Where the year's streams are not known, says so.",
            why: "NHS England: the DFG \"became part of the Better Care Fund (BCF) in April 2015\" and the improved BCF \"must be pooled alongside the clinical commissioning group and DFG funding in the BCF\". Councils' reports list the same streams for each year; the Additional Discharge Fund was a stream of its own in 2023-24 and 2024-25 and folded into the pool from 2025-26.",
            example: "pooled_fund:\n  financial_year: 2025-26\n  contributions:\n    - {party: icb, amount: 20000000, stream: nhs_minimum}\n    - {party: council, amount: 2000000, stream: dfg, kind: capital}\n    - {party: council, amount: 8000000, stream: la_better_care_grant}",
        },
        check: checks::streams_core,
    },
    Rule {
        id: "BCF-NHS-MIN",
        name: "bcf-nhs-minimum-not-met",
        summary: "Each ICB pools at least its published minimum BCF allocation for the health and wellbeing board's area.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::NHSE_BCF],
        citation: Citation {
            instrument: instruments::NHSE_BCF_PLANNING.cited_as,
            provision: "minimum allocations that must be pooled by each ICB into the BCF, per financial year",
            url: NHSE_URL,
        },
        applies: BCF,
        docs: Docs {
            what: "For each `bcf.figures` entry, adds the `nhs_minimum` contributions that ICB (or CCG) parties make to the year's pool and checks they reach `nhs_minimum_allocation`, the published allocation the user states. A year with no stated allocation is a warning: jointly does not ship the allocations.",
            why: "NHS England publishes the \"Minimum allocations that must be pooled by each ICB into the BCF\". A pool below it breaks a condition of the funding.",
            example: "bcf:\n  figures:\n    - financial_year: 2025-26\n      nhs_minimum_allocation: 20000000\n      source: NHS England BCF allocations 2025-26",
        },
        check: money::nhs_minimum,
    },
    Rule {
        id: "BCF-NHSMIN-ASC",
        name: "bcf-social-care-contribution-not-maintained",
        summary: "Out of the NHS minimum, at least the year's published NHS minimum contribution to adult social care is spent on adult social care.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[sources::BCF_1719_ANNEX_B, sources::ESX_HWB_BCF],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "national condition: maintaining the NHS minimum contribution to adult social care (2017-19 Annex B condition 2; 2025-26 national condition three)",
            url: NHSE_URL,
        },
        applies: BCF,
        docs: Docs {
            what: "For each `bcf.figures` entry, checks that `adult_social_care_planned` reaches `adult_social_care_minimum`, both as the user states them from the year's published figures. A year that states neither is a warning.",
            why: "Every framework since 2017-19 has made maintaining the NHS contribution to adult social care a national condition (2017-19 Annex B: \"NHS contribution to adult social care is maintained in line with inflation\"; 2025-26 national condition three: \"including maintaining the NHS minimum contribution to adult social care\"). The per-area figures are published each year; jointly does not ship them.",
            example: "bcf:\n  figures:\n    - financial_year: 2025-26\n      adult_social_care_minimum: 7000000\n      adult_social_care_planned: 7200000",
        },
        check: money::adult_social_care,
    },
    Rule {
        id: "BCF-NC-JOINTPLAN",
        name: "bcf-plan-not-jointly-agreed",
        summary: "The BCF plan is jointly agreed by every ICB (or CCG) and local authority party.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[
            sources::BCF_1719_ANNEX_B,
            sources::CMM_1719,
            sources::BCF_PF_2325,
        ],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "national condition 1, plans to be jointly agreed (every year)",
            url: PF_2325_URL,
        },
        applies: BCF,
        docs: Docs {
            what: "Checks that `bcf.plan.agreed_by` lists every ICB, CCG and local authority party by `id`, and names no id that is not a party.",
            why: "National condition 1 in every year: \"Plans to be jointly agreed\" (2017-19 Annex B; 2025-26 national condition one); the 2023 to 2025 framework requires ICBs and local government \"to agree a joint plan\".",
            example: "bcf:\n  plan:\n    agreed_by: [icb, council]",
        },
        check: checks::joint_plan,
    },
    Rule {
        id: "BCF-HWB-SIGNOFF",
        name: "bcf-plan-not-approved-by-hwb",
        summary: "The health and wellbeing board signs off the BCF plan; its approval may follow the national submission deadline only where the year's framework allows.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[sources::BCF_2627, sources::HCAUK_2526, sources::NTYNE_24],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "plans agreed by health and wellbeing boards (2026 to 2027 framework; 2025 to 2026 framework)",
            url: BCF_2627_URL,
        },
        applies: BCF,
        docs: Docs {
            what: "Checks that `bcf.plan.hwb_approved` gives the date the health and wellbeing board approved the plan, and warns when it falls after the year's plan submission deadline and the year's parameters do not say late approval was allowed.",
            why: "2026-27: \"Plans will need to be developed collaboratively and agreed by health and wellbeing boards as in previous years.\" 2025-26: \"Local authorities and ICBs must jointly agree on a plan, signed off by the Health and Wellbeing Board (HWB)\". The 2024-25 framework \"allowed for Health and Wellbeing Boards to formally approve the planning submission after the national submission deadline\".",
            example: "bcf:\n  plan:\n    agreed_by: [icb, council]\n    hwb_approved: 2025-03-26\n    hwb_reference: minute 12",
        },
        check: checks::hwb_signoff,
    },
    Rule {
        id: "BCF-HWB-ROLE",
        name: "hwb-is-a-party",
        summary: "The health and wellbeing board owns the BCF plan but is not a party to the section 75 agreement.",
        group: Group::Guidance,
        label: Label::Verified,
        sources: &[sources::BCF_PF_2325],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "2023 to 2025 framework, introduction (a joint plan owned by the health and wellbeing board)",
            url: PF_2325_URL,
        },
        applies: BCF,
        docs: Docs {
            what: "Warns when a party's name is one of `bcf.health_and_wellbeing_boards`, or names a health and wellbeing board, and when the block names no board.",
            why: "The plan is \"owned by the health and wellbeing board\", which oversees it; the board is a committee of the council, not a body that can be a partner under s75. The parties are the ICB(s) and the council(s).",
            example: "bcf:\n  health_and_wellbeing_boards:\n    - Westshire Health and Wellbeing Board\nparties:\n  - {id: icb, type: integrated_care_board}\n  - {id: council, type: unitary_authority}",
        },
        check: checks::hwb_role,
    },
    Rule {
        id: "BCF-PARTIES",
        name: "bcf-party-missing",
        summary: "A Better Care Fund agreement is made between the ICB(s) (CCGs before 1 July 2022) and the upper-tier or unitary council of the health and wellbeing board's area.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::BCF_PF_2325, sources::NHS_BODY_DATES],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "2023 to 2025 framework, introduction (ICBs and local government agree a joint plan governed by a s75 agreement); SI 2022/634 (ICBs from 1 July 2022)",
            url: PF_2325_URL,
        },
        applies: BCF,
        docs: Docs {
            what: "For each of `bcf.financial_years`, checks that a party is the NHS commissioner the year needs: an integrated care board for a year that runs past 30 June 2022, a clinical commissioning group for a year that starts before 1 July 2022 (2022-23 takes either). Checks too that a party is a local authority, and that at least one local authority party can be an upper-tier or unitary council: a `shire_district_council` alone cannot be the council of a health and wellbeing board's area.",
            why: "The 2023 to 2025 framework requires \"integrated care boards (ICBs) and local government to agree a joint plan, owned by the health and wellbeing board (HWB), governed by an agreement under section 75\". CCGs were abolished and ICBs established on 1 July 2022 (SI 2022/634), so the NHS party depends on the pool's year. The board belongs to the upper-tier or unitary council; several ICBs may be parties (North Yorkshire's BCF is \"a partnership between the Council and the three Integrated Care Boards\").",
            example: "parties:\n  - {id: council, type: unitary_authority}\n  - {id: icb, type: integrated_care_board}\nbcf:\n  financial_years: [2025-26]",
        },
        check: parties::parties,
    },
    Rule {
        id: "BCF-IBCF-GRANT",
        name: "la-grant-shown-as-nhs-contribution",
        summary: "The improved Better Care Fund (later Local Authority Better Care) grant is paid to the council and is a local authority contribution, never an ICB's.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::IBCF_GD_2324, sources::IBCF_GD_2425],
        citation: Citation {
            instrument: instruments::IBCF_DETERMINATION.cited_as,
            provision: "grant determinations No 31/6644 and No 31/7245 (2023-24 and 2024-25), made under s31 Local Government Act 2003",
            url: "https://www.gov.uk/government/publications/improved-better-care-fund-grant-determination-2024-to-2025/improved-better-care-fund-grant-determination-2024-to-2025",
        },
        applies: BCF,
        docs: Docs {
            what: "Checks that every pool contribution with `stream: ibcf` or `stream: la_better_care_grant` comes from a local authority party. The grant determination's reference and its Annex B conditions are not checked.",
            why: "The grant is determined \"in exercise of the powers conferred by section 31 of the Local Government Act 2003\", which pays grants to local authorities, and \"will be paid in monthly instalments\" to them; in the pool it is the council's contribution. Shown as an ICB's, it would be counted as NHS money and the NHS minimum would look larger than it is.",
            example: "contributions:\n  - {party: icb, amount: 20000000, stream: nhs_minimum}\n  - {party: council, amount: 8000000, stream: ibcf}",
        },
        check: parties::ibcf_grant,
    },
    Rule {
        id: "BCF-2324-ADF",
        name: "discharge-fund-part-missing",
        summary: "In the years discharge funding is a stream of its own (2023-24 and 2024-25), the pool holds both its ICB part and its local authority part.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[sources::NHSE_BCF, sources::ESX_HWB_2325],
        citation: Citation {
            instrument: instruments::NHSE_BCF_PLANNING.cited_as,
            provision: "2023 to 2025 additional discharge funding (an ICB part and a local authority part, pooled in the BCF)",
            url: NHSE_URL,
        },
        applies: BCF,
        docs: Docs {
            what: "For each of `bcf.financial_years` whose parameters say discharge funding is a stream of its own (`discharge_fund_separate`: 2023-24 and 2024-25), and whose pool holds some `stream: discharge_fund` money, checks that both an NHS (ICB) party and a local authority party contribute to it. A pool with no discharge funding at all is BCF-STREAMS-CORE's finding. The fortnightly reporting on the fund is not checked.",
            why: "NHS England: the additional discharge funding was \"£600 million (£300 million for ICBs, £300 million for local councils)\"; \"For the next two years, the Additional Discharge Funding to enhance community and social care capacity is also required to be included in the BCF pooled budget arrangements\" (East Sussex HWB, 2023). From 2025-26 it is no longer ring-fenced.",
            example: "contributions:\n  - {party: icb, amount: 1000000, stream: discharge_fund}\n  - {party: council, amount: 1000000, stream: discharge_fund}",
        },
        check: parties::discharge_fund,
    },
    Rule {
        id: "BCF-DFG-PASS",
        name: "dfg-not-passed-to-districts",
        summary: "In a two-tier area the county passes the Disabled Facilities Grant to the district (housing) councils.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[sources::HLIN_DFG],
        citation: Citation {
            instrument: instruments::DFG_DETERMINATION.cited_as,
            provision: "2017 condition: upper-tier authorities pass the DFG down in full to their lower tiers (later years not verified)",
            url: "https://www.housinglin.org.uk/Topics/type/Better-Care-Fund/",
        },
        applies: BCF,
        docs: Docs {
            what: "When a party is a shire county council and the pool holds a `dfg` contribution, checks that `bcf.dfg_passed_to` names the district councils the grant is passed to. An unverified warning: the condition was read only for 2017.",
            why: "The 2017 DFG grant determination \"contains a condition which stipulates upper tier authorities in two tier areas must pass the DFG funding down in full to their lower tiers\": the districts are the housing authorities that pay the grants. Whether later determinations keep the condition was not read.",
            example: "bcf:\n  dfg_passed_to:\n    - Northtown District Council\n    - Southvale District Council",
        },
        check: checks::dfg_pass,
    },
    Rule {
        id: "CA2014-121-BASIS",
        name: "bcf-mandate-route-not-recited",
        summary: "Before 2023-24 the NHS minimum rested on the mandate route: s223B(6) to (8) and s223GA NHS Act 2006, inserted by s121 Care Act 2014.",
        group: Group::Recital,
        label: Label::Verified,
        sources: &[sources::CARE_ACT_2014_S121],
        citation: Citation {
            instrument: instruments::CARE_ACT_2014.cited_as,
            provision: "s121 (NHS Act 2006 s223B(6) to (8) and s223GA(1) to (2)) (2015-16 to 2022-23)",
            url: "https://www.legislation.gov.uk/ukpga/2014/23/part/4/enacted?view=interweave",
        },
        applies: BCF,
        docs: Docs {
            what: "For a BCF year before 2023-24, warns when `bcf.directions` does not record the power the NHS minimum rests on (NHS England's direction under s223GA NHS Act 2006 of a \"designated amount\").",
            why: "s223GA(1): \"the Board may direct a clinical commissioning group that an amount (a 'designated amount') … is to be used for purposes relating to service integration\"; the agreement should say which power its NHS money is pooled under. The rest of s223GA (conditions, withholding) was not read.",
            example: "bcf:\n  financial_years: [2019-20]\n  directions: NHS England direction under s223GA NHS Act 2006 (designated amount)",
        },
        check: checks::mandate_route,
    },
    Rule {
        id: "HCA2022-BCF-BASIS",
        name: "bcf-directions-not-recited",
        summary: "From 2023-24 the NHS minimum rests on the NHS (Expenditure on Service Integration) Directions, not the mandate route of s223B/s223GA NHS Act 2006.",
        group: Group::Recital,
        label: Label::Verified,
        sources: &[sources::HCB_FS, sources::BCF_PF_2325_LAND],
        citation: Citation {
            instrument: instruments::HEALTH_AND_CARE_ACT_2022.cited_as,
            provision: "power to direct NHS England to ring-fence an amount for service integration; National Health Service (Expenditure on Service Integration) Directions 2023 and later",
            url: "https://gov.uk/government/publications/health-and-care-bill-factsheets/d1fdf80a-e872-4288-839f-7aefe89316c1",
        },
        applies: BCF,
        docs: Docs {
            what: "For a BCF year from 2023-24, warns when `bcf.directions` is missing or does not name the Expenditure on Service Integration Directions (giving the year's name from jointly's parameters where it has one). For earlier years the mandate route (s223B and s223GA NHS Act 2006, inserted by s121 Care Act 2014) is accepted.",
            why: "The Health and Care Act 2022 put in place \"a new power allowing the Secretary of State to direct NHS England to ring-fence an amount of its annual allotment for service integration\"; the 2023 to 2025 framework names the \"National Health Service (Expenditure on Service Integration) Directions 2023\". A recital citing only s223GA describes a route that no longer applies. What the Directions require was not read, so this is a warning.",
            example: "bcf:\n  directions: National Health Service (Expenditure on Service Integration) Directions 2023",
        },
        check: checks::directions,
    },
    Rule {
        id: "BCF-2324-DL",
        name: "bcf-2023-24-signed-late",
        summary: "The 2023-25 BCF section 75 agreement is signed by 31 October 2023.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[sources::NTYNE_23],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "2023 to 2025 planning requirements: s75 agreements signed by 31 October 2023 (2023-24)",
            url: PF_2325_URL,
        },
        applies: bcf_year(2023),
        docs: Docs {
            what: "For a BCF agreement covering 2023-24, checks the date `made` against the year's section 75 deadline in jointly's parameters (31 October 2023). Unverified: one council paper states the deadline.",
            why: "\"All such agreements nationally must be signed and in place by 31 October 2023.\" (North Tyneside Cabinet, 2023.)",
            example: "agreement:\n  made: 2023-10-20\nbcf:\n  financial_years: [2023-24, 2024-25]",
        },
        check: checks::deadline_2324,
    },
    Rule {
        id: "BCF-2425-DL",
        name: "bcf-2024-25-signed-late",
        summary: "The 2024-25 BCF section 75 agreement is in place by 30 September 2024.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[sources::NTYNE_24],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "Addendum to the 2023 to 2025 framework: s75 agreement in place by 30 September 2024 (2024-25)",
            url: "https://www.gov.uk/government/publications/better-care-fund-policy-framework-2023-to-2025/addendum-to-the-2023-to-2025-better-care-fund-policy-framework-and-planning-requirements",
        },
        applies: bcf_year(2024),
        docs: Docs {
            what: "For a BCF agreement covering 2024-25, checks the date `made` against the year's section 75 deadline in jointly's parameters (30 September 2024). Unverified: one council paper states the deadline.",
            why: "\"A section 75 agreement must also be prepared and agreed for 2024/25\" and \"this must be in place by 30 September 2024\" (North Tyneside Cabinet, 2024).",
            example: "agreement:\n  made: 2024-09-12\nbcf:\n  financial_years: [2024-25]",
        },
        check: checks::deadline_2425,
    },
    Rule {
        id: "BCF-2526-DL",
        name: "bcf-2025-26-deadline",
        summary: "The 2025-26 BCF plan is submitted by 31 March 2025; the section 75 deadline for 2025-26 is an input jointly does not know.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[sources::NYORKS_25],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "2025 to 2026 planning requirements: final plan submission 31 March 2025; s75 deadline not verified (2025-26)",
            url: "https://www.gov.uk/government/publications/better-care-fund-policy-framework-2025-to-2026",
        },
        applies: bcf_year(2025),
        docs: Docs {
            what: "For a BCF agreement covering 2025-26, checks `bcf.plan.submitted` against the plan deadline, and the date `made` against the section 75 deadline when a parameters file gives one; without one, warns that the deadline could not be checked.",
            why: "\"A final submission date … to 31 March 2025 for 2025/26\" (North Yorkshire HWB, 16 May 2025). No stored source gives the 2025-26 section 75 deadline, so jointly says so rather than pass it.",
            example: "bcf:\n  financial_years: [2025-26]\n  plan:\n    submitted: 2025-03-31",
        },
        check: checks::deadline_2526,
    },
    Rule {
        id: "BCF-2627-FRAMEWORK",
        name: "bcf-2026-27-conditions-not-encoded",
        summary: "2026-27 BCF plans are checked against the Better Care Fund framework 2026 to 2027; its national conditions, metrics and deadlines are inputs jointly does not ship.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::BCF_2627],
        citation: Citation {
            instrument: instruments::BCF_FRAMEWORK.cited_as,
            provision: "Better Care Fund framework 2026 to 2027 (planning requirements, national conditions for expenditure and legal framework) (2026-27)",
            url: BCF_2627_URL,
        },
        applies: bcf_year(2026),
        docs: Docs {
            what: "For a BCF agreement covering 2026-27, checks the date `made` against the section 75 deadline when a parameters file gives one, and otherwise warns that the year's national conditions and deadline are not encoded, so they were not checked.",
            why: "The framework \"constitutes the formal planning requirements, national conditions for expenditure and legal framework for the Better Care Fund for 2026 to 2027\"; only its landing page was read, so the conditions themselves are inputs.",
            example: "# a parameters file (--bcf-years) giving the 2026-27 deadline\n[years.\"2026-27\"]\ns75_deadline = { value = 2026-09-30, label = \"S\", sources = [\"ICB-LETTER\"] }",
        },
        check: checks::framework_2627,
    },
];
