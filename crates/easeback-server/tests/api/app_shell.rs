//! What makes the site an app on a phone: the files it needs served with
//! ETags, the service worker's lists, the offline page, and the home page's
//! stage of pregnancy.

use super::*;

/// The paths a quoted list in the worker names, e.g. `const GUIDES = [...]`.
fn worker_list(worker: &str, name: &str) -> Vec<String> {
    let start = worker
        .find(&format!("const {name} = ["))
        .unwrap_or_else(|| panic!("{name} in the worker"));
    let list = &worker[start..];
    let list = &list[list.find('[').expect("[") + 1..list.find(']').expect("]")];
    list.split(',')
        .map(|p| p.trim().trim_matches('"').to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

#[tokio::test]
async fn every_file_the_pages_and_the_worker_use_is_served_and_revalidated() {
    let app = spawn_app().await;
    let worker = app.get("/sw.js", None).await;
    assert_eq!(worker.status, 200);
    assert!(worker.headers["content-type"].starts_with("text/javascript"));
    assert!(
        !worker.body.contains("__VERSION__"),
        "the worker carries this build's version"
    );
    let home = app.get("/", None).await;
    for linked in [
        "/assets/style.css",
        "/assets/site.js",
        "/assets/icon.svg",
        "/manifest.webmanifest",
    ] {
        assert!(home.body.contains(&format!("\"{linked}\"")), "{linked}");
    }
    let mut files = worker_list(&worker.body, "FILES");
    files.extend(["/assets/icon-192.png".into(), "/assets/icon-512.png".into()]);
    for f in &files {
        let r = app.get(f, None).await;
        assert_eq!(r.status, 200, "{f}");
        let etag = r.headers.get("etag").unwrap_or_else(|| panic!("{f}: etag"));
        let again = app.request("GET", f, &[("If-None-Match", etag)], "").await;
        assert_eq!(again.status, 304, "{f}: the browser's copy is current");
        assert!(again.body.is_empty(), "{f}");
    }
}

#[tokio::test]
async fn the_worker_stores_guidance_that_exists_and_nothing_personal() {
    let app = spawn_app().await;
    let worker = app.get("/sw.js", None).await.body;
    let s = app.sign_up("worker@example.test").await;
    for page in worker_list(&worker, "GUIDES") {
        let r = app.get(&page, None).await;
        assert_eq!(r.status, 200, "{page} exists for anyone");
        // a page anyone sees: stored without cookies, so a signed-in
        // person's copy (with its form token) never lands in the cache
        assert!(worker.contains(r#"credentials: "omit""#));
        assert_ne!(app.get(&page, Some(&s)).await.status, 302, "{page}");
    }
    for personal in [
        "/api/v1/diary",
        "/diary",
        "/insights",
        "/settings",
        "/account",
        "/report",
        "/signin",
    ] {
        let never = worker
            .lines()
            .find(|l| l.starts_with("const NEVER"))
            .expect("NEVER");
        let first = personal
            .trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or_default();
        assert!(never.contains(first), "{personal} is never stored: {never}");
    }
}

#[tokio::test]
async fn the_offline_page_has_the_regions_numbers_to_tap_and_nothing_personal() {
    let app = spawn_app().await;
    let uk = app
        .request("GET", "/offline", &[("Cookie", "eb_region=uk")], "")
        .await;
    assert_eq!(uk.status, 200);
    assert!(uk.body.contains(r#"href="tel:999""#), "{}", uk.body);
    assert!(uk.body.contains("maternity unit"), "the same-day route");
    assert!(
        uk.body.contains("Heavy vaginal bleeding"),
        "the warning signs"
    );
    // no region known: every region's number, each its own link
    let anyone = app.get("/offline", None).await;
    for tel in ["tel:911", "tel:999", "tel:112", "tel:000", "tel:111"] {
        assert!(anyone.body.contains(tel), "{tel}");
    }
    // signed in: still the page anyone would get (it is stored on the phone)
    let s = app.sign_up("offline@example.test").await;
    let signed_in = app.get("/offline", Some(&s)).await;
    assert!(!signed_in.body.contains(&s.csrf), "no form token");
    assert!(!signed_in.body.contains("/diary\""), "no link to the diary");
}

#[tokio::test]
async fn the_home_page_says_how_far_along_with_a_tip_for_the_stage() {
    let app = spawn_app().await;
    let s = app.sign_up("stage@example.test").await;
    let today = jiff::tz::Offset::UTC
        .to_datetime(jiff::Timestamp::now())
        .date();
    let due = today
        .checked_add(jiff::Span::new().days(104))
        .expect("date");
    // a due date long past is refused with the reason, and kept as typed
    let old = app
        .post_form(
            "/settings",
            &s,
            &format!("csrf={}&region=uk&due_date=2025-01-01&care_team=", s.csrf),
        )
        .await;
    assert!(old.body.contains("more than two weeks ago"), "{}", old.body);
    assert!(old.body.contains(r#"value="2025-01-01""#), "{}", old.body);
    let body = format!("csrf={}&region=uk&due_date={due}&care_team=", s.csrf);
    let saved = app.post_form("/settings", &s, &body).await;
    assert!(saved.body.contains("Saved."), "{}", saved.body);
    let home = app.get("/", Some(&s)).await;
    // 104 days to go is 25 weeks 1 day (the UTC date may turn meanwhile)
    assert!(
        ["25 weeks 1 day pregnant", "25 weeks 2 days pregnant"]
            .iter()
            .any(|said| home.body.contains(said)),
        "{}",
        home.body
    );
    assert!(home.body.contains("For this stage:"), "{}", home.body);
}

#[tokio::test]
async fn the_navigation_marks_the_page_being_shown_and_only_that_one() {
    let app = spawn_app().await;
    let s = app.sign_up("nav@example.test").await;
    for (path, link) in [
        ("/exercises", "/exercises"),
        ("/check", "/check"),
        ("/session", "/session"),
        ("/diary", "/diary"),
        ("/insights", "/insights"),
    ] {
        let body = app.get(path, Some(&s)).await.body;
        let marked: Vec<&str> = body
            .split("<a ")
            .filter(|a| a.contains(r#"aria-current="page""#))
            .collect();
        assert_eq!(marked.len(), 1, "{path}: {marked:?}");
        assert!(
            marked[0].starts_with(&format!("href=\"{link}\"")),
            "{path}: {marked:?}"
        );
    }
}

#[tokio::test]
async fn answers_are_compressed_except_pages_and_json_for_a_signed_in_request() {
    let app = spawn_app().await;
    let s = app.sign_up("gzip@example.test").await;
    let gzip = ("Accept-Encoding", "gzip");
    let encoding = |r: &Resp| r.headers.get("content-encoding").cloned();
    for path in ["/assets/style.css", "/exercises", "/offline"] {
        let r = app.request("GET", path, &[gzip], "").await;
        assert_eq!(
            encoding(&r).as_deref(),
            Some("gzip"),
            "{path} for a visitor"
        );
    }
    // a page or JSON with the session's form token next to what the person
    // typed is never compressed (BREACH); static files still are
    let cookie = format!("eb_session={}", s.token);
    let css = app
        .request("GET", "/assets/style.css", &[gzip, ("Cookie", &cookie)], "")
        .await;
    assert_eq!(encoding(&css).as_deref(), Some("gzip"));
    for path in ["/diary", "/exercises", "/api/v1/diary"] {
        let r = app
            .request("GET", path, &[gzip, ("Cookie", &cookie)], "")
            .await;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(encoding(&r), None, "{path} for a signed-in person");
    }
}
