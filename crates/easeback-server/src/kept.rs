//! What a person gave the symptom check, where they are in a relief session
//! and an entry they deleted a moment ago, kept for a short time under an
//! unguessable token, so each answer and each step has an address of its
//! own: Back and reload show the same page, and nothing typed, no pain
//! score and no session log ever appears in an address, a history entry or
//! a log.
//!
//! Kept in the database, so that any server behind a load balancer finds
//! it (no client affinity needed) — but sealed: the row is found by one
//! hash of the token and encrypted (ChaCha20-Poly1305) with a key that is
//! another hash of it, and the token is never stored. The database, a copy
//! of its file or a backup holds only ciphertext that nobody can open once
//! the person's address is gone. Bounded per kind by age, rows and bytes
//! (see [`easeback_store::KeptBudget`]).

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use easeback_store::{AnyStore, KeptBudget, KeptKey, Store, StoreError};
use jiff::Timestamp;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::marker::PhantomData;

/// What the check was given (the carried answers as `id=yes` / `id=no`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, serde::Deserialize)]
pub struct Given {
    pub text: String,
    pub region: String,
    pub findings: Vec<String>,
    pub answers: Vec<String>,
}

/// The nonce's length before the ciphertext in a sealed value.
const NONCE_LEN: usize = 12;

/// Values of one kind kept for a while under tokens.
pub struct Kept<T> {
    kind: &'static str,
    budget: KeptBudget,
    value: PhantomData<fn() -> T>,
}

impl<T: Serialize + DeserializeOwned> Kept<T> {
    /// `kind` names the rows (and is bound into each seal, so a token of
    /// one kind opens nothing of another).
    pub const fn new(kind: &'static str, budget: KeptBudget) -> Kept<T> {
        Kept {
            kind,
            budget,
            value: PhantomData,
        }
    }

    /// Keep `value` under a new token and return the token.
    pub async fn keep(
        &self,
        store: &AnyStore,
        value: &T,
        now: Timestamp,
    ) -> Result<String, StoreError> {
        let token = crate::auth::random_token();
        if token.is_empty() {
            return Err(StoreError::Backend("no randomness for a token".into()));
        }
        self.put(store, &token, value, now).await?;
        Ok(token)
    }

    /// Keep `value` under `token`, replacing what was there.
    pub async fn put(
        &self,
        store: &AnyStore,
        token: &str,
        value: &T,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let plain = serde_json::to_vec(value).map_err(|e| StoreError::Backend(e.to_string()))?;
        let key = self.key(token);
        let sealed = seal(token, &key, &plain)?;
        store.keep_sealed(&key, sealed, self.budget, now).await
    }

    /// What is kept under `token`, if it is still there (a token that is
    /// not one, or a seal that does not open, is nothing kept).
    pub async fn get(
        &self,
        store: &AnyStore,
        token: &str,
        now: Timestamp,
    ) -> Result<Option<T>, StoreError> {
        let key = self.key(token);
        let Some(sealed) = store.kept_sealed(&key, self.budget.kept_for, now).await? else {
            return Ok(None);
        };
        Ok(open(token, &key, &sealed).and_then(|plain| serde_json::from_slice(&plain).ok()))
    }

    /// Drop what is kept under `token` (used up).
    pub async fn forget(&self, store: &AnyStore, token: &str) -> Result<(), StoreError> {
        store.forget_kept(&self.key(token)).await
    }

    fn key(&self, token: &str) -> KeptKey {
        KeptKey {
            kind: self.kind,
            id_hash: hex::encode(derive("easeback kept row", token)),
        }
    }
}

/// One of the two values derived from a token: where its row is, and the
/// key that opens it; neither tells the other or the token.
fn derive(purpose: &str, token: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(purpose.as_bytes());
    h.update([0]);
    h.update(token.as_bytes());
    h.finalize().into()
}

/// The row's kind and place, bound to its ciphertext: a sealed value
/// copied to another row or kind does not open.
fn bound_to(key: &KeptKey) -> Vec<u8> {
    [key.kind.as_bytes(), b"\0", key.id_hash.as_bytes()].concat()
}

fn cipher(token: &str) -> ChaCha20Poly1305 {
    ChaCha20Poly1305::new(&derive("easeback kept key", token).into())
}

/// `nonce ‖ ciphertext` of `plain`; a fresh random nonce each time (a
/// token's value is rewritten at each step of a session).
fn seal(token: &str, key: &KeptKey, plain: &[u8]) -> Result<Vec<u8>, StoreError> {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).map_err(|e| StoreError::Backend(e.to_string()))?;
    let aad = bound_to(key);
    let sealed = cipher(token)
        .encrypt(
            &Nonce::from(nonce),
            Payload {
                msg: plain,
                aad: &aad,
            },
        )
        .map_err(|_| StoreError::Backend("could not seal a kept value".into()))?;
    Ok([&nonce[..], &sealed].concat())
}

