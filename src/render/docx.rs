//! The Word draft, written from the draft's Markdown (read as pulldown-cmark events), so that
//! it says exactly what the Markdown draft says. Clause markers (`numbering::mark_clauses`)
//! become Word list numbering, so Word renumbers clauses after edits; each flag (a GitHub
//! alert block quote) becomes one Word comment on the paragraph it follows; tables become Word
//! tables; each schedule is a section of its own. No legal logic lives here.

use docx_rs::{
    AlignmentType, BreakType, Comment, Paragraph, Run, RunFonts, Table, TableCell, TableLayoutType,
    TableRow, WidthType,
};
use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::RenderError;
use super::docx_parts::{self, BULLETS, CLAUSES, Ids, Lists, Part, RECITALS, TIMESTAMP};
use super::numbering::MARKERS;
use super::text::{END_ISOLATE, ISOLATE};

/// The Word document of `markdown` (with clause markers, and spec strings still between
/// isolate marks), with `header` on every page.
pub(super) fn document(markdown: &str, header: &str) -> Result<Vec<u8>, RenderError> {
    let mut writer = Writer::default();
    let options = Options::ENABLE_TABLES | Options::ENABLE_GFM;
    for event in Parser::new_ext(markdown, options) {
        writer.event(event);
    }
    writer.finish_paragraph();
    // Flags after the last paragraph are anchored at it.
    let pending = std::mem::take(&mut writer.pending);
    match writer.blocks.iter_mut().rev().find_map(|b| match b {
        Block::Para(para) => Some(para),
        _ => None,
    }) {
        Some(para) => para.comments.extend(pending),
        None if !pending.is_empty() => writer.blocks.push(Block::Para(Para {
            comments: pending,
            ..Para::default()
        })),
        None => {}
    }
    let Writer {
        blocks,
        comments,
        numbered,
        ..
    } = writer;
    let mut ids = Ids::default();
    let mut comment_ids = Ids::for_comments();
    let mut parts = Vec::with_capacity(blocks.len());
    for block in blocks {
        match block {
            Block::Para(para) => parts.push(Part::Paragraph(Box::new(para.into_word(
                &mut ids,
                &mut comment_ids,
                &comments,
            )))),
            Block::Table(table) => parts.push(Part::Table(Box::new(table.into_word(&mut ids)))),
            Block::Break => parts.push(Part::Break),
            Block::Contents => {
                parts.extend(docx_parts::contents(&mut ids).map(|p| Part::Paragraph(Box::new(p))))
            }
        }
    }
    docx_parts::package(parts, &numbered, header, &mut ids)
}

/// A paragraph being read.
#[derive(Default)]
struct Para {
    style: Option<&'static str>,
    /// Its list numbering: the numbering's id and the level.
    numbering: Option<(usize, usize)>,
    /// A left indent in twips, for a paragraph continuing a list item.
    indent: Option<i32>,
    right: bool,
    runs: Vec<Run>,
    /// Its plain text, to recognise a schedule's heading.
    text: String,
    /// The comments anchored at it, by index.
    comments: Vec<usize>,
}

impl Para {
    fn styled(style: &'static str) -> Para {
        Para {
            style: Some(style),
            ..Para::default()
        }
    }

    fn into_word(self, ids: &mut Ids, comment_ids: &mut Ids, comments: &[Vec<Para>]) -> Paragraph {
        // docx-rs cannot mark Normal as the default style, so every paragraph names its own.
        let mut paragraph = ids.paragraph().style(self.style.unwrap_or("Normal"));
        if let Some((id, level)) = self.numbering {
            paragraph = docx_parts::numbered(paragraph, id, level);
        }
        if let Some(left) = self.indent {
            paragraph = paragraph.indent(Some(left), None, None, None);
        }
        if self.right {
            paragraph = paragraph.align(AlignmentType::Right);
        }
        for &index in &self.comments {
            let mut comment = Comment::new(index + 1).author("jointly").date(TIMESTAMP);
            for para in comments.get(index).into_iter().flatten() {
                comment = comment.add_paragraph(para.word_text(comment_ids));
            }
            paragraph = paragraph.add_comment_start(comment);
        }
        for run in self.runs {
            paragraph = paragraph.add_run(run);
        }
        for &index in &self.comments {
            paragraph = paragraph.add_comment_end(index + 1);
        }
        paragraph
    }

