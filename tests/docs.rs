//! The generated docs are the ones the code generates: the page "What jointly checks and what
//! it does not" (`report::scope::page`, from the rule registry and the declared list of what
//! jointly does not check), the rules page (`report::reference::rules_page`, from the registry)
//! and the tables of the spec format page (`report::reference::spec_page`, from the schema's
//! descriptions, which are the spec types' doc comments, and the checklist table), and the
//! Better Care Fund parameters by year (`report::bcf_years::bcf_years_page`, from
//! `data/bcf-years.toml`), and the JSON report's page (`docs/json-report.md`, from the module
//! documentation of `src/report/json.rs`).
//!
//! After changing rules, that list, the spec types, the checklist or the BCF data, regenerate them with
//! `JOINTLY_UPDATE_DOCS=1 cargo test --test docs`.

use std::path::{Path, PathBuf};

use jointly::report::bcf_years::{BCF_YEARS_PAGE_PATH, bcf_years_page};
use jointly::report::reference::{RULES_PAGE_PATH, SPEC_PAGE_PATH, rules_page, spec_page};
use jointly::report::scope::page;
use jointly::rules::coverage::{NOT_CHECKED, PAGE_PATH, PAGE_TITLE};

fn repository_path(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Asserts that the committed file at `path` is `generated`, or rewrites it when
/// `JOINTLY_UPDATE_DOCS` is set.
fn assert_fresh(path: &str, generated: &str) {
    if std::env::var_os("JOINTLY_UPDATE_DOCS").is_some() {
        std::fs::write(repository_path(path), generated).expect("write the docs page");
        return;
    }
    let committed = std::fs::read_to_string(repository_path(path)).unwrap_or_default();
    assert!(
        committed == generated,
        "{path} is stale: run `JOINTLY_UPDATE_DOCS=1 cargo test --test docs` and commit it"
    );
}

#[test]
fn the_what_jointly_checks_page_is_up_to_date() {
    assert_fresh(PAGE_PATH, &page());
}

#[test]
fn the_page_is_linked_from_the_readme_and_lists_what_is_not_checked() {
    let readme = std::fs::read_to_string(repository_path("README.md")).unwrap();
    assert!(
        readme.contains(&format!("[{PAGE_TITLE}]({PAGE_PATH})")),
        "README.md does not link to {PAGE_PATH}"
    );
    let page = page();
    assert!(page.starts_with(&format!("# {PAGE_TITLE}\n")));
    for item in NOT_CHECKED {
        assert!(page.contains(&item.words[1..]), "{}", item.key);
    }
}

#[test]
fn the_rules_page_is_up_to_date() {
    assert_fresh(RULES_PAGE_PATH, &rules_page());
}

#[test]
fn the_spec_format_page_tables_are_up_to_date() {
    let committed = std::fs::read_to_string(repository_path(SPEC_PAGE_PATH)).unwrap();
    let generated = spec_page(&committed).unwrap_or_else(|problem| panic!("{problem}"));
    assert_fresh(SPEC_PAGE_PATH, &generated);
}

#[test]
fn every_rule_has_a_section_on_the_rules_page() {
    let page = rules_page();
    for rule in jointly::rules::all() {
        assert!(page.contains(&format!("\n## {}\n", rule.id)), "{}", rule.id);
    }
}

#[test]
fn the_bcf_years_page_is_up_to_date() {
    assert_fresh(BCF_YEARS_PAGE_PATH, &bcf_years_page());
}

/// The JSON report's reference page: the module documentation of `src/report/json.rs`, where
/// the format is defined beside the code that writes it, as Markdown.
fn json_report_page() -> String {
    let source = std::fs::read_to_string(repository_path("src/report/json.rs")).unwrap();
    let mut page = String::from(
        "<!-- Generated from the documentation of src/report/json.rs. Regenerate with `JOINTLY_UPDATE_DOCS=1 cargo test --test docs`. -->\n\n# The JSON report (`jointly check --format json`)\n\n",
    );
    for line in source.lines().take_while(|l| l.starts_with("//!")) {
        let text = line.trim_start_matches("//!");
        let text = text.strip_prefix(' ').unwrap_or(text);
        // Doc links to items become plain code.
        page.push_str(&text.replace("[`", "`").replace("`]", "`"));
        page.push('\n');
    }
    page
}

#[test]
fn the_json_report_page_is_up_to_date() {
    assert_fresh("docs/json-report.md", &json_report_page());
}
