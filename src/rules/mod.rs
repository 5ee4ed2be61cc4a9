//! The rule engine: a static registry of rules, each citing the provision it rests on, and the
//! runner that applies them to a loaded spec.
//!
//! Rules never see YAML or line numbers. A check names the JSON pointer of what it is about
//! (for something missing: where it belongs) and the runner attaches the location.

mod checklist;
mod children;
mod conditions;
mod contents;
pub mod coverage;
mod delegation;
mod era;
mod excluded;
mod partners;
mod pooled_fund;
mod registry;
mod sources;

use jiff::civil::Date;

use crate::spec::{Document, Jurisdiction, LegalBasis, Party, Span, Spec};

pub use checklist::{Addressed, ChecklistItem, ChecklistStatus, Data, ITEMS as CHECKLIST, SetOut};
pub use coverage::{Coverage, coverage};
pub use era::{BodyClass, body_class, era_of};
pub use partners::{TypeWords, type_described, type_wording, type_words};
pub use registry::{all, find};

/// Whether a rule comes from the law or from guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// An Act, regulations or directions: what the agreement must do.
    Statutory,
    /// Guidance or good practice: what the agreement should do.
    Guidance,
}

/// How far the rulebook verified the wording a rule rests on (rulebook §0.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Label {
    /// V: the quoted words were read in an archived copy of the provision.
    #[serde(rename = "V")]
    Verified,
    /// V-seed: stated in one of the project's seed documents.
    #[serde(rename = "V-seed")]
    VerifiedSeed,
    /// P: partly verified; the rest is from a secondary source or memory.
    #[serde(rename = "P")]
    Partial,
    /// S: only secondary sources say it.
    #[serde(rename = "S")]
    Secondary,
    /// M: from memory, not verified against any stored source.
    #[serde(rename = "M")]
    Memory,
}

impl Label {
    /// The rulebook's short form (for machine-readable reports and the rulebook fingerprint).
    pub fn code(self) -> &'static str {
        match self {
            Label::Verified => "V",
            Label::VerifiedSeed => "V-seed",
            Label::Partial => "P",
            Label::Secondary => "S",
            Label::Memory => "M",
        }
    }

    /// A word or two for tables.
    pub fn short_words(self) -> &'static str {
        match self {
            Label::Verified => "read",
            Label::VerifiedSeed => "in source",
            Label::Partial => "partly read",
            Label::Secondary => "secondary",
            Label::Memory => "not verified",
        }
    }

    /// How far the wording was verified, in plain words.
    pub fn words(self) -> &'static str {
        match self {
            Label::Verified => "verified: the provision's own words were read in a copy of it",
            Label::VerifiedSeed => {
                "verified in the document cited: the requirement is stated there in these terms"
            }
            Label::Partial => {
                "partly verified: some of the words it rests on were read, not all (see the sources)"
            }
            Label::Secondary => {
                "not read in the provision itself: only the secondary sources below state it"
            }
            Label::Memory => "not verified: no copy of the provision's words was available",
        }
    }
}

/// A source a rule's requirement rests on. Each source listed for a rule states the
/// requirement itself and is independent of the others, so that two or more of them
/// corroborate a partly verified or secondary rule (rulebook §6 item 5).
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Source {
    pub kind: SourceKind,
    /// Where, in plain words a lawyer can follow, e.g. "SI 2000/617 reg 7(3), as made
    /// (legislation.gov.uk)" or "Brent teaching PCT board report (c. 2004), para 7.3".
    pub name: &'static str,
}

/// What kind of document a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// The provision's own words, read in a copy of the legislation.
    Legislation,
    /// The same words in a parallel provision made at the same time.
    ParallelLegislation,
    /// Government guidance: a circular or a departmental guide.
    OfficialGuidance,
    /// A council or NHS board report, or a local agreement.
    LocalDocument,
    /// Commentary, professional guidance or a model clause.
    Commentary,
}

impl SourceKind {
    /// The kind in plain words.
    pub fn words(self) -> &'static str {
        match self {
            SourceKind::Legislation => "the legislation",
            SourceKind::ParallelLegislation => "parallel legislation",
            SourceKind::OfficialGuidance => "government guidance",
            SourceKind::LocalDocument => "a council or NHS board document",
            SourceKind::Commentary => "commentary or a model clause",
        }
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The law requires it and the requirement is verified.
    Error,
    /// Guidance recommends it, or the law is believed to require it but the wording is not
    /// verified.
    Warning,
}

