//! `jointly check`: checks specs and writes the findings in the format asked for.
//!
//! Every format is written as each spec is checked, in the files' order whatever order the
//! threads finish in: the human formats' text, made by the worker that checked the spec,
//! then the totals and what the run did not check; the machine formats through their streams
//! (the registry `report::FORMATS`), each spec's report dropped once written (see [`sink`]).

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use jiff::civil::Date;
use jointly::config::{self, FailOn};
use jointly::report::counts::Counts;
use jointly::report::{self, FileReport, Format, Outcome, concise, human};
use jointly::rules;
use jointly::rules::coverage::{self, RunCoverageBuilder};
use jointly::runner::Candidate;
use jointly::{runner, spec};

use super::{ConfigArgs, Ending};

mod guard;
mod input;
mod sink;

use sink::{Destination, Out, SarifFile, Streams};

// The command's description is the doc comment of `Command::Check` in main.rs.
#[derive(Args)]
#[command(group(clap::ArgGroup::new("written").multiple(true).args(["output", "sarif_file"])))]
pub struct CheckArgs {
    /// Spec files, or directories to search for `*.yaml` and `*.yml` specs (default: the
    /// current directory), or `-` for a spec on standard input. In a directory, files ignored by .gitignore, hidden files and
    /// YAML files without a `jointly:` line are skipped; symbolic links to files are followed,
    /// links to directories are not, and a dangling link or an unreadable subdirectory is
    /// reported (exit 2) while the rest is checked.
    paths: Vec<PathBuf>,
    /// The lowest severity that makes the run fail [default: error, or `fail_on` in
    /// jointly.toml].
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// The output format (--output-format takes these by ruff's names, and `concise`).
    #[arg(long, default_value = HUMAN, value_parser = output_parser(HUMAN_NAMES))]
    format: Output,
    /// The output format, by ruff's names: `full` is the human format with every finding in
    /// full, `concise` one line per finding, and the others are those of --format, which it
    /// replaces [default: the human format, similar findings drawn as one block].
    #[arg(
        long,
        value_name = "FORMAT",
        conflicts_with = "format",
        value_parser = output_parser(RUFF_NAMES)
    )]
    output_format: Option<Output>,
    /// Print, instead of each finding, how many times each rule was reported, the most
    /// frequent first (human formats only). The exit status is the same as without it.
    #[arg(long)]
    statistics: bool,
    /// Skip files the configuration's `exclude` globs match even when they are named on the
    /// command line (and standard input when --stdin-filename names such a file). For hooks
    /// and editors that pass files one by one.
    #[arg(long)]
    force_exclude: bool,
    /// The name a spec read from standard input (the path `-`) is reported under [default:
    /// <stdin>]. A file named `-` is checked as `./-`.
    #[arg(long, value_name = "PATH")]
    stdin_filename: Option<PathBuf>,
    /// Write the report to this file instead of standard output. An existing file is
    /// replaced only if it is empty or holds a report jointly wrote (in any format), or with
    /// --force; never when it is a spec the run checks.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also write a SARIF report to this file, from the same run: for CI that shows the findings
    /// in one format (say `--format github`) and uploads SARIF to code scanning. The file is
    /// replaced on the same terms as --output.
    #[arg(long, value_name = "FILE")]
    sarif_file: Option<PathBuf>,
    /// Replace the --output or --sarif-file file even if it does not hold a report jointly
    /// wrote.
    #[arg(long, requires = "written")]
    force: bool,
    #[command(flatten)]
    config: ConfigArgs,
    /// The date era checks use for agreements that state no commencement or date made
    /// (YYYY-MM-DD) [default: `as_of` in jointly.toml].
    #[arg(long, value_name = "DATE")]
    as_of: Option<Date>,
    /// A Better Care Fund parameters file (the form of data/bcf-years.toml) that adds a year
    /// or replaces values of one, over `bcf_years` in jointly.toml.
    #[arg(long, value_name = "FILE")]
    bcf_years: Option<PathBuf>,
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
}

/// The name of the human format, which is not in the registry since it is written as each
/// spec is checked.
const HUMAN: &str = "human";

/// The human formats `--format` names, with their help.
const HUMAN_NAMES: &[(&str, &str)] = &[(
    HUMAN,
    "Diagnostics for people, in the style of rustc; three or more findings that share a rule family and citation are drawn as one block",
)];

/// The human formats `--output-format` names, by ruff's names.
const RUFF_NAMES: &[(&str, &str)] = &[
    (
        "full",
        "Diagnostics for people, in the style of rustc, each finding in full with its source line (--format human draws findings that share a rule family and citation as one block)",
    ),
    (
        "concise",
        "One line per finding: path:line:col: severity[RULE-ID] message",
    ),
];

