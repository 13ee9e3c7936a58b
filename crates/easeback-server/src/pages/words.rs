//! The pages' language and words. A middleware picks the visitor's language
//! once per request — a `?lang=` switch (remembered in a cookie, and saved
//! in a signed-in person's profile), the cookie, the browser's
//! `Accept-Language`, else English — and everything a page says inside that
//! request is looked up in it: Fluent messages from `locales/` through
//! [`t`], the knowledge base through [`content`]. Signing in sets the cookie
//! from the profile, so the language follows the person to a new device.

use crate::AppState;
use crate::auth::{MaybeUser, SignedIn, cookie, has_session_cookie};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use easeback_core::lang::FluentArgs;
use easeback_core::{Content, Lang};
use easeback_store::Store;

const LANG_COOKIE: &str = "eb_lang";

// the request's language, chosen by the middlewares below
use crate::request_lang::current as page;
pub(crate) use crate::request_lang::lang;

/// The pages' scripts' words in the page's language, as JSON.
pub(crate) fn script_words() -> &'static str {
    let (lang, texts) = page();
    texts.script_words(lang)
}

/// Fluent message `id` in the page's language.
pub(crate) fn t(id: &str) -> String {
    let (lang, texts) = page();
    texts.get(lang, id)
}

/// Fluent message `id` with its variables, in the page's language.
pub(crate) fn t_with(id: &str, args: &[(&str, &str)]) -> String {
    let (lang, texts) = page();
    texts.with(lang, id, args)
}

/// Fluent message `id` with variables of any kind (numbers choose plural
/// forms), in the page's language.
pub(crate) fn t_args(id: &str, args: &FluentArgs<'_>) -> String {
    let (lang, texts) = page();
    texts.with_args(lang, id, args)
}

/// Fluent message `id` with one number, which chooses the plural form.
pub(crate) fn t_count(id: &str, name: &str, n: i64) -> String {
    let mut args = FluentArgs::new();
    args.set(name, n);
    t_args(id, &args)
}

/// The knowledge base in the page's language.
pub(crate) fn content(st: &AppState) -> &'static Content {
    st.content_in(lang())
}

/// The language a request asks for: `?lang=`, then the cookie, then the
/// browser's languages; and whether the switch was just used.
fn requested(req: &Request) -> (Lang, bool) {
    let switched = req
        .uri()
        .query()
        .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("lang=")))
        .and_then(Lang::from_tag);
    if let Some(lang) = switched {
        return (lang, true);
    }
    let saved = cookie(req.headers(), LANG_COOKIE).and_then(Lang::from_tag);
    let browser = || {
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Lang::from_accept_language)
    };
    (saved.or_else(browser).unwrap_or_default(), false)
}

/// Middleware over the pages: answer the request in its language, say
/// which (`Content-Language`), and remember a switch for the next visit —
/// in the signed-in person's profile too.
pub(crate) async fn in_language(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let (lang, switched) = requested(&req);
    let req = if switched && has_session_cookie(req.headers()) {
        let (mut parts, body) = req.into_parts();
        if let Ok(MaybeUser(Some(who))) = MaybeUser::from_request_parts(&mut parts, &st).await {
            save_language(&st, &who, lang).await;
        }
        Request::from_parts(parts, body)
    } else {
        req
    };
    let mut res = crate::request_lang::scope(lang, st.texts, next.run(req)).await;
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.tag()),
    );
    if switched && let Ok(v) = HeaderValue::from_str(&language_cookie(lang, st.secure_cookies)) {
        headers.append(header::SET_COOKIE, v);
    }
    res
}

/// Middleware over the JSON API: its error messages are said in the
/// language the request asks for (`?lang=`, the cookie a page's script
/// sends, `Accept-Language`), English by default. Nothing is remembered.
pub(crate) async fn in_request_language(
    State(st): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let (lang, _) = requested(&req);
    crate::request_lang::scope(lang, st.texts, next.run(req)).await
}

/// The `Set-Cookie` value that remembers `lang` for a year.
fn language_cookie(lang: Lang, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
        lang.tag()
    )
}

/// The language a profile's preferences (a JSON object) name, if any.
fn saved_in(preferences: &str) -> Option<Lang> {
    let prefs: serde_json::Value = serde_json::from_str(preferences).ok()?;
    prefs.get("lang")?.as_str().and_then(Lang::from_tag)
}

/// The preferences with `lang` set, every other preference kept (a
/// preferences text that is not a JSON object starts a new one).
fn with_language(preferences: &str, lang: Lang) -> String {
    let mut prefs: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(preferences).unwrap_or_default();
    prefs.insert("lang".into(), lang.tag().into());
    serde_json::Value::Object(prefs).to_string()
}

/// Keep `lang` in the person's profile. A store that cannot be reached
/// does not stop the page: the cookie still remembers the choice here.
async fn save_language(st: &AppState, who: &SignedIn, lang: Lang) {
    let saved = match st.store.profile(&who.user).await {
        Ok(p) if saved_in(&p.preferences) == Some(lang) => return,
        Ok(p) => {
            st.store
                .set_profile(
                    &who.user,
                    &easeback_store::Profile {
                        preferences: with_language(&p.preferences, lang),
                        ..p
                    },
                    jiff::Timestamp::now(),
                )
                .await
        }
        Err(e) => Err(e),
    };
    if let Err(e) = saved {
        tracing::warn!(error = %e, "the language chosen could not be kept in the profile");
    }
}

/// After a sign-in: the cookie carrying the language the person saved, if
/// they saved one.
pub(crate) async fn saved_language_cookie(
    st: &AppState,
    user: &easeback_store::UserId,
) -> Option<HeaderValue> {
    let profile = st.store.profile(user).await.ok()?;
    let lang = saved_in(&profile.preferences)?;
    HeaderValue::from_str(&language_cookie(lang, st.secure_cookies)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_kept_beside_the_other_preferences() {
        let prefs = with_language(r#"{"reminders":"08:00"}"#, Lang::Es);
        assert_eq!(saved_in(&prefs), Some(Lang::Es));
        assert!(prefs.contains(r#""reminders":"08:00""#), "{prefs}");
        assert_eq!(saved_in(&with_language(&prefs, Lang::En)), Some(Lang::En));
        assert_eq!(saved_in("{}"), None);
        assert_eq!(saved_in("not json"), None);
        assert_eq!(
            saved_in(&with_language("not json", Lang::Es)),
            Some(Lang::Es)
        );
    }
}
