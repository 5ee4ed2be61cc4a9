//! The documents rules rest on, declared once and named in plain words (`jointly explain`
//! lists them under each rule). Each is a source that states a requirement itself; a rule
//! lists only the independent ones that state its requirement.

use super::{Source, SourceKind};

const fn source(kind: SourceKind, name: &'static str) -> Source {
    Source { kind, name }
}

pub(super) const SI617_PRELIMINARY: Source = source(
    SourceKind::Legislation,
    "SI 2000/617 regs 1 to 3, as made (legislation.gov.uk)",
);
pub(super) const SI617_EXTENT: Source = source(
    SourceKind::Legislation,
    "SI 2000/617 reg 1(2), as made (copy on vLex)",
);
pub(super) const SI617_REG7: Source = source(
    SourceKind::Legislation,
    "SI 2000/617 reg 7(1) to 7(3)(f), as made (legislation.gov.uk; the copy ends at the opening words of reg 7(3)(g))",
);
pub(super) const SI617_REG7_3_G: Source = source(
    SourceKind::Legislation,
    "SI 2000/617 reg 7(3)(g), opening words \"how the pooled fund\", as made (legislation.gov.uk)",
);
pub(super) const SI617_REG9: Source = source(
    SourceKind::Legislation,
    "SI 2000/617 reg 9, as made (legislation.gov.uk)",
);
pub(super) const SI617_REG9_AS_MIRROR: Source = source(
    SourceKind::ParallelLegislation,
    "SI 2000/617 reg 9, as made (legislation.gov.uk), which reg 8 is believed to mirror; reg 8's own words were not available",
);
pub(super) const SI618_REG2_2: Source = source(
    SourceKind::ParallelLegislation,
    "SI 2000/618 reg 2(2), made the same day as SI 2000/617 with the same list of excluded treatments (legislation.gov.uk)",
);
pub(super) const HFMA_2023_EXCLUSIONS: Source = source(
    SourceKind::Commentary,
    "HFMA (2023), on the s75 exclusions: \"emergency ambulance services; general surgery; radiotherapy; endoscopy; and class 4 laser treatments\"",
);
pub(super) const HA1999_REPEAL: Source = source(
    SourceKind::Legislation,
    "Health Act 1999 ss26 to 32, repealed on 1 March 2007 by the National Health Service (Consequential Provisions) Act 2006 (legislation.gov.uk annotation)",
);
pub(super) const GUIDE07_FN16: Source = source(
    SourceKind::OfficialGuidance,
    "DCSF/DH, Better outcomes for children's services through joint funding (2007), footnote 16: s31 Health Act 1999 is now covered by s75 NHS Act 2006",
);
pub(super) const HSC2000_PARA3: Source = source(
    SourceKind::OfficialGuidance,
    "HSC 2000/010 : LAC (2000)9 (27 March 2000), para 3: the bodies that can use the partnership arrangements",
);
pub(super) const NHS_BODY_DATES: Source = source(
    SourceKind::Legislation,
    "the instruments that created and abolished NHS bodies: NHS Reform and Health Care Professions Act 2002 (1 October 2002), Health and Social Care Act 2012 s33 with SI 2013/160 (1 April 2013), SI 2022/634 (1 July 2022) (legislation.gov.uk)",
);
pub(super) const BRENT_7_3: Source = source(
    SourceKind::LocalDocument,
    "Brent teaching PCT board report on a section 31 framework with Brent Council (c. 2004), para 7.3",
);
pub(super) const HFMA_2011_HOST: Source = source(
    SourceKind::Commentary,
    "HFMA (2011): \"Every pooled budget must have a designated host partner, which manages the budget and handles the accounts and audit\"",
);
pub(super) const DACB_BCF: Source = source(
    SourceKind::Commentary,
    "DAC Beachcroft, guidance on Better Care Fund section 75 agreements: the agreement must say who the host and the pool manager are",
);
pub(super) const MODEL_CLAUSE_POOL_MANAGER: Source = source(
    SourceKind::Commentary,
    "a model section 75 clause (Law Insider): \"the Host Partner shall appoint an officer to act as the Pooled Fund Manager for the purposes of Regulation 7(4)\", with a bi-monthly report and an annual return",
);
pub(super) const GUIDE07_CH6: Source = source(
    SourceKind::OfficialGuidance,
    "DCSF/DH, Better outcomes for children's services through joint funding: a best practice guide (August 2007), chapter 6",
);
pub(super) const GUIDE07_CH7: Source = source(
    SourceKind::OfficialGuidance,
    "DCSF/DH, Better outcomes for children's services through joint funding: a best practice guide (August 2007), chapter 7, \"Basic agreement checklist\"",
);
pub(super) const HSC2000_CONDITIONS: Source = source(
    SourceKind::OfficialGuidance,
    "HSC 2000/010 : LAC (2000)9 (27 March 2000), para 3: the four conditions for using the partnership arrangements",
);
pub(super) const HSC2000_NOTIFY: Source = source(
    SourceKind::OfficialGuidance,
    "HSC 2000/010 : LAC (2000)9 (27 March 2000), paras 1 and 11: notifying the NHS Executive Regional Office",
);
pub(super) const HSC2000_REVENUE: Source = source(
    SourceKind::OfficialGuidance,
    "HSC 2000/010 : LAC (2000)9 (27 March 2000), para 4: pooled funds are revenue; capital goes through s28A and s28BB payments",
);
pub(super) const BRENT_7_4: Source = source(
    SourceKind::LocalDocument,
    "Brent teaching PCT board report on a section 31 framework with Brent Council (c. 2004), para 7.4: the conditions for using the flexibilities",
);
pub(super) const BRENT_7_5: Source = source(
    SourceKind::LocalDocument,
    "Brent teaching PCT board report on a section 31 framework with Brent Council (c. 2004), para 7.5: capital payments of any size should use the section 28 powers",
);
pub(super) const BRENT_7_7: Source = source(
    SourceKind::LocalDocument,
    "Brent teaching PCT board report on a section 31 framework with Brent Council (c. 2004), para 7.7: there is no power for s10 partners to delegate functions to each other",
);
pub(super) const SI617_HIMP_DEFINITION: Source = source(
    SourceKind::Legislation,
    "SI 2000/617 reg 2(1), as made: \"health improvement plan\" means the plan a Health Authority prepares under s28 Health Act 1999 (legislation.gov.uk)",
);
pub(super) const CA2004_S10: Source = source(
    SourceKind::Legislation,
    "Children Act 2004 s10, as enacted and as at 1 April 2005 (legislation.gov.uk)",
);
pub(super) const CA2004_S10_CURRENT: Source = source(
    SourceKind::Legislation,
    "Children Act 2004 s10, current version (legislation.gov.uk): subsections (1) to (4)(d), (ca) and (cb); the copy read stops at (da)",
);
pub(super) const CA2004_BILL_S10: Source = source(
    SourceKind::Legislation,
    "Children Bill 2003-04 (Commons Bill 166), the clause that became s10: subsections (4)(g) to (7)(b), the power to pool and what a pooled fund is made up of",
);
pub(super) const CA2004_EXPLANATORY_NOTES: Source = source(
    SourceKind::OfficialGuidance,
    "Children Act 2004, explanatory notes, paras 60 to 64: subsections (6) and (7) give the specified partners a power to provide resources and to pool budgets",
);
pub(super) const CA2004_S25: Source = source(
    SourceKind::Legislation,
    "Children Act 2004 s25 (Wales), current text and the version of 1 April 2008 (legislation.gov.uk): each local authority in Wales must make arrangements to promote co-operation",
);
pub(super) const CA2004_EN_S25: Source = source(
    SourceKind::OfficialGuidance,
    "Children Act 2004, explanatory notes, paras 133 to 137 (s25, Wales): relevant partners listed in subsection (4); subsection (6) gives the specified partners a power to pool budgets, and (7) defines a pooled fund",
);
pub(super) const ASCL2009_S193: Source = source(
    SourceKind::Legislation,
    "Apprenticeships, Skills, Children and Learning Act 2009 s193, as enacted (legislation.gov.uk): inserts s10(4)(fa) to (fe) Children Act 2004; its commencement was not read",
);
pub(super) const GUIDE07_CH3_S10: Source = source(
    SourceKind::OfficialGuidance,
    "DCSF/DH, Better outcomes for children's services through joint funding (2007), chapter 3: the 2004 Act makes no provision for one partner to assume the functions of another",
);
pub(super) const DHSC_S75_REVIEW: Source = source(
    SourceKind::OfficialGuidance,
    "DHSC, Review of section 75 arrangements: supporting document (updated 3 December 2024): pooled budgets are delivered under ss65Z5 and 65Z6 NHS Act 2006 (inserted by s71 Health and Care Act 2022) and, separately, under s75, the route of the Better Care Fund",
);
pub(super) const SI2022_642: Source = source(
    SourceKind::Legislation,
    "SI 2022/642, made 9 June 2022 under s65Z5(3)(a) NHS Act 2006 and in force 1 July 2022: reg 1A (\"relevant body\") and reg 2, read to reg 2(a)(xi) (legislation.gov.uk; zoomlaw)",
);
pub(super) const NHSE_65Z7: Source = source(
    SourceKind::OfficialGuidance,
    "NHS England, Arrangements for delegation and joint exercise of statutory functions (statutory guidance under s65Z7 NHS Act 2006; supersedes the September 2022 guidance), opening words and paras 1 to 3",
);
pub(super) const NHSA2006_13Z: Source = source(
    SourceKind::ParallelLegislation,
    "NHS Act 2006 s13Z as at 2 December 2019, the power ss65Z5 replaced: terms including payment (s13Z(5)), joint committees (s13Z(4)) and the liability saving (s13Z(6)) (legislation.gov.uk)",
);
pub(super) const NHSE_DELEGATION_FAQ: Source = source(
    SourceKind::OfficialGuidance,
    "NHS England, primary care Delegation agreement FAQs (s13Z era): \"NHS England retains statutory liability for the exercise of the Delegated Functions\"",
);

