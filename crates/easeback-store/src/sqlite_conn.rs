//! Opening the SQLite file: connections with their pragmas, the schema
//! migrations, and how SQLite errors map to [`StoreError`]s. Shared by the
//! store ([`crate::sqlite`]) and its writer thread ([`crate::sqlite_pool`]).

use crate::{Result, StoreError};
use rusqlite::{Connection, OptionalExtension};

const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../migrations/sqlite/0001_init.sql")),
    (
        2,
        include_str!("../migrations/sqlite/0002_auth_sessions.sql"),
    ),
    (3, include_str!("../migrations/sqlite/0003_care_team.sql")),
    (4, include_str!("../migrations/sqlite/0004_tightenings.sql")),
    (5, include_str!("../migrations/sqlite/0005_entry_count.sql")),
    (
        6,
        include_str!("../migrations/sqlite/0006_spread_by_user.sql"),
    ),
    (
        7,
        include_str!("../migrations/sqlite/0007_emails_by_user.sql"),
    ),
    (8, include_str!("../migrations/sqlite/0008_kept.sql")),
];

pub(crate) fn db(e: rusqlite::Error) -> StoreError {
    match e {
        rusqlite::Error::SqliteFailure(f, msg)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            StoreError::Conflict(msg.unwrap_or_else(|| "constraint".into()))
        }
        rusqlite::Error::QueryReturnedNoRows => StoreError::NotFound,
        rusqlite::Error::SqliteFailure(f, msg) if f.code == rusqlite::ErrorCode::DiskFull => {
            StoreError::DiskFull(msg.unwrap_or_else(|| "database or disk is full".into()))
        }
        rusqlite::Error::SqliteFailure(f, msg) if f.code == rusqlite::ErrorCode::ReadOnly => {
            StoreError::ReadOnly(
                msg.unwrap_or_else(|| "attempt to write a readonly database".into()),
            )
        }
        other => StoreError::Backend(other.to_string()),
    }
}

/// Apply the migrations not applied yet, each in its own transaction.
/// Foreign keys are off while they run (SQLite changes a table by building
/// a new one and dropping the old, and the drop must not cascade to the
/// rows that point at it) and checked before each commit.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
    )
    .map_err(db)?;
    let foreign_keys: bool = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .map_err(db)?;
    conn.execute_batch("PRAGMA foreign_keys=OFF").map_err(db)?;
    let applied = apply_migrations(conn);
    if foreign_keys {
        conn.execute_batch("PRAGMA foreign_keys=ON").map_err(db)?;
    }
    applied
}

fn apply_migrations(conn: &mut Connection) -> Result<()> {
    for &(version, sql) in MIGRATIONS {
        let tx = conn.transaction().map_err(db)?;
        let done: Option<i64> = tx
            .query_row(
                "SELECT version FROM schema_migrations WHERE version = ?1",
                [version],
                |r| r.get(0),
            )
            .optional()
            .map_err(db)?;
        if done.is_none() {
            tx.execute_batch(sql).map_err(db)?;
            let broken: Option<String> = tx
                .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
                .optional()
                .map_err(db)?;
            if let Some(table) = broken {
                return Err(StoreError::Backend(format!(
                    "migration {version} left rows in {table} pointing at nothing"
                )));
            }
            tx.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, strftime('%s','now'))",
                [version],
            )
            .map_err(db)?;
        }
        tx.commit().map_err(db)?;
    }
    Ok(())
}

/// A connection to `path` that waits up to 5 s for a lock, with `pragmas`.
pub(crate) fn open_connection(path: &str, pragmas: &str) -> Result<Connection> {
    let conn = Connection::open(path).map_err(db)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(db)?;
    conn.execute_batch(pragmas).map_err(db)?;
    Ok(conn)
}

/// The write connection and its settings. A new database file is created
/// readable by its owner only (0600) before SQLite opens it; SQLite gives
/// its journal files the database file's permissions. What is deleted is
/// overwritten with zeros (`secure_delete`), so a deleted account cannot
/// be read back from the file.
pub(crate) fn open_writer(path: &str) -> Result<Connection> {
    create_private(path);
    open_connection(
        path,
        "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;",
    )
}

/// Create `path` empty with mode 0600 if nothing is there yet. Failure is
/// left for SQLite's own open to report.
pub(crate) fn create_private(path: &str) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        if path != ":memory:" && !path.starts_with("file:") {
            let _ = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path);
        }
    }
}

pub(crate) fn is_read_only(conn: &Connection) -> bool {
    conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true)
}

/// A read-only file cannot be migrated: it must already be current.
pub(crate) fn check_current(conn: &Connection) -> Result<()> {
    let latest = MIGRATIONS.last().map_or(0, |m| m.0);
    let have: i64 = conn
        .query_row(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            [],
            |r| r.get(0),
        )
        .map_err(db)?;
    if have == latest {
        Ok(())
    } else {
        Err(StoreError::ReadOnly(format!(
            "the database needs upgrading (version {have} of {latest}) but the file cannot be written"
        )))
    }
}