    /// A comment's paragraph: its runs only.
    fn word_text(&self, ids: &mut Ids) -> Paragraph {
        self.runs
            .iter()
            .cloned()
            .fold(ids.paragraph(), Paragraph::add_run)
    }
}

/// A table being read.
#[derive(Default)]
struct TableRead {
    alignments: Vec<Alignment>,
    rows: Vec<Vec<Para>>,
    cells: Vec<Para>,
}

impl TableRead {
    fn into_word(self, ids: &mut Ids) -> Table {
        let widths = self.widths();
        let rows = self
            .rows
            .into_iter()
            .map(|cells| {
                TableRow::new(
                    cells
                        .into_iter()
                        .zip(&widths)
                        .map(|(para, width)| {
                            TableCell::new()
                                .width(*width, WidthType::Dxa)
                                .add_paragraph(para.into_word(ids, &mut Ids::default(), &[]))
                        })
                        .collect(),
                )
            })
            .collect();
        Table::new(rows)
            .set_grid(widths)
            .width(docx_parts::TEXT_WIDTH, WidthType::Dxa)
            .layout(TableLayoutType::Autofit)
    }
}

impl TableRead {
    /// Each column's width: the text width shared in proportion to the longest text in each
    /// column, with room for the cell's margins, counting at least 10 and at most 44
    /// characters.
    fn widths(&self) -> Vec<usize> {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let mut longest = vec![10; columns];
        for row in &self.rows {
            for (column, para) in row.iter().enumerate() {
                let length = (para.text.chars().count() + 4).clamp(10, 44);
                longest[column] = longest[column].max(length);
            }
        }
        let total: usize = longest.iter().sum();
        longest
            .iter()
            .map(|l| docx_parts::TEXT_WIDTH * l / total.max(1))
            .collect()
    }
}

/// A piece of the body as read.
enum Block {
    Para(Para),
    Table(TableRead),
    /// A section ends here (before a schedule).
    Break,
    /// The table of contents goes here.
    Contents,
}

/// Reads the Markdown's events into blocks and comments.
#[derive(Default)]
struct Writer {
    blocks: Vec<Block>,
    current: Option<Para>,
    bold: usize,
    italic: usize,
    /// The open lists, innermost last: each one's numbering id.
    lists: Vec<usize>,
    numbered: Lists,
    /// Inside a flag: its paragraphs so far.
    flag: Option<Vec<Para>>,
    /// Every flag's paragraphs, in order; a flag's index is its comment's.
    comments: Vec<Vec<Para>>,
    /// Flags with no paragraph before them, anchored at the next paragraph.
    pending: Vec<usize>,
    table: Option<TableRead>,
    in_head: bool,
    /// Whether the text being read is a code span (a key or id named in a flag).
    code: bool,
    /// Whether the next text starts a line: only there can a clause marker be.
    line_start: bool,
    /// A line break read: a space, unless the next line is a marked paragraph of its own.
    soft_break: bool,
}

