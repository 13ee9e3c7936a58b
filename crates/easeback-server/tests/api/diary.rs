//! The diary over JSON and on its pages: entries, settings, clock times, exports.

use super::*;

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
        "csrf={}&started_at=last+tuesday&intensity=7&location=buttock&trigger=long_sitting&woke=yes&notes=after+the+long+drive",
        s.csrf
    ))
    .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("started_at"), "{}", r.body);
    assert!(r.body.contains("after the long drive"), "notes kept");
    assert!(
        r.body.contains(r#"value="last tuesday""#),
        "the typed time kept"
    );
    assert!(
        r.body.contains(r#"value="7" required checked"#),
        "the chosen pain kept"
    );
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
pub(crate) async fn post_form_at(
    app: &TestApp,
    s: &Session,
    tz_minutes: i32,
    path: &str,
    body: &str,
) -> Resp {
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

pub(crate) async fn get_at(app: &TestApp, s: &Session, tz_minutes: i32, path: &str) -> Resp {
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

/// The exports are streamed a page of entries at a time; what arrives is
/// the same document the store builds whole (the command line's); the CSV
/// and FHIR exports carry every entry (pages joining up: the store's story).
#[tokio::test]
async fn a_streamed_export_is_the_whole_document() {
    use easeback_store::Store;
    let app = spawn_app().await;
    let s = app.sign_up("streamed@example.test").await;
    let mut e = entry(4);
    e["notes"] = "a note with \"quotes\", a comma and é".into();
    for _ in 0..3 {
        assert_eq!(
            app.json("POST", "/api/v1/diary", Some(&s), &e).await.status,
            201
        );
    }
    let streamed = app.get("/api/v1/export", Some(&s)).await;
    assert_eq!(streamed.header("content-type"), "application/json");
    let mut streamed = streamed.json();
    let store = easeback_store::open(app.db.to_str().expect("utf8"))
        .await
        .expect("the same file");
    let user = easeback_store::UserId(
        s.token
            .split('.')
            .next()
            .expect("user in the cookie")
            .to_string(),
    );
    let whole = store
        .export(&user, jiff::Timestamp::now())
        .await
        .expect("export");
    let mut whole = serde_json::to_value(&whole).expect("json");
    for doc in [&mut streamed, &mut whole] {
        doc["exported_at"] = serde_json::Value::Null;
    }
    assert_eq!(streamed, whole);
    assert_eq!(streamed["entries"].as_array().map(Vec::len), Some(3));
    let csv = app.get("/api/v1/export/csv", Some(&s)).await;
    assert_eq!(csv.body.lines().count(), 4, "{}", csv.body);
    assert!(
        csv.body
            .contains("\"a note with \"\"quotes\"\", a comma and é\"")
    );
    let fhir = app.get("/api/v1/export/fhir", Some(&s)).await.json();
    let entries = fhir["entry"].as_array().expect("entries");
    assert_eq!(entries.len(), 4, "three observations and the diary check");
    assert_eq!(
        entries[3]["resource"]["resourceType"], "QuestionnaireResponse",
        "{fhir}"
    );
    assert_eq!(fhir["resourceType"], "Bundle");
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
async fn an_offset_no_clock_has_is_refused_or_ignored_never_a_crash() {
    let app = spawn_app().await;
    let s = app.sign_up("offsets@example.test").await;
    for offset in ["-32768", "1081", "-1081"] {
        let r = app
            .get(
                &format!("/api/v1/insights?utc_offset_minutes={offset}"),
                Some(&s),
            )
            .await;
        assert_eq!(
            (r.status, r.json()["field"].as_str()),
            (400, Some("utc_offset_minutes")),
            "{offset}: {}",
            r.body
        );
        // a cookie no clock has is read as UTC
        let page = get_at(&app, &s, offset.parse().expect("a number"), "/insights").await;
        assert_eq!(page.status, 200, "{offset}");
    }
}

#[tokio::test]
async fn a_diary_entry_is_saved_with_a_word_and_a_deletion_asks_first_and_can_be_undone() {
    let app = spawn_app().await;
    let s = app.sign_up("undo@example.test").await;
    // two taps: a pain score and Save (the time is now)
    let saved = app
        .post_form_followed("/diary", &s, &format!("csrf={}&intensity=6", s.csrf))
        .await;
    assert!(saved.body.contains("Saved."), "{}", saved.body);
    let list = app
        .json("GET", "/api/v1/diary", Some(&s), &serde_json::json!(null))
        .await;
    let id = list.json()[0]["id"].as_str().expect("id").to_string();
    // Delete asks first, and changes nothing by asking
    let ask = app.get(&format!("/diary/{id}/delete"), Some(&s)).await;
    assert!(ask.body.contains("Delete this entry?"), "{}", ask.body);
    assert_eq!(
        app.get("/api/v1/diary", Some(&s))
            .await
            .json()
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let deleted = app
        .post_form_followed(
            &format!("/diary/{id}/delete"),
            &s,
            &format!("csrf={}", s.csrf),
        )
        .await;
    assert!(deleted.body.contains("Entry deleted."), "{}", deleted.body);
    assert_eq!(
        app.get("/api/v1/diary", Some(&s))
            .await
            .json()
            .as_array()
            .map(Vec::len),
        Some(0)
    );
    let token = pages::hidden(&deleted.body, "undo");
    // nobody else can undo it
    let other = app.sign_up("not-the-owner@example.test").await;
    let theirs = app
        .post_form(
            "/diary/undo",
            &other,
            &format!("csrf={}&undo={token}", other.csrf),
        )
        .await;
    assert_eq!(theirs.status, 410);
    let undone = app
        .post_form_followed("/diary/undo", &s, &format!("csrf={}&undo={token}", s.csrf))
        .await;
    assert!(undone.body.contains("Saved."), "{}", undone.body);
    let back = app.get("/api/v1/diary", Some(&s)).await.json();
    assert_eq!(back[0]["intensity"], 6, "{back}");
    // undoing twice brings back nothing more
    let twice = app
        .post_form("/diary/undo", &s, &format!("csrf={}&undo={token}", s.csrf))
        .await;
    assert_eq!(twice.status, 410);
    assert_eq!(
        app.get("/api/v1/diary", Some(&s))
            .await
            .json()
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[tokio::test]
async fn the_report_carries_the_parts_and_the_name_chosen_and_the_diary_downloads_as_csv() {
    let app = spawn_app().await;
    let s = app.sign_up("report-options@example.test").await;
    for pain in [5, 7] {
        app.json("POST", "/api/v1/diary", Some(&s), &entry(pain))
            .await;
    }
    let full = app.get("/report", Some(&s)).await;
    for part in ["Every episode", "Triggers", "Relief sessions", "pain 7/10"] {
        assert!(full.body.contains(part), "{part}: {}", full.body);
    }
    let chosen = app
        .post_form(
            "/report",
            &s,
            &format!(
                "csrf={}&weeks=4&name=Jo+Bloggs+485+777+3456&section=episodes",
                s.csrf
            ),
        )
        .await;
    assert_eq!(chosen.status, 200, "{}", chosen.body);
    assert!(
        chosen.body.contains("For: Jo Bloggs 485 777 3456"),
        "{}",
        chosen.body
    );
    assert!(chosen.body.contains("Every episode") && chosen.body.contains("pain 5/10"));
    assert!(
        !chosen.body.contains("<h2>Triggers</h2>"),
        "{}",
        chosen.body
    );
    let pdf = app
        .post_form(
            "/report.pdf",
            &s,
            &format!("csrf={}&weeks=4&name=Jo&section=episodes", s.csrf),
        )
        .await;
    assert_eq!(
        pdf.headers.get("content-type").map(String::as_str),
        Some("application/pdf")
    );
    let csv = app.get("/api/v1/export/csv", Some(&s)).await;
    assert_eq!(csv.status, 200);
    assert!(csv.headers["content-type"].starts_with("text/csv"));
    assert!(csv.body.starts_with("id,started_at,"), "{}", csv.body);
    assert_eq!(
        csv.body.trim_end().lines().count(),
        3,
        "a header and two entries"
    );
    assert!(csv.body.contains("after the school run"));
}

#[tokio::test]
async fn the_insights_chart_names_its_axes_and_draws_the_pain_beside_the_episodes() {
    let app = spawn_app().await;
    let s = app.sign_up("chart@example.test").await;
    for pain in [4, 8] {
        app.json("POST", "/api/v1/diary", Some(&s), &entry(pain))
            .await;
    }
    let page = app.get("/insights", Some(&s)).await.body;
    for part in [
        "Week starting",
        "mean pain (line, 0 to 10, right scale)",
        "Pain trend:",
        r#"<circle class="pain""#,
        ">2</text>",
    ] {
        assert!(page.contains(part), "{part}: {page}");
    }
    // the pain dot sits at 6 of 10: 60 of the 100 units above the baseline
    assert!(page.contains(r#"cy="50""#), "{page}");
}

#[tokio::test]
async fn the_day_form_saves_water_sleep_activity_and_stress_for_today() {
    let app = spawn_app().await;
    let s = app.sign_up("day@example.test").await;
    let saved = app
        .post_form_followed(
            "/diary/day",
            &s,
            &format!("csrf={}&water=1&sleep=side_with_pillow&stress=2", s.csrf),
        )
        .await;
    assert!(saved.body.contains("Saved."), "{}", saved.body);
    // shown again as chosen
    assert!(
        saved.body.contains(r#"value="side_with_pillow" checked"#)
            && saved.body.contains(r#"name="stress" value="2" checked"#),
        "{}",
        saved.body
    );
    let export = app.get("/api/v1/export", Some(&s)).await.json();
    let day = &export["daily_factors"][0];
    assert_eq!(
        (day["water"].clone(), day["stress"].clone()),
        (1.into(), 2.into()),
        "{export}"
    );
    assert_eq!(day["sleep_position"], "side_with_pillow");
    let bad = app
        .post_form("/diary/day", &s, &format!("csrf={}&water=9", s.csrf))
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
}

#[tokio::test]
async fn a_full_diary_refuses_a_new_entry_with_what_to_do_and_keeps_the_rest() {
    let app = spawn_app().await;
    let s = app.sign_up("full@example.test").await;
    let first = app.json("POST", "/api/v1/diary", Some(&s), &entry(5)).await;
    assert_eq!(first.status, 201);
    // fill the diary to its cap straight in the file (a write each through
    // the API would take minutes)
    let db = rusqlite::Connection::open(&app.db).expect("open db");
    db.busy_timeout(std::time::Duration::from_secs(5))
        .expect("timeout");
    db.execute_batch(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {})
         INSERT INTO diary_entries (user_id, id, started_at, utc_offset_minutes, duration_minutes,
           locations, side, intensity, pain_after, triggers, context, tried, woke_from_sleep, notes,
           created_at, updated_at)
         SELECT user_id, 'bulk-' || i, started_at - i, utc_offset_minutes, duration_minutes, locations,
           side, intensity, pain_after, triggers, context, tried, woke_from_sleep, notes, created_at,
           updated_at
         FROM n, diary_entries WHERE diary_entries.id NOT LIKE 'bulk-%'",
        easeback_store::MAX_ENTRIES - 1
    ))
    .expect("fill");
    let refused = app.json("POST", "/api/v1/diary", Some(&s), &entry(6)).await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(
        refused.json()["error"]
            .as_str()
            .is_some_and(|e| e.contains("20000 entries") && e.contains("delete older")),
        "{}",
        refused.body
    );
    // nothing is lost: a deletion makes room again
    let oldest = format!("/api/v1/diary/bulk-{}", easeback_store::MAX_ENTRIES - 1);
    assert_eq!(
        app.request(
            "DELETE",
            &oldest,
            &[
                ("Cookie", &format!("eb_session={}", s.token)),
                ("X-CSRF-Token", &s.csrf)
            ],
            ""
        )
        .await
        .status,
        204
    );
    let again = app.json("POST", "/api/v1/diary", Some(&s), &entry(6)).await;
    assert_eq!(again.status, 201, "{}", again.body);
}
