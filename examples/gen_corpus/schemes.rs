//! Schemes.

use jiff::civil::Date;
use jointly::spec::{
    Contribution, Delegation, DelegationReporting, Delegators, Direction, FinancialYear, Frequency,
    Functions, FundingKind, Nature, OtherFunding, Party, Payment, PoolManager, PoolReporting,
    PooledFund, Resources, RiskShare, Scheme, Share,
};

use crate::agreement::Shape;
use crate::fill::{Words, title_case};
use crate::money::{equal_shares, financial_year, money, percent, pounds, shares};
use crate::parties::{Role, person, role};
use crate::rng::Rng;
use crate::themes::{THEMES, Theme};
use crate::words::{
    DELEGATION_MONITORING, MANAGER_POSTS, PAYMENT_VARIATION, POOL_MANAGEMENT, POOL_MONITORING,
    POOL_VARIATION, RESOURCE_ACCOMMODATION, RESOURCE_GOODS, RESOURCE_SERVICES, RESOURCE_STAFF,
};

/// The partners that take part in the schemes: the NHS and council leads, and the other
/// statutory partners, who may join a pool.
pub struct Partners {
    nhs_lead: String,
    la_lead: String,
    others: Vec<String>,
    provider: Option<String>,
}

impl Partners {
    pub fn of(parties: &[Party]) -> Partners {
        let statutory = parties
            .iter()
            .filter(|p| role(p.body_type) != Role::NotAPartner);
        Partners {
            nhs_lead: parties[0].id.clone(),
            la_lead: parties[1].id.clone(),
            others: statutory.skip(2).map(|p| p.id.clone()).collect(),
            provider: parties
                .iter()
                .find(|p| role(p.body_type) == Role::NhsProvider)
                .map(|p| p.id.clone()),
        }
    }
}

/// A pooled fund hosted by `host`, with a contribution and risk shares from each member.
fn pool(
    rng: &mut Rng,
    host: &str,
    members: &[String],
    fy: &FinancialYear,
    words: &Words,
) -> PooledFund {
    let mut amounts: Vec<u64> = members
        .iter()
        .map(|_| {
            if rng.chance(3) {
                0
            } else {
                money(rng, 40_000, 30_000_000)
            }
        })
        .collect();
    if amounts.iter().all(|a| *a == 0) {
        amounts[0] = 100_000_000;
    }
    let over = if rng.chance(70) {
        shares(&amounts)
    } else {
        equal_shares(members.len())
    };
    let under = if rng.chance(70) {
        over.clone()
    } else {
        equal_shares(members.len())
    };
    let share_out = |hundredths: Vec<u32>| -> Vec<Share> {
        members
            .iter()
            .zip(hundredths)
            .map(|(party, h)| Share {
                party: party.clone(),
                percent: percent(h),
            })
            .collect()
    };
    PooledFund {
        host: Some(host.to_owned()),
        manager: Some(PoolManager {
            name: rng.chance(25).then(|| person(rng)),
            post: Some(rng.pick_str(MANAGER_POSTS).to_owned()),
            employer: Some(host.to_owned()),
            placed_under_s113: None,
        }),
        financial_year: Some(fy.clone()),
        total: Some(pounds(amounts.iter().sum())),
        contributions: members
            .iter()
            .zip(&amounts)
            .map(|(party, pence)| Contribution {
                party: party.clone(),
                amount: pounds(*pence),
                kind: None,
                stream: None,
            })
            .collect(),
        rounded_to: None,
        unit: None,
        contribution_variation: Some(words.fill(rng.pick_str(POOL_VARIATION), rng)),
        risk_share: Some(RiskShare {
            overspend: share_out(over),
            underspend: share_out(under),
        }),
        management: Some(words.fill(rng.pick_str(POOL_MANAGEMENT), rng)),
        monitoring: Some(words.fill(rng.pick_str(POOL_MONITORING), rng)),
        reporting: Some(PoolReporting {
            frequency: Some(*rng.pick(&[
                Frequency::Quarterly,
                Frequency::Quarterly,
                Frequency::Monthly,
                Frequency::BiMonthly,
            ])),
            annual_return: Some(true),
        }),
    }
}

/// A delegation from `from` to `to`, paid for by `from`.
fn delegation(
    rng: &mut Rng,
    (direction, nature): (Direction, Nature),
    (from, to): (&str, &str),
    pence: u64,
    fy: &FinancialYear,
    words: &Words,
) -> Delegation {
    Delegation {
        direction,
        nature,
        from: Delegators::One(from.to_owned()),
        to: to.to_owned(),
        payments: vec![Payment {
            from: from.to_owned(),
            amount: pounds(pence),
            financial_year: Some(fy.clone()),
        }],
        payment_variation: Some(words.fill(rng.pick_str(PAYMENT_VARIATION), rng)),
        monitoring: Some(words.fill(rng.pick_str(DELEGATION_MONITORING), rng)),
        reporting: Some(DelegationReporting {
            frequency: Some(Frequency::Quarterly),
            annual_report: Some(true),
        }),
        exercised: None,
    }
}

