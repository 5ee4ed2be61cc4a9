//! Placeholders left in a spec's text (`jointly-placeholder`): a warning while the agreement
//! is a draft, an error once it is final or signed, located at the value that holds it.

use std::path::Path;

use jointly::rules::{Severity, check, placeholders};
use jointly::spec::load_bytes;

fn complete() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/complete-s75.yaml"))
        .unwrap()
}

/// The complete sample with a bracketed blank in its reference, at `status`.
fn with_placeholder(status: &str) -> String {
    let text = complete()
        .replace(
            "  reference: WCC-ICB-S75-2024-01\n",
            "  reference: WCC-[Local authority]-S75-TBC\n",
        )
        .replace("  status: final\n", &format!("  status: {status}\n"));
    assert!(text.contains("[Local authority]") && text.contains(&format!("status: {status}")));
    text
}

fn placeholders_in(path: &str, text: &str) -> Vec<jointly::rules::Placeholder> {
    let document = load_bytes(path, text.as_bytes()).unwrap();
    check(&document).placeholders
}

#[test]
fn a_placeholder_is_reported_with_its_message_help_and_location() {
    let text = with_placeholder("final");
    let found = placeholders_in("spec.yaml", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    let note = &found[0];
    assert_eq!(note.severity, Severity::Error);
    assert_eq!(note.pointer, "/agreement/reference");
    assert_eq!(
        note.message,
        "the agreement is final but `/agreement/reference` still holds the placeholders \
         `[Local authority]`, `TBC`"
    );
    assert!(
        note.help
            .starts_with("replace the placeholder with the agreed fact")
    );
    assert!(note.help.contains("not_applicable"));
    // The value itself: line 9, after `  reference: `.
    let line = text
        .lines()
        .position(|l| l.starts_with("  reference:"))
        .unwrap()
        + 1;
    assert_eq!((note.span.line as usize, note.span.column), (line, 14));
    assert_eq!(&text[note.span.start..][..4], "WCC-");
}

#[test]
fn a_placeholder_warns_in_a_draft_and_is_an_error_once_final_or_signed() {
    for (status, severity, start) in [
        (
            "draft",
            Severity::Warning,
            "`/agreement/reference` still holds",
        ),
        ("final", Severity::Error, "the agreement is final but"),
        ("signed", Severity::Error, "the agreement is signed but"),
    ] {
        let document = load_bytes("spec.yaml", with_placeholder(status).as_bytes()).unwrap();
        let checked = check(&document);
        let note = &checked.placeholders[0];
        assert_eq!(note.severity, severity, "{status}");
        assert!(
            note.message.starts_with(start),
            "{status}: {}",
            note.message
        );
        assert!(checked.worst().unwrap() <= severity);
    }
}

#[test]
fn a_signed_spec_is_checked_as_a_final_one() {
    let signed = complete().replace("  status: final\n", "  status: signed\n");
    let document = load_bytes("spec.yaml", signed.as_bytes()).unwrap();
    let checked = check(&document);
    assert!(checked.findings.is_empty() && checked.placeholders.is_empty());
    let unmade = signed.replace("  made: 2024-03-28\n", "");
    let document = load_bytes("spec.yaml", unmade.as_bytes()).unwrap();
    let messages: Vec<_> = check(&document)
        .findings
        .iter()
        .map(|f| f.message.clone())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("the agreement is signed but the spec does not say when")),
        "{messages:?}"
    );
}

#[test]
fn a_signatory_name_is_never_repeated() {
    let text = complete().replacen(
        "    signatory: {position: Chief Executive}\n",
        "    signatory:\n      name: \"[Jo Bloggs]\"\n      position: Chief Executive\n",
        1,
    );
    let found = placeholders_in("spec.yaml", &text);
    assert_eq!(found.len(), 1);
    assert!(found[0].found.is_empty());
    assert!(
        !found[0].message.contains("Jo Bloggs"),
        "{}",
        found[0].message
    );
    assert!(found[0].message.ends_with("still holds a placeholder"));
}

/// The sample that holds blanks on purpose: the as-written B&NES spec keeps the marker a
/// drafter leaves where the report defers the full schedule (seed 003 §3.3), and two amounts
/// outside the pools that the report names without a figure (§3.2(c), (d)).
const DELIBERATE: &str = "banes-framework-2013-as-written.yaml";

#[test]
fn no_sample_or_fixture_holds_a_placeholder_but_the_deliberate_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    let mut stack = vec![root.join("samples"), root.join("tests/fixtures")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                let bytes = std::fs::read(&path).unwrap();
                let Ok(document) = load_bytes(&path.display().to_string(), &bytes) else {
                    continue;
                };
                seen += 1;
                let found = check(&document).placeholders;
                if path.ends_with(DELIBERATE) {
                    let seen: Vec<(&str, &[String], Severity)> = found
                        .iter()
                        .map(|p| (p.pointer.as_str(), p.found.as_slice(), p.severity))
                        .collect();
                    let unknown = ["unknown".to_owned()];
                    let schedule = ["[insert full schedule]".to_owned()];
                    assert_eq!(
                        seen,
                        [
                            (
                                "/schemes/4/other_funding/2/amount",
                                &unknown[..],
                                Severity::Warning
                            ),
                            (
                                "/schemes/4/other_funding/3/amount",
                                &unknown[..],
                                Severity::Warning
                            ),
                            (
                                "/clauses/baseline_budgets",
                                &schedule[..],
                                Severity::Warning
                            ),
                        ]
                    );
                } else {
                    assert!(found.is_empty(), "{}: {found:?}", path.display());
                }
            }
        }
    }
    assert!(seen > 50, "only {seen} specs loaded");
}

