//! Limits on attempts, counted in the database so that every app server
//! behind a load balancer counts the same attempts: wrong passwords per
//! account (they slow its sign-ins, see [`crate::auth::sign_in_pause`]) and
//! per address (they refuse it), and new accounts per address. What is
//! counted is kept only as a SHA-256 hash: a 250 KiB "email" costs a row
//! of the same size as a short one, and no email or address is stored.

use crate::error::ApiError;
use easeback_store::{Attempts, Store, ThrottleKey};
use jiff::{SignedDuration, Timestamp};
use sha2::{Digest, Sha256};

/// One limit: at most `max` attempts per key in a `window` that starts at
/// the first attempt.
pub struct Throttle {
    scope: &'static str,
    pub max: u32,
    pub window: SignedDuration,
}

/// Wrong passwords per account (an email, or a user id when a signed-in
/// person gets their current password wrong): they slow its sign-ins and
/// never lock it.
pub const WRONG_PASSWORDS_BY_ACCOUNT: Throttle = Throttle {
    scope: "wrong-password-account",
    max: u32::MAX,
    window: SignedDuration::from_mins(15),
};

/// Wrong passwords per client address: one client guessing is refused.
pub const WRONG_PASSWORDS_BY_ADDRESS: Throttle = Throttle {
    scope: "wrong-password-address",
    max: 30,
    window: SignedDuration::from_mins(15),
};

/// New accounts per client address: sign-up costs a password hash and a row.
pub const SIGN_UPS_BY_ADDRESS: Throttle = Throttle {
    scope: "sign-up-address",
    max: 10,
    window: SignedDuration::from_hours(1),
};

impl Throttle {
    /// What it limits, as metrics name it.
    pub fn name(&self) -> &'static str {
        self.scope
    }

    fn key(&self, key: &str) -> ThrottleKey {
        let mut h = Sha256::new();
        h.update(self.scope.as_bytes());
        h.update([0]);
        h.update(key.as_bytes());
        ThrottleKey {
            scope: self.scope,
            key_hash: hex::encode(h.finalize()),
        }
    }

    /// The attempts counted for `key` now.
    pub async fn attempts(&self, store: &impl Store, key: &str) -> Result<Attempts, ApiError> {
        Ok(store
            .attempts(&self.key(key), self.window, Timestamp::now())
            .await?)
    }

    /// Count an attempt for `key` (a failure, where only failures count).
    pub async fn record(&self, store: &impl Store, key: &str) -> Result<Attempts, ApiError> {
        Ok(store
            .count_attempt(&self.key(key), self.window, Timestamp::now())
            .await?)
    }

    /// Count an attempt for `key`; false when it is one too many.
    pub async fn allow(&self, store: &impl Store, key: &str) -> Result<bool, ApiError> {
        Ok(self.record(store, key).await?.count <= self.max)
    }

    /// Give back one attempt counted for `key` before it was known to be
    /// one that does not count (a right password).
    pub async fn give_back(&self, store: &impl Store, key: &str) -> Result<(), ApiError> {
        Ok(store.uncount_attempt(&self.key(key)).await?)
    }

    /// Forget `key`'s attempts (after a success).
    pub async fn clear(&self, store: &impl Store, key: &str) -> Result<(), ApiError> {
        Ok(store.clear_attempts(&self.key(key)).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_of_any_length_is_kept_as_a_hash_of_one_size() {
        let short = WRONG_PASSWORDS_BY_ACCOUNT.key("a@b.c");
        let long = WRONG_PASSWORDS_BY_ACCOUNT.key(&"x".repeat(250 * 1024));
        assert_eq!(short.key_hash.len(), 64);
        assert_eq!(long.key_hash.len(), 64);
        assert!(!short.key_hash.contains("a@b.c"));
    }

    #[test]
    fn the_same_key_in_two_throttles_is_counted_apart() {
        let a = WRONG_PASSWORDS_BY_ACCOUNT.key("127.0.0.1");
        let b = WRONG_PASSWORDS_BY_ADDRESS.key("127.0.0.1");
        assert_ne!(a, b);
    }
}
