//! The defined terms of a draft: those it uses, and only those.

use serde::Serialize;

use super::act::{ActModel, Flexibilities};
use crate::spec::Spec;

#[derive(Debug, Serialize)]
pub struct Definition {
    pub term: &'static str,
    pub meaning: String,
}

fn define(term: &'static str, meaning: &str) -> Definition {
    Definition {
        term,
        meaning: meaning.to_owned(),
    }
}

/// The defined terms the draft uses, and only those, in alphabetical order.
pub(super) fn used(spec: &Spec, act: &ActModel, flexibilities: &Flexibilities) -> Vec<Definition> {
    // A payment agreement, say, has no Schedules to include.
    let agreement = if spec.schemes.is_empty() {
        "this agreement."
    } else {
        "this agreement, including its Schedules."
    };
    let mut terms = vec![define("Agreement", agreement)];
    if spec.agreement.commencement.is_some() {
        terms.push(define(
            "Commencement Date",
            "the date in clause @@[commencement] on which this Agreement takes effect.",
        ));
    }
    // The term heads the payment and other-funding tables of the Schedules.
    if flexibilities.any_payments || spec.schemes.iter().any(|s| !s.other_funding.is_empty()) {
        terms.push(define(
            "Financial Year",
            "a year beginning on 1 April and ending on 31 March.",
        ));
    }
    if act.partnership_regulations {
        terms.extend(regulations_terms());
    }
    if flexibilities.pooled_fund {
        terms.extend(pool_terms(act));
    }
    if flexibilities.integrated_provision {
        terms.push(define("Integrated Provider", "a Partner that provides services on behalf of another Partner under a delegation in a Schedule."));
    }
    if flexibilities.lead_commissioning {
        terms.push(define("Lead Commissioner", "a Partner that commissions services on behalf of another Partner under a delegation in a Schedule."));
    }
    terms.push(define(
        "Partners",
        "the parties to this Agreement, and \"Partner\" means any one of them.",
    ));
    if !spec.schemes.is_empty() {
        terms.push(define("Scheme", "the arrangements set out in a Schedule."));
    }
    terms.sort_by_key(|d| d.term.trim_start_matches("the ").to_lowercase());
    terms
}

/// The terms of SI 2000/617: the functions of regs 5 and 6, and the Regulations themselves.
fn regulations_terms() -> [Definition; 3] {
    [
        define(
            "Health-Related Functions",
            "the functions of the local authority Partners prescribed by regulation 6 of the Regulations and listed in the Schedules.",
        ),
        define(
            "NHS Functions",
            "the functions of the NHS body Partners prescribed by regulation 5 of the Regulations and listed in the Schedules.",
        ),
        define(
            "Regulations",
            "the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000 (SI 2000/617) (as amended).",
        ),
    ]
}

/// The terms of a pooled fund, under the power the basis gives.
fn pool_terms(act: &ActModel) -> [Definition; 3] {
    let host = if act.host_keeps_accounts {
        "the Partner named in a Schedule as host of that Schedule's Pooled Fund, responsible for its accounts and audit."
    } else {
        "the Partner named in a Schedule as host of that Schedule's Pooled Fund."
    };
    [
        define("Host Partner", host),
        define("Pooled Fund", act.pooled_fund_definition),
        define(
            "Pooled Fund Manager",
            "the officer named in a Schedule to manage its Pooled Fund.",
        ),
    ]
}
