//! What a page handler answers with: a template as the response
//! ([`Page`]), or the one page error type ([`PageError`]) that every
//! refusal and failure of a page goes through. Errors are turned into the
//! message page in one place ([`show_page_errors`]), which has the state
//! the layout needs for the emergency numbers.

use super::{Layout, layout, t};
use crate::AppState;
use crate::auth::{MaybeUser, SignedIn};
use crate::error::ApiError;
use askama::Template;
use axum::extract::FromRequestParts;
use axum::extract::State;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use easeback_store::StoreError;

/// A rendered template is the response: `Ok(Page(DiaryPage { .. }))`.
pub(super) struct Page<T>(pub T);

impl<T: Template> IntoResponse for Page<T> {
    fn into_response(self) -> Response {
        match self.0.render() {
            Ok(html) => Html(html).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "template failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "something went wrong").into_response()
            }
        }
    }
}

/// Why a page is not shown. The text is the person's to read, so it says
/// what to do; internals were logged where they happened.
#[derive(Debug)]
pub(crate) enum PageError {
    /// The page is for signed-in people: on to the sign-in page.
    SignIn,
    /// A form that was not posted from one of our pages, or with a token
    /// that is not this session's; nothing was changed.
    Expired,
    /// Nothing lives at this address.
    NotFound,
    /// The store or the input refused, in the API's own words and status.
    Refused(ApiError),
    /// A page's own explanation, with where to go back to.
    Say {
        status: StatusCode,
        heading: String,
        text: String,
        back: Option<(&'static str, String)>,
    },
}

pub(super) type PageResult<T = Response> = Result<T, PageError>;

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> PageError {
        if e.status == StatusCode::UNAUTHORIZED {
            PageError::SignIn
        } else {
            PageError::Refused(e)
        }
    }
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> PageError {
        ApiError::from(e).into()
    }
}

/// The message page an error becomes: kept in the response's extensions
/// until [`show_page_errors`] renders it with the layout.
#[derive(Clone)]
struct Shown {
    heading: String,
    text: String,
    back: Option<(&'static str, String)>,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, shown) = match self {
            PageError::SignIn => return Redirect::to("/signin").into_response(),
            PageError::Expired => (
                StatusCode::FORBIDDEN,
                Shown {
                    heading: t("error-expired-heading"),
                    text: t("error-expired-text"),
                    back: None,
                },
            ),
            PageError::NotFound => (
                StatusCode::NOT_FOUND,
                Shown {
                    heading: t("error-not-found-heading"),
                    text: t("error-not-found-text"),
                    back: Some(("/", t("link-home"))),
                },
            ),
            PageError::Refused(e) => (
                e.status,
                Shown {
                    heading: t("error-refused-heading"),
                    text: e.message(),
                    back: Some(("/", t("link-back-to-start"))),
                },
            ),
            PageError::Say {
                status,
                heading,
                text,
                back,
            } => (
                status,
                Shown {
                    heading,
                    text,
                    back,
                },
            ),
        };
        let mut res = (status, "").into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            // a fault on the server's side: say when trying again makes sense
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
        }
        res.extensions_mut().insert(shown);
        res
    }
}

/// Middleware over the page routes: a [`PageError`]'s response becomes the
/// message page, keeping its status and headers.
pub(super) async fn show_page_errors(State(st): State<AppState>, res: Response) -> Response {
    let Some(shown) = res.extensions().get::<Shown>().cloned() else {
        return res;
    };
    let (mut parts, _) = res.into_parts();
    let page = Page(Message {
        l: layout(&st, &shown.heading, None, None),
        heading: shown.heading.clone(),
        paras: vec![shown.text],
        links: shown
            .back
            .map(|(href, label)| (href.to_string(), label))
            .into_iter()
            .collect(),
    })
    .into_response();
    let (page_parts, body) = page.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    for (name, value) in &page_parts.headers {
        parts.headers.insert(name, value.clone());
    }
    if !page_parts.status.is_success() {
        parts.status = page_parts.status;
    }
    Response::from_parts(parts, body)
}

#[derive(Template)]
#[template(path = "message.html")]
pub(super) struct Message {
    l: Layout,
    heading: String,
    paras: Vec<String>,
    links: Vec<(String, String)>,
}

/// A page that only says something (a session ended, an account deleted),
/// with the navigation for `who`.
pub(super) fn message(
    st: &AppState,
    who: Option<&SignedIn>,
    heading: &str,
    paras: &[&str],
    links: &[(&str, &str)],
) -> Page<Message> {
    Page(Message {
        l: layout(st, heading, who, None),
        heading: heading.into(),
        paras: paras.iter().map(|p| p.to_string()).collect(),
        links: links
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
    })
}

/// The signed-in person on a page that is only for them; the sign-in page
/// for anyone else.
pub(crate) struct Member(pub SignedIn);

impl FromRequestParts<AppState> for Member {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Member, PageError> {
        match MaybeUser::from_request_parts(parts, st).await?.0 {
            Some(who) => Ok(Member(who)),
            None => Err(PageError::SignIn),
        }
    }
}

pub(super) async fn not_found() -> PageError {
    PageError::NotFound
}
