//! The generated page `docs/bcf-years.md`: the Better Care Fund parameters jointly ships for
//! each financial year (`law::bcf`, from `data/bcf-years.toml`), each value with its
//! verification label and sources, or why it is not known. `tests/docs.rs` keeps it fresh;
//! regenerate it with `JOINTLY_UPDATE_DOCS=1 cargo test --test docs`.

use std::fmt::Write;

use crate::law::bcf::{BUILT_IN_PATH, BcfParameters, Label, RowFact, YearParameters};

/// Where the page is committed, from the repository root.
pub const BCF_YEARS_PAGE_PATH: &str = "docs/bcf-years.md";

/// A user's parameters file, as the page shows it: it replaces one value of a built-in year
/// and adds a year jointly does not know. `tests/bcf_years.rs` proves it loads.
pub const OVERRIDE_EXAMPLE: &str = r#"# bcf-local.toml: our Better Care Fund parameters, over jointly's built-in ones.
# The values below only show the form: write the ones your own sources give.

[years."2025-26"]
s75_deadline = { value = 2025-09-30, label = "S", sources = ["ICB-LETTER-25"], note = "As the ICB's letter states it." }

[years."2027-28"]
framework = { value = "Better Care Fund framework 2027 to 2028", label = "V", sources = ["framework-2027-28"] }
plan_deadline = { not_known = "The framework has not set it yet." }

[years."2027-28".pooled_streams]
value = ["nhs_minimum", "dfg", "la_grant"]
label = "V"
sources = ["framework-2027-28"]

[sources]
ICB-LETTER-25 = { title = "Letter from the ICB to the council on the 2025-26 BCF, 1 April 2025" }
framework-2027-28 = { title = "Better Care Fund framework 2027 to 2028", address = "https://www.gov.uk/…" }
"#;

/// The page, from the built-in parameters.
pub fn bcf_years_page() -> String {
    let params = BcfParameters::built_in();
    let mut out = String::from("# Better Care Fund parameters by year\n\n");
    let _ = writeln!(
        out,
        "<!-- Generated from {BUILT_IN_PATH}. Regenerate with `JOINTLY_UPDATE_DOCS=1 cargo test --test docs`. -->\n"
    );
    introduction(&mut out);
    for year in params.years() {
        year_section(year, &mut out);
    }
    sources_section(params, &mut out);
    out
}

fn introduction(out: &mut String) {
    let _ = writeln!(
        out,
        "Better Care Fund requirements change every planning round, so jointly keeps them as data \
         for each financial year: the framework that set them, its objectives and national \
         conditions, the streams of money the pool must hold, the metrics and the national \
         deadlines. They ship in [`{BUILT_IN_PATH}`](../{BUILT_IN_PATH}) for 2015-16 to 2026-27 \
         and are read by the pool's financial year, not the date the agreement was signed.\n"
    );
    out.push_str(
        "Every value carries the verification label of the rulebook row it was taken from, and \
         the sources it rests on (listed [at the end](#sources)). Where a value rests on sources \
         of different strength, its label is the weakest. A value no source gives is *not \
         known*, with the reason: jointly never fills it in, and a check that needs it must say \
         that it could not be checked.\n\n",
    );
    out.push_str("| Label | Meaning |\n|---|---|\n");
    for label in Label::ALL {
        let _ = writeln!(out, "| {} | {} |", label.code(), label.words());
    }
    out.push_str(
        "\n## Your own parameters\n\n\
         A year jointly does not know, or a value you have from a better source (a letter from \
         NHS England or the ICB, the published framework), goes in a file of the same form. Each \
         parameter is `{ value = …, label = …, sources = [...] }` with an optional `note`, or \
         `{ not_known = \"why\" }`; every source key is declared under `[sources]`, in the file \
         or among jointly's. Dates are written `YYYY-MM-DD`, percentages as quoted strings \
         (`\"5.66\"`) so that they stay exact, and streams as `nhs_minimum`, `dfg`, `la_grant` \
         and `discharge_fund`.\n\n\
         **Precedence:** a value in your file replaces jointly's value of the same year and \
         parameter, whole (a list is replaced, not extended); a parameter your file leaves out \
         keeps jointly's value; a year jointly does not know takes what your file gives, and \
         every parameter it leaves out is not known. A source key your file declares replaces \
         jointly's source of that key. Every value keeps where it came from (jointly's file, or \
         your file with its line and column), so a report can say which parameters it used.\n\n\
         **Using your file:** give it to `jointly check` or `jointly render` with \
         `--bcf-years FILE`, or name it in `jointly.toml` as `bcf_years = \"FILE\"` (relative to \
         that file's directory); a `--bcf-years` file applies over the configuration's. \
         `jointly check` then says, for each financial year of a spec's `bcf` block, which \
         parameters it used (in its human output and in the JSON report's `bcf_parameters`).\n\n```toml\n",
    );
    out.push_str(OVERRIDE_EXAMPLE);
    out.push_str("```\n");
}

fn year_section(year: &YearParameters, out: &mut String) {
    let _ = writeln!(out, "\n## {}\n", year.year);
    out.push_str("| Parameter | Value | Label | Sources |\n|---|---|---|---|\n");
    for (row, shown) in year.rows() {
        let cells = match row.fact {
            RowFact::Known {
                label,
                sources,
                note,
            } => {
                let mut value = cell(shown.as_deref().unwrap_or_default());
                if let Some(note) = note {
                    let _ = write!(value, " *Note:* {}", cell(note));
                }
                let keys: Vec<String> = sources.iter().map(|key| format!("`{key}`")).collect();
                [value, label.code().to_owned(), keys.join(", ")]
            }
            RowFact::NotKnown { reason } => [
                format!("*Not known.* {}", cell(reason)),
                "—".to_owned(),
                "—".to_owned(),
            ],
        };
        let _ = writeln!(
            out,
            "| {} (`{}`) | {} | {} | {} |",
            row.title, row.key, cells[0], cells[1], cells[2]
        );
    }
}

fn sources_section(params: &BcfParameters, out: &mut String) {
    out.push_str(
        "\n## Sources\n\nThe rulebook's source register, for the sources cited above.\n\n",
    );
    out.push_str("| Key | What was read |\n|---|---|\n");
    for (key, source) in params.sources() {
        let title = cell(&source.title);
        match &source.address {
            Some(address) => {
                let _ = writeln!(out, "| `{key}` | [{title}]({address}) |");
            }
            None => {
                let _ = writeln!(out, "| `{key}` | {title} |");
            }
        }
    }
}

/// Text fit for one table cell: no line breaks, pipes and Markdown emphasis escaped.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '|' | '*' | '_' | '[' | ']' | '<' | '`' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}
