//! Finding and reading `jointly.toml`: the one way every command (and the language server)
//! arrives at the configuration that applies, with `extends` followed down its chain.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::{Config, ConfigError, FILE_NAME, Loaded, key_span, parse};
use crate::spec::Span;

/// How far a chain of `extends` may go: far beyond any real use, and a bound on a chain of
/// links that canonicalising cannot see as a cycle.
const MAX_EXTENDS: usize = 32;

/// Which configuration applies: the one the user chose, or the one found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// `jointly.toml` in this directory or the nearest one above it, if any.
    Discover(PathBuf),
    /// The file named (`--config`).
    File(PathBuf),
    /// None (`--no-config`).
    None,
}

/// The configuration a choice gives: the file named, the one found, or none (the defaults,
/// with globs relative to the working directory).
pub fn resolve(choice: &Choice) -> Result<Loaded, ConfigError> {
    let path = match choice {
        Choice::None => None,
        Choice::File(path) => Some(path.clone()),
        Choice::Discover(start) => discover(start),
    };
    match path {
        Some(path) => load(&path),
        None => Ok(Loaded {
            root: PathBuf::from("."),
            ..Loaded::default()
        }),
    }
}

/// The configuration that applies to the spec at `path`, as `jointly check` run in the spec's
/// directory finds it: the `jointly.toml` there or in the nearest directory above, or none. For
/// the language server, which is given files one by one.
pub fn for_file(path: &Path) -> Result<Loaded, ConfigError> {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let start = absolute.parent().map_or_else(
        || std::env::current_dir().unwrap_or_default(),
        Path::to_path_buf,
    );
    resolve(&Choice::Discover(start))
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

/// Loads the configuration at `path`, and those it `extends`.
pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
    let config = load_chain(path, &mut Vec::new())?;
    let root = directory(path);
    Ok(Loaded {
        config,
        path: Some(path.to_path_buf()),
        root,
    })
}

/// The directory a configuration file is in (`.` for a bare file name).
fn directory(path: &Path) -> PathBuf {
    path.parent()
        .map(Path::to_path_buf)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// A file's text, or why it cannot be used, said as a located error.
fn read(path: &Path) -> Result<String, ConfigError> {
    let unreadable = |message: String| ConfigError {
        path: path.display().to_string(),
        span: Span::START,
        message,
        help: Some("make it a readable TOML file, remove it, or use --no-config".into()),
        text: String::new(),
    };
    if let Some(message) = not_readable(path) {
        return Err(unreadable(message));
    }
    std::fs::read_to_string(path).map_err(|e| unreadable(format!("cannot be read: {e}")))
}

/// Reads one file of a chain and merges it over the file it extends. `seen` holds the files
/// above it in the chain (canonical paths), to find a cycle.
fn load_chain(path: &Path, seen: &mut Vec<PathBuf>) -> Result<Config, ConfigError> {
    let text = read(path)?;
    let shown = path.display().to_string();
    let config = parse(&shown, &text)?;
    let Some(extends) = config.extends.clone() else {
        return Ok(config);
    };
    let error = |message: String, help: &str| ConfigError {
        path: shown.clone(),
        span: key_span(&text, "extends"),
        message,
        help: Some(help.to_owned()),
        text: text.clone(),
    };
    let base = directory(path).join(&extends);
    seen.push(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()));
    let canonical = std::fs::canonicalize(&base).unwrap_or_else(|_| base.clone());
    if seen.len() > MAX_EXTENDS {
        return Err(error(
            format!("`extends` chains more than {MAX_EXTENDS} configuration files"),
            "extend the shared configuration directly rather than through a long chain",
        ));
    }
    if seen.contains(&canonical) {
        return Err(error(
            format!(
                "`extends = \"{}\"` makes a cycle: {} is already in the chain",
                extends.display(),
                base.display()
            ),
            "remove this `extends`, or the one that leads back here",
        ));
    }
    if let Some(problem) = not_readable(&base) {
        return Err(error(
            format!("`extends` names {}, which {problem}", base.display()),
            "name a jointly.toml file, relative to this file's directory",
        ));
    }
    let mut base_config = load_chain(&base, seen)?;
    seen.pop();
    // The base's BCF file is relative to the base; from here, to this file's directory.
    let step = extends.parent().unwrap_or(Path::new(""));
    base_config.bcf_years = base_config.bcf_years.map(|file| step.join(file));
    Ok(merge(base_config, config, &present_keys(&text)))
}

/// The top-level keys the text sets.
fn present_keys(text: &str) -> BTreeSet<String> {
    toml::from_str::<toml::Table>(text)
        .map(|table| table.keys().cloned().collect())
        .unwrap_or_default()
}

/// `over` on top of `base`, key by key: a key `over` sets wins, and `[rules]` entries merge
/// (`over`'s setting for a rule, by ID or name, wins).
fn merge(base: Config, over: Config, present: &BTreeSet<String>) -> Config {
    let has = |key: &str| present.contains(key);
    let mut rules = base.rules;
    for (key, setting) in over.rules {
        let id = super::named(&key).ok().map(super::Named::id);
        rules.retain(|other, _| super::named(other).ok().map(super::Named::id) != id);
        rules.insert(key, setting);
    }
    Config {
        fail_on: over.fail_on.or(base.fail_on),
        include: if has("include") {
            over.include
        } else {
            base.include
        },
        exclude: if has("exclude") {
            over.exclude
        } else {
            base.exclude
        },
        as_of: over.as_of.or(base.as_of),
        rules,
        bcf_years: over.bcf_years.or(base.bcf_years),
        extends: over.extends,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_too_long_is_a_located_error() {
        let dir = std::env::temp_dir().join(format!("jointly-extends-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for n in 0..=MAX_EXTENDS + 1 {
            let text = format!("extends = \"{}.toml\"\n", n + 1);
            std::fs::write(dir.join(format!("{n}.toml")), text).unwrap();
        }
        std::fs::write(dir.join(format!("{}.toml", MAX_EXTENDS + 2)), "").unwrap();
        let error = load(&dir.join("0.toml")).unwrap_err();
        assert!(error.message.contains("more than"), "{}", error.message);
        assert_eq!((error.span.line, error.span.column), (1, 1));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
