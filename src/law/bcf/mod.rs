//! The Better Care Fund's national parameters by financial year: which framework set them,
//! its objectives, national conditions, required pooled streams, metrics and deadlines.
//!
//! BCF requirements change every planning round, so they are data, not code: jointly ships
//! them for 2015-16 to 2026-27 in `data/bcf-years.toml`, embedded in the binary, and a user
//! can give a file of the same form that adds a year or replaces values of a year. Every
//! value carries the rulebook's verification label and the sources it rests on, or says why
//! it is not known; nothing here guesses a value.
//!
//! **Precedence.** A value given in a user's file replaces the built-in value of the same
//! year and parameter, whole (a list is replaced, not extended); a parameter the file leaves
//! out keeps the built-in value. A year the built-in data lacks takes what the file gives,
//! and every parameter the file leaves out is not known. A source key the file declares
//! replaces the built-in source of that key. Files given one after another apply in order,
//! each over the result of the last.
//!
//! ```
//! use jointly::law::bcf::{BcfParameters, BcfYear, Fact, Origin, YearLookup};
//!
//! let built_in = BcfParameters::built_in();
//! let year = BcfYear::parse("2024-25").unwrap();
//! let YearLookup::Known(params) = built_in.year(year) else { panic!("2024-25 is built in") };
//! let Fact::Known { value, label, .. } = &params.s75_deadline.fact else { panic!() };
//! assert_eq!(value.to_string(), "2024-09-30");
//! assert_eq!(label.code(), "S");
//!
//! let text = r#"
//! [years."2025-26"]
//! s75_deadline = { value = 2025-09-30, label = "S", sources = ["ICB-LETTER"] }
//!
//! [sources]
//! ICB-LETTER = { title = "Letter from the ICB on the 2025-26 BCF, 1 April 2025" }
//! "#;
//! let merged = built_in.with_override("bcf.toml", text).unwrap();
//! let YearLookup::Known(params) = merged.year(BcfYear::parse("2025-26").unwrap()) else { panic!() };
//! assert!(matches!(&params.s75_deadline.origin, Origin::File { path, .. } if path == "bcf.toml"));
//! assert!(matches!(params.plan_deadline.origin, Origin::BuiltIn));
//!
//! let YearLookup::NotKnown(unknown) = merged.year(BcfYear::parse("2027-28").unwrap()) else { panic!() };
//! assert_eq!(unknown.to_string(), "jointly has no Better Care Fund parameters for 2027-28");
//! ```

mod read;
mod values;
mod year;

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

use jiff::civil::Date;

pub use read::BcfDataError;
pub use values::{Metric, ParamValue, Stream};
pub use year::BcfYear;

use crate::spec::{Percent, Span};

/// Where the built-in parameters are kept, from the repository root.
pub const BUILT_IN_PATH: &str = "data/bcf-years.toml";

/// The built-in parameters' text, embedded in the binary.
pub const BUILT_IN_TEXT: &str = include_str!("../../../data/bcf-years.toml");

/// How far a value was checked: the rulebook's verification labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
pub enum Label {
    /// The words were read in a stored copy of the source.
    #[serde(rename = "V")]
    Verified,
    /// A project seed document states it.
    #[serde(rename = "V-seed")]
    VerifiedSeed,
    /// Partly verified: part of the source was read, the rest is secondary or memory.
    #[serde(rename = "P")]
    Partly,
    /// Only a secondary source (a council paper, commentary) says it.
    #[serde(rename = "S")]
    Secondary,
    /// From memory, not verified against any stored source.
    #[serde(rename = "M")]
    Memory,
}

impl Label {
    /// Every label, in the order the docs explain them.
    pub const ALL: [Label; 5] = [
        Label::Verified,
        Label::VerifiedSeed,
        Label::Partly,
        Label::Secondary,
        Label::Memory,
    ];

    /// The label as the rulebook and the file write it.
    pub fn code(self) -> &'static str {
        match self {
            Label::Verified => "V",
            Label::VerifiedSeed => "V-seed",
            Label::Partly => "P",
            Label::Secondary => "S",
            Label::Memory => "M",
        }
    }

    /// What the label means, in words.
    pub fn words(self) -> &'static str {
        match self {
            Label::Verified => "verified: the words were read in a stored copy of the source",
            Label::VerifiedSeed => "stated in a project seed document",
            Label::Partly => {
                "partly verified: part was read, the rest comes from a secondary source or memory"
            }
            Label::Secondary => "only a secondary source (a council paper or commentary) says it",
            Label::Memory => "from memory: not verified against any stored source",
        }
    }
}

/// Where a parameter (or a year, or a source) came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// jointly's built-in `data/bcf-years.toml`.
    BuiltIn,
    /// A user's file, at this place in it.
    File { path: String, span: Span },
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::BuiltIn => write!(f, "jointly's built-in {BUILT_IN_PATH}"),
            Origin::File { path, span } => write!(f, "{path}:{}:{}", span.line, span.column),
        }
    }
}

