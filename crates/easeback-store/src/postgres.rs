//! The PostgreSQL backend, for deployments with several app servers: the
//! store's queries (connecting, the pool and migrations live in
//! `postgres_conn`).

use crate::codec::{self, ms};
use crate::postgres_conn::{PgStore, pg};
use crate::postgres_shared;
use crate::{
    Attempts, AuthSession, Device, KeptBudget, KeptKey, LOCAL_USER, MAX_ENTRIES, Profile, Result,
    Store, StoreError, StoredEntry, ThrottleKey, UserId, new_id,
};
use easeback_core::diary::{DailyFactors, Entry, TimedTightening};
use easeback_core::session::Outcome;
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use tokio_postgres::Row;

const INSERT_ENTRY: &str = "INSERT INTO diary_entries (user_id, id, started_at, utc_offset_minutes, duration_minutes,
     locations, side, intensity, pain_after, triggers, context, tried, woke_from_sleep, notes, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)";
const UPDATE_ENTRY: &str =
    "UPDATE diary_entries SET started_at = $3, utc_offset_minutes = $4, duration_minutes = $5,
     locations = $6, side = $7, intensity = $8, pain_after = $9, triggers = $10, context = $11,
     tried = $12, woke_from_sleep = $13, notes = $14, updated_at = $15
     WHERE user_id = $1 AND id = $2";

const ENTRY_COLUMNS: &str = "id, started_at, utc_offset_minutes, duration_minutes, locations, side, intensity, \
     pain_after, triggers, context, tried, woke_from_sleep, notes, created_at, updated_at";

fn row_to_entry(r: &Row) -> Result<StoredEntry> {
    let get_err = |e: tokio_postgres::Error| StoreError::Backend(e.to_string());
    let duration: Option<i32> = r.try_get(3).map_err(get_err)?;
    let intensity: i32 = r.try_get(6).map_err(get_err)?;
    let after: Option<i32> = r.try_get(7).map_err(get_err)?;
    let offset: i32 = r.try_get(2).map_err(get_err)?;
    Ok(StoredEntry {
        id: r.try_get(0).map_err(get_err)?,
        entry: Entry {
            started_at: codec::ts(r.try_get(1).map_err(get_err)?)?,
            utc_offset_minutes: i16::try_from(offset)
                .map_err(|_| StoreError::Backend("bad offset".into()))?,
            duration_minutes: duration.and_then(|d| u16::try_from(d).ok()),
            locations: codec::locations(r.try_get(4).map_err(get_err)?)?,
            side: codec::side(r.try_get(5).map_err(get_err)?)?,
            intensity: codec::small(Some(i64::from(intensity)), "intensity")?.unwrap_or(0),
            pain_after: codec::small(after.map(i64::from), "pain_after")?,
            triggers: codec::from_json(r.try_get(8).map_err(get_err)?)?,
            context: r.try_get(9).map_err(get_err)?,
            tried: codec::tried(r.try_get(10).map_err(get_err)?)?,
            woke_from_sleep: r.try_get(11).map_err(get_err)?,
            notes: r.try_get(12).map_err(get_err)?,
        },
        created_at: codec::ts(r.try_get(13).map_err(get_err)?)?,
        updated_at: codec::ts(r.try_get(14).map_err(get_err)?)?,
    })
}

fn small(v: Option<u8>) -> Option<i32> {
    v.map(i32::from)
}

impl PgStore {
    /// Run the insert or the update of an entry: both take the same fifteen
    /// parameters ($1 user, $2 id, $3–$14 the fields, $15 the time written).
    async fn write_entry(
        &self,
        sql: &str,
        user: &UserId,
        id: &str,
        e: &Entry,
        now: Timestamp,
    ) -> Result<u64> {
        let (locations, triggers, tried) = (
            codec::to_json(&e.locations),
            codec::to_json(&e.triggers),
            codec::to_json(&e.tried),
        );
        let side = codec::side_str(e.side);
        let duration = e.duration_minutes.map(i32::from);
        self.client()
            .await?
            .execute(
                sql,
                &[
                    &user.0,
                    &id,
                    &ms(e.started_at),
                    &i32::from(e.utc_offset_minutes),
                    &duration,
                    &locations,
                    &side,
                    &i32::from(e.intensity),
                    &small(e.pain_after),
                    &triggers,
                    &e.context,
                    &tried,
                    &e.woke_from_sleep,
                    &e.notes,
                    &ms(now),
                ],
            )
            .await
            .map_err(pg)
    }
}

impl Store for PgStore {
    async fn ping(&self) -> Result<()> {
        self.client()
            .await?
            .execute("SELECT 1", &[])
            .await
            .map_err(pg)?;
        Ok(())
    }

