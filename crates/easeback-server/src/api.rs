//! The JSON API under `/api/v1`, documented by the OpenAPI document served
//! at `/api/v1/openapi.json`. Every user-owned record is fetched by
//! (user, id), so another user's id answers 404.

use crate::auth::{self, MaybeUser, User};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::security::{same_origin, same_secret};
use crate::{AppState, client_ip};
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router, routing};
use easeback_core::FindingId;
use easeback_core::check;
use easeback_core::diary::{self, Entry, Location, Side, Tried};
use easeback_core::intake::IntakeError;
use easeback_core::phone::PhoneNumber;
use easeback_core::triage::{Assessment, assess};
use easeback_store::Store;
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::{OpenApi, ToSchema};

/// JSON body whose parse errors come back as our JSON errors.
pub struct ApiJson<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "send JSON with Content-Type: application/json",
            )),
            Err(e) => Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("the JSON body is not valid: {}", e.body_text()),
            )),
        }
    }
}

/// Query string whose parse errors come back as our JSON errors.
pub struct ApiQuery<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequestParts<S>
    for ApiQuery<T>
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(v)) => Ok(ApiQuery(v)),
            Err(e) => Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("the query string is not valid: {}", e.body_text()),
            )),
        }
    }
}

/// Signed-in, state-changing requests must carry the session's CSRF token
/// and come from our own origin.
fn check_csrf(headers: &HeaderMap, who: &auth::SignedIn) -> ApiResult<()> {
    let token = headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !same_origin(headers) || !same_secret(token, &who.csrf) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "missing or wrong X-CSRF-Token header",
        ));
    }
    Ok(())
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TriageRequest {
    /// A description in the person's own words.
    pub text: Option<String>,
    /// Structured finding ids, read together with the text.
    pub findings: Option<Vec<String>>,
    /// Answers to the questions of an earlier answer: finding id → yes (true)
    /// or no (false).
    pub answers: Option<std::collections::BTreeMap<String, bool>>,
    /// us, uk, ie, ca, au, nz or eu; without it every emergency number is listed.
    pub region: Option<String>,
    /// The person's own maternity unit or care team number: listed first in
    /// `calls` on a same_day answer.
    pub care_team: Option<String>,
}

/// Check symptoms: the same object as `easeback triage --format json`.
#[utoipa::path(post, path = "/api/v1/triage", request_body = TriageRequest,
    responses((status = 200, description = "The assessment: disposition, findings, actions, set_aside", body = Object), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody)))]
pub async fn triage(
    State(st): State<AppState>,
    ApiJson(req): ApiJson<TriageRequest>,
) -> ApiResult<Json<Assessment>> {
    let content = st.content;
    let region = match req.region.as_deref() {
        None | Some("") => None,
        Some(r) => Some(content.region(r).ok_or_else(|| {
            let ids: Vec<&str> = content.regions.iter().map(|x| x.id.as_str()).collect();
            ApiError::field(
                StatusCode::UNPROCESSABLE_ENTITY,
                "region",
                format!("unknown region '{r}'; use one of {}", ids.join(", ")),
            )
        })?),
    };
    if req.text.is_none() && req.findings.is_none() && req.answers.is_none() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "send \"text\", \"findings\", \"answers\" or several of them",
        ));
    }
    let mut parsed = Vec::new();
    for id in req.findings.iter().flatten() {
        parsed.push(id.parse::<FindingId>().map_err(|e| {
            ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, "findings", e.to_string())
        })?);
    }
    let mut answers = Vec::new();
    for (id, &yes) in req.answers.iter().flatten() {
        let id = id.parse::<FindingId>().map_err(|e| {
            ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, "answers", e.to_string())
        })?;
        answers.push((id, yes));
    }
    let own = match req.care_team.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(n) => Some(PhoneNumber::parse(n).map_err(|e| {
            ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, "care_team", e.to_string())
        })?),
    };
    let request = check::Request {
        text: req.text.as_deref().unwrap_or(""),
        findings: &parsed,
        answers: &answers,
        region,
        gestation: None,
        care_team: own.as_ref(),
    };
    let a = check::check(content, st.intake, &request).map_err(|e| match e {
        IntakeError::TooLong { .. } => {
            ApiError::field(StatusCode::PAYLOAD_TOO_LARGE, "text", e.to_string())
        }
    })?;
    Ok(Json(a))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Credentials {
    #[schema(format = Email, min_length = 3, max_length = 254, pattern = "^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$")]
    pub email: String,
    #[schema(min_length = 8, max_length = 128)]
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Account {
    pub id: String,
    pub email: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignedInBody {
    /// Send this back as the X-CSRF-Token header on state-changing requests.
    pub csrf_token: String,
}

/// Create an account.
#[utoipa::path(post, path = "/api/v1/accounts", request_body = Credentials,
    responses((status = 201, body = Account), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 409, description = "Email already registered", body = ErrorBody), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn create_account(
    State(st): State<AppState>,
    headers: HeaderMap,
    ApiJson(c): ApiJson<Credentials>,
) -> ApiResult<(StatusCode, Json<Account>)> {
    if !same_origin(&headers) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "cross-site request refused",
        ));
    }
    let (id, email) = auth::register(&st, &c.email, &c.password).await?;
    Ok((StatusCode::CREATED, Json(Account { id: id.0, email })))
}

