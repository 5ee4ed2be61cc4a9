//! The modern clause library (docs/clauses.md), execution blocks, party addresses and
//! `jointly templates export`, through the binary: every library clause is in the draft of
//! the complete sample, clauses follow the jurisdiction, the basis and the dates, exported
//! templates give the same drafts as the built-in ones, and a misspelt template is an error.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{complete, draft, root, samples};

fn jointly(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .output()
        .unwrap()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The Markdown draft of a sample, rendered by the binary with the built-in templates.
fn rendered(sample: &str) -> String {
    let out = tempfile::tempdir().unwrap();
    let spec = root().join("samples").join(format!("{sample}.yaml"));
    let run = jointly(&[
        "render",
        "--format",
        "md",
        "-o",
        path(out.path()),
        path(&spec),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::read_to_string(out.path().join(format!("{sample}.md"))).unwrap()
}

/// Every library clause docs/clauses.md lists, by its heading in the draft.
const LIBRARY: [&str; 17] = [
    "Governing law and jurisdiction",
    "Notices",
    "Counterparts and electronic signature",
    "Freedom of information",
    "Confidentiality",
    "Data protection",
    "Conflicts of interest",
    "No partnership or agency",
    "Third-party rights",
    "Assignment",
    "Change in law",
    "Force majeure",
    "Entire agreement",
    "Severance",
    "Audit and right of access",
    "Liabilities and indemnities",
    "Consequences of termination",
];

fn has_clause(markdown: &str, heading: &str) -> bool {
    markdown
        .lines()
        .any(|l| l.starts_with("## ") && l.ends_with(&format!(". {heading}")))
}

#[test]
fn the_complete_sample_has_every_library_clause_with_nothing_left_to_agree() {
    let md = rendered("complete-s75");
    for heading in LIBRARY {
        assert!(has_clause(&md, heading), "no clause {heading}");
    }
    let library = &md[md.find(". Governing law").unwrap()..md.find("## Schedule 1").unwrap()];
    assert!(!library.contains("to be agreed"), "{library}");
    assert!(!library.contains("[address for notices]"));
    assert!(md.contains("## Data Processing Schedule"));
    assert!(md.contains("| Westshire County Council | controller | social care records"));
    assert!(md.contains("the UK GDPR and the Data Protection Act 2018"));
    assert!(md.contains("Article 28 of the UK GDPR"));
    assert!(md.contains("**Pool balances.** The host prepares"));
    assert!(md.contains("up to £1,000,000 in aggregate"));
    assert!(md.contains("of County Hall, New Road, Westshire WS1 1AA."));
    assert!(md.contains(
        "the common seal of **Westshire County Council** was affixed in the presence of its authorised signatory"
    ));
    // The ICB states no execution: the plain block.
    assert!(md.contains("\n**NHS Westshire Integrated Care Board**\n"));
}

#[test]
fn each_party_executes_as_its_spec_says() {
    let with = |icb: &str| {
        draft(&complete().replace(
            "    signatory: {position: Chief Executive}\n",
            &format!("    execution: {icb}\n    signatory: {{position: Chief Executive}}\n"),
        ))
    };
    let under_hand = with("under_hand");
    assert!(under_hand.contains(
        "Signed for and on behalf of **NHS Westshire Integrated Care Board** by its authorised signatory:"
    ));
    let deed = with("deed");
    assert!(deed.contains(
        "Executed as a deed by **NHS Westshire Integrated Care Board**, acting by its authorised signatory, in the presence of the witness below:"
    ));
    assert!(deed.contains("Witness: "));
    assert!(deed.contains(
        "this Agreement taking effect as a deed for each Partner that executes it as one"
    ));
    // Without any deed, the page opens as before.
    let plain = draft(&complete().replace("    execution: deed\n", ""));
    assert!(plain.contains("Signed for and on behalf of each Partner:"));
    assert!(!plain.contains("common seal"));
}

#[test]
fn a_welsh_agreement_is_governed_by_the_law_as_it_applies_in_wales() {
    let welsh = rendered("gwent-care-homes-2018");
    assert!(welsh.contains("is governed by the law of England and Wales as it applies in Wales."));
    let english = rendered("complete-s75");
    assert!(english.contains("is governed by the law of England and Wales."));
    assert!(!english.contains("as it applies in Wales"));
}

#[test]
fn a_payment_agreement_has_the_library_but_no_pool_balances() {
    let md = rendered("haringey-s256-2023");
    for heading in [
        "Governing law and jurisdiction",
        "Notices",
        "Data protection",
    ] {
        assert!(has_clause(&md, heading), "no clause {heading}");
    }
    assert!(!md.contains("**Pool balances.**"));
    assert!(!md.contains("and to the Pooled Funds"));
    // No party states an address, so each is a blank; the MODERN-* advice does not cover a
    // payment agreement's basis, so no flag is added.
    assert!(md.contains("[address for notices]"));
    assert!(!md.contains("(MODERN-"));
}

#[test]
fn a_missing_address_is_flagged_at_the_notices_clause() {
    let md = rendered("lewisham-bcf-2025-26");
    let notices = &md[md.find(". Notices").unwrap()..md.find(". Counterparts").unwrap()];
    assert!(notices.contains("[address for notices]"));
    assert!(
        notices.contains("(MODERN-NOTICES):** party `council` has no address for notices"),
        "{notices}"
    );
}

/// The complete sample with its dates moved to `day`.
fn made_on(day: &str) -> String {
    complete()
        .replace("made: 2024-03-28", &format!("made: {day}"))
        .replace("commencement: 2024-04-01", &format!("commencement: {day}"))
}

#[test]
fn the_data_protection_law_follows_the_agreements_dates() {
    let before_gdpr = draft(&made_on("2017-04-01"));
    assert!(before_gdpr.contains("complies with the Data Protection Act 1998 when"));
    assert!(!before_gdpr.contains("Article 26"));
    let gdpr = draft(&made_on("2019-04-01"));
    assert!(gdpr.contains(
        "the General Data Protection Regulation (the GDPR) and the Data Protection Act 2018"
    ));
    assert!(gdpr.contains("Article 26 of the GDPR"));
    assert!(draft(&made_on("2021-04-01")).contains("Article 26 of the UK GDPR"));
}

#[test]
fn freedom_of_information_and_third_party_rights_follow_the_dates() {
    let before_foia = draft(&made_on("2004-04-01"));
    assert!(!has_clause(&before_foia, "Freedom of information"));
    assert!(has_clause(&before_foia, "Third-party rights"));
    assert!(has_clause(
        &draft(&made_on("2005-01-01")),
        "Freedom of information"
    ));
    let before_1999_act = draft(&made_on("2000-04-01"));
    assert!(!has_clause(&before_1999_act, "Third-party rights"));
}

#[test]
fn a_party_address_answers_the_notices_advice() {
    let yaml = complete().replace(
        "      - {party: icb, officer: Director of Corporate Affairs, email: notices@westshire-icb.example}\n",
        "",
    );
    assert!(
        !common::findings(&yaml)
            .iter()
            .any(|f| f.rule.id == "MODERN-NOTICES")
    );
    let without = yaml.replace(
        "    address: Westshire House, 1 Market Street, Westshire WS1 2AB\n",
        "",
    );
    let found = common::findings(&without);
    assert!(
        found
            .iter()
            .any(|f| f.rule.id == "MODERN-NOTICES" && f.message.contains("`icb`"))
    );
    assert!(
        draft(&without)
            .contains("| NHS Westshire Integrated Care Board | [address for notices] | – |")
    );
}

fn render_all(out: &Path, templates: Option<&Path>) {
    for spec in samples() {
        let mut args = vec!["render", "-o", path(out)];
        if let Some(dir) = templates {
            args.extend(["--templates", path(dir)]);
        }
        args.push(path(&spec));
        let run = jointly(&args);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
}

#[test]
fn exported_templates_give_byte_identical_drafts_for_every_sample() {
    let scratch = tempfile::tempdir().unwrap();
    let templates = scratch.path().join("templates");
    let export = jointly(&["templates", "export", path(&templates)]);
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let mut exported: Vec<String> = std::fs::read_dir(&templates)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    exported.sort();
    let mut names = jointly::render::template_names();
    names.sort_unstable();
    assert_eq!(exported, names);

    let (builtin, adapted) = (scratch.path().join("a"), scratch.path().join("b"));
    render_all(&builtin, None);
    render_all(&adapted, Some(&templates));
    let mut compared = 0;
    for entry in std::fs::read_dir(&builtin).unwrap() {
        let name = entry.unwrap().file_name();
        let (a, b) = (builtin.join(&name), adapted.join(&name));
        assert!(
            std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap(),
            "{name:?} differs"
        );
        compared += 1;
    }
    assert_eq!(compared, samples().len() * 2);
}

#[test]
fn export_never_replaces_a_changed_template_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let adapted = dir.path().join("library.md");
    std::fs::write(&adapted, "a council's own wording").unwrap();
    let refused = jointly(&["templates", "export", path(dir.path())]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("library.md already there"));
    assert_eq!(
        std::fs::read_to_string(&adapted).unwrap(),
        "a council's own wording"
    );
    assert!(
        !dir.path().join("agreement.md").exists(),
        "nothing is written when refused"
    );

    let forced = jointly(&["templates", "export", "--force", path(dir.path())]);
    assert!(forced.status.success());
    let builtin = std::fs::read_to_string(root().join("templates/library.md")).unwrap();
    assert_eq!(std::fs::read_to_string(&adapted).unwrap(), builtin);
    // A second export finds every file unchanged and succeeds without --force.
    let again = jointly(&["templates", "export", path(dir.path())]);
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("unchanged"));
}

#[test]
fn a_misspelt_template_is_an_error_naming_it_and_the_valid_names() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("agreemnt.md"), "{{ title }}").unwrap();
    std::fs::write(dir.path().join(".gitkeep"), "").unwrap();
    let out = tempfile::tempdir().unwrap();
    let spec = root().join("samples/complete-s75.yaml");
    let run = jointly(&[
        "render",
        "-o",
        path(out.path()),
        "--templates",
        path(dir.path()),
        path(&spec),
    ]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("agreemnt.md is not a template jointly knows"),
        "{stderr}"
    );
    assert!(
        stderr.contains("agreement.md, library.md, schedule.md, page.html"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}
