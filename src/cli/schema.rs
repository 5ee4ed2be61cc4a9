//! `jointly schema`: the JSON Schema of the spec format, or of `jointly.toml`.

use std::io::Write;

use jointly::config;
use jointly::spec::schema;

use super::Ending;

/// Prints the spec format's schema, or with `config` the configuration's.
pub fn run(config: bool) -> anyhow::Result<Ending> {
    let text = if config {
        config::json_schema_text()
    } else {
        schema::json_schema_text()
    };
    write!(anstream::stdout(), "{text}")?;
    Ok(Ending::Clean)
}
