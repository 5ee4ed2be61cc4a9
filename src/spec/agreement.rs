//! The spec as a whole and its `agreement` section: the legal basis, the dates and the term,
//! and the waivers of findings the partners accept.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::bcf::Bcf;
use super::checklist::{Clauses, NotApplicable};
use super::children::Children;
use super::conditions::{Consultation, Notification, Plans, Rationale};
use super::joint_working::JointWorking;
use super::modern::Modern;
use super::money::MoneyUnit;
use super::parties::{Consent, Party};
use super::payment::PaymentAgreement;
use super::pools::PooledTotal;
use super::schemes::{Resources, Scheme};
use super::stated_date::StatedDate;
use super::values::{DateSchema, Frequency, Reason, empty_is_default};
use super::wales::Wales;
use super::years::Year;

/// A partnership agreement between NHS bodies and local authorities, written as a jointly spec.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "jointly agreement spec, version 1")]
pub struct Spec {
    /// The spec format version. Always `1` for this format.
    pub jointly: FormatVersion,
    /// What the agreement is, its legal basis and its term.
    pub agreement: Agreement,
    /// Every body that is a party to the agreement. The partners must be one or more NHS bodies and
    /// one or more local authorities.
    ///
    /// Provision: SI 2000/617 reg 2(1).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Party>>")]
    pub parties: Vec<Party>,
    /// One entry per scheme (one schedule each). A framework agreement has several schemes,
    /// each with its own money.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Scheme>>")]
    pub schemes: Vec<Scheme>,
    /// A list of the staff, goods, services or accommodation each partner provides for the
    /// agreement as a whole, e.g. a joint commissioning team that serves every scheme. Each
    /// entry is written as in a scheme's `resources`. They meet the requirement for every
    /// scheme that lists no `resources` of its own (a scheme that does is checked against its
    /// own list only), so shared resources are written once, not repeated per scheme. The
    /// draft sets them out once, in the clause on staff and resources, and each Schedule that
    /// relies on them refers to it. Added after v1's first release.
    ///
    /// Provision: SI 2000/617 regs 7(3)(e), 9(3)(e).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<Resources>>,
    /// A payment agreement under s256 or s76 NHS Act 2006 (`legal_basis: nhs_act_2006_s256`
    /// or `nhs_act_2006_s76`): payer, payee, amounts, purpose, the payer's judgments, the
    /// memorandum of agreement and the conditions. Added after v1's first release.
    ///
    /// Provision: NHS Act 2006 ss256 and 76; the 2013 s256 and s76 Directions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<PaymentAgreement>,
    /// The clauses of the 2007 DCSF/DH guide's 27-item "Basic agreement checklist", plus
    /// `variation`: the clause text, or a summary of what was agreed.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Clauses::is_empty"
    )]
    #[schemars(with = "Option<Clauses>")]
    pub clauses: Clauses,
    /// Checklist items that do not apply to this agreement, each with the reason why.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "NotApplicable::is_empty"
    )]
    #[schemars(with = "Option<NotApplicable>")]
    pub not_applicable: NotApplicable,
    /// Consents obtained before the agreement was made, e.g. each commissioner's consent to an NHS
    /// trust partner.
    ///
    /// Provision: SI 2000/617 regs 7(2), 9(2).
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Consent>>")]
    pub consents: Vec<Consent>,
    /// The joint consultation the partners carried out before entering the arrangements.
    ///
    /// Provision: SI 2000/617 reg 4(2) (believed; wording not verified); HSC 2000/010 para 3.
    #[serde(default)]
    pub consultation: Option<Consultation>,
    /// Why the partners expect the arrangements to improve the way the functions are exercised.
    ///
    /// Provision: SI 2000/617 reg 4 (improvement condition; wording not verified); HSC 2000/010
    /// para 3.
    #[serde(default)]
    pub rationale: Option<Rationale>,
    /// The local plans the arrangements serve, e.g. the health improvement plan (HImP) that early
    /// section 31 arrangements had to fulfil.
    ///
    /// Provision: SI 2000/617 reg 4(2) (believed; historic; wording not verified); HSC 2000/010
    /// para 3.
    #[serde(default)]
    pub plans: Option<Plans>,
    /// Notifications of the arrangements, e.g. to the NHS Executive Regional Office.
    ///
    /// Provision: HSC 2000/010 paras 1 and 11.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Notification>>")]
    pub notifications: Vec<Notification>,
    /// For an agreement under ss65Z5 and 65Z6 NHS Act 2006 (`legal_basis:
    /// nhs_act_2006_s65z5`): the arrangements' terms (writing, liability, any joint committee)
    /// and the regard had to NHS England's guidance under s65Z7. Added after v1's first
    /// release.
    ///
    /// Provision: NHS Act 2006 ss65Z5, 65Z7.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint_working: Option<JointWorking>,
    /// For an agreement or scheme under s10 Children Act 2004: the heads of children's
    /// well-being the arrangements aim to improve (s10(2)) and the regard had to parents and
    /// carers (s10(3)). Added after v1's first release.
    ///
    /// Provision: Children Act 2004 s10(2), (3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Children>,
    /// Findings the partners have consciously accepted, each with its reason and approval.
    /// Waived findings are still reported, in their own section, and never fail a run.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Waiver>>")]
    pub waivers: Vec<Waiver>,
    /// The Better Care Fund: present when the agreement is a health and wellbeing board
    /// area's BCF section 75 agreement. Added after v1's first release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bcf: Option<Bcf>,
    /// For a Welsh agreement (`legal_basis: sswba_2014_part9`, or `nhs_wales_act_2006_s33`):
    /// the region, its regional partnership board, and which schemes' pooled funds are the
    /// pools the Partnership Arrangements (Wales) Regulations 2015 require. Added after v1's
    /// first release.
    ///
    /// Provision: SSWBA 2014 Part 9; SI 2015/1989 (W. 299) regs 2 to 8, 19.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wales: Option<Wales>,
    /// The modern clauses (data protection, FOI, liabilities, counterparts, notices, exit,
    /// variation) that current templates carry; present to have the agreement checked for
    /// them (the MODERN-* advice). Added after v1's first release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modern: Option<Modern>,
    /// A list of the agreement's schedules by financial year, for a core agreement whose
    /// schedules are replaced each year by a variation (as a Better Care Fund agreement's
    /// are): each year's schemes, its `bcf` section and the variation that brought them in.
    /// The rest of the spec is the core agreement, drafted once; each year is checked by the
    /// law of its own financial year, and drafted as its own schedules with a variations log.
    /// Added after v1's first release.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Year>>")]
    pub years: Vec<Year>,
}

