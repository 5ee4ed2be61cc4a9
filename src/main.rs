//! The `jointly` command line. Errors from the library become messages and exit codes here.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use annotate_snippets::Renderer;
use anstream::ColorChoice;
use clap::{Parser, Subcommand, ValueEnum};

use jointly::rules::{self, Severity};
use jointly::spec::{self, schema};
use jointly::{render, report};

/// Check and draft UK health and social care partnership agreements.
///
/// jointly reads an agreement written as a YAML spec and checks it against the NHS Bodies and
/// Local Authorities Partnership Arrangements Regulations 2000 (SI 2000/617), under s75 NHS
/// Act 2006 or s31 Health Act 1999, and the 27-item checklist of the 2007 DCSF/DH guide.
#[derive(Parser)]
#[command(name = "jointly", version, max_term_width = 100)]
struct Cli {
    /// When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value_t = Colour::Auto, global = true)]
    color: Colour,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Colour {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Check specs against the regulations and the guidance checklist.
    ///
    /// Exit status: 0 when nothing at or above --fail-on was found, 1 when something was,
    /// 2 when a file could not be read or is not a valid spec (or the command line is wrong).
    Check {
        /// Spec files, or directories to search for `*.yaml` and `*.yml` specs (default: the
        /// current directory). In a directory, YAML files without a `jointly:` line are skipped.
        paths: Vec<PathBuf>,
        /// The lowest severity that makes the run fail.
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        /// Print the findings only, without the per-file summaries.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Write a numbered draft agreement, in Markdown and HTML, with every gap flagged where it
    /// belongs.
    ///
    /// Writes NAME.md and NAME.html for each spec NAME.yaml. A file jointly wrote is replaced;
    /// a file changed by hand since, or not written by jointly, is left alone unless --force.
    /// Exit status: 0 when every draft was written, 1 when --clean refused a draft that still
    /// has statutory gaps, 2 when a spec or template could not be read or a file not written.
    Render {
        /// Spec files, or directories of specs.
        #[arg(required = true)]
        specs: Vec<PathBuf>,
        /// The directory to write drafts to.
        #[arg(long, short, default_value = "drafts")]
        output: PathBuf,
        /// Which formats to write.
        #[arg(long, value_enum, default_value_t = Format::All)]
        format: Format,
        /// Write a clean copy without flags. Refused while a statutory gap remains, unless
        /// --allow-incomplete.
        #[arg(long)]
        clean: bool,
        /// With --clean, write the clean copy even though statutory gaps remain.
        #[arg(long, requires = "clean")]
        allow_incomplete: bool,
        /// Replace output files even if they were changed by hand.
        #[arg(long)]
        force: bool,
        /// A directory of templates to use instead of the built-in ones of the same name
        /// (agreement.md, schedule.md, components.md, page.html).
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
    },
    /// List every rule: ID, name, severity, verification label and citation.
    Rules,
    /// Explain a rule: what it checks, why it matters, an example and its citation.
    Explain {
        /// A rule ID (e.g. REG617-7-4-HOST) or name (e.g. pooled-fund-without-host).
        rule: String,
    },
    /// Print the JSON Schema of the spec format (draft-07), for editors and other tools.
    Schema,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Markdown only.
    Md,
    /// HTML only.
    Html,
    /// Markdown and HTML.
    All,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    /// Fail on errors (statutory requirements).
    Error,
    /// Fail on errors and warnings.
    Warning,
    /// Never fail because of findings.
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    ColorChoice::write_global(match cli.color {
        Colour::Auto => ColorChoice::Auto,
        Colour::Always => ColorChoice::Always,
        Colour::Never => ColorChoice::Never,
    });
    match run(cli.command) {
        Ok(code) => code,
        // A closed pipe (`jointly check | head`) is the reader's choice, not an error.
        Err(error)
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            let _ = writeln!(anstream::stderr(), "error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> anyhow::Result<ExitCode> {
    let mut stdout = anstream::stdout().lock();
    match command {
        Command::Check {
            paths,
            fail_on,
            quiet,
        } => check(&paths, fail_on, quiet),
        Command::Render {
            specs,
            output,
            format,
            clean,
            allow_incomplete,
            force,
            templates,
        } => render(
            &specs,
            &output,
            format,
            Cleanliness {
                clean,
                allow_incomplete,
            },
            force,
            templates.as_deref(),
        ),
        Command::Rules => {
            write!(stdout, "{}", report::rules::table())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { rule } => match rules::find(&rule) {
            Some(found) => {
                write!(stdout, "{}", report::rules::explain(found))?;
                Ok(ExitCode::SUCCESS)
            }
            None => {
                let ids = rules::all().iter().flat_map(|r| [r.id, r.name]);
                let hint = schema::suggest(&rule, ids).map_or_else(
                    || "run `jointly rules` to list them".to_owned(),
                    |best| format!("did you mean `{best}`?"),
                );
                anyhow::bail!("no rule has the ID or name `{rule}`; {hint}")
            }
        },
        Command::Schema => {
            write!(stdout, "{}", schema::json_schema_text())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn check(paths: &[PathBuf], fail_on: FailOn, quiet: bool) -> anyhow::Result<ExitCode> {
    let defaults = [PathBuf::from(".")];
    let paths = if paths.is_empty() {
        &defaults[..]
    } else {
        paths
    };
    let files = collect_specs(paths)?;
    if files.is_empty() {
        anyhow::bail!(
            "no spec files found in {}",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let renderer = Renderer::styled();
    let mut stdout = anstream::stdout().lock();
    let (mut unreadable, mut failing, mut errors, mut warnings) = (0, 0, 0, 0);
    for file in &files {
        let document = match spec::load_file(file) {
            Ok(document) => document,
            Err(error) => {
                unreadable += 1;
                write!(stdout, "{}", report::human::load_error(&error, &renderer))?;
                if !quiet {
                    writeln!(stdout, "{}: could not be checked\n", error.path)?;
                }
                continue;
            }
        };
        let checked = rules::check(&document);
        for finding in &checked.findings {
            writeln!(
                stdout,
                "{}\n",
                report::human::finding(&document.path, &document.source, finding, &renderer)
            )?;
        }
        let fails = checked.findings.iter().any(|f| match fail_on {
            FailOn::Error => f.severity == Severity::Error,
            FailOn::Warning => true,
            FailOn::Never => false,
        });
        failing += usize::from(fails);
        errors += checked.count(Severity::Error);
        warnings += checked.count(Severity::Warning);
        if !quiet {
            writeln!(
                stdout,
                "{}",
                report::human::summary(&document.path, &checked)
            )?;
            if !checked.findings.is_empty() || files.len() > 1 {
                writeln!(stdout)?;
            }
        }
    }
    if !quiet && files.len() > 1 {
        let mut total = format!(
            "checked {}: {}, {}",
            report::human::plural(files.len(), "spec"),
            report::human::plural(errors, "error"),
            report::human::plural(warnings, "warning")
        );
        if unreadable > 0 {
            total.push_str(&format!("; {unreadable} could not be checked"));
        }
        writeln!(stdout, "{total}")?;
    }
    Ok(if unreadable > 0 {
        ExitCode::from(2)
    } else if failing > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Clone, Copy)]
struct Cleanliness {
    clean: bool,
    allow_incomplete: bool,
}

fn render(
    paths: &[PathBuf],
    output: &Path,
    format: Format,
    cleanliness: Cleanliness,
    force: bool,
    templates: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let files = collect_specs(paths)?;
    if files.is_empty() {
        anyhow::bail!("no spec files found");
    }
    let mut stems = std::collections::BTreeMap::new();
    for file in &files {
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(other) = stems.insert(stem.clone(), file) {
            anyhow::bail!(
                "{} and {} would both be drafted as {stem}; render them into different --output directories",
                other.display(),
                file.display()
            );
        }
    }
    let templates = render::Templates::load(templates)?;
    let renderer = Renderer::styled();
    let mut stdout = anstream::stdout().lock();
    let (mut failed, mut refused) = (0, 0);
    for file in &files {
        let document = match spec::load_file(file) {
            Ok(document) => document,
            Err(error) => {
                failed += 1;
                write!(stdout, "{}", report::human::load_error(&error, &renderer))?;
                writeln!(stdout, "{}: no draft written\n", error.path)?;
                continue;
            }
        };
        let checked = rules::check(&document);
        let statutory = checked.count(Severity::Error);
        if cleanliness.clean && statutory > 0 && !cleanliness.allow_incomplete {
            refused += 1;
            writeln!(
                stdout,
                "{}: not writing a clean copy: {} remain (see `jointly check {}`); use --allow-incomplete to write it anyway",
                document.path,
                report::human::plural(statutory, "statutory gap"),
                document.path
            )?;
            continue;
        }
        let draft = render::render(&document, &checked, &templates, cleanliness.clean)?;
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut outputs = Vec::new();
        if format != Format::Html {
            outputs.push((output.join(format!("{stem}.md")), &draft.markdown));
        }
        if format != Format::Md {
            outputs.push((output.join(format!("{stem}.html")), &draft.html));
        }
        let mut written = Vec::new();
        for (path, content) in outputs {
            match render::output::write(&path, content, force) {
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
        let summary = &draft.summary;
        writeln!(
            stdout,
            "{}: {}; {}, {}; checklist {} of {} addressed",
            document.path,
            written.join(", "),
            report::human::plural(summary.statutory_gaps, "statutory gap"),
            report::human::plural(summary.guidance_gaps, "guidance gap"),
            summary.checklist_addressed,
            summary.checklist_total
        )?;
    }
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else if refused > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The spec files named by `paths`, in a stable order. Files named directly are always
/// checked; in directories, hidden entries are skipped, and so are YAML files that are not
/// jointly specs (no `jointly:` line).
fn collect_specs(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut files)?;
        } else if path.exists() {
            files.push(path.clone());
        } else {
            anyhow::bail!("{}: no such file or directory", path.display());
        }
    }
    Ok(files)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| anyhow::anyhow!("{}: cannot read the directory: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            walk(&entry, files)?;
        } else if entry.extension().is_some_and(|e| e == "yaml" || e == "yml")
            && looks_like_spec(&entry)
        {
            files.push(entry);
        }
    }
    Ok(())
}

/// Whether a YAML file found in a directory is a jointly spec. Unreadable files count as specs
/// so that the loader reports them.
fn looks_like_spec(path: &Path) -> bool {
    match std::fs::read(path) {
        Ok(bytes) => bytes.split(|b| *b == b'\n').any(|line| {
            let line = line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line);
            line.starts_with(b"jointly:")
        }),
        Err(_) => true,
    }
}
