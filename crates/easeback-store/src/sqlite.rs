//! The SQLite backend: one file, WAL journal, `synchronous=FULL` so an
//! acknowledged write survives a crash or power cut, foreign keys on,
//! migrations applied at open. Writes go through one writer thread with
//! group commit, reads through a few read-only connections
//! ([`crate::sqlite_pool`]).

use crate::codec::{self, ms};
use crate::sqlite_conn::{db, open_connection};
use crate::sqlite_pool::{Readers, Writer};
use crate::sqlite_rows::{ENTRY_COLUMNS, INSERT_ENTRY, UPDATE_ENTRY, row_to_entry, write_entry};
use crate::sqlite_shared;
use crate::{
    Attempts, AuthSession, Device, KeptBudget, KeptKey, LOCAL_USER, MAX_ENTRIES, Profile, Result,
    Store, StoreError, StoredEntry, ThrottleKey, UserId, new_id,
};
use easeback_core::diary::{DailyFactors, Entry, TimedTightening};
use easeback_core::session::Outcome;
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use rusqlite::{Connection, OptionalExtension, params};

#[derive(Clone)]
pub struct SqliteStore {
    pub(crate) writer: Writer,
    pub(crate) readers: Readers,
    /// The database file, for the checkpoint after an account deletion.
    pub(crate) path: std::sync::Arc<str>,
}

impl SqliteStore {
    /// Readers in use and batches committed (see [`crate::StoreUse`]).
    pub fn usage(&self) -> crate::StoreUse {
        use std::sync::atomic::Ordering::Relaxed;
        let (connections, in_use) = self.readers.in_use();
        let c = &self.writer.committed;
        crate::StoreUse {
            connections: connections as u64,
            in_use: in_use as u64,
            write_batches: Some((c.batches.load(Relaxed), c.writes.load(Relaxed))),
        }
    }

    /// A write: answered once the batch holding it is committed.
    pub(crate) async fn write<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T> + Send + 'static,
    {
        self.writer.write(f).await
    }

    pub(crate) async fn read<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T> + Send + 'static,
    {
        self.readers.read(f).await
    }
}

impl Store for SqliteStore {
    async fn ping(&self) -> Result<()> {
        self.read(|c| c.query_row("SELECT 1", [], |_| Ok(())).map_err(db))
            .await
    }

    async fn create_user(
        &self,
        email: Option<&str>,
        password_hash: Option<&str>,
        now: Timestamp,
    ) -> Result<UserId> {
        let (email, hash) = (email.map(str::to_string), password_hash.map(str::to_string));
        self.write(move |c| {
            let id = new_id();
            let tx = c.savepoint().map_err(db)?;
            tx.execute(
                "INSERT INTO users (id, password_hash, created_at) VALUES (?1, ?2, ?3)",
                params![id, hash, ms(now)],
            )
            .map_err(db)?;
            if let Some(email) = email {
                tx.execute(
                    "INSERT INTO sign_in_emails (email, user_id) VALUES (?1, ?2)",
                    params![email, id],
                )
                .map_err(db)?;
            }
            tx.commit().map_err(db)?;
            Ok(UserId(id))
        })
        .await
    }

    async fn local_user(&self, now: Timestamp) -> Result<UserId> {
        self.write(move |c| {
            c.execute(
                "INSERT OR IGNORE INTO users (id, password_hash, created_at) VALUES (?1, NULL, ?2)",
                params![LOCAL_USER, ms(now)],
            )
            .map_err(db)?;
            Ok(UserId(LOCAL_USER.to_string()))
        })
        .await
    }

    async fn user_by_email(&self, email: &str) -> Result<Option<(UserId, Option<String>)>> {
        let email = email.to_string();
        self.read(move |c| {
            c.query_row(
                "SELECT u.id, u.password_hash FROM sign_in_emails e JOIN users u ON u.id = e.user_id WHERE e.email = ?1",
                [email],
                |r| Ok((UserId(r.get(0)?), r.get(1)?)),
            )
            .optional()
            .map_err(db)
        })
        .await
    }

    async fn delete_user(&self, user: &UserId) -> Result<()> {
        let id = user.0.clone();
        self.write(move |c| {
            let tx = c.savepoint().map_err(db)?;
            for table in crate::USER_TABLES {
                tx.execute(&format!("DELETE FROM {table} WHERE user_id = ?1"), [&id])
                    .map_err(db)?;
            }
            tx.execute("DELETE FROM users WHERE id = ?1", [&id])
                .map_err(db)?;
            tx.commit().map_err(db)
        })
        .await?;
        // the deleted rows were zeroed on their pages (`secure_delete`, set
        // on the writer), but earlier copies of those pages remain in the
        // write-ahead log: once the writer's batch is committed, copy the
        // log into the file and empty it. A busy reader can hold the
        // checkpoint back; a later one then finishes it, so a failure
        // here does not undo the deletion.
        let path = self.path.clone();
        let _ = tokio::task::spawn_blocking(move || {
            let c = open_connection(&path, "")?;
            c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                .map_err(db)
        })
        .await;
        Ok(())
    }

