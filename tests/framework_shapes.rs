//! The framework shapes added after v1's first release: delegations by several bodies jointly,
//! resources for the whole agreement, aligned budgets with several amounts and a total, a
//! stated total across pools, and a legal basis per scheme. Each test asserts the rule, the
//! message, the help and the location, and the drafted sentence.

mod common;

use common::{draft, load, of, problems, run};

use jointly::rules::{Finding, Severity};
use jointly::spec::Problem;

const PARTIES: &str = "parties:
  - id: icb
    type: integrated_care_board
    name: NHS Westshire ICB
    signatory: {position: Chief Executive}
  - id: nhse
    type: nhs_england
    name: NHS England
    signatory: {position: Regional Director}
  - id: council
    type: county_council
    name: Westshire County Council
    signatory: {position: Chief Executive}
";

/// A spec: the agreement's extra lines, then the parties, then `rest` (top-level keys).
fn spec(agreement: &str, rest: &str) -> String {
    format!(
        "jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\n  commencement: 2024-04-01\n  expiry: 2027-03-31\n{agreement}{PARTIES}{rest}"
    )
}

/// The one finding at `pointer`.
fn at<'a>(found: &'a [Finding], pointer: &str) -> &'a Finding {
    let hits: Vec<&Finding> = found.iter().filter(|f| f.pointer == pointer).collect();
    assert_eq!(hits.len(), 1, "at {pointer}: {found:#?}");
    hits[0]
}

/// Asserts what a finding says and where: its rule, message, help and (line, column).
fn assert_finding(hit: &Finding, rule: &str, message: &str, help: &str, at: (u32, u32)) {
    let span = (hit.span.line, hit.span.column);
    assert_eq!(
        (hit.rule.id, hit.message.as_str(), hit.help.as_deref(), span),
        (rule, message, Some(help), at)
    );
}

/// Asserts what a load problem says and where: its message, help, pointer and (line, column).
fn assert_problem(problem: &Problem, message: &str, help: &str, pointer: &str, at: (u32, u32)) {
    let span = (problem.span.line, problem.span.column);
    assert_eq!(
        (
            problem.message.as_str(),
            problem.help.as_deref(),
            problem.pointer.as_deref(),
            span
        ),
        (message, Some(help), Some(pointer), at)
    );
}

/// Schemes `ld` and `mh`, each with a pool the council hosts, and the ICB's and the council's
/// contributions to each: `[ld_icb, ld_council, mh_icb, mh_council]`.
fn two_pools([ld_icb, ld_council, mh_icb, mh_council]: [&str; 4]) -> String {
    let pool = |id: &str, icb: &str, council: &str| {
        format!(
            "  - id: {id}\n    pooled_fund:\n      host: council\n      contributions:\n        - {{party: icb, amount: {icb}}}\n        - {{party: council, amount: {council}}}\n"
        )
    };
    format!(
        "schemes:\n{}{}",
        pool("ld", ld_icb, ld_council),
        pool("mh", mh_icb, mh_council)
    )
}

const JOINT: &str = "schemes:
  - id: ld
    delegations:
      - direction: nhs_to_la
        nature: commissioning
        from: [icb, nhse]
        to: council
        payments:
          - {from: icb, amount: 1000}
          - {from: nhse, amount: 500}
";

