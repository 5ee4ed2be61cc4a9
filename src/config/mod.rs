//! `jointly.toml`: the configuration of a repository of agreements.
//!
//! Found by walking up from the working directory, or named with `--config`. It sets which
//! findings fail a run, which rules are off or have another severity, which files are specs,
//! and the date era checks use for agreements that state none.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Deserialize;

use crate::law::bcf::{BcfDataError, BcfParameters};
use crate::rules::pseudo::{self, PseudoRule};
use crate::rules::{Rule, Settings, Severity, find};
use crate::spec::Span;

mod load;
mod selection;

pub use load::{Choice, discover, for_file, load, resolve};
pub use selection::{Selection, SelectionError};

/// The name of the configuration file.
pub const FILE_NAME: &str = "jointly.toml";

/// The configuration, as written.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "jointly configuration (jointly.toml)")]
pub struct Config {
    /// The lowest severity that makes `jointly check` fail: `error` (the default), `warning`
    /// or `never`.
    #[serde(default)]
    pub fail_on: Option<FailOn>,
    /// Globs of spec files to check, relative to this file's directory (default: every YAML
    /// spec). Example: `["agreements/**/*.yaml"]`.
    #[serde(default)]
    pub include: Vec<String>,
    /// Globs of files or directories to leave out, relative to this file's directory.
    /// Example: `["archive/**"]`.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// The date era checks use for an agreement that states neither a commencement date nor
    /// the date it was made, written YYYY-MM-DD.
    #[serde(default)]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub as_of: Option<Date>,
    /// Rule severities by rule ID or name: `"off"`, `"warning"` or `"error"`. A rule whose
    /// wording is unverified cannot be made an error. jointly's own checks
    /// (`jointly-waiver-stale`, `jointly-placeholder`, …) can only be turned `"off"`.
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
    /// A Better Care Fund parameters file, relative to this file's directory, that adds a
    /// year jointly does not know or replaces values of a year it does (the form of
    /// data/bcf-years.toml; see docs/bcf-years.md). A `--bcf-years` file given on the command
    /// line applies over it. Added after v1's first release.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub bcf_years: Option<PathBuf>,
    /// Another configuration file this one builds on, relative to this file's directory
    /// (example: `"../jointly.toml"`). That file may extend another in turn. A key this
    /// file sets wins over the other's, and `[rules]` entries merge, this file's setting for a
    /// rule winning; `include` and `exclude` globs stay relative to the directory of the file
    /// jointly found or was given, and each `bcf_years` to the file that names it. A chain
    /// that leads back to a file already in it is an error. Added after v1's first release.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub extends: Option<PathBuf>,
}

/// The lowest severity that fails a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum FailOn {
    /// Fail on errors (statutory requirements).
    Error,
    /// Fail on errors and warnings.
    Warning,
    /// Never fail because of findings.
    Never,
}

impl FailOn {
    /// Whether something of this severity fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity == Severity::Error,
            FailOn::Warning => true,
            FailOn::Never => false,
        }
    }
}

/// What a configuration does with a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RuleSetting {
    /// Do not run the rule.
    Off,
    /// Report the rule's findings as warnings.
    Warning,
    /// Report the rule's findings as errors.
    Error,
}

/// A configuration that could not be used, located in its file.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{path}:{}:{}: {message}", span.line, span.column)]
pub struct ConfigError {
    pub path: String,
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
    /// The file's text, for a snippet.
    pub text: String,
}

/// A loaded configuration and where it came from.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub config: Config,
    /// The file it was read from, if any.
    pub path: Option<PathBuf>,
    /// The directory globs are relative to.
    pub root: PathBuf,
}

impl Loaded {
    /// The settings the rule runner uses.
    pub fn settings(&self) -> Settings {
        let overrides = self
            .config
            .rules
            .iter()
            .filter_map(|(key, setting)| {
                let id = named(key).ok()?.id();
                let severity = match setting {
                    RuleSetting::Off => None,
                    RuleSetting::Warning => Some(Severity::Warning),
                    RuleSetting::Error => Some(Severity::Error),
                };
                Some((id, severity))
            })
            .collect();
        Settings {
            overrides,
            as_of: self.config.as_of,
            ..Settings::default()
        }
    }
}

