//! A plain HTTP/1.1 client for tests against a running server: one request
//! per connection (`Connection: close`), the response read to its end. The
//! request text and the response parse are public too, for tests whose
//! server runs in their own async runtime and must not be blocked.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// A response as the test sees it.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    /// The status line and headers, as sent.
    pub head: String,
    /// Headers by lower-case name (the last of repeated ones).
    pub headers: HashMap<String, String>,
    pub set_cookies: Vec<String>,
    pub body: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).map_or("", String::as_str)
    }

    /// The body as JSON; a test failure naming the body if it is not.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// Send one request to `127.0.0.1:port`. `headers` are added after `Host`,
/// `Connection` and `Content-Length`.
pub fn request(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Resp {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(40)))
        .expect("timeout");
    let req = request_text(&format!("127.0.0.1:{port}"), method, path, headers, body);
    s.write_all(req.as_bytes()).expect("write");
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    parse(&String::from_utf8_lossy(&raw))
}

/// The request as sent: `headers` after `Host`, `Connection: close` and
/// `Content-Length`.
pub fn request_text(
    host: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> String {
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    req
}

/// A whole response as received.
pub fn parse(text: &str) -> Resp {
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut headers = HashMap::new();
    let mut set_cookies = Vec::new();
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            if k == "set-cookie" {
                set_cookies.push(v.trim().to_string());
            }
            headers.insert(k, v.trim().to_string());
        }
    }
    let body = if headers
        .get("transfer-encoding")
        .is_some_and(|t| t.eq_ignore_ascii_case("chunked"))
    {
        unchunk(body)
    } else {
        body.to_string()
    };
    Resp {
        status,
        head: head.to_string(),
        headers,
        set_cookies,
        body,
    }
}

/// A chunked body (a streamed answer) as the bytes it carries. An answer
/// cut short — no zero-length last chunk — keeps what came and ends with
/// a marker, so no test mistakes it for a whole document.
fn unchunk(mut rest: &str) -> String {
    let mut out = String::new();
    loop {
        let Some((size, after)) = rest.split_once("\r\n") else {
            out.push_str("\n[the answer ended before its last chunk]");
            return out;
        };
        let Ok(n) = usize::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16) else {
            out.push_str("\n[the answer ended before its last chunk]");
            return out;
        };
        if n == 0 {
            return out;
        }
        // sizes count bytes; a chunk may end inside a character
        let bytes = after.as_bytes();
        let Some(chunk) = bytes.get(..n) else {
            out.push_str("\n[the answer ended before its last chunk]");
            return out;
        };
        out.push_str(&String::from_utf8_lossy(chunk));
        rest = after.get(n + 2..).unwrap_or("");
    }
}
