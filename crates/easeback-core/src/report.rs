//! The clinician report as data and words, with no layout: the last N weeks
//! of the diary — episodes per week, the pain trend, triggers, what helped,
//! the diary check and what Easeback advised, relief sessions and the
//! person's notes — as styled lines. The web page and the PDF (the
//! `easeback-pdf` crate) both lay out these lines.

use crate::Region;
use crate::content::Content;
use crate::diary::{Diary, Overview, WeeksOutOfRange, Window};
use crate::lang::{FluentArgs, Texts};
use crate::pregnancy::Gestation;
use fluent_bundle::FluentValue;
use jiff::Timestamp;
use jiff::civil::Date;

/// At most this many weeks: the summary still fits on the first A4 page.
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

/// The parts of a report a person can leave out (different clinicians want
/// different parts); the title, the dates and the summary are always there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Weekly,
    Advice,
    Triggers,
    Helped,
    Sessions,
    Episodes,
    Notes,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Weekly,
        Section::Advice,
        Section::Triggers,
        Section::Helped,
        Section::Sessions,
        Section::Episodes,
        Section::Notes,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Section::Weekly => "weekly",
            Section::Advice => "advice",
            Section::Triggers => "triggers",
            Section::Helped => "helped",
            Section::Sessions => "sessions",
            Section::Episodes => "episodes",
            Section::Notes => "notes",
        }
    }

    /// Its name in `lang` (message `report-section-<id>`).
    pub fn label(self, lang: crate::Lang) -> String {
        Texts::builtin().get(lang, &format!("report-section-{}", self.id()))
    }
}

/// Longest name or identifier printed on a report.
pub const MAX_NAME: usize = 80;

/// What the person chose to put on the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// A name or an identifier (a hospital number) for the top; may be empty.
    pub name: String,
    pub sections: Vec<Section>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            name: String::new(),
            sections: Section::ALL.to_vec(),
        }
    }
}

impl Options {
    /// From a form: the name as typed (control characters dropped, cut at
    /// [`MAX_NAME`]) and the section ids ticked; unknown ids are ignored.
    pub fn chosen<'a>(name: &str, sections: impl IntoIterator<Item = &'a str>) -> Options {
        let ticked: Vec<&str> = sections.into_iter().collect();
        Options {
            name: name
                .chars()
                .filter(|c| !c.is_control())
                .take(MAX_NAME)
                .collect::<String>()
                .trim()
                .to_string(),
            sections: Section::ALL
                .into_iter()
                .filter(|s| ticked.contains(&s.id()))
                .collect(),
        }
    }

    pub fn has(&self, s: Section) -> bool {
        self.sections.contains(&s)
    }
}

/// One diary entry as the episode list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Episode {
    /// The clock time where it happened ("2026-11-20 03:10").
    pub when: String,
    pub pain: u8,
    pub places: String,
    pub triggers: String,
    pub woke: bool,
}

