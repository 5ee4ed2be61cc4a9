//! Reading a parameters file (the built-in one or a user's) and putting it over what is
//! already known, with every problem located in the file.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::{
    BcfParameters, BcfYear, Fact, Label, Origin, Param, ParamValue, RawYear, Source, YearParameters,
};
use crate::spec::Span;
use crate::spec::schema::suggest;

/// Where the form of a parameters file is explained, for help.
const FORM_HELP: &str = "see docs/bcf-years.md for the form of a parameters file";

/// A parameters file that could not be used, located in it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{}:{}: {message}", span.line, span.column)]
pub struct BcfDataError {
    pub path: String,
    pub span: Span,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

/// Whether a file is jointly's built-in data, which must give every parameter of every
/// year, or a user's, which gives only what it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    BuiltIn,
    Override,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    years: BTreeMap<Spanned<String>, Spanned<RawYear>>,
    #[serde(default)]
    sources: BTreeMap<Spanned<String>, Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    title: String,
    address: Option<String>,
}

/// One parameter as written: a value with its label, sources and note, or why it is not
/// known.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawParam {
    value: Option<Spanned<toml::Value>>,
    label: Option<Label>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    note: Option<String>,
    not_known: Option<Spanned<String>>,
}

/// The year being read, and where its table is.
pub(super) struct YearAt {
    pub(super) year: BcfYear,
    range: Range<usize>,
}

/// Reads the parameters of one file.
pub(super) struct Reader<'a> {
    path: &'a str,
    text: &'a str,
    mode: Mode,
    /// Every source a value may cite: those already known and the file's own.
    sources: &'a BTreeMap<String, Source>,
}

/// Reads the file `path` holding `text` and puts it over `base`.
pub(super) fn merge(
    base: &BcfParameters,
    path: &str,
    text: &str,
    mode: Mode,
) -> Result<BcfParameters, BcfDataError> {
    let mut reader = Reader {
        path,
        text,
        mode,
        sources: &base.sources,
    };
    let file: RawFile = toml::from_str(text).map_err(|e| reader.syntax_error(&e))?;
    let mut sources = base.sources.clone();
    for (key, raw) in file.sources {
        let origin = reader.origin(raw.span());
        let raw = raw.into_inner();
        if raw.title.trim().is_empty() {
            return Err(reader.error(
                key.span(),
                format!("source `{}` has an empty title", key.get_ref()),
                "say what was read, e.g. `title = \"Letter from the ICB, 1 April 2025\"`",
            ));
        }
        let source = Source {
            title: raw.title,
            address: raw.address,
            origin,
        };
        sources.insert(key.into_inner(), source);
    }
    reader.sources = &sources;
    let mut years = base.years.clone();
    let mut seen = Vec::new();
    for (key, raw) in file.years {
        let year = reader.year_key(&key, &seen)?;
        seen.push(year);
        let at = YearAt {
            year,
            range: raw.span(),
        };
        let origin = reader.origin(at.range.clone());
        let params = YearParameters::read(
            &reader,
            &at,
            origin,
            raw.into_inner(),
            base.years.get(&year),
        )?;
        years.insert(year, params);
    }
    Ok(BcfParameters { years, sources })
}

