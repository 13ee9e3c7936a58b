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
) -> PageResult<Report> {
    let window = api::window(
        weeks,
        report::DEFAULT_WEEKS,
        report::MAX_WEEKS,
        utc_offset(headers),
    )?;
    Ok(views::report(&st.store, st.content, &w.user, window, Timestamp::now()).await?)
}

pub(super) async fn report_html(
    State(st): State<AppState>,
    Member(w): Member,
    headers: HeaderMap,
    Query(q): Query<api::InsightsQuery>,
) -> PageResult<Page<ReportPage>> {
    let data = report_for(&st, &w, &headers, q.weeks).await?;
    let items = data
        .lines()
        .into_iter()
        .map(|(style, text)| (style.as_str(), text))
        .collect();
    Ok(Page(ReportPage {
        l: layout(&st, "Report", Some(&w), None),
        weeks: data.weeks(),
        items,
        chart: WeekChart::new(&data.overview.insights.weekly),
    }))
}

pub(super) async fn report_pdf(
    State(st): State<AppState>,
    Member(w): Member,
    headers: HeaderMap,
    Query(q): Query<api::InsightsQuery>,
) -> PageResult {
    let data = report_for(&st, &w, &headers, q.weeks).await?;
    match easeback_pdf::pdf(&data) {
        Ok(bytes) => Ok((
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"easeback-report.pdf\"",
                ),
            ],
            bytes,
        )
            .into_response()),
        Err(e) => {
            tracing::error!(error = %e, "report failed");
            Err(PageError::Say {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                heading: "The report could not be made",
                text: "Please try again later.".into(),
                back: None,
            })
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
) -> PageResult {
    let time = |s: Option<&str>, d: &str| s.unwrap_or(d).parse::<jiff::civil::Time>().ok();
    let (Some(from), Some(to)) = (
        time(q.from.as_deref(), "09:00"),
        time(q.to.as_deref(), "17:00"),
    ) else {
        return Err(PageError::Say {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            heading: "Check the times",
            text: "Use times like 09:00.".into(),
            back: Some(("/routine", "Back")),
        });
    };
    let now = Timestamp::now();
    let day = jiff::tz::Offset::UTC.to_datetime(now).date();
    let ics = easeback_core::export::ics::reminders(
        st.content,
        day,
        from,
        to,
        q.every.unwrap_or(40),
        now,
    )
    .map_err(|e| PageError::Say {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        heading: "Check the reminder settings",
        text: e.to_string(),
        back: Some(("/routine", "Back")),
    })?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"easeback-reminders.ics\"",
            ),
        ],
        ics,
    )
        .into_response())
}