    async fn create_user(
        &self,
        email: Option<&str>,
        password_hash: Option<&str>,
        now: Timestamp,
    ) -> Result<UserId> {
        let id = new_id();
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(pg)?;
        tx.execute(
            "INSERT INTO users (id, password_hash, created_at) VALUES ($1, $2, $3)",
            &[&id, &password_hash, &ms(now)],
        )
        .await
        .map_err(pg)?;
        if let Some(email) = email {
            tx.execute(
                "INSERT INTO sign_in_emails (email, user_id) VALUES ($1, $2)",
                &[&email, &id],
            )
            .await
            .map_err(pg)?;
        }
        tx.commit().await.map_err(pg)?;
        Ok(UserId(id))
    }

    async fn local_user(&self, now: Timestamp) -> Result<UserId> {
        self.client()
            .await?
            .execute(
                "INSERT INTO users (id, created_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING",
                &[&LOCAL_USER, &ms(now)],
            )
            .await
            .map_err(pg)?;
        Ok(UserId(LOCAL_USER.to_string()))
    }

    async fn user_by_email(&self, email: &str) -> Result<Option<(UserId, Option<String>)>> {
        let row = self
            .client()
            .await?
            .query_opt(
                "SELECT u.id, u.password_hash FROM sign_in_emails e JOIN users u ON u.id = e.user_id WHERE e.email = $1",
                &[&email],
            )
            .await
            .map_err(pg)?;
        Ok(row.map(|r| (UserId(r.get(0)), r.get(1))))
    }

