//! Facts the source does not state yet, written as such: `amount: unknown` (contributions,
//! delegation payments, other funding), `total: unknown` and `legal_basis: not_stated`. Each
//! loads, is reported as the gap it is at its own place, and is never read as zero or as s75.

mod common;

use common::{complete, findings, of, problems};

use jointly::render::{Templates, render};
use jointly::rules::{Severity, check, coverage};
use jointly::spec::{Amount, LegalBasis, load_bytes, to_yaml};

/// The complete sample with the council's contribution (line 89) not yet agreed.
fn council_contribution_unknown() -> String {
    complete().replace("amount: \"9,750,000.00\"", "amount: unknown")
}

/// The complete sample with its legal basis (line 10) not stated.
fn basis_not_stated() -> String {
    complete().replace("legal_basis: nhs_act_2006_s75", "legal_basis: not_stated")
}

/// The draft of a spec, with flags.
fn draft(yaml: &str) -> (jointly::rules::Checked, jointly::render::Draft) {
    let document = load_bytes("spec.yaml", yaml.as_bytes()).unwrap();
    let checked = check(&document);
    let draft = render(&document, &checked, &Templates::load(None).unwrap(), false).unwrap();
    (checked, draft)
}

#[test]
fn unknown_amounts_load_as_unknown_and_stated_ones_still_convert() {
    let text = council_contribution_unknown()
        .replace("total: 22250000", "total: unknown")
        .replace("amount: 400000", "amount: unknown")
        .replace(
            "            amount: 12500000",
            "            amount: unknown",
        )
        .replace(
            "jurisdiction: england",
            "jurisdiction: england\n  money_unit: thousands",
        )
        .replace("          amount: 12500000", "          amount: 12500");
    let document = load_bytes("spec.yaml", text.as_bytes()).unwrap();
    let scheme = &document.spec.schemes[0];
    let pool = scheme.pooled_fund.as_ref().unwrap();
    assert_eq!(pool.contributions[1].amount, Amount::Unknown);
    assert_eq!(pool.total, Some(Amount::Unknown));
    assert_eq!(scheme.delegations[0].payments[0].amount, Amount::Unknown);
    assert_eq!(scheme.other_funding[0].amount, Some(Amount::Unknown));
    // The unit converts the stated amount only.
    assert_eq!(
        pool.contributions[0].amount.stated().unwrap().to_string(),
        "£12,500,000.00"
    );
    // Written back, `unknown` stays `unknown`.
    let again = load_bytes(
        "again.yaml",
        to_yaml(&document.spec, "written back").as_bytes(),
    )
    .unwrap();
    let pool = again.spec.schemes[0].pooled_fund.as_ref().unwrap();
    assert_eq!(pool.contributions[1].amount, Amount::Unknown);
    assert_eq!(pool.total, Some(Amount::Unknown));
}

#[test]
fn another_word_for_an_amount_is_a_load_error_that_suggests_unknown() {
    for (word, column) in [("tbc", 19), ("TBC", 19), ("\"to be agreed\"", 19)] {
        let text = complete().replace("amount: \"9,750,000.00\"", &format!("amount: {word}"));
        let error = problems(text.as_bytes());
        assert_eq!(error.problems.len(), 1, "{:#?}", error.problems);
        let problem = &error.problems[0];
        let shown = word.trim_matches('"');
        assert_eq!(
            problem.message,
            format!("`{shown}` is not an amount of money")
        );
        assert!(
            problem
                .help
                .as_deref()
                .unwrap()
                .starts_with("write `unknown` if the amount is not yet agreed"),
            "{:?}",
            problem.help
        );
        assert_eq!((problem.span.line, problem.span.column), (89, column));
        assert_eq!(
            problem.pointer.as_deref(),
            Some("/schemes/0/pooled_fund/contributions/1/amount")
        );
    }
    let total = complete().replace("total: 22250000", "total: tba");
    let problem = &problems(total.as_bytes()).problems[0];
    assert_eq!(problem.message, "`tba` is not an amount of money");
    assert_eq!((problem.span.line, problem.span.column), (90, 14));
    // `rounded_to` is a unit, never unknown.
    let rounded = complete().replace(
        "total: 22250000",
        "total: 22250000\n      rounded_to: unknown",
    );
    let problem = &problems(rounded.as_bytes()).problems[0];
    assert_eq!(problem.message, "`unknown` is not an amount of money");
}

