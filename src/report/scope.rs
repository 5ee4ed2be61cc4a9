//! The docs page "What jointly checks and what it does not" (`docs/what-jointly-checks.md`),
//! generated from the rule registry and the declared list of what jointly does not check
//! ([`NOT_CHECKED`]), so that it can never claim more than the rules do. `tests/docs.rs`
//! keeps the committed page fresh.

use super::rules::applies_words;
use crate::rules::coverage::{
    NOT_CHECKED, PAGE_TITLE, basis_words, instruments, jurisdiction_words,
};
use crate::rules::{ALL_BASES, PAYMENT_ACTS, Rule, WELSH_ACTS, all};
use crate::spec::Jurisdiction;

/// The docs page "What jointly checks and what it does not", generated from the registry and
/// [`NOT_CHECKED`] (committed as `docs/what-jointly-checks.md`; a test keeps it fresh).
pub fn page() -> String {
    let mut out = format!("# {PAGE_TITLE}\n\n");
    out.push_str("<!-- Generated from the rule registry and src/rules/coverage/. Regenerate with `JOINTLY_UPDATE_DOCS=1 cargo test --test docs`. -->\n\n");
    out.push_str(
        "jointly checks an agreement's **spec**, the YAML description of the agreement, against \
         a known part of the law and the guidance. It does not check the signed agreement, and \
         it does not check everything the law asks of an agreement. A draft's completeness \
         note lists what was checked for that spec and what was not; this page lists it for \
         every kind of agreement jointly knows. When jointly reports no finding, it means \
         jointly found no gap in what it checked, not that nothing is missing.\n\n",
    );
    out.push_str(GRADING);
    out.push_str("## What it checks\n\n");
    for basis in ALL_BASES.iter().chain(PAYMENT_ACTS).chain(WELSH_ACTS) {
        out.push_str(&format!("### Agreements under {}\n\n", basis_words(*basis)));
        for jurisdiction in [Jurisdiction::England, Jurisdiction::Wales] {
            let rules: Vec<&Rule> = all()
                .iter()
                .copied()
                .filter(|r| {
                    r.applies.bases.contains(basis)
                        && r.applies.jurisdictions.contains(&jurisdiction)
                })
                .collect();
            if rules.is_empty() {
                out.push_str(&format!(
                    "In {}: no rule applies.\n\n",
                    jurisdiction_words(jurisdiction)
                ));
                continue;
            }
            let unverified = rules.iter().filter(|r| r.unverified()).count();
            out.push_str(&format!(
                "In {}: {} rule{}{}, resting on:\n\n",
                jurisdiction_words(jurisdiction),
                rules.len(),
                if rules.len() == 1 { "" } else { "s" },
                if unverified > 0 {
                    format!(" ({unverified} of them on wording not yet verified, which only warn)")
                } else {
                    String::new()
                }
            ));
            for instrument in instruments(rules) {
                out.push_str(&format!("- {instrument}\n"));
            }
            out.push('\n');
        }
    }
    out.push_str(
        "Rules about a pooled fund or a delegation apply only where the spec has one. \
         `jointly rules` lists every rule, and `jointly explain RULE` shows what it checks.\n\n",
    );
    bcf_years(&mut out);
    out.push_str("### Every rule\n\n");
    out.push_str("Each rule with the provision it rests on, how it is reported, and how far that provision's wording was verified (`jointly explain RULE` lists its sources).\n\n");
    out.push_str("| Rule | Requirement | Citation | Reported as | Wording | Applies to |\n|---|---|---|---|---|---|\n");
    for rule in all() {
        let reported = super::label::reported_as(rule);
        out.push_str(&format!(
            "| `{}` | {} | {} | {reported} | {} | {} |\n",
            rule.id,
            cell(rule.summary),
            cell(&rule.citation.to_string()),
            rule.label.short_words(),
            cell(&applies_words(rule)),
        ));
    }
    out.push('\n');
    out.push_str("## What it does not check\n\n");
    for item in NOT_CHECKED {
        let sentence = item.sentence();
        let sentence = sentence.trim_end_matches('.');
        out.push_str(&format!(
            "- {sentence} (relevant to {}).\n",
            item.relevant_to
        ));
    }
    out
}

const GRADING: &str = "## How findings are graded

- **Error**: a requirement of an Act or regulations whose wording was read, or which two or more independent sources state.
- **Warning (unverified)**: a requirement believed to be statutory whose wording could not be verified. It is never an error, and no configuration can make it one.
- **Warning (guidance)**: a recommendation of government guidance, chiefly the 2007 DCSF/DH guide's 27-item agreement checklist and HSC 2000/010.

The *Wording* column below says how far each provision's wording was verified: *read* (the provision's own words were read in a copy of it), *in source* (stated in the guidance or report cited), *partly read*, *secondary* (only commentary or model clauses state it) or *not verified*.

";

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The Better Care Fund years jointly has parameters for, and how BCF rules are chosen.
fn bcf_years(out: &mut String) {
    let years: Vec<String> = crate::law::bcf::BcfParameters::built_in()
        .years()
        .map(|y| y.year.to_string())
        .collect();
    let span = match (years.first(), years.last()) {
        (Some(first), Some(last)) => format!("{first} to {last}"),
        _ => "no year".to_owned(),
    };
    out.push_str(&format!(
        "### The Better Care Fund, by financial year\n\n\
         Rules about the Better Care Fund apply only to a spec with a `bcf` block, and are \
         checked for each financial year it names against that year's national parameters: \
         jointly ships them for {span} (see [bcf-years.md](bcf-years.md), where each value \
         says how far it was verified, or that it is not known). A year it has no parameters \
         for is reported, never passed; a parameters file given with `--bcf-years` (or \
         `bcf_years` in jointly.toml) adds or replaces years, and `jointly check` says which \
         parameters it used. A year before or after those has no parameters at all.\n\n\
         Within a year it ships, a parameter it does not know leaves the check that needs it \
         undone, and `jointly check` says so at the year. The parameters each year lacks:\n\n\
         | Year | Parameters jointly does not know (their checks are not made) |\n\
         |---|---|\n"
    ));
    for year in crate::law::bcf::BcfParameters::built_in().years() {
        let missing: Vec<&str> = year
            .rows()
            .into_iter()
            .filter(|(row, _)| matches!(row.fact, crate::law::bcf::RowFact::NotKnown { .. }))
            .map(|(row, _)| row.title)
            .collect();
        let missing = if missing.is_empty() {
            "none".to_owned()
        } else {
            missing.join("; ")
        };
        out.push_str(&format!("| {} | {} |\n", year.year, cell(&missing)));
    }
    out.push('\n');
}
