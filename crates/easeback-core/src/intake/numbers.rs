//! Numbers that are findings: a stated temperature of 38.0 °C / 100.4 °F or
//! more is `fever` (below it, not a fever), and a pain score of 8/10 or more
//! is `severe_pain`. Temperatures are recognised by a unit, a degree sign, a
//! nearby word like "temp" or "thermometer", or a decimal in the range a
//! thermometer shows ("39.1").

use super::Doc;
use super::candidate::{Candidate, Spans};
use super::normalize::TokenKind;
use super::scores::{
    climbing_scores, later_score_in_a_series, pain_score_end, rising_pain_scores, weekly_average,
};
use crate::FindingId;

/// 38.0 °C and its Fahrenheit twin, as triage-rules.md states them.
pub const FEVER_C: f64 = 38.0;
pub const FEVER_F: f64 = 100.4;
pub(super) const EPS: f64 = 1e-9;

#[derive(Debug, Default)]
pub struct Readings {
    pub findings: Vec<Candidate>,
    /// Token ranges of temperatures read as below the fever threshold.
    pub normal_temperatures: Vec<(usize, usize)>,
}

const STRONG_CONTEXT: &[&str] = &["temperature", "fever", "feverish", "thermometer", "febrile"];
const NOT_TEMPERATURE: &[&str] = &[
    "weeks", "week", "wks", "wk", "kg", "kgs", "kilos", "lbs", "lb", "pounds", "stone", "years",
    "yrs", "year", "minutes", "mins", "min", "minute", "hours", "hrs", "hour", "days", "day",
    "percent", "pm", "am", "cm", "mm", "ml", "times", "nights", "episodes", "yo", "weeker", "plus",
    "bpm", "beats", "breaths", "mg", "seconds", "secs",
];

/// Words that make a temperature the surroundings', not the body's.
const NOT_BODY: &[&str] = &[
    "bath",
    "bathwater",
    "water",
    "outside",
    "garden",
    "weather",
    "room",
    "flat",
    "house",
    "office",
    "oven",
    "sun",
    "sunny",
    "car",
    "heatwave",
    "shower",
    "heating",
    "thermostat",
    "forecast",
    "boiling",
    "scorching",
    "beach",
    "pool",
    "out",
    "shade",
    "kettle",
    "fridge",
    "hit",
];

enum Unit {
    C,
    F,
}

fn unit_of(word: &str) -> Option<Unit> {
    match word {
        "c" | "celsius" | "celcius" | "celsuis" | "centigrade" | "degc" => Some(Unit::C),
        "f" | "fahrenheit" | "farenheit" | "fahrenheight" | "farenhight" | "faranheit" | "degf" => {
            Some(Unit::F)
        }
        _ => None,
    }
}

pub fn scan(doc: &Doc<'_>) -> Readings {
    let mut out = Readings::default();
    // every pain score, (start, value, end), for the rising-scores rule
    let mut scores: Vec<(usize, f64, usize)> = Vec::new();
    for (i, tok) in doc.tokens.iter().enumerate() {
        let TokenKind::Number(value) = tok.kind else {
            continue;
        };
        let score_end = pain_score_end(doc, i);
        if let Some(end) = score_end {
            scores.push((i, value, end));
        } else if (!scores.is_empty() && later_score_in_a_series(doc, i, value))
            || weekly_average(doc, i, value)
        {
            // "week 1 about 3/10, week 2 about 5, this week 7": once a
            // score is told out of ten, the later ones may drop the "/10"
            scores.push((i, value, i + 1));
            continue;
        }
        // a pair ("150/95", "150 over 95") or one side told alone ("the
        // bottom number was 94"), judged by the same thresholds
        let reading = blood_pressure(doc, i, value)
            .or_else(|| one_side_of_a_reading(doc, i, value).map(|(sys, dia)| (i + 1, sys, dia)));
        if let Some((end, systolic, diastolic)) = reading {
            out.findings.extend(
                pressure_finding(systolic, diastolic).map(|finding| Candidate {
                    finding,
                    s: i,
                    e: end,
                    literal: Spans::one(i, end),
                    temperature_word: false,
                    phrase: None,
                }),
            );
            continue;
        }
        if let Some(c) = temperature(doc, i, value) {
            let (end, celsius) = c;
            // "thirty eight no wait sorry thirty seven point eight": the
            // reading taken back; the one after the correction counts
            if corrected_after(doc, end) {
                continue;
            }
            let fever = celsius.map_or(value >= FEVER_F - EPS, |c| c >= FEVER_C - EPS);
            if fever {
                out.findings.push(Candidate {
                    finding: FindingId::Fever,
                    s: i,
                    e: end,
                    literal: Spans::one(i, end),
                    temperature_word: false,
                    phrase: None,
                });
            } else {
                out.normal_temperatures.push((i, end));
            }
            continue;
        }
        // "9/10", "10 out of 10", "pain 8 / 10": a score of 8 or more
        if let Some(end) = score_end.filter(|_| value >= 8.0) {
            out.findings.push(Candidate {
                finding: FindingId::SeverePain,
                s: i,
                e: end,
                literal: Spans::one(i, end),
                temperature_word: false,
                phrase: None,
            });
        }
    }
    out.findings.extend(rising_pain_scores(doc, &scores));
    out.findings.extend(climbing_scores(doc));
    out.findings.extend(every_few_days(doc));
    out
}

