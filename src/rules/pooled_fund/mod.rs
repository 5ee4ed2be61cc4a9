//! Pooled funds: SI 2000/617 reg 7 (rulebook §3.4) and the guidance on hosts, managers and
//! risk sharing (GUIDE07 ch 6).

mod manager;
mod money;
mod totals;

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::contents::{self, Scope, pool_members};
use super::{
    Applies, Arrangement, Citation, Context, Docs, ENGLAND, Group, Label, PARTNERSHIP_ACTS, Rule,
    Sink, sources, stated,
};
use crate::law::instruments;
use crate::spec::{Pointer, PooledFund, Share};
use manager::{manager_not_gp, pool_has_host, pool_has_manager};
use money::{both_sides_contribute, each_partner_contributes};
use totals::pools_add_up;

const SI617_R7: &str = "https://www.legislation.gov.uk/uksi/2000/617/regulation/7/made";

const POOLS: Applies = Applies {
    bases: PARTNERSHIP_ACTS,
    jurisdictions: ENGLAND,
    arrangement: Arrangement::PooledFund,
};

const fn reg7(provision: &'static str) -> Citation {
    Citation {
        instrument: instruments::SI_2000_617.cited_as,
        provision,
        url: SI617_R7,
    }
}

const fn guide07(provision: &'static str) -> Citation {
    Citation {
        instrument: instruments::GUIDE_2007.cited_as,
        provision,
        url: "",
    }
}

