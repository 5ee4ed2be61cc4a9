//! The rules chosen for one run on the command line (`--select`, `--extend-select`,
//! `--ignore`), over the configuration's `[rules]`.

use super::{named, selectable_ids};
use crate::rules::Settings;

/// The rules chosen on the command line, over the configuration's `[rules]`, as ruff's
/// `--select`, `--extend-select` and `--ignore`: `select` runs only the rules it names (each
/// at the severity `[rules]` gives it, or its own), `extend_select` adds rules to those run
/// (turning back on a rule `[rules]` turned off), and `ignore` turns rules off, whatever the
/// other two say. Rules are named by ID or name, as in `[rules]`; jointly's own checks
/// (`jointly-waiver-stale`, `jointly-placeholder`, …) count as rules here, except
/// `jointly-unreadable`.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub select: Option<Vec<String>>,
    pub extend_select: Vec<String>,
    pub ignore: Vec<String>,
}

/// A rule named on the command line that jointly does not have.
#[derive(Debug, Clone, thiserror::Error)]
#[error("--{flag}: `{key}` is not a rule; {help}")]
pub struct SelectionError {
    pub flag: &'static str,
    pub key: String,
    pub help: String,
}

impl Selection {
    /// Applies the selection to the settings the configuration gave.
    pub fn apply(&self, settings: &mut Settings) -> Result<(), SelectionError> {
        let rules = |flag: &'static str, keys: &[String]| {
            keys.iter()
                .map(|key| {
                    named(key)
                        .map(|named| named.id())
                        .map_err(|help| SelectionError {
                            flag,
                            key: key.clone(),
                            help,
                        })
                })
                .collect::<Result<Vec<&'static str>, _>>()
        };
        let overrides = &mut settings.overrides;
        if let Some(select) = &self.select {
            let selected = rules("select", select)?;
            for id in selectable_ids() {
                if !selected.contains(&id) {
                    overrides.insert(id, None);
                }
            }
            overrides.retain(|id, severity| severity.is_some() || !selected.contains(id));
        }
        for id in rules("extend-select", &self.extend_select)? {
            if overrides.get(id) == Some(&None) {
                overrides.remove(id);
            }
        }
        for id in rules("ignore", &self.ignore)? {
            overrides.insert(id, None);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::config::{Loaded, parse};
    use crate::rules::Severity;

    #[test]
    fn the_command_line_selects_over_the_configuration() {
        let config = parse(
            "jointly.toml",
            "[rules]\n\"GUIDE07-CL-18\" = \"off\"\npool-manager-is-gp = \"error\"\n",
        )
        .unwrap();
        let loaded = Loaded {
            config,
            path: None,
            root: PathBuf::from("."),
        };
        let on = |selection: Selection, id: &str| {
            let mut settings = loaded.settings();
            selection.apply(&mut settings).unwrap();
            settings.overrides.get(id).copied()
        };
        let select = |ids: &[&str]| Selection {
            select: Some(ids.iter().map(|s| s.to_string()).collect()),
            ..Selection::default()
        };
        // Selected, a rule keeps the severity [rules] gives it; one turned off runs again.
        let both = select(&["GUIDE07-6-PM-EACH", "training-not-addressed"]);
        assert_eq!(
            on(both.clone(), "GUIDE07-6-PM-EACH"),
            Some(Some(Severity::Error))
        );
        assert_eq!(on(both.clone(), "GUIDE07-CL-18"), None);
        assert_eq!(on(both, "REG617-7-4-HOST"), Some(None));
        let extended = Selection {
            extend_select: vec!["GUIDE07-CL-18".into()],
            ..Selection::default()
        };
        assert_eq!(on(extended, "GUIDE07-CL-18"), None);
        let ignored = Selection {
            ignore: vec!["REG617-7-4-HOST".into()],
            extend_select: vec!["REG617-7-4-HOST".into()],
            ..select(&["REG617-7-4-HOST"])
        };
        assert_eq!(on(ignored, "REG617-7-4-HOST"), Some(None));
        let error = select(&["pooled-fund-without-hots"])
            .apply(&mut loaded.settings())
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "--select: `pooled-fund-without-hots` is not a rule; did you mean `pooled-fund-without-host`?"
        );
    }
}
