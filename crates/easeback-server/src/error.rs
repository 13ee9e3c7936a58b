//! One error type for the JSON API: a status, a message a person can act on,
//! and the field at fault. Internals are logged (without personal data) and
//! never shown.

use axum::Json;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use easeback_store::StoreError;
use serde::Serialize;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong, in plain words.
    pub error: String,
    /// The request field at fault, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
    /// Seconds after which trying again makes sense (`Retry-After`).
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, error: impl Into<String>) -> ApiError {
        ApiError {
            status,
            body: ErrorBody {
                error: error.into(),
                field: None,
            },
            retry_after: None,
        }
    }

    /// Say when trying again makes sense.
    pub fn retry_after(mut self, seconds: u64) -> ApiError {
        self.retry_after = Some(seconds);
        self
    }

    pub fn field(
        status: StatusCode,
        field: impl Into<String>,
        error: impl Into<String>,
    ) -> ApiError {
        ApiError {
            status,
            body: ErrorBody {
                error: error.into(),
                field: Some(field.into()),
            },
            retry_after: None,
        }
    }

    pub fn not_found() -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not found")
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, "sign in first")
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound => ApiError::not_found(),
            StoreError::Conflict(_) => ApiError::new(StatusCode::CONFLICT, "that already exists"),
            StoreError::DiaryFull => ApiError::new(
                StatusCode::CONFLICT,
                format!(
                    "your diary holds {} entries, the most it can keep: download it, then delete older entries to add new ones",
                    easeback_store::MAX_ENTRIES
                ),
            ),
            StoreError::DiskFull(msg) => {
                tracing::error!(error = %msg, "database write refused: the disk is full");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the server's disk is full, so this was not saved; please keep your \
                     notes and try again later",
                )
            }
            StoreError::ReadOnly(msg) => {
                tracing::error!(error = %msg, "database write refused: the database is read-only");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the diary cannot be written on the server right now, so this was not \
                     saved; please keep your notes and try again later",
                )
            }
            StoreError::Backend(msg) => {
                tracing::error!(error = %msg, "database error");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the database is not available right now; please try again",
                )
            }
        }
    }
}

impl From<easeback_core::diary::FieldError> for ApiError {
    fn from(e: easeback_core::diary::FieldError) -> ApiError {
        ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, e.field, e.message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        // a fault on the server's side: trying again in 30 s makes sense
        let retry = self
            .retry_after
            .or((self.status == StatusCode::SERVICE_UNAVAILABLE).then_some(30));
        let mut resp = (self.status, Json(self.body)).into_response();
        if let Some(v) = retry.and_then(|s| HeaderValue::from_str(&s.to_string()).ok()) {
            resp.headers_mut()
                .insert(axum::http::header::RETRY_AFTER, v);
        }
        resp
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
