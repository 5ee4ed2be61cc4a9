//! The Better Care Fund parameters by year (`law::bcf`, `data/bcf-years.toml`): the built-in
//! data covers 2015-16 to 2026-27, every value is labelled and sourced or says why it is not
//! known, values agree with the rulebook rows they were taken from, a user's file goes over
//! them field by field, a malformed file is a located error, and a year jointly does not know
//! is a result a caller has to handle.

use jiff::civil::{Date, date};
use jointly::law::bcf::{
    BUILT_IN_TEXT, BcfDataError, BcfParameters, BcfYear, Fact, Label, Origin, Param, RowFact,
    Stream, YearLookup, YearParameters,
};
use jointly::report::bcf_years::OVERRIDE_EXAMPLE;

fn year(text: &str) -> BcfYear {
    BcfYear::parse(text).unwrap_or_else(|| panic!("{text} is a financial year"))
}

fn params<'a>(all: &'a BcfParameters, text: &str) -> &'a YearParameters {
    match all.year(year(text)) {
        YearLookup::Known(params) => params,
        YearLookup::NotKnown(unknown) => panic!("{unknown}"),
    }
}

/// The value, label and sources of a known parameter.
fn known<T>(param: &Param<T>) -> (&T, Label, Vec<&str>) {
    match &param.fact {
        Fact::Known {
            value,
            label,
            sources,
            ..
        } => (value, *label, sources.iter().map(String::as_str).collect()),
        Fact::NotKnown { reason } => panic!("not known: {reason}"),
    }
}

fn reason<T>(param: &Param<T>) -> &str {
    match &param.fact {
        Fact::NotKnown { reason } => reason,
        Fact::Known { .. } => panic!("expected not known"),
    }
}

fn override_error(text: &str) -> BcfDataError {
    BcfParameters::built_in()
        .with_override("bcf.toml", text)
        .expect_err("the file is malformed")
}

#[test]
fn the_built_in_file_loads_and_covers_2015_16_to_2026_27() {
    let parsed = BcfParameters::parse_built_in(BUILT_IN_TEXT).expect("the built-in data loads");
    assert_eq!(&parsed, BcfParameters::built_in());
    let years: Vec<String> = parsed.years().map(|p| p.year.to_string()).collect();
    let expected: Vec<String> = (2015..=2026)
        .map(|first| BcfYear::starting(first).unwrap().to_string())
        .collect();
    assert_eq!(years, expected);
    assert_eq!(expected.first().map(String::as_str), Some("2015-16"));
    assert_eq!(expected.last().map(String::as_str), Some("2026-27"));
}

#[test]
fn every_value_has_a_label_and_declared_sources_or_says_why_it_is_not_known() {
    let all = BcfParameters::built_in();
    let mut cited = Vec::new();
    for params in all.years() {
        assert_eq!(params.origin, Origin::BuiltIn);
        let rows = params.rows();
        assert_eq!(rows.len(), YearParameters::KEYS.len());
        for (row, shown) in rows {
            let at = format!("{} {}", params.year, row.key);
            assert_eq!(row.origin, &Origin::BuiltIn, "{at}");
            match row.fact {
                RowFact::Known { sources, note, .. } => {
                    assert!(shown.is_some_and(|s| !s.is_empty()), "{at}");
                    assert!(!sources.is_empty(), "{at} has no source");
                    for key in sources {
                        assert!(all.source(key).is_some(), "{at} cites undeclared {key}");
                        cited.push(key.clone());
                    }
                    assert!(
                        note.is_none_or(|n| n.ends_with(['.', '"'])),
                        "{at}: {note:?}"
                    );
                }
                RowFact::NotKnown { reason } => {
                    assert!(shown.is_none(), "{at}");
                    assert!(reason.len() > 20 && reason.ends_with('.'), "{at}: {reason}");
                }
            }
        }
    }
    for (key, source) in all.sources() {
        assert!(
            cited.iter().any(|c| c == key),
            "{key} is declared but never cited"
        );
        assert!(!source.title.is_empty(), "{key}");
    }
}

#[test]
fn the_built_in_file_must_give_every_parameter_of_every_year() {
    let without = BUILT_IN_TEXT.replacen(
        "s75_deadline = { value = 2023-10-31",
        "s75_dedline = { value = 2023-10-31",
        1,
    );
    let error = BcfParameters::parse_built_in(&without).expect_err("an unknown key");
    assert!(error.message.contains("s75_dedline"), "{}", error.message);
    assert!(
        error.help.contains("did you mean `s75_deadline`?"),
        "{}",
        error.help
    );
    let line = BUILT_IN_TEXT
        .lines()
        .position(|l| l.starts_with("s75_deadline = { value = 2023-10-31"))
        .unwrap();
    assert_eq!(error.span.line as usize, line + 1);

    let missing = BUILT_IN_TEXT.replacen(
        "plan_deadline = { value = 2023-06-28, label = \"S\", sources = [\"NTYNE-23\", \"ESX-HWB-2325\"] }\n",
        "",
        1,
    );
    assert_ne!(missing, BUILT_IN_TEXT);
    let error = BcfParameters::parse_built_in(&missing).expect_err("a missing parameter");
    assert_eq!(error.message, "2023-24 does not give `plan_deadline`");
    assert!(error.help.contains("not_known"), "{}", error.help);
}

