//! The relief session in the browser (works without JavaScript): one step at
//! a time, the check-in after it, and the outcome saved. Where the person is
//! is kept for a while, sealed in the database (`kept`, in `AppState::sessions`),
//! under a token in the address: `/session/<token>/step/<n>`, `/helped/<n>`
//! and `/end`, so Back and reload show the same page and no pain score or
//! log is ever in an address. Each check-in posts, the core state machine
//! decides what comes next (as in the terminal), and the browser is sent on
//! to that page.

use super::*;
use easeback_core::session::{Effect, Event, State as SessionState, StepRecord, trail, transition};
use easeback_store::UserId;

/// A relief session in progress in a browser.
#[derive(Clone, Debug, serde::Serialize, Deserialize)]
pub(crate) struct WebSession {
    started: Timestamp,
    start_pain: Option<u8>,
    records: Vec<StepRecord>,
    /// Who started it, when signed in: only they can go on with it.
    owner: Option<UserId>,
    /// Timers run this much faster (tests and demonstrations: `?scale=`).
    scale: f64,
    /// How it ended, once it has: shown again on reload.
    ended: Option<Ended>,
}

#[derive(Clone, Debug, serde::Serialize, Deserialize)]
enum Ended {
    /// A check-in answer stopped the session: the card for these.
    Stopped(Vec<FindingId>),
    /// Finished early ("Finish here") or completed to the last step, and
    /// whether it was saved.
    Over { completed: bool, saved: bool },
}

impl WebSession {
    fn new(start_pain: Option<u8>, owner: Option<&SignedIn>, scale: f64, now: Timestamp) -> Self {
        WebSession {
            started: now,
            start_pain,
            records: Vec::new(),
            owner: owner.map(|w| w.user.clone()),
            scale,
            ended: None,
        }
    }

    /// The core session, resumed at `at`.
    fn resume(&self, st: &AppState, at: trail::Resume) -> SessionState {
        trail::resume(
            words::content(st),
            at,
            self.started,
            self.start_pain,
            self.records.clone(),
        )
    }
}

/// The session kept under `token`, if it is still kept and this person's.
async fn kept_session(
    st: &AppState,
    token: &str,
    who: Option<&SignedIn>,
) -> PageResult<WebSession> {
    st.sessions
        .get(&st.store, token, Timestamp::now())
        .await?
        .filter(|s| s.owner.is_none() || s.owner.as_ref() == who.map(|w| &w.user))
        .ok_or(PageError::Say {
            status: StatusCode::GONE,
            heading: t("session-gone-heading"),
            text: t("session-gone-text"),
            back: Some(("/session", t("link-start-session"))),
        })
}

fn clamp_scale(scale: Option<f64>) -> f64 {
    scale.filter(|s| (0.001..=10.0).contains(s)).unwrap_or(1.0)
}

#[derive(Template)]
#[template(path = "session.html")]
pub(super) struct SessionPage {
    l: Layout,
    index: usize,
    /// "Relief session: step 2 of 8", in the page's language.
    step_heading: String,
    stop_rule: String,
    name: String,
    what: String,
    dose: String,
    caution: String,
    exercises: Vec<(String, Vec<String>)>,
    seconds: Option<u32>,
    secs_text: String,
    scale: f64,
    breathing: bool,
    /// The session's token; empty on the first step of a new session.
    session: String,
    check_in: &'static easeback_core::content::CheckIn,
}

#[derive(Deserialize)]
pub(super) struct SessionQuery {
    step: Option<usize>,
    scale: Option<f64>,
}

#[derive(Template)]
#[template(path = "session_helped.html")]
pub(super) struct SessionHelpedPage {
    l: Layout,
    repeat: String,
    next: Option<String>,
    session: String,
}

/// Save a web session that is over for a signed-in person. A failure is
/// logged and never stands between the person and the page they need
/// (above all a stop card).
pub(super) async fn save_session(
    st: &AppState,
    who: Option<&SignedIn>,
    state: &SessionState,
) -> bool {
    let (Some(w), Some(outcome)) = (who, state.outcome(Timestamp::now())) else {
        return false;
    };
    match st.store.add_session_outcome(&w.user, &outcome).await {
        Ok(_) => true,
        Err(e) => {
            tracing::error!(error = %e, "could not save a relief session");
            false
        }
    }
}

/// The step page for step `index` (0-based) of `session` (empty: a new one).
fn step_page(
    st: &AppState,
    l: Layout,
    index: usize,
    session: &str,
    scale: f64,
) -> Option<SessionPage> {
    let steps = &words::content(st).ladder.steps;
    let step = steps.get(index)?;
    let exercises = step
        .exercises
        .iter()
        .filter_map(|id| words::content(st).exercises.iter().find(|e| &e.id == id))
        .map(|e| {
            (
                e.name.clone(),
                vec![
                    e.position.clone(),
                    e.movement.clone(),
                    e.breathing.clone(),
                    e.dose.clone(),
                    e.caution.clone(),
                ],
            )
        })
        .collect();
    Some(SessionPage {
        check_in: &words::content(st).ladder.check_in,
        l,
        index,
        step_heading: t_with(
            "session-step-heading",
            &[
                ("number", &step.number.to_string()),
                ("total", &steps.len().to_string()),
            ],
        ),
        stop_rule: words::content(st).ladder.stop_rule.clone(),
        name: step.name.clone(),
        what: step.what.clone(),
        dose: step.dose.clone(),
        caution: step.caution.clone(),
        exercises,
        seconds: step.seconds,
        secs_text: step
            .seconds
            .map(|s| minutes_seconds(i64::from(s)))
            .unwrap_or_default(),
        scale,
        breathing: step.kind == StepKind::Breathing,
        session: session.to_string(),
    })
}

