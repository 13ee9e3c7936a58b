//! An entry as a person or a program gave it — words where the entry has
//! types. The JSON API, the web form and the command line's flags each fill
//! an [`EntryDraft`]; [`EntryDraft::parse`] is the one place those words
//! are read and checked, so every surface refuses the same things with the
//! same words.

use super::entry::{Entry, FieldError, Location, Side, Tried, bad, parse_rfc3339};
use crate::Content;
use crate::lang::Said;
use jiff::Timestamp;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryDraft {
    /// RFC 3339 with its offset; `None` means now.
    pub started_at: Option<String>,
    pub duration_minutes: Option<u16>,
    pub locations: Vec<String>,
    /// Empty or `None`: not given.
    pub side: Option<String>,
    /// Pain at its worst, 0–10; required.
    pub intensity: Option<u8>,
    pub pain_after: Option<u8>,
    pub triggers: Vec<String>,
    pub context: String,
    pub tried: Vec<Tried>,
    pub woke_from_sleep: bool,
    pub notes: String,
}

impl EntryDraft {
    /// The checked entry. With no time given it is `now`, at
    /// `offset_minutes` (the person's offset, where the surface knows it).
    pub fn parse(
        self,
        content: &Content,
        now: Timestamp,
        offset_minutes: i16,
    ) -> Result<Entry, FieldError> {
        let (started_at, utc_offset_minutes) = match self.started_at.as_deref() {
            Some(s) => parse_rfc3339(s)?,
            None => (now, offset_minutes),
        };
        let mut locations = Vec::with_capacity(self.locations.len());
        for l in &self.locations {
            locations.push(Location::parse(l).ok_or_else(|| {
                let known: Vec<&str> = Location::ALL.iter().map(|l| l.as_str()).collect();
                bad(
                    "locations",
                    Said::new("error-unknown-place")
                        .with("given", l)
                        .with("known", known.join(", ")),
                )
            })?);
        }
        let side = match self.side.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(
                Side::parse(s)
                    .ok_or_else(|| bad("side", Said::new("error-unknown-side").with("given", s)))?,
            ),
        };
        let intensity = self
            .intensity
            .ok_or_else(|| bad("intensity", Said::new("error-pain-missing")))?;
        let entry = Entry {
            started_at,
            utc_offset_minutes,
            duration_minutes: self.duration_minutes,
            locations,
            side,
            intensity,
            pain_after: self.pain_after,
            triggers: self.triggers,
            context: one_line_ending(&self.context),
            tried: self.tried,
            woke_from_sleep: self.woke_from_sleep,
            notes: one_line_ending(&self.notes),
        };
        entry.validate(content, now)?;
        Ok(entry)
    }
}

/// Text with every line break as `\n` (a browser sends a textarea's as
/// `\r\n`).
fn one_line_ending(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2026-11-20T12:00:00Z".parse().expect("time")
    }

    fn draft() -> EntryDraft {
        EntryDraft {
            intensity: Some(6),
            ..EntryDraft::default()
        }
    }

    #[test]
    fn no_time_is_now_at_the_persons_offset() {
        let e = draft()
            .parse(Content::builtin(), now(), -300)
            .expect("valid");
        assert_eq!((e.started_at, e.utc_offset_minutes), (now(), -300));
    }

    #[test]
    fn a_given_time_keeps_its_own_offset() {
        let e = EntryDraft {
            started_at: Some("2026-11-20T03:10:00+09:00".into()),
            ..draft()
        }
        .parse(Content::builtin(), now(), -300)
        .expect("valid");
        assert_eq!(e.utc_offset_minutes, 540);
    }

    #[test]
    fn each_bad_word_names_its_field() {
        let c = Content::builtin();
        let field = |d: EntryDraft| d.parse(c, now(), 0).map(|_| ()).expect_err("refused").field;
        assert_eq!(
            field(EntryDraft {
                locations: vec!["shoulder".into()],
                ..draft()
            }),
            "locations"
        );
        assert_eq!(
            field(EntryDraft {
                side: Some("up".into()),
                ..draft()
            }),
            "side"
        );
        assert_eq!(field(EntryDraft::default()), "intensity");
        assert_eq!(
            field(EntryDraft {
                intensity: Some(11),
                ..draft()
            }),
            "intensity"
        );
        assert_eq!(
            field(EntryDraft {
                started_at: Some("yesterday".into()),
                ..draft()
            }),
            "started_at"
        );
    }

    #[test]
    fn an_empty_side_is_no_side() {
        let e = EntryDraft {
            side: Some(" ".into()),
            ..draft()
        }
        .parse(Content::builtin(), now(), 0)
        .expect("valid");
        assert_eq!(e.side, None);
    }

    #[test]
    fn notes_keep_their_lines_and_lose_nothing_else() {
        let e = EntryDraft {
            notes: "woke at 3\r\nheat helped\ttwice".into(),
            ..draft()
        }
        .parse(Content::builtin(), now(), 0)
        .expect("valid");
        assert_eq!(e.notes, "woke at 3\nheat helped\ttwice");
        for bad in ["nul\u{0}here", "bell\u{7}", "escape\u{1b}[31m"] {
            let refused = EntryDraft {
                notes: bad.into(),
                ..draft()
            }
            .parse(Content::builtin(), now(), 0)
            .map(|_| ())
            .expect_err("a control character is refused");
            assert_eq!(refused.field, "notes", "{bad:?}");
        }
    }
}
