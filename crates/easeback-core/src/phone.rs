//! A phone number a person saves for their own maternity unit or care team:
//! checked once when it is saved, kept as they wrote it for reading, and as
//! the digits a `tel:` link dials. We check only the shape (digits and the
//! usual separators, a sensible length); whether a number is the right one
//! is the person's to know, so no national numbering plan is bundled.

use std::fmt;

/// A saved phone number: as written, and as dialled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    written: String,
    dial: String,
}

/// Why a number was refused, in words for the person typing it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("the number is empty")]
    Empty,
    #[error(
        "'{0}' cannot be in a phone number: use digits, spaces, dashes, brackets and a leading +"
    )]
    Character(char),
    #[error("a + can only come first, as in +44 20 7946 0000")]
    PlusInside,
    #[error("a phone number has 3 to 15 digits; this one has {0}")]
    Length(usize),
}

impl PhoneError {
    /// The refusal as said in any language.
    pub fn said(&self) -> crate::lang::Said {
        use crate::lang::Said;
        match self {
            PhoneError::Empty => Said::new("error-phone-empty"),
            PhoneError::Character(c) => Said::new("error-phone-character").with("given", c),
            PhoneError::PlusInside => Said::new("error-phone-plus"),
            PhoneError::Length(n) => Said::new("error-phone-length").with("count", n),
        }
    }
}

/// Longest number kept as written (an E.164 number has at most 15 digits;
/// the rest is room for separators).
const MAX_WRITTEN: usize = 32;

impl PhoneNumber {
    /// Check a number as a person typed it ("0161 555 0100", "+1 (555)
    /// 010-0199"). Spaces around it are trimmed.
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let written = input.trim();
        if written.is_empty() {
            return Err(PhoneError::Empty);
        }
        let mut dial = String::with_capacity(16);
        for (i, c) in written.chars().enumerate() {
            match c {
                '0'..='9' => dial.push(c),
                '+' if i == 0 => dial.push(c),
                '+' => return Err(PhoneError::PlusInside),
                ' ' | '-' | '(' | ')' | '.' | '/' => {}
                other => return Err(PhoneError::Character(other)),
            }
        }
        let digits = dial.trim_start_matches('+').len();
        if !(3..=15).contains(&digits) || written.len() > MAX_WRITTEN {
            return Err(PhoneError::Length(digits));
        }
        Ok(Self {
            written: written.to_string(),
            dial,
        })
    }

    /// As the person wrote it.
    pub fn written(&self) -> &str {
        &self.written
    }

    /// The digits (and a leading +) for a `tel:` link.
    pub fn dial(&self) -> &str {
        &self.dial
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.written)
    }
}

/// The digits (and a leading +) of a number from content ("116 123").
pub fn dial_digits(number: &str) -> String {
    number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    #[rstest]
    #[case::uk_landline("0161 555 0100", "01615550100")]
    #[case::international("+44 20 7946 0000", "+442079460000")]
    #[case::us_style("(555) 010-0199", "5550100199")]
    #[case::short_code("111", "111")]
    fn numbers_as_people_write_them_are_kept_and_dialled(#[case] input: &str, #[case] dial: &str) {
        let n = PhoneNumber::parse(input).expect("a valid number");
        assert_eq!(n.dial(), dial);
        assert_eq!(n.written(), input);
    }

    #[rstest]
    #[case::empty("  ", PhoneError::Empty)]
    #[case::letters("call the ward", PhoneError::Character('c'))]
    #[case::plus_inside("44+20", PhoneError::PlusInside)]
    #[case::too_short("12", PhoneError::Length(2))]
    #[case::too_long("1234567890123456", PhoneError::Length(16))]
    fn anything_else_is_refused_with_the_reason(#[case] input: &str, #[case] error: PhoneError) {
        assert_eq!(PhoneNumber::parse(input), Err(error));
    }

    proptest! {
        /// Whatever is typed, a number either is refused or dials only
        /// digits with at most a leading +: never an empty or odd `tel:`.
        #[test]
        fn an_accepted_number_always_dials_digits(input in ".{0,40}") {
            if let Ok(n) = PhoneNumber::parse(&input) {
                let digits = n.dial().trim_start_matches('+');
                prop_assert!((3..=15).contains(&digits.len()));
                prop_assert!(digits.chars().all(|c| c.is_ascii_digit()));
            }
        }
    }
}
