//! Server-rendered pages (askama templates in `templates/`): home, symptom
//! check with the care card, quick actions, exercises, routine, the relief
//! session (works without JavaScript), diary, insights, settings, accounts.
//! Handlers only parse, call core and store, and render.

use crate::api::{self, EntryInput, TriedInput};
use crate::auth::{self, MaybeUser, SignedIn};
use crate::error::ApiError;
use crate::security::{same_origin, same_secret};
use crate::{AppState, client_ip, session_log};
use askama::Template;
use axum::extract::{Form, FromRequest, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Router, routing};
use easeback_core::check;
use easeback_core::content::StepKind;
use easeback_core::diary::{self, Location};
use easeback_core::phone::PhoneNumber;
use easeback_core::triage::assess;
use easeback_core::{Assessment, Disposition, FindingId, Region};
use easeback_store::{Profile, Store};
use jiff::{SignedDuration, Timestamp};
use serde::Deserialize;

/// What the shared layout needs.
pub struct Layout {
    pub title: String,
    pub signed_in: bool,
    pub csrf: String,
    pub emergency: String,
    /// Tap-to-call links: the region's emergency number, or, with no region
    /// known, each region's number as its own link (never an empty `tel:`).
    pub emergency_calls: Vec<(String, String)>,
}

const REGION_COOKIE: &str = "eb_region";

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The person's region: profile, then cookie, then the browser's language.
async fn region_for(
    st: &AppState,
    headers: &HeaderMap,
    who: Option<&SignedIn>,
) -> Option<&'static Region> {
    if let Some(w) = who
        && let Ok(p) = st.store.profile(&w.user).await
        && let Some(r) = p.region.as_deref().and_then(|r| st.content.region(r))
    {
        return Some(r);
    }
    if let Some(r) = cookie(headers, REGION_COOKIE).and_then(|r| st.content.region(r)) {
        return Some(r);
    }
    let lang = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let first = lang
        .split(',')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let id = match first.split(';').next().unwrap_or("") {
        "en-us" => "us",
        "en-gb" => "uk",
        "en-ie" => "ie",
        "en-ca" | "fr-ca" => "ca",
        "en-au" => "au",
        "en-nz" => "nz",
        _ => return None,
    };
    st.content.region(id)
}

fn layout(st: &AppState, title: &str, who: Option<&SignedIn>, region: Option<&Region>) -> Layout {
    let tel = easeback_core::phone::dial_digits;
    let (emergency, calls) = match region {
        Some(r) => (
            r.emergency.join(" or "),
            vec![(r.emergency[0].clone(), tel(&r.emergency[0]))],
        ),
        None => {
            let calls: Vec<(String, String)> = st
                .content
                .regions
                .iter()
                .map(|r| {
                    (
                        format!("{} ({})", r.emergency[0], r.name),
                        tel(&r.emergency[0]),
                    )
                })
                .collect();
            let all: Vec<&str> = calls.iter().map(|c| c.0.as_str()).collect();
            (format!("your emergency number: {}", all.join(", ")), calls)
        }
    };
    Layout {
        title: title.to_string(),
        signed_in: who.is_some(),
        csrf: who.map(|w| w.csrf.clone()).unwrap_or_default(),
        emergency,
        emergency_calls: calls,
    }
}

fn render(t: &impl Template) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "something went wrong").into_response()
        }
    }
}

fn region_options(st: &AppState, current: Option<&Region>) -> Vec<(String, String, bool)> {
    let mut v = vec![(
        String::new(),
        "Choose your region".to_string(),
        current.is_none(),
    )];
    v.extend(st.content.regions.iter().map(|r| {
        (
            r.id.clone(),
            r.name.clone(),
            current.is_some_and(|c| c.id == r.id),
        )
    }));
    v
}

#[derive(Template)]
#[template(path = "message.html")]
struct Message {
    l: Layout,
    heading: String,
    paras: Vec<String>,
    links: Vec<(String, String)>,
}

fn message(
    st: &AppState,
    status: StatusCode,
    heading: &str,
    paras: &[&str],
    links: &[(&str, &str)],
) -> Response {
    let m = Message {
        l: layout(st, heading, None, None),
        heading: heading.into(),
        paras: paras.iter().map(|p| p.to_string()).collect(),
        links: links
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
    };
    (status, render(&m)).into_response()
}

#[allow(
    clippy::needless_pass_by_value,
    reason = "errors are handed over, like map_err"
)]
fn page_error(st: &AppState, e: ApiError) -> Response {
    if e.status == StatusCode::UNAUTHORIZED {
        return Redirect::to("/signin").into_response();
    }
    message(
        st,
        e.status,
        "Something is not right",
        &[&e.body.error],
        &[("/", "Back to the start")],
    )
}

/// Pairs from a urlencoded form (repeated keys allowed).
type Pairs = Vec<(String, String)>;

fn field<'a>(form: &'a Pairs, key: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == key)
        .map_or("", |(_, v)| v.as_str())
}