/// Check credentials (rate limited per account and per address); returns the user.
pub async fn verify_login(
    st: &AppState,
    email: &str,
    password: &str,
    ip: &str,
) -> ApiResult<easeback_store::UserId> {
    let email = email.trim().to_lowercase();
    if !st.login_by_account.allow(&email) || !st.login_by_address.allow(ip) {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too many sign-in attempts; wait 15 minutes and try again",
        ));
    }
    let (user, hash) = match st.store.user_by_email(&email).await? {
        Some((user, hash)) => (Some(user), hash),
        None => (None, None),
    };
    let matches = auth::verify_password_bounded(password, hash).await?;
    match user {
        Some(user) if matches => Ok(user),
        _ => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "that email and password do not match an account",
        )),
    }
}

/// Sign in: sets the session cookie and returns the CSRF token.
#[utoipa::path(post, path = "/api/v1/login", request_body = Credentials,
    responses((status = 200, body = SignedInBody), (status = 401, description = "Wrong email or password", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 429, description = "Too many attempts", body = ErrorBody), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn login(State(st): State<AppState>, req: Request) -> ApiResult<Response> {
    let ip = client_ip(&req);
    let headers = req.headers().clone();
    if !same_origin(&headers) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "cross-site request refused",
        ));
    }
    let ApiJson(c) = ApiJson::<Credentials>::from_request(req, &st).await?;
    let user = verify_login(&st, &c.email, &c.password, &ip).await?;
    let (token, csrf) = auth::sign_in(&st, &user).await?;
    let mut res = Json(SignedInBody { csrf_token: csrf }).into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::session_cookie(&token, st.secure_cookies)) {
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
    st.store.delete_auth_session(&who.token_hash).await?;
    let mut res = StatusCode::NO_CONTENT.into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::clear_cookie(st.secure_cookies)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TriedInput {
    pub action: String,
    pub helped: bool,
}

/// A diary entry as sent by a client.
#[derive(Debug, Deserialize, ToSchema)]
pub struct EntryInput {
    /// RFC 3339 with an offset, e.g. 2026-11-20T03:10:00+01:00; default now.
    pub started_at: Option<String>,
    pub duration_minutes: Option<u16>,
    #[serde(default)]
    pub locations: Vec<String>,
    pub side: Option<String>,
    /// Pain at its worst, 0–10.
    #[schema(minimum = 0, maximum = 10)]
    pub intensity: u8,
    #[schema(minimum = 0, maximum = 10)]
    pub pain_after: Option<u8>,
    #[serde(default)]
    pub triggers: Vec<String>,
    #[serde(default)]
    pub context: String,
    #[serde(default)]
    pub tried: Vec<TriedInput>,
    #[serde(default)]
    pub woke_from_sleep: bool,
    #[serde(default)]
    pub notes: String,
}

impl EntryInput {
    pub fn into_entry(self, st: &AppState, now: Timestamp) -> ApiResult<Entry> {
        let (started_at, offset) = match self.started_at.as_deref() {
            Some(s) => diary::parse_rfc3339(s)?,
            None => (now, 0),
        };
        let mut locations = Vec::new();
        for l in &self.locations {
            locations.push(Location::parse(l).ok_or_else(|| {
                ApiError::field(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "locations",
                    format!("unknown place '{l}'"),
                )
            })?);
        }
        let side = match self.side.as_deref() {
            None | Some("") => None,
            Some(s) => Some(Side::parse(s).ok_or_else(|| {
                ApiError::field(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "side",
                    "use left, right, both or middle",
                )
            })?),
        };
        let e = Entry {
            started_at,
            utc_offset_minutes: offset,
            duration_minutes: self.duration_minutes,
            locations,
            side,
            intensity: self.intensity,
            pain_after: self.pain_after,
            triggers: self.triggers,
            context: self.context,
            tried: self
                .tried
                .into_iter()
                .map(|t| Tried {
                    action: t.action,
                    helped: t.helped,
                })
                .collect(),
            woke_from_sleep: self.woke_from_sleep,
            notes: self.notes,
        };
        e.validate(st.content, now)?;
        Ok(e)
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ListQuery {
    /// How many entries, most recent first (1–500, default 50).
    pub limit: Option<u32>,
}

/// Recent diary entries, most recent first.
#[utoipa::path(get, path = "/api/v1/diary", params(ListQuery), responses((status = 200, body = [Object]), (status = 401, description = "Not signed in", body = ErrorBody), (status = 400, description = "Bad query", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn list_entries(
    State(st): State<AppState>,
    User(who): User,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> ApiResult<Json<Value>> {
    let limit = q.limit.unwrap_or(50).clamp(1, 500);
    let entries = st.store.recent_entries(&who.user, limit).await?;
    Ok(Json(json!(entries)))
}

/// Log a spasm.
#[utoipa::path(post, path = "/api/v1/diary", request_body = EntryInput,
    responses((status = 201, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn add_entry(
    State(st): State<AppState>,
    headers: HeaderMap,
    User(who): User,
    ApiJson(input): ApiJson<EntryInput>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    check_csrf(&headers, &who)?;
    let now = Timestamp::now();
    let entry = input.into_entry(&st, now)?;
    let id = st.store.add_entry(&who.user, &entry, now).await?;
    let stored = st.store.entry(&who.user, &id).await?;
    Ok((StatusCode::CREATED, Json(json!(stored))))
}

/// One diary entry (404 for another user's id).
#[utoipa::path(get, path = "/api/v1/diary/{id}", params(("id" = String, Path)), responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 404, description = "No such entry for this user", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn get_entry(
    State(st): State<AppState>,
    User(who): User,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    Ok(Json(json!(st.store.entry(&who.user, &id).await?)))
}

/// Replace a diary entry.
#[utoipa::path(put, path = "/api/v1/diary/{id}", params(("id" = String, Path)), request_body = EntryInput,
    responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 404, description = "No such entry for this user", body = ErrorBody), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn put_entry(
    State(st): State<AppState>,
    headers: HeaderMap,
    User(who): User,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<EntryInput>,
) -> ApiResult<Json<Value>> {
    check_csrf(&headers, &who)?;
    let now = Timestamp::now();
    let entry = input.into_entry(&st, now)?;
    st.store.update_entry(&who.user, &id, &entry, now).await?;
    Ok(Json(json!(st.store.entry(&who.user, &id).await?)))
}

/// Delete a diary entry.
#[utoipa::path(delete, path = "/api/v1/diary/{id}", params(("id" = String, Path)), responses((status = 204), (status = 401, description = "Not signed in", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 404, description = "No such entry for this user", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn delete_entry(
    State(st): State<AppState>,
    headers: HeaderMap,
    User(who): User,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    check_csrf(&headers, &who)?;
    st.store.delete_entry(&who.user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct InsightsQuery {
    /// Weekly windows to show (1–104, default 8).
    pub weeks: Option<u16>,
}

/// Patterns in the diary, the diary-derived findings and the triage result.
pub async fn insights_value(
    st: &AppState,
    user: &easeback_store::UserId,
    weeks: u16,
) -> ApiResult<Value> {
    let now = Timestamp::now();
    let since = now - SignedDuration::from_hours(24 * 7 * i64::from(weeks.max(3)));
    let entries = st.store.entries_since(user, since).await?;
    let factors = st
        .store
        .factors_since(user, jiff::tz::Offset::UTC.to_datetime(since).date())
        .await?;
    let outcomes = st.store.session_outcomes(user, 200).await?;
    let profile = st.store.profile(user).await?;
    let region = profile.region.as_deref().and_then(|r| st.content.region(r));
    let ins = diary::insights(st.content, &entries, &factors, now, 0, weeks);
    let assessment = assess(st.content, &ins.findings, region);
    let mut v = json!(ins);
    if let Some(o) = v.as_object_mut() {
        o.insert("assessment".into(), json!(assessment));
        o.insert(
            "sessions".into(),
            json!(diary::session_summary(st.content, &outcomes)),
        );
    }
    Ok(v)
}

#[utoipa::path(get, path = "/api/v1/insights", params(InsightsQuery), responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 400, description = "Bad query", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn insights(
    State(st): State<AppState>,
    User(who): User,
    ApiQuery(q): ApiQuery<InsightsQuery>,
) -> ApiResult<Json<Value>> {
    let weeks = q.weeks.unwrap_or(8).clamp(1, 104);
    Ok(Json(insights_value(&st, &who.user, weeks).await?))
}

/// Everything stored for a user, as one JSON document.
pub async fn export_value(st: &AppState, user: &easeback_store::UserId) -> ApiResult<Value> {
    let profile = st.store.profile(user).await?;
    let entries = st.store.entries_since(user, Timestamp::UNIX_EPOCH).await?;
    let factors = st
        .store
        .factors_since(user, jiff::civil::date(1970, 1, 1))
        .await?;
    let sessions = st.store.session_outcomes(user, u32::MAX).await?;
    Ok(json!({
        "format": "easeback-export-1",
        "exported_at": Timestamp::now(),
        "profile": profile,
        "entries": entries,
        "daily_factors": factors,
        "sessions": sessions,
    }))
}

/// Download all my data.
#[utoipa::path(get, path = "/api/v1/export", responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn export(State(st): State<AppState>, User(who): User) -> ApiResult<Response> {
    let v = export_value(&st, &who.user).await?;
    let mut res = Json(v).into_response();
    res.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"easeback-export.json\""),
    );
    Ok(res)
}

