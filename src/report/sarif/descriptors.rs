//! SARIF's rule descriptors: every rule in the registry, then jointly's pseudo-rules, with
//! their documentation, citation, group and verification.

use serde::Serialize;

use super::Text;
use crate::report::label;
use crate::rules::Rule;
use crate::rules::pseudo::PseudoRule;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Descriptor {
    pub(super) id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: MultiformatText,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<&'static str>,
    default_configuration: Configuration,
    properties: DescriptorProperties,
}

#[derive(Serialize)]
struct MultiformatText {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    /// `error` or `warning` (SARIF's levels of those names).
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DescriptorProperties {
    /// `statutory`, `guidance`, or `jointly` for the pseudo-rules.
    group: &'static str,
    /// How far the rule's wording was verified, in words; absent for pseudo-rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    verification: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unverified: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    citation: Option<crate::rules::Citation>,
    tags: Vec<&'static str>,
}

/// Every rule's descriptor, then the pseudo-rules'.
pub(super) fn descriptors() -> Vec<Descriptor> {
    let mut rules: Vec<Descriptor> = crate::rules::all().iter().map(|r| descriptor(r)).collect();
    rules.extend(crate::rules::pseudo::PSEUDO_RULES.iter().map(pseudo));
    rules
}

fn descriptor(rule: &'static Rule) -> Descriptor {
    let citation = rule.citation;
    let mut text = format!("{}\n\nCitation: {citation}", rule.docs.why);
    let mut markdown = format!(
        "{}\n\n**Why it matters.** {}\n\n**Example.**\n\n```yaml\n{}\n```\n\n**Citation:** ",
        rule.docs.what, rule.docs.why, rule.docs.example
    );
    if citation.url.is_empty() {
        markdown.push_str(&citation.to_string());
    } else {
        text.push_str(&format!(" <{}>", citation.url));
        markdown.push_str(&format!("[{citation}]({})", citation.url));
    }
    let verification = crate::report::rules::verification(rule);
    text.push_str(&format!("\nVerification: {verification}"));
    markdown.push_str(&format!("\n\n**Verification:** {verification}"));
    if !rule.sources.is_empty() {
        markdown.push_str("\n\n**Sources:**\n");
    }
    for source in rule.sources {
        text.push_str(&format!(
            "\nSource: {} ({})",
            source.name,
            source.kind.words()
        ));
        markdown.push_str(&format!("\n- {} ({})", source.name, source.kind.words()));
    }
    let group = label::group_word(rule);
    Descriptor {
        id: rule.id,
        name: rule.name,
        short_description: Text {
            text: rule.summary.to_owned(),
        },
        full_description: Text {
            text: rule.docs.what.to_owned(),
        },
        help: MultiformatText { text, markdown },
        help_uri: (!citation.url.is_empty()).then_some(citation.url),
        default_configuration: Configuration {
            level: label::severity_word(rule.default_severity()),
        },
        properties: DescriptorProperties {
            group,
            verification: Some(verification),
            unverified: Some(rule.unverified()),
            citation: Some(citation),
            tags: vec![group],
        },
    }
}

fn pseudo(rule: &'static PseudoRule) -> Descriptor {
    let PseudoRule {
        id,
        name,
        summary,
        what,
        why,
        severity,
        ..
    } = *rule;
    Descriptor {
        id,
        name,
        short_description: Text {
            text: summary.to_owned(),
        },
        full_description: Text {
            text: what.to_owned(),
        },
        help: MultiformatText {
            text: why.to_owned(),
            markdown: format!("{what}\n\n**Why it matters.** {why}"),
        },
        help_uri: None,
        default_configuration: Configuration {
            level: label::severity_word(severity),
        },
        properties: DescriptorProperties {
            group: "jointly",
            verification: None,
            unverified: None,
            citation: None,
            tags: vec!["jointly"],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::WaiverProblem;

    #[test]
    fn every_rule_and_pseudo_rule_is_described_once() {
        let rules = descriptors();
        assert_eq!(rules.len(), crate::rules::all().len() + 5);
        let mut ids: Vec<_> = rules.iter().map(|d| d.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), rules.len());
        for id in [super::super::UNREADABLE, WaiverProblem::Stale.id()] {
            assert!(ids.contains(&id));
        }
    }
}
