//! Spelled-out numbers joined into one number token: "thirty eight point
//! six", "a hundred and one point two", as voice-to-text writes them.

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::Piece;

// ------------------------------------------------------------ spelled numbers

fn digit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "oh" | "nought" | "o" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        _ => return None,
    })
}

pub(super) fn has_spelled_number(doc: &Doc<'_>) -> bool {
    let digit = |i: usize| {
        digit_word(doc.word(i)).is_some()
            || matches!(doc.tokens.get(i).map(|t| t.kind), Some(TokenKind::Number(v)) if v < 10.0 && v.fract() == 0.0)
    };
    (0..doc.tokens.len()).any(|i| matches!(doc.word(i), "point" | "hundred" | "ciento" | "cien" | "punto" | "coma"))
        // Spanish "39 con 2", "38 y medio": a temperature's tenths
        || (1..doc.tokens.len()).any(|i| {
            (doc.word(i) == "con" || doc.word(i) == "y" && matches!(doc.word(i + 1), "medio" | "media"))
                && matches!(doc.tokens[i - 1].kind, TokenKind::Number(v) if (34.0..43.0).contains(&v))
        })
        || (1..doc.tokens.len()).any(|i| digit(i - 1) && digit(i))
        || (0..doc.tokens.len()).any(|i| {
            (doc.word(i) == "one" || matches!(doc.tokens[i].kind, TokenKind::Number(v) if v == 1.0))
                && matches!(doc.tokens.get(i + 1).map(|t| t.kind), Some(TokenKind::Number(v)) if (10.0..100.0).contains(&v))
        })
        || (1..doc.tokens.len()).any(|i| {
            // ("thirty two"; Spanish "treinta y dos")
            let tens = if doc.word(i - 1) == "y" { i.saturating_sub(2) } else { i - 1 };
            matches!(doc.tokens[tens].kind, TokenKind::Number(v) if v >= 20.0 && v % 10.0 == 0.0 && v < 100.0)
                && (matches!(doc.tokens[i].kind, TokenKind::Number(v) if (1.0..10.0).contains(&v))
                    || digit_word(doc.word(i)).is_some_and(|d| d >= 1.0))
        })
}

fn number(p: &Piece) -> Option<f64> {
    match p.kind {
        TokenKind::Number(v) => Some(v),
        _ => None,
    }
}

/// Replace `list[at..at + n]` by one number token of `value`.
fn merge(list: &mut [Piece], at: usize, n: usize, value: f64) {
    let end = list[at + n - 1].end;
    list[at].kind = TokenKind::Number(value);
    list[at].word = "#".to_string();
    list[at].end = end;
    for p in &mut list[at + 1..at + n] {
        p.word.clear();
    }
}

/// Does a word of `words` stand in the sentence around `i`?
fn in_sentence(list: &[Piece], i: usize, words: &[&str]) -> bool {
    let bounded = |k: &usize| list[*k].kind != TokenKind::SentenceEnd;
    let before = (0..i).rev().take_while(bounded);
    let after = (i..list.len()).take_while(bounded);
    before
        .chain(after)
        .any(|k| words.contains(&list[k].word.as_str()))
}

/// Words that name a blood pressure reading.
const PRESSURE_WORDS: &[&str] = &["bp", "pressure", "reading", "mmhg", "systolic", "diastolic"];

/// Does the sentence around `i` speak of a blood pressure reading ("over"
/// counts: "one forty four over ninety one")?
fn reading_nearby(list: &[Piece], i: usize) -> bool {
    in_sentence(list, i, PRESSURE_WORDS) || in_sentence(list, i, &["over"])
}

/// Words that name a body temperature.
const TEMPERATURE_WORDS: &[&str] = &["temp", "temperature", "fever", "thermometer", "degrees"];

