//! Unit tests of the portfolio model: sums, date windows, abolished bodies, waivers, escaping.

use std::path::Path;

use jiff::civil::{Date, date};
use rust_decimal::Decimal;

use super::*;
use crate::rules::{Group, Settings, Severity, check_with};
use crate::spec::{load_bytes, load_file};

const AS_OF: Date = date(2026, 11, 25);

fn settings(as_of: Date) -> Settings {
    Settings {
        as_of: Some(as_of),
        today: as_of,
        ..Settings::default()
    }
}

fn entry_of(
    path: &str,
    result: Result<crate::spec::Document, crate::spec::LoadError>,
    as_of: Date,
) -> Entry {
    let outcome = match result {
        Ok(document) => {
            let checked = check_with(&document, &settings(as_of));
            EntryOutcome::Checked {
                document: Box::new(document),
                checked: Box::new(checked),
            }
        }
        Err(error) => EntryOutcome::Failed(error),
    };
    Entry {
        path: path.to_owned(),
        outcome,
    }
}

fn samples(as_of: Date) -> Vec<Entry> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    // Deliberately unsorted: build must sort.
    paths.sort();
    paths.reverse();
    paths
        .iter()
        .map(|p| {
            let name = format!("samples/{}", p.file_name().unwrap().to_string_lossy());
            entry_of(&name, load_file(p), as_of)
        })
        .collect()
}

fn spec(path: &str, yaml: &str, as_of: Date) -> Entry {
    entry_of(path, load_bytes(path, yaml.as_bytes()), as_of)
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str_exact(text).unwrap()
}

/// A small agreement with a review and expiry date and optional extra YAML at the end.
fn dated(path: &str, review: Date, expiry: Date, extra: &str) -> Entry {
    spec(
        path,
        &format!(
            "jointly: 1
agreement:
  title: Dated agreement
  legal_basis: nhs_act_2006_s75
  commencement: 2024-04-01
  expiry: {expiry}
  review:
    first: {review}
parties:
  - {{id: icb, name: NHS Westshire Integrated Care Board, type: integrated_care_board}}
  - {{id: council, name: Westshire County Council, type: county_council}}
{extra}"
        ),
        AS_OF,
    )
}

#[test]
fn unnamed_parties_stay_apart_by_file_and_pennies_add_exactly() {
    let pool = |amount: &str| {
        format!(
            "schemes:
  - id: s
    pooled_fund:
      financial_year: 2025/26
      contributions:
        - {{party: council, amount: \"{amount}\"}}
        - {{party: ghost, amount: 0.01}}
"
        )
    };
    let yaml = |amount: &str| {
        format!(
            "jointly: 1
agreement:
  legal_basis: nhs_act_2006_s75
parties:
  - {{id: council, type: county_council}}
  - {{id: ghost, type: voluntary_organisation}}
{}",
            pool(amount)
        )
    };
    let entries = [
        spec("a.yaml", &yaml("0.10"), AS_OF),
        spec("b.yaml", &yaml("0.20"), AS_OF),
    ];
    let money = build(&entries, AS_OF).money;
    let names: Vec<&str> = money.partners.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "council (party id in a.yaml)",
            "council (party id in b.yaml)",
            "ghost (party id in a.yaml)",
            "ghost (party id in b.yaml)"
        ]
    );
    assert_eq!(
        money.year_totals.iter().map(|a| a.0).sum::<Decimal>(),
        dec("0.32")
    );
    let json: serde_json::Value = serde_json::from_str(&to_json(&build(&entries, AS_OF))).unwrap();
    assert_eq!(json["money"]["year_totals"][0]["value"], "0.32");
    assert_eq!(json["money"]["year_totals"][0]["display"], "£0.32");
}