fn fields<'a>(form: &'a Pairs, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    form.iter()
        .filter(move |(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Same-origin, and the session's token when signed in.
fn form_ok(headers: &HeaderMap, who: Option<&SignedIn>, form: &Pairs) -> bool {
    same_origin(headers) && who.is_none_or(|w| same_secret(field(form, "csrf"), &w.csrf))
}

fn forbidden(st: &AppState) -> Response {
    message(
        st,
        StatusCode::FORBIDDEN,
        "This form has expired",
        &["Please go back, reload the page and try again."],
        &[],
    )
}

// ------------------------------------------------------------------ home

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    l: Layout,
    pregnancy: String,
    region_text: String,
    regions: Vec<(String, String, bool)>,
}

#[derive(Deserialize)]
struct RegionQuery {
    region: Option<String>,
}

async fn home(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Query(q): Query<RegionQuery>,
) -> Response {
    let chosen = q.region.as_deref().and_then(|r| st.content.region(r));
    let region = match chosen {
        Some(r) => Some(r),
        None => region_for(&st, &headers, who.as_ref()).await,
    };
    let region_text = match region {
        Some(r) => format!(
            "{}: emergency {}, same day: {}.",
            r.name,
            r.emergency.join(" or "),
            r.same_day
        ),
        None => "Not set. Choose your region so we show your local numbers.".to_string(),
    };
    let pregnancy = match gestation(&st, who.as_ref()).await {
        Some(g) => g.describe(),
        None if who.is_some() => {
            "Add your due date in settings to see how far along you are.".to_string()
        }
        None => String::new(),
    };
    let page = Home {
        l: layout(&st, "Home", who.as_ref(), region),
        pregnancy,
        region_text,
        regions: region_options(&st, region),
    };
    let mut res = render(&page);
    if let Some(r) = chosen {
        remember_region(&mut res, r);
    }
    res
}

/// The care-team number a signed-in person saved, if any.
async fn care_team(st: &AppState, who: Option<&SignedIn>) -> Option<PhoneNumber> {
    let saved = st.store.profile(&who?.user).await.ok()?.care_team_phone?;
    PhoneNumber::parse(&saved).ok()
}

/// How far along a signed-in person is, from their due date.
async fn gestation(
    st: &AppState,
    who: Option<&SignedIn>,
) -> Option<easeback_core::pregnancy::Gestation> {
    let due = st.store.profile(&who?.user).await.ok()?.due_date?;
    let today = jiff::tz::Offset::UTC.to_datetime(Timestamp::now()).date();
    easeback_core::pregnancy::Gestation::from_due_date(due, today).ok()
}

// ----------------------------------------------------------------- check

#[derive(Template)]
#[template(path = "check.html")]
struct Check {
    l: Layout,
    error: Option<String>,
    groups: Vec<(String, Vec<(String, String)>)>,
    regions: Vec<(String, String, bool)>,
}

async fn check_form(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
) -> Response {
    let region = region_for(&st, &headers, who.as_ref()).await;
    render(&check_page(&st, who.as_ref(), region, None))
}

fn check_page(
    st: &AppState,
    who: Option<&SignedIn>,
    region: Option<&Region>,
    error: Option<String>,
) -> Check {
    let group = |title: &str, d: Disposition| {
        let items = st
            .content
            .findings
            .iter()
            .filter(|f| f.disposition == d)
            .map(|f| (f.id.as_str().to_string(), f.label.clone()))
            .collect();
        (title.to_string(), items)
    };
    Check {
        l: layout(st, "Check symptoms", who, region),
        error,
        groups: vec![
            group("Signs that need help now", Disposition::Emergency),
            group("Signs that need advice today", Disposition::SameDay),
            group("Patterns worth a review", Disposition::Review),
            group("About the pain", Disposition::SelfCare),
        ],
        regions: region_options(st, region),
    }
}

#[derive(Template)]
#[template(path = "card.html")]
struct Card {
    l: Layout,
    disposition: String,
    title: String,
    headline: String,
    when: String,
    /// Finding ids, space-separated, for programs reading the page.
    finding_ids: String,
    actions: Vec<String>,
    why: Vec<(String, String)>,
    set_aside: Vec<(String, String)>,
    questions: Vec<AskedQuestion>,
    carry: Given,
    warning_signs: Vec<String>,
    /// Numbers to call, most useful first: (label, number as written, tel).
    calls: Vec<(String, String, String)>,
    /// With no region known: each region as one tap, (id, name).
    choose_region: Vec<(String, String)>,
}

/// A follow-up question as a page shows it.
struct AskedQuestion {
    id: String,
    text: String,
}

/// What the person gave so far, carried in hidden fields (the POST body,
/// never the address) so their answers go through the same check.
#[derive(Default)]
struct Given {
    text: String,
    region: String,
    findings: Vec<String>,
    /// `id=yes` / `id=no`
    answers: Vec<String>,
}

#[derive(Template)]
#[template(path = "questions.html")]
struct QuestionsPage {
    l: Layout,
    intro: String,
    questions: Vec<AskedQuestion>,
    carry: Given,
}

fn asked(a: &Assessment) -> Vec<AskedQuestion> {
    a.questions
        .iter()
        .map(|q| AskedQuestion {
            id: q.finding.as_str().to_string(),
            text: q.text.clone(),
        })
        .collect()
}

fn card(
    st: &AppState,
    who: Option<&SignedIn>,
    region: Option<&Region>,
    a: &Assessment,
) -> Response {
    card_with(st, who, region, a, Given::default())
}

fn card_with(
    st: &AppState,
    who: Option<&SignedIn>,
    region: Option<&Region>,
    a: &Assessment,
    carry: Given,
) -> Response {
    let c = Card {
        l: layout(st, &a.title, who, region),
        disposition: a.disposition.as_str().into(),
        title: a.title.clone(),
        headline: a.headline.clone(),
        when: a.when.clone(),
        finding_ids: a
            .findings
            .iter()
            .map(|f| f.id.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        questions: asked(a),
        carry,
        warning_signs: a.warning_signs.to_vec(),
        actions: a.actions.iter().map(|s| s.to_string()).collect(),
        calls: a
            .calls
            .iter()
            .map(|c| (c.label.clone(), c.number.clone(), c.tel.clone()))
            .collect(),
        choose_region: if region.is_none() {
            st.content
                .regions
                .iter()
                .map(|r| (r.id.clone(), r.name.clone()))
                .collect()
        } else {
            Vec::new()
        },
        why: a
            .findings
            .iter()
            .filter(|f| {
                f.disposition > Disposition::SelfCare || a.disposition == Disposition::SelfCare
            })
            .map(|f| (f.label.clone(), f.text.clone().unwrap_or_default()))
            .collect(),
        set_aside: a
            .set_aside
            .iter()
            .map(|s| (s.text.clone(), s.explanation.to_string()))
            .collect(),
    };
    render(&c)
}

async fn check_post(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Form(form): Form<Pairs>,
) -> Response {
    if !form_ok(&headers, who.as_ref(), &form) {
        return forbidden(&st);
    }
    // a region tapped on a region-less card is remembered for next time
    let chosen = st.content.region(field(&form, "choose_region"));
    let region = match (chosen, field(&form, "region")) {
        (Some(r), _) => Some(r),
        (None, "") => region_for(&st, &headers, who.as_ref()).await,
        (None, r) => st.content.region(r),
    };
    let text = field(&form, "text");
    let mut ticked = Vec::new();
    for id in fields(&form, "finding") {
        match id.parse::<FindingId>() {
            Ok(f) => ticked.push(f),
            Err(e) => return render(&check_page(&st, who.as_ref(), region, Some(e.to_string()))),
        }
    }
    // answers carried from an earlier screen ("id=yes") and given on this one
    // (a radio "q_<id>")
    let carried = fields(&form, "answer").filter_map(|p| p.split_once('='));
    let given = form
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("q_")?, v.as_str())));
    let mut answers = Vec::new();
    for (id, value) in carried.chain(given) {
        match (id.parse::<FindingId>(), value) {
            (Ok(f), "yes") => answers.push((f, true)),
            (Ok(f), "no") => answers.push((f, false)),
            _ => {
                let e = format!("could not read the answer '{id}={value}'");
                return render(&check_page(&st, who.as_ref(), region, Some(e)));
            }
        }
    }
    let g = gestation(&st, who.as_ref()).await;
    let own = care_team(&st, who.as_ref()).await;
    let request = check::Request {
        text,
        findings: &ticked,
        answers: &answers,
        region,
        gestation: g.as_ref(),
        care_team: own.as_ref(),
    };
    let a = match check::check(st.content, st.intake, &request) {
        Ok(a) => a,
        Err(e) => return render(&check_page(&st, who.as_ref(), region, Some(e.to_string()))),
    };
    let carry = Given {
        text: text.to_string(),
        region: region.map(|r| r.id.clone()).unwrap_or_default(),
        findings: ticked.iter().map(|f| f.as_str().to_string()).collect(),
        answers: answers
            .iter()
            .map(|(f, yes)| format!("{}={}", f.as_str(), if *yes { "yes" } else { "no" }))
            .collect(),
    };
    // a self-care or review answer waits for the questions; an urgent one
    // is shown at once, with them under it
    if !a.questions.is_empty() && a.disposition <= Disposition::Review {
        let intro = if a.findings.is_empty() && text.trim().is_empty() {
            "Before we can say what to do, please answer these about how you are right now."
        } else {
            "Your description leaves a few things open. Please answer these about how you are right now."
        };
        let page = QuestionsPage {
            l: layout(&st, "A few questions first", who.as_ref(), region),
            intro: intro.to_string(),
            questions: asked(&a),
            carry,
        };
        return render(&page);
    }
    let mut res = card_with(&st, who.as_ref(), region, &a, carry);
    if let Some(r) = chosen {
        remember_region(&mut res, r);
    }
    res
}