impl Spec {
    /// The statute scheme `index` is made under: its own `legal_basis`, else the agreement's.
    pub fn scheme_basis(&self, index: usize) -> LegalBasis {
        self.schemes
            .get(index)
            .and_then(|s| s.legal_basis)
            .unwrap_or(self.agreement.legal_basis)
    }
}

/// A finding the partners have accepted.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The rule waived: its ID (e.g. `GUIDE07-CL-18`) or name (e.g. `training-not-addressed`).
    pub rule: String,
    /// Only findings at or below this place in the spec, written as a JSON pointer such as
    /// `/schemes/0` or `/clauses/tupe`. Without it, every finding of the rule is waived.
    #[serde(default)]
    pub at: Option<String>,
    /// Why the partners accept the finding.
    #[schemars(with = "Reason")]
    pub reason: String,
    /// Who approved the waiver, e.g. "Joint Commissioning Board, 12 March 2024, minute 7".
    #[schemars(with = "Reason")]
    pub approved_by: String,
    /// The last day the waiver applies. After it, the finding is reported again. Unlike the
    /// agreement's dates, it is always a full day (YYYY-MM-DD): a waiver's last day is jointly's
    /// own, not copied from a source, so it never stops at a month or a year.
    #[serde(default)]
    #[schemars(with = "Option<DateSchema>")]
    pub expires: Option<Date>,
}

/// The format version number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(try_from = "u8", into = "u8")]
#[schemars(with = "FormatVersionSchema")]
pub struct FormatVersion;

