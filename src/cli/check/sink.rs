//! Where `jointly check` writes, as each spec is checked: standard output or the `--output`
//! file, the `--sarif-file`, and what is kept for the end (`--statistics`, the CI system's
//! step summary). A report file is written into a temporary file beside it as the run goes and
//! put in its place only once complete, so it is never half-written; each spec's report is
//! dropped once every stream has taken it, so memory does not grow with the number of specs.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use jointly::files::Temporary;
use jointly::report::stream::Stream;
use jointly::report::{self, FileReport, Format, concise};

/// Where the report goes: standard output, or the `--output` file.
pub(super) enum Destination {
    Stdout(Box<dyn Write>),
    File(ReportFile),
}

impl Destination {
    /// Standard output (styled when `colour`), or `output` if given.
    pub(super) fn open(output: Option<&Path>, colour: bool) -> anyhow::Result<Destination> {
        use std::io::IsTerminal;
        if let Some(path) = output {
            return Ok(Destination::File(ReportFile::create(path)?));
        }
        let stdout: Box<dyn Write> = if colour {
            Box::new(anstream::stdout().lock())
        } else if std::io::stdout().is_terminal() {
            Box::new(std::io::stdout().lock())
        } else {
            // A file or a pipe: written in large blocks, not a system call per line.
            Box::new(BufWriter::with_capacity(1 << 16, std::io::stdout().lock()))
        };
        Ok(Destination::Stdout(stdout))
    }

    pub(super) fn writer(&mut self) -> &mut dyn Write {
        match self {
            Destination::Stdout(stdout) => stdout,
            Destination::File(file) => &mut file.file,
        }
    }

    /// Puts the `--output` file in its place, once everything is written to it.
    pub(super) fn commit(self) -> anyhow::Result<()> {
        match self {
            Destination::Stdout(_) => Ok(()),
            Destination::File(file) => file.commit(),
        }
    }
}

/// A report file being written: a temporary file beside it until [`ReportFile::commit`].
pub(super) struct ReportFile {
    path: PathBuf,
    file: BufWriter<Temporary>,
}

impl ReportFile {
    fn create(path: &Path) -> anyhow::Result<ReportFile> {
        let file = Temporary::beside(path).map_err(|e| cannot_write(path, e))?;
        Ok(ReportFile {
            path: path.to_owned(),
            file: BufWriter::with_capacity(1 << 16, file),
        })
    }

    fn commit(self) -> anyhow::Result<()> {
        let path = self.path;
        let file = self
            .file
            .into_inner()
            .map_err(|e| cannot_write(&path, e.into_error()))?;
        file.commit(&path).map_err(|e| cannot_write(&path, e))
    }
}

fn cannot_write(path: &Path, error: std::io::Error) -> anyhow::Error {
    anyhow::anyhow!("{}: cannot be written: {error}", path.display())
}

/// The `--sarif-file`, streamed as the run goes.
pub(super) struct SarifFile {
    file: ReportFile,
    stream: Box<dyn Stream>,
    /// The first failure to write it, reported at the end.
    error: Option<std::io::Error>,
}

impl SarifFile {
    pub(super) fn create(path: &Path) -> anyhow::Result<SarifFile> {
        let format = report::format("sarif")
            .ok_or_else(|| anyhow::anyhow!("this build of jointly has no SARIF format"))?;
        Ok(SarifFile {
            file: ReportFile::create(path)?,
            stream: (format.stream)(),
            error: None,
        })
    }

    fn add(&mut self, report: &FileReport) {
        if self.error.is_none() {
            self.error = self.stream.file(report, &mut self.file.file).err();
        }
    }

    /// Ends the log and puts the file in its place.
    pub(super) fn commit(mut self) -> anyhow::Result<()> {
        let ended = match self.error.take() {
            Some(error) => Err(error),
            None => self.stream.finish(&mut self.file.file),
        };
        ended.map_err(|e| cannot_write(&self.file.path, e))?;
        self.file.commit()
    }
}