pub(super) const RULES: &[Rule] = &[
    Rule {
        id: "REG617-7-1-POOL",
        name: "pool-contributions-do-not-add-up",
        summary: "A pooled fund is made up of contributions by the partners: each contributor must be a party, and the contributions must add up to the stated total.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_REG7],
        citation: reg7("reg 7(1)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that the contributions add up to the pool's stated `total`: to the penny, or, where the pool's `rounded_to` gives the unit the agreement rounds its figures to (e.g. `100000` for £m to one decimal place, `1000` for £k), within half that unit. jointly never guesses the unit. A framework's stated total of all its pools (`agreement.pooled_total`) is checked the same way against the sum of every pool's contributions. Money in `other_funding` (aligned budgets, s256 payments, s113 recharges) is never counted. A `contributions[].party` that is not a party's `id` stops the spec loading.",
            why: "The pooled fund is \"made up of contributions by the partners\". A total that does not match its contributions means the agreement states two different funds; money from a body that is not a partner cannot be in the pool.",
            example: "pooled_fund:\n  total: 59400000\n  rounded_to: 100000   # the agreement states £m to one decimal place\n  contributions:\n    - {party: pcts, amount: 27600000}\n    - {party: council, amount: 31800000}",
        },
        check: pools_add_up,
    },
    Rule {
        id: "REG617-7-1-BOTHSIDES",
        name: "pool-funded-by-one-side",
        summary: "A pooled fund is believed to need contributions from at least one NHS body and at least one local authority.",
        group: Group::Statutory,
        label: Label::Memory,
        sources: &[],
        citation: reg7("reg 7(1), read with s75(2)(a) NHS Act 2006 (wording not verified)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each pooled fund has a contribution above zero from at least one NHS body and from at least one local authority. Reported as an unverified warning: reg 7(1) says the fund is \"made up of contributions by the partners\", but the words of s75(2)(a) that are believed to require both sides were not available.",
            why: "A fund into which only one side pays is not pooling the partners' resources; it may be a payment under s256 or s76 NHS Act 2006 instead, with its own conditions.",
            example: "contributions:\n  - {party: icb, amount: 12500000}\n  - {party: council, amount: 9750000}",
        },
        check: both_sides_contribute,
    },
    Rule {
        id: "REG617-7-2-CONSENT",
        name: "nhs-trust-pool-without-consent",
        summary: "An NHS trust may pool funds only with the consent of each commissioner it holds an NHS contract with for the services concerned.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_REG7],
        citation: reg7("reg 7(2)"),
        applies: POOLS,
        docs: Docs {
            what: "For each NHS trust or foundation trust in a pooled fund, checks that it lists `nhs_contracts_with` and that `consents` records each of those commissioners' consent, dated no later than the agreement was made. Foundation trusts give warnings: that the consent rule extends to them is not verified.",
            why: "\"A partner which is an NHS trust may not enter into pooled fund arrangements with a partner which is a local authority unless it obtains the consent of each\" commissioner with which it has an NHS contract for the services.",
            example: "parties:\n  - id: trust\n    type: nhs_trust\n    nhs_contracts_with: [icb]\nconsents:\n  - {by: icb, for: trust, date: 2024-02-01}",
        },
        check: trusts_have_consent,
    },
    Rule {
        id: "REG617-7-3-WRITING",
        name: "pool-partner-does-not-sign",
        summary: "The pooled fund agreement must be in writing, signed for each partner in the pool.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_REG7],
        citation: reg7("reg 7(3), opening words"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that every party to an agreement with a pooled fund has a `signatory` with a `position`. Where the arrangements' `commencement` is before the date the agreement was `made`, warns (not an error) that the pool operated for that period, named with its length in days, without the written agreement.",
            why: "\"Where the partners have decided to enter into pooled fund arrangements the agreement must be in writing.\" A written agreement binds a partner only when someone signs for it. Agreements are often signed after the date they take effect (Better Care Fund agreements signed in the autumn with effect from 1 April, for example); until then there is no written agreement, so what was done in that period rests on whatever else the partners recorded.",
            example: "parties:\n  - id: council\n    signatory: {position: Director of Adult Social Services}",
        },
        check: pool_partners_sign,
    },
    Rule {
        id: "REG617-7-3-a",
        name: "pool-without-aims-and-outcomes",
        summary: "The agreement must specify the agreed aims and outcomes of the pooled fund arrangements.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_REG7],
        citation: reg7("reg 7(3)(a)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each scheme with a pooled fund lists `aims` and `outcomes`.",
            why: "Reg 7(3)(a) requires \"the agreed aims and outcomes of the pooled fund arrangements\"; they are also what the partners monitor the pool against.",
            example: "aims:\n  - Joint commissioning of learning disability services\noutcomes:\n  - More people supported to live in their own homes",
        },
        check: pool_aims,
    },
    Rule {
        id: "REG617-7-3-b",
        name: "pool-contribution-not-stated",
        summary: "The agreement must specify each partner's contribution to the pooled fund and how contributions may be varied.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_REG7],
        citation: reg7("reg 7(3)(b)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each pooled fund has `contributions`, that every partner in the pool (its host and the parties in its risk share) has one (write `amount: 0` for none), and that `contribution_variation` says how contributions may be varied.",
            why: "Reg 7(3)(b) requires \"the contributions to be made to the pooled fund by each of the partners and how those contributions may be varied\".",
            example: "contributions:\n  - {party: icb, amount: 12500000}\n  - {party: council, amount: 9750000}\ncontribution_variation: Agreed each year by 31 January by both partners' finance directors.",
        },
        check: each_partner_contributes,
    },
    Rule {
        id: "REG617-7-3-c",
        name: "pool-functions-not-stated",
        summary: "The agreement must specify both the NHS functions and the health-related functions the pooled fund is for.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_REG7],
        citation: reg7("reg 7(3)(c)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each scheme with a pooled fund lists both `functions.nhs` and `functions.health_related`.",
            why: "Reg 7(3)(c) requires \"both the NHS functions and the health-related functions the exercise of which are the subject of the arrangements\".",
            example: "functions:\n  nhs: [Services under section 3 of the NHS Act 2006]\n  health_related: [Care and support under Part 1 of the Care Act 2014]",
        },
        check: pool_functions,
    },
    Rule {
        id: "REG617-7-3-d",
        name: "pool-persons-or-services-not-stated",
        summary: "The agreement must specify the persons the functions may be exercised for and the kinds of services.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_REG7],
        citation: reg7("reg 7(3)(d)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each scheme with a pooled fund states `persons` and lists `services`.",
            why: "Reg 7(3)(d) requires \"the persons in respect of whom and the kinds of services in respect of which the functions … may be exercised\".",
            example: "persons: Adults aged 18 and over with a learning disability\nservices: [Residential care, Supported living, Day opportunities]",
        },
        check: pool_persons,
    },
    Rule {
        id: "REG617-7-3-e",
        name: "pool-resources-not-stated",
        summary: "The agreement must specify the staff, goods, services or accommodation the partners provide.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_REG7],
        citation: reg7("reg 7(3)(e)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each scheme with a pooled fund has `resources`, each naming a party.",
            why: "Reg 7(3)(e) requires \"the staff, goods, services or accommodation to be provided by the partners in connection with the arrangements\". Saying `none` is a statement; saying nothing is a gap.",
            example: "resources:\n  - {party: council, staff: Commissioning team of six, accommodation: none}",
        },
        check: pool_resources,
    },
    Rule {
        id: "REG617-7-3-f",
        name: "pool-duration-or-review-not-stated",
        summary: "The agreement must specify its duration and provide for the review or variation or termination of the arrangements.",
        group: Group::Statutory,
        label: Label::Verified,
        sources: &[sources::SI617_REG7],
        citation: reg7("reg 7(3)(f)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that the agreement has a `commencement` date and an `expiry` date on or after it or a `rolling` term (its duration), and that it provides for at least one of review (`agreement.review` or a `review` clause, with any first review inside the term), variation (a `variation` clause) or termination (a `disputes_termination_exit` clause, or a `rolling` term ended by notice). Only when none of the three is provided is there a finding; the checklist rules GUIDE07-CL-26 (review) and GUIDE07-CL-22 (disputes, termination and exit) still report their own gaps.",
            why: "Reg 7(3)(f) requires \"the duration of the arrangements and provision for the review or variation or termination of the arrangements\".",
            example: "agreement:\n  commencement: 2024-04-01\n  expiry: 2027-03-31\n  review: {first: 2024-10-01, frequency: annually}\nclauses:\n  variation: ...\n  disputes_termination_exit: ...",
        },
        check: pool_duration,
    },
    Rule {
        id: "REG617-7-3-g",
        name: "pool-management-not-stated",
        summary: "The agreement must specify how the pooled fund is to be managed and monitored.",
        group: Group::Statutory,
        label: Label::Partial,
        sources: &[sources::SI617_REG7_3_G, sources::BRENT_7_3],
        citation: reg7("reg 7(3)(g)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each pooled fund states its `management` and its `monitoring`.",
            why: "Reg 7(3)(g) requires the agreement to specify \"how the pooled fund\" is to be managed and monitored (the copy of the regulation read ends after \"how the pooled fund\"; the Brent teaching PCT board report of about 2004, para 7.3, states the same requirement: \"how the operation of any pooled fund that is established is to be monitored and managed\").",
            example: "management: Managed by the host's pooled fund manager within the host's financial standing orders.\nmonitoring: Monthly budget monitoring to the Joint Commissioning Board.",
        },
        check: pool_managed_and_monitored,
    },
    Rule {
        id: "REG617-7-4-HOST",
        name: "pooled-fund-without-host",
        summary: "One partner must be the host of the pooled fund, responsible for its accounts and audit.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[
            sources::BRENT_7_3,
            sources::HFMA_2011_HOST,
            sources::DACB_BCF,
        ],
        citation: reg7("reg 7(4) (paragraph number not verified)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each pooled fund names a `host` (an id that is not a party's stops the spec loading) and that it is an NHS body or local authority partner (not a provider or third party).",
            why: "\"One partner must be designated the host partner responsible for accounts and audit of any pooled funds and this must be reflected in the written agreement\" (Brent teaching PCT board report, about 2004, para 7.3; HFMA 2011 and DAC Beachcroft say the same). Without a host nobody keeps the pool's accounts.",
            example: "pooled_fund:\n  host: council",
        },
        check: pool_has_host,
    },
    Rule {
        id: "REG617-7-4-PM",
        name: "pooled-fund-without-manager",
        summary: "The host must appoint one of its officers as the pooled fund manager.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[sources::MODEL_CLAUSE_POOL_MANAGER, sources::DACB_BCF],
        citation: reg7("reg 7(4)-(5) (wording not verified)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each pooled fund names a `manager` with a `post` (an error when missing), and that the manager is an officer of the host: `employer` is the host, or another NHS body or local authority partner that places the officer at the host's disposal under s113 Local Government Act 1972 (`placed_under_s113: true`; one side must be a local authority). Findings about the employer are unverified warnings: that the manager must be an officer of the host rests on template clauses only.",
            why: "Agreements appoint \"an officer [of the Host Partner] to act as the Pooled Fund Manager for the purposes of Regulation 7(4)\" (Law Insider clause; DAC Beachcroft BCF note), and define the manager as an officer of the host \"which includes a Section 113 Officer\". The existence of a pool manager is supported by several independent sources; that the manager must be the host's officer is supported only by template clauses, and the regulation's text has not been seen. An officer placed under s113 stays employed by the original authority, so the employer of record is then rightly another partner. The manager is who answers for the pool's money.",
            example: "manager:\n  post: Head of Joint Commissioning Finance\n  employer: council\n# or, for an ICB officer placed at the council's disposal under s113:\nmanager:\n  post: Director of Integrated Commissioning\n  employer: icb\n  placed_under_s113: true",
        },
        check: pool_has_manager,
    },
    Rule {
        id: "REG617-7-4-QTR",
        name: "pool-reports-less-than-quarterly",
        summary: "The pooled fund manager must report to the partners at least quarterly.",
        group: Group::Statutory,
        label: Label::Memory,
        sources: &[],
        citation: reg7("reg 7 (pool manager's duties; wording not verified)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each pooled fund's `reporting.frequency` is `quarterly` or more often. Reported as an unverified warning until the regulation's text is seen.",
            why: "No copy of the pool manager's duty to give quarterly reports was available, so this rests on memory; reg 9(4) has the parallel duty \"both quarterly and annually\" for delegated functions. Partners need in-year reports to manage overspends early.",
            example: "reporting:\n  frequency: quarterly\n  annual_return: true",
        },
        check: pool_reports_quarterly,
    },
    Rule {
        id: "REG617-7-4-ANNRET",
        name: "pool-without-annual-return",
        summary: "The pooled fund manager must give the partners an annual return on the fund's income and expenditure.",
        group: Group::Statutory,
        label: Label::Secondary,
        sources: &[sources::MODEL_CLAUSE_POOL_MANAGER],
        citation: reg7("reg 7 (pool manager's duties; wording not verified)"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each pooled fund's `reporting.annual_return` is `true`.",
            why: "A model section 75 clause makes the pool manager give \"an annual return about the income and expenditure from the Pooled Fund\" and ties it to the regulations; the regulation's own words were not available, so this is a warning. Agreements do this in practice (the Brent teaching PCT board report of about 2004, para 6.6, has the pool manager report on income and expenditure at each year end; HSC 2000/010 para 5 describes a separate annual audit return). The partners need the return to close each year's accounts.",
            example: "reporting:\n  annual_return: true",
        },
        check: pool_annual_return,
    },
    Rule {
        id: "GUIDE07-6-OVERUNDER",
        name: "pool-risk-share-unclear",
        summary: "The agreement should say from the outset how overspends and underspends are shared, in shares that add up to 100%.",
        group: Group::Guidance,
        label: Label::VerifiedSeed,
        sources: &[sources::GUIDE07_CH6],
        citation: guide07("ch 6, \"Managing over-spends and under-spends\""),
        applies: POOLS,
        docs: Docs {
            what: "Checks that each pooled fund has a `risk_share` with `overspend` and `underspend` shares, and that each set adds up to exactly 100% (a share whose `party` is not a party's `id` stops the spec loading).",
            why: "\"It is essential that there is clarity from the outset about how surpluses or deficits will be apportioned.\" Shares that do not add up leave part of an overspend with nobody.",
            example: "risk_share:\n  overspend: [{party: icb, percent: 50}, {party: council, percent: 50}]\n  underspend: [{party: icb, percent: 50}, {party: council, percent: 50}]",
        },
        check: risk_shares_add_up,
    },
    Rule {
        id: "GUIDE07-6-PM-EACH",
        name: "pool-manager-is-gp",
        summary: "A GP cannot be a pooled fund manager.",
        group: Group::Guidance,
        label: Label::VerifiedSeed,
        sources: &[sources::GUIDE07_CH6],
        citation: guide07("ch 6, \"'Host' and 'pool manager'\", fn 31"),
        applies: POOLS,
        docs: Docs {
            what: "Checks that no pooled fund manager's post names a GP or general practitioner.",
            why: "The guide says GPs \"cannot be pooled budget managers\", though they may manage services operationally for a statutory body.",
            example: "manager:\n  post: Head of Finance, Adult Social Care\n  employer: council",
        },
        check: manager_not_gp,
    },
];

