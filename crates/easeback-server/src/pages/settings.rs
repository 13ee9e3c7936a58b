//! Settings: region, gestation, care-team number and preferences.

use super::*;

#[derive(Template)]
#[template(path = "settings.html")]
pub(super) struct SettingsPage {
    l: Layout,
    saved: bool,
    error: Option<String>,
    regions: Vec<(String, String, bool)>,
    due_date: String,
    care_team: String,
}

/// The settings form: from the saved profile, or — after a refused save —
/// from what was typed, so nothing typed is lost.
pub(super) async fn settings_page(
    st: &AppState,
    w: &SignedIn,
    saved: bool,
    error: Option<String>,
    typed: Option<&Pairs>,
) -> PageResult<Page<SettingsPage>> {
    let (region, due_date, care_team) = match typed {
        Some(form) => (
            words::content(st).region(field(form, "region")),
            field(form, "due_date").to_string(),
            field(form, "care_team").to_string(),
        ),
        // an empty form would look like nothing was saved and, sent back,
        // would save over what was: a failed read shows the error instead
        None => match st.store.profile(&w.user).await {
            Ok(p) => (
                p.region_in(words::content(st)),
                p.due_date.map(|d| d.to_string()).unwrap_or_default(),
                p.care_team_phone.unwrap_or_default(),
            ),
            Err(e) => return Err(e.into()),
        },
    };
    Ok(Page(SettingsPage {
        l: layout(st, "Settings", Some(w), region),
        saved,
        error,
        regions: region_options(st, region),
        due_date,
        care_team,
    }))
}

pub(super) async fn settings_get(
    State(st): State<AppState>,
    Member(w): Member,
) -> PageResult<Page<SettingsPage>> {
    settings_page(&st, &w, false, None, None).await
}

pub(super) async fn settings_post(
    State(st): State<AppState>,
    MemberForm { who: w, form }: MemberForm,
) -> PageResult<Page<SettingsPage>> {
    let region = match field(&form, "region") {
        "" => None,
        r => match words::content(&st).region(r) {
            Some(r) => Some(r.id.clone()),
            None => {
                return settings_page(
                    &st,
                    &w,
                    false,
                    Some(t("settings-unknown-region")),
                    Some(&form),
                )
                .await;
            }
        },
    };
    let due_date = match field(&form, "due_date") {
        "" => None,
        d => {
            let today = jiff::tz::Offset::UTC.to_datetime(Timestamp::now()).date();
            let checked = d
                .parse::<jiff::civil::Date>()
                .map_err(|_| t("settings-due-date-shape"))
                .and_then(|d| {
                    easeback_core::pregnancy::check_due_date(d, today)
                        .map(|()| d)
                        .map_err(|e| e.said().in_lang(lang()))
                });
            match checked {
                Ok(d) => Some(d),
                Err(msg) => return settings_page(&st, &w, false, Some(msg), Some(&form)).await,
            }
        }
    };
    let care_team_phone = match field(&form, "care_team").trim() {
        "" => None,
        n => match PhoneNumber::parse(n) {
            Ok(n) => Some(n.written().to_string()),
            Err(e) => {
                let why = e.said().in_lang(lang());
                let msg = t_with("settings-phone-not-saved", &[("why", &why)]);
                return settings_page(&st, &w, false, Some(msg), Some(&form)).await;
            }
        },
    };
    // the preferences are not on this form: keep the saved ones, and save
    // nothing if they cannot be read
    let saved = st.store.profile(&w.user).await?;
    let p = Profile {
        region,
        due_date,
        care_team_phone,
        preferences: saved.preferences,
    };
    st.store.set_profile(&w.user, &p, Timestamp::now()).await?;
    settings_page(&st, &w, true, None, None).await
}
