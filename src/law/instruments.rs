//! The Acts, regulations and guidance rules cite, declared once: how a citation names each,
//! and its full name in plain words for drafts, summaries and the docs.

/// An Act, instrument or piece of guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instrument {
    /// How a citation names it, e.g. "SI 2000/617".
    pub cited_as: &'static str,
    /// Its full name in running text, e.g. "the NHS Bodies and Local Authorities Partnership
    /// Arrangements Regulations 2000 (SI 2000/617)".
    pub name: &'static str,
}

pub const SI_2000_617: Instrument = Instrument {
    cited_as: "SI 2000/617",
    name: "the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000 (SI 2000/617)",
};

pub const NHS_ACT_2006: Instrument = Instrument {
    cited_as: "National Health Service Act 2006",
    name: "the National Health Service Act 2006",
};

pub const CHILDREN_ACT_2004: Instrument = Instrument {
    cited_as: "Children Act 2004",
    name: "the Children Act 2004",
};

pub const HSC_2000_010: Instrument = Instrument {
    cited_as: "HSC 2000/010 : LAC (2000)9, Implementation of Health Act partnership arrangements (27 March 2000)",
    name: "Health Service Circular HSC 2000/010 : LAC (2000)9, Implementation of Health Act partnership arrangements (27 March 2000)",
};

pub const GUIDE_2007: Instrument = Instrument {
    cited_as: "DCSF/DH, Better outcomes for children's services through joint funding: a best practice guide (August 2007)",
    name: "the 2007 DCSF/DH guide, Better outcomes for children's services through joint funding",
};

pub const SI_2022_642: Instrument = Instrument {
    cited_as: "SI 2022/642",
    name: "the National Health Service (Joint Working and Delegation Arrangements) (England) Regulations 2022 (SI 2022/642)",
};

pub const NHSE_65Z7_GUIDANCE: Instrument = Instrument {
    cited_as: "NHS England, Arrangements for delegation and joint exercise of statutory functions (guidance under s65Z7 NHS Act 2006)",
    name: "NHS England's statutory guidance under section 65Z7 of the National Health Service Act 2006, Arrangements for delegation and joint exercise of statutory functions",
};

pub const NHS_ACT_1977: Instrument = Instrument {
    cited_as: "National Health Service Act 1977",
    name: "the National Health Service Act 1977",
};

pub const SI_2000_618: Instrument = Instrument {
    cited_as: "SI 2000/618",
    name: "SI 2000/618 (the functions prescribed for local authority payments under s28BB of the National Health Service Act 1977)",
};

/// The 2013 s256 Directions (rulebook S256-DIR13-SCOPE; title from a secondary source).
pub const S256_DIRECTIONS_2013: Instrument = Instrument {
    cited_as: "NHS (Conditions Relating to Payments by NHS Bodies to Local Authorities) Directions 2013",
    name: "the National Health Service (Conditions Relating to Payments by NHS Bodies to Local Authorities) Directions 2013",
};

/// The 2013 s76 Directions (rulebook S256-DIR13-SCOPE; title from a secondary source).
pub const S76_DIRECTIONS_2013: Instrument = Instrument {
    cited_as: "NHS (Conditions Relating to Payments by Local Authorities to NHS Bodies) Directions 2013",
    name: "the National Health Service (Conditions Relating to Payments by Local Authorities to NHS Bodies) Directions 2013",
};

pub const BCF_FRAMEWORK: Instrument = Instrument {
    cited_as: "Better Care Fund policy framework of the financial year",
    name: "the Better Care Fund policy framework and planning requirements of the financial year (2023 to 2025, 2025 to 2026, Better Care Fund framework 2026 to 2027)",
};

pub const NHSE_BCF_PLANNING: Instrument = Instrument {
    cited_as: "NHS England, Better Care Fund policy and planning",
    name: "NHS England's Better Care Fund policy and planning requirements and minimum allocations",
};

pub const DFG_DETERMINATION: Instrument = Instrument {
    cited_as: "Disabled Facilities Grant determination (s31 Local Government Act 2003)",
    name: "the Disabled Facilities Grant determination made under s31 of the Local Government Act 2003",
};

/// The improved Better Care Fund grant determinations (rulebook IBCF-GD-2324, IBCF-GD-2425).
pub const IBCF_DETERMINATION: Instrument = Instrument {
    cited_as: "Improved Better Care Fund grant determination (s31 Local Government Act 2003)",
    name: "the Improved Better Care Fund (Revenue) Grant Determination of the financial year, made under s31 of the Local Government Act 2003",
};

