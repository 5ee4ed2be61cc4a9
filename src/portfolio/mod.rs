//! The portfolio dashboard: a whole repository of checked agreements on one page.
//!
//! ```text
//! [Entry { path, Checked | Failed }] ──build(as_of)──▶ Portfolio ──┬─ to_html      (tera, portfolio.html + inline SVG)
//!                                                                  ├─ to_markdown  (tera, portfolio.md)
//!                                                                  └─ to_json      (format_version 2)
//! ```
//!
//! `jointly report` uses [`Builder`] instead of [`build`], adding each spec as it is checked
//! so that its document can be dropped, and [`write_html`], [`write_markdown`] and
//! [`write_json`], which write the same bytes in pieces.
//!
//! The page shows, as they stand on the `as_of` date:
//!
//! 1. a heat map of agreements × requirements: the statutory rules that applied to at least
//!    one agreement, and the 27 checklist items, each cell met, missing, not applicable or
//!    waived; files that could not be loaded are listed with their first problem;
//! 2. pooled money by partner and financial year (exact sums of pool contributions; never
//!    `other_funding`), with each year's total (never a total across years) and a bar chart
//!    with one bar per partner and year;
//! 3. first reviews and expiries overdue or due within 90 days;
//! 4. parties whose body type no longer existed at `as_of` (needing a novation);
//! 5. every waiver, flagged when expired or expiring within 90 days.
//!
//! Output is deterministic: entries are sorted by path, everything else by a stated key, and
//! no clock is read (`as_of` is passed in). Check each spec with
//! [`crate::rules::check_with`] and `Settings { today: as_of, as_of: Some(as_of), .. }` so that
//! waiver expiry in the heat map agrees with the waiver list.
//!
//! # JSON format, version 2
//!
//! [`to_json`] writes the [`Portfolio`] as one pretty-printed JSON object:
//!
//! - `format_version`: `3`. A change that removes or renames a key, or changes a key's meaning,
//!   increases it; new keys may be added within a version. Version 2 counts gaps as drafts do
//!   ([`crate::render::gaps::GapCounts`]): `statutory_gaps` no longer includes statutory
//!   findings that only warn, which are `statutory_to_check`, and `statutory_unverified`
//!   counts those of them resting on unverified wording. Version 3 never adds money of
//!   different financial years: `summary.pooled_by_year` replaces `summary.pooled_total`, and
//!   `money.total`, each partner's `total` and `money.other_funding_total` are gone.
//! - `as_of` (`"YYYY-MM-DD"`), `as_of_long` (`"25 November 2026"`), `window_days` (`90`).
//! - `summary`: `agreements`, `unreadable`, the gap counts, `waived`, `pooled_by_year` (`{year,
//!   amount}` per financial year, as `money.years` and `money.year_totals`),
//!   `pooled_not_agreed`, `due`,
//!   `overdue`, `novations`, `waivers_flagged`. The gap counts are of findings not waived:
//!   `statutory_gaps` (what the law requires: errors of statutory rules, which drafts flag
//!   "Required by law"), `statutory_to_check` (statutory rules' findings that only warn:
//!   resting on unverified wording, or for a person to judge), `statutory_unverified` (of
//!   those, resting on unverified wording) and `guidance_gaps` (guidance rules' findings,
//!   including checklist items not addressed); beside them, `placeholders` (placeholder notes
//!   left in the specs' text, not gaps in law) and `placeholders_blocking` (of those, in final
//!   or signed agreements).
//! - `heat_map`: `statutory` and `checklist`, lists of columns `{id, code, summary, citation,
//!   unverified}`; `rows`, one per agreement sorted by path: `{path, title, the gap counts,
//!   checklist_addressed, checklist_applies, statutory: [cell], checklist: [cell]}`, one cell per
//!   column in the same order, each `{status, findings, waived}` where `status` is `met`,
//!   `missing`, `not_applicable` or `waived`.
//! - `unreadable`: `{path, line, column, message, help, problems}` per file not loaded.
//! - `money`: `years` (column labels; `"year not stated"` last when a pool states none),
//!   `partners` (`{name, cells, agreements}`, `cells` one per year, `null` where the
//!   partner contributed nothing that year), `year_totals`, `pools`,
//!   `pools_without_contributions`, `other_funding_items`, `other_funding_not_agreed`,
//!   `contributions_not_agreed`, `amounts_too_large`. Every amount
//!   is `{"value": "22250000.00", "display": "£22,250,000.00"}`: exact, never a float.
//! - `due`: `{path, title, kind ("review" | "expiry"), date, date_long, days (negative when
//!   passed), overdue, status, rolling_notice_months}`, sorted by date.
//! - `novations`: `{path, title, party_id, party_name, body_type, body_words, ended,
//!   ended_long, note, verified}`.
//! - `waivers`: `{path, title, index, rule, rule_id, at, reason, approved_by, expires,
//!   expires_long, days, status ("expired" | "expiring" | "in_force"), status_text, flagged,
//!   findings_covered, problem}`, sorted by expiry (none last), then path.
//!
//! Strings from specs appear as written (whitespace collapsed to single spaces); escaping is
//! the reader's job.