fn all_steps_done(st: &AppState, who: Option<&SignedIn>) -> Response {
    message(
        st,
        who,
        &t("session-complete"),
        &[&t("session-all-steps-done")],
        &[
            ("/", &t("link-home")),
            ("/check", &t("page-check-symptoms")),
        ],
    )
    .into_response()
}

/// The first step of a new session: the one asked for, or for a signed-in
/// person the one their past sessions suggest.
pub(super) async fn session(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
    Query(q): Query<SessionQuery>,
) -> Response {
    let mut index = q.step.unwrap_or(1).max(1) - 1;
    if q.step.is_none()
        && let Some(w) = &who
        && let Ok(h) = st.store.session_outcomes(&w.user, 50).await
    {
        index = easeback_core::session::suggest_start(words::content(&st), &h);
    }
    let l = layout(&st, "Relief session", who.as_ref(), region);
    match step_page(&st, l, index, "", clamp_scale(q.scale)) {
        Some(page) => Page(page).into_response(),
        None => all_steps_done(&st, who.as_ref()),
    }
}

/// Step `n` (1-based) of a session in progress.
pub(super) async fn session_step(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
    Path((token, n)): Path<(String, usize)>,
) -> PageResult {
    let ws = kept_session(&st, &token, who.as_ref()).await?;
    let l = layout(&st, "Relief session", who.as_ref(), region);
    Ok(match step_page(&st, l, n.max(1) - 1, &token, ws.scale) {
        Some(page) => Page(page).into_response(),
        None => all_steps_done(&st, who.as_ref()),
    })
}

/// After step `n` helped: repeat it, go on, or finish.
pub(super) async fn session_helped(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
    Path((token, n)): Path<(String, usize)>,
) -> PageResult<Page<SessionHelpedPage>> {
    kept_session(&st, &token, who.as_ref()).await?;
    let steps = words::content(&st).ladder.steps.len();
    let n = n.clamp(1, steps.max(1));
    Ok(Page(SessionHelpedPage {
        l: layout(&st, "That helped", who.as_ref(), region),
        repeat: format!("/session/{token}/step/{n}"),
        next: (n < steps).then(|| format!("/session/{token}/step/{}", n + 1)),
        session: token,
    }))
}

#[derive(Template)]
#[template(path = "session_skip.html")]
pub(super) struct SessionSkipPage {
    l: Layout,
    index: usize,
    /// "Before you skip step 3", in the page's language.
    skip_heading: String,
    session: String,
    stop_rule: String,
    check_in: &'static easeback_core::content::CheckIn,
}

/// Skipping step `n`: the stop questions first.
pub(super) async fn session_skip(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
    Path((token, n)): Path<(String, usize)>,
) -> PageResult<Page<SessionSkipPage>> {
    kept_session(&st, &token, who.as_ref()).await?;
    let steps = &words::content(&st).ladder.steps;
    let index = n.clamp(1, steps.len().max(1)) - 1;
    Ok(Page(SessionSkipPage {
        l: layout(&st, "Relief session", who.as_ref(), region),
        index,
        skip_heading: t_with(
            "session-skip-heading",
            &[(
                "number",
                &steps.get(index).map_or(1, |s| s.number).to_string(),
            )],
        ),
        session: token,
        stop_rule: words::content(&st).ladder.stop_rule.clone(),
        check_in: &words::content(&st).ladder.check_in,
    }))
}

/// How a session ended: the stop card, or the closing page.
pub(super) async fn session_end(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
    Path(token): Path<String>,
) -> PageResult {
    let ws = kept_session(&st, &token, who.as_ref()).await?;
    Ok(match ws.ended {
        Some(Ended::Stopped(findings)) => {
            let mut a = assess(words::content(&st), &findings, region);
            a.title = format!("{} {}", words::content(&st).ladder.stopped, a.title);
            card(&st, who.as_ref(), region, &a)
        }
        Some(Ended::Over { completed, saved }) => {
            let heading = if completed {
                t("session-complete")
            } else {
                t("session-finished")
            };
            session_done(&st, who.as_ref(), &heading, saved).into_response()
        }
        // not over yet: back to where it stands
        None => Redirect::to(&format!(
            "/session/{token}/step/{}",
            ws.records
                .len()
                .min(words::content(&st).ladder.steps.len())
                .max(1)
        ))
        .into_response(),
    })
}