#[derive(JsonSchema)]
#[schemars(description = "The spec format version. Always `1` for this format.")]
#[allow(dead_code)] // only its schema is used
struct FormatVersionSchema(#[schemars(range(min = 1, max = 1))] u8);

impl TryFrom<u8> for FormatVersion {
    type Error = String;
    fn try_from(version: u8) -> Result<Self, String> {
        if version == 1 {
            Ok(FormatVersion)
        } else {
            Err(format!(
                "jointly {version} is not a spec format this version of jointly reads; write `jointly: 1`"
            ))
        }
    }
}

impl From<FormatVersion> for u8 {
    fn from(_: FormatVersion) -> u8 {
        1
    }
}

/// The agreement as a whole.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// The agreement's title, e.g. "Learning Disability Pooled Budget Agreement".
    #[serde(default)]
    pub title: Option<String>,
    /// The partners' own reference for the agreement.
    #[serde(default)]
    pub reference: Option<String>,
    /// The statute the agreement is made under: `nhs_act_2006_s75`, `health_act_1999_s31`,
    /// `children_act_2004_s10`, in Wales `nhs_wales_act_2006_s33` (s33 NHS (Wales) Act 2006,
    /// s31 Health Act 1999 before 1 March 2007, with SI 2000/2993 (W. 193)) or
    /// `sswba_2014_part9` (Part 9 SSWBA 2014 with the 2015 Welsh regulations; these two were
    /// added after v1's first release), `nhs_act_2006_s65z5` (joint working and delegation under
    /// ss65Z5 and 65Z6 NHS Act 2006, from 1 July 2022; SI 2000/617 does not govern it), or for
    /// a payment agreement `nhs_act_2006_s256` or `nhs_act_2006_s76` (these three were added
    /// after v1's first release), or for children in Wales `children_act_2004_s25` (s25
    /// Children Act 2004, Wales only; added after v1's first release). Section 31 of the Health Act 1999 was repealed on 1 March 2007 and
    /// replaced by section 75 of the NHS Act 2006. Write `not_stated` when the source (a
    /// council paper, say) does not state it: that is an error until the basis is stated, only
    /// the rules for every basis are run, and drafts state no basis (`not_stated` was added
    /// after v1's first release).
    ///
    /// Provision: NHS Act 2006 s75; Health Act 1999 ss26-32 repealed 1 March 2007.
    pub legal_basis: LegalBasis,
    /// Where the agreement has effect: `england` (the default) or `wales`. SI 2000/617 extends to
    /// England only.
    ///
    /// Provision: SI 2000/617 reg 1(2).
    #[serde(default)]
    pub jurisdiction: Jurisdiction,
    /// `draft` (the default) while the agreement is being negotiated; `final` once agreed;
    /// `signed` once the partners have signed it; `expired` once its term has run out, or
    /// `terminated` once the partners have ended it (these two were added after v1's first
    /// release). The rules are the same for all five, so an ended agreement's spec can still be
    /// checked; but any status other than draft must say when the agreement was made, and a
    /// placeholder left in its text (`[Local authority]`, `TBC`, `……`) is an error rather than a
    /// warning. The dashboard (`jointly report`) shows an expired or terminated agreement as
    /// ended, and lists no review, expiry or novation due for it.
    #[serde(default)]
    pub status: Status,
    /// The date the agreement was made (signed). May be absent in a draft, but a `final` agreement
    /// should state it. jointly checks the legal basis and the NHS bodies against it, and that
    /// consents and the consultation came before it.
    ///
    /// Provision: NHS Act 2006 s75; SI 2000/617 reg 3(1), regs 7(2), 9(2); HSC 2000/010 para 3.
    #[serde(default)]
    pub made: Option<StatedDate>,
    /// Decisions approving the arrangements, e.g. a council cabinet or an ICB board, each with
    /// who approved them and, where known, the date and a reference (a minute). The draft recites
    /// each one: "Westshire County Council's Cabinet approved the arrangements on 13 September
    /// 2012 (minute 42)". Added after v1's first release.
    #[serde(
        default,
        deserialize_with = "empty_is_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "Option<Vec<Approval>>")]
    pub approvals: Vec<Approval>,
    /// The date the arrangements take effect. It may not be before 1 April 2000 (in Wales, 1
    /// December 2000). A date before `made` is a warning: the arrangements ran without the written
    /// agreement until it was made.
    ///
    /// Provision: SI 2000/617 regs 7(3)(f), 9(3)(f) (duration); reg 1(1); regs 7(3), 9(3), opening
    /// words (writing).
    #[serde(default)]
    pub commencement: Option<StatedDate>,
    /// The date the arrangements end. Give `expiry`, or a `rolling` term, or both (a fixed first
    /// term that then rolls on). It may not be before `commencement`.
    ///
    /// Provision: SI 2000/617 regs 7(3)(f), 9(3)(f) (duration).
    #[serde(default)]
    pub expiry: Option<StatedDate>,
    /// A term with no fixed end, which continues until a partner gives notice.
    ///
    /// Provision: SI 2000/617 regs 7(3)(f), 9(3)(f) (duration).
    #[serde(default)]
    pub rolling: Option<Rolling>,
    /// When and how the agreement is reviewed. A `review` clause also meets the requirement.
    ///
    /// Provision: SI 2000/617 regs 7(3)(f), 9(3)(f) (provision for review).
    #[serde(default)]
    pub review: Option<Review>,
    /// The unit the spec's amounts are written in: `pounds` (the default), `thousands` or
    /// `millions`, for figures copied from a table headed £k or £m. It applies to every pooled
    /// fund's contributions, `total` and `rounded_to` (unless the pool states its own `unit`),
    /// to delegation `payments` and to `other_funding`. jointly converts each amount to pounds
    /// as it loads the spec, so `13245` in `millions` is checked and shown as
    /// £13,245,000,000.00. Added after v1's first release.
    // Amounts are held in pounds once loaded, so a spec written back states no unit.
    #[serde(default, skip_serializing_if = "super::money::held_in_pounds")]
    pub money_unit: Option<MoneyUnit>,
    /// The total of all the agreement's pooled funds together, as a framework agreement states
    /// it, e.g. `{amount: 59.4, rounded_to: 0.1}` with `money_unit: millions`. jointly checks
    /// it against the sum of every pool's contributions (REG617-7-1-POOL). Added after v1's
    /// first release.
    ///
    /// Provision: SI 2000/617 reg 7(1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pooled_total: Option<PooledTotal>,
}

