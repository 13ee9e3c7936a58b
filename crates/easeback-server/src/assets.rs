//! The static files the pages use, built into the binary: the stylesheet,
//! the scripts, the icons, the web app manifest and the service worker.
//! Each is served with an ETag (revalidated, so a new build is picked up at
//! once) and compressed when the browser asks (see `compression.rs`); the service worker
//! carries a version made from all of them, so a build that changes any
//! file replaces what the worker cached.

use crate::AppState;
use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

/// One file: where it is served, its type and its bytes.
struct Asset {
    path: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        path: "/assets/style.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../assets/style.css"),
    },
    Asset {
        path: "/assets/site.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../assets/site.js"),
    },
    Asset {
        path: "/assets/tz.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../assets/tz.js"),
    },
    Asset {
        path: "/assets/session.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../assets/session.js"),
    },
    Asset {
        path: "/assets/tightenings.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../assets/tightenings.js"),
    },
    Asset {
        path: "/assets/reminders.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../assets/reminders.js"),
    },
    Asset {
        path: "/assets/icon.svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../assets/icon.svg"),
    },
    Asset {
        path: "/assets/icon-192.png",
        content_type: "image/png",
        body: include_bytes!("../assets/icon-192.png"),
    },
    Asset {
        path: "/assets/icon-512.png",
        content_type: "image/png",
        body: include_bytes!("../assets/icon-512.png"),
    },
    Asset {
        path: "/assets/exercises.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../assets/exercises.js"),
    },
    Asset {
        path: "/manifest.webmanifest",
        content_type: "application/manifest+json",
        body: include_bytes!("../assets/manifest.webmanifest"),
    },
];

const SERVICE_WORKER: &str = include_str!("../assets/sw.js");

/// The line drawing for each exercise (by content id), drawn in the project
/// in the page's own colour (`currentColor`), put inline in the page.
const FIGURES: &[(&str, &str)] = &[
    (
        "pelvic_tilt",
        include_str!("../assets/exercises/pelvic_tilt.svg"),
    ),
    ("cat_cow", include_str!("../assets/exercises/cat_cow.svg")),
    (
        "hip_flexor_release",
        include_str!("../assets/exercises/hip_flexor_release.svg"),
    ),
    (
        "side_plank_knees",
        include_str!("../assets/exercises/side_plank_knees.svg"),
    ),
    (
        "bridge_hold",
        include_str!("../assets/exercises/bridge_hold.svg"),
    ),
    (
        "bird_dog_taps",
        include_str!("../assets/exercises/bird_dog_taps.svg"),
    ),
];

/// The drawing of exercise `id`, if it has one.
pub fn figure(id: &str) -> Option<&'static str> {
    FIGURES.iter().find(|(k, _)| *k == id).map(|(_, svg)| *svg)
}

/// A short digest of some bytes, for ETags and the worker's version.
fn digest(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p);
    }
    hex::encode(&h.finalize()[..8])
}

/// The service worker with its version filled in: a digest of every asset,
/// the worker itself and this build's version, so any change makes browsers
/// install the new worker and drop the old cache.
static WORKER: LazyLock<String> = LazyLock::new(|| {
    let mut parts: Vec<&[u8]> = ASSETS.iter().map(|a| a.body).collect();
    parts.push(SERVICE_WORKER.as_bytes());
    parts.push(env!("CARGO_PKG_VERSION").as_bytes());
    SERVICE_WORKER.replace("__VERSION__", &digest(&parts))
});

/// The worker's ETag, worked out once like the other files'.
static WORKER_ETAG: LazyLock<String> =
    LazyLock::new(|| format!("\"{}\"", digest(&[WORKER.as_bytes()])));

/// Every asset as a route, and the worker at the root so its scope is the
/// whole site.
pub fn routes() -> Router<AppState> {
    let mut router = Router::new();
    for a in ASSETS {
        let etag = format!("\"{}\"", digest(&[a.body]));
        router = router.route(
            a.path,
            routing::get(move |headers: HeaderMap| async move {
                respond(&headers, a.content_type, &etag, a.body)
            }),
        );
    }
    router.route(
        "/sw.js",
        routing::get(|headers: HeaderMap| async move {
            respond(
                &headers,
                "text/javascript; charset=utf-8",
                &WORKER_ETAG,
                WORKER.as_bytes(),
            )
        }),
    )
}

/// The file, or 304 when the browser's copy is this one.
fn respond(headers: &HeaderMap, content_type: &str, etag: &str, body: &'static [u8]) -> Response {
    let cached = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let mut res = if cached {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        body.into_response()
    };
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(etag) {
        h.insert(header::ETAG, v);
    }
    // kept, but asked about again each time: a new build shows at once
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_exercise_has_a_drawing() {
        for e in &easeback_core::Content::builtin().exercises {
            let svg = super::figure(&e.id).unwrap_or_else(|| panic!("{} has no drawing", e.id));
            assert!(
                svg.starts_with("<svg") && svg.contains("currentColor"),
                "{}",
                e.id
            );
        }
    }
}
