//! Server-rendered pages (askama templates in `templates/`), one file per
//! feature: home, the symptom check and its care card, the guidance pages,
//! the relief session (works without JavaScript), diary, insights, report,
//! settings and accounts. This file holds the route table and what every
//! page shares: the layout, the region, form fields and the page errors.

mod account;
mod check;
mod day;
mod diary;
mod guides;
mod home;
mod insights;
mod nav;
mod page;
mod report;
mod session;
mod settings;
mod words;

use account::*;
use check::*;
use day::*;
pub(crate) use diary::Deleted;
use diary::*;
use guides::*;
use home::*;
use insights::*;
use nav::{NavItem, nav};
use page::*;
use report::*;
pub(crate) use session::WebSession;
use session::*;
use settings::*;
pub(crate) use words::in_request_language;
use words::lang;
use words::{t, t_count, t_with};

use crate::api::{self, EntryInput, TriedInput};
use crate::auth::{self, MaybeUser, SignedIn, cookie};
use crate::error::ApiError;
use crate::security::{same_origin, same_secret};
use crate::{AppState, client_ip};
use askama::Template;
use axum::extract::{Form, FromRequest, FromRequestParts, Path, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Router, routing};
use easeback_core::check as core_check;
use easeback_core::content::StepKind;
use easeback_core::diary::{self as core_diary, Location};
use easeback_core::phone::PhoneNumber;
use easeback_core::triage::assess;
use easeback_core::{Assessment, Disposition, FindingId, Region};
use easeback_store::{Profile, Store};
use jiff::Timestamp;
use serde::Deserialize;

/// What the shared layout needs.
pub struct Layout {
    /// The page's title in its language.
    pub title: String,
    /// The page's English title: which page this is, whatever the language.
    pub page: String,
    pub csrf: String,
    /// Tap-to-call links: the region's emergency number, or, with no region
    /// known, each region's number as its own link (never an empty `tel:`).
    pub emergency_calls: Vec<(String, String)>,
    /// The calls are the person's region's (not every region's).
    pub region_known: bool,
    /// Joins two of the region's numbers ("112 or 999"), in the page's
    /// language (the knowledge base's word, as the cards use).
    pub or_word: String,
    /// The main navigation, with the page the person is on marked.
    pub nav: Vec<NavItem>,
    /// The page's language (`<html lang>`), and the others as switch links
    /// (href, the language's own name, its tag).
    pub lang: &'static str,
    pub other_languages: Vec<(String, &'static str, &'static str)>,
}

impl Layout {
    /// A Fluent message in the page's language, for templates: `{{ l.t("id") }}`.
    pub fn t(&self, id: &str) -> String {
        t(id)
    }

    /// The scripts' words as JSON, for the `eb-words` meta tag
    /// `assets/site.js` reads (formatted once per language at start-up).
    pub fn js_words(&self) -> &'static str {
        words::script_words()
    }
}

const REGION_COOKIE: &str = "eb_region";

/// A duration as a clock shows it, minutes and seconds: "4:05".
fn minutes_seconds(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("{}:{:02}", s / 60, s % 60)
}

/// The device's UTC offset in minutes, as `assets/tz.js` leaves it in a
/// cookie; UTC without the script or with a value no clock has.
fn utc_offset(headers: &HeaderMap) -> i16 {
    cookie(headers, "eb_tz")
        .and_then(|v| v.parse::<i16>().ok())
        .filter(|m| core_diary::entry::offset_in_range(*m))
        .unwrap_or(0)
}

/// Who is asking and where they are: the signed-in person, if any, and
/// the region for their numbers (see [`region_for`]).
pub(super) struct Visitor {
    pub who: Option<SignedIn>,
    pub region: Option<&'static Region>,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Visitor, PageError> {
        let MaybeUser(who) = MaybeUser::from_request_parts(parts, st).await?;
        let region = region_for(st, &parts.headers, who.as_ref()).await;
        Ok(Visitor { who, region })
    }
}

/// The person's region: profile, then cookie, then the browser's language;
/// in the page's language.
async fn region_for(
    st: &AppState,
    headers: &HeaderMap,
    who: Option<&SignedIn>,
) -> Option<&'static Region> {
    let found = async {
        if let Some(w) = who
            && let Ok(p) = st.store.profile(&w.user).await
            && let Some(r) = p.region_in(st.content)
        {
            return Some(r);
        }
        if let Some(r) = cookie(headers, REGION_COOKIE).and_then(|r| st.content.region(r)) {
            return Some(r);
        }
        let language = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        st.content.region_for_language(language)
    };
    found.await.and_then(|r| words::content(st).region(&r.id))
}

