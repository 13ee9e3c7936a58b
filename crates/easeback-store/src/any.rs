//! The store chosen at run time: [`AnyStore`] (SQLite or PostgreSQL) with
//! the [`Store`] trait passed through to the backend, [`open`] choosing it
//! from a URL or path, and [`redacted`] for showing that target safely.

use crate::{
    Attempts, AuthSession, Device, KeptBudget, KeptKey, PgStore, Profile, Result, SqliteStore,
    Store, StoredEntry, ThrottleKey, UserId,
};
use easeback_core::diary::{DailyFactors, Entry, TimedTightening};
use easeback_core::session::Outcome;
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

/// Either backend, chosen at run time.
#[derive(Clone)]
pub enum AnyStore {
    Sqlite(SqliteStore),
    Postgres(PgStore),
}

/// How busy the store is, for the server's metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoreUse {
    /// Connections open (SQLite: its readers; PostgreSQL: the pool's).
    pub connections: u64,
    /// Of those, in use now.
    pub in_use: u64,
    /// Write batches committed and the writes in them since the start
    /// (SQLite's group commit; PostgreSQL writes one transaction each and
    /// reports none).
    pub write_batches: Option<(u64, u64)>,
}

impl AnyStore {
    /// How busy the store is now.
    pub fn usage(&self) -> StoreUse {
        match self {
            AnyStore::Sqlite(s) => s.usage(),
            AnyStore::Postgres(p) => p.usage(),
        }
    }
}

