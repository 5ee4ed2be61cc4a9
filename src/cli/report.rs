//! `jointly report`: the portfolio dashboard of every agreement below the given paths.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use jiff::civil::Date;
use jointly::config::FailOn;
use jointly::portfolio::{self, Entry, EntryOutcome};
use jointly::report::human::plural;
use jointly::runner::Candidate;
use jointly::{render, rules, runner, spec};

use super::{ConfigChoice, Ending, load_config};

// The command's description is the doc comment of `Command::Report` in main.rs.
#[derive(Args)]
pub struct ReportArgs {
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
    as_of: Option<Date>,
    /// Replace the output file even if it was changed by hand.
    #[arg(long)]
    force: bool,
    /// The configuration file [default: jointly.toml in the current directory or the
    /// nearest one above it].
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The lowest severity of finding that makes the run fail (exit 1), as for `check`
    /// [default: error, or `fail_on` in jointly.toml].
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
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

/// Checks every spec and writes the dashboard to `--output` or standard output.
pub fn run(args: ReportArgs) -> anyhow::Result<Ending> {
    let config = args
        .config
        .clone()
        .map_or(ConfigChoice::Discover, ConfigChoice::File);
    let loaded = load_config(&config)?;
    let as_of = args
        .as_of
        .unwrap_or_else(|| jiff::ZonedDateTime::now().date());
    // The dashboard is as at one date throughout: waiver expiry too.
    let settings = rules::Settings {
        as_of: Some(as_of),
        today: as_of,
        ..loaded.settings()
    };
    let files = runner::find_candidates(&args.paths, &loaded, false)?;
    let entries = check_all(&files, &settings);
    let board = portfolio::build(&entries, as_of);
    let fail_on = args
        .fail_on
        .or(loaded.config.fail_on)
        .unwrap_or(FailOn::Error);
    let ending = ending(&entries, fail_on);
    let agreements = entries.len();
    // The dashboard holds all it shows: the checked documents are not needed to write it.
    drop(entries);
    let text = match format(args.format, args.output.as_deref()) {
        PortfolioFormat::Html => portfolio::to_html(&board)?,
        PortfolioFormat::Md => portfolio::to_markdown(&board)?,
        PortfolioFormat::Json => portfolio::to_json(&board),
    };
    let mut stdout = anstream::stdout();
    let written = match &args.output {
        Some(path) => {
            let written = render::output::write(path, &text, args.force)?;
            let verb = if written == render::output::Written::Unchanged {
                "unchanged"
            } else {
                "wrote"
            };
            writeln!(
                stdout,
                "{verb} {}: {} as at {as_of}",
                path.display(),
                plural(agreements, "agreement")
            )
        }
        None => write!(stdout, "{text}"),
    };
    match written {
        // A closed pipe is the reader's choice: the run still ends with its own status.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(ending),
        Err(error) => Err(error.into()),
        Ok(()) => Ok(ending),
    }
}

/// How the run ends: exit 2 when a spec could not be read, else 1 when a spec has a finding
/// at or above `fail_on`, else 0.
fn ending(entries: &[Entry], fail_on: FailOn) -> Ending {
    let mut failing = false;
    for entry in entries {
        match &entry.outcome {
            EntryOutcome::Failed(_) => return Ending::Incomplete,
            EntryOutcome::Checked { checked, .. } => {
                failing |= checked.worst().is_some_and(|worst| fail_on.fails(worst));
            }
        }
    }
    if failing {
        Ending::Findings
    } else {
        Ending::Clean
    }
}

/// Loads and checks every spec on all CPUs, keeping the files' order. Each document is cut
/// down as it arrives to what the dashboard reads (its typed spec): its text, JSON and span
/// index are dropped, so memory grows only by each agreement's model and findings.
fn check_all(files: &[Candidate], settings: &rules::Settings) -> Vec<Entry> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut entries = Vec::new();
    runner::in_order(
        files,
        threads,
        |file| {
            Some(Entry {
                path: file.path.display().to_string(),
                outcome: match file.load()? {
                    Ok(document) => {
                        let checked = rules::check_with(&document, settings);
                        EntryOutcome::Checked {
                            document: Box::new(slim(document)),
                            checked: Box::new(checked),
                        }
                    }
                    Err(error) => EntryOutcome::Failed(error),
                },
            })
        },
        |entry| entries.extend(entry),
    );
    entries
}

/// The document without what only checking needs: the dashboard reads the typed spec.
fn slim(document: spec::Document) -> spec::Document {
    spec::Document {
        source: String::new(),
        index: spec::SpanIndex::default(),
        json: serde_json::Value::Null,
        ..document
    }
}

/// The format asked for, else the one the output file's extension names, else HTML.
fn format(asked: Option<PortfolioFormat>, output: Option<&Path>) -> PortfolioFormat {
    let extension = output
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_lowercase());
    asked.unwrap_or(match extension.as_deref() {
        Some("md" | "markdown") => PortfolioFormat::Md,
        Some("json") => PortfolioFormat::Json,
        _ => PortfolioFormat::Html,
    })
}