// Payments under s256 and s76 NHS Act 2006 (s28A and s28BB NHS Act 1977), rulebook §3.9.
pub(super) const NHSA2006_S256_2022: Source = source(
    SourceKind::Legislation,
    "NHS Act 2006 s256(1) and the opening of s256(2), version of 1 September 2022: \"[NHS England] or [an integrated care board] may make payments to—\" (legislation.gov.uk)",
);
pub(super) const NHSWA2006_S194: Source = source(
    SourceKind::ParallelLegislation,
    "NHS (Wales) Act 2006 s194(3), the Welsh mirror of s256: payments towards functions which, in the payer's opinion, have an effect on health or on NHS functions or are connected with them (legislation.gov.uk)",
);
pub(super) const HFMA_2011_S256: Source = source(
    SourceKind::Commentary,
    "HFMA (2011), Introduction to partnership funding: an s256 payment may support a function that \"improves the health of any individuals; has an effect on, or is affected by, NHS functions; and is connected with any NHS functions\"",
);
pub(super) const PROCPORTAL_2013: Source = source(
    SourceKind::Commentary,
    "Procurement Portal blog on the 2013 s256/s257 and s76 Directions (June 2013): \"the payer must be satisfied that the payment is likely to secure a more effective use of funds than if an equivalent amount was s[pent] …\" (the copy stops mid-sentence)",
);
pub(super) const GUIDE07_CH3_S28A: Source = source(
    SourceKind::OfficialGuidance,
    "DCSF/DH guide (August 2007), chapter 3, Section 28A: s28A funding is used where \"the NHS is satisfied that it offers a more efficient use of resources than if an equivalent amount were used directly for NHS purposes\"",
);
pub(super) const MOA_3B: Source = source(
    SourceKind::OfficialGuidance,
    "The Department of Health's memorandum of agreement form, titled \"The following memorandum of agreement must be used as required by direction 3(b)\" (title read; body not read)",
);
pub(super) const GUIDE07_CH3_MEMORANDUM: Source = source(
    SourceKind::OfficialGuidance,
    "DCSF/DH guide (August 2007), chapter 3: \"The use of Section 28A funds or Section 28BB funds requires completion of a short memorandum to confirm the broad objectives\"",
);
pub(super) const NHSWB_CL34: Source = source(
    SourceKind::ParallelLegislation,
    "NHS (Wales) Bill [HL] 2006, cl 34, the Welsh mirror of s76: payments \"of a capital or of a revenue nature\", conditions by directions, \"repayment of the whole or part of a payment\" and \"an increase in the value of the property\" (parliament.uk)",
);
pub(super) const GUIDE07_CH3_CAPITAL: Source = source(
    SourceKind::OfficialGuidance,
    "DCSF/DH guide (August 2007), chapter 3: s28A capital contributions, \"with statutory provision for NHS contributions to capital to be returned if a scheme ceases\"",
);
pub(super) const GUIDE07_CH3_GRANT: Source = source(
    SourceKind::OfficialGuidance,
    "DCSF/DH guide (August 2007), chapter 3: \"The making of a grant under S28 is not a transfer of a function - it is simply a contribution to the other partner's costs\"",
);
pub(super) const NHSA1977_S28BB: Source = source(
    SourceKind::Legislation,
    "NHS Act 1977 s28BB, version of 1 April 2000: \"A local authority may, if they think fit, make payments to a relevant NHS body\"; \"'relevant NHS body' means a Health Authority or a Primary Care Trust\" (legislation.gov.uk)",
);
pub(super) const SI618_REG2_2_ITSELF: Source = source(
    SourceKind::Legislation,
    "SI 2000/618 reg 2(2), as made: the treatments excluded from the functions local authority payments may support (legislation.gov.uk; item (c) cut off)",
);
pub(super) const HLBILL71_S14Z47: Source = source(
    SourceKind::Legislation,
    "Health and Care Bill (HL Bill 71, 2021), new s14Z47: \"An integrated care board may make payments— (a) by way of grant to any of its partner NHS trusts or NHS foundation trusts; (b) by way of grant or loan to a voluntary organisation\" (Bill text, not the Act)",
);
pub(super) const BCF_PF_2325: Source = source(
    SourceKind::OfficialGuidance,
    "DHSC, 2023 to 2025 Better Care Fund policy framework, introduction (gov.uk): a joint plan \"owned by the health and wellbeing board (HWB), governed by an agreement under section 75 of the NHS Act (2006)\"",
);
pub(super) const BCF_PF_2325_LAND: Source = source(
    SourceKind::OfficialGuidance,
    "DHSC, 2023 to 2025 Better Care Fund policy framework, landing page (4 April 2023): it \"sets the national conditions, metrics and funding arrangements for the Better Care Fund in financial years 2023 to 2024 and 2024 to 2025\"; names the National Health Service (Expenditure on Service Integration) Directions 2023",
);
pub(super) const NHSE_BCF: Source = source(
    SourceKind::OfficialGuidance,
    "NHS England, Better Care Fund policy and planning page: BCF money \"must be pooled into a section 75 agreement alongside grants paid to local government\"; the minimum allocations \"that must be pooled by each ICB into the BCF\"",
);
pub(super) const NHSE_BCF_GRANTS: Source = source(
    SourceKind::OfficialGuidance,
    "NHS England, Better Care Fund grants and funding page: the DFG \"became part of the Better Care Fund (BCF) in April 2015\"; the iBCF \"must be pooled alongside the clinical commissioning group and DFG funding in the BCF\"",
);
pub(super) const ESX_HWB_BCF: Source = source(
    SourceKind::LocalDocument,
    "East Sussex Health and Wellbeing Board, Better Care Fund plan reports (2024 and 2025): the BCF brings together ICB allocations, the DFG and the iBCF; 2025-26 national condition three, \"maintaining the NHS minimum contribution to adult social care\"",
);
pub(super) const IBCF_GD_2324: Source = source(
    SourceKind::OfficialGuidance,
    "The Improved Better Care Fund (Revenue) Grant Determination (2023-24): No 31/6644, made \"in exercise of the powers conferred by section 31 of the Local Government Act 2003\" (the power to pay grants to local authorities); \"The grant will be paid in monthly instalments\" (gov.uk; Annex B not read)",
);
pub(super) const IBCF_GD_2425: Source = source(
    SourceKind::OfficialGuidance,
    "The Improved Better Care Fund (Revenue) Grant Determination (2024-25): No 31/7245, made under section 31 of the Local Government Act 2003 (the power to pay grants to local authorities) (gov.uk; Annex B not read)",
);
pub(super) const ESX_HWB_2325: Source = source(
    SourceKind::LocalDocument,
    "East Sussex Health and Wellbeing Board, Better Care Fund Plans report, 27 June 2023: \"For the next two years, the Additional Discharge Funding to enhance community and social care capacity is also required to be included in the BCF pooled budget arrangements\"",
);
pub(super) const BWD_24: Source = source(
    SourceKind::LocalDocument,
    "Blackburn with Darwen Health and Wellbeing Board, BCF 2023/24 year end: \"Metric 1 – Avoidable Admissions … Metric 2 – Discharge to normal place of residence … Metric 3 – Falls and Emergency Hospital Admissions … Metric 4 – Residential Admissions … Metric 5 – Reablement\"",
);
pub(super) const LANCS_23: Source = source(
    SourceKind::LocalDocument,
    "Lancashire Health and Wellbeing Board, on the 2023-25 BCF plan: the falls metric new in 2023/24, and \"a further metric will be introduced in 2024/25 relating to hospital discharges\"",
);
pub(super) const HLIN_2526: Source = source(
    SourceKind::Commentary,
    "Housing LIN, summary of the BCF policy framework 2025 to 2026: HWBs \"set local goals for maximum levels of unplanned hospital admissions, delayed hospital discharges and long-term care home admissions\"; plans made \"consulting with housing authorities\"",
);
pub(super) const BH_HWB_26: Source = source(
    SourceKind::LocalDocument,
    "Brighton & Hove Health and Wellbeing Board, Better Care Fund Report, 3 March 2026: \"on track on only 1 out of the 3 BCF core metrics\"",
);
pub(super) const BCF_ADD_2425: Source = source(
    SourceKind::OfficialGuidance,
    "Addendum to the 2023 to 2025 Better Care Fund policy framework and planning requirements (updated 12 April 2024), opening section: \"like last year, local areas must agree capacity and demand plans for intermediate and short-term care\"",
);
pub(super) const BCF_1719_ANNEX_B: Source = source(
    SourceKind::OfficialGuidance,
    "Integration and Better Care Fund policy framework 2017-19, Annex B (copy on issuu): \"Plans to be jointly agreed\"; \"NHS contribution to adult social care is maintained in line with inflation\"",
);
pub(super) const CMM_1719: Source = source(
    SourceKind::Commentary,
    "Care Management Matters, BCF planning requirements 2017-19: \"A requirement for a jointly agreed plan, approved by the health and wellbeing board\"",
);
pub(super) const BCF_2627: Source = source(
    SourceKind::OfficialGuidance,
    "DHSC, Better Care Fund framework 2026 to 2027, landing page (17 February 2026): \"the formal planning requirements, national conditions for expenditure and legal framework\"; plans \"agreed by health and wellbeing boards as in previous years\"",
);
pub(super) const HCAUK_2526: Source = source(
    SourceKind::Commentary,
    "Homecare Association, summary of the BCF policy framework 2025 to 2026: \"Local authorities and ICBs must jointly agree on a plan, signed off by the Health and Wellbeing Board (HWB)\"",
);
pub(super) const NTYNE_23: Source = source(
    SourceKind::LocalDocument,
    "North Tyneside Council Cabinet report on the BCF section 75 agreement 2023-25: \"All such agreements nationally must be signed and in place by 31 October 2023\"",
);
pub(super) const NTYNE_24: Source = source(
    SourceKind::LocalDocument,
    "North Tyneside Council Cabinet report on the 2024/25 BCF: a section 75 agreement for 2024/25 \"must be in place by 30 September 2024\"",
);
pub(super) const NYORKS_25: Source = source(
    SourceKind::LocalDocument,
    "North Yorkshire Health and Wellbeing Board report, 16 May 2025: the 2025/26 BCF plan's final submission deadline of 31 March 2025",
);
pub(super) const HLIN_DFG: Source = source(
    SourceKind::Commentary,
    "Housing LIN: the 2017 DFG grant determination requires upper-tier authorities in two-tier areas to pass the DFG down in full to their lower tiers",
);
pub(super) const HCB_FS: Source = source(
    SourceKind::OfficialGuidance,
    "DHSC, Health and Care Bill factsheet on the BCF: a new power \"allowing the Secretary of State to direct NHS England to ring-fence an amount of its annual allotment for service integration\"",
);
pub(super) const CARE_ACT_2014_S121: Source = source(
    SourceKind::Legislation,
    "Care Act 2014 s121, as enacted: new s223B(6) to (8) and s223GA(1) to (2) NHS Act 2006 (legislation.gov.uk)",
);

