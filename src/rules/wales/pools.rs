//! The checks of the pools: the s167 host, the mandatory regional pools and real pooling.

use jiff::civil::Date;

use super::super::{BodyClass, Context, Sink};
use crate::law::LongDate;
use crate::law::dates::{WELSH_CARE_HOME_POOL_FROM, WELSH_PARTNERSHIP_REGULATIONS_IN_FORCE};
use crate::spec::{BodyType, Decision, MandatoryPool, Pointer, Spec};

/// Whether a body may hold a s167 pool: a Local Health Board or a council.
fn may_host(body: BodyType) -> bool {
    body == BodyType::LocalHealthBoard
        || matches!(
            body.class(),
            BodyClass::LocalAuthority | BodyClass::LocalAuthorityUncertain
        )
}

pub(super) fn host_is_partner(cx: &Context, out: &mut Sink) {
    for (i, scheme) in cx.spec.schemes.iter().enumerate() {
        let Some(pool) = &scheme.pooled_fund else {
            continue;
        };
        let pointer = Pointer::pool(i).key("host");
        match pool.host.as_deref().map(|h| (h, cx.party(h))) {
            None => {
                out.report(&pointer, format!("the pooled fund of scheme `{}` names no host: a s167 pool is established and maintained by one local authority or one Local Health Board", scheme.id))
                    .help("write `host:` with the id of the council or Local Health Board that holds the pool");
            }
            Some((_, Some((_, party)))) if may_host(party.body_type) => {}
            Some((host, Some((_, party)))) => {
                out.report(&pointer, format!("the pooled fund of scheme `{}` is hosted by `{host}`, which is {}: a s167 pool is established and maintained by a local authority or a Local Health Board", scheme.id, party.body_type.described()))
                    .help("make one of the councils or the Local Health Board the pool's host");
            }
            // A host that names no party is reported when the spec loads.
            Some((_, None)) => {}
        }
    }
}

/// Whether the agreement runs on or after `day`: false only when it is stated to end before.
fn runs_from(spec: &Spec, day: Date) -> bool {
    spec.agreement
        .expiry
        .is_none_or(|e| e.decide(|d| d < day) != Decision::Decided(true))
}

/// The checks of one kind of mandatory pool.
fn mandatory_pool(cx: &Context, out: &mut Sink, kind: MandatoryPool, from: Date) {
    let spec = cx.spec;
    let pools = spec.wales.iter().flat_map(|w| w.pools.iter().enumerate());
    let mut any = false;
    for (j, entry) in pools.filter(|(_, p)| p.kind == kind) {
        any = true;
        let pointer = Pointer::root()
            .key("wales")
            .key("pools")
            .index(j)
            .key("scheme");
        let Some((i, scheme)) = spec
            .schemes
            .iter()
            .enumerate()
            .find(|(_, s)| s.id == entry.scheme)
        else {
            out.report(
                &pointer,
                format!(
                    "the {} pool names scheme `{}`, but no scheme has that id",
                    kind.words(),
                    entry.scheme
                ),
            )
            .help("write the `id` of the scheme whose `pooled_fund` is the pool");
            continue;
        };
        let Some(pool) = &scheme.pooled_fund else {
            out.report(
                Pointer::scheme(i),
                format!(
                    "scheme `{}` is the region's {} pool, but it has no `pooled_fund`",
                    scheme.id,
                    kind.words()
                ),
            )
            .help("set out the pooled fund: its host and each partnership body's contribution");
            continue;
        };
        let missing: Vec<&str> = spec
            .parties
            .iter()
            .filter(|p| may_host(p.body_type))
            .filter(|p| !pool.contributions.iter().any(|c| c.party == p.id))
            .map(|p| p.id.as_str())
            .collect();
        if !missing.is_empty() {
            out.report(Pointer::pool(i).key("contributions"), format!("the {} pool of scheme `{}` has no contribution from {}", kind.words(), scheme.id, missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")))
                .help("each partnership body of the region contributes to the regional pool: add its contribution (an amount, or a share to be agreed)");
        }
    }
    let region = spec.wales.as_ref().and_then(|w| w.region);
    if !any && region.is_some() && runs_from(spec, from) {
        out.report(Pointer::root().key("wales").key("pools"), format!("the agreement names no {} pool, which the region's partnership bodies must keep from {}", kind.words(), LongDate(from)))
            .help(format!("if a scheme's pooled fund is that pool, list it: `wales: {{pools: [{{scheme: …, kind: {}}}]}}`; if the region keeps it under another agreement, waive this finding with that reason", kind.in_code()))
            .warning_only();
    }
}

pub(super) fn care_home_pool(cx: &Context, out: &mut Sink) {
    mandatory_pool(
        cx,
        out,
        MandatoryPool::CareHomeAccommodation,
        WELSH_CARE_HOME_POOL_FROM,
    );
}

pub(super) fn family_support_pool(cx: &Context, out: &mut Sink) {
    mandatory_pool(
        cx,
        out,
        MandatoryPool::FamilySupport,
        WELSH_PARTNERSHIP_REGULATIONS_IN_FORCE,
    );
}

pub(super) fn real_pool(cx: &Context, out: &mut Sink) {
    let pools = cx
        .spec
        .wales
        .iter()
        .flat_map(|w| w.pools.iter().enumerate());
    for (j, entry) in pools.filter(|(_, p)| p.contributions_returned == Some(true)) {
        out.report(Pointer::root().key("wales").key("pools").index(j).key("contributions_returned"), format!("the contributions to the {} pool of scheme `{}` are returned to each contributor, so the partners do not in fact pool their money", entry.kind.words(), entry.scheme))
            .help("Audit Wales found such a pool meets the minimum requirement but gives no value for money nor any of a pooled fund's intended benefits: pool the money and agree how it is spent and how risk is shared");
    }
}
