//! Pregnancy context: gestational age from a due date or the first day of
//! the last period (280 days between them), the trimester, and the
//! tightening timer's pattern rule: several tightenings at short, steady
//! intervals mean possible labour (`rhythmic_tightening`, same day), with
//! extra urgency before 37 weeks. Pure: `today` / `now` come in.

use crate::FindingId;
use crate::content::Messages;
use jiff::civil::Date;
use jiff::{SignedDuration, Span, Timestamp};
use serde::Serialize;

/// Days from the first day of the last period to the due date.
pub const TERM_DAYS: i64 = 280;
/// After this many days past the due date we no longer count weeks.
pub const POSTPARTUM_AFTER_DAYS: i64 = 14;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Gestation {
    /// `weeks`+`days` of pregnancy.
    Pregnant {
        weeks: u8,
        days: u8,
        trimester: u8,
        days_to_due: i64,
    },
    /// More than two weeks past the due date: we assume the baby has arrived.
    Postpartum { days_since_due: i64 },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GestationError {
    #[error("the due date is more than 40 weeks away; check the date")]
    TooFarAhead,
}

/// Why a due date cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DueDateError {
    #[error("That due date is more than 40 weeks away; please check it.")]
    TooFarAhead,
    #[error(
        "That due date was more than two weeks ago. If your baby is born, the due date is no \
         longer needed; otherwise please check it."
    )]
    LongPast,
}

impl DueDateError {
    /// The refusal as said in any language.
    pub fn said(&self) -> crate::lang::Said {
        crate::lang::Said::new(match self {
            DueDateError::TooFarAhead => "error-due-far-ahead",
            DueDateError::LongPast => "error-due-long-past",
        })
    }
}

/// Whether a due date can be saved on `today`: no more than 40 weeks ahead
/// and no more than two weeks past (beyond that the pregnancy has ended, and
/// a typo is likelier than a 43-week pregnancy). A date a few days past is
/// an overdue pregnancy and is kept.
pub fn check_due_date(due: Date, today: Date) -> Result<(), DueDateError> {
    match Gestation::from_due_date(due, today) {
        Ok(Gestation::Pregnant { .. }) => Ok(()),
        Ok(Gestation::Postpartum { .. }) => Err(DueDateError::LongPast),
        Err(GestationError::TooFarAhead) => Err(DueDateError::TooFarAhead),
    }
}

impl Gestation {
    /// From the due date (estimated date of delivery).
    pub fn from_due_date(due: Date, today: Date) -> Result<Gestation, GestationError> {
        let days_to_due = days_between(today, due).ok_or(GestationError::TooFarAhead)?;
        let ga_days = TERM_DAYS - days_to_due;
        if ga_days < 0 {
            return Err(GestationError::TooFarAhead);
        }
        if -days_to_due > POSTPARTUM_AFTER_DAYS {
            return Ok(Gestation::Postpartum {
                days_since_due: -days_to_due,
            });
        }
        let weeks = (ga_days / 7) as u8;
        let trimester = match weeks {
            0..=13 => 1,
            14..=27 => 2,
            _ => 3,
        };
        Ok(Gestation::Pregnant {
            weeks,
            days: (ga_days % 7) as u8,
            trimester,
            days_to_due,
        })
    }

    /// From the first day of the last menstrual period.
    pub fn from_last_period(lmp: Date, today: Date) -> Result<Gestation, GestationError> {
        let due = lmp
            .checked_add(Span::new().days(TERM_DAYS))
            .map_err(|_| GestationError::TooFarAhead)?;
        Gestation::from_due_date(due, today)
    }

    pub fn weeks(&self) -> Option<u8> {
        match self {
            Gestation::Pregnant { weeks, .. } => Some(*weeks),
            Gestation::Postpartum { .. } => None,
        }
    }

    /// A short line for the home page.
    pub fn describe(&self, lang: crate::Lang) -> String {
        let texts = crate::lang::Texts::builtin();
        match self {
            Gestation::Pregnant {
                weeks,
                days,
                trimester,
                days_to_due,
            } => {
                let mut args = crate::lang::FluentArgs::new();
                args.set("weeks", i64::from(*weeks));
                args.set("days", i64::from(*days));
                args.set("trimester", i64::from(*trimester));
                args.set("due", days_to_due.abs());
                let due = match days_to_due {
                    d if *d > 0 => "gestation-due-ahead",
                    0 => "gestation-due-today",
                    _ => "gestation-due-past",
                };
                args.set("due_text", texts.with_args(lang, due, &args));
                texts.with_args(lang, "gestation-pregnant", &args)
            }
            Gestation::Postpartum { .. } => texts.get(lang, "gestation-postpartum"),
        }
    }
}

/// Whole days from `a` to `b`.
fn days_between(a: Date, b: Date) -> Option<i64> {
    let span = a.until((jiff::Unit::Day, b)).ok()?;
    Some(i64::from(span.get_days()))
}

