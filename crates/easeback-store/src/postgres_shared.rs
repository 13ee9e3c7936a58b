//! The PostgreSQL queries for what every server must share besides a person's
//! diary: sign-in sessions and password hashes, the signed-in devices, the
//! sign-in throttles' attempt counts and the sealed short-lived values
//! (`kept`). `postgres.rs` passes those [`crate::Store`] methods here.

use crate::codec::{self, ms};
use crate::postgres_conn::{PgStore, pg};
use crate::{
    Attempts, AuthSession, DEVICE_ID_LEN, Device, KeptBudget, KeptKey, Result, ThrottleKey, UserId,
};
use jiff::{SignedDuration, Timestamp};

pub(crate) async fn count_attempt(
    s: &PgStore,
    key: &ThrottleKey,
    window: SignedDuration,
    now: Timestamp,
) -> Result<Attempts> {
    let (now, expired) = (ms(now), ms(now - window));
    let client = s.client().await?;
    client
        .execute(
            "DELETE FROM throttles WHERE last_at <= $1 AND scope = $2",
            &[&expired, &key.scope],
        )
        .await
        .map_err(pg)?;
    let row = client
        .query_one(
            "INSERT INTO throttles (scope, key_hash, attempts, window_started_at, last_at)
             VALUES ($1, $2, 1, $3, $3)
             ON CONFLICT (key_hash, scope) DO UPDATE SET
               attempts = CASE WHEN throttles.window_started_at <= $4 THEN 1 ELSE throttles.attempts + 1 END,
               window_started_at = CASE WHEN throttles.window_started_at <= $4 THEN $3 ELSE throttles.window_started_at END,
               last_at = $3
             RETURNING attempts, last_at",
            &[&key.scope, &key.key_hash, &now, &expired],
        )
        .await
        .map_err(pg)?;
    let count: i32 = row.try_get(0).map_err(pg)?;
    codec::attempts(Some((count.unsigned_abs(), row.try_get(1).map_err(pg)?)))
}

pub(crate) async fn attempts(
    s: &PgStore,
    key: &ThrottleKey,
    window: SignedDuration,
    now: Timestamp,
) -> Result<Attempts> {
    let row = s
        .client()
        .await?
        .query_opt(
            "SELECT attempts, last_at FROM throttles
             WHERE key_hash = $1 AND scope = $2 AND window_started_at > $3",
            &[&key.key_hash, &key.scope, &ms(now - window)],
        )
        .await
        .map_err(pg)?;
    let row = match row {
        None => None,
        Some(r) => Some((
            r.try_get::<_, i32>(0).map_err(pg)?.unsigned_abs(),
            r.try_get(1).map_err(pg)?,
        )),
    };
    codec::attempts(row)
}

pub(crate) async fn uncount_attempt(s: &PgStore, key: &ThrottleKey) -> Result<()> {
    s.client()
        .await?
        .execute(
            "UPDATE throttles SET attempts = attempts - 1
             WHERE key_hash = $1 AND scope = $2 AND attempts > 0",
            &[&key.key_hash, &key.scope],
        )
        .await
        .map_err(pg)?;
    Ok(())
}

pub(crate) async fn clear_attempts(s: &PgStore, key: &ThrottleKey) -> Result<()> {
    delete_row(
        s,
        "DELETE FROM throttles WHERE key_hash = $1 AND scope = $2",
        &key.key_hash,
        key.scope,
    )
    .await
}

/// Delete the row found by a hash and its scope or kind (a throttle's
/// count, a kept value): `sql` takes them as $1 and $2.
async fn delete_row(s: &PgStore, sql: &str, hash: &str, of: &str) -> Result<()> {
    s.client()
        .await?
        .execute(sql, &[&hash, &of])
        .await
        .map_err(pg)?;
    Ok(())
}

pub(crate) async fn keep_sealed(
    s: &PgStore,
    key: &KeptKey,
    sealed: Vec<u8>,
    budget: KeptBudget,
    now: Timestamp,
) -> Result<()> {
    let (kind, id) = (key.kind, &key.id_hash);
    let (now, expired) = (ms(now), ms(now - budget.kept_for));
    let client = s.client().await?;
    client
        .execute(
            "DELETE FROM kept WHERE kind = $1 AND written_at <= $2",
            &[&kind, &expired],
        )
        .await
        .map_err(pg)?;
    client
        .execute(
            "INSERT INTO kept (id_hash, kind, sealed, bytes, written_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (id_hash) DO UPDATE SET
               sealed = excluded.sealed, bytes = excluded.bytes,
               written_at = excluded.written_at
             WHERE kept.kind = excluded.kind",
            &[id, &kind, &sealed, &(sealed.len() as i64), &now],
        )
        .await
        .map_err(pg)?;
    let row = client
        .query_one(
            "SELECT COUNT(*), COALESCE(SUM(bytes), 0)::BIGINT FROM kept WHERE kind = $1",
            &[&kind],
        )
        .await
        .map_err(pg)?;
    let totals = (row.get::<_, i64>(0) as u64, row.get::<_, i64>(1) as u64);
    if totals.0 <= budget.rows && totals.1 <= budget.bytes {
        return Ok(());
    }
    let rows = client
        .query(
            "SELECT id_hash, bytes FROM kept WHERE kind = $1 ORDER BY written_at",
            &[&kind],
        )
        .await
        .map_err(pg)?;
    let oldest = rows
        .iter()
        .map(|r| (r.get::<_, String>(0), r.get::<_, i64>(1) as u64));
    let drop = codec::over_budget(totals, oldest, budget, id);
    client
        .execute("DELETE FROM kept WHERE id_hash = ANY($1)", &[&drop])
        .await
        .map_err(pg)?;
    Ok(())
}

