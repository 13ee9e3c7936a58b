//! A message to be said in the reader's language: the Fluent id of one of
//! `locales/*/errors.ftl` (or another file) and its variables. Errors carry
//! one, so that each surface says them in its reader's language while their
//! `Display` stays the English one (logs, the API's default).

use super::{Lang, Texts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    id: &'static str,
    args: Vec<(&'static str, String)>,
}

impl Said {
    pub fn new(id: &'static str) -> Said {
        Said {
            id,
            args: Vec::new(),
        }
    }

    /// The message with variable `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: impl std::fmt::Display) -> Said {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        Texts::builtin().with(lang, self.id, &args)
    }

    /// The message in English.
    pub fn english(&self) -> String {
        self.in_lang(Lang::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::UnknownRegion;
    use crate::diary::{WeeksOutOfRange, parse_rfc3339};
    use crate::intake::IntakeError;
    use crate::lang::UnknownLang;
    use crate::phone::PhoneError;
    use crate::pregnancy::DueDateError;
    use crate::triage::UnknownFinding;

    /// Each refusal as its English `Display` and as said.
    fn refusals() -> Vec<(String, Said)> {
        let field = parse_rfc3339("next tuesday").expect_err("not a time");
        let mut out = vec![(field.message.clone(), field.said)];
        for e in [DueDateError::TooFarAhead, DueDateError::LongPast] {
            out.push((e.to_string(), e.said()));
        }
        for e in [
            PhoneError::Empty,
            PhoneError::Character('x'),
            PhoneError::PlusInside,
            PhoneError::Length(2),
        ] {
            out.push((e.to_string(), e.said()));
        }
        let region = UnknownRegion {
            given: "zz".into(),
            known: "uk, us".into(),
        };
        let finding = UnknownFinding {
            given: "gout".into(),
        };
        let weeks = WeeksOutOfRange { max: 104 };
        let long = IntakeError::TooLong { len: 300_000 };
        let lang = UnknownLang("fr".into());
        out.push((region.to_string(), region.said()));
        out.push((finding.to_string(), finding.said()));
        out.push((weeks.to_string(), weeks.said()));
        out.push((long.to_string(), long.said()));
        out.push((lang.to_string(), lang.said()));
        for e in [
            crate::export::ics::ReminderError::Order,
            crate::export::ics::ReminderError::Interval { min: 20, max: 120 },
        ] {
            out.push((e.to_string(), e.said()));
        }
        out
    }

    #[test]
    fn a_refusal_says_in_english_what_it_always_said_and_has_its_own_spanish() {
        for (english, said) in refusals() {
            assert_eq!(said.english(), english, "{}", said.id());
            let spanish = said.in_lang(Lang::Es);
            assert_ne!(spanish, english, "{} is not translated", said.id());
            assert!(!spanish.contains('{'), "{spanish}");
        }
    }
}
