//! `jointly lsp`: a language server over standard input and output, for editors.
//!
//! It publishes a spec's findings as diagnostics while it is typed (the same rules, severities,
//! messages and places as `jointly check`, through the same loader and runner), shows a key's
//! documentation and a finding's rule on hover, offers the skeleton of a missing key as a quick
//! fix, and completes party ids where the spec refers to a party. Only `spec/` reads YAML: this
//! module works on the loaded spec, its span index and its schema.
//!
//! `analysis` checks a document's text; `diagnostics`, `hover`, `actions` and `complete` turn
//! that check into the protocol's answers; `position` converts between byte offsets and the
//! protocol's UTF-16 positions; `documents` holds the open documents; `server` is the loop, and
//! `transport` the framing over standard input and output.

pub mod actions;
pub mod analysis;
pub mod complete;
pub mod diagnostics;
mod documents;
pub mod hover;
pub mod position;
mod server;
mod transport;

use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    HoverProviderCapability, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextDocumentSyncOptions, TextDocumentSyncSaveOptions,
};

pub use server::{DEBOUNCE, End};

/// Why the server stopped before the protocol's end.
#[derive(Debug, thiserror::Error)]
pub enum LspError {
    /// Standard input or output failed, or the input was not the protocol.
    #[error("the connection failed: {0}")]
    Io(#[from] std::io::Error),
}

/// What the server can do, as `initialize` answers.
pub fn capabilities() -> ServerCapabilities {
    let sync = TextDocumentSyncOptions {
        open_close: Some(true),
        change: Some(TextDocumentSyncKind::FULL),
        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
        ..TextDocumentSyncOptions::default()
    };
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(sync)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".to_owned()]),
            ..CompletionOptions::default()
        }),
        ..ServerCapabilities::default()
    }
}

/// Serves the protocol over standard input and output until `exit` or the end of input.
pub fn serve_stdio() -> Result<End, LspError> {
    let (sender, receiver, threads) = transport::stdio()?;
    let info = ServerInfo {
        name: "jointly".to_owned(),
        version: Some(env!("CARGO_PKG_VERSION").to_owned()),
    };
    let initialised = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": info,
    });
    let end = match server::handshake(&sender, &receiver, initialised) {
        Some(()) => server::Server::new(sender).run(&receiver),
        None => {
            drop(sender);
            End::Abrupt
        }
    };
    drop(receiver);
    threads.join()?;
    Ok(end)
}
