//! The JSON API under `/api/v1`, one file per feature (triage, accounts,
//! diary entries, insights, exports, tightenings), documented by the OpenAPI
//! document served at `/api/v1/openapi.json`. This file holds the route
//! table, the document, and the JSON extractors and CSRF check every
//! feature shares. Every user-owned record is fetched by (user, id), so
//! another user's id answers 404.

mod accounts;
mod entries;
mod exports;
mod insights;
mod tightenings;
mod triage;

pub use accounts::*;
pub use entries::*;
pub use exports::*;
pub use insights::*;
pub use tightenings::*;
pub use triage::*;

use crate::audit;
use crate::auth::{self, MaybeUser, User};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::security::{same_origin, same_secret};
use crate::{AppState, client_ip};
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router, routing};
use easeback_core::check;
use easeback_core::diary::{self, Entry, Overview, Tried, Window};
use easeback_core::intake::IntakeError;
use easeback_core::lang::Said;
use easeback_core::phone::PhoneNumber;
use easeback_core::triage::{Assessment, assess};
use easeback_core::{FindingId, Lang};
use easeback_store::{Store, views};
use jiff::Timestamp;
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
                Said::new("error-json-content-type"),
            )),
            Err(e) => Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                Said::new("error-json-invalid").with("detail", e.body_text()),
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
                Said::new("error-query-invalid").with("detail", e.body_text()),
            )),
        }
    }
}

/// Signed-in, state-changing requests must carry the session's CSRF token
/// and come from our own origin.
pub(crate) fn check_csrf(headers: &HeaderMap, who: &auth::SignedIn) -> ApiResult<()> {
    let token = headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !same_origin(headers) || !same_secret(token, &who.csrf) {
        audit::log(audit::Event::CrossSiteRefused, Some(&who.user), None);
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            Said::new("error-csrf"),
        ));
    }
    Ok(())
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
        export_csv,
        tightenings,
        save_tightening,
        timed_tightenings,
        delete_account,
        change_password,
        devices,
        sign_out_elsewhere
    ),
    components(schemas(
        TriageRequest,
        Credentials,
        SignedUp,
        SignedInBody,
        EntryInput,
        TriedInput,
        TighteningsRequest,
        TighteningInput,
        TimedTighteningInput,
        PasswordChange,
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
            "/diary/tightenings",
            routing::get(timed_tightenings).post(save_tightening),
        )
        .route(
            "/diary/{id}",
            routing::get(get_entry).put(put_entry).delete(delete_entry),
        )
        .route("/insights", routing::get(insights))
        .route("/export", routing::get(export))
        .route("/export/fhir", routing::get(export_fhir))
        .route("/export/csv", routing::get(export_csv))
        .route("/tightenings", routing::post(tightenings))
        .route("/account", routing::delete(delete_account))
        .route("/account/password", routing::post(change_password))
        .route(
            "/account/devices",
            routing::get(devices).delete(sign_out_elsewhere),
        )
        .route("/openapi.json", routing::get(openapi))
        .fallback(not_found)
}

/// The `region` field of a request: none when absent or empty; one the
/// knowledge base does not have is refused, naming the field.
fn region_field<'c>(
    content: &'c easeback_core::Content,
    field: Option<&str>,
) -> ApiResult<Option<&'c easeback_core::Region>> {
    match field {
        None | Some("") => Ok(None),
        Some(r) => content
            .find_region(r)
            .map(Some)
            .map_err(|e| ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, "region", e.said())),
    }
}

/// The `lang` field of a request: English when absent; one Easeback does
/// not speak is refused, naming the field.
fn language(field: Option<&str>) -> ApiResult<Lang> {
    match field.map(str::trim) {
        None | Some("") => Ok(Lang::En),
        Some(tag) => Lang::parse(tag)
            .map_err(|e| ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, "lang", e.said())),
    }
}
