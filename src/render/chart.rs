//! A small inline SVG bar chart of who contributes what to a pooled fund. Built from numbers and
//! escaped party names only; no script, no external reference.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::text::{truncate, xml};
use crate::spec::Money;

const WIDTH: u32 = 560;
const LABEL: u32 = 200;
const BAR: u32 = 22;
const GAP: u32 = 8;

/// The chart of a pool's contributions, `(party name, amount)`; none when their sum is too
/// large to hold exactly.
pub fn contributions(title: &str, parts: &[(String, Decimal)]) -> Option<String> {
    let total = parts
        .iter()
        .try_fold(Decimal::ZERO, |sum, (_, a)| sum.checked_add(*a))?;
    let rows = u32::try_from(parts.len()).unwrap_or(u32::MAX);
    let height = rows.saturating_mul(BAR + GAP).saturating_add(GAP);
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">",
        xml(title)
    );
    let span = WIDTH - LABEL - 110;
    for (row, (name, amount)) in (0u32..).zip(parts) {
        let fraction = if total.is_zero() {
            0.0
        } else {
            (*amount / total).to_f64().unwrap_or(0.0)
        };
        let length = (fraction * f64::from(span))
            .round()
            .clamp(0.0, f64::from(span)) as u32;
        let y = row.saturating_mul(BAR + GAP).saturating_add(GAP);
        let text_y = y.saturating_add(BAR / 2 + 5);
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{text_y}\" class=\"chart-label\">{}</text><rect x=\"{LABEL}\" y=\"{y}\" width=\"{length}\" height=\"{BAR}\" class=\"chart-bar chart-bar-{}\"></rect><text x=\"{}\" y=\"{text_y}\" class=\"chart-value\">{}</text>",
            xml(&truncate(name, 28)),
            row % 6,
            LABEL + length + 6,
            xml(&Money(*amount).to_string()),
        ));
    }
    svg.push_str("</svg>");
    Some(svg)
}