/// The content tip for this stage of pregnancy.
pub fn stage_tip<'c>(content: &'c crate::Content, g: &Gestation) -> &'c str {
    let m = &content.messages;
    match g {
        Gestation::Pregnant { trimester: 1, .. } => &m.tip_trimester_1,
        Gestation::Pregnant { trimester: 2, .. } => &m.tip_trimester_2,
        Gestation::Pregnant { .. } => &m.tip_trimester_3,
        Gestation::Postpartum { .. } => &m.tip_postpartum,
    }
}

/// One tightening, from start to end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Tightening {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// The pattern rule's thresholds.
pub const PATTERN_COUNT: usize = 4;
/// Longest start-to-start interval that counts as "short".
pub const PATTERN_MAX_INTERVAL_MIN: i64 = 10;
/// Largest spread between the shortest and longest interval that is "steady".
pub const PATTERN_MAX_SPREAD_MIN: i64 = 5;
/// The longest one tightening may last (a timed one to be kept, a told
/// one to be read): a longer one is a timer left running, not a tightening.
pub const LONGEST_TIGHTENING_SECONDS: u16 = 600;

/// Tightenings older than this are not part of the current pattern.
pub const PATTERN_WINDOW_MIN: i64 = 60;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pattern {
    /// Tightenings in the window.
    pub count: usize,
    pub mean_interval_minutes: Option<f64>,
    pub mean_duration_seconds: Option<f64>,
    /// The rule is met: possible labour.
    pub regular: bool,
    /// `rhythmic_tightening` when regular.
    pub finding: Option<FindingId>,
}

/// Tightenings as a person tells them without timing each one ("5, about 6
/// minutes apart, each about 45 seconds"): that many, evenly spaced, the
/// last one ending now, for [`pattern`] to judge like timed ones. `None`
/// when a number is missing or out of reason (0, or more than a day's worth),
/// so the form asks again rather than reassuring.
pub fn told(
    count: u16,
    every_minutes: u16,
    lasting_seconds: u16,
    now: Timestamp,
) -> Option<Vec<Tightening>> {
    if count == 0
        || count > 200
        || every_minutes == 0
        || every_minutes > 24 * 60
        || lasting_seconds == 0
        || lasting_seconds > LONGEST_TIGHTENING_SECONDS
    {
        return None;
    }
    let every = SignedDuration::from_mins(i64::from(every_minutes));
    let lasting = SignedDuration::from_secs(i64::from(lasting_seconds));
    let last_start = now.checked_sub(lasting).ok()?;
    (0..i64::from(count))
        .rev()
        .map(|back| {
            let start = last_start
                .checked_sub(every * i32::try_from(back).ok()?)
                .ok()?;
            Some(Tightening {
                start,
                end: start.checked_add(lasting).ok()?,
            })
        })
        .collect()
}

/// The tightening timer's rule: at least [`PATTERN_COUNT`] tightenings in
/// the last [`PATTERN_WINDOW_MIN`] minutes, every interval at most
/// [`PATTERN_MAX_INTERVAL_MIN`] minutes, and the intervals within
/// [`PATTERN_MAX_SPREAD_MIN`] minutes of each other.
pub fn pattern(tightenings: &[Tightening], now: Timestamp) -> Pattern {
    let window = SignedDuration::from_mins(PATTERN_WINDOW_MIN);
    let mut recent: Vec<&Tightening> = tightenings
        .iter()
        .filter(|t| t.start <= now && now.duration_since(t.start) <= window)
        .collect();
    recent.sort_by_key(|t| t.start);
    let intervals: Vec<f64> = recent
        .windows(2)
        .map(|w| w[1].start.duration_since(w[0].start).as_secs_f64() / 60.0)
        .collect();
    let durations: Vec<f64> = recent
        .iter()
        .map(|t| t.end.duration_since(t.start).as_secs_f64().max(0.0))
        .collect();
    let mean = |v: &[f64]| (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64);
    let max_i = intervals.iter().copied().fold(f64::MIN, f64::max);
    let min_i = intervals.iter().copied().fold(f64::MAX, f64::min);
    let regular = recent.len() >= PATTERN_COUNT
        && !intervals.is_empty()
        && max_i <= PATTERN_MAX_INTERVAL_MIN as f64 + 1e-9
        && max_i - min_i <= PATTERN_MAX_SPREAD_MIN as f64 + 1e-9;
    Pattern {
        count: recent.len(),
        mean_interval_minutes: mean(&intervals),
        mean_duration_seconds: mean(&durations),
        regular,
        finding: regular.then_some(FindingId::RhythmicTightening),
    }
}

/// Extra wording for a pattern of tightenings at this stage of pregnancy.
pub fn tightening_advice<'a>(messages: &'a Messages, g: Option<&Gestation>) -> &'a str {
    match g.and_then(Gestation::weeks) {
        Some(w) if w < 37 => &messages.tightening_preterm,
        Some(_) => &messages.tightening_term,
        None => &messages.tightening_unknown,
    }
}

#[cfg(test)]
mod tests;