/// The provision a rule rests on.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Citation {
    /// The instrument, e.g. "SI 2000/617".
    pub instrument: &'static str,
    /// The provision within it, e.g. "reg 7(3)(a)".
    pub provision: &'static str,
    /// Where a lawyer can read it.
    pub url: &'static str,
}

impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}, {}", self.instrument, self.provision)
    }
}

/// A rule's documentation, in the three parts ruff uses.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Docs {
    /// What it checks.
    pub what: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// An example of a spec that satisfies it.
    pub example: &'static str,
}

/// When a rule applies.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Applies {
    /// The legal bases under which the rule applies.
    pub bases: &'static [LegalBasis],
    /// The jurisdictions in which the rule applies.
    pub jurisdictions: &'static [Jurisdiction],
    /// The arrangement the rule is about (it is only checked where the spec has one).
    pub arrangement: Arrangement,
}

/// The kind of arrangement a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Arrangement {
    /// Any agreement.
    Any,
    /// A pooled fund (SI 2000/617 reg 7).
    PooledFund,
    /// A local authority exercising NHS functions (reg 9).
    NhsToLa,
    /// An NHS body exercising local authority health-related functions (reg 8).
    LaToNhs,
}

/// SI 2000/617 arrangements: s31 Health Act 1999 or s75 NHS Act 2006, in England.
pub(crate) const PARTNERSHIP_ACTS: &[LegalBasis] =
    &[LegalBasis::HealthAct1999S31, LegalBasis::NhsAct2006S75];
/// Every legal basis jointly knows.
pub(crate) const ALL_BASES: &[LegalBasis] = &[
    LegalBasis::HealthAct1999S31,
    LegalBasis::NhsAct2006S75,
    LegalBasis::ChildrenAct2004S10,
];
pub(crate) const ENGLAND: &[Jurisdiction] = &[Jurisdiction::England];
pub(crate) const ANYWHERE: &[Jurisdiction] = &[Jurisdiction::England, Jurisdiction::Wales];

/// One rule of the rulebook.
#[derive(Debug)]
pub struct Rule {
    /// The rulebook ID, e.g. `REG617-7-4-HOST`.
    pub id: &'static str,
    /// A kebab-case name for the problem, e.g. `pooled-fund-without-host`.
    pub name: &'static str,
    /// One line saying what the agreement must or should do.
    pub summary: &'static str,
    /// Statutory or guidance; sets the default severity.
    pub group: Group,
    /// The rulebook's verification label for the wording the rule rests on.
    pub label: Label,
    pub citation: Citation,
    /// The independent sources that state the requirement (see [`Source`]). A statutory rule
    /// labelled P or S is an error only when two or more of them agree.
    pub sources: &'static [Source],
    pub applies: Applies,
    pub docs: Docs,
    /// The check. It reports what it finds to the sink.
    pub check: fn(&Context, &mut Sink),
}

impl Rule {
    /// Whether two or more independent sources state the requirement (rulebook §6 item 5).
    pub fn corroborated(&self) -> bool {
        self.sources.len() >= 2
    }

    /// Whether the rule's wording is unverified, so that it can only warn (rulebook §6 item 5).
    pub fn unverified(&self) -> bool {
        self.group == Group::Statutory
            && match self.label {
                Label::Verified | Label::VerifiedSeed => false,
                Label::Partial | Label::Secondary => !self.corroborated(),
                Label::Memory => true,
            }
    }

    /// The severity of the rule's findings unless a check says otherwise.
    pub fn default_severity(&self) -> Severity {
        if self.group == Group::Statutory && !self.unverified() {
            Severity::Error
        } else {
            Severity::Warning
        }
    }

    /// Whether the rule applies to this spec at all.
    pub fn applies_to(&self, spec: &Spec) -> bool {
        let arrangement = match self.applies.arrangement {
            Arrangement::Any => true,
            Arrangement::PooledFund => spec.schemes.iter().any(|s| s.pooled_fund.is_some()),
            Arrangement::NhsToLa => has_delegation(spec, crate::spec::Direction::NhsToLa),
            Arrangement::LaToNhs => has_delegation(spec, crate::spec::Direction::LaToNhs),
        };
        arrangement
            && self.applies.bases.contains(&spec.agreement.legal_basis)
            && self
                .applies
                .jurisdictions
                .contains(&spec.agreement.jurisdiction)
    }
}

fn has_delegation(spec: &Spec, direction: crate::spec::Direction) -> bool {
    spec.schemes
        .iter()
        .flat_map(|s| &s.delegations)
        .any(|d| d.direction == direction)
}

