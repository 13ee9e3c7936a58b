//! The security probe's findings against the real server (`easeback serve`
//! as a process): each test stages what the probe did and checks the
//! answer and the server's own memory.

use easeback_testkit::http::Resp;
use easeback_testkit::{Server, TempDir};

/// POST `body` as JSON from the server's own origin, as its pages would.
fn post_json(server: &Server, path: &str, body: &str) -> Resp {
    let origin = format!("http://127.0.0.1:{}", server.port());
    let headers = [
        ("Content-Type", "application/json"),
        ("Origin", origin.as_str()),
    ];
    server.request("POST", path, &headers, body)
}

/// Sign-in attempts with huge, never-repeated emails cost the server no
/// lasting memory: the probe's run took it from 16 MiB to 789 MiB.
#[test]
fn sign_ins_with_huge_unique_emails_leave_memory_where_it_was() {
    let dir = TempDir::new("probe-memory");
    let server = Server::start(env!("CARGO_BIN_EXE_easeback"), &dir.file("app.db"));
    let attempt = |i: usize| {
        let email = format!("{i}{}@example.test", "a".repeat(200 * 1024));
        let body = format!(r#"{{"email":"{email}","password":"not the password"}}"#);
        post_json(&server, "/api/v1/login", &body).status
    };
    for i in 0..5 {
        attempt(i);
    }
    let before = server.rss_kib();
    assert!(before > 0, "the server's memory can be read");
    let mut refused = 0;
    for i in 5..405 {
        if attempt(i) == 429 {
            refused += 1;
        }
    }
    assert!(refused > 300, "the address is throttled: {refused} refused");
    let after = server.rss_kib();
    // 400 emails of 200 KiB would hold 80 MiB if they were kept
    assert!(
        after < before + 40 * 1024,
        "memory grew from {before} KiB to {after} KiB"
    );
    assert!(after < 150 * 1024, "{after} KiB resident");
}

/// The cookie a sign-in sets and the HSTS header it came with, on a server
/// started with `secure_cookies` as the value of `EASEBACK_SECURE_COOKIES`.
fn session_cookie(secure_cookies: &str, with_command: bool) -> (String, String) {
    let dir = TempDir::new("probe-cookies");
    let mut launcher = std::process::Command::new(env!("CARGO_BIN_EXE_easeback"));
    launcher.env("EASEBACK_SECURE_COOKIES", secure_cookies);
    let server = if with_command {
        Server::start_through(launcher, &dir.file("app.db"))
    } else {
        // no command: `easeback` alone serves, configured by the environment
        launcher
            .env("EASEBACK_ADDR", "127.0.0.1:0")
            .env("EASEBACK_DATABASE_URL", dir.file("app.db"));
        Server::start_bare(launcher)
    };
    let who = r#"{"email":"cookie@example.test","password":"a long pass phrase"}"#;
    assert_eq!(post_json(&server, "/api/v1/accounts", who).status, 202);
    let signed_in = post_json(&server, "/api/v1/login", who);
    let hsts = signed_in.header("strict-transport-security").to_string();
    let cookie = signed_in
        .set_cookies
        .into_iter()
        .find(|c| c.contains("eb_session="))
        .expect("a session cookie");
    (cookie, hsts)
}

#[test]
fn secure_cookies_are_switched_by_the_usual_words_however_the_server_starts() {
    for (value, secure) in [("1", true), ("true", true), ("0", false), ("false", false)] {
        for with_command in [true, false] {
            let (cookie, hsts) = session_cookie(value, with_command);
            let said = format!("EASEBACK_SECURE_COOKIES={value} (command given: {with_command})");
            assert_eq!(cookie.contains("Secure"), secure, "{said}: {cookie}");
            // behind TLS: a host-only cookie and HSTS
            assert_eq!(
                cookie.starts_with("__Host-eb_session="),
                secure,
                "{said}: {cookie}"
            );
            assert_eq!(
                hsts.contains("max-age=63072000"),
                secure,
                "{said}: {hsts:?}"
            );
        }
    }
}

/// A database that cannot be reached is named in the error, its password
/// never: error output ends up in logs and bug reports.
#[test]
fn a_database_password_is_never_printed() {
    let url = "postgres://easeback:s3cret-word@127.0.0.1:1/test";
    let cli = easeback_testkit::Cli::new(env!("CARGO_BIN_EXE_easeback"));
    for args in [
        vec!["serve", "--addr", "127.0.0.1:0", "--db", url],
        vec!["diary", "--db", url],
        vec!["insights", "--db", url],
    ] {
        let out = cli.run(&args);
        assert!(!out.status.success(), "{args:?} cannot reach the database");
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!said.contains("s3cret-word"), "{args:?}: {said}");
        assert!(
            said.contains("127.0.0.1:1"),
            "where it went is said: {said}"
        );
    }
}

