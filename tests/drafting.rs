//! Drafts say what the spec says and what the law allows at the agreement's dates, nothing
//! more: recitals, Acts, s10 wording, party descriptions, clauses set out by data, the
//! completeness note and clause text.

mod common;

use common::{root, sections};

use jointly::render::{Templates, render};
use jointly::rules::check;
use jointly::spec::load_file;

#[test]
fn a_children_act_draft_uses_no_terms_of_the_partnership_regulations() {
    let spec = std::fs::read_to_string(root().join("samples/complete-s75.yaml"))
        .unwrap()
        .replace(
            "legal_basis: nhs_act_2006_s75",
            "legal_basis: children_act_2004_s10",
        )
        // The officer's own clause text names the regulations; only jointly's wording is tested.
        .replace(
            "A pooled fund (regulation 7) and lead commissioning by the Council (regulation 9).",
            "A pooled fund.",
        );
    let document = jointly::spec::load_bytes("s10.yaml", spec.as_bytes()).unwrap();
    let checked = check(&document);
    let draft = render(&document, &checked, &Templates::load(None).unwrap(), false).unwrap();
    // The Environmental Information Regulations 2004, named by the freedom of information
    // clause, are not the partnership Regulations.
    let markdown = draft
        .markdown
        .replace("Environmental Information Regulations 2004", "EIR 2004");
    for term in [
        "Regulations",
        "NHS Functions",
        "Health-Related Functions",
        "regulation 7",
    ] {
        assert!(!markdown.contains(term), "an s10 draft mentions {term}");
    }
    assert!(
        draft
            .markdown
            .contains("Section 10 of the Children Act 2004")
    );
}

// ---------------------------------------------------------------------------------------------
// Drafts say what the spec says, and no more (issue 7, items 8 and 9).

/// The complete sample, changed by `edit`, checked and drafted with flags.
fn edited(edit: impl FnOnce(&mut jointly::spec::Spec)) -> (jointly::rules::Checked, String) {
    let mut document = load_file(&root().join("samples/complete-s75.yaml")).unwrap();
    edit(&mut document.spec);
    let checked = check(&document);
    let draft = render(&document, &checked, &Templates::load(None).unwrap(), false).unwrap();
    (checked, draft.markdown)
}

/// The draft of a spec given as YAML text.
fn draft_of(yaml: &str) -> String {
    let document = jointly::spec::load_bytes("spec.yaml", yaml.as_bytes())
        .unwrap_or_else(|e| panic!("{:?}", e.problems));
    let checked = check(&document);
    render(&document, &checked, &Templates::load(None).unwrap(), false)
        .unwrap()
        .markdown
}

