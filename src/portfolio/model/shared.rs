//! Text that several parts of the page show: an agreement's path and title appear in its row of
//! the heat map and in each of its dates due, novations and waivers. The dashboard holds every
//! agreement's parts at once, so each keeps a reference to one copy rather than its own.

use std::fmt;
use std::sync::Arc;

use serde::Serialize;

/// A string shared by reference: cloning it copies no text. It serialises, prints, compares
/// and orders exactly as the string it holds.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct SharedText(Arc<str>);

impl SharedText {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for SharedText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

// Hashes and compares as the `str` it holds (derived through `Arc<str>`), so a set of them can
// be searched by `&str`.
impl std::borrow::Borrow<str> for SharedText {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for SharedText {
    fn from(text: &str) -> SharedText {
        SharedText(Arc::from(text))
    }
}

impl From<String> for SharedText {
    fn from(text: String) -> SharedText {
        SharedText(Arc::from(text))
    }
}

impl fmt::Debug for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for SharedText {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl Serialize for SharedText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::SharedText;

    #[test]
    fn shared_text_is_the_string_it_holds() {
        for text in ["", "plain", "quote \" and \\ and \u{202e} and é", "a\nb"] {
            let shared = SharedText::from(text);
            assert_eq!(
                serde_json::to_string(&shared).unwrap(),
                serde_json::to_string(text).unwrap()
            );
            assert_eq!(format!("{shared}"), text);
            assert_eq!(format!("{shared:?}"), format!("{text:?}"));
            assert_eq!(shared, text);
            assert_eq!(shared.clone().as_str(), text);
        }
        let (a, b) = (SharedText::from("a/b"), SharedText::from("a-b"));
        assert_eq!(a.cmp(&b), "a/b".cmp("a-b"));
    }
}
