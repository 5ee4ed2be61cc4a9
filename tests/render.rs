//! Drafts: what `jointly render` produces, checked against the checker's findings.

mod common;

use common::{root, samples, sections};

use std::path::{Path, PathBuf};
use std::process::Command;

use jointly::render::{Templates, render};
use jointly::rules::check;
use jointly::spec::load_file;

fn draft(path: &Path) -> jointly::render::Draft {
    let document =
        load_file(path).unwrap_or_else(|e| panic!("{}: {:?}", path.display(), e.problems));
    let checked = check(&document);
    render(&document, &checked, &Templates::load(None).unwrap(), false).unwrap()
}

#[test]
fn sample_drafts_match_their_snapshots() {
    for path in samples() {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let draft = draft(&path);
        insta::assert_snapshot!(format!("{name}.md"), draft.markdown);
        insta::assert_snapshot!(format!("{name}.html"), draft.html);
    }
}

#[test]
fn the_complete_sample_renders_without_flags_with_numbered_clauses() {
    let draft = draft(&root().join("samples/complete-s75.yaml"));
    assert!(!draft.markdown.contains("[!CAUTION]") && !draft.markdown.contains("[!WARNING]"));
    assert!(!draft.html.contains("class=\"markdown-alert"));
    assert!(
        !draft.markdown.contains("@@"),
        "an unnumbered marker is left"
    );
    let numbers: Vec<u32> = sections(&draft.markdown)
        .iter()
        .filter_map(|(heading, _)| heading.split_once(". ").and_then(|(n, _)| n.parse().ok()))
        .collect();
    assert_eq!(numbers, (1..=numbers.len() as u32).collect::<Vec<_>>());
    assert!(numbers.len() >= 18, "{numbers:?}");
}

#[test]
fn every_defined_term_is_used_and_only_those() {
    for path in samples() {
        let draft = draft(&path);
        let all = sections(&draft.markdown);
        let definitions = &all
            .iter()
            .find(|(h, _)| h.ends_with("Definitions and interpretation"))
            .unwrap()
            .1;
        let rest: String = all
            .iter()
            .filter(|(h, _)| !h.ends_with("Definitions and interpretation"))
            .map(|(_, b)| b.as_str())
            .collect();
        for line in definitions.lines().filter(|l| l.starts_with("- **")) {
            let term = line.trim_start_matches("- **").split("**").next().unwrap();
            assert!(
                rest.contains(term),
                "{}: `{term}` is defined but not used",
                path.display()
            );
        }
    }
}

