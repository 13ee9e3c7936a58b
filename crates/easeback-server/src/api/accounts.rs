//! Accounts over JSON: sign up, sign in (rate limited), sign out, who am I,
//! and deleting the account with everything in it.

use super::*;
use crate::throttle;
use axum::Extension;
use axum::extract::ConnectInfo;
use easeback_core::lang::Said;
use std::net::SocketAddr;

#[derive(Debug, Deserialize, ToSchema)]
pub struct Credentials {
    #[schema(format = Email, min_length = 3, max_length = 254, pattern = "^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$")]
    pub email: String,
    #[schema(min_length = 8, max_length = 128)]
    pub password: String,
}

/// The answer to a sign-up, the same whether the email was new or not.
#[derive(Debug, Serialize, ToSchema)]
pub struct SignedUp {
    pub email: String,
    /// What to do next: sign in (`POST /api/v1/login`).
    pub message: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignedInBody {
    /// Send this back as the X-CSRF-Token header on state-changing requests.
    pub csrf_token: String,
}

/// Create an account. The answer is the same whether the email was new or
/// already had an account (which is left as it was), so it reveals nobody;
/// sign in next.
#[utoipa::path(post, path = "/api/v1/accounts", request_body = Credentials,
    responses((status = 202, body = SignedUp), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 429, description = "Too many new accounts from this address; try again in an hour", body = ErrorBody), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn create_account(
    State(st): State<AppState>,
    connection: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    ApiJson(c): ApiJson<Credentials>,
) -> ApiResult<(StatusCode, Json<SignedUp>)> {
    if !same_origin(&headers) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            Said::new("error-cross-site"),
        ));
    }
    let address = st.client_address(connection.as_ref().map(|c| c.0.0.ip()), &headers);
    let email = auth::register(&st, &c.email, &c.password, &address).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(SignedUp {
            email,
            message: auth::SIGNED_UP.to_string(),
        }),
    ))
}

/// Check credentials (rate limited per account and per address); returns the user.
pub async fn verify_login(
    st: &AppState,
    email: &str,
    password: &str,
    ip: &str,
) -> ApiResult<easeback_store::UserId> {
    let email = email.trim().to_lowercase();
    // only failures count. An address with too many is refused (one client
    // guessing); an account with many is slowed, never locked, so nobody
    // can shut its owner out by typing wrong passwords at it.
    // The address's try is counted before the password is checked, so tries
    // sent together cannot all pass before the first is counted; a right
    // password gives it back
    let by_address = throttle::WRONG_PASSWORDS_BY_ADDRESS
        .record(&st.store, ip)
        .await?;
    if by_address.count > throttle::WRONG_PASSWORDS_BY_ADDRESS.max {
        st.metrics
            .refused(throttle::WRONG_PASSWORDS_BY_ADDRESS.name());
        audit::log(audit::Event::SignInRefused, None, Some(ip));
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            Said::new("error-too-many-sign-ins"),
        ));
    }
    if let Err(wait) = auth::wait_between_tries(st, &email).await {
        // told to wait, not checked: no try of this address's
        throttle::WRONG_PASSWORDS_BY_ADDRESS
            .give_back(&st.store, ip)
            .await?;
        audit::log(audit::Event::SignInSlowed, None, Some(ip));
        return Err(wait);
    }
    let (user, hash) = match st.store.user_by_email(&email).await? {
        Some((user, hash)) => (Some(user), hash),
        None => (None, None),
    };
    let matches = auth::verify_password_bounded(password, hash).await?;
    match user {
        Some(user) if matches => {
            throttle::WRONG_PASSWORDS_BY_ACCOUNT
                .clear(&st.store, &email)
                .await?;
            throttle::WRONG_PASSWORDS_BY_ADDRESS
                .give_back(&st.store, ip)
                .await?;
            audit::log(audit::Event::SignedIn, Some(&user), Some(ip));
            Ok(user)
        }
        _ => {
            audit::log(audit::Event::SignInFailed, user.as_ref(), Some(ip));
            throttle::WRONG_PASSWORDS_BY_ACCOUNT
                .record(&st.store, &email)
                .await?;
            Err(ApiError::new(
                StatusCode::UNAUTHORIZED,
                Said::new("error-bad-login"),
            ))
        }
    }
}

