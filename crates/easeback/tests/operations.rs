//! Running Easeback as an operator would: `/metrics` moved to an internal
//! address with `EASEBACK_METRICS_ADDR`.

use easeback_testkit::Server;
use easeback_testkit::TempDir;

#[test]
fn metrics_move_to_their_own_address_and_leave_the_main_one() {
    let dir = TempDir::new("metrics-addr");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut launcher = std::process::Command::new(env!("CARGO_BIN_EXE_easeback"));
    launcher.env("EASEBACK_METRICS_ADDR", format!("127.0.0.1:{port}"));
    let server = Server::start_through(launcher, &dir.file("app.db"));
    assert_eq!(server.request("GET", "/healthz", &[], "").status, 200);
    assert_eq!(
        server.request("GET", "/metrics", &[], "").status,
        404,
        "the public address no longer shows the metrics"
    );
    let inside = easeback_testkit::http::request(port, "GET", "/metrics", &[], "");
    assert_eq!(inside.status, 200);
    assert!(
        inside.body.contains(
            "easeback_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 1"
        ),
        "{}",
        inside.body
    );
    assert_eq!(
        easeback_testkit::http::request(port, "GET", "/api/v1/diary", &[], "").status,
        404,
        "the internal address serves the metrics only"
    );
}
