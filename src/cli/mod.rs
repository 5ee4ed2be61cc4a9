//! The commands, one module each, and what they share: how a command ended, and finding the
//! configuration.

pub mod check;
pub mod diff;
pub mod lsp;
pub mod render;
pub mod report;
pub mod rules;
pub mod schema;
pub mod templates;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use annotate_snippets::Renderer;
use clap::Args;
use jointly::law::bcf::BcfParameters;
use jointly::report::human;
use jointly::{config, spec};

/// How a command ended. `main` turns it into the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Exit 0: done, and nothing was found that the run fails on.
    Clean,
    /// Exit 1: findings the run fails on (for `render --clean`, statutory gaps that stopped a
    /// clean copy).
    Findings,
    /// Exit 2: not everything could be done: a spec could not be read, or a file could not be
    /// written.
    Incomplete,
}

/// The options that choose the configuration and the rules, the same for `check`, `render`,
/// `report` and `diff`: each command arrives at its rules' settings through `ConfigArgs::settings`.
#[derive(Args, Clone, Default)]
pub struct ConfigArgs {
    /// The configuration file [default: jointly.toml in the current directory or the
    /// nearest one above it].
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Ignore any jointly.toml.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
    /// Check only these rules (IDs or names, comma-separated), each at the severity jointly.toml
    /// gives it. jointly's own checks (`jointly-waiver-stale`, `jointly-placeholder`, …) count
    /// as rules.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    select: Option<Vec<String>>,
    /// Check these rules too, even those jointly.toml turns off.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    extend_select: Vec<String>,
    /// Do not check these rules, whatever --select or jointly.toml say.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    ignore: Vec<String>,
}

impl ConfigArgs {
    /// The configuration chosen (`--config`, `--no-config`) or found from the working
    /// directory. A bad configuration stops the run with a located message.
    pub fn load(&self) -> anyhow::Result<config::Loaded> {
        let choice = match &self.config {
            _ if self.no_config => config::Choice::None,
            Some(path) => config::Choice::File(path.clone()),
            None => config::Choice::Discover(std::env::current_dir()?),
        };
        config::resolve(&choice).map_err(|error| anyhow::anyhow!("{}", config_message(&error)))
    }

    /// The rules' settings: the configuration's, with the command line's selection over them
    /// and `bcf_years` (from the configuration, then `--bcf-years`).
    pub fn settings(
        &self,
        loaded: &config::Loaded,
        bcf_years: Option<&Path>,
    ) -> anyhow::Result<jointly::rules::Settings> {
        let mut settings = loaded.settings();
        let selection = config::Selection {
            select: self.select.clone(),
            extend_select: self.extend_select.clone(),
            ignore: self.ignore.clone(),
        };
        selection.apply(&mut settings)?;
        settings.bcf = bcf_parameters(loaded, bcf_years)?;
        Ok(settings)
    }
}

/// The BCF parameters to check with (`config::Loaded::bcf_parameters`). A file that cannot
/// be used stops the run with a located message.
pub fn bcf_parameters(
    loaded: &config::Loaded,
    given: Option<&Path>,
) -> anyhow::Result<Option<Arc<BcfParameters>>> {
    loaded
        .bcf_parameters(given)
        .map_err(|e| anyhow::anyhow!("{e}\n  help: {}", e.help))
}

/// The number of threads to check with: `given`, or one per core. With more than one, the
/// tables checking needs are built at once on a thread of their own
/// ([`jointly::rules::warm_up`]): otherwise the first spec builds them and the other workers
/// wait for it.
pub fn threads_warming_up(given: Option<usize>) -> usize {
    let threads =
        given.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    if threads > 1 {
        // Only a head start: if no thread can be made, the first spec builds the tables as
        // before (`thread::spawn` would panic).
        let _ = std::thread::Builder::new().spawn(jointly::rules::warm_up);
    }
    threads
}

/// A configuration error as the human format shows a spec's, with the file's line quoted,
/// less the `error: ` that `main` adds.
fn config_message(error: &config::ConfigError) -> String {
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
    human::load_error(&load_error, &Renderer::plain())
        .trim_end()
        .trim_start_matches("error: ")
        .to_owned()
}
