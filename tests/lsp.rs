//! `jointly lsp` driven over standard input and output, as an editor drives it: the published
//! diagnostics are `jointly check --format json` on the same text, and hover, quick fixes and
//! completion answer from the same check.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// How long any answer may take before the test fails rather than hangs.
const TIMEOUT: Duration = Duration::from_secs(60);

fn jointly() -> Command {
    Command::new(env!("CARGO_BIN_EXE_jointly"))
}

/// A client talking to a `jointly lsp` process.
struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    /// Notifications read while waiting for something else.
    held: Vec<Value>,
    next_id: i64,
}

impl Client {
    fn start() -> Client {
        let mut child = jointly()
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("jointly lsp starts");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (sender, messages) = channel();
        std::thread::spawn(move || {
            let mut stdout = BufReader::new(stdout);
            while let Some(message) = read_frame(&mut stdout) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            messages,
            held: Vec::new(),
            next_id: 0,
        };
        let result = client.request("initialize", json!({"capabilities": {}}));
        assert!(
            result["capabilities"]["hoverProvider"]
                .as_bool()
                .unwrap_or(false)
        );
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("send");
        self.stdin.flush().expect("flush");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn next(&mut self, deadline: Instant) -> Value {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.messages.recv_timeout(left) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => panic!("jointly lsp did not answer in time"),
            Err(RecvTimeoutError::Disconnected) => panic!("jointly lsp closed its output"),
        }
    }

    /// Sends a request and waits for its result (holding the notifications that come first).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let request = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        self.send(&request);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self.next(deadline);
            if message["id"] == json!(id) {
                assert!(message.get("error").is_none(), "{message}");
                return message["result"].clone();
            }
            self.held.push(message);
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Value {
        let published = |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        };
        if let Some(at) = self.held.iter().position(published) {
            return self.held.remove(at)["params"].clone();
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self.next(deadline);
            if published(&message) {
                return message["params"].clone();
            }
            self.held.push(message);
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Value {
        let document = json!({"uri": uri, "languageId": "yaml", "version": 1, "text": text});
        self.notify("textDocument/didOpen", json!({"textDocument": document}));
        self.diagnostics(uri)
    }

    fn change(&mut self, uri: &str, version: i32, text: &str) {
        let params = json!({
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}],
        });
        self.notify("textDocument/didChange", params);
    }

    /// Shuts the server down as the protocol asks, and gives its exit code.
    fn finish(mut self) -> Option<i32> {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        self.exit_code()
    }

