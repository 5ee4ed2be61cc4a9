//! Positions: jointly's spans are byte offsets into the text (with 1-based lines and columns
//! counted in characters); the protocol's positions are 0-based lines and columns counted in
//! UTF-16 code units. Every conversion goes through byte offsets, here.

use lsp_types::{Position, Range};

/// Where each line of a text starts, to turn byte offsets into positions and back.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// The index of `text`'s lines.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        LineIndex { text, starts }
    }

    /// The position of byte `offset` (clamped to the text, and back to a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let column = self.text[self.starts[line]..offset].encode_utf16().count();
        Position::new(to_u32(line), to_u32(column))
    }

    /// The range of the bytes `start..start + len`.
    pub fn range(&self, start: usize, len: usize) -> Range {
        Range::new(
            self.position(start),
            self.position(start.saturating_add(len)),
        )
    }

    /// The byte offset of `position`: a column past the end of its line is the line's end, a
    /// line past the end of the text is the text's end, and a column inside a character (the
    /// second half of a surrogate pair) is that character's start.
    pub fn offset(&self, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return self.text.len();
        };
        let line = &self.text[start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let mut units = 0;
        for (at, c) in line.char_indices() {
            units += c.len_utf16();
            if units > position.character as usize {
                return start + at;
            }
        }
        start + line.len()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units() {
        // "£" is two bytes and one UTF-16 unit; the emoji four bytes and two units.
        let text = "a: £1\nb: 🙂 x\n";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(index.position(x), Position::new(1, 6));
        assert_eq!(index.offset(Position::new(1, 6)), x);
        let one = text.find('1').unwrap();
        assert_eq!(index.position(one), Position::new(0, 4));
        assert_eq!(index.offset(Position::new(0, 4)), one);
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        let text = "ab\ncd";
        let index = LineIndex::new(text);
        assert_eq!(index.offset(Position::new(0, 99)), 2);
        assert_eq!(index.offset(Position::new(9, 0)), text.len());
        assert_eq!(index.position(99), Position::new(1, 2));
        // Inside the emoji's surrogate pair: the emoji's start.
        let index = LineIndex::new("🙂z");
        assert_eq!(index.offset(Position::new(0, 1)), 0);
    }
}
