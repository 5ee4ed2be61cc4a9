//! Specs as officers write them from real documents: typos in party ids, tabs, the forms of
//! financial years, dates and amounts UK papers use, and what editors are told. Each case is
//! one located message with help, never a cascade of findings.

mod common;

use common::{complete, problems};

use jointly::spec::load_bytes;

/// The spec of `text` with the `council` or `icb` on line `line` (1-based) misspelt.
fn with_typo_on_line(text: &str, line: usize) -> String {
    text.split_inclusive('\n')
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == line {
                l.replace(": council", ": counsil")
                    .replace(": icb", ": icbb")
            } else {
                l.to_owned()
            }
        })
        .collect()
}

#[test]
fn an_unknown_party_id_is_one_load_error_with_a_suggestion() {
    let text = complete();
    let error = problems(with_typo_on_line(&text, 88).as_bytes());
    assert_eq!(error.problems.len(), 1, "{:#?}", error.problems);
    let problem = &error.problems[0];
    assert_eq!(problem.message, "`counsil` is not the id of any party");
    assert_eq!(
        problem.help.as_deref(),
        Some("did you mean `council`? The party ids are `icb`, `council`")
    );
    assert_eq!((problem.span.line, problem.span.column), (88, 18));
    assert_eq!(
        problem.pointer.as_deref(),
        Some("/schemes/0/pooled_fund/contributions/1/party")
    );

    // Every key that must hold a party id: the delegation's `from` and `to`, its payment's
    // `from`, the host, the manager's employer, a contribution, the risk shares and the
    // resources.
    let strict = [
        (64, "/schemes/0/delegations/0/from"),
        (65, "/schemes/0/delegations/0/to"),
        (67, "/schemes/0/delegations/0/payments/0/from"),
        (80, "/schemes/0/pooled_fund/host"),
        (83, "/schemes/0/pooled_fund/manager/employer"),
        (98, "/schemes/0/pooled_fund/risk_share/overspend/1/party"),
        (103, "/schemes/0/pooled_fund/risk_share/underspend/1/party"),
        (115, "/schemes/0/resources/0/party"),
    ];
    for (line, pointer) in strict {
        let text = with_typo_on_line(&text, line);
        let error = problems(text.as_bytes());
        assert_eq!(
            error.problems.len(),
            1,
            "line {line}: {:#?}",
            error.problems
        );
        let problem = &error.problems[0];
        assert_eq!(problem.pointer.as_deref(), Some(pointer));
        assert_eq!(problem.span.line as usize, line);
        let help = problem.help.as_deref().unwrap_or_default();
        assert!(help.starts_with("did you mean `"), "line {line}: {help}");
    }

    // A consent's `for`, but not its `by` (a commissioner that may not be a party).
    let consent = format!("{text}consents:\n  - by: nhs-england-region\n    for: icbb\n");
    let error = problems(consent.as_bytes());
    assert_eq!(error.problems.len(), 1, "{:#?}", error.problems);
    assert_eq!(
        error.problems[0].pointer.as_deref(),
        Some("/consents/0/for")
    );

    // Keys that take a party id or another body's name are not checked against the parties.
    let other = with_typo_on_line(&text, 129);
    assert!(load_bytes("spec.yaml", other.as_bytes()).is_ok());

    // With nothing close, the help lists the ids.
    let far = text.replace(
        "        - party: council\n          amount",
        "        - party: hospice\n          amount",
    );
    let error = problems(far.as_bytes());
    assert_eq!(
        error.problems[0].help.as_deref(),
        Some("use the `id` of one of the `parties`: `icb`, `council`")
    );
}

#[test]
fn a_tab_inside_a_list_item_is_located_at_the_tab() {
    let head = "jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\nparties:\n";
    // A tab indenting a list item's second key: the parser stops at the scalar before it.
    let error =
        problems(format!("{head}  - id: icb\n  \ttype: integrated_care_board\n").as_bytes());
    assert_eq!(error.problems.len(), 1, "{:#?}", error.problems);
    let problem = &error.problems[0];
    assert_eq!((problem.span.line, problem.span.column), (6, 3));
    assert_eq!(
        problem.help.as_deref(),
        Some("YAML does not allow tabs for indentation; indent with spaces")
    );
    // A tab between a list item's dash and a nested item.
    let error = problems(format!("{head}  - \t- id: icb\n").as_bytes());
    let problem = &error.problems[0];
    assert_eq!((problem.span.line, problem.span.column), (5, 5));
    assert_eq!(
        problem.help.as_deref(),
        Some(
            "YAML does not allow tabs in indentation, in a list item's `- ` or before a key; indent with spaces"
        )
    );
}

