//! The page "What jointly checks and what it does not" (`docs/what-jointly-checks.md`),
//! generated from the rule registry and the declared list of what is not checked, so that it
//! can never claim more than the rules do. `tests/docs.rs` keeps the committed page fresh.

use std::fmt::Write;

use super::rules::applies_words;
use crate::rules::{Group, NOT_CHECKED, Rule, all};
use crate::spec::{Jurisdiction, LegalBasis};

/// Where the page lives in the repository, for links from the README and from drafts.
pub const PAGE_PATH: &str = "docs/what-jointly-checks.md";
/// The page's title.
pub const PAGE_TITLE: &str = "What jointly checks and what it does not";

/// The agreement types the page counts rules for.
const KINDS: &[(&str, LegalBasis, Jurisdiction)] = &[
    (
        "s31 Health Act 1999, England",
        LegalBasis::HealthAct1999S31,
        Jurisdiction::England,
    ),
    (
        "s75 NHS Act 2006, England",
        LegalBasis::NhsAct2006S75,
        Jurisdiction::England,
    ),
    (
        "s10 Children Act 2004, England",
        LegalBasis::ChildrenAct2004S10,
        Jurisdiction::England,
    ),
    (
        "An agreement in Wales",
        LegalBasis::NhsAct2006S75,
        Jurisdiction::Wales,
    ),
];

/// The whole page, in Markdown.
pub fn page() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {PAGE_TITLE}\n");
    let _ = writeln!(
        out,
        "<!-- Generated from jointly's rule registry by `JOINTLY_UPDATE_DOCS=1 cargo test --test docs`; do not edit by hand. -->\n"
    );
    out.push_str(INTRODUCTION);
    out.push_str("\n## How many rules apply to each kind of agreement\n\n");
    out.push_str("| Agreement | Statutory, reported as errors | Statutory, wording unverified (warnings) | Guidance (warnings) |\n|---|---|---|---|\n");
    for (words, basis, jurisdiction) in KINDS {
        let applying: Vec<&Rule> = all()
            .iter()
            .copied()
            .filter(|r| {
                r.applies.bases.contains(basis) && r.applies.jurisdictions.contains(jurisdiction)
            })
            .collect();
        let count = |keep: &dyn Fn(&Rule) -> bool| applying.iter().filter(|r| keep(r)).count();
        let _ = writeln!(
            out,
            "| {words} | {} | {} | {} |",
            count(&|r| r.group == Group::Statutory && !r.unverified()),
            count(&|r| r.group == Group::Statutory && r.unverified()),
            count(&|r| r.group == Group::Guidance),
        );
    }
    out.push_str("\nA rule about a pooled fund or a delegation is checked only where the agreement has one.\n");
    out.push_str("\n## What it checks\n\n");
    out.push_str("Every rule, with the provision it rests on and how far that provision's wording was verified. `jointly explain ID` gives each rule's sources.\n\n");
    out.push_str("| Rule | Requirement | Citation | Reported as | Wording | Applies to |\n|---|---|---|---|---|---|\n");
    for rule in all() {
        let reported = match (rule.group, rule.unverified()) {
            (Group::Statutory, false) => "error",
            (Group::Statutory, true) => "warning (unverified)",
            (Group::Guidance, _) => "warning (guidance)",
        };
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {reported} | {} | {} |",
            rule.id,
            cell(rule.summary),
            cell(&rule.citation.to_string()),
            rule.label.short_words(),
            cell(&applies_words(rule)),
        );
    }
    out.push_str("\n## What it does not check\n\n");
    out.push_str(
        "jointly says nothing about these. A clean result does not mean they are in order.\n\n",
    );
    for item in NOT_CHECKED {
        let _ = writeln!(out, "- **{}.** {}", item.heading(), item.detail);
    }
    out
}

const INTRODUCTION: &str = "jointly checks an agreement's **spec**: the facts and clauses an officer records in YAML. It does not read the signed agreement, and it checks only the rules listed on this page. A result with no findings means that jointly found no gap in what it checks; it is not advice that the agreement is lawful or complete.

Findings are graded as follows.

- **Error**: a requirement of an Act or regulations whose wording was read, or which two or more independent sources state.
- **Warning (unverified)**: a requirement believed to be statutory whose wording could not be verified. It is never an error, and no configuration can make it one.
- **Warning (guidance)**: a recommendation of government guidance, chiefly the 2007 DCSF/DH guide's 27-item agreement checklist and HSC 2000/010.

The *Wording* column says how far the provision's wording was verified: *read* (the provision's own words were read in a copy of it), *in source* (stated in the guidance or report cited), *partly read*, *secondary* (only commentary or model clauses state it) or *not verified*.
";

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
