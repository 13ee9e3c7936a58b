//! Accounts and sign-in: random session tokens stored only as SHA-256
//! hashes, idle and absolute timeouts, signing up, in and out, and the
//! extractor that finds the signed-in user from the session cookie. The
//! passwords themselves (policy and argon2id hashes) are in `passwords`.

use crate::AppState;
use crate::audit;
use crate::error::ApiError;
pub use crate::passwords::{
    MAX_PASSWORD, MIN_PASSWORD, check_email, check_password, hash_password, hash_password_bounded,
    verify_password, verify_password_bounded,
};
use crate::throttle;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use easeback_core::lang::Said;

use easeback_store::{Store, UserId};
use jiff::{SignedDuration, Timestamp};
use sha2::{Digest, Sha256};

/// The session cookie's name; behind TLS the `__Host-` prefix, which a
/// browser accepts only from this exact host, over HTTPS, for the whole
/// site — so a sibling subdomain cannot plant a session.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-eb_session"
    } else {
        "eb_session"
    }
}
pub const IDLE_TIMEOUT: SignedDuration = SignedDuration::from_mins(30);
pub const ABSOLUTE_TIMEOUT: SignedDuration = SignedDuration::from_hours(12);
/// A random token of 256 bits, hex-encoded.
pub fn random_token() -> String {
    let mut b = [0u8; 32];
    if getrandom::fill(&mut b).is_err() {
        // no randomness means no safe session; an empty token is never accepted
        return String::new();
    }
    hex::encode(b)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The session cookie for `user`'s `token` (`Secure` when served over
/// TLS). It carries the user id beside the token, `user.token`, so the
/// session is looked up by both: every sign-in table is keyed by user and
/// a database spread by user finds the row on one node.
fn session_cookie(user: &UserId, token: &str, secure: bool) -> String {
    format!(
        "{}={}.{token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        cookie_name(secure),
        user.0,
        ABSOLUTE_TIMEOUT.as_secs(),
        if secure { "; Secure" } else { "" }
    )
}

pub fn clear_cookie(secure: bool) -> String {
    format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        cookie_name(secure),
        if secure { "; Secure" } else { "" }
    )
}

/// The value of the request's cookie `name`, if it sent one.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Whether a request carries a session cookie of either name (valid or
/// not): its answer may hold a form token.
pub fn has_session_cookie(headers: &HeaderMap) -> bool {
    cookie(headers, cookie_name(true)).is_some() || cookie(headers, cookie_name(false)).is_some()
}

/// The user and token the session cookie names, if it is well formed
/// (`user.token`: a user id of letters, digits and dashes, a 64-digit hex
/// token). A cookie from before the user id was carried is no session.
fn cookie_session(headers: &HeaderMap, secure: bool) -> Option<(UserId, String)> {
    let (user, token) = cookie(headers, cookie_name(secure))?.split_once('.')?;
    let user_ok = (1..=64).contains(&user.len())
        && user.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let token_ok = token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit());
    (user_ok && token_ok).then(|| (UserId(user.to_string()), token.to_string()))
}

/// What a person is told after signing up, whether the email was new or
/// already had an account: the answer must not say which (anyone could
/// otherwise learn who keeps a pregnancy diary here), so sign-up never
/// signs in; the next step is always to sign in.
pub const SIGNED_UP: &str = "If this email is new here, your account is ready: sign in with the \
    password you just chose. If it already had an account, sign in with that account's password.";

/// Create an account after checking the email and the password policy;
/// returns the normalised email. An email that already has an account is
/// answered the same way, after the same work (the new password is hashed
/// and dropped), and nothing is changed.
pub async fn register(
    state: &AppState,
    email: &str,
    password: &str,
    address: &str,
) -> Result<String, ApiError> {
    let email = check_email(email)?;
    check_password(password, &email)?;
    // counted once the form is right, before the costly hash: a mistyped
    // form does not use up the allowance
    if !throttle::SIGN_UPS_BY_ADDRESS
        .allow(&state.store, address)
        .await?
    {
        state.metrics.refused(throttle::SIGN_UPS_BY_ADDRESS.name());
        audit::log(audit::Event::SignUpRefused, None, Some(address));
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            Said::new("error-too-many-accounts"),
        ));
    }
    let hash = hash_password_bounded(password).await?;
    match state
        .store
        .create_user(Some(&email), Some(&hash), Timestamp::now())
        .await
    {
        Ok(user) => audit::log(audit::Event::AccountCreated, Some(&user), Some(address)),
        Err(easeback_store::StoreError::Conflict(_)) => {
            audit::log(audit::Event::SignUpForExistingEmail, None, Some(address));
        }
        Err(other) => return Err(other.into()),
    }
    Ok(email)
}