/// The unit after a tens word at `k` ("thirty two", Spanish "treinta y
/// dos"): its value and how many words it takes.
fn unit_after_tens(list: &[Piece], k: usize) -> Option<(f64, usize)> {
    let unit = |p: &Piece| {
        number(p)
            .or_else(|| digit_word(&p.word))
            .filter(|u| (1.0..10.0).contains(u) && u.fract() == 0.0)
    };
    if list.get(k).is_some_and(|p| p.word == "y") {
        // ("cuarenta y uno": "uno" is a number only here, else a word)
        let one = |p: &Piece| matches!(p.word.as_str(), "uno" | "un" | "una").then_some(1.0);
        return list
            .get(k + 1)
            .and_then(|p| unit(p).or_else(|| one(p)))
            .map(|u| (u, 2));
    }
    list.get(k).and_then(unit).map(|u| (u, 1))
}

/// Does the word at `k` start the decimals of `whole`: "point", Spanish
/// "punto" and "coma", and "con" after a temperature's degrees ("treinta y
/// nueve con dos" is 39.2)?
fn decimal_point(list: &[Piece], k: usize, whole: f64) -> bool {
    list.get(k).is_some_and(|p| match p.word.as_str() {
        "point" | "punto" | "coma" => true,
        "con" => (34.0..43.0).contains(&whole),
        _ => false,
    })
}

/// Does "y medio" ("and a half") follow a temperature's degrees at `k`?
fn and_a_half(list: &[Piece], k: usize, whole: f64) -> bool {
    (34.0..43.0).contains(&whole)
        && list.get(k).is_some_and(|p| p.word == "y")
        && list
            .get(k + 1)
            .is_some_and(|p| matches!(p.word.as_str(), "medio" | "media"))
}

/// A single digit, spelled or written ("six", "6").
fn single_digit(p: &Piece) -> Option<f64> {
    digit_word(&p.word).or_else(|| number(p).filter(|d| *d < 10.0 && d.fract() == 0.0))
}

/// Does the sentence around `i` name a blood pressure (not just "over")?
fn pressure_named(list: &[Piece], i: usize) -> bool {
    in_sentence(list, i, PRESSURE_WORDS)
}

