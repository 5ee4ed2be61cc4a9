//! Issue 11, defects 3 to 8, through the binary: temporary files, `--output` clobbering, the
//! directory walk, exit statuses on a closed pipe and from `report`, the size cap's sniff, and
//! a configuration or templates directory that is not there.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A run's exit code, standard output and standard error. A run that takes longer than a
/// minute (blocked on a FIFO, reading a huge file whole) is killed and fails the test.
fn jointly(args: &[&str], dir: &Path) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let read = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = read(Box::new(child.stdout.take().unwrap()));
    let stderr = read(Box::new(child.stderr.take().unwrap()));
    let code = wait(&mut child, args);
    (code, stdout.join().unwrap(), stderr.join().unwrap())
}

/// The exit code, killing the run (and failing) if it takes more than a minute.
fn wait(child: &mut std::process::Child, args: &[&str]) -> i32 {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code().unwrap_or(-1);
        }
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("jointly {args:?} did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
}

/// A spec that does not load.
const INVALID: &str = "jointly: 1\nagreement: [\n";

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Plants a temporary file as a crashed run leaves it, an hour old.
fn plant_stale(path: &Path) {
    let file = std::fs::File::create(path).unwrap();
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    file.set_modified(hour_ago).unwrap();
}

// Defect 3: temporary files are created exclusively, and stale ones are cleaned up.
#[cfg(unix)]
#[test]
fn check_output_ignores_planted_links_and_removes_stale_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    // The old name was predictable (`.NAME.jointly-PID.tmp`): plant links for the next pids.
    let mut probe = Command::new("true").spawn().unwrap();
    let next = probe.id();
    probe.wait().unwrap();
    for pid in next..next + 300 {
        let link = dir.path().join(format!(".report.json.jointly-{pid}.tmp"));
        std::os::unix::fs::symlink(&victim, link).unwrap();
    }
    std::fs::remove_file(dir.path().join(format!(".report.json.jointly-{next}.tmp"))).unwrap();
    plant_stale(&dir.path().join(format!(".report.json.jointly-{next}.tmp")));
    let spec = sample("complete-s75.yaml");
    let (code, _, stderr) = jointly(
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "-o",
            "report.json",
            spec.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(code == 0 || code == 1, "{stderr}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    let report = std::fs::read_to_string(dir.path().join("report.json")).unwrap();
    assert!(report.contains("\"name\": \"jointly\""), "{report}");
    let stale = format!(".report.json.jointly-{next}.tmp");
    assert!(
        !names_in(dir.path()).contains(&stale),
        "the stale temporary file was left"
    );
}

// Defect 3: drafts go through the same writer.
#[test]
fn render_removes_stale_temporary_files_and_leaves_none() {
    let dir = tempfile::tempdir().unwrap();
    let drafts = dir.path().join("drafts");
    std::fs::create_dir(&drafts).unwrap();
    plant_stale(&drafts.join(".complete-s75.md.jointly-99999.tmp"));
    let spec = sample("complete-s75.yaml");
    let (code, _, stderr) = jointly(&["render", spec.to_str().unwrap()], dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        names_in(&drafts),
        ["complete-s75.html", "complete-s75.md"],
        "temporary files were left"
    );
}

// Defect 4: `check --output` never replaces a spec it checks, nor a file it did not write
// unless --force.
#[test]
fn check_output_refuses_to_overwrite_its_input_or_a_file_it_did_not_write() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(sample("complete-s75.yaml"), dir.path().join("self.yaml")).unwrap();
    let before = std::fs::read(dir.path().join("self.yaml")).unwrap();
    let (code, _, stderr) = jointly(
        &["check", "--no-config", "-o", "self.yaml", "self.yaml"],
        dir.path(),
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("is a spec this run checks"), "{stderr}");
    let (code, _, stderr) = jointly(
        &[
            "check",
            "--no-config",
            "--force",
            "-o",
            "self.yaml",
            "self.yaml",
        ],
        dir.path(),
    );
    assert_eq!(code, 2, "--force never replaces an input: {stderr}");
    assert_eq!(std::fs::read(dir.path().join("self.yaml")).unwrap(), before);

    std::fs::write(dir.path().join("notes.txt"), "my notes\n").unwrap();
    let (code, _, stderr) = jointly(
        &["check", "--no-config", "-o", "notes.txt", "self.yaml"],
        dir.path(),
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("not a report jointly wrote"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "my notes\n"
    );
    let (code, _, stderr) = jointly(
        &[
            "check",
            "--no-config",
            "--force",
            "-o",
            "notes.txt",
            "self.yaml",
        ],
        dir.path(),
    );
    assert!(code < 2, "{stderr}");
    assert_ne!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "my notes\n"
    );
    // A report jointly wrote, in any format, is replaced without --force.
    for format in ["human", "json", "sarif", "junit", "github", "gitlab"] {
        for _ in 0..2 {
            let (code, _, stderr) = jointly(
                &[
                    "check",
                    "--no-config",
                    "--format",
                    format,
                    "-o",
                    "out",
                    "self.yaml",
                ],
                dir.path(),
            );
            assert!(code < 2, "{format}: {stderr}");
        }
        std::fs::remove_file(dir.path().join("out")).unwrap();
    }
}

