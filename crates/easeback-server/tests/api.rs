//! The app over real HTTP on port 0 (zero-to-production style): the API,
//! accounts and sessions, CSRF, cross-user isolation, security headers and
//! pages.

use easeback_server::{AppState, app};
use std::collections::HashMap;
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

struct TestApp {
    addr: SocketAddr,
    /// The SQLite file behind the app, for tests that reach under it.
    db: std::path::PathBuf,
}

struct Resp {
    status: u16,
    headers: HashMap<String, String>,
    set_cookies: Vec<String>,
    body: String,
}

impl Resp {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    fn header(&self, name: &str) -> &str {
        self.headers.get(name).map_or("", String::as_str)
    }
}

async fn spawn_app() -> TestApp {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let path = std::env::temp_dir()
        .join(format!("easeback-api-{}-{nanos}", std::process::id()))
        .join("app.db");
    let store = easeback_store::open(path.to_str().expect("utf8"))
        .await
        .expect("store");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let router = app(AppState::new(store, false));
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .expect("serve");
    });
    TestApp { addr, db: path }
}

impl TestApp {
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
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("\r\n");
        req.push_str(body);
        stream.write_all(req.as_bytes()).await.expect("write");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.expect("read");
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let mut headers = HashMap::new();
        let mut set_cookies = Vec::new();
        for l in lines {
            if let Some((k, v)) = l.split_once(':') {
                let k = k.trim().to_ascii_lowercase();
                if k == "set-cookie" {
                    set_cookies.push(v.trim().to_string());
                }
                headers.insert(k, v.trim().to_string());
            }
        }
        Resp {
            status,
            headers,
            set_cookies,
            body: body.to_string(),
        }
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
        assert_eq!(r.status, 201, "{}", r.body);
        let r = self
            .json(
                "POST",
                "/api/v1/login",
                None,
                &serde_json::json!({"email": email, "password": "a long pass phrase"}),
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

#[tokio::test]
async fn triage_answers_the_machine_interface_object() {
    let app = spawn_app().await;
    let r = app.json("POST", "/api/v1/triage", None, &serde_json::json!({"text": "no bleeding but my left calf is hot and swollen", "region": "uk"})).await;
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v["disposition"], "emergency");
    assert_eq!(v["findings"][0]["id"], "hot_swollen_leg");
    assert!(v["findings"][0]["start"].is_u64() && v["findings"][0]["end"].is_u64());
    assert_eq!(v["set_aside"][0]["reason"], "negated");
    assert!(v["actions"][0].as_str().is_some_and(|a| a.contains("999")));

    let r = app
        .json(
            "POST",
            "/api/v1/triage",
            None,
            &serde_json::json!({"findings": ["fever", "severe_pain"]}),
        )
        .await;
    assert_eq!(r.json()["disposition"], "emergency");
    let r = app
        .json(
            "POST",
            "/api/v1/triage",
            None,
            &serde_json::json!({"text": ""}),
        )
        .await;
    assert_eq!(r.json()["disposition"], "self_care");
}

#[tokio::test]
async fn triage_errors_are_json_and_name_the_field() {
    let app = spawn_app().await;
    let r = app
        .json(
            "POST",
            "/api/v1/triage",
            None,
            &serde_json::json!({"findings": ["bleeding"]}),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["field"], "findings");
    assert!(
        r.json()["error"]
            .as_str()
            .is_some_and(|e| e.contains("vaginal_bleeding"))
    );
    let r = app
        .json(
            "POST",
            "/api/v1/triage",
            None,
            &serde_json::json!({"text": "x", "region": "mars"}),
        )
        .await;
    assert_eq!(r.json()["field"], "region");
    let r = app
        .json("POST", "/api/v1/triage", None, &serde_json::json!({}))
        .await;
    assert_eq!(r.status, 422);
    let r = app
        .request(
            "POST",
            "/api/v1/triage",
            &[("Content-Type", "application/json")],
            "{not json",
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.json()["error"].is_string());
    let big = serde_json::json!({"text": "a".repeat(400 * 1024)});
    let r = app.json("POST", "/api/v1/triage", None, &big).await;
    assert_eq!(r.status, 413);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for (method, path) in [
        ("GET", "/"),
        ("GET", "/check"),
        ("GET", "/api/v1/openapi.json"),
        ("GET", "/nope"),
        ("GET", "/api/v1/diary"),
        ("GET", "/healthz"),
    ] {
        let r = app.request(method, path, &[], "").await;
        let csp = r.header("content-security-policy");
        assert!(
            csp.contains("frame-ancestors 'none'")
                && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(r.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(r.header("referrer-policy"), "same-origin", "{path}");
        assert_eq!(r.header("cache-control"), "no-store", "{path}");
    }
    let css = app.request("GET", "/assets/style.css", &[], "").await;
    assert!(css.header("cache-control").contains("max-age"));
}

#[tokio::test]
async fn accounts_enforce_the_password_policy_and_unique_email() {
    let app = spawn_app().await;
    let weak = app
        .json(
            "POST",
            "/api/v1/accounts",
            None,
            &serde_json::json!({"email": "a@example.test", "password": "password1"}),
        )
        .await;
    assert_eq!(
        (weak.status, weak.json()["field"].as_str()),
        (422, Some("password"))
    );
    let short = app
        .json(
            "POST",
            "/api/v1/accounts",
            None,
            &serde_json::json!({"email": "a@example.test", "password": "short"}),
        )
        .await;
    assert_eq!(short.status, 422);
    let bad_email = app
        .json(
            "POST",
            "/api/v1/accounts",
            None,
            &serde_json::json!({"email": "nope", "password": "a long pass phrase"}),
        )
        .await;
    assert_eq!(bad_email.json()["field"], "email");
    app.sign_up("a@example.test").await;
    let again = app
        .json(
            "POST",
            "/api/v1/accounts",
            None,
            &serde_json::json!({"email": "A@example.test", "password": "another long phrase"}),
        )
        .await;
    assert_eq!(
        (again.status, again.json()["field"].as_str()),
        (409, Some("email"))
    );
    let wrong = app
        .json(
            "POST",
            "/api/v1/login",
            None,
            &serde_json::json!({"email": "a@example.test", "password": "not the password"}),
        )
        .await;
    assert_eq!(wrong.status, 401);
}

#[tokio::test]
async fn sign_in_attempts_are_rate_limited_per_account() {
    let app = spawn_app().await;
    app.sign_up("r@example.test").await; // one successful attempt
    let mut last = 0;
    for _ in 0..10 {
        last = app
            .json(
                "POST",
                "/api/v1/login",
                None,
                &serde_json::json!({"email": "r@example.test", "password": "wrong wrong wrong"}),
            )
            .await
            .status;
    }
    assert_eq!(last, 429);
}

#[tokio::test]
async fn the_diary_api_creates_reads_updates_and_deletes_with_csrf() {
    let app = spawn_app().await;
    let s = app.sign_up("d@example.test").await;
    let no_csrf = app
        .request(
            "POST",
            "/api/v1/diary",
            &[
                ("Content-Type", "application/json"),
                ("Cookie", &format!("eb_session={}", s.token)),
            ],
            &entry(5).to_string(),
        )
        .await;
    assert_eq!(
        no_csrf.status, 403,
        "a signed-in write needs the CSRF token"
    );
    let created = app.json("POST", "/api/v1/diary", Some(&s), &entry(6)).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.json()["id"].as_str().expect("id").to_string();
    assert_eq!(created.json()["intensity"], 6);
    let list = app.get("/api/v1/diary", Some(&s)).await;
    assert_eq!(list.json().as_array().map(Vec::len), Some(1));
    let put = app
        .json("PUT", &format!("/api/v1/diary/{id}"), Some(&s), &entry(8))
        .await;
    assert_eq!(put.json()["intensity"], 8);
    let bad = app
        .json("POST", "/api/v1/diary", Some(&s), &entry(11))
        .await;
    assert_eq!(
        (bad.status, bad.json()["field"].as_str()),
        (422, Some("intensity"))
    );
    let report = app.get("/report.pdf", Some(&s)).await;
    assert_eq!(
        (report.status, report.header("content-type")),
        (200, "application/pdf")
    );
    assert!(report.body.starts_with("%PDF-"));
    let html = app.get("/report", Some(&s)).await;
    assert!(
        html.body.contains("Easeback diary report") && html.body.contains("<svg"),
        "{}",
        html.body
    );
    assert_eq!(app.get("/report.pdf", None).await.status, 303);
    let ins = app.get("/api/v1/insights", Some(&s)).await;
    assert!(
        ins.json()["findings"].is_array() && ins.json()["assessment"]["disposition"].is_string()
    );
    let export = app.get("/api/v1/export", Some(&s)).await;
    assert!(export.header("content-disposition").contains("attachment"));
    assert_eq!(export.json()["entries"][0]["intensity"], 8);
    let del = app
        .json(
            "DELETE",
            &format!("/api/v1/diary/{id}"),
            Some(&s),
            &serde_json::json!(null),
        )
        .await;
    assert_eq!(del.status, 204);
    assert_eq!(
        app.get(&format!("/api/v1/diary/{id}"), Some(&s))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn another_users_records_answer_404_on_every_endpoint() {
    let app = spawn_app().await;
    let alice = app.sign_up("alice@example.test").await;
    let bob = app.sign_up("bob@example.test").await;
    let id = app
        .json("POST", "/api/v1/diary", Some(&alice), &entry(7))
        .await
        .json()["id"]
        .as_str()
        .expect("id")
        .to_string();
    let path = format!("/api/v1/diary/{id}");
    assert_eq!(app.get(&path, Some(&bob)).await.status, 404);
    assert_eq!(
        app.json("PUT", &path, Some(&bob), &entry(1)).await.status,
        404
    );
    assert_eq!(
        app.json("DELETE", &path, Some(&bob), &serde_json::json!(null))
            .await
            .status,
        404
    );
    assert_eq!(
        app.get("/api/v1/diary", Some(&bob)).await.json(),
        serde_json::json!([])
    );
    assert!(
        !app.get("/api/v1/export", Some(&bob))
            .await
            .body
            .contains(&id)
    );
    assert_eq!(
        app.get("/api/v1/insights", Some(&bob)).await.json()["entries"],
        0
    );
    // pages too
    assert_eq!(
        app.get(&format!("/diary/{id}/edit"), Some(&bob))
            .await
            .status,
        404
    );
    // alice still has it, unchanged
    assert_eq!(app.get(&path, Some(&alice)).await.json()["intensity"], 7);
}

#[tokio::test]
async fn logout_ends_the_session_on_the_server_and_deleting_the_account_removes_it() {
    let app = spawn_app().await;
    let s = app.sign_up("l@example.test").await;
    assert_eq!(
        app.json("POST", "/api/v1/logout", Some(&s), &serde_json::json!(null))
            .await
            .status,
        204
    );
    assert_eq!(
        app.get("/api/v1/diary", Some(&s)).await.status,
        401,
        "the old cookie no longer works"
    );
    let s2 = {
        let r = app
            .json(
                "POST",
                "/api/v1/login",
                None,
                &serde_json::json!({"email": "l@example.test", "password": "a long pass phrase"}),
            )
            .await;
        let cookie = r.set_cookies[0]
            .trim_start_matches("eb_session=")
            .split(';')
            .next()
            .expect("t")
            .to_string();
        assert_ne!(cookie, s.token, "a new token at every sign-in");
        Session {
            token: cookie,
            csrf: r.json()["csrf_token"].as_str().expect("csrf").to_string(),
        }
    };
    app.json("POST", "/api/v1/diary", Some(&s2), &entry(4))
        .await;
    assert_eq!(
        app.json(
            "DELETE",
            "/api/v1/account",
            Some(&s2),
            &serde_json::json!(null)
        )
        .await
        .status,
        204
    );
    assert_eq!(app.get("/api/v1/diary", Some(&s2)).await.status, 401);
    let login = app
        .json(
            "POST",
            "/api/v1/login",
            None,
            &serde_json::json!({"email": "l@example.test", "password": "a long pass phrase"}),
        )
        .await;
    assert_eq!(login.status, 401);
}

#[tokio::test]
async fn health_and_readiness() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz", None).await.body, "ok");
    assert_eq!(app.get("/readyz", None).await.status, 200);
}

#[tokio::test]
async fn the_check_page_renders_a_care_card_and_refuses_cross_site_posts() {
    let app = spawn_app().await;
    let form = "csrf=&text=my+waters+have+broken&region=uk";
    let r = app
        .request(
            "POST",
            "/check",
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Sec-Fetch-Site", "same-origin"),
            ],
            form,
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("card same_day") && r.body.contains("maternity unit"),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("<mark>my waters have broken</mark>")
            || r.body.contains("<mark>waters have broken</mark>"),
        "{}",
        r.body
    );
    let r = app
        .request(
            "POST",
            "/check",
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Origin", "https://evil.example"),
            ],
            form,
        )
        .await;
    assert_eq!(r.status, 403);
    let r = app
        .request(
            "POST",
            "/check",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            "finding=heavy_bleeding&region=us",
        )
        .await;
    assert!(
        r.body.contains("card emergency") && r.body.contains("tel:911"),
        "{}",
        r.body
    );
}

#[tokio::test]
async fn the_home_page_infers_the_region_from_the_browser_language() {
    let app = spawn_app().await;
    let uk = app
        .request("GET", "/", &[("Accept-Language", "en-GB,en;q=0.8")], "")
        .await;
    assert!(uk.body.contains("tel:999"), "{}", uk.body);
    let none = app.get("/", None).await;
    assert!(
        none.body.contains("tel:911") && none.body.contains("tel:999"),
        "no hint: every number, each its own link"
    );
    let set = app.get("/?region=au", None).await;
    assert!(
        set.set_cookies
            .iter()
            .any(|c| c.starts_with("eb_region=au"))
    );
}

#[tokio::test]
async fn the_session_page_works_without_javascript_and_stops_on_a_red_flag() {
    let app = spawn_app().await;
    let step = app.get("/session?step=2", None).await;
    assert!(
        step.body.contains("Warm shower or low heat")
            && step.body.contains("10–15 minutes")
            && step.body.contains("data-seconds=\"600\"")
    );
    let next = app
        .request(
            "POST",
            "/session/check-in",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            "step=1&pain=5&helped=no&shooting=no&text=",
        )
        .await;
    assert_eq!(next.status, 303);
    let to = next.header("location");
    assert!(
        to.starts_with("/session?step=3&started=") && to.contains("&log="),
        "{to}"
    );
    let stop = app
        .request(
            "POST",
            "/session/check-in",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            "step=1&pain=5&helped=no&shooting=yes&text=",
        )
        .await;
    assert!(
        stop.body.contains("Stop the session") && stop.body.contains("card same_day"),
        "{}",
        stop.body
    );
}

#[tokio::test]
async fn pages_that_need_an_account_send_you_to_sign_in() {
    let app = spawn_app().await;
    for p in ["/diary", "/insights", "/settings", "/account"] {
        let r = app.get(p, None).await;
        assert_eq!((r.status, r.header("location")), (303, "/signin"), "{p}");
    }
}

#[tokio::test]
async fn the_openapi_document_lists_the_endpoints() {
    let app = spawn_app().await;
    let v = app.get("/api/v1/openapi.json", None).await.json();
    for p in [
        "/api/v1/triage",
        "/api/v1/accounts",
        "/api/v1/login",
        "/api/v1/logout",
        "/api/v1/diary",
        "/api/v1/diary/{id}",
        "/api/v1/insights",
        "/api/v1/export",
        "/api/v1/account",
    ] {
        assert!(v["paths"][p].is_object(), "{p} missing");
    }
}

#[tokio::test]
async fn the_tightening_rule_answers_through_the_api() {
    let app = spawn_app().await;
    let t = |m: u32| serde_json::json!({"start": format!("2026-11-25T20:{m:02}:00Z"), "end": format!("2026-11-25T20:{m:02}:45Z")});
    let three = serde_json::json!({"tightenings": [t(0), t(6), t(12)], "region": "uk"});
    let r = app.json("POST", "/api/v1/tightenings", None, &three).await;
    assert_eq!(r.json()["pattern"]["regular"], false);
    assert!(r.json().get("assessment").is_none());
    let four = serde_json::json!({"tightenings": [t(0), t(6), t(12), t(18)], "region": "uk"});
    let r = app.json("POST", "/api/v1/tightenings", None, &four).await;
    assert_eq!(r.json()["pattern"]["regular"], true);
    assert_eq!(r.json()["assessment"]["disposition"], "same_day");
    let bad = app
        .json(
            "POST",
            "/api/v1/tightenings",
            None,
            &serde_json::json!({"tightenings": [{"start": "soon", "end": "later"}]}),
        )
        .await;
    assert_eq!(
        (bad.status, bad.json()["field"].as_str()),
        (422, Some("tightenings"))
    );
    let page = app.get("/tightenings", None).await;
    assert!(page.body.contains("Tightening timer") && page.body.contains("/assets/tightenings.js"));
}

#[tokio::test]
async fn reminders_and_fhir_download_from_the_web() {
    let app = spawn_app().await;
    let ics = app
        .get("/reminders.ics?from=08:00&to=12:00&every=30", None)
        .await;
    assert_eq!(ics.status, 200);
    assert!(
        ics.header("content-type").starts_with("text/calendar")
            && ics.body.contains("ACTION:DISPLAY")
    );
    assert_eq!(app.get("/reminders.ics?every=90", None).await.status, 422);
    let s = app.sign_up("f@example.test").await;
    app.json("POST", "/api/v1/diary", Some(&s), &entry(5)).await;
    let f = app.get("/api/v1/export/fhir", Some(&s)).await;
    assert_eq!(f.header("content-type"), "application/fhir+json");
    assert_eq!(f.json()["entry"][0]["resource"]["valueInteger"], 5);
    assert_eq!(app.get("/api/v1/export/fhir", None).await.status, 401);
}

#[tokio::test]
async fn a_diary_form_with_a_mistake_comes_back_with_everything_typed() {
    let app = spawn_app().await;
    let s = app.sign_up("form@example.test").await;
    let cookie = format!("eb_session={}", s.token);
    let post = |body: String| {
        let app = &app;
        let cookie = cookie.clone();
        async move {
            app.request(
                "POST",
                "/diary",
                &[
                    ("Content-Type", "application/x-www-form-urlencoded"),
                    ("Cookie", &cookie),
                ],
                &body,
            )
            .await
        }
    };
    // pain "eleven" is refused; the notes, the trigger and the place stay
    let r = post(format!(
        "csrf={}&intensity=eleven&location=buttock&trigger=long_sitting&woke=yes&notes=after+the+long+drive",
        s.csrf
    ))
    .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("a number from 0 to 10"), "{}", r.body);
    assert!(r.body.contains("after the long drive"), "notes kept");
    assert!(r.body.contains(r#"value="eleven""#), "the typed pain kept");
    for (name, value) in [("location", "buttock"), ("trigger", "long_sitting")] {
        let tag = r
            .body
            .split('<')
            .find(|t| t.contains(&format!(r#"name="{name}" value="{value}""#)))
            .unwrap_or_else(|| panic!("{name} box: {}", r.body));
        assert!(
            tag.contains("checked"),
            "{name}={value} still ticked: {tag}"
        );
    }
    let untouched = r
        .body
        .split('<')
        .find(|t| t.contains(r#"name="location" value="mid_back""#))
        .expect("mid back box");
    assert!(!untouched.contains("checked"), "{untouched}");
    // nothing was saved
    let list = app
        .json("GET", "/api/v1/diary", Some(&s), &serde_json::json!(null))
        .await;
    assert!(!list.body.contains("after the long drive"), "{}", list.body);
}

/// A value of a hidden form field in a page.
fn hidden(body: &str, name: &str) -> String {
    let at = body
        .find(&format!(r#"name="{name}" value=""#))
        .unwrap_or_else(|| panic!("no {name} field"));
    let rest = &body[at + name.len() + 15..];
    rest[..rest.find('"').expect("closing quote")]
        .replace("&#x3a;", ":")
        .replace("&#58;", ":")
}

#[tokio::test]
async fn a_signed_in_web_relief_session_is_saved_with_what_helped() {
    let app = spawn_app().await;
    let s = app.sign_up("relief@example.test").await;
    let cookie = format!("eb_session={}", s.token);
    let form = [
        ("Content-Type", "application/x-www-form-urlencoded"),
        ("Cookie", cookie.as_str()),
    ];
    let first = app.get("/session?step=1&pain=8", Some(&s)).await;
    let started = hidden(&first.body, "started");
    // step 1 did not help; step 2 helped; then finish here
    let r = app
        .request(
            "POST",
            "/session/check-in",
            &form,
            &format!("csrf={}&step=0&start_pain=8&started={started}&log=&pain=6&helped=no&shooting=no&text=", s.csrf),
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let step2 = app.get(r.header("location"), Some(&s)).await;
    let log = hidden(&step2.body, "log");
    assert!(
        !log.is_empty(),
        "the first check-in travels with the session"
    );
    let helped = app
        .request(
            "POST",
            "/session/check-in",
            &form,
            &format!("csrf={}&step=1&start_pain=8&started={started}&log={log}&pain=3&helped=yes&shooting=no&text=", s.csrf),
        )
        .await;
    assert!(helped.body.contains("Finish here"), "{}", helped.body);
    let done = app
        .request(
            "POST",
            "/session/finish",
            &form,
            &format!(
                "csrf={}&started={}&start_pain=8&log={}",
                s.csrf,
                hidden(&helped.body, "started"),
                hidden(&helped.body, "log")
            ),
        )
        .await;
    assert!(done.body.contains("saved in your diary"), "{}", done.body);
    let export = app.get("/api/v1/export", Some(&s)).await.json();
    let sessions = export["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 1, "{export}");
    let o = &sessions[0];
    assert_eq!(o["pain_before"], 8);
    assert_eq!(o["pain_after"], 3);
    assert_eq!(o["steps"].as_array().map(Vec::len), Some(2));
    assert!(
        o["helped_step"].is_string() && o["escalated"].is_null(),
        "{o}"
    );

    // a stop answer ends the session with the card, and the stop is saved
    let stop = app
        .request(
            "POST",
            "/session/check-in",
            &form,
            &format!("csrf={}&step=0&start_pain=5&started={started}&log=&pain=7&helped=no&shooting=yes&text=", s.csrf),
        )
        .await;
    assert!(stop.body.contains("Stop the session"), "{}", stop.body);
    let export = app.get("/api/v1/export", Some(&s)).await.json();
    let sessions = export["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 2);
    assert!(
        sessions.iter().any(|o| o["escalated"] == "same_day"),
        "{export}"
    );
}

#[tokio::test]
async fn a_saved_care_team_number_is_offered_first_on_an_urgent_card() {
    let app = spawn_app().await;
    let s = app.sign_up("careteam@example.test").await;
    let cookie = format!("eb_session={}", s.token);
    let post = |path: &'static str, body: String| {
        let app = &app;
        let cookie = cookie.clone();
        async move {
            app.request(
                "POST",
                path,
                &[
                    ("Content-Type", "application/x-www-form-urlencoded"),
                    ("Cookie", &cookie),
                ],
                &body,
            )
            .await
        }
    };
    // a number that is not one is refused with the reason, and kept as typed
    let bad = post(
        "/settings",
        format!(
            "csrf={}&region=uk&due_date=&care_team=ring+the+ward",
            s.csrf
        ),
    )
    .await;
    assert!(bad.body.contains("was not saved"), "{}", bad.body);
    assert!(
        bad.body.contains(r#"value="ring the ward""#),
        "typed text kept"
    );
    let saved = post(
        "/settings",
        format!(
            "csrf={}&region=uk&due_date=&care_team=0161+555+0100",
            s.csrf
        ),
    )
    .await;
    assert!(saved.body.contains("Saved."), "{}", saved.body);
    let card = post(
        "/check",
        format!(
            "csrf={}&text=some+spotting+and+back+ache&q_heavy_bleeding=no",
            s.csrf
        ),
    )
    .await;
    assert!(card.body.contains("card same_day"), "{}", card.body);
    let own = card.body.find("tel:01615550100").expect("care team link");
    let line = card.body.find("tel:111").expect("NHS 111 link");
    assert!(own < line, "the care team comes first");
}

#[tokio::test]
async fn a_card_with_no_region_offers_one_tap_per_region_and_remembers_the_choice() {
    let app = spawn_app().await;
    let form = "csrf=&text=heavy+bleeding+soaking+a+pad";
    let r = app
        .request(
            "POST",
            "/check",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            form,
        )
        .await;
    assert!(r.body.contains("card emergency"), "{}", r.body);
    for (id, number) in [("us", "911"), ("uk", "999"), ("au", "000"), ("nz", "111")] {
        assert!(
            r.body
                .contains(&format!(r#"name="choose_region" value="{id}""#)),
            "a tap for {id}"
        );
        assert!(
            r.body.contains(&format!("tel:{number}")),
            "{number} is a link"
        );
    }
    assert!(!r.body.contains(r#"href="tel:""#), "no empty tel: link");
    let chosen = app
        .request(
            "POST",
            "/check",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            &format!("{form}&choose_region=ie"),
        )
        .await;
    assert!(chosen.body.contains("tel:112") && chosen.body.contains("tel:999"));
    assert!(
        !chosen.body.contains("tel:000"),
        "only Ireland's numbers now"
    );
    assert!(
        !chosen.body.contains("choose_region"),
        "the region is known"
    );
    assert!(
        chosen
            .set_cookies
            .iter()
            .any(|c| c.starts_with("eb_region=ie")),
        "remembered for the next visit"
    );
}

#[tokio::test]
async fn the_api_takes_a_care_team_number_and_lists_calls() {
    let app = spawn_app().await;
    let ok = app
        .json(
            "POST",
            "/api/v1/triage",
            None,
            &serde_json::json!({"text": "some spotting", "region": "uk", "care_team": "+44 161 555 0100"}),
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    let calls = ok.json()["calls"].clone();
    assert_eq!(calls[0]["kind"], "care_team");
    assert_eq!(calls[0]["tel"], "+441615550100");
    let bad = app
        .json(
            "POST",
            "/api/v1/triage",
            None,
            &serde_json::json!({"text": "some spotting", "care_team": "call the ward"}),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert_eq!(bad.json()["field"], "care_team", "{}", bad.body);
}

#[tokio::test]
async fn the_about_page_names_every_check_and_its_sources() {
    let app = spawn_app().await;
    let r = app.get("/about", None).await;
    assert_eq!(r.status, 200);
    for f in easeback_core::Content::builtin().findings.iter() {
        assert!(
            r.body.contains(&f.label.replace('\'', "&#x27;")) || r.body.contains(&f.label),
            "{}",
            f.label
        );
    }
    assert!(r.body.contains("https://www.nice.org.uk/guidance/ng133"));
    assert!(!r.body.contains("shared/"), "no link into a private folder");
}

#[tokio::test]
async fn settings_that_cannot_be_read_are_neither_shown_empty_nor_saved_over() {
    let app = spawn_app().await;
    let s = app.sign_up("unreadable@example.test").await;
    let form =
        |care_team: &str| format!("csrf={}&region=uk&due_date=&care_team={care_team}", s.csrf);
    let post = |body: String| {
        let cookie = format!("eb_session={}", s.token);
        let app = &app;
        async move {
            app.request(
                "POST",
                "/settings",
                &[
                    ("Content-Type", "application/x-www-form-urlencoded"),
                    ("Cookie", &cookie),
                ],
                &body,
            )
            .await
        }
    };
    assert!(post(form("0161+555+0100")).await.body.contains("Saved."));
    // a stored value the store cannot read back (a blob where text
    // belongs): every profile read fails, writes still work
    let db = rusqlite::Connection::open(&app.db).expect("open db");
    db.busy_timeout(std::time::Duration::from_secs(5))
        .expect("timeout");
    db.execute("UPDATE profiles SET preferences = X'2A'", [])
        .expect("update");
    let shown = app.get("/settings", Some(&s)).await;
    assert_eq!(shown.status, 503, "{}", shown.body);
    assert!(
        !shown.body.contains(r#"name="care_team""#),
        "no empty form to save over the real one: {}",
        shown.body
    );
    let resent = post(form("0207+555+0199")).await;
    assert_eq!(resent.status, 503, "{}", resent.body);
    let (kept, phone): (Vec<u8>, String) = db
        .query_row(
            "SELECT preferences, care_team_phone FROM profiles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("row");
    assert_eq!(kept, b"*", "the preferences were written over");
    assert_eq!(
        phone, "0161 555 0100",
        "the profile was saved after a failed read"
    );
}

/// A form post from a device whose clock is `tz_minutes` from UTC.
async fn post_form_at(app: &TestApp, s: &Session, tz_minutes: i32, path: &str, body: &str) -> Resp {
    let cookie = format!("eb_session={}; eb_tz={tz_minutes}", s.token);
    app.request(
        "POST",
        path,
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", &cookie),
        ],
        body,
    )
    .await
}

async fn get_at(app: &TestApp, s: &Session, tz_minutes: i32, path: &str) -> Resp {
    let cookie = format!("eb_session={}; eb_tz={tz_minutes}", s.token);
    app.request("GET", path, &[("Cookie", &cookie)], "").await
}

#[tokio::test]
async fn a_diary_time_typed_in_new_york_is_new_york_time_everywhere() {
    let app = spawn_app().await;
    let s = app.sign_up("newyork@example.test").await;
    let body = format!(
        "csrf={}&started_at=2026-12-05T03%3A10&intensity=6&location=low_back&woke=yes",
        s.csrf
    );
    let saved = post_form_at(&app, &s, -300, "/diary", &body).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let list = app.get("/api/v1/diary", Some(&s)).await.json();
    let e = &list[0];
    let at: jiff::Timestamp = e["started_at"]
        .as_str()
        .expect("started_at")
        .parse()
        .expect("a time");
    assert_eq!(
        at,
        "2026-12-05T08:10:00Z"
            .parse::<jiff::Timestamp>()
            .expect("ts"),
        "03:10 in New York is 08:10 UTC: {e}"
    );
    assert_eq!(e["utc_offset_minutes"], -300, "{e}");
    // shown as logged, even to a device elsewhere now
    let page = get_at(&app, &s, 60, "/diary").await;
    assert!(page.body.contains("2026-12-05 03:10"), "{}", page.body);
    assert!(!page.body.contains("08:10"), "{}", page.body);
    // editing keeps the entry's own clock: saving it unchanged from a
    // device in Paris moves nothing
    let id = e["id"].as_str().expect("id");
    let edit = get_at(&app, &s, 60, &format!("/diary/{id}/edit")).await;
    assert!(
        edit.body.contains(r#"value="2026-12-05T03:10""#)
            && edit.body.contains(r#"name="utc_offset" value="-300""#),
        "{}",
        edit.body
    );
    let resaved = post_form_at(
        &app,
        &s,
        60,
        &format!("/diary/{id}/edit"),
        &format!("{body}&utc_offset=-300"),
    )
    .await;
    assert_eq!(resaved.status, 303, "{}", resaved.body);
    let again = app
        .get(&format!("/api/v1/diary/{id}"), Some(&s))
        .await
        .json();
    assert_eq!(again["started_at"], e["started_at"], "{again}");
}

#[tokio::test]
async fn the_export_lists_every_entry_with_its_id_oldest_first() {
    let app = spawn_app().await;
    let s = app.sign_up("export-shape@example.test").await;
    let mut ids = Vec::new();
    for (at, pain) in [("2026-11-01T10:00:00Z", 3), ("2026-11-02T10:00:00Z", 5)] {
        let mut e = entry(pain);
        e["started_at"] = serde_json::json!(at);
        let r = app.json("POST", "/api/v1/diary", Some(&s), &e).await;
        assert_eq!(r.status, 201, "{}", r.body);
        ids.push(r.json()["id"].as_str().expect("id").to_string());
    }
    let doc = app.get("/api/v1/export", Some(&s)).await.json();
    assert_eq!(doc["format"], "easeback-export-1");
    let listed: Vec<&str> = doc["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["id"].as_str().unwrap_or("no id"))
        .collect();
    assert_eq!(listed, ids, "{doc}");
}