    /// The server's exit code, once it has exited.
    fn exit_code(&mut self) -> Option<i32> {
        let deadline = Instant::now() + TIMEOUT;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("jointly lsp did not exit");
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_frame(input: &mut impl BufRead) -> Option<Value> {
    let mut length = 0;
    loop {
        let mut line = String::new();
        if input.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// A directory with the spec in it, with no `jointly.toml` above it, and its URI.
fn spec_file(text: &str) -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("agreement.yaml");
    std::fs::write(&path, text).expect("write the spec");
    let uri = format!("file://{}", path.display());
    (dir, path, uri)
}

/// `jointly check --format json` on `text`, as the file at `path`: its one file object.
fn check_json(path: &Path, text: &str) -> Value {
    std::fs::write(path, text).expect("write the spec");
    let out = jointly()
        .args(["check", "--format", "json"])
        .arg(path)
        .current_dir(path.parent().expect("a directory"))
        .output()
        .expect("jointly check runs");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    report["files"][0].clone()
}

/// The diagnostics `check`'s JSON gives for the text: its findings, waiver problems and
/// placeholders, or the problems that stopped it loading, each as (code, severity, line,
/// UTF-16 column, message).
fn expected(file: &Value, text: &str) -> Vec<(String, i64, u64, u64, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let entry = |code: &str, severity: &str, location: &Value, message: String, help: &Value| {
        let line = location["line"].as_u64().expect("line") - 1;
        let chars = location["column"].as_u64().expect("column") as usize - 1;
        // The JSON counts characters; the protocol counts UTF-16 units.
        let units = lines[line as usize]
            .chars()
            .take(chars)
            .map(char::len_utf16)
            .sum::<usize>() as u64;
        let message = match help.as_str() {
            Some(help) => format!("{message}\nhelp: {help}"),
            None => message,
        };
        let severity = if severity == "error" { 1 } else { 2 };
        (code.to_owned(), severity, line, units, message)
    };
    let mut out = Vec::new();
    for f in file["findings"].as_array().expect("findings") {
        let mut message = f["message"].as_str().expect("message").to_owned();
        if f["unverified"] == true {
            message.push_str(" (unverified)");
        }
        let rule = f["rule"].as_str().expect("rule");
        let severity = f["severity"].as_str().expect("severity");
        out.push(entry(rule, severity, &f["location"], message, &f["help"]));
    }
    for key in ["waiver_problems", "placeholders"] {
        for p in file[key].as_array().expect("list") {
            let message = p["message"].as_str().expect("message").to_owned();
            let id = p["id"].as_str().expect("id");
            let severity = p["severity"].as_str().expect("severity");
            out.push(entry(id, severity, &p["location"], message, &p["help"]));
        }
    }
    for p in file["problems"].as_array().expect("problems") {
        let message = p["message"].as_str().expect("message").to_owned();
        out.push(entry(
            "jointly-unreadable",
            "error",
            &p["location"],
            message,
            &p["help"],
        ));
    }
    out
}

fn published(params: &Value) -> Vec<(String, i64, u64, u64, String)> {
    let diagnostics = params["diagnostics"].as_array().expect("diagnostics");
    for d in diagnostics {
        assert_eq!(d["source"], "jointly");
    }
    diagnostics
        .iter()
        .map(|d| {
            (
                d["code"].as_str().expect("code").to_owned(),
                d["severity"].as_i64().expect("severity"),
                d["range"]["start"]["line"].as_u64().expect("line"),
                d["range"]["start"]["character"]
                    .as_u64()
                    .expect("character"),
                d["message"].as_str().expect("message").to_owned(),
            )
        })
        .collect()
}

/// The Hertfordshire CAMHS pool, with its council written on one line whose signatory is a
/// placeholder after a "£" and an emoji, so that characters and UTF-16 units differ.
fn sample() -> String {
    let text =
        std::fs::read_to_string("samples/hertfordshire-camhs-pool-2010.yaml").expect("the sample");
    let council = "  - id: council\n    name: Hertfordshire County Council # [HCC-10] heading; \"the County Council (HCC)\" §2.1\n    type: county_council\n";
    assert!(text.contains(council));
    text.replacen(
        council,
        "  - {name: \"£ 🙂 Hertfordshire County Council\", id: council, type: county_council, signatory: {position: \"[TBC]\"}}\n",
        1,
    )
}

#[test]
fn diagnostics_are_checks_findings_and_follow_changes() {
    let text = sample();
    let (_dir, path, uri) = spec_file(&text);
    let mut client = Client::start();
    let first = client.open(&uri, &text);
    let expected_first = expected(&check_json(&path, &text), &text);
    assert!(expected_first.len() > 20, "{expected_first:?}");
    // The placeholder sits after "£ 🙂": its column counts the emoji as two UTF-16 units.
    let line = text
        .lines()
        .find(|l| l.contains("[TBC]"))
        .expect("the line");
    let before = &line[..line.find("\"[TBC]\"").expect("the placeholder")];
    let units = before.encode_utf16().count() as u64;
    assert_eq!(units, before.chars().count() as u64 + 1);
    assert!(
        expected_first
            .iter()
            .any(|e| e.0 == "jointly-placeholder" && e.3 == units)
    );
    assert_eq!(published(&first), expected_first);
    // Each rulebook finding links to its provision where the rulebook gives a link.
    let file = check_json(&path, &text);
    for (finding, diagnostic) in file["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .zip(first["diagnostics"].as_array().expect("diagnostics"))
    {
        match finding["citation"]["url"].as_str() {
            Some("") | None => assert!(diagnostic.get("codeDescription").is_none()),
            Some(url) => assert_eq!(diagnostic["codeDescription"]["href"], url),
        }
    }
    // Saving publishes again, at once.
    let saved = json!({"textDocument": {"uri": uri}});
    client.notify("textDocument/didSave", saved);
    assert_eq!(published(&client.diagnostics(&uri)), expected_first);

    // A burst of changes gives one check, of the latest text: a YAML error after "£🙂".
    let broken = text.replacen("jointly: 1\n", "jointly: 1\nnote: £🙂 a: b\n", 1);
    client.change(
        &uri,
        2,
        &text.replacen("jointly: 1\n", "jointly: 1\n# 2\n", 1),
    );
    client.change(&uri, 3, &broken);
    let second = client.diagnostics(&uri);
    assert_eq!(second["version"], 3);
    let expected_second = expected(&check_json(&path, &broken), &broken);
    assert_eq!(expected_second.len(), 1);
    assert_eq!(expected_second[0].0, "jointly-unreadable");
    assert_eq!(published(&second), expected_second);

    // Fixed again: the findings come back.
    client.change(&uri, 4, &text);
    assert_eq!(published(&client.diagnostics(&uri)), expected_first);
    assert_eq!(client.finish(), Some(0));
}

#[test]
fn yaml_that_is_not_a_spec_gets_no_diagnostics() {
    let (_dir, _path, uri) = spec_file("name: ci\non: push\n");
    let mut client = Client::start();
    let params = client.open(&uri, "name: ci\non: push\n");
    assert_eq!(params["diagnostics"], json!([]));
    // A message that is not JSON-RPC is skipped, and a request with parameters that are not
    // its method's is refused; the server goes on.
    let junk = "Content-Length: 9\r\n\r\n{not json";
    client.stdin.write_all(junk.as_bytes()).expect("send");
    let bad = json!({"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {}});
    client.send(&bad);
    let deadline = Instant::now() + TIMEOUT;
    let answer = loop {
        let message = client.next(deadline);
        if message["id"] == 99 {
            break message;
        }
    };
    assert_eq!(answer["error"]["code"], -32602, "{answer}");
    assert_eq!(client.finish(), Some(0));
}

#[test]
fn exit_without_shutdown_ends_with_status_1() {
    let mut client = Client::start();
    client.notify("exit", Value::Null);
    assert_eq!(client.exit_code(), Some(1));
}

fn position_of(text: &str, needle: &str, after: usize) -> Value {
    let at = text.find(needle).expect("needle") + after;
    let line = text[..at].matches('\n').count();
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let character: usize = text[start..at].chars().map(char::len_utf16).sum();
    json!({"line": line, "character": character})
}

#[test]
fn hover_shows_a_keys_docs_and_a_findings_rule() {
    let text = sample();
    let (_dir, _path, uri) = spec_file(&text);
    let mut client = Client::start();
    client.open(&uri, &text);
    let at = position_of(&text, "      management: A CAMHS", 8);
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": at}),
    );
    let shown = hover["contents"]["value"].as_str().expect("markdown");
    let docs = jointly::spec::schema::key_description("/schemes/0/pooled_fund/management")
        .expect("documented");
    assert!(shown.contains(docs), "{shown}");

    // On a finding: its rule, citation and `jointly explain`.
    let at = position_of(&text, "\nagreement:", 1);
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": at}),
    );
    let shown = hover["contents"]["value"].as_str().expect("markdown");
    let explain = jointly()
        .args(["explain", "CA2004-10-4-BYDATE"])
        .output()
        .expect("explain");
    let explain = String::from_utf8(explain.stdout).expect("UTF-8");
    assert!(shown.contains("**CA2004-10-4-BYDATE**"), "{shown}");
    assert!(
        shown.contains("Citation: Children Act 2004, s10(4)(e)"),
        "{shown}"
    );
    assert!(shown.contains(explain.trim_end()), "{shown}");
    // A finding jointly places at a line rather than at text covers the rest of the line.
    let at = position_of(&text, "\njointly: 1", 5);
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": at}),
    );
    let shown = hover["contents"]["value"].as_str().expect("markdown");
    assert!(shown.contains("**GUIDE07-CL-13**"), "{shown}");
    assert_eq!(client.finish(), Some(0));
}

/// `text` with a protocol text edit applied.
fn apply(text: &str, edit: &Value) -> String {
    let offset = |position: &Value| {
        let line = position["line"].as_u64().expect("line") as usize;
        let character = position["character"].as_u64().expect("character") as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut units = 0;
        for (at, c) in text[start..].char_indices() {
            if units >= character || c == '\n' {
                return start + at;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let (start, end) = (
        offset(&edit["range"]["start"]),
        offset(&edit["range"]["end"]),
    );
    format!(
        "{}{}{}",
        &text[..start],
        edit["newText"].as_str().expect("text"),
        &text[end..]
    )
}

#[test]
fn a_quick_fix_adds_the_missing_key_and_removes_the_finding() {
    let text = sample();
    let (_dir, path, uri) = spec_file(&text);
    let mut client = Client::start();
    let params = client.open(&uri, &text);
    let diagnostic = params["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "GUIDE07-CL-13")
        .expect("the VAT checklist item")
        .clone();
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic]},
        }),
    );
    let action = actions
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .is_some_and(|t| t.contains("GUIDE07-CL-13"))
        })
        .expect("a fix for the VAT item")
        .clone();
    assert_eq!(action["kind"], "quickfix");
    let edits = &action["edit"]["changes"][&uri];
    assert_eq!(edits.as_array().map(Vec::len), Some(1));
    let fixed = apply(&text, &edits[0]);
    assert!(fixed.contains("\nclauses:\n  vat: TBC"), "{fixed}");
    let file = check_json(&path, &fixed);
    assert_eq!(file["status"], "checked");
    let rules: Vec<&Value> = file["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| &f["rule"])
        .collect();
    assert!(!rules.contains(&&json!("GUIDE07-CL-13")), "{rules:?}");
    // The placeholder it leaves is flagged, so the blank cannot be forgotten.
    let placeholders = file["placeholders"].as_array().expect("placeholders");
    assert!(
        placeholders
            .iter()
            .any(|p| p["location"]["pointer"] == "/clauses/vat")
    );
    assert_eq!(client.finish(), Some(0));
}

#[test]
fn party_ids_complete_where_a_party_is_referred_to() {
    let text = sample();
    let (_dir, _path, uri) = spec_file(&text);
    let mut client = Client::start();
    client.open(&uri, &text);
    let labels = |result: Value| -> Vec<String> {
        result
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["label"].as_str().expect("label").to_owned())
            .collect()
    };
    let at = position_of(&text, "      host: council", 12);
    let request = json!({"textDocument": {"uri": uri}, "position": at});
    assert_eq!(
        labels(client.request("textDocument/completion", request)),
        ["council", "pct"]
    );

