//! The security probe's findings against the real server (`easeback serve`
//! as a process): each test stages what the probe did and checks the
//! answer and the server's own memory.

use easeback_testkit::{Server, TempDir};

/// Sign-in attempts with huge, never-repeated emails cost the server no
/// lasting memory: the probe's run took it from 16 MiB to 789 MiB.
#[test]
fn sign_ins_with_huge_unique_emails_leave_memory_where_it_was() {
    let dir = TempDir::new("probe-memory");
    let server = Server::start(env!("CARGO_BIN_EXE_easeback"), &dir.file("app.db"));
    let origin = format!("http://127.0.0.1:{}", server.port());
    let headers = [
        ("Content-Type", "application/json"),
        ("Origin", origin.as_str()),
    ];
    let attempt = |i: usize| {
        let email = format!("{i}{}@example.test", "a".repeat(200 * 1024));
        let body = format!(r#"{{"email":"{email}","password":"not the password"}}"#);
        server
            .request("POST", "/api/v1/login", &headers, &body)
            .status
    };
    for i in 0..5 {
        attempt(i);
    }
    let before = server.rss_kib();
    assert!(before > 0, "the server's memory can be read");
    let mut refused = 0;
    for i in 5..405 {
        if attempt(i) == 429 {
            refused += 1;
        }
    }
    assert!(refused > 300, "the address is throttled: {refused} refused");
    let after = server.rss_kib();
    // 400 emails of 200 KiB would hold 80 MiB if they were kept
    assert!(
        after < before + 40 * 1024,
        "memory grew from {before} KiB to {after} KiB"
    );
    assert!(after < 150 * 1024, "{after} KiB resident");
}
