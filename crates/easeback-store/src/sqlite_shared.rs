//! The SQLite queries for what every server must share besides a person's
//! diary: sign-in sessions and password hashes, the signed-in devices, the
//! sign-in throttles' attempt counts and the sealed short-lived values
//! (`kept`). `sqlite.rs` passes those [`crate::Store`] methods here.

use crate::codec::{self, ms};
use crate::sqlite_conn::db;
use crate::{
    Attempts, AuthSession, DEVICE_ID_LEN, Device, KeptBudget, KeptKey, Result, SqliteStore,
    ThrottleKey, UserId,
};
use jiff::{SignedDuration, Timestamp};
use rusqlite::{OptionalExtension, params};

pub(crate) async fn count_attempt(
    s: &SqliteStore,
    key: &ThrottleKey,
    window: SignedDuration,
    now: Timestamp,
) -> Result<Attempts> {
    let (scope, kh) = (key.scope, key.key_hash.clone());
    let (now, expired) = (ms(now), ms(now - window));
    s.write(move |c| {
        c.execute(
            "DELETE FROM throttles WHERE last_at <= ?1 AND scope = ?2",
            params![expired, scope],
        )
        .map_err(db)?;
        let row: (u32, i64) = c
            .query_row(
                "INSERT INTO throttles (scope, key_hash, attempts, window_started_at, last_at)
                 VALUES (?1, ?2, 1, ?3, ?3)
                 ON CONFLICT (key_hash, scope) DO UPDATE SET
                   attempts = CASE WHEN window_started_at <= ?4 THEN 1 ELSE attempts + 1 END,
                   window_started_at = CASE WHEN window_started_at <= ?4 THEN ?3 ELSE window_started_at END,
                   last_at = ?3
                 RETURNING attempts, last_at",
                params![scope, kh, now, expired],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(db)?;
        codec::attempts(Some(row))
    })
    .await
}

pub(crate) async fn attempts(
    s: &SqliteStore,
    key: &ThrottleKey,
    window: SignedDuration,
    now: Timestamp,
) -> Result<Attempts> {
    let (scope, kh) = (key.scope, key.key_hash.clone());
    let expired = ms(now - window);
    s.read(move |c| {
        let row: Option<(u32, i64)> = c
            .query_row(
                "SELECT attempts, last_at FROM throttles
                 WHERE key_hash = ?1 AND scope = ?2 AND window_started_at > ?3",
                params![kh, scope, expired],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(db)?;
        codec::attempts(row)
    })
    .await
}

pub(crate) async fn uncount_attempt(s: &SqliteStore, key: &ThrottleKey) -> Result<()> {
    let (scope, kh) = (key.scope, key.key_hash.clone());
    s.write(move |c| {
        c.execute(
            "UPDATE throttles SET attempts = attempts - 1
             WHERE key_hash = ?1 AND scope = ?2 AND attempts > 0",
            params![kh, scope],
        )
        .map_err(db)?;
        Ok(())
    })
    .await
}

pub(crate) async fn clear_attempts(s: &SqliteStore, key: &ThrottleKey) -> Result<()> {
    delete_row(
        s,
        "DELETE FROM throttles WHERE key_hash = ?1 AND scope = ?2",
        &key.key_hash,
        key.scope,
    )
    .await
}

/// Delete the row found by a hash and its scope or kind (a throttle's
/// count, a kept value): `sql` takes them as ?1 and ?2.
async fn delete_row(
    s: &SqliteStore,
    sql: &'static str,
    hash: &str,
    of: &'static str,
) -> Result<()> {
    let hash = hash.to_string();
    s.write(move |c| {
        c.execute(sql, params![hash, of]).map_err(db)?;
        Ok(())
    })
    .await
}

pub(crate) async fn keep_sealed(
    s: &SqliteStore,
    key: &KeptKey,
    sealed: Vec<u8>,
    budget: KeptBudget,
    now: Timestamp,
) -> Result<()> {
    let (kind, id) = (key.kind, key.id_hash.clone());
    let (now, expired) = (ms(now), ms(now - budget.kept_for));
    s.write(move |c| {
        c.execute(
            "DELETE FROM kept WHERE kind = ?1 AND written_at <= ?2",
            params![kind, expired],
        )
        .map_err(db)?;
        c.execute(
            "INSERT INTO kept (id_hash, kind, sealed, bytes, written_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id_hash) DO UPDATE SET
               sealed = excluded.sealed, bytes = excluded.bytes,
               written_at = excluded.written_at
             WHERE kept.kind = excluded.kind",
            params![id, kind, sealed, sealed.len() as i64, now],
        )
        .map_err(db)?;
        let totals: (i64, i64) = c
            .query_row(
                "SELECT COUNT(*), COALESCE(SUM(bytes), 0) FROM kept WHERE kind = ?1",
                params![kind],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(db)?;
        let totals = (totals.0 as u64, totals.1 as u64);
        if totals.0 <= budget.rows && totals.1 <= budget.bytes {
            return Ok(());
        }
        let mut oldest = c
            .prepare("SELECT id_hash, bytes FROM kept WHERE kind = ?1 ORDER BY written_at")
            .map_err(db)?;
        let rows = oldest
            .query_map(params![kind], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })
            .map_err(db)?
            .map_while(std::result::Result::ok);
        let drop = codec::over_budget(totals, rows, budget, &id);
        for gone in drop {
            c.execute("DELETE FROM kept WHERE id_hash = ?1", params![gone])
                .map_err(db)?;
        }
        Ok(())
    })
    .await
}

pub(crate) async fn kept_sealed(
    s: &SqliteStore,
    key: &KeptKey,
    kept_for: SignedDuration,
    now: Timestamp,
) -> Result<Option<Vec<u8>>> {
    let (kind, id) = (key.kind, key.id_hash.clone());
    let expired = ms(now - kept_for);
    s.read(move |c| {
        c.query_row(
            "SELECT sealed FROM kept WHERE id_hash = ?1 AND kind = ?2 AND written_at > ?3",
            params![id, kind, expired],
            |r| r.get(0),
        )
        .optional()
        .map_err(db)
    })
    .await
}

pub(crate) async fn forget_kept(s: &SqliteStore, key: &KeptKey) -> Result<()> {
    delete_row(
        s,
        "DELETE FROM kept WHERE id_hash = ?1 AND kind = ?2",
        &key.id_hash,
        key.kind,
    )
    .await
}

pub(crate) async fn create_auth_session(
    s: &SqliteStore,
    user: &UserId,
    token_hash: &str,
    csrf_token: &str,
    now: Timestamp,
) -> Result<()> {
    let (uid, th, csrf) = (
        user.0.clone(),
        token_hash.to_string(),
        csrf_token.to_string(),
    );
    s.write(move |c| {
        c.execute(
            "INSERT INTO auth_sessions (user_id, token_hash, csrf_token, created_at, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![uid, th, csrf, ms(now)],
        )
        .map_err(db)?;
        Ok(())
    })
    .await
}

pub(crate) async fn auth_session(
    s: &SqliteStore,
    user: &UserId,
    token_hash: &str,
) -> Result<Option<AuthSession>> {
    let (uid, th) = (user.0.clone(), token_hash.to_string());
    s.read(move |c| {
        let row = c
            .query_row(
                "SELECT user_id, csrf_token, created_at, last_seen_at FROM auth_sessions WHERE user_id = ?1 AND token_hash = ?2",
                [uid, th],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, i64>(3)?)),
            )
            .optional()
            .map_err(db)?;
        row.map(|(u, csrf, created, seen)| {
            Ok(AuthSession { user: UserId(u), csrf_token: csrf, created_at: codec::ts(created)?, last_seen_at: codec::ts(seen)? })
        })
        .transpose()
    })
    .await
}