    // A reference being typed, in text that does not load yet.
    let typing = text.replacen("      host: council\n", "      x: 1\n      host: \n", 1);
    client.change(&uri, 2, &typing);
    let at = position_of(&typing, "      host: \n", 12);
    let request = json!({"textDocument": {"uri": uri}, "position": at});
    assert_eq!(
        labels(client.request("textDocument/completion", request)),
        ["council", "pct"]
    );

    // Not where no party is referred to.
    let at = position_of(&typing, "      management: A", 19);
    let request = json!({"textDocument": {"uri": uri}, "position": at});
    assert_eq!(
        labels(client.request("textDocument/completion", request)),
        Vec::<String>::new()
    );
    assert_eq!(client.finish(), Some(0));
}

#[test]
fn the_configuration_check_would_find_applies() {
    let text = sample();
    let (dir, path, uri) = spec_file(&text);
    let config = "[rules]\n\"GUIDE07-CL-13\" = \"off\"\n\"GUIDE07-CL-14\" = \"error\"\n";
    std::fs::write(dir.path().join("jointly.toml"), config).expect("write the configuration");
    let mut client = Client::start();
    let diagnostics = published(&client.open(&uri, &text));
    assert_eq!(diagnostics, expected(&check_json(&path, &text), &text));
    assert!(!diagnostics.iter().any(|d| d.0 == "GUIDE07-CL-13"));
    assert!(
        diagnostics
            .iter()
            .any(|d| d.0 == "GUIDE07-CL-14" && d.1 == 1)
    );
    assert_eq!(client.finish(), Some(0));
}
