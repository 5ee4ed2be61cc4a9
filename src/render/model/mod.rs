//! The sections model: everything a template needs, computed from the spec and the checker's
//! findings. Legal facts (the Act the spec states, the law in force when the agreement was
//! made, which terms are used, whether a basis allows delegation, where each checklist item is
//! set out, where each finding belongs) are decided here; templates only choose words and
//! layout. Every officer-written string is Markdown-escaped here, so no template can forget to.
//!
//! A draft states only what the spec says: a recital or clause that rests on a fact appears
//! only when the spec states that fact.
//!
//! One module per part of the draft: `act` (the basis and the arrangements used), `recitals`,
//! `parties`, `definitions`, `clauses` (the checklist clauses), `scheme` and `pool` (the
//! Schedules), `library` (the modern clause library: which clauses, under which law), `flags`
//! (where each finding is shown) and `summary` (the completeness note).

mod act;
mod bcf;
mod clauses;
mod definitions;
mod flags;
mod joint_working;
mod library;
mod parties;
mod payment;
mod pool;
mod recitals;
mod scheme;
mod summary;
mod variations;
mod wales;

use std::collections::BTreeMap;

use serde::Serialize;

use super::text::{markdown as md, one_line};
use crate::rules::Checked;
use crate::spec::{Document, Spec, StatedDate};

pub use act::{ActModel, Flexibilities};
pub use bcf::{BcfModel, BcfYearModel, StreamRow};
pub use clauses::{ClauseModel, Paragraph, SubParagraph};
pub use definitions::Definition;
pub(crate) use flags::flag as finding_flag;
pub use flags::{Flag, place_of};
pub use library::LibraryModel;
pub use parties::PartyModel;
pub use payment::{
    CapitalModel, MemorandumModel, PaymentAmountModel, PaymentModel as PaymentAgreementModel,
};
pub use pool::{ContributionModel, PoolModel, RiskRow};
pub use recitals::{ApprovalModel, ConsentModel, ConsultationModel, NotificationModel};
pub use scheme::{
    AlignedAmountModel, DelegationModel, OtherFundingModel, PaymentModel, ResourceModel,
    SchemeModel,
};
pub use summary::{CoverageModel, Summary};
pub use variations::VariationRow;

/// A draft agreement, ready for the templates.
#[derive(Debug, Serialize)]
pub struct Draft {
    pub title: String,
    /// The title as plain text (for the HTML `<title>` and running header, which escape it).
    pub plain_title: String,
    pub reference: Option<String>,
    pub is_draft: bool,
    /// The date made, written out, or none while unsigned.
    pub made: Option<String>,
    pub commencement: Option<String>,
    /// The commencement date after its preposition: "on 1 April 2005", "in April 2005".
    pub commencement_on: Option<String>,
    pub expiry: Option<String>,
    pub rolling_notice_months: Option<u32>,
    pub review: Option<ReviewModel>,
    pub act: ActModel,
    pub sections: Sections,
    pub parties: Vec<PartyModel>,
    pub flexibilities: Flexibilities,
    /// Why the partners expect the arrangements to improve the exercise of their functions
    /// (`rationale.improvement`), escaped, as the end of a sentence; none unless stated.
    pub improvement: Option<String>,
    /// The health improvement plan the arrangements fulfil, as the spec names it.
    pub health_improvement_plan: Option<String>,
    /// Another local plan the arrangements serve, as the spec names it.
    pub local_plan: Option<String>,
    /// The consultation, when the spec records one (joint or not).
    pub consultation: Option<ConsultationModel>,
    pub notifications: Vec<NotificationModel>,
    pub consents: Vec<ConsentModel>,
    /// The decisions approving the arrangements (`agreement.approvals`), e.g. a cabinet's.
    pub approvals: Vec<ApprovalModel>,
    /// Under ss65Z5 and 65Z6 only: the recital of the regard had to the s65Z7 guidance.
    pub joint_working_recital: Option<String>,
    /// Under ss65Z5 and 65Z6 only: the paragraphs on the sections, liability and any joint
    /// committee.
    pub joint_working_paragraphs: Vec<String>,
    pub definitions: Vec<Definition>,
    /// Each checklist clause as written (escaped), by key; and the reason it does not apply.
    pub clauses: BTreeMap<&'static str, ClauseModel>,
    pub schemes: Vec<SchemeModel>,
    /// The resources the partners provide for the agreement as a whole (the top-level
    /// `resources`), set out once in the clause on staff and resources.
    pub resources: Vec<ResourceModel>,
    /// Whether the spec states resources for the agreement as a whole (even an empty list).
    pub shared_resources: bool,
    /// A payment agreement's payment (s256 or s76), when the spec is one. Added after v1's
    /// first release.
    pub payment: Option<PaymentAgreementModel>,
    /// The stated total of all the pooled funds (`agreement.pooled_total`), as stated.
    pub pooled_total: Option<PooledTotalModel>,
    /// The Better Care Fund's recitals and funding-stream tables, for a spec with a `bcf`
    /// block.
    pub bcf: Option<BcfModel>,
    /// The clause library of a modern agreement (governing law, notices, data protection and
    /// the rest; see `library`). Added after v1's first release.
    pub library: LibraryModel,
    /// Whether any party executes the agreement as a deed (`parties[].execution`), so that
    /// the signature page is headed as executed as a deed.
    pub executed_as_deed: bool,
    /// For a core agreement with schedules per financial year (`years`): the variations log, a
    /// row for each year's schedules. Empty for any other spec. Added after v1's first release.
    pub variations: Vec<VariationRow>,
    /// Flags by the place in the draft they belong (see [`place_of`]).
    pub flags: BTreeMap<String, Vec<Flag>>,
    pub summary: Summary,
}