/// Keep the region a person chose in a cookie (a year), for visits signed out.
fn remember_region(res: &mut Response, r: &Region) {
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{REGION_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        r.id
    )) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
}

// ------------------------------------------------------- about the checks

#[derive(Template)]
#[template(path = "about.html")]
struct AboutPage<'a> {
    l: Layout,
    findings: Vec<easeback_core::content::FindingAbout<'a>>,
}

/// What each check means and the guidance it rests on.
async fn about(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
) -> Response {
    let region = region_for(&st, &headers, who.as_ref()).await;
    render(&AboutPage {
        l: layout(&st, "About these checks", who.as_ref(), region),
        findings: st.content.about_findings(),
    })
}

// ------------------------------------------------------- content pages

#[derive(Template)]
#[template(path = "list.html")]
struct ListPage {
    l: Layout,
    heading: String,
    intro: String,
    sections: Vec<Section>,
    reminders: bool,
    notify_message: String,
}

struct Section {
    title: String,
    link: String,
    paras: Vec<String>,
    items: Vec<String>,
}

async fn quick(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
) -> Response {
    let region = region_for(&st, &headers, who.as_ref()).await;
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
    render(&ListPage {
        reminders: false,
        notify_message: String::new(),
        l: layout(&st, "Quick actions", who.as_ref(), region),
        heading: "What set the spasm off?".into(),
        intro: "Pick the closest match for its quick action.".into(),
        sections,
    })
}

async fn quick_one(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let Some(t) = st.content.triggers.iter().find(|t| t.id == id) else {
        return message(
            &st,
            StatusCode::NOT_FOUND,
            "Not found",
            &["There is no such trigger."],
            &[("/quick", "All quick actions")],
        );
    };
    let region = region_for(&st, &headers, who.as_ref()).await;
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
    render(&ListPage {
        reminders: false,
        notify_message: String::new(),
        l: layout(&st, &t.name, who.as_ref(), region),
        heading: t.name.clone(),
        intro: String::new(),
        sections,
    })
}

async fn exercises(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
) -> Response {
    let region = region_for(&st, &headers, who.as_ref()).await;
    let sections = st
        .content
        .exercises
        .iter()
        .map(|e| Section {
            title: e.name.clone(),
            link: String::new(),
            paras: vec![],
            items: vec![
                format!("Start: {}", e.position),
                format!("Move: {}", e.movement),
                format!("Breathe: {}", e.breathing),
                format!("How much: {}", e.dose),
                format!("Take care: {}", e.caution),
            ],
        })
        .collect();
    render(&ListPage {
        reminders: false,
        notify_message: String::new(),
        l: layout(&st, "Exercises", who.as_ref(), region),
        heading: "Gentle exercises".into(),
        intro: st.content.ladder.stop_rule.clone(),
        sections,
    })
}