fn open(token: &str, key: &KeptKey, sealed: &[u8]) -> Option<Vec<u8>> {
    let (nonce, body) = sealed.split_at_checked(NONCE_LEN)?;
    let nonce = Nonce::try_from(nonce).ok()?;
    let aad = bound_to(key);
    cipher(token)
        .decrypt(
            &nonce,
            Payload {
                msg: body,
                aad: &aad,
            },
        )
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use easeback_store::SqliteStore;
    use jiff::SignedDuration;

    const HOUR: SignedDuration = SignedDuration::from_hours(1);

    fn given(text: &str) -> Given {
        Given {
            text: text.into(),
            ..Given::default()
        }
    }

    fn budget(rows: u64, bytes: u64) -> KeptBudget {
        KeptBudget {
            kept_for: HOUR,
            rows,
            bytes,
        }
    }

    async fn store(dir: &easeback_testkit::TempDir) -> AnyStore {
        let path = dir.path().join("kept.db");
        AnyStore::Sqlite(
            SqliteStore::open(path.to_str().expect("kept test"))
                .await
                .expect("kept test"),
        )
    }

    #[tokio::test]
    async fn a_value_is_there_for_its_time_and_then_gone() {
        let dir = easeback_testkit::TempDir::new("kept");
        let store = store(&dir).await;
        let kept = Kept::<Given>::new("check", budget(100, 1 << 20));
        let t0 = Timestamp::now();
        let token = kept
            .keep(&store, &given("heavy bleeding"), t0)
            .await
            .expect("kept test");
        let at = |t| kept.get(&store, &token, t);
        assert_eq!(
            at(t0 + HOUR - SignedDuration::from_secs(1))
                .await
                .expect("kept test")
                .map(|g| g.text)
                .as_deref(),
            Some("heavy bleeding")
        );
        assert_eq!(at(t0 + HOUR).await.expect("kept test"), None);
        assert_eq!(
            kept.get(&store, "not a token", t0)
                .await
                .expect("kept test"),
            None
        );
        kept.forget(&store, &token).await.expect("kept test");
        assert_eq!(at(t0).await.expect("kept test"), None, "forgotten is gone");
    }

    #[tokio::test]
    async fn writing_again_keeps_it_longer() {
        let dir = easeback_testkit::TempDir::new("kept");
        let store = store(&dir).await;
        let kept = Kept::<Given>::new("session", budget(100, 1 << 20));
        let t0 = Timestamp::now();
        let token = kept
            .keep(&store, &given("step 1"), t0)
            .await
            .expect("kept test");
        kept.put(&store, &token, &given("step 2"), t0 + HOUR / 2)
            .await
            .expect("kept test");
        let later = t0 + HOUR + HOUR / 4;
        let got = kept.get(&store, &token, later).await.expect("kept test");
        assert_eq!(got.map(|g| g.text).as_deref(), Some("step 2"));
    }

    #[tokio::test]
    async fn the_database_holds_nothing_readable_and_no_token() {
        let dir = easeback_testkit::TempDir::new("kept");
        let path = dir.path().join("kept.db");
        let store = AnyStore::Sqlite(
            SqliteStore::open(path.to_str().expect("kept test"))
                .await
                .expect("kept test"),
        );
        let kept = Kept::<Given>::new("check", budget(100, 1 << 20));
        let said = "my waters went and there is a lot of bright red blood";
        let token = kept
            .keep(&store, &given(said), Timestamp::now())
            .await
            .expect("kept test");
        drop(store);
        let mut bytes = std::fs::read(&path).expect("kept test");
        if let Ok(wal) = std::fs::read(dir.path().join("kept.db-wal")) {
            bytes.extend(wal);
        }
        let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        assert!(!contains(b"bright red blood"), "the text is sealed");
        assert!(!contains(token.as_bytes()), "the token is never stored");
        assert!(contains(b"check"), "the row is there");
    }

    #[tokio::test]
    async fn a_token_opens_only_its_own_kind() {
        let dir = easeback_testkit::TempDir::new("kept");
        let store = store(&dir).await;
        let checks = Kept::<Given>::new("check", budget(100, 1 << 20));
        let undo = Kept::<Given>::new("undo", budget(100, 1 << 20));
        let now = Timestamp::now();
        let token = checks
            .keep(&store, &given("fever"), now)
            .await
            .expect("kept test");
        assert_eq!(
            undo.get(&store, &token, now).await.expect("kept test"),
            None
        );
        // a sealed value moved under another token's row does not open
        let other = crate::auth::random_token();
        let moved = store
            .kept_sealed(&checks.key(&token), HOUR, now)
            .await
            .expect("kept test")
            .expect("kept test");
        store
            .keep_sealed(&checks.key(&other), moved, budget(100, 1 << 20), now)
            .await
            .expect("kept test");
        assert_eq!(
            checks.get(&store, &other, now).await.expect("kept test"),
            None
        );
    }

    #[tokio::test]
    async fn the_database_stays_bounded_however_many_long_descriptions_come() {
        let dir = easeback_testkit::TempDir::new("kept");
        let store = store(&dir).await;
        let max_bytes = 1 << 20;
        let kept = Kept::<Given>::new("check", budget(40, max_bytes));
        let now = Timestamp::now();
        let long = "x".repeat(20_000);
        let first = kept
            .keep(&store, &given(&long), now)
            .await
            .expect("kept test");
        let mut last = String::new();
        for i in 0..120 {
            last = kept
                .keep(
                    &store,
                    &given(&long),
                    now + SignedDuration::from_millis(i + 1),
                )
                .await
                .expect("kept test");
        }
        let db = rusqlite::Connection::open(dir.path().join("kept.db")).expect("kept test");
        let (rows, bytes): (i64, i64) = db
            .query_row("SELECT COUNT(*), SUM(bytes) FROM kept", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("kept test");
        assert!(rows <= 40, "{rows} rows kept");
        assert!(bytes as u64 <= max_bytes, "{bytes} bytes kept");
        assert_eq!(
            kept.get(&store, &first, now).await.expect("kept test"),
            None,
            "the oldest went first"
        );
        assert!(
            kept.get(&store, &last, now)
                .await
                .expect("kept test")
                .is_some(),
            "the newest stays"
        );
    }
}
