//! Prometheus metrics, served as text at `GET /metrics`: requests and their
//! latency by route pattern, method and status; the database's connections
//! in use and its write batches; throttle refusals; the symptom check's
//! dispositions. Labels are route patterns (`/api/v1/diary/{id}`), methods,
//! statuses, throttle names and dispositions only — never an address, an
//! email, a note or anything typed.
//!
//! Each app has a recorder of its own rather than the process-wide one, so
//! two apps in one process (the tests run dozens) count apart.

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use easeback_store::StoreUse;
use metrics::{Key, Label, Level, Metadata, Recorder, Unit};
use metrics_exporter_prometheus::{
    Matcher, PrometheusBuilder, PrometheusHandle, PrometheusRecorder,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

const REQUESTS: &str = "easeback_http_requests_total";
const LATENCY: &str = "easeback_http_request_duration_seconds";
const DB_CONNECTIONS: &str = "easeback_db_connections";
const DB_BATCHES: &str = "easeback_db_write_batches_total";
const DB_WRITES: &str = "easeback_db_writes_total";
const REFUSED: &str = "easeback_throttle_refusals_total";
const CHECKS: &str = "easeback_checks_total";

/// Latency buckets, in seconds: from a cached file to a slow report.
const BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// Requests between two upkeeps of the latency histograms: their samples
/// wait in a queue until drained, and nobody may ever scrape.
const UPKEEP_EVERY: u64 = 4096;

const META: Metadata<'static> = Metadata::new(module_path!(), Level::INFO, None);

/// One app's metrics.
pub struct Metrics {
    recorder: PrometheusRecorder,
    handle: PrometheusHandle,
    requests: AtomicU64,
    /// Tells this app's handles apart in the per-thread cache.
    id: u64,
}

/// A route's counter and latency histogram for one method and status.
type Handles = (metrics::Counter, metrics::Histogram);
/// route pattern → (method, status) → handles
type RouteHandles = HashMap<Box<str>, HashMap<(&'static str, u16), Handles>>;

thread_local! {
    /// The handles already registered, per app, route, method and status:
    /// registering builds a key of owned labels and looks it up, which cost
    /// more than the rest of a small request; a hit here allocates nothing.
    static HANDLES: RefCell<HashMap<u64, RouteHandles>> = RefCell::new(HashMap::new());
}

static NEXT_ID: AtomicU64 = AtomicU64::new(0);

/// The method as a label: the standard ones by name, anything else
/// "other", so a client inventing methods cannot add series without end.
fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        _ => "other",
    }
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let builder = PrometheusBuilder::new();
        let recorder = builder
            .set_buckets_for_metric(Matcher::Full(LATENCY.into()), BUCKETS)
            .unwrap_or_else(|_| PrometheusBuilder::new())
            .build_recorder();
        let handle = recorder.handle();
        let describe = |name: &'static str, unit: Option<Unit>, what: &'static str| {
            recorder.describe_counter(name.into(), unit, what.into());
        };
        describe(
            REQUESTS,
            None,
            "Requests answered, by route pattern, method and status",
        );
        describe(
            DB_BATCHES,
            None,
            "Write transactions committed (SQLite groups writes)",
        );
        describe(DB_WRITES, None, "Writes committed in those transactions");
        describe(
            REFUSED,
            None,
            "Attempts refused or slowed by a throttle, by throttle",
        );
        describe(CHECKS, None, "Symptom checks answered, by disposition");
        recorder.describe_histogram(
            LATENCY.into(),
            Some(Unit::Seconds),
            "Time to answer, by route pattern and method".into(),
        );
        recorder.describe_gauge(
            DB_CONNECTIONS.into(),
            None,
            "Database connections open, by state (in_use, idle)".into(),
        );
        Metrics {
            recorder,
            handle,
            requests: AtomicU64::new(0),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    fn key(name: &'static str, labels: Vec<Label>) -> Key {
        Key::from_parts(name, labels)
    }

    /// A request answered.
    pub fn request(&self, route: &str, method: &'static str, status: u16, seconds: f64) {
        let register = || -> Handles {
            let labels = || {
                vec![
                    Label::new("route", route.to_string()),
                    Label::from_static_parts("method", method),
                ]
            };
            let mut with_status = labels();
            with_status.push(Label::new("status", status.to_string()));
            (
                self.recorder
                    .register_counter(&Self::key(REQUESTS, with_status), &META),
                self.recorder
                    .register_histogram(&Self::key(LATENCY, labels()), &META),
            )
        };
        let (counter, histogram) = HANDLES.with(|cache| {
            let mut cache = cache.borrow_mut();
            let routes = cache.entry(self.id).or_default();
            if let Some(h) = routes.get(route).and_then(|by| by.get(&(method, status))) {
                return h.clone();
            }
            let h = register();
            routes
                .entry(route.into())
                .or_default()
                .insert((method, status), h.clone());
            h
        });
        counter.increment(1);
        histogram.record(seconds);
        if self.requests.fetch_add(1, Ordering::Relaxed) % UPKEEP_EVERY == UPKEEP_EVERY - 1 {
            self.handle.run_upkeep();
        }
    }

    /// An attempt refused or slowed by `throttle`.
    pub fn refused(&self, throttle: &'static str) {
        self.recorder
            .register_counter(
                &Self::key(REFUSED, vec![Label::new("throttle", throttle)]),
                &META,
            )
            .increment(1);
    }

    /// A symptom check answered with `disposition`.
    pub fn checked(&self, disposition: &'static str) {
        self.recorder
            .register_counter(
                &Self::key(CHECKS, vec![Label::new("disposition", disposition)]),
                &META,
            )
            .increment(1);
    }

    /// Everything, in Prometheus' text format, with the store's figures now.
    pub fn render(&self, store: StoreUse) -> String {
        let gauge = |state: &'static str| {
            self.recorder.register_gauge(
                &Self::key(DB_CONNECTIONS, vec![Label::new("state", state)]),
                &META,
            )
        };
        #[allow(clippy::cast_precision_loss, reason = "connection counts are small")]
        {
            gauge("in_use").set(store.in_use as f64);
            gauge("idle").set(store.connections.saturating_sub(store.in_use) as f64);
        }
        if let Some((batches, writes)) = store.write_batches {
            self.recorder
                .register_counter(&Self::key(DB_BATCHES, Vec::new()), &META)
                .absolute(batches);
            self.recorder
                .register_counter(&Self::key(DB_WRITES, Vec::new()), &META)
                .absolute(writes);
        }
        self.handle.render()
    }
}

/// Count every answer, with its route pattern (`unmatched` for an address
/// no route has) and how long it took.
pub async fn track(State(metrics): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = method_label(req.method());
    // (the route pattern is shared, not copied: `MatchedPath` holds an Arc)
    let route = req.extensions().get::<MatchedPath>().cloned();
    let res = next.run(req).await;
    metrics.request(
        route.as_ref().map_or("unmatched", MatchedPath::as_str),
        method,
        res.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    res
}

/// `GET /metrics`.
pub async fn scrape(State(st): State<AppState>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        st.metrics.render(st.store.usage()),
    )
        .into_response()
}
