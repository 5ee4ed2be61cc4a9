//! The rule engine: a static registry of rules, each citing the provision it rests on, and the
//! runner that applies them to a loaded spec.
//!
//! Rules never see YAML or line numbers. A check names the JSON pointer of what it is about
//! (for something missing: where it belongs) and the runner attaches the location.

mod bcf;
mod checklist;
mod children;
mod conditions;
mod contents;
pub mod coverage;
mod delegation;
mod excluded;
mod joint_working;
mod modern;
mod partners;
mod payments;
pub mod placeholders;
mod pooled_fund;
pub mod pseudo;
mod registry;
mod run;
mod sink;
mod sources;
mod vague;
mod waivers;
mod wales;

use jiff::civil::Date;

pub use crate::law::BodyClass;
use crate::spec::{Jurisdiction, LegalBasis, Party, Spec, StatedDate};

pub use crate::spec::{CHECKLIST, ChecklistItem, Data, SetOut};
pub use bcf::BcfYearUsed;
pub use checklist::{Addressed, ChecklistStatus};
pub use coverage::{Coverage, coverage};
pub(crate) use modern::spec_dated_from as dated_from;
pub use placeholders::Placeholder;
pub use registry::{all, find};
pub use run::{Checked, Settings, check, check_with};
pub use sink::{Finding, Hit, Sink};
pub use waivers::{Waived, WaiverNote, WaiverProblem};
pub(crate) use wales::WELSH_ACTS;

/// Builds now the tables that checking otherwise builds on the first spec: the schema's
/// steps and validator, the rule registry, the built-in BCF parameters and the excluded
/// treatments' search. A run on more than one thread calls this on a thread of its own as it
/// starts, so that they are built while the configuration is read and the directories are
/// walked, rather than while every worker waits for the first spec's.
pub fn warm_up() {
    crate::spec::schema::warm_up();
    all();
    crate::law::bcf::BcfParameters::built_in();
    excluded::warm_up();
}

/// Whether a rule comes from the law or from guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// An Act, regulations or directions: what the agreement must do.
    Statutory,
    /// Guidance or good practice: what the agreement should do.
    Guidance,
    /// The law, where the rule asks only that the agreement recite or record it (the power
    /// its money rests on, say): leaving the recital out breaks no requirement, so the rule
    /// only warns, though its source is statutory.
    Recital,
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

impl Applies {
    /// Whether the rule applies under `basis`. A spec that does not state its basis runs only
    /// the rules that apply under every basis, and those that name `not_stated` (the check of
    /// the basis itself): a rule of one basis would read the spec as made under that basis.
    pub fn covers(&self, basis: LegalBasis) -> bool {
        self.bases.contains(&basis)
            || (basis == LegalBasis::NotStated && ALL_BASES.iter().all(|b| self.bases.contains(b)))
    }
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
    /// A Better Care Fund agreement (a spec with a `bcf` block).
    Bcf,
    /// A Better Care Fund agreement for the financial year that starts in this calendar year
    /// (its `bcf.financial_years` names it).
    BcfYear(i16),
    /// An agreement made or commenced on or after this date: practice that dates from a
    /// template of that date, not the law of earlier agreements (an undated agreement is dated
    /// by the latest date its spec states; one stating none is a draft written now).
    DatedFrom(jiff::civil::Date),
}

/// SI 2000/617 arrangements: s31 Health Act 1999 or s75 NHS Act 2006, in England.
pub(crate) const PARTNERSHIP_ACTS: &[LegalBasis] =
    &[LegalBasis::HealthAct1999S31, LegalBasis::NhsAct2006S75];