pub const CARE_ACT_2014: Instrument = Instrument {
    cited_as: "Care Act 2014",
    name: "the Care Act 2014",
};

pub const HEALTH_AND_CARE_ACT_2022: Instrument = Instrument {
    cited_as: "Health and Care Act 2022",
    name: "the Health and Care Act 2022",
};

pub const NHS_WALES_ACT_2006: Instrument = Instrument {
    cited_as: "National Health Service (Wales) Act 2006",
    name: "the National Health Service (Wales) Act 2006",
};

pub const SI_2000_2993: Instrument = Instrument {
    cited_as: "SI 2000/2993 (W. 193)",
    name: "the National Health Service Bodies and Local Authorities Partnership Arrangements (Wales) Regulations 2000 (SI 2000/2993 (W. 193))",
};

pub const SSWBA_2014: Instrument = Instrument {
    cited_as: "Social Services and Well-being (Wales) Act 2014",
    name: "the Social Services and Well-being (Wales) Act 2014",
};

pub const SI_2015_1989: Instrument = Instrument {
    cited_as: "SI 2015/1989 (W. 299)",
    name: "the Partnership Arrangements (Wales) Regulations 2015 (SI 2015/1989 (W. 299))",
};

pub const PART9_GUIDANCE: Instrument = Instrument {
    cited_as: "Welsh Government, Part 9 Statutory Guidance (Partnership Arrangements), version 2 (January 2020)",
    name: "the Welsh Government's Part 9 Statutory Guidance (Partnership Arrangements), version 2 (January 2020), issued under s169 of the Social Services and Well-being (Wales) Act 2014",
};

pub const AUDIT_WALES_POOL: Instrument = Instrument {
    cited_as: "Audit Wales, letter on the North Wales regional pooled fund for care home places for older people",
    name: "Audit Wales's letter on the North Wales regional pooled fund for care home places for older people",
};

pub const NHS_STANDARD_CONTRACT_2014: Instrument = Instrument {
    cited_as: "NHS Standard Contract 2014/15",
    name: "the NHS Standard Contract 2014/15 (NHS England)",
};

pub const NHSE_IG_DSA_2018: Instrument = Instrument {
    cited_as: "NHS England, Template data sharing agreement v1.0 (29 June 2018)",
    name: "NHS England's Information Governance Taskforce template data sharing agreement, version 1.0 (29 June 2018)",
};

pub const NHSE_DELEGATION_FAQ: Instrument = Instrument {
    cited_as: "NHS England, primary care Delegation agreement FAQs",
    name: "NHS England's frequently asked questions on the primary care delegation agreement",
};

pub const NHS_TC_2018: Instrument = Instrument {
    cited_as: "NHS Terms and Conditions for the Provision of Services (January 2018)",
    name: "the NHS Terms and Conditions for the Provision of Services (Contract Version) (January 2018)",
};

pub const NWL_ICP_MOU_2011: Instrument = Instrument {
    cited_as: "NHS North West London Integrated Care Pilot memorandum of understanding (2011)",
    name: "the NHS North West London Integrated Care Pilot memorandum of understanding (2011)",
};

/// Every instrument a rule cites.
pub const ALL: &[Instrument] = &[
    SI_2000_617,
    NHS_ACT_2006,
    CHILDREN_ACT_2004,
    HSC_2000_010,
    GUIDE_2007,
    SI_2022_642,
    NHSE_65Z7_GUIDANCE,
    NHS_ACT_1977,
    SI_2000_618,
    S256_DIRECTIONS_2013,
    S76_DIRECTIONS_2013,
    BCF_FRAMEWORK,
    NHSE_BCF_PLANNING,
    DFG_DETERMINATION,
    IBCF_DETERMINATION,
    CARE_ACT_2014,
    HEALTH_AND_CARE_ACT_2022,
    NHS_WALES_ACT_2006,
    SI_2000_2993,
    SSWBA_2014,
    SI_2015_1989,
    PART9_GUIDANCE,
    AUDIT_WALES_POOL,
    NHS_STANDARD_CONTRACT_2014,
    NHSE_IG_DSA_2018,
    NHSE_DELEGATION_FAQ,
    NHS_TC_2018,
    NWL_ICP_MOU_2011,
];
