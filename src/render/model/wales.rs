//! The Welsh bases as a draft recites them: s33 NHS (Wales) Act 2006 (s31 Health Act 1999
//! before 1 March 2007) with SI 2000/2993 (W. 193), and Part 9 of the Social Services and
//! Well-being (Wales) Act 2014 with the Partnership Arrangements (Wales) Regulations 2015.
//! Neither recites SI 2000/617, which extends to England only.

use super::act::ActModel;
use crate::render::text::{markdown, one_line};
use crate::spec::Spec;

/// A voluntary Welsh partnership: under s31 Health Act 1999 when made before 1 March 2007,
/// else under s33 NHS (Wales) Act 2006; either way with the Welsh regulations. The Welsh
/// regulations are believed to mirror SI 2000/617's regs 7 to 9 (rulebook WAL-2000-REG7-9,
/// not verified), so the draft cites them as a whole, never by regulation number.
pub(super) fn s33(before_2006_act: bool) -> ActModel {
    let section = if before_2006_act {
        "section 31 of the Health Act 1999"
    } else {
        "section 33 of the National Health Service (Wales) Act 2006"
    };
    let section_capitalised = super::act::capitalised(section);
    ActModel {
        power_recital: format!(
            "{section_capitalised} and the National Health Service Bodies and Local Authorities Partnership Arrangements (Wales) Regulations 2000 (SI 2000/2993 (W. 193)), which apply to Wales only, allow NHS bodies in Wales and local authorities in Wales to enter into partnership arrangements in relation to NHS functions and health-related functions."
        ),
        section,
        section_capitalised,
        partnership_regulations: false,
        // The Welsh regulations prescribe delegations as SI 2000/617 regs 8 and 9 do
        // (rulebook WAL-S33-BASIS: "mirror the English structure").
        delegation_power: true,
        delegation_bar: String::new(),
        pooled_fund_definition: "a fund established under the National Health Service Bodies and Local Authorities Partnership Arrangements (Wales) Regulations 2000 (SI 2000/2993 (W. 193)) and described in a Schedule.",
        nhs_functions_term: "NHS functions",
        la_functions_term: "Health-related functions",
        pool_pays_for: "the NHS functions and health-related functions of that Scheme",
        host_keeps_accounts: false,
        resources: "staff, goods, services and accommodation",
        resources_power: None,
    }
}

/// The regional partnership arrangements of Part 9: the pool rests on s167 SSWBA 2014 (read);
/// no power for one partner to exercise another's functions has been verified, so none is
/// drafted.
pub(super) fn part9() -> ActModel {
    let section = "Part 9 of the Social Services and Well-being (Wales) Act 2014";
    let recital = "Part 9 of the Social Services and Well-being (Wales) Act 2014 and the Partnership Arrangements (Wales) Regulations 2015 (SI 2015/1989 (W. 299)) require the Local Health Board and the local authorities of each region to make partnership arrangements under the direction of their regional partnership board, and section 167 of that Act allows a local authority and a Local Health Board to pay towards expenditure incurred in the exercise of their functions by making payments directly or by contributing to a pooled fund.".to_owned();
    ActModel {
        section_capitalised: section.to_owned(),
        delegation_bar: "jointly has not verified a power under Part 9 of the Social Services and Well-being (Wales) Act 2014 for one Partner to exercise another Partner's functions".to_owned(),
        pooled_fund_definition: "a fund established and maintained under section 167 of the Social Services and Well-being (Wales) Act 2014 by a local authority or a Local Health Board and described in a Schedule.",
        nhs_functions_term: "Local Health Board functions",
        ..ActModel::outside_the_regulations(section, recital)
    }
}

/// Part 9 as the spec states it: the recital also names the regional partnership board under
/// whose direction the arrangements are carried out, when the spec names it (its words are
/// the officers', so escaped).
pub(super) fn part9_as_stated(spec: &Spec) -> ActModel {
    let mut act = part9();
    let board = spec
        .wales
        .as_ref()
        .and_then(|w| w.regional_partnership_board.as_deref())
        .map(str::trim)
        .filter(|b| !b.is_empty());
    if let Some(board) = board {
        act.power_recital.push_str(&format!(
            " The Partners make these arrangements under the direction of {}.",
            markdown(&one_line(board))
        ));
    }
    act
}
