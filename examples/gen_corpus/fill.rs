//! Words shared by every sentence of one spec, and filling them into templates.

use jiff::civil::date;
use jointly::spec::{Agreement, LegalBasis};

use crate::money::financial_year;
use crate::rng::Rng;

fn number_word(n: usize) -> &'static str {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS.get(n).copied().unwrap_or("several")
}

pub fn title_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// How far after the last scheme's schedule comes the schedule the clauses cite for terms of
/// reference and joint standards.
const SCHEDULES_AFTER_SCHEMES: usize = 2;

/// Words shared by every sentence of one spec.
pub struct Words {
    area: String,
    board: &'static str,
    threshold: String,
    notice: u32,
    fy: String,
    section: &'static str,
    nhsact: &'static str,
    careact: &'static str,
    sched: usize,
    since: i16,
    host_cap: String,
    count: usize,
}

impl Words {
    pub fn new(rng: &mut Rng, area: &str, board: &'static str, agreement: &Agreement) -> Words {
        let commencement = agreement
            .commencement
            .map(|d| d.first())
            .expect("the generator sets commencement");
        let s75 = agreement.legal_basis == LegalBasis::NhsAct2006S75;
        Words {
            area: area.to_owned(),
            board,
            threshold: format!("£{},000", [100, 250, 500, 1000][rng.below(4)]),
            notice: [6, 12][rng.below(2)],
            fy: financial_year(commencement).0,
            section: if s75 {
                "75 of the NHS Act 2006"
            } else {
                "31 of the Health Act 1999"
            },
            nhsact: if commencement >= date(2007, 3, 1) {
                "the NHS Act 2006"
            } else {
                "the National Health Service Act 1977"
            },
            careact: if commencement >= date(2015, 4, 1) {
                "Part 1 of the Care Act 2014"
            } else {
                "Part III of the National Assistance Act 1948"
            },
            sched: 1 + SCHEDULES_AFTER_SCHEMES,
            since: (commencement.year() - rng.range(1, 8) as i16).max(1995),
            host_cap: String::new(),
            count: 1,
        }
    }

    /// The words once the schemes are known: the first pool's host, and how many pools.
    pub fn for_schemes(self, host_cap: String, count: usize) -> Words {
        Words {
            host_cap,
            count,
            sched: count + SCHEDULES_AFTER_SCHEMES,
            ..self
        }
    }

    pub fn fill(&self, template: &str, rng: &mut Rng) -> String {
        let mut out = template.to_owned();
        if out.contains('{') {
            out = out
                .replace("{area}", &self.area)
                .replace("{board}", self.board)
                .replace("{threshold}", &self.threshold)
                .replace("{notice}", &self.notice.to_string())
                .replace("{fy}", &self.fy)
                .replace("{section}", self.section)
                .replace("{nhsact}", self.nhsact)
                .replace("{careact}", self.careact)
                .replace("{sched}", &self.sched.to_string())
                .replace("{since}", &self.since.to_string())
                .replace("{host_cap}", &self.host_cap)
                .replace("{count}", number_word(self.count))
                .replace("{s}", if self.count == 1 { "" } else { "s" });
            if out.contains("{n}") {
                out = out.replace("{n}", number_word(rng.below(8) + 2));
            }
        }
        out
    }

    /// `count` distinct entries of `list`, filled in.
    pub fn pick_list(&self, list: &[&str], count: usize, rng: &mut Rng) -> Vec<String> {
        rng.subset(list.len(), count.clamp(1, list.len()))
            .into_iter()
            .map(|i| self.fill(list[i], rng))
            .collect()
    }
}