#[test]
fn the_detector_is_public() {
    assert_eq!(placeholders::placeholders("[ ] and TBD"), ["[ ]", "TBD"]);
    assert_eq!(placeholders::ID, "jointly-placeholder");
}

/// The complete sample at `status`, with placeholders in its reference (drafted at the front)
/// and in a scheme's aim (drafted in the Schedule's aims).
fn with_placeholders_to_draft(status: &str) -> String {
    let text = with_placeholder(status).replace(
        "      - Reduce reliance on hospital and residential placements.\n",
        "      - Reduce reliance on hospital placements by ……%.\n",
    );
    assert!(text.contains("by ……%"));
    text
}

fn draft_of(text: &str, clean: bool) -> jointly::render::Draft {
    let document = load_bytes("spec.yaml", text.as_bytes()).unwrap();
    let checked = check(&document);
    let templates = jointly::render::Templates::load(None).unwrap();
    jointly::render::render(&document, &checked, &templates, clean).unwrap()
}

#[test]
fn each_placeholder_is_one_flag_where_it_is_drafted_and_counted_once() {
    let why = "> An agreement that is final or signed with a blank in it does not say what the \
               partners agreed: the blank is a term nobody settled.\n";
    let to_do = "> **To do:** replace the placeholder with the agreed fact; where the spec has an \
                 explicit form for something not stated (leave the key out, or give a \
                 `not_applicable` reason), use that instead.\n";
    let reference = format!(
        "> [!CAUTION]\n> **Placeholder still in the spec (jointly-placeholder):** the agreement \
         is final but `/agreement/reference` still holds the placeholders `[Local authority]`, \
         `TBC`.\n{why}{to_do}"
    );
    let aim = format!(
        "> [!CAUTION]\n> **Placeholder still in the spec (jointly-placeholder):** the agreement \
         is final but `/schemes/0/aims/1` still holds the placeholder `……`.\n{why}{to_do}"
    );
    let draft = draft_of(&with_placeholders_to_draft("final"), false);
    let markdown = &draft.markdown;
    assert_eq!(
        markdown.matches("jointly-placeholder").count(),
        2,
        "{markdown}"
    );
    assert_eq!(markdown.matches(&reference).count(), 1, "{markdown}");
    assert_eq!(markdown.matches(&aim).count(), 1, "{markdown}");
    // The reference's flag is at the front, before the completeness note; the aim's is in its
    // Schedule's aims, after the aim and before the next section.
    let at = |text: &str| markdown.find(text).unwrap();
    assert!(at(&reference) < at("## Completeness"));
    assert!(at("Reduce reliance on hospital placements by ……%") < at(&aim));
    assert!(at("## Schedule 1") < at(&aim) && at(&aim) < at("### Persons and services"));
    assert!(markdown.contains(
        "jointly found no gap in what it checked. The spec still holds **2** placeholders to \
         replace (2 blocking a clean copy, as the agreement is no longer a draft), each marked \
         where it is drafted; a placeholder is a term not yet settled, not a gap in law."
    ));
    assert_eq!(
        (
            draft.summary.placeholders,
            draft.summary.placeholders_blocking
        ),
        (2, 2)
    );
    assert!(!markdown.contains("Required by law"));

    // In a draft agreement, they warn and block nothing.
    let markdown = draft_of(&with_placeholders_to_draft("draft"), false).markdown;
    assert_eq!(
        markdown
            .matches("> [!WARNING]\n> **Placeholder still in the spec (jointly-placeholder):** `/")
            .count(),
        2,
        "{markdown}"
    );
    assert!(markdown.contains(
        "The spec still holds **2** placeholders to replace, each marked where it is drafted; \
         a placeholder is a term not yet settled, not a gap in law."
    ));

    // A clean copy has no flags and no completeness note.
    let clean = draft_of(&with_placeholders_to_draft("final"), true).markdown;
    assert!(!clean.contains("jointly-placeholder") && !clean.contains("placeholders to replace"));
}

#[test]
fn a_clean_copy_is_refused_while_a_placeholder_is_an_error() {
    let dir = std::env::temp_dir().join(format!("jointly-ph-clean-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let run = |status: &str, extra: &[&str]| {
        let spec = dir.join(format!("{status}.yaml"));
        std::fs::write(&spec, with_placeholders_to_draft(status)).unwrap();
        std::process::Command::new(env!("CARGO_BIN_EXE_jointly"))
            .args(["render", "--clean", "--format", "md", "--output"])
            .arg(dir.join("out"))
            .args(extra)
            .arg(&spec)
            .output()
            .unwrap()
    };
    let refused = run("final", &[]);
    let stdout = String::from_utf8_lossy(&refused.stdout);
    assert!(!refused.status.success(), "{stdout}");
    assert!(
        stdout.contains("not writing a clean copy: 2 placeholders remain"),
        "{stdout}"
    );
    assert!(!dir.join("out/final.md").exists());
    let allowed = run("final", &["--allow-incomplete"]);
    assert!(dir.join("out/final.md").exists(), "{allowed:?}");
    // While the agreement is a draft, a placeholder only warns: the clean copy is written.
    let draft = run("draft", &[]);
    let stdout = String::from_utf8_lossy(&draft.stdout);
    assert!(stdout.contains(", 2 placeholders; checklist"), "{stdout}");
    assert!(dir.join("out/draft.md").exists(), "{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}
