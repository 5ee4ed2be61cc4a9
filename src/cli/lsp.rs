//! `jointly lsp`: the language server (`jointly::lsp`) over standard input and output.

use jointly::lsp::{self, End};

use super::Ending;

/// Serves until the client exits: clean after `shutdown`, findings-like (1) on an `exit`
/// without it, as the protocol asks.
pub fn run() -> anyhow::Result<Ending> {
    match lsp::serve_stdio()? {
        End::Clean => Ok(Ending::Clean),
        End::Abrupt => Ok(Ending::Findings),
    }
}
