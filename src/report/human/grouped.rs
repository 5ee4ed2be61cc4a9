//! Findings drawn as one block: in the default human format, three or more findings of one spec
//! that share a rule family (the ID up to its last `-`, e.g. `GUIDE07-CL`), a citation, a
//! severity and whether they are verified are written under one heading (named by the rule when
//! they are one rule's, else `FAMILY-*`) with the citation once,
//! each still on its own line with its location, ID, message and help, as ruff groups
//! diagnostics by file. `--output-format full` draws each in full instead; the concise and
//! machine formats are never grouped.

use std::fmt::Write;

use super::{Drawing, Note, plain};
use crate::report::label;
use crate::rules::{Citation, Finding, Severity};

/// How many findings sharing a key make a block.
const AT_LEAST: usize = 3;

/// What findings share to be drawn as one block.
struct Key<'a> {
    family: &'a str,
    citation: &'a Citation,
    severity: Severity,
    unverified: bool,
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Key) -> bool {
        self.family == other.family
            && same_citation(self.citation, other.citation)
            && self.severity == other.severity
            && self.unverified == other.unverified
    }
}

/// Whether two citations read the same (`{instrument}, {provision}`, as they are written),
/// compared without writing them out.
fn same_citation(a: &Citation, b: &Citation) -> bool {
    let words = |c: &Citation| {
        let (instrument, provision) = (c.instrument.bytes(), c.provision.bytes());
        instrument.chain(", ".bytes()).chain(provision)
    };
    (a.instrument == b.instrument && a.provision == b.provision) || words(a).eq(words(b))
}

fn key(finding: &Finding) -> Key<'_> {
    let id = finding.rule.id;
    Key {
        family: id.rsplit_once('-').map_or(id, |(family, _)| family),
        citation: &finding.rule.citation,
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
#[cfg(test)]
pub(super) fn block(path: &str, findings: &[&Finding], drawing: &Drawing) -> String {
    let mut out = String::new();
    write_block(&mut out, path, findings, drawing);
    out
}

/// [`block`], written to `out`.
pub(super) fn write_block(out: &mut String, path: &str, findings: &[&Finding], drawing: &Drawing) {
    let Some(first) = findings.first() else {
        return;
    };
    let rule = first.rule;
    let family = key(first).family;
    // One rule's block is named by the rule, with its summary; else by the family.
    let one_rule = findings.iter().all(|f| f.rule.id == rule.id);
    let mut citation = String::with_capacity(400);
    super::citation_note(&mut citation, rule, one_rule);
    let unverified = match one_rule {
        true => format!(
            "the wording these rest on is not verified, so they are reported as warnings; `jointly explain {}` says what they rest on",
            rule.id
        ),
        false => "the wording these rest on is not verified, so they are reported as warnings; `jointly explain` with a finding's ID says what it rests on".to_owned(),
    };
    let notes = [
        (Note::Note, citation.as_str()),
        (Note::Note, unverified.as_str()),
    ];
    let notes = &notes[..1 + usize::from(first.unverified)];
    let id = match one_rule {
        true => rule.id.to_owned(),
        false => format!("{family}-*"),
    };
    let title = format!("{} findings under one citation", findings.len());
    let head = plain::Head {
        severity: first.severity,
        id: &id,
        title: &title,
        mark: "",
        at: None,
    };
    drawing.draw(out, &head, notes);
    for finding in findings {
        let _ = write!(
            out,
            "\n  - {path}:{}:{} {}: {}{}",
            finding.span.line,
            finding.span.column,
            finding.rule.id,
            finding.message,
            label::title_mark(finding)
        );
        if let Some(help) = &finding.help {
            out.push_str("\n    help: ");
            out.push_str(help);
        }
    }
}
