//! One overview of a person's diary, the same on every surface (JSON API,
//! insights page, clinician report, command line, FHIR export): the window
//! it covers, the insights, the diary check and the relief sessions, and
//! the words shown beside a diary finding or a helpful action.
//!
//! Before this lived here, five copies gathered the diary with different
//! windows and session counts; the copies disagreed.

use super::insights::ActionStat;
use super::{DailyFactors, Entry, Insights, SessionSummary, insights, session_summary};
use crate::lang::{FluentArgs, Texts};
use crate::session::Outcome;
use crate::triage::{ReportedFinding, assess};
use crate::{Assessment, Content, FindingId, Region};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

/// A person's diary as read for one window: entries (oldest first), daily
/// factors and relief-session outcomes.
#[derive(Debug, Clone, Default)]
pub struct Diary {
    pub entries: Vec<Entry>,
    pub factors: Vec<DailyFactors>,
    pub outcomes: Vec<Outcome>,
}

/// How many weeks an overview shows and the person's UTC offset, which
/// decides where a week's first day falls. (Each entry's own offset decides
/// its night and time of day.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    weeks: u16,
    offset_minutes: i16,
}

/// A number of weeks outside what an overview can show.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("weeks: give 1 to {max}")]
pub struct WeeksOutOfRange {
    pub max: u16,
}

impl WeeksOutOfRange {
    /// The refusal as said in any language.
    pub fn said(&self) -> crate::lang::Said {
        crate::lang::Said::new("error-weeks-range").with("max", self.max)
    }
}

impl Window {
    /// Two years: longer than any pregnancy.
    pub const MAX_WEEKS: u16 = 104;
    /// What an overview shows when nobody asked for a length.
    pub const DEFAULT_WEEKS: u16 = 8;
    /// The recurrence and trend checks need this much diary, however few
    /// weeks are shown.
    const LOOK_BACK_WEEKS: u16 = 3;

    pub fn new(weeks: u16, offset_minutes: i16) -> Result<Window, WeeksOutOfRange> {
        Window::up_to(Window::MAX_WEEKS, weeks, offset_minutes)
    }

    /// A window for a surface that shows fewer weeks (the report's pages).
    pub fn up_to(max: u16, weeks: u16, offset_minutes: i16) -> Result<Window, WeeksOutOfRange> {
        if (1..=max.min(Window::MAX_WEEKS)).contains(&weeks) {
            Ok(Window {
                weeks,
                offset_minutes,
            })
        } else {
            Err(WeeksOutOfRange { max })
        }
    }

    pub fn weeks(&self) -> u16 {
        self.weeks
    }

    pub fn offset_minutes(&self) -> i16 {
        self.offset_minutes
    }

    /// The earliest moment read.
    pub fn since(&self, now: Timestamp) -> Timestamp {
        let weeks = self.weeks.max(Window::LOOK_BACK_WEEKS);
        now - SignedDuration::from_hours(24 * 7 * i64::from(weeks))
    }

    /// The start of the weeks shown (without the look-back).
    pub fn shown_from(&self, now: Timestamp) -> Timestamp {
        now - SignedDuration::from_hours(24 * 7 * i64::from(self.weeks))
    }

    /// The person's local date at `at`.
    pub fn local_date(&self, at: Timestamp) -> Date {
        super::entry::local(at, self.offset_minutes).date()
    }

    /// The first day whose daily factors are read: the person's local date
    /// at [`Window::since`].
    pub fn first_day(&self, now: Timestamp) -> Date {
        self.local_date(self.since(now))
    }
}

/// The default weeks, in UTC.
impl Default for Window {
    fn default() -> Window {
        Window {
            weeks: Window::DEFAULT_WEEKS,
            offset_minutes: 0,
        }
    }
}

/// What every surface shows about a diary. Serialises as the insights with
/// `assessment` and `sessions` beside them.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    #[serde(flatten)]
    pub insights: Insights,
    /// The diary check: what the diary-derived findings call for.
    pub assessment: Assessment,
    /// Relief sessions started in the weeks shown.
    pub sessions: SessionSummary,
    #[serde(skip)]
    pub window: Window,
    /// The language of its lines (the content's).
    #[serde(skip)]
    pub lang: crate::Lang,
}

impl Overview {
    pub fn build(
        content: &Content,
        diary: &Diary,
        window: Window,
        now: Timestamp,
        region: Option<&Region>,
    ) -> Overview {
        let insights = insights(
            content,
            &diary.entries,
            &diary.factors,
            now,
            window.offset_minutes,
            window.weeks,
        );
        let since = window.shown_from(now);
        let recent: Vec<Outcome> = diary
            .outcomes
            .iter()
            .filter(|o| o.started_at >= since && o.started_at <= now)
            .cloned()
            .collect();
        let assessment = assess(content, &insights.findings, region);
        Overview {
            sessions: session_summary(content, &recent),
            insights,
            assessment,
            window,
            lang: content.lang,
        }
    }

    /// A diary finding as shown, with the count behind it where there is
    /// one: "… (woken on 3 of the last 7 nights)".
    pub fn reason(&self, finding: &ReportedFinding) -> String {
        let (id, count) = match finding.id {
            FindingId::NightWaking => ("overview-nights-woken", self.insights.nights_woken_last_7),
            FindingId::FrequentRecurrence => (
                "overview-episodes-7-days",
                self.insights.episodes_last_7_days,
            ),
            _ => return finding.label.clone(),
        };
        let mut args = FluentArgs::new();
        args.set("label", finding.label.as_str());
        args.set("count", count as i64);
        Texts::builtin().with_args(self.lang, id, &args)
    }

    /// Every diary finding as shown by [`Overview::reason`].
    pub fn reasons(&self) -> Vec<String> {
        self.assessment
            .findings
            .iter()
            .map(|f| self.reason(f))
            .collect()
    }

    /// The pain trend in words: "Pain trend: +0.25 points per week over 5
    /// weeks (Theil–Sen)", or that there are not enough weeks yet.
    pub fn trend_line(&self) -> String {
        let texts = Texts::builtin();
        match &self.insights.trend {
            Some(t) => {
                let mut args = FluentArgs::new();
                args.set("slope", format!("{:+.2}", t.slope_per_week));
                args.set("weeks", t.weeks as i64);
                texts.with_args(self.lang, "overview-trend", &args)
            }
            None => texts.get(self.lang, "overview-trend-none"),
        }
    }

    /// What helped, one line each: "Gentle heat: helped 3 of 4 times, pain
    /// down 2.0 on average".
    pub fn helped_lines(&self) -> Vec<String> {
        self.insights
            .what_helped
            .iter()
            .map(|h| helped_line(h, self.lang))
            .collect()
    }
}

fn helped_line(h: &ActionStat, lang: crate::Lang) -> String {
    let mut args = FluentArgs::new();
    args.set("label", h.label.as_str());
    args.set("helped", i64::from(h.helped));
    args.set("tried", i64::from(h.tried));
    let id = match h.mean_pain_drop {
        Some(d) => {
            args.set("drop", format!("{d:.1}"));
            "overview-helped-drop"
        }
        None => "overview-helped",
    };
    Texts::builtin().with_args(lang, id, &args)
}