/// Each scheme's pooled fund, with its index.
fn pools<'a>(cx: &'a Context) -> impl Iterator<Item = (usize, &'a str, &'a PooledFund)> {
    cx.spec
        .schemes
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.pooled_fund.as_ref().map(|p| (i, s.id.as_str(), p)))
}

fn trusts_have_consent(cx: &Context, out: &mut Sink) {
    let mut members = BTreeSet::new();
    for (_, _, pool) in pools(cx) {
        members.extend(pool_members(pool));
    }
    contents::trusts_have_consent(cx, out, members, "a pooled fund");
}

fn pool_partners_sign(cx: &Context, out: &mut Sink) {
    // Every party to a pooled fund agreement is a partner that must be bound by the writing.
    let parties = cx.spec.parties.iter().map(|p| p.id.as_str());
    contents::partners_sign(cx, out, parties, "a pooled fund agreement");
    contents::signed_before_commencement(cx, out, "the pooled fund");
}

fn pool_aims(cx: &Context, out: &mut Sink) {
    contents::aims_and_outcomes(cx, out, Scope::Pool);
}

fn pool_functions(cx: &Context, out: &mut Sink) {
    contents::both_kinds_of_function(cx, out, Scope::Pool);
}

fn pool_persons(cx: &Context, out: &mut Sink) {
    contents::persons_and_services(cx, out, Scope::Pool);
}