impl Loaded {
    /// The BCF parameters file the configuration names, relative to its directory.
    pub fn bcf_years(&self) -> Option<PathBuf> {
        self.config
            .bcf_years
            .as_ref()
            .map(|path| self.root.join(path))
    }

    /// The BCF parameters to check with: the built-in ones, under the configuration's file and
    /// then `given` (`--bcf-years`), each over the last, or `None` when neither is given.
    pub fn bcf_parameters(
        &self,
        given: Option<&std::path::Path>,
    ) -> Result<Option<Arc<BcfParameters>>, BcfDataError> {
        let files: Vec<PathBuf> = self
            .bcf_years()
            .into_iter()
            .chain(given.map(std::path::Path::to_path_buf))
            .collect();
        if files.is_empty() {
            return Ok(None);
        }
        let mut parameters = BcfParameters::built_in().clone();
        for file in files {
            parameters = parameters.with_override_file(&file)?;
        }
        Ok(Some(Arc::new(parameters)))
    }

    /// Everything the rule runner takes from the configuration: [`Loaded::settings`] and the
    /// BCF parameters it names. What the language server checks a file with, from
    /// [`for_file`].
    pub fn full_settings(&self) -> Result<Settings, BcfDataError> {
        Ok(Settings {
            bcf: self.bcf_parameters(None)?,
            ..self.settings()
        })
    }
}

/// Parses and validates configuration text; `path` is used in messages.
pub fn parse(path: &str, text: &str) -> Result<Config, ConfigError> {
    let error = |span: Span, message: String, help: Option<String>| ConfigError {
        path: path.to_owned(),
        span,
        message,
        help,
        text: text.to_owned(),
    };
    let config: Config = toml::from_str(text).map_err(|e| {
        let span = e
            .span()
            .map_or(Span::START, |range| Span::at_offset(text, range.start));
        error(
            span,
            e.message().trim().replace('\n', " "),
            Some("see the configuration reference in README.md (Use in CI)".into()),
        )
    })?;
    for (key, setting) in &config.rules {
        let span = key_span(text, key);
        let rule = match named(key)
            .map_err(|help| error(span, format!("`{key}` is not a rule"), Some(help)))?
        {
            Named::Rule(rule) => rule,
            Named::Pseudo(_) if *setting == RuleSetting::Off => continue,
            Named::Pseudo(own) => {
                return Err(error(
                    span,
                    format!(
                        "{} is one of jointly's own checks: it can be turned off, not given another severity",
                        own.id
                    ),
                    Some(format!("write `{key} = \"off\"`, or leave it out")),
                ));
            }
        };
        if *setting == RuleSetting::Error && rule.unverified() {
            return Err(error(
                span,
                format!(
                    "{} rests on wording that is not verified, so it cannot be made an error",
                    rule.id
                ),
                Some(
                    "leave it as a warning, or turn it off; see `jointly explain` for the rule"
                        .to_owned(),
                ),
            ));
        }
    }
    for glob in config.include.iter().chain(&config.exclude) {
        if let Err(e) = globset::Glob::new(glob) {
            return Err(error(
                key_span(text, glob),
                format!("`{glob}` is not a valid glob: {e}"),
                None,
            ));
        }
    }
    Ok(config)
}

/// A rule, or one of jointly's own checks that may be turned off (`rules::pseudo`), as
/// `[rules]`, `--select` and `--ignore` name them.
#[derive(Debug, Clone, Copy)]
pub(super) enum Named {
    Rule(&'static Rule),
    Pseudo(&'static PseudoRule),
}

impl Named {
    pub(super) fn id(self) -> &'static str {
        match self {
            Named::Rule(rule) => rule.id,
            Named::Pseudo(own) => own.id,
        }
    }
}

/// Every ID `[rules]`, `--select` and `--ignore` may name: the rules', then jointly's own
/// checks that may be turned off.
pub(super) fn selectable_ids() -> impl Iterator<Item = &'static str> {
    let own = pseudo::PSEUDO_RULES
        .iter()
        .filter_map(|p| pseudo::selectable(p.id).map(|p| p.id));
    crate::rules::all().iter().map(|r| r.id).chain(own)
}