mod chart;
mod model;
mod text;

pub use model::{
    Amount, Builder, Cell, CellStatus, Cells, Column, Due, DueKind, FORMAT_VERSION, HeatMap,
    MoneyTable, Novation, PartnerMoney, Portfolio, Row, SharedText, Summary, Unreadable,
    WINDOW_DAYS, WaiverRow, WaiverStatus, build,
};

use std::io::Write;

use crate::rules::Checked;
use crate::spec::{Document, LoadError};

/// The built-in templates: each page, and its long lists, which are rendered a chunk at a time
/// where the page has a marker (see [`write_html`]).
const TEMPLATES: [(&str, &str); 4] = [
    (
        "portfolio.html",
        include_str!("../../templates/portfolio.html"),
    ),
    (
        "portfolio-lists.html",
        include_str!("../../templates/portfolio-lists.html"),
    ),
    ("portfolio.md", include_str!("../../templates/portfolio.md")),
    (
        "portfolio-lists.md",
        include_str!("../../templates/portfolio-lists.md"),
    ),
];

/// The long lists, in the order each page has them.
const HTML_LISTS: [&str; 6] = [
    "rows",
    "unreadable",
    "partners",
    "due",
    "novations",
    "waivers",
];
const MARKDOWN_LISTS: [&str; 8] = [
    "statutory",
    "checklist",
    "gaps",
    "unreadable",
    "partners",
    "due",
    "novations",
    "waivers",
];

/// How many items of a list are rendered at a time.
const CHUNK: usize = 200;

/// One file of the repository: checked, or why it could not be loaded.
pub struct Entry {
    /// The path as the user gave it (rows are sorted by it).
    pub path: String,
    pub outcome: EntryOutcome,
}

/// What became of one file.
pub enum EntryOutcome {
    /// It loaded and was checked.
    Checked {
        document: Box<Document>,
        checked: Box<Checked>,
    },
    /// It could not be loaded.
    Failed(LoadError),
}

/// Why the portfolio could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum PortfolioError {
    /// A template failed to parse or to render.
    #[error("portfolio template error: {0}")]
    Template(String),
    /// The output could not be written.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

fn template_error(error: tera::Error) -> PortfolioError {
    PortfolioError::Template(crate::render::template_message(&error))
}

fn tera() -> Result<tera::Tera, PortfolioError> {
    let mut tera = tera::Tera::default();
    // Markdown escaping for spec text in the Markdown template (HTML is autoescaped).
    tera.register_filter("md", |value: &str, _: tera::Kwargs, _: &tera::State| {
        crate::render::text::without_isolates(&crate::render::text::markdown(value))
    });
    tera.register_filter(
        "code_cell",
        |value: &str, _: tera::Kwargs, _: &tera::State| text::code_cell(value),
    );
    tera.add_raw_templates(TEMPLATES).map_err(template_error)?;
    Ok(tera)
}

