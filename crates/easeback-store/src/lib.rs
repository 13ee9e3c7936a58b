//! Easeback's storage: one [`Store`] trait, a SQLite backend (the embedded
//! default: one file, WAL, `synchronous=FULL`) and a PostgreSQL backend (for
//! several app servers), after the atuin pattern. [`open`] picks the backend
//! from a URL or path. Every user-owned table has `user_id` in its primary
//! key and every query filters by it.

mod codec;
mod postgres;
mod postgres_conn;
mod sqlite;
mod sqlite_conn;
mod sqlite_file;
mod sqlite_pool;
mod sqlite_rows;
pub mod views;

pub use postgres_conn::PgStore;
pub use sqlite::SqliteStore;

use easeback_core::diary::{DailyFactors, Diary, Entry, TimedTightening, Window};
use easeback_core::session::Outcome;
use easeback_core::{Content, Region};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;
use std::future::Future;

/// A user's id (a UUID, or `local` for the single-user command line).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub struct UserId(pub String);

/// The user of the command line, created on first use.
pub const LOCAL_USER: &str = "local";

/// An entry as stored, with its id and times.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredEntry {
    pub id: String,
    #[serde(flatten)]
    pub entry: Entry,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// What a throttle counts attempts of: its scope (what is limited, such as
/// wrong passwords per account) and the key (an email, an address) as a
/// hex SHA-256 hash, so a key of any length costs the same and no email
/// or address is kept in the clear. The caller hashes; see the server's
/// `throttle` module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThrottleKey {
    pub scope: &'static str,
    pub key_hash: String,
}

/// Attempts counted for a [`ThrottleKey`] in its current window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Attempts {
    pub count: u32,
    /// When the latest was (none counted: `None`).
    pub last_at: Option<Timestamp>,
}

/// Where a short-lived sealed value lives: its kind (a check's answer, a
/// relief session, an entry to undo) and a hex hash of its token. The
/// caller seals the value with a key only the token gives; see the
/// server's `kept` module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptKey {
    pub kind: &'static str,
    pub id_hash: String,
}

/// How much of one kind is kept: for how long after its last write, and at
/// most how many rows and bytes (the oldest go first beyond that).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeptBudget {
    pub kept_for: SignedDuration,
    pub rows: u64,
    pub bytes: u64,
}

/// A signed-in session (the token itself is never stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthSession {
    pub user: UserId,
    pub csrf_token: String,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
}

/// A signed-in device as its owner sees it: when it signed in and when it
/// was last used. `id` is the start of its token's hash: enough to tell the
/// devices apart, of no use for signing in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Device {
    pub id: String,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
}

/// Hex digits of a token's hash that name its device.
pub const DEVICE_ID_LEN: usize = 16;

/// The most diary entries one person may keep: about eighteen a day for
/// three years. It bounds what one account can store and what its exports
/// and reports hold in memory.
pub const MAX_ENTRIES: i64 = 20_000;

/// A person's settings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    pub region: Option<String>,
    pub due_date: Option<Date>,
    /// Free-form preferences as a JSON object.
    pub preferences: String,
    /// The person's own maternity unit or care team number, as written
    /// (checked with `easeback_core::phone::PhoneNumber` before saving).
    pub care_team_phone: Option<String>,
}

impl Profile {
    /// The saved region, when there is one and the content still has it.
    pub fn region_in<'c>(&self, content: &'c Content) -> Option<&'c Region> {
        self.region.as_deref().and_then(|r| content.region(r))
    }
}

