//! Issue 11, speed: each file is read once, and whether a walk's YAML file is a spec is
//! decided by the worker that loads it. The results must be those of the serial sniff.

use std::path::PathBuf;

use jointly::runner::{Candidate, is_spec_text};

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("jointly-robust-perf-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_sniff_reads_a_jointly_line_anywhere_and_after_a_byte_order_mark() {
    assert!(is_spec_text(b"jointly: 1\nagreement: {}\n"));
    assert!(is_spec_text(b"# a comment\n\xef\xbb\xbfjointly: 1\n"));
    assert!(!is_spec_text(b"name: ci\n  jointly: 1\n"));
    assert!(!is_spec_text(b""));
}

#[test]
fn a_sniffed_candidate_that_is_not_a_spec_is_skipped_and_a_spec_is_loaded() {
    let dir = scratch("sniff");
    let other = dir.join("workflow.yaml");
    std::fs::write(&other, "name: ci\non: push\n").unwrap();
    let candidate = Candidate {
        path: other.clone(),
        sniff: true,
    };
    assert!(candidate.load().is_none());
    // Named without sniffing, the same file is loaded and reported.
    let named = Candidate {
        path: other,
        sniff: false,
    };
    assert!(matches!(named.load(), Some(Err(_))));
    let spec = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/complete-s75.yaml");
    let sniffed = Candidate {
        path: spec.clone(),
        sniff: true,
    };
    let loaded = sniffed.load().expect("a spec").expect("loads");
    let direct = jointly::spec::load_file(&spec).unwrap();
    assert_eq!(loaded.source, direct.source);
    assert_eq!(loaded.json, direct.json);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_over_the_cap_is_too_large_only_when_its_first_bytes_are_a_spec() {
    let dir = scratch("cap");
    let filler = "# padding\n".repeat(jointly::spec::MAX_FILE_BYTES / 10 + 10);
    let big_spec = dir.join("big.yaml");
    std::fs::write(&big_spec, format!("jointly: 1\n{filler}")).unwrap();
    let big_other = dir.join("other.yaml");
    std::fs::write(&big_other, format!("name: x\n{filler}jointly: 1\n")).unwrap();
    let load = |path: &PathBuf| {
        Candidate {
            path: path.clone(),
            sniff: true,
        }
        .load()
    };
    let error = load(&big_spec).expect("a spec").unwrap_err();
    assert!(
        error.problems[0]
            .message
            .contains("jointly reads specs of up to")
    );
    // The `jointly:` line past the cap is not seen: not a spec, as before.
    assert!(load(&big_other).is_none());
    let _ = std::fs::remove_dir_all(&dir);
}