/// What a check sees: the spec, and facts derived from it once.
pub struct Context<'a> {
    pub spec: &'a Spec,
    /// The date to judge bodies' existence at when the agreement states no date.
    pub as_of: Option<Date>,
}

impl<'a> Context<'a> {
    /// The date bodies' existence is judged at: commencement, else the date made, else the
    /// configured `as_of` date.
    pub fn era_date(&self) -> Option<Date> {
        self.spec
            .agreement
            .commencement
            .or(self.spec.agreement.made)
            .or(self.as_of)
    }

    /// The party with this id.
    pub fn party(&self, id: &str) -> Option<(usize, &'a Party)> {
        self.spec
            .parties
            .iter()
            .enumerate()
            .find(|(_, p)| p.id == id)
    }

    /// The body class of the party with this id, if it is a party.
    pub fn class_of(&self, id: &str) -> Option<BodyClass> {
        self.party(id).map(|(_, p)| body_class(p.body_type))
    }

    /// Whether the party is a statutory partner type (an NHS body or a local authority; a body
    /// whose standing is uncertain counts, since REG617-3-2-LATYPE warns about it).
    pub fn is_statutory_partner(&self, id: &str) -> bool {
        matches!(
            self.class_of(id),
            Some(BodyClass::Nhs | BodyClass::LocalAuthority | BodyClass::LocalAuthorityUncertain)
        )
    }
}

/// Collects what a check finds.
#[derive(Debug, Default)]
pub struct Sink {
    hits: Vec<Hit>,
}

/// One thing a check found, before the runner locates it.
#[derive(Debug, Clone)]
pub struct Hit {
    pointer: String,
    message: String,
    help: Option<String>,
    warning_only: bool,
    unverified: bool,
}

impl Sink {
    /// Reports a problem with the node at `pointer` (for a missing key, where it belongs).
    pub fn report(&mut self, pointer: impl Into<String>, message: impl Into<String>) -> &mut Hit {
        self.hits.push(Hit {
            pointer: pointer.into(),
            message: message.into(),
            help: None,
            warning_only: false,
            unverified: false,
        });
        self.hits.last_mut().expect("just pushed")
    }
}

impl Hit {
    /// Says what to add or change.
    pub fn help(&mut self, help: impl Into<String>) -> &mut Hit {
        self.help = Some(help.into());
        self
    }

    /// This finding is advisory even though the rule is statutory (e.g. a near synonym).
    pub fn warning_only(&mut self) -> &mut Hit {
        self.warning_only = true;
        self
    }

    /// This finding rests on a fact the rulebook has not verified (label M).
    pub fn unverified(&mut self) -> &mut Hit {
        self.unverified = true;
        self
    }
}

/// A finding: a rule's hit, with its severity and location.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    /// True when the finding rests on unverified wording; it is then never an error.
    pub unverified: bool,
    /// The JSON pointer of the node concerned.
    pub pointer: String,
    /// Where to point in the source.
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

/// How a run is set up: what the configuration changes, and the dates it runs at.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Rules given another severity, or turned off (`None`), by rule ID.
    pub overrides: std::collections::HashMap<&'static str, Option<Severity>>,
    /// The date era checks use where an agreement states neither commencement nor made.
    pub as_of: Option<Date>,
    /// Today, for waiver expiry.
    pub today: Date,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            overrides: Default::default(),
            as_of: None,
            today: jiff::ZonedDateTime::now().date(),
        }
    }
}

/// A finding the partners have waived, with the waiver that covers it.
#[derive(Debug, Clone)]
pub struct Waived {
    pub finding: Finding,
    /// The index of the waiver in the spec's `waivers`.
    pub waiver: usize,
    /// The waiver's reason, as the spec gives it (reports show why a finding is accepted).
    pub reason: String,
}

/// Something wrong with a waiver itself.
#[derive(Debug, Clone)]
pub struct WaiverNote {
    pub kind: WaiverProblem,
    /// The index of the waiver in the spec's `waivers`.
    pub waiver: usize,
    pub pointer: String,
    pub span: Span,
    pub message: String,
    pub help: String,
}

/// What is wrong with a waiver.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WaiverProblem {
    /// It names no rule jointly has: an error.
    UnknownRule,
    /// Its expiry date has passed, so it no longer waives anything: a warning.
    Expired,
    /// It matches no finding (the gap was filled, or it never existed): a warning.
    Stale,
}