/// A session just started: the `Set-Cookie` value that carries it and
/// the form token that goes with it.
pub struct NewSession {
    pub set_cookie: String,
    pub csrf: String,
}

/// Start a session for `user`. The session the request came with, if any,
/// ends: signing in again must not leave a second way in open.
pub async fn sign_in(
    state: &AppState,
    user: &UserId,
    request: &HeaderMap,
) -> Result<NewSession, ApiError> {
    let token = random_token();
    let csrf = random_token();
    if token.is_empty() || csrf.is_empty() {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            Said::new("error-no-session"),
        ));
    }
    if let Some((old_user, old)) = cookie_session(request, state.secure_cookies) {
        state
            .store
            .delete_auth_session(&old_user, &token_hash(&old))
            .await?;
    }
    state
        .store
        .create_auth_session(user, &token_hash(&token), &csrf, Timestamp::now())
        .await?;
    Ok(NewSession {
        set_cookie: session_cookie(user, &token, state.secure_cookies),
        csrf,
    })
}

/// Wrong passwords an account may take before sign-ins to it are slowed.
pub const SLOW_AFTER_FAILURES: usize = 5;
/// The longest pause before a sign-in is checked.
pub const LONGEST_PAUSE: std::time::Duration = std::time::Duration::from_secs(16);

/// How long an account with `failures` recent wrong passwords waits after
/// the last before the next try is checked: nothing up to
/// [`SLOW_AFTER_FAILURES`], then `unit` doubling with each further failure,
/// up to [`LONGEST_PAUSE`]. The right password still gets in, only later:
/// a guesser gets a few tries a minute, the owner is never locked out.
pub fn sign_in_pause(failures: usize, unit: std::time::Duration) -> std::time::Duration {
    let Some(over) = failures.checked_sub(SLOW_AFTER_FAILURES) else {
        return std::time::Duration::ZERO;
    };
    let factor = 1u32 << over.min(16);
    unit.saturating_mul(factor).min(LONGEST_PAUSE)
}

/// Refuse a try at `account`'s password that comes sooner than its pause
/// after the last wrong one (429 with `Retry-After`): answered at once, so
/// slowing an account holds no connection open.
pub async fn wait_between_tries(state: &AppState, account: &str) -> Result<(), ApiError> {
    let wrong = throttle::WRONG_PASSWORDS_BY_ACCOUNT
        .attempts(&state.store, account)
        .await?;
    let failures = usize::try_from(wrong.count).unwrap_or(usize::MAX);
    let pause = sign_in_pause(failures, state.sign_in_pause_unit);
    // (a last try stamped later than now, by a server whose clock runs
    // ahead, is no time ago: the pause is kept, never skipped)
    let since = wrong
        .last_at
        .map(|t| {
            Timestamp::now()
                .duration_since(t)
                .max(SignedDuration::ZERO)
                .unsigned_abs()
        })
        .unwrap_or(pause);
    if since >= pause {
        return Ok(());
    }
    let wait = (pause - since).as_secs().max(1);
    state
        .metrics
        .refused(throttle::WRONG_PASSWORDS_BY_ACCOUNT.name());
    Err(ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        Said::new("error-wrong-passwords-wait").with("seconds", wait),
    )
    .retry_after(wait))
}

/// Change the password of the person signed in as `who`: the current one
/// must be right (a wrong one slows the next try as a wrong sign-in does,
/// so this is no side door for guessing) and the new one must
/// pass the policy. Every other device is then signed out; this one stays.
/// Returns how many devices were signed out.
pub async fn change_password(
    state: &AppState,
    who: &SignedIn,
    current: &str,
    new: &str,
) -> Result<u64, ApiError> {
    wait_between_tries(state, &who.user.0).await?;
    let stored = state.store.password_hash(&who.user).await?;
    if !verify_password_bounded(current, stored).await? {
        audit::log(audit::Event::PasswordChangeFailed, Some(&who.user), None);
        throttle::WRONG_PASSWORDS_BY_ACCOUNT
            .record(&state.store, &who.user.0)
            .await?;
        return Err(ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "current_password",
            Said::new("error-not-current-password"),
        ));
    }
    if new == current {
        return Err(ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "new_password",
            Said::new("error-same-password"),
        ));
    }
    check_password(new, "").map_err(|mut e| {
        e.body.field = Some("new_password".into());
        e
    })?;
    let hash = hash_password_bounded(new).await?;
    state.store.set_password_hash(&who.user, &hash).await?;
    audit::log(audit::Event::PasswordChanged, Some(&who.user), None);
    sign_out_elsewhere(state, who).await
}

/// Sign out every device of `who` but the one asking; how many were.
pub async fn sign_out_elsewhere(state: &AppState, who: &SignedIn) -> Result<u64, ApiError> {
    let n = state
        .store
        .end_sessions(&who.user, Some(&who.token_hash))
        .await?;
    audit::log(audit::Event::DevicesSignedOut, Some(&who.user), None);
    Ok(n)
}

