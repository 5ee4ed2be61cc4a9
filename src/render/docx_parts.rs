//! The fixed parts of the Word draft: styles, list numbering definitions, the running header
//! and footer, the table of contents field, and the package itself, with fixed timestamps and
//! ids so that the same draft always gives the same bytes.

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, FieldCharType, Footer, Header, IndentLevel,
    InstrPAGE, InstrText, InstrToC, Level, LevelJc, LevelOverride, LevelText, LineSpacing,
    NumberFormat, Numbering, NumberingId, Paragraph, Run, SectionProperty, SpecialIndentType,
    Start, Style, StyleType, Table, create_footer_rid, create_header_rid,
};

use super::RenderError;

// docx-rs defines numbering 1 of its own, so the draft's start at 10.
/// The list numbering of clauses: 1, 1.1, 1.1.1.
pub(super) const CLAUSES: usize = 10;
/// The list numbering of recitals: A, B, C.
pub(super) const RECITALS: usize = 11;
/// Bulleted lists.
pub(super) const BULLETS: usize = 12;
/// The first numbering of a numbered list; each numbered list has its own, so each starts
/// at its own first number.
const FIRST_LIST: usize = 13;

/// The timestamp the package records (core properties and comments): fixed, so the bytes do
/// not depend on when the draft was rendered. It is the earliest time a ZIP entry can carry,
/// which is also the time of every entry in the package.
pub(super) const TIMESTAMP: &str = "1980-01-01T00:00:00Z";

/// Twips of text width on an A4 page with the default margins (1 inch either side).
pub(super) const TEXT_WIDTH: usize = 11906 - 2 * 1440;

/// Text as Word can hold it: XML 1.0 cannot carry control characters or U+FFFE and U+FFFF,
/// so they become spaces, as in the drafts' SVG (`text::xml`).
pub(super) fn word_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            c if c.is_control() => ' ',
            '\u{FFFE}' | '\u{FFFF}' => ' ',
            c => c,
        })
        .collect()
}

/// Paragraph ids, given in order, so they do not depend on what else the process drafted.
#[derive(Default)]
pub(super) struct Ids(u32);

impl Ids {
    /// Ids for comments' paragraphs: a range of their own, so that the body's paragraphs have
    /// the same ids with comments and without.
    pub(super) fn for_comments() -> Ids {
        Ids(0x4000_0000)
    }

    /// A new paragraph with the next id.
    pub(super) fn paragraph(&mut self) -> Paragraph {
        self.0 += 1;
        Paragraph::new().id(format!("{:08X}", self.0))
    }
}

/// The numbered lists of the draft, each with the number it starts at.
#[derive(Default)]
pub(super) struct Lists(Vec<usize>);

impl Lists {
    /// The numbering id of a new numbered list starting at `start`.
    pub(super) fn numbered(&mut self, start: u64) -> usize {
        self.0.push(usize::try_from(start).unwrap_or(1));
        FIRST_LIST + self.0.len() - 1
    }
}

/// One piece of the body.
pub(super) enum Part {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
    /// A section ends here: what follows starts a new page, as a section of its own.
    Break,
}

/// The Word package of the body `parts`, with `header` as the running header of every page.
pub(super) fn package(
    parts: Vec<Part>,
    lists: &Lists,
    header: &str,
    ids: &mut Ids,
) -> Result<Vec<u8>, RenderError> {
    let running = Header::new().add_paragraph(
        ids.paragraph()
            .style("Header")
            .add_run(Run::new().add_text(word_text(header))),
    );
    let footer = Footer::new().add_paragraph(page_number(ids.paragraph()));
    let mut docx = styles(Docx::new())
        .created_at(TIMESTAMP)
        .updated_at(TIMESTAMP);
    docx = numbering(docx, lists);
    // Every section shows the one running header and footer. Sections end in a paragraph
    // that carries the section's properties, rather than in docx-rs's `Section`, which keeps
    // a header or a footer but not both, and whose paragraphs' comments it does not collect.
    let section = SectionProperty::new()
        .header(running.clone(), &create_header_rid(1))
        .footer(footer.clone(), &create_footer_rid(1));
    for part in parts {
        docx = match part {
            Part::Paragraph(p) => docx.add_paragraph(*p),
            Part::Table(t) => docx.add_table(*t),
            Part::Break => docx.add_paragraph(ids.paragraph().section_property(section.clone())),
        };
    }
    docx = docx.header(running).footer(footer);
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut bytes)
        .map_err(|error| RenderError::Docx(error.to_string()))?;
    Ok(bytes.into_inner())
}

