//! The `jointly` command line: the commands and global options, and the exit status. Each
//! command is a module of `cli`; errors from the library become messages here, through
//! `anyhow`, which only the binary uses.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use anstream::ColorChoice;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use cli::Ending;

// See Cargo.toml for why the binary does not use the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Check and draft UK health and social care partnership agreements.
///
/// jointly reads an agreement written as a YAML spec and checks it against a known part of the
/// law and guidance: the NHS Bodies and Local Authorities Partnership Arrangements Regulations
/// 2000 (SI 2000/617) under s75 NHS Act 2006 or s31 Health Act 1999, HSC 2000/010, the 27-item
/// checklist of the 2007 DCSF/DH guide, and a few rules for s10 Children Act 2004, ss65Z5/65Z6 NHS Act 2006 and Wales.
/// docs/what-jointly-checks.md lists every rule and what jointly does not check.
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
    /// 2 when a file could not be read or is not a valid spec, or the report not written (or
    /// the command line is wrong); the same when the reader of a pipe closes it early.
    Check(cli::check::CheckArgs),
    /// Write a numbered draft agreement, in Markdown, HTML or Word, with every gap flagged where
    /// it belongs.
    ///
    /// Writes NAME.md and NAME.html for each spec NAME.yaml, and NAME.docx with --format docx
    /// (clauses numbered by Word, each flag a Word comment). A file jointly wrote is replaced;
    /// a file changed by hand since, or not written by jointly, is left alone unless --force.
    /// Exit status: 0 when every draft was written, 1 when --clean refused a draft that still
    /// has statutory gaps, 2 when a spec or template could not be read or a file not written.
    Render(cli::render::RenderArgs),
    /// Write a portfolio dashboard of every agreement below the given paths: a heat map of
    /// agreements against requirements, pooled money by partner and year, reviews and expiries
    /// due, bodies that need a novation, and waivers.
    ///
    /// Exit status: 0 when the dashboard was written and no spec has a finding at or above
    /// --fail-on, 1 when one has, 2 when a spec could not be read or is not a valid spec, or
    /// the dashboard could not be written (or the command line is wrong).
    Report(cli::report::ReportArgs),
    /// Compare two versions of a spec by meaning, and draft the deed of variation.
    ///
    /// Lists parties added, removed or renamed (matched by id), schemes added or ended,
    /// contributions changed (old, new and the exact difference; `unknown` is never zero),
    /// dates, pool hosts and managers, clauses and every other term, each with file:line:col
    /// in both specs, then the findings of `jointly check` the varied agreement has that the
    /// original did not. With --deed DIR, also writes a draft deed of variation (Markdown,
    /// HTML and Word) that recites the original, sets out each change as a numbered amendment
    /// and flags the findings the variation introduces.
    ///
    /// Exit status: 0 when the specs do not differ, 1 when they do (as diff(1)), 2 when a spec
    /// could not be read or is not a valid spec, or a deed file not written (or the command
    /// line is wrong).
    Diff(cli::diff::DiffArgs),
    /// List every rule: ID, name, severity, how far its wording was verified, and citation.
    Rules,
    /// Explain a rule: what it checks, why it matters, an example and its citation.
    Explain {
        /// A rule ID (e.g. REG617-7-4-HOST) or name (e.g. pooled-fund-without-host).
        rule: String,
    },
    /// Work with the draft templates: `jointly templates export DIR` writes the built-in ones
    /// for a council to adapt and use with `jointly render --templates DIR`.
    #[command(subcommand)]
    Templates(cli::templates::TemplatesCommand),
    /// Print a shell completion script for bash, zsh, fish, PowerShell or Elvish.
    ///
    /// For example `jointly completions bash > ~/.local/share/bash-completion/completions/jointly`.
    /// The scripts for bash, zsh and fish are also in `completions/`, generated from the same
    /// command line.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print a manual page, in roff: `jointly man check > jointly-check.1; man ./jointly-check.1`.
    ///
    /// Without a command, jointly(1); with one, its own page (`jointly man check` prints
    /// jointly-check(1)). The same pages are in `docs/man/`, generated from the same command
    /// line.
    Man {
        /// The command whose page to print.
        command: Option<String>,
    },
    /// Run the language server over standard input and output, for editors (VS Code: see
    /// editors/vscode/).
    ///
    /// Publishes each open spec's findings as diagnostics while it is typed (the same rules,
    /// severities, messages and places as `jointly check`, with the configuration `check` would
    /// find from the spec's directory), shows a key's documentation and a finding's rule and
    /// citation on hover, offers the skeleton of a missing key as a quick fix, and completes
    /// party ids where the spec refers to a party. YAML files without a `jointly:` line get no
    /// diagnostics. Exit status: 0 after the client's shutdown and exit, 1 on exit without
    /// shutdown, 2 when the connection failed.
    Lsp,
    /// Print the JSON Schema of the spec format (draft-07), for editors and other tools.
    Schema {
        /// Print the schema of jointly.toml instead.
        #[arg(long)]
        config: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    ColorChoice::write_global(match cli.color {
        Colour::Auto => ColorChoice::Auto,
        Colour::Always => ColorChoice::Always,
        Colour::Never => ColorChoice::Never,
    });
    match run(cli.command) {
        Ok(Ending::Clean) => ExitCode::SUCCESS,
        Ok(Ending::Findings) => ExitCode::from(1),
        Ok(Ending::Incomplete) => ExitCode::from(2),
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

/// Writes jointly(1), or a command's page, to standard output.
fn man_page(name: Option<&str>) -> anyhow::Result<Ending> {
    let top = Cli::command();
    let page = match name {
        None => top,
        Some(name) => {
            let Some(command) = top.find_subcommand(name) else {
                let names: Vec<&str> = top.get_subcommands().map(|c| c.get_name()).collect();
                anyhow::bail!("no command `{name}`: the commands are {}", names.join(", "));
            };
            let full = format!("jointly-{name}");
            command
                .clone()
                .name(full.clone())
                .bin_name(full)
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    clap_mangen::Man::new(page).render(&mut std::io::stdout())?;
    Ok(Ending::Clean)
}

fn run(command: Command) -> anyhow::Result<Ending> {
    match command {
        Command::Check(args) => cli::check::run(args),
        Command::Render(args) => cli::render::run(args),
        Command::Report(args) => cli::report::run(args),
        Command::Diff(args) => cli::diff::run(args),
        Command::Rules => cli::rules::list(),
        Command::Explain { rule } => cli::rules::explain(&rule),
        Command::Schema { config } => cli::schema::run(config),
        Command::Templates(command) => cli::templates::run(command),
        Command::Completions { shell } => {
            let mut command = Cli::command();
            clap_complete::generate(shell, &mut command, "jointly", &mut std::io::stdout());
            Ok(Ending::Clean)
        }
        Command::Man { command } => man_page(command.as_deref()),
        Command::Lsp => cli::lsp::run(),
    }
}