pub(super) fn join_spelled_numbers(list: &mut [Piece]) {
    let mut i = 0;
    while i < list.len() {
        // a reading read out digit by digit: "one six two over nine eight"
        // is 162 over 98 (two or three digits, the first not a zero)
        let digits: Vec<f64> = list[i..].iter().map_while(single_digit).take(3).collect();
        // (only where a blood pressure is named, and never before a unit:
        // "every five six minutes" stays a count of minutes)
        let unit_after = list.get(i + digits.len()).is_some_and(|p| {
            matches!(
                p.word.as_str(),
                "minutes"
                    | "minute"
                    | "mins"
                    | "min"
                    | "hours"
                    | "hour"
                    | "times"
                    | "days"
                    | "weeks"
                    | "nights"
                    | "seconds"
                    | "secs"
                    | "degrees"
                    | "wks"
            )
        });
        // ("one oh five" next to "over" is a reading by its shape)
        let by_over = list.get(i + digits.len()).is_some_and(|p| p.word == "over")
            || (i > 0 && list[i - 1].word == "over");
        if digits.len() >= 2
            && digits[0] >= 1.0
            && !unit_after
            && (by_over || pressure_named(list, i))
        {
            let value = digits.iter().fold(0.0, |acc, d| acc * 10.0 + d);
            merge(list, i, digits.len(), value);
            i += digits.len();
            continue;
        }
        // a reading said the way people say it: "one sixty two over one
        // twelve" is 162 over 112, "one forty four" 144
        let is_one = list[i].word == "one" || number(&list[i]) == Some(1.0);
        if is_one
            && let Some(t) = list.get(i + 1).and_then(number)
            && t.fract() == 0.0
            && (10.0..100.0).contains(&t)
            && reading_nearby(list, i)
        {
            let unit = list
                .get(i + 2)
                .and_then(|p| number(p).or_else(|| digit_word(&p.word)))
                .filter(|u| t >= 20.0 && t % 10.0 == 0.0 && (1.0..10.0).contains(u));
            let len = if unit.is_some() { 3 } else { 2 };
            merge(list, i, len, 100.0 + t + unit.unwrap_or(0.0));
            i += len;
            continue;
        }
        // "a hundred and one", "one hundred", "hundred and two"
        let mut value: Option<f64> = None;
        let mut len = 0;
        let w = list[i].word.as_str();
        // a temperature read out digit by digit: "one oh one point two",
        // "three eight point five" (the decimal point makes it one number;
        // without one, "one oh two" where a temperature is named)
        let read_out = digits.len() >= 2
            && digits[0] >= 1.0
            && !unit_after
            && (list
                .get(i + digits.len())
                .is_some_and(|p| p.word == "point")
                || digits.len() == 3
                    && digits[1] == 0.0
                    && in_sentence(list, i, TEMPERATURE_WORDS));
        if read_out {
            value = Some(digits.iter().fold(0.0, |acc, d| acc * 10.0 + d));
            len = digits.len();
        } else if (w == "a" || w == "one") && list.get(i + 1).is_some_and(|p| p.word == "hundred") {
            value = Some(100.0);
            len = 2;
        } else if matches!(w, "hundred" | "ciento" | "cien") {
            value = Some(100.0);
            len = 1;
        } else if let Some(v) = number(&list[i]) {
            let raw_integer = v.fract() == 0.0;
            if raw_integer && (20.0..100.0).contains(&v) && v % 10.0 == 0.0 {
                if let Some((u, n)) = unit_after_tens(list, i + 1) {
                    value = Some(v + u);
                    len = 1 + n;
                } else {
                    value = Some(v);
                    len = 1;
                }
            } else if raw_integer
                && v < 100.0
                && (decimal_point(list, i + 1, v) || and_a_half(list, i + 1, v))
            {
                value = Some(v);
                len = 1;
            }
        }
        let Some(mut v) = value else {
            i += 1;
            continue;
        };
        // "hundred and one", "hundred and twelve", "hundred and thirty two"
        if v == 100.0 && !read_out {
            let k = i + len;
            let and = list
                .get(k)
                .is_some_and(|p| p.word == "and" || p.word == "y");
            let at = if and { k + 1 } else { k };
            if let Some(u) = list
                .get(at)
                .and_then(|p| number(p).or_else(|| digit_word(&p.word)))
                && u.fract() == 0.0
                && (1.0..100.0).contains(&u)
            {
                v += u;
                len = at + 1 - i;
                // a tens word takes its unit: "thirty two", "sesenta y ocho"
                if u >= 20.0
                    && u % 10.0 == 0.0
                    && let Some((unit, n)) = unit_after_tens(list, at + 1)
                {
                    v += unit;
                    len += n;
                }
            }
        }
        // "point six", "point two five", "con dos"
        let mut k = i + len;
        if decimal_point(list, k, v) {
            let mut scale = 0.1;
            let mut frac = 0.0;
            let mut digits = 0;
            while let Some(d) = list.get(k + 1 + digits).and_then(|p| {
                digit_word(&p.word).or_else(|| number(p).filter(|d| *d < 10.0 && d.fract() == 0.0))
            }) {
                frac += d * scale;
                scale /= 10.0;
                digits += 1;
                if digits == 2 {
                    break;
                }
            }
            if digits > 0 {
                v += frac;
                k += 1 + digits;
                len = k - i;
            }
        }
        // Spanish "treinta y ocho y medio": a temperature and a half
        if v.fract() == 0.0 && and_a_half(list, i + len, v) {
            v += 0.5;
            len += 2;
        }
        if len > 1 || list[i].word != "#" {
            merge(list, i, len, v);
        }
        i += len.max(1);
    }
}
