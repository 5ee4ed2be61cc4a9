//! `scripts/release-archive`, the install route for people without Rust: the archive holds a
//! binary that runs, its manual pages and completions, and is the same bytes when rebuilt.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(command: &mut Command) -> (i32, String) {
    let output = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty() || output.status.success(), "{stderr}");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn archive(binary: &Path, out: &Path) -> PathBuf {
    let (status, stdout) = run(Command::new(root().join("scripts/release-archive"))
        .arg("--binary")
        .arg(binary)
        .arg("--out")
        .arg(out));
    assert_eq!(status, 0);
    PathBuf::from(stdout.trim())
}

#[test]
fn the_release_archive_is_reproducible_and_runs() {
    let scratch = std::env::temp_dir().join(format!("jointly-release-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();
    // A stripped copy of the binary under test keeps the archive small enough to build twice.
    let binary = scratch.join("jointly");
    let (status, _) = run(Command::new("strip")
        .arg("-o")
        .arg(&binary)
        .arg(env!("CARGO_BIN_EXE_jointly")));
    assert_eq!(status, 0);
    let first = archive(&binary, &scratch.join("one"));
    let second = archive(&binary, &scratch.join("two"));
    let name = first.file_name().unwrap().to_str().unwrap().to_string();
    let version = env!("CARGO_PKG_VERSION");
    assert!(name.starts_with(&format!("jointly-{version}-")), "{name}");
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap()
    );
    let sums = std::fs::read_to_string(first.with_file_name(format!("{name}.sha256"))).unwrap();
    assert!(sums.ends_with(&format!("  {name}\n")), "{sums}");

    let (status, _) = run(Command::new("tar")
        .arg("-xzf")
        .arg(&first)
        .arg("-C")
        .arg(&scratch));
    assert_eq!(status, 0);
    let unpacked = scratch.join(name.trim_end_matches(".tar.gz"));
    let jointly = unpacked.join("bin/jointly");
    let (status, stdout) = run(Command::new(&jointly).arg("--version"));
    assert_eq!((status, stdout), (0, format!("jointly {version}\n")));
    // The samples travel with it, so the README's first command works from the archive.
    let (status, stdout) = run(Command::new(&jointly)
        .args(["check", "--quiet", "samples/complete-s75.yaml"])
        .current_dir(&unpacked));
    assert_eq!((status, stdout.as_str()), (0, ""));
    let pages = |dir: &Path| std::fs::read_dir(dir).unwrap().count();
    assert_eq!(
        pages(&unpacked.join("share/man/man1")),
        pages(&root().join("docs/man"))
    );
    assert_eq!(
        pages(&unpacked.join("share/completions")),
        pages(&root().join("completions"))
    );
    std::fs::remove_dir_all(&scratch).unwrap();
}