/// The most episodes listed (newest first); the rest are counted.
const EPISODES_SHOWN: usize = 60;

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
    /// Every entry in the window, newest first (at most [`EPISODES_SHOWN`]).
    pub episodes: Vec<Episode>,
    /// Entries in the window beyond those listed.
    pub episodes_not_listed: usize,
    pub options: Options,
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
        let trigger_name = |id: &str| {
            content
                .triggers
                .iter()
                .find(|t| t.id == id)
                .map_or(id.to_string(), |t| t.name.clone())
        };
        let mut episodes: Vec<Episode> = diary
            .entries
            .iter()
            .filter(|e| e.started_at >= shown_from)
            .map(|e| Episode {
                when: crate::diary::entry::local_clock(e.started_at, e.utc_offset_minutes)
                    .replace('T', " "),
                pain: e.intensity,
                places: e
                    .locations
                    .iter()
                    .map(|l| l.label(content.lang))
                    .collect::<Vec<_>>()
                    .join(", "),
                triggers: e
                    .triggers
                    .iter()
                    .map(|t| trigger_name(t))
                    .collect::<Vec<_>>()
                    .join(", "),
                woke: e.woke_from_sleep,
            })
            .collect();
        episodes.reverse();
        let episodes_not_listed = episodes.len().saturating_sub(EPISODES_SHOWN);
        episodes.truncate(EPISODES_SHOWN);
        Report {
            from: window.local_date(shown_from),
            to: today,
            pregnancy: due_date
                .and_then(|d| Gestation::from_due_date(d, today).ok())
                .map(|g| g.describe(content.lang)),
            overview,
            notes,
            episodes,
            episodes_not_listed,
            options: Options::default(),
        }
    }

    /// The same report with what the person chose to put on it.
    pub fn with_options(mut self, options: Options) -> Report {
        self.options = options;
        self
    }

    pub fn weeks(&self) -> u16 {
        self.overview.window.weeks()
    }

    /// The report as styled lines, in reading order, in the content's
    /// language (`report-…` messages of `locales/`).
    pub fn lines(&self) -> Vec<(Style, String)> {
        let i = &self.overview.insights;
        let a = &self.overview.assessment;
        let s = &self.overview.sessions;
        let (texts, lang) = (Texts::builtin(), self.overview.lang);
        let say = |id: &str| texts.get(lang, id);
        let say_with = |id: &str, values: &[(&str, FluentValue<'_>)]| {
            let mut args = FluentArgs::new();
            for (name, value) in values {
                args.set(*name, value.clone());
            }
            texts.with_args(lang, id, &args)
        };
        let n = |x: usize| FluentValue::from(x as i64);
        let text = |x: &str| FluentValue::from(x.to_string());
        let mut out = vec![
            (Style::Title, say("report-title")),
            (
                Style::Small,
                say_with(
                    "report-subtitle",
                    &[
                        ("from", text(&self.from.to_string())),
                        ("to", text(&self.to.to_string())),
                        ("weeks", n(self.weeks() as usize)),
                    ],
                ),
            ),
        ];
        if !self.options.name.is_empty() {
            out.push((
                Style::Body,
                say_with("report-for", &[("name", text(&self.options.name))]),
            ));
        }
        if let Some(p) = &self.pregnancy {
            out.push((Style::Body, p.clone()));
        }
        out.push((Style::Heading, say("report-summary")));
        out.push((
            Style::Body,
            say_with(
                "report-episodes",
                &[
                    ("count", n(i.entries)),
                    ("weeks", n(self.weeks() as usize)),
                    ("last7", n(i.episodes_last_7_days)),
                ],
            ),
        ));
        out.push((
            Style::Body,
            say_with("report-nights", &[("count", n(i.nights_woken_last_7))]),
        ));
        out.push((Style::Body, self.overview.trend_line()));
        let has = |sec: Section| self.options.has(sec);
        if has(Section::Weekly) {
            out.push((Style::Chart, String::new()));
            out.push((Style::Heading, say("report-per-week")));
        }
        for w in i.weekly.iter().filter(|_| has(Section::Weekly)) {
            out.push((
                Style::Small,
                say_with(
                    "report-week-line",
                    &[
                        ("from", text(&w.from.to_string())),
                        ("count", n(w.episodes as usize)),
                        (
                            "pain",
                            text(&w.mean_pain.map_or("–".into(), |m| format!("{m:.1}"))),
                        ),
                    ],
                ),
            ));
        }
        if has(Section::Advice) {
            out.push((Style::Heading, Section::Advice.label(lang)));
            if a.findings.is_empty() {
                out.push((Style::Body, say("report-no-pattern")));
            }
            for reason in self.overview.reasons() {
                out.push((Style::Body, format!("• {reason}")));
            }
            out.push((
                Style::Body,
                say_with(
                    "report-advised",
                    &[("title", text(&a.title)), ("headline", text(&a.headline))],
                ),
            ));
        }
        if has(Section::Triggers) {
            out.push((Style::Heading, Section::Triggers.label(lang)));
            if i.by_trigger.is_empty() {
                out.push((Style::Body, say("report-none-recorded")));
            }
            for c in &i.by_trigger {
                out.push((Style::Body, format!("{}: {}", c.label, c.count)));
            }
        }
        if has(Section::Helped) {
            out.push((Style::Heading, say("report-helped-heading")));
            if i.what_helped.is_empty() {
                out.push((Style::Body, say("report-helped-none")));
            }
            for line in self.overview.helped_lines() {
                out.push((Style::Body, line));
            }
        }
        if has(Section::Sessions) {
            out.push((Style::Heading, Section::Sessions.label(lang)));
            out.push((
                Style::Body,
                say_with(
                    "report-sessions",
                    &[("count", n(s.sessions)), ("stopped", n(s.escalated))],
                ),
            ));
            for h in &s.helped {
                out.push((
                    Style::Body,
                    say_with(
                        "report-session-helped",
                        &[("label", text(&h.label)), ("count", n(h.count as usize))],
                    ),
                ));
            }
        }
        if has(Section::Episodes) {
            out.push((Style::Heading, Section::Episodes.label(lang)));
            if self.episodes.is_empty() {
                out.push((Style::Body, say("report-no-entries")));
            }
            for e in &self.episodes {
                let mut line = say_with(
                    "report-episode",
                    &[("when", text(&e.when)), ("pain", n(usize::from(e.pain)))],
                );
                for part in [&e.places, &e.triggers] {
                    if !part.is_empty() {
                        line.push_str("; ");
                        line.push_str(part);
                    }
                }
                if e.woke {
                    line.push_str("; ");
                    line.push_str(&say("report-woke"));
                }
                out.push((Style::Small, line));
            }
            if self.episodes_not_listed > 0 {
                out.push((
                    Style::Small,
                    say_with("report-earlier", &[("count", n(self.episodes_not_listed))]),
                ));
            }
        }
        if has(Section::Notes) && !self.notes.is_empty() {
            out.push((Style::Heading, Section::Notes.label(lang)));
            for note in &self.notes {
                out.push((
                    Style::Small,
                    say_with(
                        "report-note",
                        &[
                            ("date", text(&note.date.to_string())),
                            ("pain", n(usize::from(note.pain))),
                            ("text", text(&note.text)),
                        ],
                    ),
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::{Entry, Location, Side};
    use jiff::SignedDuration;

    fn now() -> Timestamp {
        "2026-11-25T20:00:00Z".parse().expect("fixed time")
    }

    fn diary(n: i64) -> Diary {
        diary_every(n, 20)
    }

    fn diary_every(n: i64, hours: i64) -> Diary {
        let entries = (0..n)
            .map(|i| Entry {
                started_at: now() - SignedDuration::from_hours(5 + i * hours),
                utc_offset_minutes: 60,
                duration_minutes: Some(10),
                locations: vec![Location::LowBack],
                side: Some(Side::Both),
                intensity: 6,
                pain_after: None,
                triggers: vec!["long_sitting".into()],
                context: String::new(),
                tried: vec![],
                woke_from_sleep: i == 0,
                notes: String::new(),
            })
            .rev()
            .collect();
        Diary {
            entries,
            factors: vec![],
            outcomes: vec![],
        }
    }

    fn report(d: &Diary) -> Report {
        let w = window(6, 60).expect("weeks");
        Report::build(Content::builtin(), d, w, now(), None, None)
    }

    fn text(r: &Report) -> String {
        r.lines()
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn every_episode_is_listed_at_its_own_clock_time_even_without_notes() {
        let r = report(&diary(3));
        let t = text(&r);
        assert!(t.contains("Every episode"), "{t}");
        // the newest: 5 hours before 20:00 UTC, at +01:00
        assert!(
            t.contains(
                "2026-11-25 16:00: pain 6/10; low back; Sitting for a long time; woke from sleep"
            ),
            "{t}"
        );
        assert_eq!(r.episodes.len(), 3);
    }

    #[test]
    fn a_long_diary_lists_the_newest_and_counts_the_rest() {
        // three a day for six weeks and more: 60 listed, the rest counted
        let d = diary_every(200, 8);
        let r = report(&d);
        let shown_from = window(6, 60).expect("weeks").shown_from(now());
        let in_window = d
            .entries
            .iter()
            .filter(|e| e.started_at >= shown_from)
            .count();
        assert!(in_window > EPISODES_SHOWN, "{in_window}");
        assert_eq!(r.episodes.len(), EPISODES_SHOWN);
        assert_eq!(r.episodes.len() + r.episodes_not_listed, in_window);
        assert!(r.episodes[0].when > r.episodes[1].when, "newest first");
        let t = text(&r);
        assert!(
            t.contains(&format!(
                "…and {} earlier episodes.",
                in_window - EPISODES_SHOWN
            )),
            "{t}"
        );
        assert_eq!(report(&diary(3)).episodes_not_listed, 0);
    }

    #[test]
    fn the_person_chooses_the_parts_and_the_name_on_it() {
        let d = diary(3);
        let chosen = Options::chosen(
            "  Jo Bloggs\u{7} — NHS 485 777 3456  ",
            ["episodes", "nonsense"],
        );
        assert_eq!(chosen.name, "Jo Bloggs — NHS 485 777 3456");
        assert_eq!(chosen.sections, vec![Section::Episodes]);
        let t = text(&report(&d).with_options(chosen));
        assert!(t.contains("For: Jo Bloggs — NHS 485 777 3456"), "{t}");
        assert!(t.contains("Every episode") && t.contains("Summary"), "{t}");
        for left_out in ["Triggers", "Relief sessions", "Per week", "Diary check"] {
            assert!(!t.contains(left_out), "{left_out}: {t}");
        }
        let long = Options::chosen(&"x".repeat(500), Section::ALL.map(Section::id));
        assert_eq!(long.name.chars().count(), MAX_NAME);
        assert_eq!(
            long,
            Options {
                name: long.name.clone(),
                ..Options::default()
            }
        );
    }
}