async fn routine(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
) -> Response {
    let region = region_for(&st, &headers, who.as_ref()).await;
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
    render(&ListPage {
        reminders: true,
        notify_message: st.content.routine.break_timer.prompt.clone(),
        l: layout(&st, "Daily routine", who.as_ref(), region),
        heading: "A daily routine for fewer spasms".into(),
        intro: String::new(),
        sections,
    })
}

// --------------------------------------------------------------- session

#[derive(Template)]
#[template(path = "session.html")]
struct SessionPage {
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
}

#[derive(Deserialize)]
struct SessionQuery {
    step: Option<usize>,
    scale: Option<f64>,
    pain: Option<u8>,
    started: Option<String>,
    log: Option<String>,
}

#[derive(Template)]
#[template(path = "session_helped.html")]
struct SessionHelpedPage {
    l: Layout,
    repeat: String,
    next: Option<String>,
    started: String,
    log: String,
    start_pain: String,
}

/// Where a web session is, carried in the page addresses and forms.
struct Carry {
    started: Timestamp,
    start_pain: Option<u8>,
}

impl Carry {
    fn from_form(form: &Pairs, now: Timestamp) -> Carry {
        Carry {
            started: session_log::started(field(form, "started"), now),
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

/// Save a finished web session for a signed-in person. A failure is logged
/// and never stands between the person and the page they need (above all a
/// stop card).
async fn save_session(
    st: &AppState,
    who: Option<&SignedIn>,
    carry: &Carry,
    log: &str,
    escalated: Option<Disposition>,
) -> bool {
    let Some(w) = who else {
        return false;
    };
    let now = Timestamp::now();
    let steps = session_log::records(st.content, log, carry.started, now);
    let outcome = session_log::outcome(carry.started, carry.start_pain, steps, escalated, now);
    match st.store.add_session_outcome(&w.user, &outcome).await {
        Ok(_) => true,
        Err(e) => {
            tracing::error!(error = %e, "could not save a relief session");
            false
        }
    }
}

async fn session_finish(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Form(form): Form<Pairs>,
) -> Response {
    if !form_ok(&headers, who.as_ref(), &form) {
        return forbidden(&st);
    }
    let carry = Carry::from_form(&form, Timestamp::now());
    let saved = save_session(&st, who.as_ref(), &carry, field(&form, "log"), None).await;
    session_done(&st, "Session finished", saved)
}

fn session_done(st: &AppState, heading: &str, saved: bool) -> Response {
    let note = if saved {
        "This session is saved in your diary, so the insights can show what helps you."
    } else {
        "If a step helped, keep using it."
    };
    message(
        st,
        StatusCode::OK,
        heading,
        &[note],
        &[("/", "Home"), ("/check", "Check symptoms")],
    )
}

async fn session(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Query(q): Query<SessionQuery>,
) -> Response {
    let region = region_for(&st, &headers, who.as_ref()).await;
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
            StatusCode::OK,
            "Session complete",
            &["You have been through every step. If a step helped, keep using it."],
            &[("/", "Home"), ("/check", "Check symptoms")],
        );
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
        started: session_log::started(q.started.as_deref().unwrap_or(""), Timestamp::now())
            .as_second()
            .to_string(),
        log: session_log::clean(q.log.as_deref().unwrap_or_default()),
    };
    render(&page)
}

async fn session_check_in(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Form(form): Form<Pairs>,
) -> Response {
    if !form_ok(&headers, who.as_ref(), &form) {
        return forbidden(&st);
    }
    let region = region_for(&st, &headers, who.as_ref()).await;
    let now = Timestamp::now();
    let index: usize = field(&form, "step").parse().unwrap_or(0);
    let carry = Carry::from_form(&form, now);
    let log = field(&form, "log");
    let steps = &st.content.ladder.steps;
    let step_id = steps.get(index).map_or("", |s| s.id.as_str());
    let last = index + 1 >= steps.len();
    if field(&form, "skip") == "yes" {
        let log = session_log::push(log, step_id, None, session_log::Answer::Skipped, now);
        if last {
            let saved = save_session(&st, who.as_ref(), &carry, &log, None).await;
            return session_done(&st, "Session complete", saved);
        }
        return Redirect::to(&carry.url(index + 2, &log)).into_response();
    }
    let back = carry.url(index + 1, log);
    let Ok(pain) = field(&form, "pain").parse::<u8>() else {
        return message(
            &st,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Pain score needed",
            &["Please give the pain now as a number from 0 to 10."],
            &[(&back, "Back to the step")],
        );
    };
    if pain > 10 {
        return message(
            &st,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Pain score needed",
            &["Please use a number from 0 to 10."],
            &[(&back, "Back to the step")],
        );
    }
    let helped = field(&form, "helped") == "yes";
    let answer = if helped {
        session_log::Answer::Helped
    } else {
        session_log::Answer::DidNotHelp
    };
    let log = session_log::push(log, step_id, Some(pain), answer, now);
    let shooting = field(&form, "shooting") == "yes";
    let reading = st.intake.read(field(&form, "text")).unwrap_or_default();
    if let Some((disposition, findings)) =
        easeback_core::session::stop_answer(shooting, &reading.ids())
    {
        save_session(&st, who.as_ref(), &carry, &log, Some(disposition)).await;
        let mut a = assess(st.content, &findings, region);
        a.title = format!("Stop the session. {}", a.title);
        return card(&st, who.as_ref(), region, &a);
    }
    if helped {
        let page = SessionHelpedPage {
            l: layout(&st, "That helped", who.as_ref(), region),
            repeat: carry.url(index + 1, &log),
            next: (!last).then(|| carry.url(index + 2, &log)),
            started: carry.started.as_second().to_string(),
            start_pain: carry.start_pain.map(|p| p.to_string()).unwrap_or_default(),
            log,
        };
        return render(&page);
    }
    if last {
        let saved = save_session(&st, who.as_ref(), &carry, &log, None).await;
        return session_done(&st, "Session complete", saved);
    }
    Redirect::to(&carry.url(index + 2, &log)).into_response()
}

// ---------------------------------------------------------------- auth

#[derive(Template)]
#[template(path = "auth.html")]
struct AuthPage {
    l: Layout,
    heading: String,
    action: String,
    signup: bool,
    email: String,
    error: Option<String>,
}

fn auth_page(st: &AppState, signup: bool, email: &str, error: Option<String>) -> AuthPage {
    let heading = if signup {
        "Create an account"
    } else {
        "Sign in"
    };
    AuthPage {
        l: layout(st, heading, None, None),
        heading: heading.into(),
        action: if signup {
            "/signup".into()
        } else {
            "/signin".into()
        },
        signup,
        email: email.into(),
        error,
    }
}

async fn signup_form(State(st): State<AppState>) -> Response {
    render(&auth_page(&st, true, "", None))
}

async fn signin_form(State(st): State<AppState>) -> Response {
    render(&auth_page(&st, false, "", None))
}

fn with_session(token: &str, secure: bool, to: &str) -> Response {
    let mut res = Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::session_cookie(token, secure)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

async fn signup(
    State(st): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<Pairs>,
) -> Response {
    if !same_origin(&headers) {
        return forbidden(&st);
    }
    let email = field(&form, "email");
    let result = async {
        let (user, _) = auth::register(&st, email, field(&form, "password")).await?;
        auth::sign_in(&st, &user).await
    }
    .await;
    match result {
        Ok((token, _)) => with_session(&token, st.secure_cookies, "/diary"),
        Err(e) => (
            e.status,
            render(&auth_page(&st, true, email, Some(e.body.error))),
        )
            .into_response(),
    }
}

async fn signin(State(st): State<AppState>, req: Request) -> Response {
    let ip = client_ip(&req);
    if !same_origin(req.headers()) {
        return forbidden(&st);
    }
    let Ok(Form(form)) = Form::<Pairs>::from_request(req, &st).await else {
        return render(&auth_page(
            &st,
            false,
            "",
            Some("Please fill in the form.".into()),
        ));
    };
    let email = field(&form, "email");
    match api::verify_login(&st, email, field(&form, "password"), &ip).await {
        Ok(user) => match auth::sign_in(&st, &user).await {
            Ok((token, _)) => with_session(&token, st.secure_cookies, "/diary"),
            Err(e) => page_error(&st, e),
        },
        Err(e) => (
            e.status,
            render(&auth_page(&st, false, email, Some(e.body.error))),
        )
            .into_response(),
    }
}

async fn signout(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Form(form): Form<Pairs>,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/").into_response();
    };
    if !form_ok(&headers, Some(&w), &form) {
        return forbidden(&st);
    }
    let _ = st.store.delete_auth_session(&w.token_hash).await;
    let mut res = Redirect::to("/").into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::clear_cookie(st.secure_cookies)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

// ---------------------------------------------------------------- diary

#[derive(Default)]
struct EntryForm {
    started_at: String,
    intensity: String,
    locations: Vec<(String, String, bool)>,
    triggers: Vec<(String, String, bool)>,
    helped: Vec<(String, String, bool)>,
    woke: bool,
    notes: String,
}

struct EntryRow {
    id: String,
    when: String,
    pain: u8,
    places: String,
    woke: bool,
    notes: String,
}

#[derive(Template)]
#[template(path = "diary.html")]
struct DiaryPage {
    l: Layout,
    editing: bool,
    action: String,
    error: Option<String>,
    form: EntryForm,
    entries: Vec<EntryRow>,
}

fn entry_form(st: &AppState, e: Option<&diary::Entry>) -> EntryForm {
    let has_loc = |l: Location| e.is_some_and(|e| e.locations.contains(&l));
    let has_trigger = |id: &str| e.is_some_and(|e| e.triggers.iter().any(|t| t == id));
    let has_helped =
        |id: &str| e.is_some_and(|e| e.tried.iter().any(|t| t.action == id && t.helped));
    EntryForm {
        started_at: e
            .map(|e| {
                jiff::tz::Offset::UTC
                    .to_datetime(e.started_at)
                    .strftime("%Y-%m-%dT%H:%M")
                    .to_string()
            })
            .unwrap_or_default(),
        intensity: e.map(|e| e.intensity.to_string()).unwrap_or_default(),
        locations: Location::ALL
            .iter()
            .map(|l| (l.as_str().into(), l.label().into(), has_loc(*l)))
            .collect(),
        triggers: st
            .content
            .triggers
            .iter()
            .map(|t| (t.id.clone(), t.name.clone(), has_trigger(&t.id)))
            .collect(),
        helped: st
            .content
            .first_steps
            .iter()
            .map(|f| (f.id.clone(), f.name.clone(), has_helped(&f.id)))
            .collect(),
        woke: e.is_some_and(|e| e.woke_from_sleep),
        notes: e.map(|e| e.notes.clone()).unwrap_or_default(),
    }
}

/// The entry form as the person filled it in, for showing it again.
fn form_echo(st: &AppState, form: &Pairs) -> EntryForm {
    let chosen = |key: &str, id: &str| fields(form, key).any(|v| v == id);
    let mut echo = entry_form(st, None);
    echo.started_at = field(form, "started_at").to_string();
    echo.intensity = field(form, "intensity").to_string();
    for (id, _, on) in &mut echo.locations {
        *on = chosen("location", id);
    }
    for (id, _, on) in &mut echo.triggers {
        *on = chosen("trigger", id);
    }
    for (id, _, on) in &mut echo.helped {
        *on = chosen("helped", id);
    }
    echo.woke = field(form, "woke") == "yes";
    echo.notes = field(form, "notes").to_string();
    echo
}

/// A diary form that could not be saved (bad input, or the server could
/// not write it): shown again with the reason and everything typed kept.
fn form_again(
    st: &AppState,
    w: &SignedIn,
    action: &str,
    editing: bool,
    e: ApiError,
    form: &Pairs,
) -> Response {
    let page = DiaryPage {
        l: layout(
            st,
            if editing { "Edit entry" } else { "Diary" },
            Some(w),
            None,
        ),
        editing,
        action: action.to_string(),
        error: Some(e.body.error),
        form: form_echo(st, form),
        entries: vec![],
    };
    (e.status, render(&page)).into_response()
}

async fn diary_page(st: &AppState, w: &SignedIn) -> Response {
    let entries = match st.store.recent_entries(&w.user, 50).await {
        Ok(e) => e,
        Err(e) => return page_error(st, e.into()),
    };
    let rows = entries
        .iter()
        .map(|s| EntryRow {
            id: s.id.clone(),
            when: jiff::tz::Offset::UTC
                .to_datetime(s.entry.started_at)
                .strftime("%Y-%m-%d %H:%M UTC")
                .to_string(),
            pain: s.entry.intensity,
            places: s
                .entry
                .locations
                .iter()
                .map(|l| l.label())
                .collect::<Vec<_>>()
                .join(", "),
            woke: s.entry.woke_from_sleep,
            notes: s.entry.notes.clone(),
        })
        .collect();
    let page = DiaryPage {
        l: layout(st, "Diary", Some(w), None),
        editing: false,
        action: "/diary".into(),
        error: None,
        form: entry_form(st, None),
        entries: rows,
    };
    render(&page)
}

async fn diary_get(State(st): State<AppState>, MaybeUser(who): MaybeUser) -> Response {
    match who {
        Some(w) => diary_page(&st, &w).await,
        None => Redirect::to("/signin").into_response(),
    }
}

fn form_entry(st: &AppState, form: &Pairs) -> Result<diary::Entry, ApiError> {
    let started = field(form, "started_at");
    let started_at = if started.is_empty() {
        None
    } else {
        Some(format!("{started}:00Z"))
    };
    let intensity = field(form, "intensity").parse::<u8>().map_err(|_| {
        ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "intensity",
            "give the pain as a number from 0 to 10",
        )
    })?;
    EntryInput {
        started_at,
        duration_minutes: None,
        locations: fields(form, "location").map(str::to_string).collect(),
        side: None,
        intensity,
        pain_after: None,
        triggers: fields(form, "trigger").map(str::to_string).collect(),
        context: String::new(),
        tried: fields(form, "helped")
            .map(|a| TriedInput {
                action: a.to_string(),
                helped: true,
            })
            .collect(),
        woke_from_sleep: field(form, "woke") == "yes",
        notes: field(form, "notes").to_string(),
    }
    .into_entry(st, Timestamp::now())
}

async fn diary_post(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Form(form): Form<Pairs>,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/signin").into_response();
    };
    if !form_ok(&headers, Some(&w), &form) {
        return forbidden(&st);
    }
    let saved = match form_entry(&st, &form) {
        Ok(entry) => st
            .store
            .add_entry(&w.user, &entry, Timestamp::now())
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match saved {
        Ok(_) => Redirect::to("/diary").into_response(),
        Err(e) => form_again(&st, &w, "/diary", false, e, &form),
    }
}

async fn entry_edit_get(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    Path(id): Path<String>,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/signin").into_response();
    };
    match st.store.entry(&w.user, &id).await {
        Ok(s) => render(&DiaryPage {
            l: layout(&st, "Edit entry", Some(&w), None),
            editing: true,
            action: format!("/diary/{id}/edit"),
            error: None,
            form: entry_form(&st, Some(&s.entry)),
            entries: vec![],
        }),
        Err(e) => page_error(&st, e.into()),
    }
}