/// The rule or own check with this ID or name, or what to do instead: the nearest ID or name,
/// or where to find them. Used for `[rules]` and for the command line's `--select` and
/// `--ignore`.
pub(super) fn named(key: &str) -> Result<Named, String> {
    if let Some(rule) = find(key) {
        return Ok(Named::Rule(rule));
    }
    if let Some(own) = pseudo::selectable(key) {
        return Ok(Named::Pseudo(own));
    }
    if key.eq_ignore_ascii_case(pseudo::UNREADABLE) {
        return Err(format!(
            "{} cannot be turned off: a spec that cannot be loaded is never checked",
            pseudo::UNREADABLE
        ));
    }
    Err({
        let own = pseudo::PSEUDO_RULES.iter().flat_map(|p| [p.id, p.name]);
        let ids = crate::rules::all()
            .iter()
            .flat_map(|r| [r.id, r.name])
            .chain(own);
        crate::spec::schema::suggest(key, ids).map_or_else(
            || "run `jointly rules` to list the rules".to_owned(),
            |best| format!("did you mean `{best}`?"),
        )
    })
}

/// Where a key or value is written in the file (its first occurrence), for messages.
fn key_span(text: &str, needle: &str) -> Span {
    text.find(needle).map_or(Span::START, |at| Span {
        len: needle.len(),
        ..Span::at_offset(text, at)
    })
}

/// The configuration's JSON Schema, for editors (Taplo, Even Better TOML).
pub fn json_schema_text() -> String {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let schema = generator.into_root_schema_for::<Config>();
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_full_configuration() {
        let config = parse(
            "jointly.toml",
            "fail_on = \"warning\"\ninclude = [\"agreements/**/*.yaml\"]\nexclude = [\"archive/**\"]\nas_of = \"2024-04-01\"\n[rules]\n\"GUIDE07-CL-18\" = \"off\"\npool-manager-is-gp = \"error\"\n",
        )
        .unwrap();
        assert_eq!(config.fail_on, Some(FailOn::Warning));
        assert_eq!(config.as_of, Some(jiff::civil::date(2024, 4, 1)));
        let loaded = Loaded {
            config,
            path: None,
            root: PathBuf::from("."),
        };
        let settings = loaded.settings();
        assert_eq!(settings.overrides.get("GUIDE07-CL-18"), Some(&None));
        assert_eq!(
            settings.overrides.get("GUIDE07-6-PM-EACH"),
            Some(&Some(Severity::Error))
        );
    }

    #[test]
    fn an_unknown_rule_is_a_located_error_with_a_suggestion() {
        let error = parse(
            "jointly.toml",
            "[rules]\n\"pooled-fund-without-hots\" = \"off\"\n",
        )
        .unwrap_err();
        assert_eq!((error.span.line, error.span.column), (2, 2));
        assert_eq!(
            error.help.as_deref(),
            Some("did you mean `pooled-fund-without-host`?")
        );
    }

    #[test]
    fn an_unverified_rule_cannot_be_made_an_error() {
        let error = parse("jointly.toml", "[rules]\nREG617-7-4-QTR = \"error\"\n").unwrap_err();
        assert!(error.message.contains("not verified"), "{}", error.message);
    }

    #[test]
    fn invalid_toml_is_located() {
        let error = parse("jointly.toml", "fail_on = \"sometimes\"\n").unwrap_err();
        assert_eq!(error.span.line, 1);
        let error = parse("jointly.toml", "colour = 1\n").unwrap_err();
        assert!(error.message.contains("colour"), "{}", error.message);
    }
}