#[test]
fn due_window_includes_0_and_90_days_but_not_91() {
    let plus = |days: i64| AS_OF.checked_add(jiff::Span::new().days(days)).unwrap();
    let entries = [
        dated("today.yaml", plus(0), plus(90), ""),
        dated("later.yaml", plus(91), plus(400), ""),
        dated(
            "past.yaml",
            plus(-1),
            plus(-30),
            "  - {id: x, type: county_council}\n",
        ),
    ];
    let portfolio = build(&entries, AS_OF);
    let due: Vec<(&str, DueKind, i64, &str)> = portfolio
        .due
        .iter()
        .map(|d| (d.path.as_str(), d.kind, d.days, d.status.as_str()))
        .collect();
    assert_eq!(
        due,
        [
            ("past.yaml", DueKind::Expiry, -30, "overdue by 30 days"),
            ("past.yaml", DueKind::Review, -1, "overdue by 1 day"),
            ("today.yaml", DueKind::Review, 0, "due today"),
            ("today.yaml", DueKind::Expiry, 90, "due in 90 days"),
        ]
    );
    assert_eq!(portfolio.summary.due, 4);
    assert_eq!(portfolio.summary.overdue, 2);
}

#[test]
fn abolished_bodies_need_a_novation() {
    let portfolio = build(&samples(AS_OF), AS_OF);
    let novations: Vec<(&str, &str, crate::spec::BodyType)> = portfolio
        .novations
        .iter()
        .map(|n| (n.path.as_str(), n.party_id.as_str(), n.body_type))
        .collect();
    use crate::spec::BodyType::*;
    assert_eq!(
        novations,
        [
            (
                "samples/banes-framework-2013-as-written.yaml",
                "ccg",
                ClinicalCommissioningGroup
            ),
            (
                "samples/banes-joint-working-2013.yaml",
                "ccg",
                ClinicalCommissioningGroup
            ),
            ("samples/brent-framework-2004.yaml", "pct", PrimaryCareTrust),
            (
                "samples/hertfordshire-camhs-pool-2010.yaml",
                "pct",
                PrimaryCareTrust
            ),
            (
                "samples/oxfordshire-learning-disability-2006.yaml",
                "pcts",
                PrimaryCareTrust
            ),
        ]
    );
    let ccg = &portfolio.novations[0];
    assert_eq!(ccg.ended, date(2022, 6, 30));
    assert!(ccg.note.contains("integrated care boards"));
    assert_eq!(ccg.body_words, "clinical commissioning group");
}

#[test]
fn a_ccg_is_abolished_the_day_after_30_june_2022_only() {
    let banes = |as_of: Date| {
        build(&samples(as_of), as_of)
            .novations
            .iter()
            .filter(|n| n.party_id == "ccg")
            .count()
    };
    assert_eq!(banes(date(2022, 6, 30)), 0);
    // Both B&NES samples name the CCG.
    assert_eq!(banes(date(2022, 7, 1)), 2);
    // In 2012 the PCTs still existed.
    let in_2012 = build(&samples(date(2012, 1, 1)), date(2012, 1, 1));
    assert!(in_2012.novations.is_empty());
}

