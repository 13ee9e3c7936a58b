//! Connecting to PostgreSQL: the pool (bounded waits, so a database that
//! stops answering gives a clear error, not a hung request), the optional
//! schema that isolates a test run, the migrations applied under an
//! advisory lock, and how driver errors map to [`StoreError`]s.

use crate::{Result, StoreError};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::NoTls;

/// The PostgreSQL store: a pool of connections (its queries are in
/// `postgres`).
#[derive(Clone)]
pub struct PgStore {
    pub(crate) pool: Pool,
}

const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../migrations/postgres/0001_init.sql")),
    (
        2,
        include_str!("../migrations/postgres/0002_auth_sessions.sql"),
    ),
    (3, include_str!("../migrations/postgres/0003_care_team.sql")),
    (
        4,
        include_str!("../migrations/postgres/0004_tightenings.sql"),
    ),
    (
        5,
        include_str!("../migrations/postgres/0005_entry_count.sql"),
    ),
    (
        6,
        include_str!("../migrations/postgres/0006_spread_by_user.sql"),
    ),
    (
        7,
        include_str!("../migrations/postgres/0007_emails_by_user.sql"),
    ),
    (8, include_str!("../migrations/postgres/0008_kept.sql")),
];
/// Key of the advisory lock held while migrating.
const MIGRATION_LOCK: i64 = 0x4561_7365_6261_636b;

#[allow(clippy::needless_pass_by_value, reason = "used as a map_err function")]
pub(crate) fn pg(e: tokio_postgres::Error) -> StoreError {
    if let Some(db) = e.as_db_error()
        && db.code() == &tokio_postgres::error::SqlState::UNIQUE_VIOLATION
    {
        return StoreError::Conflict(db.message().to_string());
    }
    StoreError::Backend(e.to_string())
}

#[allow(clippy::needless_pass_by_value, reason = "used as a map_err function")]
fn pool_err(e: deadpool_postgres::PoolError) -> StoreError {
    StoreError::Backend(format!("database unavailable: {e}"))
}

/// Longest wait for a connection (to open one, or for one to come free):
/// past it the request gets a clear "not available" answer.
const POOL_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

impl PgStore {
    /// Connect to `url`, optionally inside `schema` (created if missing), and
    /// apply migrations.
    pub async fn connect(url: &str, schema: Option<&str>) -> Result<PgStore> {
        let mut cfg: tokio_postgres::Config = url.parse().map_err(|e: tokio_postgres::Error| {
            StoreError::Backend(format!("bad database URL: {e}"))
        })?;
        if let Some(schema) = schema {
            if !schema
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                return Err(StoreError::Backend(format!("bad schema name '{schema}'")));
            }
            let (client, conn) = cfg.connect(NoTls).await.map_err(pg)?;
            let task = tokio::spawn(conn);
            client
                .batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
                .await
                .map_err(pg)?;
            drop(client);
            let _ = task.await;
            cfg.options(format!("-c search_path={schema}"));
        }
        // a database that stops answering must not hold requests forever
        if cfg.get_connect_timeout().is_none() {
            cfg.connect_timeout(POOL_TIMEOUT);
        }
        cfg.keepalives(true)
            .keepalives_idle(std::time::Duration::from_secs(30));
        let mgr = Manager::from_config(
            cfg,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(mgr)
            .max_size(16)
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .wait_timeout(Some(POOL_TIMEOUT))
            .create_timeout(Some(POOL_TIMEOUT))
            .recycle_timeout(Some(POOL_TIMEOUT))
            .build()
            .map_err(|e| StoreError::Backend(e.to_string()))?;
        let store = PgStore { pool };
        store.migrate().await?;
        Ok(store)
    }

    pub(crate) async fn migrate(&self) -> Result<()> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(pg)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await
            .map_err(pg)?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
        )
        .await
        .map_err(pg)?;
        for &(version, sql) in MIGRATIONS {
            let done = tx
                .query_opt(
                    "SELECT version FROM schema_migrations WHERE version = $1",
                    &[&version],
                )
                .await
                .map_err(pg)?;
            if done.is_none() {
                tx.batch_execute(sql).await.map_err(pg)?;
                tx.execute(
                    "INSERT INTO schema_migrations (version) VALUES ($1)",
                    &[&version],
                )
                .await
                .map_err(pg)?;
            }
        }
        tx.commit().await.map_err(pg)
    }

    /// The pool's connections and those in use (see [`crate::StoreUse`]).
    pub fn usage(&self) -> crate::StoreUse {
        let status = self.pool.status();
        crate::StoreUse {
            connections: status.size as u64,
            in_use: status.size.saturating_sub(status.available) as u64,
            write_batches: None,
        }
    }

    pub(crate) async fn client(&self) -> Result<deadpool_postgres::Client> {
        self.pool.get().await.map_err(pool_err)
    }
}
