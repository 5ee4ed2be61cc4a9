//! What a check reports: the sink a check writes to, and the finding the runner makes of each
//! hit once it has a severity and a place in the source.

use crate::spec::{Pointer, Span};

use super::{Rule, Severity};

/// Collects what a check finds.
#[derive(Debug, Default)]
pub struct Sink {
    pub(super) hits: Vec<Hit>,
}

/// One thing a check found, before the runner locates it.
#[derive(Debug, Clone)]
pub struct Hit {
    pub(super) pointer: String,
    pub(super) message: String,
    pub(super) help: Option<String>,
    pub(super) warning_only: bool,
    pub(super) unverified: bool,
}

impl Sink {
    /// Reports a problem with the node at `pointer` (for a missing key, where it belongs).
    /// Rules build the pointer with [`Pointer`](crate::spec::Pointer), which converts into the
    /// text the runner locates.
    pub fn report(
        &mut self,
        pointer: impl std::borrow::Borrow<Pointer>,
        message: impl Into<String>,
    ) -> &mut Hit {
        let at = self.hits.len();
        self.hits.push(Hit {
            pointer: pointer.borrow().as_str().to_owned(),
            message: message.into(),
            help: None,
            warning_only: false,
            unverified: false,
        });
        &mut self.hits[at]
    }
}

impl Hit {
    /// Says what to add or change.
    pub fn help(&mut self, help: impl Into<String>) -> &mut Hit {
        self.help = Some(help.into());
        self
    }

    /// This finding is advisory even though the rule is statutory (e.g. a near synonym).
    pub fn warning_only(&mut self) -> &mut Hit {
        self.warning_only = true;
        self
    }

    /// This finding rests on a fact the rulebook has not verified (label M).
    pub fn unverified(&mut self) -> &mut Hit {
        self.unverified = true;
        self
    }
}

/// A finding: a rule's hit, with its severity and location.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    /// True when the finding rests on unverified wording; it is then never an error.
    pub unverified: bool,
    /// The JSON pointer of the node concerned.
    pub pointer: String,
    /// Where to point in the source.
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}