/// The first number of a range the tokenizer joined into one number
/// token ("4 to 8", "1-2", "2 or 3" are read as their larger value); none
/// for a token that is a single number.
pub(super) fn range_first(doc: &Doc<'_>, k: usize) -> Option<f64> {
    let t = doc.tokens.get(k)?;
    let raw = doc.text.get(t.start..t.end)?;
    // ("two or three": a range of number words)
    if let Some((first, rest)) = raw.split_once(char::is_whitespace)
        && rest.trim_start().starts_with("or")
        && let Some(v) = super::word_tables::number_word(&first.to_ascii_lowercase())
    {
        return Some(v);
    }
    let digits = raw.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let rest = raw[digits..].trim_start();
    let joined = ["to", "or", "-", "–"]
        .iter()
        .any(|sep| rest.starts_with(sep));
    joined.then(|| raw[..digits].parse().ok()).flatten()
}

/// "spasms every 2 days", "every 1-2 days": coming back at least three
/// times a week (an interval of two days or less; a range counts by its
/// shorter end). A spasm or pain word must come within six words before,
/// or what a spasm does within its sentence after.
fn every_few_days(doc: &Doc<'_>) -> Option<Candidate> {
    let n = doc.tokens.len();
    (1..n).find_map(|i| {
        let TokenKind::Number(v) = doc.tokens[i].kind else {
            return None;
        };
        if doc.word(i - 1) != "every" || !matches!(doc.word(i + 1), "days" | "day") {
            return None;
        }
        // ("1-2", "2 or 3": the range's first number)
        let shorter = range_first(doc, i).map_or(v, |a| a.min(v));
        let spasm_before = (i.saturating_sub(7)..i).any(|k| {
            matches!(
                doc.word(k),
                "spasm" | "spasms" | "spasming" | "pain" | "it" | "they" | "back" | "attacks"
            )
        });
        // ("every two days the muscle in my low back locks": the spasm told
        // after, by what it does)
        let spasm_after = (i + 2..(i + 10).min(n))
            .take_while(|&k| doc.tokens[k].kind != TokenKind::SentenceEnd)
            .any(|k| {
                matches!(
                    doc.word(k),
                    "spasm"
                        | "spasms"
                        | "locks"
                        | "locked"
                        | "seizes"
                        | "seized"
                        | "catches"
                        | "cramps"
                        | "grabs"
                )
            });
        (shorter <= 2.0 && (spasm_before || spasm_after)).then(|| Candidate {
            finding: FindingId::FrequentRecurrence,
            s: i - 1,
            e: i + 2,
            literal: Spans::one(i - 1, i + 2),
            temperature_word: false,
            phrase: None,
        })
    })
}

/// Blood pressure thresholds (systolic, diastolic), mmHg: raised from
/// 140/90, severe from 160/110 (NICE NG133, ACOG).
pub const RAISED_BP: (f64, f64) = (140.0, 90.0);
pub const SEVERE_BP: (f64, f64) = (160.0, 110.0);

/// Words that make two numbers a blood pressure reading.
const BP_WORDS: &[&str] = &[
    "bp",
    "blood",
    "pressure",
    // "my tension is 170 with 110": the word for blood pressure in much of
    // Europe and Latin America
    "tension",
    "tensiune",
    "tensione",
    "cisnienie",
    "tansiyon",
    "tensao",
    "presion",
    "pressao",
    "reading",
    "readings",
    "mmhg",
    "cuff",
    "hypertension",
    // "the machine said one sixty five over one oh five"
    "machine",
    "monitor",
];