/// How the report is written.
#[derive(Clone, Copy)]
enum Output {
    /// Diagnostics for people, written as each spec is checked; `grouped` (`--format human`,
    /// the default) draws findings that share a rule family and citation as one block, and
    /// `--output-format full` draws each in full.
    Human { grouped: bool },
    /// One line per finding, written as each spec is checked.
    Concise,
    /// The count per rule (`--statistics`), once every spec is checked.
    Statistics,
    /// A format of the registry, written as each spec is checked.
    Report(&'static Format),
}

/// `--format` or `--output-format`: the human formats given, then every format in the
/// registry, each with its line of help.
fn output_parser(humans: &'static [(&str, &str)]) -> impl TypedValueParser<Value = Output> {
    let human = humans
        .iter()
        .map(|(name, help)| PossibleValue::new(*name).help(*help));
    let registered = report::FORMATS
        .iter()
        .map(|format| PossibleValue::new(format.name).help(format.about));
    // The parser admits only those names, so a name not in the registry is a human format.
    PossibleValuesParser::new(human.chain(registered)).map(|name| match report::format(&name) {
        Some(format) => Output::Report(format),
        None if name == "concise" => Output::Concise,
        None => Output::Human {
            grouped: name == HUMAN,
        },
    })
}

/// The output the options ask for; `--statistics` with a machine format is a usage error.
fn output(args: &CheckArgs) -> anyhow::Result<Output> {
    let output = args.output_format.unwrap_or(args.format);
    match output {
        Output::Report(format) if args.statistics => anyhow::bail!(
            "--statistics counts findings for people; it cannot be used with the {} format (leave out --statistics, or the format)",
            format.name
        ),
        _ if args.statistics => Ok(Output::Statistics),
        output => Ok(output),
    }
}

/// What a run checks against: the rules' settings, and the severity that fails it.
struct Plan {
    loaded: config::Loaded,
    settings: rules::Settings,
    fail_on: FailOn,
}

/// One checked file, formatted for the terminal by the worker that checked it.
struct Done {
    /// The report, when the run's streams take it (the machine formats, statistics,
    /// `--sarif-file`). Otherwise the worker drops it: freeing on the thread that allocated
    /// is cheaper than handing every finding to the main thread to free.
    report: Option<FileReport>,
    /// The rules that applied and the worst finding's severity; `None` when it did not load.
    applied: Option<(Vec<&'static rules::Rule>, Option<rules::Severity>)>,
    /// What it has, counted by the worker.
    counts: Counts,
    /// Its diagnostics, when the format is human.
    human: Option<String>,
    /// The areas jointly does not check that concern this spec (for the closing scope note).
    relevant: Vec<&'static str>,
}

/// How workers write the human formats.
struct HumanStyle {
    drawing: human::Drawing,
    quiet: bool,
    /// One line per finding (`--output-format concise`).
    concise: bool,
    /// Findings sharing a rule family and citation drawn as one block.
    grouped: bool,
}

/// What the run found, counted as the files come in.
#[derive(Default)]
struct Tally {
    /// What the specs have, counted as every summary counts it.
    counts: Counts,
    /// Files with a finding at or above `--fail-on`.
    failing: usize,
    coverage: RunCoverageBuilder,
}

/// Checks the specs and writes the report to standard output or `--output`.
pub fn run(args: CheckArgs) -> anyhow::Result<Ending> {
    let threads = super::threads_warming_up(args.threads);
    let plan = plan(&args)?;
    let kind = output(&args)?;
    let stdin = input::reads_stdin(&args.paths, args.stdin_filename.as_deref())?
        .then(|| input::StdinSpec::read(args.stdin_filename.as_deref()))
        .transpose()?;
    let Some(files) = discover(&args, &plan.loaded, stdin.as_ref())? else {
        return Ok(Ending::Clean);
    };
    guard_written(&args, &files)?;
    // Colour only on standard output, and only where anstream would keep it (a terminal, or
    // forced): a report file is read later, elsewhere, and colouring text only for anstream
    // to strip it again costs as much as the rest of the human output.
    let colour = args.output.is_none()
        && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
    let style = matches!(kind, Output::Human { .. } | Output::Concise).then(|| HumanStyle {
        drawing: if colour {
            human::Drawing::styled()
        } else {
            human::Drawing::plain()
        },
        quiet: args.quiet,
        concise: matches!(kind, Output::Concise),
        grouped: matches!(kind, Output::Human { grouped: true }),
    });
    let mut destination = Destination::open(args.output.as_deref(), colour)?;
    let mut streams = streams(kind, &args)?;
    let keep_reports = streams.takes_reports();
    let work = |file: &Candidate| {
        let loaded = match &stdin {
            Some(stdin) if input::is_stdin(&file.path) => stdin.load(),
            _ => file.load()?,
        };
        Some(check_file(
            loaded,
            &plan.settings,
            style.as_ref(),
            keep_reports,
        ))
    };
    let (tally, closed) = check_all(
        &files,
        threads,
        work,
        plan.fail_on,
        destination.writer(),
        &mut streams,
    )?;
    if tally.counts.files == 0 {
        // Every file the walk found was YAML but not a jointly spec.
        return nothing_found(&args);
    }
    let out = destination.writer();
    let written = match kind {
        _ if closed => Ok(()),
        Output::Human { .. } if !args.quiet => write_totals(&tally, out),
        Output::Concise if !args.quiet => Ok(writeln!(out, "{}", tally.counts.totals_line())?),
        Output::Human { .. } | Output::Concise => Ok(()),
        Output::Statistics => write_statistics(&tally, &streams, args.quiet, out),
        Output::Report(_) => finish_report(&mut streams, out),
    }
    .and_then(|()| Ok(out.flush()?));
    match written {
        // A closed pipe (`jointly check | head`) is the reader's choice: the run still writes
        // its SARIF file and ends with its own status.
        Err(error) if broken_pipe(&error) => {}
        Err(error) => return Err(error),
        Ok(()) => {}
    }
    destination.commit()?;
    if let Some(sarif) = streams.sarif {
        sarif.commit()?;
    }
    Ok(tally.ending())
}

/// Refuses `--output` and `--sarif-file` files that must not be written over (see
/// [`guard::guard`]), or that are one file.
fn guard_written(args: &CheckArgs, files: &[Candidate]) -> anyhow::Result<()> {
    if args.output.is_some() && args.output == args.sarif_file {
        anyhow::bail!("--output and --sarif-file name the same file; give each its own file");
    }
    let written = [
        ("--output", &args.output),
        ("--sarif-file", &args.sarif_file),
    ];
    if written.iter().any(|(_, path)| path.is_some()) {
        // Only here is a walk's file read before its worker reads it, to know whether it
        // is a spec the run checks.
        let inputs: Vec<PathBuf> = runner::find_specs_among(files);
        for (flag, path) in written {
            if let Some(path) = path {
                guard::guard(flag, path, &inputs, args.force)?;
            }
        }
    }
    Ok(())
}

/// What takes each spec's report as the run goes: the machine format, `--statistics`, the
/// `--sarif-file` (whose temporary file is created here).
fn streams(kind: Output, args: &CheckArgs) -> anyhow::Result<Streams> {
    let mut streams = match kind {
        Output::Report(format) => Streams::of_format(format),
        Output::Statistics => Streams {
            statistics: Some(concise::Statistics::default()),
            ..Streams::default()
        },
        Output::Human { .. } | Output::Concise => Streams::default(),
    };
    streams.sarif = args
        .sarif_file
        .as_deref()
        .map(SarifFile::create)
        .transpose()?;
    Ok(streams)
}

fn broken_pipe(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// The configuration, and the settings and threshold the command line and it give.
fn plan(args: &CheckArgs) -> anyhow::Result<Plan> {
    let loaded = args.config.load()?;
    let mut settings = args.config.settings(&loaded, args.bcf_years.as_deref())?;
    if args.as_of.is_some() {
        settings.as_of = args.as_of;
    }
    let fail_on = args
        .fail_on
        .or(loaded.config.fail_on)
        .unwrap_or(FailOn::Error);
    Ok(Plan {
        loaded,
        settings,
        fail_on,
    })
}

/// The specs to check: below the current directory unless paths are given. Finding none is an
/// error, except with `--specs-only`, where it means there is nothing to do (`None`).
/// Standard input is among them where `-` is given. With `--force-exclude`, a run whose every
/// file the configuration excludes has nothing to do (`None`), as ruff's has.
fn discover(
    args: &CheckArgs,
    loaded: &config::Loaded,
    stdin: Option<&input::StdinSpec>,
) -> anyhow::Result<Option<Vec<Candidate>>> {
    let mut files = input::find(&paths(args), loaded, args.specs_only, stdin.is_some())?;
    let dropped = args.force_exclude && input::force_exclude(&mut files, loaded, stdin);
    if !files.is_empty() {
        return Ok(Some(files));
    }
    if dropped {
        return Ok(None);
    }
    nothing_found(args).map(|_| None)
}

/// The paths to search: the current directory unless paths (or `--stdin-filename`) are given.
fn paths(args: &CheckArgs) -> Vec<PathBuf> {
    if args.paths.is_empty() && args.stdin_filename.is_some() {
        vec![PathBuf::from(input::STDIN)]
    } else if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    }
}

/// The end of a run that found no spec: nothing to do with `--specs-only`, else an error.
fn nothing_found(args: &CheckArgs) -> anyhow::Result<Ending> {
    if args.specs_only {
        return Ok(Ending::Clean);
    }
    let named: Vec<String> = paths(args)
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    anyhow::bail!("no spec files found in {}", named.join(", "))
}

/// Loads and checks one spec, and writes its human diagnostics when that is the format.
fn check_file(
    loaded: Result<spec::Document, spec::LoadError>,
    settings: &rules::Settings,
    style: Option<&HumanStyle>,
    keep_report: bool,
) -> Done {
    let keep_report = keep_report || style.is_none();
    match loaded {
        Ok(document) => {
            let checked = rules::check_with(&document, settings);
            let human = style.map(|style| match style.concise {
                true => concise::document(&document.path, &checked),
                false => human::document_with(
                    &document,
                    &checked,
                    &style.drawing,
                    style.quiet,
                    style.grouped,
                ),
            });
            let relevant = coverage::relevant(&document.spec);
            let applied = Some((checked.applied.clone(), checked.worst()));
            let report = FileReport {
                path: document.path,
                outcome: Outcome::Checked(Box::new(checked)),
            };
            Done {
                counts: Counts::of_report(&report),
                report: keep_report.then_some(report),
                applied,
                human,
                relevant,
            }
        }
        Err(error) => {
            let human = style.map(|style| {
                if style.concise {
                    return concise::load_error(&error);
                }
                let mut text = human::load_error(&error, style.drawing.renderer());
                if !style.quiet {
                    text.push_str(&format!("{}: could not be checked\n\n", error.path));
                }
                text
            });
            let report = FileReport {
                path: error.path.clone(),
                outcome: Outcome::Failed(error),
            };
            Done {
                counts: Counts::of_report(&report),
                report: keep_report.then_some(report),
                applied: None,
                human,
                relevant: Vec::new(),
            }
        }
    }
}

/// Checks every file on `threads` threads, counting what each found. Human diagnostics and
/// the machine format go to `out` in the files' order as they come in, and every spec's
/// report the workers kept (see [`Done`]) is given to the `streams`, then dropped.
/// When `out` is a pipe its reader closed, every file is still checked and counted, and the
/// last value says so.
fn check_all(
    files: &[Candidate],
    threads: usize,
    work: impl Fn(&Candidate) -> Option<Done> + Sync,
    fail_on: FailOn,
    out: &mut dyn Write,
    streams: &mut Streams,
) -> anyhow::Result<(Tally, bool)> {
    let mut tally = Tally::default();
    let mut out = Out::new(out, files.len());
    runner::in_order(files, threads, work, |done| {
        out.progress.inc(1);
        let Some(done) = done else { return };
        tally.add(&done, fail_on);
        if let Some(text) = &done.human {
            out.write(|out| out.write_all(text.as_bytes()));
        }
        if let Some(report) = &done.report {
            streams.add_aside(report);
            if let Some(format) = &mut streams.format {
                out.write(|out| format.file(report, out));
            }
        }
    });
    out.progress.finish_and_clear();
    match out.error {
        Some(error) => Err(error.into()),
        None => Ok((tally, out.closed)),
    }
}

impl Tally {
    fn add(&mut self, done: &Done, fail_on: FailOn) {
        self.counts.add(&done.counts);
        if let Some((applied, worst)) = &done.applied {
            self.coverage.add(applied, &done.relevant);
            self.failing += usize::from(worst.is_some_and(|worst| fail_on.fails(worst)));
        }
    }

