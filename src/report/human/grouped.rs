//! Findings drawn as one block: in the default human format, three or more findings of one spec
//! that share a rule family (the ID up to its last `-`, e.g. `GUIDE07-CL`), a citation, a
//! severity and whether they are verified are written under one heading (named by the rule when
//! they are one rule's, else `FAMILY-*`) with the citation once,
//! each still on its own line with its location, ID, message and help, as ruff groups
//! diagnostics by file. `--output-format full` draws each in full instead; the concise and
//! machine formats are never grouped.

use annotate_snippets::Group;

use super::{Drawing, Note, level};
use crate::report::label;
use crate::rules::{Finding, Severity};

/// How many findings sharing a key make a block.
const AT_LEAST: usize = 3;

/// What findings share to be drawn as one block.
#[derive(PartialEq, Eq)]
struct Key<'a> {
    family: &'a str,
    citation: String,
    severity: Severity,
    unverified: bool,
}

fn key(finding: &Finding) -> Key<'_> {
    let id = finding.rule.id;
    Key {
        family: id.rsplit_once('-').map_or(id, |(family, _)| family),
        citation: finding.rule.citation.to_string(),
        severity: finding.severity,
        unverified: finding.unverified,
    }
}

/// The findings in the order they are drawn: each alone, or a block of those sharing a key,
/// drawn where its first finding stands.
pub(super) fn arrange(findings: &[Finding]) -> Vec<Vec<&Finding>> {
    let keys: Vec<Key> = findings.iter().map(key).collect();
    let mut drawn = vec![false; findings.len()];
    let mut out = Vec::new();
    for (i, finding) in findings.iter().enumerate() {
        if drawn[i] {
            continue;
        }
        let same: Vec<usize> = (i..findings.len())
            .filter(|&j| !drawn[j] && keys[j] == keys[i])
            .collect();
        if same.len() < AT_LEAST {
            drawn[i] = true;
            out.push(vec![finding]);
            continue;
        }
        for &j in &same {
            drawn[j] = true;
        }
        out.push(same.iter().map(|&j| &findings[j]).collect());
    }
    out
}

/// Draws a block: the heading with the shared citation, then one located line per finding
/// with its help.
pub(super) fn block(path: &str, findings: &[&Finding], drawing: &Drawing) -> String {
    let Some(first) = findings.first() else {
        return String::new();
    };
    let rule = first.rule;
    let family = key(first).family;
    let mut citation = format!("{} ({})", rule.citation, label::group_word(rule));
    // One rule's block is named by the rule, with its summary; else by the family.
    let one_rule = findings.iter().all(|f| f.rule.id == rule.id);
    if one_rule {
        citation.push_str(&format!(": {}", rule.summary));
    }
    if !rule.citation.url.is_empty() {
        citation.push_str(&format!("\n  {}", rule.citation.url));
    }
    let unverified = match one_rule {
        true => format!(
            "the wording these rest on is not verified, so they are reported as warnings; `jointly explain {}` says what they rest on",
            rule.id
        ),
        false => "the wording these rest on is not verified, so they are reported as warnings; `jointly explain` with a finding's ID says what it rests on".to_owned(),
    };
    let mut notes = vec![(Note::Note, citation.as_str())];
    if first.unverified {
        notes.push((Note::Note, unverified.as_str()));
    }
    let id = match one_rule {
        true => rule.id.to_owned(),
        false => format!("{family}-*"),
    };
    let title = format!("{} findings under one citation", findings.len());
    let head = || Group::with_title(level(first.severity).primary_title(&title).id(&id));
    let mut text = drawing.draw(head, &notes);
    for finding in findings {
        text.push_str(&format!(
            "\n  - {path}:{}:{} {}: {}",
            finding.span.line,
            finding.span.column,
            finding.rule.id,
            label::title(finding)
        ));
        if let Some(help) = &finding.help {
            text.push_str(&format!("\n    help: {help}"));
        }
    }
    text
}