#[test]
fn contribution_tables_add_up() {
    let pounds = |cell: &str| -> i64 {
        cell.trim()
            .trim_matches('*')
            .trim_start_matches('£')
            .replace([',', '.'], "")
            .parse()
            .unwrap()
    };
    let draft = draft(&root().join("samples/complete-s75.yaml"));
    let table: Vec<&str> = draft
        .markdown
        .lines()
        .skip_while(|l| !l.starts_with("| Partner | Contribution"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    let (total, rows) = table.split_last().unwrap();
    let sum: i64 = rows
        .iter()
        .map(|r| pounds(r.split('|').nth(2).unwrap()))
        .sum();
    assert_eq!(sum, pounds(total.split('|').nth(2).unwrap()));
    assert_eq!(sum, 2_225_000_000, "£22,250,000.00 in pence");
}

#[test]
fn every_finding_appears_as_a_flag() {
    for path in samples() {
        let document = load_file(&path).unwrap();
        let checked = check(&document);
        let draft = render(&document, &checked, &Templates::load(None).unwrap(), false).unwrap();
        let flags = draft.markdown.matches("> [!CAUTION]").count()
            + draft.markdown.matches("> [!WARNING]").count();
        // A placeholder is flagged where it stands, besides the findings.
        let flagged = checked.findings.len() + checked.placeholders.len();
        assert_eq!(flags, flagged, "{}", path.display());
        for finding in &checked.findings {
            assert!(
                draft
                    .markdown
                    .contains(&format!("({}):**", finding.rule.id)),
                "{}: {} has no flag",
                path.display(),
                finding.rule.id
            );
        }
    }
}

#[test]
fn the_oxfordshire_flags_stand_at_the_clauses_they_name() {
    let draft = draft(&root().join("samples/oxfordshire-learning-disability-2006.yaml"));
    let all = sections(&draft.markdown);
    let body = |suffix: &str| {
        &all.iter()
            .find(|(h, _)| h.ends_with(suffix))
            .unwrap_or_else(|| panic!("{suffix}"))
            .1
    };
    assert!(
        body("Commencement and duration")
            .contains("(REG617-7-3-f):** the agreement states neither an expiry date")
    );
    // Reg 7(3)(f) asks for "provision for the review or variation or termination": one finding
    // when the agreement provides for none of them, placed at the review clause.
    assert!(body("Review").contains(
        "(REG617-7-3-f):** the agreement makes no provision for the review, variation or termination"
    ));
    assert!(!body("Disputes, termination and exit").contains("(REG617-7-3-f)"));
    assert!(!body("Variation").contains("(REG617-7-3-f)"));
    let schedule = body("Schedule 1: Services for adults with a learning disability");
    let pool = &schedule
        [schedule.find("### Pooled Fund").unwrap()..schedule.find("#### Contributions").unwrap()];
    assert!(
        pool.contains("(REG617-7-4-QTR):**")
            && pool.contains("(REG617-7-4-ANNRET):**")
            && pool.contains("(REG617-7-4-HOST):**")
    );
    assert!(
        draft
            .markdown
            .starts_with("# Learning Disability Service Partnership\n\n**DRAFT")
    );
    let completeness = body("Completeness");
    assert!(
        completeness.contains("**21** gaps that the law requires"),
        "{completeness}"
    );
    assert!(completeness.contains("**6 of 27**"), "{completeness}");
}

#[test]
fn rendering_twice_gives_identical_bytes() {
    for path in samples() {
        let (a, b) = (draft(&path), draft(&path));
        assert_eq!(a.markdown, b.markdown);
        assert_eq!(a.html, b.html);
    }
}

#[test]
fn a_hostile_spec_renders_as_harmless_text() {
    let draft = draft(&root().join("tests/fixtures/render/hostile.yaml"));
    let html = draft.html.to_lowercase();
    // Text is escaped, so every `<` left in the page starts a real tag: check each one.
    for tag in html
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or_default())
    {
        let name = tag
            .trim_start_matches('/')
            .split([' ', '\n'])
            .next()
            .unwrap_or_default();
        assert!(
            ![
                "script", "img", "iframe", "object", "video", "form", "base", "link", "button",
                "embed"
            ]
            .contains(&name),
            "the HTML has a <{tag}> element"
        );
        assert!(!tag.contains("javascript:"), "<{tag}> links to javascript:");
        assert!(
            !tag.split_whitespace()
                .skip(1)
                .any(|attribute| attribute.starts_with("on")),
            "<{tag}> has an event handler"
        );
        assert!(
            !(name == "meta" && tag.contains("refresh")),
            "<{tag}> redirects"
        );
        assert!(!tag.contains("http://host:port"), "<{tag}> makes a request");
    }
    assert!(
        html.contains("&lt;script&gt;"),
        "the payload should still be visible as text"
    );
    assert_eq!(
        html.matches("<style>").count(),
        1,
        "only the page's own style element"
    );
    // Outside code spans (shown literally), every `<` must be escaped.
    let prose: String = draft
        .markdown
        .split('`')
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ");
    let unescaped = prose
        .match_indices('<')
        .filter(|(at, _)| !prose[..*at].ends_with('\\'));
    let raw: Vec<&str> = unescaped
        .map(|(at, _)| &prose[at..(at + 12).min(prose.len())])
        .filter(|t| !t.starts_with("<https://") && !t.starts_with("<!-- jointly"))
        .collect();
    assert!(
        raw.is_empty(),
        "the Markdown must escape raw HTML too: {raw:?}"
    );
    assert!(draft.markdown.contains("\\<script\\>"));
    assert!(
        !draft.markdown.contains("![x]("),
        "a Markdown image in spec text stays text"
    );
    assert!(
        !draft.markdown.contains("@@"),
        "spec text cannot forge clause markers"
    );
}

fn jointly(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_hand_edited_draft_is_not_overwritten_without_force() {
    let dir = scratch("render-edits");
    let spec = root().join("samples/complete-s75.yaml");
    let spec = spec.to_str().unwrap();
    let (code, stdout, _) = jointly(&["render", spec], &dir);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("wrote drafts/complete-s75.md, wrote drafts/complete-s75.html"),
        "{stdout}"
    );
    let md = dir.join("drafts/complete-s75.md");
    let (code, stdout, _) = jointly(&["render", spec], &dir);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("drafts/complete-s75.md unchanged"),
        "{stdout}"
    );

    let edited = std::fs::read_to_string(&md)
        .unwrap()
        .replace("Westshire County Council", "Westshire Council (edited)");
    std::fs::write(&md, &edited).unwrap();
    let (code, _, stderr) = jointly(&["render", spec], &dir);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("drafts/complete-s75.md: changed by hand since jointly wrote it"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&md).unwrap(),
        edited,
        "the edit is kept"
    );
    let (code, _, _) = jointly(&["render", "--force", spec], &dir);
    assert_eq!(code, 0);
    assert!(!std::fs::read_to_string(&md).unwrap().contains("(edited)"));
}