/// The portfolio as one self-contained HTML page: embedded CSS, an inline SVG chart, no
/// scripts and no external requests. Every string from a spec is escaped.
pub fn to_html(portfolio: &Portfolio) -> Result<String, PortfolioError> {
    let mut out = Vec::new();
    write_html(portfolio, &mut out)?;
    Ok(String::from_utf8(out).expect("tera renders text"))
}

/// [`to_html`], written to `out` in pieces: the page around its long lists (the heat map's
/// rows, unreadable files, partners' money, dates due, novations and waivers) is rendered
/// once, with a marker where each list goes, and each list is rendered a chunk at a time into
/// it, so no template context or text holds a whole list.
pub fn write_html(portfolio: &Portfolio, out: &mut dyn Write) -> Result<(), PortfolioError> {
    let markers = Markers::new(&HTML_LISTS);
    let mut context = page_context(portfolio, &markers)?;
    // The only markup inserted unescaped: the chart, built in Rust from numbers and escaped
    // names.
    context.insert("chart", &chart::pooled_money(&portfolio.money));
    context.insert("palette", &chart::PALETTE);
    let tera = tera()?;
    let page = tera
        .render("portfolio.html", &context)
        .map_err(template_error)?;
    stream(
        &tera,
        &page,
        &markers,
        "portfolio-lists.html",
        portfolio,
        out,
    )
}

/// The portfolio in Markdown (GitHub/GitLab flavour). Every string from a spec is escaped.
pub fn to_markdown(portfolio: &Portfolio) -> Result<String, PortfolioError> {
    let mut out = Vec::new();
    write_markdown(portfolio, &mut out)?;
    Ok(String::from_utf8(out).expect("tera renders text"))
}

/// [`to_markdown`], written to `out` in pieces as [`write_html`] writes the page, and tidied
/// line by line as it goes.
pub fn write_markdown(portfolio: &Portfolio, out: &mut dyn Write) -> Result<(), PortfolioError> {
    let markers = Markers::new(&MARKDOWN_LISTS);
    let context = page_context(portfolio, &markers)?;
    let tera = tera()?;
    let page = tera
        .render("portfolio.md", &context)
        .map_err(template_error)?;
    let mut tidy = text::Tidy::new(out);
    stream(
        &tera,
        &page,
        &markers,
        "portfolio-lists.md",
        portfolio,
        &mut tidy,
    )?;
    Ok(tidy.finish()?)
}

/// The portfolio as JSON, format version 2 (see the module documentation), ending with a
/// newline.
pub fn to_json(portfolio: &Portfolio) -> String {
    let mut out = Vec::new();
    write_json(portfolio, &mut out)
        .expect("the portfolio model always serialises: plain structs, string keys");
    String::from_utf8(out).expect("JSON is text")
}

