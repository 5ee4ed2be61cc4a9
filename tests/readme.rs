//! The README's figures that change with the rules are the tool's real output: the tour's
//! summary line and the count of rules in its closing note.

use std::path::Path;

use jointly::report::human;
use jointly::rules::{self, coverage};

#[test]
fn the_tour_shows_the_current_output_for_its_sample() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let sample = "samples/oxfordshire-learning-disability-2006.yaml";
    let document = jointly::spec::load_file(&root.join(sample)).expect("the sample loads");
    let checked = rules::check(&document);
    let summary = human::summary(sample, &checked);
    assert!(
        readme.contains(&summary),
        "README.md's tour should show `{summary}`"
    );
    let mut run = coverage::RunCoverageBuilder::default();
    run.add(&checked.applied, &coverage::relevant(&document.spec));
    let note = human::scope_note(&run.finish());
    let opening = note.split(':').next().expect("the note has an opening");
    assert!(
        readme.contains(opening),
        "README.md's tour should open its closing note with `{opening}`"
    );
}
