//! The parties: what each is, and the class of body the regulations know it as.

use serde::Serialize;

use crate::law::{BodyClass, S10Standing};
use crate::render::text::{markdown as md, markdown_words};
use crate::spec::{BodyType, Decision, Execution, Jurisdiction, LegalBasis, Party, Spec};

#[derive(Debug, Serialize)]
pub struct PartyModel {
    pub id: String,
    pub name: String,
    /// What kind of body it is, e.g. "a county council", "a police force or police
    /// authority", "a metropolitan borough council, for the purposes of the Regulations a
    /// district council"; none when the name already says it ("NHS England").
    pub description: Option<String>,
    /// "an NHS body" or "a local authority", from the body class; none for a body that is
    /// neither, or whose standing is uncertain.
    pub class: Option<&'static str>,
    /// Under s10 Children Act 2004: the paragraph of s10(4) that lists the party as a relevant
    /// partner, where that listing is verified and covers the agreement's dates ("a relevant
    /// partner under section 10(4)(b) of the Children Act 2004"); none otherwise.
    pub status: Option<String>,
    pub signatory_name: Option<String>,
    pub signatory_position: Option<String>,
    /// The party's address as the spec states it, escaped.
    pub address: Option<String>,
    /// How the party executes the agreement: "seal" (a council's deed, under its common
    /// seal), "deed" (another body's deed, by its authorised signatory), "hand" (signed under
    /// hand), or none when the spec does not say (a plain signature block).
    pub execution: Option<&'static str>,
}

/// The parties, each described for the agreement's jurisdiction; `regulations` is whether the
/// draft defines "the Regulations" (SI 2000/617), which a council's legal category cites.
pub(super) fn all(spec: &Spec, regulations: bool) -> Vec<PartyModel> {
    let jurisdiction = spec.agreement.jurisdiction;
    spec.parties
        .iter()
        .map(|p| PartyModel {
            status: s10_status(spec, p.body_type),
            ..party(p, jurisdiction, regulations)
        })
        .collect()
}

/// The paragraph of s10(4) Children Act 2004 that lists a party of an s10 agreement as a
/// relevant partner, in words, when the listing is verified and covers the dates the agreement
/// was made and commenced (an unverified or dated-out listing is left to the findings).
/// Under s25 (Wales), the same from s25(4) as in force on 1 April 2008, for dates from then.
fn s10_status(spec: &Spec, body: BodyType) -> Option<String> {
    let agreement = &spec.agreement;
    let (standing, section, read_from) = match agreement.legal_basis {
        LegalBasis::ChildrenAct2004S10 => (body.s10_standing(), "10", None),
        LegalBasis::ChildrenAct2004S25 => (
            body.s25_standing(),
            "25",
            Some(crate::law::dates::CHILDREN_ACT_2004_S25_SEEN_FROM),
        ),
        _ => return None,
    };
    let S10Standing::Listed(listing) = standing else {
        return None;
    };
    let dates = [agreement.made, agreement.commencement];
    let covered = dates.iter().flatten().all(|d| {
        let read = |day| read_from.is_none_or(|from| day >= from);
        d.decide(|day| listing.covers(day) && read(day)) == Decision::Decided(true)
    });
    let paragraph = listing.paragraph.strip_prefix(&format!("s{section}(4)"))?;
    (listing.verified && covered).then(|| {
        format!("a relevant partner under section {section}(4){paragraph} of the Children Act 2004")
    })
}

fn party(p: &Party, jurisdiction: Jurisdiction, regulations: bool) -> PartyModel {
    let signatory = p.signatory.as_ref();
    PartyModel {
        id: md(&p.id),
        name: p.name.as_deref().map_or_else(|| md(&p.id), md),
        description: description(p.body_type, p.name.as_deref(), jurisdiction, regulations),
        class: match p.body_type.class() {
            BodyClass::Nhs => Some("an NHS body"),
            BodyClass::LocalAuthority => Some("a local authority"),
            BodyClass::LocalAuthorityUncertain | BodyClass::NotAPartner => None,
        },
        signatory_name: signatory.and_then(|s| s.name.as_deref()).map(md),
        signatory_position: signatory.and_then(|s| s.position.as_deref()).map(md),
        status: None,
        address: p
            .address
            .as_deref()
            .filter(|a| !a.trim().is_empty())
            .map(md),
        execution: p.execution.map(|e| match (e, p.body_type.class()) {
            (Execution::UnderHand, _) => "hand",
            (Execution::Deed, BodyClass::LocalAuthority | BodyClass::LocalAuthorityUncertain) => {
                "seal"
            }
            (Execution::Deed, _) => "deed",
        }),
    }
}

/// What kind of body a party is, from the one table of type words (with the legal category
/// of a kind of council the regulations do not name); none when the party's name already says
/// it (a party named "NHS England" is not described again).
fn description(
    body: BodyType,
    name: Option<&str>,
    jurisdiction: Jurisdiction,
    regulations: bool,
) -> Option<String> {
    let words = body.wording();
    let plain = |text: &str| {
        let text = text.trim().to_lowercase();
        text.strip_prefix("the ").map(str::to_owned).unwrap_or(text)
    };
    match name {
        Some(name) if plain(name) == plain(words.noun) => None,
        _ => Some(markdown_words(&words.drafted(jurisdiction, regulations))),
    }
}
