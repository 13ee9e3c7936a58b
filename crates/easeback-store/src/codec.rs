//! Column encodings shared by both backends: times as unix milliseconds,
//! lists as JSON text, enums as their snake_case names.

use crate::{Result, StoreError};
use easeback_core::diary::{Location, Side, SleepPosition, TimedTightening, Tried};
use jiff::Timestamp;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub fn ms(ts: Timestamp) -> i64 {
    ts.as_millisecond()
}

pub fn ts(ms: i64) -> Result<Timestamp> {
    Timestamp::from_millisecond(ms)
        .map_err(|e| StoreError::Backend(format!("bad time in database: {e}")))
}

pub fn to_json<T: Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".to_string())
}

pub fn from_json<T: DeserializeOwned>(s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Backend(format!("bad JSON in database: {e}")))
}

pub fn side_str(s: Option<Side>) -> Option<String> {
    s.map(|s| to_json(&s).trim_matches('"').to_string())
}

pub fn side(s: Option<String>) -> Result<Option<Side>> {
    s.map(|s| from_json(&format!("\"{s}\""))).transpose()
}

pub fn sleep_str(s: Option<SleepPosition>) -> Option<String> {
    s.map(|s| to_json(&s).trim_matches('"').to_string())
}

pub fn sleep(s: Option<String>) -> Result<Option<SleepPosition>> {
    s.map(|s| from_json(&format!("\"{s}\""))).transpose()
}

pub fn locations(s: &str) -> Result<Vec<Location>> {
    from_json(s)
}

pub fn tried(s: &str) -> Result<Vec<Tried>> {
    from_json(s)
}

pub fn small(v: Option<i64>, field: &str) -> Result<Option<u8>> {
    v.map(|v| {
        u8::try_from(v)
            .map_err(|_| StoreError::Backend(format!("{field} out of range in database")))
    })
    .transpose()
}

pub fn disposition_str(d: Option<easeback_core::Disposition>) -> Option<String> {
    d.map(|d| d.as_str().to_string())
}

pub fn disposition(s: Option<String>) -> Result<Option<easeback_core::Disposition>> {
    s.map(|s| {
        easeback_core::Disposition::parse(&s)
            .ok_or_else(|| StoreError::Backend(format!("bad disposition '{s}'")))
    })
    .transpose()
}

/// Saved preferences as read back: an empty value (never written by this
/// version) reads as the empty JSON object, like a profile never saved.
pub(crate) fn preferences(saved: String) -> String {
    if saved.trim().is_empty() {
        "{}".into()
    } else {
        saved
    }
}

/// A stored tightening row (start, end in milliseconds; offset in minutes).
pub fn tightening((start, end, offset): (i64, i64, i64)) -> Result<TimedTightening> {
    Ok(TimedTightening {
        start: ts(start)?,
        end: ts(end)?,
        utc_offset_minutes: i16::try_from(offset)
            .map_err(|_| StoreError::Backend(format!("bad offset {offset}")))?,
    })
}

/// A write that had to touch a row: none touched means the row (of this
/// person) does not exist. `rows` as each driver counts them.
pub fn touched(rows: u64) -> Result<()> {
    if rows == 0 {
        Err(StoreError::NotFound)
    } else {
        Ok(())
    }
}

/// A throttle's row (attempts, last attempt in ms) as [`crate::Attempts`];
/// no row is none counted.
pub fn attempts(row: Option<(u32, i64)>) -> Result<crate::Attempts> {
    Ok(match row {
        None => crate::Attempts::default(),
        Some((count, last)) => crate::Attempts {
            count,
            last_at: Some(ts(last)?),
        },
    })
}

/// Which of a kind's rows to drop so that what is kept fits its budget:
/// given the kind's row count and bytes and its rows oldest first
/// (`(id_hash, bytes)`), the oldest ones until both fit; `keep` (the row
/// just written) is never among them.
pub fn over_budget(
    (mut rows, mut bytes): (u64, u64),
    oldest_first: impl IntoIterator<Item = (String, u64)>,
    budget: crate::KeptBudget,
    keep: &str,
) -> Vec<String> {
    let mut drop = Vec::new();
    for (id, size) in oldest_first {
        if rows <= budget.rows && bytes <= budget.bytes {
            break;
        }
        if id != keep {
            rows -= 1;
            bytes = bytes.saturating_sub(size);
            drop.push(id);
        }
    }
    drop
}

/// Where a page of entries starts: after this (started at, id), in that
/// order; before every entry for the first page.
pub fn page_start(after: Option<&crate::StoredEntry>) -> (i64, String) {
    after.map_or((i64::MIN, String::new()), |e| {
        (ms(e.entry.started_at), e.id.clone())
    })
}
