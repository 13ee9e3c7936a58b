//! Passwords: the policy (8 to 128 characters, judged strong enough by
//! zxcvbn with the account's email and this site's words as likely
//! guesses), argon2id hashes (m = 19456 KiB, t = 2, p = 1), and hashing off
//! the async threads on bounded budgets (checking and hashing new ones
//! apart, so a burst of sign-ups never starves sign-ins).

use crate::error::ApiError;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::http::StatusCode;
use easeback_core::lang::Said;

pub const MIN_PASSWORD: usize = 8;
pub const MAX_PASSWORD: usize = 128;

/// The least strength a password needs, on zxcvbn's scale: about 10^10
/// guesses or more ("safely unguessable" against an offline attack on a
/// slow hash; the 30,000 most common passwords, names, words, dates,
/// repeats and keyboard runs all score below it).
const STRONG_ENOUGH: zxcvbn::Score = zxcvbn::Score::Three;

/// Words a guesser would try first against an account here.
const SITE_WORDS: &[&str] = &[
    "easeback",
    "pregnant",
    "pregnancy",
    "baby",
    "back",
    "spasm",
    "bump",
];

fn argon() -> Argon2<'static> {
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Check the policy: 8 to 128 characters and strong enough to resist
/// guessing, judged with the account's email and this site's words as
/// likely guesses. The error names the field.
pub fn check_password(pw: &str, email: &str) -> Result<(), ApiError> {
    let n = pw.chars().count();
    if n < MIN_PASSWORD {
        return Err(ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "password",
            Said::new("error-password-short"),
        ));
    }
    if n > MAX_PASSWORD {
        return Err(ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "password",
            Said::new("error-password-long"),
        ));
    }
    let (name, domain) = email.split_once('@').unwrap_or((email, ""));
    let guesses: Vec<&str> = SITE_WORDS
        .iter()
        .copied()
        .chain([name])
        .chain(domain.split('.'))
        .filter(|w| !w.is_empty())
        .collect();
    if zxcvbn::zxcvbn(pw, &guesses).score() < STRONG_ENOUGH {
        return Err(ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "password",
            Said::new("error-password-easy"),
        ));
    }
    Ok(())
}

pub fn check_email(email: &str) -> Result<String, ApiError> {
    let e = email.trim().to_lowercase();
    let ok = e.len() <= 254
        && !e.chars().any(|c| c.is_control() || c.is_whitespace())
        && e.split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'));
    if ok {
        Ok(e)
    } else {
        Err(ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "email",
            Said::new("error-email-shape"),
        ))
    }
}

pub fn hash_password(pw: &str) -> Result<String, ApiError> {
    argon()
        .hash_password(pw.as_bytes())
        .map(|h| h.to_string())
        .map_err(|_| {
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                Said::new("error-password-not-stored"),
            )
        })
}

pub fn verify_password(pw: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| argon().verify_password(pw.as_bytes(), &h).is_ok())
}

/// One argon2id run holds 19 MiB and a core for tens of milliseconds: run
/// off the request threads (which would otherwise stall every other
/// request), and a bounded number at once, so a burst cannot exhaust
/// memory. Checking a password (signing in) and hashing a new one
/// (signing up, changing it) have budgets of their own: a burst of
/// sign-ups, which anyone can send, never makes a person wait to sign in.
static CHECKING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);
static HASHING_NEW: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);

async fn off_thread<T: Send + 'static>(
    budget: &'static tokio::sync::Semaphore,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    let busy = || ApiError::new(StatusCode::SERVICE_UNAVAILABLE, Said::new("error-busy"));
    let _permit = budget.acquire().await.map_err(|_| busy())?;
    tokio::task::spawn_blocking(work).await.map_err(|_| busy())
}

/// [`hash_password`], off the request threads, on the budget for new passwords.
pub async fn hash_password_bounded(pw: &str) -> Result<String, ApiError> {
    let pw = pw.to_string();
    off_thread(&HASHING_NEW, move || hash_password(&pw)).await?
}

/// A hash of a password nobody has: checked when the email is unknown, so an
/// unknown address takes as long to refuse as a wrong password.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$O2y4E5dLTf8pXj4p1m6O8bL0wJ3x7Jw0wVvJQm5x1eQ";

/// [`verify_password`], off the request threads, on the budget for
/// checking; `None` checks a dummy hash.
pub async fn verify_password_bounded(pw: &str, hash: Option<String>) -> Result<bool, ApiError> {
    let pw = pw.to_string();
    off_thread(&CHECKING, move || match hash {
        Some(h) => verify_password(&pw, &h),
        None => {
            let _ = verify_password(&pw, DUMMY_HASH);
            false
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_email_costs_a_full_hash_check() {
        // a dummy that failed to parse would be refused at once, and the
        // quick answer would tell which emails have accounts; with the same
        // parameters as a real hash, checking it is the same work
        let dummy = PasswordHash::new(DUMMY_HASH).expect("the dummy hash parses");
        let real_hash = hash_password("a long pass phrase").expect("hash");
        let real = PasswordHash::new(&real_hash).expect("parses");
        assert_eq!(dummy.algorithm, real.algorithm);
        assert_eq!(dummy.params, real.params);
        assert_eq!(dummy.hash.map(|h| h.len()), real.hash.map(|h| h.len()));
        assert!(!verify_password("a long pass phrase", DUMMY_HASH));
    }

    /// The probe's burst of sign-ups made a real sign-in fail: with every
    /// slot for new passwords taken, a password is still checked.
    #[tokio::test]
    async fn a_sign_in_is_checked_while_sign_ups_take_every_hashing_slot() {
        let held = HASHING_NEW
            .acquire_many(1)
            .await
            .expect("the new-password budget");
        let hash = hash_password("a long pass phrase").expect("hash");
        let checked = tokio::time::timeout(
            std::time::Duration::from_secs(30),
            verify_password_bounded("a long pass phrase", Some(hash)),
        )
        .await;
        drop(held);
        assert!(
            matches!(checked, Ok(Ok(true))),
            "the sign-in waited for the sign-ups"
        );
    }
}
