//! How a day was: water, sleep position, activity and stress, one form per
//! day (the insights compare days with and without spasms by these).

use super::*;
use easeback_core::diary::entry::{DailyFactors, Level, SleepPosition};

/// One question of the day form: (value, label, chosen) for each answer.
pub(super) struct Question {
    name: &'static str,
    legend: String,
    options: Vec<(String, String, bool)>,
}

#[derive(Template)]
#[template(path = "day.html")]
pub(super) struct DayPage {
    l: Layout,
    day: String,
    saved: bool,
    error: Option<String>,
    questions: Vec<Question>,
}

fn levels(name: &'static str, legend: String, level: Level, now: Option<u8>) -> Question {
    Question {
        name,
        legend,
        options: level
            .words(lang())
            .into_iter()
            .enumerate()
            .map(|(i, w)| (i.to_string(), w, now == Some(i as u8)))
            .collect(),
    }
}

fn questions(f: Option<&DailyFactors>) -> Vec<Question> {
    let sleep = f.and_then(|f| f.sleep_position);
    vec![
        levels(
            "water",
            t("day-water"),
            Level::Water,
            f.and_then(|f| f.water),
        ),
        Question {
            name: "sleep",
            legend: t("day-sleep"),
            options: SleepPosition::ALL
                .iter()
                .map(|p| {
                    let label = p.label(lang());
                    (p.as_str().to_string(), label, sleep == Some(*p))
                })
                .collect(),
        },
        levels(
            "activity",
            t("day-activity"),
            Level::Activity,
            f.and_then(|f| f.activity),
        ),
        levels(
            "stress",
            t("day-stress"),
            Level::Stress,
            f.and_then(|f| f.stress),
        ),
    ]
}

/// Today as the person's device counts it.
fn today(headers: &HeaderMap) -> jiff::civil::Date {
    core_diary::entry::local(Timestamp::now(), utc_offset(headers)).date()
}

#[derive(Deserialize)]
pub(super) struct DayQuery {
    saved: Option<u8>,
}

pub(super) async fn day_get(
    State(st): State<AppState>,
    Member(w): Member,
    headers: HeaderMap,
    Query(q): Query<DayQuery>,
) -> PageResult<Page<DayPage>> {
    let day = today(&headers);
    let saved = st.store.factors_since(&w.user, day).await?;
    let todays = saved.iter().find(|f| f.day == day);
    Ok(Page(DayPage {
        l: layout(&st, "Today", Some(&w), None),
        day: day.to_string(),
        saved: q.saved == Some(1),
        error: None,
        questions: questions(todays),
    }))
}

pub(super) async fn day_post(
    State(st): State<AppState>,
    headers: HeaderMap,
    MemberForm { who: w, form }: MemberForm,
) -> PageResult {
    let day = today(&headers);
    let level = |k: &str| field(&form, k).parse::<u8>().ok();
    let f = DailyFactors {
        day,
        water: level("water"),
        sleep_position: SleepPosition::parse(field(&form, "sleep")),
        activity: level("activity"),
        stress: level("stress"),
    };
    if let Err(e) = f.validate(day) {
        let page = DayPage {
            l: layout(&st, "Today", Some(&w), None),
            day: day.to_string(),
            saved: false,
            error: Some(e.said.in_lang(lang())),
            questions: questions(Some(&f)),
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Page(page)).into_response());
    }
    st.store.set_factors(&w.user, &f).await?;
    Ok(Redirect::to("/diary/day?saved=1").into_response())
}