/// What the run keeps of each spec's report, besides the human formats' text: the machine
/// format's stream, the step summary's, the count per rule, and the SARIF file.
#[derive(Default)]
pub(super) struct Streams {
    /// The machine format written to the output.
    pub(super) format: Option<Box<dyn Stream>>,
    /// The step summary, when the format has one and the environment names its file.
    pub(super) summary: Option<StepSummary>,
    /// `--statistics`.
    pub(super) statistics: Option<concise::Statistics>,
    pub(super) sarif: Option<SarifFile>,
}

impl Streams {
    /// The streams of a machine format, and its summary where the environment asks for one.
    pub(super) fn of_format(format: &Format) -> Streams {
        let summary = format.summary.as_ref().and_then(|summary| {
            let path = std::env::var_os(summary.variable).filter(|s| !s.is_empty())?;
            Some(StepSummary {
                path: PathBuf::from(path),
                stream: (summary.stream)(),
                error: None,
            })
        });
        Streams {
            format: Some((format.stream)()),
            summary,
            ..Streams::default()
        }
    }

    /// Whether any stream takes the specs' reports.
    pub(super) fn takes_reports(&self) -> bool {
        self.format.is_some() || self.statistics.is_some() || self.sarif.is_some()
    }

    /// Gives one spec's report to the streams that do not write to the output; their failures
    /// are kept for the end.
    pub(super) fn add_aside(&mut self, report: &FileReport) {
        if let Some(statistics) = &mut self.statistics {
            statistics.add(report);
        }
        if let Some(summary) = &mut self.summary {
            summary.add(report);
        }
        if let Some(sarif) = &mut self.sarif {
            sarif.add(report);
        }
    }
}

/// The summary a CI system shows (GitHub's step summary), appended at the end of the run to
/// the file its environment variable names.
pub(super) struct StepSummary {
    path: PathBuf,
    /// Writes nothing until it finishes.
    stream: Box<dyn Stream>,
    /// The first failure to keep a spec's part, reported at the end.
    error: Option<std::io::Error>,
}

impl StepSummary {
    fn add(&mut self, report: &FileReport) {
        if self.error.is_none() {
            self.error = self.stream.file(report, &mut std::io::sink()).err();
        }
    }

    /// Appends the summary to its file.
    pub(super) fn append(mut self) -> anyhow::Result<()> {
        if let Some(error) = self.error {
            return Err(error.into());
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(|e| cannot_write(&self.path, e))?;
        let mut file = BufWriter::new(file);
        self.stream.finish(&mut file)?;
        file.flush()?;
        Ok(())
    }
}

/// The output as the specs come in: once its reader has closed it, or writing has failed,
/// nothing more is written (the failure is reported once every file is checked).
pub(super) struct Out<'a> {
    out: &'a mut dyn Write,
    pub(super) progress: indicatif::ProgressBar,
    pub(super) closed: bool,
    pub(super) error: Option<std::io::Error>,
}

impl<'a> Out<'a> {
    /// The output of a run over `files` files.
    pub(super) fn new(out: &'a mut dyn Write, files: usize) -> Out<'a> {
        Out {
            out,
            progress: progress_bar(files),
            closed: false,
            error: None,
        }
    }

    /// Writes with the progress bar out of the way, when there is one.
    pub(super) fn write(&mut self, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) {
        if self.closed || self.error.is_some() {
            return;
        }
        let written = if self.progress.is_hidden() {
            write(self.out)
        } else {
            self.progress.suspend(|| write(self.out))
        };
        match written {
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => self.closed = true,
            Err(error) => self.error = Some(error),
            Ok(()) => {}
        }
    }
}

/// A progress bar on standard error for long runs on a terminal; hidden in CI and pipes.
fn progress_bar(files: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    let interactive = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    if !interactive || files < 200 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(files as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} checking {pos}/{len} specs {wide_bar} {eta}",
    ) {
        bar.set_style(style);
    }
    bar
}
