//! The diary overview over JSON, and the window (weeks, UTC offset) a query
//! asks for.

use super::*;
use easeback_core::lang::Said;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct InsightsQuery {
    /// Weekly windows to show (1–104, default 8).
    pub weeks: Option<u16>,
    /// The person's UTC offset in minutes (e.g. -300 in New York in
    /// winter): where the weeks' first days fall. Default 0 (UTC).
    pub utc_offset_minutes: Option<i16>,
}

/// The diary overview for a signed-in person: the same on every surface.
pub async fn overview(
    st: &AppState,
    user: &easeback_store::UserId,
    window: Window,
) -> ApiResult<Overview> {
    let now = Timestamp::now();
    Ok(views::overview(&st.store, st.content, user, window, now, None).await?)
}

/// The window a query asks for, or a 400 that names the field.
pub fn window(
    weeks: Option<u16>,
    default: u16,
    max: u16,
    offset_minutes: i16,
) -> ApiResult<Window> {
    if !diary::entry::offset_in_range(offset_minutes) {
        return Err(ApiError::field(
            StatusCode::BAD_REQUEST,
            "utc_offset_minutes",
            Said::new("error-offset-insights"),
        ));
    }
    Window::up_to(max, weeks.unwrap_or(default), offset_minutes)
        .map_err(|e| ApiError::field(StatusCode::BAD_REQUEST, "weeks", e.said()))
}

#[utoipa::path(get, path = "/api/v1/insights", params(InsightsQuery), responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 400, description = "Bad query", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn insights(
    State(st): State<AppState>,
    User(who): User,
    ApiQuery(q): ApiQuery<InsightsQuery>,
) -> ApiResult<Json<Overview>> {
    let window = window(
        q.weeks,
        Window::DEFAULT_WEEKS,
        Window::MAX_WEEKS,
        q.utc_offset_minutes.unwrap_or(0),
    )?;
    Ok(Json(overview(&st, &who.user, window).await?))
}