async fn entry_edit_post(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<Pairs>,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/signin").into_response();
    };
    if !form_ok(&headers, Some(&w), &form) {
        return forbidden(&st);
    }
    let saved = match form_entry(&st, &form) {
        Ok(e) => st
            .store
            .update_entry(&w.user, &id, &e, Timestamp::now())
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match saved {
        Ok(()) => Redirect::to("/diary").into_response(),
        Err(e) if e.status == StatusCode::NOT_FOUND => page_error(&st, e),
        Err(e) => form_again(&st, &w, &format!("/diary/{id}/edit"), true, e, &form),
    }
}

async fn entry_delete(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<Pairs>,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/signin").into_response();
    };
    if !form_ok(&headers, Some(&w), &form) {
        return forbidden(&st);
    }
    match st.store.delete_entry(&w.user, &id).await {
        Ok(()) => Redirect::to("/diary").into_response(),
        Err(e) => page_error(&st, e.into()),
    }
}

// ------------------------------------------------------------- insights

/// A titled table of counts: (title, rows of (label, count), first column heading).
type CountTable = (String, Vec<(String, u32)>, String);

#[derive(Template)]
#[template(path = "insights.html")]
struct InsightsPage {
    l: Layout,
    weeks: u16,
    total: usize,
    disposition: String,
    headline: String,
    reasons: Vec<String>,
    action: String,
    chart_w: usize,
    chart_desc: String,
    bars: Vec<(usize, usize, usize, usize)>,
    weekly: Vec<(String, u32, String)>,
    tables: Vec<CountTable>,
    helped: Vec<String>,
}