/// The lines of the Background section.
fn recitals(markdown: &str) -> Vec<String> {
    sections(markdown)
        .into_iter()
        .find(|(h, _)| h == "Background")
        .unwrap()
        .1
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('>'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_improvement_recital_states_the_spec_rationale_and_only_when_there_is_one() {
    let (_, without) = edited(|spec| spec.rationale = None);
    assert!(
        !without.contains("improvement in the way"),
        "no rationale, no recital of improvement:\n{without}"
    );
    let (_, with) = edited(|spec| {
        spec.rationale = Some(jointly::spec::Rationale {
            improvement: Some("One assessment and one care plan instead of *two*".into()),
        })
    });
    assert!(
        recitals(&with).contains(&"B. The Partners expect these arrangements to lead to an improvement in the way their functions are exercised: One assessment and one care plan instead of \\*two\\*.".to_owned()),
        "{:?}",
        recitals(&with)
    );
}

#[test]
fn only_a_joint_consultation_is_recited_as_joint() {
    let (_, joint) = edited(|_| {});
    assert!(
        recitals(&joint).contains(&"D. The Partners have jointly consulted the following about these arrangements: People who use services and their carers; Staff and trade unions; Provider organisations. The consultation is dated 31 January 2024.".to_owned()),
        "{:?}",
        recitals(&joint)
    );
    let (_, not_joint) = edited(|spec| spec.consultation.as_mut().unwrap().joint = Some(false));
    assert!(!not_joint.contains("jointly consulted") && !not_joint.contains("consulted jointly"));
    assert!(
        recitals(&not_joint).contains(&"D. The following were consulted about these arrangements: People who use services and their carers; Staff and trade unions; Provider organisations. The consultation is dated 31 January 2024.".to_owned()),
        "{:?}",
        recitals(&not_joint)
    );
    let (_, unknown) = edited(|spec| {
        let consultation = spec.consultation.as_mut().unwrap();
        consultation.joint = None;
        consultation.consulted.clear();
        consultation.date = None;
    });
    assert!(
        !recitals(&unknown).concat().contains("consult"),
        "{:?}",
        recitals(&unknown)
    );
    let (_, none) = edited(|spec| spec.consultation = None);
    assert!(
        !recitals(&none).concat().contains("consult"),
        "{:?}",
        recitals(&none)
    );
    assert_eq!(
        recitals(&none).iter().map(|r| &r[..2]).collect::<Vec<_>>(),
        ["A.", "B.", "C.", "D."],
        "recitals are lettered in order"
    );
}

/// The complete sample moved to another date, with `legal_basis` as given.
fn at_date(basis: jointly::spec::LegalBasis, made: &str, commencement: &str) -> String {
    edited(|spec| {
        spec.agreement.legal_basis = basis;
        spec.agreement.made = Some(made.parse().unwrap());
        spec.agreement.commencement = Some(commencement.parse().unwrap());
        spec.agreement.expiry = None;
        spec.agreement.review = None;
        let mut s76 = spec.schemes[0].other_funding[0].clone();
        s76.kind = jointly::spec::FundingKind::S76Payment;
        spec.schemes[0].other_funding.push(s76);
    })
    .1
}

#[test]
fn payments_are_drafted_under_the_act_in_force_when_the_agreement_was_made() {
    use jointly::spec::LegalBasis::*;
    let old = at_date(HealthAct1999S31, "2006-03-20", "2006-04-01");
    assert!(old.contains("| Payment under section 28A of the National Health Service Act 1977 | Capital grant for adapted housing |"), "{old}");
    assert!(old.contains("| Payment under section 28BB of the National Health Service Act 1977 | Capital grant for adapted housing |"));
    assert!(
        !old.contains("| Payment under section 256") && !old.contains("| Payment under section 76")
    );
    let new = at_date(NhsAct2006S75, "2024-03-28", "2024-04-01");
    assert!(new.contains("| Payment under section 256 of the National Health Service Act 2006 | Capital grant for adapted housing |"));
    assert!(new.contains("| Payment under section 76 of the National Health Service Act 2006 | Capital grant for adapted housing |"));
    assert!(
        !new.contains("| Payment under section 28A")
            && !new.contains("| Payment under section 28BB")
    );
}

#[test]
fn the_act_is_the_basis_the_spec_states_as_at_the_date_made() {
    use jointly::spec::LegalBasis::*;
    // Made under s31 before 1 March 2007, commencing after it: still a section 31 agreement.
    let straddling = at_date(HealthAct1999S31, "2007-02-20", "2007-04-01");
    assert!(
        recitals(&straddling)[0]
            .starts_with("A. Section 31 of the Health Act 1999 and the Regulations allow")
    );
    assert!(straddling.contains(
        "The arrangements are made under section 31 of the Health Act 1999 and the Regulations: pooled funds under regulation 7"
    ));
    // (The completeness note may name s75 among what jointly checked; the agreement may not.)
    let agreement = &straddling[straddling.find("## Background").unwrap()..];
    assert!(
        !agreement.to_lowercase().contains("section 75"),
        "{agreement}"
    );
    // A basis inconsistent with the date is flagged by the checker, never silently replaced.
    let inconsistent = at_date(NhsAct2006S75, "2006-03-20", "2006-04-01");
    assert!(
        recitals(&inconsistent)[0].starts_with(
            "A. Section 75 of the National Health Service Act 2006 and the Regulations"
        )
    );
    assert!(
        inconsistent
            .contains("(NHSA2006-75-BASIS):** s75 NHS Act 2006 was not in force on 2006-03-20")
    );
    assert!(!recitals(&inconsistent).concat().contains("Health Act 1999"));
}

#[test]
fn a_children_act_draft_delegates_nothing() {
    let (_, draft) = edited(|spec| {
        spec.agreement.legal_basis = jointly::spec::LegalBasis::ChildrenAct2004S10;
        spec.clauses.delegations = None;
    });
    for forbidden in [
        "Delegated functions",
        "Lead Commissioner",
        "Integrated Provider",
        "lead commissioning, as set out",
        "on that Partner's behalf",
        "exercised on its behalf",
    ] {
        assert!(
            !draft.contains(forbidden),
            "an s10 draft says {forbidden:?}:\n{draft}"
        );
    }
    assert!(draft.contains(
        "[Not drafted: Westshire County Council exercising functions of NHS Westshire Integrated Care Board (lead commissioning). Section 10 of the Children Act 2004 gives no power for one Partner to exercise another Partner's functions.]"
    ), "{draft}");
    assert!(draft.contains(
        "**Delegations.** [Not drafted: section 10 of the Children Act 2004 gives no power for one Partner to exercise another Partner's functions; see the Schedules.]"
    ));
    assert!(draft.contains(
        "E. The Partners have agreed to use a pooled fund, as set out in the Schedules."
    ));
    assert!(draft.contains(
        "Each Partner provides the staff, goods, services, accommodation or other resources set out in the Schedules, under section 10(6)(a) of the Children Act 2004."
    ));
    assert!(draft.contains(
        "**Pooled Fund** means a fund established and maintained under section 10(6)(b) of the Children Act 2004 and described in a Schedule."
    ));
    // Met only through a delegation s10 does not allow, an item is not set out anywhere.
    let (_, delegation_only) = edited(|spec| {
        spec.agreement.legal_basis = jointly::spec::LegalBasis::ChildrenAct2004S10;
        spec.schemes[0].pooled_fund = None;
        spec.clauses.flexibilities = None;
    });
    assert!(delegation_only.contains(
        "**Flexibilities.** [Not drafted: section 10 of the Children Act 2004 gives no power for one Partner to exercise another Partner's functions; see the Schedules.]"
    ));
    assert!(
        !delegation_only.contains("Provided for as set out in the Schedules"),
        "{delegation_only}"
    );
    assert!(
        delegation_only.contains("E. The arrangements the Partners will use are [to be agreed].")
    );
}

#[test]
fn parties_are_described_as_what_they_are() {
    use jointly::spec::BodyType::*;
    let (_, draft) = edited(|spec| {
        // Only the descriptions are tested here, not the parties' addresses.
        for party in &mut spec.parties {
            party.address = None;
        }
        let mut add = |id: &str, name: &str, body| {
            let mut party = spec.parties[0].clone();
            party.id = id.into();
            party.name = Some(name.into());
            party.body_type = body;
            spec.parties.push(party);
        };
        add("police", "Westshire Police", Police);
        add("lbc", "London Borough of Eastham", LondonBoroughCouncil);
        add("nhse", "NHS England", NhsEngland);
        add("trust", "Westshire Hospitals NHS Trust", NhsTrust);
        add(
            "city",
            "The Common Council of the City of London",
            CommonCouncilCityOfLondon,
        );
        add(
            "scilly",
            "Council of the Isles of Scilly",
            CouncilOfTheIslesOfScilly,
        );
    });
    for line in [
        "1. **NHS Westshire Integrated Care Board** (an integrated care board);",
        "3. **Westshire Police** (a police force or police authority);",
        "4. **London Borough of Eastham** (a London borough council);",
        "5. **NHS England**;",
        "6. **Westshire Hospitals NHS Trust** (an NHS trust);",
        "7. **The Common Council of the City of London**;",
        "8. **Council of the Isles of Scilly**.",
        "1. NHS Westshire Integrated Care Board, an integrated care board (an NHS body).",
        "2. Westshire County Council, a county council (a local authority).",
        "3. Westshire Police, a police force or police authority.",
        "4. London Borough of Eastham, a London borough council (a local authority).",
        "5. NHS England (an NHS body).",
        "6. Westshire Hospitals NHS Trust, an NHS trust (an NHS body).",
        "7. The Common Council of the City of London (a local authority).",
        "8. Council of the Isles of Scilly.",
        "- **Regulations** means the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000 (SI 2000/617) (as amended).",
    ] {
        assert!(
            draft.lines().any(|l| l == line),
            "no line {line:?}:\n{draft}"
        );
    }
    assert!(
        !draft.contains("Westshire Police, a police force or police authority (a local authority)")
    );
}

/// The complete sample with each checklist item it meets by structured data left to that data.
fn without_data_clauses(spec: &mut jointly::spec::Spec) {
    for item in jointly::rules::CHECKLIST
        .iter()
        .filter(|i| i.data.is_some())
    {
        let clauses = serde_json::to_value(&spec.clauses).unwrap();
        let mut clauses = clauses.as_object().unwrap().clone();
        clauses.remove(item.key);
        spec.clauses = serde_json::from_value(clauses.into()).unwrap();
    }
}

#[test]
fn a_clean_draft_points_to_the_structured_data_instead_of_leaving_it_to_be_agreed() {
    let (checked, draft) = edited(without_data_clauses);
    assert!(checked.findings.is_empty(), "{:?}", checked.findings);
    assert!(!draft.contains("o be agreed"), "{draft}");
    for line in [
        "**3.1** **Aims and objectives.** Provided for as set out in each Schedule.",
        "**4.2** **Flexibilities.** Provided for as set out in the Schedules.",
        "**4.4** **Delegations.** Provided for as set out in the Schedules.",
        "**5.2** **Monitoring of finance and performance.** Provided for as set out in the Schedules.",
        "**9.1** **Budget host.** Provided for as set out in the Schedule of each Pooled Fund.",
        "**9.2** **Agreeing contributions.** Provided for as set out in the Schedule of each Pooled Fund.",
        "**9.6** **Overspends, underspends and year-end apportionment.** Provided for as set out in the Schedule of each Pooled Fund.",
        "**17.2** **Review.** Provided for as set out in clause 17.1.",
    ] {
        assert!(
            draft.lines().any(|l| l == line),
            "no line {line:?}:\n{draft}"
        );
    }
}

#[test]
fn a_delegation_only_draft_keeps_the_flags_of_pool_checklist_items() {
    let (checked, draft) = edited(|spec| {
        spec.schemes[0].pooled_fund = None;
        spec.clauses.baseline_budgets = None;
        spec.clauses.contributions = None;
        spec.clauses.budget_host = None;
    });
    for id in ["GUIDE07-CL-05", "GUIDE07-CL-06", "GUIDE07-CL-10"] {
        assert!(checked.findings.iter().any(|f| f.rule.id == id), "{id}");
        assert_eq!(
            draft.matches(&format!("({id}):**")).count(),
            1,
            "{id}:\n{draft}"
        );
    }
    assert!(draft.contains("**Budget host.** [To be agreed.]"));
}

#[test]
fn the_completeness_note_says_what_was_checked_and_never_that_nothing_is_missing() {
    let (_, draft) = edited(|_| {});
    let completeness = &sections(&draft)
        .into_iter()
        .find(|(h, _)| h == "Completeness")
        .unwrap()
        .1;
    assert!(!draft.contains("nothing that the law requires"));
    assert!(!draft.to_lowercase().contains("is missing"));
    for sentence in [
        "jointly found no gap in what it checked.",
        "jointly checked the spec as an agreement under section 75 of the National Health Service Act 2006, in England, against:",
        "- the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000 (SI 2000/617): regulations 1, 2, 3, 4, 5, 7 and 9;",
        "- the Better Care Fund: its national conditions, funding streams, minimum contributions, metrics, deadlines and health and wellbeing board sign-off;",
        "- that the signed agreement matches the spec: jointly checks the spec, not the signed document.",
        "See \"What jointly checks and what it does not\" (docs/what-jointly-checks.md).",
    ] {
        assert!(
            completeness.contains(sentence),
            "no {sentence:?} in:\n{completeness}"
        );
    }
}

#[test]
fn recitals_of_plans_and_notifications_state_what_the_spec_records() {
    let draft = draft_of(
        "jointly: 1
agreement:
  legal_basis: children_act_2004_s10
  made: 2006-01-10
  commencement: 2006-04-01
parties:
  - {id: council, name: Westshire County Council, type: county_council}
  - {id: police, name: Westshire Police Authority, type: police}
plans:
  health_improvement_plan: Westshire HImP 2005-08
  local_plan: Children and Young People's Plan
notifications:
  - {to: NHS Executive Regional Office, date: 2006-02-01, reference: RO/123}
consultation:
  joint: false
schemes:
  - id: youth
    pooled_fund: {host: council}
    other_funding:
      - {kind: s256_payment, from: council, to: police, amount: 1000}
",
    );
    let recitals = recitals(&draft);
    assert_eq!(
        recitals,
        [
            "A. Section 10 of the Children Act 2004 provides for the partners named in it to cooperate to improve the well-being of children, and allows them to establish and maintain a pooled fund for that purpose.",
            "B. These arrangements fulfil objectives of this health improvement plan: Westshire HImP 2005-08.",
            "C. These arrangements serve this local plan: Children and Young People's Plan.",
            "D. The Partners have agreed to use a pooled fund, as set out in the Schedules.",
            "E. NHS Executive Regional Office was notified of these arrangements on 1 February 2006 (RO/123).",
        ]
    );
    assert!(
        draft.contains("2. **Westshire Police Authority** (a police force or police authority).")
    );
    // Under s10 the party's paragraph of s10(4) follows its description.
    assert!(draft.contains("2. Westshire Police Authority, a police force or police authority, a relevant partner under section 10(4)(b) of the Children Act 2004.\n"));
    assert!(
        draft.contains("| Payment under section 28A of the National Health Service Act 1977 |")
    );
    assert!(
        !draft.contains("(an NHS body)")
            && !draft.contains("Westshire Police Authority, a police force or police authority (a")
    );
}

#[test]
fn a_council_named_as_officers_name_it_is_drafted_with_its_legal_category() {
    let text = std::fs::read_to_string(root().join("samples/complete-s75.yaml"))
        .unwrap()
        .replace("type: county_council", "type: metropolitan_borough_council");
    let document = jointly::spec::load_bytes("kinds.yaml", text.as_bytes()).unwrap();
    let checked = check(&document);
    let draft = render(&document, &checked, &Templates::load(None).unwrap(), false).unwrap();
    assert!(
        draft.markdown.contains(
            "(a metropolitan borough council, for the purposes of the Regulations a district council)"
        ),
        "{}",
        draft.markdown
    );
    assert!(draft.markdown.contains(
        ", a metropolitan borough council, for the purposes of the Regulations a district council (a local authority), of County Hall, New Road, Westshire WS1 1AA."
    ));
}

// Clause text keeps its paragraphs and sub-paragraphs (issue 9, point 7).

/// The complete sample with the disputes clause written as the YAML block scalar `scalar`,
/// drafted with flags: its Markdown and HTML.
fn with_disputes_clause(scalar: &str) -> (String, String) {
    let yaml = std::fs::read_to_string(root().join("samples/complete-s75.yaml")).unwrap();
    let start = yaml.find("  disputes_termination_exit: >-\n").unwrap();
    let end = start + yaml[start..].find("  information_sharing:").unwrap();
    let yaml = format!(
        "{}  disputes_termination_exit: {scalar}{}",
        &yaml[..start],
        &yaml[end..]
    );
    let document = jointly::spec::load_bytes("spec.yaml", yaml.as_bytes())
        .unwrap_or_else(|e| panic!("{:?}", e.problems));
    let checked = check(&document);
    let draft = render(&document, &checked, &Templates::load(None).unwrap(), false).unwrap();
    (draft.markdown, draft.html)
}

/// The Markdown of the section whose heading ends with `heading`, heading included.
fn section(markdown: &str, heading: &str) -> String {
    let (heading, body) = sections(markdown)
        .into_iter()
        .find(|(h, _)| h.ends_with(heading))
        .unwrap_or_else(|| panic!("no section {heading}:\n{markdown}"));
    format!("## {heading}\n{body}")
}

const DISPUTES_DRAFTED: &str = "## 16. Disputes, termination and exit

**16.1** **Disputes, termination and exit.** Disputes go first to the Joint Commissioning Board, which:

- (a) meets within 14 days;
- (b) records its decision in writing; and
- (c) refers what it cannot settle to the chief executives.

**16.2** Either partner may end the agreement on twelve months' notice; on exit, staff return to their *employers*.

";

#[test]
fn clause_paragraphs_become_numbered_paragraphs_and_sub_paragraphs_a_list() {
    // `|` keeps the lines; a wrapped sub-paragraph is one item.
    let (markdown, html) = with_disputes_clause(
        "|
    Disputes go first to the Joint Commissioning Board, which:
    (a) meets within 14 days;
    (b) records its decision
        in writing; and
    c) refers what it cannot settle to the chief executives.

    Either partner may end the agreement on twelve months' notice; on exit, staff return to
    their *employers*.
",
    );
    let expected = DISPUTES_DRAFTED.replace("*employers*", "\\*employers\\*");
    assert_eq!(
        section(&markdown, "Disputes, termination and exit"),
        expected
    );
    // The clauses after it keep their numbers, and references to it still name it.
    assert!(markdown.contains("\n## 17. Review\n\n**17.1** The Partners review"));
    assert!(markdown.contains("unless it is ended earlier under clause 16."));
    // In HTML the sub-paragraphs are separate items of one list, not one paragraph.
    assert!(
        html.contains(
            "<p><strong>16.1</strong> <strong>Disputes, termination and exit.</strong> <bdi>Disputes go first to the Joint Commissioning Board, which:</bdi></p>\n\
             <ul class=\"sub-paragraphs\" style=\"list-style: none; padding-left: 2rem\">\n\
             <li>(a) <bdi>meets within 14 days;</bdi></li>\n\
             <li>(b) <bdi>records its decision in writing; and</bdi></li>\n\
             <li>(c) <bdi>refers what it cannot settle to the chief executives.</bdi></li>\n\
             </ul>\n\
             <p><strong>16.2</strong> <bdi>Either partner may end the agreement on twelve months' notice; on exit, staff return to their *employers*.</bdi></p>"
        ),
        "{html}"
    );

    // `>` folds lines, so sub-paragraphs set apart by blank lines are the same list.
    let (folded, _) = with_disputes_clause(
        ">-
    Disputes go first to the Joint Commissioning Board,
    which:

    (a) meets within 14 days;

    (b) records its decision in writing; and

    (c) refers what it cannot settle to the chief executives.

    Either partner may end the agreement on twelve months' notice; on exit, staff return to
    their employers.
",
    );
    assert_eq!(
        section(&folded, "Disputes, termination and exit"),
        DISPUTES_DRAFTED.replace("*employers*", "employers")
    );
}

#[test]
fn clause_text_that_only_looks_like_sub_paragraphs_stays_text() {
    // The first line is always the clause's text; labels must be followed by text; `e.g.`,
    // `2006/07` or `1.5` start no sub-paragraph.
    let (markdown, _) = with_disputes_clause(
        "|
    (a) Disputes go to the Board.
    e.g. a dispute about 2006/07
    1.5 million is shared
    (b)
",
    );
    assert_eq!(
        section(&markdown, "Disputes, termination and exit"),
        "## 16. Disputes, termination and exit\n\n**16.1** **Disputes, termination and exit.** (a) Disputes go to the Board. e.g. a dispute about 2006/07 1.5 million is shared (b)\n\n"
    );
}
