//! `jointly render`: a numbered draft agreement for each spec, in Markdown, HTML and Word.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use annotate_snippets::Renderer;
use clap::{Args, ValueEnum};
use jointly::report::human::{load_error, plural};
use jointly::rules;
use jointly::spec::Document;
use jointly::{render, runner, spec};

use super::{ConfigArgs, Ending};

// The command's description is the doc comment of `Command::Render` in main.rs.
#[derive(Args)]
pub struct RenderArgs {
    /// Spec files, or directories of specs.
    #[arg(required = true)]
    specs: Vec<PathBuf>,
    /// The directory to write drafts to.
    #[arg(long, short, default_value = "drafts")]
    output: PathBuf,
    /// Which formats to write: one, or several separated by commas or given again
    /// (`--format all,docx` writes all three). `all` is Markdown and HTML; the Word draft is
    /// only written when asked for.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "all")]
    format: Vec<DraftFormat>,
    /// Write a clean copy without flags. Refused while a statutory gap, or a placeholder in a
    /// final or signed agreement, remains, unless --allow-incomplete.
    #[arg(long)]
    clean: bool,
    /// With --clean, write the clean copy even though statutory gaps or placeholders remain.
    #[arg(long, requires = "clean")]
    allow_incomplete: bool,
    /// Replace output files even if they were changed by hand.
    #[arg(long)]
    force: bool,
    /// A directory of templates to use instead of the built-in ones of the same name
    /// (agreement.md, library.md, schedule.md, components.md, page.html; `jointly templates
    /// export` writes them). It must exist, and a file in it with any other name is an error.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// A Better Care Fund parameters file (the form of data/bcf-years.toml) that adds a year
    /// or replaces values of one, over `bcf_years` in jointly.toml.
    #[arg(long, value_name = "FILE")]
    bcf_years: Option<PathBuf>,
    #[command(flatten)]
    config: ConfigArgs,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DraftFormat {
    /// Markdown only.
    Md,
    /// HTML only.
    Html,
    /// Markdown and HTML.
    All,
    /// Word (.docx): clauses in Word list numbering, flags as Word comments.
    Docx,
}

impl RenderArgs {
    fn wants(&self, format: DraftFormat) -> bool {
        self.format.iter().any(|f| {
            *f == format
                || (*f == DraftFormat::All && matches!(format, DraftFormat::Md | DraftFormat::Html))
        })
    }
}

/// A draft to write: text (sealed with a checksum line) or a Word package.
enum Content<'a> {
    Text(&'a str),
    Docx(Vec<u8>),
}

/// What became of one spec.
enum Drafted {
    /// Its drafts were written (or found unchanged); `failed` counts the files that were not.
    Written { failed: usize },
    /// It could not be loaded.
    Unreadable,
    /// `--clean` was refused because statutory gaps or blocking placeholders remain.
    Refused,
}

/// Drafts every spec, saying on standard output what became of each.
pub fn run(args: RenderArgs) -> anyhow::Result<Ending> {
    let loaded = args.config.load()?;
    let files = runner::find_specs(&args.specs, &loaded, false)?;
    let settings = args.config.settings(&loaded, args.bcf_years.as_deref())?;
    if files.is_empty() {
        anyhow::bail!("no spec files found");
    }
    refuse_shared_names(&files)?;
    let templates = render::Templates::load(args.templates.as_deref())?;
    let (mut failed, mut refused) = (0, 0);
    for file in &files {
        match draft(file, &args, &templates, &settings)? {
            Drafted::Written { failed: files } => failed += files,
            Drafted::Unreadable => failed += 1,
            Drafted::Refused => refused += 1,
        }
    }
    Ok(if failed > 0 {
        Ending::Incomplete
    } else if refused > 0 {
        Ending::Findings
    } else {
        Ending::Clean
    })
}

/// Drafts are named after their spec, so two specs of the same name would overwrite each
/// other's drafts.
fn refuse_shared_names(files: &[PathBuf]) -> anyhow::Result<()> {
    let mut stems = BTreeMap::new();
    for file in files {
        let stem = stem(file);
        if let Some(other) = stems.insert(stem.clone(), file) {
            anyhow::bail!(
                "{} and {} would both be drafted as {stem}; render them into different --output directories",
                other.display(),
                file.display()
            );
        }
    }
    Ok(())
}

fn stem(file: &Path) -> String {
    file.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Loads, checks and drafts one spec.
fn draft(
    file: &Path,
    args: &RenderArgs,
    templates: &render::Templates,
    settings: &rules::Settings,
) -> anyhow::Result<Drafted> {
    let mut stdout = anstream::stdout().lock();
    let document = match spec::load_file(file) {
        Ok(document) => document,
        Err(error) => {
            write!(stdout, "{}", load_error(&error, &Renderer::styled()))?;
            writeln!(stdout, "{}: no draft written\n", error.path)?;
            return Ok(Drafted::Unreadable);
        }
    };
    let checked = rules::check_with(&document, settings);
    // Counted as the draft's own summary and the dashboard count them.
    let gaps = render::gaps::GapCounts::of_checked(&checked);
    let (statutory, placeholders) = (gaps.statutory_gaps, gaps.placeholders_blocking);
    if args.clean && statutory + placeholders > 0 && !args.allow_incomplete {
        let remain = match (statutory, placeholders) {
            (_, 0) => plural(statutory, "statutory gap"),
            (0, _) => plural(placeholders, "placeholder"),
            _ => format!(
                "{} and {}",
                plural(statutory, "statutory gap"),
                plural(placeholders, "placeholder")
            ),
        };
        writeln!(
            stdout,
            "{}: not writing a clean copy: {remain} remain (see `jointly check {}`); use --allow-incomplete to write it anyway",
            document.path, document.path
        )?;
        return Ok(Drafted::Refused);
    }
    let draft = render::render(&document, &checked, templates, args.clean)?;
    let mut outputs = Vec::new();
    if args.wants(DraftFormat::Md) {
        outputs.push(("md", Content::Text(&draft.markdown)));
    }
    if args.wants(DraftFormat::Html) {
        outputs.push(("html", Content::Text(&draft.html)));
    }
    if args.wants(DraftFormat::Docx) {
        let docx = render::render_docx(&document, &checked, templates, args.clean)?;
        outputs.push(("docx", Content::Docx(docx)));
    }
    let (written, failed) = write_drafts(file, &args.output, &outputs, args.force)?;
    print_summary(&mut stdout, &document, &written, &draft.summary)?;
    Ok(Drafted::Written { failed })
}

/// Writes each draft next to the others as `STEM.EXTENSION`, reporting a file that cannot be
/// written on standard error and carrying on. Returns what was done to each file written, and
/// how many could not be.
fn write_drafts(
    spec: &Path,
    directory: &Path,
    outputs: &[(&str, Content)],
    force: bool,
) -> anyhow::Result<(Vec<String>, usize)> {
    let stem = stem(spec);
    let (mut written, mut failed) = (Vec::new(), 0);
    for (extension, content) in outputs {
        let path = directory.join(format!("{stem}.{extension}"));
        let result = match content {
            Content::Text(text) => render::output::write(&path, text, force),
            Content::Docx(zip) => render::output::write_zip(&path, zip, force),
        };
        match result {
            Ok(render::output::Written::Written) => {
                written.push(format!("wrote {}", path.display()))
            }
            Ok(render::output::Written::Unchanged) => {
                written.push(format!("{} unchanged", path.display()))
            }
            Err(error) => {
                failed += 1;
                writeln!(anstream::stderr(), "error: {error}")?;
            }
        }
    }
    Ok((written, failed))
}

/// The line that says what was written for a spec and how complete its draft is.
fn print_summary(
    out: &mut dyn Write,
    document: &Document,
    written: &[String],
    summary: &render::model::Summary,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{}: {}; {}, {} to check under the law, {}{}{}",
        document.path,
        written.join(", "),
        plural(summary.statutory_gaps, "statutory gap"),
        summary.statutory_to_check,
        plural(summary.guidance_gaps, "guidance gap"),
        match summary.placeholders {
            0 => String::new(),
            n => format!(", {}", plural(n, "placeholder")),
        },
        if summary.checklist_applies {
            format!(
                "; checklist {} of {} addressed",
                summary.checklist_addressed, summary.checklist_total
            )
        } else {
            String::new()
        }
    )
}