/// The finding a reading raises, if any (a side not told is 0).
fn pressure_finding(systolic: f64, diastolic: f64) -> Option<FindingId> {
    if systolic >= SEVERE_BP.0 || diastolic >= SEVERE_BP.1 {
        Some(FindingId::SevereBloodPressure)
    } else if systolic >= RAISED_BP.0 || diastolic >= RAISED_BP.1 {
        Some(FindingId::RaisedBloodPressure)
    } else {
        None
    }
}

/// One number of a reading told on its own: "the bottom number was 94",
/// "diastolic 112", "top one 165". Returns (systolic, diastolic) with the
/// side not told as 0. The side is named within the four words before the
/// number, and a blood pressure word is in that sentence or the one before.
fn one_side_of_a_reading(doc: &Doc<'_>, i: usize, value: f64) -> Option<(f64, f64)> {
    let before = i.saturating_sub(4)..i;
    let said = |words: &[&str]| before.clone().any(|k| words.contains(&doc.word(k)));
    let lower = said(&["bottom", "lower", "diastolic", "second"]);
    let upper = said(&["top", "upper", "systolic", "first"]);
    let side_word = before.clone().any(|k| {
        matches!(doc.word(k), "number" | "one" | "figure" | "reading")
            || matches!(doc.word(k), "diastolic" | "systolic")
    });
    if lower == upper || !side_word || !(30.0..=260.0).contains(&value) {
        return None;
    }
    let toks = &doc.tokens;
    let start = (0..i)
        .rev()
        .filter(|&k| toks[k].kind == TokenKind::SentenceEnd)
        .nth(1)
        .map_or(0, |k| k + 1);
    // ("the top number", "the bottom number" name a reading by themselves)
    let named = (start..i).any(|k| BP_WORDS.contains(&doc.word(k)))
        || matches!(doc.word(i + 1), "mmhg" | "mm")
        || said(&["diastolic", "systolic"])
        || (start..i).any(|k| {
            matches!(doc.word(k), "top" | "bottom") && matches!(doc.word(k + 1), "number" | "one")
        });
    if !named || before.clone().any(|k| BP_TARGET.contains(&doc.word(k))) {
        return None;
    }
    Some(if lower { (0.0, value) } else { (value, 0.0) })
}

/// Units after "N over M" that make M a count, not a diastolic pressure.
const NOT_A_READING_AFTER: &[&str] = &[
    "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "days", "day", "weeks", "week",
    "wks", "months", "years", "times", "pounds", "lbs", "lb", "kg", "kilos", "stone", "percent",
    "people", "seconds", "secs", "steps", "metres", "meters", "miles", "km",
];

/// Words that make a reading a goal, not a measurement ("keep it under 140/90").
const BP_TARGET: &[&str] = &[
    "under", "below", "less", "target", "aim", "goal", "keep", "should", "supposed", "ideally",
];

/// A blood pressure reading starting at token `i`: "150/95", "150 over 95",
/// "BP 165/112": the end of its token range, systolic and diastolic. A bare
/// "150/95" counts (no other pair of numbers looks like it); "over" needs a
/// blood pressure word nearby; a target ("under 140/90") is not a reading.
fn blood_pressure(doc: &Doc<'_>, i: usize, systolic: f64) -> Option<(usize, f64, f64)> {
    let toks = &doc.tokens;
    let slash = toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Slash);
    // "146 on 93", "170 with 110", "150 con 95", "150 su 112", "150 by
    // 100", "146 x 93" (read "times"): how several languages and Englishes say "over" (a pair joined
    // by anything but "over" or a slash still needs a blood pressure word)
    let over = matches!(
        doc.word(i + 1),
        "over"
            | "on"
            | "with"
            | "con"
            | "com"
            | "cu"
            | "su"
            | "sur"
            | "sobre"
            | "na"
            | "by"
            | "times"
            | "upar"
            // "it was 146 to 94" (a range would climb, and is joined
            // into one number when it does)
            | "to"
    );
    if !slash && !over {
        return None;
    }
    let Some(TokenKind::Number(diastolic)) = toks.get(i + 2).map(|t| t.kind) else {
        return None;
    };
    let plausible = (70.0..=260.0).contains(&systolic)
        && (30.0..=160.0).contains(&diastolic)
        && systolic > diastolic;
    if !plausible {
        return None;
    }
    // a blood pressure word anywhere earlier in the sentence or the one
    // before ("GP checked my bp. He got 146 over 93")
    let sentence_start = (0..i)
        .rev()
        .filter(|&k| toks[k].kind == TokenKind::SentenceEnd)
        .nth(1)
        .map_or(0, |k| k + 1);
    let named = (sentence_start..i).any(|k| BP_WORDS.contains(&doc.word(k)))
        || matches!(doc.word(i + 3), "mmhg" | "mm");
    // "she said 152 over 112": English "over" (Spanish "sobre") between two
    // numbers of a reading's size is a reading by its shape, as the slash is, unless a
    // unit says the second is something else ("100 over 60 minutes"); the
    // other languages' joining words still need a blood pressure word
    let shaped = matches!(doc.word(i + 1), "over" | "sobre")
        && systolic >= 90.0
        && diastolic >= 50.0
        && !NOT_A_READING_AFTER.contains(&doc.word(i + 3));
    if over && !named && !shaped {
        return None;
    }
    if (i.saturating_sub(3)..i).any(|k| BP_TARGET.contains(&doc.word(k))) {
        return None;
    }
    // "ring if my BP went over 140/90", "call if above 140/90": a threshold
    // to watch for, not a reading
    if i > 0
        && matches!(doc.word(i - 1), "over" | "above" | "past" | "exceeds")
        && (i.saturating_sub(6)..i - 1)
            .any(|k| matches!(doc.word(k), "if" | "when" | "once" | "unless"))
    {
        return None;
    }
    Some((i + 3, systolic, diastolic))
}