/// `target` as it may be shown or logged: a PostgreSQL URL's password is
/// replaced by `***` (a SQLite path is shown as it is).
pub fn redacted(target: &str) -> String {
    let Some((scheme, rest)) = target.split_once("://") else {
        return target.to_string();
    };
    // the authority ends at the first '/' or '?'; its userinfo at its last '@'
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _password)) => format!("{user}:***@{host}"),
            None => authority.to_string(),
        },
        None => authority.to_string(),
    };
    // a password can also come as a query parameter
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => kv.to_string(),
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => tail.to_string(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// Open the store named by `target`: a `postgres://` (or `postgresql://`) URL,
/// a `sqlite://` URL, or a file path. Migrations are applied.
pub async fn open(target: &str) -> Result<AnyStore> {
    if target.starts_with("postgres://") || target.starts_with("postgresql://") {
        Ok(AnyStore::Postgres(PgStore::connect(target, None).await?))
    } else {
        let path = target.strip_prefix("sqlite://").unwrap_or(target);
        Ok(AnyStore::Sqlite(SqliteStore::open(path).await?))
    }
}

macro_rules! dispatch {
    ($self:ident, $s:ident => $e:expr) => {
        match $self {
            AnyStore::Sqlite($s) => $e.await,
            AnyStore::Postgres($s) => $e.await,
        }
    };
}

impl Store for AnyStore {
    async fn ping(&self) -> Result<()> {
        dispatch!(self, s => s.ping())
    }
    async fn create_user(
        &self,
        email: Option<&str>,
        password_hash: Option<&str>,
        now: Timestamp,
    ) -> Result<UserId> {
        dispatch!(self, s => s.create_user(email, password_hash, now))
    }
    async fn local_user(&self, now: Timestamp) -> Result<UserId> {
        dispatch!(self, s => s.local_user(now))
    }
    async fn user_by_email(&self, email: &str) -> Result<Option<(UserId, Option<String>)>> {
        dispatch!(self, s => s.user_by_email(email))
    }
    async fn delete_user(&self, user: &UserId) -> Result<()> {
        dispatch!(self, s => s.delete_user(user))
    }
    async fn profile(&self, user: &UserId) -> Result<Profile> {
        dispatch!(self, s => s.profile(user))
    }
    async fn set_profile(&self, user: &UserId, profile: &Profile, now: Timestamp) -> Result<()> {
        dispatch!(self, s => s.set_profile(user, profile, now))
    }
    async fn add_entry(&self, user: &UserId, entry: &Entry, now: Timestamp) -> Result<String> {
        dispatch!(self, s => s.add_entry(user, entry, now))
    }
    async fn update_entry(
        &self,
        user: &UserId,
        id: &str,
        entry: &Entry,
        now: Timestamp,
    ) -> Result<()> {
        dispatch!(self, s => s.update_entry(user, id, entry, now))
    }
    async fn delete_entry(&self, user: &UserId, id: &str) -> Result<()> {
        dispatch!(self, s => s.delete_entry(user, id))
    }
    async fn entry(&self, user: &UserId, id: &str) -> Result<StoredEntry> {
        dispatch!(self, s => s.entry(user, id))
    }
    async fn recent_entries(&self, user: &UserId, limit: u32) -> Result<Vec<StoredEntry>> {
        dispatch!(self, s => s.recent_entries(user, limit))
    }
    async fn entries_after(
        &self,
        user: &UserId,
        after: Option<&StoredEntry>,
        limit: u32,
    ) -> Result<Vec<StoredEntry>> {
        dispatch!(self, s => s.entries_after(user, after, limit))
    }
    async fn entries_since(&self, user: &UserId, since: Timestamp) -> Result<Vec<Entry>> {
        dispatch!(self, s => s.entries_since(user, since))
    }
    async fn set_factors(&self, user: &UserId, factors: &DailyFactors) -> Result<()> {
        dispatch!(self, s => s.set_factors(user, factors))
    }
    async fn factors_since(&self, user: &UserId, since: Date) -> Result<Vec<DailyFactors>> {
        dispatch!(self, s => s.factors_since(user, since))
    }
    async fn add_session_outcome(&self, user: &UserId, outcome: &Outcome) -> Result<String> {
        dispatch!(self, s => s.add_session_outcome(user, outcome))
    }
    async fn session_outcomes(&self, user: &UserId, limit: u32) -> Result<Vec<Outcome>> {
        dispatch!(self, s => s.session_outcomes(user, limit))
    }
    async fn add_tightening(&self, user: &UserId, t: &TimedTightening) -> Result<()> {
        dispatch!(self, s => s.add_tightening(user, t))
    }
    async fn tightenings_since(
        &self,
        user: &UserId,
        since: Timestamp,
        limit: u32,
    ) -> Result<Vec<TimedTightening>> {
        dispatch!(self, s => s.tightenings_since(user, since, limit))
    }
    async fn create_auth_session(
        &self,
        user: &UserId,
        token_hash: &str,
        csrf_token: &str,
        now: Timestamp,
    ) -> Result<()> {
        dispatch!(self, s => s.create_auth_session(user, token_hash, csrf_token, now))
    }
    async fn auth_session(&self, user: &UserId, token_hash: &str) -> Result<Option<AuthSession>> {
        dispatch!(self, s => s.auth_session(user, token_hash))
    }
    async fn touch_auth_session(
        &self,
        user: &UserId,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<()> {
        dispatch!(self, s => s.touch_auth_session(user, token_hash, now))
    }
    async fn delete_auth_session(&self, user: &UserId, token_hash: &str) -> Result<()> {
        dispatch!(self, s => s.delete_auth_session(user, token_hash))
    }
    async fn password_hash(&self, user: &UserId) -> Result<Option<String>> {
        dispatch!(self, s => s.password_hash(user))
    }
    async fn set_password_hash(&self, user: &UserId, hash: &str) -> Result<()> {
        dispatch!(self, s => s.set_password_hash(user, hash))
    }
    async fn devices(&self, user: &UserId) -> Result<Vec<Device>> {
        dispatch!(self, s => s.devices(user))
    }
    async fn end_sessions(&self, user: &UserId, keep: Option<&str>) -> Result<u64> {
        dispatch!(self, s => s.end_sessions(user, keep))
    }
    async fn count_attempt(
        &self,
        key: &ThrottleKey,
        window: SignedDuration,
        now: Timestamp,
    ) -> Result<Attempts> {
        dispatch!(self, s => s.count_attempt(key, window, now))
    }
    async fn attempts(
        &self,
        key: &ThrottleKey,
        window: SignedDuration,
        now: Timestamp,
    ) -> Result<Attempts> {
        dispatch!(self, s => s.attempts(key, window, now))
    }
    async fn clear_attempts(&self, key: &ThrottleKey) -> Result<()> {
        dispatch!(self, s => s.clear_attempts(key))
    }
    async fn uncount_attempt(&self, key: &ThrottleKey) -> Result<()> {
        dispatch!(self, s => s.uncount_attempt(key))
    }
    async fn keep_sealed(
        &self,
        key: &KeptKey,
        sealed: Vec<u8>,
        budget: KeptBudget,
        now: Timestamp,
    ) -> Result<()> {
        dispatch!(self, s => s.keep_sealed(key, sealed, budget, now))
    }
    async fn kept_sealed(
        &self,
        key: &KeptKey,
        kept_for: SignedDuration,
        now: Timestamp,
    ) -> Result<Option<Vec<u8>>> {
        dispatch!(self, s => s.kept_sealed(key, kept_for, now))
    }
    async fn forget_kept(&self, key: &KeptKey) -> Result<()> {
        dispatch!(self, s => s.forget_kept(key))
    }
}

#[cfg(test)]
mod tests {
    use super::redacted;

    #[test]
    fn a_database_password_is_hidden_and_everything_else_kept() {
        assert_eq!(
            redacted("postgres://eb:p%40ss:w@db.internal:5432/easeback"),
            "postgres://eb:***@db.internal:5432/easeback"
        );
        assert_eq!(
            redacted("postgresql://eb@127.0.0.1/test"),
            "postgresql://eb@127.0.0.1/test"
        );
        assert_eq!(
            redacted("/var/lib/easeback/diary.db"),
            "/var/lib/easeback/diary.db"
        );
    }
}