/// A field whose result Word computes: `instruction` between the field characters, and
/// `shown` until Word updates it.
fn field(paragraph: Paragraph, instruction: InstrText, shown: &str, dirty: bool) -> Paragraph {
    paragraph
        .add_run(Run::new().add_field_char(FieldCharType::Begin, dirty))
        .add_run(Run::new().add_instr_text(instruction))
        .add_run(Run::new().add_field_char(FieldCharType::Separate, false))
        .add_run(Run::new().add_text(shown))
        .add_run(Run::new().add_field_char(FieldCharType::End, false))
}

/// The footer's paragraph: "Page" and the page number.
fn page_number(paragraph: Paragraph) -> Paragraph {
    let paragraph = paragraph
        .style("Footer")
        .align(AlignmentType::Center)
        .add_run(Run::new().add_text("Page "));
    field(paragraph, InstrText::PAGE(InstrPAGE::new()), "1", false)
}

/// The table of contents: a title and a TOC field over the clause and schedule headings,
/// marked for Word to update when the document is opened.
pub(super) fn contents(ids: &mut Ids) -> [Paragraph; 2] {
    let instruction = InstrToC::new().heading_styles_range(1, 1).hyperlink();
    [
        ids.paragraph()
            .style("TOCHeading")
            .add_run(Run::new().add_text("Contents")),
        field(
            ids.paragraph(),
            InstrText::TOC(instruction),
            "Update this field (F9) to list the clauses and schedules.",
            true,
        )
        .add_run(Run::new().add_break(BreakType::Page)),
    ]
}

/// The paragraph styles the draft uses, with Word's built-in names so that Word's navigation
/// pane, outline and table of contents recognise the headings.
fn styles(docx: Docx) -> Docx {
    let heading = |id: &str, name: &str, level: usize, size: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .outline_lvl(level)
            .bold()
            .size(size)
            .line_spacing(LineSpacing::new().before(240).after(120))
    };
    let plain = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
    };
    docx.default_size(22)
        .default_line_spacing(LineSpacing::new().after(120))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .size(36),
        )
        .add_style(heading("Heading1", "heading 1", 0, 28))
        .add_style(heading("Heading2", "heading 2", 1, 24))
        .add_style(heading("Heading3", "heading 3", 2, 22))
        .add_style(plain("TOCHeading", "TOC Heading").bold().size(28))
        .add_style(plain("Header", "header").size(18))
        .add_style(plain("Footer", "footer").size(18))
}

/// The numbering definitions: clauses, recitals, bullets and each numbered list.
fn numbering(mut docx: Docx, lists: &Lists) -> Docx {
    let level = |index: usize, format: &str, text: &str, left: i32| {
        Level::new(
            index,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(
            Some(left),
            Some(SpecialIndentType::Hanging(720)),
            None,
            None,
        )
    };
    docx = docx
        .add_abstract_numbering(
            AbstractNumbering::new(CLAUSES)
                .add_level(level(0, "decimal", "%1.", 720))
                .add_level(level(1, "decimal", "%1.%2", 720))
                .add_level(level(2, "decimal", "%1.%2.%3", 1440)),
        )
        .add_abstract_numbering(AbstractNumbering::new(RECITALS).add_level(level(
            0,
            "upperLetter",
            "%1.",
            720,
        )))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS)
                .add_level(level(0, "bullet", "\u{2022}", 1440))
                .add_level(level(1, "bullet", "\u{2013}", 2160))
                .add_level(level(2, "bullet", "\u{2022}", 2880)),
        )
        .add_abstract_numbering(
            AbstractNumbering::new(FIRST_LIST)
                .add_level(level(0, "decimal", "%1.", 720))
                .add_level(level(1, "lowerLetter", "(%2)", 1440))
                .add_level(level(2, "lowerRoman", "(%3)", 2160)),
        );
    for id in [CLAUSES, RECITALS, BULLETS] {
        docx = docx.add_numbering(Numbering::new(id, id));
    }
    for (i, start) in lists.0.iter().enumerate() {
        docx = docx.add_numbering(
            Numbering::new(FIRST_LIST + i, FIRST_LIST)
                .add_override(LevelOverride::new(0).start(*start)),
        );
    }
    docx
}

/// A paragraph's list numbering.
pub(super) fn numbered(paragraph: Paragraph, id: usize, level: usize) -> Paragraph {
    paragraph.numbering(NumberingId::new(id), IndentLevel::new(level))
}
