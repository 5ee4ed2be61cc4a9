//! `jointly templates export DIR`: writes the built-in draft templates for a council to adapt
//! and pass back with `jointly render --templates DIR`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use jointly::{files, render};

use super::Ending;

#[derive(Subcommand)]
pub enum TemplatesCommand {
    /// Write every built-in draft template (agreement.md, library.md, schedule.md,
    /// components.md, page.html, and deed.md for `jointly diff --deed`) to DIR, creating it if
    /// needed, for a council to adapt and use with `jointly render --templates DIR` (and
    /// `jointly diff --templates DIR`). A file already there with other contents
    /// is left alone, and nothing is written, unless --force.
    Export(ExportArgs),
}

#[derive(Args)]
pub struct ExportArgs {
    /// The directory to write the templates to.
    dir: PathBuf,
    /// Replace template files in DIR that differ from the built-in ones.
    #[arg(long)]
    force: bool,
}

pub fn run(command: TemplatesCommand) -> anyhow::Result<Ending> {
    match command {
        TemplatesCommand::Export(args) => export(&args.dir, args.force),
    }
}

/// Writes the built-in templates to `dir`, each atomically; refuses, before writing any, when
/// a file there differs from the template of its name and `force` is not given.
fn export(dir: &Path, force: bool) -> anyhow::Result<Ending> {
    std::fs::create_dir_all(dir)
        .map_err(|e| anyhow::anyhow!("{}: cannot create the directory: {e}", dir.display()))?;
    let differs = |name: &str, text: &str| {
        let path = dir.join(name);
        path.symlink_metadata().is_ok()
            && std::fs::read(&path).map_or(true, |bytes| bytes != text.as_bytes())
    };
    let changed: Vec<&str> = render::BUILTIN
        .iter()
        .filter(|(name, text)| differs(name, text))
        .map(|(name, _)| *name)
        .collect();
    if !changed.is_empty() && !force {
        anyhow::bail!(
            "{}: {} already there with other contents; nothing was written (--force replaces them)",
            dir.display(),
            changed.join(", ")
        );
    }
    let mut out = anstream::stdout();
    for (name, text) in render::BUILTIN {
        let path = dir.join(name);
        if std::fs::read(&path).is_ok_and(|bytes| bytes == text.as_bytes()) {
            writeln!(out, "unchanged {}", path.display())?;
            continue;
        }
        files::write_atomically(&path, text.as_bytes())
            .map_err(|e| anyhow::anyhow!("{}: cannot be written: {e}", path.display()))?;
        writeln!(out, "wrote {}", path.display())?;
    }
    Ok(Ending::Clean)
}
