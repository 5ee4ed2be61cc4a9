//! The runner: applies every rule that applies to a spec, gives each hit its severity and its
//! place in the source, and sets aside what the spec's waivers cover.

use std::borrow::Cow;

use jiff::civil::Date;

use super::BcfYearUsed;
use super::placeholders::{self, Placeholder};
use super::waivers::{Waived, WaiverNote, apply_waivers};
use super::{
    Arrangement, ChecklistStatus, Context, Finding, Hit, Rule, Severity, Sink, all, checklist,
};
use crate::law::bcf::BcfParameters;
use crate::spec::{Document, Spec};

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
/// sets aside the findings the spec's waivers cover. A spec with `years` is checked once per
/// year, on the year's view (the core with that year's schedules and `bcf`, so that each year is
/// judged by the law of its financial year): what a view finds in the year is reported at the
/// year's pointer, and what it finds in the core agreement once, from the last year's view
/// (the agreement as it stands), with the Better Care Fund rules' findings about the core from
/// every year.
pub fn check_with(document: &Document, settings: &Settings) -> Checked {
    let bcf = settings
        .bcf
        .as_deref()
        .unwrap_or_else(|| BcfParameters::built_in());
    let spec = &document.spec;
    let mut hits: Vec<(&'static Rule, Hit)> = Vec::new();
    let mut applied = vec![false; all().len()];
    let mut bcf_parameters = Vec::new();
    let last = spec.years.len().checked_sub(1);
    let views: Vec<View> = match last {
        None => vec![View {
            year: None,
            spec: Cow::Borrowed(spec),
            dated: None,
        }],
        Some(last) => (0..=last)
            .filter_map(|y| {
                Some(View {
                    year: Some(y),
                    spec: Cow::Owned(spec.year_view(y)?),
                    dated: spec.year_view_dated(y),
                })
            })
            .collect(),
    };
    for view in &views {
        let context = |spec| Context::new(spec, settings.as_of, settings.today, bcf);
        let plain = context(view.spec.as_ref());
        let dated = context(view.dated.as_ref().unwrap_or(view.spec.as_ref()));
        for (rule, hit) in run_rules(&plain, &dated, settings, &mut applied) {
            let of_bcf = is_bcf(rule);
            let core = of_bcf || view.year == last;
            let pointer = match view.year {
                None => {
                    hits.push((rule, hit));
                    continue;
                }
                // The dated view's date made is the year's variation's.
                Some(y) if of_bcf && view.dated.is_some() && hit.pointer == "/agreement/made" => {
                    Some(format!("/years/{y}/variation/made"))
                }
                Some(y) => spec.year_pointer(y, &hit.pointer),
            };
            match pointer {
                Some(pointer) => hits.push((rule, Hit { pointer, ..hit })),
                None if core => hits.push((rule, hit)),
                None => {}
            }
        }
        bcf_parameters.extend(super::bcf::years_used(&dated));
    }
    let mut findings = locate(document, settings, hits);
    findings.dedup_by(|a, b| {
        (a.rule.id, &a.pointer, &a.message) == (b.rule.id, &b.pointer, &b.message)
    });
    let (findings, waived, mut waiver_notes) = apply_waivers(document, findings, settings);
    // jointly's own checks may be turned off too (`[rules]`, `--ignore`), never made stricter.
    let off = |id: &str| settings.overrides.get(id) == Some(&None);
    waiver_notes.retain(|note| !off(note.kind.id()));
    let placeholders = match off(placeholders::ID) {
        true => Vec::new(),
        false => placeholders::find_in(document),
    };
    let current = views.last().map_or(spec, |view| view.spec.as_ref());
    Checked {
        findings,
        waived,
        waiver_notes,
        placeholders,
        checklist: checklist::status(current),
        applied: all()
            .iter()
            .zip(applied)
            .filter_map(|(rule, used)| used.then_some(*rule))
            .collect(),
        bcf_parameters,
    }
}

/// One spec the rules run on: the spec itself, or one year's view of it (with, for the Better
/// Care Fund rules, the view dated by the year's variation).
struct View<'a> {
    year: Option<usize>,
    spec: Cow<'a, Spec>,
    dated: Option<Spec>,
}

/// Whether a rule is one of the Better Care Fund's, judged by the financial year.
fn is_bcf(rule: &Rule) -> bool {
    matches!(
        rule.applies.arrangement,
        Arrangement::Bcf | Arrangement::BcfYear(_)
    )
}

/// Runs every rule that applies and is not turned off (the Better Care Fund rules on `dated`,
/// the rest on `plain`), marking each in `applied` (by its place in the registry); gives each
/// hit the rule reports for a place it covers.
fn run_rules(
    plain: &Context,
    dated: &Context,
    settings: &Settings,
    applied: &mut [bool],
) -> Vec<(&'static Rule, Hit)> {
    let mut hits = Vec::new();
    for (rule, used) in all().iter().zip(applied.iter_mut()) {
        let context = if is_bcf(rule) { dated } else { plain };
        let overridden = settings.overrides.get(rule.id);
        if !rule.applies_to(context.spec) || overridden == Some(&None) {
            continue;
        }
        *used = true;
        let mut sink = Sink::default();
        (rule.check)(context, &mut sink);
        // A framework may hold schemes under another basis: a rule reports only on the
        // schemes made under one of its bases (ARCHITECTURE.md, Invariants).
        hits.extend(
            sink.hits
                .into_iter()
                .filter(|hit| rule.reports_at(context.spec, hit.pointer.as_str()))
                .map(|hit| (*rule, hit)),
        );
    }
    hits
}

/// Gives each hit its severity and its place in the source, in order of position, then rule.
fn locate(
    document: &Document,
    settings: &Settings,
    hits: Vec<(&'static Rule, Hit)>,
) -> Vec<Finding> {
    let mut findings: Vec<Finding> = hits
        .into_iter()
        .map(|(rule, hit)| {
            let overridden = settings.overrides.get(rule.id);
            let unverified = rule.unverified() || hit.unverified;
            let severity = match overridden {
                Some(Some(severity)) if !(unverified && *severity == Severity::Error) => *severity,
                _ if unverified || hit.warning_only => Severity::Warning,
                _ => rule.default_severity(),
            };
            Finding {
                rule,
                severity,
                unverified,
                span: document.index.locate(&hit.pointer),
                pointer: hit.pointer,
                message: hit.message,
                help: hit.help,
            }
        })
        .collect();
    findings.sort_by(|a, b| {
        (a.span.start, a.rule.id, &a.pointer, &a.message).cmp(&(
            b.span.start,
            b.rule.id,
            &b.pointer,
            &b.message,
        ))
    });
    findings
}
