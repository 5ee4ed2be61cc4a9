//! How a path is shown: the one function every format, the drafts' summaries and the dashboard
//! take a spec's path from, so that the same file reads the same everywhere.

use std::path::{Component, Path, PathBuf};

/// The path as jointly shows it: relative to the working directory when it is inside it
/// (an absolute path there loses the directory's part), without `.` components or doubled
/// separators (`./agreements//x.yaml` is `agreements/x.yaml`), and absolute when it is an
/// absolute path outside the working directory. A file named `-` is shown as `./-`, which is
/// not standard input.
pub fn display(path: &Path) -> String {
    // Only an absolute path is shown against the working directory: asking for it costs a
    // system call and an allocation for every spec of a batch.
    let working = path.is_absolute().then(std::env::current_dir);
    shown(path, working.and_then(Result::ok).as_deref())
}

/// [`display`] against a given working directory.
pub fn shown(path: &Path, working: Option<&Path>) -> String {
    let inside = working
        .filter(|_| path.is_absolute())
        .and_then(|working| path.strip_prefix(working).ok());
    let path = inside.unwrap_or(path);
    let text = match path.to_str() {
        // Most paths are tidy already: they are kept as they are, without rebuilding them.
        Some(text) if is_tidy(text) => text.to_owned(),
        _ => {
            let tidy: PathBuf = path
                .components()
                .filter(|c| !matches!(c, Component::CurDir))
                .collect();
            tidy.display().to_string()
        }
    };
    match text.as_str() {
        "" => ".".to_owned(),
        "-" => "./-".to_owned(),
        _ => text,
    }
}

/// Whether a path's text is as its components would write it again without `.`: no `.`
/// component, no doubled or trailing separator.
fn is_tidy(text: &str) -> bool {
    cfg!(unix)
        && !text.is_empty()
        && !text.ends_with('/')
        && !text.contains("//")
        && text.split('/').skip(1).all(|part| part != ".")
        && text != "."
        && !text.starts_with("./")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_to_the_working_directory_and_tidy() {
        let working = Some(Path::new("/work/repo"));
        let show = |p: &str| shown(Path::new(p), working);
        assert_eq!(show("./agreements/x.yaml"), "agreements/x.yaml");
        assert_eq!(show("agreements//./x.yaml"), "agreements/x.yaml");
        assert_eq!(show("/work/repo/agreements/x.yaml"), "agreements/x.yaml");
        assert_eq!(show("/work/repository/x.yaml"), "/work/repository/x.yaml");
        assert_eq!(show("/elsewhere/./x.yaml"), "/elsewhere/x.yaml");
        assert_eq!(show("../shared/x.yaml"), "../shared/x.yaml");
        assert_eq!(show("/work/repo"), ".");
        assert_eq!(show("./-"), "./-");
        assert_eq!(show("x.yaml"), "x.yaml");
    }

    #[test]
    fn tidy_paths_are_kept_as_the_components_would_write_them() {
        let paths = [
            "a/b.yaml", "/a/b", "./a", "a/./b", "a//b", "a/", ".", "..", "../a", "a/..", "/",
            "//a", "a/.", ".a/b", "a/.b", "-", "./-", "a b/c", "",
        ];
        for path in paths {
            let rebuilt: PathBuf = Path::new(path)
                .components()
                .filter(|c| !matches!(c, Component::CurDir))
                .collect();
            let rebuilt = rebuilt.display().to_string();
            if is_tidy(path) {
                assert_eq!(rebuilt, path, "{path}");
            }
            assert_eq!(shown(Path::new(path), None), shown_slowly(path), "{path}");
        }
    }

    fn shown_slowly(path: &str) -> String {
        let tidy: PathBuf = Path::new(path)
            .components()
            .filter(|c| !matches!(c, Component::CurDir))
            .collect();
        match tidy.display().to_string().as_str() {
            "" => ".".to_owned(),
            "-" => "./-".to_owned(),
            text => text.to_owned(),
        }
    }
}
