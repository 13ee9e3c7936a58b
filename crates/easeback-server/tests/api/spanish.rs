//! Every page in Spanish: chosen from the browser's language or the switch,
//! with `lang` right, and no English left — each visible text of a Spanish
//! page is compared with the same page in English, and one that is the same
//! in both is a word that did not go through the translations.

use super::*;

/// The visible texts of a page (text between tags, and the labels screen
/// readers read), without scripts, styles and the source titles, which are
/// publications' own names.
fn texts(html: &str) -> Vec<String> {
    let mut body = html.to_string();
    for (open, close) in [
        ("<script", "</script>"),
        ("<style", "</style>"),
        ("<code>", "</code>"),
        // the sources' titles and publishers on the about page
        ("<p class=\"hint\">", "</p>"),
    ] {
        while let Some(start) = body.find(open) {
            let end = body[start..]
                .find(close)
                .map_or(body.len(), |e| start + e + close.len());
            body.replace_range(start..end, " ");
        }
    }
    let mut out: Vec<String> = body
        .split('<')
        .filter_map(|part| part.split_once('>'))
        .map(|(_, text)| text.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    for attribute in ["aria-label=\"", "name=\"description\" content=\""] {
        out.extend(
            body.split(attribute)
                .skip(1)
                .filter_map(|rest| rest.split('"').next().map(str::to_string)),
        );
    }
    out.into_iter()
        .map(|t| {
            t.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&#34;", "\"")
                .replace("&amp;", "&")
        })
        .collect()
}

/// A text that carries words (three letters or more in a row), not only
/// numbers, names of the product or of the languages.
fn has_words(text: &str) -> bool {
    // names that are the same in both languages: the product, the
    // languages' own names, file formats, and Australia
    let kept = [
        "Easeback",
        "English",
        "Español",
        "UTF",
        "JSON",
        "CSV",
        "FHIR",
        "PDF",
        "ics",
        "tel",
        "Australia",
    ];
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3 && !kept.contains(w))
        .any(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
}

async fn page(app: &TestApp, path: &str, lang: &str, s: Option<&Session>) -> Resp {
    let mut cookie = format!("eb_lang={lang}");
    if let Some(s) = s {
        cookie.push_str(&format!("; eb_session={}", s.token));
    }
    app.request("GET", path, &[("Cookie", &cookie)], "").await
}

fn untranslated(en: &str, es: &str) -> Vec<String> {
    let english = texts(en);
    let mut same: Vec<String> = texts(es)
        .into_iter()
        .filter(|t| has_words(t) && english.contains(t))
        .collect();
    same.dedup();
    same
}

/// The person's own note on the diary entry every page test keeps.
const NOTE: &str = "después de llevar a los niños al cole";

/// A signed-up person with one diary entry, and every page with whom to
/// see it (a visitor's pages, then the person's own).
async fn every_page(app: &TestApp, email: &str) -> (Session, Vec<(String, bool)>) {
    let s = app.sign_up(email).await;
    // something in the diary, so its lists and tables show
    let mut spasm = entry(6);
    spasm["notes"] = NOTE.into();
    let r = app.json("POST", "/api/v1/diary", Some(&s), &spasm).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.json()["id"].as_str().expect("id").to_string();
    let visitor = [
        "/",
        "/check",
        "/about",
        "/quick",
        "/quick/long_sitting",
        "/exercises",
        "/routine",
        "/session",
        "/session?step=2",
        "/tightenings",
        "/offline",
        "/signin",
        "/signup",
        "/no-such-page",
    ];
    let member = [
        format!("/diary/{id}/edit"),
        format!("/diary/{id}/delete"),
        "/diary".into(),
        "/diary/day".into(),
        "/insights".into(),
        "/report".into(),
        "/settings".into(),
        "/account".into(),
    ];
    let pages = visitor
        .iter()
        .map(|p| (p.to_string(), false))
        .chain(member.into_iter().map(|p| (p, true)))
        .collect();
    (s, pages)
}

#[tokio::test]
async fn every_page_in_spanish_leaves_no_english_behind() {
    let app = spawn_app().await;
    let (s, pages) = every_page(&app, "es@example.test").await;
    let mut found = Vec::new();
    for (path, member) in &pages {
        let (path, who) = (path.as_str(), member.then_some(&s));
        let (en, es) = (
            page(&app, path, "en", who).await,
            page(&app, path, "es", who).await,
        );
        assert_eq!(en.status, es.status, "{path}");
        assert!(
            es.body.contains("<html lang=\"es\">"),
            "{path}: {}",
            &es.body[..es.body.len().min(300)]
        );
        assert_eq!(es.header("content-language"), "es", "{path}");
        // (the person's own note is the same in any language)
        for t in untranslated(&en.body, &es.body) {
            if t != NOTE {
                found.push(format!("{path}: {t:?}"));
            }
        }
    }
    // the card and the questions after a check
    let check = |lang: &'static str| {
        let app = &app;
        async move {
            let cookie = format!("eb_lang={lang}");
            let headers = [
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Cookie", cookie.as_str()),
            ];
            let card = app
                .request_followed("POST", "/check", &headers, "text=&finding=fever&region=es")
                .await;
            let questions = app
                .request_followed("POST", "/check", &headers, "text=me+duele&region=mx")
                .await;
            (card.body, questions.body)
        }
    };
    let ((card_en, questions_en), (card_es, questions_es)) = (check("en").await, check("es").await);
    for t in untranslated(&card_en, &card_es)
        .into_iter()
        .chain(untranslated(&questions_en, &questions_es))
    {
        found.push(format!("check: {t:?}"));
    }
    assert!(
        card_es.contains("Fiebre") && card_es.contains("tel:112"),
        "{card_es}"
    );
    assert!(
        found.is_empty(),
        "English left on Spanish pages:\n{}",
        found.join("\n")
    );
}