async fn insights_get(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Query(q): Query<api::InsightsQuery>,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/signin").into_response();
    };
    let weeks = q.weeks.unwrap_or(8).clamp(1, 104);
    let now = Timestamp::now();
    let since = now - SignedDuration::from_hours(24 * 7 * i64::from(weeks.max(3)));
    let data = async {
        let entries = st.store.entries_since(&w.user, since).await?;
        let factors = st
            .store
            .factors_since(&w.user, jiff::tz::Offset::UTC.to_datetime(since).date())
            .await?;
        Ok::<_, easeback_store::StoreError>((entries, factors))
    }
    .await;
    let (entries, factors) = match data {
        Ok(d) => d,
        Err(e) => return page_error(&st, e.into()),
    };
    let region = region_for(&st, &headers, Some(&w)).await;
    let ins = diary::insights(st.content, &entries, &factors, now, 0, weeks);
    let a = assess(st.content, &ins.findings, region);
    let max = ins
        .weekly
        .iter()
        .map(|x| x.episodes)
        .max()
        .unwrap_or(0)
        .max(1) as usize;
    let slot = 40usize;
    let bars = ins
        .weekly
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let h = x.episodes as usize * 100 / max;
            (i * slot + 6, 120 - h, slot - 12, h)
        })
        .collect();
    let weekly: Vec<(String, u32, String)> = ins
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
    let chart_desc = weekly
        .iter()
        .map(|(d, n, _)| format!("week from {d}: {n}"))
        .collect::<Vec<_>>()
        .join("; ");
    let count_rows = |v: &[diary::insights::Count]| {
        v.iter()
            .map(|c| (c.label.clone(), c.count))
            .collect::<Vec<_>>()
    };
    let reasons = a
        .findings
        .iter()
        .map(|f| match f.id {
            FindingId::NightWaking => format!(
                "{} (woken on {} of the last 7 nights)",
                f.label, ins.nights_woken_last_7
            ),
            FindingId::FrequentRecurrence => format!(
                "{} ({} episodes in the last 7 days)",
                f.label, ins.episodes_last_7_days
            ),
            _ => f.label.clone(),
        })
        .collect();
    let page = InsightsPage {
        l: layout(&st, "Insights", Some(&w), region),
        weeks,
        total: ins.entries,
        disposition: a.disposition.as_str().into(),
        headline: a.headline.clone(),
        reasons,
        action: a.actions.first().map(|s| s.to_string()).unwrap_or_default(),
        chart_w: slot * ins.weekly.len(),
        chart_desc,
        bars,
        weekly,
        tables: vec![
            (
                "What set spasms off".into(),
                count_rows(&ins.by_trigger),
                "Trigger".into(),
            ),
            (
                "Time of day".into(),
                count_rows(&ins.by_time_of_day),
                "Time".into(),
            ),
            ("Where".into(), count_rows(&ins.by_location), "Place".into()),
        ],
        helped: ins
            .what_helped
            .iter()
            .map(|h| {
                format!(
                    "{}: helped {} of {} times{}",
                    h.label,
                    h.helped,
                    h.tried,
                    h.mean_pain_drop
                        .map(|d| format!(", pain down {d:.1} on average"))
                        .unwrap_or_default()
                )
            })
            .collect(),
    };
    render(&page)
}

