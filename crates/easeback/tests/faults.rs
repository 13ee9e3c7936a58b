//! Faults under a running server (`easeback serve`, a real process): a full
//! disk, a read-only database file, PostgreSQL going away and coming back.
//! Each must give the client a clear answer and the log a line, never a
//! panic, and the server must write again once the fault clears.
//!
//! The disk and file faults need root (a small tmpfs; a process that file
//! permissions bind); without it they are skipped, except under CI, where a
//! skip is a failure. The PostgreSQL test runs when
//! `EASEBACK_TEST_POSTGRES_URL` is set (CI sets it).

use easeback_testkit::http::Resp;
use easeback_testkit::{Server, TempDir};
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Without root these faults cannot be staged; CI must stage them.
fn need_root(test: &str) -> bool {
    if is_root() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{test} needs root under CI (mount, file permissions)"
    );
    eprintln!("skipped {test}: needs root");
    false
}

/// `easeback serve` on `db`, as user nobody when `unprivileged` (so that
/// file permissions bind it even when the tests run as root).
fn start(db: &str, unprivileged: bool) -> Server {
    let exe = env!("CARGO_BIN_EXE_easeback");
    if unprivileged && is_root() {
        let mut c = Command::new("setpriv");
        c.args([
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            "--",
            exe,
        ]);
        Server::start_through(c, db)
    } else {
        Server::start(exe, db)
    }
}

/// The API calls these tests make.
trait Api {
    fn json(&self, method: &str, path: &str, auth: Option<&Session>, body: &str) -> Resp;
    fn sign_up(&self, email: &str);
    fn sign_in(&self, email: &str) -> Result<Session, Box<Resp>>;
    fn add_entry(&self, s: &Session, notes: &str) -> Resp;
    fn diary(&self, s: &Session) -> String;
    /// The parts that do not need the database keep working.
    fn still_serves(&self);
}

impl Api for Server {
    fn json(&self, method: &str, path: &str, auth: Option<&Session>, body: &str) -> Resp {
        let cookie;
        let mut headers = vec![("Content-Type", "application/json")];
        if let Some(a) = auth {
            cookie = a.cookie.clone();
            headers.push(("Cookie", &cookie));
            headers.push(("X-CSRF-Token", &a.csrf));
        }
        self.request(method, path, &headers, body)
    }

    fn sign_up(&self, email: &str) {
        let r = self.json("POST", "/api/v1/accounts", None, &credentials(email));
        assert_eq!(r.status, 202, "{}", r.body);
    }

    fn sign_in(&self, email: &str) -> Result<Session, Box<Resp>> {
        let r = self.json("POST", "/api/v1/login", None, &credentials(email));
        if r.status != 200 {
            return Err(Box::new(r));
        }
        let cookie = r
            .head
            .lines()
            .find_map(|l| {
                l.split_once(':')
                    .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
                    .map(|(_, v)| v.trim())
            })
            .and_then(|c| c.split(';').next())
            .expect("cookie")
            .to_string();
        let csrf = serde_json::from_str::<serde_json::Value>(&r.body).expect("json")["csrf_token"]
            .as_str()
            .expect("csrf")
            .to_string();
        Ok(Session { cookie, csrf })
    }

