//! Accounts: the password policy, rate-limited sign-in, sign-out and deletion.

use super::*;

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
    // the security probe's passwords that a 44-word list let in
    for pw in [
        "aaaaaaaa",
        "12341234",
        "abcd1234",
        "qwerty1234",
        "password12",
        "Password2024",
        "        ",
    ] {
        let r = app
            .json(
                "POST",
                "/api/v1/accounts",
                None,
                &serde_json::json!({"email": "a@example.test", "password": pw}),
            )
            .await;
        assert_eq!(
            (r.status, r.json()["field"].as_str()),
            (422, Some("password")),
            "{pw:?} was accepted"
        );
    }
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
    // signing up again with a registered email is answered exactly as a new
    // email is (the probe learned who had an account from a 409), and the
    // account keeps its own password
    async fn sign_up(app: &TestApp, email: &str) -> Resp {
        let who = serde_json::json!({"email": email, "password": "another long phrase"});
        app.json("POST", "/api/v1/accounts", None, &who).await
    }
    let (again, new) = (
        sign_up(&app, "A@example.test").await,
        sign_up(&app, "b@example.test").await,
    );
    assert_eq!(again.status, 202, "{}", again.body);
    assert_eq!(
        again.body.replace("a@example.test", "EMAIL"),
        new.body.replace("b@example.test", "EMAIL"),
        "a registered email is told apart from a new one"
    );
    assert_eq!(again.header("set-cookie"), "", "sign-up never signs in");
    app.sign_in("a@example.test", "a long pass phrase").await;
    app.sign_in("b@example.test", "another long phrase").await;
    let wrong = app
        .json(
            "POST",
            "/api/v1/login",
            None,
            &serde_json::json!({"email": "a@example.test", "password": "another long phrase"}),
        )
        .await;
    assert_eq!(wrong.status, 401);
}

#[tokio::test]
async fn wrong_passwords_slow_an_account_but_never_lock_its_owner_out() {
    let app = spawn_app().await;
    app.sign_up("r@example.test").await;
    let attempt = |password: &'static str| {
        let app = &app;
        async move {
            app.json(
                "POST",
                "/api/v1/login",
                None,
                &serde_json::json!({"email": "r@example.test", "password": password}),
            )
            .await
        }
    };
    let pause = std::time::Duration::from_millis(300);
    // someone typing wrong passwords at the account (the probe locked it
    // with 10): each try is answered at once; after five, a try that comes
    // too soon is told when to come back, and nothing locks
    let mut told_to_wait = false;
    for _ in 0..12 {
        let r = attempt("wrong wrong wrong").await;
        if r.status == 429 {
            told_to_wait = true;
            assert!(!r.header("retry-after").is_empty(), "{r:?}");
            tokio::time::sleep(pause).await;
            continue;
        }
        assert_eq!(r.status, 401);
    }
    assert!(told_to_wait, "quick wrong tries are slowed");
    // the owner gets in once the pause has passed, and that clears the count
    tokio::time::sleep(pause).await;
    assert_eq!(attempt("a long pass phrase").await.status, 200);
    // sign-ins that succeed are never counted against anyone
    for _ in 0..40 {
        assert_eq!(attempt("a long pass phrase").await.status, 200);
    }
}

#[tokio::test]
async fn an_address_guessing_at_many_accounts_is_refused() {
    let app = spawn_app().await;
    let mut statuses = Vec::new();
    for i in 0..32 {
        let r = app
            .json(
                "POST",
                "/api/v1/login",
                None,
                &serde_json::json!({"email": format!("guess{i}@example.test"), "password": "wrong wrong wrong"}),
            )
            .await;
        statuses.push(r.status);
    }
    assert!(statuses[..30].iter().all(|&s| s == 401), "{statuses:?}");
    assert_eq!(&statuses[30..], &[429, 429]);
}

/// The probe's parallel burst: wrong passwords sent all at once from one
/// address cannot all slip past the limit before the first is counted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passwords_sent_together_are_limited_as_if_one_by_one() {
    let app = spawn_app().await;
    let tries = (0..60).map(|i| {
        let who = serde_json::json!({"email": format!("burst{i}@example.test"), "password": "wrong wrong wrong"});
        let app = &app;
        async move { app.json("POST", "/api/v1/login", None, &who).await.status }
    });
    let statuses = futures_util::future::join_all(tries).await;
    let refused = statuses.iter().filter(|&&s| s == 429).count();
    let checked = statuses.iter().filter(|&&s| s == 401).count();
    assert_eq!((checked, refused), (30, 30), "{statuses:?}");
}

