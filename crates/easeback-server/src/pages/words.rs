//! The pages' language and words. A middleware picks the visitor's language
//! once per request — a `?lang=` switch (remembered in a cookie), the
//! cookie, the browser's `Accept-Language`, else English — and everything
//! a page says inside that request is looked up in it: Fluent messages from
//! `locales/` through [`t`], the knowledge base through [`content`].

use crate::AppState;
use crate::auth::cookie;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use easeback_core::lang::{FluentArgs, Texts};
use easeback_core::{Content, Lang};

const LANG_COOKIE: &str = "eb_lang";

tokio::task_local! {
    /// The language and texts of the request being answered.
    static PAGE: (Lang, &'static Texts);
}

/// The language of the page being rendered (English outside a request).
pub(crate) fn lang() -> Lang {
    page().0
}

/// The page's language and texts (English and the built-in texts outside
/// a request).
fn page() -> (Lang, &'static Texts) {
    PAGE.try_with(|p| *p)
        .unwrap_or_else(|_| (Lang::En, Texts::builtin()))
}

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
/// which (`Content-Language`), and remember a switch for the next visit.
pub(crate) async fn in_language(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let (lang, switched) = requested(&req);
    let mut res = PAGE.scope((lang, st.texts), next.run(req)).await;
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.tag()),
    );
    if switched {
        let secure = if st.secure_cookies { "; Secure" } else { "" };
        let set = format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
            lang.tag()
        );
        if let Ok(v) = HeaderValue::from_str(&set) {
            headers.append(header::SET_COOKIE, v);
        }
    }
    res
}
