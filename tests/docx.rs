//! Word drafts (`render --format docx`), through the binary: for every sample, the clauses are
//! Word list numbering, the tables are Word tables, every finding of `check` is one Word
//! comment, `--clean` is the same document without them, the bytes are the same on re-render,
//! and an edited draft is not overwritten. LibreOffice (headless, to PDF) and python-docx open
//! every draft.
//!
//! LibreOffice (`soffice`, Debian's `libreoffice-writer-nogui`) and python-docx (Debian's
//! `python3-docx`) are installed by `.ci/run`. Where they are missing the tests that need them
//! say so and skip, except in CI (`CI` set), where they fail.

mod common;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::root;
use jointly::render::{Templates, render_docx};
use jointly::rules::{check, placeholders};
use jointly::spec::load_file;

fn samples() -> Vec<PathBuf> {
    let mut samples: Vec<PathBuf> = std::fs::read_dir(root().join("samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    samples.sort();
    assert!(samples.len() >= 10, "the samples were not found");
    samples
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn jointly(args: &[&str], specs: &[PathBuf]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .args(specs)
        .output()
        .unwrap()
}

/// Renders `specs` into `out` with `args`, asserting that every draft was written.
fn render(out: &Path, args: &[&str], specs: &[PathBuf]) {
    let mut all = vec!["render", "--output", out.to_str().unwrap()];
    all.extend(args);
    let output = jointly(&all, specs);
    assert!(
        output.status.success() || output.status.code() == Some(1),
        "render failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn stem(spec: &Path) -> String {
    spec.file_stem().unwrap().to_string_lossy().into_owned()
}

/// A part of a Word package, as text; empty if the package has no such part.
fn part(docx: &Path, name: &str) -> String {
    part_of(std::fs::File::open(docx).unwrap(), name)
}

fn part_of(package: impl std::io::Read + std::io::Seek, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(package).unwrap();
    let Ok(mut entry) = archive.by_name(name) else {
        return String::new();
    };
    let mut text = String::new();
    entry.read_to_string(&mut text).unwrap();
    text
}

/// The document's paragraphs (`<w:p …>…</w:p>`), in order.
fn paragraphs(document: &str) -> Vec<&str> {
    document
        .split("<w:p ")
        .skip(1)
        .map(|p| p.split("</w:p>").next().unwrap())
        .collect()
}

/// How many paragraphs carry the clause numbering at `level`.
fn clause_paragraphs(document: &str, level: usize) -> usize {
    let numbering = format!("<w:numId w:val=\"10\" /><w:ilvl w:val=\"{level}\" />");
    paragraphs(document)
        .iter()
        .filter(|p| p.contains(&numbering))
        .count()
}

/// How many Markdown lines start with a clause number of `depth` parts (`1.`, `1.1`, `1.1.1`).
fn numbered_lines(markdown: &str, depth: usize) -> usize {
    markdown
        .lines()
        .filter(|line| {
            let (number, rest) = match depth {
                1 => match line.strip_prefix("## ") {
                    Some(rest) => match rest.split_once(". ") {
                        Some((n, rest)) => (n, rest),
                        None => return false,
                    },
                    None => return false,
                },
                _ => match line.strip_prefix("**").and_then(|l| l.split_once("** ")) {
                    Some((n, rest)) => (n, rest),
                    None => return false,
                },
            };
            !rest.is_empty()
                && number.split('.').count() == depth
                && number.split('.').all(|n| n.parse::<u32>().is_ok())
        })
        .count()
}

/// How many findings and placeholders `check` reports for `spec`: each is one flag.
fn findings(spec: &Path) -> usize {
    let output = jointly(&["check", "--format", "json"], &[spec.to_path_buf()]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let file = &report["files"][0];
    file["findings"].as_array().unwrap().len() + file["placeholders"].as_array().unwrap().len()
}

#[test]
fn every_sample_is_a_word_document_with_list_numbering_tables_and_a_comment_per_finding() {
    let out = scratch("docx-samples");
    let specs = samples();
    render(&out, &["--format", "md,docx"], &specs);
    for spec in &specs {
        let name = stem(spec);
        let docx = out.join(format!("{name}.docx"));
        let markdown = std::fs::read_to_string(out.join(format!("{name}.md"))).unwrap();
        let document = part(&docx, "word/document.xml");
        let numbering = part(&docx, "word/numbering.xml");
        // Clause headings, paragraphs and sub-paragraphs: as many as the Markdown numbers,
        // each numbered by Word, and none carrying its number as text.
        for depth in 1..=3 {
            assert_eq!(
                clause_paragraphs(&document, depth - 1),
                numbered_lines(&markdown, depth),
                "{name}: clause paragraphs of depth {depth}"
            );
        }
        assert!(numbered_lines(&markdown, 1) > 0, "{name}: no clauses");
        let headings = paragraphs(&document)
            .into_iter()
            .filter(|p| p.contains("<w:pStyle w:val=\"Heading1\" />"))
            .collect::<Vec<_>>();
        assert_eq!(
            headings.len(),
            markdown.lines().filter(|l| l.starts_with("## ")).count(),
            "{name}: headings"
        );
        assert!(
            !headings.iter().any(|h| h.contains("preserve\">1. ")),
            "{name}: a clause number written as text"
        );
        assert!(
            numbering.contains("<w:lvlText w:val=\"%1.%2\" />"),
            "{name}"
        );
        assert!(numbering.contains("<w:num w:numId=\"10\">"), "{name}");
        // Tables: one Word table for each Markdown table (contributions, risk shares, …).
        let tables = markdown
            .lines()
            .filter(|l| l.starts_with("|-") || l.starts_with("|:-"))
            .count();
        assert_eq!(
            document.matches("<w:tbl>").count(),
            tables,
            "{name}: tables"
        );
        // Flags: one comment for each finding and placeholder, and none in the body.
        let comments = part(&docx, "word/comments.xml");
        let flags = markdown.lines().filter(|l| l.starts_with("> [!")).count();
        assert_eq!(flags, findings(spec), "{name}: flags in the Markdown");
        assert_eq!(comments.matches("<w:comment ").count(), flags, "{name}");
        assert_eq!(document.matches("<w:commentRangeStart ").count(), flags);
        assert!(!document.contains("[!CAUTION]") && !document.contains("[!WARNING]"));
        // The table of contents, the running header and the page numbers.
        assert!(
            document.contains("TOC \\o &quot;1-1&quot;") || document.contains("TOC \\o \"1-1\"")
        );
        let header = part(&docx, "word/header1.xml");
        assert_eq!(
            header.contains("DRAFT: "),
            markdown.contains("**DRAFT: not for signature.**"),
            "{name}: header"
        );
        assert!(part(&docx, "word/footer1.xml").contains("PAGE"), "{name}");
        let core = part(&docx, "docProps/core.xml");
        assert!(
            core.contains(">1980-01-01T00:00:00Z</dcterms:created>"),
            "{name}"
        );
    }
}

/// Defined terms are bold where they are defined, and each schedule is a section of its own.
/// Each Word comment's text, with XML's escapes undone.
fn comments(comments_xml: &str) -> Vec<String> {
    comments_xml
        .split("<w:comment ")
        .skip(1)
        .map(|comment| {
            let mut text = String::new();
            for run in comment.split("<w:t xml:space=\"preserve\">").skip(1) {
                text.push_str(run.split("</w:t>").next().unwrap());
            }
            text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn every_finding_of_every_rule_fixture_is_exactly_one_word_comment() {
    let templates = Templates::load(None).unwrap();
    let mut problems = Vec::new();
    let mut total = 0;
    for path in common::rule_fixture_files() {
        let Ok(document) = load_file(&path) else {
            continue;
        };
        let checked = check(&document);
        let mut expected: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for finding in &checked.findings {
            *expected
                .entry((finding.rule.id, &finding.message))
                .or_default() += 1;
        }
        for note in &checked.placeholders {
            *expected
                .entry((placeholders::ID, &note.message))
                .or_default() += 1;
        }
        let docx = render_docx(&document, &checked, &templates, false).unwrap();
        let found = comments(&part_of(std::io::Cursor::new(docx), "word/comments.xml"));
        total += found.len();
        let wanted: usize = expected.values().sum();
        if found.len() != wanted {
            problems.push(format!(
                "{}: {} comments for {wanted} findings",
                path.display(),
                found.len()
            ));
        }
        for ((rule, message), want) in expected {
            // Code spans (names of keys and ids) are text in Word, without their backticks.
            let says = format!("({rule}): {}.", message.replace('`', ""));
            let got = found.iter().filter(|c| c.contains(&says)).count();
            if got != want {
                problems.push(format!(
                    "{}: {rule} `{message}`: {got} comments, not {want}",
                    path.display()
                ));
            }
        }
    }
    assert!(total > 300, "only {total} comments across the fixtures");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn defined_terms_are_bold_and_schedules_are_sections() {
    let out = scratch("docx-complete");
    let spec = root().join("samples/complete-s75.yaml");
    render(&out, &["--format", "docx"], std::slice::from_ref(&spec));
    let document = part(&out.join("complete-s75.docx"), "word/document.xml");
    assert!(document.contains(
        "<w:r><w:rPr><w:b /><w:bCs /></w:rPr><w:t xml:space=\"preserve\">Pooled Fund Manager</w:t></w:r><w:r><w:rPr /><w:t xml:space=\"preserve\"> means"
    ));
    // One section break before the schedule, and the body's own section at the end.
    assert_eq!(document.matches("<w:sectPr>").count(), 2);
    let schedule = document.find(">Schedule 1: ").unwrap();
    let first_break = document.find("<w:sectPr>").unwrap();
    assert!(first_break < schedule);
    assert!(document.contains(">Signatures</w:t>"));
}

#[test]
fn a_word_draft_is_byte_identical_on_rerender_whatever_else_is_drafted() {
    let specs = samples();
    let (first, second) = (scratch("docx-again-1"), scratch("docx-again-2"));
    render(&first, &["--format", "docx"], &specs);
    // One at a time, in reverse order: nothing carries over from one draft to the next.
    for spec in specs.iter().rev() {
        render(&second, &["--format", "docx"], std::slice::from_ref(spec));
    }
    for spec in &specs {
        let name = format!("{}.docx", stem(spec));
        let bytes = std::fs::read(first.join(&name)).unwrap();
        assert!(
            bytes == std::fs::read(second.join(&name)).unwrap(),
            "{name}"
        );
    }
}

/// The document's paragraphs without comment anchors and paragraph ids.
fn without_comments(document: &str) -> Vec<String> {
    let mut text = document.to_owned();
    for (start, end) in [
        ("<w:commentRangeStart ", "/>"),
        ("<w:commentRangeEnd ", "/>"),
        ("<w:r><w:rPr /></w:r><w:r><w:commentReference ", "</w:r>"),
        (" w14:paraId=\"", "\""),
    ] {
        while let Some(at) = text.find(start) {
            let close = text[at + start.len()..].find(end).unwrap() + at + start.len();
            text.replace_range(at..close + end.len(), "");
        }
    }
    paragraphs(&text).into_iter().map(str::to_owned).collect()
}

#[test]
fn a_clean_word_draft_is_the_same_document_without_comments() {
    let specs = samples();
    let (flagged, clean) = (scratch("docx-flagged"), scratch("docx-clean"));
    render(&flagged, &["--format", "docx"], &specs);
    render(
        &clean,
        &["--format", "docx", "--clean", "--allow-incomplete"],
        &specs,
    );
    for spec in &specs {
        let name = format!("{}.docx", stem(spec));
        let clean_docx = clean.join(&name);
        assert_eq!(
            part(&clean_docx, "word/comments.xml")
                .matches("<w:comment ")
                .count(),
            0
        );
        let clean_body = part(&clean_docx, "word/document.xml");
        assert!(!clean_body.contains("commentRangeStart"), "{name}");
        // The clean copy leaves out the completeness note, as the Markdown one does; the rest
        // is the same, paragraph for paragraph.
        let mut body = without_comments(&part(&flagged.join(&name), "word/document.xml"));
        if let Some(start) = body.iter().position(|p| p.contains(">Completeness</w:t>")) {
            let end = body[start + 1..]
                .iter()
                .position(|p| p.contains("<w:pStyle w:val=\"Heading1\" />"))
                .unwrap();
            body.drain(start..start + 1 + end);
        }
        assert_eq!(body, without_comments(&clean_body), "{name}");
    }
}

#[test]
fn a_word_draft_changed_since_jointly_wrote_it_is_not_overwritten() {
    let out = scratch("docx-edited");
    let spec = root().join("samples/complete-s75.yaml");
    let specs = std::slice::from_ref(&spec);
    let args = [
        "render",
        "--format",
        "docx",
        "--output",
        out.to_str().unwrap(),
    ];
    assert!(jointly(&args, specs).status.success());
    let again = jointly(&args, specs);
    assert!(String::from_utf8_lossy(&again.stdout).contains("complete-s75.docx unchanged"));
    let path = out.join("complete-s75.docx");
    let mut bytes = std::fs::read(&path).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 1;
    std::fs::write(&path, &bytes).unwrap();
    let refused = jointly(&args, specs);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("changed by hand"));
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    // A document someone else wrote (or Word saved) carries no jointly checksum.
    std::fs::write(&path, b"PK\x05\x06 not ours").unwrap();
    let refused = jointly(&args, specs);
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not written by jointly"));
    let mut forced = args.to_vec();
    forced.push("--force");
    assert!(jointly(&forced, specs).status.success());
    assert!(jointly(&args, specs).status.success());
}

#[test]
fn a_clean_word_draft_is_refused_as_a_clean_markdown_one_is() {
    let out = scratch("docx-refused");
    let spec = root().join("samples/brent-framework-2004.yaml");
    let args = [
        "render",
        "--format",
        "docx",
        "--clean",
        "--output",
        out.to_str().unwrap(),
    ];
    let refused = jointly(&args, std::slice::from_ref(&spec));
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stdout).contains("not writing a clean copy"));
    assert!(!out.join("brent-framework-2004.docx").exists());
}

#[test]
fn characters_xml_cannot_hold_do_not_break_a_word_draft() {
    let out = scratch("docx-hostile");
    let spec = out.join("hostile.yaml");
    let yaml = std::fs::read_to_string(root().join("samples/complete-s75.yaml"))
        .unwrap()
        .replace(
            "title: Westshire Community",
            "title: \"Westshire \\a\\x01\\uFFFF <w:p> & \\u202E Community\"\n  x_title: Westshire Community",
        );
    let yaml = yaml.replacen("  x_title: Westshire Community", "  # was", 1);
    std::fs::write(&spec, yaml).unwrap();
    render(&out, &["--format", "docx"], std::slice::from_ref(&spec));
    let docx = out.join("hostile.docx");
    for name in ["word/document.xml", "word/header1.xml"] {
        let xml = part(&docx, name);
        assert!(
            xml.contains("Westshire     ") && xml.contains("&lt;w:p"),
            "{name}"
        );
        assert!(
            !xml.contains(['\u{7}', '\u{1}', '\u{FFFF}', '\u{202E}']),
            "{name}"
        );
    }
    if let Some(python) = python_with_docx() {
        let read = Command::new(python)
            .arg(root().join("tests/docx/read.py"))
            .arg(&docx)
            .output()
            .unwrap();
        assert!(
            read.status.success(),
            "{}",
            String::from_utf8_lossy(&read.stderr)
        );
    }
}

fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// Says why a test is skipped, or fails in CI.
fn skip(message: &str) {
    assert!(
        std::env::var_os("CI").is_none(),
        "{message} (.ci/run installs it)"
    );
    eprintln!("skipped: {message}");
}

#[test]
fn libreoffice_opens_every_word_draft_and_prints_it_with_page_numbers() {
    let Some(soffice) = find(&["soffice", "libreoffice"]) else {
        return skip("soffice not found: install the Debian package `libreoffice-writer-nogui`");
    };
    let out = scratch("docx-libreoffice");
    let specs = samples();
    render(&out, &["--format", "docx"], &specs);
    let profile = out.join("profile");
    let status = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&out)
        .args(specs.iter().map(|s| out.join(format!("{}.docx", stem(s)))))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let pdftotext = find(&["pdftotext"]);
    for spec in &specs {
        let pdf = out.join(format!("{}.pdf", stem(spec)));
        let bytes = std::fs::read(&pdf).unwrap_or_default();
        assert!(
            bytes.starts_with(b"%PDF"),
            "{} was not converted",
            stem(spec)
        );
        if let Some(pdftotext) = &pdftotext {
            let text = Command::new(pdftotext).arg(&pdf).arg("-").output().unwrap();
            let text = String::from_utf8_lossy(&text.stdout);
            assert!(text.contains("Page 2"), "{}: no page numbers", stem(spec));
            assert!(text.contains("Signatures"), "{}", stem(spec));
        }
    }
}

/// A Python that has python-docx: the first `python3` on the path, or Debian's.
fn python_with_docx() -> Option<PathBuf> {
    let candidates = [find(&["python3"]), Some(PathBuf::from("/usr/bin/python3"))];
    candidates.into_iter().flatten().find(|python| {
        Command::new(python)
            .args(["-c", "import docx"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

#[test]
fn python_docx_reads_every_word_draft_s_headings_tables_and_comments() {
    let Some(python) = python_with_docx() else {
        return skip("python-docx not found: install the Debian package `python3-docx`");
    };
    let out = scratch("docx-python");
    let specs = samples();
    render(&out, &["--format", "md,docx"], &specs);
    for spec in &specs {
        let name = stem(spec);
        let markdown = std::fs::read_to_string(out.join(format!("{name}.md"))).unwrap();
        let read = Command::new(&python)
            .arg(root().join("tests/docx/read.py"))
            .arg(out.join(format!("{name}.docx")))
            .output()
            .unwrap();
        assert!(
            read.status.success(),
            "{}",
            String::from_utf8_lossy(&read.stderr)
        );
        let read = String::from_utf8(read.stdout).unwrap();
        let value = |key: &str| {
            read.lines()
                .find_map(|l| l.strip_prefix(&format!("{key}\t")))
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap()
        };
        let headings: Vec<&str> = read
            .lines()
            .filter(|l| l.starts_with("heading\t"))
            .collect();
        let expected = markdown.lines().filter(|l| l.starts_with('#')).count();
        assert_eq!(headings.len(), expected, "{name}: headings");
        assert!(headings[0].starts_with("heading\tTitle\t"), "{name}");
        assert!(
            headings
                .iter()
                .any(|h| h.starts_with("heading\tHeading 1\t"))
        );
        assert!(
            headings.contains(&"heading\tHeading 1\tSignatures"),
            "{name}"
        );
        let tables = markdown
            .lines()
            .filter(|l| l.starts_with("|-") || l.starts_with("|:-"));
        assert_eq!(value("tables"), tables.count(), "{name}: tables");
        assert!(value("numbered") >= numbered_lines(&markdown, 2), "{name}");
        assert_eq!(value("comments"), findings(spec), "{name}: comments");
    }
}
