//! The README's tour shows the tool's real output for a sample: it is generated between the
//! `<!-- generated:tour -->` markers and kept fresh here (`JOINTLY_UPDATE_DOCS=1`, or
//! `scripts/regenerate`), so figures that change with the rules can never go stale.

use std::path::Path;
use std::process::Command;

const SAMPLE: &str = "samples/oxfordshire-learning-disability-2006.yaml";
const START: &str = "<!-- generated:tour -->\n";
const END: &str = "<!-- end generated -->";

/// The tour: the first error in full, the first unverified warning's heading, and the closing
/// summary and note, as `jointly check` prints them without colour.
fn tour() -> String {
    let text = check(&["--no-config", SAMPLE]);
    let first = text
        .split("\n\n")
        .find(|block| block.starts_with("error["))
        .expect("an error");
    let unverified = text
        .lines()
        .find(|l| l.starts_with("warning[") && l.ends_with("(unverified)"))
        .expect("an unverified finding");
    let closing: Vec<&str> = text
        .lines()
        .rev()
        .filter(|l| !l.is_empty())
        .take(2)
        .collect();
    format!(
        "```text\n$ jointly check {SAMPLE}\n{first}\n...\n{unverified}\n...\n{}\n{}\n```\n",
        closing[1], closing[0]
    )
}

/// What `jointly check ARGS` prints without colour.
fn check(args: &[&str]) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .arg("check")
        .args(args)
        .current_dir(root)
        .env("NO_COLOR", "1")
        .output()
        .expect("run jointly");
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The tour's second part: the count per rule over the samples (its first lines and its
/// total), and one sample's findings one line each.
fn summaries() -> String {
    let statistics = check(&["--no-config", "samples/", "--statistics"]);
    let lines: Vec<&str> = statistics.lines().collect();
    let concise_sample = "samples/haringey-s256-2023.yaml";
    let concise = check(&["--no-config", concise_sample, "--output-format", "concise"]);
    format!(
        "```text\n$ jointly check samples/ --statistics\n{}\n{}\n...\n{}\n$ jointly check {concise_sample} --output-format concise\n{concise}```\n",
        lines[0],
        lines[1],
        lines[lines.len() - 1]
    )
}

/// Checks, or with `JOINTLY_UPDATE_DOCS` rewrites, the README's text between `start` and the
/// end marker after it.
fn keep_fresh(start_marker: &str, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let start = readme
        .find(start_marker)
        .expect("README.md has the markers")
        + start_marker.len();
    let end = start + readme[start..].find(END).expect("the end marker");
    if std::env::var_os("JOINTLY_UPDATE_DOCS").is_some() {
        let updated = format!("{}{generated}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).expect("write README.md");
        return;
    }
    assert!(
        readme[start..end] == *generated,
        "README.md's {start_marker} is stale: run `JOINTLY_UPDATE_DOCS=1 cargo test --test readme`"
    );
}

#[test]
fn the_tour_shows_the_current_output_for_its_sample() {
    keep_fresh(START, &tour());
}

#[test]
fn the_tour_shows_the_current_statistics_and_concise_output() {
    keep_fresh("<!-- generated:tour-summaries -->\n", &summaries());
}
