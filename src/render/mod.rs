//! Drafts: a spec and its findings become a numbered agreement in Markdown, HTML and Word.
//!
//! The pipeline: spec and findings → sections model ([`model`]) → tera templates (Markdown)
//! → clause numbering → Markdown → HTML body (raw HTML shown as text) → allow-list sanitiser
//! → the page template. The Word draft reads the same Markdown, with clauses marked for Word
//! to number instead of numbered ([`render_docx`]). Flags come from the checker's findings;
//! templates hold wording and layout, never legal logic.

mod chart;
mod docx;
mod docx_parts;
pub mod gaps;
mod html;
pub mod model;
mod numbering;
pub mod output;
pub(crate) mod text;

use std::path::Path;

use crate::rules::Checked;
use crate::spec::Document;

/// The built-in templates. A user's `--templates DIR` may replace any of them by file name,
/// and `jointly templates export` writes them all for a council to adapt.
pub const BUILTIN: [(&str, &str); 6] = [
    (
        "components.md",
        include_str!("../../templates/components.md"),
    ),
    ("agreement.md", include_str!("../../templates/agreement.md")),
    ("library.md", include_str!("../../templates/library.md")),
    ("schedule.md", include_str!("../../templates/schedule.md")),
    ("page.html", include_str!("../../templates/page.html")),
    ("deed.md", include_str!("../../templates/deed.md")),
];

/// Why a draft could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template failed to parse or to render. The message names the template and the place.
    #[error("template error: {0}")]
    Template(String),
    /// The `--templates` directory is missing, or holds a file that is not a template (a name
    /// no built-in template has, or one that is not a readable file).
    #[error("{path}: {problem}")]
    Templates { path: String, problem: String },
    /// The Word document could not be put together.
    #[error("cannot write the Word document: {0}")]
    Docx(String),
    /// A template override could not be read.
    #[error("{path}: cannot be read: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
}

/// The loaded templates.
pub struct Templates {
    tera: tera::Tera,
}

impl Templates {
    /// The built-in templates, with any of the same name in `overrides` used instead.
    pub fn load(overrides: Option<&Path>) -> Result<Templates, RenderError> {
        if let Some(dir) = overrides {
            check_overrides(dir)?;
        }
        let mut sources = Vec::new();
        for (name, builtin) in BUILTIN {
            let text = match overrides.map(|dir| dir.join(name)).filter(|p| p.is_file()) {
                Some(path) => {
                    std::fs::read_to_string(&path).map_err(|source| RenderError::Read {
                        path: path.display().to_string(),
                        source,
                    })?
                }
                None => builtin.to_owned(),
            };
            sources.push((name, text));
        }
        let mut tera = tera::Tera::default();
        tera.add_raw_templates(sources).map_err(template_error)?;
        Ok(Templates { tera })
    }
}

/// A `--templates` directory must exist, and every template in it must be a readable file, so
/// that a mistyped directory or a dangling link is not silently ignored in favour of the
/// built-in templates.
fn check_overrides(dir: &Path) -> Result<(), RenderError> {
    let templates = |problem: String| RenderError::Templates {
        path: dir.display().to_string(),
        problem,
    };
    if let Err(error) = std::fs::read_dir(dir) {
        return Err(templates(match error.kind() {
            std::io::ErrorKind::NotFound => "no such directory".into(),
            _ if dir.is_file() => "is a file; --templates names a directory of templates".into(),
            _ => format!("cannot be read: {error}"),
        }));
    }
    for (name, _) in BUILTIN {
        let path = dir.join(name);
        if path.symlink_metadata().is_ok() && !path.is_file() {
            return Err(templates(format!(
                "{name} is not a readable file (a directory, or a dangling link)"
            )));
        }
    }
    if let Some(unknown) =
        unknown_names(dir).map_err(|e| templates(format!("cannot be read: {e}")))?
    {
        return Err(templates(format!(
            "{unknown} is not a template jointly knows, so it would never be used (a misspelt name?); the templates are {}",
            template_names().join(", ")
        )));
    }
    Ok(())
}

/// The built-in templates' file names, in the order they are listed.
pub fn template_names() -> Vec<&'static str> {
    BUILTIN.iter().map(|(name, _)| *name).collect()
}

/// The first entry of `dir`, in name order, that is not a built-in template's name. Names
/// starting with a dot (`.gitkeep`, `.DS_Store`) are left alone.
fn unknown_names(dir: &Path) -> std::io::Result<Option<String>> {
    let mut unknown = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') && !BUILTIN.iter().any(|(known, _)| *known == name) {
            unknown.push(name);
        }
    }
    unknown.sort();
    Ok(unknown.into_iter().next())
}

fn template_error(error: tera::Error) -> RenderError {
    RenderError::Template(template_message(&error))
}

/// A tera error with each of its causes on a line of its own: tera's own message names only
/// the outermost, and the cause says which template and where.
pub(crate) fn template_message(error: &tera::Error) -> String {
    use std::error::Error;
    let mut message = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        message.push_str(&format!("\n{inner}"));
        cause = inner.source();
    }
    message
}

/// A rendered draft.
pub struct Draft {
    pub markdown: String,
    pub html: String,
    /// The model's summary: gaps and checklist items addressed.
    pub summary: model::Summary,
}

