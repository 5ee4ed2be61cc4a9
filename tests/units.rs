//! Amounts written in thousands or millions (`agreement.money_unit`, `pooled_fund.unit`) load
//! as exact pounds, so checks, reports and drafts work in and show full pound amounts.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::complete;

use jointly::render::{Templates, render};
use jointly::rules::check;
use jointly::spec::{Amount, Document, Money, load_bytes};

/// The complete sample with `money_unit` stated for the whole document.
fn with_money_unit(spec: &str, unit: &str) -> String {
    spec.replacen(
        "agreement:\n",
        &format!("agreement:\n  money_unit: {unit}\n"),
        1,
    )
}

/// The complete sample with its pool's `unit` and its pool amounts written in that unit.
fn with_pool_in(spec: &str, unit: &str, icb: &str, council: &str, total: &str) -> String {
    let pool = "          amount: 12500000\n        - party: council\n          amount: \"9,750,000.00\"\n      total: 22250000\n";
    assert!(spec.contains(pool));
    spec.replacen(
        "      contributions:\n",
        &format!("      unit: {unit}\n      contributions:\n"),
        1,
    )
    .replacen(
        pool,
        &format!(
            "          amount: {icb}\n        - party: council\n          amount: {council}\n      total: {total}\n"
        ),
        1,
    )
}

fn load(spec: &str) -> Document {
    load_bytes("spec.yaml", spec.as_bytes()).unwrap()
}

fn money(text: &str) -> Money {
    text.parse().unwrap()
}

fn pounds(text: &str) -> Amount {
    Amount::Stated(money(text))
}

fn pool_amounts(document: &Document) -> (Vec<Amount>, Option<Amount>) {
    let pool = document.spec.schemes[0].pooled_fund.as_ref().unwrap();
    (
        pool.contributions.iter().map(|c| c.amount).collect(),
        pool.total,
    )
}

fn draft(document: &Document) -> String {
    let checked = check(document);
    render(document, &checked, &Templates::load(None).unwrap(), false)
        .unwrap()
        .markdown
}

/// `jointly check --format json spec.yaml` run on `spec` in a scratch directory of its own.
fn check_json(name: &str, spec: &str) -> String {
    let dir: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("spec.yaml"), spec).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(["check", "--format", "json", "spec.yaml"])
        .current_dir(&dir)
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_pool_in_millions_adds_up_and_checks_and_drafts_as_the_same_pool_in_pounds() {
    let original = complete();
    let millions = with_pool_in(&original, "millions", "12.5", "\"9.75\"", "22.25");
    let document = load(&millions);
    assert_eq!(
        pool_amounts(&document),
        (
            vec![pounds("12500000"), pounds("9750000")],
            Some(pounds("22250000"))
        )
    );
    // Payments and other funding are in pounds: no document unit is stated.
    let scheme = &document.spec.schemes[0];
    assert_eq!(scheme.delegations[0].payments[0].amount, pounds("12500000"));
    assert_eq!(scheme.other_funding[0].amount, Some(pounds("400000")));
    assert_eq!(
        check_json("units-millions", &millions),
        check_json("units-pounds", &original)
    );
    assert_eq!(draft(&document), draft(&load(&original)));
}

#[test]
fn a_figure_in_millions_is_shown_as_its_full_pound_amount() {
    let spec = with_pool_in(&complete(), "millions", "\"13,245\"", "0", "\"13,245\"");
    let markdown = draft(&load(&spec));
    assert!(
        markdown.contains("£13,245,000,000.00"),
        "the draft's contributions show the amount in full pounds"
    );
    assert!(!markdown.contains("£13,245.00"));
}

#[test]
fn a_mismatch_in_millions_is_reported_in_pounds_in_json() {
    let spec = with_pool_in(&complete(), "millions", "12.5", "\"9.75\"", "22.3");
    let json = check_json("units-mismatch", &spec);
    assert!(
        json.contains("the contributions add up to £22,250,000.00, but the stated total is £22,300,000.00 (£50,000.00 less"),
        "{json}"
    );
    // Rounded to £0.1m, written in the pool's unit, the same figures agree.
    let rounded = spec.replacen(
        "      total: 22.3\n",
        "      total: 22.3\n      rounded_to: 0.1\n",
        1,
    );
    let document = load(&rounded);
    let pool = document.spec.schemes[0].pooled_fund.as_ref().unwrap();
    assert_eq!(pool.rounded_to, Some(money("100000")));
    assert!(!check_json("units-rounded", &rounded).contains("stated total"));
}

