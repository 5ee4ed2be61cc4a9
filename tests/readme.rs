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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(["check", "--no-config", SAMPLE])
        .current_dir(root)
        .env("NO_COLOR", "1")
        .output()
        .expect("run jointly");
    let text = String::from_utf8(output.stdout).expect("UTF-8 output");
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

#[test]
fn the_tour_shows_the_current_output_for_its_sample() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let start = readme.find(START).expect("README.md has the tour markers") + START.len();
    let end = start + readme[start..].find(END).expect("the tour's end marker");
    let generated = tour();
    if std::env::var_os("JOINTLY_UPDATE_DOCS").is_some() {
        let updated = format!("{}{generated}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).expect("write README.md");
        return;
    }
    assert!(
        readme[start..end] == generated,
        "README.md's tour is stale: run `JOINTLY_UPDATE_DOCS=1 cargo test --test readme`"
    );
}
