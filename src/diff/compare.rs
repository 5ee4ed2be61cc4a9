//! The comparison itself: a walk over both specs' JSON together, matching list entries by id
//! (or party), with the typed spec consulted for money.

use serde_json::{Map, Value};

use super::money;
use super::{Change, Group, Kind, SchemeRef};
use crate::spec::{Document, Pointer};

/// One step of a path: a key, a list entry named by its id (or party), or a list position.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Named(String),
    Index(usize),
}

/// A place compared: its pointer in each spec and its path.
#[derive(Debug, Clone)]
struct Place {
    old: Pointer,
    new: Pointer,
    path: Vec<Step>,
}

impl Place {
    fn key(&self, key: &str) -> Place {
        let mut path = self.path.clone();
        path.push(Step::Key(key.to_owned()));
        Place {
            old: self.old.clone().key(key),
            new: self.new.clone().key(key),
            path,
        }
    }

    fn entry(&self, old: usize, new: usize, step: Step) -> Place {
        let mut path = self.path.clone();
        path.push(step);
        Place {
            old: self.old.clone().index(old),
            new: self.new.clone().index(new),
            path,
        }
    }

    fn text(&self) -> String {
        let mut text = String::new();
        for step in &self.path {
            match step {
                Step::Key(key) if text.is_empty() => text.push_str(key),
                Step::Key(key) => text.push_str(&format!(".{key}")),
                Step::Named(name) => text.push_str(&format!("[{name}]")),
                Step::Index(i) => text.push_str(&format!("[{i}]")),
            }
        }
        text
    }

    fn step(&self, i: usize) -> Option<&str> {
        match self.path.get(i)? {
            Step::Key(key) | Step::Named(key) => Some(key),
            Step::Index(_) => None,
        }
    }

    fn group(&self) -> Group {
        match (self.step(0), self.step(1), self.step(2), self.step(3)) {
            (Some("parties"), ..) => Group::Parties,
            (Some("agreement"), Some("made" | "commencement" | "expiry" | "review"), ..) => {
                Group::Dates
            }
            (Some("agreement"), Some("pooled_total"), ..) => Group::Money,
            (Some("agreement"), ..) => Group::Agreement,
            (Some("schemes"), _, Some("pooled_fund"), Some("contributions" | "total")) => {
                Group::Money
            }
            (Some("schemes"), _, Some("pooled_fund"), Some("host" | "manager")) => {
                Group::Management
            }
            (Some("schemes"), ..) => Group::Schemes,
            (Some("clauses" | "not_applicable" | "modern"), ..) => Group::Clauses,
            _ => Group::Terms,
        }
    }
}

struct Walk<'a> {
    old: &'a Document,
    new: &'a Document,
    out: Vec<Change>,
}

/// Every change from `old` to `new`, in the order of the specs.
pub(super) fn all(old: &Document, new: &Document) -> Vec<Change> {
    let mut walk = Walk {
        old,
        new,
        out: Vec::new(),
    };
    let root = Place {
        old: Pointer::root(),
        new: Pointer::root(),
        path: Vec::new(),
    };
    walk.value(&old.json, &new.json, &root);
    walk.out
}