#[test]
fn an_unknown_contribution_is_reported_by_reg_7_3_b_at_its_amount() {
    let found = findings(&council_contribution_unknown());
    let gaps = of(&found, "REG617-7-3-b");
    assert_eq!(gaps.len(), 1, "{found:#?}");
    let gap = gaps[0];
    assert_eq!(
        gap.message,
        "the amount of `council`'s contribution to the pool of scheme `community-support` is not yet agreed (`unknown`)"
    );
    assert!(
        gap.help
            .as_deref()
            .unwrap()
            .starts_with("once the partners agree it, write the amount in place of `unknown`")
    );
    assert_eq!(gap.severity, Severity::Error);
    assert_eq!((gap.span.line, gap.span.column), (89, 11));
    // The stated total cannot be compared with a sum that has an unknown part: no finding,
    // the unknown part being reported already. The ICB pays, and the council may.
    assert!(of(&found, "REG617-7-1-POOL").is_empty(), "{found:#?}");
    assert!(of(&found, "REG617-7-1-BOTHSIDES").is_empty(), "{found:#?}");
    // Every other finding is about the unknown amount: nothing reads it as zero.
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn a_side_that_states_nothing_above_zero_is_still_reported_beside_an_unknown_amount() {
    let text = council_contribution_unknown().replace(
        "          amount: 12500000\n        - party: council",
        "          amount: 0\n        - party: council",
    );
    let found = findings(&text);
    let sides = of(&found, "REG617-7-1-BOTHSIDES");
    assert_eq!(sides.len(), 1, "{found:#?}");
    assert!(
        sides[0]
            .message
            .contains("no NHS body contributes more than nothing")
    );
}

#[test]
fn an_unknown_total_is_reported_by_reg_7_1_with_the_sum_it_could_be() {
    let text = complete().replace("total: 22250000", "total: unknown");
    let found = findings(&text);
    let totals = of(&found, "REG617-7-1-POOL");
    assert_eq!(totals.len(), 1, "{found:#?}");
    let total = totals[0];
    assert_eq!(
        total.message,
        "the total of the pool of scheme `community-support` is not yet agreed (`unknown`)"
    );
    assert_eq!(
        total.help.as_deref(),
        Some(
            "once the partners agree it, write the total in place of `unknown`: the contributions add up to `22,250,000.00`"
        )
    );
    assert_eq!((total.span.line, total.span.column), (90, 7));
    assert_eq!(total.severity, Severity::Error);
    // With a contribution unknown too, the help cannot name a sum.
    let both = council_contribution_unknown().replace("total: 22250000", "total: unknown");
    let found = findings(&both);
    let total = of(&found, "REG617-7-1-POOL")[0];
    assert_eq!(
        total.help.as_deref(),
        Some("once the partners agree the fund's size, write the total in place of `unknown`")
    );
    // And with no total at all, the help says how to write one not yet agreed.
    let none = council_contribution_unknown().replace("      total: 22250000\n", "");
    let found = findings(&none);
    let total = of(&found, "REG617-7-1-POOL")[0];
    assert_eq!(
        total.message,
        "the pool of scheme `community-support` states no total"
    );
    assert!(
        total
            .help
            .as_deref()
            .unwrap()
            .contains("write `total: unknown`")
    );
}

#[test]
fn contributions_too_large_to_add_are_a_finding_not_a_panic() {
    let huge = "79228162514264337593543950335";
    let text = complete()
        .replace(
            "amount: 12500000\n        - party: council",
            &format!("amount: {huge}\n        - party: council"),
        )
        .replace("amount: \"9,750,000.00\"", &format!("amount: {huge}"));
    let (checked, draft) = draft(&text);
    let found = of(&checked.findings, "REG617-7-1-POOL");
    assert_eq!(found.len(), 1, "{:#?}", checked.findings);
    assert_eq!(
        found[0].message,
        "the contributions to the pool of scheme `community-support` add up to more than jointly can hold exactly"
    );
    assert_eq!((found[0].span.line, found[0].span.column), (85, 7));
    assert!(!draft.html.contains("@@CHART"));
}

#[test]
fn an_unknown_payment_is_reported_by_reg_9_3_b_at_its_amount() {
    let text = complete().replace(
        "            amount: 12500000",
        "            amount: unknown",
    );
    let found = findings(&text);
    let gaps = of(&found, "REG617-9-3-b");
    assert_eq!(gaps.len(), 1, "{found:#?}");
    assert_eq!(
        gaps[0].message,
        "the amount of `icb`'s payment to `council` is not yet agreed (`unknown`)"
    );
    assert!(
        gaps[0]
            .help
            .as_deref()
            .unwrap()
            .contains("write the amount in place of `unknown`")
    );
    assert_eq!((gaps[0].span.line, gaps[0].span.column), (68, 13));
    assert_eq!(gaps[0].severity, Severity::Error);
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn a_draft_prints_unknown_amounts_as_to_be_agreed_and_flags_each_once() {
    let text = council_contribution_unknown()
        .replace("      total: 22250000\n", "")
        .replace("amount: 400000", "amount: unknown");
    let (checked, draft) = draft(&text);
    let markdown = &draft.markdown;
    assert!(
        markdown.contains("| Westshire County Council | [to be agreed] | – |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| **Total** | **[to be agreed]** | **–** |"),
        "{markdown}"
    );
    // No rule requires money outside a pool: its unknown amount is drafted as to be agreed
    // and flagged as a blank to fill, an error here as the agreement is final.
    assert!(
        markdown.contains("| 2024/25 | [to be agreed] |"),
        "{markdown}"
    );
    let blank: Vec<(&str, Severity, &str)> = checked
        .placeholders
        .iter()
        .map(|p| (p.pointer.as_str(), p.severity, p.message.as_str()))
        .collect();
    assert_eq!(
        blank,
        [(
            "/schemes/0/other_funding/0/amount",
            Severity::Error,
            "the agreement is final but `/schemes/0/other_funding/0/amount` is not yet agreed (`unknown`)"
        )]
    );
    assert_eq!(
        checked.placeholders[0].help,
        "once the partners agree the amount, write it in place of `unknown`"
    );
    assert_eq!(markdown.matches("(jointly-placeholder):**").count(), 1);
    assert!(
        !markdown.contains("£0.00"),
        "an unknown amount was drafted as zero"
    );
    for id in ["REG617-7-3-b", "REG617-7-1-POOL"] {
        let findings = of(&checked.findings, id).len();
        assert_eq!(findings, 1, "{:#?}", checked.findings);
        assert_eq!(
            markdown.matches(&format!("({id}):**")).count(),
            findings,
            "{id}"
        );
    }
    assert!(markdown.contains("is not yet agreed (`unknown`)"));
    // No chart of the known part, and no marker left behind.
    assert!(!draft.html.contains("@@CHART") && !draft.html.contains("<svg class=\"chart\""));
}

#[test]
fn a_basis_not_stated_is_an_error_at_the_basis_and_runs_no_basis_specific_rule() {
    let document = load_bytes("spec.yaml", basis_not_stated().as_bytes()).unwrap();
    assert_eq!(document.spec.agreement.legal_basis, LegalBasis::NotStated);
    let checked = check(&document);
    let basis = of(&checked.findings, "NHSA2006-75-BASIS");
    assert_eq!(basis.len(), 1, "{:#?}", checked.findings);
    assert_eq!(
        basis[0].message,
        "the agreement's legal basis is not stated (`not_stated`)"
    );
    let help = basis[0].help.as_deref().unwrap();
    for value in [
        "nhs_act_2006_s75",
        "health_act_1999_s31",
        "children_act_2004_s10",
    ] {
        assert!(help.contains(value), "{help}");
    }
    assert_eq!(basis[0].severity, Severity::Error);
    assert_eq!(basis[0].pointer, "/agreement/legal_basis");
    assert_eq!((basis[0].span.line, basis[0].span.column), (10, 3));
    // Rules of one basis (SI 2000/617, s10) are not run; rules of every basis are.
    let applied: Vec<&str> = checked.applied.iter().map(|r| r.id).collect();
    assert!(applied.contains(&"NHSA2006-75-BASIS"));
    assert!(
        applied.iter().any(|id| id.starts_with("GUIDE07-CL-")),
        "{applied:?}"
    );
    assert!(
        !applied
            .iter()
            .any(|id| id.starts_with("REG617-7") || id.starts_with("CA2004")),
        "{applied:?}"
    );
    assert!(coverage::relevant(&document.spec).contains(&"basis-not-stated"));
}

#[test]
fn a_draft_never_states_a_basis_the_spec_does_not_state() {
    let document = load_bytes("spec.yaml", basis_not_stated().as_bytes()).unwrap();
    let checked = check(&document);
    let templates = Templates::load(None).unwrap();
    // The clean copy is the agreement's own words: no flags, no completeness note. The
    // officer's own clause text names the regulations; jointly's own wording is tested.
    let clean = render(&document, &checked, &templates, true)
        .unwrap()
        .markdown
        .replace(
            "A pooled fund (regulation 7) and lead commissioning by the Council (regulation 9).",
            "",
        );
    for wording in [
        "section 75",
        "Section 75",
        "s75",
        "section 31",
        "Health Act 1999",
        "Children Act 2004",
        "the Regulations",
        "regulation 7",
        "Health-Related Functions",
    ] {
        assert!(
            !clean.contains(wording),
            "the draft says {wording}:\n{clean}"
        );
    }
    assert!(clean.contains(
        "The legal basis on which the Partners enter into these arrangements is [to be stated]."
    ));
    assert!(clean.contains("[Not drafted: Westshire County Council exercising functions of"));
    // With flags, the completeness note says what was not run, and the finding is flagged
    // once, in the Background.
    let markdown = render(&document, &checked, &templates, false)
        .unwrap()
        .markdown;
    assert!(markdown.contains("as an agreement under a legal basis the spec does not state"));
    assert!(markdown.contains("the spec does not state its legal basis"));
    let background = common::sections(&markdown)
        .into_iter()
        .find(|(heading, _)| heading == "Background")
        .unwrap()
        .1;
    assert_eq!(background.matches("(NHSA2006-75-BASIS):**").count(), 1);
    assert_eq!(of(&checked.findings, "NHSA2006-75-BASIS").len(), 1);
}

#[test]
fn the_dashboard_counts_unknown_amounts_apart_and_never_as_zero() {
    let text = council_contribution_unknown().replace("amount: 400000", "amount: unknown");
    let document = load_bytes("spec.yaml", text.as_bytes()).unwrap();
    let checked = check(&document);
    let entries = [jointly::portfolio::Entry {
        path: "spec.yaml".into(),
        outcome: jointly::portfolio::EntryOutcome::Checked {
            document: Box::new(document),
            checked: Box::new(checked),
        },
    }];
    let portfolio = jointly::portfolio::build(&entries, jiff::civil::date(2025, 1, 1));
    assert_eq!(portfolio.money.contributions_not_agreed, 1);
    assert_eq!(portfolio.money.other_funding_not_agreed, 1);
    assert_eq!(portfolio.summary.pooled_not_agreed, 1);
    // Only the ICB's stated £12,500,000 is in the sums.
    let by_year = &portfolio.summary.pooled_by_year;
    assert_eq!(by_year.len(), 1);
    assert_eq!(by_year[0].amount.0, rust_decimal::Decimal::from(12_500_000));
    let year = by_year[0].year.clone();
    let markdown = jointly::portfolio::to_markdown(&portfolio).unwrap();
    assert!(
        markdown.contains(&format!(
            "| Pooled money by financial year | {year}: £12,500,000.00, plus 1 contribution not yet agreed |"
        )),
        "{markdown}"
    );
    assert!(markdown.contains(
        "1 contribution not yet agreed (`unknown`) is in no sum here: none is counted as zero."
    ));
    assert!(
        markdown.contains("1 such entry (1 not yet agreed) is left out"),
        "{markdown}"
    );
    let html = jointly::portfolio::to_html(&portfolio).unwrap();
    assert!(html.contains("(plus 1 contribution not yet agreed)"));
    let json = jointly::portfolio::to_json(&portfolio);
    assert!(
        json.contains("\"contributions_not_agreed\": 1")
            || json.contains("\"contributions_not_agreed\":1")
    );
}
