//! Daily reminders as an iCalendar file (RFC 5545) that calendar apps
//! import: movement breaks every N minutes during the chosen hours, a
//! morning core and glute session, posture checks and sips of water, each
//! with a DISPLAY alarm.

use crate::Content;
use jiff::Timestamp;
use jiff::civil::{Date, Time};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReminderError {
    #[error("the start time must be before the end time")]
    Order,
    #[error("every: give {min} to {max} minutes")]
    Interval { min: u16, max: u16 },
}

impl ReminderError {
    /// The refusal as said in any language.
    pub fn said(&self) -> crate::lang::Said {
        use crate::lang::Said;
        match self {
            ReminderError::Order => Said::new("error-reminder-order"),
            ReminderError::Interval { min, max } => Said::new("error-reminder-every")
                .with("min", min)
                .with("max", max),
        }
    }
}

/// Fold a content line at 75 octets (RFC 5545 §3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if count + n > 75 {
            out.push_str("\r\n ");
            count = 1;
        }
        out.push(c);
        count += n;
    }
    out.push_str("\r\n");
    out
}

fn text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

fn event(
    out: &mut String,
    uid: &str,
    stamp: &str,
    day: Date,
    at: Time,
    summary: &str,
    description: &str,
) {
    let start = day.to_datetime(at).strftime("%Y%m%dT%H%M%S").to_string();
    for line in [
        "BEGIN:VEVENT".to_string(),
        format!("UID:{uid}@easeback.local"),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART:{start}"),
        "DURATION:PT5M".to_string(),
        "RRULE:FREQ=DAILY".to_string(),
        format!("SUMMARY:{}", text(summary)),
        format!("DESCRIPTION:{}", text(description)),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        "TRIGGER:PT0M".to_string(),
        format!("DESCRIPTION:{}", text(summary)),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
    ] {
        out.push_str(&fold(&line));
    }
}

/// Reminders from `from` to `to` each day starting `first_day`, with a
/// movement break every `every_minutes` (within the routine's 30–45).
pub fn reminders(
    content: &Content,
    first_day: Date,
    from: Time,
    to: Time,
    every_minutes: u16,
    now: Timestamp,
) -> Result<String, ReminderError> {
    let bt = &content.routine.break_timer;
    if !(bt.every_minutes_min..=bt.every_minutes_max).contains(&every_minutes) {
        return Err(ReminderError::Interval {
            min: bt.every_minutes_min,
            max: bt.every_minutes_max,
        });
    }
    if from >= to {
        return Err(ReminderError::Order);
    }
    let stamp = jiff::tz::Offset::UTC
        .to_datetime(now)
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Easeback//Reminders//EN",
        "CALSCALE:GREGORIAN",
    ] {
        out.push_str(&fold(l));
    }
    // the calendar's and events' names in the content's language
    let say = |id: &str| crate::lang::Texts::builtin().get(content.lang, id);
    out.push_str(&fold(&format!(
        "X-WR-CALNAME:{}",
        text(&say("ics-calendar"))
    )));
    let section = |id: &str| content.routine.sections.iter().find(|s| s.id == id);
    if let Some(s) = section("core_glutes") {
        event(
            &mut out,
            "core-glutes",
            &stamp,
            first_day,
            from,
            &s.title,
            &s.items.join(" "),
        );
    }
    let step = jiff::SignedDuration::from_mins(i64::from(every_minutes));
    let mut t = from;
    let mut n = 0;
    while let Ok(next) = t.checked_add(step) {
        if next >= to || next <= t {
            break;
        }
        t = next;
        n += 1;
        event(
            &mut out,
            &format!("break-{n}"),
            &stamp,
            first_day,
            t,
            &say("ics-movement-break"),
            &bt.prompt,
        );
        if n % 3 == 0
            && let Some(s) = section("desk_posture")
        {
            event(
                &mut out,
                &format!("posture-{n}"),
                &stamp,
                first_day,
                t,
                &say("ics-posture-check"),
                &s.items.join(" "),
            );
        }
    }
    if let Some(s) = section("hydration_meals") {
        let midday = Time::constant(12, 30, 0, 0);
        let at = if midday > from && midday < to {
            midday
        } else {
            from
        };
        event(
            &mut out,
            "water",
            &stamp,
            first_day,
            at,
            &s.title,
            &s.items.join(" "),
        );
    }
    out.push_str(&fold("END:VCALENDAR"));
    Ok(out)
}
