//! The tightenings timer over JSON: a list of tightenings in, whether they
//! form a regular pattern out.

use super::*;
use easeback_core::lang::Said;

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
    /// en (the default) or es: the language of the answer's words.
    pub lang: Option<String>,
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
            Said::new("error-tightenings-count"),
        ));
    }
    let mut list = Vec::with_capacity(req.tightenings.len());
    for t in &req.tightenings {
        let parse = |s: &str| {
            s.parse::<Timestamp>().map_err(|_| {
                ApiError::field(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "tightenings",
                    Said::new("error-not-rfc3339").with("given", s),
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
    let content = st.content_in(language(req.lang.as_deref())?);
    let region = region_field(content, req.region.as_deref())?;
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
        let a = assess(content, &[FindingId::RhythmicTightening], region);
        if let Some(o) = out.as_object_mut() {
            o.insert(
                "advice".into(),
                json!(easeback_core::pregnancy::tightening_advice(
                    &content.messages,
                    gestation.as_ref()
                )),
            );
            o.insert("assessment".into(), json!(a));
        }
    }
    Ok(Json(out))
}

/// One tightening timed on the person's device, for their diary.
#[derive(Debug, Deserialize, ToSchema)]
pub struct TimedTighteningInput {
    /// RFC 3339 with the device's offset, e.g. 2026-12-07T03:50:00+01:00.
    #[schema(format = DateTime)]
    pub start: String,
    #[schema(format = DateTime)]
    pub end: String,
}

/// Keep a timed tightening in the diary (the same start again is kept once).
#[utoipa::path(post, path = "/api/v1/diary/tightenings", request_body = TimedTighteningInput,
    responses((status = 201, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn save_tightening(
    State(st): State<AppState>,
    headers: HeaderMap,
    User(who): User,
    ApiJson(input): ApiJson<TimedTighteningInput>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    check_csrf(&headers, &who)?;
    let t = diary::TimedTightening::parse(&input.start, &input.end, Timestamp::now())?;
    st.store.add_tightening(&who.user, &t).await?;
    Ok((StatusCode::CREATED, Json(json!(t))))
}

/// The tightenings timed in the last 24 hours, oldest first.
#[utoipa::path(get, path = "/api/v1/diary/tightenings",
    responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn timed_tightenings(
    State(st): State<AppState>,
    User(who): User,
) -> ApiResult<Json<Value>> {
    let list = st
        .store
        .tightening_history(&who.user, Timestamp::now())
        .await?;
    Ok(Json(json!({ "tightenings": list })))
}