#[test]
fn heat_map_has_a_row_per_agreement_and_marks_each_state() {
    let portfolio = build(&samples(AS_OF), AS_OF);
    let map = &portfolio.heat_map;
    let paths: Vec<&str> = map.rows.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "samples/banes-framework-2013-as-written.yaml",
            "samples/banes-joint-working-2013.yaml",
            "samples/brent-framework-2004.yaml",
            "samples/complete-s75.yaml",
            "samples/eastvale-bcf-core-2024.yaml",
            "samples/gwent-care-homes-2018.yaml",
            "samples/haringey-s256-2023.yaml",
            "samples/hertfordshire-camhs-pool-2010.yaml",
            "samples/lewisham-bcf-2025-26.yaml",
            "samples/north-tyneside-bcf-2022-23.yaml",
            "samples/oxfordshire-learning-disability-2006.yaml",
            "samples/staffordshire-bcf-dfg-2020-21.yaml",
            "samples/surrey-heartlands-specialised-2025.yaml",
        ]
    );
    assert_eq!(map.checklist.len(), 27);
    assert!(
        map.statutory
            .iter()
            .all(|c| crate::rules::find(c.id).unwrap().from_the_law())
    );
    for row in &map.rows {
        assert_eq!(row.statutory.len(), map.statutory.len());
        assert_eq!(row.checklist.len(), 27);
    }
    // The complete sample has no findings, so nothing is missing.
    let row_of = |path: &str| map.rows.iter().find(|r| r.path == path).unwrap();
    let complete = row_of("samples/complete-s75.yaml");
    assert!(
        complete
            .statutory
            .iter()
            .chain(complete.checklist.iter())
            .all(|c| c.status != CellStatus::Missing)
    );
    // Oxfordshire states no expiry: REG617-7-3-f is missing.
    let column = map
        .statutory
        .iter()
        .position(|c| c.id == "REG617-7-3-f")
        .unwrap();
    let oxfordshire = row_of("samples/oxfordshire-learning-disability-2006.yaml");
    assert_eq!(
        oxfordshire.statutory.get(column).unwrap().status,
        CellStatus::Missing
    );
    // Every finding not waived is counted once, and statutory gaps are the errors of
    // statutory rules, as the drafts count them.
    let entries = samples(AS_OF);
    let findings: Vec<&crate::rules::Finding> = entries
        .iter()
        .flat_map(|e| match &e.outcome {
            EntryOutcome::Checked { checked, .. } => checked.findings.as_slice(),
            EntryOutcome::Failed(_) => &[],
        })
        .collect();
    let gaps = portfolio.summary.gaps;
    let errors = findings
        .iter()
        .filter(|f| f.rule.group == Group::Statutory && f.severity == Severity::Error)
        .count();
    assert_eq!(gaps.statutory_gaps, errors);
    assert_eq!(
        gaps.statutory_gaps + gaps.statutory_to_check + gaps.guidance_gaps,
        findings.len()
    );
    let by_row: usize = map.rows.iter().map(|r| r.gaps.statutory_gaps).sum();
    assert_eq!(by_row, gaps.statutory_gaps);
}

