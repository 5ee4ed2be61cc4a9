//! What s10(2) and (3) Children Act 2004 require the arrangements to aim at and have regard
//! to, as the `children` block states it.

use super::super::{Context, Sink, stated};
use crate::spec::Pointer;

/// The arrangements aim to improve children's well-being under at least one head of s10(2).
pub(super) fn wellbeing_aims(cx: &Context, out: &mut Sink) {
    let stated_heads = cx
        .spec
        .children
        .as_ref()
        .is_some_and(|c| !c.wellbeing.is_empty());
    if !stated_heads {
        out.report(Pointer::root().key("children").key("wellbeing"), "the agreement does not say which heads of children's well-being in s10(2) Children Act 2004 its arrangements aim to improve")
            .help("s10(2) requires the arrangements to be made with a view to improving the well-being of children in the area so far as relating to one or more of its heads: list them under `children: {wellbeing: [health, protection, education, contribution, economic]}`");
    }
}

/// The authority has regard to the importance of parents and carers (s10(3)).
pub(super) fn parents_and_carers(cx: &Context, out: &mut Sink) {
    let stated_regard = cx
        .spec
        .children
        .as_ref()
        .is_some_and(|c| stated(&c.parents_and_carers));
    if !stated_regard {
        out.report(Pointer::root().key("children").key("parents_and_carers"), "the agreement does not say how the arrangements have regard to the importance of parents and carers")
            .help("s10(3) requires the authority, in making the arrangements, to have regard to the importance of parents and other persons caring for children in improving their well-being: say how under `children: {parents_and_carers: ...}`")
            .warning_only();
    }
}
