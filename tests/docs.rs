//! The committed docs page "What jointly checks and what it does not" is the one
//! `report::scope::page` generates from the rule registry and the declared list of what
//! jointly does not check.
//!
//! After changing rules or that list, regenerate it with
//! `JOINTLY_UPDATE_DOCS=1 cargo test --test docs`.

use std::path::Path;

use jointly::report::scope::page;
use jointly::rules::coverage::{NOT_CHECKED, PAGE_PATH, PAGE_TITLE};

#[test]
fn the_what_jointly_checks_page_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(PAGE_PATH);
    let generated = page();
    if std::env::var_os("JOINTLY_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).expect("write the docs page");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{PAGE_PATH} is stale: run `JOINTLY_UPDATE_DOCS=1 cargo test --test docs` and commit it"
    );
}

#[test]
fn the_page_is_linked_from_the_readme_and_lists_what_is_not_checked() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
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