#[tokio::test]
async fn the_language_follows_the_browser_then_the_switch_remembers_a_choice() {
    let app = spawn_app().await;
    let r = app
        .request(
            "GET",
            "/",
            &[("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")],
            "",
        )
        .await;
    assert!(r.body.contains("<html lang=\"es\">"));
    assert!(
        r.body.contains("hreflang=\"en\""),
        "a switch to English on every page"
    );
    let r = app
        .request("GET", "/", &[("Accept-Language", "en-GB")], "")
        .await;
    assert!(r.body.contains("<html lang=\"en\">") && r.body.contains("hreflang=\"es\""));
    // the switch: a cookie for the next visit, whatever the browser says
    let r = app
        .request("GET", "/check?lang=es", &[("Accept-Language", "en-GB")], "")
        .await;
    assert!(r.body.contains("<html lang=\"es\">"));
    let cookie = r
        .set_cookies
        .iter()
        .find(|c| c.starts_with("eb_lang=es"))
        .expect("remembered");
    assert!(
        cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    let r = app
        .request(
            "GET",
            "/",
            &[("Accept-Language", "en-GB"), ("Cookie", "eb_lang=es")],
            "",
        )
        .await;
    assert!(r.body.contains("<html lang=\"es\">"));
}

#[tokio::test]
async fn a_signed_in_persons_language_is_saved_and_follows_them_to_a_new_device() {
    let app = spawn_app().await;
    let s = app.sign_up("lengua@example.org").await;
    let session = format!("eb_session={}", s.token);
    let sign_in_elsewhere = || async {
        // a new device: no language cookie, an English browser
        let r = app
            .request(
                "POST",
                "/signin",
                &[
                    ("Content-Type", "application/x-www-form-urlencoded"),
                    ("Accept-Language", "en-GB"),
                ],
                "email=lengua%40example.org&password=a+long+pass+phrase",
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        r.set_cookies
            .iter()
            .find(|c| c.starts_with("eb_lang="))
            .map(|c| c.split(';').next().unwrap_or_default().to_string())
    };
    assert_eq!(sign_in_elsewhere().await, None, "nothing chosen yet");
    let r = app
        .request("GET", "/diary?lang=es", &[("Cookie", &session)], "")
        .await;
    assert!(r.body.contains("<html lang=\"es\">"));
    assert_eq!(sign_in_elsewhere().await.as_deref(), Some("eb_lang=es"));
    app.request("GET", "/settings?lang=en", &[("Cookie", &session)], "")
        .await;
    assert_eq!(sign_in_elsewhere().await.as_deref(), Some("eb_lang=en"));
    // the settings saved on the form keep the language beside them
    let body = format!("csrf={}&region=mx&due_date=&care_team=", s.csrf);
    let r = app.post_form("/settings", &s, &body).await;
    assert!(r.body.contains("Saved."), "{}", r.body);
    assert_eq!(sign_in_elsewhere().await.as_deref(), Some("eb_lang=en"));
}

#[tokio::test]
async fn refusals_are_said_in_the_language_asked_for() {
    let app = spawn_app().await;
    let bad_region =
        serde_json::json!({"text": "me duele la espalda", "region": "atlantis"}).to_string();
    let ask = |lang: &'static str| {
        let body = bad_region.clone();
        let app = &app;
        async move {
            app.request(
                "POST",
                "/api/v1/triage",
                &[
                    ("Content-Type", "application/json"),
                    ("Accept-Language", lang),
                ],
                &body,
            )
            .await
        }
    };
    let en = ask("en-GB").await;
    let es = ask("es-MX,es;q=0.9").await;
    assert_eq!((en.status, es.status), (422, 422));
    assert_eq!(en.json()["field"], es.json()["field"], "the field is an id");
    let (en, es) = (
        en.json()["error"].to_string(),
        es.json()["error"].to_string(),
    );
    assert!(en.contains("unknown region 'atlantis'"), "{en}");
    assert!(es.contains("región desconocida 'atlantis'"), "{es}");

    // a form refused on a page, in the page's language, what was typed kept
    let s = app.sign_up("rechazo@example.org").await;
    let session = format!("eb_session={}; eb_lang=es", s.token);
    let r = app
        .request(
            "POST",
            "/settings",
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Cookie", &session),
            ],
            &format!("csrf={}&region=&due_date=&care_team=0161+55x", s.csrf),
        )
        .await;
    assert!(
        r.body.contains("no puede ir en un número de teléfono"),
        "{}",
        r.body
    );
    assert!(r.body.contains("0161 55x"), "what was typed is kept");
    assert!(
        !r.body.contains("cannot be in a phone number"),
        "{}",
        r.body
    );
}

