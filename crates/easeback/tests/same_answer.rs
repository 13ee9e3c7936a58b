//! One check for every surface: the same inputs through the CLI
//! (`easeback triage --format json`), the JSON API (`POST /api/v1/triage`)
//! and the web form (`POST /check`) give the same disposition, findings and
//! actions — or, where the answer waits for them, the same questions.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

/// What a surface answered.
#[derive(Debug, PartialEq)]
enum Answer {
    Card {
        disposition: String,
        findings: Vec<String>,
        actions: Vec<String>,
    },
    Questions(Vec<String>),
}

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(dir: &std::path::Path) -> Server {
        let db = dir.join("app.db");
        let mut child = Command::new(env!("CARGO_BIN_EXE_easeback"))
            .args(["serve", "--addr", "127.0.0.1:0", "--db"])
            .arg(&db)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the server");
        let mut first = String::new();
        let _ = BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first);
        let port = first
            .split("http://127.0.0.1:")
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("server did not start: {first:?}"));
        Server { child, port }
    }

    fn post(&self, path: &str, content_type: &str, body: &str) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        let host = format!("127.0.0.1:{}", self.port);
        let req = format!(
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        s.write_all(req.as_bytes()).expect("write");
        let mut raw = String::new();
        s.read_to_string(&mut raw).expect("read");
        let (head, body) = raw.split_once("\r\n\r\n").expect("a response");
        assert!(head.starts_with("HTTP/1.1 200"), "{path}: {head}\n{body}");
        // the app answers with a fixed length (no chunking) for these pages
        body.to_string()
    }
}

struct Input {
    text: &'static str,
    findings: &'static [&'static str],
    answers: &'static [(&'static str, bool)],
}

const TABLE: &[Input] = &[
    // the CLI once dropped the text when findings were given too
    Input {
        text: "heavy bleeding",
        findings: &["fever"],
        answers: &[],
    },
    Input {
        text: "my bump goes tight every five minutes, 33 weeks",
        findings: &[],
        answers: &[],
    },
    Input {
        text: "",
        findings: &["nerve_pain"],
        answers: &[],
    },
    Input {
        text: "stiff back after a day of gardening, eases with a warm shower",
        findings: &[],
        answers: &[],
    },
    Input {
        text: "back spasm and some wetness in my knickers",
        findings: &[],
        answers: &[("fluid_leak", true)],
    },
    Input {
        text: "my back aches and I keep needing the loo",
        findings: &[],
        answers: &[],
    },
    Input {
        text: "it really hurts and I'm scared",
        findings: &[],
        answers: &[("heavy_bleeding", false)],
    },
    Input {
        text: "can I take paracetamol for my back? I have a fever of 38.4",
        findings: &[],
        answers: &[],
    },
];

fn from_json(v: &serde_json::Value) -> Answer {
    let strings = |key: &str, field: Option<&str>| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap_or(&Vec::new())
            .iter()
            .map(|x| match field {
                Some(f) => x[f].as_str().unwrap_or_default().to_string(),
                None => x.as_str().unwrap_or_default().to_string(),
            })
            .collect()
    };
    let disposition = v["disposition"].as_str().unwrap_or_default().to_string();
    let questions = strings("questions", Some("finding"));
    if !questions.is_empty() && matches!(disposition.as_str(), "self_care" | "review") {
        return Answer::Questions(questions);
    }
    Answer::Card {
        disposition,
        findings: strings("findings", Some("id")),
        actions: strings("actions", None),
    }
}

fn unescape(s: &str) -> String {
    s.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn attribute<'a>(html: &'a str, name: &str) -> &'a str {
    let key = format!("{name}=\"");
    html.split(&key)
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_else(|| panic!("no {name} in the page:\n{html}"))
}

fn from_page(html: &str) -> Answer {
    if !html.contains("data-disposition=") {
        let mut ids: Vec<String> = Vec::new();
        for part in html.split("name=\"q_").skip(1) {
            let id = part.split('"').next().unwrap_or_default().to_string();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        assert!(!ids.is_empty(), "neither a card nor questions:\n{html}");
        return Answer::Questions(ids);
    }
    let actions_html = html
        .split("<ul class=\"actions\">")
        .nth(1)
        .and_then(|r| r.split("</ul>").next())
        .expect("actions list");
    Answer::Card {
        disposition: attribute(html, "data-disposition").to_string(),
        findings: attribute(html, "data-findings")
            .split_whitespace()
            .map(String::from)
            .collect(),
        actions: actions_html
            .split("<li>")
            .skip(1)
            .map(|li| unescape(li.split("</li>").next().unwrap_or_default()))
            .collect(),
    }
}

fn cli(input: &Input) -> Answer {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_easeback"));
    cmd.args(["triage", "--region", "uk", "--format", "json"]);
    if !input.text.is_empty() {
        cmd.arg(input.text);
    }
    if !input.findings.is_empty() {
        cmd.arg("--findings").arg(input.findings.join(","));
    }
    if !input.answers.is_empty() {
        let pairs: Vec<String> = input
            .answers
            .iter()
            .map(|(id, yes)| format!("{id}={}", if *yes { "yes" } else { "no" }))
            .collect();
        cmd.arg("--answers").arg(pairs.join(","));
    }
    let out = cmd.stdin(Stdio::null()).output().expect("run the CLI");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    from_json(&serde_json::from_slice(&out.stdout).expect("JSON"))
}

fn api(server: &Server, input: &Input) -> Answer {
    let answers: serde_json::Map<String, serde_json::Value> = input
        .answers
        .iter()
        .map(|(id, yes)| (id.to_string(), serde_json::Value::Bool(*yes)))
        .collect();
    let body = serde_json::json!({
        "text": input.text,
        "findings": input.findings,
        "answers": answers,
        "region": "uk",
    });
    let reply = server.post("/api/v1/triage", "application/json", &body.to_string());
    from_json(&serde_json::from_str(&reply).expect("JSON"))
}

fn web(server: &Server, input: &Input) -> Answer {
    let mut form = vec![
        ("text".to_string(), input.text.to_string()),
        ("region".to_string(), "uk".to_string()),
    ];
    for f in input.findings {
        form.push(("finding".into(), f.to_string()));
    }
    for (id, yes) in input.answers {
        form.push((format!("q_{id}"), if *yes { "yes" } else { "no" }.into()));
    }
    let body: String = form
        .iter()
        .map(|(k, v)| format!("{}={}", k, percent(v)))
        .collect::<Vec<_>>()
        .join("&");
    from_page(&server.post("/check", "application/x-www-form-urlencoded", &body))
}

fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn the_cli_the_api_and_the_web_page_give_the_same_answer() {
    let dir = std::env::temp_dir().join(format!("easeback-same-answer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let server = Server::start(&dir);
    for input in TABLE {
        let from_cli = cli(input);
        assert_eq!(
            from_cli,
            api(&server, input),
            "CLI and API differ for {:?}",
            input.text
        );
        assert_eq!(
            from_cli,
            web(&server, input),
            "CLI and web differ for {:?}",
            input.text
        );
    }
    // the case the CLI once got wrong
    match cli(&TABLE[0]) {
        Answer::Card { disposition, .. } => assert_eq!(disposition, "emergency"),
        other => panic!("{other:?}"),
    }
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}
