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
    assert_eq!(&statuses[..10], &[201; 10], "{statuses:?}");
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
        assert_eq!(sign_up_through(&behind, i, "203.0.113.7").await, 201);
    }
    assert_eq!(
        sign_up_through(&behind, 10, "203.0.113.7").await,
        429,
        "the same client"
    );
    assert_eq!(
        sign_up_through(&behind, 11, "198.51.100.9, 203.0.113.8").await,
        201,
        "another client (the nearest address the proxy saw)"
    );
    let direct = spawn_app().await;
    for i in 0..10 {
        assert_eq!(sign_up_through(&direct, i, "203.0.113.7").await, 201);
    }
    assert_eq!(
        sign_up_through(&direct, 10, "192.0.2.55").await,
        429,
        "an untrusted header changes nothing"
    );
}
