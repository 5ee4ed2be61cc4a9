//! The `jointly` command line. Errors from the library become messages and exit codes here.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use annotate_snippets::Renderer;
use anstream::ColorChoice;
use clap::{Parser, Subcommand, ValueEnum};

use jointly::config::{self, FailOn};
use jointly::rules::{self, Severity};
use jointly::spec::{self, schema};
use jointly::{render, report, runner};

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
        /// current directory). In a directory, files ignored by .gitignore, hidden files and
        /// YAML files without a `jointly:` line are skipped.
        paths: Vec<PathBuf>,
        /// The lowest severity that makes the run fail [default: error, or `fail_on` in
        /// jointly.toml].
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// The output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
        format: OutputFormat,
        /// Write the report to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The configuration file [default: jointly.toml in the current directory or the
        /// nearest one above it].
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Ignore any jointly.toml.
        #[arg(long, conflicts_with = "config")]
        no_config: bool,
        /// The date era checks use for agreements that state no commencement or date made
        /// (YYYY-MM-DD) [default: `as_of` in jointly.toml].
        #[arg(long, value_name = "DATE")]
        as_of: Option<jiff::civil::Date>,
        /// How many files to check at once [default: the number of CPUs].
        #[arg(long, short = 'j', value_name = "N")]
        threads: Option<usize>,
        /// Print the findings only, without the per-file summaries (human format).
        #[arg(long, short)]
        quiet: bool,
        /// Skip named files that are not jointly specs (no `jointly:` line), as is done in
        /// directories. For hooks that pass every changed YAML file.
        #[arg(long)]
        specs_only: bool,
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
    /// Write a portfolio dashboard of every agreement below the given paths: a heat map of
    /// agreements against requirements, pooled money by partner and year, reviews and expiries
    /// due, bodies that need a novation, and waivers.
    Report {
        /// Spec files, or directories of specs.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Where to write the dashboard [default: standard output]. An existing file is
        /// replaced only if jointly wrote it and nobody has edited it since, or with --force.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The format [default: from the --output extension (.html, .md, .json), else html].
        #[arg(long, value_enum)]
        format: Option<PortfolioFormat>,
        /// The date the dashboard is as at: due dates, abolished bodies and waiver expiry are
        /// judged against it (YYYY-MM-DD) [default: today].
        #[arg(long, value_name = "DATE")]
        as_of: Option<jiff::civil::Date>,
        /// Replace the output file even if it was changed by hand.
        #[arg(long)]
        force: bool,
        /// The configuration file [default: jointly.toml in the current directory or the
        /// nearest one above it].
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// List every rule: ID, name, severity, verification label and citation.
    Rules,
    /// Explain a rule: what it checks, why it matters, an example and its citation.
    Explain {
        /// A rule ID (e.g. REG617-7-4-HOST) or name (e.g. pooled-fund-without-host).
        rule: String,
    },
    /// Print the JSON Schema of the spec format (draft-07), for editors and other tools.
    Schema {
        /// Print the schema of jointly.toml instead.
        #[arg(long)]
        config: bool,
    },
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
enum PortfolioFormat {
    /// One self-contained page.
    Html,
    /// Markdown.
    Md,
    /// jointly's versioned portfolio JSON.
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// Diagnostics for people, in the style of rustc.
    Human,
    /// jointly's versioned JSON report (documented in `src/report/json.rs`).
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// JUnit XML, for test dashboards.
    Junit,
    /// GitHub Actions annotations (and a summary table in $GITHUB_STEP_SUMMARY).
    Github,
    /// GitLab Code Quality JSON.
    Gitlab,
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
            format,
            output,
            config,
            no_config,
            as_of,
            threads,
            quiet,
            specs_only,
        } => check(CheckArgs {
            specs_only,
            paths,
            fail_on,
            format,
            output,
            config: if no_config {
                ConfigChoice::None
            } else {
                config.map_or(ConfigChoice::Discover, ConfigChoice::File)
            },
            as_of,
            threads,
            quiet,
        }),
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
        Command::Report {
            paths,
            output,
            format,
            as_of,
            force,
            config,
        } => {
            let config = config.map_or(ConfigChoice::Discover, ConfigChoice::File);
            portfolio(&paths, output.as_deref(), format, as_of, force, &config)
        }
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
        Command::Schema { config } => {
            let text = if config {
                config::json_schema_text()
            } else {
                schema::json_schema_text()
            };
            write!(stdout, "{text}")?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

enum ConfigChoice {
    Discover,
    File(PathBuf),
    None,
}

struct CheckArgs {
    specs_only: bool,
    paths: Vec<PathBuf>,
    fail_on: Option<FailOn>,
    format: OutputFormat,
    output: Option<PathBuf>,
    config: ConfigChoice,
    as_of: Option<jiff::civil::Date>,
    threads: Option<usize>,
    quiet: bool,
}

/// Loads the configuration the user chose, or finds one. A bad configuration stops the run
/// with a located message.
fn load_config(choice: &ConfigChoice) -> anyhow::Result<config::Loaded> {
    let path = match choice {
        ConfigChoice::None => {
            return Ok(config::Loaded {
                root: PathBuf::from("."),
                ..Default::default()
            });
        }
        ConfigChoice::File(path) => path.clone(),
        ConfigChoice::Discover => match config::discover(&std::env::current_dir()?) {
            Some(path) => path,
            None => {
                return Ok(config::Loaded {
                    root: PathBuf::from("."),
                    ..Default::default()
                });
            }
        },
    };
    config::load(&path).map_err(|error| {
        let problem = spec::Problem {
            span: error.span,
            message: error.message.clone(),
            help: error.help.clone(),
            pointer: None,
        };
        let load_error = spec::LoadError {
            path: error.path.clone(),
            text: Some(error.text.clone()),
            problems: vec![problem],
        };
        anyhow::anyhow!(
            "{}",
            report::human::load_error(&load_error, &Renderer::plain())
                .trim_end()
                .trim_start_matches("error: ")
        )
    })
}

/// One checked file, formatted for the terminal by the worker that checked it.
struct Done {
    report: report::FileReport,
    human: String,
    /// The areas jointly does not check that concern this spec (for the closing scope note).
    relevant: Vec<&'static str>,
}

fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let loaded = load_config(&args.config)?;
    let mut settings = loaded.settings();
    if args.as_of.is_some() {
        settings.as_of = args.as_of;
    }
    let fail_on = args
        .fail_on
        .or(loaded.config.fail_on)
        .unwrap_or(FailOn::Error);
    let defaults = [PathBuf::from(".")];
    let paths = if args.paths.is_empty() {
        &defaults[..]
    } else {
        &args.paths
    };
    let files = runner::find_specs(paths, &loaded, args.specs_only)?;
    if files.is_empty() && args.specs_only {
        return Ok(ExitCode::SUCCESS);
    }
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
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let human = args.format == OutputFormat::Human;
    let renderer = if args.output.is_none() {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let quiet = args.quiet;
    let work = |file: &Path| -> Done {
        match spec::load_file(file) {
            Ok(document) => {
                let checked = rules::check_with(&document, &settings);
                let text = if human {
                    report::human::document(&document, &checked, &renderer, quiet)
                } else {
                    String::new()
                };
                let relevant = rules::coverage::relevant(&document.spec);
                let outcome = report::Outcome::Checked(Box::new(checked));
                Done {
                    report: report::FileReport {
                        path: document.path,
                        outcome,
                    },
                    human: text,
                    relevant,
                }
            }
            Err(error) => {
                let mut text = String::new();
                if human {
                    text = report::human::load_error(&error, &renderer);
                    if !quiet {
                        text.push_str(&format!("{}: could not be checked\n\n", error.path));
                    }
                }
                let path = error.path.clone();
                Done {
                    report: report::FileReport {
                        path,
                        outcome: report::Outcome::Failed(error),
                    },
                    human: text,
                    relevant: Vec::new(),
                }
            }
        }
    };

    let progress = progress_bar(files.len());
    let mut buffer = Vec::new();
    let mut stdout = anstream::stdout().lock();
    let sink: &mut dyn Write = if args.output.is_some() {
        &mut buffer
    } else {
        &mut stdout
    };
    let (mut unreadable, mut failing, mut errors, mut warnings, mut waived) = (0, 0, 0, 0, 0);
    let mut reports = Vec::new();
    let mut write_error = None;
    let mut coverage = rules::coverage::RunCoverageBuilder::default();
    runner::in_order(&files, threads, work, |done| {
        progress.inc(1);
        match &done.report.outcome {
            report::Outcome::Failed(_) => unreadable += 1,
            report::Outcome::Checked(checked) => {
                coverage.add(&checked.applied, &done.relevant);
                errors += checked.count(Severity::Error);
                warnings += checked.count(Severity::Warning);
                waived += checked.waived.len();
                failing += usize::from(checked.worst().is_some_and(|worst| fail_on.fails(worst)));
            }
        }
        if human {
            if let Err(error) = progress.suspend(|| sink.write_all(done.human.as_bytes())) {
                write_error.get_or_insert(error);
            }
        } else {
            reports.push(done.report);
        }
    });
    progress.finish_and_clear();
    if let Some(error) = write_error {
        return Err(error.into());
    }
    if human && !quiet && files.len() > 1 {
        let mut total = format!(
            "checked {}: {}, {}",
            report::human::plural(files.len(), "spec"),
            report::human::plural(errors, "error"),
            report::human::plural(warnings, "warning")
        );
        if waived > 0 {
            total.push_str(&format!(", {waived} waived"));
        }
        if unreadable > 0 {
            total.push_str(&format!("; {unreadable} could not be checked"));
        }
        writeln!(sink, "{total}")?;
    }
    if human && !quiet && files.len() > unreadable {
        writeln!(sink, "{}", report::human::scope_note(&coverage.finish()))?;
    }
    if !human {
        write_machine(args.format, &reports, sink)?;
    }
    sink.flush()?;
    if let Some(path) = &args.output {
        write_report_file(path, &buffer)?;
    }
    Ok(if unreadable > 0 {
        ExitCode::from(2)
    } else if failing > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A progress bar on standard error for long runs on a terminal; hidden in CI and pipes.
fn progress_bar(files: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    let interactive = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    if !interactive || files < 200 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(files as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} checking {pos}/{len} specs {wide_bar} {eta}",
    ) {
        bar.set_style(style);
    }
    bar
}

/// Writes a machine-readable report. For GitHub, also appends a summary table to the file
/// named by `GITHUB_STEP_SUMMARY`, since GitHub shows only a few annotations per step.
fn write_machine(
    format: OutputFormat,
    reports: &[report::FileReport],
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        OutputFormat::Human => {}
        OutputFormat::Json => report::json::write(reports, out)?,
        OutputFormat::Sarif => report::sarif::write(reports, out)?,
        OutputFormat::Junit => report::junit::write(reports, out)?,
        OutputFormat::Gitlab => report::gitlab::write(reports, out)?,
        OutputFormat::Github => {
            report::github::write(reports, out)?;
            if let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|s| !s.is_empty())
            {
                let mut file = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&summary)
                    .map_err(|e| {
                        anyhow::anyhow!(
                            "{}: cannot be written: {e}",
                            PathBuf::from(&summary).display()
                        )
                    })?;
                report::github::write_step_summary(reports, &mut file)?;
            }
        }
    }
    Ok(())
}

