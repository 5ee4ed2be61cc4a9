//! The commands, one module each, and what they share: how a command ended, and finding the
//! configuration.

pub mod check;
mod check_input;
mod check_output;
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

/// Which configuration a command uses.
pub enum ConfigChoice {
    /// `jointly.toml` in the current directory or the nearest one above it, if any.
    Discover,
    /// The file `--config` names.
    File(PathBuf),
    /// None (`--no-config`).
    None,
}

/// Loads the configuration the user chose, or finds one. A bad configuration stops the run
/// with a located message.
pub fn load_config(choice: &ConfigChoice) -> anyhow::Result<config::Loaded> {
    let without = || config::Loaded {
        root: PathBuf::from("."),
        ..Default::default()
    };
    let path = match choice {
        ConfigChoice::None => return Ok(without()),
        ConfigChoice::File(path) => path.clone(),
        ConfigChoice::Discover => match config::discover(&std::env::current_dir()?) {
            Some(path) => path,
            None => return Ok(without()),
        },
    };
    config::load(&path).map_err(|error| anyhow::anyhow!("{}", config_message(&error)))
}

/// The BCF parameters to check with: the built-in ones, under the configuration's file and
/// then `--bcf-years` (each over the last), or `None` when neither is given. A file that
/// cannot be used stops the run with a located message.
pub fn bcf_parameters(
    loaded: &config::Loaded,
    given: Option<&Path>,
) -> anyhow::Result<Option<Arc<BcfParameters>>> {
    let files: Vec<PathBuf> = loaded
        .bcf_years()
        .into_iter()
        .chain(given.map(Path::to_path_buf))
        .collect();
    if files.is_empty() {
        return Ok(None);
    }
    let mut parameters = BcfParameters::built_in().clone();
    for file in files {
        parameters = parameters
            .with_override_file(&file)
            .map_err(|e| anyhow::anyhow!("{e}\n  help: {}", e.help))?;
    }
    Ok(Some(Arc::new(parameters)))
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
