//! Accepting connections: the app served over HTTP/1.1 with what
//! `axum::serve` does not have — a time limit for a client to send its
//! request headers (which also closes a kept-alive connection left idle),
//! a cap on open connections and a smaller one per client address — and a
//! clean stop that lets requests in flight finish.

use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// How long connections may take and how many may be open.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Time to send a request's headers, and the longest a kept-alive
    /// connection may sit idle.
    pub header_timeout: Duration,
    /// Open connections in all (below the usual 1,024 open files, so the
    /// database and the log always have room).
    pub max_connections: usize,
    /// Open connections from one address; trusted proxies are exempt (all
    /// their clients share their address).
    pub max_per_address: usize,
    /// On stopping, how long requests in flight may take to finish.
    pub drain: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_timeout: Duration::from_secs(10),
            max_connections: 768,
            max_per_address: 64,
            drain: Duration::from_secs(20),
        }
    }
}

/// Open connections per client address.
#[derive(Default)]
struct PerAddress(Mutex<HashMap<IpAddr, usize>>);

impl PerAddress {
    /// Count one more from `ip`, unless it already has `max` open.
    fn enter(&self, ip: IpAddr, max: usize) -> bool {
        let mut m = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let n = m.entry(ip).or_insert(0);
        if *n >= max {
            return false;
        }
        *n += 1;
        true
    }

    fn leave(&self, ip: IpAddr) {
        let mut m = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = m.get_mut(&ip) {
            *n -= 1;
            if *n == 0 {
                m.remove(&ip);
            }
        }
    }
}

/// Serve `router` on `listener` until `stop` completes, then stop
/// accepting and give open requests `limits.drain` to finish.
pub async fn serve_on(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    trusted: Arc<[IpAddr]>,
    stop: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let open = Arc::new(Semaphore::new(limits.max_connections));
    let per_address = Arc::new(PerAddress::default());
    let graceful = GracefulShutdown::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    tokio::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(c) => c,
                // out of file descriptors or a connection reset before it
                // was taken: wait a moment rather than spin
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // over a cap the connection is closed at once: cheaper for both
        // sides than holding it unanswered
        let Ok(permit) = open.clone().try_acquire_owned() else {
            continue;
        };
        let ip = peer.ip();
        let counted = !trusted.contains(&ip);
        if counted && !per_address.enter(ip, limits.max_per_address) {
            continue;
        }
        let _ = stream.set_nodelay(true);
        // the peer's address for the rate limits, as `ConnectInfo` carries it
        let app = router.clone();
        let service = TowerToHyperService::new(tower::service_fn(
            move |mut req: axum::http::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                tower::ServiceExt::oneshot(app.clone(), req)
            },
        ));
        let conn = builder.serve_connection(TokioIo::new(stream), service);
        let conn = graceful.watch(conn);
        let per_address = per_address.clone();
        tokio::spawn(async move {
            // (an error here is a client going away or timing out)
            let _ = conn.await;
            if counted {
                per_address.leave(ip);
            }
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(limits.drain) => {
            tracing::warn!("stopped with requests still open after the drain time");
        }
    }
    Ok(())
}

/// Ctrl-C or SIGTERM (what systemd and container runtimes send).
pub async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
    tracing::info!("stopping: finishing requests in flight");
}