/// A parameter's value with its label and sources, or why it is not known.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact<T> {
    Known {
        value: T,
        label: Label,
        /// The keys of the sources it rests on, declared in [`BcfParameters::source`].
        sources: Vec<String>,
        /// What the sources say beyond the value, or a caveat.
        note: Option<String>,
    },
    /// Neither jointly nor a user's file knows the value; says why.
    NotKnown { reason: String },
}

/// One parameter of one year, and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Param<T> {
    pub fact: Fact<T>,
    pub origin: Origin,
}

impl<T> Param<T> {
    /// The value, if it is known.
    pub fn known(&self) -> Option<&T> {
        match &self.fact {
            Fact::Known { value, .. } => Some(value),
            Fact::NotKnown { .. } => None,
        }
    }
}

/// One parameter of a year as the docs and the command line show it.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// The parameter's key in the file.
    pub key: &'static str,
    /// What the parameter is, in words.
    pub title: &'static str,
    /// The value in words, with its label, sources and note; or why it is not known.
    pub fact: RowFact<'a>,
    pub origin: &'a Origin,
}

/// A [`Fact`] with its value in words.
#[derive(Debug, Clone, Copy)]
pub enum RowFact<'a> {
    Known {
        label: Label,
        sources: &'a [String],
        note: Option<&'a str>,
    },
    NotKnown {
        reason: &'a str,
    },
}

impl<T: ParamValue> Param<T> {
    fn row(&self, key: &'static str, title: &'static str) -> (Row<'_>, Option<String>) {
        let (fact, shown) = match &self.fact {
            Fact::Known {
                value,
                label,
                sources,
                note,
            } => (
                RowFact::Known {
                    label: *label,
                    sources,
                    note: note.as_deref(),
                },
                Some(value.show()),
            ),
            Fact::NotKnown { reason } => (RowFact::NotKnown { reason }, None),
        };
        let row = Row {
            key,
            title,
            fact,
            origin: &self.origin,
        };
        (row, shown)
    }
}

/// Declares a year's parameters once: the typed struct, the raw form the file is read into,
/// how a year is read and merged, and the rows the docs show, in this order.
macro_rules! with_parameters {
    ($( $(#[$doc:meta])* $key:ident: $ty:ty => $title:literal, )*) => {
        /// One financial year's BCF parameters, each with where it came from.
        #[derive(Debug, Clone, PartialEq)]
        pub struct YearParameters {
            pub year: BcfYear,
            /// Where the year was first given: built in, or the user's file that added it.
            pub origin: Origin,
            $( $(#[$doc])* pub $key: Param<$ty>, )*
        }

        /// A year as written in a file: every parameter may be left out.
        #[derive(Debug, Default, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct RawYear {
            $( #[serde(default)] $key: Option<toml::Spanned<read::RawParam>>, )*
        }

        impl YearParameters {
            /// The keys of the parameters, in order.
            pub const KEYS: &'static [&'static str] = &[$( stringify!($key) ),*];

            /// Reads a year from `raw`, taking what it leaves out from `base`.
            fn read(
                reader: &read::Reader<'_>,
                at: &read::YearAt,
                origin: Origin,
                raw: RawYear,
                base: Option<&YearParameters>,
            ) -> Result<YearParameters, BcfDataError> {
                Ok(YearParameters {
                    year: at.year,
                    origin: base.map_or(origin, |base| base.origin.clone()),
                    $( $key: reader.param(at, stringify!($key), raw.$key, base.map(|b| &b.$key))?, )*
                })
            }

            /// Every parameter, in order, with its value in words.
            pub fn rows(&self) -> Vec<(Row<'_>, Option<String>)> {
                vec![$( self.$key.row(stringify!($key), $title) ),*]
            }
        }
    };
}

with_parameters! {
    /// The framework or planning requirements that set the year's conditions.
    framework: String => "Framework",
    /// The date that framework was published.
    framework_published: Date => "Framework published",
    /// The BCF objectives every scheme serves.
    objectives: Vec<String> => "Objectives",
    /// The national conditions of funding.
    national_conditions: Vec<String> => "National conditions",
    /// The streams of money the pool must hold.
    pooled_streams: Vec<Stream> => "Required pooled streams",
    /// The name of the local authority grant that year.
    la_grant_name: String => "Local authority grant",
    /// Whether discharge funding is a stream of its own.
    discharge_fund_separate: bool => "Discharge funding a separate stream",
    /// The metrics plans set ambitions or goals for.
    metrics: Vec<String> => "Metrics",
    /// The metrics of `metrics` by code, as a spec's `bcf.metrics` may write them.
    metric_codes: Vec<Metric> => "Metric codes",
    /// Whether local areas must agree capacity and demand plans for intermediate and
    /// short-term care.
    capacity_demand_plan: bool => "Capacity and demand plan agreed",
    /// The national deadline for submitting the plan.
    plan_deadline: Date => "Plan submission deadline",
    /// Whether the health and wellbeing board may approve the plan after that deadline.
    hwb_approval_after_deadline: bool => "HWB approval after the deadline allowed",
    /// The national deadline by which the section 75 agreement must be signed.
    s75_deadline: Date => "Section 75 agreement signed by",
    /// The Expenditure on Service Integration Directions that ring-fence the NHS minimum.
    esi_directions: String => "Expenditure on Service Integration Directions",
    /// The uplift of each HWB's NHS minimum contribution on the year before.
    nhs_minimum_uplift: Percent => "NHS minimum contribution uplift",
    /// The deadline for passing the Disabled Facilities Grant to district councils.
    dfg_pass_deadline: Date => "DFG passed to district councils by",
}

/// A source the parameters cite, as the rulebook's source register describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// What was read.
    pub title: String,
    /// Where, when the stored copy has an address.
    pub address: Option<String>,
    pub origin: Origin,
}

/// The BCF parameters of every year jointly knows, from the built-in data and any user files.
#[derive(Debug, Clone, PartialEq)]
pub struct BcfParameters {
    years: BTreeMap<BcfYear, YearParameters>,
    sources: BTreeMap<String, Source>,
}

/// The parameters for a financial year, or that there are none: a caller must say so, never
/// carry on as if a year's rules had passed.
#[must_use]
#[derive(Debug, Clone, Copy)]
pub enum YearLookup<'a> {
    Known(&'a YearParameters),
    NotKnown(YearNotKnown),
}

/// No parameters for a year: neither the built-in data nor a user's file gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearNotKnown {
    pub year: BcfYear,
    /// The first and last years that are known, if any.
    pub known: Option<(BcfYear, BcfYear)>,
}

impl fmt::Display for YearNotKnown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "jointly has no Better Care Fund parameters for {}",
            self.year
        )
    }
}

