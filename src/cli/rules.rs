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

/// `jointly explain RULE`: a rule's documentation, found by ID or name, or a pseudo-rule's
/// (`jointly-waiver-stale`). An unknown rule is an
/// error that suggests the nearest one.
pub fn explain(wanted: &str) -> anyhow::Result<Ending> {
    if let Some(pseudo) = rules::pseudo::find(wanted) {
        write!(
            anstream::stdout(),
            "{}",
            report::rules::explain_pseudo(pseudo)
        )?;
        return Ok(Ending::Clean);
    }
    let Some(rule) = rules::find(wanted) else {
        let pseudo = rules::pseudo::PSEUDO_RULES
            .iter()
            .flat_map(|p| [p.id, p.name]);
        let ids = rules::all()
            .iter()
            .flat_map(|r| [r.id, r.name])
            .chain(pseudo);
        let hint = schema::suggest(wanted, ids).map_or_else(
            || "run `jointly rules` to list them".to_owned(),
            |best| format!("did you mean `{best}`?"),
        );
        anyhow::bail!("no rule has the ID or name `{wanted}`; {hint}")
    };
    write!(anstream::stdout(), "{}", report::rules::explain(rule))?;
    Ok(Ending::Clean)
}
