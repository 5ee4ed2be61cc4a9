//! `jointly diff OLD NEW`: what changed between two versions of a spec, by meaning, and the
//! deed of variation.

use std::io::Write;
use std::path::{Path, PathBuf};

use annotate_snippets::Renderer;
use clap::{Args, ValueEnum};
use jointly::diff::{self, Change, Diff, Recheck};
use jointly::render;
use jointly::report::human::{load_error, plural};
use jointly::rules::{self, Finding};
use jointly::spec::{self, Document};

use super::{ConfigArgs, Ending};

// The command's description is the doc comment of `Command::Diff` in main.rs.
#[derive(Args)]
pub struct DiffArgs {
    /// The spec of the agreement as it was.
    old: PathBuf,
    /// The spec of the agreement as varied.
    new: PathBuf,
    /// How to write the changes on standard output: `human` (grouped, old → new, with
    /// file:line:col in both), or `json` (versioned; documented in src/diff/json.rs).
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
    /// Also write a draft deed of variation into DIR, as NEW-variation.md, .html and .docx
    /// (NEW being the varied spec's file name without `.yaml`).
    #[arg(long, value_name = "DIR")]
    deed: Option<PathBuf>,
    /// With --deed, replace deed files even if they were changed by hand.
    #[arg(long, requires = "deed")]
    force: bool,
    /// With --deed, a directory of templates to use instead of the built-in ones of the same
    /// name (deed.md, components.md, page.html; `jointly templates export` writes them).
    #[arg(long, value_name = "DIR", requires = "deed")]
    templates: Option<PathBuf>,
    /// A Better Care Fund parameters file for the re-check, as for `jointly check`.
    #[arg(long, value_name = "FILE")]
    bcf_years: Option<PathBuf>,
    #[command(flatten)]
    config: ConfigArgs,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    /// For people: grouped, old → new, with file:line:col in both files.
    Human,
    /// jointly's versioned JSON (documented in src/diff/json.rs).
    Json,
}

/// Compares the two specs, writes the changes and, when asked, the deed.
pub fn run(args: DiffArgs) -> anyhow::Result<Ending> {
    // The re-check runs the rules the other commands would, as jointly.toml and the
    // command line choose them.
    let loaded = args.config.load()?;
    let settings = args.config.settings(&loaded, args.bcf_years.as_deref())?;
    let (old, new) = match (load(&args.old)?, load(&args.new)?) {
        (Some(old), Some(new)) => (old, new),
        _ => return Ok(Ending::Incomplete),
    };
    let diff = diff::compare(&old, &new);
    let (old_checked, new_checked) = (
        rules::check_with(&old, &settings),
        rules::check_with(&new, &settings),
    );
    let recheck = diff::recheck(&old_checked, &new_checked);
    let mut stdout = anstream::stdout().lock();
    match args.format {
        DiffFormat::Human => human(&mut stdout, &old, &new, &diff, &recheck)?,
        DiffFormat::Json => diff::json::write(&old, &new, &diff, &recheck, &mut stdout)?,
    }
    if let Some(directory) = &args.deed {
        let templates = render::Templates::load(args.templates.as_deref())?;
        let deed = diff::deed::draft(&old, &new, &diff, &recheck, &templates)?;
        let mut note: Box<dyn Write> = match args.format {
            DiffFormat::Human => Box::new(stdout),
            DiffFormat::Json => Box::new(anstream::stderr()),
        };
        if !write_deed(&mut note, &args.new, directory, &deed, args.force)? {
            return Ok(Ending::Incomplete);
        }
    }
    Ok(if diff.changes.is_empty() {
        Ending::Clean
    } else {
        Ending::Findings
    })
}

/// Loads a spec, or reports on standard error why it cannot be loaded.
fn load(path: &Path) -> anyhow::Result<Option<Document>> {
    if path.is_dir() {
        anyhow::bail!(
            "{}: is a directory; `jointly diff` compares two spec files",
            path.display()
        );
    }
    match spec::load_file(path) {
        Ok(document) => Ok(Some(document)),
        Err(error) => {
            let mut stderr = anstream::stderr();
            write!(stderr, "{}", load_error(&error, &Renderer::styled()))?;
            writeln!(stderr, "{}: cannot be compared\n", error.path)?;
            Ok(None)
        }
    }
}

