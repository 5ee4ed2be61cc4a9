//! The clause library of a modern agreement (issue 12; docs/clauses.md lists each clause and
//! its source): governing law, notices, counterparts, freedom of information, confidentiality,
//! data protection, conflicts of interest, no partnership or agency, third-party rights,
//! assignment, change in law, force majeure, entire agreement, severance, audit, liabilities
//! and exit. Which clauses a draft has, and which law each names, is decided here from the
//! spec (its jurisdiction and dates, the facts under `modern`, the parties' addresses); the
//! wording is in `templates/library.md`, which a council may replace. Facts the spec does
//! not state are left as "[to be agreed]" blanks, and the MODERN-* findings about them are
//! flagged in the clause (`flags::place_of`).

use serde::Serialize;

use super::Names;
use crate::law::dates;
use crate::render::text::markdown as md;
use crate::rules::dated_from;
use crate::spec::{DataRoleKind, Jurisdiction, Modern, Spec};

/// The library clauses of a draft.
#[derive(Debug, Serialize)]
pub struct LibraryModel {
    /// The law the agreement is governed by, e.g. "the law of England and Wales".
    pub governing_law: &'static str,
    /// The courts with jurisdiction.
    pub courts: &'static str,
    /// Each party's address for notices, in the order of the parties.
    pub notices: Vec<NoticeModel>,
    /// How and when a notice takes effect (`modern.notices.effect`), escaped.
    pub notices_effect: Option<String>,
    /// The counterparts clause as the spec words it (`modern.counterparts`), escaped.
    pub counterparts: Option<String>,
    /// The freedom of information clause: only for an agreement dated from 1 January 2005,
    /// when the general right of access and the EIR 2004 took effect.
    pub foi: Option<FoiModel>,
    pub data_protection: DataProtectionModel,
    /// Whether the Contracts (Rights of Third Parties) Act 1999 applies to the agreement
    /// (one dated from 11 May 2000), so that the clause excluding it is drafted.
    pub third_parties: bool,
    pub liabilities: LiabilitiesModel,
    pub exit: ExitModel,
}