// Wales (rulebook §3.12).
pub(super) const WSI2000: Source = source(
    SourceKind::Legislation,
    "SI 2000/2993 (W. 193), as made: in force 1 December 2000, applies to Wales only, with the definitions of SI 2000/617 (legislation.gov.uk)",
);
pub(super) const NHSWA2006: Source = source(
    SourceKind::Legislation,
    "National Health Service (Wales) Act 2006, in force 1 March 2007 (legislation.gov.uk)",
);
pub(super) const WAL_CYFRAITH: Source = source(
    SourceKind::OfficialGuidance,
    "Welsh Government, Law Wales, Health Service bodies: Local Health Boards, NHS trusts and Special Health Authorities; clinical commissioning groups, NHS foundation trusts and the NHS Commissioning Board have no functions in relation to Wales",
);
pub(super) const SSWBA_167: Source = source(
    SourceKind::Legislation,
    "Social Services and Well-being (Wales) Act 2014 s167, as enacted: payments directly or into a pooled fund \"established and maintained by a local authority or a Local Health Board\" (legislation.gov.uk)",
);
pub(super) const WAL_PAR2015: Source = source(
    SourceKind::Legislation,
    "SI 2015/1989 (W. 299), as made, regs 1 and 2: in force 6 April 2016, reg 19(1)(a) from 6 April 2018; the Gwent partnership bodies and the Gwent regional partnership board (legislation.gov.uk)",
);
pub(super) const WAL_PB_EVAL: Source = source(
    SourceKind::OfficialGuidance,
    "Welsh Government, Pooled Budgets Evaluation Framework (June 2020, WG40774): the seven regional partnership boards and the regional pooled funds for care home accommodation functions",
);
pub(super) const FLINTS_24: Source = source(
    SourceKind::LocalDocument,
    "Flintshire Social & Health Care Overview & Scrutiny Committee, 29 February 2024, item 50: \"a legal requirement to establish a regional pooled fund for care home accommodation for older people\"",
);
pub(super) const CVIHSC: Source = source(
    SourceKind::LocalDocument,
    "Cardiff and Vale regional partnership board, joint commissioning page: the pooled-fund duties of the 2015 Welsh regulations and their dates",
);
pub(super) const WAL_P9_GUID: Source = source(
    SourceKind::OfficialGuidance,
    "Welsh Government, Part 9 Statutory Guidance (Partnership Arrangements), version 2 (January 2020), issued under s169 SSWBA 2014: contents, section 10 \"Governance - Written Agreements\"",
);
pub(super) const ANGLESEY_AW: Source = source(
    SourceKind::OfficialGuidance,
    "Audit Wales, reported to Isle of Anglesey County Council: a pool whose contributions are \"returned to each contributor 24 hours later\" meets minimum compliance but gives no value for money",
);
pub(super) const WAL_AN2: Source = source(
    SourceKind::OfficialGuidance,
    "Welsh Government, Making the connections, Advice Note 2 (pooling budgets): partners \"should complete a signed agreement which sets out the key terms which accord with statutory requirements\", with example contents in its Appendix",
);
pub(super) const NHSE_PCN_DPA: Source = source(
    SourceKind::OfficialGuidance,
    "NHS England / GPC England, Network Contract DES Template Data Processing Agreement (August 2019): the parties named as \"PCN Controller\" and \"PCN Processor\"",
);
pub(super) const NHSSC_GC21: Source = source(
    SourceKind::OfficialGuidance,
    "NHS Standard Contract 2014/15, General Condition 21 \"Data Protection, Freedom of Information and Transparency\" (NHS England): the Provider \"will be sole Data Controller\"; the parties \"must assist each other\" to comply with FOIA",
);
pub(super) const NHSE_IG_DSA: Source = source(
    SourceKind::OfficialGuidance,
    "NHS England Information Governance Taskforce, Template data sharing agreement v1.0 (29 June 2018, \"Updated for GDPR compliance\"): completed \"with advice and assistance from the Information Governance Lead and/ or Data Protection Officer in each organisation\"",
);
pub(super) const NHS_TC_2018: Source = source(
    SourceKind::Commentary,
    "a supplier's published terms \"based on the NHS Terms and Conditions for the Provision of Services (Contract Version) (January 2018)\": key provision \"Names and addresses for notices\"; notices \"are to be delivered to the usual business address of the parties\"",
);
pub(super) const NWL_ICP_MOU: Source = source(
    SourceKind::LocalDocument,
    "NHS North West London Integrated Care Pilot memorandum of understanding (Beachcroft, 2011), contents: \"COUNTERPARTS … NOTICES … ENTIRE AGREEMENT\"",
);
pub(super) const NHSE_DELEG_FAQ_VARIATION: Source = source(
    SourceKind::OfficialGuidance,
    "NHS England, primary care Delegation agreement FAQs (s13Z era): \"Changes to the Delegation Agreement must be agreed with CCGs through a consensual variation process\"",
);
pub(super) const NHSE_DELEG_FAQ_NOTICE: Source = source(
    SourceKind::OfficialGuidance,
    "NHS England, primary care Delegation agreement FAQs (s13Z era): CCGs \"must give notice by 30 September for the termination to take effect from the following 1 April\"",
);
pub(super) const GUIDE07_CH4_DISPUTES: Source = source(
    SourceKind::OfficialGuidance,
    "DCSF/DH, Better outcomes for children's services through joint funding: a best practice guide (August 2007), chapter 4, \"Resolving disputes\": \"what would happen in the event of the termination of the whole or part of the partnership, including … return of seconded staff, maintaining continuity of service, asset allocation, and liability for debts\"",
);