impl WaiverProblem {
    /// The ID this problem is reported under (not a rulebook rule: it is about the spec's
    /// waivers, as ruff's unused-noqa is about its suppressions).
    pub fn id(self) -> &'static str {
        match self {
            WaiverProblem::UnknownRule => "jointly-waiver-unknown-rule",
            WaiverProblem::Expired => "jointly-waiver-expired",
            WaiverProblem::Stale => "jointly-waiver-stale",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            WaiverProblem::UnknownRule => Severity::Error,
            WaiverProblem::Expired | WaiverProblem::Stale => Severity::Warning,
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
    /// The status of each of the 27 checklist items.
    pub checklist: ChecklistStatus,
    /// The rules that applied to this spec (for reports that list every rule checked).
    pub applied: Vec<&'static Rule>,
}

impl Checked {
    /// How many findings have this severity (waived findings are not counted).
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The most severe thing reported: findings and waiver problems, not waived findings.
    pub fn worst(&self) -> Option<Severity> {
        self.findings
            .iter()
            .map(|f| f.severity)
            .chain(self.waiver_notes.iter().map(|n| n.kind.severity()))
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
        for hit in sink.hits {
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
        checklist: checklist::status(&document.spec),
        applied,
    }
}

/// Splits findings into those waived and those not, and reports waivers that name no rule,
/// have expired, or match nothing.
fn apply_waivers(
    document: &Document,
    findings: Vec<Finding>,
    today: Date,
) -> (Vec<Finding>, Vec<Waived>, Vec<WaiverNote>) {
    let waivers = &document.spec.waivers;
    let mut notes = Vec::new();
    let mut in_force = Vec::new();
    for (i, waiver) in waivers.iter().enumerate() {
        let pointer = format!("/waivers/{i}");
        let span = document.index.locate(&pointer);
        let mut note = |kind: WaiverProblem, message: String, help: String| {
            notes.push(WaiverNote {
                kind,
                waiver: i,
                pointer: pointer.clone(),
                span,
                message,
                help,
            });
        };
        let Some(rule) = find(&waiver.rule) else {
            let ids = all().iter().flat_map(|r| [r.id, r.name]);
            let help = match crate::spec::schema::suggest(&waiver.rule, ids) {
                Some(best) => format!("did you mean `{best}`?"),
                None => "use a rule ID or name from `jointly rules`".to_owned(),
            };
            note(
                WaiverProblem::UnknownRule,
                format!("the waiver names `{}`, which is not a rule", waiver.rule),
                help,
            );
            continue;
        };
        match waiver.expires {
            Some(expires) if expires < today => note(
                WaiverProblem::Expired,
                format!(
                    "the waiver of {} expired on {expires}; its findings are reported again",
                    rule.id
                ),
                "renew the waiver with a new approval and expiry date, or fill the gap".to_owned(),
            ),
            _ => in_force.push((i, rule, waiver.at.as_deref())),
        }
    }
    let mut used = vec![false; waivers.len()];
    let mut active = Vec::new();
    let mut waived = Vec::new();
    for finding in findings {
        let covering = in_force.iter().find(|(_, rule, at)| {
            rule.id == finding.rule.id
                && at.is_none_or(|at| {
                    finding.pointer == at
                        || finding
                            .pointer
                            .starts_with(&format!("{}/", at.trim_end_matches('/')))
                })
        });
        match covering {
            Some((i, _, _)) => {
                used[*i] = true;
                waived.push(Waived {
                    reason: waivers[*i].reason.clone(),
                    finding,
                    waiver: *i,
                });
            }
            None => active.push(finding),
        }
    }
    for (i, rule, at) in &in_force {
        if !used[*i] {
            let place = at.map_or(String::new(), |at| format!(" at `{at}`"));
            let pointer = format!("/waivers/{i}");
            notes.push(WaiverNote {
                kind: WaiverProblem::Stale,
                waiver: *i,
                span: document.index.locate(&pointer),
                pointer,
                message: format!("the waiver of {}{place} matches no finding", rule.id),
                help: "remove the waiver: there is nothing left to waive".to_owned(),
            });
        }
    }
    notes.sort_by_key(|n| n.waiver);
    (active, waived, notes)
}

/// Whether a piece of text says something (not missing, not blank).
pub(crate) fn stated(text: &Option<String>) -> bool {
    text.as_deref().is_some_and(|t| !t.trim().is_empty())
}

/// Whether a list has at least one non-blank entry.
pub(crate) fn listed(items: &[String]) -> bool {
    items.iter().any(|t| !t.trim().is_empty())
}
