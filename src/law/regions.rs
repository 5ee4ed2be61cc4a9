//! The seven Welsh regions of the Partnership Arrangements (Wales) Regulations 2015 (SI
//! 2015/1989 (W. 299) regs 2 to 8): each region's Local Health Board and councils (its
//! "partnership bodies") and its regional partnership board (rulebook §3.12, regional
//! footprints). Only Gwent's list (reg 2) was read in the regulations; the others come from
//! secondary sources or memory, so a check against them can only warn.

use crate::spec::Region;

/// A region's partnership bodies as jointly knows them.
#[derive(Debug, Clone, Copy)]
pub struct Footprint {
    /// The regional partnership board, e.g. "Gwent regional partnership board".
    pub board: &'static str,
    /// The Local Health Board.
    pub health_board: &'static str,
    /// The councils, each by the word that names it (e.g. "Monmouthshire").
    pub councils: &'static [&'static str],
    /// Whether the list was read in the regulations themselves (rulebook label V): only
    /// Gwent's, in reg 2.
    pub verified: bool,
}

/// The footprint of a region.
pub fn footprint(region: Region) -> Footprint {
    let (board, health_board, councils, verified): (_, _, &'static [&'static str], _) = match region
    {
        Region::Gwent => (
            "Gwent regional partnership board",
            "Aneurin Bevan University Health Board",
            &[
                "Monmouthshire",
                "Newport",
                "Torfaen",
                "Blaenau Gwent",
                "Caerphilly",
            ],
            true,
        ),
        Region::NorthWales => (
            "North Wales regional partnership board",
            "Betsi Cadwaladr University Health Board",
            &[
                "Anglesey",
                "Conwy",
                "Denbighshire",
                "Flintshire",
                "Gwynedd",
                "Wrexham",
            ],
            false,
        ),
        Region::CardiffAndVale => (
            "Cardiff and Vale of Glamorgan regional partnership board",
            "Cardiff and Vale University Health Board",
            &["Cardiff", "Vale of Glamorgan"],
            false,
        ),
        Region::CwmTafMorgannwg => (
            "Cwm Taf Morgannwg regional partnership board",
            "Cwm Taf Morgannwg University Health Board",
            &["Merthyr Tydfil", "Rhondda Cynon Taf", "Bridgend"],
            false,
        ),
        Region::Powys => (
            "Powys regional partnership board",
            "Powys Teaching Health Board",
            &["Powys"],
            false,
        ),
        Region::WestGlamorgan => (
            "West Glamorgan regional partnership board",
            "Swansea Bay University Health Board",
            &["Swansea", "Neath Port Talbot"],
            false,
        ),
        Region::WestWales => (
            "West Wales regional partnership board",
            "Hywel Dda University Health Board",
            &["Carmarthenshire", "Ceredigion", "Pembrokeshire"],
            false,
        ),
    };
    Footprint {
        board,
        health_board,
        councils,
        verified,
    }
}

/// The region as the spec writes it.
pub fn in_code(region: Region) -> &'static str {
    match region {
        Region::Gwent => "gwent",
        Region::NorthWales => "north_wales",
        Region::CardiffAndVale => "cardiff_and_vale",
        Region::CwmTafMorgannwg => "cwm_taf_morgannwg",
        Region::Powys => "powys",
        Region::WestGlamorgan => "west_glamorgan",
        Region::WestWales => "west_wales",
    }
}
