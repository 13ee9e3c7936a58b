//! The spasm diary: the list, the entry form, editing and deleting.

use super::*;
use easeback_core::lang::Said;

#[derive(Default)]
pub(super) struct EntryForm {
    started_at: String,
    /// The UTC offset `started_at` is told in: an edited entry keeps its
    /// own; empty for a new one (the device's is used).
    offset: String,
    intensity: String,
    locations: Vec<(String, String, bool)>,
    triggers: Vec<(String, String, bool)>,
    helped: Vec<(String, String, bool)>,
    woke: bool,
    notes: String,
}

pub(super) struct EntryRow {
    id: String,
    when: String,
    pain: u8,
    places: String,
    woke: bool,
    notes: String,
}

/// A tightening timed on the person's device, as the diary lists it.
pub(super) struct TighteningRow {
    /// The clock time it started, where it was timed.
    when: String,
    /// "0:45"
    lasted: String,
    /// Start to start from the one before ("since the last"), "–" for the first.
    since_last: String,
}

fn tightening_rows(list: &[core_diary::TimedTightening]) -> Vec<TighteningRow> {
    let mut rows: Vec<TighteningRow> = list
        .iter()
        .enumerate()
        .map(|(i, t)| TighteningRow {
            when: core_diary::entry::local_clock(t.start, t.utc_offset_minutes).replace('T', " "),
            lasted: minutes_seconds(t.seconds()),
            since_last: i.checked_sub(1).and_then(|p| list.get(p)).map_or_else(
                || "–".into(),
                |p| minutes_seconds(t.start.duration_since(p.start).as_secs()),
            ),
        })
        .collect();
    // newest first, as the entries are
    rows.reverse();
    rows
}

#[derive(Template)]
#[template(path = "diary.html")]
pub(super) struct DiaryPage {
    l: Layout,
    /// "Saved." after an entry was saved.
    saved: bool,
    /// After a delete: the token that undoes it.
    undo: Option<String>,
    editing: bool,
    action: String,
    error: Option<String>,
    form: EntryForm,
    entries: Vec<EntryRow>,
    tightenings: Vec<TighteningRow>,
}

pub(super) fn entry_form(st: &AppState, e: Option<&core_diary::Entry>) -> EntryForm {
    let has_loc = |l: Location| e.is_some_and(|e| e.locations.contains(&l));
    let has_trigger = |id: &str| e.is_some_and(|e| e.triggers.iter().any(|t| t == id));
    let has_helped =
        |id: &str| e.is_some_and(|e| e.tried.iter().any(|t| t.action == id && t.helped));
    EntryForm {
        started_at: e
            .map(|e| core_diary::entry::local_clock(e.started_at, e.utc_offset_minutes))
            .unwrap_or_default(),
        offset: e
            .map(|e| e.utc_offset_minutes.to_string())
            .unwrap_or_default(),
        intensity: e.map(|e| e.intensity.to_string()).unwrap_or_default(),
        locations: Location::ALL
            .iter()
            .map(|l| (l.as_str().into(), l.label(lang()), has_loc(*l)))
            .collect(),
        triggers: words::content(st)
            .triggers
            .iter()
            .map(|t| (t.id.clone(), t.name.clone(), has_trigger(&t.id)))
            .collect(),
        helped: words::content(st)
            .first_steps
            .iter()
            .map(|f| (f.id.clone(), f.name.clone(), has_helped(&f.id)))
            .collect(),
        woke: e.is_some_and(|e| e.woke_from_sleep),
        notes: e.map(|e| e.notes.clone()).unwrap_or_default(),
    }
}

