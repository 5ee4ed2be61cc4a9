//! Building the portfolio as the checked agreements arrive: each is reduced at once to what
//! the page shows of it (its heat-map row, its money, what is due, its novations and
//! waivers), so that its document and findings can be dropped and memory does not grow with
//! the agreements' size. Everything is put in order only at the end ([`Builder::finish`]),
//! exactly as if the whole repository had been read first.

use jiff::civil::Date;

use super::heat_map::{self, RowDigest};
use super::money::{self, Item};
use super::{
    Agreement, Due, Ended, FORMAT_VERSION, Novation, Portfolio, Summary, UndatedReview, Unreadable,
    WINDOW_DAYS, WaiverRow, YearMoney, due, novations, title, unreadable, waivers,
};
use crate::render::gaps::GapCounts;
use crate::render::text::long_date;
use crate::rules::{self, Checked};
use crate::spec::{LoadError, Spec};

/// Builds a [`Portfolio`] from checked agreements and files that failed to load, in any order.
pub struct Builder {
    as_of: Date,
    agreements: Vec<Digest>,
    unreadable: Vec<Unreadable>,
    scope: rules::coverage::RunCoverageBuilder,
}

/// One checked agreement, reduced to what the page shows of it.
struct Digest {
    path: String,
    title: String,
    row: RowDigest,
    waived: usize,
    money: Vec<Item>,
    due: Vec<Due>,
    undated: Option<UndatedReview>,
    ended: Option<Ended>,
    novations: Vec<Novation>,
    waivers: Vec<WaiverRow>,
}

impl Builder {
    /// An empty portfolio as it stands on `as_of`.
    pub fn new(as_of: Date) -> Builder {
        Builder {
            as_of,
            agreements: Vec::new(),
            unreadable: Vec::new(),
            scope: rules::coverage::RunCoverageBuilder::default(),
        }
    }

    /// Adds an agreement that loaded and was checked (with `Settings { today: as_of, as_of:
    /// Some(as_of), .. }`). Nothing of `spec` or `checked` is kept but what the page shows.
    pub fn add_checked(&mut self, path: &str, spec: &Spec, checked: &Checked) {
        let agreement = Agreement {
            path,
            spec,
            checked,
            title: title(spec),
        };
        self.scope
            .add(&checked.applied, &rules::coverage::relevant(spec));
        let terms = &spec.agreement;
        self.agreements.push(Digest {
            row: heat_map::digest(checked),
            waived: checked.waived.len(),
            money: money::items(&agreement),
            due: due::of(&agreement, self.as_of),
            undated: due::undated(&agreement),
            ended: terms.status.ended().then(|| Ended {
                path: path.to_owned(),
                title: agreement.title.clone(),
                status: terms.status,
                expiry_long: terms.expiry.map(|e| e.long()),
            }),
            novations: novations::of(&agreement, self.as_of),
            waivers: waivers::of(&agreement, self.as_of),
            path: path.to_owned(),
            title: agreement.title,
        });
    }

    /// Adds a file that could not be loaded.
    pub fn add_failed(&mut self, path: &str, error: &LoadError) {
        self.unreadable.push(unreadable(path, error));
    }

    /// How many files have been added.
    pub fn len(&self) -> usize {
        self.agreements.len() + self.unreadable.len()
    }

    /// Whether no file has been added.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The portfolio: agreements and unreadable files sorted by path (files added under the
    /// same path keep the order they were added in), everything else by its own key.
    pub fn finish(self) -> Portfolio {
        let Builder {
            as_of,
            mut agreements,
            mut unreadable,
            scope,
        } = self;
        agreements.sort_by(|a, b| a.path.cmp(&b.path));
        unreadable.sort_by(|a, b| a.path.cmp(&b.path));
        let money = money::build(agreements.iter().map(|a| (a.path.as_str(), &a.money[..])));
        let mut due: Vec<Due> = agreements
            .iter_mut()
            .flat_map(|a| a.due.drain(..))
            .collect();
        due::sort(&mut due);
        let undated_reviews = agreements
            .iter_mut()
            .filter_map(|a| a.undated.take())
            .collect();
        let ended = agreements
            .iter_mut()
            .filter_map(|a| a.ended.take())
            .collect();
        let mut novations: Vec<Novation> = agreements
            .iter_mut()
            .flat_map(|a| a.novations.drain(..))
            .collect();
        novations::sort(&mut novations);
        let mut waivers: Vec<WaiverRow> = agreements
            .iter_mut()
            .flat_map(|a| a.waivers.drain(..))
            .collect();
        waivers::sort(&mut waivers);
        let summary = Summary {
            agreements: agreements.len(),
            unreadable: unreadable.len(),
            gaps: GapCounts::sum(agreements.iter().map(|a| a.row.gaps)),
            waived: agreements.iter().map(|a| a.waived).sum(),
            pooled_by_year: money
                .years
                .iter()
                .zip(&money.year_totals)
                .map(|(year, amount)| YearMoney {
                    year: year.clone(),
                    amount: *amount,
                })
                .collect(),
            pooled_not_agreed: money.contributions_not_agreed,
            due: due.len(),
            overdue: due.iter().filter(|d| d.overdue).count(),
            novations: novations.len(),
            waivers_flagged: waivers.iter().filter(|w| w.flagged).count(),
        };
        let heat_map = heat_map::build(
            agreements
                .into_iter()
                .map(|a| (a.path, a.title, a.row))
                .collect(),
        );
        Portfolio {
            format_version: FORMAT_VERSION,
            as_of,
            as_of_long: long_date(as_of),
            window_days: WINDOW_DAYS,
            summary,
            heat_map,
            unreadable,
            money,
            due,
            undated_reviews,
            ended,
            novations,
            waivers,
            scope: scope.finish(),
        }
    }
}
