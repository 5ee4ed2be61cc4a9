//! The s10 pooled fund (s10(6)(b) and (7) Children Act 2004): who contributes, and the reg 7
//! items that are good practice, not law, for a pool s10 alone governs.

use super::super::{Context, Sink, stated};
use crate::law::{BodyClass, S10Standing};
use crate::spec::{LegalBasis, Pointer, PooledFund};

/// Why a reg 7 item is only advice for an s10 pool.
const NOT_LAW: &str = "GUIDE07 good practice (no statutory requirement under s10, which, unlike SI 2000/617 reg 7 for an s75 pool, prescribes nothing about how a pooled fund is run):";

/// Each scheme made under s10 that has a pooled fund, with its index.
fn s10_pools<'a>(cx: &'a Context) -> impl Iterator<Item = (usize, &'a str, &'a PooledFund)> {
    cx.spec
        .schemes
        .iter()
        .enumerate()
        .filter(|(i, _)| cx.spec.scheme_basis(*i) == LegalBasis::ChildrenAct2004S10)
        .filter_map(|(i, s)| s.pooled_fund.as_ref().map(|p| (i, s.id.as_str(), p)))
}

/// An s10 pool is made up of contributions by the authority and the relevant partners: the
/// authority contributes, and a body that is not a relevant partner does not.
pub(super) fn pool_contributors(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in s10_pools(cx) {
        let contributions = Pointer::pool(i).key("contributions");
        let authority_contributes = pool.contributions.iter().any(|c| {
            cx.party(&c.party)
                .is_some_and(|(_, p)| p.body_type.can_be_childrens_services_authority())
        });
        if !authority_contributes {
            out.report(&contributions, format!("the s10 pooled fund of scheme `{scheme}` has no contribution from a party that can be the children's services authority"))
                .help("an s10 pooled fund is made up of contributions by the authority and the relevant partner or partners concerned (s10(7)(a)): state the council's contribution under `contributions`");
        }
        for (j, contribution) in pool.contributions.iter().enumerate() {
            let Some((_, party)) = cx.party(&contribution.party) else {
                continue;
            };
            if party.body_type.s10_standing() != S10Standing::NotListed {
                continue;
            }
            let pointer = contributions.clone().index(j).key("party");
            let described = party.body_type.described();
            let message = format!(
                "party `{}` ({described}) contributes to the s10 pooled fund of scheme `{scheme}`, but it is not a relevant partner of the authority under s10(4)",
                party.id
            );
            if party.body_type.class() == BodyClass::Nhs {
                out.report(pointer, message)
                    .help("s10(4) as enacted did not list NHS trusts or foundation trusts, and jointly has not verified the later lists: check before relying on s10, or pool with the trust under s75 NHS Act 2006")
                    .unverified();
            } else {
                out.report(pointer, message)
                    .help("only the authority and its relevant partners may contribute to an s10 pooled fund (s10(7)(a)): pay this body's share to a partner by grant or contract, or remove it from `contributions`");
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
