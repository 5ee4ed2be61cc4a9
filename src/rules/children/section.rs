//! What differs between s10 (England) and s25 (Wales) Children Act 2004 for the checks both
//! run: the section's table of relevant partners, who can be the authority, and the words of
//! the findings. The partner and pool checks in `partners.rs` and `pool.rs` take one of these.

use jiff::civil::Date;

use super::super::vague::DateAt;
use super::super::{Context, Sink};
use crate::law::dates::{
    CHILDREN_ACT_2004_ROYAL_ASSENT, CHILDREN_ACT_2004_S10_SEEN_FROM,
    CHILDREN_ACT_2004_S25_SEEN_FROM,
};
use crate::law::{LongDate, S10Standing};
use crate::spec::{BodyType, Decision, LegalBasis};

/// One co-operation section of the Children Act 2004, as the shared checks see it.
pub(super) struct Section {
    pub basis: LegalBasis,
    /// "s10" or "s25".
    pub name: &'static str,
    /// The section's table of relevant partners (s10(4) or s25(4)).
    pub standing: fn(BodyType) -> S10Standing,
    /// Whether a party of this type can be the authority that makes the arrangements.
    pub can_be_authority: fn(BodyType) -> bool,
    /// "a children's services authority" or "a local authority in Wales".
    pub authority: &'static str,
    /// After "party `x` is {described}, ": why an NHS body the table does not list is in doubt.
    pub nhs_not_listed: &'static str,
    pub nhs_not_listed_help: &'static str,
    /// Help for a party of a kind the table does not list.
    pub not_listed_help: &'static str,
    /// Whether the wording of the pool power (s10(6)(b) and (7); s25(6) and (7)) was read:
    /// if not, every finding about who contributes is an unverified warning.
    pub pool_read: bool,
    pub pool_authority_help: &'static str,
    pub pool_nhs_help: &'static str,
    pub pool_other_help: &'static str,
    /// The earliest date from which jointly has seen the section in force (s10) or read it
    /// (s25): a date between Royal Assent and this is an unverified warning.
    pub seen_from: Date,
    /// Help for a date before Royal Assent: what such an agreement rests on instead.
    pub before_assent_help: &'static str,
    /// After "{when} {on}, ": the words before the `seen_from` date.
    pub before_seen_lead: &'static str,
    /// After the `seen_from` date: what that date is, in a finding and when a date is too vague.
    pub seen_words: &'static str,
    pub seen_words_vague: &'static str,
    pub before_seen_help: &'static str,
}

pub(super) const S10: Section = Section {
    basis: LegalBasis::ChildrenAct2004S10,
    name: "s10",
    standing: BodyType::s10_standing,
    can_be_authority: BodyType::can_be_childrens_services_authority,
    authority: "a children's services authority",
    nhs_not_listed: "which s10(4) Children Act 2004 as enacted did not list among the relevant partners",
    nhs_not_listed_help: "an NHS trust or foundation trust may take part as a body the authority considers appropriate (s10(1)(c)); jointly has not verified the later lists, so check whether it may contribute to an s10 pooled fund, or pool with it under s75 NHS Act 2006",
    not_listed_help: "it may take part in the arrangements as a body the authority considers appropriate (s10(1)(c)), but it may not contribute to an s10 pooled fund or provide resources under s10(6); fund it by contract or grant instead",
    pool_read: true,
    pool_authority_help: "an s10 pooled fund is made up of contributions by the authority and the relevant partner or partners concerned (s10(7)(a)): state the council's contribution under `contributions`",
    pool_nhs_help: "s10(4) as enacted did not list NHS trusts or foundation trusts, and jointly has not verified the later lists: check before relying on s10, or pool with the trust under s75 NHS Act 2006",
    pool_other_help: "only the authority and its relevant partners may contribute to an s10 pooled fund (s10(7)(a)): pay this body's share to a partner by grant or contract, or remove it from `contributions`",
    seen_from: CHILDREN_ACT_2004_S10_SEEN_FROM,
    before_assent_help: "check the date; an earlier children's agreement between NHS bodies and councils rests on s31 Health Act 1999 (with SI 2000/617), which needs an NHS body and a local authority as partners",
    before_seen_lead: "after the Children Act 2004 received Royal Assent but before ",
    seen_words: "the earliest date from which jointly has seen s10 in force",
    seen_words_vague: "the earliest date from which jointly has seen s10 in force",
    before_seen_help: "s10 was brought into force by commencement order, which jointly has not verified: check the order's date before relying on s10 for this date",
};

