//! Gzip for what a browser downloads, except pages and JSON answered to a
//! signed-in request. Those can carry the session's form token next to text
//! the person or a link put there; compressing both together lets someone
//! who can watch the encrypted sizes guess the token a byte at a time
//! (BREACH). Static files carry no secret, nor does anything answered to a
//! request without a session, so they — the stylesheet and scripts, the
//! guidance pages the service worker stores, the check for a visitor — are
//! compressed.

use axum::extract::Request;
use axum::http::{Response, header};
use axum::middleware::Next;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};
use tower_http::compression::{CompressionLayer, CompressionLevel};

/// Set on the answer to a request that came with a session cookie.
#[derive(Clone, Copy)]
struct SignedInRequest;

/// Marks pages and JSON answered to signed-in requests, for [`layer`] to
/// leave alone.
pub async fn mark_signed_in(req: Request, next: Next) -> axum::response::Response {
    let signed_in = crate::auth::has_session_cookie(req.headers());
    let mut res = next.run(req).await;
    let may_hold_a_token = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|t| t.starts_with("text/html") || t.starts_with("application/json"));
    if signed_in && may_hold_a_token {
        res.extensions_mut().insert(SignedInRequest);
    }
    res
}

#[derive(Clone, Copy)]
pub struct NotSignedIn;

impl Predicate for NotSignedIn {
    fn should_compress<B>(&self, response: &Response<B>) -> bool
    where
        B: http_body::Body,
    {
        response.extensions().get::<SignedInRequest>().is_none()
    }
}

/// Gzip (the usual level: most of the saving for little work) for answers
/// that are worth it and carry no secret.
pub fn layer()
-> CompressionLayer<tower_http::compression::predicate::And<DefaultPredicate, NotSignedIn>> {
    CompressionLayer::new()
        .quality(CompressionLevel::Default)
        .compress_when(DefaultPredicate::new().and(NotSignedIn))
}
