//! How a path is shown: the one function every format, the drafts' summaries and the dashboard
//! take a spec's path from, so that the same file reads the same everywhere.

use std::path::{Component, Path, PathBuf};

/// The path as jointly shows it: relative to the working directory when it is inside it
/// (an absolute path there loses the directory's part), without `.` components or doubled
/// separators (`./agreements//x.yaml` is `agreements/x.yaml`), and absolute when it is an
/// absolute path outside the working directory. A file named `-` is shown as `./-`, which is
/// not standard input.
pub fn display(path: &Path) -> String {
    shown(path, std::env::current_dir().ok().as_deref())
}

/// [`display`] against a given working directory.
pub fn shown(path: &Path, working: Option<&Path>) -> String {
    let inside = working
        .filter(|_| path.is_absolute())
        .and_then(|working| path.strip_prefix(working).ok());
    let path = inside.unwrap_or(path);
    let tidy: PathBuf = path
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect();
    let text = tidy.display().to_string();
    match text.as_str() {
        "" => ".".to_owned(),
        "-" => "./-".to_owned(),
        _ => text,
    }
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
}
