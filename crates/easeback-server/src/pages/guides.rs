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
    let sections = words::content(&st)
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
        heading: t("quick-heading"),
        intro: t("quick-intro"),
        sections,
    })
}

pub(super) async fn quick_one(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
    Path(id): Path<String>,
) -> PageResult<Page<ListPage>> {
    let Some(trigger) = words::content(&st).triggers.iter().find(|x| x.id == id) else {
        return Err(PageError::Say {
            status: StatusCode::NOT_FOUND,
            heading: t("error-not-found-heading"),
            text: t("quick-no-such-trigger"),
            back: Some(("/quick", t("link-all-quick-actions"))),
        });
    };
    let mut sections = vec![Section {
        title: t("quick-action"),
        link: String::new(),
        paras: vec![
            t_with("quick-why-it-flares", &[("why", &trigger.why)]),
            trigger.quick_action.clone(),
        ],
        items: trigger.steps.clone(),
    }];
    sections.push(Section {
        title: t("quick-first-steps"),
        link: "/session".into(),
        paras: vec![],
        items: words::content(&st)
            .first_steps
            .iter()
            .map(|f| format!("{} ({})", f.name, f.dose))
            .collect(),
    });
    sections.push(Section {
        title: t("quick-when-to-stop"),
        link: "/check".into(),
        paras: vec![words::content(&st).ladder.stop_rule.clone()],
        items: vec![],
    });
    Ok(Page(ListPage {
        reminders: false,
        notify_message: String::new(),
        l: layout(&st, &trigger.name, who.as_ref(), region),
        heading: trigger.name.clone(),
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
    let exercises = words::content(&st)
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
        intro: words::content(&st).ladder.stop_rule.clone(),
        exercises,
    })
}

pub(super) async fn routine(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
) -> Page<ListPage> {
    let bt = &words::content(&st).routine.break_timer;
    let mut sections: Vec<Section> = words::content(&st)
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
        title: t("routine-movement-breaks"),
        link: String::new(),
        paras: vec![t_with(
            "routine-every",
            &[
                ("min", &bt.every_minutes_min.to_string()),
                ("max", &bt.every_minutes_max.to_string()),
                ("prompt", &bt.prompt),
            ],
        )],
        items: vec![],
    });
    Page(ListPage {
        reminders: true,
        notify_message: words::content(&st).routine.break_timer.prompt.clone(),
        l: layout(&st, "Daily routine", who.as_ref(), region),
        heading: t("routine-heading"),
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
        let ask_again = Some(t("tightenings-ask-again"));
        return tightenings_view(&st, who.as_ref(), region, ask_again, None).into_response();
    };
    let p = easeback_core::pregnancy::pattern(&series, now);
    if p.regular {
        let mut a = assess(
            words::content(&st),
            &[FindingId::RhythmicTightening],
            region,
        );
        let g = gestation(&st, who.as_ref()).await;
        a.headline = format!(
            "{} {}",
            a.headline,
            easeback_core::pregnancy::tightening_advice(&words::content(&st).messages, g.as_ref())
        );
        return card(&st, who.as_ref(), region, &a);
    }
    let not_yet = t_with(
        "tightenings-not-yet",
        &[
            ("count", &p.count.to_string()),
            (
                "minutes",
                &easeback_core::pregnancy::PATTERN_MAX_INTERVAL_MIN.to_string(),
            ),
        ],
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
        words::content(&st)
            .findings
            .iter()
            .filter(|f| f.disposition == d)
            .map(|f| f.label.clone())
            .collect()
    };
    let same_day = match region {
        Some(r) => t_with("offline-call-route", &[("route", &r.same_day)]),
        None => t("offline-call-anyone"),
    };
    Page(OfflinePage {
        // signed out as far as the page knows: it may be shown to anyone
        l: layout(&st, "Offline", None, region),
        emergency_signs: signs(Disposition::Emergency),
        same_day,
        same_day_signs: signs(Disposition::SameDay),
    })
}
