//! JSON pointers (RFC 6901) into a spec, built a segment at a time.
//!
//! Rules name the place a finding is about by pointer, and the runner turns the pointer into
//! a line and column through [`SpanIndex`](super::SpanIndex). Building pointers here, rather
//! than with `format!`, escapes every key and keeps one spelling for the places rules name
//! most often.

use std::fmt;

/// A JSON pointer into a spec: `/schemes/0/pooled_fund/host`.
///
/// ```
/// use jointly::spec::Pointer;
///
/// let host = Pointer::pool(0).key("host");
/// assert_eq!(host.as_str(), "/schemes/0/pooled_fund/host");
/// assert_eq!(Pointer::root().key("a/b~c").to_string(), "/a~1b~0c");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer(String);

impl Pointer {
    /// The whole spec: the empty pointer (with room for the segments a rule adds, which
    /// would otherwise grow it two or three times).
    pub fn root() -> Pointer {
        Pointer(String::with_capacity(48))
    }

    /// The member `key` of the object this pointer names (the key is escaped, so a key with
    /// `/` or `~` in it is one segment).
    pub fn key(mut self, key: &str) -> Pointer {
        self.0.push('/');
        // Escaped as `escape_pointer_segment` escapes it, straight into the pointer: most keys
        // need no escape, and none needs a String of its own.
        let mut rest = key;
        // Keys are short: a plain loop finds the bytes sooner than a vectorised search.
        while let Some(at) = rest.bytes().position(|b| b == b'~' || b == b'/') {
            self.0.push_str(&rest[..at]);
            self.0.push_str(if rest[at..].starts_with('~') {
                "~0"
            } else {
                "~1"
            });
            rest = &rest[at + 1..];
        }
        self.0.push_str(rest);
        self
    }

    /// The item at `index` of the array this pointer names.
    pub fn index(mut self, index: usize) -> Pointer {
        push_index(&mut self.0, index);
        self
    }

    /// `/agreement/KEY`: a member of the agreement.
    pub fn agreement(key: &str) -> Pointer {
        Pointer::root().key("agreement").key(key)
    }

    /// `/parties/I`: the party at index `i`.
    pub fn party(i: usize) -> Pointer {
        Pointer::root().key("parties").index(i)
    }

    /// `/schemes/I`: the scheme at index `i`.
    pub fn scheme(i: usize) -> Pointer {
        Pointer::root().key("schemes").index(i)
    }

    /// `/schemes/I/pooled_fund`: the pooled fund of scheme `i`.
    pub fn pool(i: usize) -> Pointer {
        Pointer::scheme(i).key("pooled_fund")
    }

    /// `/schemes/I/delegations/J`: delegation `j` of scheme `i`.
    pub fn delegation(i: usize, j: usize) -> Pointer {
        Pointer::scheme(i).key("delegations").index(j)
    }

    /// The pointer as text, escaped.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Appends `/index` to the text of a JSON pointer.
pub(crate) fn push_index(pointer: &mut String, index: usize) {
    pointer.push('/');
    push_decimal(pointer, index);
}

/// Appends a number in decimal, without the formatting machinery, which costs more than the
/// digits where numbers are written for every node or finding.
pub(crate) fn push_decimal(out: &mut String, number: usize) {
    let mut digits = [0u8; 20];
    let mut rest = number;
    let mut from = digits.len();
    loop {
        from -= 1;
        // A remainder of ten is below ten: the cast keeps it whole.
        digits[from] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend(digits[from..].iter().map(|&d| char::from(d)));
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Pointer {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<Pointer> for String {
    fn from(pointer: Pointer) -> String {
        pointer.0
    }
}

impl From<&Pointer> for String {
    fn from(pointer: &Pointer) -> String {
        pointer.0.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::Pointer;

    #[test]
    fn builds_the_places_rules_name() {
        assert_eq!(Pointer::root().as_str(), "");
        assert_eq!(Pointer::root().key("parties").as_str(), "/parties");
        assert_eq!(Pointer::party(2).key("type").as_str(), "/parties/2/type");
        assert_eq!(
            Pointer::agreement("commencement").as_str(),
            "/agreement/commencement"
        );
        assert_eq!(
            Pointer::pool(1).key("risk_share").key("overspend").index(0),
            Pointer::root()
                .key("schemes")
                .index(1)
                .key("pooled_fund")
                .key("risk_share")
                .key("overspend")
                .index(0)
        );
        assert_eq!(
            Pointer::delegation(0, 3).key("from").to_string(),
            "/schemes/0/delegations/3/from"
        );
    }

    #[test]
    fn escapes_each_key_as_one_segment() {
        assert_eq!(Pointer::root().key("a/b").as_str(), "/a~1b");
        assert_eq!(Pointer::root().key("~1").as_str(), "/~01");
        assert_eq!(Pointer::root().key("").as_str(), "/");
        let text: String = Pointer::scheme(0).key("x~y").into();
        assert_eq!(text, "/schemes/0/x~0y");
    }

    #[test]
    fn escapes_keys_as_the_span_index_does() {
        use crate::spec::span::escape_pointer_segment;
        for key in [
            "", "~", "/", "~~", "//", "~/", "/~", "a~", "~a", "a/", "/a", "a~0b/1c", "£/€~x",
            "plain", "~01/",
        ] {
            let expected = format!("/{}", escape_pointer_segment(key));
            assert_eq!(Pointer::root().key(key).as_str(), expected, "{key:?}");
        }
        assert_eq!(Pointer::root().index(0).index(12345).as_str(), "/0/12345");
        for index in [9, 10, 99, 100, usize::MAX] {
            assert_eq!(Pointer::root().index(index).as_str(), format!("/{index}"));
        }
    }
}