// Defect 5: a FIFO, a device and a symbolic link loop named on the command line say what they
// are, and a FIFO is never read (the run would block).
#[cfg(unix)]
#[test]
fn a_fifo_a_device_and_a_link_loop_say_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.yaml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink("loop.yaml", dir.path().join("loop.yaml")).unwrap();
    std::os::unix::fs::symlink("gone.yaml", dir.path().join("dangling.yaml")).unwrap();
    std::fs::write(dir.path().join("bad.yaml"), INVALID).unwrap();
    let (code, stdout, stderr) = jointly(
        &[
            "check",
            "--no-config",
            "pipe.yaml",
            "/dev/null",
            "loop.yaml",
            "dangling.yaml",
            "bad.yaml",
        ],
        dir.path(),
    );
    assert_eq!(code, 2, "{stderr}");
    for said in [
        "is a named pipe (FIFO)",
        "is a device",
        "is a symbolic link that loops",
        "is a symbolic link to gone.yaml, which does not exist",
        "bad.yaml:2:",
        "5 could not be checked",
    ] {
        assert!(stdout.contains(said), "{said}: {stdout}");
    }
    assert!(!stdout.contains("no such file"), "{stdout}");
}

// Defect 5: in a walk, a symbolic link to a spec is followed; a dangling one is reported.
#[cfg(unix)]
#[test]
fn a_walk_follows_links_to_specs_and_reports_dangling_ones() {
    let dir = tempfile::tempdir().unwrap();
    let specs = dir.path().join("specs");
    std::fs::create_dir(&specs).unwrap();
    std::os::unix::fs::symlink(sample("complete-s75.yaml"), specs.join("linked.yaml")).unwrap();
    std::os::unix::fs::symlink("gone.yaml", specs.join("dangling.yaml")).unwrap();
    let (code, stdout, stderr) = jointly(&["check", "--no-config", "specs"], dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.contains("specs/dangling.yaml"), "{stdout}");
    assert!(stdout.contains("which does not exist"), "{stdout}");
    assert!(stdout.contains("checked 2 specs"), "{stdout}");
    assert!(stdout.contains("1 could not be checked"), "{stdout}");
}

// Defect 5: one unreadable subdirectory is reported, and the rest of the walk is checked.
#[cfg(unix)]
#[test]
fn an_unreadable_subdirectory_is_reported_and_the_walk_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("specs/locked");
    std::fs::create_dir_all(&locked).unwrap();
    std::fs::copy(sample("complete-s75.yaml"), dir.path().join("specs/a.yaml")).unwrap();
    std::fs::copy(sample("complete-s75.yaml"), locked.join("b.yaml")).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Permissions do not bite for root (as in many containers): there the directory can still
    // be read, and the test has nothing to show, so it says so and stops.
    if std::fs::read_dir(&locked).is_ok() {
        eprintln!("skipped: running as root, so a mode 000 directory is still readable");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
        return;
    }
    let (code, stdout, stderr) = jointly(&["check", "--no-config", "specs"], dir.path());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.contains("specs/a.yaml"), "{stdout}");
    assert!(
        stdout.contains("jointly cannot read this directory"),
        "{stdout}"
    );
    assert!(stdout.contains("1 could not be checked"), "{stdout}");
}