pub(super) const S25: Section = Section {
    basis: LegalBasis::ChildrenAct2004S25,
    name: "s25",
    standing: BodyType::s25_standing,
    can_be_authority: BodyType::can_be_welsh_childrens_authority,
    authority: "a local authority in Wales",
    nhs_not_listed: "which s25(4) Children Act 2004 (as in force on 1 April 2008) does not list among the relevant partners: its NHS partners are a Local Health Board and an NHS trust providing services in the area",
    nhs_not_listed_help: "an English NHS body may take part as a body the authority considers appropriate (s25(1)(c)); persons named in regulations under s25(4)(g) (inserted by the Social Services and Well-being (Wales) Act 2014) are not checked: for a cross-border pool, check the law on each side of the border",
    not_listed_help: "it may take part in the arrangements as a body the authority considers appropriate (s25(1)(c)); the explanatory notes describe the s25(6) pool as one for the authority and its relevant partners, so fund this body by contract or grant; persons named in regulations under s25(4)(g) are not checked",
    pool_read: false,
    pool_authority_help: "the explanatory notes to the Children Act 2004 (para 136) say s25(6) lets the authority and its relevant partners pool budgets, with the pooled fund defined in s25(7), whose wording jointly has not read: state the council's contribution under `contributions`, or check s25(7)",
    pool_nhs_help: "s25(4) lists a Local Health Board and an NHS trust providing services in the area; jointly has not read the wording of s25(6) and (7): check before relying on s25, or pool with a Welsh NHS body under s33 NHS (Wales) Act 2006",
    pool_other_help: "the explanatory notes describe the s25(6) pool as one for the authority and its relevant partners; jointly has not read the wording of s25(6) and (7): check before relying on s25, or pay this body's share to a partner by grant or contract",
    seen_from: CHILDREN_ACT_2004_S25_SEEN_FROM,
    before_assent_help: "check the date; an earlier Welsh agreement between an NHS body and a council rests on s31 Health Act 1999 with the Welsh regulations, SI 2000/2993 (W. 193)",
    before_seen_lead: "before ",
    seen_words: "the date of the earliest version of s25 Children Act 2004 jointly has read",
    seen_words_vague: "the date of the earliest version of s25 jointly has read",
    before_seen_help: "when s25 came into force, and its wording before then, were not read: check the commencement order and the text at this date before relying on s25",
};

/// The dates the agreement was made and commenced against the section: not before Royal
/// Assent (an error), and not before the date from which jointly has seen the section (an
/// unverified warning).
pub(super) fn in_force_dates(cx: &Context, out: &mut Sink, section: &Section) {
    let agreement = &cx.spec.agreement;
    let assent = LongDate(CHILDREN_ACT_2004_ROYAL_ASSENT);
    let seen_from = LongDate(section.seen_from);
    let dates = [
        agreement.made.map(DateAt::made),
        agreement.commencement.map(DateAt::commencement),
    ];
    for at in dates.into_iter().flatten() {
        // What the day is of also says, in messages, what happened then.
        let (when, pointer, on) = (at.day_of, &at.pointer, at.date.on());
        // Before Royal Assent, before jointly has seen the section, or from then on.
        let standing = |d| (d >= CHILDREN_ACT_2004_ROYAL_ASSENT, d >= section.seen_from);
        match at.date.decide(standing) {
            Decision::Decided((false, _)) => {
                out.report(pointer, format!("{when} {on}, before the Children Act 2004 received Royal Assent on {assent}, so the agreement cannot rest on {}", section.name))
                    .help(section.before_assent_help);
            }
            Decision::Decided((true, false)) => {
                out.report(
                    pointer,
                    format!(
                        "{when} {on}, {}{seen_from}, {}",
                        section.before_seen_lead, section.seen_words
                    ),
                )
                .help(section.before_seen_help)
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
                at.too_vague(
                    out,
                    format!(
                        "whether {when} before {seen_from}, {}",
                        section.seen_words_vague
                    ),
                )
                .unverified();
            }
        }
    }
}