/// Two servers on one database behave as one: wrong passwords counted by
/// either are counted by both, and a session started on one is served by
/// the other and ended everywhere by signing out on either.
#[tokio::test]
async fn two_servers_on_one_database_share_sessions_and_the_sign_in_throttle() {
    let one = spawn_app().await;
    let two = one.beside().await;
    let s = one.sign_up("two@example.test").await;
    assert_eq!(two.get("/api/v1/diary", Some(&s)).await.status, 200);
    let mut statuses = Vec::new();
    for i in 0..32 {
        let server = if i % 2 == 0 { &one } else { &two };
        let r = server
            .json(
                "POST",
                "/api/v1/login",
                None,
                &serde_json::json!({"email": format!("guess{i}@example.test"), "password": "wrong wrong wrong"}),
            )
            .await;
        statuses.push(r.status);
    }
    assert!(statuses[..30].iter().all(|&s| s == 401), "{statuses:?}");
    assert_eq!(
        &statuses[30..],
        &[429, 429],
        "each server refuses after 30 in all"
    );
    assert_eq!(
        two.json("POST", "/api/v1/logout", Some(&s), &serde_json::json!({}))
            .await
            .status,
        204
    );
    assert_eq!(one.get("/api/v1/diary", Some(&s)).await.status, 401);
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
async fn signing_in_again_ends_the_session_it_came_with() {
    let app = spawn_app().await;
    let first = app.sign_up("twice@example.test").await;
    let creds =
        serde_json::json!({"email": "twice@example.test", "password": "a long pass phrase"});
    let cookie = format!("eb_session={}", first.token);
    let again = app
        .request(
            "POST",
            "/api/v1/login",
            &[("Content-Type", "application/json"), ("Cookie", &cookie)],
            &creds.to_string(),
        )
        .await;
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(
        app.get("/api/v1/me", Some(&first)).await.status,
        401,
        "the session the sign-in came with is over"
    );
    let new_token = again
        .set_cookies
        .iter()
        .find_map(|c| c.strip_prefix("eb_session="))
        .and_then(|c| c.split(';').next())
        .expect("a new session cookie");
    let me = app
        .request(
            "GET",
            "/api/v1/me",
            &[("Cookie", &format!("eb_session={new_token}"))],
            "",
        )
        .await;
    assert_eq!(me.status, 200, "{}", me.body);
}

#[tokio::test]
async fn new_accounts_from_one_address_are_limited() {
    let app = spawn_app().await;
    let mut statuses = Vec::new();
    for i in 0..12 {
        let r = app
            .json(
                "POST",
                "/api/v1/accounts",
                None,
                &serde_json::json!({"email": format!("many{i}@example.test"), "password": "a long pass phrase"}),
            )
            .await;
        statuses.push(r.status);
    }
    assert_eq!(&statuses[..10], &[202; 10], "{statuses:?}");
    assert_eq!(&statuses[10..], &[429, 429], "{statuses:?}");
}

async fn sign_up_through(app: &TestApp, i: usize, forwarded: &str) -> u16 {
    let body = serde_json::json!({"email": format!("fwd{i}@example.test"), "password": "a long pass phrase"});
    app.request(
        "POST",
        "/api/v1/accounts",
        &[
            ("Content-Type", "application/json"),
            ("X-Forwarded-For", forwarded),
        ],
        &body.to_string(),
    )
    .await
    .status
}

/// Behind a proxy the limits count each client, not the proxy; a client
/// cannot escape them by sending the header itself.
#[tokio::test]
async fn the_limits_count_the_client_behind_a_trusted_proxy_only() {
    let behind = spawn_app_trusting(vec!["127.0.0.1".parse().expect("ip")]).await;
    for i in 0..10 {
        assert_eq!(sign_up_through(&behind, i, "203.0.113.7").await, 202);
    }
    assert_eq!(
        sign_up_through(&behind, 10, "203.0.113.7").await,
        429,
        "the same client"
    );
    assert_eq!(
        sign_up_through(&behind, 11, "198.51.100.9, 203.0.113.8").await,
        202,
        "another client (the nearest address the proxy saw)"
    );
    let direct = spawn_app().await;
    for i in 0..10 {
        assert_eq!(sign_up_through(&direct, i, "203.0.113.7").await, 202);
    }
    assert_eq!(
        sign_up_through(&direct, 10, "192.0.2.55").await,
        429,
        "an untrusted header changes nothing"
    );
}

#[tokio::test]
async fn a_password_change_needs_the_current_one_and_signs_out_every_other_device() {
    let app = spawn_app().await;
    let phone = app.sign_up("change@example.test").await;
    let laptop = app
        .sign_in("change@example.test", "a long pass phrase")
        .await;
    let devices = app.get("/api/v1/account/devices", Some(&phone)).await;
    let list = devices.json()["devices"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(list.len(), 2, "{}", devices.body);
    assert_eq!(list.iter().filter(|d| d["this_device"] == true).count(), 1);
    let change = |current: &str, new: &str| serde_json::json!({"current_password": current, "new_password": new});
    // the wrong current password, or a weak new one: refused, naming the field
    let wrong = app
        .json(
            "POST",
            "/api/v1/account/password",
            Some(&phone),
            &change("not it at all", "kettle orbit meadow lantern"),
        )
        .await;
    assert_eq!(
        (wrong.status, wrong.json()["field"].as_str()),
        (422, Some("current_password"))
    );
    let weak = app
        .json(
            "POST",
            "/api/v1/account/password",
            Some(&phone),
            &change("a long pass phrase", "password12"),
        )
        .await;
    assert_eq!(
        (weak.status, weak.json()["field"].as_str()),
        (422, Some("new_password"))
    );
    assert_eq!(
        app.get("/api/v1/account/devices", Some(&laptop))
            .await
            .status,
        200,
        "nothing changed yet"
    );
    // the right one: changed, the laptop is signed out, the phone stays in
    let ok = app
        .json(
            "POST",
            "/api/v1/account/password",
            Some(&phone),
            &change("a long pass phrase", "kettle orbit meadow lantern"),
        )
        .await;
    assert_eq!(
        (ok.status, ok.json()["signed_out"].as_u64()),
        (200, Some(1)),
        "{}",
        ok.body
    );
    assert_eq!(app.get("/api/v1/diary", Some(&laptop)).await.status, 401);
    assert_eq!(app.get("/api/v1/diary", Some(&phone)).await.status, 200);
    // only the new password signs in now
    let old = app
        .json(
            "POST",
            "/api/v1/login",
            None,
            &serde_json::json!({"email": "change@example.test", "password": "a long pass phrase"}),
        )
        .await;
    assert_eq!(old.status, 401);
    let tablet = app
        .sign_in("change@example.test", "kettle orbit meadow lantern")
        .await;
    // sign out everywhere else, from the tablet
    let ended = app
        .json(
            "DELETE",
            "/api/v1/account/devices",
            Some(&tablet),
            &serde_json::json!({}),
        )
        .await;
    assert_eq!(
        ended.json()["signed_out"].as_u64(),
        Some(1),
        "{}",
        ended.body
    );
    assert_eq!(app.get("/api/v1/diary", Some(&phone)).await.status, 401);
    assert_eq!(app.get("/api/v1/diary", Some(&tablet)).await.status, 200);
}

#[tokio::test]
async fn the_account_page_changes_the_password_and_lists_the_devices() {
    let app = spawn_app().await;
    let s = app.sign_up("page@example.test").await;
    let other = app.sign_in("page@example.test", "a long pass phrase").await;
    let page = app.get("/account", Some(&s)).await;
    assert!(
        page.body.contains("Where you are signed in") && page.body.contains("(this device)"),
        "{}",
        page.body
    );
    assert_eq!(page.body.matches("Signed in ").count(), 2);
    let bad = app
        .post_form(
            "/account/password",
            &s,
            &format!(
                "csrf={}&current_password=nope+nope+nope&new_password=kettle+orbit+meadow+lantern",
                s.csrf
            ),
        )
        .await;
    assert!(
        bad.body.contains("that is not your current password"),
        "{}",
        bad.body
    );
    let good = app
        .post_form("/account/password", &s, &format!("csrf={}&current_password=a+long+pass+phrase&new_password=kettle+orbit+meadow+lantern", s.csrf))
        .await;
    assert!(
        good.body
            .contains("Your password is changed. 1 other device is signed out."),
        "{}",
        good.body
    );
    assert_eq!(app.get("/api/v1/diary", Some(&other)).await.status, 401);
}

/// The sign-up page answers a registered email exactly as a new one: the
/// sign-in form next, the email filled in, no session either way.
#[tokio::test]
async fn the_sign_up_page_does_not_tell_a_registered_email_from_a_new_one() {
    let app = spawn_app().await;
    app.sign_up("known@example.test").await;
    async fn sign_up(app: &TestApp, email: &str) -> Resp {
        let form = [("Content-Type", "application/x-www-form-urlencoded")];
        let body = format!("email={email}&password=kettle+orbit+meadow+lantern");
        app.request("POST", "/signup", &form, &body).await
    }
    let known = sign_up(&app, "known%40example.test").await;
    let new = sign_up(&app, "fresh%40example.test").await;
    assert_eq!((known.status, new.status), (200, 200));
    assert_eq!(
        known.body.replace("known@example.test", "EMAIL"),
        new.body.replace("fresh@example.test", "EMAIL"),
        "the pages differ"
    );
    assert!(known.set_cookies.is_empty() && new.set_cookies.is_empty());
    assert!(new.body.contains("your account is ready"), "{}", new.body);
    assert!(new.body.contains(r#"action="/signin""#), "{}", new.body);
    // the new account signs in with its password; the known one kept its own
    app.sign_in("fresh@example.test", "kettle orbit meadow lantern")
        .await;
    app.sign_in("known@example.test", "a long pass phrase")
        .await;
}
