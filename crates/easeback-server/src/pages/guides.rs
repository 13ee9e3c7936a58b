//! The guidance pages: quick actions, exercises, the routine, and the
//! tightenings timer.

use super::*;

#[derive(Template)]
#[template(path = "list.html")]
pub(super) struct ListPage {
    l: Layout,
    heading: String,
    intro: String,
    sections: Vec<Section>,
    reminders: bool,
    notify_message: String,
}

pub(super) struct Section {
    title: String,
    link: String,
    paras: Vec<String>,
    items: Vec<String>,
}

pub(super) async fn quick(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
) -> Page<ListPage> {
    let sections = st
        .content
        .triggers
        .iter()
        .map(|t| Section {
            title: t.name.clone(),
            link: format!("/quick/{}", t.id),
            paras: vec![t.quick_action.clone()],
            items: vec![],
        })
        .collect();
    Page(ListPage {
        reminders: false,
        notify_message: String::new(),
        l: layout(&st, "Quick actions", who.as_ref(), region),
        heading: "What set the spasm off?".into(),
        intro: "Pick the closest match for its quick action.".into(),
        sections,
    })
}

pub(super) async fn quick_one(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
    Path(id): Path<String>,
) -> PageResult<Page<ListPage>> {
    let Some(t) = st.content.triggers.iter().find(|t| t.id == id) else {
        return Err(PageError::Say {
            status: StatusCode::NOT_FOUND,
            heading: "Not found",
            text: "There is no such trigger.".into(),
            back: Some(("/quick", "All quick actions")),
        });
    };
    let mut sections = vec![Section {
        title: "Quick action".into(),
        link: String::new(),
        paras: vec![format!("Why it flares: {}", t.why), t.quick_action.clone()],
        items: t.steps.clone(),
    }];
    sections.push(Section {
        title: "First steps that calm a spasm".into(),
        link: "/session".into(),
        paras: vec![],
        items: st
            .content
            .first_steps
            .iter()
            .map(|f| format!("{} ({})", f.name, f.dose))
            .collect(),
    });
    sections.push(Section {
        title: "When to stop".into(),
        link: "/check".into(),
        paras: vec![st.content.ladder.stop_rule.clone()],
        items: vec![],
    });
    Ok(Page(ListPage {
        reminders: false,
        notify_message: String::new(),
        l: layout(&st, &t.name, who.as_ref(), region),
        heading: t.name.clone(),
        intro: String::new(),
        sections,
    }))
}

/// One exercise as its page shows it, with its drawing and what the
/// follow-along counter needs.
pub(super) struct ExerciseCard {
    id: String,
    name: String,
    figure: Option<&'static str>,
    position: String,
    movement: String,
    breathing: String,
    dose: String,
    caution: String,
    kind: &'static str,
    reps: u16,
    sets: u8,
    seconds: u32,
    per_side: bool,
}

#[derive(Template)]
#[template(path = "exercises.html")]
pub(super) struct ExercisesPage {
    l: Layout,
    intro: String,
    exercises: Vec<ExerciseCard>,
}

pub(super) async fn exercises(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
) -> Page<ExercisesPage> {
    let exercises = st
        .content
        .exercises
        .iter()
        .map(|e| ExerciseCard {
            id: e.id.clone(),
            name: e.name.clone(),
            figure: crate::assets::figure(&e.id),
            position: e.position.clone(),
            movement: e.movement.clone(),
            breathing: e.breathing.clone(),
            dose: e.dose.clone(),
            caution: e.caution.clone(),
            kind: match e.kind {
                StepKind::Reps => "reps",
                _ => "timed",
            },
            reps: e.reps.unwrap_or(0),
            sets: e.sets.unwrap_or(1),
            // a rep held at the top keeps its seconds for the text only
            seconds: if e.kind == StepKind::Reps {
                0
            } else {
                e.seconds.unwrap_or(0)
            },
            per_side: e.per_side,
        })
        .collect();
    Page(ExercisesPage {
        l: layout(&st, "Exercises", who.as_ref(), region),
        intro: st.content.ladder.stop_rule.clone(),
        exercises,
    })
}