/// The diary as a FHIR R4 Bundle (pain scores as Observations).
#[utoipa::path(get, path = "/api/v1/export/fhir", responses((status = 200, body = Object, content_type = "application/fhir+json"), (status = 401, description = "Not signed in", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn export_fhir(State(st): State<AppState>, User(who): User) -> ApiResult<Response> {
    let now = Timestamp::now();
    let stored = st.store.recent_entries(&who.user, u32::MAX).await?;
    let mut entries: Vec<(String, Entry)> = stored.into_iter().map(|s| (s.id, s.entry)).collect();
    entries.reverse();
    let factors = st
        .store
        .factors_since(&who.user, jiff::civil::date(1970, 1, 1))
        .await?;
    let plain: Vec<Entry> = entries.iter().map(|(_, e)| e.clone()).collect();
    let ins = diary::insights(st.content, &plain, &factors, now, 0, 8);
    let a = assess(st.content, &ins.findings, None);
    let id = format!("diary-check-{}", now.as_millisecond());
    let b = easeback_core::export::fhir::bundle(
        st.content,
        &entries,
        &ins.findings,
        a.disposition,
        now,
        &id,
    );
    let mut res = Json(json!(b)).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/fhir+json"),
    );
    res.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"easeback-fhir.json\""),
    );
    Ok(res)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TighteningInput {
    /// RFC 3339 times.
    #[schema(format = DateTime)]
    pub start: String,
    #[schema(format = DateTime)]
    pub end: String,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TighteningsRequest {
    pub tightenings: Vec<TighteningInput>,
    pub region: Option<String>,
}

/// The tightening timer's rule: is this a regular pattern? (The page times
/// tightenings; the rule lives in core.)
#[utoipa::path(post, path = "/api/v1/tightenings", request_body = TighteningsRequest,
    responses((status = 200, body = Object), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody)))]
