//! The check, the tightening rule and the OpenAPI document over JSON.

use super::*;

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
async fn an_unknown_region_is_refused_by_name_on_every_endpoint_that_takes_one() {
    let app = spawn_app().await;
    let t = |m: u32| serde_json::json!({"start": format!("2026-11-25T20:{m:02}:00Z"), "end": format!("2026-11-25T20:{m:02}:45Z")});
    for (path, body) in [
        (
            "/api/v1/triage",
            serde_json::json!({"text": "my back aches", "region": "mars"}),
        ),
        (
            "/api/v1/tightenings",
            serde_json::json!({"tightenings": [t(0), t(6), t(12), t(18)], "region": "mars"}),
        ),
    ] {
        let r = app.json("POST", path, None, &body).await;
        assert_eq!(
            (r.status, r.json()["field"].as_str()),
            (422, Some("region")),
            "{path}: {}",
            r.body
        );
        assert!(
            r.json()["error"].as_str().unwrap_or("").contains("uk"),
            "the known regions are listed: {}",
            r.body
        );
    }
}

#[tokio::test]
async fn the_api_answers_in_spanish_with_the_same_rules_and_numbers() {
    let app = spawn_app().await;
    let ask = |body: serde_json::Value| {
        let app = &app;
        async move { app.json("POST", "/api/v1/triage", None, &body).await }
    };
    let en = ask(serde_json::json!({"findings": ["fever", "severe_pain"], "region": "mx"}))
        .await
        .json();
    let es = ask(
        serde_json::json!({"findings": ["fever", "severe_pain"], "region": "mx", "lang": "es"}),
    )
    .await
    .json();
    assert_eq!(es["disposition"], "emergency");
    assert_eq!(en["disposition"], es["disposition"]);
    // the same numbers; only their labels are in Spanish
    let tels = |v: &serde_json::Value| -> Vec<serde_json::Value> {
        v["calls"]
            .as_array()
            .expect("calls")
            .iter()
            .map(|c| c["tel"].clone())
            .collect()
    };
    assert_eq!(tels(&en), tels(&es));
    assert_ne!(en["title"], es["title"]);
    assert!(
        es["actions"][0].as_str().is_some_and(|a| a.contains("911")),
        "{}",
        es["actions"]
    );

    // Spanish free text: the whole warning-sign screen, and the card says why
    let r = ask(serde_json::json!({"text": "me duele la espalda", "lang": "es"}))
        .await
        .json();
    let asked = r["questions"].as_array().map_or(0, Vec::len);
    assert!(asked >= 20, "{asked} questions: {}", r["questions"]);
    assert!(r["actions"].to_string().contains("todavía no sabe leer"));

    let r = ask(serde_json::json!({"findings": ["fever"], "lang": "klingon"})).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["field"], "lang");
}
