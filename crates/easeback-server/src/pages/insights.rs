//! Insights from the diary: what triggers and what helps, the week chart, and
//! the findings the diary shows.

use super::*;

/// A titled table of counts: (title, rows of (label, count), first column heading).
type CountTable = (String, Vec<(String, u32)>, String);

#[derive(Template)]
#[template(path = "insights.html")]
pub(super) struct InsightsPage {
    l: Layout,
    /// "The last 8 weeks: 12 episodes.", in the page's language.
    summary: String,
    disposition: String,
    headline: String,
    reasons: Vec<String>,
    action: String,
    chart: WeekChart,
    trend: String,
    weekly: Vec<(String, u32, String)>,
    tables: Vec<CountTable>,
    helped: Vec<String>,
}

pub(super) async fn insights_get(
    State(st): State<AppState>,
    Member(w): Member,
    headers: HeaderMap,
    Query(q): Query<api::InsightsQuery>,
) -> PageResult<Page<InsightsPage>> {
    let window = api::window(
        q.weeks,
        core_diary::Window::DEFAULT_WEEKS,
        core_diary::Window::MAX_WEEKS,
        utc_offset(&headers),
    )?;
    // the region a card would use on this device (profile, cookie, language)
    let region = region_for(&st, &headers, Some(&w)).await;
    let now = Timestamp::now();
    let o = easeback_store::views::overview(
        &st.store,
        words::content(&st),
        &w.user,
        window,
        now,
        region,
    )
    .await?;
    let ins = &o.insights;
    let weekly = ins
        .weekly
        .iter()
        .map(|x| {
            (
                x.from.to_string(),
                x.episodes,
                x.mean_pain.map_or("-".into(), |m| format!("{m:.1}")),
            )
        })
        .collect();
    let count_rows = |v: &[core_diary::insights::Count]| {
        v.iter()
            .map(|c| (c.label.clone(), c.count))
            .collect::<Vec<_>>()
    };
    let page = InsightsPage {
        l: layout(&st, "Insights", Some(&w), region),
        summary: {
            let mut args = easeback_core::lang::FluentArgs::new();
            args.set("weeks", i64::from(window.weeks()));
            args.set("count", ins.entries as i64);
            words::t_args("insights-summary", &args)
        },
        disposition: o.assessment.disposition.as_str().into(),
        headline: o.assessment.headline.clone(),
        reasons: o.reasons(),
        action: o
            .assessment
            .actions
            .first()
            .map(|s| s.to_string())
            .unwrap_or_default(),
        chart: WeekChart::new(&ins.weekly),
        trend: o.trend_line(),
        weekly,
        tables: vec![
            (
                t("insights-what-set-off"),
                count_rows(&ins.by_trigger),
                t("insights-trigger"),
            ),
            (
                t("insights-time-of-day"),
                count_rows(&ins.by_time_of_day),
                t("insights-time"),
            ),
            (
                t("diary-where"),
                count_rows(&ins.by_location),
                t("insights-place"),
            ),
        ],
        helped: o.helped_lines(),
    };
    Ok(Page(page))
}
