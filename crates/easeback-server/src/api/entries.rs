//! The spasm diary over JSON: list, add, read, change and delete entries; the
//! one parse of an entry the API and the web form share.

use super::*;

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
    /// The checked entry (see `EntryDraft::parse`); with no time given it
    /// is now, in UTC.
    pub fn into_entry(self, st: &AppState, now: Timestamp) -> ApiResult<Entry> {
        let draft = diary::EntryDraft {
            started_at: self.started_at,
            duration_minutes: self.duration_minutes,
            locations: self.locations,
            side: self.side,
            intensity: Some(self.intensity),
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
        Ok(draft.parse(st.content, now, 0)?)
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
    responses((status = 201, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 409, description = "The diary holds the most entries it can keep", body = ErrorBody), (status = 403, description = "Missing or wrong X-CSRF-Token, or cross-site", body = ErrorBody), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
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
