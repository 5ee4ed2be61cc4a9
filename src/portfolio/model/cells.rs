//! A heat-map row's cells, kept small: the dashboard holds a row for every agreement, with a
//! cell for each of some eighty requirements, and most cells are met or not applicable, with
//! no findings to count. So each cell is its status (a byte), and only the cells with findings
//! or waivers keep their counts, apart.

use serde::Serialize;
use serde::ser::SerializeSeq;

use super::heat_map::{Cell, CellStatus};

/// One cell per column, in column order. Serialises exactly as a list of [`Cell`]s.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cells {
    statuses: Box<[CellStatus]>,
    /// `(position, findings, waived)` of each cell with a count that is not zero, by position.
    counts: Box<[(u32, u32, u32)]>,
}

impl Cells {
    /// How many cells (columns) there are.
    pub fn len(&self) -> usize {
        self.statuses.len()
    }

    pub fn is_empty(&self) -> bool {
        self.statuses.is_empty()
    }

    /// The cell in column `at`.
    pub fn get(&self, at: usize) -> Option<Cell> {
        let status = *self.statuses.get(at)?;
        let (findings, waived) = self
            .counts
            .binary_search_by_key(&at, |(position, ..)| position_of(*position))
            .map_or((0, 0), |found| {
                let (_, findings, waived) = self.counts[found];
                (findings, waived)
            });
        Some(Cell {
            status,
            findings,
            waived,
        })
    }

    /// The cells in column order.
    pub fn iter(&self) -> impl Iterator<Item = Cell> + '_ {
        let mut counts = self.counts.iter().peekable();
        self.statuses.iter().enumerate().map(move |(at, status)| {
            let (findings, waived) = counts
                .next_if(|(position, ..)| position_of(*position) == at)
                .map_or((0, 0), |(_, findings, waived)| (*findings, *waived));
            Cell {
                status: *status,
                findings,
                waived,
            }
        })
    }
}

fn position_of(position: u32) -> usize {
    usize::try_from(position).unwrap_or(usize::MAX)
}

impl FromIterator<Cell> for Cells {
    fn from_iter<I: IntoIterator<Item = Cell>>(cells: I) -> Cells {
        let mut statuses = Vec::new();
        let mut counts = Vec::new();
        for (at, cell) in cells.into_iter().enumerate() {
            statuses.push(cell.status);
            if cell.findings != 0 || cell.waived != 0 {
                // A row has one cell per requirement: far fewer than `u32::MAX`.
                let position = u32::try_from(at).unwrap_or(u32::MAX);
                counts.push((position, cell.findings, cell.waived));
            }
        }
        Cells {
            statuses: statuses.into_boxed_slice(),
            counts: counts.into_boxed_slice(),
        }
    }
}

impl Serialize for Cells {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for cell in self.iter() {
            seq.serialize_element(&cell)?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(status: CellStatus, findings: u32, waived: u32) -> Cell {
        Cell {
            status,
            findings,
            waived,
        }
    }

    #[test]
    fn cells_keep_every_status_and_count() {
        let rows: Vec<Vec<Cell>> = vec![
            vec![],
            vec![cell(CellStatus::Met, 0, 0)],
            vec![
                cell(CellStatus::Missing, 3, 1),
                cell(CellStatus::NotApplicable, 0, 0),
                cell(CellStatus::Missing, 0, 0),
                cell(CellStatus::Waived, 0, 2),
                cell(CellStatus::Missing, u32::MAX, u32::MAX),
                cell(CellStatus::Met, 0, 0),
            ],
            (0..300)
                .map(|i| match i % 4 {
                    0 => cell(CellStatus::Met, 0, 0),
                    1 => cell(CellStatus::Missing, i, 0),
                    2 => cell(CellStatus::Waived, 0, i),
                    _ => cell(CellStatus::NotApplicable, 0, 0),
                })
                .collect(),
        ];
        for row in rows {
            let cells: Cells = row.iter().copied().collect();
            assert_eq!(cells.len(), row.len());
            assert_eq!(cells.is_empty(), row.is_empty());
            // The same JSON, pretty or not, as the list of cells it was made from.
            assert_eq!(
                serde_json::to_string_pretty(&cells).unwrap(),
                serde_json::to_string_pretty(&row).unwrap()
            );
            assert_eq!(
                serde_json::to_string(&cells).unwrap(),
                serde_json::to_string(&row).unwrap()
            );
            for (at, expected) in row.iter().enumerate() {
                let got = cells.get(at).unwrap();
                assert_eq!(
                    (got.status, got.findings, got.waived),
                    (expected.status, expected.findings, expected.waived)
                );
            }
            assert!(cells.get(row.len()).is_none());
            // And the same template values.
            let mut ours = tera::Context::new();
            ours.insert("cells", &cells);
            let mut theirs = tera::Context::new();
            theirs.insert("cells", &row);
            assert!(ours.get("cells") == theirs.get("cells"));
        }
    }
}