    async fn profile(&self, user: &UserId) -> Result<Profile> {
        let id = user.0.clone();
        self.read(move |c| {
            type Row = (Option<String>, Option<String>, String, Option<String>);
            let row: Option<Row> = c
                .query_row(
                    "SELECT region, due_date, preferences, care_team_phone FROM profiles WHERE user_id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()
                .map_err(db)?;
            Ok(match row {
                None => Profile::default(),
                Some((region, due, preferences, care_team_phone)) => Profile {
                    region,
                    due_date: due.and_then(|d| d.parse().ok()),
                    preferences: codec::preferences(preferences),
                    care_team_phone,
                },
            })
        })
        .await
    }

    async fn set_profile(&self, user: &UserId, profile: &Profile, now: Timestamp) -> Result<()> {
        let (id, p) = (user.0.clone(), profile.clone());
        self.write(move |c| {
            c.execute(
                "INSERT INTO profiles (user_id, region, due_date, preferences, care_team_phone, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (user_id) DO UPDATE SET region = excluded.region, due_date = excluded.due_date,
                 preferences = excluded.preferences, care_team_phone = excluded.care_team_phone,
                 updated_at = excluded.updated_at",
                params![id, p.region, p.due_date.map(|d| d.to_string()), p.preferences, p.care_team_phone, ms(now)],
            )
            .map_err(db)?;
            Ok(())
        })
        .await
    }

    async fn add_entry(&self, user: &UserId, entry: &Entry, now: Timestamp) -> Result<String> {
        let (uid, e) = (user.0.clone(), entry.clone());
        self.write(move |c| {
            // (one writer: nothing is written between the count and the
            // insert; the count is kept by triggers, migration 0005)
            let held: i64 = c
                .query_row("SELECT entry_count FROM users WHERE id = ?1", [&uid], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(db)?
                .unwrap_or(0);
            if held >= MAX_ENTRIES {
                return Err(StoreError::DiaryFull);
            }
            let id = new_id();
            write_entry(c, INSERT_ENTRY, &uid, &id, &e, now)?;
            Ok(id)
        })
        .await
    }

    async fn update_entry(
        &self,
        user: &UserId,
        id: &str,
        entry: &Entry,
        now: Timestamp,
    ) -> Result<()> {
        let (uid, id, e) = (user.0.clone(), id.to_string(), entry.clone());
        self.write(
            move |c| codec::touched(write_entry(c, UPDATE_ENTRY, &uid, &id, &e, now)? as u64),
        )
        .await
    }

    async fn delete_entry(&self, user: &UserId, id: &str) -> Result<()> {
        let (uid, id) = (user.0.clone(), id.to_string());
        self.write(move |c| {
            let n = c
                .execute(
                    "DELETE FROM diary_entries WHERE user_id = ?1 AND id = ?2",
                    params![uid, id],
                )
                .map_err(db)?;
            codec::touched(n as u64)
        })
        .await
    }

    async fn entry(&self, user: &UserId, id: &str) -> Result<StoredEntry> {
        let (uid, id) = (user.0.clone(), id.to_string());
        self.read(move |c| {
            c.query_row(
                &format!(
                    "SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE user_id = ?1 AND id = ?2"
                ),
                params![uid, id],
                row_to_entry,
            )
            .map_err(db)?
        })
        .await
    }

    async fn recent_entries(&self, user: &UserId, limit: u32) -> Result<Vec<StoredEntry>> {
        let uid = user.0.clone();
        self.read(move |c| {
            let mut stmt = c
                .prepare_cached(&format!(
                    "SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE user_id = ?1 ORDER BY started_at DESC, id DESC LIMIT ?2"
                ))
                .map_err(db)?;
            let rows = stmt.query_map(params![uid, limit], row_to_entry).map_err(db)?;
            rows.map(|r| r.map_err(db)?).collect()
        })
        .await
    }

    async fn entries_after(
        &self,
        user: &UserId,
        after: Option<&StoredEntry>,
        limit: u32,
    ) -> Result<Vec<StoredEntry>> {
        let uid = user.0.clone();
        let (at, id) = codec::page_start(after);
        self.read(move |c| {
            let mut stmt = c
                .prepare_cached(&format!(
                    "SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE user_id = ?1 \
                     AND (started_at > ?2 OR (started_at = ?2 AND id > ?3)) \
                     ORDER BY started_at, id LIMIT ?4"
                ))
                .map_err(db)?;
            let rows = stmt
                .query_map(params![uid, at, id, limit], row_to_entry)
                .map_err(db)?;
            rows.map(|r| r.map_err(db)?).collect()
        })
        .await
    }

    async fn entries_since(&self, user: &UserId, since: Timestamp) -> Result<Vec<Entry>> {
        let uid = user.0.clone();
        self.read(move |c| {
            let mut stmt = c
                .prepare_cached(&format!(
                    "SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE user_id = ?1 AND started_at >= ?2 ORDER BY started_at"
                ))
                .map_err(db)?;
            let rows = stmt.query_map(params![uid, ms(since)], row_to_entry).map_err(db)?;
            rows.map(|r| r.map_err(db)?.map(|s| s.entry)).collect()
        })
        .await
    }

    async fn set_factors(&self, user: &UserId, f: &DailyFactors) -> Result<()> {
        let (uid, f) = (user.0.clone(), f.clone());
        self.write(move |c| {
            c.execute(
                "INSERT INTO daily_factors (user_id, day, water, sleep_position, activity, stress)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (user_id, day) DO UPDATE SET water = excluded.water,
                 sleep_position = excluded.sleep_position, activity = excluded.activity, stress = excluded.stress",
                params![uid, f.day.to_string(), f.water, codec::sleep_str(f.sleep_position), f.activity, f.stress],
            )
            .map_err(db)?;
            Ok(())
        })
        .await
    }

    async fn factors_since(&self, user: &UserId, since: Date) -> Result<Vec<DailyFactors>> {
        let uid = user.0.clone();
        self.read(move |c| {
            let mut stmt = c
                .prepare_cached(
                    "SELECT day, water, sleep_position, activity, stress FROM daily_factors
                     WHERE user_id = ?1 AND day >= ?2 ORDER BY day",
                )
                .map_err(db)?;
            let rows = stmt
                .query_map(params![uid, since.to_string()], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<i64>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<i64>>(3)?,
                        r.get::<_, Option<i64>>(4)?,
                    ))
                })
                .map_err(db)?;
            let mut out = Vec::new();
            for row in rows {
                let (day, water, sleep, activity, stress) = row.map_err(db)?;
                out.push(DailyFactors {
                    day: day
                        .parse()
                        .map_err(|_| StoreError::Backend(format!("bad day '{day}'")))?,
                    water: codec::small(water, "water")?,
                    sleep_position: codec::sleep(sleep)?,
                    activity: codec::small(activity, "activity")?,
                    stress: codec::small(stress, "stress")?,
                });
            }
            Ok(out)
        })
        .await
    }

    async fn add_session_outcome(&self, user: &UserId, o: &Outcome) -> Result<String> {
        let (uid, o) = (user.0.clone(), o.clone());
        self.write(move |c| {
            let id = new_id();
            c.execute(
                "INSERT INTO session_outcomes (user_id, id, started_at, ended_at, pain_before, pain_after, helped_step, escalated, steps)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    uid,
                    id,
                    ms(o.started_at),
                    ms(o.ended_at),
                    o.pain_before,
                    o.pain_after,
                    o.helped_step,
                    codec::disposition_str(o.escalated),
                    codec::to_json(&o.steps)
                ],
            )
            .map_err(db)?;
            Ok(id)
        })
        .await
    }

    async fn add_tightening(&self, user: &UserId, t: &TimedTightening) -> Result<()> {
        let (uid, t) = (user.0.clone(), *t);
        self.write(move |c| {
            c.execute(
                "INSERT INTO tightenings (user_id, started_at, ended_at, utc_offset_minutes)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (user_id, started_at) DO NOTHING",
                params![uid, ms(t.start), ms(t.end), t.utc_offset_minutes],
            )
            .map_err(db)
            .map(drop)
        })
        .await
    }

    async fn tightenings_since(
        &self,
        user: &UserId,
        since: Timestamp,
        limit: u32,
    ) -> Result<Vec<TimedTightening>> {
        let uid = user.0.clone();
        self.read(move |c| {
            let mut stmt = c
                .prepare_cached(
                    "SELECT started_at, ended_at, utc_offset_minutes FROM tightenings
                     WHERE user_id = ?1 AND started_at >= ?2 ORDER BY started_at DESC LIMIT ?3",
                )
                .map_err(db)?;
            let rows = stmt
                .query_map(params![uid, ms(since), limit], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                    ))
                })
                .map_err(db)?;
            let mut out = rows
                .map(|row| codec::tightening(row.map_err(db)?))
                .collect::<Result<Vec<_>>>()?;
            out.reverse();
            Ok(out)
        })
        .await
    }

    async fn session_outcomes(&self, user: &UserId, limit: u32) -> Result<Vec<Outcome>> {
        let uid = user.0.clone();
        self.read(move |c| {
            let mut stmt = c
                .prepare_cached(
                    "SELECT started_at, ended_at, pain_before, pain_after, helped_step, escalated, steps
                     FROM session_outcomes WHERE user_id = ?1 ORDER BY started_at DESC LIMIT ?2",
                )
                .map_err(db)?;
            let rows = stmt
                .query_map(params![uid, limit], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, Option<i64>>(1)?,
                        r.get::<_, Option<i64>>(2)?,
                        r.get::<_, Option<i64>>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, String>(6)?,
                    ))
                })
                .map_err(db)?;
            let mut out = Vec::new();
            for row in rows {
                let (started, ended, before, after, helped, escalated, steps) = row.map_err(db)?;
                out.push(Outcome {
                    started_at: codec::ts(started)?,
                    ended_at: codec::ts(ended.unwrap_or(started))?,
                    pain_before: codec::small(before, "pain_before")?,
                    pain_after: codec::small(after, "pain_after")?,
                    helped_step: helped,
                    escalated: codec::disposition(escalated)?,
                    steps: codec::from_json(&steps)?,
                });
            }
            Ok(out)
        })
        .await
    }

    async fn create_auth_session(
        &self,
        user: &UserId,
        token_hash: &str,
        csrf_token: &str,
        now: Timestamp,
    ) -> Result<()> {
        sqlite_shared::create_auth_session(self, user, token_hash, csrf_token, now).await
    }

    async fn auth_session(&self, user: &UserId, token_hash: &str) -> Result<Option<AuthSession>> {
        sqlite_shared::auth_session(self, user, token_hash).await
    }

    async fn touch_auth_session(
        &self,
        user: &UserId,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<()> {
        sqlite_shared::touch_auth_session(self, user, token_hash, now).await
    }

    async fn delete_auth_session(&self, user: &UserId, token_hash: &str) -> Result<()> {
        sqlite_shared::delete_auth_session(self, user, token_hash).await
    }

    async fn password_hash(&self, user: &UserId) -> Result<Option<String>> {
        sqlite_shared::password_hash(self, user).await
    }

    async fn set_password_hash(&self, user: &UserId, hash: &str) -> Result<()> {
        sqlite_shared::set_password_hash(self, user, hash).await
    }

    async fn devices(&self, user: &UserId) -> Result<Vec<Device>> {
        sqlite_shared::devices(self, user).await
    }

    async fn end_sessions(&self, user: &UserId, keep: Option<&str>) -> Result<u64> {
        sqlite_shared::end_sessions(self, user, keep).await
    }

    async fn count_attempt(
        &self,
        key: &ThrottleKey,
        window: SignedDuration,
        now: Timestamp,
    ) -> Result<Attempts> {
        sqlite_shared::count_attempt(self, key, window, now).await
    }

    async fn attempts(
        &self,
        key: &ThrottleKey,
        window: SignedDuration,
        now: Timestamp,
    ) -> Result<Attempts> {
        sqlite_shared::attempts(self, key, window, now).await
    }

    async fn uncount_attempt(&self, key: &ThrottleKey) -> Result<()> {
        sqlite_shared::uncount_attempt(self, key).await
    }

    async fn clear_attempts(&self, key: &ThrottleKey) -> Result<()> {
        sqlite_shared::clear_attempts(self, key).await
    }

    async fn keep_sealed(
        &self,
        key: &KeptKey,
        sealed: Vec<u8>,
        budget: KeptBudget,
        now: Timestamp,
    ) -> Result<()> {
        sqlite_shared::keep_sealed(self, key, sealed, budget, now).await
    }

    async fn kept_sealed(
        &self,
        key: &KeptKey,
        kept_for: SignedDuration,
        now: Timestamp,
    ) -> Result<Option<Vec<u8>>> {
        sqlite_shared::kept_sealed(self, key, kept_for, now).await
    }

    async fn forget_kept(&self, key: &KeptKey) -> Result<()> {
        sqlite_shared::forget_kept(self, key).await
    }
}