    async fn delete_user(&self, user: &UserId) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(pg)?;
        for table in crate::USER_TABLES {
            tx.execute(
                &format!("DELETE FROM {table} WHERE user_id = $1"),
                &[&user.0],
            )
            .await
            .map_err(pg)?;
        }
        tx.execute("DELETE FROM users WHERE id = $1", &[&user.0])
            .await
            .map_err(pg)?;
        tx.commit().await.map_err(pg)
    }

    async fn profile(&self, user: &UserId) -> Result<Profile> {
        let row = self
            .client()
            .await?
            .query_opt(
                "SELECT region, due_date, preferences, care_team_phone FROM profiles WHERE user_id = $1",
                &[&user.0],
            )
            .await
            .map_err(pg)?;
        Ok(match row {
            None => Profile::default(),
            Some(r) => Profile {
                region: r.try_get(0).map_err(pg)?,
                due_date: r
                    .try_get::<_, Option<String>>(1)
                    .map_err(pg)?
                    .and_then(|d| d.parse().ok()),
                preferences: codec::preferences(r.try_get(2).map_err(pg)?),
                care_team_phone: r.try_get(3).map_err(pg)?,
            },
        })
    }

    async fn set_profile(&self, user: &UserId, p: &Profile, now: Timestamp) -> Result<()> {
        let due = p.due_date.map(|d| d.to_string());
        self.client()
            .await?
            .execute(
                "INSERT INTO profiles (user_id, region, due_date, preferences, care_team_phone, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (user_id) DO UPDATE SET region = excluded.region, due_date = excluded.due_date,
                 preferences = excluded.preferences, care_team_phone = excluded.care_team_phone,
                 updated_at = excluded.updated_at",
                &[&user.0, &p.region, &due, &p.preferences, &p.care_team_phone, &ms(now)],
            )
            .await
            .map_err(pg)?;
        Ok(())
    }

    async fn add_entry(&self, user: &UserId, e: &Entry, now: Timestamp) -> Result<String> {
        // (two servers adding at the same instant may pass the cap by one
        // each: a bound on storage, not an exact count)
        // (the count is kept by a trigger, migration 0005)
        let held: i64 = self
            .client()
            .await?
            .query_opt("SELECT entry_count FROM users WHERE id = $1", &[&user.0])
            .await
            .map_err(pg)?
            .map_or(0, |r| r.get(0));
        if held >= MAX_ENTRIES {
            return Err(StoreError::DiaryFull);
        }
        let id = new_id();
        self.write_entry(INSERT_ENTRY, user, &id, e, now).await?;
        Ok(id)
    }

    async fn update_entry(&self, user: &UserId, id: &str, e: &Entry, now: Timestamp) -> Result<()> {
        codec::touched(self.write_entry(UPDATE_ENTRY, user, id, e, now).await?)
    }

    async fn delete_entry(&self, user: &UserId, id: &str) -> Result<()> {
        let n = self
            .client()
            .await?
            .execute(
                "DELETE FROM diary_entries WHERE user_id = $1 AND id = $2",
                &[&user.0, &id],
            )
            .await
            .map_err(pg)?;
        codec::touched(n)
    }

    async fn entry(&self, user: &UserId, id: &str) -> Result<StoredEntry> {
        let row = self
            .client()
            .await?
            .query_opt(
                &format!(
                    "SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE user_id = $1 AND id = $2"
                ),
                &[&user.0, &id],
            )
            .await
            .map_err(pg)?
            .ok_or(StoreError::NotFound)?;
        row_to_entry(&row)
    }

    async fn recent_entries(&self, user: &UserId, limit: u32) -> Result<Vec<StoredEntry>> {
        let client = self.client().await?;
        let stmt = client
            .prepare_cached(&format!(
                "SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE user_id = $1 ORDER BY started_at DESC, id DESC LIMIT $2"
            ))
            .await
            .map_err(pg)?;
        let rows = client
            .query(&stmt, &[&user.0, &i64::from(limit)])
            .await
            .map_err(pg)?;
        rows.iter().map(row_to_entry).collect()
    }

    async fn entries_after(
        &self,
        user: &UserId,
        after: Option<&StoredEntry>,
        limit: u32,
    ) -> Result<Vec<StoredEntry>> {
        let (at, id) = codec::page_start(after);
        let client = self.client().await?;
        let stmt = client
            .prepare_cached(&format!(
                "SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE user_id = $1 \
                 AND (started_at > $2 OR (started_at = $2 AND id > $3)) \
                 ORDER BY started_at, id LIMIT $4"
            ))
            .await
            .map_err(pg)?;
        let rows = client
            .query(&stmt, &[&user.0, &at, &id, &i64::from(limit)])
            .await
            .map_err(pg)?;
        rows.iter().map(row_to_entry).collect()
    }

    async fn entries_since(&self, user: &UserId, since: Timestamp) -> Result<Vec<Entry>> {
        let client = self.client().await?;
        let stmt = client
            .prepare_cached(&format!(
                "SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE user_id = $1 AND started_at >= $2 ORDER BY started_at"
            ))
            .await
            .map_err(pg)?;
        let rows = client
            .query(&stmt, &[&user.0, &ms(since)])
            .await
            .map_err(pg)?;
        rows.iter()
            .map(|r| row_to_entry(r).map(|s| s.entry))
            .collect()
    }

    async fn set_factors(&self, user: &UserId, f: &DailyFactors) -> Result<()> {
        let sleep = codec::sleep_str(f.sleep_position);
        self.client()
            .await?
            .execute(
                "INSERT INTO daily_factors (user_id, day, water, sleep_position, activity, stress)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (user_id, day) DO UPDATE SET water = excluded.water,
                 sleep_position = excluded.sleep_position, activity = excluded.activity, stress = excluded.stress",
                &[&user.0, &f.day.to_string(), &small(f.water), &sleep, &small(f.activity), &small(f.stress)],
            )
            .await
            .map_err(pg)?;
        Ok(())
    }

    async fn factors_since(&self, user: &UserId, since: Date) -> Result<Vec<DailyFactors>> {
        let rows = self
            .client()
            .await?
            .query(
                "SELECT day, water, sleep_position, activity, stress FROM daily_factors
                 WHERE user_id = $1 AND day >= $2 ORDER BY day",
                &[&user.0, &since.to_string()],
            )
            .await
            .map_err(pg)?;
        rows.iter()
            .map(|r| {
                let day: String = r.get(0);
                Ok(DailyFactors {
                    day: day
                        .parse()
                        .map_err(|_| StoreError::Backend(format!("bad day '{day}'")))?,
                    water: codec::small(r.get::<_, Option<i32>>(1).map(i64::from), "water")?,
                    sleep_position: codec::sleep(r.get(2))?,
                    activity: codec::small(r.get::<_, Option<i32>>(3).map(i64::from), "activity")?,
                    stress: codec::small(r.get::<_, Option<i32>>(4).map(i64::from), "stress")?,
                })
            })
            .collect()
    }

    async fn add_session_outcome(&self, user: &UserId, o: &Outcome) -> Result<String> {
        let id = new_id();
        let steps = codec::to_json(&o.steps);
        let escalated = codec::disposition_str(o.escalated);
        self.client()
            .await?
            .execute(
                "INSERT INTO session_outcomes (user_id, id, started_at, ended_at, pain_before, pain_after, helped_step, escalated, steps)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                &[
                    &user.0,
                    &id,
                    &ms(o.started_at),
                    &ms(o.ended_at),
                    &small(o.pain_before),
                    &small(o.pain_after),
                    &o.helped_step,
                    &escalated,
                    &steps,
                ],
            )
            .await
            .map_err(pg)?;
        Ok(id)
    }

    async fn add_tightening(&self, user: &UserId, t: &TimedTightening) -> Result<()> {
        self.client()
            .await?
            .execute(
                "INSERT INTO tightenings (user_id, started_at, ended_at, utc_offset_minutes)
                 VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, started_at) DO NOTHING",
                &[
                    &user.0,
                    &ms(t.start),
                    &ms(t.end),
                    &i32::from(t.utc_offset_minutes),
                ],
            )
            .await
            .map_err(pg)
            .map(drop)
    }

    async fn tightenings_since(
        &self,
        user: &UserId,
        since: Timestamp,
        limit: u32,
    ) -> Result<Vec<TimedTightening>> {
        let rows = self
            .client()
            .await?
            .query(
                "SELECT started_at, ended_at, utc_offset_minutes FROM tightenings
                 WHERE user_id = $1 AND started_at >= $2 ORDER BY started_at DESC LIMIT $3",
                &[&user.0, &ms(since), &i64::from(limit)],
            )
            .await
            .map_err(pg)?;
        let mut out = rows
            .iter()
            .map(|r| codec::tightening((r.get(0), r.get(1), i64::from(r.get::<_, i32>(2)))))
            .collect::<Result<Vec<_>>>()?;
        out.reverse();
        Ok(out)
    }

    async fn session_outcomes(&self, user: &UserId, limit: u32) -> Result<Vec<Outcome>> {
        let rows = self
            .client()
            .await?
            .query(
                "SELECT started_at, ended_at, pain_before, pain_after, helped_step, escalated, steps
                 FROM session_outcomes WHERE user_id = $1 ORDER BY started_at DESC LIMIT $2",
                &[&user.0, &i64::from(limit)],
            )
            .await
            .map_err(pg)?;
        rows.iter()
            .map(|r| {
                let started: i64 = r.get(0);
                let ended: Option<i64> = r.get(1);
                Ok(Outcome {
                    started_at: codec::ts(started)?,
                    ended_at: codec::ts(ended.unwrap_or(started))?,
                    pain_before: codec::small(
                        r.get::<_, Option<i32>>(2).map(i64::from),
                        "pain_before",
                    )?,
                    pain_after: codec::small(
                        r.get::<_, Option<i32>>(3).map(i64::from),
                        "pain_after",
                    )?,
                    helped_step: r.get(4),
                    escalated: codec::disposition(r.get(5))?,
                    steps: codec::from_json(r.get::<_, &str>(6))?,
                })
            })
            .collect()
    }

    async fn create_auth_session(
        &self,
        user: &UserId,
        token_hash: &str,
        csrf_token: &str,
        now: Timestamp,
    ) -> Result<()> {
        postgres_shared::create_auth_session(self, user, token_hash, csrf_token, now).await
    }

    async fn auth_session(&self, user: &UserId, token_hash: &str) -> Result<Option<AuthSession>> {
        postgres_shared::auth_session(self, user, token_hash).await
    }

    async fn touch_auth_session(
        &self,
        user: &UserId,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<()> {
        postgres_shared::touch_auth_session(self, user, token_hash, now).await
    }

    async fn delete_auth_session(&self, user: &UserId, token_hash: &str) -> Result<()> {
        postgres_shared::delete_auth_session(self, user, token_hash).await
    }

    async fn password_hash(&self, user: &UserId) -> Result<Option<String>> {
        postgres_shared::password_hash(self, user).await
    }

    async fn set_password_hash(&self, user: &UserId, hash: &str) -> Result<()> {
        postgres_shared::set_password_hash(self, user, hash).await
    }

    async fn devices(&self, user: &UserId) -> Result<Vec<Device>> {
        postgres_shared::devices(self, user).await
    }

    async fn end_sessions(&self, user: &UserId, keep: Option<&str>) -> Result<u64> {
        postgres_shared::end_sessions(self, user, keep).await
    }

    async fn count_attempt(
        &self,
        key: &ThrottleKey,
        window: SignedDuration,
        now: Timestamp,
    ) -> Result<Attempts> {
        postgres_shared::count_attempt(self, key, window, now).await
    }

    async fn attempts(
        &self,
        key: &ThrottleKey,
        window: SignedDuration,
        now: Timestamp,
    ) -> Result<Attempts> {
        postgres_shared::attempts(self, key, window, now).await
    }

    async fn uncount_attempt(&self, key: &ThrottleKey) -> Result<()> {
        postgres_shared::uncount_attempt(self, key).await
    }

    async fn clear_attempts(&self, key: &ThrottleKey) -> Result<()> {
        postgres_shared::clear_attempts(self, key).await
    }

    async fn keep_sealed(
        &self,
        key: &KeptKey,
        sealed: Vec<u8>,
        budget: KeptBudget,
        now: Timestamp,
    ) -> Result<()> {
        postgres_shared::keep_sealed(self, key, sealed, budget, now).await
    }

    async fn kept_sealed(
        &self,
        key: &KeptKey,
        kept_for: SignedDuration,
        now: Timestamp,
    ) -> Result<Option<Vec<u8>>> {
        postgres_shared::kept_sealed(self, key, kept_for, now).await
    }

    async fn forget_kept(&self, key: &KeptKey) -> Result<()> {
        postgres_shared::forget_kept(self, key).await
    }
}
