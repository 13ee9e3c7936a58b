//! The relief session in the browser (works without JavaScript): one step at
//! a time, the check-in after it, and the outcome saved.

use super::*;
use easeback_core::session::{Effect, Event, State as SessionState, trail, transition};

#[derive(Template)]
#[template(path = "session.html")]
pub(super) struct SessionPage {
    l: Layout,
    index: usize,
    number: u8,
    total: usize,
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
    start_pain: String,
    started: String,
    log: String,
    check_in: &'static easeback_core::content::CheckIn,
}

#[derive(Deserialize)]
pub(super) struct SessionQuery {
    step: Option<usize>,
    scale: Option<f64>,
    pain: Option<u8>,
    started: Option<String>,
    log: Option<String>,
}

#[derive(Template)]
#[template(path = "session_helped.html")]
pub(super) struct SessionHelpedPage {
    l: Layout,
    repeat: String,
    next: Option<String>,
    started: String,
    log: String,
    start_pain: String,
}

/// Where a web session is, carried in the page addresses and forms.
pub(super) struct Carry {
    started: Timestamp,
    start_pain: Option<u8>,
}

impl Carry {
    fn from_form(form: &Pairs, now: Timestamp) -> Carry {
        Carry {
            started: trail::started(field(form, "started"), now),
            start_pain: field(form, "start_pain").parse().ok().filter(|p| *p <= 10),
        }
    }

    /// The address of step `step` (1-based), with the session's log.
    fn url(&self, step: usize, log: &str) -> String {
        let pain = self
            .start_pain
            .map(|p| format!("&pain={p}"))
            .unwrap_or_default();
        format!(
            "/session?step={step}&started={}&log={log}{pain}",
            self.started.as_second()
        )
    }
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

impl Carry {
    /// The session as this form carried it, resumed at `at`.
    fn resume(
        &self,
        st: &AppState,
        form: &Pairs,
        at: trail::Resume,
        now: Timestamp,
    ) -> SessionState {
        let records = trail::records(st.content, field(form, "log"), self.started, now);
        trail::resume(st.content, at, self.started, self.start_pain, records)
    }
}

pub(super) async fn session_finish(
    State(st): State<AppState>,
    CheckedForm { who, form }: CheckedForm,
) -> Page<Message> {
    let now = Timestamp::now();
    let carry = Carry::from_form(&form, now);
    let state = carry.resume(&st, &form, trail::Resume::Between, now);
    let (state, _) = transition(state, Event::Stop, now);
    let saved = save_session(&st, who.as_ref(), &state).await;
    session_done(&st, "Session finished", saved)
}

pub(super) fn session_done(st: &AppState, heading: &str, saved: bool) -> Page<Message> {
    let note = if saved {
        "This session is saved in your diary, so the insights can show what helps you."
    } else {
        "If a step helped, keep using it."
    };
    message(
        st,
        heading,
        &[note],
        &[("/", "Home"), ("/check", "Check symptoms")],
    )
}

pub(super) async fn session(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
    Query(q): Query<SessionQuery>,
) -> Response {
    let steps = &st.content.ladder.steps;
    let mut index = q.step.unwrap_or(1).max(1) - 1;
    if q.step.is_none()
        && let Some(w) = &who
        && let Ok(h) = st.store.session_outcomes(&w.user, 50).await
    {
        index = easeback_core::session::suggest_start(st.content, &h);
    }
    let Some(step) = steps.get(index) else {
        return message(
            &st,
            "Session complete",
            &["You have been through every step. If a step helped, keep using it."],
            &[("/", "Home"), ("/check", "Check symptoms")],
        )
        .into_response();
    };
    let exercises = step
        .exercises
        .iter()
        .filter_map(|id| st.content.exercises.iter().find(|e| &e.id == id))
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
    let page = SessionPage {
        check_in: &st.content.ladder.check_in,
        l: layout(&st, "Relief session", who.as_ref(), region),
        index,
        number: step.number,
        total: steps.len(),
        stop_rule: st.content.ladder.stop_rule.clone(),
        name: step.name.clone(),
        what: step.what.clone(),
        dose: step.dose.clone(),
        caution: step.caution.clone(),
        exercises,
        seconds: step.seconds,
        secs_text: step
            .seconds
            .map(|s| format!("{}:{:02}", s / 60, s % 60))
            .unwrap_or_default(),
        scale: q
            .scale
            .filter(|s| (0.001..=10.0).contains(s))
            .unwrap_or(1.0),
        breathing: step.kind == StepKind::Breathing,
        start_pain: q.pain.map(|p| p.to_string()).unwrap_or_default(),
        started: trail::started(q.started.as_deref().unwrap_or(""), Timestamp::now())
            .as_second()
            .to_string(),
        log: trail::clean(q.log.as_deref().unwrap_or_default()),
    };
    Page(page).into_response()
}

/// A step's check-in or skip: the state machine decides what comes next,
/// as it does in the terminal.
pub(super) async fn session_check_in(
    State(st): State<AppState>,
    headers: HeaderMap,
    CheckedForm { who, form }: CheckedForm,
) -> Response {
    let region = region_for(&st, &headers, who.as_ref()).await;
    let now = Timestamp::now();
    let index: usize = field(&form, "step").parse().unwrap_or(0);
    let carry = Carry::from_form(&form, now);
    let state = carry.resume(&st, &form, trail::Resume::Step(index), now);
    let events = if field(&form, "skip") == "yes" {
        vec![Event::Skip]
    } else {
        let back = carry.url(index + 1, &trail::encode(&state.records));
        let pain = match field(&form, "pain").parse::<u8>() {
            Ok(p) if p <= 10 => p,
            _ => {
                let again = message(
                    &st,
                    "Pain score needed",
                    &["Please give the pain now as a number from 0 to 10."],
                    &[(&back, "Back to the step")],
                );
                return (StatusCode::UNPROCESSABLE_ENTITY, again).into_response();
            }
        };
        let reading = st.intake.read(field(&form, "text")).unwrap_or_default();
        vec![
            Event::StepDone,
            Event::CheckIn {
                pain,
                helped: field(&form, "helped") == "yes",
                shooting_leg_pain: field(&form, "shooting") == "yes",
                red_flags: reading.ids(),
            },
        ]
    };
    let mut state = state;
    let mut effects = Vec::new();
    for event in events {
        (state, effects) = transition(state, event, now);
    }
    let log = trail::encode(&state.records);
    for effect in effects {
        match effect {
            Effect::Escalate { findings, .. } => {
                save_session(&st, who.as_ref(), &state).await;
                let mut a = assess(st.content, &findings, region);
                a.title = format!("{} {}", st.content.ladder.stopped, a.title);
                return card(&st, who.as_ref(), region, &a);
            }
            Effect::OfferRepeat { index } => {
                let page = SessionHelpedPage {
                    l: layout(&st, "That helped", who.as_ref(), region),
                    repeat: carry.url(index + 1, &log),
                    next: (index + 1 < state.plan.steps.len()).then(|| carry.url(index + 2, &log)),
                    started: carry.started.as_second().to_string(),
                    start_pain: carry.start_pain.map(|p| p.to_string()).unwrap_or_default(),
                    log,
                };
                return Page(page).into_response();
            }
            Effect::ShowStep { index } => {
                return Redirect::to(&carry.url(index + 1, &log)).into_response();
            }
            _ => {}
        }
    }
    // finished: the last step done, or a step the ladder does not have
    let saved = save_session(&st, who.as_ref(), &state).await;
    session_done(&st, "Session complete", saved).into_response()
}
