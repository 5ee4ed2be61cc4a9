//! The runner: applies every rule that applies to a spec, gives each hit its severity and its
//! place in the source, and sets aside what the spec's waivers cover.

use jiff::civil::Date;

use super::BcfYearUsed;
use super::placeholders::{self, Placeholder};
use super::waivers::{Waived, WaiverNote, apply_waivers};
use super::{ChecklistStatus, Context, Finding, Rule, Severity, Sink, all, checklist};
use crate::law::bcf::BcfParameters;
use crate::spec::Document;

/// How a run is set up: what the configuration changes, and the dates it runs at.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Rules given another severity, or turned off (`None`), by rule ID.
    pub overrides: std::collections::HashMap<&'static str, Option<Severity>>,
    /// The date era checks use where an agreement states neither commencement nor made.
    pub as_of: Option<Date>,
    /// Today, for waiver expiry and a last review that cannot lie in the future.
    pub today: Date,
    /// The Better Care Fund parameters, when a user's file (`--bcf-years`, or `bcf_years` in
    /// jointly.toml) adds to or replaces the built-in ones; `None` for the built-in ones.
    pub bcf: Option<std::sync::Arc<BcfParameters>>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            overrides: Default::default(),
            as_of: None,
            today: jiff::ZonedDateTime::now().date(),
            bcf: None,
        }
    }
}

/// The result of checking one spec.
#[derive(Debug, Clone)]
pub struct Checked {
    /// Findings, sorted by position then rule ID, without those waived.
    pub findings: Vec<Finding>,
    /// Findings covered by a waiver in force: reported, never failing the run.
    pub waived: Vec<Waived>,
    /// Problems with the waivers themselves.
    pub waiver_notes: Vec<WaiverNote>,
    /// Placeholders left in the spec's text (`jointly-placeholder`): warnings in a draft,
    /// errors once the agreement is final or signed. Never waived.
    pub placeholders: Vec<Placeholder>,
    /// The status of each of the 27 checklist items.
    pub checklist: ChecklistStatus,
    /// The rules that applied to this spec (for reports that list every rule checked).
    pub applied: Vec<&'static Rule>,
    /// For a Better Care Fund spec: each financial year it names, and where jointly took that
    /// year's national parameters from, or that it has none. Empty for any other spec.
    pub bcf_parameters: Vec<BcfYearUsed>,
}

impl Checked {
    /// How many findings have this severity (waived findings are not counted).
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The most severe thing reported: findings, waiver problems and placeholders, not waived
    /// findings.
    pub fn worst(&self) -> Option<Severity> {
        self.findings
            .iter()
            .map(|f| f.severity)
            .chain(self.waiver_notes.iter().map(|n| n.kind.severity()))
            .chain(self.placeholders.iter().map(|p| p.severity))
            .min()
    }
}

/// Runs every applicable rule over a loaded spec, with the default settings.
pub fn check(document: &Document) -> Checked {
    check_with(document, &Settings::default())
}

/// Runs every applicable rule over a loaded spec, applies the configuration's severities, and
/// sets aside the findings the spec's waivers cover.
pub fn check_with(document: &Document, settings: &Settings) -> Checked {
    let context = Context {
        spec: &document.spec,
        as_of: settings.as_of,
        today: settings.today,
        bcf: settings
            .bcf
            .as_deref()
            .unwrap_or_else(|| BcfParameters::built_in()),
    };
    let mut findings = Vec::new();
    let mut applied = Vec::new();
    for rule in all() {
        let overridden = settings.overrides.get(rule.id);
        if !rule.applies_to(&document.spec) || overridden == Some(&None) {
            continue;
        }
        applied.push(*rule);
        let mut sink = Sink::default();
        (rule.check)(&context, &mut sink);
        // A framework may hold schemes under another basis: a rule reports only on the
        // schemes made under one of its bases (ARCHITECTURE.md, Invariants).
        let hits = sink
            .hits
            .into_iter()
            .filter(|hit| rule.reports_at(&document.spec, hit.pointer.as_str()));
        for hit in hits {
            let unverified = rule.unverified() || hit.unverified;
            let severity = match overridden {
                Some(Some(severity)) if !(unverified && *severity == Severity::Error) => *severity,
                _ if unverified || hit.warning_only => Severity::Warning,
                _ => rule.default_severity(),
            };
            findings.push(Finding {
                rule,
                severity,
                unverified,
                span: document.index.locate(&hit.pointer),
                pointer: hit.pointer,
                message: hit.message,
                help: hit.help,
            });
        }
    }
    findings.sort_by(|a, b| {
        (a.span.start, a.rule.id, &a.pointer, &a.message).cmp(&(
            b.span.start,
            b.rule.id,
            &b.pointer,
            &b.message,
        ))
    });
    let (findings, waived, waiver_notes) = apply_waivers(document, findings, settings.today);
    Checked {
        findings,
        waived,
        waiver_notes,
        placeholders: placeholders::find_in(document),
        checklist: checklist::status(&document.spec),
        applied,
        bcf_parameters: super::bcf::years_used(&context),
    }
}
