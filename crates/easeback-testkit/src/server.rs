//! `easeback serve` as a real process on a free port, its log kept for the
//! test to read; killed when dropped.

use crate::http::{self, Resp};
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

pub struct Server {
    child: Child,
    port: u16,
    log: Arc<Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// `exe serve` on the database `db` (a SQLite path or a PostgreSQL URL).
    pub fn start(exe: &str, db: &str) -> Server {
        Server::start_through(Command::new(exe), db)
    }

    /// The same, through `launcher`: the command up to and including the
    /// binary (`setpriv … easeback`, to run it as another user).
    pub fn start_through(mut launcher: Command, db: &str) -> Server {
        launcher
            .args(["serve", "--addr", "127.0.0.1:0", "--db", db])
            .env_remove("EASEBACK_DATABASE_URL");
        Server::start_bare(launcher)
    }

    /// `launcher` as it is (the binary with no command serves, configured
    /// by `EASEBACK_ADDR` and `EASEBACK_DATABASE_URL`).
    pub fn start_bare(mut launcher: Command) -> Server {
        let mut child = launcher
            .env_remove("EASEBACK_REGION")
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .env("RUST_BACKTRACE", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the server");
        let log = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().expect("stderr");
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Ok(mut l) = sink.lock() {
                    l.push_str(&line);
                    l.push('\n');
                }
            }
        });
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        let _ = out.read_line(&mut first);
        let port = first
            .split("http://127.0.0.1:")
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .and_then(|p| p.parse().ok());
        // keep reading so the server never blocks on a full pipe
        std::thread::spawn(move || {
            let mut rest = String::new();
            let _ = out.read_to_string(&mut rest);
        });
        let mut server = Server {
            child,
            port: 0,
            log,
        };
        match port {
            Some(p) => server.port = p,
            None => panic!("the server did not start: {first:?}; log: {}", server.log()),
        }
        server
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The server's resident memory in KiB (Linux `/proc`), 0 if unknown.
    /// Ask the server to stop as systemd does (SIGTERM) and wait up to
    /// `wait` for it to exit: its exit status, or `None` if it is still
    /// running.
    pub fn terminate(&mut self, wait: std::time::Duration) -> Option<std::process::ExitStatus> {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let until = std::time::Instant::now() + wait;
        while std::time::Instant::now() < until {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        None
    }

    pub fn rss_kib(&self) -> u64 {
        self.status_kib("VmRSS:")
    }

    /// The most resident memory the server has held (KiB) since it started
    /// or since [`Server::reset_peak_rss`]; 0 if unknown.
    pub fn peak_rss_kib(&self) -> u64 {
        self.status_kib("VmHWM:")
    }

    /// Start counting the peak afresh from what is resident now (Linux).
    pub fn reset_peak_rss(&self) {
        let _ = std::fs::write(format!("/proc/{}/clear_refs", self.child.id()), "5");
    }

    fn status_kib(&self, field: &str) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix(field))
                    .and_then(|v| v.split_whitespace().next()?.parse().ok())
            })
            .unwrap_or(0)
    }

    /// Everything the server has logged so far.
    pub fn log(&self) -> String {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// One request; see [`http::request`].
    pub fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Resp {
        http::request(self.port, method, path, headers, body)
    }
}