fn pool_resources(cx: &Context, out: &mut Sink) {
    contents::resources(cx, out, Scope::Pool);
}

fn pool_duration(cx: &Context, out: &mut Sink) {
    contents::duration_and_provision(cx, out);
}

fn pool_managed_and_monitored(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        for (key, text) in [
            ("management", &pool.management),
            ("monitoring", &pool.monitoring),
        ] {
            if !stated(text) {
                out.report(
                    Pointer::pool(i).key(key),
                    format!(
                        "the pool of scheme `{scheme}` does not say how it is {}",
                        if key == "management" {
                            "managed"
                        } else {
                            "monitored"
                        }
                    ),
                )
                .help(format!("add `{key}:` to the pooled fund"));
            }
        }
    }
}

fn pool_reports_quarterly(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        let frequency = pool.reporting.as_ref().and_then(|r| r.frequency);
        let message = match frequency {
            Some(f) if f.at_least_quarterly() => continue,
            Some(f) => {
                format!("the pool of scheme `{scheme}` reports {f}, less often than quarterly")
            }
            None => {
                format!("the pool of scheme `{scheme}` states no in-year reports to the partners")
            }
        };
        out.report(Pointer::pool(i).key("reporting").key("frequency"), message)
            .help("set `reporting: {frequency: quarterly}` (or monthly) on the pooled fund");
    }
}

