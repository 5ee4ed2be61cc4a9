//! What differs between s10 (England) and s25 (Wales) Children Act 2004 for the checks both
//! run: the section's table of relevant partners, who can be the authority, and the words of
//! the findings. The partner and pool checks in `partners.rs` and `pool.rs` take one of these.

use crate::law::S10Standing;
use crate::spec::{BodyType, LegalBasis};

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
};
