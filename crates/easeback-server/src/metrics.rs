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
        }
    }

    fn key(name: &'static str, labels: Vec<Label>) -> Key {
        Key::from_parts(name, labels)
    }

    /// A request answered.
    pub fn request(&self, route: &str, method: &str, status: u16, seconds: f64) {
        let labels = || {
            vec![
                Label::new("route", route.to_string()),
                Label::new("method", method.to_string()),
            ]
        };
        let mut with_status = labels();
        with_status.push(Label::new("status", status.to_string()));
        self.recorder
            .register_counter(&Self::key(REQUESTS, with_status), &META)
            .increment(1);
        self.recorder
            .register_histogram(&Self::key(LATENCY, labels()), &META)
            .record(seconds);
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
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |m| m.as_str().to_string());
    let res = next.run(req).await;
    metrics.request(
        &route,
        method.as_str(),
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