/// The one problem of `bytes`: its message, help and line and column.
fn only_problem(bytes: &[u8]) -> (String, Option<String>, (u32, u32)) {
    let error = problems(bytes);
    assert_eq!(error.problems.len(), 1, "{:#?}", error.problems);
    let problem = &error.problems[0];
    let at = (problem.span.line, problem.span.column);
    (problem.message.clone(), problem.help.clone(), at)
}

#[test]
fn jointly_gives_its_own_plain_messages_whatever_the_schema_tells_editors() {
    // The committed schema gives editors `patternErrorMessage`s and `errorMessage`s; jointly
    // writes its own messages, never the schema's regular expressions.
    let text = complete();
    let year = text.replace(
        "financial_year: 2024/25\n      contributions",
        "financial_year: 2024 to 25\n      contributions",
    );
    assert_eq!(
        only_problem(year.as_bytes()),
        (
            "`2024 to 25` is not a financial year".to_owned(),
            Some("write a financial year as 2024/25".to_owned()),
            (84, 23)
        )
    );
    let date = text.replace("expiry: 2027-03-31", "expiry: soon");
    assert_eq!(
        only_problem(date.as_bytes()),
        (
            "`soon` in `expiry` is not a date".to_owned(),
            Some("write dates as YYYY-MM-DD, e.g. 2024-04-01; where the source gives only the month or the year, write YYYY-MM (2005-04) or YYYY (2011)".to_owned()),
            (15, 11)
        )
    );
    let money = text.replace("total: 22250000", "total: £22250000");
    let (message, help, at) = only_problem(money.as_bytes());
    assert_eq!(message, "`£22250000` is not an amount of money");
    assert!(help.unwrap().ends_with("no £ sign"));
    assert_eq!(at, (90, 14));
    let percent = text.replacen("percent: 56.18", "percent: 56.18%", 1);
    let (message, help, at) = only_problem(percent.as_bytes());
    assert_eq!(message, "`56.18%` is not a percentage from 0 to 100");
    assert_eq!(
        help.as_deref(),
        Some("write a percentage as a number such as 46.5, without a % sign")
    );
    assert_eq!(at, (97, 22));
    for (message, help, _) in [
        only_problem(year.as_bytes()),
        only_problem(money.as_bytes()),
    ] {
        assert!(!message.contains('^') && !help.unwrap_or_default().contains('^'));
    }
}

/// The pooled fund's, a payment's and other funding's financial years, each written `form`.
fn with_years(form: &str) -> String {
    complete().replace(
        "financial_year: 2024/25",
        &format!("financial_year: {form}"),
    )
}

#[test]
fn financial_years_in_every_uk_form_load_as_the_canonical_one() {
    // Added after v1's first release: 2024-25, 2024/2025 and 2024-2025 read as 2024/25.
    let canonical = load_bytes("spec.yaml", complete().as_bytes()).unwrap().spec;
    for form in ["2024/25", "2024-25", "2024/2025", "2024-2025"] {
        let spec = load_bytes("spec.yaml", with_years(form).as_bytes())
            .unwrap_or_else(|e| panic!("{form}: {:#?}", e.problems))
            .spec;
        let scheme = &spec.schemes[0];
        let pool = scheme.pooled_fund.as_ref().unwrap();
        assert_eq!(pool.financial_year.as_ref().unwrap().0, "2024/25", "{form}");
        let payment = &scheme.delegations[0].payments[0];
        assert_eq!(payment.financial_year.as_ref().unwrap().0, "2024/25");
        let funding = &scheme.other_funding[0];
        assert_eq!(funding.financial_year.as_ref().unwrap().0, "2024/25");
        // Drafts and reports see the canonical form: the spec written back is the sample's.
        assert_eq!(
            jointly::spec::to_yaml(&spec, ""),
            jointly::spec::to_yaml(&canonical, ""),
            "{form}"
        );
    }
}