/// The statute an agreement is made under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    /// Section 31 of the Health Act 1999 (1 April 2000 to 28 February 2007).
    #[serde(rename = "health_act_1999_s31")]
    HealthAct1999S31,
    /// Section 75 of the National Health Service Act 2006 (from 1 March 2007).
    #[serde(rename = "nhs_act_2006_s75")]
    NhsAct2006S75,
    /// Section 10 of the Children Act 2004 (children's services pooled funds).
    #[serde(rename = "children_act_2004_s10")]
    ChildrenAct2004S10,
    /// Section 25 of the Children Act 2004: the co-operation duty of a local authority in Wales
    /// to improve the well-being of children, with its relevant partners (a Local Health Board,
    /// an NHS trust providing services in the area, the police, probation and the youth
    /// offending team), who may pool funds for the arrangements. For Wales only; in England
    /// the duty is s10. Added after v1's first release.
    #[serde(rename = "children_act_2004_s25")]
    ChildrenAct2004S25,
    /// Sections 65Z5 and 65Z6 of the National Health Service Act 2006, inserted by section 71
    /// of the Health and Care Act 2022 (from 1 July 2022): a relevant body (NHS England, an
    /// integrated care board, an NHS trust or an NHS foundation trust) arranges for its
    /// functions to be exercised by or jointly with another body, with a pooled fund under
    /// s65Z6. SI 2000/617 does not govern it. Added after v1's first release.
    #[serde(rename = "nhs_act_2006_s65z5")]
    NhsAct2006S65Z5,
    /// Section 256 (or 257) of the National Health Service Act 2006: a payment by an NHS body
    /// to a local authority, set out in `payment`. Before 1 March 2007 the same power was
    /// section 28A of the National Health Service Act 1977; jointly judges the era from the
    /// agreement's dates and drafts its name. Added after v1's first release.
    #[serde(rename = "nhs_act_2006_s256")]
    NhsAct2006S256,
    /// Section 76 of the National Health Service Act 2006: a payment by a local authority to
    /// an NHS body, set out in `payment` (section 28BB of the 1977 Act before 1 March 2007).
    /// Added after v1's first release.
    #[serde(rename = "nhs_act_2006_s76")]
    NhsAct2006S76,
    /// Section 33 of the NHS (Wales) Act 2006 (from 1 March 2007; before then s31 Health Act
    /// 1999 in Wales), with the Welsh regulations, SI 2000/2993 (W. 193) (in force 1 December
    /// 2000): a voluntary partnership between a Local Health Board or an NHS trust in Wales and
    /// a Welsh council. SI 2000/617 does not govern it. Added after v1's first release.
    #[serde(rename = "nhs_wales_act_2006_s33")]
    NhsWalesAct2006S33,
    /// Part 9 of the Social Services and Well-being (Wales) Act 2014 with the Partnership
    /// Arrangements (Wales) Regulations 2015 (SI 2015/1989 (W. 299), in force 6 April 2016):
    /// the partnership arrangements a region's Local Health Board and councils must make under
    /// their regional partnership board, including the mandatory pooled funds (see `wales`).
    /// Added after v1's first release.
    #[serde(rename = "sswba_2014_part9")]
    Sswba2014Part9,
    /// Not stated by the source the spec was written from. It is never read as any basis:
    /// NHSA2006-75-BASIS reports it as an error, and rules that apply under only some bases
    /// are not run. Added after v1's first release.
    #[serde(rename = "not_stated")]
    NotStated,
}

