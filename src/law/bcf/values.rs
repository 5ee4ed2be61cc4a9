//! The kinds of value a BCF parameter holds, and how each is read from the TOML file and
//! shown in the docs.

use std::fmt;

use jiff::civil::Date;
use toml::Value;

use crate::law::LongDate;
use crate::spec::Percent;

/// A kind of value a parameter holds: how it is read from its TOML value, and shown.
pub trait ParamValue: Sized + Clone + fmt::Debug + PartialEq {
    /// How to write the value, for help.
    const FORM: &'static str;
    /// Reads the value, or says what is wrong with it.
    fn read(value: &Value) -> Result<Self, String>;
    /// The value in words, for the docs and the command line.
    fn show(&self) -> String;
}

/// A stream of money a year's BCF pool must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stream {
    /// The ICB's (before 1 July 2022 the CCG's) NHS minimum contribution: `nhs_minimum`.
    NhsMinimum,
    /// The Disabled Facilities Grant, capital paid to the local authority: `dfg`.
    DisabledFacilitiesGrant,
    /// The local authority grant, under the year's name (improved Better Care Fund, then
    /// Local Authority Better Care Fund): `la_grant`.
    LocalAuthorityGrant,
    /// Discharge funding as a stream of its own (ICB and local authority parts):
    /// `discharge_fund`.
    DischargeFund,
}

impl Stream {
    /// Every stream, with the word the file writes it as.
    pub const ALL: [(Stream, &'static str); 4] = [
        (Stream::NhsMinimum, "nhs_minimum"),
        (Stream::DisabledFacilitiesGrant, "dfg"),
        (Stream::LocalAuthorityGrant, "la_grant"),
        (Stream::DischargeFund, "discharge_fund"),
    ];

    /// The word the file writes the stream as.
    pub fn key(self) -> &'static str {
        Stream::ALL
            .iter()
            .find(|(stream, _)| *stream == self)
            .map_or("", |(_, key)| key)
    }
}

impl fmt::Display for Stream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Stream::NhsMinimum => "NHS minimum contribution",
            Stream::DisabledFacilitiesGrant => "Disabled Facilities Grant",
            Stream::LocalAuthorityGrant => "local authority grant",
            Stream::DischargeFund => "discharge funding",
        })
    }
}

fn text(value: &Value) -> Result<String, String> {
    match value.as_str().map(str::trim) {
        Some(text) if !text.is_empty() => Ok(text.to_owned()),
        Some(_) => Err("is empty".to_owned()),
        None => Err(format!("is {}, not text", value.type_str())),
    }
}

fn list(value: &Value) -> Result<&Vec<Value>, String> {
    match value.as_array() {
        Some(items) if !items.is_empty() => Ok(items),
        Some(_) => Err("is an empty list".to_owned()),
        None => Err(format!("is {}, not a list", value.type_str())),
    }
}

impl ParamValue for String {
    const FORM: &'static str = "write it as text in quotes";

    fn read(value: &Value) -> Result<Self, String> {
        text(value)
    }

    fn show(&self) -> String {
        self.clone()
    }
}

impl ParamValue for Vec<String> {
    const FORM: &'static str = "write it as a list of texts, e.g. [\"first\", \"second\"]";

    fn read(value: &Value) -> Result<Self, String> {
        list(value)?
            .iter()
            .map(|item| text(item).map_err(|problem| format!("has an item that {problem}")))
            .collect()
    }

    fn show(&self) -> String {
        self.join("; ")
    }
}

impl ParamValue for Date {
    const FORM: &'static str = "write the date as YYYY-MM-DD, e.g. 2025-09-30";

    fn read(value: &Value) -> Result<Self, String> {
        match value {
            Value::Datetime(datetime) => match (datetime.date, datetime.time, datetime.offset) {
                (Some(day), None, None) => Date::new(
                    i16::try_from(day.year).map_err(|e| e.to_string())?,
                    i8::try_from(day.month).map_err(|e| e.to_string())?,
                    i8::try_from(day.day).map_err(|e| e.to_string())?,
                )
                .map_err(|e| format!("is not a date: {e}")),
                _ => Err(format!("`{datetime}` has a time; give the date only")),
            },
            Value::String(written) => written
                .trim()
                .parse()
                .map_err(|_| format!("`{written}` is not a date")),
            other => Err(format!("is {}, not a date", other.type_str())),
        }
    }

    fn show(&self) -> String {
        LongDate(*self).to_string()
    }
}

impl ParamValue for bool {
    const FORM: &'static str = "write true or false";

    fn read(value: &Value) -> Result<Self, String> {
        value
            .as_bool()
            .ok_or_else(|| format!("is {}, not true or false", value.type_str()))
    }

    fn show(&self) -> String {
        if *self { "yes" } else { "no" }.to_owned()
    }
}

impl ParamValue for Percent {
    const FORM: &'static str =
        "write the percentage as a quoted string, e.g. \"5.66\", so that it stays exact";