/// Values checked against the rulebook rows they come from (§3.11 year table, BCF-2324-DL,
/// BCF-2425-DL, BCF-2526-DL, BCF-NHS-MIN, BCF-STREAMS-CORE, BCF-2526-DISCHARGE,
/// HCA2022-BCF-BASIS, BCF-DFG-PASS, §2.1).
#[test]
fn values_for_2023_24_agree_with_the_rulebook_rows() {
    let all = BcfParameters::built_in();
    let y2324 = params(all, "2023-24");
    assert_eq!(
        known(&y2324.plan_deadline),
        (
            &date(2023, 6, 28),
            Label::Secondary,
            vec!["NTYNE-23", "ESX-HWB-2325"]
        )
    );
    assert_eq!(
        known(&y2324.s75_deadline),
        (&date(2023, 10, 31), Label::Secondary, vec!["NTYNE-23"])
    );
    assert_eq!(
        known(&y2324.framework_published),
        (
            &date(2023, 4, 4),
            Label::Verified,
            vec!["BCF-PF-2325-LAND2"]
        )
    );
    let (directions, label, _) = known(&y2324.esi_directions);
    assert_eq!(
        directions,
        "National Health Service (Expenditure on Service Integration) Directions 2023"
    );
    assert_eq!(label, Label::Verified);
    let (objectives, label, _) = known(&y2324.objectives);
    assert_eq!(
        objectives[0],
        "Enable people to stay well, safe and independent at home for longer"
    );
    assert_eq!(label, Label::Verified);
    assert_eq!(known(&y2324.national_conditions).1, Label::Memory);
    assert_eq!(known(&y2324.nhs_minimum_uplift).0.0.to_string(), "5.66");
    assert_eq!(
        known(&y2324.pooled_streams).0,
        &vec![
            Stream::NhsMinimum,
            Stream::DisabledFacilitiesGrant,
            Stream::LocalAuthorityGrant,
            Stream::DischargeFund
        ]
    );
    assert_eq!(known(&y2324.metrics).0.len(), 5);
}

#[test]
fn values_for_2024_25_and_2025_26_agree_with_the_rulebook_rows() {
    let all = BcfParameters::built_in();
    let y2425 = params(all, "2024-25");
    assert_eq!(known(&y2425.plan_deadline).0, &date(2024, 6, 10));
    assert_eq!(
        known(&y2425.s75_deadline),
        (&date(2024, 9, 30), Label::Secondary, vec!["NTYNE-24"])
    );
    assert_eq!(known(&y2425.hwb_approval_after_deadline).0, &true);
    assert!(
        known(&y2425.metrics)
            .0
            .iter()
            .any(|m| m.contains("discharge delays"))
    );
    assert_eq!(known(&y2425.la_grant_name).0, "Improved Better Care Fund");

    let y2526 = params(all, "2025-26");
    assert_eq!(
        known(&y2526.framework_published),
        (&date(2025, 1, 30), Label::Verified, vec!["BCF-PF-2526"])
    );
    assert_eq!(
        known(&y2526.plan_deadline),
        (&date(2025, 3, 31), Label::Secondary, vec!["NYORKS-25"])
    );
    assert!(reason(&y2526.s75_deadline).contains("2025-26"));
    assert_eq!(known(&y2526.discharge_fund_separate).0, &false);
    assert!(
        known(&y2526.la_grant_name)
            .0
            .starts_with("Local Authority Better Care")
    );
    assert_eq!(known(&y2526.national_conditions).0.len(), 3);
    assert!(
        !known(&y2526.pooled_streams)
            .0
            .contains(&Stream::DischargeFund)
    );
}