#[test]
fn financial_years_must_still_be_a_year_and_the_next_in_every_form() {
    let help =
        "a financial year is a year and the next: write 2024/25 for the year from April 2024";
    for (form, column) in [("2024-2026", 23), ("2024/2026", 23), ("2024-26", 23)] {
        let text = complete().replace(
            "financial_year: 2024/25\n      contributions",
            &format!("financial_year: {form}\n      contributions"),
        );
        assert_eq!(
            only_problem(text.as_bytes()),
            (
                format!("`{form}` is not a financial year"),
                Some(help.to_owned()),
                (84, column)
            )
        );
    }
}

#[test]
fn dates_written_in_words_or_with_slashes_get_their_iso_form_in_the_help() {
    // Dates stay YYYY-MM-DD (every date field, and editors' `format: date`), but the help
    // gives the exact form to write.
    for (written, help) in [
        (
            "1 April 2025",
            "write 2025-04-01 (dates are written YYYY-MM-DD)",
        ),
        (
            "1st April 2025",
            "write 2025-04-01 (dates are written YYYY-MM-DD)",
        ),
        (
            "April 1, 2025",
            "write 2025-04-01 (dates are written YYYY-MM-DD)",
        ),
        (
            "2025-4-1",
            "write 2025-04-01 (dates are written YYYY-MM-DD)",
        ),
        (
            "31/03/2027",
            "write 2027-03-31 (dates are written YYYY-MM-DD)",
        ),
        (
            "01/04/2025",
            "write dates as YYYY-MM-DD: 2025-04-01 if this is 1 April 2025 (day first, as UK papers write dates)",
        ),
        (
            "31 February 2025",
            "write dates as YYYY-MM-DD, e.g. 2024-04-01; where the source gives only the month or the year, write YYYY-MM (2005-04) or YYYY (2011)",
        ),
    ] {
        let text = complete().replace("expiry: 2027-03-31", &format!("expiry: {written}"));
        assert_eq!(
            only_problem(text.as_bytes()),
            (
                format!("`{written}` in `expiry` is not a date"),
                Some(help.to_owned()),
                (15, 11)
            ),
            "{written}"
        );
    }
}

#[test]
fn an_amount_with_commas_unquoted_in_braces_says_to_quote_it_where_it_is() {
    // In block style YAML reads `amount: 14,250,000` as the text "14,250,000", which is money.
    let block = complete().replace("total: 22250000", "total: 22,250,000");
    let spec = load_bytes("spec.yaml", block.as_bytes()).unwrap().spec;
    let total = spec.schemes[0].pooled_fund.as_ref().unwrap().total.unwrap();
    assert_eq!(total.to_string(), "£22,250,000.00");
    // Inside `{ }` the commas split it into the number 14 and the keys `250` and `000`.
    let flow = complete().replace(
        "          - from: icb\n            amount: 12500000\n            financial_year: 2024/25\n",
        "          - {from: icb, amount: 12,500,000.50, financial_year: 2024/25}\n",
    );
    assert_eq!(
        only_problem(flow.as_bytes()),
        (
            "`amount: 12,500,000.50` is split at its commas: inside `{ }` YAML reads the number 12 and the keys `500`, `000.50`".to_owned(),
            Some("quote amounts that contain commas: write `amount: \"12,500,000.50\"`".to_owned()),
            (67, 33)
        )
    );
    let error = problems(flow.as_bytes());
    assert_eq!(error.problems[0].span.len, "12,500,000.50".len());
    // Other problems in the same spec are still reported, in order.
    let both = flow.replace("expiry: 2027-03-31", "expiry: soon");
    let messages: Vec<String> = problems(both.as_bytes())
        .problems
        .into_iter()
        .map(|p| p.message)
        .collect();
    assert_eq!(messages.len(), 2, "{messages:#?}");
    assert!(messages[0].contains("`soon`") && messages[1].contains("split at its commas"));
}
