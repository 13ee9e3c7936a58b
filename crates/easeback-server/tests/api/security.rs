//! Security headers, isolation between users, health and readiness.

use super::*;

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
        // answered by the body limit before any handler
        ("POST", "/api/v1/triage"),
    ] {
        let big = "x".repeat(easeback_server::BODY_LIMIT + 1);
        let body = if method == "POST" { big.as_str() } else { "" };
        let r = app.request(method, path, &[], body).await;
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
        if method == "POST" {
            assert_eq!(r.status, 413, "{path}");
        }
    }
    let css = app.request("GET", "/assets/style.css", &[], "").await;
    assert!(css.header("cache-control").contains("max-age"));
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
async fn health_and_readiness() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz", None).await.body, "ok");
    assert_eq!(app.get("/readyz", None).await.status, 200);
}
