//! The agreement: its shape, term, review, title and reference, consents and
//! consultation, and the whole spec.

use jiff::civil::date;
use jointly::spec::{
    Agreement, Consent, Consultation, FormatVersion, Frequency, Jurisdiction, LegalBasis,
    NotApplicable, Review, Rolling, Spec, StatedDate, Status,
};

use crate::clauses::clauses;
use crate::fill::{Words, title_case};
use crate::money::{days, years};
use crate::parties::{Role, area_name, naming_of, parties, role};
use crate::rng::Rng;
use crate::schemes::{Partners, schemes};
use crate::words::{BOARDS, CONSULTED, REVIEW_METHOD};

/// Sizes: how many schemes, and how many sentences beyond the lead in each clause.
pub struct Shape {
    pub schemes: usize,
    pub extra_sentences: usize,
    pub list_len: usize,
    /// A short spec: one scheme, short lists and one-line clauses.
    pub brief: bool,
}

const SCHEME_WEIGHTS: [u32; 6] = [42, 27, 14, 9, 5, 3];
const EXTRA_WEIGHTS: [u32; 5] = [36, 30, 19, 10, 5];

fn shape(rng: &mut Rng) -> Shape {
    if rng.chance(12) {
        return Shape {
            schemes: 1,
            extra_sentences: 0,
            list_len: 1 + rng.below(2),
            brief: true,
        };
    }
    Shape {
        schemes: [1, 2, 3, 4, 5, 6][rng.weighted(&SCHEME_WEIGHTS)],
        extra_sentences: [0, 1, 2, 3, 4][rng.weighted(&EXTRA_WEIGHTS)],
        list_len: [1, 2, 3, 4, 5][rng.weighted(&[10, 30, 32, 18, 10])],
        brief: false,
    }
}

/// The agreement's status, dates, legal basis and term; its title, reference and review are
/// added once the rest is known.
fn term(rng: &mut Rng) -> Agreement {
    // Commencement mostly on 1 April, from 1 April 2000 to the end of 2026.
    let start = date(2000, 4, 1);
    let commencement = match rng.weighted(&[60, 25, 15]) {
        0 => date(rng.range(2000, 2026) as i16, 4, 1),
        1 => date(rng.range(2000, 2026) as i16, rng.range(1, 12) as i8, 1),
        _ => days(start, rng.range(0, 9760)),
    }
    .max(start);
    let status = if rng.chance(60) {
        Status::Final
    } else {
        Status::Draft
    };
    let made =
        (status == Status::Final || rng.chance(35)).then(|| days(commencement, -rng.range(1, 60)));
    let legal_basis = if made.unwrap_or(commencement) >= date(2007, 3, 1) {
        LegalBasis::NhsAct2006S75
    } else {
        LegalBasis::HealthAct1999S31
    };
    let term_years = rng.range(1, 5);
    let end = days(years(commencement, term_years), -1);
    let (expiry, notice_months) = match rng.weighted(&[70, 20, 10]) {
        0 => (Some(end), None),
        1 => (None, Some([3, 6, 12][rng.below(3)])),
        _ => (Some(end), Some([6, 12][rng.below(2)])),
    };
    Agreement {
        title: None,
        reference: None,
        legal_basis,
        jurisdiction: Jurisdiction::England,
        status,
        made: made.map(StatedDate::day),
        approvals: Vec::new(),
        commencement: Some(StatedDate::day(commencement)),
        expiry: expiry.map(StatedDate::day),
        rolling: notice_months.map(|notice_months| Rolling { notice_months }),
        review: None,
        money_unit: None,
        pooled_total: None,
    }
}

fn review(rng: &mut Rng, agreement: &Agreement, words: &Words) -> Review {
    let commencement = agreement
        .commencement
        .and_then(|c| c.exact())
        .expect("the generator sets commencement to a day");
    let first = days(commencement, if rng.chance(50) { 183 } else { 364 });
    let first = match agreement.expiry {
        Some(expiry) if first > expiry.first() => days(commencement, 90),
        _ => first,
    };
    Review {
        first: Some(StatedDate::day(first)),
        timing: None,
        last: None,
        frequency: Some(*rng.pick(&[
            Frequency::Annually,
            Frequency::Annually,
            Frequency::HalfYearly,
        ])),
        method: Some(words.fill(rng.pick_str(REVIEW_METHOD), rng)),
    }
}

fn title(rng: &mut Rng, area: &str, spec: &Spec) -> String {
    if let [only] = spec.schemes.as_slice() {
        let scheme = only.title.as_deref().unwrap_or_default();
        return format!("{area} Pooled Fund Agreement: {scheme}");
    }
    let kind = match rng.below(4) {
        0 => "Partnership",
        1 => "Framework Partnership",
        2 => "Pooled Budgets",
        _ if spec.agreement.legal_basis == LegalBasis::NhsAct2006S75 => "Section 75",
        _ => "Section 31",
    };
    format!("{area} Health and Social Care {kind} Agreement")
}

