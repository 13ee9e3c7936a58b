//! Diary entries as CSV (RFC 4180: comma-separated, CRLF, quoted fields).

use crate::diary::Entry;

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Free text a person wrote: a cell a spreadsheet would run as a formula
/// ("=HYPERLINK(…)", "+1", "@SUM…") starts with an apostrophe instead, as
/// OWASP's CSV-injection advice has it, so it is shown, never run.
fn text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        field(&format!("'{s}"))
    } else {
        field(s)
    }
}

pub const HEADER: &str = "id,started_at,utc_offset_minutes,duration_minutes,locations,side,intensity,pain_after,triggers,context,tried,helped,woke_from_sleep,notes";

/// One header line, then one line per `(id, entry)`.
pub fn entries_csv(entries: &[(String, Entry)]) -> String {
    let mut out = String::from(HEADER);
    out.push_str("\r\n");
    for (id, e) in entries {
        out.push_str(&row(id, e));
    }
    out
}

/// One entry's line, CRLF included (an export streamed a page at a time
/// writes [`HEADER`] and then these).
pub fn row(id: &str, e: &Entry) -> String {
    let locations: Vec<&str> = e.locations.iter().map(|l| l.as_str()).collect();
    let side = e
        .side
        .map(|s| format!("{s:?}").to_lowercase())
        .unwrap_or_default();
    let tried: Vec<&str> = e.tried.iter().map(|t| t.action.as_str()).collect();
    let helped: Vec<&str> = e
        .tried
        .iter()
        .filter(|t| t.helped)
        .map(|t| t.action.as_str())
        .collect();
    let cols = [
        field(id),
        e.started_at.to_string(),
        e.utc_offset_minutes.to_string(),
        e.duration_minutes
            .map(|d| d.to_string())
            .unwrap_or_default(),
        field(&locations.join(";")),
        side,
        e.intensity.to_string(),
        e.pain_after.map(|p| p.to_string()).unwrap_or_default(),
        field(&e.triggers.join(";")),
        text(&e.context),
        field(&tried.join(";")),
        field(&helped.join(";")),
        e.woke_from_sleep.to_string(),
        text(&e.notes),
    ];
    let mut line = cols.join(",");
    line.push_str("\r\n");
    line
}
