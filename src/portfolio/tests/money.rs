//! The dashboard's money table on the samples: each partner's pooled money by financial year.

use super::*;

/// Each partner's pooled money in the samples, by year (2006/07, 2010/11, 2012/13, 2024/25,
/// 2025/26), with its total. Both B&NES samples count their 2012/13 pools; the Eastvale
/// sample's schedules per financial year count in their own years, never summed in one cell.
fn pooled_by_partner_in_the_samples() -> Vec<(&'static str, Vec<Option<Decimal>>)> {
    let d = |n: i64| Decimal::from(n);
    vec![
        (
            "Bath & North East Somerset Council",
            vec![None, None, Some(d(43_442_000)), None, None],
        ),
        (
            "Bath & North East Somerset NHS Clinical Commissioning Group",
            vec![None, None, Some(d(14_740_000)), None, None],
        ),
        (
            "Eastvale Borough Council",
            vec![None, None, None, Some(d(11_400_000)), Some(d(11_800_000))],
        ),
        (
            "Hertfordshire County Council",
            vec![None, Some(d(2_309_242)), None, None, None],
        ),
        (
            "Lewisham Council",
            vec![None, None, None, None, Some(d(21_091_826))],
        ),
        (
            "NHS Eastvale and Rivermouth Integrated Care Board",
            vec![None, None, None, Some(d(23_050_000)), Some(d(22_100_000))],
        ),
        (
            "NHS Hertfordshire",
            vec![None, Some(d(11_815_128)), None, None, None],
        ),
        (
            "NHS Westshire Integrated Care Board",
            vec![None, None, None, Some(d(12_500_000)), None],
        ),
        (
            "Oxfordshire County Council",
            vec![Some(d(31_800_000)), None, None, None, None],
        ),
        (
            "The Oxfordshire PCTs",
            vec![Some(d(27_600_000)), None, None, None, None],
        ),
        (
            "Westshire County Council",
            vec![None, None, None, Some(dec("9750000.00")), None],
        ),
    ]
}

#[test]
fn money_sums_by_partner_and_year_on_the_samples() {
    let portfolio = build(&samples(AS_OF), AS_OF);
    let money = &portfolio.money;
    assert_eq!(
        money.years,
        ["2006/07", "2010/11", "2012/13", "2024/25", "2025/26"]
    );
    let rows: Vec<(&str, Vec<Option<Decimal>>)> = money
        .partners
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.cells.iter().map(|c| c.map(|a| a.0)).collect(),
            )
        })
        .collect();
    assert_eq!(rows, pooled_by_partner_in_the_samples());
    let d = |n: i64| Decimal::from(n);
    let year_totals: Vec<Decimal> = money.year_totals.iter().map(|a| a.0).collect();
    assert_eq!(
        year_totals,
        [
            d(59_400_000),
            d(14_124_370),
            d(58_182_000),
            d(56_700_000),
            d(54_991_826)
        ]
    );
    // Brent's six pools and the Gwent care home pool state no contributions; the other
    // samples' other_funding is left out. The North Tyneside and Staffordshire BCF pools list
    // contributions whose amounts are all `unknown`, so they add pools but no money.
    assert_eq!(money.pools_without_contributions, 7);
    assert_eq!(money.pools, 16);
    assert!(money.other_funding_items > 0);
    // The as-written B&NES sample's s113 recharges and paymaster arrangements are not agreed.
    assert_eq!(money.other_funding_not_agreed, 2);
}

/// The page's view of the table is the table itself with `partners` only saying whether there
/// are any: a field added to the table and not to the view fails here.
#[test]
fn the_money_head_is_the_table_without_its_rows() {
    let portfolio = build(&samples(AS_OF), AS_OF);
    let mut table = serde_json::to_value(&portfolio.money).unwrap();
    table["partners"] = serde_json::Value::Bool(true);
    let head = serde_json::to_value(portfolio.money.head()).unwrap();
    assert_eq!(head, table);
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&head), keys(&table));
}
