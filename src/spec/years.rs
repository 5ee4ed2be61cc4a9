//! A core agreement with schedules per financial year (`years`): the Better Care Fund's shape,
//! where one section 75 agreement stays in force and each year's schedules are replaced by a
//! deed of variation. Each year is checked, drafted and counted as the core agreement with
//! that year's schemes and `bcf` section (its *view*), and every finding about a year is named
//! by a pointer inside `/years/N`. Added after v1's first release.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::{Approval, Spec};
use super::bcf::Bcf;
use super::schemes::Scheme;
use super::stated_date::StatedDate;
use super::values::{FinancialYear, empty_is_default};

/// One financial year's schedules: the schemes (with their pooled funds and contributions)
/// and the Better Care Fund section for that year, and the variation that brought them in.
/// Added after v1's first release.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Year {
    /// The financial year the schedules are for, e.g. `2025-26`. A pooled fund in the year's
    /// schemes that states no `financial_year` is for this year; the Better Care Fund rules
    /// judge the year's schedules by this year's national parameters.
    pub financial_year: FinancialYear,
    /// The variation that brought the year's schedules in: its date, approval and reference.
    /// The first year's schedules may come with the agreement as made, without one; every
    /// later year's come by a variation, which should state the date it was made and who
    /// approved it (MODERN-VARIATION reports one that does not).
    ///
    /// Provision: NHS England delegation agreement FAQ (variation); SI 2000/617 reg 7(3)(f).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variation: Option<Variation>,
    /// A list of the schemes for this year (one schedule each), written as the top-level
    /// `schemes`. They are checked and drafted with the core agreement's parties, clauses and
    /// dates, as "Schedule N (2025/26)".
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Scheme>>")]
    pub schemes: Vec<Scheme>,
    /// The Better Care Fund section for this year, written as the top-level `bcf` (its
    /// `financial_years`, if given, is read as this year alone). It replaces the top-level
    /// `bcf` for this year; a year without one is checked with the top-level `bcf`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bcf: Option<Bcf>,
}

/// A variation of the agreement: a deed or letter of variation that replaced schedules.
/// Added after v1's first release.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Variation {
    /// The variation's reference or name, e.g. "Deed of variation no. 2".
    #[serde(default)]
    pub reference: Option<String>,
    /// The date the variation was made (signed, or sealed as a deed).
    #[serde(default)]
    pub made: Option<StatedDate>,
    /// A list of the decisions approving the variation, each written as an
    /// `agreement.approvals` entry: who, the date and a reference, e.g. a health and
    /// wellbeing board's minute.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Approval>>")]
    pub approvals: Vec<Approval>,
    /// What the variation changed, in a sentence, e.g. "Replaced Schedule 1 with the 2025-26
    /// schedule and the contributions for 2025-26". Without it, the draft's variations log
    /// names the schedules the variation brought in.
    #[serde(default)]
    pub changes: Option<String>,
}

impl Spec {
    /// The agreement as it stands for year `index` of `years`: the core agreement with the
    /// year's schemes after its own, and the year's `bcf` (else the core's) for that year
    /// alone. A pool in the year's schemes that states no financial year is for the year.
    /// `years` is kept, so that a check of the variations sees them.
    pub fn year_view(&self, index: usize) -> Option<Spec> {
        let year = self.years.get(index)?;
        let mut view = self.clone();
        view.schemes
            .extend(year.schemes.iter().cloned().map(|mut s| {
                if let Some(pool) = s.pooled_fund.as_mut() {
                    pool.financial_year
                        .get_or_insert_with(|| year.financial_year.clone());
                }
                s
            }));
        view.bcf = year.bcf.clone().or_else(|| self.bcf.clone());
        if let Some(bcf) = view.bcf.as_mut() {
            bcf.financial_years = vec![year.financial_year.clone()];
        }
        Some(view)
    }

    /// The whole agreement with every year's schedules after the core's (for a draft and the
    /// dashboard, which show every year): the `bcf` of the last year that has one (else the
    /// core's), for every year written. A spec without `years` is itself.
    pub fn all_years(&self) -> Spec {
        let Some(last) = self.years.len().checked_sub(1) else {
            return self.clone();
        };
        let mut all = self.clone();
        for index in 0..=last {
            if let Some(view) = self.year_view(index) {
                let own = view.schemes.into_iter().skip(self.schemes.len());
                all.schemes.extend(own);
            }
        }
        all.bcf = self
            .years
            .iter()
            .rev()
            .find_map(|y| y.bcf.clone())
            .or_else(|| self.bcf.clone());
        if let Some(bcf) = all.bcf.as_mut() {
            bcf.financial_years = self
                .years
                .iter()
                .map(|y| y.financial_year.clone())
                .collect();
            bcf.figures = self
                .bcf
                .iter()
                .chain(self.years.iter().filter_map(|y| y.bcf.as_ref()))
                .flat_map(|b| b.figures.iter().cloned())
                .collect();
        }
        all
    }

    /// Year `index`'s view as the Better Care Fund rules judge it: dated by the variation that
    /// brought the year's schedules in (its `made`), when it states one, since that is when the
    /// year's agreement was made; `None` when the year's view has the core's dates.
    pub fn year_view_dated(&self, index: usize) -> Option<Spec> {
        let made = self.years.get(index)?.variation.as_ref()?.made?;
        let mut view = self.year_view(index)?;
        view.agreement.made = Some(made);
        Some(view)
    }

    /// Where schedule `scheme` of year `year` stands among [`Spec::all_years`]'s schemes.
    pub fn year_scheme_index(&self, year: usize, scheme: usize) -> usize {
        let before: usize = self.years.iter().take(year).map(|y| y.schemes.len()).sum();
        self.schemes.len() + before + scheme
    }

    /// The year (index into `years`) of each of [`Spec::all_years`]'s schemes, `None` for the
    /// core's.
    pub fn year_of_schemes(&self) -> Vec<Option<usize>> {
        let core = std::iter::repeat_n(None, self.schemes.len());
        let years = self
            .years
            .iter()
            .enumerate()
            .flat_map(|(i, y)| std::iter::repeat_n(Some(i), y.schemes.len()));
        core.chain(years).collect()
    }

    /// The pointer in the spec of what `pointer` names in year `index`'s view, when that is
    /// part of the year (its schemes, or its `bcf` when it has one) or a variation; `None` for
    /// what belongs to the core agreement.
    pub fn year_pointer(&self, index: usize, pointer: &str) -> Option<String> {
        let year = self.years.get(index)?;
        let mut parts = pointer.splitn(4, '/').skip(1);
        match (parts.next(), parts.next()) {
            (Some("years"), _) => Some(pointer.to_owned()),
            (Some("schemes"), Some(k)) => {
                let k = k.parse::<usize>().ok()?.checked_sub(self.schemes.len())?;
                let rest = parts.next().map(|r| format!("/{r}")).unwrap_or_default();
                Some(format!("/years/{index}/schemes/{k}{rest}"))
            }
            (Some("bcf"), _) if year.bcf.is_some() => Some(format!("/years/{index}{pointer}")),
            _ => None,
        }
    }
}

/// A financial year as a schedule's heading gives it: `2025/26`.
pub fn year_words(year: &FinancialYear) -> String {
    year.0.replace('-', "/")
}
