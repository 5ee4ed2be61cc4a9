//! The inline SVG chart of pooled money: for each partner, one horizontal bar per financial
//! year it contributed to, coloured by year, in the style of the drafts' contribution charts
//! (`render/chart.rs`). Bars are never stacked: money of different years is never added
//! together. Built from numbers and escaped names only: no script, no external reference, no
//! style attribute.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::model::MoneyTable;
use crate::render::text::{truncate, xml};
use crate::spec::Money;

const WIDTH: u32 = 900;
const LABEL: u32 = 350;
const VALUE: u32 = 200;
const BAR: u32 = 16;
const GAP: u32 = 4;
/// The extra space above each partner's first bar.
const PARTNER_GAP: u32 = 8;
const LEGEND: u32 = 28;
/// How many colours the palette has; years beyond it reuse them in order.
pub const PALETTE: usize = 6;

/// The chart of the money table, or none when there is no pooled money to draw.
pub fn pooled_money(table: &MoneyTable) -> Option<String> {
    let max = table
        .partners
        .iter()
        .flat_map(|p| p.cells.iter().flatten())
        .map(|amount| amount.0)
        .max()
        .filter(|m| *m > Decimal::ZERO)?;
    let span = WIDTH - LABEL - VALUE;
    let mut bars = String::new();
    let mut y = 0u32;
    for partner in &table.partners {
        let mut first = true;
        for (year, amount) in partner.cells.iter().enumerate() {
            let Some(amount) = amount else { continue };
            y = y.saturating_add(if first { PARTNER_GAP } else { GAP });
            let text_y = y.saturating_add(BAR / 2 + 4);
            if first {
                bars.push_str(&format!(
                    "<text x=\"0\" y=\"{text_y}\" class=\"chart-label\">{}</text>",
                    xml(&truncate(&partner.name, 60))
                ));
                first = false;
            }
            let length = scaled(amount.0, max, span);
            let label = format!("{}: {}", table.years[year], Money(amount.0));
            if length > 0 {
                bars.push_str(&format!(
                    "<rect x=\"{LABEL}\" y=\"{y}\" width=\"{length}\" height=\"{BAR}\" class=\"chart-bar chart-bar-{}\"><title>{}</title></rect>",
                    year % PALETTE,
                    xml(&format!("{}, {label}", partner.name)),
                ));
            }
            bars.push_str(&format!(
                "<text x=\"{}\" y=\"{text_y}\" class=\"chart-value\">{}</text>",
                LABEL + length + 6,
                xml(&label),
            ));
            y = y.saturating_add(BAR);
        }
    }
    let bars_height = y.saturating_add(GAP);
    let height = bars_height.saturating_add(LEGEND);
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"pooled-chart-title\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"pooled-chart-title\">Pooled fund contributions by partner, a bar for each financial year</title>"
    );
    svg.push_str(&bars);
    // The legend: one swatch per financial year, in the bars' order.
    let legend_y = bars_height.saturating_add(6);
    let mut x = LABEL;
    for (year, label) in table.years.iter().enumerate() {
        svg.push_str(&format!(
            "<rect x=\"{x}\" y=\"{legend_y}\" width=\"12\" height=\"12\" class=\"chart-bar chart-bar-{}\"></rect><text x=\"{}\" y=\"{}\" class=\"chart-label\">{}</text>",
            year % PALETTE,
            x.saturating_add(16),
            legend_y.saturating_add(10),
            xml(label),
        ));
        let width = u32::try_from(label.chars().count())
            .unwrap_or(20)
            .saturating_mul(7)
            .saturating_add(36);
        x = x.saturating_add(width);
    }
    svg.push_str("</svg>");
    Some(svg)
}

/// `amount`'s length on a bar of `span` units where `max` fills it (`amount` is at most
/// `max`). Multiplying first keeps the rounding of ordinary amounts; an amount too large to
/// multiply is divided first, so no amount, however large, overflows.
fn scaled(amount: Decimal, max: Decimal, span: u32) -> u32 {
    let span_d = Decimal::from(span);
    amount
        .checked_mul(span_d)
        .and_then(|product| product.checked_div(max))
        .or_else(|| {
            amount
                .checked_div(max)
                .and_then(|part| part.checked_mul(span_d))
        })
        .map_or(0, |length| length.round().to_u32().unwrap_or(0))
        .min(span)
}

#[cfg(test)]
mod tests {
    use super::super::model::{Amount, PartnerMoney};
    use super::*;

    #[test]
    fn amounts_up_to_the_largest_scale_without_overflow() {
        let max = Decimal::MAX;
        assert_eq!(scaled(max, max, 420), 420);
        assert_eq!(scaled(max / Decimal::TWO, max, 420), 210);
        assert_eq!(scaled(Decimal::ZERO, max, 420), 0);
        assert_eq!(scaled(Decimal::from(1), Decimal::from(3), 420), 140);
    }

    fn table(names: &[&str]) -> MoneyTable {
        MoneyTable {
            years: vec!["2024/25".into(), "2025/26".into()],
            partners: names
                .iter()
                .map(|n| PartnerMoney {
                    name: (*n).to_owned(),
                    cells: vec![
                        Some(Amount(Decimal::from(100))),
                        Some(Amount(Decimal::from(50))),
                    ],
                    agreements: vec![],
                })
                .collect(),
            year_totals: vec![],
            pools: 1,
            pools_without_contributions: 0,
            other_funding_items: 0,
            contributions_not_agreed: 0,
            other_funding_not_agreed: 0,
            amounts_too_large: 0,
        }
    }

    #[test]
    fn names_are_escaped_and_nothing_active_is_drawn() {
        let svg =
            pooled_money(&table(&["<script>alert(1)</script>", "A \"quoted\" & co"])).unwrap();
        assert!(!svg.contains("<script"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("A &quot;quoted&quot; &amp; co"));
        assert!(!svg.contains("style=") && !svg.contains("href") && !svg.contains(" on"));
    }

    #[test]
    fn each_year_has_its_own_bar_scaled_to_the_largest() {
        let svg = pooled_money(&table(&["Council"])).unwrap();
        // 100 is the largest cell, so it fills the span (350); 50 fills half, on its own row.
        assert!(svg.contains("x=\"350\" y=\"8\" width=\"350\""), "{svg}");
        assert!(svg.contains("x=\"350\" y=\"28\" width=\"175\""), "{svg}");
        assert!(svg.contains(">2024/25: £100.00</text>"), "{svg}");
        assert!(svg.contains(">2025/26: £50.00</text>"), "{svg}");
        // No figure adds the two years together.
        assert!(!svg.contains("£150"), "{svg}");
    }

    #[test]
    fn no_money_no_chart() {
        let mut empty = table(&[]);
        assert!(pooled_money(&empty).is_none());
        empty.partners = table(&["Council"]).partners;
        empty.partners[0].cells = vec![Some(Amount(Decimal::ZERO)), None];
        assert!(pooled_money(&empty).is_none());
    }
}