pub async fn tightenings(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    ApiJson(req): ApiJson<TighteningsRequest>,
) -> ApiResult<Json<Value>> {
    if req.tightenings.len() > 500 {
        return Err(ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "tightenings",
            "at most 500",
        ));
    }
    let mut list = Vec::with_capacity(req.tightenings.len());
    for t in &req.tightenings {
        let parse = |s: &str| {
            s.parse::<Timestamp>().map_err(|_| {
                ApiError::field(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "tightenings",
                    format!("'{s}' is not an RFC 3339 time"),
                )
            })
        };
        list.push(easeback_core::pregnancy::Tightening {
            start: parse(&t.start)?,
            end: parse(&t.end)?,
        });
    }
    let now = list
        .iter()
        .map(|t| t.end)
        .max()
        .unwrap_or_else(Timestamp::now);
    let p = easeback_core::pregnancy::pattern(&list, now);
    let region = req.region.as_deref().and_then(|r| st.content.region(r));
    let mut out = json!({ "pattern": p });
    if p.regular {
        let gestation = match &who {
            Some(w) => st
                .store
                .profile(&w.user)
                .await
                .ok()
                .and_then(|pr| pr.due_date)
                .and_then(|d| {
                    easeback_core::pregnancy::Gestation::from_due_date(
                        d,
                        jiff::tz::Offset::UTC.to_datetime(Timestamp::now()).date(),
                    )
                    .ok()
                }),
            None => None,
        };
        let a = assess(st.content, &[FindingId::RhythmicTightening], region);
        if let Some(o) = out.as_object_mut() {
            o.insert(
                "advice".into(),
                json!(easeback_core::pregnancy::tightening_advice(
                    gestation.as_ref()
                )),
            );
            o.insert("assessment".into(), json!(a));
        }
    }
    Ok(Json(out))
}