/// [`to_json`], serialised straight to `out`.
pub fn write_json(portfolio: &Portfolio, out: &mut dyn Write) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, portfolio)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The markers a page has where its long lists go: an HTML comment with a number drawn
/// afresh for each run, which no spec string can foresee (and spec strings reach the HTML
/// page escaped).
struct Markers(Vec<(&'static str, String)>);

impl Markers {
    fn new(names: &[&'static str]) -> Markers {
        use std::hash::{BuildHasher, Hasher};
        let nonce = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        Markers(
            names
                .iter()
                .map(|name| (*name, format!("<!--jointly-rows-{name}-{nonce:016x}-->")))
                .collect(),
        )
    }
}

/// The context of a page: the portfolio without its long lists, each of which is only `true`
/// or `false` (whether it has items; `heat_map.has_rows` for the heat map's rows), and the
/// markers where they go.
fn page_context(portfolio: &Portfolio, markers: &Markers) -> Result<tera::Context, PortfolioError> {
    #[derive(serde::Serialize)]
    struct HeatMapHead<'a> {
        statutory: &'a [Column],
        checklist: &'a [Column],
        has_rows: bool,
    }
    let mut context = tera::Context::new();
    context.insert("format_version", &portfolio.format_version);
    context.insert("as_of", &portfolio.as_of);
    context.insert("as_of_long", &portfolio.as_of_long);
    context.insert("window_days", &portfolio.window_days);
    context.insert("summary", &portfolio.summary);
    context.insert(
        "heat_map",
        &HeatMapHead {
            statutory: &portfolio.heat_map.statutory,
            checklist: &portfolio.heat_map.checklist,
            has_rows: !portfolio.heat_map.rows.is_empty(),
        },
    );
    context.insert("unreadable", &!portfolio.unreadable.is_empty());
    context.insert("money", &portfolio.money.head());
    context.insert("due", &!portfolio.due.is_empty());
    if !portfolio.undated_reviews.is_empty() {
        context.insert("undated_reviews", &portfolio.undated_reviews);
    }
    if !portfolio.ended.is_empty() {
        context.insert("ended", &portfolio.ended);
    }
    context.insert("novations", &!portfolio.novations.is_empty());
    context.insert("waivers", &!portfolio.waivers.is_empty());
    context.insert("scope", &portfolio.scope);
    let names: std::collections::BTreeMap<&str, &str> =
        markers.0.iter().map(|(n, m)| (*n, m.as_str())).collect();
    context.insert("markers", &names);
    Ok(context)
}

/// How many items the list `part` has, and the context of its items in `range`, under the
/// names the page's loop reads.
fn list(
    portfolio: &Portfolio,
    part: &str,
    range: Option<std::ops::Range<usize>>,
) -> (usize, tera::Context) {
    #[derive(serde::Serialize)]
    struct Rows<'a> {
        statutory: &'a [Column],
        checklist: &'a [Column],
        rows: &'a [Row],
    }
    #[derive(serde::Serialize)]
    struct Partners<'a> {
        partners: &'a [PartnerMoney],
    }
    fn slice<'a, T>(items: &'a [T], range: &Option<std::ops::Range<usize>>) -> (usize, &'a [T]) {
        let range = range.clone().unwrap_or(0..0);
        (items.len(), items.get(range).unwrap_or(&[]))
    }
    let mut context = tera::Context::new();
    context.insert("part", part);
    context.insert("summary", &portfolio.summary);
    let heat_map = &portfolio.heat_map;
    let len = match part {
        "unreadable" => {
            let (len, items) = slice(&portfolio.unreadable, &range);
            context.insert("unreadable", items);
            len
        }
        "partners" => {
            let (len, partners) = slice(&portfolio.money.partners, &range);
            context.insert("money", &Partners { partners });
            len
        }
        "due" => {
            let (len, items) = slice(&portfolio.due, &range);
            context.insert("due", items);
            len
        }
        "novations" => {
            let (len, items) = slice(&portfolio.novations, &range);
            context.insert("novations", items);
            len
        }
        "waivers" => {
            let (len, items) = slice(&portfolio.waivers, &range);
            context.insert("waivers", items);
            len
        }
        _ => {
            let (len, rows) = slice(&heat_map.rows, &range);
            let rows = Rows {
                statutory: &heat_map.statutory,
                checklist: &heat_map.checklist,
                rows,
            };
            context.insert("heat_map", &rows);
            len
        }
    };
    (len, context)
}

/// Writes `page`, putting at each marker its list rendered by `template`, a chunk at a time.
/// A marker the page does not have (an empty list, or no statutory column) is skipped.
fn stream(
    tera: &tera::Tera,
    page: &str,
    markers: &Markers,
    template: &str,
    portfolio: &Portfolio,
    out: &mut dyn Write,
) -> Result<(), PortfolioError> {
    let mut rest = page;
    for (part, marker) in &markers.0 {
        let Some(at) = rest.find(marker.as_str()) else {
            continue;
        };
        out.write_all(&rest.as_bytes()[..at])?;
        let (len, _) = list(portfolio, part, None);
        for start in (0..len).step_by(CHUNK) {
            let (_, context) = list(portfolio, part, Some(start..len.min(start + CHUNK)));
            let text = tera.render(template, &context).map_err(template_error)?;
            out.write_all(text.as_bytes())?;
        }
        rest = &rest[at + marker.len()..];
    }
    out.write_all(rest.as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests;
