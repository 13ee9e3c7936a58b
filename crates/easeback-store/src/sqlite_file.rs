//! Opening a SQLite database file (creating its folder, WAL, migrations,
//! the read connections; a file that cannot be written is served read-only)
//! and what is done to the file as a whole: backup, restore, integrity check.

use crate::sqlite::SqliteStore;
use crate::sqlite_conn::{
    check_current, create_private, db, is_read_only, migrate, open_connection, open_writer,
};
use crate::sqlite_pool::{Readers, Writer};
use crate::{Result, StoreError};
use rusqlite::Connection;
use std::path::Path;

/// Read connections: enough to keep both cores of a small server busy.
const READERS: usize = 2;

impl SqliteStore {
    /// Open (creating if needed) the database file at `path` and migrate it.
    pub async fn open(path: &str) -> Result<SqliteStore> {
        let path = path.to_string();
        tokio::task::spawn_blocking(move || {
            if let Some(dir) = Path::new(&path)
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
            {
                std::fs::create_dir_all(dir).map_err(|e| {
                    StoreError::Backend(format!("cannot create {}: {e}", dir.display()))
                })?;
            }
            let mut conn = open_writer(&path)?;
            if is_read_only(&conn) {
                // a file that cannot be written (a wrong owner after a
                // restore, say): serve what can be read, refuse writes with a
                // clear answer, and write again once the file allows it
                check_current(&conn)?;
                tracing::warn!(
                    path = %path,
                    "the database file is read-only: diary writes are refused until it can be written"
                );
            } else {
                conn.execute_batch("PRAGMA journal_mode=WAL").map_err(db)?;
                migrate(&mut conn)?;
            }
            let mut readers = Vec::with_capacity(READERS);
            for _ in 0..READERS {
                readers.push(open_connection(
                    &path,
                    "PRAGMA query_only=ON; PRAGMA foreign_keys=ON;",
                )?);
            }
            let file: std::sync::Arc<str> = path.as_str().into();
            Ok(SqliteStore {
                writer: Writer::start(conn, Box::new(move || open_writer(&path)))?,
                readers: Readers::new(readers),
                path: file,
            })
        })
        .await
        .map_err(|e| StoreError::Backend(e.to_string()))?
    }

    /// Copy the live database to `dest` with SQLite's online backup: a
    /// consistent snapshot, taken while the app keeps serving.
    pub async fn backup_to(&self, dest: &str) -> Result<()> {
        let dest = dest.to_string();
        // one step copies every page inside one read transaction: a
        // consistent snapshot that writers (WAL) never force to restart
        self.readers
            .read(move |c| {
                // a backup is the whole diary: as private as the database
                create_private(&dest);
                let mut out = Connection::open(&dest).map_err(db)?;
                let b = rusqlite::backup::Backup::new(c, &mut out).map_err(db)?;
                b.step(-1).map_err(db)?;
                Ok(())
            })
            .await
    }

    /// Replace this database's contents with the backup at `src`.
    pub async fn restore_from(&self, src: &str) -> Result<()> {
        let src = src.to_string();
        self.writer
            .alone(move |c| {
                let from =
                    Connection::open_with_flags(&src, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                        .map_err(db)?;
                let ok: String = from
                    .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                    .map_err(db)?;
                if ok != "ok" {
                    return Err(StoreError::Backend(format!("the backup is damaged: {ok}")));
                }
                let b = rusqlite::backup::Backup::new(&from, c).map_err(db)?;
                b.run_to_completion(256, std::time::Duration::from_millis(2), None)
                    .map_err(db)?;
                Ok(())
            })
            .await
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub async fn integrity_check(&self) -> Result<String> {
        self.read(|c| {
            c.query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .map_err(db)
        })
        .await
    }
}