#[test]
fn a_pool_unit_overrides_the_document_unit_which_applies_to_other_money() {
    let original = complete();
    let spec = with_money_unit(&original, "millions");
    let spec = with_pool_in(&spec, "thousands", "12500", "\"9,750\"", "\"22,250\"")
        .replacen(
            "            amount: 12500000\n",
            "            amount: 12.5\n",
            1,
        )
        .replacen("        amount: 400000\n", "        amount: 0.4\n", 1);
    let document = load(&spec);
    assert_eq!(
        pool_amounts(&document),
        (
            vec![pounds("12500000"), pounds("9750000")],
            Some(pounds("22250000"))
        )
    );
    let scheme = &document.spec.schemes[0];
    assert_eq!(scheme.delegations[0].payments[0].amount, pounds("12500000"));
    assert_eq!(scheme.other_funding[0].amount, Some(pounds("400000")));
    assert_eq!(draft(&document), draft(&load(&original)));
    // Written back, the spec states pounds and loads as the same amounts.
    let written = jointly::spec::to_yaml(&document.spec, "");
    assert!(!written.contains("money_unit") && !written.contains("unit: thousands"));
    assert_eq!(pool_amounts(&load(&written)), pool_amounts(&document));
}

#[test]
fn without_a_unit_amounts_are_pounds() {
    let document = load(&complete());
    assert_eq!(
        pool_amounts(&document),
        (
            vec![pounds("12500000"), pounds("9750000")],
            Some(pounds("22250000"))
        )
    );
    let spec = with_money_unit(&complete(), "pounds");
    assert_eq!(pool_amounts(&load(&spec)), pool_amounts(&document));
}

#[test]
fn a_missing_total_is_suggested_in_the_pool_unit() {
    let spec = with_pool_in(&complete(), "millions", "12.5", "\"9.75\"", "22.25").replacen(
        "      total: 22.25\n",
        "",
        1,
    );
    let json = check_json("units-no-total", &spec);
    assert!(json.contains("add `total: 22.25`"), "{json}");
}

#[test]
fn a_figure_in_millions_may_have_as_many_places_as_reach_a_penny() {
    // £13.245m, as a paper in £m prints it, is £13,245,000.00; eight places in millions reach
    // a penny, and more are not an amount of money.
    let spec = with_pool_in(
        &complete(),
        "millions",
        "13.245",
        "9.00500001",
        "22.25000001",
    );
    let (amounts, total) = pool_amounts(&load(&spec));
    assert_eq!(amounts, [pounds("13245000"), pounds("9005000.01")]);
    assert_eq!(total, Some(pounds("22250000.01")));
}

#[test]
fn a_fraction_of_a_penny_is_a_located_load_error_in_any_unit() {
    for (unit, amount, message, help) in [
        (
            "millions",
            "13.000000001",
            "`13.000000001` is not an amount of money",
            "write pounds as a number",
        ),
        (
            "thousands",
            "13.123456",
            "`13.123456` in thousands is not a whole number of pence",
            "an amount in thousands has at most 5 decimal places (to the penny)",
        ),
        (
            "pounds",
            "13.125",
            "`13.125` is not an amount of money",
            "an amount in pounds has at most two decimal places (pence)",
        ),
    ] {
        let spec = with_pool_in(&complete(), unit, amount, "9", "22");
        let error = common::problems(spec.as_bytes());
        assert_eq!(error.problems.len(), 1, "{:#?}", error.problems);
        let problem = &error.problems[0];
        assert_eq!(problem.message, message, "{unit}");
        let given = problem.help.as_deref().unwrap_or_default();
        assert!(given.starts_with(help), "{unit}: {given}");
        // The ICB's contribution, the pool's first amount.
        let line = spec
            .lines()
            .position(|l| l.ends_with(&format!("amount: {amount}")))
            .unwrap();
        assert_eq!(problem.span.line as usize, line + 1, "{unit}");
        assert_eq!(problem.span.column, 19, "{unit}");
    }
}
