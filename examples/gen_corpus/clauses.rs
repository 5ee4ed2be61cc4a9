//! Clauses, by key: the first sentence of each is the lead; the others are added for longer
//! specs. Every checklist key and `variation` has sentences and a one-line clause.

use jointly::spec::{CHECKLIST, Clauses};

use crate::agreement::Shape;
use crate::fill::Words;
use crate::rng::Rng;

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

/// The sentences of a clause key, lead first.
fn sentences(key: &str) -> &'static [&'static str] {
    CLAUSES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, sentences)| *sentences)
        .unwrap_or_else(|| panic!("CLAUSES has no sentences for `{key}`"))
}

/// A clause for every checklist item, in the checklist's order, and `variation`.
pub fn clauses(rng: &mut Rng, shape: &Shape, words: &Words) -> Clauses {
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