// ------------------------------------------------------ settings, account

#[derive(Template)]
#[template(path = "settings.html")]
struct SettingsPage {
    l: Layout,
    saved: bool,
    error: Option<String>,
    regions: Vec<(String, String, bool)>,
    due_date: String,
    care_team: String,
}

/// The settings form: from the saved profile, or — after a refused save —
/// from what was typed, so nothing typed is lost.
async fn settings_page(
    st: &AppState,
    w: &SignedIn,
    saved: bool,
    error: Option<String>,
    typed: Option<&Pairs>,
) -> Response {
    let p = st.store.profile(&w.user).await.unwrap_or_default();
    let (region, due_date, care_team) = match typed {
        Some(form) => (
            st.content.region(field(form, "region")),
            field(form, "due_date").to_string(),
            field(form, "care_team").to_string(),
        ),
        None => (
            p.region.as_deref().and_then(|r| st.content.region(r)),
            p.due_date.map(|d| d.to_string()).unwrap_or_default(),
            p.care_team_phone.unwrap_or_default(),
        ),
    };
    render(&SettingsPage {
        l: layout(st, "Settings", Some(w), region),
        saved,
        error,
        regions: region_options(st, region),
        due_date,
        care_team,
    })
}

async fn settings_get(State(st): State<AppState>, MaybeUser(who): MaybeUser) -> Response {
    match who {
        Some(w) => settings_page(&st, &w, false, None, None).await,
        None => Redirect::to("/signin").into_response(),
    }
}

async fn settings_post(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Form(form): Form<Pairs>,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/signin").into_response();
    };
    if !form_ok(&headers, Some(&w), &form) {
        return forbidden(&st);
    }
    let region = match field(&form, "region") {
        "" => None,
        r => match st.content.region(r) {
            Some(r) => Some(r.id.clone()),
            None => {
                return settings_page(&st, &w, false, Some("Unknown region.".into()), Some(&form))
                    .await;
            }
        },
    };
    let due_date = match field(&form, "due_date") {
        "" => None,
        d => match d.parse::<jiff::civil::Date>() {
            Ok(d)
                if easeback_core::pregnancy::Gestation::from_due_date(
                    d,
                    jiff::tz::Offset::UTC.to_datetime(Timestamp::now()).date(),
                )
                .is_err() =>
            {
                return settings_page(
                    &st,
                    &w,
                    false,
                    Some("That due date is more than 40 weeks away; please check it.".into()),
                    Some(&form),
                )
                .await;
            }
            Ok(d) => Some(d),
            Err(_) => {
                return settings_page(
                    &st,
                    &w,
                    false,
                    Some("The due date should look like 2027-03-01.".into()),
                    Some(&form),
                )
                .await;
            }
        },
    };
    let care_team_phone = match field(&form, "care_team").trim() {
        "" => None,
        n => match PhoneNumber::parse(n) {
            Ok(n) => Some(n.written().to_string()),
            Err(e) => {
                let msg = format!("That phone number was not saved: {e}.");
                return settings_page(&st, &w, false, Some(msg), Some(&form)).await;
            }
        },
    };
    let old = st.store.profile(&w.user).await.unwrap_or_default();
    let p = Profile {
        region,
        due_date,
        care_team_phone,
        preferences: if old.preferences.is_empty() {
            "{}".into()
        } else {
            old.preferences
        },
    };
    match st.store.set_profile(&w.user, &p, Timestamp::now()).await {
        Ok(()) => settings_page(&st, &w, true, None, None).await,
        Err(e) => page_error(&st, e.into()),
    }
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    l: Layout,
}