/// Sign in: sets the session cookie and returns the CSRF token.
#[utoipa::path(post, path = "/api/v1/login", request_body = Credentials,
    responses((status = 200, body = SignedInBody), (status = 401, description = "Wrong email or password", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 429, description = "Too many attempts", body = ErrorBody), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn login(State(st): State<AppState>, req: Request) -> ApiResult<Response> {
    let ip = client_ip(&st, &req);
    let headers = req.headers().clone();
    if !same_origin(&headers) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            Said::new("error-cross-site"),
        ));
    }
    let ApiJson(c) = ApiJson::<Credentials>::from_request(req, &st).await?;
    let user = verify_login(&st, &c.email, &c.password, &ip).await?;
    let session = auth::sign_in(&st, &user, &headers).await?;
    let mut res = Json(SignedInBody {
        csrf_token: session.csrf,
    })
    .into_response();
    if let Ok(v) = HeaderValue::from_str(&session.set_cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// Sign out: the session is deleted on the server.
#[utoipa::path(post, path = "/api/v1/logout", responses((status = 204), (status = 401, description = "Not signed in", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn logout(
    State(st): State<AppState>,
    headers: HeaderMap,
    User(who): User,
) -> ApiResult<Response> {
    check_csrf(&headers, &who)?;
    st.store
        .delete_auth_session(&who.user, &who.token_hash)
        .await?;
    let mut res = StatusCode::NO_CONTENT.into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::clear_cookie(st.secure_cookies)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// Delete my account and everything in it.
#[utoipa::path(delete, path = "/api/v1/account", responses((status = 204), (status = 401, description = "Not signed in", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn delete_account(
    State(st): State<AppState>,
    headers: HeaderMap,
    User(who): User,
) -> ApiResult<Response> {
    check_csrf(&headers, &who)?;
    auth::delete_account(&st, &who).await?;
    let mut res = StatusCode::NO_CONTENT.into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::clear_cookie(st.secure_cookies)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// Who am I (handy for clients): 200 with the CSRF token when signed in.
pub async fn me(MaybeUser(who): MaybeUser) -> ApiResult<Json<Value>> {
    match who {
        Some(w) => Ok(Json(json!({"signed_in": true, "csrf_token": w.csrf}))),
        None => Err(ApiError::unauthorized()),
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PasswordChange {
    #[schema(max_length = 128)]
    pub current_password: String,
    #[schema(min_length = 8, max_length = 128)]
    pub new_password: String,
}

/// Change my password: the current one first; every other device is then
/// signed out (this one stays).
#[utoipa::path(post, path = "/api/v1/account/password", request_body = PasswordChange,
    responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Wrong current password or a weak new one; the field is named", body = ErrorBody), (status = 429, description = "Too many tries", body = ErrorBody), (status = 503, description = "Database unavailable or busy", body = ErrorBody)))]
pub async fn change_password(
    State(st): State<AppState>,
    headers: HeaderMap,
    User(who): User,
    ApiJson(c): ApiJson<PasswordChange>,
) -> ApiResult<Json<Value>> {
    check_csrf(&headers, &who)?;
    let n = auth::change_password(&st, &who, &c.current_password, &c.new_password).await?;
    Ok(Json(json!({ "signed_out": n })))
}

/// My signed-in devices, the most recently used first.
#[utoipa::path(get, path = "/api/v1/account/devices",
    responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn devices(State(st): State<AppState>, User(who): User) -> ApiResult<Json<Value>> {
    let list: Vec<Value> = st
        .store
        .devices(&who.user)
        .await?
        .into_iter()
        .map(|d| {
            let this_device = who.is_this_device(&d);
            json!({ "id": d.id, "created_at": d.created_at, "last_seen_at": d.last_seen_at, "this_device": this_device })
        })
        .collect();
    Ok(Json(json!({ "devices": list })))
}

/// Sign out everywhere else: every device but this one.
#[utoipa::path(delete, path = "/api/v1/account/devices",
    responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn sign_out_elsewhere(
    State(st): State<AppState>,
    headers: HeaderMap,
    User(who): User,
) -> ApiResult<Json<Value>> {
    check_csrf(&headers, &who)?;
    let n = auth::sign_out_elsewhere(&st, &who).await?;
    Ok(Json(json!({ "signed_out": n })))
}
