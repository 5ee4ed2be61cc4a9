//! The server loop: requests answered at once, diagnostics published once a document's text
//! has been still for a moment.

use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CompletionItem,
    CompletionItemKind, CompletionParams, Hover, HoverContents, HoverParams, MarkupContent,
    MarkupKind, MessageType, PublishDiagnosticsParams, ShowMessageParams, TextEdit, Url,
    WorkspaceEdit,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::documents::Documents;
use super::position::LineIndex;
use super::{actions, complete, diagnostics, hover};

/// How long a document's text must be still before it is checked: a burst of changes gives
/// one check, of the latest text.
pub const DEBOUNCE: Duration = Duration::from_millis(300);

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// `exit` after `shutdown`, as the protocol asks.
    Clean,
    /// `exit` without `shutdown`, or the input ended.
    Abrupt,
}

/// Answers the client's `initialize` with `result`, refusing any other request until then:
/// `None` when the client exits or the input ends first.
pub fn handshake(
    sender: &Sender<Message>,
    receiver: &Receiver<Message>,
    result: Value,
) -> Option<()> {
    loop {
        match receiver.recv().ok()? {
            Message::Request(request) if request.method == req::Initialize::METHOD => {
                let _ = sender.send(Response::new_ok(request.id, result).into());
                return Some(());
            }
            Message::Request(request) => {
                let message = "the server is not initialised yet".to_owned();
                let code = ErrorCode::ServerNotInitialized as i32;
                let _ = sender.send(Response::new_err(request.id, code, message).into());
            }
            Message::Notification(n) if n.method == note::Exit::METHOD => return None,
            Message::Notification(_) | Message::Response(_) => {}
        }
    }
}

/// The server's state between messages.
pub struct Server {
    sender: Sender<Message>,
    documents: Documents,
    shut_down: bool,
}

impl Server {
    /// A server that answers through `sender`.
    pub fn new(sender: Sender<Message>) -> Server {
        Server {
            sender,
            documents: Documents::default(),
            shut_down: false,
        }
    }

    /// Handles messages until `exit`, or the end of input.
    pub fn run(mut self, receiver: &Receiver<Message>) -> End {
        loop {
            let wait = self
                .documents
                .next_due()
                .map_or(Duration::from_secs(3600), |at| {
                    at.saturating_duration_since(Instant::now())
                });
            match receiver.recv_timeout(wait) {
                Ok(Message::Request(request)) => self.request(request),
                Ok(Message::Notification(n)) if n.method == note::Exit::METHOD => {
                    return if self.shut_down {
                        End::Clean
                    } else {
                        End::Abrupt
                    };
                }
                Ok(Message::Notification(notification)) => self.notification(notification),
                Ok(Message::Response(_)) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return End::Abrupt,
            }
            for uri in self.documents.take_due(Instant::now()) {
                self.publish(&uri);
            }
        }
    }

    fn send(&self, message: impl Into<Message>) {
        // The writer is gone only when standard output is: the input's end then ends the run.
        let _ = self.sender.send(message.into());
    }