/// One party's address for notices.
#[derive(Debug, Serialize)]
pub struct NoticeModel {
    pub party: String,
    pub address: Option<String>,
    /// The post notices are marked for.
    pub officer: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct FoiModel {
    /// Whether the spec states the partners assist each other (`modern.foi`).
    pub assist: bool,
}

/// The data protection clause and its schedule.
#[derive(Debug, Serialize)]
pub struct DataProtectionModel {
    /// The data protection law in force at the agreement's dates, e.g. "the UK GDPR and the
    /// Data Protection Act 2018".
    pub law: &'static str,
    /// The regulation whose Articles 26 and 28 the clause cites ("UK GDPR" or "GDPR"); none
    /// under the Data Protection Act 1998.
    pub regulation: Option<&'static str>,
    /// Whether the spec says the partners share no personal data.
    pub none_shared: bool,
    /// The data sharing agreement or schedule the spec names, escaped.
    pub sharing_agreement: Option<String>,
    /// The data processing schedule's rows: each party's role for each data flow.
    pub roles: Vec<RoleRow>,
}

#[derive(Debug, Serialize)]
pub struct RoleRow {
    pub party: String,
    pub role: &'static str,
    pub data_flow: Option<String>,
    pub controller: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct LiabilitiesModel {
    /// Whether the spec states that each body keeps its statutory liability.
    pub retained: bool,
    pub indemnities: Vec<IndemnityRow>,
}

#[derive(Debug, Serialize)]
pub struct IndemnityRow {
    pub by: Option<String>,
    pub trigger: Option<String>,
    /// The cap as stated, or "uncapped" when the spec says so.
    pub cap: Option<String>,
}

/// What happens on termination.
#[derive(Debug, Serialize)]
pub struct ExitModel {
    pub notice_period: Option<String>,
    /// Whether termination takes effect only at the end of a financial year.
    pub year_end_only: Option<bool>,
    /// Whether the agreement has a pooled fund, whose balance the exit clause settles.
    pub pooled: bool,
    pub final_accounts: Option<String>,
    pub third_party_contracts: Option<String>,
    pub assets: Option<String>,
    pub staff: Option<String>,
    pub data_return: Option<String>,
}

/// The library clauses of `spec`.
pub(super) fn model(spec: &Spec, names: &Names) -> LibraryModel {
    let none = Modern::default();
    let modern = spec.modern.as_ref().unwrap_or(&none);
    let text = |t: &Option<String>| t.as_deref().filter(|t| !t.trim().is_empty()).map(md);
    let (governing_law, courts) = match spec.agreement.jurisdiction {
        Jurisdiction::England => (
            "the law of England and Wales",
            "the courts of England and Wales",
        ),
        Jurisdiction::Wales => (
            "the law of England and Wales as it applies in Wales",
            "the courts of England and Wales",
        ),
    };
    let notices = modern.notices.as_ref();
    LibraryModel {
        governing_law,
        courts,
        notices: notice_rows(spec, modern),
        notices_effect: notices.and_then(|n| text(&n.effect)),
        counterparts: text(&modern.counterparts),
        foi: dated_from(spec, dates::FREEDOM_OF_INFORMATION_IN_FORCE).then(|| FoiModel {
            assist: modern
                .foi
                .as_ref()
                .and_then(|f| f.assist_each_other)
                .unwrap_or(false),
        }),
        data_protection: data_protection(spec, modern, names),
        third_parties: dated_from(spec, dates::THIRD_PARTIES_ACT_GENERAL),
        liabilities: LiabilitiesModel {
            retained: modern
                .liabilities
                .as_ref()
                .and_then(|l| l.statutory_responsibility_retained)
                .unwrap_or(false),
            indemnities: modern
                .liabilities
                .iter()
                .flat_map(|l| &l.indemnities)
                .map(|i| IndemnityRow {
                    by: i.by.as_deref().map(|id| names.escaped(id)),
                    trigger: text(&i.trigger),
                    cap: text(&i.cap)
                        .or_else(|| (i.uncapped == Some(true)).then(|| "uncapped".to_owned())),
                })
                .collect(),
        },
        exit: exit(spec, modern),
    }
}

/// Each party's address for notices: the one `modern.notices.addresses` gives, else the
/// party's own `address`; the post, from the notices entry, else the party's
/// `notices_contact`.
fn notice_rows(spec: &Spec, modern: &Modern) -> Vec<NoticeModel> {
    let given = modern
        .notices
        .as_ref()
        .map_or(&[][..], |n| &n.addresses[..]);
    let stated = |t: Option<&String>| t.filter(|t| !t.trim().is_empty()).map(|t| md(t));
    spec.parties
        .iter()
        .map(|party| {
            let entry = given.iter().find(|a| a.party == party.id);
            NoticeModel {
                party: party.name.as_deref().map_or_else(|| md(&party.id), md),
                address: stated(entry.and_then(|e| e.address.as_ref()))
                    .or_else(|| stated(party.address.as_ref())),
                officer: stated(entry.and_then(|e| e.officer.as_ref()))
                    .or_else(|| stated(party.notices_contact.as_ref())),
                email: stated(entry.and_then(|e| e.email.as_ref())),
            }
        })
        .collect()
}

/// The data protection law at the agreement's dates, and the roles the spec states.
fn data_protection(spec: &Spec, modern: &Modern, names: &Names) -> DataProtectionModel {
    let (law, regulation) = if dated_from(spec, dates::UK_GDPR_FROM) {
        (
            "the UK GDPR and the Data Protection Act 2018",
            Some("UK GDPR"),
        )
    } else if dated_from(spec, dates::GDPR_APPLIES) {
        (
            "the General Data Protection Regulation (the GDPR) and the Data Protection Act 2018",
            Some("GDPR"),
        )
    } else {
        ("the Data Protection Act 1998", None)
    };
    let dp = modern.data_protection.as_ref();
    DataProtectionModel {
        law,
        regulation,
        none_shared: dp.and_then(|d| d.personal_data_shared) == Some(false),
        sharing_agreement: dp
            .and_then(|d| d.sharing_agreement.as_deref())
            .filter(|t| !t.trim().is_empty())
            .map(md),
        roles: dp
            .iter()
            .flat_map(|d| &d.roles)
            .map(|r| RoleRow {
                party: names.escaped(&r.party),
                role: match r.role {
                    DataRoleKind::Controller => "controller",
                    DataRoleKind::JointController => "joint controller",
                    DataRoleKind::Processor => "processor",
                },
                data_flow: r.data_flow.as_deref().map(md),
                controller: r.controller.as_deref().map(|id| names.escaped(id)),
            })
            .collect(),
    }
}

fn exit(spec: &Spec, modern: &Modern) -> ExitModel {
    let exit = modern.exit.as_ref();
    let text = |pick: fn(&crate::spec::Exit) -> &Option<String>| {
        exit.and_then(|e| pick(e).as_deref())
            .filter(|t| !t.trim().is_empty())
            .map(md)
    };
    ExitModel {
        notice_period: text(|e| &e.notice_period),
        year_end_only: exit.and_then(|e| e.year_end_only),
        pooled: spec.schemes.iter().any(|s| s.pooled_fund.is_some()),
        final_accounts: text(|e| &e.final_accounts),
        third_party_contracts: text(|e| &e.third_party_contracts),
        assets: text(|e| &e.assets),
        staff: text(|e| &e.staff),
        data_return: text(|e| &e.data_return),
    }
}
