//! One error type for the JSON API: a status, a message a person can act on,
//! and the field at fault. Internals are logged (without personal data) and
//! never shown.

use axum::Json;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use easeback_core::lang::Said;
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
    /// The message as said in any language (`body.error` is its English).
    pub said: Option<Said>,
}

/// What an error says: words for a person, said in their language, or an
/// English text as it is (a parser's own message inside one of ours).
pub enum Message {
    Plain(String),
    Said(Said),
}

impl From<&str> for Message {
    fn from(s: &str) -> Message {
        Message::Plain(s.to_string())
    }
}

impl From<String> for Message {
    fn from(s: String) -> Message {
        Message::Plain(s)
    }
}

impl From<Said> for Message {
    fn from(s: Said) -> Message {
        Message::Said(s)
    }
}

impl ApiError {
    pub fn new(status: StatusCode, error: impl Into<Message>) -> ApiError {
        ApiError::with_field(status, None, error.into())
    }

    fn with_field(status: StatusCode, field: Option<String>, error: Message) -> ApiError {
        let (error, said) = match error {
            Message::Plain(text) => (text, None),
            Message::Said(said) => (said.english(), Some(said)),
        };
        ApiError {
            status,
            body: ErrorBody { error, field },
            retry_after: None,
            said,
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
        error: impl Into<Message>,
    ) -> ApiError {
        ApiError::with_field(status, Some(field.into()), error.into())
    }

    pub fn not_found() -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, Said::new("error-not-found"))
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, Said::new("error-sign-in-first"))
    }

    /// The message in the language of the request being answered.
    pub fn message(&self) -> String {
        match &self.said {
            Some(said) => said.in_lang(crate::request_lang::lang()),
            None => self.body.error.clone(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound => ApiError::not_found(),
            StoreError::Conflict(_) => {
                ApiError::new(StatusCode::CONFLICT, Said::new("error-conflict"))
            }
            StoreError::DiaryFull => ApiError::new(
                StatusCode::CONFLICT,
                Said::new("error-diary-full").with("max", easeback_store::MAX_ENTRIES),
            ),
            StoreError::DiskFull(msg) => {
                tracing::error!(error = %msg, "database write refused: the disk is full");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    Said::new("error-disk-full"),
                )
            }
            StoreError::ReadOnly(msg) => {
                tracing::error!(error = %msg, "database write refused: the database is read-only");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    Said::new("error-read-only"),
                )
            }
            StoreError::Backend(msg) => {
                tracing::error!(error = %msg, "database error");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    Said::new("error-db-unavailable"),
                )
            }
        }
    }
}

impl From<easeback_core::diary::FieldError> for ApiError {
    fn from(e: easeback_core::diary::FieldError) -> ApiError {
        ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, e.field, e.said)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        // a fault on the server's side: trying again in 30 s makes sense
        let retry = self
            .retry_after
            .or((self.status == StatusCode::SERVICE_UNAVAILABLE).then_some(30));
        let error = self.message();
        let body = ErrorBody { error, ..self.body };
        let mut resp = (self.status, Json(body)).into_response();
        if let Some(v) = retry.and_then(|s| HeaderValue::from_str(&s.to_string()).ok()) {
            resp.headers_mut()
                .insert(axum::http::header::RETRY_AFTER, v);
        }
        resp
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