/// Renders the draft of a checked spec. With `clean`, no flags are shown.
pub fn render(
    document: &Document,
    checked: &Checked,
    templates: &Templates,
    clean: bool,
) -> Result<Draft, RenderError> {
    let draft = model::build(document, checked, !clean);
    let raw = agreement(&draft, templates)?;
    let markdown = text::tidy(&numbering::number_clauses(&raw));

    // A pool with an amount not yet agreed has no chart: its marker is removed.
    let charts: Vec<(usize, Option<String>)> = draft
        .schemes
        .iter()
        .filter_map(|s| {
            s.pool.as_ref().map(|p| {
                let title = format!("Contributions to the pooled fund of Schedule {}", s.number);
                let svg = p
                    .chart
                    .as_ref()
                    .and_then(|parts| chart::contributions(&title, parts));
                (s.index, svg)
            })
        })
        .collect();
    let (mut body, toc) = html::body(&markdown);
    for (index, svg) in &charts {
        let figure = svg.as_ref().map_or_else(String::new, |svg| {
            format!("<figure class=\"chart\">{svg}</figure>")
        });
        body = body.replace(&format!("<p>@@CHART {index}</p>"), &figure);
    }
    let html = page(&body, &toc, &draft.plain_title, draft.is_draft, templates)?;

    Ok(Draft {
        markdown: finished(&markdown),
        html,
        summary: draft.summary,
    })
}

/// The HTML page of a draft: the body (not yet sanitised) sanitised, with its table of contents
/// after the title, in `page.html`.
fn page(
    body: &str,
    toc: &[html::TocEntry],
    plain_title: &str,
    is_draft: bool,
    templates: &Templates,
) -> Result<String, RenderError> {
    let body = html::sanitise(body);
    let mut page = tera::Context::new();
    page.insert("title", plain_title);
    page.insert(
        "running_header",
        &css_string(&format!(
            "{}{plain_title}",
            if is_draft { "DRAFT: " } else { "" }
        )),
    );
    page.insert("is_draft", &is_draft);
    page.insert("toc", toc);
    // The table of contents goes after the title, so headings stay in order.
    let (heading, rest) = match body.find("</h1>") {
        Some(end) => body.split_at(end + "</h1>".len()),
        None => ("", body.as_str()),
    };
    page.insert("heading", heading);
    page.insert("body", rest);
    templates
        .tera
        .render("page.html", &page)
        .map_err(template_error)
}

/// A document other than the agreement (the deed of variation), drafted from the template
/// `name` with `context`, through the same clause numbering, HTML sanitising and page as a
/// draft: its Markdown and its HTML page.
pub fn render_document(
    name: &str,
    context: &tera::Context,
    plain_title: &str,
    is_draft: bool,
    templates: &Templates,
) -> Result<(String, String), RenderError> {
    let raw = templates
        .tera
        .render(name, context)
        .map_err(template_error)?;
    let markdown = text::tidy(&numbering::number_clauses(&raw));
    let (body, toc) = html::body(&markdown);
    let html = page(&body, &toc, plain_title, is_draft, templates)?;
    Ok((finished(&markdown), html))
}

/// The Word form of [`render_document`]: clauses numbered by Word, each flag a Word comment.
pub fn render_document_docx(
    name: &str,
    context: &tera::Context,
    plain_title: &str,
    is_draft: bool,
    templates: &Templates,
) -> Result<Vec<u8>, RenderError> {
    let raw = templates
        .tera
        .render(name, context)
        .map_err(template_error)?;
    let markdown = without_charts(&text::tidy(&numbering::mark_clauses(&raw)));
    let header = format!("{}{plain_title}", if is_draft { "DRAFT: " } else { "" });
    docx::document(&markdown, &header)
}

/// The Word draft of a checked spec: the same Markdown as [`render`]'s, with its clauses
/// numbered by Word and each flag a Word comment. With `clean`, no flags, so no comments.
pub fn render_docx(
    document: &Document,
    checked: &Checked,
    templates: &Templates,
    clean: bool,
) -> Result<Vec<u8>, RenderError> {
    let draft = model::build(document, checked, !clean);
    let raw = agreement(&draft, templates)?;
    // The isolate marks stay until the Word writer has read the clause markers, so that spec
    // text, which is always between them, can never pass for a marker.
    let markdown = without_charts(&text::tidy(&numbering::mark_clauses(&raw)));
    let header = format!(
        "{}{}",
        if draft.is_draft { "DRAFT: " } else { "" },
        draft.plain_title
    );
    docx::document(&markdown, &header)
}

/// The agreement template rendered from the model: Markdown with clause markers.
fn agreement(draft: &model::Draft, templates: &Templates) -> Result<String, RenderError> {
    let context = tera::Context::from_serialize(draft).map_err(template_error)?;
    templates
        .tera
        .render("agreement.md", &context)
        .map_err(template_error)
}

/// The Markdown as written: no isolate marks and no chart markers.
fn finished(markdown: &str) -> String {
    without_charts(&text::without_isolates(markdown))
}

/// The Markdown without its chart markers.
fn without_charts(markdown: &str) -> String {
    let markdown = markdown
        .lines()
        .filter(|l| !l.starts_with("@@CHART "))
        .collect::<Vec<_>>()
        .join("\n");
    text::tidy(&markdown)
}

/// A CSS string literal's contents, with everything but letters, digits and spaces escaped,
/// so that no title can close the string or the style element.
fn css_string(text: &str) -> String {
    text.chars()
        // The space after each escape ends it (CSS consumes one whitespace after a hex escape).
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_string()
            } else {
                format!("\\{:06x} ", u32::from(c))
            }
        })
        .collect()
}
