//! Documentation generated from the code is committed, and stays fresh.
//!
//! Regenerate it with `JOINTLY_UPDATE_DOCS=1 cargo test --test docs`.

use std::path::Path;

use jointly::report::scope;

#[test]
fn what_jointly_checks_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(scope::PAGE_PATH);
    let generated = scope::page();
    if std::env::var_os("JOINTLY_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).expect("write the page");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is stale: run `JOINTLY_UPDATE_DOCS=1 cargo test --test docs` and commit it",
        scope::PAGE_PATH
    );
}

#[test]
fn the_page_lists_every_rule_and_says_what_is_not_checked() {
    let page = scope::page();
    for rule in jointly::rules::all() {
        assert!(page.contains(&format!("| `{}` |", rule.id)), "{}", rule.id);
    }
    assert!(page.contains("## What it does not check"));
    assert!(page.contains("Better Care Fund"));
}
