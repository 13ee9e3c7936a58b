//! The clinician report as data and words, with no layout: the last N weeks
//! of the diary — episodes per week, the pain trend, triggers, what helped,
//! the diary check and what Easeback advised, relief sessions and the
//! person's notes — as styled lines. The web page and the PDF (the
//! `easeback-pdf` crate) both lay out these lines.

use crate::Region;
use crate::content::Content;
use crate::diary::{Diary, Overview, WeeksOutOfRange, Window};
use crate::pregnancy::Gestation;
use jiff::Timestamp;
use jiff::civil::Date;

/// At most this many weeks: the report fits on two A4 pages.
pub const MAX_WEEKS: u16 = 52;
/// What a report covers when nobody asked for a length.
pub const DEFAULT_WEEKS: u16 = 6;
/// The newest notes shown, and how many characters of each.
const NOTES_SHOWN: usize = 8;
const NOTE_CHARS: usize = 220;

/// The report's window: 1 to [`MAX_WEEKS`] weeks.
pub fn window(weeks: u16, offset_minutes: i16) -> Result<Window, WeeksOutOfRange> {
    Window::up_to(MAX_WEEKS, weeks, offset_minutes)
}

/// A note the person wrote on an entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub date: Date,
    pub pain: u8,
    pub text: String,
}

/// Everything the report shows.
#[derive(Debug, Clone)]
pub struct Report {
    pub from: Date,
    pub to: Date,
    /// "28 weeks pregnant", from the saved due date.
    pub pregnancy: Option<String>,
    pub overview: Overview,
    /// Newest first.
    pub notes: Vec<Note>,
}

/// How a line is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    Heading,
    Body,
    Small,
    /// The episodes-per-week chart goes here (the line has no text).
    Chart,
}

impl Style {
    pub fn as_str(self) -> &'static str {
        match self {
            Style::Title => "title",
            Style::Heading => "heading",
            Style::Body => "body",
            Style::Small => "small",
            Style::Chart => "chart",
        }
    }
}

impl Report {
    pub fn build(
        content: &Content,
        diary: &Diary,
        window: Window,
        now: Timestamp,
        region: Option<&Region>,
        due_date: Option<Date>,
    ) -> Report {
        let overview = Overview::build(content, diary, window, now, region);
        let today = window.local_date(now);
        let shown_from = window.shown_from(now);
        let mut notes: Vec<Note> = diary
            .entries
            .iter()
            .filter(|e| e.started_at >= shown_from && !e.notes.trim().is_empty())
            .map(|e| Note {
                date: window.local_date(e.started_at),
                pain: e.intensity,
                text: e.notes.chars().take(NOTE_CHARS).collect(),
            })
            .collect();
        notes.reverse();
        notes.truncate(NOTES_SHOWN);
        Report {
            from: window.local_date(shown_from),
            to: today,
            pregnancy: due_date
                .and_then(|d| Gestation::from_due_date(d, today).ok())
                .map(|g| g.describe()),
            overview,
            notes,
        }
    }

    pub fn weeks(&self) -> u16 {
        self.overview.window.weeks()
    }

    /// The report as styled lines, in reading order.
    pub fn lines(&self) -> Vec<(Style, String)> {
        let i = &self.overview.insights;
        let a = &self.overview.assessment;
        let s = &self.overview.sessions;
        let mut out = vec![
            (Style::Title, "Easeback diary report".to_string()),
            (
                Style::Small,
                format!(
                    "Back spasms in pregnancy, {} to {} ({} weeks). Not a diagnosis.",
                    self.from,
                    self.to,
                    self.weeks()
                ),
            ),
        ];
        if let Some(p) = &self.pregnancy {
            out.push((Style::Body, p.clone()));
        }
        out.push((Style::Heading, "Summary".into()));
        out.push((
            Style::Body,
            format!(
                "Episodes: {} in {} weeks; {} in the last 7 days.",
                i.entries,
                self.weeks(),
                i.episodes_last_7_days
            ),
        ));
        out.push((
            Style::Body,
            format!(
                "Nights woken by pain in the last 7: {}.",
                i.nights_woken_last_7
            ),
        ));
        out.push(match &i.trend {
            Some(t) => (
                Style::Body,
                format!(
                    "Pain trend: {:+.2} points per week over {} weeks (Theil–Sen).",
                    t.slope_per_week, t.weeks
                ),
            ),
            None => (
                Style::Body,
                "Pain trend: not enough weeks with entries.".into(),
            ),
        });
        out.push((Style::Chart, String::new()));
        out.push((Style::Heading, "Per week".into()));
        for w in &i.weekly {
            out.push((
                Style::Small,
                format!(
                    "Week from {}: {} episodes, mean pain {}",
                    w.from,
                    w.episodes,
                    w.mean_pain.map_or("–".into(), |m| format!("{m:.1}"))
                ),
            ));
        }
        out.push((Style::Heading, "Diary check and advice given".into()));
        if a.findings.is_empty() {
            out.push((
                Style::Body,
                "No diary pattern that calls for a review.".into(),
            ));
        }
        for reason in self.overview.reasons() {
            out.push((Style::Body, format!("• {reason}")));
        }
        out.push((
            Style::Body,
            format!("Advised: {} — {}", a.title, a.headline),
        ));
        out.push((Style::Heading, "Triggers".into()));
        if i.by_trigger.is_empty() {
            out.push((Style::Body, "None recorded.".into()));
        }
        for c in &i.by_trigger {
            out.push((Style::Body, format!("{}: {}", c.label, c.count)));
        }
        out.push((Style::Heading, "What helped (3 or more uses)".into()));
        if i.what_helped.is_empty() {
            out.push((Style::Body, "Not enough uses recorded yet.".into()));
        }
        for line in self.overview.helped_lines() {
            out.push((Style::Body, line));
        }
        out.push((Style::Heading, "Relief sessions".into()));
        out.push((
            Style::Body,
            format!(
                "{} sessions; {} stopped for advice.",
                s.sessions, s.escalated
            ),
        ));
        for h in &s.helped {
            out.push((
                Style::Body,
                format!("{} helped in {} session(s)", h.label, h.count),
            ));
        }
        if !self.notes.is_empty() {
            out.push((Style::Heading, "Notes".into()));
            for n in &self.notes {
                out.push((
                    Style::Small,
                    format!("{} (pain {}/10): {}", n.date, n.pain, n.text),
                ));
            }
        }
        out
    }
}