/// Where the agreement has effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Jurisdiction {
    /// England (the default).
    #[default]
    England,
    /// Wales.
    Wales,
}

/// Whether the agreement is still being drafted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being negotiated (the default).
    #[default]
    Draft,
    /// Agreed by the partners: placeholders left in the spec are errors.
    Final,
    /// Signed by the partners: as final, and placeholders left in the spec are errors.
    Signed,
    /// Its term has run out: checked as signed; the dashboard shows it as ended. Added after
    /// v1's first release.
    Expired,
    /// Ended by the partners before its term ran out: checked as signed; the dashboard shows it
    /// as ended. Added after v1's first release.
    Terminated,
}

impl Status {
    /// Whether the partners have agreed the text (any status but draft).
    pub fn agreed(self) -> bool {
        self != Status::Draft
    }

    /// Whether the agreement has ended (expired or terminated).
    pub fn ended(self) -> bool {
        matches!(self, Status::Expired | Status::Terminated)
    }

    /// The status as the spec writes it.
    pub fn word(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Final => "final",
            Status::Signed => "signed",
            Status::Expired => "expired",
            Status::Terminated => "terminated",
        }
    }
}

/// A decision approving the arrangements.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// Who approved the arrangements, e.g. "Westshire County Council's Cabinet" or "the NHS
    /// Westshire Integrated Care Board".
    #[schemars(with = "Reason")]
    pub by: String,
    /// The date of the decision.
    #[serde(default)]
    pub date: Option<StatedDate>,
    /// A reference for the decision, e.g. "minute 42".
    #[serde(default)]
    pub reference: Option<String>,
}

/// A rolling term.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rolling {
    /// The notice, in whole months, a partner must give to end the agreement.
    pub notice_months: u32,
}

/// How the agreement is reviewed.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The date of the first review. It must fall within the term.
    #[serde(default)]
    pub first: Option<StatedDate>,
    /// When the agreement is reviewed, in words, where the agreement names no first date: e.g.
    /// "end of each calendar year" or "each March, before the budget is set". It makes provision
    /// for review as a first date does; the dashboard cannot work out a date from it, and says
    /// so. Added after v1's first release.
    #[serde(default)]
    pub timing: Option<String>,
    /// The date of the last review the partners held. It may not be after today. With a
    /// `frequency`, the dashboard's next review is due one period after it (rather than on
    /// `first`). Added after v1's first release.
    #[serde(default)]
    pub last: Option<StatedDate>,
    /// How often the agreement is reviewed after that.
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// Who reviews the agreement and how.
    #[serde(default)]
    pub method: Option<String>,
}
