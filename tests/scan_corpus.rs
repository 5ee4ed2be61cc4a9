//! The purpose-built scanner on the loader's fast path reads specs as the corpus generator
//! (`examples/gen_corpus`) writes them, and reads them exactly as the parser does: every event,
//! every span, the JSON and the span index (`jointly::spec::scanner_agrees`). A slice of the
//! corpus is built here from the generator's own modules: each spec as `gen_corpus` draws it,
//! with a gap applied to about one in five, written with `to_yaml`.

#[allow(dead_code)]
#[path = "../examples/gen_corpus/agreement.rs"]
mod agreement;
#[allow(dead_code)]
#[path = "../examples/gen_corpus/clauses.rs"]
mod clauses;
#[allow(dead_code)]
#[path = "../examples/gen_corpus/fill.rs"]
mod fill;
#[allow(dead_code)]
#[path = "../examples/gen_corpus/gaps.rs"]
mod gaps;
#[allow(dead_code)]
#[path = "../examples/gen_corpus/money.rs"]
mod money;
#[allow(dead_code)]
#[path = "../examples/gen_corpus/parties.rs"]
mod parties;
#[allow(dead_code)]
#[path = "../examples/gen_corpus/rng.rs"]
mod rng;
#[allow(dead_code)]
#[path = "../examples/gen_corpus/schemes.rs"]
mod schemes;
#[allow(dead_code)]
#[path = "../examples/gen_corpus/themes.rs"]
mod themes;
#[allow(dead_code)]
#[path = "../examples/gen_corpus/words.rs"]
mod words;

use gaps::{GAPS, apply_gap};
use rng::Rng;

#[test]
fn a_slice_of_the_generated_corpus_is_scanned_as_the_parser_reads_it() {
    for number in 1..=300 {
        let mut rng = Rng::new(1, number);
        let (mut spec, area) = agreement::build(&mut rng);
        if rng.chance(20) && !spec.schemes.is_empty() {
            let gap = *rng.pick(GAPS);
            let at = rng.below(spec.schemes.len());
            apply_gap(&mut spec, gap, at, &area, &mut rng);
        }
        let text = jointly::spec::to_yaml(&spec, &format!("corpus spec {number}"));
        match jointly::spec::scanner_agrees(&text) {
            Ok(true) => {}
            Ok(false) => panic!("spec {number}: the scanner gave up on\n{text}"),
            Err(difference) => panic!("spec {number}: {difference}\n{text}"),
        }
    }
}

/// The same for every `*.yaml` in the directory `JOINTLY_SCAN_CORPUS` names (a corpus
/// `gen_corpus` wrote): `JOINTLY_SCAN_CORPUS=/tmp/c1k cargo test --test scan_corpus -- --ignored`.
#[test]
#[ignore = "needs a corpus directory in JOINTLY_SCAN_CORPUS"]
fn a_written_corpus_is_scanned_as_the_parser_reads_it() {
    let dir = std::env::var("JOINTLY_SCAN_CORPUS").expect("JOINTLY_SCAN_CORPUS names a directory");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("a readable directory")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("a readable spec");
        match jointly::spec::scanner_agrees(&text) {
            Ok(true) => {}
            Ok(false) => panic!("{}: the scanner gave up", path.display()),
            Err(difference) => panic!("{}: {difference}", path.display()),
        }
    }
    eprintln!(
        "the scanner read all {} specs as the parser does",
        files.len()
    );
}