/// The changes for people: a heading per group, each change with old → new and where it is in
/// both files, then the re-check of NEW.
fn human(
    out: &mut dyn Write,
    old: &Document,
    new: &Document,
    diff: &Diff,
    recheck: &Recheck,
) -> std::io::Result<()> {
    if diff.changes.is_empty() {
        return writeln!(out, "{} and {}: no changes", old.path, new.path);
    }
    writeln!(
        out,
        "{} → {}: {}\n",
        old.path,
        new.path,
        plural(diff.changes.len(), "change")
    )?;
    let mut group = None;
    for change in &diff.changes {
        if group != Some(change.group) {
            if group.is_some() {
                writeln!(out)?;
            }
            writeln!(out, "{}:", change.group.heading())?;
            group = Some(change.group);
        }
        one_change(out, old, new, change)?;
    }
    writeln!(
        out,
        "\nRe-check of {}: {} introduced, {} resolved",
        new.path,
        plural(recheck.introduced.len(), "finding"),
        recheck.resolved.len()
    )?;
    for finding in &recheck.introduced {
        finding_line(out, "introduced", new, finding)?;
    }
    for finding in &recheck.resolved {
        finding_line(out, "resolved", old, finding)?;
    }
    Ok(())
}

fn one_change(
    out: &mut dyn Write,
    old: &Document,
    new: &Document,
    change: &Change,
) -> std::io::Result<()> {
    let value = |v: &Option<String>| match v {
        Some(text) => format!("“{}”", one_line(text)),
        None => "(none)".into(),
    };
    writeln!(out, "  {} {}", change.kind.word(change.group), change.path)?;
    let difference = change
        .difference
        .as_deref()
        .map(|d| format!(" ({})", diff::difference_words(d)))
        .unwrap_or_default();
    writeln!(
        out,
        "      {} → {}{difference}",
        value(&change.old),
        value(&change.new)
    )?;
    let at = |document: &Document, pointer: &str| {
        let span = document.index.locate(pointer);
        format!("{}:{}:{}", document.path, span.line, span.column)
    };
    writeln!(
        out,
        "      --> {} → {}",
        at(old, &change.old_pointer),
        at(new, &change.new_pointer)
    )
}

fn finding_line(
    out: &mut dyn Write,
    word: &str,
    document: &Document,
    finding: &Finding,
) -> std::io::Result<()> {
    writeln!(
        out,
        "  {word} {}: {}\n      --> {}:{}:{}",
        finding.rule.id, finding.message, document.path, finding.span.line, finding.span.column
    )
}

/// Writes the deed beside the others as NEW-variation.EXT, saying what was done to each
/// file. False when a file could not be written.
fn write_deed(
    note: &mut dyn Write,
    new: &Path,
    directory: &Path,
    deed: &diff::deed::Deed,
    force: bool,
) -> anyhow::Result<bool> {
    let stem = new
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut all_written = true;
    for extension in ["md", "html", "docx"] {
        let path = directory.join(format!("{stem}-variation.{extension}"));
        let result = match extension {
            "md" => render::output::write(&path, &deed.markdown, force),
            "html" => render::output::write(&path, &deed.html, force),
            _ => render::output::write_zip(&path, &deed.docx, force),
        };
        match result {
            Ok(render::output::Written::Written) => writeln!(note, "wrote {}", path.display())?,
            Ok(render::output::Written::Unchanged) => {
                writeln!(note, "{} unchanged", path.display())?
            }
            Err(error) => {
                all_written = false;
                writeln!(anstream::stderr(), "error: {error}")?;
            }
        }
    }
    Ok(all_written)
}

/// A value on one line of the terminal: line breaks as spaces, and cut after 100 characters.
fn one_line(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(100) {
        Some((end, _)) => format!("{}…", &line[..end]),
        None => line,
    }
}
