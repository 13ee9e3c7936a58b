//! Easeback's web app and JSON API: server-rendered pages (askama), the
//! `/api/v1` JSON API with its OpenAPI document, health checks, embedded
//! assets, and the security layer (headers, CSRF, sessions, rate limits).
//! [`app`] builds the router from an [`AppState`]; [`serve`] runs it.

pub mod api;
pub(crate) mod assets;
pub mod audit;
pub mod auth;
mod compression;
pub mod error;
pub mod kept;
pub mod listen;
pub mod metrics;
mod pages;
mod passwords;
mod request_lang;
pub mod security;
pub mod throttle;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::{Router, middleware, routing};
use easeback_core::Content;
use easeback_core::intake::Intake;
use easeback_store::{AnyStore, Store};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

/// Largest request body accepted (a long description fits easily).
pub const BODY_LIMIT: usize = 256 * 1024 + 4096;

/// Longest a request may take in all; the database's own timeouts (5 s)
/// come first, so this only catches the unforeseen.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Longest a client may take to send its body (a stalled upload otherwise
/// holds a connection open for good).
pub const BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// How long (minutes after the last write) and how much (rows, MiB) of one
/// kind of short-lived value is kept.
const fn kept_budget(minutes: i64, rows: u64, mib: u64) -> easeback_store::KeptBudget {
    easeback_store::KeptBudget {
        kept_for: jiff::SignedDuration::from_mins(minutes),
        rows,
        bytes: mib << 20,
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: AnyStore,
    pub content: &'static Content,
    pub intake: &'static Intake,
    /// The pages' words per language (`locales/`); tests may give a
    /// pseudo-locale.
    pub texts: &'static easeback_core::lang::Texts,
    /// The first pause before a sign-in to an account with many wrong
    /// passwords (doubling after; shortened in tests).
    pub sign_in_pause_unit: Duration,
    /// Mark cookies `Secure` (behind TLS).
    pub secure_cookies: bool,
    /// Reverse proxies whose `X-Forwarded-For` is believed; without them
    /// every client behind a proxy would count as the proxy's address.
    pub trusted_proxies: Arc<[IpAddr]>,
    /// Checks answered lately, kept a short time for their addresses.
    pub checks: Arc<kept::Kept<kept::Given>>,
    /// Diary entries deleted a moment ago, for "Undo".
    pub(crate) deleted: Arc<kept::Kept<pages::Deleted>>,
    /// Relief sessions in progress in a browser.
    pub(crate) sessions: Arc<kept::Kept<pages::WebSession>>,
    /// What `/metrics` shows.
    pub metrics: Arc<metrics::Metrics>,
}

impl AppState {
    pub fn new(store: AnyStore, secure_cookies: bool) -> AppState {
        AppState {
            store,
            content: Content::builtin(),
            intake: Intake::builtin(),
            texts: easeback_core::lang::Texts::builtin(),
            sign_in_pause_unit: Duration::from_secs(1),
            secure_cookies,
            trusted_proxies: Arc::from([]),
            checks: Arc::new(kept::Kept::new("check", kept_budget(60, 20_000, 64))),
            deleted: Arc::new(kept::Kept::new("undo", kept_budget(10, 10_000, 32))),
            sessions: Arc::new(kept::Kept::new("session", kept_budget(12 * 60, 20_000, 32))),
            metrics: Arc::new(metrics::Metrics::new()),
        }
    }

    /// The same with other page words: a pseudo-locale in tests.
    pub fn with_texts(mut self, texts: &'static easeback_core::lang::Texts) -> AppState {
        self.texts = texts;
        self
    }

    /// The knowledge base in `lang`: this state's own in English (tests may
    /// give it another), the built-in translation otherwise.
    pub fn content_in(&self, lang: easeback_core::Lang) -> &'static Content {
        match lang {
            easeback_core::Lang::En => self.content,
            other => Content::builtin_in(other),
        }
    }

    /// The free-text reader for `lang`: this state's own for English.
    pub fn intake_in(&self, lang: easeback_core::Lang) -> &'static Intake {
        match lang {
            easeback_core::Lang::En => self.intake,
            other => Intake::builtin_in(other),
        }
    }

    /// The same, believing `X-Forwarded-For` from these proxies.
    /// Pauses before slowed sign-ins start at `unit` (tests use a few ms).
    pub fn with_sign_in_pause_unit(mut self, unit: Duration) -> AppState {
        self.sign_in_pause_unit = unit;
        self
    }

    pub fn with_trusted_proxies(mut self, proxies: Vec<IpAddr>) -> AppState {
        self.trusted_proxies = proxies.into();
        self
    }

    /// The client's address, for rate limits (never logged): the peer, or,
    /// when the peer is a trusted proxy, the last address in
    /// `X-Forwarded-For` that is not one of them.
    pub fn client_address(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> String {
        let Some(peer) = peer else {
            return "unknown".to_string();
        };
        if !self.trusted_proxies.contains(&peer) {
            return peer.to_string();
        }
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .collect::<Vec<_>>();
        forwarded
            .into_iter()
            .rev()
            .find(|a| !self.trusted_proxies.contains(a))
            .unwrap_or(peer)
            .to_string()
    }
}

