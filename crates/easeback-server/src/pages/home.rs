//! Home: the first screen, with the check, the quick actions and the numbers
//! for the region.

use super::*;

#[derive(Template)]
#[template(path = "home.html")]
pub(super) struct Home {
    l: Layout,
    pregnancy: String,
    stage_tip: String,
    region_text: String,
    regions: Vec<(String, String, bool)>,
}

#[derive(Deserialize)]
pub(super) struct RegionQuery {
    region: Option<String>,
}

pub(super) async fn home(
    State(st): State<AppState>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    Query(q): Query<RegionQuery>,
) -> Response {
    let chosen = q
        .region
        .as_deref()
        .and_then(|r| words::content(&st).region(r));
    let region = match chosen {
        Some(r) => Some(r),
        None => region_for(&st, &headers, who.as_ref()).await,
    };
    let region_text = match region {
        Some(r) => t_with(
            "home-region-set",
            &[
                ("region", &r.name),
                (
                    "emergency",
                    &r.emergency
                        .join(&format!(" {} ", words::content(&st).messages.or_word)),
                ),
                ("route", &r.same_day),
            ],
        ),
        None => t("home-region-unset"),
    };
    let g = gestation(&st, who.as_ref()).await;
    let stage_tip = g
        .as_ref()
        .map(|g| easeback_core::pregnancy::stage_tip(words::content(&st), g).to_string())
        .unwrap_or_default();
    let pregnancy = match &g {
        Some(g) => g.describe(lang()),
        None if who.is_some() => t("home-add-due-date"),
        None => String::new(),
    };
    let page = Home {
        l: layout(&st, "Home", who.as_ref(), region),
        pregnancy,
        stage_tip,
        region_text,
        regions: region_options(&st, region),
    };
    let mut res = Page(page).into_response();
    if let Some(r) = chosen {
        remember_region(&mut res, r);
    }
    res
}

/// The care-team number a signed-in person saved, if any.
pub(super) async fn care_team(st: &AppState, who: Option<&SignedIn>) -> Option<PhoneNumber> {
    let saved = st.store.profile(&who?.user).await.ok()?.care_team_phone?;
    PhoneNumber::parse(&saved).ok()
}

/// How far along a signed-in person is, from their due date.
pub(super) async fn gestation(
    st: &AppState,
    who: Option<&SignedIn>,
) -> Option<easeback_core::pregnancy::Gestation> {
    let due = st.store.profile(&who?.user).await.ok()?.due_date?;
    let today = jiff::tz::Offset::UTC.to_datetime(Timestamp::now()).date();
    easeback_core::pregnancy::Gestation::from_due_date(due, today).ok()
}
