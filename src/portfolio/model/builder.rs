//! Building the portfolio as the checked agreements arrive: each is reduced at once to what
//! the page shows of it (its heat-map row, its money, what is due, its novations and
//! waivers), so that its document and findings can be dropped and memory does not grow with
//! the agreements' size. Everything is put in order only at the end ([`Builder::finish`]),
//! exactly as if the whole repository had been read first.

use jiff::civil::Date;

use super::heat_map::{self, RowDigest};
use super::money::{self, Item};
use super::{
    Agreement, Due, Ended, FORMAT_VERSION, Novation, Portfolio, SharedText, Summary, UndatedReview,
    Unreadable, WINDOW_DAYS, WaiverRow, YearMoney, due, novations, title, unreadable, waivers,
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
    /// The lists of the page, each in the order its items arrived (put in order at the end),
    /// kept here rather than per agreement, so that no agreement holds lists of its own.
    due: Vec<Due>,
    undated: Vec<UndatedReview>,
    ended: Vec<Ended>,
    novations: Vec<Novation>,
    waivers: Vec<WaiverRow>,
    names: money::Names,
    scope: rules::coverage::RunCoverageBuilder,
}

/// One checked agreement, reduced to what the heat map, the money table and the summary show
/// of it.
struct Digest {
    path: SharedText,
    title: SharedText,
    row: RowDigest,
    waived: usize,
    money: Vec<Item>,
}

impl Builder {
    /// An empty portfolio as it stands on `as_of`.
    pub fn new(as_of: Date) -> Builder {
        Builder {
            as_of,
            agreements: Vec::new(),
            unreadable: Vec::new(),
            due: Vec::new(),
            undated: Vec::new(),
            ended: Vec::new(),
            novations: Vec::new(),
            waivers: Vec::new(),
            names: money::Names::default(),
            scope: rules::coverage::RunCoverageBuilder::default(),
        }
    }

    /// Adds an agreement that loaded and was checked (with `Settings { today: as_of, as_of:
    /// Some(as_of), .. }`). Nothing of `spec` or `checked` is kept but what the page shows.
    pub fn add_checked(&mut self, path: &str, spec: &Spec, checked: &Checked) {
        let agreement = Agreement {
            path: SharedText::from(path),
            spec,
            checked,
            title: SharedText::from(title(spec)),
        };
        self.scope
            .add(&checked.applied, &rules::coverage::relevant(spec));
        let terms = &spec.agreement;
        self.due.extend(due::of(&agreement, self.as_of));
        self.undated.extend(due::undated(&agreement));
        self.ended.extend(terms.status.ended().then(|| Ended {
            path: agreement.path.clone(),
            title: agreement.title.clone(),
            status: terms.status,
            expiry_long: terms.expiry.map(|e| e.long()),
        }));
        self.novations.extend(novations::of(&agreement, self.as_of));
        self.waivers.extend(waivers::of(&agreement, self.as_of));
        self.agreements.push(Digest {
            row: heat_map::digest(checked),
            waived: checked.waived.len(),
            money: money::items(&agreement, &mut self.names),
            path: agreement.path,
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
            mut due,
            mut undated,
            mut ended,
            mut novations,
            mut waivers,
            names,
            scope,
        } = self;
        // Every partner's name is in the agreements' money by now: the set only found them.
        drop(names);
        // Sorting is stable and every list's key includes the path, so the items that tie are
        // of one path and keep the order they were added in, as the agreements do.
        agreements.sort_by(|a, b| a.path.cmp(&b.path));
        unreadable.sort_by(|a, b| a.path.cmp(&b.path));
        undated.sort_by(|a, b| a.path.cmp(&b.path));
        ended.sort_by(|a, b| a.path.cmp(&b.path));
        due::sort(&mut due);
        novations::sort(&mut novations);
        waivers::sort(&mut waivers);
        // The lists are kept whole until the page is written: give back what they grew into.
        due.shrink_to_fit();
        novations.shrink_to_fit();
        waivers.shrink_to_fit();
        let money = money::build(agreements.iter().map(|a| (&a.path, &a.money[..])));
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
            undated_reviews: undated,
            ended,
            novations,
            waivers,
            scope: scope.finish(),
        }
    }
}