pub(super) async fn routine(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
) -> Page<ListPage> {
    let bt = &st.content.routine.break_timer;
    let mut sections: Vec<Section> = st
        .content
        .routine
        .sections
        .iter()
        .map(|s| Section {
            title: s.title.clone(),
            link: String::new(),
            paras: vec![],
            items: s.items.clone(),
        })
        .collect();
    sections.push(Section {
        title: "Movement breaks".into(),
        link: String::new(),
        paras: vec![format!(
            "Every {}–{} minutes: {}",
            bt.every_minutes_min, bt.every_minutes_max, bt.prompt
        )],
        items: vec![],
    });
    Page(ListPage {
        reminders: true,
        notify_message: st.content.routine.break_timer.prompt.clone(),
        l: layout(&st, "Daily routine", who.as_ref(), region),
        heading: "A daily routine for fewer spasms".into(),
        intro: String::new(),
        sections,
    })
}

#[derive(Template)]
#[template(path = "tightenings.html")]
pub(super) struct TighteningsPage {
    l: Layout,
    region: String,
    /// Signed in: each timed tightening is kept in the diary.
    diary: bool,
    error: Option<String>,
    /// What the told tightenings came to, when not regular.
    result: Option<String>,
}

/// The timer page, with what a told series came to or why it was not read.
fn tightenings_view(
    st: &AppState,
    who: Option<&SignedIn>,
    region: Option<&Region>,
    error: Option<String>,
    result: Option<String>,
) -> Page<TighteningsPage> {
    Page(TighteningsPage {
        l: layout(st, "Tightening timer", who, region),
        region: region.map(|r| r.id.clone()).unwrap_or_default(),
        diary: who.is_some(),
        error,
        result,
    })
}

pub(super) async fn tightenings_page(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
) -> Page<TighteningsPage> {
    tightenings_view(&st, who.as_ref(), region, None, None)
}

/// Tightenings told rather than timed (the page's form, which works
/// without JavaScript): judged by the same rule, answered with the card
/// when they are regular.
pub(super) async fn tightenings_told(
    State(st): State<AppState>,
    headers: HeaderMap,
    CheckedForm { who, form }: CheckedForm,
) -> Response {
    let region = region_for(&st, &headers, who.as_ref()).await;
    let number = |k: &str| field(&form, k).trim().parse::<u16>().unwrap_or(0);
    let now = Timestamp::now();
    let told =
        easeback_core::pregnancy::told(number("count"), number("every"), number("lasting"), now);
    let Some(series) = told else {
        let ask_again = Some(
            "Please give how many there have been (1 or more), how many minutes apart \
                 they start, and about how many seconds each lasts."
                .into(),
        );
        return tightenings_view(&st, who.as_ref(), region, ask_again, None).into_response();
    };
    let p = easeback_core::pregnancy::pattern(&series, now);
    if p.regular {
        let mut a = assess(st.content, &[FindingId::RhythmicTightening], region);
        let g = gestation(&st, who.as_ref()).await;
        a.headline = format!(
            "{} {}",
            a.headline,
            easeback_core::pregnancy::tightening_advice(g.as_ref())
        );
        return card(&st, who.as_ref(), region, &a);
    }
    let not_yet = format!(
        "{} in the last hour is not a regular pattern yet. Keep timing them; if they \
             come every {} minutes or closer, steadily, call now — and call at once for \
             bleeding, fluid leaking, or if your baby moves less.",
        p.count,
        easeback_core::pregnancy::PATTERN_MAX_INTERVAL_MIN
    );
    tightenings_view(&st, who.as_ref(), region, None, Some(not_yet)).into_response()
}

#[derive(Template)]
#[template(path = "offline.html")]
pub(super) struct OfflinePage {
    l: Layout,
    emergency_signs: Vec<String>,
    same_day: String,
    same_day_signs: Vec<String>,
}

/// The page the service worker shows when there is no connection: the
/// region's numbers as tap-to-call links (every region's with none known)
/// and the warning signs. It holds nothing personal, so it may be stored.
pub(super) async fn offline(
    State(st): State<AppState>,
    Visitor { region, .. }: Visitor,
) -> Page<OfflinePage> {
    let signs = |d: Disposition| {
        st.content
            .findings
            .iter()
            .filter(|f| f.disposition == d)
            .map(|f| f.label.clone())
            .collect()
    };
    let same_day = match region {
        Some(r) => format!("Call {}.", r.same_day),
        None => "Call your midwife, maternity unit or doctor.".to_string(),
    };
    Page(OfflinePage {
        // signed out as far as the page knows: it may be shown to anyone
        l: layout(&st, "Offline", None, region),
        emergency_signs: signs(Disposition::Emergency),
        same_day,
        same_day_signs: signs(Disposition::SameDay),
    })
}