fn layout(st: &AppState, title: &str, who: Option<&SignedIn>, region: Option<&Region>) -> Layout {
    let tel = easeback_core::phone::dial_digits;
    let here = lang();
    let calls = match region {
        // every emergency number the region has ("112 or 999")
        Some(r) => r.emergency.iter().map(|n| (n.clone(), tel(n))).collect(),
        None => words::content(st)
            .regions
            .iter()
            .map(|r| {
                (
                    format!("{} ({})", r.emergency[0], r.name),
                    tel(&r.emergency[0]),
                )
            })
            .collect(),
    };
    Layout {
        title: page_title(title),
        page: title.to_string(),
        nav: nav(title, who.is_some()),
        csrf: who.map(|w| w.csrf.clone()).unwrap_or_default(),
        emergency_calls: calls,
        region_known: region.is_some(),
        or_word: words::content(st).messages.or_word.clone(),
        lang: here.tag(),
        other_languages: easeback_core::Lang::ALL
            .into_iter()
            .filter(|l| *l != here)
            .map(|l| (format!("?lang={}", l.tag()), l.name(), l.tag()))
            .collect(),
    }
}

/// A page's title in the page's language. Handlers name a page by its
/// English title (the navigation marks the current page by it); its
/// message is `page-` and the title's words joined by dashes ("Check
/// symptoms" → `page-check-symptoms`). A title with no message (one that
/// carries a person's own words) is shown as given.
fn page_title(title: &str) -> String {
    let id: String = format!("page-{}", title.to_lowercase())
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let shown = t(&id);
    if shown == id {
        title.to_string()
    } else {
        shown
    }
}

fn region_options(st: &AppState, current: Option<&Region>) -> Vec<(String, String, bool)> {
    let mut v = vec![(String::new(), t("region-choose"), current.is_none())];
    v.extend(words::content(st).regions.iter().map(|r| {
        (
            r.id.clone(),
            r.name.clone(),
            current.is_some_and(|c| c.id == r.id),
        )
    }));
    v
}

/// The episodes-per-week bar chart of the insights page and the report
/// (`templates/week_chart.html`): one geometry for both. Bars are episodes
/// (scale on the left), the line is the week's mean pain (0–10, scale on
/// the right), each week labelled with its first day.
pub(super) struct WeekChart {
    width: usize,
    height: usize,
    baseline: usize,
    /// Where the plot starts and ends across (after the left scale).
    left: usize,
    right: usize,
    /// The most episodes in a week (the top of the left scale).
    max: u32,
    desc: String,
    /// The chart's title and its axis, in the page's language.
    title: String,
    axis: String,
    /// (x, y, width, height) of each week's bar, oldest first.
    bars: Vec<(usize, usize, usize, usize)>,
    /// (x, label) under each bar: the week's first day as "11-29".
    labels: Vec<(usize, String)>,
    /// Mean pain per week with entries: the line's points ("x,y x,y").
    pain_line: String,
    pain_dots: Vec<(usize, usize)>,
}

impl WeekChart {
    const SLOT: usize = 40;
    const GAP: usize = 6;
    const TOP: usize = 10;
    const TALLEST: usize = 100;
    const BASELINE: usize = WeekChart::TOP + WeekChart::TALLEST;
    const LEFT: usize = 26;
    const RIGHT_SCALE: usize = 26;