#[test]
fn clean_copies_are_refused_while_statutory_gaps_remain() {
    let dir = scratch("render-clean");
    let oxfordshire = root().join("samples/oxfordshire-learning-disability-2006.yaml");
    let oxfordshire = oxfordshire.to_str().unwrap();
    let (code, stdout, _) = jointly(&["render", "--clean", oxfordshire], &dir);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("not writing a clean copy: 21 statutory gaps remain"),
        "{stdout}"
    );
    assert!(!dir.join("drafts").exists());
    let (code, _, _) = jointly(
        &[
            "render",
            "--clean",
            "--allow-incomplete",
            "--format",
            "md",
            oxfordshire,
        ],
        &dir,
    );
    assert_eq!(code, 0);
    let clean = std::fs::read_to_string(dir.join("drafts/oxfordshire-learning-disability-2006.md"))
        .unwrap();
    assert!(!clean.contains("[!CAUTION]") && !clean.contains("## Completeness"));
    assert!(
        !dir.join("drafts/oxfordshire-learning-disability-2006.html")
            .exists()
    );
}

#[test]
fn a_broken_user_template_is_a_located_error() {
    let dir = scratch("render-templates");
    std::fs::create_dir_all(dir.join("mine")).unwrap();
    std::fs::write(
        dir.join("mine/agreement.md"),
        "# {{ title }}\n\n{% for x in %}\n",
    )
    .unwrap();
    let spec = root().join("samples/complete-s75.yaml");
    let (code, _, stderr) = jointly(
        &["render", "--templates", "mine", spec.to_str().unwrap()],
        &dir,
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("agreement.md") && stderr.contains(":3:"),
        "{stderr}"
    );

    std::fs::write(
        dir.join("mine/agreement.md"),
        "# {{ title }} for {{ parties | length }} parties\n",
    )
    .unwrap();
    let (code, _, stderr) = jointly(
        &[
            "render",
            "--templates",
            "mine",
            "--format",
            "md",
            spec.to_str().unwrap(),
        ],
        &dir,
    );
    assert_eq!(code, 0, "{stderr}");
    let md = std::fs::read_to_string(dir.join("drafts/complete-s75.md")).unwrap();
    assert!(md.starts_with("# Westshire Community Support Pooled Fund and Lead Commissioning Agreement for 2 parties\n"), "{md}");
}
