//! The cross-reference checks run once a spec has its typed shape: ids that refer to a party
//! that is not listed, ids used twice, financial years that are not a year and the next, and
//! sections that belong to another basis than the one stated.
//!
//! The schema cannot see these, since each needs two places in the spec at once.

use super::agreement::Spec;
use super::load::Problem;
use super::pointer::Pointer;
use super::schema;
use super::span::SpanIndex;
use super::values::FinancialYear;

/// What makes a spec ambiguous rather than incomplete: two parties or schemes with one id, and
/// financial years that are not a year and the next.
pub(super) fn inconsistencies(spec: &Spec, index: &SpanIndex) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut at = |pointer: String, message: String, help: &str| {
        let span = index
            .get(&pointer)
            .map_or_else(|| index.locate(&pointer), |s| s.value);
        problems.push(Problem {
            span,
            message,
            help: Some(help.to_owned()),
            pointer: Some(pointer),
        });
    };
    unknown_parties(spec, &mut at);
    duplicate_ids(spec, &mut at);
    inconsecutive_years(spec, &mut at);
    super::aligned::other_funding(spec, &mut at);
    super::basis_sections::of_another_basis(spec, &mut at);
    super::invisible::blank_waiver_fields(spec, &mut at);
    for y in 0..spec.years.len() {
        in_year(spec, y, &mut at);
    }
    problems.sort_by_key(|p| p.span.start);
    problems
}

/// The checks above on year `y`'s view (the core with the year's schemes and `bcf`), reporting
/// only what lies in the year: the core's own problems are reported once, above.
fn in_year(spec: &Spec, y: usize, at: &mut Report) {
    let Some(view) = spec.year_view(y) else {
        return;
    };
    let mut mapped = |pointer: String, message: String, help: &str| {
        if let Some(pointer) = spec.year_pointer(y, &pointer) {
            at(pointer, message, help);
        }
    };
    unknown_parties(&view, &mut mapped);
    duplicate_ids(&view, &mut mapped);
    inconsecutive_years(&view, &mut mapped);
    super::aligned::other_funding(&view, &mut mapped);
}

/// Reports a problem at a JSON pointer, with its message and help. The callers below share
/// one, so that every problem is located the same way.
pub(super) type Report<'a> = dyn FnMut(String, String, &str) + 'a;

/// Party references that name no listed party, with the nearest id when one is close.
fn unknown_parties(spec: &Spec, at: &mut Report) {
    let party_ids: Vec<&str> = spec.parties.iter().map(|p| p.id.as_str()).collect();
    for (pointer, id) in party_references(spec) {
        if !party_ids.contains(&id) {
            let listed = party_ids
                .iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let help = match schema::suggest(id, party_ids.iter().copied()) {
                Some(best) => format!("did you mean `{best}`? The party ids are {listed}"),
                None if party_ids.is_empty() => {
                    "the spec lists no `parties`: add the party there and use its `id`".to_owned()
                }
                None => format!("use the `id` of one of the `parties`: {listed}"),
            };
            at(
                pointer.to_string(),
                format!("`{id}` is not the id of any party"),
                &help,
            );
        }
    }
}

/// Second and later uses of a party or scheme id; the first use is taken as meant. A party
/// named twice among the bodies that delegate jointly is reported the same way.
fn duplicate_ids(spec: &Spec, at: &mut Report) {
    for (i, scheme) in spec.schemes.iter().enumerate() {
        for (j, delegation) in scheme.delegations.iter().enumerate() {
            let from = Pointer::delegation(i, j).key("from");
            let located = delegation.from.located(&from);
            for (k, (pointer, id)) in located.iter().enumerate() {
                if located[..k].iter().any(|(_, earlier)| earlier == id) {
                    at(
                        pointer.to_string(),
                        format!("`{id}` is named twice among the bodies that delegate"),
                        "name each delegating party once in `from`",
                    );
                }
            }
        }
    }
    let party_ids: Vec<&str> = spec.parties.iter().map(|p| p.id.as_str()).collect();
    let scheme_ids: Vec<&str> = spec.schemes.iter().map(|s| s.id.as_str()).collect();
    for (list, ids) in [("parties", party_ids), ("schemes", scheme_ids)] {
        for (i, id) in ids.iter().enumerate() {
            if ids[..i].contains(id) {
                at(
                    format!("/{list}/{i}/id"),
                    format!("the id `{id}` is used by two {list}"),
                    "give each an id of its own; ids are how the rest of the spec refers to them",
                );
            }
        }
    }
}

/// Financial years written as two years that do not follow one another (`2024/26`).
fn inconsecutive_years(spec: &Spec, at: &mut Report) {
    for (pointer, year) in financial_years(spec) {
        if !year.is_consecutive() {
            let help = match year.suggestion() {
                Some(canonical) => format!(
                    "a financial year is a year and the next: write {canonical} for the year from April {}",
                    &canonical[..4]
                ),
                None => "write a financial year as a year and the next, e.g. 2024/25".to_owned(),
            };
            at(
                pointer,
                format!("`{}` is not a financial year", year.0),
                &help,
            );
        }
    }
}

