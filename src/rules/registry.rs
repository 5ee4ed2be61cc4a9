//! The one registry of rules. A rule is added by adding it to its family's `RULES`.

use std::sync::LazyLock;

use super::{
    Rule, bcf, checklist, children, conditions, delegation, excluded, joint_working, modern,
    partners, payments, pooled_fund, wales,
};

static REGISTRY: LazyLock<Vec<&'static Rule>> = LazyLock::new(|| {
    [
        partners::RULES,
        conditions::RULES,
        pooled_fund::RULES,
        delegation::RULES,
        excluded::RULES,
        children::RULES,
        joint_working::RULES,
        payments::RULES,
        payments::S76_RULES,
        bcf::RULES,
        bcf::METRIC_RULES,
        bcf::PLAN_RULES,
        wales::RULES,
        checklist::RULES,
        modern::RULES,
    ]
    .into_iter()
    .flatten()
    .collect()
});

/// Every rule, in rulebook order.
pub fn all() -> &'static [&'static Rule] {
    &REGISTRY
}

/// The rule with this ID or name (IDs match case-insensitively).
pub fn find(id_or_name: &str) -> Option<&'static Rule> {
    all()
        .iter()
        .copied()
        .find(|r| r.id.eq_ignore_ascii_case(id_or_name) || r.name == id_or_name)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_citation_names_a_declared_instrument() {
        for rule in all() {
            assert!(
                crate::law::instruments::ALL
                    .iter()
                    .any(|i| i.cited_as == rule.citation.instrument),
                "{} cites {:?}, which is not in law::instruments",
                rule.id,
                rule.citation.instrument
            );
        }
    }

    #[test]
    fn ids_and_names_are_unique_and_well_formed() {
        let mut ids = HashSet::new();
        let mut names = HashSet::new();
        for rule in all() {
            assert!(ids.insert(rule.id), "duplicate id {}", rule.id);
            assert!(names.insert(rule.name), "duplicate name {}", rule.name);
            assert!(
                rule.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                rule.name
            );
            assert!(
                !rule.docs.what.is_empty()
                    && !rule.docs.why.is_empty()
                    && !rule.docs.example.is_empty(),
                "{}",
                rule.id
            );
        }
    }
}