/// Delete `who`'s account and everything stored for it.
pub async fn delete_account(state: &AppState, who: &SignedIn) -> Result<(), ApiError> {
    state.store.delete_user(&who.user).await?;
    audit::log(audit::Event::AccountDeleted, Some(&who.user), None);
    Ok(())
}

/// The signed-in user, if any (expired sessions are removed).
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<SignedIn>);

#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: UserId,
    pub token_hash: String,
    pub csrf: String,
}

impl SignedIn {
    /// Is `device` (from the store's device list) the one asking?
    pub fn is_this_device(&self, device: &easeback_store::Device) -> bool {
        self.token_hash
            .get(..easeback_store::DEVICE_ID_LEN)
            .is_some_and(|id| id == device.id)
    }
}

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Some((user, token)) = cookie_session(&parts.headers, state.secure_cookies) else {
            return Ok(MaybeUser(None));
        };
        let hash = token_hash(&token);
        let Some(s) = state.store.auth_session(&user, &hash).await? else {
            return Ok(MaybeUser(None));
        };
        let now = Timestamp::now();
        if now.duration_since(s.last_seen_at) > IDLE_TIMEOUT
            || now.duration_since(s.created_at) > ABSOLUTE_TIMEOUT
        {
            state.store.delete_auth_session(&user, &hash).await?;
            return Ok(MaybeUser(None));
        }
        if now.duration_since(s.last_seen_at) > SignedDuration::from_secs(60) {
            state.store.touch_auth_session(&user, &hash, now).await?;
        }
        Ok(MaybeUser(Some(SignedIn {
            user: s.user,
            token_hash: hash,
            csrf: s.csrf_token,
        })))
    }
}

/// A signed-in user, or 401.
pub struct User(pub SignedIn);

impl FromRequestParts<AppState> for User {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match MaybeUser::from_request_parts(parts, state).await?.0 {
            Some(s) => Ok(User(s)),
            None => Err(ApiError::unauthorized()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_with_control_characters_or_spaces_is_refused() {
        for bad in [
            "a\u{0}b@example.test",
            "a@example.test\r\nBcc: x@y.z",
            "a b@example.test",
        ] {
            assert!(check_email(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            check_email(" Name@Example.TEST ").ok().as_deref(),
            Some("name@example.test")
        );
    }

    #[test]
    fn passwords_hash_and_verify_with_argon2id() {
        let h = hash_password("a long pass phrase").expect("hash");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_password("a long pass phrase", &h));
        assert!(!verify_password("a long pass phrasf", &h));
    }

    #[test]
    fn the_password_policy_names_the_field() {
        let check = |pw: &str| check_password(pw, "amina.k@example.test");
        assert_eq!(
            check("short").expect_err("short").body.field.as_deref(),
            Some("password")
        );
        assert!(check(&"x".repeat(129)).is_err());
        assert!(check("correct horse battery").is_ok());
        assert!(check("kettle orbit meadow lantern").is_ok());
        assert!(
            check(&"kettle orbit meadow lantern ".repeat(4)).is_ok(),
            "long passphrases up to 128 characters are allowed"
        );
    }

    #[rstest::rstest]
    #[case(0, 0)]
    #[case(4, 0)]
    #[case(5, 1)]
    #[case(6, 2)]
    #[case(8, 8)]
    #[case(9, 16)]
    #[case(10, 16)]
    #[case(60, 16)]
    #[case(usize::MAX, 16)]
    fn sign_ins_slow_down_after_five_wrong_passwords_and_never_stop(
        #[case] failures: usize,
        #[case] seconds: u64,
    ) {
        assert_eq!(
            sign_in_pause(failures, std::time::Duration::from_secs(1)),
            std::time::Duration::from_secs(seconds)
        );
    }

    /// The security probe's passwords that the old 44-word list let in,
    /// and others of their kinds: all too easy to guess.
    #[rstest::rstest]
    #[case("aaaaaaaa")]
    #[case("12341234")]
    #[case("abcd1234")]
    #[case("qwerty1234")]
    #[case("password12")]
    #[case("123123123")]
    #[case("Password2024")]
    #[case("        ")]
    #[case("\0\0\0\0\0\0\0\0")]
    #[case("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    #[case("amina.k2024")]
    #[case("easeback2026")]
    #[case("pregnant123")]
    #[case("Jennifer1985")]
    #[case("asdfghjkl;")]
    fn a_password_that_is_easy_to_guess_is_refused(#[case] pw: &str) {
        let e = check_password(pw, "amina.k@example.test").expect_err(pw);
        assert_eq!(e.body.field.as_deref(), Some("password"));
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_ne!(token_hash(&a), a);
        assert_eq!(token_hash(&a).len(), 64);
    }
}