    fn read(value: &Value) -> Result<Self, String> {
        match value {
            Value::String(written) => written.parse(),
            Value::Integer(whole) => whole.to_string().parse(),
            Value::Float(_) => {
                Err("is a bare decimal number, which TOML reads inexactly".to_owned())
            }
            other => Err(format!("is {}, not a percentage", other.type_str())),
        }
    }

    fn show(&self) -> String {
        format!("{}%", self.0)
    }
}

impl ParamValue for Vec<Stream> {
    const FORM: &'static str =
        "write a list of streams from nhs_minimum, dfg, la_grant and discharge_fund";

    fn read(value: &Value) -> Result<Self, String> {
        let mut streams = Vec::new();
        for item in list(value)? {
            let word = text(item).map_err(|problem| format!("has an item that {problem}"))?;
            let Some((stream, _)) = Stream::ALL.iter().find(|(_, key)| *key == word) else {
                return Err(format!("has `{word}`, which is not a stream"));
            };
            if streams.contains(stream) {
                return Err(format!("names `{word}` twice"));
            }
            streams.push(*stream);
        }
        Ok(streams)
    }

    fn show(&self) -> String {
        let words: Vec<String> = self.iter().map(ToString::to_string).collect();
        words.join("; ")
    }
}

/// A BCF metric plans set a goal or ambition for, by the code the rulebook gives it. A spec's
/// `bcf.metrics` may write a metric as its code; the year's `metric_codes` are the metrics
/// the year requires. The exact definitions of the metrics were not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Metric {
    /// Avoidable (unplanned) admissions for ambulatory care sensitive conditions (2023-25).
    AvoidableAdmissions,
    /// Discharge to the person's usual place of residence (2023-25).
    DischargeUsualResidence,
    /// Emergency hospital admissions due to falls, people aged 65 and over (2023-25).
    Falls65Plus,
    /// Permanent admissions to residential and nursing care homes (2023-25).
    ResidentialAdmissions,
    /// Reablement effectiveness (2023-25).
    Reablement,
    /// Hospital discharge delays (from 2024-25).
    DischargeDelay,
    /// Emergency (unplanned) hospital admissions (2025-26 core metric).
    EmergencyAdmissions,
    /// Long-term admissions to care homes (2025-26 core metric).
    CareHomeAdmissions,
}

impl Metric {
    /// Every metric, with the code a spec and the file write it as.
    pub const ALL: [(Metric, &'static str); 8] = [
        (Metric::AvoidableAdmissions, "avoidable_admissions"),
        (Metric::DischargeUsualResidence, "discharge_usual_residence"),
        (Metric::Falls65Plus, "falls_65plus"),
        (Metric::ResidentialAdmissions, "residential_admissions"),
        (Metric::Reablement, "reablement"),
        (Metric::DischargeDelay, "discharge_delay"),
        (Metric::EmergencyAdmissions, "emergency_admissions"),
        (Metric::CareHomeAdmissions, "care_home_admissions"),
    ];

    /// The metric a code names, if it is one (exactly, ignoring surrounding spaces).
    pub fn from_code(code: &str) -> Option<Metric> {
        let code = code.trim();
        Metric::ALL
            .iter()
            .find(|(_, key)| *key == code)
            .map(|(metric, _)| *metric)
    }

    /// The code the metric is written as.
    pub fn code(self) -> &'static str {
        Metric::ALL
            .iter()
            .find(|(metric, _)| *metric == self)
            .map_or("", |(_, key)| key)
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Metric::AvoidableAdmissions => "avoidable admissions",
            Metric::DischargeUsualResidence => "discharge to usual place of residence",
            Metric::Falls65Plus => "emergency admissions due to falls (65 and over)",
            Metric::ResidentialAdmissions => "admissions to residential and nursing care",
            Metric::Reablement => "reablement",
            Metric::DischargeDelay => "hospital discharge delays",
            Metric::EmergencyAdmissions => "emergency (unplanned) admissions",
            Metric::CareHomeAdmissions => "long-term care home admissions",
        })
    }
}

impl ParamValue for Vec<Metric> {
    const FORM: &'static str = "write a list of metric codes from avoidable_admissions, discharge_usual_residence, falls_65plus, residential_admissions, reablement, discharge_delay, emergency_admissions and care_home_admissions";

    fn read(value: &Value) -> Result<Self, String> {
        let mut metrics = Vec::new();
        for item in list(value)? {
            let word = text(item).map_err(|problem| format!("has an item that {problem}"))?;
            let Some(metric) = Metric::from_code(&word) else {
                return Err(format!("has `{word}`, which is not a metric code"));
            };
            if metrics.contains(&metric) {
                return Err(format!("names `{word}` twice"));
            }
            metrics.push(metric);
        }
        Ok(metrics)
    }

    fn show(&self) -> String {
        let words: Vec<String> = self
            .iter()
            .map(|m| format!("{m} (`{}`)", m.code()))
            .collect();
        words.join("; ")
    }
}
