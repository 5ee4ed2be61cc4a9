//! The rule table (`jointly rules`) and a rule's documentation (`jointly explain`).

use std::fmt::Write;

use crate::rules::pseudo::PseudoRule;
use crate::rules::{Arrangement, Group, Label, Rule, all};
use crate::spec::{Jurisdiction, LegalBasis};

/// The table of every rule.
pub fn table() -> String {
    let rows: Vec<[String; 5]> = all()
        .iter()
        .map(|rule| {
            let severity = format!(
                "{}/{}",
                super::label::group_word(rule),
                super::label::reported_as(rule)
                    .trim_end_matches(" (guidance)")
                    .trim_end_matches(" (recital)")
            );
            [
                rule.id.to_owned(),
                rule.name.to_owned(),
                severity.to_owned(),
                rule.label.short_words().to_owned(),
                rule.citation.to_string(),
            ]
        })
        .collect();
    let header = ["ID", "NAME", "GROUP/SEVERITY", "WORDING", "CITATION"];
    let widths: Vec<usize> = (0..4)
        .map(|c| {
            rows.iter()
                .map(|r| r[c].chars().count())
                .chain([header[c].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let mut line = |cells: [&str; 5]| {
        let mut text = String::new();
        for (c, cell) in cells.iter().enumerate() {
            if c < 4 {
                let _ = write!(text, "{cell:<width$}  ", width = widths[c]);
            } else {
                text.push_str(cell);
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(header);
    for row in &rows {
        line([&row[0], &row[1], &row[2], &row[3], &row[4]]);
    }
    out.push_str(&format!(
        "\n{} rules. `jointly explain ID` shows what a rule checks, why, and an example.\n",
        rows.len()
    ));
    out
}

/// A rule's documentation, in the three parts ruff uses.
pub fn explain(rule: &Rule) -> String {
    let mut out = String::new();
    let severity = match (rule.group, rule.unverified()) {
        (Group::Statutory, false) => "statutory: reported as an error",
        (Group::Statutory, true) => {
            "statutory, but its wording is not verified: reported as a warning marked \"(unverified)\""
        }
        (Group::Guidance, _) => "guidance: reported as a warning",
        (Group::Recital, _) => {
            "recital: the law, which the agreement should recite; leaving it out breaks no requirement, so it is reported as a warning"
        }
    };
    let _ = writeln!(out, "{} ({})\n", rule.id, rule.name);
    let _ = writeln!(out, "{}\n", rule.summary);
    let _ = writeln!(out, "Citation:     {}", rule.citation);
    if !rule.citation.url.is_empty() {
        let _ = writeln!(out, "              {}", rule.citation.url);
    }
    let _ = writeln!(out, "Type:         {severity}");
    let _ = writeln!(out, "Verification: {}", verification(rule));
    for (k, source) in rule.sources.iter().enumerate() {
        let lead = if k == 0 { "Sources:" } else { "" };
        let _ = writeln!(out, "{lead:<14}- {} ({})", source.name, source.kind.words());
    }
    if rule.sources.is_empty() {
        let _ = writeln!(out, "Sources:      none that state the requirement itself");
    }
    let _ = writeln!(out, "Applies to:   {}", applies_words(rule));
    let _ = writeln!(out, "\n## What it does\n\n{}\n", rule.docs.what);
    let _ = writeln!(out, "## Why is this bad?\n\n{}\n", rule.docs.why);
    let _ = writeln!(out, "## Example\n");
    for line in rule.docs.example.lines() {
        let _ = writeln!(out, "    {line}");
    }
    out
}

/// A pseudo-rule's documentation (`jointly explain jointly-waiver-stale`), in the shape of a
/// rule's: it has no citation, since it is jointly's own check, not the law's.
pub fn explain_pseudo(rule: &PseudoRule) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({})\n", rule.id, rule.name);
    let _ = writeln!(out, "{}\n", rule.summary);
    let _ = writeln!(
        out,
        "Citation:     none: jointly's own check, not a rule of the rulebook"
    );
    let _ = writeln!(out, "Type:         jointly: reported as {}", rule.reported);
    let _ = writeln!(out, "Applies to:   every spec");
    let _ = writeln!(out, "\n## What it does\n\n{}\n", rule.what);
    let _ = writeln!(out, "## Why is this bad?\n\n{}\n", rule.why);
    let _ = writeln!(out, "## Example\n");
    for line in rule.example.lines() {
        let _ = writeln!(out, "    {line}");
    }
    out
}

/// How far the rule's wording was verified, and what that means for its severity, in words.
pub(crate) fn verification(rule: &Rule) -> String {
    format!("{}{}", rule.label.words(), corroboration_words(rule))
}

/// What the number of independent sources means for a partly verified or secondary statutory
/// rule (rulebook §6 item 5).
fn corroboration_words(rule: &Rule) -> &'static str {
    match (rule.group, rule.label) {
        (Group::Statutory, Label::Partial | Label::Secondary) if rule.corroborated() => {
            "; independent sources agree, so it is reported as an error"
        }
        (Group::Statutory, Label::Partial | Label::Secondary) => {
            "; no second independent source agrees, so it is reported as a warning"
        }
        _ => "",
    }
}

pub(crate) fn applies_words(rule: &Rule) -> String {
    let arrangement = match rule.applies.arrangement {
        Arrangement::Any => "every agreement".to_owned(),
        Arrangement::PooledFund => "agreements with a pooled fund".to_owned(),
        Arrangement::NhsToLa => {
            "agreements delegating NHS functions to a local authority (reg 9)".to_owned()
        }
        Arrangement::LaToNhs => {
            "agreements delegating local authority functions to an NHS body (reg 8)".to_owned()
        }
        Arrangement::Bcf => "Better Care Fund agreements (a spec with a `bcf` block)".to_owned(),
        Arrangement::DatedFrom(from) => format!(
            "agreements made or commenced on or after {}",
            crate::law::LongDate(from)
        ),
        Arrangement::BcfYear(first) => format!(
            "Better Care Fund agreements for {}",
            crate::law::bcf::BcfYear::starting(first).map_or_else(String::new, |y| y.to_string())
        ),
    };
    let bases: Vec<&str> = rule
        .applies
        .bases
        .iter()
        .map(|b| match b {
            LegalBasis::HealthAct1999S31 => "s31 Health Act 1999",
            LegalBasis::NhsAct2006S75 => "s75 NHS Act 2006",
            LegalBasis::ChildrenAct2004S10 => "s10 Children Act 2004",
            LegalBasis::ChildrenAct2004S25 => "s25 Children Act 2004 (Wales)",
            LegalBasis::NhsAct2006S65Z5 => "ss65Z5/65Z6 NHS Act 2006",
            LegalBasis::NhsAct2006S256 => "s256 NHS Act 2006 (s28A NHS Act 1977)",
            LegalBasis::NhsAct2006S76 => "s76 NHS Act 2006 (s28BB NHS Act 1977)",
            LegalBasis::NhsWalesAct2006S33 => {
                "s33 NHS (Wales) Act 2006 (s31 Health Act 1999 before March 2007)"
            }
            LegalBasis::Sswba2014Part9 => "Part 9 SSWBA 2014",
            LegalBasis::NotStated => "no stated basis",
        })
        .collect();
    let places: Vec<&str> = rule
        .applies
        .jurisdictions
        .iter()
        .map(|j| match j {
            Jurisdiction::England => "England",
            Jurisdiction::Wales => "Wales",
        })
        .collect();
    format!(
        "{arrangement} under {}; {}",
        bases.join(", "),
        places.join(" and ")
    )
}
