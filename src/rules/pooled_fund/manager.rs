//! Who runs a pooled fund: the host partner that keeps its accounts (reg 7(4), rulebook
//! §3.4) and the pooled fund manager, an officer of the host who is not a GP (GUIDE07 ch 6).

use super::pools;
use crate::rules::{BodyClass, Context, Sink, stated};
use crate::spec::{Pointer, PoolManager};

pub(super) fn pool_has_host(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        let pointer = Pointer::pool(i).key("host");
        match pool.host.as_deref() {
            None => {
                out.report(pointer, format!("the pool of scheme `{scheme}` has no host partner"))
                    .help("add `host:` with the id of the partner responsible for the pool's accounts and audit");
            }
            Some(host) if !cx.is_statutory_partner(host) => {
                out.report(pointer, format!("the host `{host}` is not an NHS body or local authority partner"))
                    .help("a pooled fund is hosted by one of the statutory partners; name an NHS body or council party as host");
            }
            Some(_) => {}
        }
    }
}

pub(super) fn pool_has_manager(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        let base = Pointer::pool(i).key("manager");
        let Some(manager) = &pool.manager else {
            out.report(
                base,
                format!("the pool of scheme `{scheme}` has no pooled fund manager"),
            )
            .help("add `manager:` with the manager's `post` and `employer` (the host, or the partner that places the officer at the host's disposal under s113 Local Government Act 1972)");
            continue;
        };
        if !stated(&manager.post) {
            out.report(
                base.clone().key("post"),
                format!("the pooled fund manager of scheme `{scheme}` has no post"),
            )
            .help("add the manager's `post`, e.g. \"Head of Joint Commissioning Finance\"");
        }
        manager_is_officer_of_host(cx, out, &base, scheme, manager, pool.host.as_deref());
    }
}

/// That the manager is an officer of the host rests only on template clauses (agreements
/// appoint "an officer of the Host Partner", "which includes a Section 113 Officer"), so every
/// finding here is unverified. An officer placed at the host's disposal under s113 Local
/// Government Act 1972 stays employed by the original authority, so for such an officer the
/// employer is rightly another partner.
fn manager_is_officer_of_host(
    cx: &Context,
    out: &mut Sink,
    base: &Pointer,
    scheme: &str,
    manager: &PoolManager,
    host: Option<&str>,
) {
    let s113 = manager.placed_under_s113 == Some(true);
    let Some(employer) = manager.employer.as_deref() else {
        out.report(
            base.clone().key("employer"),
            format!("the pooled fund manager of scheme `{scheme}` has no employer, so the spec does not show that the manager is an officer of the host"),
        )
        .help("add `employer:` with the id of the party that employs the manager: the host, or the partner that places the officer at the host's disposal under s113 Local Government Act 1972 (then also `placed_under_s113: true`)")
        .unverified();
        return;
    };
    let Some(host) = host else {
        return; // the missing host is reported by REG617-7-4-HOST
    };
    let pointer = base.clone().key("employer");
    if employer == host {
        if s113 {
            out.report(base.clone().key("placed_under_s113"), format!("the pooled fund manager of scheme `{scheme}` is employed by the host `{host}` and also recorded as placed at its disposal under s113 Local Government Act 1972, which places one authority's officers at another's disposal"))
                .help("check who employs the manager: if another partner does, name it as `employer`; if the host does, remove `placed_under_s113`")
                .warning_only()
                .unverified();
        }
        return;
    }
    if !s113 {
        out.report(&pointer, format!("the pooled fund manager of scheme `{scheme}` is employed by `{employer}`, not by the host `{host}`, and is not recorded as placed at the host's disposal under s113 Local Government Act 1972"))
            .help(format!("if `{employer}` places the officer at the host's disposal under s113 Local Government Act 1972 (the officer stays employed by `{employer}`), add `placed_under_s113: true` to the manager; otherwise check how the manager acts as an officer of the host, as pooled fund agreements provide"))
            .unverified();
        return;
    }
    // Placed under s113: the officer stays employed by `employer`. s113 lets a local authority
    // place its officers at the disposal of another local authority or of a listed NHS body,
    // or take theirs (s113(1), (1A)), so one side must be a local authority, and the employer
    // must be a statutory partner.
    let is_la = |id: &str| {
        matches!(
            cx.class_of(id),
            Some(BodyClass::LocalAuthority | BodyClass::LocalAuthorityUncertain)
        )
    };
    if !cx.is_statutory_partner(employer) {
        out.report(&pointer, format!("the pooled fund manager of scheme `{scheme}` is recorded as placed at the host's disposal under s113 Local Government Act 1972, but the employer `{employer}` is not an NHS body or local authority party"))
            .help("s113 placements are between a local authority and another local authority or an NHS body: name the partner that employs the officer as `employer`")
            .unverified();
    } else if !is_la(employer) && !is_la(host) {
        out.report(&pointer, format!("the pooled fund manager of scheme `{scheme}` is recorded as placed at the disposal of `{host}` under s113 Local Government Act 1972, but neither `{employer}` nor `{host}` is a local authority"))
            .help("s113 agreements are made by a local authority; between two NHS bodies the officer's services need another basis: check how the manager acts as an officer of the host")
            .unverified();
    }
}

pub(super) fn manager_not_gp(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        let Some(post) = pool.manager.as_ref().and_then(|m| m.post.as_deref()) else {
            continue;
        };
        let lower = post.to_lowercase();
        let gp = lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "gp")
            || lower.contains("general practitioner");
        if gp {
            out.report(Pointer::pool(i).key("manager").key("post"), format!("the pooled fund manager of scheme `{scheme}` is a GP"))
                .help("appoint an officer of the host; a GP may manage services operationally but cannot be the pooled budget manager");
        }
    }
}
