//! One check and one diary overview for every surface: the same inputs
//! through the CLI (`easeback triage --format json`), the JSON API
//! (`POST /api/v1/triage`) and the web form (`POST /check`) give the same
//! disposition, findings and actions — or, where the answer waits for them,
//! the same questions; and the same diary gives the same weeks, counted in
//! the person's time zone, in `easeback insights`, `/api/v1/insights` and
//! the insights page; and a relief session answered the same way takes the
//! same next steps in the terminal and on the web.

use easeback_testkit::{Cli, Server, TempDir};

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

const EXE: &str = env!("CARGO_BIN_EXE_easeback");

/// One request from our own pages (same origin): the response head and body.
fn send(server: &Server, line: &str, headers: &[(&str, &str)], body: &str) -> (String, String) {
    let (method, path) = line.split_once(' ').expect("METHOD /path");
    let origin = format!("http://127.0.0.1:{}", server.port());
    let mut all = vec![("Origin", origin.as_str())];
    all.extend_from_slice(headers);
    let r = server.request(method, path, &all, body);
    (r.head, r.body)
}

/// A form or JSON post that must answer 200, directly or at the address a
/// 303 sends the browser to (the check's answer): that page's body.
fn post(server: &Server, path: &str, content_type: &str, body: &str) -> String {
    let (head, mut body) = send(
        server,
        &format!("POST {path}"),
        &[("Content-Type", content_type)],
        body,
    );
    let mut head = head;
    if head.starts_with("HTTP/1.1 303") {
        let to = head
            .lines()
            .find_map(|l| l.strip_prefix("location: "))
            .expect("location")
            .to_string();
        (head, body) = send(server, &format!("GET {to}"), &[], "");
    }
    assert!(head.starts_with("HTTP/1.1 200"), "{path}: {head}\n{body}");
    body
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
    let findings = input.findings.join(",");
    let answers = input
        .answers
        .iter()
        .map(|(id, yes)| format!("{id}={}", if *yes { "yes" } else { "no" }))
        .collect::<Vec<_>>()
        .join(",");
    let mut args = vec!["triage", "--region", "uk", "--format", "json"];
    if !input.text.is_empty() {
        args.push(input.text);
    }
    if !findings.is_empty() {
        args.extend(["--findings", &findings]);
    }
    if !answers.is_empty() {
        args.extend(["--answers", &answers]);
    }
    let out = Cli::new(EXE).run(&args);
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
    let reply = post(
        server,
        "/api/v1/triage",
        "application/json",
        &body.to_string(),
    );
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
    from_page(&post(
        server,
        "/check",
        "application/x-www-form-urlencoded",
        &body,
    ))
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
    let dir = TempDir::new("same-answer");
    let server = Server::start(EXE, &dir.file("app.db"));
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
}

/// Weeks as shown: (first day, episodes), oldest first.
type Weeks = Vec<(String, u64)>;

fn weeks_from_json(v: &serde_json::Value) -> Weeks {
    v["weekly"]
        .as_array()
        .expect("weekly")
        .iter()
        .map(|w| {
            (
                w["from"].as_str().expect("from").to_string(),
                w["episodes"].as_u64().expect("episodes"),
            )
        })
        .collect()
}

/// The first table of the insights page: week from, episodes, mean pain.
fn weeks_from_page(html: &str) -> Weeks {
    let table = html
        .split("<tbody>")
        .nth(1)
        .and_then(|t| t.split("</tbody>").next())
        .expect("the weeks table");
    table
        .split("<tr>")
        .skip(1)
        .map(|row| {
            let cells: Vec<&str> = row
                .split("<td>")
                .skip(1)
                .map(|c| c.split("</td>").next().unwrap_or_default())
                .collect();
            (cells[0].to_string(), cells[1].parse().expect("a count"))
        })
        .collect()
}