pub(crate) async fn touch_auth_session(
    s: &SqliteStore,
    user: &UserId,
    token_hash: &str,
    now: Timestamp,
) -> Result<()> {
    let (uid, th) = (user.0.clone(), token_hash.to_string());
    s.write(move |c| {
        c.execute(
            "UPDATE auth_sessions SET last_seen_at = ?3 WHERE user_id = ?1 AND token_hash = ?2",
            params![uid, th, ms(now)],
        )
        .map_err(db)?;
        Ok(())
    })
    .await
}

pub(crate) async fn delete_auth_session(
    s: &SqliteStore,
    user: &UserId,
    token_hash: &str,
) -> Result<()> {
    let (uid, th) = (user.0.clone(), token_hash.to_string());
    s.write(move |c| {
        c.execute(
            "DELETE FROM auth_sessions WHERE user_id = ?1 AND token_hash = ?2",
            [uid, th],
        )
        .map_err(db)?;
        Ok(())
    })
    .await
}

pub(crate) async fn password_hash(s: &SqliteStore, user: &UserId) -> Result<Option<String>> {
    let uid = user.0.clone();
    s.read(move |c| {
        c.query_row(
            "SELECT password_hash FROM users WHERE id = ?1",
            [uid],
            |r| r.get(0),
        )
        .optional()
        .map_err(db)
        .map(Option::flatten)
    })
    .await
}

pub(crate) async fn set_password_hash(s: &SqliteStore, user: &UserId, hash: &str) -> Result<()> {
    let (uid, hash) = (user.0.clone(), hash.to_string());
    s.write(move |c| {
        let n = c
            .execute(
                "UPDATE users SET password_hash = ?2 WHERE id = ?1",
                params![uid, hash],
            )
            .map_err(db)?;
        codec::touched(n as u64)
    })
    .await
}

pub(crate) async fn devices(s: &SqliteStore, user: &UserId) -> Result<Vec<Device>> {
    let uid = user.0.clone();
    s.read(move |c| {
        let mut stmt = c
            .prepare_cached(
                "SELECT substr(token_hash, 1, ?2), created_at, last_seen_at FROM auth_sessions
                 WHERE user_id = ?1 ORDER BY last_seen_at DESC",
            )
            .map_err(db)?;
        let rows = stmt
            .query_map(params![uid, DEVICE_ID_LEN as i64], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .map_err(db)?;
        rows.map(|row| {
            let (id, created, seen) = row.map_err(db)?;
            Ok(Device {
                id,
                created_at: codec::ts(created)?,
                last_seen_at: codec::ts(seen)?,
            })
        })
        .collect()
    })
    .await
}

pub(crate) async fn end_sessions(
    s: &SqliteStore,
    user: &UserId,
    keep: Option<&str>,
) -> Result<u64> {
    let (uid, keep) = (user.0.clone(), keep.unwrap_or("").to_string());
    s.write(move |c| {
        c.execute(
            "DELETE FROM auth_sessions WHERE user_id = ?1 AND token_hash <> ?2",
            params![uid, keep],
        )
        .map_err(db)
        .map(|n| n as u64)
    })
    .await
}