impl Writer {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Code(text) => {
                self.code = true;
                self.text(&text);
                self.code = false;
            }
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => self.text(&text),
            Event::SoftBreak => {
                self.soft_break = true;
                self.line_start = true;
            }
            Event::HardBreak => {
                let run = Run::new().add_break(BreakType::TextWrapping);
                self.current
                    .get_or_insert_with(Para::default)
                    .runs
                    .push(run);
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        self.line_start = matches!(
            tag,
            Tag::Heading { .. } | Tag::Paragraph | Tag::Item | Tag::TableCell
        );
        match tag {
            Tag::Heading { level, .. } => {
                self.finish_paragraph();
                self.current = Some(Para::styled(match level {
                    HeadingLevel::H1 => "Title",
                    HeadingLevel::H2 => "Heading1",
                    HeadingLevel::H3 => "Heading2",
                    _ => "Heading3",
                }));
            }
            Tag::Paragraph => {
                // A list item's first paragraph is the item's own; a later one continues it.
                if self.current.as_ref().is_some_and(|p| p.runs.is_empty()) {
                    return;
                }
                self.finish_paragraph();
                let indent = (!self.lists.is_empty()).then(|| 720 * self.lists.len() as i32);
                self.current = Some(Para {
                    indent,
                    ..Para::default()
                });
            }
            Tag::BlockQuote(Some(_)) => {
                self.finish_paragraph();
                self.flag = Some(Vec::new());
            }
            Tag::List(start) => {
                self.finish_paragraph();
                let id = start.map_or(BULLETS, |s| self.numbered.numbered(s));
                self.lists.push(id);
            }
            Tag::Item => {
                self.finish_paragraph();
                let level = self.lists.len().saturating_sub(1).min(2);
                self.current = Some(Para {
                    numbering: self.lists.last().map(|id| (*id, level)),
                    ..Para::default()
                });
            }
            Tag::Table(alignments) => {
                self.finish_paragraph();
                self.table = Some(TableRead {
                    alignments,
                    ..TableRead::default()
                });
            }
            Tag::TableHead => {
                self.in_head = true;
                self.bold += 1;
            }
            Tag::TableCell => {
                let column = self.table.as_ref().map_or(0, |t| t.cells.len());
                let right = self
                    .table
                    .as_ref()
                    .and_then(|t| t.alignments.get(column))
                    .is_some_and(|a| *a == Alignment::Right);
                self.current = Some(Para {
                    right,
                    ..Para::default()
                });
            }
            Tag::Strong => self.bold += 1,
            Tag::Emphasis => self.italic += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(level) => {
                let text = self.current.as_ref().map(|p| p.text.clone());
                if level == HeadingLevel::H2
                    && text.is_some_and(|t| t.starts_with("Schedule "))
                    && !self.blocks.is_empty()
                {
                    self.blocks.push(Block::Break);
                }
                self.finish_paragraph();
                if level == HeadingLevel::H1 && !self.blocks.iter().any(is_contents) {
                    self.blocks.push(Block::Contents);
                }
            }
            TagEnd::Paragraph | TagEnd::Item => self.finish_paragraph(),
            TagEnd::List(_) => {
                self.finish_paragraph();
                self.lists.pop();
            }
            TagEnd::BlockQuote(Some(_)) => self.end_flag(),
            TagEnd::TableCell => {
                if let (Some(para), Some(table)) = (self.current.take(), self.table.as_mut()) {
                    table.cells.push(para);
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if self.in_head {
                    self.in_head = false;
                    self.bold = self.bold.saturating_sub(1);
                }
                if let Some(table) = self.table.as_mut() {
                    let cells = std::mem::take(&mut table.cells);
                    table.rows.push(cells);
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.blocks.push(Block::Table(table));
                }
            }
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            _ => {}
        }
    }

    /// Text, with a clause marker at the start of a paragraph made its list numbering.
    fn text(&mut self, text: &str) {
        let marker = MARKERS
            .iter()
            .position(|m| text.starts_with(*m))
            .filter(|_| self.line_start && self.table.is_none() && self.flag.is_none());
        self.line_start = false;
        if std::mem::take(&mut self.soft_break) && marker.is_none() {
            self.text(" ");
        }
        let mut text = text;
        if let Some(kind) = marker {
            // A marked line run on from the paragraph before is a paragraph of its own.
            if self.current.as_ref().is_some_and(|p| !p.runs.is_empty()) {
                let style = self.current.as_ref().and_then(|p| p.style);
                self.finish_paragraph();
                self.current = Some(Para {
                    style,
                    ..Para::default()
                });
            }
            let para = self.current.get_or_insert_with(Para::default);
            para.numbering = Some(match kind {
                3 => (RECITALS, 0),
                level => (CLAUSES, level),
            });
            text = text[MARKERS[kind].len_utf8()..].trim_start();
        }
        let text = docx_parts::word_text(&text.replace([ISOLATE, END_ISOLATE], ""));
        if text.is_empty() {
            return;
        }
        let mut run = Run::new().add_text(&text);
        if self.bold > 0 {
            run = run.bold();
        }
        if self.italic > 0 {
            run = run.italic();
        }
        if self.code {
            run = run.fonts(RunFonts::new().ascii("Courier New").hi_ansi("Courier New"));
        }
        let para = self.current.get_or_insert_with(Para::default);
        para.text.push_str(&text);
        para.runs.push(run);
    }

    /// Puts the paragraph being read in its place: the flag being read, or the body.
    fn finish_paragraph(&mut self) {
        let Some(mut para) = self.current.take() else {
            return;
        };
        if para.runs.is_empty() && para.numbering.is_none() {
            return;
        }
        if let Some(flag) = self.flag.as_mut() {
            flag.push(para);
            return;
        }
        para.comments.append(&mut self.pending);
        self.blocks.push(Block::Para(para));
    }

    /// A flag read: its comment is anchored at the paragraph before it, or, if a table or
    /// nothing comes before it, at the next paragraph.
    fn end_flag(&mut self) {
        self.finish_paragraph();
        let paragraphs = self.flag.take().unwrap_or_default();
        let index = self.comments.len();
        self.comments.push(paragraphs);
        match self.blocks.last_mut() {
            Some(Block::Para(para)) => para.comments.push(index),
            _ => self.pending.push(index),
        }
    }
}

fn is_contents(block: &Block) -> bool {
    matches!(block, Block::Contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(markdown: &str) -> Writer {
        let mut writer = Writer::default();
        for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_GFM) {
            writer.event(event);
        }
        writer.finish_paragraph();
        writer
    }

    fn numbering(writer: &Writer) -> Vec<(Option<(usize, usize)>, String)> {
        writer
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Para(p) => Some((p.numbering, p.text.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn markers_at_the_start_of_a_line_are_list_numbering_and_nowhere_else() {
        let writer = read(
            "## \u{E000} Heading\n\n\u{E001} a\n\u{E002} b\n\n\u{E001} text \u{E002} c\n\n\u{2068}\u{E001} spec\u{2069}\n",
        );
        assert_eq!(
            numbering(&writer),
            [
                (Some((CLAUSES, 0)), "Heading".to_owned()),
                (Some((CLAUSES, 1)), "a".to_owned()),
                (Some((CLAUSES, 2)), "b".to_owned()),
                (Some((CLAUSES, 1)), "text \u{E002} c".to_owned()),
                (None, "\u{E001} spec".to_owned()),
            ]
        );
    }

    #[test]
    fn each_flag_is_one_comment_on_the_paragraph_before_it() {
        let writer = read(
            "> [!WARNING]\n> first\n\nOne.\n\n> [!CAUTION]\n> **second**\n> more\n\n| a |\n|---|\n| b |\n\n> [!WARNING]\n> third\n",
        );
        assert_eq!(writer.comments.len(), 3);
        let anchored: Vec<Vec<usize>> = writer
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Para(p) => Some(p.comments.clone()),
                _ => None,
            })
            .collect();
        // The first flag has no paragraph before it, and the last only a table: each waits
        // for the next paragraph, or, at the end, is anchored where `document` puts it.
        assert_eq!(anchored, [vec![0, 1]]);
        assert_eq!(writer.pending, [2]);
        assert_eq!(writer.comments[1].len(), 1);
        assert_eq!(writer.comments[1][0].text, "second more");
    }
}