fn reference(rng: &mut Rng, area: &str, spec: &Spec) -> String {
    if rng.chance(15) {
        return format!("00{}", rng.range(100_000, 999_999));
    }
    let commencement = spec
        .agreement
        .commencement
        .map(|d| d.first())
        .expect("the generator sets commencement");
    format!(
        "{}-{}-{}-{}-{:02}",
        area[..3].to_uppercase(),
        spec.parties[0].id.to_uppercase(),
        if spec.agreement.legal_basis == LegalBasis::NhsAct2006S75 {
            "S75"
        } else {
            "S31"
        },
        commencement.year(),
        rng.range(1, 12)
    )
}

/// Each NHS trust that takes part needs each commissioner's consent, given before the
/// agreement was made; the trust lists the commissioners it holds contracts with.
fn consents(rng: &mut Rng, spec: &mut Spec) -> Vec<Consent> {
    let before = spec
        .agreement
        .made
        .or(spec.agreement.commencement)
        .map(|d| d.first())
        .expect("dated");
    let commissioners: Vec<String> = spec
        .parties
        .iter()
        .filter(|p| role(p.body_type) == Role::Commissioner)
        .map(|p| p.id.clone())
        .collect();
    let mut consents = Vec::new();
    for party in &mut spec.parties {
        let takes_part = spec.schemes.iter().any(|s| {
            let pools = s.pooled_fund.iter().flat_map(|p| &p.contributions);
            pools.clone().any(|c| c.party == party.id)
                || s.delegations
                    .iter()
                    .any(|d| d.parties().any(|id| id == party.id))
        });
        if role(party.body_type) != Role::NhsProvider || !takes_part {
            continue;
        }
        party.nhs_contracts_with = Some(commissioners.clone());
        for by in &commissioners {
            let day = days(before, -rng.range(7, 120));
            consents.push(Consent {
                by: by.clone(),
                given_to: party.id.clone(),
                date: Some(StatedDate::day(day)),
                reference: Some(format!(
                    "Board minute {}/{:03}",
                    day.year(),
                    rng.range(1, 240)
                )),
            });
        }
    }
    consents
}

fn consultation(rng: &mut Rng, shape: &Shape, spec: &Spec) -> Option<Consultation> {
    if shape.brief || !rng.chance(60) {
        return None;
    }
    let before = spec
        .agreement
        .made
        .or(spec.agreement.commencement)
        .map(|d| d.first())
        .expect("dated");
    let n = rng.range(2, 4) as usize;
    Some(Consultation {
        joint: Some(true),
        date: Some(StatedDate::day(days(before, -rng.range(30, 120)))),
        consulted: rng
            .subset(CONSULTED.len(), n)
            .into_iter()
            .map(|i| CONSULTED[i].to_owned())
            .collect(),
    })
}

/// One spec, with no gaps yet.
pub fn build(rng: &mut Rng) -> (Spec, String) {
    let shape = shape(rng);
    let area = area_name(rng);
    let mut agreement = term(rng);
    let commencement = agreement
        .commencement
        .map(|d| d.first())
        .expect("the generator sets commencement");
    let board = *rng.pick(BOARDS);
    let words = Words::new(rng, &area, board, &agreement);
    let parties = parties(rng, &area, commencement, shape.brief);
    let partners = Partners::of(&parties);
    let schemes = schemes(rng, &partners, &shape, &words, commencement);
    let host = schemes
        .iter()
        .find_map(|s| s.pooled_fund.as_ref()?.host.as_deref())
        .and_then(|host| parties.iter().find(|p| p.id == host))
        .map_or("the host", |p| naming_of(p.body_type).short);
    let words = words.for_schemes(title_case(host), schemes.len());
    agreement.review = Some(review(rng, &agreement, &words));
    let mut spec = Spec {
        jointly: FormatVersion,
        agreement,
        parties,
        schemes,
        resources: None,
        payment: None,
        clauses: clauses(rng, &shape, &words),
        not_applicable: NotApplicable::default(),
        consents: Vec::new(),
        consultation: None,
        rationale: None,
        plans: None,
        notifications: Vec::new(),
        joint_working: None,
        children: None,
        waivers: Vec::new(),
        bcf: None,
        wales: None,
        modern: None,
        years: Vec::new(),
    };
    spec.consents = consents(rng, &mut spec);
    spec.consultation = consultation(rng, &shape, &spec);
    spec.agreement.title = Some(title(rng, &area, &spec));
    spec.agreement.reference = Some(reference(rng, &area, &spec));
    (spec, area)
}
