//! The language of the request being answered. A middleware chooses it once
//! (the pages' and the API's, in `pages/words.rs`) and runs the request
//! inside [`scope`]; whatever says words inside it reads it here — the
//! pages' Fluent lookups and `ApiError`'s messages.

use easeback_core::Lang;
use easeback_core::lang::Texts;
use std::future::Future;

tokio::task_local! {
    /// The language and texts of the request being answered.
    static REQUEST: (Lang, &'static Texts);
}

/// Run `f` as a request in `lang`.
pub(crate) async fn scope<F: Future>(lang: Lang, texts: &'static Texts, f: F) -> F::Output {
    REQUEST.scope((lang, texts), f).await
}

/// The request's language and texts (English and the built-in texts
/// outside a request).
pub(crate) fn current() -> (Lang, &'static Texts) {
    REQUEST
        .try_with(|p| *p)
        .unwrap_or_else(|_| (Lang::En, Texts::builtin()))
}

/// The request's language (English outside a request).
pub(crate) fn lang() -> Lang {
    current().0
}
