//! s25 Children Act 2004 (rulebook §3.8 row CA2004-25-WALES): the children's co-operation
//! duty in Wales. s10 is for England and s25 for Wales; an s25 agreement is made by a local
//! authority in Wales with the relevant partners s25(4) lists, at dates the section existed,
//! and its pooled fund is checked as s10's is, with unverified warnings because the wording of
//! s25(6) and (7) was not read.

use super::super::vague::DateAt;
use super::super::{Context, Sink};
use super::section::S25;
use super::{partners, pool};
use crate::law::LongDate;
use crate::law::dates::{CHILDREN_ACT_2004_ROYAL_ASSENT, CHILDREN_ACT_2004_S25_SEEN_FROM};
use crate::spec::{Decision, Jurisdiction, LegalBasis, Pointer, Spec};

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
        s25_dates(cx, out);
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

/// The dates an s25 agreement was made and commenced: not before Royal Assent (an error), and
/// not before the earliest version of s25 jointly has read (an unverified warning).
fn s25_dates(cx: &Context, out: &mut Sink) {
    let agreement = &cx.spec.agreement;
    let assent = LongDate(CHILDREN_ACT_2004_ROYAL_ASSENT);
    let seen_from = LongDate(CHILDREN_ACT_2004_S25_SEEN_FROM);
    let dates = [
        agreement.made.map(DateAt::made),
        agreement.commencement.map(DateAt::commencement),
    ];
    for at in dates.into_iter().flatten() {
        let (when, pointer) = (at.day_of, &at.pointer);
        let on = at.date.on();
        let standing = |d| {
            (
                d >= CHILDREN_ACT_2004_ROYAL_ASSENT,
                d >= CHILDREN_ACT_2004_S25_SEEN_FROM,
            )
        };
        match at.date.decide(standing) {
            Decision::Decided((false, _)) => {
                out.report(pointer, format!("{when} {on}, before the Children Act 2004 received Royal Assent on {assent}, so the agreement cannot rest on s25"))
                    .help("check the date; an earlier Welsh agreement between an NHS body and a council rests on s31 Health Act 1999 with the Welsh regulations, SI 2000/2993 (W. 193)");
            }
            Decision::Decided((true, false)) => {
                out.report(pointer, format!("{when} {on}, before {seen_from}, the date of the earliest version of s25 Children Act 2004 jointly has read"))
                    .help("when s25 came into force, and its wording before then, were not read: check the commencement order and the text at this date before relying on s25")
                    .unverified();
            }
            Decision::Decided((true, true)) => {}
            Decision::TooVague { first, .. } if first < CHILDREN_ACT_2004_ROYAL_ASSENT => {
                at.too_vague(
                    out,
                    format!(
                        "whether {when} before the Children Act 2004 received Royal Assent on {assent}"
                    ),
                );
            }
            Decision::TooVague { .. } => {
                at.too_vague(out, format!("whether {when} before {seen_from}, the date of the earliest version of s25 jointly has read"))
                    .unverified();
            }
        }
    }
}
