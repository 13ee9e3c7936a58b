//! The clinician report (page and PDF) and the reminders calendar.

use super::*;
use easeback_core::report::{self, Report};
use easeback_store::views;

#[derive(Template)]
#[template(path = "report.html")]
pub(super) struct ReportPage {
    l: Layout,
    weeks: u16,
    items: Vec<(&'static str, String)>,
    chart: WeekChart,
}

/// The report for the signed-in person, or the page that says why not.
async fn report_for(
    st: &AppState,
    w: &SignedIn,
    headers: &HeaderMap,
    weeks: Option<u16>,
) -> Result<Report, Response> {
    let window = api::window(
        weeks,
        report::DEFAULT_WEEKS,
        report::MAX_WEEKS,
        utc_offset(headers),
    )
    .map_err(|e| page_error(st, e))?;
    views::report(&st.store, st.content, &w.user, window, Timestamp::now())
        .await
        .map_err(|e| page_error(st, e.into()))
}

pub(super) async fn report_html(
    State(st): State<AppState>,
    Member(w): Member,
    headers: HeaderMap,
    Query(q): Query<api::InsightsQuery>,
) -> Response {
    let data = match report_for(&st, &w, &headers, q.weeks).await {
        Ok(d) => d,
        Err(page) => return page,
    };
    let items = data
        .lines()
        .into_iter()
        .map(|(style, text)| (style.as_str(), text))
        .collect();
    render(&ReportPage {
        l: layout(&st, "Report", Some(&w), None),
        weeks: data.weeks(),
        items,
        chart: WeekChart::new(&data.overview.insights.weekly),
    })
}

pub(super) async fn report_pdf(
    State(st): State<AppState>,
    Member(w): Member,
    headers: HeaderMap,
    Query(q): Query<api::InsightsQuery>,
) -> Response {
    let data = match report_for(&st, &w, &headers, q.weeks).await {
        Ok(d) => d,
        Err(page) => return page,
    };
    match easeback_pdf::pdf(&data) {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"easeback-report.pdf\"",
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "report failed");
            message(
                &st,
                StatusCode::INTERNAL_SERVER_ERROR,
                "The report could not be made",
                &["Please try again later."],
                &[],
            )
        }
    }
}

#[derive(Deserialize)]
pub(super) struct RemindersQuery {
    from: Option<String>,
    to: Option<String>,
    every: Option<u16>,
}

pub(super) async fn reminders_ics(
    State(st): State<AppState>,
    Query(q): Query<RemindersQuery>,
) -> Response {
    let time = |s: Option<&str>, d: &str| s.unwrap_or(d).parse::<jiff::civil::Time>().ok();
    let (Some(from), Some(to)) = (
        time(q.from.as_deref(), "09:00"),
        time(q.to.as_deref(), "17:00"),
    ) else {
        return message(
            &st,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Check the times",
            &["Use times like 09:00."],
            &[("/routine", "Back")],
        );
    };
    let now = Timestamp::now();
    let day = jiff::tz::Offset::UTC.to_datetime(now).date();
    match easeback_core::export::ics::reminders(
        st.content,
        day,
        from,
        to,
        q.every.unwrap_or(40),
        now,
    ) {
        Ok(ics) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"easeback-reminders.ics\"",
                ),
            ],
            ics,
        )
            .into_response(),
        Err(e) => message(
            &st,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Check the reminder settings",
            &[&e.to_string()],
            &[("/routine", "Back")],
        ),
    }
}
