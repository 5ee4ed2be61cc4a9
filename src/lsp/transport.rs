//! The protocol over standard input and output: Content-Length framed JSON-RPC messages, read
//! and written on their own threads. A frame whose JSON is not a message is reported on
//! standard error and skipped; only a stream whose framing is lost ends the server. Standard
//! output carries nothing but protocol.

use std::io::{self, BufRead, Write};
use std::thread;

use crossbeam_channel::{Receiver, Sender, bounded};
use lsp_server::Message;

/// The largest message read: a whole spec at the loader's cap, escaped as JSON, with room over.
const MAX_MESSAGE_BYTES: usize = 8 * crate::spec::MAX_FILE_BYTES;

/// The threads that read and write the protocol.
pub struct IoThreads {
    reader: thread::JoinHandle<io::Result<()>>,
    writer: thread::JoinHandle<io::Result<()>>,
}

impl IoThreads {
    /// Waits for both threads: the reader ends at the end of input or the `exit` notification,
    /// the writer once every sender is dropped.
    pub fn join(self) -> io::Result<()> {
        let reader = self
            .reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("reader failed")));
        let writer = self
            .writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("writer failed")));
        reader.and(writer)
    }
}

/// A connection over standard input and output.
pub fn stdio() -> io::Result<(Sender<Message>, Receiver<Message>, IoThreads)> {
    let (to_writer, from_server) = bounded::<Message>(0);
    let writer = thread::Builder::new()
        .name("jointly-lsp-writer".to_owned())
        .spawn(move || {
            let mut stdout = io::stdout().lock();
            for message in from_server {
                message.write(&mut stdout)?;
            }
            Ok(())
        })?;
    let (to_server, from_reader) = bounded::<Message>(0);
    let reader = thread::Builder::new()
        .name("jointly-lsp-reader".to_owned())
        .spawn(move || read_all(&mut io::stdin().lock(), &to_server))?;
    Ok((to_writer, from_reader, IoThreads { reader, writer }))
}

/// Reads messages and passes them on until the input ends, the `exit` notification comes or
/// the server stops listening.
fn read_all(input: &mut impl BufRead, to_server: &Sender<Message>) -> io::Result<()> {
    while let Some(body) = read_frame(input)? {
        let message = match serde_json::from_slice::<Message>(&body) {
            Ok(message) => message,
            Err(error) => {
                let _ = writeln!(
                    io::stderr(),
                    "jointly lsp: a message that is not JSON-RPC was skipped: {error}"
                );
                continue;
            }
        };
        let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
        if to_server.send(message).is_err() || exit {
            break;
        }
    }
    Ok(())
}

/// One frame's body, or `None` at the end of input.
fn read_frame(input: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut length = None;
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            // Blank lines before a frame's headers are noise, not the end of its headers.
            if length.is_some() {
                break;
            }
            continue;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let length = length.unwrap_or_default();
    if length > MAX_MESSAGE_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("a message of {length} bytes is more than jointly reads"),
        ));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Some(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_what_is_not_a_message() {
        let framed = |body: &str| format!("Content-Length: {}\r\n\r\n{body}", body.len());
        let text = [
            framed("{not json"),
            framed(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#),
            framed(r#"{"jsonrpc":"2.0","method":"exit"}"#),
            framed(r#"{"jsonrpc":"2.0","method":"never-read"}"#),
        ]
        .concat();
        let (sender, receiver) = crossbeam_channel::unbounded();
        read_all(&mut text.as_bytes(), &sender).unwrap();
        let methods: Vec<String> = receiver
            .try_iter()
            .map(|m| match m {
                Message::Notification(n) => n.method,
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(methods, ["initialized", "exit"]);
    }

    #[test]
    fn refuses_a_huge_frame_without_allocating_it() {
        let text = "Content-Length: 99999999999\r\n\r\n";
        assert!(read_frame(&mut text.as_bytes()).is_err());
    }
}
