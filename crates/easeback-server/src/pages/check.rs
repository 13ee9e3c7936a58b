//! The symptom check: the form, the follow-up questions and the care card;
//! and the page about how the check decides.

use super::*;

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

/// What the person gave so far, carried in hidden fields (the POST body,
/// never the address) so their answers go through the same check.
#[derive(Default)]
pub(super) struct Given {
    text: String,
    region: String,
    findings: Vec<String>,
    /// `id=yes` / `id=no`
    answers: Vec<String>,
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
    Page(c).into_response()
}

pub(super) async fn check_post(
    State(st): State<AppState>,
    headers: HeaderMap,
    CheckedForm { who, form }: CheckedForm,
) -> Response {
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
            Err(e) => {
                return Page(check_page(&st, who.as_ref(), region, Some(e.to_string())))
                    .into_response();
            }
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
                return Page(check_page(&st, who.as_ref(), region, Some(e))).into_response();
            }
        }
    }
    let g = gestation(&st, who.as_ref()).await;
    let own = care_team(&st, who.as_ref()).await;
    let request = core_check::Request {
        text,
        findings: &ticked,
        answers: &answers,
        region,
        gestation: g.as_ref(),
        care_team: own.as_ref(),
    };
    let a = match core_check::check(st.content, st.intake, &request) {
        Ok(a) => a,
        Err(e) => {
            return Page(check_page(&st, who.as_ref(), region, Some(e.to_string())))
                .into_response();
        }
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
        return Page(page).into_response();
    }
    let mut res = card_with(&st, who.as_ref(), region, &a, carry);
    if let Some(r) = chosen {
        remember_region(&mut res, r);
    }
    res
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
        findings: st.content.about_findings(),
    })
}