    fn add_entry(&self, s: &Session, notes: &str) -> Resp {
        self.json(
            "POST",
            "/api/v1/diary",
            Some(s),
            &format!(r#"{{"intensity":5,"notes":"{notes}"}}"#),
        )
    }

    fn diary(&self, s: &Session) -> String {
        let r = self.json("GET", "/api/v1/diary", Some(s), "");
        assert_eq!(r.status, 200, "{}", r.body);
        r.body
    }

    /// The parts that do not need the database keep working.
    fn still_serves(&self) {
        assert_eq!(self.request("GET", "/healthz", &[], "").status, 200);
        let t = self.json(
            "POST",
            "/api/v1/triage",
            None,
            r#"{"text":"my back keeps seizing up"}"#,
        );
        assert_eq!(t.status, 200, "{}", t.body);
    }
}

#[derive(Debug)]
struct Session {
    cookie: String,
    csrf: String,
}

fn credentials(email: &str) -> String {
    format!(r#"{{"email":"{email}","password":"a long fault-test passphrase"}}"#)
}

/// Keep trying `f` for up to `secs` seconds.
fn eventually<T>(secs: u64, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let until = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if Instant::now() > until {
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

struct Tmpfs(PathBuf);

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Fill the file system holding `dir` until it refuses another byte.
fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).expect("filler");
    let chunk = vec![7u8; 16 * 1024];
    while f.write_all(&chunk).and_then(|()| f.sync_all()).is_ok() {}
    let small = [7u8; 512];
    while f.write_all(&small).and_then(|()| f.sync_all()).is_ok() {}
    path
}

#[test]
fn a_full_disk_refuses_writes_clearly_and_writing_resumes_when_space_returns() {
    if !need_root("the full-disk test") {
        return;
    }
    let dir = TempDir::new("disk-full");
    let mnt = dir.join("mnt");
    std::fs::create_dir_all(&mnt).expect("mount point");
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=3m", "tmpfs"])
        .arg(&mnt)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "mount a small tmpfs");
    let _mounted = Tmpfs(mnt.clone());
    let db = mnt.join("diary.db");
    let server = start(db.to_str().expect("utf8"), false);
    server.sign_up("full@example.test");
    let s = server.sign_in("full@example.test").expect("sign in");
    assert_eq!(server.add_entry(&s, "before the disk filled").status, 201);

    let filler = fill(&mnt);
    let refused = server.add_entry(&s, "while the disk is full");
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert!(refused.body.contains("disk is full"), "{}", refused.body);
    assert!(
        refused.head.to_lowercase().contains("retry-after: 30"),
        "{}",
        refused.head
    );
    // the web form comes back filled in: nothing typed is lost
    let form = server.request(
        "POST",
        "/diary",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", &s.cookie),
        ],
        &format!("csrf={}&intensity=6&notes=words+worth+keeping", s.csrf),
    );
    assert_eq!(form.status, 503, "{}", form.body);
    assert!(form.body.contains("words worth keeping"), "{}", form.body);
    assert!(form.body.contains("disk is full"));
    // a symptom check still answers: its answer cannot be kept, so the card
    // comes in place, with the numbers to call
    let check = server.request(
        "POST",
        "/check",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        "csrf=&text=my+back+spasms+and+I+am+bleeding+heavily&region=uk",
    );
    assert_eq!(check.status, 200, "{}", check.body);
    assert!(check.body.contains("card emergency"), "{}", check.body);
    assert!(check.body.contains("href=\"tel:999\""), "{}", check.body);
    server.still_serves();
    assert!(server.diary(&s).contains("before the disk filled"));
    assert!(
        server.log().contains("the disk is full"),
        "log: {}",
        server.log()
    );

    std::fs::remove_file(filler).expect("free the space");
    assert_eq!(server.add_entry(&s, "after space returned").status, 201);
    let diary = server.diary(&s);
    assert!(diary.contains("before the disk filled") && diary.contains("after space returned"));
    assert!(!diary.contains("while the disk is full"), "{diary}");
    assert!(!server.log().contains("panicked"), "{}", server.log());
}

