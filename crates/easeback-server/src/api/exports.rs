//! Everything stored, as the one export document (JSON), the diary as CSV
//! for a spreadsheet, or as a FHIR R4 bundle.

use super::*;

/// Download all my data.
#[utoipa::path(get, path = "/api/v1/export", responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn export(State(st): State<AppState>, User(who): User) -> ApiResult<Response> {
    let doc = st.store.export(&who.user, Timestamp::now()).await?;
    let mut res = Json(doc).into_response();
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
    let doc = st.store.export(&who.user, now).await?;
    let entries: Vec<(String, Entry)> = doc.entries.into_iter().map(|s| (s.id, s.entry)).collect();
    let b =
        easeback_core::export::fhir::diary_bundle(st.content, &entries, &doc.daily_factors, now);
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

/// The diary entries as CSV (a spreadsheet opens it; free text that would
/// run as a formula is shown as text).
#[utoipa::path(get, path = "/api/v1/export/csv", responses((status = 200, body = String, content_type = "text/csv"), (status = 401, description = "Not signed in", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn export_csv(State(st): State<AppState>, User(who): User) -> ApiResult<Response> {
    let doc = st.store.export(&who.user, Timestamp::now()).await?;
    let entries: Vec<(String, Entry)> = doc.entries.into_iter().map(|s| (s.id, s.entry)).collect();
    let csv = easeback_core::export::csv::entries_csv(&entries);
    let mut res = csv.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    res.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"easeback-diary.csv\""),
    );
    Ok(res)
}