/// Security events reach the log as JSON lines a collector can read: who
/// (an account id) and from where, never an email, a password or a token.
#[test]
fn security_events_are_logged_as_json_without_secrets() {
    let dir = TempDir::new("probe-audit");
    let mut launcher = std::process::Command::new(env!("CARGO_BIN_EXE_easeback"));
    launcher.env("EASEBACK_LOG_FORMAT", "json");
    let server = Server::start_through(launcher, &dir.file("app.db"));
    let who = r#"{"email":"audit.me@example.test","password":"a long pass phrase"}"#;
    let wrong = r#"{"email":"audit.me@example.test","password":"zz-not-it-zz"}"#;
    assert_eq!(post_json(&server, "/api/v1/accounts", who).status, 202);
    assert_eq!(post_json(&server, "/api/v1/login", wrong).status, 401);
    let signed_in = post_json(&server, "/api/v1/login", who);
    assert_eq!(signed_in.status, 200);
    let cookie = signed_in
        .set_cookies
        .iter()
        .find_map(|c| {
            c.split(';')
                .next()
                .filter(|kv| kv.starts_with("eb_session="))
        })
        .expect("cookie")
        .to_string();
    let csrf = signed_in.json()["csrf_token"]
        .as_str()
        .expect("csrf")
        .to_string();
    let token = cookie.trim_start_matches("eb_session=").to_string();
    let origin = format!("http://127.0.0.1:{}", server.port());
    let deleted = server.request(
        "DELETE",
        "/api/v1/account",
        &[
            ("Cookie", cookie.as_str()),
            ("X-CSRF-Token", csrf.as_str()),
            ("Origin", origin.as_str()),
        ],
        "",
    );
    assert_eq!(deleted.status, 204);
    std::thread::sleep(std::time::Duration::from_millis(200));
    let log = server.log();
    let events: Vec<serde_json::Value> = log
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["target"] == "easeback::security")
        .collect();
    let names: Vec<&str> = events
        .iter()
        .filter_map(|e| e["fields"]["event"].as_str())
        .collect();
    for expected in [
        "account_created",
        "sign_in_failed",
        "sign_in",
        "account_deleted",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}\n{log}"
        );
    }
    assert!(
        events
            .iter()
            .all(|e| e["fields"]["user"].as_str().is_some_and(|u| !u.is_empty())),
        "every event here names its account: {events:?}"
    );
    for secret in [
        "audit.me@example.test",
        "a long pass phrase",
        "zz-not-it-zz",
        token.as_str(),
    ] {
        assert!(!log.contains(secret), "the log holds {secret:?}");
    }
}

/// A full diary (20,000 entries, every note at its longest: 40 MB of text)
/// exports in all three formats while the server holds a page of entries
/// at a time: built whole, the JSON export alone took the server's peak
/// up by about twice the diary's size.
#[test]
fn a_full_diary_exports_whole_in_bounded_memory() {
    const ENTRIES: usize = 20_000;
    let dir = TempDir::new("probe-export");
    let db = dir.file("app.db");
    let server = Server::start(env!("CARGO_BIN_EXE_easeback"), &db);
    let who = r#"{"email":"full@example.test","password":"a long pass phrase"}"#;
    assert_eq!(post_json(&server, "/api/v1/accounts", who).status, 202);
    let login = post_json(&server, "/api/v1/login", who);
    let cookie = login.set_cookies[0]
        .split(';')
        .next()
        .expect("cookie")
        .to_string();
    // the cookie is `name=user.token`
    let user = cookie
        .split_once('=')
        .and_then(|(_, v)| v.split_once('.'))
        .map(|(user, _)| user.to_string())
        .expect("the user id in the cookie");
    {
        // written straight into the file: 20,000 requests would take minutes
        let mut c = rusqlite::Connection::open(&db).expect("open");
        c.busy_timeout(std::time::Duration::from_secs(10))
            .expect("wait");
        let tx = c.transaction().expect("begin");
        let note = "é".repeat(1000) + &"n".repeat(1000);
        for i in 0..ENTRIES {
            tx.execute(
                "INSERT INTO diary_entries (user_id, id, started_at, utc_offset_minutes, duration_minutes, \
                 locations, side, intensity, pain_after, triggers, context, tried, woke_from_sleep, notes, \
                 created_at, updated_at) VALUES (?1, ?2, ?3, 0, 5, '[\"low_back\"]', NULL, 6, NULL, \
                 '[\"long_sitting\"]', '', '[]', 0, ?4, ?3, ?3)",
                rusqlite::params![
                    user,
                    format!("00000000-0000-7000-8000-{i:012}"),
                    1_700_000_000_000_i64 + i64::try_from(i).expect("small") * 60_000,
                    note
                ],
            )
            .expect("insert");
        }
        tx.commit().expect("commit");
    }
    let headers = [("Cookie", cookie.as_str())];
    for (path, check) in [
        ("/api/v1/export", "json"),
        ("/api/v1/export/fhir", "fhir"),
        ("/api/v1/export/csv", "csv"),
    ] {
        server.reset_peak_rss();
        let before = server.rss_kib();
        let r = server.request("GET", path, &headers, "");
        let peak = server.peak_rss_kib();
        assert_eq!(r.status, 200, "{path}");
        assert!(r.body.len() > 40_000_000, "{path}: {} bytes", r.body.len());
        let found = match check {
            "json" => r.json()["entries"].as_array().map_or(0, Vec::len),
            // the observations and the diary check
            "fhir" => r.json()["entry"].as_array().map_or(0, Vec::len) - 1,
            _ => r.body.lines().count() - 1,
        };
        assert_eq!(found, ENTRIES, "{path}");
        assert!(
            peak < before + 24 * 1024,
            "{path}: the peak went from {before} KiB to {peak} KiB for a 40 MB diary"
        );
    }
}
