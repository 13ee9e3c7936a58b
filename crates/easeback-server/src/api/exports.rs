//! Everything stored, as the one export document (JSON), the diary as CSV
//! for a spreadsheet, or as a FHIR R4 bundle — each streamed to the client
//! a page of entries at a time, so an export holds one page in memory
//! however long the diary is.

use super::*;
use axum::body::{Body, Bytes};
use easeback_core::diary::Diary;
use easeback_core::lang::Said;
use easeback_store::{StoredEntry, UserId};

/// Entries read per page of a streamed export: at most about 1.5 MB with
/// every note at its longest, whatever the diary's size.
const PAGE: u32 = 500;

/// How to write a streamed export: the bytes before the entries, one
/// entry, what goes between two items, an item of its own after the
/// entries (the FHIR diary check), and the bytes that close the document.
struct Document {
    content_type: &'static str,
    file_name: &'static str,
    start: Vec<u8>,
    item: fn(&StoredEntry, &mut Vec<u8>),
    separator: &'static [u8],
    last_item: Option<Vec<u8>>,
    end: Vec<u8>,
}

/// Answer with `doc`, reading `user`'s entries oldest first a page at a
/// time as the client takes them (a bounded channel: a slow reader slows
/// the reading, nothing piles up). A database failure after the answer has
/// begun ends it unfinished, so the client sees a broken transfer, never a
/// shorter document that looks whole.
fn streamed(st: &AppState, user: UserId, doc: Document) -> Response {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(2);
    let store = st.store.clone();
    tokio::spawn(async move {
        if tx.send(Ok(Bytes::from(doc.start))).await.is_err() {
            return;
        }
        let mut last: Option<StoredEntry> = None;
        loop {
            let page = match store.entries_after(&user, last.as_ref(), PAGE).await {
                Ok(page) => page,
                Err(e) => {
                    tracing::error!(error = %e, "an export stopped part way");
                    let _ = tx.send(Err(std::io::Error::other(e.to_string()))).await;
                    return;
                }
            };
            let Some(tail) = page.last().cloned() else {
                break;
            };
            let mut chunk = Vec::new();
            for e in &page {
                if last.is_some() || !chunk.is_empty() {
                    chunk.extend_from_slice(doc.separator);
                }
                (doc.item)(e, &mut chunk);
            }
            if tx.send(Ok(Bytes::from(chunk))).await.is_err() {
                return; // the client went away
            }
            last = Some(tail);
        }
        let mut end = Vec::new();
        if let Some(item) = doc.last_item {
            if last.is_some() {
                end.extend_from_slice(doc.separator);
            }
            end.extend(item);
        }
        end.extend(doc.end);
        let _ = tx.send(Ok(Bytes::from(end))).await;
    });
    let body = Body::from_stream(futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx)));
    let mut res = body.into_response();
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(doc.content_type),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", doc.file_name)) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// `value` as JSON, for a part of an export written before it streams.
fn json(value: &impl Serialize) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(value).map_err(|_| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            Said::new("error-export-failed"),
        )
    })
}

/// `value` as JSON with its outer braces opened up: `{"a":1}` becomes
/// `{"a":1,` (more fields follow); with `open_start`, `"a":1}` (fields
/// came before).
fn json_fields(value: &impl Serialize, open_start: bool) -> Result<Vec<u8>, ApiError> {
    let mut v = json(value)?;
    if open_start {
        v.remove(0);
    } else {
        v.pop();
        v.push(b',');
    }
    Ok(v)
}

/// Download all my data.
#[utoipa::path(get, path = "/api/v1/export", responses((status = 200, body = Object), (status = 401, description = "Not signed in", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn export(State(st): State<AppState>, User(who): User) -> ApiResult<Response> {
    let mut start = json_fields(
        &st.store.export_head(&who.user, Timestamp::now()).await?,
        false,
    )?;
    start.extend_from_slice(br#""entries":["#);
    let mut end = b"],".to_vec();
    end.extend(json_fields(&st.store.export_rest(&who.user).await?, true)?);
    Ok(streamed(
        &st,
        who.user,
        Document {
            content_type: "application/json",
            file_name: "easeback-export.json",
            start,
            // a stored entry always serialises; a failure would show as a
            // document that does not parse
            item: |e, out| {
                let _ = serde_json::to_writer(out, e);
            },
            separator: b",",
            last_item: None,
            end,
        },
    ))
}

/// The diary as a FHIR R4 Bundle (pain scores as Observations).
#[utoipa::path(get, path = "/api/v1/export/fhir", responses((status = 200, body = Object, content_type = "application/fhir+json"), (status = 401, description = "Not signed in", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn export_fhir(State(st): State<AppState>, User(who): User) -> ApiResult<Response> {
    let now = Timestamp::now();
    let fhir = easeback_core::export::fhir::head(now);
    // (the head has no entries yet, so it writes no "entry" list)
    let mut start = json_fields(&fhir, false)?;
    start.extend_from_slice(br#""entry":["#);
    // the diary check reads the usual overview's weeks, without sessions
    let window = Window::default();
    let recent = st.store.diary(&who.user, window, now).await?;
    let diary = Diary {
        outcomes: Vec::new(),
        ..recent
    };
    let check = easeback_core::export::fhir::diary_check(st.content, &diary, now);
    let check = json(&check)?;
    Ok(streamed(
        &st,
        who.user,
        Document {
            content_type: "application/fhir+json",
            file_name: "easeback-fhir.json",
            start,
            item: |e, out| {
                let _ = serde_json::to_writer(
                    out,
                    &easeback_core::export::fhir::observation(&e.id, &e.entry),
                );
            },
            separator: b",",
            last_item: Some(check),
            end: b"]}".to_vec(),
        },
    ))
}

/// The diary entries as CSV (a spreadsheet opens it; free text that would
/// run as a formula is shown as text).
#[utoipa::path(get, path = "/api/v1/export/csv", responses((status = 200, body = String, content_type = "text/csv"), (status = 401, description = "Not signed in", body = ErrorBody), (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn export_csv(State(st): State<AppState>, User(who): User) -> ApiResult<Response> {
    let mut start = easeback_core::export::csv::HEADER.as_bytes().to_vec();
    start.extend_from_slice(b"\r\n");
    Ok(streamed(
        &st,
        who.user,
        Document {
            content_type: "text/csv; charset=utf-8",
            file_name: "easeback-diary.csv",
            start,
            item: |e, out| {
                out.extend_from_slice(easeback_core::export::csv::row(&e.id, &e.entry).as_bytes());
            },
            separator: b"",
            last_item: None,
            end: Vec::new(),
        },
    ))
}