#[test]
fn a_read_only_database_file_is_served_and_written_again_once_it_can_be() {
    if !need_root("the read-only file test") {
        return;
    }
    let dir = TempDir::new("read-only");
    // the server runs as nobody: it must be able to make files here
    let opened = Command::new("chmod")
        .arg("777")
        .arg(dir.path())
        .status()
        .is_ok_and(|s| s.success());
    assert!(opened);
    let db = dir.join("diary.db");
    let db_str = db.to_str().expect("utf8");
    {
        let server = start(db_str, true);
        server.sign_up("ro@example.test");
        let s = server.sign_in("ro@example.test").expect("sign in");
        assert_eq!(server.add_entry(&s, "written while writable").status, 201);
    }
    let chmod = |mode: &str| {
        assert!(
            Command::new("chmod")
                .arg(mode)
                .arg(&db)
                .status()
                .is_ok_and(|s| s.success())
        );
    };
    chmod("444");
    let server = start(db_str, true);
    let said = eventually(5, || server.log().contains("read-only").then_some(()));
    assert!(said.is_some(), "a log line says so: {}", server.log());
    // signing in writes a session: refused with a clear answer
    let refused = server.sign_in("ro@example.test").expect_err("refused");
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert!(
        refused.body.contains("cannot be written"),
        "{}",
        refused.body
    );
    server.still_serves();

    chmod("644");
    let s = eventually(10, || server.sign_in("ro@example.test").ok()).expect("writable again");
    assert_eq!(server.add_entry(&s, "written after the fix").status, 201);
    let diary = server.diary(&s);
    assert!(diary.contains("written while writable") && diary.contains("written after the fix"));
    assert!(!server.log().contains("panicked"), "{}", server.log());
}

/// A TCP relay that can cut every connection and refuse new ones, standing
/// in for a database server that goes away and comes back.
struct Relay {
    port: u16,
    down: Arc<AtomicBool>,
    live: Arc<Mutex<Vec<TcpStream>>>,
}

impl Relay {
    fn start(target: String) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let down = Arc::new(AtomicBool::new(false));
        let live: Arc<Mutex<Vec<TcpStream>>> = Arc::default();
        let (d, l) = (Arc::clone(&down), Arc::clone(&live));
        std::thread::spawn(move || {
            for client in listener.incoming().map_while(Result::ok) {
                if d.load(Ordering::SeqCst) {
                    let _ = client.shutdown(Shutdown::Both);
                    continue;
                }
                let Ok(upstream) = TcpStream::connect(&target) else {
                    continue;
                };
                for s in [&client, &upstream] {
                    if let (Ok(c), Ok(mut v)) = (s.try_clone(), l.lock()) {
                        v.push(c);
                    }
                }
                for (mut from, mut to) in [
                    (client.try_clone(), upstream.try_clone()),
                    (upstream.try_clone(), client.try_clone()),
                ]
                .into_iter()
                .filter_map(|(a, b)| Some((a.ok()?, b.ok()?)))
                {
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut from, &mut to);
                        let _ = to.shutdown(Shutdown::Both);
                    });
                }
            }
        });
        Relay { port, down, live }
    }

    fn cut(&self) {
        self.down.store(true, Ordering::SeqCst);
        if let Ok(mut v) = self.live.lock() {
            for s in v.drain(..) {
                let _ = s.shutdown(Shutdown::Both);
            }
        }
    }

    fn restore(&self) {
        self.down.store(false, Ordering::SeqCst);
    }
}