#[test]
fn waivers_are_listed_flagged_and_shown_in_the_heat_map() {
    let plus = |days: i64| AS_OF.checked_add(jiff::Span::new().days(days)).unwrap();
    let waivers = format!(
        "waivers:
  - {{rule: GUIDE07-CL-18, reason: Training is agreed yearly, approved_by: JCB minute 7, expires: {}}}
  - {{rule: vat-not-addressed, reason: No VAT, approved_by: JCB minute 8, expires: {}}}
  - {{rule: GUIDE07-CL-14, reason: Insurance later, approved_by: JCB minute 9, expires: {}}}
  - {{rule: GUIDE07-CL-21, reason: Complaints later, approved_by: JCB minute 10}}
  - {{rule: GUIDE07-CL-20, reason: Boundaries later, approved_by: JCB minute 11, expires: {}}}
",
        plus(90),
        plus(91),
        plus(-1),
        plus(0),
    );
    let entries = [dated("w.yaml", plus(300), plus(400), &waivers)];
    let portfolio = build(&entries, AS_OF);
    let rows: Vec<String> = portfolio
        .waivers
        .iter()
        .map(|w| {
            format!(
                "{}: {:?}, flagged {}, {}, covers {}",
                w.rule, w.status, w.flagged, w.status_text, w.findings_covered
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            "GUIDE07-CL-14: Expired, flagged true, expired 1 day ago, covers 0",
            "GUIDE07-CL-20: Expiring, flagged true, expires today, covers 1",
            "GUIDE07-CL-18: Expiring, flagged true, expires in 90 days, covers 1",
            "vat-not-addressed: InForce, flagged false, in force; expires in 91 days, covers 1",
            "GUIDE07-CL-21: InForce, flagged false, in force; no expiry date, covers 1",
        ]
    );
    assert_eq!(portfolio.waivers[3].rule_id, Some("GUIDE07-CL-13"));
    assert!(
        portfolio.waivers[0]
            .problem
            .as_deref()
            .unwrap()
            .contains("expired")
    );
    assert_eq!(portfolio.summary.waivers_flagged, 3);
    assert_eq!(portfolio.summary.waived, 4);
    let row = &portfolio.heat_map.rows[0];
    let status = |id: &str| {
        let i = portfolio
            .heat_map
            .checklist
            .iter()
            .position(|c| c.id == id)
            .unwrap();
        row.checklist.get(i).unwrap().status
    };
    assert_eq!(status("GUIDE07-CL-18"), CellStatus::Waived);
    assert_eq!(status("GUIDE07-CL-13"), CellStatus::Waived);
    // An expired waiver waives nothing.
    assert_eq!(status("GUIDE07-CL-14"), CellStatus::Missing);
}

#[test]
fn unreadable_files_are_listed_with_their_first_problem() {
    let entries = [
        spec(
            "bad.yaml",
            "jointly: 1\nagreement:\n  legal_basis: nhs_act_2006_s75\n  titel: x\n",
            AS_OF,
        ),
        dated("good.yaml", AS_OF, AS_OF, ""),
    ];
    let portfolio = build(&entries, AS_OF);
    assert_eq!(portfolio.summary.agreements, 1);
    assert_eq!(portfolio.summary.unreadable, 1);
    let bad = &portfolio.unreadable[0];
    assert_eq!(bad.path, "bad.yaml");
    assert_eq!(bad.line, 4);
    assert!(bad.message.contains("titel"), "{}", bad.message);
    let html = to_html(&portfolio).unwrap();
    assert!(html.contains("bad.yaml:4:"));
}

#[test]
fn spec_text_is_escaped_everywhere() {
    let hostile = "<script>alert(1)</script> | *bold* [link](javascript:x) <img src=x onerror=y>";
    let yaml = format!(
        "jointly: 1
agreement:
  title: '{hostile}'
  legal_basis: nhs_act_2006_s75
  commencement: 2010-04-01
  review: {{first: 2026-12-01}}
parties:
  - {{id: pct, name: '{hostile}', type: primary_care_trust}}
  - {{id: council, name: Westshire County Council, type: county_council}}
schemes:
  - id: s
    pooled_fund:
      financial_year: 2010/11
      contributions:
        - {{party: pct, amount: 5}}
        - {{party: council, amount: 5}}
waivers:
  - {{rule: '{hostile}', reason: '{hostile}', approved_by: '{hostile}', at: '{hostile}'}}
"
    );
    let entries = [
        spec("x|`<script>`.yaml", &yaml, AS_OF),
        spec(
            "y<b>.yaml",
            "jointly: 1\nagreement: {legal_basis: nope}\n",
            AS_OF,
        ),
    ];
    let portfolio = build(&entries, AS_OF);
    assert_eq!(
        portfolio.summary.agreements, 1,
        "{:?}",
        portfolio.unreadable
    );
    let html = to_html(&portfolio).unwrap();
    assert!(!html.contains("<script"), "a script tag got through");
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    let markdown = to_markdown(&portfolio).unwrap();
    // Read as Markdown, the page has no raw HTML, no link and no emphasis from the spec.
    use pulldown_cmark::{Event, Options, Parser, Tag};
    for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES | Options::ENABLE_GFM) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => panic!("raw HTML: {html}"),
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::Emphasis) => {
                panic!("{event:?} in {markdown}")
            }
            _ => {}
        }
    }
    // Every table line has the same number of unescaped pipes as its header.
    for table in markdown.split("\n\n").filter(|b| b.starts_with('|')) {
        let cells = |line: &str| line.replace("\\|", "").matches('|').count();
        let header = cells(table.lines().next().unwrap());
        for line in table.lines() {
            assert_eq!(cells(line), header, "{line}");
        }
    }
}