#[test]
fn values_for_2026_27_and_the_years_before_2023_agree_with_the_rulebook_rows() {
    let all = BcfParameters::built_in();
    let y2627 = params(all, "2026-27");
    assert_eq!(
        known(&y2627.framework).0,
        "Better Care Fund framework 2026 to 2027"
    );
    assert_eq!(
        known(&y2627.framework_published),
        (&date(2026, 2, 17), Label::Verified, vec!["BCF-2627"])
    );
    assert_eq!(
        known(&y2627.esi_directions).0,
        "NHS (Expenditure on Service Integration) Directions"
    );
    for missing in [
        reason(&y2627.s75_deadline),
        reason(&y2627.plan_deadline),
        reason(&y2627.metrics),
    ] {
        assert!(missing.contains("2026-27"), "{missing}");
    }

    assert_eq!(
        known(&params(all, "2017-18").dfg_pass_deadline).0,
        &date(2017, 6, 30)
    );
    assert!(reason(&params(all, "2018-19").dfg_pass_deadline).contains("2017-18"));
    assert_eq!(
        known(&params(all, "2022-23").nhs_minimum_uplift).1,
        Label::Verified
    );
    assert_eq!(
        known(&params(all, "2019-20").la_grant_name).0,
        "improved Better Care Fund"
    );
    assert!(
        !known(&params(all, "2015-16").pooled_streams)
            .0
            .contains(&Stream::LocalAuthorityGrant)
    );
    assert!(reason(&params(all, "2022-23").esi_directions).contains("2023-24"));
}

#[test]
fn a_users_file_replaces_values_field_by_field_and_adds_years() {
    let merged = BcfParameters::built_in()
        .with_override("bcf-local.toml", OVERRIDE_EXAMPLE)
        .expect("the documented example loads");
    let built_in = params(BcfParameters::built_in(), "2025-26");
    let y2526 = params(&merged, "2025-26");
    let (deadline, label, sources) = known(&y2526.s75_deadline);
    assert_eq!(
        (deadline, label, sources),
        (&date(2025, 9, 30), Label::Secondary, vec!["ICB-LETTER-25"])
    );
    let Origin::File { path, span } = &y2526.s75_deadline.origin else {
        panic!("the deadline comes from the user's file")
    };
    assert_eq!(
        (path.as_str(), span.line, span.column),
        ("bcf-local.toml", 5, 16)
    );
    assert_eq!(y2526.plan_deadline, built_in.plan_deadline);
    assert_eq!(y2526.plan_deadline.origin, Origin::BuiltIn);
    assert_eq!(y2526.origin, Origin::BuiltIn);
    assert!(merged.source("ICB-LETTER-25").is_some());
    assert!(merged.source("NTYNE-23").is_some());

    let added = params(&merged, "2027-28");
    assert!(matches!(&added.origin, Origin::File { span, .. } if span.line > 4));
    assert_eq!(
        known(&added.framework).0,
        "Better Care Fund framework 2027 to 2028"
    );
    assert_eq!(
        reason(&added.plan_deadline),
        "The framework has not set it yet."
    );
    assert_eq!(
        reason(&added.s75_deadline),
        "bcf-local.toml adds 2027-28 without it, and jointly has no built-in parameters for 2027-28"
    );

    // A second file goes over the first; a list is replaced whole, not extended.
    let again = merged
        .with_override(
            "later.toml",
            "[years.\"2027-28\"]\npooled_streams = { value = [\"nhs_minimum\"], label = \"M\", sources = [\"framework-2027-28\"] }\n",
        )
        .unwrap();
    let streams = &params(&again, "2027-28").pooled_streams;
    assert_eq!(known(streams).0, &vec![Stream::NhsMinimum]);
    assert!(matches!(&streams.origin, Origin::File { path, .. } if path == "later.toml"));
    assert_eq!(params(&again, "2027-28").framework, added.framework);
}

#[test]
fn a_year_jointly_does_not_know_is_a_result_to_handle() {
    let YearLookup::NotKnown(unknown) = BcfParameters::built_in().year(year("2027/28")) else {
        panic!("2027-28 is not built in");
    };
    assert_eq!(
        unknown.to_string(),
        "jointly has no Better Care Fund parameters for 2027-28"
    );
    assert_eq!(
        unknown.help(),
        "jointly knows 2015-16 to 2026-27; give the year's parameters, with their sources, in a file of the same form as data/bcf-years.toml (see docs/bcf-years.md)"
    );
    assert!(matches!(
        BcfParameters::built_in().year(year("2014-15")),
        YearLookup::NotKnown(_)
    ));
}

