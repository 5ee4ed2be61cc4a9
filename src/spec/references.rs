//! The cross-reference checks run once a spec has its typed shape: ids that refer to a party
//! that is not listed, ids used twice, financial years that are not a year and the next, and
//! sections that belong to another basis than the one stated.
//!
//! The schema cannot see these, since each needs two places in the spec at once.

use super::agreement::Spec;
use super::load::Problem;
use super::pointer::Pointer;
use super::pools::PooledFund;
use super::schema;
use super::schemes::Delegators;
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
    each_party_reference(spec, &mut |pointer, id| {
        if party_ids.contains(&id) {
            return;
        }
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
            pointer().to_string(),
            format!("`{id}` is not the id of any party"),
            &help,
        );
    });
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

/// The pointers of every value in the spec that names a party by its `id`.
pub fn party_reference_pointers(spec: &Spec) -> Vec<Pointer> {
    let mut pointers = Vec::new();
    each_party_reference(spec, &mut |pointer, _| pointers.push(pointer()));
    pointers
}

/// Something told of each party reference: a way to build its pointer, and its value.
type Found<'s, 'f> = dyn FnMut(&dyn Fn() -> Pointer, &'s str) + 'f;

/// Every key that must hold the `id` of one of the `parties`, with its value, in document
/// order. Keys that take a party id or another body's name (`nhs_contracts_with`,
/// `consents[].by`, `other_funding`'s `from` and `to`) are not among them; an aligned budget's
/// `party` (its holder) and its `amounts[].party` are. Each pointer is built only when asked
/// for: nearly every reference names a listed party, and needs none.
fn each_party_reference<'s>(spec: &'s Spec, found: &mut Found<'s, '_>) {
    for (j, entry) in spec.resources.iter().flatten().enumerate() {
        found(
            &|| Pointer::root().key("resources").index(j).key("party"),
            &entry.party,
        );
    }
    for (k, consent) in spec.consents.iter().enumerate() {
        found(
            &|| Pointer::root().key("consents").index(k).key("for"),
            &consent.given_to,
        );
    }
    for (i, scheme) in spec.schemes.iter().enumerate() {
        for (j, delegation) in scheme.delegations.iter().enumerate() {
            let from = || Pointer::delegation(i, j).key("from");
            match &delegation.from {
                Delegators::One(id) => found(&from, id),
                Delegators::Jointly(ids) => {
                    for (k, id) in ids.iter().enumerate() {
                        found(&|| from().index(k), id);
                    }
                }
            }
            found(&|| Pointer::delegation(i, j).key("to"), &delegation.to);
            for (k, payment) in delegation.payments.iter().enumerate() {
                let pointer = || {
                    Pointer::delegation(i, j)
                        .key("payments")
                        .index(k)
                        .key("from")
                };
                found(&pointer, &payment.from);
            }
        }
        if let Some(pool) = &scheme.pooled_fund {
            pool_references(i, pool, found);
        }
        for (j, funding) in scheme.other_funding.iter().enumerate() {
            let base = || Pointer::scheme(i).key("other_funding").index(j);
            if let Some(holder) = &funding.party {
                found(&|| base().key("party"), holder);
            }
            for (k, part) in funding.amounts.iter().enumerate() {
                if let Some(party) = &part.party {
                    found(&|| base().key("amounts").index(k).key("party"), party);
                }
            }
        }
        for (j, entry) in scheme.resources.iter().flatten().enumerate() {
            let pointer = || Pointer::scheme(i).key("resources").index(j).key("party");
            found(&pointer, &entry.party);
        }
    }
}

/// The party references in scheme `i`'s pooled fund, as [`each_party_reference`] gives them.
fn pool_references<'s>(i: usize, pool: &'s PooledFund, found: &mut Found<'s, '_>) {
    let base = || Pointer::pool(i);
    if let Some(host) = &pool.host {
        found(&|| base().key("host"), host);
    }
    if let Some(employer) = pool.manager.as_ref().and_then(|m| m.employer.as_ref()) {
        found(&|| base().key("manager").key("employer"), employer);
    }
    for (j, contribution) in pool.contributions.iter().enumerate() {
        found(
            &|| base().key("contributions").index(j).key("party"),
            &contribution.party,
        );
    }
    for (key, shares) in pool
        .risk_share
        .iter()
        .flat_map(|r| [("overspend", &r.overspend), ("underspend", &r.underspend)])
    {
        for (j, share) in shares.iter().enumerate() {
            let pointer = || base().key("risk_share").key(key).index(j).key("party");
            found(&pointer, &share.party);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pointers are built only for references that fail: renaming a party must report
    /// exactly the references that named it, each at the pointer the full walk gives it.
    #[test]
    fn an_unknown_party_is_reported_at_every_reference_to_it() {
        let mut renamed = 0;
        for entry in std::fs::read_dir("samples").unwrap() {
            let path = entry.unwrap().path();
            let Ok(document) = super::super::load_file(&path) else {
                continue;
            };
            let Some(party) = document.spec.parties.first() else {
                continue;
            };
            let old = party.id.clone();
            let mut expected: Vec<String> = party_reference_pointers(&document.spec)
                .into_iter()
                .filter(|p| document.json.pointer(p.as_str()) == Some(&old.as_str().into()))
                .map(|p| p.to_string())
                .collect();
            let mut spec = document.spec.clone();
            spec.parties[0].id = "nobody-by-this-name".to_owned();
            let mut found: Vec<String> = unknown_pointers(&spec);
            found.retain(|p| document.json.pointer(p) == Some(&old.as_str().into()));
            expected.sort();
            found.sort();
            assert_eq!(found, expected, "{}", path.display());
            renamed += usize::from(!expected.is_empty());
        }
        assert!(renamed > 0, "no sample refers to its first party");
    }

    fn unknown_pointers(spec: &Spec) -> Vec<String> {
        let mut pointers = Vec::new();
        unknown_parties(spec, &mut |pointer, _, _| pointers.push(pointer));
        pointers
    }
}