/// Every word of the knowledge base in English, and of the core's own
/// Fluent messages (`locales/en/core.ftl`: the diary's levels, the report's
/// lines, which the core says through the built-in texts and its own tests
/// check): what a page may show that the pages' pseudo-locale does not
/// reach.
fn content_words() -> std::collections::HashSet<String> {
    let json = serde_json::to_value(easeback_core::Content::builtin()).expect("content");
    let mut words = std::collections::HashSet::new();
    for (lang, file, text) in easeback_core::lang::LOCALE_FILES {
        if *lang == easeback_core::Lang::En && file.ends_with("core.ftl") {
            words.extend(
                text.split(|c: char| !c.is_alphanumeric())
                    .map(str::to_lowercase),
            );
        }
    }
    let mut stack = vec![&json];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::String(s) => words.extend(
                s.split(|c: char| !c.is_alphanumeric())
                    .map(str::to_lowercase),
            ),
            serde_json::Value::Array(a) => stack.extend(a),
            serde_json::Value::Object(o) => stack.extend(o.values()),
            _ => {}
        }
    }
    words
}

/// The pseudo-locale run: every message of `locales/` turned into accented
/// look-alikes, every page rendered, and any plain English word left that
/// is neither the knowledge base's nor the person's own was written into a
/// template or a handler instead of going through Fluent.
#[tokio::test]
async fn the_pseudo_locale_leaves_no_hard_coded_english_on_any_page() {
    static PSEUDO: std::sync::OnceLock<easeback_core::lang::Texts> = std::sync::OnceLock::new();
    let pseudo = PSEUDO.get_or_init(|| {
        easeback_core::lang::Texts::new(Some(|s| fluent_pseudo::transform(s, false, false)))
            .expect("locales parse")
    });
    let app = spawn_app_with_texts(pseudo).await;
    let (s, pages) = every_page(&app, "pseudo@example.test").await;
    let known = content_words();
    let mut found = Vec::new();
    for (path, member) in &pages {
        let r = app.get(path, member.then_some(&s)).await;
        assert!(r.status < 500, "{path}: {}", r.status);
        for t in texts(&r.body) {
            if t == NOTE {
                continue;
            }
            let plain: Vec<&str> = t
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| has_words(w) && !known.contains(&w.to_lowercase()))
                .collect();
            if !plain.is_empty() {
                found.push(format!("{path}: {plain:?} in {t:?}"));
            }
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "words not from Fluent or the knowledge base:\n{}",
        found.join("\n")
    );
}