/// Every financial year the spec gives, with its JSON pointer, in document order.
fn financial_years(spec: &Spec) -> Vec<(String, &FinancialYear)> {
    let mut years = Vec::new();
    for (i, scheme) in spec.schemes.iter().enumerate() {
        if let Some(year) = scheme
            .pooled_fund
            .as_ref()
            .and_then(|p| p.financial_year.as_ref())
        {
            years.push((format!("/schemes/{i}/pooled_fund/financial_year"), year));
        }
        for (j, delegation) in scheme.delegations.iter().enumerate() {
            for (k, payment) in delegation.payments.iter().enumerate() {
                if let Some(year) = &payment.financial_year {
                    years.push((
                        format!("/schemes/{i}/delegations/{j}/payments/{k}/financial_year"),
                        year,
                    ));
                }
            }
        }
        for (j, funding) in scheme.other_funding.iter().enumerate() {
            if let Some(year) = &funding.financial_year {
                years.push((
                    format!("/schemes/{i}/other_funding/{j}/financial_year"),
                    year,
                ));
            }
            for (k, part) in funding.amounts.iter().enumerate() {
                if let Some(year) = &part.financial_year {
                    years.push((
                        format!("/schemes/{i}/other_funding/{j}/amounts/{k}/financial_year"),
                        year,
                    ));
                }
            }
        }
    }
    years
}

/// Every key that must hold the `id` of one of the `parties`, with its value. Keys that take a
/// party id or another body's name (`nhs_contracts_with`, `consents[].by`, `other_funding`'s
/// `from` and `to`) are not among them; an aligned budget's `party` (its holder) and its
/// `amounts[].party` are.
/// The pointers of every value in the spec that names a party by its `id`.
pub fn party_reference_pointers(spec: &Spec) -> Vec<Pointer> {
    party_references(spec)
        .into_iter()
        .map(|(pointer, _)| pointer)
        .collect()
}

fn party_references(spec: &Spec) -> Vec<(Pointer, &str)> {
    let mut references = Vec::new();
    for (j, entry) in spec.resources.iter().flatten().enumerate() {
        let pointer = Pointer::root().key("resources").index(j).key("party");
        references.push((pointer, entry.party.as_str()));
    }
    for (k, consent) in spec.consents.iter().enumerate() {
        let pointer = Pointer::root().key("consents").index(k).key("for");
        references.push((pointer, consent.given_to.as_str()));
    }
    for (i, scheme) in spec.schemes.iter().enumerate() {
        for (j, delegation) in scheme.delegations.iter().enumerate() {
            let base = Pointer::delegation(i, j);
            references.extend(delegation.from.located(&base.clone().key("from")));
            references.push((base.clone().key("to"), delegation.to.as_str()));
            for (k, payment) in delegation.payments.iter().enumerate() {
                let pointer = base.clone().key("payments").index(k).key("from");
                references.push((pointer, payment.from.as_str()));
            }
        }
        if let Some(pool) = &scheme.pooled_fund {
            let base = Pointer::pool(i);
            if let Some(host) = &pool.host {
                references.push((base.clone().key("host"), host.as_str()));
            }
            if let Some(employer) = pool.manager.as_ref().and_then(|m| m.employer.as_ref()) {
                let pointer = base.clone().key("manager").key("employer");
                references.push((pointer, employer.as_str()));
            }
            for (j, contribution) in pool.contributions.iter().enumerate() {
                let pointer = base.clone().key("contributions").index(j).key("party");
                references.push((pointer, contribution.party.as_str()));
            }
            for (key, shares) in pool
                .risk_share
                .iter()
                .flat_map(|r| [("overspend", &r.overspend), ("underspend", &r.underspend)])
            {
                for (j, share) in shares.iter().enumerate() {
                    let pointer = base
                        .clone()
                        .key("risk_share")
                        .key(key)
                        .index(j)
                        .key("party");
                    references.push((pointer, share.party.as_str()));
                }
            }
        }
        for (j, funding) in scheme.other_funding.iter().enumerate() {
            let base = Pointer::scheme(i).key("other_funding").index(j);
            if let Some(holder) = &funding.party {
                references.push((base.clone().key("party"), holder.as_str()));
            }
            for (k, part) in funding.amounts.iter().enumerate() {
                if let Some(party) = &part.party {
                    let pointer = base.clone().key("amounts").index(k).key("party");
                    references.push((pointer, party.as_str()));
                }
            }
        }
        for (j, entry) in scheme.resources.iter().flatten().enumerate() {
            let pointer = Pointer::scheme(i).key("resources").index(j).key("party");
            references.push((pointer, entry.party.as_str()));
        }
    }
    references
}
