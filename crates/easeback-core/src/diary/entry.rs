//! A diary entry (one spasm episode) and a day's factors, with validation
//! that names the field at fault. Ids of triggers and actions are checked
//! against the knowledge base.

use crate::Content;
use crate::lang::Said;
use jiff::civil::{Date, DateTime};
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

/// Where the spasm was felt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    LowBack,
    MidBack,
    Buttock,
    BackOfThigh,
}

impl Location {
    pub const ALL: [Location; 4] = [
        Location::LowBack,
        Location::MidBack,
        Location::Buttock,
        Location::BackOfThigh,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Location::LowBack => "low_back",
            Location::MidBack => "mid_back",
            Location::Buttock => "buttock",
            Location::BackOfThigh => "back_of_thigh",
        }
    }

    /// Its words in `lang` (message `location-<id>`).
    pub fn label(self, lang: crate::Lang) -> String {
        crate::lang::Texts::builtin().get(lang, &format!("location-{}", self.as_str()))
    }

    pub fn parse(s: &str) -> Option<Location> {
        let s = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Location::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
    Both,
    Middle,
}

impl Side {
    pub fn parse(s: &str) -> Option<Side> {
        match s.trim().to_ascii_lowercase().as_str() {
            "left" => Some(Side::Left),
            "right" => Some(Side::Right),
            "both" => Some(Side::Both),
            "middle" | "centre" | "center" => Some(Side::Middle),
            _ => None,
        }
    }
}

/// Something tried during an episode, and whether it helped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tried {
    /// An id from first_steps.toml, ladder.toml or exercises.toml.
    pub action: String,
    pub helped: bool,
}

/// One spasm episode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub started_at: Timestamp,
    /// The person's UTC offset when it happened, for local time of day.
    pub utc_offset_minutes: i16,
    pub duration_minutes: Option<u16>,
    pub locations: Vec<Location>,
    pub side: Option<Side>,
    /// Pain at its worst, 0–10.
    pub intensity: u8,
    /// Pain afterwards, 0–10, if noted.
    pub pain_after: Option<u8>,
    /// Trigger ids from triggers.toml.
    pub triggers: Vec<String>,
    /// Trigger or context in the person's words.
    pub context: String,
    pub tried: Vec<Tried>,
    pub woke_from_sleep: bool,
    pub notes: String,
}

/// Simple 0–3 scales, for Bearable-style factor effects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SleepPosition {
    SideWithPillow,
    Side,
    Back,
    Front,
    Mixed,
}

impl SleepPosition {
    pub const ALL: [SleepPosition; 5] = [
        SleepPosition::SideWithPillow,
        SleepPosition::Side,
        SleepPosition::Back,
        SleepPosition::Front,
        SleepPosition::Mixed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SleepPosition::SideWithPillow => "side_with_pillow",
            SleepPosition::Side => "side",
            SleepPosition::Back => "back",
            SleepPosition::Front => "front",
            SleepPosition::Mixed => "mixed",
        }
    }

    /// Its words in `lang` (message `sleep-<id>`).
    pub fn label(self, lang: crate::Lang) -> String {
        crate::lang::Texts::builtin().get(lang, &format!("sleep-{}", self.as_str()))
    }

    pub fn parse(s: &str) -> Option<SleepPosition> {
        SleepPosition::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// The day's measures asked on a scale of four (0–3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Water,
    Activity,
    Stress,
}

impl Level {
    /// The words for each level 0–3 in `lang` (messages `water-0` …):
    /// water hardly any … plenty, activity resting … very active, stress
    /// calm … very stressed.
    pub fn words(self, lang: crate::Lang) -> [String; 4] {
        let kind = match self {
            Level::Water => "water",
            Level::Activity => "activity",
            Level::Stress => "stress",
        };
        std::array::from_fn(|i| crate::lang::Texts::builtin().get(lang, &format!("{kind}-{i}")))
    }
}

/// What a day was like.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DailyFactors {
    pub day: Date,
    /// 0 hardly any, 1 some, 2 enough, 3 plenty.
    pub water: Option<u8>,
    pub sleep_position: Option<SleepPosition>,
    /// 0 resting, 1 light, 2 moderate, 3 very active.
    pub activity: Option<u8>,
    /// 0 calm, 1 a little, 2 stressed, 3 very stressed.
    pub stress: Option<u8>,
}

/// A value that cannot be stored, with the field it belongs to: the
/// message in English, and as said in any language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[error("{field}: {message}")]
pub struct FieldError {
    pub field: String,
    pub message: String,
    #[serde(skip)]
    pub said: Said,
}

pub(crate) fn bad(field: &str, said: Said) -> FieldError {
    FieldError {
        field: field.to_string(),
        message: said.english(),
        said,
    }
}

pub const MAX_NOTES_CHARS: usize = 2000;
pub const MAX_CONTEXT_CHARS: usize = 300;
pub const MAX_LIST: usize = 20;

/// Most minutes a UTC offset may be from UTC (±18 hours, as RFC 3339 and
/// every time zone in use keep to).
pub const MAX_OFFSET_MINUTES: i16 = 18 * 60;

/// An offset as RFC 3339 writes it: "+05:30", "-05:00", "+00:00".
pub fn offset_suffix(minutes: i16) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

/// A clock time as a person's device shows it ("2026-11-20T03:10", what a
/// browser's date-and-time field sends) at their UTC offset, as RFC 3339.
pub fn local_rfc3339(local: &str, offset_minutes: i16) -> String {
    let seconds = if local.len() == "2026-11-20T03:10".len() {
        ":00"
    } else {
        ""
    };
    format!("{local}{seconds}{}", offset_suffix(offset_minutes))
}