/// Each malformed file: its text, then the line and column, words of the message and of the
/// help the error must have.
const MALFORMED: &[(&str, (u32, u32), &str, &str)] = &[
    ("[years.\"2025-26\"\n", (1, 17), "", "docs/bcf-years.md"),
    (
        "[years.\"2025-26\"]\ns75_dedline = { not_known = \"x\" }\n",
        (2, 1),
        "unknown field `s75_dedline`",
        "did you mean `s75_deadline`?",
    ),
    (
        "[years.\"2023-25\"]\n",
        (1, 8),
        "`2023-25` is not a financial year",
        "e.g. [years.\"2025-26\"]",
    ),
    (
        "[years.\"2025-26\"]\ns75_deadline = { value = 2025-09-30, sources = [\"NTYNE-24\"] }\n",
        (2, 26),
        "`s75_deadline` for 2025-26 has a value but no verification label",
        "label = \"V\"",
    ),
    (
        "[years.\"2025-26\"]\ns75_deadline = { value = 2025-09-30, label = \"S\" }\n",
        (2, 26),
        "has a value but no source",
        "declare each key under [sources]",
    ),
    (
        "[years.\"2025-26\"]\ns75_deadline = { value = 2025-09-30, label = \"S\", sources = [\"NTYNE-42\"] }\n",
        (2, 62),
        "`NTYNE-42` is not a declared source",
        "did you mean `NTYNE-24`?",
    ),
    (
        "[years.\"2025-26\"]\ns75_deadline = { value = \"30/09/2025\", label = \"S\", sources = [\"NTYNE-24\"] }\n",
        (2, 26),
        "`30/09/2025` is not a date",
        "YYYY-MM-DD",
    ),
    (
        "[years.\"2025-26\"]\nnhs_minimum_uplift = { value = 5.66, label = \"V\", sources = [\"NHSE-BCF\"] }\n",
        (2, 32),
        "bare decimal number",
        "\"5.66\"",
    ),
    (
        "[years.\"2025-26\"]\npooled_streams = { value = [\"nhs_minimum\", \"ibcf\"], label = \"S\", sources = [\"NHSE-BCF\"] }\n",
        (2, 28),
        "has `ibcf`, which is not a stream",
        "la_grant",
    ),
    (
        "[years.\"2025-26\"]\ns75_deadline = { value = 2025-09-30, label = \"Q\", sources = [\"NTYNE-24\"] }\n",
        (2, 46),
        "unknown variant `Q`",
        "docs/bcf-years.md",
    ),
    (
        "[years.\"2025-26\"]\ns75_deadline = { value = 2025-09-30, not_known = \"unsure\" }\n",
        (2, 50),
        "has both a value and `not_known`",
        "not both",
    ),
    (
        "[years.\"2025-26\"]\ns75_deadline = { not_known = \" \" }\n",
        (2, 30),
        "is not known but does not say why",
        "say why",
    ),
    (
        "[years.\"2025-26\"]\ns75_deadline = { not_known = \"none\", label = \"S\" }\n",
        (2, 16),
        "takes no label, sources or note",
        "not_known",
    ),
    (
        "[years.\"2025-26\"]\ns75_deadline = { note = \"soon\" }\n",
        (2, 16),
        "has neither a value nor `not_known`",
        "not_known = \"why\"",
    ),
    (
        "[years.\"2025-26\"]\n[years.\"2025/26\"]\n",
        (2, 8),
        "2025-26 is given twice in this file",
        "give each year once",
    ),
    (
        "[sources]\nMINE = { title = \"\" }\n",
        (2, 1),
        "source `MINE` has an empty title",
        "say what was read",
    ),
];

#[test]
fn a_malformed_file_is_an_error_located_in_it() {
    for (text, (line, column), message, help) in MALFORMED {
        let error = override_error(text);
        assert_eq!(
            (error.span.line, error.span.column),
            (*line, *column),
            "{text}\n{error}"
        );
        assert!(error.message.contains(message), "{text}\n{}", error.message);
        assert!(error.help.contains(help), "{text}\n{}", error.help);
        assert!(
            error
                .to_string()
                .starts_with(&format!("bcf.toml:{line}:{column}: ")),
            "{error}"
        );
    }
}

#[test]
fn an_unreadable_file_says_so() {
    let error = BcfParameters::built_in()
        .with_override_file(std::path::Path::new("no/such/bcf.toml"))
        .expect_err("no such file");
    assert!(
        error.message.starts_with("cannot be read"),
        "{}",
        error.message
    );
    assert_eq!(error.path, "no/such/bcf.toml");
}

#[test]
fn dates_may_be_written_as_toml_dates_or_strings() {
    let text = "[years.\"2025-26\"]\ns75_deadline = { value = \"2025-09-30\", label = \"S\", sources = [\"NTYNE-24\"] }\n";
    let merged = BcfParameters::built_in()
        .with_override("bcf.toml", text)
        .unwrap();
    let deadline: &Date = known(&params(&merged, "2025-26").s75_deadline).0;
    assert_eq!(deadline, &date(2025, 9, 30));
    let error = override_error(
        "[years.\"2025-26\"]\ns75_deadline = { value = 2025-09-30T12:00:00, label = \"S\", sources = [\"NTYNE-24\"] }\n",
    );
    assert!(error.message.contains("has a time"), "{}", error.message);
}