/// Nothing chosen yet; the preferences are an empty JSON object, never an
/// empty string, so every reader can parse them.
impl Default for Profile {
    fn default() -> Profile {
        Profile {
            region: None,
            due_date: None,
            preferences: "{}".into(),
            care_team_phone: None,
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("already exists: {0}")]
    Conflict(String),
    /// The disk holding the database is full: nothing was written.
    #[error("the disk is full: {0}")]
    DiskFull(String),
    /// The database file cannot be written (permissions, a read-only mount).
    #[error("the database is read-only: {0}")]
    ReadOnly(String),
    #[error("database error: {0}")]
    Backend(String),
    /// The person's diary holds [`MAX_ENTRIES`] entries already.
    #[error("the diary is full: it holds {MAX_ENTRIES} entries")]
    DiaryFull,
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What every backend can do. Callers validate entries (core) first; every
/// method that touches a person's data takes their [`UserId`].
pub trait Store: Send + Sync {
    fn ping(&self) -> impl Future<Output = Result<()>> + Send;
    fn create_user(
        &self,
        email: Option<&str>,
        password_hash: Option<&str>,
        now: Timestamp,
    ) -> impl Future<Output = Result<UserId>> + Send;
    /// The command line's single user, created if missing.
    fn local_user(&self, now: Timestamp) -> impl Future<Output = Result<UserId>> + Send;
    fn user_by_email(
        &self,
        email: &str,
    ) -> impl Future<Output = Result<Option<(UserId, Option<String>)>>> + Send;
    /// Remove the user and everything they stored.
    fn delete_user(&self, user: &UserId) -> impl Future<Output = Result<()>> + Send;
    fn profile(&self, user: &UserId) -> impl Future<Output = Result<Profile>> + Send;
    fn set_profile(
        &self,
        user: &UserId,
        profile: &Profile,
        now: Timestamp,
    ) -> impl Future<Output = Result<()>> + Send;
    fn add_entry(
        &self,
        user: &UserId,
        entry: &Entry,
        now: Timestamp,
    ) -> impl Future<Output = Result<String>> + Send;
    fn update_entry(
        &self,
        user: &UserId,
        id: &str,
        entry: &Entry,
        now: Timestamp,
    ) -> impl Future<Output = Result<()>> + Send;
    fn delete_entry(&self, user: &UserId, id: &str) -> impl Future<Output = Result<()>> + Send;
    fn entry(&self, user: &UserId, id: &str) -> impl Future<Output = Result<StoredEntry>> + Send;
    /// Most recent first.
    fn recent_entries(
        &self,
        user: &UserId,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<StoredEntry>>> + Send;
    /// A page of at most `limit` entries, oldest first, starting after
    /// `after` (the last entry of the page before; `None` for the first).
    /// An export reads the diary this way, a page at a time.
    fn entries_after(
        &self,
        user: &UserId,
        after: Option<&StoredEntry>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<StoredEntry>>> + Send;
    /// Entries that started at or after `since`, oldest first.
    fn entries_since(
        &self,
        user: &UserId,
        since: Timestamp,
    ) -> impl Future<Output = Result<Vec<Entry>>> + Send;
    fn set_factors(
        &self,
        user: &UserId,
        factors: &DailyFactors,
    ) -> impl Future<Output = Result<()>> + Send;
    fn factors_since(
        &self,
        user: &UserId,
        since: Date,
    ) -> impl Future<Output = Result<Vec<DailyFactors>>> + Send;
    /// Save a finished or escalated relief session.
    fn add_session_outcome(
        &self,
        user: &UserId,
        outcome: &Outcome,
    ) -> impl Future<Output = Result<String>> + Send;
    /// Most recent first.
    fn session_outcomes(
        &self,
        user: &UserId,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Outcome>>> + Send;
    /// Keep a tightening timed on the person's device; the same start saved
    /// again (a retried request) is kept once.
    fn add_tightening(
        &self,
        user: &UserId,
        tightening: &TimedTightening,
    ) -> impl Future<Output = Result<()>> + Send;
    /// Tightenings that started at or after `since`, oldest first, at most
    /// `limit` (the newest when there are more).
    fn tightenings_since(
        &self,
        user: &UserId,
        since: Timestamp,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<TimedTightening>>> + Send;
    fn create_auth_session(
        &self,
        user: &UserId,
        token_hash: &str,
        csrf_token: &str,
        now: Timestamp,
    ) -> impl Future<Output = Result<()>> + Send;
    /// `user`'s sign-in session with this token hash (found by both: a
    /// database spread by user finds the row on the user's node).
    fn auth_session(
        &self,
        user: &UserId,
        token_hash: &str,
    ) -> impl Future<Output = Result<Option<AuthSession>>> + Send;
    fn touch_auth_session(
        &self,
        user: &UserId,
        token_hash: &str,
        now: Timestamp,
    ) -> impl Future<Output = Result<()>> + Send;
    fn delete_auth_session(
        &self,
        user: &UserId,
        token_hash: &str,
    ) -> impl Future<Output = Result<()>> + Send;
    /// The person's stored password hash (`None` for the command line's user).
    fn password_hash(&self, user: &UserId) -> impl Future<Output = Result<Option<String>>> + Send;
    fn set_password_hash(
        &self,
        user: &UserId,
        hash: &str,
    ) -> impl Future<Output = Result<()>> + Send;
    /// The person's signed-in devices, the most recently used first.
    fn devices(&self, user: &UserId) -> impl Future<Output = Result<Vec<Device>>> + Send;
    /// End the person's sign-in sessions, all but the one whose token hash
    /// is `keep`; how many ended.
    fn end_sessions(
        &self,
        user: &UserId,
        keep: Option<&str>,
    ) -> impl Future<Output = Result<u64>> + Send;

    /// Count one attempt for `key` in its window (which starts at the
    /// first attempt and lasts `window`; an attempt after it starts a new
    /// one); returns the attempts counted now, this one included. Keys
    /// whose window has passed are removed on the way.
    fn count_attempt(
        &self,
        key: &ThrottleKey,
        window: SignedDuration,
        now: Timestamp,
    ) -> impl Future<Output = Result<Attempts>> + Send;
    /// The attempts counted for `key` in its current window.
    fn attempts(
        &self,
        key: &ThrottleKey,
        window: SignedDuration,
        now: Timestamp,
    ) -> impl Future<Output = Result<Attempts>> + Send;
    /// Forget `key`'s attempts (a right password).
    fn clear_attempts(&self, key: &ThrottleKey) -> impl Future<Output = Result<()>> + Send;
    /// Give back one attempt counted for `key` (counted before it was
    /// known to be a right one).
    fn uncount_attempt(&self, key: &ThrottleKey) -> impl Future<Output = Result<()>> + Send;

    /// Keep `sealed` under `key` (replacing what was there), then drop the
    /// kind's rows older than its budget allows, or beyond its rows and
    /// bytes, oldest first.
    fn keep_sealed(
        &self,
        key: &KeptKey,
        sealed: Vec<u8>,
        budget: KeptBudget,
        now: Timestamp,
    ) -> impl Future<Output = Result<()>> + Send;
    /// What is kept under `key`, if written within `kept_for`.
    fn kept_sealed(
        &self,
        key: &KeptKey,
        kept_for: SignedDuration,
        now: Timestamp,
    ) -> impl Future<Output = Result<Option<Vec<u8>>>> + Send;
    /// Drop what is kept under `key` (used up).
    fn forget_kept(&self, key: &KeptKey) -> impl Future<Output = Result<()>> + Send;

    /// The diary one overview needs: the window's entries and daily factors
    /// and the latest relief sessions (the overview keeps those inside it).
    fn diary(
        &self,
        user: &UserId,
        window: Window,
        now: Timestamp,
    ) -> impl Future<Output = Result<Diary>> + Send {
        async move {
            Ok(Diary {
                entries: self.entries_since(user, window.since(now)).await?,
                factors: self.factors_since(user, window.first_day(now)).await?,
                outcomes: self.session_outcomes(user, SESSIONS_READ).await?,
            })
        }
    }

    /// The tightening timer's history as it is shown again (the timer after
    /// a reload, the diary page): the last day's, oldest first.
    fn tightening_history(
        &self,
        user: &UserId,
        now: Timestamp,
    ) -> impl Future<Output = Result<Vec<TimedTightening>>> + Send {
        use easeback_core::diary::tightening::{HISTORY_LIMIT, history_since};
        self.tightenings_since(user, history_since(now), HISTORY_LIMIT)
    }

    /// Everything stored for a person, in the one export format.
    /// What an export starts with: its format, when, and the profile.
    fn export_head(
        &self,
        user: &UserId,
        now: Timestamp,
    ) -> impl Future<Output = Result<ExportHead>> + Send {
        async move {
            Ok(ExportHead {
                format: EXPORT_FORMAT,
                exported_at: now,
                profile: self.profile(user).await?,
            })
        }
    }

    /// What an export ends with, after the entries.
    fn export_rest(&self, user: &UserId) -> impl Future<Output = Result<ExportRest>> + Send {
        async move {
            Ok(ExportRest {
                daily_factors: self
                    .factors_since(user, jiff::civil::date(1970, 1, 1))
                    .await?,
                sessions: self.session_outcomes(user, u32::MAX).await?,
                tightenings: self
                    .tightenings_since(user, Timestamp::UNIX_EPOCH, u32::MAX)
                    .await?,
            })
        }
    }

    /// The whole export in memory (the command line's; the server streams
    /// the same document a page of entries at a time).
    fn export(&self, user: &UserId, now: Timestamp) -> impl Future<Output = Result<Export>> + Send {
        async move {
            let mut entries = self.recent_entries(user, u32::MAX).await?;
            entries.reverse();
            Ok(Export {
                head: self.export_head(user, now).await?,
                entries,
                rest: self.export_rest(user).await?,
            })
        }
    }
}

/// Relief sessions read for an overview: more than two years of daily use.
const SESSIONS_READ: u32 = 1000;

/// The name and version of the export document.
pub const EXPORT_FORMAT: &str = "easeback-export-1";

/// Everything stored for a person: entries oldest first, each with its id.
#[derive(Debug, Clone, Serialize)]
pub struct Export {
    #[serde(flatten)]
    pub head: ExportHead,
    pub entries: Vec<StoredEntry>,
    #[serde(flatten)]
    pub rest: ExportRest,
}

/// The fields of an [`Export`] before its entries.
#[derive(Debug, Clone, Serialize)]
pub struct ExportHead {
    pub format: &'static str,
    pub exported_at: Timestamp,
    pub profile: Profile,
}

/// The fields of an [`Export`] after its entries.
#[derive(Debug, Clone, Serialize)]
pub struct ExportRest {
    pub daily_factors: Vec<DailyFactors>,
    pub sessions: Vec<Outcome>,
    /// Tightenings timed while signed in, oldest first.
    pub tightenings: Vec<TimedTightening>,
}

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

/// The tables holding a person's rows under a `user_id` column: deleted
/// with the account, children first.
pub(crate) const USER_TABLES: [&str; 7] = [
    "tightenings",
    "session_outcomes",
    "daily_factors",
    "diary_entries",
    "profiles",
    "auth_sessions",
    "sign_in_emails",
];

/// A new time-ordered entry or user id.
pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
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
