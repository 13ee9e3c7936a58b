//! The symptom check: the form, the follow-up questions and the care card;
//! and the page about how the check decides.

use super::*;
use crate::kept::Given;

#[derive(Template)]
#[template(path = "check.html")]
pub(super) struct Check {
    l: Layout,
    error: Option<String>,
    groups: Vec<(String, Vec<(String, String)>)>,
    regions: Vec<(String, String, bool)>,
}

pub(super) async fn check_form(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
) -> Page<Check> {
    Page(check_page(&st, who.as_ref(), region, None))
}

pub(super) fn check_page(
    st: &AppState,
    who: Option<&SignedIn>,
    region: Option<&Region>,
    error: Option<String>,
) -> Check {
    let group = |title: &str, d: Disposition| {
        let items = words::content(st)
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
            group(&t("check-group-emergency"), Disposition::Emergency),
            group(&t("check-group-same-day"), Disposition::SameDay),
            group(&t("check-group-review"), Disposition::Review),
            group(&t("check-group-self-care"), Disposition::SelfCare),
        ],
        regions: region_options(st, region),
    }
}

#[derive(Template)]
#[template(path = "card.html")]
pub(super) struct Card {
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
pub(super) struct AskedQuestion {
    id: String,
    text: String,
}

#[derive(Template)]
#[template(path = "questions.html")]
pub(super) struct QuestionsPage {
    l: Layout,
    intro: String,
    questions: Vec<AskedQuestion>,
    carry: Given,
}

pub(super) fn asked(a: &Assessment) -> Vec<AskedQuestion> {
    a.questions
        .iter()
        .map(|q| AskedQuestion {
            id: q.finding.as_str().to_string(),
            text: q.text.clone(),
        })
        .collect()
}

pub(super) fn card(
    st: &AppState,
    who: Option<&SignedIn>,
    region: Option<&Region>,
    a: &Assessment,
) -> Response {
    card_with(st, who, region, a, Given::default())
}

pub(super) fn card_with(
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
            words::content(st)
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
    Page(c).into_response()
}

/// The check form's post: read and checked here, then kept for a short
/// time and answered at its own address (`/check/answer/<token>`), so Back
/// and reload show the same answer and nothing typed is in an address.
pub(super) async fn check_post(
    State(st): State<AppState>,
    headers: HeaderMap,
    CheckedForm { who, form }: CheckedForm,
) -> PageResult {
    // a region tapped on a region-less card is remembered for next time
    let chosen = words::content(&st).region(field(&form, "choose_region"));
    let region = match (chosen, field(&form, "region")) {
        (Some(r), _) => Some(r),
        (None, "") => region_for(&st, &headers, who.as_ref()).await,
        (None, r) => words::content(&st).region(r),
    };
    let mut given = Given {
        text: field(&form, "text").to_string(),
        region: region.map(|r| r.id.clone()).unwrap_or_default(),
        findings: fields(&form, "finding").map(str::to_string).collect(),
        // answers carried from an earlier screen ("id=yes") and given on this
        // one (a radio "q_<id>")
        answers: fields(&form, "answer").map(str::to_string).collect(),
    };
    given.answers.extend(
        form.iter()
            .filter_map(|(k, v)| Some(format!("{}={v}", k.strip_prefix("q_")?))),
    );
    if let Err(e) = read_given(&given) {
        let again = check_page(&st, who.as_ref(), region, Some(e));
        return Ok(Page(again).into_response());
    }
    let mut res = match st.checks.keep(&st.store, &given, Timestamp::now()).await {
        Ok(token) => Redirect::to(&format!("/check/answer/{token}")).into_response(),
        // the database cannot keep it (a full disk, an outage): the card is
        // answered here and now — an answer matters more than its address
        Err(e) => {
            tracing::warn!(error = %e, "a check's answer could not be kept; answered in place");
            answer_for(&st, who.as_ref(), given).await?
        }
    };
    if let Some(r) = chosen {
        remember_region(&mut res, r);
    }
    Ok(res)
}

/// The ticked findings and the yes/no answers a [`Given`] names.
type Read = (Vec<FindingId>, Vec<(FindingId, bool)>);

/// What a [`Given`] names, or what could not be read.
fn read_given(given: &Given) -> Result<Read, String> {
    let ticked = given
        .findings
        .iter()
        .map(|id| {
            id.parse::<FindingId>()
                .map_err(|e| e.said().in_lang(lang()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let answers = given
        .answers
        .iter()
        .map(|pair| {
            let (id, value) = pair.split_once('=').unwrap_or((pair, ""));
            match (id.parse::<FindingId>(), value) {
                (Ok(f), "yes") => Ok((f, true)),
                (Ok(f), "no") => Ok((f, false)),
                _ => Err(format!("could not read the answer '{pair}'")),
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((ticked, answers))
}

/// The answer to a check kept under `token`: the follow-up questions or the
/// card, the same on every reload for as long as it is kept.
pub(super) async fn check_answer(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    Path(token): Path<String>,
) -> PageResult {
    let Some(given) = st.checks.get(&st.store, &token, Timestamp::now()).await? else {
        return Err(PageError::Say {
            status: StatusCode::GONE,
            heading: t("check-gone-heading"),
            text: t("check-gone-text"),
            back: Some(("/check", t("link-check-again"))),
        });
    };
    answer_for(&st, who.as_ref(), given).await
}

/// The answer to what a check was given: the follow-up questions or the
/// card.
async fn answer_for(st: &AppState, who: Option<&SignedIn>, given: Given) -> PageResult {
    let region = words::content(st).region(&given.region);
    // a kept check that no longer reads (content changed since): check again
    let check_again = |text: String| PageError::Say {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        heading: t("check-again-heading"),
        text,
        back: Some(("/check", t("link-check-again"))),
    };
    let (ticked, answers) = read_given(&given).map_err(check_again)?;
    let g = gestation(st, who).await;
    let own = care_team(st, who).await;
    let request = core_check::Request {
        text: &given.text,
        findings: &ticked,
        answers: &answers,
        region,
        gestation: g.as_ref(),
        care_team: own.as_ref(),
        lang: lang(),
    };
    let a = core_check::check(words::content(st), st.intake_in(lang()), &request)
        .map_err(|e| check_again(e.said().in_lang(lang())))?;
    st.metrics.checked(a.disposition.as_str());
    // a self-care or review answer waits for the questions; an urgent one
    // is shown at once, with them under it
    if !a.questions.is_empty() && a.disposition <= Disposition::Review {
        let intro = if a.findings.is_empty() && given.text.trim().is_empty() {
            t("questions-intro-nothing-given")
        } else {
            t("questions-intro-left-open")
        };
        let page = QuestionsPage {
            l: layout(st, "A few questions first", who, region),
            intro,
            questions: asked(&a),
            carry: given,
        };
        return Ok(Page(page).into_response());
    }
    Ok(card_with(st, who, region, &a, given))
}

/// Keep the region a person chose in a cookie (a year), for visits signed out.
pub(super) fn remember_region(res: &mut Response, r: &Region) {
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
pub(super) struct AboutPage<'a> {
    l: Layout,
    findings: Vec<easeback_core::content::FindingAbout<'a>>,
}

/// What each check means and the guidance it rests on.
pub(super) async fn about(
    State(st): State<AppState>,
    Visitor { who, region }: Visitor,
) -> Page<AboutPage<'static>> {
    Page(AboutPage {
        l: layout(&st, "About these checks", who.as_ref(), region),
        findings: words::content(&st).about_findings(),
    })
}