impl Walk<'_> {
    fn value(&mut self, old: &Value, new: &Value, at: &Place) {
        if self.money(at) || old == new {
            return;
        }
        match (old, new) {
            (Value::Object(a), Value::Object(b)) => self.object(a, b, at),
            (Value::Array(a), Value::Array(b)) => self.array(a, b, at),
            _ => {
                let kind = match at.path.as_slice() {
                    [Step::Key(p), Step::Named(_), Step::Key(name)]
                        if p == "parties" && name == "name" =>
                    {
                        Kind::Renamed
                    }
                    _ => Kind::Changed,
                };
                self.push(kind, at, Some(shown(old)), Some(shown(new)), None);
            }
        }
    }

    /// Compares an amount of money through the typed specs, so that units are applied and
    /// `unknown` is never zero. False when `at` is not an amount the typed spec has.
    fn money(&mut self, at: &Place) -> bool {
        let (Some(a), Some(b)) = (
            money::typed(self.old, at.old.as_str()),
            money::typed(self.new, at.new.as_str()),
        ) else {
            return false;
        };
        if a != b {
            let difference = Some(money::difference(a, b));
            self.push(
                Kind::Changed,
                at,
                Some(money::shown(a)),
                Some(money::shown(b)),
                difference,
            );
        }
        true
    }

    fn object(&mut self, a: &Map<String, Value>, b: &Map<String, Value>, at: &Place) {
        for (key, old) in a {
            match b.get(key) {
                Some(new) => self.value(old, new, &at.key(key)),
                None => {
                    let place = at.key(key);
                    let shown = self.described(self.old, old, place.old.as_str());
                    self.push(Kind::Removed, &place, Some(shown), None, None);
                }
            }
        }
        for (key, new) in b.iter().filter(|(key, _)| !a.contains_key(*key)) {
            let place = at.key(key);
            let shown = self.described(self.new, new, place.new.as_str());
            self.push(Kind::Added, &place, None, Some(shown), None);
        }
    }

    fn array(&mut self, a: &[Value], b: &[Value], at: &Place) {
        let (names_a, names_b) = match (names(a), names(b)) {
            (Some(x), Some(y)) => (x, y),
            _ => {
                let indexed = |n: usize| (0..n).map(|i| format!("#{i}")).collect::<Vec<_>>();
                (indexed(a.len()), indexed(b.len()))
            }
        };
        let step = |name: &String| match name.strip_prefix('#') {
            Some(i) => Step::Index(i.parse().unwrap_or(0)),
            None => Step::Named(name.clone()),
        };
        for (i, name) in names_a.iter().enumerate() {
            match names_b.iter().position(|n| n == name) {
                Some(j) => self.value(&a[i], &b[j], &at.entry(i, j, step(name))),
                None => {
                    let place = at.entry(i, 0, step(name));
                    let shown = self.described(self.old, &a[i], place.old.as_str());
                    self.push(Kind::Removed, &place, Some(shown), None, None);
                }
            }
        }
        for (j, name) in names_b.iter().enumerate() {
            if !names_a.contains(name) {
                let place = at.entry(0, j, step(name));
                let shown = self.described(self.new, &b[j], place.new.as_str());
                self.push(Kind::Added, &place, None, Some(shown), None);
            }
        }
    }

    /// A whole entry added or removed, in a few words: its name, title or id, or for a
    /// contribution its party and amount.
    fn described(&self, document: &Document, value: &Value, pointer: &str) -> String {
        let field = |key: &str| value.get(key).and_then(Value::as_str);
        if let Some(amount) = money::typed(document, &format!("{pointer}/amount")) {
            return format!("{}: {}", field("party").unwrap_or(""), money::shown(amount));
        }
        if let Some(amount) = money::typed(document, pointer) {
            return money::shown(amount);
        }
        match (field("name"), field("title"), field("id")) {
            (Some(name), ..) | (None, Some(name), _) | (None, None, Some(name)) => name.to_owned(),
            _ => shown(value),
        }
    }

    fn push(
        &mut self,
        kind: Kind,
        at: &Place,
        old: Option<String>,
        new: Option<String>,
        difference: Option<String>,
    ) {
        // An entry only one spec has is located, in the other, at the list or map it belongs to.
        let parent = |pointer: &Pointer| {
            let text = pointer.as_str();
            text[..text.rfind('/').unwrap_or(0)].to_owned()
        };
        let (old_pointer, new_pointer) = match kind {
            Kind::Added => (parent(&at.old), at.new.as_str().to_owned()),
            Kind::Removed => (at.old.as_str().to_owned(), parent(&at.new)),
            _ => (at.old.as_str().to_owned(), at.new.as_str().to_owned()),
        };
        self.out.push(Change {
            group: at.group(),
            kind,
            path: at.text(),
            old,
            new,
            difference,
            scheme: self.scheme(at, kind),
            old_pointer,
            new_pointer,
        });
    }

    /// The scheme a change is under, by its number in OLD (in NEW when it is new).
    fn scheme(&self, at: &Place, kind: Kind) -> Option<SchemeRef> {
        if at.step(0) != Some("schemes") {
            return None;
        }
        let id = at.step(1)?;
        let find = |document: &Document| {
            let index = document.spec.schemes.iter().position(|s| s.id == id)?;
            Some((index, document.spec.schemes[index].title.clone()))
        };
        let (in_new, (index, title)) = match (kind, find(self.old)) {
            (Kind::Added, _) | (_, None) => (true, find(self.new)?),
            (_, Some(found)) => (false, found),
        };
        Some(SchemeRef {
            number: index + 1,
            id: id.to_owned(),
            title,
            in_new,
        })
    }
}

/// The names a list's entries are matched by: their `id`s, or for contributions and shares
/// their `party` (with the `stream`, and a count for a party named again), each unique; `None`
/// when the entries have neither, and they are matched by position.
fn names(list: &[Value]) -> Option<Vec<String>> {
    let field = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
    let by_id: Option<Vec<String>> = list.iter().map(|v| field(v, "id")).collect();
    let names = match by_id {
        Some(ids) => ids,
        None => {
            let (mut names, mut bases) = (Vec::new(), Vec::new());
            for entry in list {
                let mut base = field(entry, "party")?;
                if let Some(stream) = field(entry, "stream") {
                    base.push_str(&format!(" ({stream})"));
                }
                let seen = bases.iter().filter(|b| **b == base).count();
                names.push(match seen {
                    0 => base.clone(),
                    n => format!("{base} {}", n + 1),
                });
                bases.push(base);
            }
            names
        }
    };
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    (unique.len() == names.len()).then_some(names)
}

/// A value as text: a string as it is, anything else as compact JSON.
fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}