/// "Finish here" after a step that helped.
pub(super) async fn session_finish(
    State(st): State<AppState>,
    CheckedForm { who, form }: CheckedForm,
) -> PageResult<Redirect> {
    let token = field(&form, "session").to_string();
    let mut ws = kept_session(&st, &token, who.as_ref()).await?;
    let now = Timestamp::now();
    if ws.ended.is_none() {
        let state = ws.resume(&st, trail::Resume::Between);
        let (state, _) = transition(state, Event::Stop, now);
        let saved = save_session(&st, who.as_ref(), &state).await;
        ws.records = state.records;
        ws.ended = Some(Ended::Over {
            completed: false,
            saved,
        });
        st.sessions.put(&st.store, &token, &ws, now).await?;
    }
    Ok(Redirect::to(&format!("/session/{token}/end")))
}

pub(super) fn session_done(
    st: &AppState,
    who: Option<&SignedIn>,
    heading: &str,
    saved: bool,
) -> Page<Message> {
    let note = if saved {
        t("session-saved")
    } else {
        t("session-keep-what-helped")
    };
    message(
        st,
        who,
        heading,
        &[&note],
        &[
            ("/", &t("link-home")),
            ("/check", &t("page-check-symptoms")),
        ],
    )
}

/// A step's check-in or skip: the state machine decides what comes next,
/// as it does in the terminal, and the browser is sent to that page.
pub(super) async fn session_check_in(
    State(st): State<AppState>,
    CheckedForm { who, form }: CheckedForm,
) -> PageResult {
    let now = Timestamp::now();
    let index: usize = field(&form, "step").parse().unwrap_or(0);
    let (token, mut ws) = match field(&form, "session") {
        "" => {
            let start_pain = field(&form, "start_pain").parse().ok().filter(|p| *p <= 10);
            let scale = clamp_scale(field(&form, "scale").parse().ok());
            let ws = WebSession::new(start_pain, who.as_ref(), scale, now);
            (st.sessions.keep(&st.store, &ws, now).await?, ws)
        }
        token => (
            token.to_string(),
            kept_session(&st, token, who.as_ref()).await?,
        ),
    };
    if ws.ended.is_some() {
        // a check-in from an old page of a session that is over
        return Ok(Redirect::to(&format!("/session/{token}/end")).into_response());
    }
    let reading = || {
        st.intake_in(lang())
            .read(field(&form, "text"))
            .unwrap_or_default()
    };
    let events = if field(&form, "skip") == "yes" {
        // a skip asks the stop questions too: on their own page when the
        // step's form went without them
        match field(&form, "shooting") {
            answer @ ("yes" | "no") => vec![Event::SkipAnswered {
                shooting_leg_pain: answer == "yes",
                red_flags: reading().ids(),
            }],
            _ => {
                st.sessions.put(&st.store, &token, &ws, now).await?;
                let to = format!("/session/{token}/skip/{}", index + 1);
                return Ok(Redirect::to(&to).into_response());
            }
        }
    } else {
        let pain = match field(&form, "pain").parse::<u8>() {
            Ok(p) if p <= 10 => p,
            _ => {
                // kept, so the step's address works for going back to it
                st.sessions.put(&st.store, &token, &ws, now).await?;
                let back = format!("/session/{token}/step/{}", index + 1);
                let again = message(
                    &st,
                    who.as_ref(),
                    &t("session-pain-needed"),
                    &[&t("session-pain-needed-text")],
                    &[(&back, &t("session-back-to-step"))],
                );
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, again).into_response());
            }
        };
        vec![
            Event::StepDone,
            Event::CheckIn {
                pain,
                helped: field(&form, "helped") == "yes",
                shooting_leg_pain: field(&form, "shooting") == "yes",
                red_flags: reading().ids(),
            },
        ]
    };
    let mut state = ws.resume(&st, trail::Resume::Step(index));
    let mut effects = Vec::new();
    for event in events {
        (state, effects) = transition(state, event, now);
    }
    let mut to = None;
    for effect in effects {
        match effect {
            Effect::Escalate { findings, .. } => {
                save_session(&st, who.as_ref(), &state).await;
                ws.ended = Some(Ended::Stopped(findings));
                to = Some(format!("/session/{token}/end"));
                break;
            }
            Effect::OfferRepeat { index } => {
                to = Some(format!("/session/{token}/helped/{}", index + 1));
                break;
            }
            Effect::ShowStep { index } => {
                to = Some(format!("/session/{token}/step/{}", index + 1));
                break;
            }
            _ => {}
        }
    }
    let to = match to {
        Some(to) => to,
        // finished: the last step done, or a step the ladder does not have
        None => {
            let saved = save_session(&st, who.as_ref(), &state).await;
            ws.ended = Some(Ended::Over {
                completed: true,
                saved,
            });
            format!("/session/{token}/end")
        }
    };
    ws.records = state.records;
    // a session repeated without end keeps its latest check-ins only
    let over = ws.records.len().saturating_sub(trail::MAX_RECORDS);
    ws.records.drain(..over);
    st.sessions.put(&st.store, &token, &ws, now).await?;
    Ok(Redirect::to(&to).into_response())
}
