//! Security plumbing: response headers on every answer (HSTS too when
//! served behind TLS, i.e. with secure cookies), the CSRF check
//! (same-origin via Origin / Sec-Fetch-Site, plus the session's token for
//! signed-in requests), and a small in-memory rate limiter for sign-in
//! attempts per account and per address.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

/// Add the security headers; personal pages and API answers are not cached.
pub async fn headers(State(behind_tls): State<bool>, req: Request, next: Next) -> Response {
    let is_asset = req.uri().path().starts_with("/assets/");
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if behind_tls {
        // two years; this host only (sibling subdomains are not ours to
        // force onto HTTPS)
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000"),
        );
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    let cache = if is_asset {
        "public, max-age=3600"
    } else {
        "no-store"
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    res
}

/// Is this state-changing request from our own pages (or a non-browser
/// client)? Cross-site browser requests are refused.
pub fn same_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return false;
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let host = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let origin_host = origin.split("://").nth(1).unwrap_or("");
        if origin == "null" || origin_host != host {
            return false;
        }
    }
    true
}

/// Compare secrets in constant time.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Attempts per key in a sliding window, in fixed memory whatever the keys:
/// each key is kept as a 64-bit keyed hash (a 250 KiB "email" costs what a
/// short one does), each key's list holds at most `max` times, and the
/// table holds at most [`RateLimiter::MAX_KEYS`] keys: when it is full,
/// the keys whose window has passed go, and if that frees nothing, a tenth
/// of the table does (an attacker who could fill it from thousands of
/// addresses could reset some counts — not use unbounded memory).
pub struct RateLimiter {
    max: usize,
    window: Duration,
    hasher: RandomState,
    hits: Mutex<HashMap<u64, Vec<Instant>>>,
}

impl RateLimiter {
    /// Most keys held at once: ~100 bytes each at the most.
    pub const MAX_KEYS: usize = 100_000;

    pub fn new(max: usize, window: Duration) -> RateLimiter {
        RateLimiter {
            max,
            window,
            hasher: RandomState::new(),
            hits: Mutex::new(HashMap::new()),
        }
    }

    /// Record an attempt for `key`; false when it is over the limit.
    pub fn allow(&self, key: &str) -> bool {
        let now = Instant::now();
        let key = self.hasher.hash_one(key);
        let Ok(mut hits) = self.hits.lock() else {
            return false;
        };
        if hits.len() >= Self::MAX_KEYS && !hits.contains_key(&key) {
            hits.retain(|_, v| {
                v.last()
                    .is_some_and(|t| now.duration_since(*t) < self.window)
            });
            if hits.len() >= Self::MAX_KEYS {
                let drop: Vec<u64> = hits.keys().take(Self::MAX_KEYS / 10).copied().collect();
                for k in drop {
                    hits.remove(&k);
                }
            }
        }
        let list = hits.entry(key).or_default();
        list.retain(|t| now.duration_since(*t) < self.window);
        if list.len() >= self.max {
            return false;
        }
        list.push(now);
        true
    }

    /// Attempts recorded for `key` within the window, without recording one.
    pub fn count(&self, key: &str) -> usize {
        let now = Instant::now();
        let key = self.hasher.hash_one(key);
        self.hits.lock().map_or(usize::MAX, |hits| {
            hits.get(&key).map_or(0, |v| {
                v.iter()
                    .filter(|t| now.duration_since(**t) < self.window)
                    .count()
            })
        })
    }

    /// When `key`'s latest attempt within the window was.
    pub fn last(&self, key: &str) -> Option<Instant> {
        let now = Instant::now();
        let key = self.hasher.hash_one(key);
        let hits = self.hits.lock().ok()?;
        hits.get(&key)?
            .last()
            .copied()
            .filter(|t| now.duration_since(*t) < self.window)
    }

    /// Has `key` reached the limit within the window?
    pub fn over(&self, key: &str) -> bool {
        self.count(key) >= self.max
    }

    /// Record an attempt for `key` whatever the count (a failure, where
    /// only failures are counted).
    pub fn record(&self, key: &str) {
        // the count is what matters; a full window refuses nothing here
        let _ = self.allow(key);
    }

    /// Forget `key`'s attempts (after a success).
    pub fn clear(&self, key: &str) {
        let key = self.hasher.hash_one(key);
        if let Ok(mut hits) = self.hits.lock() {
            hits.remove(&key);
        }
    }

    /// Keys held now (for tests and metrics).
    pub fn keys(&self) -> usize {
        self.hits.lock().map_or(0, |h| h.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limiter_holds_a_bounded_number_of_keys_whatever_they_are() {
        let l = RateLimiter::new(3, Duration::from_secs(60));
        let long = "x".repeat(4096);
        for i in 0..(RateLimiter::MAX_KEYS + 5_000) {
            assert!(l.allow(&format!("{i}{long}")), "a new key is allowed");
        }
        assert!(l.keys() <= RateLimiter::MAX_KEYS, "{} keys", l.keys());
        // a key seen since the table last made room is still counted
        let k = "someone@example.test";
        assert!(l.allow(k) && l.allow(k) && l.allow(k));
        assert!(!l.allow(k), "the fourth attempt in the window is refused");
    }

    #[test]
    fn limiter_blocks_after_max_in_window() {
        let l = RateLimiter::new(2, Duration::from_secs(60));
        assert!(l.allow("a") && l.allow("a"));
        assert!(!l.allow("a"));
        assert!(l.allow("b"));
    }

    #[test]
    fn cross_site_requests_are_refused() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("localhost:8080"));
        assert!(same_origin(&h), "no browser headers: a script or curl");
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://localhost:8080"),
        );
        assert!(same_origin(&h));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        assert!(!same_origin(&h));
        let mut h2 = HeaderMap::new();
        h2.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(!same_origin(&h2));
    }

    #[test]
    fn secrets_compare_exactly() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}
