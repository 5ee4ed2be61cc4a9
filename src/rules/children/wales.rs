//! s25 Children Act 2004 (rulebook §3.8 row CA2004-25-WALES): the children's co-operation
//! duty in Wales. s10 is for England and s25 for Wales; an s25 agreement is made by a local
//! authority in Wales with the relevant partners s25(4) lists, at dates the section existed,
//! and its pooled fund is checked as s10's is, with unverified warnings because the wording of
//! s25(6) and (7) was not read.

use super::super::{Context, Sink};
use super::section::S25;
use super::{partners, pool};
use crate::spec::{Jurisdiction, LegalBasis, Pointer, Spec};

/// Whether the agreement or any scheme rests on `basis`.
fn uses(spec: &Spec, basis: LegalBasis) -> bool {
    spec.agreement.legal_basis == basis
        || (0..spec.schemes.len()).any(|i| spec.scheme_basis(i) == basis)
}

/// The check of CA2004-25-WALES: s10 is not used in Wales, s25 not in England, and an s25
/// agreement has its authority, its dates and relevant partners, and its pools' contributors.
pub(super) fn children_in_wales(cx: &Context, out: &mut Sink) {
    if uses(cx.spec, LegalBasis::ChildrenAct2004S10) {
        partners::wales_uses_s25(cx, out);
    }
    if !uses(cx.spec, LegalBasis::ChildrenAct2004S25) {
        return;
    }
    if cx.spec.agreement.jurisdiction == Jurisdiction::England {
        not_in_england(cx, out);
        return;
    }
    if cx.spec.agreement.legal_basis == LegalBasis::ChildrenAct2004S25 {
        super::section::in_force_dates(cx, out, &S25);
        if !cx
            .spec
            .parties
            .iter()
            .any(|p| p.body_type.can_be_welsh_childrens_authority())
        {
            out.report(Pointer::root().key("parties"), "no party can be the local authority in Wales that makes s25 arrangements: a county council or county borough council in Wales")
                .help("add the council responsible for children's services in the area to `parties` (\"Each local authority in Wales must make arrangements to promote co-operation\", s25(1))");
        }
        partners::parties_listed(cx, out, &S25);
    }
    pool::contributors(cx, out, &S25);
}

/// s25 is for Wales: each scheme, or the agreement, that rests on it in an English agreement.
fn not_in_england(cx: &Context, out: &mut Sink) {
    let help = "s25 Children Act 2004 binds local authorities in Wales; an English children's services authority makes its arrangements under s10 (`legal_basis: children_act_2004_s10`), or set `jurisdiction: wales` if the agreement is Welsh";
    if cx.spec.agreement.legal_basis == LegalBasis::ChildrenAct2004S25 {
        out.report(Pointer::agreement("jurisdiction"), "the agreement rests on s25 Children Act 2004, which applies to local authorities in Wales, but it is for England, where the co-operation duty is s10")
            .help(help);
    }
    for (i, scheme) in cx.spec.schemes.iter().enumerate() {
        if scheme.legal_basis == Some(LegalBasis::ChildrenAct2004S25) {
            out.report(Pointer::scheme(i).key("legal_basis"), format!("scheme `{}` rests on s25 Children Act 2004, which applies to local authorities in Wales, but the agreement is for England, where the co-operation duty is s10", scheme.id))
                .help(help);
        }
    }
}