/// The client's address for rate limits (not logged).
pub fn client_ip(st: &AppState, req: &Request) -> String {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    st.client_address(peer, req.headers())
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(st): State<AppState>) -> impl IntoResponse {
    match st.store.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unreachable"),
    }
}

/// Every request traced by method, route pattern, status and latency — the
/// pattern (`/diary/{id}`), never the address itself, so no entry id, query
/// or other personal data reaches the log. Responses log at debug level
/// (`RUST_LOG=easeback_server=debug`), server errors at error level.
fn request_trace() -> tower_http::trace::TraceLayer<
    tower_http::classify::SharedClassifier<tower_http::classify::ServerErrorsAsFailures>,
    fn(&Request) -> tracing::Span,
> {
    fn span(req: &Request) -> tracing::Span {
        let route = req
            .extensions()
            .get::<MatchedPath>()
            .map_or("unmatched", MatchedPath::as_str);
        tracing::info_span!("request", method = %req.method(), route)
    }
    tower_http::trace::TraceLayer::new_for_http()
        .make_span_with(span as fn(&Request) -> tracing::Span)
}

/// The whole app, `/metrics` included.
pub fn app(state: AppState) -> Router {
    app_serving_metrics(state, true)
}

/// The whole app; `/metrics` is left out when it is served on an address
/// of its own ([`metrics_app`]).
pub fn app_serving_metrics(state: AppState, with_metrics: bool) -> Router {
    let mut router = Router::new()
        .route("/healthz", routing::get(healthz))
        .route("/readyz", routing::get(readyz));
    if with_metrics {
        router = router.route("/metrics", routing::get(metrics::scrape));
    }
    router
        .merge(assets::routes())
        .nest(
            "/api/v1",
            api::routes().layer(middleware::from_fn_with_state(
                state.clone(),
                pages::in_request_language,
            )),
        )
        .merge(pages::routes(state.clone()))
        // the mark is set inside, so the compression outside it sees it
        .layer(middleware::from_fn(compression::mark_signed_in))
        .layer(compression::layer())
        .layer(request_trace())
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(RequestBodyTimeoutLayer::new(BODY_TIMEOUT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        // outside the layers that answer by themselves (413 too large, 503
        // too slow), so those carry the headers and are counted too
        .layer(middleware::from_fn_with_state(
            state.secure_cookies,
            security::headers,
        ))
        .layer(middleware::from_fn_with_state(
            state.metrics.clone(),
            metrics::track,
        ))
        .with_state(state)
}

/// `/metrics` alone, for an internal address (`EASEBACK_METRICS_ADDR`).
pub fn metrics_app(state: AppState) -> Router {
    Router::new()
        .route("/metrics", routing::get(metrics::scrape))
        .with_state(state)
}

/// How to serve: where, on which database, and behind what.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub addr: SocketAddr,
    /// A SQLite file path or a PostgreSQL URL.
    pub db: String,
    /// Served behind TLS: `Secure` and `__Host-` cookies, HSTS.
    pub secure_cookies: bool,
    pub trusted_proxies: Vec<IpAddr>,
    /// Serve `/metrics` here instead of on `addr`.
    pub metrics_addr: Option<SocketAddr>,
}

/// Serve until Ctrl-C or SIGTERM, with the default [`listen::Limits`].
pub async fn serve(options: ServeOptions) -> std::io::Result<()> {
    let store = easeback_store::open(&options.db).await.map_err(|e| {
        let shown = easeback_store::redacted(&options.db);
        std::io::Error::other(format!("opening {shown}: {e}"))
    })?;
    let listener = tokio::net::TcpListener::bind(options.addr).await?;
    let local = listener.local_addr()?;
    let metrics_listener = match options.metrics_addr {
        Some(addr) => Some(tokio::net::TcpListener::bind(addr).await?),
        None => None,
    };
    tracing::info!(%local, "serving");
    println!("Easeback is running on http://{local} (Ctrl-C to stop)");
    let state =
        AppState::new(store, options.secure_cookies).with_trusted_proxies(options.trusted_proxies);
    let trusted = state.trusted_proxies.clone();
    let main = listen::serve_on(
        listener,
        app_serving_metrics(state.clone(), metrics_listener.is_none()),
        listen::Limits::default(),
        trusted.clone(),
        listen::stop_signal(),
    );
    let Some(metrics_listener) = metrics_listener else {
        return main.await;
    };
    tracing::info!(addr = %metrics_listener.local_addr()?, "metrics served");
    let metrics = listen::serve_on(
        metrics_listener,
        metrics_app(state),
        listen::Limits::default(),
        trusted,
        listen::stop_signal(),
    );
    tokio::try_join!(main, metrics).map(|_| ())
}
