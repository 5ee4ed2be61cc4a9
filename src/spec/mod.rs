//! The spec: its types, the one YAML loader, the span index and the JSON Schema.
//!
//! This is the only module that knows YAML. Everything downstream works on [`Spec`] and
//! names places by JSON pointer; [`SpanIndex`] turns pointers back into lines and columns.

mod load;
mod money;
mod pointer;
pub mod schema;
mod span;
mod types;

pub use load::{Document, LoadError, MAX_DEPTH, MAX_FILE_BYTES, Problem, load_bytes, load_file};
pub use money::{Money, Percent};
pub use pointer::Pointer;
pub use span::{NodeSpans, Span, SpanIndex};
pub use types::*;