/// If token `i` (a number) is a temperature: the end of its token range and
/// its value in °C (`None` when it was given in °F, compared in °F).
fn temperature(doc: &Doc<'_>, i: usize, value: f64) -> Option<(usize, Option<f64>)> {
    let mut j = i + 1;
    let mut degrees = false;
    if matches!(doc.word(j), "degrees" | "degree" | "deg" | "degs") {
        degrees = true;
        j += 1;
    }
    let unit = unit_of(doc.word(j));
    if unit.is_some() {
        j += 1;
    }
    if unit.is_none() && !degrees && NOT_TEMPERATURE.contains(&doc.word(i + 1)) {
        return None;
    }
    // "temperature", "thermometer" — but not the bath's or the room's
    let strong = (i.saturating_sub(4)..i).any(|k| {
        STRONG_CONTEXT.contains(&doc.word(k)) && !NOT_BODY.contains(&doc.word(k.wrapping_sub(1)))
    });
    // "a bath of about 38 degrees", "38 degrees out in the garden": the
    // water's or the weather's, not the person's
    let near = i.saturating_sub(5)..(i + 6).min(doc.tokens.len());
    if !strong && near.into_iter().any(|k| NOT_BODY.contains(&doc.word(k))) {
        return None;
    }
    let raw = &doc.text[doc.tokens[i].start..doc.tokens[i].end];
    // "38.6", or spelled out: "thirty eight point six"
    let decimal = raw.contains(['.', ',']) || value.fract() != 0.0;
    let as_c = (34.0..=45.0).contains(&value);
    let as_f = (90.0..=115.0).contains(&value);
    let plausible = as_c || as_f;
    let is_temperature = match unit {
        Some(_) => true,
        None => plausible && (degrees || strong || decimal),
    };
    if !is_temperature {
        return None;
    }
    let celsius = match unit {
        Some(Unit::C) if value < 80.0 => Some(value),
        Some(Unit::C) | Some(Unit::F) if value >= 80.0 => None,
        Some(Unit::F) => Some((value - 32.0) * 5.0 / 9.0),
        _ if as_c => Some(value),
        _ if as_f => None,
        _ => return None,
    };
    Some((j, celsius))
}

/// A spoken correction right after a reading, with another number after
/// it: "no wait", "wait no", "I mean", "scratch that", "misread", "no
/// sorry" — the writer took the first reading back.
fn corrected_after(doc: &Doc<'_>, end: usize) -> bool {
    let n = doc.tokens.len();
    let w = |k: usize| doc.word(k);
    let cue = (end..(end + 4).min(n)).find(|&k| {
        matches!(
            (w(k), w(k + 1)),
            ("no", "wait") | ("wait", "no") | ("i", "mean") | ("scratch", "that") | ("no", "sorry")
        ) || w(k) == "misread"
    });
    cue.is_some_and(|k| {
        (k + 1..(k + 6).min(n)).any(|j| matches!(doc.tokens[j].kind, TokenKind::Number(_)))
    })
}