    fn request(&mut self, request: Request) {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            req::Shutdown::METHOD => {
                self.shut_down = true;
                Ok(Value::Null)
            }
            _ if self.shut_down => Err((
                ErrorCode::InvalidRequest,
                "the server is shutting down".to_owned(),
            )),
            req::HoverRequest::METHOD => params(request).map(|p| self.hover(p)),
            req::CodeActionRequest::METHOD => params(request).map(|p| self.code_actions(p)),
            req::Completion::METHOD => params(request).map(|p| self.completion(p)),
            other => Err((
                ErrorCode::MethodNotFound,
                format!("jointly lsp does not answer {other}"),
            )),
        };
        self.respond(id, result);
    }

    fn respond(&self, id: RequestId, result: Result<Value, (ErrorCode, String)>) {
        let response = match result {
            Ok(value) => Response::new_ok(id, value),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        };
        self.send(response);
    }

    fn notification(&mut self, notification: Notification) {
        let now = Instant::now();
        match notification.method.as_str() {
            note::DidOpenTextDocument::METHOD => {
                if let Ok(p) = params::<lsp_types::DidOpenTextDocumentParams>(notification) {
                    let document = p.text_document;
                    self.documents
                        .open(document.uri, document.text, document.version, now);
                }
            }
            note::DidChangeTextDocument::METHOD => {
                if let Ok(p) = params::<lsp_types::DidChangeTextDocumentParams>(notification) {
                    let document = p.text_document;
                    let due = now + DEBOUNCE;
                    self.documents
                        .change(&document.uri, document.version, p.content_changes, due);
                }
            }
            note::DidSaveTextDocument::METHOD => {
                if let Ok(p) = params::<lsp_types::DidSaveTextDocumentParams>(notification) {
                    self.documents.touch(&p.text_document.uri, now);
                }
            }
            note::DidCloseTextDocument::METHOD => {
                if let Ok(p) = params::<lsp_types::DidCloseTextDocumentParams>(notification) {
                    let uri = p.text_document.uri;
                    if self.documents.close(&uri) {
                        self.send_diagnostics(uri, Vec::new(), None);
                    }
                }
            }
            // Anything else (`initialized`, `$/cancelRequest`, settings changes) needs nothing.
            _ => {}
        }
    }

    /// Publishes a document's diagnostics, checking its text if that has not been done.
    fn publish(&mut self, uri: &Url) {
        let Some(checked) = self.documents.checked(uri) else {
            return;
        };
        let found = diagnostics::diagnostics(&checked.document.text, checked.analysis());
        let version = checked.document.version;
        if let Some(problem) = checked.problem {
            let message = format!("jointly.toml is not used: {problem}");
            let params = ShowMessageParams {
                typ: MessageType::WARNING,
                message,
            };
            self.send(Notification::new(
                note::ShowMessage::METHOD.to_owned(),
                params,
            ));
        }
        self.send_diagnostics(uri.clone(), found, version);
    }

    fn send_diagnostics(
        &self,
        uri: Url,
        diagnostics: Vec<lsp_types::Diagnostic>,
        version: Option<i32>,
    ) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        let method = note::PublishDiagnostics::METHOD.to_owned();
        self.send(Notification::new(method, params));
    }

    fn hover(&mut self, p: HoverParams) -> Value {
        let at = p.text_document_position_params;
        let Some(checked) = self.documents.checked(&at.text_document.uri) else {
            return Value::Null;
        };
        let offset = LineIndex::new(&checked.document.text).offset(at.position);
        let Some(text) = hover::hover(&checked.document.text, checked.analysis(), offset) else {
            return Value::Null;
        };
        let contents = HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: text,
        });
        to_value(Hover {
            contents,
            range: None,
        })
    }

    fn code_actions(&mut self, p: CodeActionParams) -> Value {
        let uri = p.text_document.uri;
        let Some(checked) = self.documents.checked(&uri) else {
            return Value::Array(Vec::new());
        };
        let text = &checked.document.text;
        let lines = LineIndex::new(text);
        let span = (lines.offset(p.range.start), lines.offset(p.range.end));
        let fixes = actions::fixes(
            &checked.name,
            text,
            checked.analysis(),
            &checked.settings,
            span,
        );
        let actions: Vec<CodeActionOrCommand> = fixes
            .into_iter()
            .map(|fix| {
                let at = lines.position(fix.insertion.offset);
                let edit = TextEdit::new(lsp_types::Range::new(at, at), fix.insertion.text);
                let changes = [(uri.clone(), vec![edit])].into_iter().collect();
                CodeActionOrCommand::CodeAction(CodeAction {
                    title: fix.title,
                    kind: Some(CodeActionKind::QUICKFIX),
                    edit: Some(WorkspaceEdit::new(changes)),
                    is_preferred: Some(true),
                    ..CodeAction::default()
                })
            })
            .collect();
        to_value(actions)
    }

    fn completion(&mut self, p: CompletionParams) -> Value {
        let at = p.text_document_position;
        let Some(checked) = self.documents.checked(&at.text_document.uri) else {
            return Value::Null;
        };
        let text = &checked.document.text;
        let offset = LineIndex::new(text).offset(at.position);
        let last = checked.document.last_loaded.as_ref();
        let items: Vec<CompletionItem> = complete::parties(text, checked.analysis(), last, offset)
            .into_iter()
            .map(|party| CompletionItem {
                label: party.id,
                kind: Some(CompletionItemKind::VALUE),
                detail: party.name,
                ..CompletionItem::default()
            })
            .collect();
        to_value(items)
    }
}

/// A message's parameters, or the error answering a request whose parameters are not those
/// of its method.
fn params<P: DeserializeOwned>(message: impl Into<Message>) -> Result<P, (ErrorCode, String)> {
    let params = match message.into() {
        Message::Request(r) => r.params,
        Message::Notification(n) => n.params,
        Message::Response(_) => Value::Null,
    };
    serde_json::from_value(params).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))
}

fn to_value(value: impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}
