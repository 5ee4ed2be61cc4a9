//! The parties: what each is, and the class of body the regulations know it as.

use serde::Serialize;

use crate::law::BodyClass;
use crate::render::text::markdown as md;
use crate::spec::{BodyType, Party, Spec};

#[derive(Debug, Serialize)]
pub struct PartyModel {
    pub id: String,
    pub name: String,
    /// What kind of body it is, e.g. "a county council", "a police force or police
    /// authority"; none when the name already says it ("NHS England").
    pub description: Option<String>,
    /// "an NHS body" or "a local authority", from the body class; none for a body that is
    /// neither, or whose standing is uncertain.
    pub class: Option<&'static str>,
    pub signatory_name: Option<String>,
    pub signatory_position: Option<String>,
}

pub(super) fn all(spec: &Spec) -> Vec<PartyModel> {
    spec.parties.iter().map(party).collect()
}

fn party(p: &Party) -> PartyModel {
    let signatory = p.signatory.as_ref();
    PartyModel {
        id: md(&p.id),
        name: p.name.as_deref().map_or_else(|| md(&p.id), md),
        description: description(p.body_type, p.name.as_deref()),
        class: match p.body_type.class() {
            BodyClass::Nhs => Some("an NHS body"),
            BodyClass::LocalAuthority => Some("a local authority"),
            BodyClass::LocalAuthorityUncertain | BodyClass::NotAPartner => None,
        },
        signatory_name: signatory.and_then(|s| s.name.as_deref()).map(md),
        signatory_position: signatory.and_then(|s| s.position.as_deref()).map(md),
    }
}

/// What kind of body a party is, from the one table of type words; none when the party's
/// name already says it (a party named "NHS England" is not described again).
fn description(body: BodyType, name: Option<&str>) -> Option<String> {
    let words = body.wording();
    let plain = |text: &str| {
        let text = text.trim().to_lowercase();
        text.strip_prefix("the ").map(str::to_owned).unwrap_or(text)
    };
    match name {
        Some(name) if plain(name) == plain(words.noun) => None,
        _ => Some(md(&words.described())),
    }
}
