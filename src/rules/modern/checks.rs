//! The checks of the modern clauses (rulebook §3.17). Each runs only on an agreement made or
//! commenced on or after the date its rule's template dates from (or stating neither date); a
//! spec without a `modern` block is read as stating none of the clauses.

use std::sync::LazyLock;

use jiff::civil::{Date, date};

use super::super::{Context, Sink, stated};
use crate::spec::{DataRoleKind, Modern, Pointer, Spec, VariationMode};

/// UK GDPR and the Data Protection Act 2018 apply from 25 May 2018.
pub(super) const GDPR: Date = date(2018, 5, 25);
/// The NHS Standard Contract 2014/15 took effect on 1 April 2014.
pub(super) const CONTRACT_2014: Date = date(2014, 4, 1);
/// Clinical commissioning groups and NHS England's s13Z arrangements: 1 April 2013.
pub(super) const CCG_ERA: Date = date(2013, 4, 1);
/// The NHS Terms and Conditions for the Provision of Services: January 2018.
pub(super) const TERMS_2018: Date = date(2018, 1, 1);
/// The North West London Integrated Care Pilot memorandum: 2011.
pub(super) const MOU_2011: Date = date(2011, 1, 1);

/// What a spec without a `modern` block states: none of the clauses.
static NONE_STATED: LazyLock<Modern> = LazyLock::new(Modern::default);

/// The agreement's modern clauses: none stated without a `modern` block. Each rule runs only
/// on agreements dated from its template (`Arrangement::DatedFrom`).
fn modern<'a>(cx: &Context<'a>) -> &'a Modern {
    cx.spec.modern.as_ref().unwrap_or(&NONE_STATED)
}

/// Whether the agreement was made or commenced on or after `from`. Without either date, the
/// latest date the spec does state (an approval, a pool's or the BCF's financial year) stands
/// in; a spec stating no date at all is a draft being written now.
pub(crate) fn dated_from(spec: &Spec, from: Date) -> bool {
    let agreement = &spec.agreement;
    let dates = [agreement.made, agreement.commencement];
    if dates.iter().flatten().next().is_some() {
        return dates.iter().flatten().any(|d| d.last() >= from);
    }
    let years = spec
        .schemes
        .iter()
        .filter_map(|s| s.pooled_fund.as_ref()?.financial_year.as_ref())
        .chain(spec.bcf.iter().flat_map(|b| &b.financial_years))
        .filter_map(|y| y.first_day());
    let approvals = agreement
        .approvals
        .iter()
        .filter_map(|a| a.date.map(|d| d.last()));
    let stated: Vec<Date> = years.chain(approvals).collect();
    stated.is_empty() || stated.iter().any(|d| *d >= from)
}

fn at(key: &str) -> Pointer {
    Pointer::root().key("modern").key(key)
}

pub(super) fn dp_roles(cx: &Context, out: &mut Sink) {
    let modern = modern(cx);
    let roles = modern
        .data_protection
        .as_ref()
        .map_or(&[][..], |d| &d.roles[..]);
    let here = at("data_protection").key("roles");
    if roles.is_empty() {
        out.report(&here, "the agreement states no party's data protection role")
            .help("list `modern.data_protection.roles`: each party's role (controller, joint_controller or processor) for each data flow");
        return;
    }
    for party in &cx.spec.parties {
        if !roles.iter().any(|r| r.party == party.id) {
            out.report(
                &here,
                format!("party `{}` has no data protection role", party.id),
            )
            .help(
                "add a role for it: controller, joint_controller or processor, with the data flow",
            );
        }
    }
    for (i, role) in roles.iter().enumerate() {
        let named = role
            .controller
            .as_deref()
            .is_some_and(|c| cx.party(c).is_some());
        if role.role == DataRoleKind::Processor && !named {
            out.report(
                here.clone().index(i),
                format!(
                    "processor `{}` names no controller among the parties",
                    role.party
                ),
            )
            .help("add `controller: <party id>`: the party it processes the data for");
        }
    }
}

pub(super) fn dp_dsa(cx: &Context, out: &mut Sink) {
    let modern = modern(cx);
    let dp = modern.data_protection.as_ref();
    if dp.and_then(|d| d.personal_data_shared) == Some(false)
        || dp.is_some_and(|d| stated(&d.sharing_agreement))
    {
        return;
    }
    out.report(
        at("data_protection").key("sharing_agreement"),
        "no data sharing agreement is named for the personal data the partners share",
    )
    .help("name it in `modern.data_protection.sharing_agreement` (e.g. \"Schedule 4\"), or say `personal_data_shared: false`");
}

pub(super) fn foi(cx: &Context, out: &mut Sink) {
    let modern = modern(cx);
    if modern.foi.as_ref().and_then(|f| f.assist_each_other) != Some(true) {
        out.report(
            at("foi").key("assist_each_other"),
            "the partners do not agree to help each other answer freedom of information requests",
        )
        .help("set `modern.foi.assist_each_other: true` once the agreement says so");
    }
}

