//! The command line's own words ("Logged …", "Step 2 of 8") in the
//! person's language, from `locales/*/cli.ftl`, and the core's refusals
//! (an unknown region, a bad phone number) put into those words: the core
//! writes its errors in English for logs and the JSON API, so the command
//! line words them again from their fields.

use easeback_core::Lang;
use easeback_core::content::UnknownRegion;
use easeback_core::diary::WeeksOutOfRange;
use easeback_core::export::ics::ReminderError;
use easeback_core::intake::IntakeError;
use easeback_core::phone::PhoneError;
use easeback_core::pregnancy::DueDateError;
use easeback_core::triage::UnknownFinding;

/// Message `id` in `lang`: `say!(lang, "term-id")`, or with variables
/// `say!(lang, "term-id", name = value, …)`; a number value (not a string)
/// chooses the plural form.
macro_rules! say {
    ($lang:expr, $id:expr) => {
        easeback_core::lang::Texts::builtin().get($lang, $id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = easeback_core::lang::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        easeback_core::lang::Texts::builtin().with_args($lang, $id, &args)
    }};
}
pub(crate) use say;

/// A user error (exit 2) with words already in the person's language.
pub(crate) fn usage(message: impl Into<String>) -> anyhow::Error {
    crate::UsageError(message.into()).into()
}

/// A yes typed at a prompt, in English or Spanish (y, yes, s, si, sí).
pub(crate) fn is_yes(answer: &str) -> bool {
    matches!(
        answer.trim().to_lowercase().as_str(),
        "y" | "yes" | "s" | "si" | "sí"
    )
}

/// A no typed at a prompt (n and no in both languages).
pub(crate) fn is_no(answer: &str) -> bool {
    matches!(answer.trim().to_lowercase().as_str(), "n" | "no")
}

/// A core refusal in the person's words. The English messages repeat the
/// core's own (`Display`), which a test below keeps equal.
pub(crate) trait Worded {
    fn worded(&self, lang: Lang) -> String;
}

impl Worded for UnknownRegion {
    fn worded(&self, lang: Lang) -> String {
        say!(
            lang,
            "term-unknown-region",
            given = self.given.as_str(),
            known = self.known.as_str()
        )
    }
}

impl Worded for UnknownFinding {
    fn worded(&self, lang: Lang) -> String {
        let valid: Vec<&str> = easeback_core::FindingId::ALL
            .iter()
            .map(|f| f.as_str())
            .collect();
        say!(
            lang,
            "term-unknown-finding",
            given = self.given.as_str(),
            valid = valid.join(", ")
        )
    }
}

impl Worded for WeeksOutOfRange {
    fn worded(&self, lang: Lang) -> String {
        say!(lang, "term-weeks-range", max = self.max)
    }
}

impl Worded for PhoneError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            PhoneError::Empty => say!(lang, "term-phone-empty"),
            PhoneError::Character(c) => say!(lang, "term-phone-character", char = c.to_string()),
            PhoneError::PlusInside => say!(lang, "term-phone-plus-inside"),
            PhoneError::Length(n) => say!(lang, "term-phone-length", digits = *n),
        }
    }
}

impl Worded for DueDateError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            DueDateError::TooFarAhead => say!(lang, "term-due-too-far"),
            DueDateError::LongPast => say!(lang, "term-due-long-past"),
        }
    }
}

impl Worded for ReminderError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            ReminderError::Order => say!(lang, "term-reminders-order"),
            ReminderError::Interval { min, max } => {
                say!(lang, "term-reminders-every", min = *min, max = *max)
            }
        }
    }
}

impl Worded for IntakeError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            IntakeError::TooLong { len } => say!(
                lang,
                "term-too-long",
                len = *len,
                limit = easeback_core::intake::MAX_INPUT_BYTES
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English words of each refusal are the core's own, so English
    /// output does not change with the command line's translation.
    #[test]
    fn english_refusals_are_the_cores_words() {
        let same = |e: &dyn Worded, display: String| {
            assert_eq!(e.worded(Lang::En), display);
            assert_ne!(e.worded(Lang::Es), display, "{display}");
        };
        let region = UnknownRegion {
            given: "zz".into(),
            known: "us, uk".into(),
        };
        same(&region, region.to_string());
        let finding = "nope"
            .parse::<easeback_core::FindingId>()
            .expect_err("not a finding");
        same(&finding, finding.to_string());
        let weeks = easeback_core::diary::Window::new(0, 0).expect_err("no weeks");
        same(&weeks, weeks.to_string());
        for e in [
            PhoneError::Empty,
            PhoneError::Character('x'),
            PhoneError::PlusInside,
            PhoneError::Length(2),
        ] {
            same(&e, e.to_string());
        }
        for e in [DueDateError::TooFarAhead, DueDateError::LongPast] {
            same(&e, e.to_string());
        }
        for e in [
            ReminderError::Order,
            ReminderError::Interval { min: 30, max: 45 },
        ] {
            same(&e, e.to_string());
        }
        let long = IntakeError::TooLong { len: 300_000 };
        same(&long, long.to_string());
    }

    #[test]
    fn yes_and_no_are_read_in_both_languages() {
        for yes in ["y", "Yes", "s", "sí", "SÍ", "si"] {
            assert!(is_yes(yes), "{yes}");
        }
        for no in ["n", "No"] {
            assert!(is_no(no) && !is_yes(no), "{no}");
        }
    }
}
