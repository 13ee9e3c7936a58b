//! `GET /metrics`: what an operator scrapes — requests counted exactly by
//! route pattern and status, throttle refusals, dispositions, the
//! database's writes — and nothing a person typed.

use super::*;

/// The value of the sample `name{labels}` (labels as Prometheus writes
/// them, in order), or 0 when it is not there yet.
fn sample(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

#[tokio::test]
async fn requests_are_counted_by_route_pattern_and_status() {
    let app = spawn_app().await;
    let s = app.sign_up("m@example.test").await;
    for _ in 0..7 {
        assert_eq!(app.get("/api/v1/diary", Some(&s)).await.status, 200);
    }
    let created = app.json("POST", "/api/v1/diary", Some(&s), &entry(4)).await;
    let id = created.json()["id"].as_str().expect("id").to_string();
    assert_eq!(
        app.get(&format!("/api/v1/diary/{id}"), Some(&s))
            .await
            .status,
        200
    );
    assert_eq!(app.get("/no/such/page", None).await.status, 404);
    let r = app.get("/metrics", None).await;
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").starts_with("text/plain"), "{r:?}");
    let m = &r.body;
    let count = |route: &str, method: &str, status: u16| {
        sample(
            m,
            &format!(
                "easeback_http_requests_total{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}}"
            ),
        )
    };
    assert_eq!(count("/api/v1/diary", "GET", 200), 7.0, "{m}");
    assert_eq!(count("/api/v1/diary", "POST", 201), 1.0, "{m}");
    // the pattern, never the entry's id
    assert_eq!(count("/api/v1/diary/{id}", "GET", 200), 1.0, "{m}");
    assert!(!m.contains(&id), "an entry id in the metrics");
    assert_eq!(count("unmatched", "GET", 404), 1.0, "{m}");
    assert_eq!(
        sample(
            m,
            "easeback_http_request_duration_seconds_count{route=\"/api/v1/diary\",method=\"GET\"}"
        ),
        7.0,
        "{m}"
    );
    assert!(
        sample(m, "easeback_db_writes_total") >= 3.0,
        "sign-up, sign-in and the entry were written: {m}"
    );
    assert!(sample(m, "easeback_db_write_batches_total") >= 1.0, "{m}");
    assert!(m.contains("easeback_db_connections{state=\"idle\"}"), "{m}");
}

#[tokio::test]
async fn refusals_and_dispositions_are_counted_and_nothing_typed_is_shown() {
    let app = spawn_app().await;
    let s = app.sign_up("private.person@example.test").await;
    let mut note = entry(3);
    note["notes"] = "zebra-crossing-secret".into();
    assert_eq!(
        app.json("POST", "/api/v1/diary", Some(&s), &note)
            .await
            .status,
        201
    );
    let r = app
        .json(
            "POST",
            "/api/v1/triage",
            None,
            &serde_json::json!({"text": "heavy bleeding and my vision is blurry"}),
        )
        .await;
    assert_eq!(r.json()["disposition"], "emergency", "{}", r.body);
    for i in 0..31 {
        app.json(
            "POST",
            "/api/v1/login",
            None,
            &serde_json::json!({"email": format!("guesser{i}@example.test"), "password": "wrong wrong wrong"}),
        )
        .await;
    }
    let m = app.get("/metrics", None).await.body;
    assert_eq!(
        sample(&m, "easeback_checks_total{disposition=\"emergency\"}"),
        1.0,
        "{m}"
    );
    assert_eq!(
        sample(
            &m,
            "easeback_throttle_refusals_total{throttle=\"wrong-password-address\"}"
        ),
        1.0,
        "{m}"
    );
    for private in [
        "private.person",
        "guesser",
        "zebra",
        "bleeding",
        "127.0.0.1",
    ] {
        assert!(!m.contains(private), "{private} in the metrics");
    }
}

/// A client inventing methods adds one series, not one per method.
#[tokio::test]
async fn invented_methods_share_one_label() {
    let app = spawn_app().await;
    for i in 0..20 {
        app.request(&format!("MADEUP{i}"), "/healthz", &[], "")
            .await;
    }
    let m = app.get("/metrics", None).await.body;
    assert!(!m.contains("MADEUP"), "{m}");
    let other: f64 = m
        .lines()
        .filter(|l| {
            l.starts_with("easeback_http_requests_total{route=\"/healthz\",method=\"other\"")
        })
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum();
    assert_eq!(other, 20.0, "{m}");
}