#[test]
fn two_bodies_delegate_jointly_and_each_is_checked() {
    let (_, checked) = run(&spec("", JOINT));
    let found = &checked.findings;
    // Both delegating bodies are NHS bodies and both pay: nothing about either.
    assert!(of(found, "REG617-9-1").is_empty(), "{found:#?}");
    let payments = of(found, "REG617-9-3-b");
    assert_eq!(payments.len(), 1, "{found:#?}");
    assert_eq!(
        payments[0].message,
        "the delegation from `icb` and `nhse` to `council` does not say how payments may be varied"
    );
    let monitoring = &of(found, "REG617-9-3-g")[0];
    assert_eq!(
        monitoring.help.as_deref(),
        Some(
            "add `monitoring:` saying how `icb` and `nhse` monitor the exercise of their functions"
        )
    );

    // A council among the delegating bodies is reported at its list item.
    let wrong = spec("", &JOINT.replace("[icb, nhse]", "[icb, council]"));
    let (_, checked) = run(&wrong);
    let hit = at(&checked.findings, "/schemes/0/delegations/0/from/1");
    assert_eq!(hit.severity, Severity::Error);
    assert_finding(
        hit,
        "REG617-9-1",
        "`council` is not an NHS body, but this delegation's direction needs an NHS body here",
        "`nhs_to_la`: an NHS body delegates to a local authority (reg 9); `la_to_nhs`: a local authority delegates to an NHS body (reg 8)",
        (24, 21),
    );

    // A payment from the body exercising the functions is from none of them.
    let paid_by_council = spec(
        "",
        &JOINT.replace("{from: nhse, amount: 500}", "{from: council, amount: 500}"),
    );
    let (_, checked) = run(&paid_by_council);
    let hit = at(
        &checked.findings,
        "/schemes/0/delegations/0/payments/1/from",
    );
    assert_finding(
        hit,
        "REG617-9-3-b",
        "the payment is from `council`, not from any of the delegating partners `icb` and `nhse`",
        "payments under a delegation are made by the partner whose functions are delegated; record other money under the scheme's `other_funding`",
        (28, 14),
    );
}

#[test]
fn a_joint_delegation_is_drafted_as_the_bodies_delegating_jointly() {
    let markdown = draft(&spec("", JOINT));
    assert!(
        markdown.contains("NHS Westshire ICB and NHS England (jointly) delegate their NHS Functions to Westshire County Council, which exercises them as Lead Commissioner (regulation 9 of the Regulations)."),
        "{markdown}"
    );
    // One body still reads as before.
    let single = draft(&spec(
        "",
        &JOINT
            .replace("[icb, nhse]", "icb")
            .replace("          - {from: nhse, amount: 500}\n", ""),
    ));
    assert!(
        single.contains("Westshire County Council exercises NHS Functions of NHS Westshire ICB as Lead Commissioner"),
        "{single}"
    );
}

#[test]
fn an_unknown_or_repeated_delegating_body_stops_the_load_at_its_item() {
    let error = problems(spec("", &JOINT.replace("[icb, nhse]", "[icb, nsHe]")).as_bytes());
    assert_eq!(error.problems.len(), 1, "{:#?}", error.problems);
    assert_problem(
        &error.problems[0],
        "`nsHe` is not the id of any party",
        "did you mean `nhse`? The party ids are `icb`, `nhse`, `council`",
        "/schemes/0/delegations/0/from/1",
        (24, 21),
    );

    let error = problems(spec("", &JOINT.replace("[icb, nhse]", "[icb, icb]")).as_bytes());
    assert_problem(
        &error.problems[0],
        "`icb` is named twice among the bodies that delegate",
        "name each delegating party once in `from`",
        "/schemes/0/delegations/0/from/1",
        (24, 21),
    );
}

/// Resources for the whole agreement, and two pools, the second with resources of its own.
fn shared() -> String {
    format!(
        "resources:
  - {{party: council, staff: Joint commissioning team, goods: none, services: none, accommodation: County Hall}}
  - {{party: icb, staff: Two commissioning leads, goods: none, services: none, accommodation: none}}
{}    resources:
      - {{party: council, staff: Approved mental health professionals}}
",
        two_pools(["1000", "500", "2000", "700"])
    )
}

#[test]
fn resources_for_the_whole_agreement_meet_the_requirement_for_schemes_without_their_own() {
    let (_, checked) = run(&spec("", &shared()));
    let found = of(&checked.findings, "REG617-7-3-e");
    // Scheme `ld` relies on the shared list, which covers both partners; scheme `mh` has its
    // own list, which misses the ICB.
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].pointer, "/schemes/1/resources");
    assert_eq!(
        found[0].message,
        "scheme `mh` does not say what `icb` provides"
    );

    // Without the ICB in the shared list, the scheme relying on it is reported at the scheme.
    let short = shared().replace(
        "  - {party: icb, staff: Two commissioning leads, goods: none, services: none, accommodation: none}\n",
        "",
    );
    let (_, checked) = run(&spec("", &short));
    assert_finding(
        at(&checked.findings, "/schemes/0/resources"),
        "REG617-7-3-e",
        "scheme `ld` relies on the agreement's `resources`, which do not say what `icb` provides",
        "add `{party: icb, staff: ..., goods: ..., services: ..., accommodation: ...}` to the top-level `resources` (or give the scheme `resources` of its own), writing `none` where it provides nothing of a kind",
        (22, 5),
    );
}