    pub(super) fn new(weekly: &[core_diary::insights::WeekStat]) -> WeekChart {
        let max = weekly.iter().map(|x| x.episodes).max().unwrap_or(0).max(1);
        let x_of = |i: usize| WeekChart::LEFT + i * WeekChart::SLOT;
        let bars = weekly
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let h = x.episodes as usize * WeekChart::TALLEST / max as usize;
                (
                    x_of(i) + WeekChart::GAP,
                    WeekChart::BASELINE - h,
                    WeekChart::SLOT - 2 * WeekChart::GAP,
                    h,
                )
            })
            .collect();
        let labels = weekly
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let date = x.from.to_string();
                (
                    x_of(i) + WeekChart::SLOT / 2,
                    date.get(5..).unwrap_or(&date).to_string(),
                )
            })
            .collect();
        let pain_dots: Vec<(usize, usize)> = weekly
            .iter()
            .enumerate()
            .filter_map(|(i, x)| {
                let m = x.mean_pain?.clamp(0.0, 10.0);
                let y = WeekChart::BASELINE as f64 - m / 10.0 * WeekChart::TALLEST as f64;
                Some((x_of(i) + WeekChart::SLOT / 2, y.round() as usize))
            })
            .collect();
        let pain_line = pain_dots
            .iter()
            .map(|(x, y)| format!("{x},{y}"))
            .collect::<Vec<_>>()
            .join(" ");
        let desc = weekly
            .iter()
            .map(|x| {
                let week = t_with(
                    "chart-week",
                    &[
                        ("from", &x.from.to_string()),
                        ("count", &x.episodes.to_string()),
                    ],
                );
                match x.mean_pain {
                    Some(m) => t_with(
                        "chart-week-pain",
                        &[("week", &week), ("pain", &format!("{m:.1}"))],
                    ),
                    None => week,
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        let right = x_of(weekly.len());
        WeekChart {
            title: t("chart-title"),
            axis: t("chart-axis"),
            width: right + WeekChart::RIGHT_SCALE,
            height: WeekChart::BASELINE + 32,
            baseline: WeekChart::BASELINE,
            left: WeekChart::LEFT,
            right,
            max,
            desc,
            bars,
            labels,
            pain_line,
            pain_dots,
        }
    }
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

/// A form posted from one of our pages: same origin and, when signed in,
/// carrying the session's CSRF token. Any other post gets the "form has
/// expired" page and changes nothing.
pub(super) struct CheckedForm {
    pub who: Option<SignedIn>,
    pub form: Pairs,
}

impl FromRequest<AppState> for CheckedForm {
    type Rejection = PageError;

    async fn from_request(req: Request, st: &AppState) -> Result<CheckedForm, PageError> {
        let (mut parts, body) = req.into_parts();
        let MaybeUser(who) = MaybeUser::from_request_parts(&mut parts, st).await?;
        let same_site = same_origin(&parts.headers);
        let Form(form) = Form::<Pairs>::from_request(Request::from_parts(parts, body), st)
            .await
            .map_err(|e| PageError::Say {
                status: e.status(),
                heading: t("error-form-heading"),
                text: e.body_text(),
                back: None,
            })?;
        let token_ok = who
            .as_ref()
            .is_none_or(|w| same_secret(field(&form, "csrf"), &w.csrf));
        if same_site && token_ok {
            Ok(CheckedForm { who, form })
        } else {
            // (an expired form is the usual cause; logged all the same)
            crate::audit::log(
                crate::audit::Event::CrossSiteRefused,
                who.as_ref().map(|w| &w.user),
                None,
            );
            Err(PageError::Expired)
        }
    }
}

/// A [`CheckedForm`] from a signed-in person; a redirect to sign in otherwise.
pub(super) struct MemberForm {
    pub who: SignedIn,
    pub form: Pairs,
}

impl FromRequest<AppState> for MemberForm {
    type Rejection = PageError;

    async fn from_request(req: Request, st: &AppState) -> Result<MemberForm, PageError> {
        let CheckedForm { who, form } = CheckedForm::from_request(req, st).await?;
        match who {
            Some(who) => Ok(MemberForm { who, form }),
            None => Err(PageError::SignIn),
        }
    }
}

/// The pages, with their errors shown as message pages.
pub fn routes(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/", routing::get(home))
        .route("/check", routing::get(check_form).post(check_post))
        .route("/check/answer/{token}", routing::get(check_answer))
        .route("/about", routing::get(about))
        .route("/quick", routing::get(quick))
        .route("/quick/{id}", routing::get(quick_one))
        .route("/exercises", routing::get(exercises))
        .route("/routine", routing::get(routine))
        .route("/session", routing::get(session))
        .route("/session/check-in", routing::post(session_check_in))
        .route("/session/finish", routing::post(session_finish))
        .route("/session/{token}/step/{n}", routing::get(session_step))
        .route("/session/{token}/helped/{n}", routing::get(session_helped))
        .route("/session/{token}/skip/{n}", routing::get(session_skip))
        .route("/session/{token}/end", routing::get(session_end))
        .route("/signup", routing::get(signup_form).post(signup))
        .route("/signin", routing::get(signin_form).post(signin))
        .route("/signout", routing::post(signout))
        .route("/diary", routing::get(diary_get).post(diary_post))
        .route(
            "/diary/{id}/edit",
            routing::get(entry_edit_get).post(entry_edit_post),
        )
        .route(
            "/diary/{id}/delete",
            routing::get(entry_delete_ask).post(entry_delete),
        )
        .route("/diary/undo", routing::post(entry_undo))
        .route("/diary/day", routing::get(day_get).post(day_post))
        .route("/insights", routing::get(insights_get))
        .route("/settings", routing::get(settings_get).post(settings_post))
        .route("/report", routing::get(report_html).post(report_chosen))
        .route(
            "/tightenings",
            routing::get(tightenings_page).post(tightenings_told),
        )
        .route("/offline", routing::get(offline))
        .route("/reminders.ics", routing::get(reminders_ics))
        .route(
            "/report.pdf",
            routing::get(report_pdf).post(report_pdf_chosen),
        )
        .route("/account", routing::get(account))
        .route("/account/delete", routing::post(account_delete))
        .route("/account/password", routing::post(account_password))
        .route("/account/devices/end", routing::post(account_devices_end))
        .fallback(not_found)
        .layer(axum::middleware::map_response_with_state(
            state.clone(),
            show_page_errors,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state,
            words::in_language,
        ))
}
