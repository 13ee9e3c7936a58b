//! The clinician report (page and PDF) and the reminders calendar.

use super::*;
use easeback_core::report::{self, Options, Report, Section};
use easeback_store::views;

#[derive(Template)]
#[template(path = "report.html")]
pub(super) struct ReportPage {
    l: Layout,
    weeks: u16,
    name: String,
    /// (id, label, ticked) for the "what goes in" boxes.
    sections: Vec<(&'static str, String, bool)>,
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
    Ok(views::report(
        &st.store,
        words::content(st),
        &w.user,
        window,
        Timestamp::now(),
    )
    .await?)
}

fn report_page(st: &AppState, w: &SignedIn, data: &Report) -> Page<ReportPage> {
    let items = data
        .lines()
        .into_iter()
        .map(|(style, text)| (style.as_str(), text))
        .collect();
    Page(ReportPage {
        l: layout(st, "Report", Some(w), None),
        weeks: data.weeks(),
        name: data.options.name.clone(),
        sections: Section::ALL
            .iter()
            .map(|s| (s.id(), s.label(lang()), data.options.has(*s)))
            .collect(),
        items,
        chart: WeekChart::new(&data.overview.insights.weekly),
    })
}

fn pdf_download(data: &Report) -> PageResult {
    match easeback_pdf::pdf(data) {
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
                heading: t("report-failed-heading"),
                text: t("report-failed-text"),
                back: None,
            })
        }
    }
}

/// What the report form chose: the weeks, a name and the parts. Posted, so
/// a name never lands in an address.
fn chosen(form: &Pairs) -> (Option<u16>, Options) {
    let weeks = field(form, "weeks").parse().ok();
    (
        weeks,
        Options::chosen(field(form, "name"), fields(form, "section")),
    )
}

pub(super) async fn report_html(
    State(st): State<AppState>,
    Member(w): Member,
    headers: HeaderMap,
    Query(q): Query<api::InsightsQuery>,
) -> PageResult<Page<ReportPage>> {
    let data = report_for(&st, &w, &headers, q.weeks).await?;
    Ok(report_page(&st, &w, &data))
}

/// The report with the parts and the name the person chose.
pub(super) async fn report_chosen(
    State(st): State<AppState>,
    headers: HeaderMap,
    MemberForm { who: w, form }: MemberForm,
) -> PageResult<Page<ReportPage>> {
    let (weeks, options) = chosen(&form);
    let data = report_for(&st, &w, &headers, weeks)
        .await?
        .with_options(options);
    Ok(report_page(&st, &w, &data))
}

pub(super) async fn report_pdf(
    State(st): State<AppState>,
    Member(w): Member,
    headers: HeaderMap,
    Query(q): Query<api::InsightsQuery>,
) -> PageResult {
    pdf_download(&report_for(&st, &w, &headers, q.weeks).await?)
}

/// The PDF with the parts and the name the person chose.
pub(super) async fn report_pdf_chosen(
    State(st): State<AppState>,
    headers: HeaderMap,
    MemberForm { who: w, form }: MemberForm,
) -> PageResult {
    let (weeks, options) = chosen(&form);
    pdf_download(
        &report_for(&st, &w, &headers, weeks)
            .await?
            .with_options(options),
    )
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
            heading: t("reminders-times-heading"),
            text: t("reminders-times-text"),
            back: Some(("/routine", t("link-back"))),
        });
    };
    let now = Timestamp::now();
    let day = jiff::tz::Offset::UTC.to_datetime(now).date();
    let ics = easeback_core::export::ics::reminders(
        words::content(&st),
        day,
        from,
        to,
        q.every.unwrap_or(40),
        now,
    )
    .map_err(|e| PageError::Say {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        heading: t("reminders-settings-heading"),
        text: e.said().in_lang(lang()),
        back: Some(("/routine", t("link-back"))),
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
