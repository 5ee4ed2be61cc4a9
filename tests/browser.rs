//! Drafts in a real browser: headless Chromium prints the HTML to an A4 PDF with page numbers,
//! takes a screenshot, and loads a hostile draft without running a script or making a request.
//!
//! Needs Debian's `chromium` (and `pdftotext` from poppler-utils); `.ci/run` installs both. Where
//! they are missing the tests say so and skip, except in CI (`CI` set), where they fail.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// The tool, or `None` after saying why the test is skipped (a failure in CI).
fn require(names: &[&str], package: &str) -> Option<PathBuf> {
    let found = find(names);
    if found.is_none() {
        let message = format!(
            "{} not found: install the Debian package `{package}` to run the browser tests",
            names[0]
        );
        assert!(
            std::env::var_os("CI").is_none(),
            "{message} (.ci/run installs it)"
        );
        eprintln!("skipped: {message}");
    }
    found
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn render(spec: &Path, out: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(["render", "--format", "html", "--output"])
        .arg(out)
        .arg(spec)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
}

/// Runs headless Chromium with the flags this machine's closed network needs, for at most a
/// minute, and returns its standard output.
fn chromium(chrome: &Path, profile: &Path, args: &[String]) -> String {
    let mut child = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("chromium did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_draft_prints_to_a_multi_page_a4_pdf_with_page_numbers() {
    let Some(chrome) = require(&["chromium", "chromium-browser"], "chromium") else {
        return;
    };
    let dir = scratch("browser-print");
    let spec = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples/oxfordshire-learning-disability-2006.yaml");
    render(&spec, &dir);
    let html = dir.join("oxfordshire-learning-disability-2006.html");
    let pdf = dir.join("draft.pdf");
    let png = dir.join("draft.png");
    let url = format!("file://{}", html.display());
    chromium(
        &chrome,
        &dir.join("profile"),
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
            url.clone(),
        ],
    );
    chromium(
        &chrome,
        &dir.join("profile"),
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1000,1400".into(),
            url,
        ],
    );

    let bytes = std::fs::read(&pdf).expect("chromium wrote a PDF");
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    assert!(pages > 1, "expected several pages, got {pages}");
    assert!(
        text.contains("595") && text.contains("842"),
        "the pages are not A4"
    );
    assert!(
        std::fs::metadata(&png)
            .expect("chromium wrote a screenshot")
            .len()
            > 10_000
    );

    let Some(pdftotext) = require(&["pdftotext"], "poppler-utils") else {
        return;
    };
    let output = Command::new(pdftotext).arg(&pdf).arg("-").output().unwrap();
    let words = String::from_utf8_lossy(&output.stdout);
    assert!(
        words.contains(&format!("Page 1 of {pages}")),
        "no page numbers in:\n{words}"
    );
    assert!(words.contains(&format!("Page {pages} of {pages}")));
    assert!(
        words.contains("DRAFT: Learning Disability Service Partnership"),
        "no running header"
    );
    assert!(
        words.contains("Required by law (REG617-7-3-f)"),
        "flags must print"
    );
}

#[test]
fn a_hostile_draft_runs_no_script_and_makes_no_request() {
    let Some(chrome) = require(&["chromium", "chromium-browser"], "chromium") else {
        return;
    };
    let dir = scratch("browser-hostile");
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let template = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render/hostile.yaml"),
    )
    .unwrap();
    let spec = dir.join("hostile.yaml");
    std::fs::write(&spec, template.replace("HOST:PORT", &address)).unwrap();
    render(&spec, &dir);
    let url = format!("file://{}", dir.join("hostile.html").display());
    let dom = chromium(
        &chrome,
        &dir.join("profile"),
        &[
            "--virtual-time-budget=5000".into(),
            "--dump-dom".into(),
            url,
        ],
    );

    let title = dom
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .expect("the page has a title");
    assert!(
        title.starts_with("DRAFT: "),
        "a script changed the title to {title:?}"
    );
    assert!(
        dom.contains("&lt;script&gt;"),
        "the payload is shown as text"
    );
    match listener.accept() {
        Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {}
        Ok((_, peer)) => panic!("the page made a request (from {peer})"),
        Err(error) => panic!("{error}"),
    }
}

#[test]
fn the_portfolio_prints_in_a4_landscape() {
    let Some(chrome) = require(&["chromium", "chromium-browser"], "chromium") else {
        return;
    };
    let dir = scratch("browser-portfolio");
    let html = dir.join("portfolio.html");
    let status = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args([
            "report",
            "--as-of",
            "2026-11-25",
            "--fail-on",
            "never",
            "--output",
        ])
        .arg(&html)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples"))
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let pdf = dir.join("portfolio.pdf");
    let url = format!("file://{}", html.display());
    chromium(
        &chrome,
        &dir.join("profile"),
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
            url,
        ],
    );
    let bytes = std::fs::read(&pdf).expect("chromium wrote a PDF");
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("/MediaBox [0 0 841.9") || text.contains("/MediaBox [0 0 842"),
        "the pages are not A4 landscape"
    );
    let Some(pdftotext) = require(&["pdftotext"], "poppler-utils") else {
        return;
    };
    let output = Command::new(pdftotext).arg(&pdf).arg("-").output().unwrap();
    let words = String::from_utf8_lossy(&output.stdout);
    assert!(words.contains("Page 1 of"), "no page numbers");
    for heading in [
        "Requirements by agreement",
        "Pooled money by partner",
        "Reviews and expiries due",
        "novation needed",
        "Waivers",
    ] {
        assert!(
            words.contains(heading),
            "the printed portfolio lacks {heading:?}"
        );
    }
}
