//! `jointly report`: the portfolio dashboard of every agreement below the given paths.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use jiff::civil::Date;
use jointly::config::FailOn;
use jointly::portfolio;
use jointly::report::counts::Counts;
use jointly::report::human::plural;
use jointly::runner::Candidate;
use jointly::{render, rules, runner};

use super::{ConfigArgs, Ending};

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
    /// judged against it (YYYY-MM-DD) [default: today]. The rules judge an agreement that
    /// states no dates as `check` does (by `as_of` in jointly.toml), so that both count the
    /// same findings.
    #[arg(long, value_name = "DATE")]
    as_of: Option<Date>,
    /// Replace the output file even if it was changed by hand.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    config: ConfigArgs,
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
    let threads = super::threads_warming_up(None);
    let loaded = args.config.load()?;
    let as_of = args
        .as_of
        .unwrap_or_else(|| jiff::ZonedDateTime::now().date());
    // The dashboard is as at one date throughout: waiver expiry too. The rules' own date for
    // agreements that state none stays the configuration's, as in `check`.
    let settings = rules::Settings {
        today: as_of,
        ..args.config.settings(&loaded, None)?
    };
    let files = runner::find_candidates(&args.paths, &loaded, false)?;
    let fail_on = args
        .fail_on
        .or(loaded.config.fail_on)
        .unwrap_or(FailOn::Error);
    let (board, counts, ending) = check_all(&files, threads, &settings, as_of, fail_on);
    let agreements = board.summary.agreements + board.summary.unreadable;
    let format = format(args.format, args.output.as_deref());
    let mut stdout = anstream::stdout();
    let written = match &args.output {
        Some(path) => {
            let mut failure = None;
            let written = render::output::write_with(path, args.force, |out| {
                write(&board, format, out).map_err(|error| match error {
                    portfolio::PortfolioError::Io(error) => error,
                    other => {
                        let error = std::io::Error::other(other.to_string());
                        failure = Some(other);
                        error
                    }
                })
            });
            if let Some(failure) = failure {
                return Err(failure.into());
            }
            let verb = if written? == render::output::Written::Unchanged {
                "unchanged"
            } else {
                "wrote"
            };
            // The counts `check` would print, so that the exit status can be read off them.
            let mut could_not = String::new();
            if counts.unreadable > 0 {
                could_not = format!("; {} could not be checked", counts.unreadable);
            }
            writeln!(
                stdout,
                "{verb} {}: {} as at {as_of}: {}{could_not}",
                path.display(),
                plural(agreements, "agreement"),
                counts.severities()
            )
        }
        None => match write(&board, format, &mut std::io::BufWriter::new(&mut stdout)) {
            Err(portfolio::PortfolioError::Io(error)) => Err(error),
            Err(other) => return Err(other.into()),
            Ok(()) => Ok(()),
        },
    };
    match written {
        // A closed pipe is the reader's choice: the run still ends with its own status.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(ending),
        Err(error) => Err(error.into()),
        Ok(()) => Ok(ending),
    }
}

/// Writes the dashboard in `format` to `out`, in pieces.
fn write(
    board: &portfolio::Portfolio,
    format: PortfolioFormat,
    out: &mut dyn Write,
) -> Result<(), portfolio::PortfolioError> {
    match format {
        PortfolioFormat::Html => portfolio::write_html(board, out),
        PortfolioFormat::Md => portfolio::write_markdown(board, out),
        PortfolioFormat::Json => Ok(portfolio::write_json(board, out)?),
    }?;
    Ok(out.flush()?)
}

/// Loads and checks every spec on all CPUs, keeping the files' order, and folds each into the
/// dashboard as it arrives: only what the page shows of it is kept (its heat-map row, money,
/// dates due, novations and waivers), and its document and findings are dropped, so memory
/// does not grow with the agreements' size. Also counts what was found, as `check` counts it,
/// and says how the run ends: exit 2 when a spec could not be read, else 1 when a spec has a
/// finding at or above `fail_on`, else 0.
fn check_all(
    files: &[Candidate],
    threads: usize,
    settings: &rules::Settings,
    as_of: Date,
    fail_on: FailOn,
) -> (portfolio::Portfolio, Counts, Ending) {
    let mut builder = portfolio::Builder::new(as_of);
    let mut counts = Counts::default();
    let (mut unreadable, mut failing) = (false, false);
    runner::in_order(
        files,
        threads,
        |file| {
            let outcome = match file.load()? {
                Ok(document) => {
                    let checked = rules::check_with(&document, settings);
                    Ok((document.spec, checked))
                }
                Err(error) => Err(error),
            };
            Some((jointly::paths::display(&file.path), outcome))
        },
        |entry| match entry {
            Some((path, Ok((spec, checked)))) => {
                failing |= checked.worst().is_some_and(|worst| fail_on.fails(worst));
                counts.add(&Counts::of_checked(&checked));
                builder.add_checked(&path, &spec, &checked);
            }
            Some((path, Err(error))) => {
                unreadable = true;
                counts.add(&Counts {
                    files: 1,
                    unreadable: 1,
                    ..Counts::default()
                });
                builder.add_failed(&path, &error);
            }
            None => {}
        },
    );
    let ending = if unreadable {
        Ending::Incomplete
    } else if failing {
        Ending::Findings
    } else {
        Ending::Clean
    };
    (builder.finish(), counts, ending)
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
