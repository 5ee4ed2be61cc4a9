//! The s10 pooled fund (s10(6)(b) and (7) Children Act 2004): who contributes, and the reg 7
//! items that are good practice, not law, for a pool s10 alone governs.

use super::super::{Context, Sink, stated};
use super::section::{S10, Section};
use crate::law::{BodyClass, S10Standing};
use crate::spec::{LegalBasis, Pointer, PooledFund};

/// Why a reg 7 item is only advice for an s10 pool.
const NOT_LAW: &str = "GUIDE07 good practice (no statutory requirement under s10, which, unlike SI 2000/617 reg 7 for an s75 pool, prescribes nothing about how a pooled fund is run):";

/// Each scheme made under `basis` that has a pooled fund, with its index.
fn pools_under<'a>(
    cx: &'a Context,
    basis: LegalBasis,
) -> impl Iterator<Item = (usize, &'a str, &'a PooledFund)> {
    cx.spec
        .schemes
        .iter()
        .enumerate()
        .filter(move |(i, _)| cx.spec.scheme_basis(*i) == basis)
        .filter_map(|(i, s)| s.pooled_fund.as_ref().map(|p| (i, s.id.as_str(), p)))
}

/// Each scheme made under s10 that has a pooled fund, with its index.
fn s10_pools<'a>(cx: &'a Context) -> impl Iterator<Item = (usize, &'a str, &'a PooledFund)> {
    pools_under(cx, LegalBasis::ChildrenAct2004S10)
}

/// An s10 pool is made up of contributions by the authority and the relevant partners: the
/// authority contributes, and a body that is not a relevant partner does not.
pub(super) fn pool_contributors(cx: &Context, out: &mut Sink) {
    contributors(cx, out, &S10);
}

/// The pool of each scheme under `section`: the authority contributes, and a body the
/// section's table does not list does not. Unverified where the pool power was not read.
pub(super) fn contributors(cx: &Context, out: &mut Sink, section: &Section) {
    let name = section.name;
    for (i, scheme, pool) in pools_under(cx, section.basis) {
        let contributions = Pointer::pool(i).key("contributions");
        let authority_contributes = pool.contributions.iter().any(|c| {
            cx.party(&c.party)
                .is_some_and(|(_, p)| (section.can_be_authority)(p.body_type))
        });
        if !authority_contributes {
            let authority = section.authority.replacen("a ", "the ", 1);
            let hit = out.report(&contributions, format!("the {name} pooled fund of scheme `{scheme}` has no contribution from a party that can be {authority}"))
                .help(section.pool_authority_help);
            if !section.pool_read {
                hit.unverified();
            }
        }
        for (j, contribution) in pool.contributions.iter().enumerate() {
            let Some((_, party)) = cx.party(&contribution.party) else {
                continue;
            };
            if (section.standing)(party.body_type) != S10Standing::NotListed {
                continue;
            }
            let pointer = contributions.clone().index(j).key("party");
            let described = party.body_type.described();
            let message = format!(
                "party `{}` ({described}) contributes to the {name} pooled fund of scheme `{scheme}`, but it is not a relevant partner of the authority under {name}(4)",
                party.id
            );
            let nhs = party.body_type.class() == BodyClass::Nhs;
            let help = if nhs {
                section.pool_nhs_help
            } else {
                section.pool_other_help
            };
            let hit = out.report(pointer, message).help(help);
            if nhs || !section.pool_read {
                hit.unverified();
            }
        }
    }
}

/// For a pool s10 alone governs, the items SI 2000/617 reg 7 requires of an s75 pool (a pool
/// manager, in-year and annual reports) are the guide's good practice, reported as advice.
pub(super) fn pool_good_practice(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in s10_pools(cx) {
        let pointer = Pointer::pool(i);
        if !pool.manager.as_ref().is_some_and(|m| stated(&m.post)) {
            out.report(
                pointer.clone().key("manager"),
                format!("the s10 pooled fund of scheme `{scheme}` names no pool manager"),
            )
            .help(format!("{NOT_LAW} add `manager` with a `post`"));
        }
        let reporting = pool.reporting.as_ref();
        let frequent = reporting
            .and_then(|r| r.frequency)
            .is_some_and(|f| f.at_least_quarterly());
        if !frequent {
            out.report(pointer.clone().key("reporting").key("frequency"), format!("the s10 pooled fund of scheme `{scheme}` does not say that the partners get reports on it at least quarterly"))
                .help(format!("{NOT_LAW} add `reporting: {{frequency: quarterly}}`"));
        }
        if reporting.and_then(|r| r.annual_return) != Some(true) {
            out.report(pointer.key("reporting").key("annual_return"), format!("the s10 pooled fund of scheme `{scheme}` does not provide for an annual return of its income and expenditure"))
                .help(format!("{NOT_LAW} add `reporting: {{annual_return: true}}`"));
        }
    }
}