#[test]
fn shared_resources_are_drafted_once_and_referred_to() {
    let markdown = draft(&spec("", &shared()));
    assert_eq!(
        markdown.matches("| Joint commissioning team |").count(),
        1,
        "{markdown}"
    );
    assert!(
        markdown.contains("For this Agreement as a whole, and for every Scheme whose Schedule sets out none of its own, the Partners provide the following staff, goods, services and accommodation:"),
        "{markdown}"
    );
    let schedule_1 =
        &markdown[markdown.find("## Schedule 1").unwrap()..markdown.find("## Schedule 2").unwrap()];
    assert!(
        schedule_1.contains("The staff, goods, services and accommodation the Partners provide for this Agreement as a whole, set out in clause "),
        "{schedule_1}"
    );
    assert!(!schedule_1.contains("[unknown clause]"), "{schedule_1}");
    let schedule_2 = &markdown[markdown.find("## Schedule 2").unwrap()..];
    assert!(
        schedule_2.contains("| Approved mental health professionals |"),
        "{schedule_2}"
    );
}

const ALIGNED: &str = "schemes:
  - id: community
    other_funding:
      - kind: aligned_budget
        description: Sirona Care and Health contract
        party: council
        amounts:
          - {party: council, amount: 18441, financial_year: 2012/13}
          - {party: icb, amount: 25397, financial_year: 2012/13}
        total: 43838
";

#[test]
fn an_aligned_budget_gives_its_holder_amounts_and_total_in_the_spec_unit() {
    let document = load(&spec("  money_unit: thousands\n", ALIGNED));
    let funding = &document.spec.schemes[0].other_funding[0];
    assert_eq!(funding.total.unwrap().to_string(), "£43,838,000.00");
    assert_eq!(funding.amounts[1].amount.to_string(), "£25,397,000.00");
    assert_eq!(funding.party.as_deref(), Some("council"));
    let (_, checked) = run(&spec("  money_unit: thousands\n", ALIGNED));
    // Aligned money is not a pool: no pool rule applies to it.
    assert!(
        checked
            .findings
            .iter()
            .all(|f| !f.rule.id.starts_with("REG617-7")),
        "{:#?}",
        checked.findings
    );

    let markdown = draft(&spec("  money_unit: thousands\n", ALIGNED));
    assert!(
        markdown.contains("| Aligned budget held by Westshire County Council | Sirona Care and Health contract | – | – | – | £43,838,000.00 |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| NHS Westshire ICB | – | 2012/13 | £25,397,000.00 |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| **Total** | | | **£43,838,000.00** |"),
        "{markdown}"
    );
}

#[test]
fn an_aligned_total_its_amounts_do_not_make_stops_the_load() {
    let wrong = spec(
        "  money_unit: thousands\n",
        &ALIGNED.replace("total: 43838", "total: 43839"),
    );
    let error = problems(wrong.as_bytes());
    assert_eq!(error.problems.len(), 1, "{:#?}", error.problems);
    assert_problem(
        &error.problems[0],
        "the aligned budget's amounts add up to £43,838,000.00, but its stated total is £43,839,000.00 (£1,000.00 less; compared to the penny, as no `rounded_to` unit is given)",
        "correct the total or the amounts so that they agree to the penny; if the agreement states the total rounded (e.g. in £k), say so with `rounded_to` (e.g. `rounded_to: 1000`)",
        "/schemes/0/other_funding/0/total",
        (29, 16),
    );

    // Within half the stated rounding unit, it loads.
    let rounded = ALIGNED.replace("total: 43838", "total: 43800\n        rounded_to: 100");
    load(&spec("  money_unit: thousands\n", &rounded));

    // `amounts` on money that is not an aligned budget, and an entry with no amount at all.
    let s256 = ALIGNED.replace("kind: aligned_budget", "kind: s256_payment");
    let error = problems(spec("", &s256).as_bytes());
    let messages: Vec<&str> = error.problems.iter().map(|p| p.message.as_str()).collect();
    assert!(
        messages.contains(
            &"`amounts` is given only for an aligned budget, but this entry is `kind: s256_payment`"
        ),
        "{messages:#?}"
    );
    let none = "schemes:\n  - id: x\n    other_funding:\n      - {kind: s256_payment, from: icb}\n";
    let error = problems(spec("", none).as_bytes());
    assert_problem(
        &error.problems[0],
        "this `other_funding` entry states no `amount`",
        "add `amount:` in pounds (or in the agreement's `money_unit`)",
        "/schemes/0/other_funding/0/amount",
        (22, 9),
    );
}