pub(crate) async fn kept_sealed(
    s: &PgStore,
    key: &KeptKey,
    kept_for: SignedDuration,
    now: Timestamp,
) -> Result<Option<Vec<u8>>> {
    let row = s
        .client()
        .await?
        .query_opt(
            "SELECT sealed FROM kept WHERE id_hash = $1 AND kind = $2 AND written_at > $3",
            &[&key.id_hash, &key.kind, &ms(now - kept_for)],
        )
        .await
        .map_err(pg)?;
    Ok(row.map(|r| r.get(0)))
}

pub(crate) async fn forget_kept(s: &PgStore, key: &KeptKey) -> Result<()> {
    delete_row(
        s,
        "DELETE FROM kept WHERE id_hash = $1 AND kind = $2",
        &key.id_hash,
        key.kind,
    )
    .await
}

pub(crate) async fn create_auth_session(
    s: &PgStore,
    user: &UserId,
    token_hash: &str,
    csrf_token: &str,
    now: Timestamp,
) -> Result<()> {
    s.client()
        .await?
        .execute(
            "INSERT INTO auth_sessions (user_id, token_hash, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)",
            &[&user.0, &token_hash, &csrf_token, &ms(now)],
        )
        .await
        .map_err(pg)?;
    Ok(())
}

pub(crate) async fn auth_session(
    s: &PgStore,
    user: &UserId,
    token_hash: &str,
) -> Result<Option<AuthSession>> {
    let row = s
        .client()
        .await?
        .query_opt(
            "SELECT user_id, csrf_token, created_at, last_seen_at FROM auth_sessions WHERE user_id = $1 AND token_hash = $2",
            &[&user.0, &token_hash],
        )
        .await
        .map_err(pg)?;
    row.map(|r| {
        Ok(AuthSession {
            user: UserId(r.get(0)),
            csrf_token: r.get(1),
            created_at: codec::ts(r.get(2))?,
            last_seen_at: codec::ts(r.get(3))?,
        })
    })
    .transpose()
}

pub(crate) async fn touch_auth_session(
    s: &PgStore,
    user: &UserId,
    token_hash: &str,
    now: Timestamp,
) -> Result<()> {
    s.client()
        .await?
        .execute(
            "UPDATE auth_sessions SET last_seen_at = $3 WHERE user_id = $1 AND token_hash = $2",
            &[&user.0, &token_hash, &ms(now)],
        )
        .await
        .map_err(pg)?;
    Ok(())
}

pub(crate) async fn delete_auth_session(
    s: &PgStore,
    user: &UserId,
    token_hash: &str,
) -> Result<()> {
    s.client()
        .await?
        .execute(
            "DELETE FROM auth_sessions WHERE user_id = $1 AND token_hash = $2",
            &[&user.0, &token_hash],
        )
        .await
        .map_err(pg)?;
    Ok(())
}

pub(crate) async fn password_hash(s: &PgStore, user: &UserId) -> Result<Option<String>> {
    let row = s
        .client()
        .await?
        .query_opt("SELECT password_hash FROM users WHERE id = $1", &[&user.0])
        .await
        .map_err(pg)?;
    Ok(row.and_then(|r| r.get(0)))
}

pub(crate) async fn set_password_hash(s: &PgStore, user: &UserId, hash: &str) -> Result<()> {
    let n = s
        .client()
        .await?
        .execute(
            "UPDATE users SET password_hash = $2 WHERE id = $1",
            &[&user.0, &hash],
        )
        .await
        .map_err(pg)?;
    codec::touched(n)
}

pub(crate) async fn devices(s: &PgStore, user: &UserId) -> Result<Vec<Device>> {
    let rows = s
        .client()
        .await?
        .query(
            "SELECT substr(token_hash, 1, $2), created_at, last_seen_at FROM auth_sessions
             WHERE user_id = $1 ORDER BY last_seen_at DESC",
            &[&user.0, &(DEVICE_ID_LEN as i32)],
        )
        .await
        .map_err(pg)?;
    rows.iter()
        .map(|r| {
            Ok(Device {
                id: r.get(0),
                created_at: codec::ts(r.get(1))?,
                last_seen_at: codec::ts(r.get(2))?,
            })
        })
        .collect()
}

pub(crate) async fn end_sessions(s: &PgStore, user: &UserId, keep: Option<&str>) -> Result<u64> {
    s.client()
        .await?
        .execute(
            "DELETE FROM auth_sessions WHERE user_id = $1 AND token_hash <> $2",
            &[&user.0, &keep.unwrap_or("")],
        )
        .await
        .map_err(pg)
}