#[test]
fn json_is_versioned_and_exact() {
    let portfolio = build(&samples(AS_OF), AS_OF);
    let json: serde_json::Value = serde_json::from_str(&to_json(&portfolio)).unwrap();
    assert_eq!(json["format_version"], 3);
    assert_eq!(json["as_of"], "2026-11-25");
    let first_year = &json["summary"]["pooled_by_year"][0];
    assert_eq!(first_year["year"], "2006/07");
    assert_eq!(first_year["amount"]["value"], "59400000.00");
    assert_eq!(first_year["amount"]["display"], "£59,400,000.00");
    assert!(json["summary"].get("pooled_total").is_none());
    // A row per sample.
    assert_eq!(
        json["heat_map"]["rows"].as_array().unwrap().len(),
        samples(AS_OF).len()
    );
    // Row 1 is the v1 B&NES sample, whose aims and objectives clause meets checklist item 1.
    assert_eq!(json["heat_map"]["rows"][1]["checklist"][0]["status"], "met");
    assert_eq!(
        json["novations"][0]["body_type"],
        "clinical_commissioning_group"
    );
}

#[test]
fn output_is_deterministic_whatever_the_entry_order() {
    let forwards = samples(AS_OF);
    let mut backwards = samples(AS_OF);
    backwards.reverse();
    let a = build(&forwards, AS_OF);
    let b = build(&backwards, AS_OF);
    assert_eq!(to_html(&a).unwrap(), to_html(&b).unwrap());
    assert_eq!(to_markdown(&a).unwrap(), to_markdown(&b).unwrap());
    assert_eq!(to_json(&a), to_json(&b));
}

#[test]
fn an_empty_portfolio_renders() {
    let portfolio = build(&[], AS_OF);
    assert!(
        to_html(&portfolio)
            .unwrap()
            .contains("No agreement could be checked.")
    );
    assert!(
        to_markdown(&portfolio)
            .unwrap()
            .contains("No agreement could be checked.")
    );
}

mod money;
mod shapes;

#[test]
fn files_added_under_one_path_keep_their_order_in_every_list() {
    /// The titles of the items under `same.yaml`, in order.
    fn of_same<'a>(items: impl Iterator<Item = (&'a SharedText, &'a SharedText)>) -> Vec<String> {
        items
            .filter(|(path, _)| *path == "same.yaml")
            .map(|(_, title)| title.to_string())
            .collect()
    }
    // Two agreements under one path, with the same dates and an abolished party each: every
    // list's key ties for them, so only the order they were added in tells them apart.
    let titled = |title: &str| {
        spec(
            "same.yaml",
            &format!(
                "jointly: 1
agreement:
  title: {title}
  legal_basis: nhs_act_2006_s75
  commencement: 2012-04-01
  expiry: {expiry}
  review:
    first: {review}
parties:
  - {{id: pct, name: Westshire Primary Care Trust, type: primary_care_trust}}
  - {{id: council, name: Westshire County Council, type: county_council}}
",
                expiry = AS_OF + jiff::ToSpan::days(30),
                review = AS_OF + jiff::ToSpan::days(10),
            ),
            AS_OF,
        )
    };
    for titles in [["First", "Second"], ["Second", "First"]] {
        let mut entries = vec![dated(
            "a.yaml",
            AS_OF + jiff::ToSpan::days(10),
            AS_OF + jiff::ToSpan::days(30),
            "",
        )];
        entries.extend(titles.map(titled));
        let portfolio = build(&entries, AS_OF);
        let rows = of_same(portfolio.heat_map.rows.iter().map(|r| (&r.path, &r.title)));
        assert_eq!(rows, titles);
        let novations = of_same(portfolio.novations.iter().map(|n| (&n.path, &n.title)));
        assert_eq!(novations, titles);
        let due = of_same(portfolio.due.iter().map(|d| (&d.path, &d.title)));
        // The reviews, then the expiries.
        assert_eq!(due, [titles, titles].concat());
    }
}
