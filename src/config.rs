//! `jointly.toml`: the configuration of a repository of agreements.
//!
//! Found by walking up from the working directory, or named with `--config`. It sets which
//! findings fail a run, which rules are off or have another severity, which files are specs,
//! and the date era checks use for agreements that state none.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Deserialize;

use crate::rules::{Rule, Settings, Severity, find};
use crate::spec::Span;

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
    /// wording is unverified cannot be made an error.
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
    /// A Better Care Fund parameters file, relative to this file's directory, that adds a
    /// year jointly does not know or replaces values of a year it does (the form of
    /// data/bcf-years.toml; see docs/bcf-years.md). A `--bcf-years` file given on the command
    /// line applies over it. Added after v1's first release.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub bcf_years: Option<PathBuf>,
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
                let rule = find(key)?;
                let severity = match setting {
                    RuleSetting::Off => None,
                    RuleSetting::Warning => Some(Severity::Warning),
                    RuleSetting::Error => Some(Severity::Error),
                };
                Some((rule.id, severity))
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
}

/// Finds `jointly.toml` in `start` or the nearest directory above it. Whatever is there by
/// that name counts (a directory, a dangling link), so that `load` reports it rather than a
/// configuration further up being used, or none, without a word.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|p| p.symlink_metadata().is_ok())
}

/// Why the configuration at `path` is not a file that can be read, if it is not.
fn not_readable(path: &Path) -> Option<String> {
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => {
            Some("is a directory, not a configuration file".into())
        }
        Ok(metadata) if !metadata.is_file() => {
            Some("is not a regular file, so not a configuration file".into())
        }
        Ok(_) => None,
        Err(error) => Some(match std::fs::read_link(path) {
            Ok(target) => format!(
                "is a symbolic link to {}, which cannot be read: {error}",
                target.display()
            ),
            Err(_) => format!("cannot be read: {error}"),
        }),
    }
}

/// Loads the configuration at `path`.
pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
    let shown = path.display().to_string();
    let unreadable = |message: String| ConfigError {
        path: shown.clone(),
        span: Span::START,
        message,
        help: Some("make it a readable TOML file, remove it, or use --no-config (check)".into()),
        text: String::new(),
    };
    if let Some(message) = not_readable(path) {
        return Err(unreadable(message));
    }
    let text =
        std::fs::read_to_string(path).map_err(|e| unreadable(format!("cannot be read: {e}")))?;
    let config = parse(&shown, &text)?;
    let root = path
        .parent()
        .map(Path::to_path_buf)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| PathBuf::from("."));
    Ok(Loaded {
        config,
        path: Some(path.to_path_buf()),
        root,
    })
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
        let rule = rule_named(key)
            .map_err(|help| error(span, format!("`{key}` is not a rule"), Some(help)))?;
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

/// The rule with this ID or name, or what to do instead: the nearest ID or name, or where to
/// find them. Used for `[rules]` and for the command line's `--select` and `--ignore`.
fn rule_named(key: &str) -> Result<&'static Rule, String> {
    find(key).ok_or_else(|| {
        let ids = crate::rules::all().iter().flat_map(|r| [r.id, r.name]);
        crate::spec::schema::suggest(key, ids).map_or_else(
            || "run `jointly rules` to list the rules".to_owned(),
            |best| format!("did you mean `{best}`?"),
        )
    })
}

/// The rules chosen on the command line, over the configuration's `[rules]`, as ruff's
/// `--select`, `--extend-select` and `--ignore`: `select` runs only the rules it names (each
/// at the severity `[rules]` gives it, or its own), `extend_select` adds rules to those run
/// (turning back on a rule `[rules]` turned off), and `ignore` turns rules off, whatever the
/// other two say. Rules are named by ID or name, as in `[rules]`.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub select: Option<Vec<String>>,
    pub extend_select: Vec<String>,
    pub ignore: Vec<String>,
}

/// A rule named on the command line that jointly does not have.
#[derive(Debug, Clone, thiserror::Error)]
#[error("--{flag}: `{key}` is not a rule; {help}")]
pub struct SelectionError {
    pub flag: &'static str,
    pub key: String,
    pub help: String,
}

impl Selection {
    /// Applies the selection to the settings the configuration gave.
    pub fn apply(&self, settings: &mut Settings) -> Result<(), SelectionError> {
        let rules = |flag: &'static str, keys: &[String]| {
            keys.iter()
                .map(|key| {
                    rule_named(key)
                        .map(|rule| rule.id)
                        .map_err(|help| SelectionError {
                            flag,
                            key: key.clone(),
                            help,
                        })
                })
                .collect::<Result<Vec<&'static str>, _>>()
        };
        let overrides = &mut settings.overrides;
        if let Some(select) = &self.select {
            let selected = rules("select", select)?;
            for rule in crate::rules::all() {
                if !selected.contains(&rule.id) {
                    overrides.insert(rule.id, None);
                }
            }
            overrides.retain(|id, severity| severity.is_some() || !selected.contains(id));
        }
        for id in rules("extend-select", &self.extend_select)? {
            if overrides.get(id) == Some(&None) {
                overrides.remove(id);
            }
        }
        for id in rules("ignore", &self.ignore)? {
            overrides.insert(id, None);
        }
        Ok(())
    }
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
    fn the_command_line_selects_over_the_configuration() {
        let config = parse(
            "jointly.toml",
            "[rules]\n\"GUIDE07-CL-18\" = \"off\"\npool-manager-is-gp = \"error\"\n",
        )
        .unwrap();
        let loaded = Loaded {
            config,
            path: None,
            root: PathBuf::from("."),
        };
        let on = |selection: Selection, id: &str| {
            let mut settings = loaded.settings();
            selection.apply(&mut settings).unwrap();
            settings.overrides.get(id).copied()
        };
        let select = |ids: &[&str]| Selection {
            select: Some(ids.iter().map(|s| s.to_string()).collect()),
            ..Selection::default()
        };
        // Selected, a rule keeps the severity [rules] gives it; one turned off runs again.
        let both = select(&["GUIDE07-6-PM-EACH", "training-not-addressed"]);
        assert_eq!(
            on(both.clone(), "GUIDE07-6-PM-EACH"),
            Some(Some(Severity::Error))
        );
        assert_eq!(on(both.clone(), "GUIDE07-CL-18"), None);
        assert_eq!(on(both, "REG617-7-4-HOST"), Some(None));
        let extended = Selection {
            extend_select: vec!["GUIDE07-CL-18".into()],
            ..Selection::default()
        };
        assert_eq!(on(extended, "GUIDE07-CL-18"), None);
        let ignored = Selection {
            ignore: vec!["REG617-7-4-HOST".into()],
            extend_select: vec!["REG617-7-4-HOST".into()],
            ..select(&["REG617-7-4-HOST"])
        };
        assert_eq!(on(ignored, "REG617-7-4-HOST"), Some(None));
        let error = select(&["pooled-fund-without-hots"])
            .apply(&mut loaded.settings())
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "--select: `pooled-fund-without-hots` is not a rule; did you mean `pooled-fund-without-host`?"
        );
    }

    #[test]
    fn invalid_toml_is_located() {
        let error = parse("jointly.toml", "fail_on = \"sometimes\"\n").unwrap_err();
        assert_eq!(error.span.line, 1);
        let error = parse("jointly.toml", "colour = 1\n").unwrap_err();
        assert!(error.message.contains("colour"), "{}", error.message);
    }
}