/// Sometimes lead commissioning or integrated provision by the council, and sometimes
/// provision by an NHS provider for the council.
fn delegations(
    rng: &mut Rng,
    partners: &Partners,
    fy: &FinancialYear,
    words: &Words,
) -> Vec<Delegation> {
    let mut delegations = Vec::new();
    if rng.chance(35) {
        let nature = if rng.chance(70) {
            Nature::Commissioning
        } else {
            Nature::Provision
        };
        let pence = money(rng, 100_000, 15_000_000);
        let leads = (partners.nhs_lead.as_str(), partners.la_lead.as_str());
        delegations.push(delegation(
            rng,
            (Direction::NhsToLa, nature),
            leads,
            pence,
            fy,
            words,
        ));
    }
    if let Some(provider) = partners.provider.as_deref().filter(|_| rng.chance(20)) {
        let pence = money(rng, 100_000, 5_000_000);
        let parties = (partners.la_lead.as_str(), provider);
        let kind = (Direction::LaToNhs, Nature::Provision);
        delegations.push(delegation(rng, kind, parties, pence, fy, words));
    }
    delegations
}

/// What each partner in the scheme provides.
fn resources(rng: &mut Rng, involved: &[String], words: &Words) -> Vec<Resources> {
    involved
        .iter()
        .map(|party| Resources {
            party: party.clone(),
            staff: Some(title_case(&words.fill(rng.pick_str(RESOURCE_STAFF), rng))),
            goods: Some(words.fill(rng.pick_str(RESOURCE_GOODS), rng)),
            services: Some(words.fill(rng.pick_str(RESOURCE_SERVICES), rng)),
            accommodation: Some(words.fill(rng.pick_str(RESOURCE_ACCOMMODATION), rng)),
        })
        .collect()
}

/// Sometimes money outside the pool between the two leads.
fn other_funding(rng: &mut Rng, partners: &Partners, fy: &FinancialYear) -> Vec<OtherFunding> {
    if !rng.chance(30) {
        return Vec::new();
    }
    let (nhs, la) = (
        Some(partners.nhs_lead.clone()),
        Some(partners.la_lead.clone()),
    );
    let (kind, description, from, to) = match rng.below(4) {
        0 => (
            FundingKind::S256Payment,
            "Capital grant for adapted housing",
            nhs,
            la,
        ),
        1 => (
            FundingKind::AlignedBudget,
            "Continuing healthcare budget for the same people, managed alongside the pool",
            nhs,
            None,
        ),
        2 => (
            FundingKind::S113Recharge,
            "Recharge for council staff placed at the NHS partner's disposal",
            nhs,
            la,
        ),
        _ => (
            FundingKind::S76Payment,
            "Contribution to community health services for the same people",
            la,
            nhs,
        ),
    };
    vec![OtherFunding {
        kind,
        description: Some(description.to_owned()),
        from,
        to,
        party: None,
        amount: Some(pounds(money(rng, 20_000, 4_000_000))),
        amounts: Vec::new(),
        total: None,
        rounded_to: None,
        financial_year: Some(fy.clone()),
    }]
}

/// One scheme on `theme`, with a pool hosted by one of the leads.
fn scheme(
    rng: &mut Rng,
    theme: &Theme,
    id: String,
    partners: &Partners,
    shape: &Shape,
    words: &Words,
    fy: &FinancialYear,
) -> Scheme {
    let host = if rng.chance(70) {
        &partners.la_lead
    } else {
        &partners.nhs_lead
    };
    // Pool members: the two leads, and sometimes other statutory partners.
    let mut members = vec![partners.nhs_lead.clone(), partners.la_lead.clone()];
    for other in &partners.others {
        if rng.chance(45) && members.len() < 5 {
            members.push(other.clone());
        }
    }
    let pooled_fund = pool(rng, host, &members, fy, words);
    let delegations = delegations(rng, partners, fy, words);
    let mut involved = members;
    for party in delegations.iter().flat_map(|d| d.parties()) {
        if !involved.iter().any(|id| id == party) {
            involved.push(party.to_owned());
        }
    }
    let resources = resources(rng, &involved, words);
    let other_funding = other_funding(rng, partners, fy);
    let len = shape.list_len;
    Scheme {
        id,
        title: Some(theme.title.to_owned()),
        legal_basis: None,
        aims: words.pick_list(theme.aims, len.min(3), rng),
        outcomes: words.pick_list(theme.outcomes, len, rng),
        persons: Some(words.fill(theme.persons, rng)),
        eligibility: Some(words.fill(theme.eligibility, rng)),
        services: words.pick_list(theme.services, len + 1, rng),
        functions: Some(Functions {
            nhs: words.pick_list(theme.nhs, len.min(2), rng),
            health_related: words.pick_list(theme.health_related, len.min(2), rng),
        }),
        delegations,
        pooled_fund: Some(pooled_fund),
        resources: Some(resources),
        other_funding,
    }
}

/// A scheme for each of `count` themes that existed when the agreement commenced.
pub fn schemes(
    rng: &mut Rng,
    partners: &Partners,
    shape: &Shape,
    words: &Words,
    commencement: Date,
) -> Vec<Scheme> {
    let available: Vec<&Theme> = THEMES
        .iter()
        .filter(|t| commencement.year() >= t.from_year)
        .collect();
    let fy = financial_year(commencement);
    let mut schemes: Vec<Scheme> = Vec::new();
    for i in rng.subset(available.len(), shape.schemes) {
        let theme = available[i];
        let mut id = theme.slug.to_owned();
        let mut n = 2;
        while schemes.iter().any(|s| s.id == id) {
            id = format!("{}-{n}", theme.slug);
            n += 1;
        }
        let scheme = scheme(rng, theme, id, partners, shape, words, &fy);
        schemes.push(scheme);
    }
    schemes
}