    fn ending(&self) -> Ending {
        if self.counts.unreadable > 0 {
            Ending::Incomplete
        } else if self.failing > 0 {
            Ending::Findings
        } else {
            Ending::Clean
        }
    }
}

/// The human format's closing lines: the totals (when more than one spec was checked) and what
/// the run checked and did not.
fn write_totals(tally: &Tally, out: &mut dyn Write) -> anyhow::Result<()> {
    if tally.counts.files > 1 {
        writeln!(out, "{}", tally.counts.totals_line())?;
    }
    if tally.counts.files > tally.counts.unreadable {
        writeln!(out, "{}", human::scope_note(&tally.coverage.finish()))?;
    }
    Ok(())
}

/// `--statistics`: the count per rule, then the totals (unless `--quiet`).
fn write_statistics(
    tally: &Tally,
    streams: &Streams,
    quiet: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    if let Some(statistics) = &streams.statistics {
        write!(out, "{}", statistics.lines())?;
    }
    if !quiet {
        writeln!(out, "{}", tally.counts.totals_line())?;
    }
    Ok(())
}

/// Ends the machine format's report, then appends its summary where the CI system asks for
/// one.
fn finish_report(streams: &mut Streams, out: &mut dyn Write) -> anyhow::Result<()> {
    if let Some(format) = &mut streams.format {
        format.finish(out)?;
    }
    if let Some(summary) = streams.summary.take() {
        summary.append()?;
    }
    Ok(())
}