pub(super) fn liabilities(cx: &Context, out: &mut Sink) {
    let modern = modern(cx);
    let liabilities = modern.liabilities.as_ref();
    let here = at("liabilities");
    if liabilities.and_then(|l| l.statutory_responsibility_retained) != Some(true) {
        out.report(
            here.clone().key("statutory_responsibility_retained"),
            "the liability clause does not say each body keeps its statutory liability",
        )
        .help("set `modern.liabilities.statutory_responsibility_retained: true` once the clause says so");
    }
    let indemnities = liabilities.map_or(&[][..], |l| &l.indemnities[..]);
    for (i, indemnity) in indemnities.iter().enumerate() {
        let bounded = stated(&indemnity.cap) || indemnity.uncapped == Some(true);
        if !stated(&indemnity.trigger) || !bounded {
            out.report(
                here.clone().key("indemnities").index(i),
                "the indemnity does not state both its trigger and its cap (or that it is uncapped)",
            )
            .help("add `trigger` (e.g. negligence, breach, fraud) and `cap`, or `uncapped: true`");
        }
    }
}

pub(super) fn counterparts(cx: &Context, out: &mut Sink) {
    let modern = modern(cx);
    if cx.spec.parties.len() > 2 && !stated(&modern.counterparts) {
        out.report(
            at("counterparts"),
            format!(
                "an agreement of {} parties does not allow signature in counterparts",
                cx.spec.parties.len()
            ),
        )
        .help("add `modern.counterparts`: the agreement may be signed in counterparts, and electronically");
    }
}

pub(super) fn notices(cx: &Context, out: &mut Sink) {
    let modern = modern(cx);
    let addresses = modern
        .notices
        .as_ref()
        .map_or(&[][..], |n| &n.addresses[..]);
    for party in &cx.spec.parties {
        let given = stated(&party.address)
            || addresses
                .iter()
                .any(|a| a.party == party.id && (stated(&a.address) || stated(&a.email)));
        if !given {
            out.report(
                at("notices").key("addresses"),
                format!("party `{}` has no address for notices", party.id),
            )
            .help("add `{party, address, officer, email}` under `modern.notices.addresses`");
        }
    }
}

pub(super) fn exit(cx: &Context, out: &mut Sink) {
    let modern = modern(cx);
    let exit = modern.exit.clone().unwrap_or_default();
    let here = at("exit");
    if !stated(&exit.notice_period) {
        out.report(here.clone().key("notice_period"), "the agreement states no notice period for termination")
            .help("add `modern.exit.notice_period`, aligned to the financial year (e.g. notice by 30 September to end on the following 1 April)");
    }
    if exit.year_end_only == Some(false) {
        out.report(
            here.clone().key("year_end_only"),
            "termination can take effect in the middle of a financial year",
        )
        .help("let notice take effect only at the end of a financial year, so budgets and pools close with the year");
    }
    if !cx.spec.schemes.iter().any(|s| s.pooled_fund.is_some()) {
        return;
    }
    let plan = [
        (
            "final_accounts",
            &exit.final_accounts,
            "the final account of the pooled fund",
        ),
        (
            "third_party_contracts",
            &exit.third_party_contracts,
            "contracts with third-party providers",
        ),
        ("data_return", &exit.data_return, "the return of data"),
    ];
    for (key, text, what) in plan {
        if !stated(text) {
            out.report(
                here.clone().key(key),
                format!("the exit plan does not cover {what}"),
            )
            .help(format!("add `modern.exit.{key}`"));
        }
    }
}

pub(super) fn variation(cx: &Context, out: &mut Sink) {
    let modern = modern(cx);
    match modern.variation {
        Some(VariationMode::MutualWritten) => {}
        Some(VariationMode::Unilateral) => {
            out.report(at("variation"), "a party may vary the agreement alone")
                .help("variations should be agreed by all parties in writing (`mutual_written`)");
        }
        None => {
            out.report(
                at("variation"),
                "the agreement does not say variations are agreed by all parties in writing",
            )
            .help("set `modern.variation: mutual_written` once the agreement says so");
        }
    }
    yearly_variations(cx, out);
}

/// Each year's schedules after the first come in by a variation, which should be recorded
/// with the date it was made and its approval (rulebook MODERN-VARIATION: "annual BCF
/// schedule updates recorded as variations with dates").
fn yearly_variations(cx: &Context, out: &mut Sink) {
    for (y, year) in cx.spec.years.iter().enumerate() {
        let at = Pointer::root().key("years").index(y);
        let fy = &year.financial_year.0;
        let Some(variation) = &year.variation else {
            if y > 0 {
                out.report(
                    at.key("variation"),
                    format!("the schedules for {fy} do not say which variation brought them in"),
                )
                .help("add `variation` with the date it was made (`made`) and its `approvals`");
            }
            continue;
        };
        let at = at.key("variation");
        if variation.made.is_none() {
            out.report(
                at.clone().key("made"),
                format!("the variation bringing in the schedules for {fy} states no date made"),
            )
            .help("add `made`: the date the variation was signed or sealed");
        }
        if variation.approvals.is_empty() {
            out.report(at.key("approvals"), format!("the variation bringing in the schedules for {fy} records no approval"))
                .help("add `approvals`: who approved the variation, with the date and a reference (e.g. a board minute)");
        }
    }
}
