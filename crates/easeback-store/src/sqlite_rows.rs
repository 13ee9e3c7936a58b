//! A diary entry as a SQLite row and back: the insert and update
//! statements, their shared parameters, and the row decoder.

use crate::codec::{self, ms};
use crate::sqlite_conn::db;
use crate::{Result, StoreError, StoredEntry};
use easeback_core::diary::Entry;
use jiff::Timestamp;
use rusqlite::{Connection, Row, params};

pub(crate) const INSERT_ENTRY: &str = "INSERT INTO diary_entries (user_id, id, started_at, utc_offset_minutes, duration_minutes,
     locations, side, intensity, pain_after, triggers, context, tried, woke_from_sleep, notes, created_at, updated_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)";
pub(crate) const UPDATE_ENTRY: &str =
    "UPDATE diary_entries SET started_at = ?3, utc_offset_minutes = ?4, duration_minutes = ?5,
     locations = ?6, side = ?7, intensity = ?8, pain_after = ?9, triggers = ?10, context = ?11,
     tried = ?12, woke_from_sleep = ?13, notes = ?14, updated_at = ?15
     WHERE user_id = ?1 AND id = ?2";

/// Run the insert or the update of an entry: both take the same fifteen
/// parameters (?1 user, ?2 id, ?3–?14 the fields, ?15 the time written).
pub(crate) fn write_entry(
    c: &Connection,
    sql: &str,
    uid: &str,
    id: &str,
    e: &Entry,
    now: Timestamp,
) -> Result<usize> {
    c.execute(
        sql,
        params![
            uid,
            id,
            ms(e.started_at),
            e.utc_offset_minutes,
            e.duration_minutes,
            codec::to_json(&e.locations),
            codec::side_str(e.side),
            e.intensity,
            e.pain_after,
            codec::to_json(&e.triggers),
            e.context,
            codec::to_json(&e.tried),
            e.woke_from_sleep,
            e.notes,
            ms(now)
        ],
    )
    .map_err(db)
}

pub(crate) const ENTRY_COLUMNS: &str = "id, started_at, utc_offset_minutes, duration_minutes, locations, side, intensity, \
     pain_after, triggers, context, tried, woke_from_sleep, notes, created_at, updated_at";

pub(crate) fn row_to_entry(r: &Row<'_>) -> rusqlite::Result<Result<StoredEntry>> {
    let id: String = r.get(0)?;
    let started: i64 = r.get(1)?;
    let offset: i64 = r.get(2)?;
    let duration: Option<i64> = r.get(3)?;
    let locations: String = r.get(4)?;
    let side: Option<String> = r.get(5)?;
    let intensity: i64 = r.get(6)?;
    let after: Option<i64> = r.get(7)?;
    let triggers: String = r.get(8)?;
    let context: String = r.get(9)?;
    let tried: String = r.get(10)?;
    let woke: bool = r.get(11)?;
    let notes: String = r.get(12)?;
    let created: i64 = r.get(13)?;
    let updated: i64 = r.get(14)?;
    Ok((|| {
        Ok(StoredEntry {
            id,
            entry: Entry {
                started_at: codec::ts(started)?,
                utc_offset_minutes: i16::try_from(offset)
                    .map_err(|_| StoreError::Backend("bad offset".into()))?,
                duration_minutes: duration.and_then(|d| u16::try_from(d).ok()),
                locations: codec::locations(&locations)?,
                side: codec::side(side)?,
                intensity: codec::small(Some(intensity), "intensity")?.unwrap_or(0),
                pain_after: codec::small(after, "pain_after")?,
                triggers: codec::from_json(&triggers)?,
                context,
                tried: codec::tried(&tried)?,
                woke_from_sleep: woke,
                notes,
            },
            created_at: codec::ts(created)?,
            updated_at: codec::ts(updated)?,
        })
    })())
}
