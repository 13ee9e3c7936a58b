//! Easeback's storage: one [`Store`] trait, a SQLite backend (the embedded
//! default: one file, WAL, `synchronous=FULL`) and a PostgreSQL backend (for
//! several app servers), after the atuin pattern. [`open`] picks the backend
//! from a URL or path. Every user-owned table has `user_id` in its primary
//! key and every query filters by it.

mod any;
mod codec;
mod postgres;
mod postgres_conn;
mod postgres_shared;
mod sqlite;
mod sqlite_conn;
mod sqlite_file;
mod sqlite_pool;
mod sqlite_rows;
mod sqlite_shared;
pub mod views;

pub use any::{AnyStore, StoreUse, open, redacted};
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