/// Is `minutes` an offset a clock can have (within ±18 hours)?
pub fn offset_in_range(minutes: i16) -> bool {
    minutes.unsigned_abs() <= MAX_OFFSET_MINUTES.unsigned_abs()
}

/// The date and time a clock at `offset_minutes` shows at `at` (UTC for an
/// offset no clock has).
pub fn local(at: Timestamp, offset_minutes: i16) -> DateTime {
    jiff::tz::Offset::from_seconds(i32::from(offset_minutes) * 60)
        .unwrap_or(jiff::tz::Offset::UTC)
        .to_datetime(at)
}

/// An instant as the clock at `offset_minutes` shows it, to the minute:
/// "2026-11-20T03:10".
pub fn local_clock(at: Timestamp, offset_minutes: i16) -> String {
    local(at, offset_minutes)
        .strftime("%Y-%m-%dT%H:%M")
        .to_string()
}

/// Parse an RFC 3339 time ("2026-11-20T03:10:00+01:00") into the instant
/// and the offset it was written with.
pub fn parse_rfc3339(s: &str) -> Result<(Timestamp, i16), FieldError> {
    let s = s.trim();
    let ts: Timestamp = s.parse().map_err(|_| {
        bad(
            "started_at",
            Said::new("error-started-at-shape").with("given", s),
        )
    })?;
    let offset = if s.ends_with(['Z', 'z']) {
        0
    } else {
        let tail = s.get(s.len().saturating_sub(6)..).unwrap_or("");
        let sign = match tail.as_bytes().first() {
            Some(b'+') => 1,
            Some(b'-') => -1,
            _ => return Err(bad("started_at", Said::new("error-offset-missing"))),
        };
        let h: i16 = tail.get(1..3).and_then(|x| x.parse().ok()).unwrap_or(0);
        let m: i16 = tail.get(4..6).and_then(|x| x.parse().ok()).unwrap_or(0);
        sign * (h * 60 + m)
    };
    Ok((ts, offset))
}

impl Entry {
    /// Check every field; the first problem is returned with its field name.
    pub fn validate(&self, content: &Content, now: Timestamp) -> Result<(), FieldError> {
        if self.intensity > 10 {
            return Err(bad(
                "intensity",
                Said::new("error-pain-range").with("given", self.intensity),
            ));
        }
        if let Some(p) = self.pain_after.filter(|p| *p > 10) {
            return Err(bad(
                "pain_after",
                Said::new("error-pain-range").with("given", p),
            ));
        }
        if let Some(d) = self.duration_minutes.filter(|d| *d > 24 * 60) {
            return Err(bad(
                "duration_minutes",
                Said::new("error-duration-range").with("given", d),
            ));
        }
        if self.started_at > now + SignedDuration::from_hours(24) {
            return Err(bad("started_at", Said::new("error-day-ahead")));
        }
        if self.started_at < Timestamp::from_second(946_684_800).unwrap_or(Timestamp::UNIX_EPOCH) {
            return Err(bad("started_at", Said::new("error-before-2000")));
        }
        if !offset_in_range(self.utc_offset_minutes) {
            return Err(bad("utc_offset_minutes", Said::new("error-offset-range")));
        }
        if self.locations.len() > MAX_LIST
            || self.triggers.len() > MAX_LIST
            || self.tried.len() > MAX_LIST
        {
            return Err(bad(
                "entry",
                Said::new("error-list-length").with("max", MAX_LIST),
            ));
        }
        for t in &self.triggers {
            if !content.triggers.iter().any(|x| &x.id == t) {
                let valid: Vec<&str> = content.triggers.iter().map(|x| x.id.as_str()).collect();
                return Err(bad(
                    "triggers",
                    Said::new("error-unknown-trigger")
                        .with("given", t)
                        .with("valid", valid.join(", ")),
                ));
            }
        }
        for t in &self.tried {
            if !is_action(content, &t.action) {
                return Err(bad(
                    "tried",
                    Said::new("error-unknown-action").with("given", &t.action),
                ));
            }
        }
        // line breaks and tabs are writing (a carriage return too, in
        // entries saved before line breaks were made one); other control
        // characters (NUL, escapes) are not, and break exports and terminals
        let stray = |s: &str| {
            s.chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        };
        for (field, text) in [("notes", &self.notes), ("context", &self.context)] {
            if stray(text) {
                return Err(bad(field, Said::new("error-control-characters")));
            }
        }
        if self.notes.chars().count() > MAX_NOTES_CHARS {
            return Err(bad(
                "notes",
                Said::new("error-too-many-characters").with("max", MAX_NOTES_CHARS),
            ));
        }
        if self.context.chars().count() > MAX_CONTEXT_CHARS {
            return Err(bad(
                "context",
                Said::new("error-too-many-characters").with("max", MAX_CONTEXT_CHARS),
            ));
        }
        Ok(())
    }
}

/// An id of a first step, a ladder step or an exercise.
pub fn is_action(content: &Content, id: &str) -> bool {
    content.first_steps.iter().any(|x| x.id == id)
        || content.ladder.steps.iter().any(|x| x.id == id)
        || content.exercises.iter().any(|x| x.id == id)
}

impl DailyFactors {
    pub fn validate(&self, today: Date) -> Result<(), FieldError> {
        for (field, v) in [
            ("water", self.water),
            ("activity", self.activity),
            ("stress", self.stress),
        ] {
            if let Some(v) = v.filter(|v| *v > 3) {
                return Err(bad(field, Said::new("error-level-range").with("given", v)));
            }
        }
        if self.day > today.tomorrow().unwrap_or(today) {
            return Err(bad("day", Said::new("error-day-future")));
        }
        Ok(())
    }
}
