//! jointly checks and drafts UK health and social care partnership agreements.
//!
//! See `ARCHITECTURE.md` for the map of the code.

pub mod config;
pub mod diff;
pub mod files;
pub mod law;
pub mod lsp;
pub mod paths;
pub mod portfolio;
pub mod render;
pub mod report;
pub mod rules;
pub mod runner;
pub mod spec;