// Defect 6: a reader that closes the pipe does not turn a failing run into a success.
#[test]
fn a_closed_pipe_keeps_the_runs_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.yaml", "b.yaml", "c.yaml"] {
        std::fs::write(dir.path().join(name), INVALID).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_jointly"))
        .args(["check", "--no-config", "."])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // As `| head -0` would: the reader goes before anything is written.
    drop(child.stdout.take());
    assert_eq!(wait(&mut child, &["check"]), 2);
}

// Defect 6: `report` exits with the run's status, as `check` does, and takes --fail-on.
#[test]
fn report_exits_with_the_runs_status() {
    let dir = tempfile::tempdir().unwrap();
    let failing = dir.path().join("failing");
    std::fs::create_dir(&failing).unwrap();
    std::fs::copy(
        sample("brent-framework-2004.yaml"),
        failing.join("brent.yaml"),
    )
    .unwrap();
    let report = |args: &[&str]| {
        let mut all = vec!["report", "--as-of", "2026-11-25", "--format", "json"];
        all.extend_from_slice(args);
        jointly(&all, dir.path()).0
    };
    assert_eq!(report(&["failing"]), 1);
    assert_eq!(report(&["--fail-on", "never", "failing"]), 0);
    std::fs::write(failing.join("bad.yaml"), INVALID).unwrap();
    assert_eq!(report(&["--fail-on", "never", "failing"]), 2);
}

// Defect 7: a huge YAML file is sniffed, never read whole: one that is not a spec is skipped,
// one that is reported as too large, both at once.
#[test]
fn a_huge_file_is_judged_by_its_first_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let specs = dir.path().join("specs");
    std::fs::create_dir(&specs).unwrap();
    std::fs::copy(sample("complete-s75.yaml"), specs.join("a.yaml")).unwrap();
    // Sparse files of 64 GiB: reading one whole would take minutes and more memory than the
    // machine has.
    let huge = 64 << 30;
    std::fs::File::create(specs.join("data.yaml"))
        .unwrap()
        .set_len(huge)
        .unwrap();
    let (code, stdout, stderr) = jointly(&["check", "--no-config", "specs"], dir.path());
    assert!(code < 2, "{stderr}");
    assert!(!stdout.contains("data.yaml"), "{stdout}");
    let file = std::fs::File::create(specs.join("big.yaml")).unwrap();
    std::io::Write::write_all(&mut &file, b"jointly: 1\n").unwrap();
    file.set_len(huge).unwrap();
    let (code, stdout, stderr) = jointly(&["check", "--no-config", "specs"], dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.contains("specs/big.yaml"), "{stdout}");
    assert!(
        stdout.contains("jointly reads specs of up to 2 MB"),
        "{stdout}"
    );
}

// Defect 8: a `jointly.toml` that is a directory, or a dangling link, is reported.
#[test]
fn a_configuration_that_is_not_a_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(sample("complete-s75.yaml"), dir.path().join("a.yaml")).unwrap();
    std::fs::create_dir(dir.path().join("jointly.toml")).unwrap();
    let (code, _, stderr) = jointly(&["check", "a.yaml"], dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("jointly.toml"), "{stderr}");
    assert!(stderr.contains("is a directory"), "{stderr}");
    #[cfg(unix)]
    {
        std::fs::remove_dir(dir.path().join("jointly.toml")).unwrap();
        std::os::unix::fs::symlink("gone.toml", dir.path().join("jointly.toml")).unwrap();
        let (code, _, stderr) = jointly(&["check", "a.yaml"], dir.path());
        assert_eq!(code, 2, "{stderr}");
        assert!(
            stderr.contains("is a symbolic link to gone.toml"),
            "{stderr}"
        );
    }
}

// Defect 8: a `--templates` directory that does not exist, or is a file, is reported.
#[test]
fn a_missing_templates_directory_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let spec = sample("complete-s75.yaml");
    let (code, _, stderr) = jointly(
        &["render", "--templates", "mine", spec.to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("mine: no such directory"), "{stderr}");
    std::fs::write(dir.path().join("agreement.md"), "# {{ title }}\n").unwrap();
    let (code, _, stderr) = jointly(
        &[
            "render",
            "--templates",
            "agreement.md",
            spec.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("names a directory of templates"),
        "{stderr}"
    );
    assert!(!dir.path().join("drafts").exists());
}
