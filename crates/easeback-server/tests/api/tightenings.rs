//! The tightening timer's history in a signed-in person's diary.

use super::*;

#[tokio::test]
async fn a_signed_in_persons_timed_tightenings_are_kept_in_the_diary_at_their_clock_time() {
    let app = spawn_app().await;
    let s = app.sign_up("t@example.test").await;
    let other = app.sign_up("u@example.test").await;
    // timed in New York a few minutes ago, as the timer sends them
    let at = |mins_ago: i64, secs: i64| {
        let start = jiff::Timestamp::now() - jiff::SignedDuration::from_mins(mins_ago);
        let end = start + jiff::SignedDuration::from_secs(secs);
        let ny = |t: jiff::Timestamp| {
            jiff::tz::Offset::constant(-5)
                .to_datetime(t)
                .strftime("%Y-%m-%dT%H:%M:%S-05:00")
                .to_string()
        };
        (
            serde_json::json!({"start": ny(start), "end": ny(end)}),
            jiff::tz::Offset::constant(-5)
                .to_datetime(start)
                .strftime("%Y-%m-%d %H:%M")
                .to_string(),
        )
    };
    let (first, first_clock) = at(12, 40);
    let (second, _) = at(6, 45);
    for t in [&first, &second, &first] {
        let r = app
            .json("POST", "/api/v1/diary/tightenings", Some(&s), t)
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
    }
    // a retried save is kept once; another person sees none of them
    let list = app.get("/api/v1/diary/tightenings", Some(&s)).await;
    assert_eq!(list.json()["tightenings"].as_array().map(Vec::len), Some(2));
    assert_eq!(list.json()["tightenings"][0]["utc_offset_minutes"], -300);
    let theirs = app.get("/api/v1/diary/tightenings", Some(&other)).await;
    assert_eq!(
        theirs.json()["tightenings"].as_array().map(Vec::len),
        Some(0)
    );
    // the diary page lists them at the clock time they were timed
    let page = app.get("/diary", Some(&s)).await;
    assert!(
        page.body.contains("Tightenings timed in the last 24 hours")
            && page.body.contains(&first_clock)
            && page.body.contains("0:40"),
        "{}",
        page.body
    );
    // and the export carries them
    let export = app.get("/api/v1/export", Some(&s)).await;
    assert_eq!(
        export.json()["tightenings"].as_array().map(Vec::len),
        Some(2)
    );
}

#[tokio::test]
async fn a_timed_tightening_that_cannot_be_real_is_refused_and_nothing_is_kept() {
    let app = spawn_app().await;
    let s = app.sign_up("v@example.test").await;
    let body = serde_json::json!({"start": "2026-12-07T03:10:00Z", "end": "2026-12-07T03:00:00Z"});
    // not signed in, or without the CSRF token: refused before anything
    assert_eq!(
        app.json("POST", "/api/v1/diary/tightenings", None, &body)
            .await
            .status,
        401
    );
    let no_csrf = app
        .request(
            "POST",
            "/api/v1/diary/tightenings",
            &[
                ("Content-Type", "application/json"),
                ("Cookie", &format!("eb_session={}", s.token)),
            ],
            &body.to_string(),
        )
        .await;
    assert_eq!(no_csrf.status, 403);
    let bad = app
        .json("POST", "/api/v1/diary/tightenings", Some(&s), &body)
        .await;
    assert_eq!(
        (bad.status, bad.json()["field"].as_str()),
        (422, Some("end")),
        "{}",
        bad.body
    );
    let list = app.get("/api/v1/diary/tightenings", Some(&s)).await;
    assert_eq!(list.json()["tightenings"].as_array().map(Vec::len), Some(0));
}
