//! Output formats. Each format is one module that turns findings into text.

pub mod human;
pub mod rules;