/// The optional parts of the agreement. Whether each exists is decided here, from the law
/// and the spec, so that the templates only lay them out.
#[derive(Debug, Serialize)]
pub struct Sections {
    /// The completeness note: in a draft with flags, never in a clean copy for signature.
    pub completeness: bool,
    /// The paragraph saying the arrangements are made under the Act and the Regulations: only
    /// where SI 2000/617 governs them.
    pub regulations: bool,
    /// The clause on the Pooled Funds: only when a scheme has one.
    pub pooled_funds: bool,
    /// The clause on delegated functions: only when a scheme delegates under a basis that
    /// allows it.
    pub delegated_functions: bool,
    /// The clause of other matters: left out when the optional item 27 has nothing further.
    pub other_matters: bool,
    /// The clauses of a partnership agreement (aims, arrangements, governance, staff, finance
    /// and the rest of the 2007 checklist), each with its heading and "[to be agreed]" where
    /// the spec is silent. A payment agreement under s256 or s76 is not a partnership: its
    /// draft has none of them, only the clauses its spec writes, under "Further terms".
    pub partnership: bool,
    /// The "Further terms" clause of a payment agreement: only when its spec writes a clause
    /// or states a review.
    pub further_terms: bool,
}

/// A framework's stated total of its pooled funds, in pounds.
#[derive(Debug, Serialize)]
pub struct PooledTotalModel {
    pub amount: String,
    /// The unit the total is rounded to, when the spec says it is rounded.
    pub rounded_to: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ReviewModel {
    pub first: Option<String>,
    /// The review timing in words (`review.timing`), escaped.
    pub timing: Option<String>,
    pub frequency: Option<String>,
    pub method: Option<String>,
}

/// Builds the model of a draft. With `show_flags` false, the draft is a clean copy.
pub fn build(document: &Document, checked: &Checked, show_flags: bool) -> Draft {
    // A core agreement with schedules per financial year is drafted once, with every year's
    // Schedules after the core's.
    let all_years;
    let spec = if document.spec.years.is_empty() {
        &document.spec
    } else {
        all_years = document.spec.all_years();
        &all_years
    };
    let agreement = &spec.agreement;
    let names = Names(spec);
    let act = act::as_stated(spec);
    let regulations = act.partnership_regulations;
    let flexibilities = act::flexibilities(spec, &act);
    let title = agreement
        .title
        .as_deref()
        .unwrap_or("Partnership Agreement");
    let before_2006_act = act::made_before_2006_act(spec);
    let payment = payment::model(spec, before_2006_act);
    let partnership = payment.is_none();
    let clauses = clauses::all(spec, checked, &act, partnership);
    let sections = Sections {
        completeness: show_flags,
        regulations: act.partnership_regulations,
        pooled_funds: flexibilities.pooled_fund,
        delegated_functions: flexibilities.any_delegation,
        other_matters: clauses
            .get("other_matters")
            .is_some_and(|c| c.body.is_some()),
        partnership,
        further_terms: !partnership
            && (agreement.review.is_some()
                || spec.resources.is_some()
                || clauses.values().any(|c| c.body.is_some())),
    };
    let mut schemes = schedules(spec, &names, &act, before_2006_act);
    variations::label_years(&document.spec, &mut schemes);
    Draft {
        variations: variations::log(&document.spec, &schemes),
        title: md(title),
        plain_title: one_line(title),
        reference: agreement.reference.as_deref().map(md),
        is_draft: agreement.status == crate::spec::Status::Draft,
        made: agreement.made.as_ref().map(StatedDate::long),
        commencement: agreement.commencement.as_ref().map(StatedDate::long),
        commencement_on: agreement.commencement.as_ref().map(StatedDate::long_on),
        expiry: agreement.expiry.as_ref().map(StatedDate::long),
        rolling_notice_months: agreement.rolling.as_ref().map(|r| r.notice_months),
        review: agreement.review.as_ref().map(|r| ReviewModel {
            first: r.first.as_ref().map(StatedDate::long),
            timing: r.timing.as_deref().filter(|t| !t.trim().is_empty()).map(md),
            frequency: r.frequency.map(|f| f.to_string()),
            method: r.method.as_deref().map(md),
        }),
        definitions: definitions::used(spec, &act, &flexibilities),
        schemes,
        resources: scheme::resource_rows(spec.resources.iter().flatten(), &names),
        shared_resources: spec.resources.is_some(),
        pooled_total: agreement.pooled_total.as_ref().map(|t| PooledTotalModel {
            amount: t.amount.to_string(),
            rounded_to: t.rounded_to.map(|u| u.to_string()),
        }),
        payment,
        clauses,
        act,
        sections,
        parties: parties::all(spec, regulations),
        flexibilities,
        improvement: recitals::improvement(spec),
        health_improvement_plan: recitals::health_improvement_plan(spec),
        local_plan: recitals::local_plan(spec),
        consultation: spec.consultation.as_ref().and_then(recitals::consultation),
        notifications: recitals::notifications(spec),
        consents: recitals::consents(spec, &names),
        approvals: recitals::approvals(spec),
        joint_working_recital: joint_working::guidance_recital(spec),
        joint_working_paragraphs: joint_working::paragraphs(spec, &names),
        bcf: bcf::model(spec, &document.spec, checked, &names),
        library: library::model(spec, &names),
        executed_as_deed: spec
            .parties
            .iter()
            .any(|p| p.execution == Some(crate::spec::Execution::Deed)),
        flags: if show_flags {
            flags::by_place(checked, &document.spec)
        } else {
            BTreeMap::new()
        },
        summary: summary::of(checked, spec),
    }
}

/// The schedule of each scheme, each drafted under its own Act where it states another basis.
fn schedules(
    spec: &Spec,
    names: &Names,
    act: &ActModel,
    before_2006_act: bool,
) -> Vec<scheme::SchemeModel> {
    let shared_resources = spec.resources.is_some();
    spec.schemes
        .iter()
        .enumerate()
        .map(|(index, s)| {
            let own = s
                .legal_basis
                .filter(|b| *b != spec.agreement.legal_basis)
                .map(act::for_basis);
            let scheme_act = own.as_ref().unwrap_or(act);
            scheme::model(
                index,
                s,
                names,
                scheme_act,
                own.is_some(),
                shared_resources,
                before_2006_act,
            )
        })
        .collect()
}

/// The parties' names by id, for the parts of the draft that name a party by its id.
struct Names<'a>(&'a Spec);

impl Names<'_> {
    /// The party's name, escaped; its id (escaped) when it has none or no party has the id.
    fn escaped(&self, id: &str) -> String {
        self.plain_name(id).map_or_else(|| md(id), md)
    }

    /// The party's name as written, or its id, for the chart (which escapes it for SVG).
    fn plain(&self, id: &str) -> String {
        self.plain_name(id).unwrap_or(id).to_owned()
    }

    fn plain_name(&self, id: &str) -> Option<&str> {
        self.0
            .parties
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.name.as_deref())
    }
}