impl Reader<'_> {
    fn span(&self, range: Range<usize>) -> Span {
        Span {
            len: range.len(),
            ..Span::at_offset(self.text, range.start)
        }
    }

    fn origin(&self, range: Range<usize>) -> Origin {
        match self.mode {
            Mode::BuiltIn => Origin::BuiltIn,
            Mode::Override => Origin::File {
                path: self.path.to_owned(),
                span: self.span(range),
            },
        }
    }

    fn error(&self, range: Range<usize>, message: String, help: impl Into<String>) -> BcfDataError {
        BcfDataError {
            path: self.path.to_owned(),
            span: self.span(range),
            message,
            help: help.into(),
        }
    }

    fn syntax_error(&self, error: &toml::de::Error) -> BcfDataError {
        let message = error.message().trim().replace('\n', " ");
        let help = unknown_key(&message)
            .and_then(|key| suggest(key, YearParameters::KEYS.iter().copied().chain(RAW_KEYS)))
            .map_or_else(
                || FORM_HELP.to_owned(),
                |best| format!("did you mean `{best}`? {FORM_HELP}"),
            );
        self.error(error.span().unwrap_or(0..0), message, help)
    }

    /// The financial year a `[years."…"]` key names, once in the file.
    fn year_key(&self, key: &Spanned<String>, seen: &[BcfYear]) -> Result<BcfYear, BcfDataError> {
        let Some(year) = BcfYear::parse(key.get_ref()) else {
            return Err(self.error(
                key.span(),
                format!("`{}` is not a financial year", key.get_ref()),
                "write the year it starts in and the next, e.g. [years.\"2025-26\"]; a two-year framework gives each year its own table",
            ));
        };
        if seen.contains(&year) {
            return Err(self.error(
                key.span(),
                format!("{year} is given twice in this file"),
                "give each year once; merge the two tables",
            ));
        }
        Ok(year)
    }

    /// Reads parameter `key` of a year; a parameter the file leaves out is `base`'s.
    pub(super) fn param<T: ParamValue>(
        &self,
        at: &YearAt,
        key: &str,
        raw: Option<Spanned<RawParam>>,
        base: Option<&Param<T>>,
    ) -> Result<Param<T>, BcfDataError> {
        let Some(raw) = raw else {
            return match (base, self.mode) {
                (Some(base), _) => Ok(base.clone()),
                (None, Mode::BuiltIn) => Err(self.error(
                    at.range.clone(),
                    format!("{} does not give `{key}`", at.year),
                    format!("write `{key}` with its value, label and sources, or as `{key} = {{ not_known = \"why\" }}`"),
                )),
                (None, Mode::Override) => Ok(Param {
                    fact: Fact::NotKnown {
                        reason: format!(
                            "{} adds {} without it, and jointly has no built-in parameters for {}",
                            self.path, at.year, at.year
                        ),
                    },
                    origin: self.origin(at.range.clone()),
                }),
            };
        };
        let range = raw.span();
        let name = format!("`{key}` for {}", at.year);
        let fact = match raw.into_inner() {
            RawParam {
                value: Some(_),
                not_known: Some(reason),
                ..
            } => Err(self.error(
                reason.span(),
                format!("{name} has both a value and `not_known`"),
                "keep the value with its label and sources, or say why it is not known, not both",
            )),
            RawParam {
                value: None,
                not_known: None,
                ..
            } => Err(self.error(
                range.clone(),
                format!("{name} has neither a value nor `not_known`"),
                "write `value = …` with `label` and `sources`, or `not_known = \"why\"`",
            )),
            raw @ RawParam { value: None, .. } => self.not_known(&name, range.clone(), raw),
            raw => self.known(&name, raw),
        }?;
        Ok(Param {
            fact,
            origin: self.origin(range),
        })
    }

    fn not_known<T>(
        &self,
        name: &str,
        range: Range<usize>,
        raw: RawParam,
    ) -> Result<Fact<T>, BcfDataError> {
        if raw.label.is_some() || !raw.sources.is_empty() || raw.note.is_some() {
            return Err(self.error(
                range,
                format!("{name} is not known, so it takes no label, sources or note"),
                "put what the sources say in the `not_known` reason, or give the value with its label and sources",
            ));
        }
        let reason = raw
            .not_known
            .unwrap_or_else(|| Spanned::new(0..0, String::new()));
        if reason.get_ref().trim().is_empty() {
            return Err(self.error(
                reason.span(),
                format!("{name} is not known but does not say why"),
                "say why, e.g. `not_known = \"no published source gives the deadline\"`",
            ));
        }
        Ok(Fact::NotKnown {
            reason: reason.into_inner().trim().to_owned(),
        })
    }

    fn known<T: ParamValue>(&self, name: &str, raw: RawParam) -> Result<Fact<T>, BcfDataError> {
        let Some(value) = raw.value else {
            return Err(self.error(0..0, format!("{name} has no value"), FORM_HELP));
        };
        let value_range = value.span();
        let read = T::read(value.get_ref()).map_err(|problem| {
            self.error(value_range.clone(), format!("{name} {problem}"), T::FORM)
        })?;
        let Some(label) = raw.label else {
            return Err(self.error(
                value_range,
                format!("{name} has a value but no verification label"),
                "add `label = \"V\"`, \"V-seed\", \"P\", \"S\" or \"M\": how far the value was checked (see docs/bcf-years.md)",
            ));
        };
        if raw.sources.is_empty() {
            return Err(self.error(
                value_range,
                format!("{name} has a value but no source"),
                "add `sources = [\"KEY\"]` naming where the value comes from, and declare each key under [sources]",
            ));
        }
        for source in &raw.sources {
            self.declared(source)?;
        }
        Ok(Fact::Known {
            value: read,
            label,
            sources: raw.sources.into_iter().map(Spanned::into_inner).collect(),
            note: raw.note.map(|note| note.trim().to_owned()),
        })
    }

    fn declared(&self, source: &Spanned<String>) -> Result<(), BcfDataError> {
        let key = source.get_ref();
        if self.sources.contains_key(key) {
            return Ok(());
        }
        let help = suggest(key, self.sources.keys().map(String::as_str)).map_or_else(
            || format!("declare it under [sources] with its title and address, e.g. `{key} = {{ title = \"…\", address = \"https://…\" }}`"),
            |best| format!("did you mean `{best}`? Otherwise declare it under [sources] with its title and address"),
        );
        Err(self.error(
            source.span(),
            format!("`{key}` is not a declared source"),
            help,
        ))
    }
}

/// The keys a parameter's table may have, for suggestions.
const RAW_KEYS: [&str; 5] = ["value", "label", "sources", "note", "not_known"];

/// The key an "unknown field" message names.
fn unknown_key(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.split_once('`').map(|(key, _)| key)
}