#[test]
fn postgres_going_away_gets_a_clear_answer_and_the_server_recovers_when_it_returns() {
    let Ok(base) = std::env::var("EASEBACK_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must set EASEBACK_TEST_POSTGRES_URL"
        );
        eprintln!("skipped: EASEBACK_TEST_POSTGRES_URL is not set");
        return;
    };
    // postgres://user@host:port/db → the host:port to relay to
    let after_scheme = base.split("://").nth(1).expect("url");
    let (auth_host, path) = after_scheme.split_once('/').expect("database name");
    let host_port = auth_host.rsplit('@').next().expect("host");
    let user = auth_host.split_once('@').map_or("", |(u, _)| u);
    let target = if host_port.contains(':') {
        host_port.to_string()
    } else {
        format!("{host_port}:5432")
    };
    let schema = format!("faults_{}", std::process::id());
    let psql = Command::new("psql")
        .env("PGOPTIONS", "--client-min-messages=warning")
        .arg(&base)
        .args([
            "-qc",
            &format!("DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"),
        ])
        .status()
        .is_ok_and(|s| s.success());
    assert!(psql, "PostgreSQL must be reachable at {base}");
    let relay = Relay::start(target);
    let user_at = if user.is_empty() {
        String::new()
    } else {
        format!("{user}@")
    };
    let db_name = path.split('?').next().unwrap_or(path);
    let url = format!(
        "postgres://{user_at}127.0.0.1:{}/{db_name}?options=-c%20search_path%3D{schema}",
        relay.port
    );
    let server = start(&url, false);
    server.sign_up("pg@example.test");
    let s = server.sign_in("pg@example.test").expect("sign in");
    assert_eq!(server.add_entry(&s, "before the outage").status, 201);

    relay.cut();
    let started = Instant::now();
    let refused = server.add_entry(&s, "during the outage");
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert!(refused.body.contains("not available"), "{}", refused.body);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "the answer comes within the pool's timeouts"
    );
    let ready = server.request("GET", "/readyz", &[], "");
    assert_eq!(ready.status, 503, "readiness reports the outage");
    server.still_serves();
    assert!(server.log().contains("database"), "log: {}", server.log());

    relay.restore();
    let written = eventually(15, || {
        let r = server.add_entry(&s, "after the outage");
        (r.status == 201).then_some(r)
    });
    assert!(written.is_some(), "writes resume: {}", server.log());
    assert_eq!(server.request("GET", "/readyz", &[], "").status, 200);
    let diary = server.diary(&s);
    assert!(diary.contains("before the outage") && diary.contains("after the outage"));
    assert!(!server.log().contains("panicked"), "{}", server.log());
    let _ = Command::new("psql")
        .env("PGOPTIONS", "--client-min-messages=warning")
        .arg(&base)
        .args(["-qc", &format!("DROP SCHEMA IF EXISTS {schema} CASCADE")])
        .status();
}

#[test]
fn a_body_that_never_arrives_is_answered_and_the_connection_freed() {
    let dir = TempDir::new("slow-body");
    let server = start(dir.join("diary.db").to_str().expect("utf8"), false);
    let mut s = TcpStream::connect(("127.0.0.1", server.port())).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    // promise 100 bytes, send 10, then stall
    let head = format!(
        "POST /api/v1/triage HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"text\":\"m",
        server.port()
    );
    s.write_all(head.as_bytes()).expect("send");
    let started = Instant::now();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw);
    let status: u16 = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    assert!(
        (400..500).contains(&status),
        "a client error, not a hang or a 5xx: {text}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(25),
        "answered after the body timeout, not left open"
    );
    server.still_serves();
}

/// systemd, Docker and Kubernetes stop a service with SIGTERM: the server
/// stops accepting, finishes what is in flight and exits cleanly (before,
/// the signal killed it mid-request).
#[test]
fn sigterm_stops_the_server_cleanly_after_what_is_in_flight() {
    let dir = TempDir::new("sigterm");
    let db = dir.file("app.db");
    let mut server = Server::start(env!("CARGO_BIN_EXE_easeback"), &db);
    let port = server.port();
    // a request in flight when the signal comes: its body is still on the way
    let mut slow = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    let body = r#"{"text":"back spasm after lifting"}"#;
    write!(
        slow,
        "POST /api/v1/triage HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        body.len(),
        &body[..10]
    )
    .expect("start the request");
    std::thread::sleep(Duration::from_millis(200));
    let finisher = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        slow.write_all(&body.as_bytes()[10..])
            .expect("finish the body");
        let mut answer = String::new();
        let _ = slow.read_to_string(&mut answer);
        answer
    });
    let status = server
        .terminate(Duration::from_secs(10))
        .expect("the server exits after SIGTERM");
    assert!(status.success(), "exit status {status:?}");
    let answer = finisher.join().expect("client");
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "the request in flight was cut: {answer:?}"
    );
}
