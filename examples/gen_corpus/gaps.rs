//! Gaps: what real agreements get wrong.

use jointly::spec::BodyType;
use jointly::spec::{
    Amount, CHECKLIST, Contribution, DelegationReporting, Frequency, LegalBasis, PoolReporting,
    Scheme, Signatory, Spec,
};
use rust_decimal::Decimal;

use crate::money::{money, pounds};
use crate::parties::{COMMISSIONERS, NOT_PARTNERS, new_party};
use crate::rng::Rng;

pub const GAPS: &[&str] = &[
    "omit-host",
    "omit-expiry",
    "wrong-total",
    "omit-total",
    "risk-share-off",
    "non-partner-party",
    "era-invalid-body",
    "wrong-legal-basis",
    "omit-variation",
    "drop-clauses",
    "omit-signatory",
    "omit-manager",
    "manager-not-host",
    "delegation-annual-only",
    "omit-functions",
    "excluded-service",
    "omit-consent",
    "omit-resources",
    "omit-aims",
    "omit-annual-return",
    "contribution-not-agreed",
    "omit-monitoring",
];

/// Applies one gap, to the scheme `at` where it concerns a scheme, if it fits this spec;
/// returns whether it did. A party added is named for `area`.
pub fn apply_gap(spec: &mut Spec, gap: &str, at: usize, area: &str, rng: &mut Rng) -> bool {
    match gap {
        "omit-expiry" => {
            spec.agreement.expiry = None;
            spec.agreement.rolling = None;
        }
        "non-partner-party" => add_non_partner(spec, at, area, rng),
        "era-invalid-body" => {
            let day = spec
                .agreement
                .commencement
                .map(|d| d.first())
                .expect("dated");
            let wrong: Vec<BodyType> = COMMISSIONERS
                .iter()
                .copied()
                .filter(|body| body.era().is_some_and(|era| !era.covers(day)))
                .collect();
            spec.parties[0].body_type = *rng.pick(&wrong);
        }
        "wrong-legal-basis" => {
            spec.agreement.legal_basis = match spec.agreement.legal_basis {
                LegalBasis::NhsAct2006S75 => LegalBasis::HealthAct1999S31,
                _ => LegalBasis::NhsAct2006S75,
            };
        }
        "omit-variation" => spec.clauses.variation = None,
        "drop-clauses" => {
            let count = rng.range(1, 6) as usize;
            for i in rng.subset(CHECKLIST.len(), count) {
                *spec
                    .clauses
                    .get_mut(CHECKLIST[i].key)
                    .expect("a checklist key") = None;
            }
        }
        "omit-signatory" => {
            let i = rng.below(spec.parties.len().min(2));
            // Half the time no signatory, half the time one with nothing stated.
            spec.parties[i].signatory = rng.chance(50).then_some(Signatory {
                name: None,
                position: None,
            });
        }
        "omit-consent" => return spec.consents.pop().is_some(),
        "delegation-annual-only" => match spec.schemes[at].delegations.first_mut() {
            Some(delegation) => {
                delegation.reporting = Some(DelegationReporting {
                    frequency: Some(Frequency::Annually),
                    annual_report: Some(rng.chance(50)),
                })
            }
            None => return false,
        },
        _ => {
            return apply_scheme_gap(&mut spec.schemes[at], gap, rng)
                || apply_pool_gap(spec, gap, at, rng);
        }
    }
    true
}

/// A party that may not be a partner, sometimes with a contribution to the pool of scheme `at`.
fn add_non_partner(spec: &mut Spec, at: usize, area: &str, rng: &mut Rng) {
    let body = *rng.pick(NOT_PARTNERS);
    let party = new_party(rng, body, area, &spec.parties);
    let id = party.id.clone();
    spec.parties.push(party);
    if rng.chance(50)
        && let Some(pool) = spec.schemes[at].pooled_fund.as_mut()
    {
        let amount = pounds(money(rng, 10_000, 500_000));
        if let (Some(Amount::Stated(total)), Amount::Stated(added)) = (pool.total.as_mut(), amount)
        {
            total.0 += added.0;
        }
        pool.contributions.push(Contribution {
            party: id,
            amount,
            kind: None,
            stream: None,
        });
    }
}

/// Applies a gap in a scheme's own keys; returns whether `gap` is one.
fn apply_scheme_gap(scheme: &mut Scheme, gap: &str, rng: &mut Rng) -> bool {
    match gap {
        "omit-functions" if rng.chance(50) => {
            if let Some(functions) = scheme.functions.as_mut() {
                functions.health_related.clear();
            }
        }
        "omit-functions" => scheme.functions = None,
        "excluded-service" => {
            let service = rng.pick_str(&[
                "Minor surgery in community clinics",
                "Emergency ambulance response for falls",
                "Community endoscopy clinics",
                "Wound care and invasive procedures at home",
            ]);
            scheme.services.push(service.to_owned());
        }
        "omit-resources" => scheme.resources = None,
        "omit-aims" => {
            scheme.aims.clear();
            if rng.chance(50) {
                scheme.outcomes.clear();
            }
        }
        _ => return false,
    }
    true
}

/// Applies a gap in the pool of scheme `at`, if it has one; returns whether it did.
fn apply_pool_gap(spec: &mut Spec, gap: &str, at: usize, rng: &mut Rng) -> bool {
    let leads = [spec.parties[0].id.clone(), spec.parties[1].id.clone()];
    let Some(pool) = spec.schemes[at].pooled_fund.as_mut() else {
        return false;
    };
    match gap {
        "omit-host" => pool.host = None,
        "omit-total" => pool.total = None,
        "omit-manager" => pool.manager = None,
        "wrong-total" => match pool.total.as_mut() {
            Some(Amount::Stated(total)) => {
                total.0 += Decimal::new(*rng.pick(&[1, 100, 100_000, 1_000_000]), 2)
            }
            Some(Amount::Unknown) | None => return false,
        },
        "risk-share-off" => {
            let share = pool
                .risk_share
                .as_mut()
                .and_then(|r| r.overspend.first_mut());
            if let Some(share) = share {
                share.percent.0 += if share.percent.0 >= Decimal::ONE {
                    Decimal::new(-1, 2)
                } else {
                    Decimal::ONE
                };
            }
        }
        "manager-not-host" => {
            let other = &leads[rng.below(2)];
            match pool.manager.as_mut() {
                Some(manager) if pool.host.as_ref() != Some(other) => {
                    manager.employer = Some(other.clone())
                }
                _ => return false,
            }
        }
        "omit-annual-return" => {
            pool.reporting = Some(PoolReporting {
                frequency: Some(Frequency::Annually),
                annual_return: None,
            })
        }
        // A contribution by a party the spec does not list stops it loading, so the corpus
        // writes the gap officers actually leave: an amount not yet agreed.
        "contribution-not-agreed" => match pool.contributions.first_mut() {
            Some(first) => first.amount = Amount::Unknown,
            None => return false,
        },
        "omit-monitoring" => {
            pool.monitoring = None;
            if rng.chance(50) {
                pool.management = None;
            }
        }
        _ => return false,
    }
    true
}