fn pool_annual_return(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        if pool.reporting.as_ref().and_then(|r| r.annual_return) != Some(true) {
            out.report(Pointer::pool(i).key("reporting").key("annual_return"), format!("the pool of scheme `{scheme}` has no annual return on its income and expenditure"))
                .help("set `annual_return: true` under the pooled fund's `reporting`");
        }
    }
}

fn risk_shares_add_up(cx: &Context, out: &mut Sink) {
    for (i, scheme, pool) in pools(cx) {
        let base = Pointer::pool(i).key("risk_share");
        let Some(risk) = &pool.risk_share else {
            out.report(&base, format!("the pool of scheme `{scheme}` does not say how overspends and underspends are shared"))
                .help("add `risk_share:` with `overspend` and `underspend` shares in percent by party");
            continue;
        };
        for (key, shares) in [
            ("overspend", &risk.overspend),
            ("underspend", &risk.underspend),
        ] {
            check_shares(out, base.clone().key(key), key, shares);
        }
    }
}

fn check_shares(out: &mut Sink, pointer: Pointer, key: &str, shares: &[Share]) {
    if shares.is_empty() {
        out.report(
            pointer,
            format!("the risk share does not say how an {key} is shared"),
        )
        .help(format!("add `{key}:` with each party's share in percent"));
        return;
    }
    let sum: Decimal = shares.iter().map(|s| s.percent.0).sum();
    if sum != Decimal::ONE_HUNDRED {
        out.report(pointer, format!("the {key} shares add up to {}%, not 100%", sum.normalize()))
            .help("correct the shares so that every pound of an overspend or underspend falls to a partner");
    }
}
