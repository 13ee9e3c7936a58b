//! The pages: the check and its card, home, the relief session, care-team numbers, regions.

use super::*;

#[tokio::test]
async fn the_check_page_renders_a_care_card_and_refuses_cross_site_posts() {
    let app = spawn_app().await;
    let form = "csrf=&text=my+waters+have+broken&region=uk";
    let r = app
        .request_followed(
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
        .post_visitor_form_followed("/check", "finding=heavy_bleeding&region=us")
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
        .post_visitor_form(
            "/session/check-in",
            "step=1&pain=5&helped=no&shooting=no&text=",
        )
        .await;
    assert_eq!(next.status, 303);
    let to = next.header("location");
    assert!(
        to.starts_with("/session/") && to.ends_with("/step/3"),
        "{to}"
    );
    let third = app.get(to, None).await;
    assert!(third.body.contains("step 3 of"), "{}", third.body);
    let stop = app
        .post_visitor_form_followed(
            "/session/check-in",
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

/// A value of a hidden form field in a page.
pub(crate) fn hidden(body: &str, name: &str) -> String {
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
    let first = app.get("/session?step=1", Some(&s)).await;
    assert_eq!(hidden(&first.body, "session"), "", "a new session");
    // step 1 did not help; step 2 helped; then finish here
    let r = app
        .post_form(
            "/session/check-in",
            &s,
            &format!(
                "csrf={}&step=0&session=&start_pain=8&pain=6&helped=no&shooting=no&text=",
                s.csrf
            ),
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let to = r.header("location").to_string();
    assert!(
        !to.contains("pain") && !to.contains('?'),
        "no scores in the address: {to}"
    );
    let step2 = app.get(&to, Some(&s)).await;
    let token = hidden(&step2.body, "session");
    assert!(to.contains(&token), "{to}");
    // reload shows the same step
    assert_eq!(app.get(&to, Some(&s)).await.body, step2.body);
    let helped = app
        .post_form_followed(
            "/session/check-in",
            &s,
            &format!(
                "csrf={}&step=1&session={token}&pain=3&helped=yes&shooting=no&text=",
                s.csrf
            ),
        )
        .await;
    assert!(helped.body.contains("Finish here"), "{}", helped.body);
    let done = app
        .post_form_followed(
            "/session/finish",
            &s,
            &format!("csrf={}&session={token}", s.csrf),
        )
        .await;
    assert!(done.body.contains("saved in your diary"), "{}", done.body);
    // finishing again (Back, then the button) saves nothing twice
    app.post_form(
        "/session/finish",
        &s,
        &format!("csrf={}&session={token}", s.csrf),
    )
    .await;
    // nobody else can go on with it
    let other = app.sign_up("someone-else@example.test").await;
    let theirs = app.get(&to, Some(&other)).await;
    assert_eq!(theirs.status, 410, "{}", theirs.body);
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
        .post_form_followed(
            "/session/check-in",
            &s,
            &format!(
                "csrf={}&step=0&session=&start_pain=5&pain=7&helped=no&shooting=yes&text=",
                s.csrf
            ),
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
            app.request_followed(
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
    let r = app.post_visitor_form_followed("/check", form).await;
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
        .post_visitor_form_followed("/check", &format!("{form}&choose_region=ie"))
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
async fn a_check_in_for_a_step_past_the_ladder_still_hears_the_stop_answers() {
    let app = spawn_app().await;
    for form in [
        "step=99&pain=6&helped=no&shooting=yes&text=",
        "step=99&pain=6&helped=no&shooting=no&text=there+is+bleeding",
    ] {
        let r = app
            .post_visitor_form_followed("/session/check-in", form)
            .await;
        assert!(
            r.body.contains("Stop the session") && r.body.contains("card same_day"),
            "{form}: {}",
            r.body
        );
    }
}

#[tokio::test]
async fn a_page_that_cannot_read_the_database_is_a_page_with_the_numbers_not_json() {
    let app = spawn_app().await;
    let s = app.sign_up("outage@example.test").await;
    // a stored sign-in the store cannot read back (a blob where a time
    // belongs): every page that looks up who is asking fails
    let db = rusqlite::Connection::open(&app.db).expect("open db");
    db.busy_timeout(std::time::Duration::from_secs(5))
        .expect("timeout");
    db.execute("UPDATE auth_sessions SET created_at = X'2A'", [])
        .expect("update");
    for path in ["/diary", "/insights", "/check", "/settings"] {
        let r = app.get(path, Some(&s)).await;
        assert_eq!(r.status, 503, "{path}: {}", r.body);
        assert!(
            r.headers
                .get("content-type")
                .is_some_and(|t| t.starts_with("text/html")),
            "{path}: {:?}",
            r.headers
        );
        assert!(
            r.body.contains("<h1>Something is not right</h1>"),
            "{path}: {}",
            r.body
        );
        assert!(r.body.contains("try again"), "{path}: {}", r.body);
        // the layout's emergency numbers are on it, as on every page
        assert!(r.body.contains("href=\"tel:"), "{path}: {}", r.body);
        assert_eq!(r.headers.get("retry-after").map(String::as_str), Some("30"));
    }
}

#[tokio::test]
async fn a_checks_answer_has_its_own_address_that_reload_shows_again_without_the_words() {
    let app = spawn_app().await;
    let form = "csrf=&text=my+back+spasms+and+I+am+bleeding+heavily&region=uk";
    let posted = app.post_visitor_form("/check", form).await;
    assert_eq!(posted.status, 303, "{}", posted.body);
    let to = posted.headers["location"].clone();
    assert!(to.starts_with("/check/answer/"), "{to}");
    assert!(
        !to.contains("bleed") && !to.contains("spasm") && !to.contains('?'),
        "nothing typed in the address: {to}"
    );
    // reload (and Back to it) shows the same card
    let first = app.get(&to, None).await;
    let again = app.get(&to, None).await;
    assert_eq!(first.status, 200);
    assert!(first.body.contains("card emergency"), "{}", first.body);
    assert_eq!(first.body, again.body);
    // an address nobody was given is not an answer
    let made_up = app
        .get(&format!("/check/answer/{}", "0".repeat(64)), None)
        .await;
    assert_eq!(made_up.status, 410);
    assert!(made_up.body.contains("Check again"), "{}", made_up.body);
    assert!(
        made_up.body.contains("href=\"tel:"),
        "the numbers are still there"
    );
}

#[tokio::test]
async fn skipping_a_step_still_asks_the_stop_question() {
    let app = spawn_app().await;
    let form = [("Content-Type", "application/x-www-form-urlencoded")];
    for (answer, text, stops) in [
        ("yes", "", true),
        ("no", "there+is+some+bleeding", true),
        ("no", "", false),
    ] {
        // the step's own Skip button, its questions left blank
        let r = app
            .request(
                "POST",
                "/session/check-in",
                &form,
                "step=1&session=&skip=yes&pain=&text=",
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let to = r.header("location").to_string();
        assert!(
            to.ends_with("/skip/2"),
            "the stop question comes first: {to}"
        );
        let asked = app.get(&to, None).await;
        assert!(
            asked.body.contains("shooting or burning down a leg"),
            "{}",
            asked.body
        );
        let token = hidden(&asked.body, "session");
        let after = app
            .request_followed(
                "POST",
                "/session/check-in",
                &form,
                &format!("step=1&session={token}&skip=yes&shooting={answer}&text={text}"),
            )
            .await;
        if stops {
            assert!(
                after.body.contains("Stop the session") && after.body.contains("card "),
                "{answer} {text}: {}",
                after.body
            );
        } else {
            assert!(after.body.contains("step 3 of"), "{}", after.body);
        }
    }
}

#[tokio::test]
async fn tightenings_told_without_javascript_are_judged_by_the_timers_rule() {
    let app = spawn_app().await;
    let post = |body: &'static str| {
        let app = &app;
        async move {
            app.request(
                "POST",
                "/tightenings",
                &[
                    ("Content-Type", "application/x-www-form-urlencoded"),
                    ("Cookie", "eb_region=uk"),
                ],
                body,
            )
            .await
        }
    };
    let regular = post("count=5&every=6&lasting=45").await;
    assert!(
        regular.body.contains("card same_day") && regular.body.contains("call now"),
        "{}",
        regular.body
    );
    assert!(
        regular.body.contains(r#"href="tel:999""#),
        "a number to tap"
    );
    let few = post("count=3&every=6&lasting=45").await;
    assert!(
        few.body.contains("not a regular pattern yet"),
        "{}",
        few.body
    );
    assert!(!few.body.contains("card same_day"));
    // a blank or impossible answer is asked again, never read as "fine"
    let blank = post("count=&every=6&lasting=45").await;
    assert!(
        blank.body.contains("Please give how many"),
        "{}",
        blank.body
    );
    assert!(!blank.body.contains("not a regular pattern"));
}

/// Two servers on one database, with no affinity between them: what one
/// kept for a moment (a check's answer, a relief session, an entry to
/// undo) is found by the other, as a round-robin load balancer needs.
#[tokio::test]
async fn a_second_server_answers_the_first_ones_check_session_and_undo() {
    let one = spawn_app().await;
    let two = one.beside().await;
    let form = "csrf=&text=sharp+back+spasms+and+now+a+fever+of+39&region=uk";
    let posted = one.post_visitor_form("/check", form).await;
    let answer = two.get(posted.header("location"), None).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(answer.body.contains("card same_day"), "{}", answer.body);
    assert_eq!(
        answer.body,
        one.get(posted.header("location"), None).await.body
    );

    let next = one
        .post_visitor_form(
            "/session/check-in",
            "step=1&pain=5&helped=no&shooting=no&text=",
        )
        .await;
    let token = next
        .header("location")
        .split('/')
        .nth(2)
        .expect("token")
        .to_string();
    let stop = two
        .post_visitor_form_followed(
            "/session/check-in",
            &format!("session={token}&step=2&pain=5&helped=no&shooting=yes&text="),
        )
        .await;
    assert!(
        stop.body.contains("card same_day") || stop.body.contains("card emergency"),
        "the second server went on with the first one's session: {}",
        stop.body
    );
    assert_eq!(
        one.get(&format!("/session/{token}/end"), None).await.body,
        stop.body,
        "and the first sees where it ended"
    );

    let s = one.sign_up("both@example.test").await;
    one.post_form_followed("/diary", &s, &format!("csrf={}&intensity=6", s.csrf))
        .await;
    let id = one.get("/api/v1/diary", Some(&s)).await.json()[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    let deleted = one
        .post_form_followed(
            &format!("/diary/{id}/delete"),
            &s,
            &format!("csrf={}", s.csrf),
        )
        .await;
    let undo = hidden(&deleted.body, "undo");
    let undone = two
        .post_form_followed("/diary/undo", &s, &format!("csrf={}&undo={undo}", s.csrf))
        .await;
    assert!(undone.body.contains("Saved."), "{}", undone.body);
}
