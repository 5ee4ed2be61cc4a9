//! Parties whose kind of body no longer existed at `as_of`: each agreement needs a novation.
//! An ended (expired or terminated) agreement needs none.

use jiff::civil::Date;
use serde::Serialize;

use super::{Agreement, SharedText};
use crate::render::text::{long_date, one_line};
use crate::spec::BodyType;

/// A party that no longer existed at `as_of`.
#[derive(Debug, Clone, Serialize)]
pub struct Novation {
    pub path: SharedText,
    pub title: SharedText,
    pub party_id: String,
    pub party_name: Option<String>,
    pub body_type: BodyType,
    /// The body type in words, e.g. "primary care trust".
    pub body_words: String,
    /// The last day bodies of this type existed.
    pub ended: Date,
    pub ended_long: String,
    /// The era table's note, e.g. what replaced it.
    pub note: &'static str,
    /// Whether the era table's dates for this type are verified.
    pub verified: bool,
}

/// Sorts the novations by path, then party id.
pub(super) fn sort(novations: &mut [Novation]) {
    novations.sort_by(|a, b| (&a.path, &a.party_id).cmp(&(&b.path, &b.party_id)));
}

/// The parties of one agreement in force that no longer existed at `as_of`.
pub(super) fn of(agreement: &Agreement, as_of: Date) -> Vec<Novation> {
    let mut out = Vec::new();
    if !agreement.spec().agreement.status.ended() {
        for party in &agreement.spec().parties {
            let Some(era) = party.body_type.era() else {
                continue;
            };
            let Some(ended) = era.until.filter(|until| *until < as_of) else {
                continue;
            };
            out.push(Novation {
                path: agreement.path.clone(),
                title: agreement.title.clone(),
                party_id: one_line(&party.id),
                party_name: party.name.as_deref().map(one_line),
                body_type: party.body_type,
                body_words: party.body_type.to_string(),
                ended,
                ended_long: long_date(ended),
                note: era.note,
                verified: era.verified,
            });
        }
    }
    out
}
