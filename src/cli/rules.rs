//! `jointly rules` and `jointly explain`.

use std::io::Write;

use jointly::report;
use jointly::rules;
use jointly::spec::schema;

use super::Ending;

/// `jointly rules`: the table of every rule.
pub fn list() -> anyhow::Result<Ending> {
    write!(anstream::stdout(), "{}", report::rules::table())?;
    Ok(Ending::Clean)
}

/// `jointly explain RULE`: a rule's documentation, found by ID or name. An unknown rule is an
/// error that suggests the nearest one.
pub fn explain(wanted: &str) -> anyhow::Result<Ending> {
    let Some(rule) = rules::find(wanted) else {
        let ids = rules::all().iter().flat_map(|r| [r.id, r.name]);
        let hint = schema::suggest(wanted, ids).map_or_else(
            || "run `jointly rules` to list them".to_owned(),
            |best| format!("did you mean `{best}`?"),
        );
        anyhow::bail!("no rule has the ID or name `{wanted}`; {hint}")
    };
    write!(anstream::stdout(), "{}", report::rules::explain(rule))?;
    Ok(Ending::Clean)
}