fn portfolio(
    paths: &[PathBuf],
    output: Option<&Path>,
    format: Option<PortfolioFormat>,
    as_of: Option<jiff::civil::Date>,
    force: bool,
    config: &ConfigChoice,
) -> anyhow::Result<ExitCode> {
    use jointly::portfolio::{self, Entry, EntryOutcome};
    let loaded = load_config(config)?;
    let as_of = as_of.unwrap_or_else(|| jiff::ZonedDateTime::now().date());
    // The dashboard is as at one date throughout: waiver expiry too.
    let settings = rules::Settings {
        as_of: Some(as_of),
        today: as_of,
        ..loaded.settings()
    };
    let files = runner::find_specs(paths, &loaded, false)?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut entries = Vec::new();
    runner::in_order(
        &files,
        threads,
        |file| Entry {
            path: file.display().to_string(),
            outcome: match spec::load_file(file) {
                Ok(document) => {
                    let checked = rules::check_with(&document, &settings);
                    EntryOutcome::Checked {
                        document: Box::new(document),
                        checked: Box::new(checked),
                    }
                }
                Err(error) => EntryOutcome::Failed(error),
            },
        },
        |entry| entries.push(entry),
    );
    let board = portfolio::build(&entries, as_of);
    let extension = output
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_lowercase());
    let format = format.unwrap_or(match extension.as_deref() {
        Some("md" | "markdown") => PortfolioFormat::Md,
        Some("json") => PortfolioFormat::Json,
        _ => PortfolioFormat::Html,
    });
    let text = match format {
        PortfolioFormat::Html => portfolio::to_html(&board)?,
        PortfolioFormat::Md => portfolio::to_markdown(&board)?,
        PortfolioFormat::Json => portfolio::to_json(&board),
    };
    match output {
        Some(path) => {
            let written = render::output::write(path, &text, force)?;
            let verb = if written == render::output::Written::Unchanged {
                "unchanged"
            } else {
                "wrote"
            };
            writeln!(
                anstream::stdout(),
                "{verb} {}: {} as at {as_of}",
                path.display(),
                report::human::plural(entries.len(), "agreement")
            )?;
        }
        None => write!(anstream::stdout(), "{text}")?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes a report file atomically: a reader sees the old report or the new, never half.
fn write_report_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(".{name}.jointly-{}.tmp", std::process::id()));
    let result = std::fs::write(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
    if let Err(error) = result {
        let _ = std::fs::remove_file(&temporary);
        anyhow::bail!("{}: cannot be written: {error}", path.display());
    }
    Ok(())
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
    let files = runner::find_specs(paths, &load_config(&ConfigChoice::Discover)?, false)?;
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