#[test]
fn a_stated_total_across_pools_is_checked_within_its_rounding() {
    // 27.6 + 31.8 + 10.04 + 2 = 71.44 (£m): 71.4 to £0.1m is within £50,000.
    let pools = two_pools(["27.6", "31.8", "10.04", "2"]);
    let fine = spec(
        "  money_unit: millions\n  pooled_total: {amount: 71.4, rounded_to: 0.1}\n",
        &pools,
    );
    let (_, checked) = run(&fine);
    assert!(
        checked
            .findings
            .iter()
            .all(|f| !f.pointer.starts_with("/agreement/pooled_total")),
        "{:#?}",
        checked.findings
    );

    let wrong = spec(
        "  money_unit: millions\n  pooled_total: {amount: 71.5, rounded_to: 0.1}\n",
        &pools,
    );
    let (_, checked) = run(&wrong);
    let hit = at(&checked.findings, "/agreement/pooled_total/amount");
    assert_eq!(hit.severity, Severity::Error);
    assert_finding(
        hit,
        "REG617-7-1-POOL",
        "the contributions to the agreement's 2 pooled funds add up to £71,440,000.00, but its stated `pooled_total` is £71,500,000.00 (£60,000.00 less; more than half the rounding unit of £100,000.00 given by `rounded_to`)",
        "correct `pooled_total` or the pools' contributions: a total rounded to £100,000.00 may differ from the sum by at most £50,000.00",
        (7, 18),
    );

    let markdown = draft(&fine);
    assert!(
        markdown.contains("The Pooled Funds together total £71,400,000.00, rounded to the nearest £100,000.00, the sum of the contributions set out in the Schedules."),
        "{markdown}"
    );
}

#[test]
fn a_scheme_under_another_basis_is_checked_by_that_basis_rules_only() {
    let framework = "schemes:
  - id: adults
    pooled_fund: {host: council}
  - id: children
    legal_basis: children_act_2004_s10
    pooled_fund: {host: council}
    delegations:
      - {direction: nhs_to_la, nature: commissioning, from: icb, to: council}
";
    let (_, checked) = run(&spec("", framework));
    let found = &checked.findings;
    // The s75 pool rules report on the s75 scheme, not the s10 one.
    let aims = of(found, "REG617-7-3-a");
    assert!(!aims.is_empty(), "{found:#?}");
    assert!(
        aims.iter().all(|f| f.pointer.starts_with("/schemes/0/")),
        "{aims:#?}"
    );
    assert!(
        found
            .iter()
            .filter(|f| f.rule.id.starts_with("REG617-"))
            .all(|f| !f.pointer.starts_with("/schemes/1")),
        "{found:#?}"
    );
    // The s10 rules apply to the s10 scheme.
    assert_finding(
        at(found, "/schemes/1/delegations/0"),
        "CA2004-10-NODELEG",
        "scheme `children` delegates functions from `icb` to `council`, but s10 Children Act 2004 gives no power for one partner to exercise another partner's functions",
        "a delegation between an NHS body and a local authority needs s75 NHS Act 2006: make it under a separate agreement on that basis, or remove it; under s10 the partners may pool funds and provide staff, goods, services or accommodation, but each exercises only its own functions",
        (26, 9),
    );

    let markdown = draft(&spec("", framework));
    let schedule_2 = &markdown[markdown.find("## Schedule 2").unwrap()..];
    assert!(
        schedule_2.contains("The arrangements in this Scheme are made under section 10 of the Children Act 2004, not under the Act the rest of this Agreement is made under."),
        "{schedule_2}"
    );
    assert!(
        schedule_2.contains(
            "[Not drafted: Westshire County Council exercising functions of NHS Westshire ICB"
        ),
        "{schedule_2}"
    );
    let schedule_1 =
        &markdown[markdown.find("## Schedule 1").unwrap()..markdown.find("## Schedule 2").unwrap()];
    assert!(!schedule_1.contains("are made under"), "{schedule_1}");
}