async fn account(State(st): State<AppState>, MaybeUser(who): MaybeUser) -> Response {
    match who {
        Some(w) => render(&AccountPage {
            l: layout(&st, "Account", Some(&w), None),
        }),
        None => Redirect::to("/signin").into_response(),
    }
}

async fn account_delete(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Form(form): Form<Pairs>,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/signin").into_response();
    };
    if !form_ok(&headers, Some(&w), &form) || field(&form, "confirm") != "yes" {
        return forbidden(&st);
    }
    if let Err(e) = st.store.delete_user(&w.user).await {
        return page_error(&st, e.into());
    }
    let mut res = message(
        &st,
        StatusCode::OK,
        "Your account is deleted",
        &["Your account and everything in it have been removed."],
        &[("/", "Home")],
    );
    if let Ok(v) = HeaderValue::from_str(&auth::clear_cookie(st.secure_cookies)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    l: Layout,
    weeks: u16,
    items: Vec<(&'static str, String)>,
    chart_w: usize,
    chart_desc: String,
    bars: Vec<(usize, usize, usize, usize)>,
}

async fn report_html(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    Query(q): Query<api::InsightsQuery>,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/signin").into_response();
    };
    let weeks = q.weeks.unwrap_or(6).clamp(1, 52);
    let data = match crate::report::for_user(&st, &w.user, weeks).await {
        Ok(d) => d,
        Err(e) => return page_error(&st, e.into()),
    };
    use crate::report::Style;
    let items = crate::report::lines(&data)
        .into_iter()
        .map(|(s, t)| {
            let k = match s {
                Style::Title => "title",
                Style::Heading => "heading",
                Style::Body => "body",
                Style::Small => "small",
                Style::Chart => "chart",
            };
            (k, t)
        })
        .collect();
    let weekly = &data.insights.weekly;
    let max = weekly.iter().map(|x| x.episodes).max().unwrap_or(0).max(1) as usize;
    let slot = 40usize;
    let bars = weekly
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let h = x.episodes as usize * 100 / max;
            (i * slot + 6, 110 - h, slot - 12, h)
        })
        .collect();
    let chart_desc = weekly
        .iter()
        .map(|x| format!("week from {}: {}", x.from, x.episodes))
        .collect::<Vec<_>>()
        .join("; ");
    render(&ReportPage {
        l: layout(&st, "Report", Some(&w), None),
        weeks,
        items,
        chart_w: slot * weekly.len(),
        chart_desc,
        bars,
    })
}

async fn report_pdf(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    Query(q): Query<api::InsightsQuery>,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/signin").into_response();
    };
    let weeks = q.weeks.unwrap_or(6).clamp(1, 52);
    let data = match crate::report::for_user(&st, &w.user, weeks).await {
        Ok(d) => d,
        Err(e) => return page_error(&st, e.into()),
    };
    match crate::report::pdf(&data) {
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

#[derive(Template)]
#[template(path = "tightenings.html")]
struct TighteningsPage {
    l: Layout,
    region: String,
}

async fn tightenings_page(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
) -> Response {
    let region = region_for(&st, &headers, who.as_ref()).await;
    render(&TighteningsPage {
        l: layout(&st, "Tightening timer", who.as_ref(), region),
        region: region.map(|r| r.id.clone()).unwrap_or_default(),
    })
}

#[derive(Deserialize)]
struct RemindersQuery {
    from: Option<String>,
    to: Option<String>,
    every: Option<u16>,
}

async fn reminders_ics(State(st): State<AppState>, Query(q): Query<RemindersQuery>) -> Response {
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

async fn not_found(State(st): State<AppState>) -> Response {
    message(
        &st,
        StatusCode::NOT_FOUND,
        "Page not found",
        &["There is nothing at this address."],
        &[("/", "Home")],
    )
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", routing::get(home))
        .route("/check", routing::get(check_form).post(check_post))
        .route("/about", routing::get(about))
        .route("/quick", routing::get(quick))
        .route("/quick/{id}", routing::get(quick_one))
        .route("/exercises", routing::get(exercises))
        .route("/routine", routing::get(routine))
        .route("/session", routing::get(session))
        .route("/session/check-in", routing::post(session_check_in))
        .route("/session/finish", routing::post(session_finish))
        .route("/signup", routing::get(signup_form).post(signup))
        .route("/signin", routing::get(signin_form).post(signin))
        .route("/signout", routing::post(signout))
        .route("/diary", routing::get(diary_get).post(diary_post))
        .route(
            "/diary/{id}/edit",
            routing::get(entry_edit_get).post(entry_edit_post),
        )
        .route("/diary/{id}/delete", routing::post(entry_delete))
        .route("/insights", routing::get(insights_get))
        .route("/settings", routing::get(settings_get).post(settings_post))
        .route("/report", routing::get(report_html))
        .route("/tightenings", routing::get(tightenings_page))
        .route("/reminders.ics", routing::get(reminders_ics))
        .route("/report.pdf", routing::get(report_pdf))
        .route("/account", routing::get(account))
        .route("/account/delete", routing::post(account_delete))
        .fallback(not_found)
}