fn cli_in(tz: &str, args: &[&str]) -> String {
    let out = Cli::new(EXE).with_env("TZ", tz).run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_cli_the_api_and_the_insights_page_count_weeks_in_the_persons_time_zone() {
    // at any hour one of these two places is on a different date from UTC,
    // so a surface that counted in UTC would show other weeks
    for (posix_tz, minutes) in [("<+14>-14", 840), ("<-10>10", -600)] {
        let dir = TempDir::new("same-weeks");
        let server = Server::start(EXE, &dir.file("app.db"));
        let cli_db = dir.join("cli.db");
        let cli_db = cli_db.to_str().expect("utf8");
        let email = r#"{"email":"weeks@example.test","password":"a long pass phrase"}"#;
        let json = [("Content-Type", "application/json")];
        let (head, _) = send(&server, "POST /api/v1/accounts", &json, email);
        assert!(head.starts_with("HTTP/1.1 202"), "{head}");
        let (head, body) = send(&server, "POST /api/v1/login", &json, email);
        let token = head
            .split("eb_session=")
            .nth(1)
            .and_then(|c| c.split(';').next())
            .expect("a session cookie");
        let csrf = serde_json::from_str::<serde_json::Value>(&body).expect("JSON")["csrf_token"]
            .as_str()
            .expect("csrf")
            .to_string();
        let cookie = format!("eb_session={token}; eb_tz={minutes}");
        let signed_in = [
            ("Content-Type", "application/json"),
            ("Cookie", cookie.as_str()),
            ("X-CSRF-Token", csrf.as_str()),
        ];
        let now = jiff::Timestamp::now();
        for days_ago in [1, 6, 8, 13] {
            let at = (now - jiff::SignedDuration::from_hours(24 * days_ago)).to_string();
            cli_in(
                posix_tz,
                &["log", "--db", cli_db, "--pain", "4", "--at", &at],
            );
            let entry = format!(r#"{{"intensity":4,"started_at":"{at}"}}"#);
            let (head, body) = send(&server, "POST /api/v1/diary", &signed_in, &entry);
            assert!(head.starts_with("HTTP/1.1 201"), "{head}\n{body}");
        }
        let from_cli = weeks_from_json(
            &serde_json::from_str(&cli_in(
                posix_tz,
                &[
                    "insights", "--db", cli_db, "--weeks", "3", "--format", "json",
                ],
            ))
            .expect("JSON"),
        );
        let (_, api) = send(
            &server,
            &format!("GET /api/v1/insights?weeks=3&utc_offset_minutes={minutes}"),
            &signed_in,
            "",
        );
        let from_api = weeks_from_json(&serde_json::from_str(&api).expect("JSON"));
        let (_, page) = send(
            &server,
            "GET /insights?weeks=3",
            &[("Cookie", cookie.as_str())],
            "",
        );
        let from_page = weeks_from_page(&page);
        assert_eq!(from_cli.len(), 3, "{from_cli:?}");
        assert_eq!(from_cli, from_api, "CLI and API weeks differ in {posix_tz}");
        assert_eq!(
            from_cli, from_page,
            "CLI and page weeks differ in {posix_tz}"
        );
    }
}

/// One check-in of a relief session: pain now, helped, shooting leg pain.
struct CheckIn {
    pain: u8,
    helped: bool,
    shooting: bool,
}

/// After a step that helped, both surfaces go on to the next step.
const ANSWERS: &[CheckIn] = &[
    CheckIn {
        pain: 6,
        helped: false,
        shooting: false,
    },
    CheckIn {
        pain: 5,
        helped: true,
        shooting: false,
    },
    CheckIn {
        pain: 5,
        helped: false,
        shooting: false,
    },
    CheckIn {
        pain: 6,
        helped: false,
        shooting: true,
    },
];

/// What a surface showed in a relief session: the steps (1-based), which of
/// the ladder's check-in questions it asked, and the stop advice it gave.
#[derive(Debug, PartialEq)]
struct Shown {
    steps: Vec<usize>,
    questions: Vec<&'static str>,
    stop: Option<&'static str>,
}

/// The ladder's own words (content), which both surfaces must show.
fn ladder_words() -> (Vec<&'static str>, &'static str) {
    let ladder = &easeback_core::content::Content::builtin().ladder;
    let q = &ladder.check_in;
    let questions = vec![
        q.pain.as_str(),
        q.helped.as_str(),
        q.shooting.as_str(),
        q.anything_new.as_str(),
    ];
    (questions, ladder.stopped.as_str())
}

/// Which of the ladder's words a surface's text holds.
fn shown(steps: Vec<usize>, text: &str) -> Shown {
    let (questions, stop) = ladder_words();
    // the terminal wraps long lines, a page indents: words, one space apart
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    Shown {
        steps,
        questions: questions.into_iter().filter(|q| text.contains(q)).collect(),
        stop: text.contains(stop).then_some(stop),
    }
}

/// The same answers in the terminal.
fn terminal_session() -> Shown {
    let mut input = String::from("7\n");
    for a in ANSWERS {
        let yn = |b: bool| if b { "y" } else { "n" };
        input += &format!("{}\n{}\n{}\n\n", a.pain, yn(a.helped), yn(a.shooting));
        if a.helped {
            input += "n\n";
        }
    }
    let dir = TempDir::new("same-session");
    let out = Cli::new(EXE).with_env("NO_COLOR", "1").run_with_input(
        &["session", "--time-scale", "0", "--db", &dir.file("cli.db")],
        input.as_bytes(),
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let steps = text
        .split("Step ")
        .skip(1)
        .filter_map(|s| s.split(" of ").next()?.parse().ok())
        .collect();
    shown(steps, &text)
}

/// The same answers on the web pages, without JavaScript.
fn web_session(server: &Server) -> Shown {
    let form = [("Content-Type", "application/x-www-form-urlencoded")];
    let mut step = 1;
    let mut steps = vec![step];
    let mut session = String::new();
    // every page of the session, unescaped, for the words it showed
    let first = send(server, "GET /session?start_pain=7", &[], "").1;
    let mut text = unescape(&first);
    for a in ANSWERS {
        let yn = |b: bool| if b { "yes" } else { "no" };
        let body = format!(
            "step={}&session={session}&start_pain=7&pain={}&helped={}&shooting={}&text=",
            step - 1,
            a.pain,
            yn(a.helped),
            yn(a.shooting)
        );
        let (head, _) = send(server, "POST /session/check-in", &form, &body);
        // each check-in sends the browser to the next page of its session
        let to = head
            .lines()
            .find_map(|l| l.strip_prefix("location: "))
            .expect("a redirect")
            .to_string();
        let (_, page) = send(server, &format!("GET {to}"), &[], "");
        text += &unescape(&page);
        let mut parts = to.trim_start_matches("/session/").split('/');
        session = parts.next().unwrap_or_default().to_string();
        let next = match (parts.next(), parts.next()) {
            (Some("step"), Some(n)) => n.to_string(),
            // "that helped": on to the next step, as the terminal answers
            (Some("helped"), Some(_)) => {
                let link = attribute(
                    page.split("Go to the next step")
                        .next()
                        .unwrap_or_default()
                        .rsplit("<a")
                        .next()
                        .unwrap_or_default(),
                    "href",
                );
                link.rsplit('/').next().unwrap_or_default().to_string()
            }
            _ => return shown(steps, &text),
        };
        step = next.parse().expect("a step number");
        steps.push(step);
    }
    shown(steps, &text)
}

#[test]
fn the_terminal_and_the_web_session_take_the_same_next_steps() {
    let dir = TempDir::new("same-steps");
    let server = Server::start(EXE, &dir.file("app.db"));
    let terminal = terminal_session();
    let (questions, stop) = ladder_words();
    assert_eq!(terminal.steps, vec![1, 2, 3, 4], "the script itself");
    assert_eq!(
        (terminal.questions.clone(), terminal.stop),
        (questions, Some(stop)),
        "the terminal asks the ladder's own check-in questions and gives its stop advice"
    );
    assert_eq!(web_session(&server), terminal);
}
