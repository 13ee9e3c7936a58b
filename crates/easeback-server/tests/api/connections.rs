//! Connections: a client that never finishes its headers is cut off, the
//! open connections are capped in all and per address, and a stop lets the
//! server finish (the security probe's slow-headers finding).

use super::*;
use easeback_server::listen::{Limits, serve_on};
use std::time::Duration;
use tokio::net::{TcpSocket, TcpStream};

/// The app behind the real accept loop with `limits`; the sender stops it.
async fn spawn_listening(
    limits: Limits,
) -> (
    SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<std::io::Result<()>>,
    TempDir,
) {
    let dir = TempDir::new("conn");
    let store = easeback_store::open(dir.join("app.db").to_str().expect("utf8"))
        .await
        .expect("store");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve_on(
        listener,
        app(AppState::new(store, false)),
        limits,
        std::sync::Arc::from([]),
        async {
            let _ = rx.await;
        },
    ));
    (addr, tx, server, dir)
}

/// A connection from `from` (any 127.x address) that has sent half its headers.
async fn stalled(from: &str, to: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().expect("socket");
    socket
        .bind(format!("{from}:0").parse().expect("addr"))
        .expect("bind");
    let mut s = socket.connect(to).await.expect("connect");
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: test\r\n")
        .await
        .expect("write");
    s
}

/// What the server sends before it closes, or `None` if it is still open
/// after `wait`.
async fn closed_within(s: &mut TcpStream, wait: Duration) -> Option<String> {
    let mut got = Vec::new();
    match tokio::time::timeout(wait, s.read_to_end(&mut got)).await {
        Ok(_) => Some(String::from_utf8_lossy(&got).into_owned()),
        Err(_) => None,
    }
}

async fn healthz_from(from: &str, to: SocketAddr) -> Option<String> {
    let mut s = stalled(from, to).await;
    s.write_all(b"Connection: close\r\n\r\n").await.ok()?;
    closed_within(&mut s, Duration::from_secs(5)).await
}

fn limits() -> Limits {
    Limits {
        header_timeout: Duration::from_millis(400),
        max_connections: 6,
        max_per_address: 3,
        drain: Duration::from_secs(2),
    }
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_cut_off() {
    let (addr, _stop, _server, _dir) = spawn_listening(limits()).await;
    let mut slow = stalled("127.0.0.1", addr).await;
    assert!(
        closed_within(&mut slow, Duration::from_secs(5))
            .await
            .is_some(),
        "a half-sent request is still holding its connection"
    );
    // an ordinary request is answered as before
    let ok = healthz_from("127.0.0.1", addr).await.expect("answered");
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    // and a kept-alive connection left idle after its answer is closed too
    let mut idle = stalled("127.0.0.1", addr).await;
    idle.write_all(b"\r\n").await.expect("finish the request");
    let answer = closed_within(&mut idle, Duration::from_secs(5))
        .await
        .expect("an idle kept-alive connection is closed");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test]
async fn one_address_cannot_take_every_connection() {
    let (addr, _stop, _server, _dir) = spawn_listening(Limits {
        header_timeout: Duration::from_secs(30),
        ..limits()
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(stalled("127.0.0.1", addr).await);
    }
    // a fourth from the same address is closed at once …
    let mut fourth = stalled("127.0.0.1", addr).await;
    assert_eq!(
        closed_within(&mut fourth, Duration::from_secs(2)).await,
        Some(String::new())
    );
    // … while another address is still served
    let ok = healthz_from("127.0.0.2", addr).await.expect("answered");
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    // and past the cap in all, nobody new gets in until one closes
    for from in ["127.0.0.3", "127.0.0.3", "127.0.0.4"] {
        held.push(stalled(from, addr).await);
    }
    let mut late = stalled("127.0.0.5", addr).await;
    assert_eq!(
        closed_within(&mut late, Duration::from_secs(2)).await,
        Some(String::new())
    );
    held.clear();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let ok = healthz_from("127.0.0.5", addr).await.expect("answered");
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
}

#[tokio::test]
async fn a_stop_ends_the_server_and_refuses_new_connections() {
    let (addr, stop, server, _dir) = spawn_listening(limits()).await;
    assert!(healthz_from("127.0.0.1", addr).await.is_some());
    stop.send(()).expect("stop");
    let ended = tokio::time::timeout(Duration::from_secs(5), server).await;
    assert!(matches!(ended, Ok(Ok(Ok(())))), "{ended:?}");
    assert!(TcpStream::connect(addr).await.is_err());
}
