//! What every surface reads about a person's diary, gathered in one place:
//! the overview (API, insights page, command line) and the clinician report
//! (web page, PDF, command line), each with the person's saved region and
//! due date.

use crate::{Result, Store, UserId};
use easeback_core::diary::{Overview, Window};
use easeback_core::report::Report;
use easeback_core::{Content, Region};
use jiff::Timestamp;

/// The diary overview for `window`. The region is the one given (a command
/// line flag) or else the saved one.
pub async fn overview<'c>(
    store: &impl Store,
    content: &'c Content,
    user: &UserId,
    window: Window,
    now: Timestamp,
    region: Option<&'c Region>,
) -> Result<Overview> {
    let diary = store.diary(user, window, now).await?;
    let region = match region {
        Some(r) => Some(r),
        None => store.profile(user).await?.region_in(content),
    };
    Ok(Overview::build(content, &diary, window, now, region))
}

/// The clinician report for `window` (see `easeback_core::report::window`).
pub async fn report(
    store: &impl Store,
    content: &Content,
    user: &UserId,
    window: Window,
    now: Timestamp,
) -> Result<Report> {
    let diary = store.diary(user, window, now).await?;
    let profile = store.profile(user).await?;
    Ok(Report::build(
        content,
        &diary,
        window,
        now,
        profile.region_in(content),
        profile.due_date,
    ))
}
