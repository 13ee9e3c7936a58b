//! The app over real HTTP on port 0 (zero-to-production style): the API,
//! accounts and sessions, CSRF, cross-user isolation, security headers and
//! pages, one file per feature; this file holds what they share. The app
//! runs inside the test's own runtime, so the client here is async; the
//! test kit's blocking client would stall it.

use easeback_server::{AppState, app};
use easeback_testkit::TempDir;
use easeback_testkit::http::{self, Resp};
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

struct TestApp {
    addr: SocketAddr,
    /// The SQLite file behind the app, for tests that reach under it.
    db: std::path::PathBuf,
    /// Removed, with the database, when the test ends (held by the first
    /// of the apps that share a file).
    _dir: Option<TempDir>,
}

async fn spawn_app() -> TestApp {
    spawn_app_trusting(Vec::new()).await
}

/// The app, believing `X-Forwarded-For` from these proxies.
async fn spawn_app_trusting(proxies: Vec<std::net::IpAddr>) -> TestApp {
    let dir = TempDir::new("api");
    let path = dir.join("app.db");
    let mut app = spawn_app_on(path, proxies).await;
    app._dir = Some(dir);
    app
}

/// An app serving the database file at `path`.
async fn spawn_app_on(path: std::path::PathBuf, proxies: Vec<std::net::IpAddr>) -> TestApp {
    spawn_app_speaking(path, proxies, easeback_core::lang::Texts::builtin()).await
}

/// The app with other page words (a pseudo-locale), on a new database.
async fn spawn_app_with_texts(texts: &'static easeback_core::lang::Texts) -> TestApp {
    let dir = TempDir::new("api");
    let mut app = spawn_app_speaking(dir.join("app.db"), Vec::new(), texts).await;
    app._dir = Some(dir);
    app
}

async fn spawn_app_speaking(
    path: std::path::PathBuf,
    proxies: Vec<std::net::IpAddr>,
    texts: &'static easeback_core::lang::Texts,
) -> TestApp {
    let store = easeback_store::open(path.to_str().expect("utf8"))
        .await
        .expect("store");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    // (slowed sign-ins pause milliseconds here, not seconds)
    let router = app(AppState::new(store, false)
        .with_trusted_proxies(proxies)
        .with_sign_in_pause_unit(std::time::Duration::from_millis(2))
        .with_texts(texts));
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .expect("serve");
    });
    TestApp {
        addr,
        db: path,
        _dir: None,
    }
}

impl TestApp {
    /// A second server on the same database, as behind a load balancer.
    async fn beside(&self) -> TestApp {
        spawn_app_on(self.db.clone(), Vec::new()).await
    }

    async fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> Resp {
        let mut stream = tokio::net::TcpStream::connect(self.addr)
            .await
            .expect("connect");
        let req = http::request_text(&self.addr.to_string(), method, path, headers, body);
        stream.write_all(req.as_bytes()).await.expect("write");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.expect("read");
        http::parse(&String::from_utf8_lossy(&raw))
    }

    /// A request, and the page a 303 sends the browser to (fetched with the
    /// same cookie, as a browser would); the first answer's cookies are kept.
    async fn request_followed(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> Resp {
        let first = self.request(method, path, headers, body).await;
        if first.status != 303 {
            return first;
        }
        let to = first.headers.get("location").expect("location").clone();
        let cookie: Vec<(&str, &str)> = headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("cookie"))
            .copied()
            .collect();
        let mut next = self.request("GET", &to, &cookie, "").await;
        next.set_cookies.extend(first.set_cookies);
        next.headers.insert("x-followed-from".into(), to);
        next
    }

    /// A form posted from a page by a visitor (no account, no cookie).
    async fn post_visitor_form(&self, path: &str, body: &str) -> Resp {
        let headers = [("Content-Type", "application/x-www-form-urlencoded")];
        self.request("POST", path, &headers, body).await
    }

    /// [`TestApp::post_visitor_form`], and the page its 303 sends to.
    async fn post_visitor_form_followed(&self, path: &str, body: &str) -> Resp {
        let headers = [("Content-Type", "application/x-www-form-urlencoded")];
        self.request_followed("POST", path, &headers, body).await
    }

    /// A form posted from a page by the signed-in person `s`.
    async fn post_form(&self, path: &str, s: &Session, body: &str) -> Resp {
        let cookie = format!("eb_session={}", s.token);
        let headers = [
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", cookie.as_str()),
        ];
        self.request("POST", path, &headers, body).await
    }

    /// [`TestApp::post_form`], and the page its 303 sends the browser to.
    async fn post_form_followed(&self, path: &str, s: &Session, body: &str) -> Resp {
        let cookie = format!("eb_session={}", s.token);
        let headers = [
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", cookie.as_str()),
        ];
        self.request_followed("POST", path, &headers, body).await
    }

    async fn json(
        &self,
        method: &str,
        path: &str,
        cookie: Option<&Session>,
        body: &serde_json::Value,
    ) -> Resp {
        let mut h = vec![("Content-Type", "application/json")];
        let c;
        if let Some(s) = cookie {
            c = format!("eb_session={}", s.token);
            h.push(("Cookie", &c));
            h.push(("X-CSRF-Token", &s.csrf));
        }
        self.request(method, path, &h, &body.to_string()).await
    }

    async fn get(&self, path: &str, s: Option<&Session>) -> Resp {
        match s {
            Some(s) => {
                self.request(
                    "GET",
                    path,
                    &[("Cookie", &format!("eb_session={}", s.token))],
                    "",
                )
                .await
            }
            None => self.request("GET", path, &[], "").await,
        }
    }

    async fn sign_up(&self, email: &str) -> Session {
        let r = self
            .json(
                "POST",
                "/api/v1/accounts",
                None,
                &serde_json::json!({"email": email, "password": "a long pass phrase"}),
            )
            .await;
        assert_eq!(r.status, 202, "{}", r.body);
        self.sign_in(email, "a long pass phrase").await
    }

    /// Sign in as a new device would.
    async fn sign_in(&self, email: &str, password: &str) -> Session {
        let r = self
            .json(
                "POST",
                "/api/v1/login",
                None,
                &serde_json::json!({"email": email, "password": password}),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        let cookie = r
            .set_cookies
            .iter()
            .find(|c| c.starts_with("eb_session="))
            .expect("cookie")
            .clone();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        let token = cookie
            .trim_start_matches("eb_session=")
            .split(';')
            .next()
            .expect("token")
            .to_string();
        Session {
            token,
            csrf: r.json()["csrf_token"].as_str().expect("csrf").to_string(),
        }
    }
}

struct Session {
    token: String,
    csrf: String,
}

fn entry(pain: u8) -> serde_json::Value {
    serde_json::json!({"intensity": pain, "locations": ["low_back"], "triggers": ["long_sitting"],
        "tried": [{"action": "gentle_heat", "helped": true}], "notes": "after the school run"})
}

mod accounts;
mod app_shell;
mod connections;
mod diary;
mod metrics;
mod pages;
mod security;
mod spanish;
mod tightenings;
mod triage;