impl YearNotKnown {
    /// What to do about it.
    pub fn help(&self) -> String {
        let known = self.known.map_or(String::new(), |(first, last)| {
            format!("jointly knows {first} to {last}; ")
        });
        format!(
            "{known}give the year's parameters, with their sources, in a file of the same form as {BUILT_IN_PATH} (see docs/bcf-years.md)"
        )
    }
}

static BUILT_IN: LazyLock<BcfParameters> = LazyLock::new(|| {
    BcfParameters::parse_built_in(BUILT_IN_TEXT)
        .unwrap_or_else(|error| panic!("{BUILT_IN_PATH} must load (tests/bcf_years.rs): {error}"))
});

impl BcfParameters {
    /// jointly's built-in parameters, 2015-16 to 2026-27.
    pub fn built_in() -> &'static BcfParameters {
        &BUILT_IN
    }

    /// Reads a built-in data file: every year must give every parameter, known or not.
    pub fn parse_built_in(text: &str) -> Result<BcfParameters, BcfDataError> {
        let empty = BcfParameters {
            years: BTreeMap::new(),
            sources: BTreeMap::new(),
        };
        read::merge(&empty, BUILT_IN_PATH, text, read::Mode::BuiltIn)
    }

    /// These parameters with a user's file over them (see the module docs for precedence);
    /// `path` names the file in messages and origins.
    pub fn with_override(&self, path: &str, text: &str) -> Result<BcfParameters, BcfDataError> {
        read::merge(self, path, text, read::Mode::Override)
    }

    /// Reads a user's file and puts it over these parameters.
    pub fn with_override_file(&self, path: &Path) -> Result<BcfParameters, BcfDataError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| BcfDataError {
            path: shown.clone(),
            span: Span::START,
            message: format!("cannot be read: {e}"),
            help: "check the path of the Better Care Fund parameters file".to_owned(),
        })?;
        self.with_override(&shown, &text)
    }

    /// The parameters for `year`, or that there are none.
    pub fn year(&self, year: BcfYear) -> YearLookup<'_> {
        match self.years.get(&year) {
            Some(params) => YearLookup::Known(params),
            None => YearLookup::NotKnown(YearNotKnown {
                year,
                known: self
                    .years
                    .keys()
                    .next()
                    .zip(self.years.keys().next_back())
                    .map(|(a, b)| (*a, *b)),
            }),
        }
    }

    /// Every year known, in order.
    pub fn years(&self) -> impl Iterator<Item = &YearParameters> {
        self.years.values()
    }

    /// The source declared under `key`.
    pub fn source(&self, key: &str) -> Option<&Source> {
        self.sources.get(key)
    }

    /// Every declared source, by key.
    pub fn sources(&self) -> impl Iterator<Item = (&str, &Source)> {
        self.sources
            .iter()
            .map(|(key, source)| (key.as_str(), source))
    }
}