/// Every basis of a joint working agreement (the payment powers, whose agreements the
/// partnership checklist does not fit, are [`PAYMENT_ACTS`]).
pub(crate) const ALL_BASES: &[LegalBasis] = &[
    LegalBasis::HealthAct1999S31,
    LegalBasis::NhsAct2006S75,
    LegalBasis::ChildrenAct2004S10,
    LegalBasis::NhsAct2006S65Z5,
];
/// Payment agreements: s256 and s76 NHS Act 2006 (s28A and s28BB NHS Act 1977 before 1 March
/// 2007).
pub(crate) const PAYMENT_ACTS: &[LegalBasis] =
    &[LegalBasis::NhsAct2006S256, LegalBasis::NhsAct2006S76];
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

    /// Whether the rule's source is the law (a statutory requirement or a recital of one).
    pub fn from_the_law(&self) -> bool {
        matches!(self.group, Group::Statutory | Group::Recital)
    }

    /// The severity of the rule's findings unless a check says otherwise.
    pub fn default_severity(&self) -> Severity {
        if self.group == Group::Statutory && !self.unverified() {
            Severity::Error
        } else {
            Severity::Warning
        }
    }

    /// Whether the rule applies to this spec at all: in its jurisdiction, under the
    /// agreement's basis or a scheme's own, with its arrangement in a scheme under one of its
    /// bases.
    pub fn applies_to(&self, spec: &Spec) -> bool {
        let ours = |i: usize| self.applies.covers(spec.scheme_basis(i));
        let arranged = |i: usize, scheme: &crate::spec::Scheme| match self.applies.arrangement {
            Arrangement::Any => true,
            Arrangement::PooledFund => scheme.pooled_fund.is_some(),
            Arrangement::NhsToLa => has_delegation(scheme, crate::spec::Direction::NhsToLa),
            Arrangement::LaToNhs => has_delegation(scheme, crate::spec::Direction::LaToNhs),
            Arrangement::Bcf | Arrangement::BcfYear(_) | Arrangement::DatedFrom(_) => false,
        } && ours(i);
        // A BCF rule runs on every BCF spec, whatever its basis: that BCF money needs s75 is
        // one of its questions.
        let bcf_year = |first: i16| {
            spec.bcf.iter().flat_map(|b| &b.financial_years).any(|y| {
                crate::law::bcf::BcfYear::parse(&y.0)
                    .is_some_and(|y| y.first_calendar_year() == first)
            })
        };
        let bcf_basis =
            self.applies.covers(spec.agreement.legal_basis) || (0..spec.schemes.len()).any(ours);
        let bcf = match self.applies.arrangement {
            Arrangement::Bcf => Some(spec.bcf.is_some() && bcf_basis),
            Arrangement::BcfYear(first) => Some(bcf_year(first) && bcf_basis),
            Arrangement::DatedFrom(from) => Some(modern::spec_dated_from(spec, from) && bcf_basis),
            _ => None,
        };
        if let Some(bcf) = bcf {
            return bcf
                && self
                    .applies
                    .jurisdictions
                    .contains(&spec.agreement.jurisdiction);
        }
        let basis = self.applies.covers(spec.agreement.legal_basis)
            && self.applies.arrangement == Arrangement::Any;
        (basis || spec.schemes.iter().enumerate().any(|(i, s)| arranged(i, s)))
            && self
                .applies
                .jurisdictions
                .contains(&spec.agreement.jurisdiction)
    }

    /// Whether a finding at `pointer` is this rule's to report: a finding under
    /// `/schemes/N` only when scheme N is made under one of the rule's bases (its own
    /// `legal_basis`, else the agreement's); anything else, about the agreement as a whole,
    /// always.
    pub fn reports_at(&self, spec: &Spec, pointer: &str) -> bool {
        let mut segments = pointer.split('/').skip(1);
        match (segments.next(), segments.next()) {
            (Some("schemes"), Some(index)) => index
                .parse::<usize>()
                .ok()
                .filter(|i| *i < spec.schemes.len())
                .is_none_or(|i| self.applies.covers(spec.scheme_basis(i))),
            _ => true,
        }
    }
}

fn has_delegation(scheme: &crate::spec::Scheme, direction: crate::spec::Direction) -> bool {
    scheme.delegations.iter().any(|d| d.direction == direction)
}

/// What a check sees: the spec, and facts derived from it once.
pub struct Context<'a> {
    pub spec: &'a Spec,
    /// The date to judge bodies' existence at when the agreement states no date.
    pub as_of: Option<Date>,
    /// Today (the dashboard's `as_of`), for facts that cannot lie in the future.
    pub today: Date,
    /// The Better Care Fund's national parameters by year: built in, with any user's file.
    pub bcf: &'a crate::law::bcf::BcfParameters,
    /// Facts several rules need, worked out once, when the first of them asks.
    facts: Facts,
}

/// Facts about a spec that several rules need, each worked out once per [`Context`].
#[derive(Default)]
struct Facts {
    /// The scheme texts that may name an excluded treatment (see `excluded`).
    excluded_texts: std::cell::OnceCell<Vec<excluded::TextAt>>,
}

impl<'a> Context<'a> {
    /// The context a check sees for `spec`.
    pub(crate) fn new(
        spec: &'a Spec,
        as_of: Option<Date>,
        today: Date,
        bcf: &'a crate::law::bcf::BcfParameters,
    ) -> Context<'a> {
        Context {
            spec,
            as_of,
            today,
            bcf,
            facts: Facts::default(),
        }
    }

    /// The date bodies' existence is judged at: commencement, else the date made, else the
    /// configured `as_of` date.
    pub fn era_date(&self) -> Option<StatedDate> {
        self.spec
            .agreement
            .commencement
            .or(self.spec.agreement.made)
            .or(self.as_of.map(StatedDate::day))
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
        self.party(id).map(|(_, p)| p.body_type.class())
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

/// Whether a piece of text says something (not missing, not blank).
pub(crate) fn stated(text: &Option<String>) -> bool {
    text.as_deref().is_some_and(|t| !t.trim().is_empty())
}

/// Whether a list has at least one non-blank entry.
pub(crate) fn listed(items: &[String]) -> bool {
    items.iter().any(|t| !t.trim().is_empty())
}