/// The entry form as the person filled it in, for showing it again.
pub(super) fn form_echo(st: &AppState, form: &Pairs) -> EntryForm {
    let chosen = |key: &str, id: &str| fields(form, key).any(|v| v == id);
    let mut echo = entry_form(st, None);
    echo.started_at = field(form, "started_at").to_string();
    echo.offset = field(form, "utc_offset").to_string();
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
pub(super) fn form_again(
    st: &AppState,
    w: &SignedIn,
    action: &str,
    editing: bool,
    e: &ApiError,
    form: &Pairs,
) -> Response {
    let page = DiaryPage {
        l: layout(
            st,
            if editing { "Edit entry" } else { "Diary" },
            Some(w),
            None,
        ),
        saved: false,
        undo: None,
        editing,
        action: action.to_string(),
        error: Some(e.message()),
        form: form_echo(st, form),
        entries: vec![],
        tightenings: vec![],
    };
    (e.status, Page(page)).into_response()
}

/// What the diary page says at its top, from its address.
#[derive(Deserialize, Default)]
pub(super) struct DiaryNotice {
    saved: Option<u8>,
    undo: Option<String>,
}

pub(super) async fn diary_page(
    st: &AppState,
    w: &SignedIn,
    notice: DiaryNotice,
) -> PageResult<Page<DiaryPage>> {
    let entries = st.store.recent_entries(&w.user, 50).await?;
    let rows = entries
        .iter()
        .map(|s| EntryRow {
            id: s.id.clone(),
            // the clock time where it happened, as it was logged
            when: core_diary::entry::local_clock(s.entry.started_at, s.entry.utc_offset_minutes)
                .replace('T', " "),
            pain: s.entry.intensity,
            places: s
                .entry
                .locations
                .iter()
                .map(|l| l.label(lang()))
                .collect::<Vec<_>>()
                .join(", "),
            woke: s.entry.woke_from_sleep,
            notes: s.entry.notes.clone(),
        })
        .collect();
    // an undo offered only while the deleted entry is still kept
    let undo = match notice.undo {
        Some(t) if kept_deleted(st, &t, &w.user).await?.is_some() => Some(t),
        _ => None,
    };
    let timed = st
        .store
        .tightening_history(&w.user, Timestamp::now())
        .await?;
    let page = DiaryPage {
        l: layout(st, "Diary", Some(w), None),
        saved: notice.saved == Some(1),
        undo,
        editing: false,
        action: "/diary".into(),
        error: None,
        form: entry_form(st, None),
        entries: rows,
        tightenings: tightening_rows(&timed),
    };
    Ok(Page(page))
}

pub(super) async fn diary_get(
    State(st): State<AppState>,
    Member(w): Member,
    Query(notice): Query<DiaryNotice>,
) -> PageResult<Page<DiaryPage>> {
    diary_page(&st, &w, notice).await
}

/// The entry a form describes. Its clock time is read at the entry's own
/// offset when editing, else at the device's (`device_offset`).
pub(super) fn form_entry(
    st: &AppState,
    form: &Pairs,
    device_offset: i16,
) -> Result<core_diary::Entry, ApiError> {
    let offset = field(form, "utc_offset")
        .parse::<i16>()
        .ok()
        .filter(|m| core_diary::entry::offset_in_range(*m))
        .unwrap_or(device_offset);
    let now = Timestamp::now();
    let started_at = Some(match field(form, "started_at") {
        "" => {
            core_diary::entry::local_rfc3339(&core_diary::entry::local_clock(now, offset), offset)
        }
        clock => core_diary::entry::local_rfc3339(clock, offset),
    });
    let intensity = field(form, "intensity").parse::<u8>().map_err(|_| {
        ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "intensity",
            Said::new("error-pain-number"),
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
    .into_entry(st, now)
}

pub(super) async fn diary_post(
    State(st): State<AppState>,
    headers: HeaderMap,
    MemberForm { who: w, form }: MemberForm,
) -> Response {
    let saved = match form_entry(&st, &form, utc_offset(&headers)) {
        Ok(entry) => st
            .store
            .add_entry(&w.user, &entry, Timestamp::now())
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match saved {
        Ok(_) => Redirect::to("/diary?saved=1").into_response(),
        Err(e) => form_again(&st, &w, "/diary", false, &e, &form),
    }
}

pub(super) async fn entry_edit_get(
    State(st): State<AppState>,
    Member(w): Member,
    Path(id): Path<String>,
) -> PageResult<Page<DiaryPage>> {
    let s = st.store.entry(&w.user, &id).await?;
    Ok(Page(DiaryPage {
        l: layout(&st, "Edit entry", Some(&w), None),
        saved: false,
        undo: None,
        editing: true,
        action: format!("/diary/{id}/edit"),
        error: None,
        form: entry_form(&st, Some(&s.entry)),
        entries: vec![],
        tightenings: vec![],
    }))
}

pub(super) async fn entry_edit_post(
    State(st): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    MemberForm { who: w, form }: MemberForm,
) -> PageResult {
    let saved = match form_entry(&st, &form, utc_offset(&headers)) {
        Ok(e) => st
            .store
            .update_entry(&w.user, &id, &e, Timestamp::now())
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match saved {
        Ok(()) => Ok(Redirect::to("/diary?saved=1").into_response()),
        Err(e) if e.status == StatusCode::NOT_FOUND => Err(e.into()),
        Err(e) => Ok(form_again(
            &st,
            &w,
            &format!("/diary/{id}/edit"),
            true,
            &e,
            &form,
        )),
    }
}

/// An entry deleted a moment ago, kept so the deletion can be undone.
#[derive(Clone, Debug, serde::Serialize, Deserialize)]
pub(crate) struct Deleted {
    owner: easeback_store::UserId,
    entry: core_diary::Entry,
}

/// The entry deleted under `token`, if still kept and `user`'s.
async fn kept_deleted(
    st: &AppState,
    token: &str,
    user: &easeback_store::UserId,
) -> PageResult<Option<core_diary::Entry>> {
    let kept = st.deleted.get(&st.store, token, Timestamp::now()).await?;
    Ok(kept.filter(|d| &d.owner == user).map(|d| d.entry))
}

#[derive(Template)]
#[template(path = "delete_entry.html")]
pub(super) struct DeleteEntryPage {
    l: Layout,
    id: String,
    when: String,
    pain: u8,
}

/// "Delete this entry?": the deletion asks first.
pub(super) async fn entry_delete_ask(
    State(st): State<AppState>,
    Member(w): Member,
    Path(id): Path<String>,
) -> PageResult<Page<DeleteEntryPage>> {
    let s = st.store.entry(&w.user, &id).await?;
    Ok(Page(DeleteEntryPage {
        l: layout(&st, "Delete entry", Some(&w), None),
        when: core_diary::entry::local_clock(s.entry.started_at, s.entry.utc_offset_minutes)
            .replace('T', " "),
        pain: s.entry.intensity,
        id,
    }))
}

/// Delete, keeping the entry a few minutes so "Undo" can bring it back.
pub(super) async fn entry_delete(
    State(st): State<AppState>,
    Path(id): Path<String>,
    MemberForm { who: w, .. }: MemberForm,
) -> PageResult<Redirect> {
    let s = st.store.entry(&w.user, &id).await?;
    st.store.delete_entry(&w.user, &id).await?;
    let deleted = Deleted {
        owner: w.user.clone(),
        entry: s.entry,
    };
    let token = st
        .deleted
        .keep(&st.store, &deleted, Timestamp::now())
        .await?;
    Ok(Redirect::to(&format!("/diary?undo={token}")))
}

/// Bring back an entry deleted a moment ago (as a new entry with the same
/// contents).
pub(super) async fn entry_undo(
    State(st): State<AppState>,
    MemberForm { who: w, form }: MemberForm,
) -> PageResult<Redirect> {
    let token = field(&form, "undo");
    let Some(entry) = kept_deleted(&st, token, &w.user).await? else {
        return Err(PageError::Say {
            status: StatusCode::GONE,
            heading: t("undo-too-late-heading"),
            text: t("undo-too-late-text"),
            back: Some(("/diary", t("link-back-to-diary"))),
        });
    };
    st.store
        .add_entry(&w.user, &entry, Timestamp::now())
        .await?;
    st.deleted.forget(&st.store, token).await?;
    Ok(Redirect::to("/diary?saved=1"))
}