/// Delete my account and everything in it.
#[utoipa::path(delete, path = "/api/v1/account", responses((status = 204), (status = 401, description = "Not signed in", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn delete_account(
    State(st): State<AppState>,
    headers: HeaderMap,
    User(who): User,
) -> ApiResult<Response> {
    check_csrf(&headers, &who)?;
    st.store.delete_user(&who.user).await?;
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

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Easeback API",
        description = "Back spasms in pregnancy: triage, diary and insights. Not a diagnosis."
    ),
    paths(
        triage,
        create_account,
        login,
        logout,
        list_entries,
        add_entry,
        get_entry,
        put_entry,
        delete_entry,
        insights,
        export,
        export_fhir,
        tightenings,
        delete_account
    ),
    components(schemas(
        TriageRequest,
        Credentials,
        Account,
        SignedInBody,
        EntryInput,
        TriedInput,
        TighteningsRequest,
        TighteningInput,
        ErrorBody
    ))
)]
pub struct ApiDoc;

pub async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

pub async fn not_found() -> ApiError {
    ApiError::not_found()
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/triage", routing::post(triage))
        .route("/accounts", routing::post(create_account))
        .route("/login", routing::post(login))
        .route("/logout", routing::post(logout))
        .route("/me", routing::get(me))
        .route("/diary", routing::get(list_entries).post(add_entry))
        .route(
            "/diary/{id}",
            routing::get(get_entry).put(put_entry).delete(delete_entry),
        )
        .route("/insights", routing::get(insights))
        .route("/export", routing::get(export))
        .route("/export/fhir", routing::get(export_fhir))
        .route("/tightenings", routing::post(tightenings))
        .route("/account", routing::delete(delete_account))
        .route("/openapi.json", routing::get(openapi))
        .fallback(not_found)
}
