//! ConText-style modifiers (Harkema et al. 2009): trigger phrases such as
//! "no", "my sister", "last year", "what if" change how a nearby finding is
//! read. A trigger reaches forward (or, for some, back) until the clause
//! ends: a sentence end, a contrast word ("but"), a terminator ("just"), or
//! a comma / "and" that starts a new clause ("..., my calf is hot").
//! Negation reaches over a list of findings ("no bleeding, fluid or fever")
//! but not past a comma that follows no finding ("not great, bleeding").

use super::candidate::Candidate;
use super::compile::{Compiled, kind};
use super::normalize::TokenKind;
use super::numbers::Readings;
use super::triggers::{Trigger, Triggers};
use super::{Detected, Doc, Reading, SetAsideFinding};
use crate::FindingId;
use serde::Serialize;

mod back;
mod clauses;
mod denial;
mod speaker;
mod time;
mod weigh;

use weigh::weigh;

/// Most tokens between a trigger and the finding it modifies.
const SCOPE: usize = 8;

/// Why a mentioned finding was not counted as present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// "no bleeding", "my legs are not swollen"
    Negated,
    /// "my sister had bleeding"
    SomeoneElse,
    /// "I had a urine infection last year"
    Past,
    /// "what should I do if I start bleeding?"
    Hypothetical,
    /// a measured temperature below 38.0 °C / 100.4 °F
    BelowFeverThreshold,
}

/// Words that say a pain is nerve pain, not just where it goes.
const NERVE_QUALITY: &[&str] = &[
    "shooting",
    "shoots",
    "shoot",
    "shot",
    "burning",
    "burns",
    "burn",
    "electric",
    "stabbing",
    "tingling",
    "tingly",
    "pins",
    "needles",
    "zaps",
    "zapping",
    "searing",
    "sciatica",
    "sciatic",
    "lightning",
    "jolts",
    "bolts",
    "darting",
    "numb",
    "numbness",
    "prickling",
    "buzzing",
];

/// "at Christmas", "over Easter", "around Diwali": a holiday named as a
/// time, months back when the sign was told in the past.
fn at_a_holiday(doc: &Doc<'_>, k: usize) -> bool {
    matches!(doc.word(k), "at" | "over" | "around" | "before" | "after")
        && matches!(
            doc.word(k + 1),
            "christmas"
                | "xmas"
                | "easter"
                | "thanksgiving"
                | "diwali"
                | "eid"
                | "halloween"
                | "hanukkah"
        )
}

/// A season named as a time of the past ("in the summer", "last winter").
const SEASONS: &[&str] = &["summer", "spring", "winter", "autumn", "fall"];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words that open a clause told as an absence ("haven't noticed …").
const NEGATION_WORDS: &[&str] = &[
    "not", "no", "never", "havent", "hasnt", "hadnt", "didnt", "dont", "doesnt", "cant", "couldnt",
    "isnt", "wasnt", "nt",
];

/// Two words of one stem: "fainting" and "fainted", "pass" and "passed";
/// "bleeding" and "bled" are not (a short word must begin the other).
fn shared_stem(a: &str, b: &str) -> bool {
    const STEM: usize = 5;
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < STEM {
        return short.len() >= 4 && long.starts_with(short);
    }
    a.as_bytes()[..STEM] == b.as_bytes()[..STEM]
}

/// Words that open a clause before its subject ("well", "anyway", "so").
const DISCOURSE: &[&str] = &[
    "well",
    "anyway",
    "anyways",
    "so",
    "now",
    "oh",
    "honestly",
    "basically",
];

/// Stretches of time a spell can have been over for ("gone for days").
const DURATIONS: &[&str] = &[
    "days", "weeks", "months", "ages", "a", "over", "good", "the", "#",
];

const PAST_VERBS: &[&str] = &["had", "was", "were", "got", "did", "used"];

/// Things a person owns, lent or used: "my mum's monitor" is the writer's
/// reading taken on it.
const THINGS: &[&str] = &[
    "monitor",
    "machine",
    "cuff",
    "thermometer",
    "phone",
    "car",
    "house",
    "place",
    "flat",
    "app",
    "scales",
    "sofa",
    "couch",
    "bed",
    "kit",
    "device",
    "watch",
];

const CLAUSE_JOINERS: &[&str] = &[
    ",", "and", "or", "so", "plus", "then", "because", "cos", "as", "/", "while", "when",
    // Spanish "y", "o", "porque", "mientras"
    "y", "o", "porque", "mientras",
];

struct Scope<'a> {
    doc: &'a Doc<'a>,
    triggers: &'a Triggers,
    starters: &'a rustc_hash::FxHashSet<Box<str>>,
    /// per token: inside some finding match
    in_finding: Vec<bool>,
    /// The text has a word that can date an episode ("ago", "last", "at 9
    /// weeks", a weekday or month): without one, nothing is a past episode.
    time_markers: bool,
}

/// Does the text hold any word [`Scope::long_past`] looks for?
/// "when I was 16", "when she was like twelve": an age, long ago.
fn at_an_age(doc: &Doc<'_>, k: usize) -> bool {
    let mut n = k + 3;
    if matches!(doc.word(n), "like" | "about" | "around" | "only" | "maybe") {
        n += 1;
    }
    let when_was = doc.word(k) == "when"
        && matches!(doc.word(k + 1), "i" | "she" | "he")
        && doc.word(k + 2) == "was";
    // "when she was a teenager", "when I was a kid": a stage of life
    let stage = |j: usize| {
        matches!(
            doc.word(j),
            "teenager" | "teen" | "kid" | "child" | "girl" | "student" | "baby" | "toddler"
        )
    };
    if when_was
        && (stage(k + 3) || (doc.word(k + 3) == "a" && stage(k + 4)) || doc.word(k + 3) == "little")
    {
        return true;
    }
    when_was
        && matches!(doc.tokens.get(n).map(|t| t.kind), Some(TokenKind::Number(v)) if (1.0..=40.0).contains(&v) && v.fract() == 0.0)
        && !matches!(
            doc.word(n + 1),
            "weeks" | "week" | "wks" | "wk" | "w" | "months" | "month"
        )
}

/// "on her second she bled", "in my first pregnancy", "during my last
/// one": "on", "in" or "during" naming an earlier pregnancy by its ordinal,
/// only where the ordinal stands for a pregnancy — alone before a pronoun
/// or a pause, or before "pregnancy", "baby", "one" ("in my older
/// daughter's school", "during my second shift", "in my second trimester"
/// name something else).
pub(super) fn names_earlier_pregnancy(doc: &Doc<'_>, k: usize) -> bool {
    matches!(doc.word(k), "on" | "in" | "during")
        && matches!(doc.word(k + 1), "my" | "her")
        && matches!(
            doc.word(k + 2),
            "first" | "second" | "third" | "fourth" | "last" | "previous"
        )
        && (matches!(
            doc.word(k + 3),
            "pregnancy" | "pregnancies" | "baby" | "one" | "i" | "she" | "we" | "it" | "there"
        ) || doc
            .tokens
            .get(k + 3)
            .is_none_or(|t| matches!(t.kind, TokenKind::Pause | TokenKind::SentenceEnd)))
}

fn has_time_markers(doc: &Doc<'_>) -> bool {
    (0..doc.tokens.len()).any(|k| {
        let w = doc.word(k);
        (matches!(
            w,
            "ago"
                | "last"
                | "trimester"
                | "in"
                | "over"
                | "during"
                | "on"
                | "yesterday"
                | "beginning"
                | "start"
                | "early"
                | "earlier"
                | "first"
        ) || (w == "back" && matches!(doc.word(k.wrapping_sub(1)), "weeks" | "months" | "years")))
            && (!matches!(w, "in" | "over" | "during")
                || (w == "in" && MONTHS.contains(&doc.word(k + 1)))
                || (doc.word(k + 1) == "the" && SEASONS.contains(&doc.word(k + 2))))
            && (w != "on" || super::rewrite::weekday_name(doc.word(k + 1)))
            || at_an_age(doc, k)
            || at_a_holiday(doc, k)
            || names_earlier_pregnancy(doc, k)
            // "with my second": a previous pregnancy (`Scope::long_past`)
            || (w == "with"
                && matches!(doc.word(k + 1), "my" | "her")
                && matches!(
                    doc.word(k + 2),
                    "second" | "third" | "fourth" | "eldest" | "oldest" | "previous" | "older"
                ))
            || (matches!(
                w,
                "at" | "around" | "about" | "by" | "until" | "till" | "til"
            ) && (doc.word(k + 1) == "#"
                || (matches!(doc.word(k + 1), "my" | "her" | "the" | "our")
                    && doc.word(k + 2) == "#")))
    })
}

/// Is `cand` the sign of a short question ("Any bleeding?", "Waters
/// gone?") that the next sentence answers by naming the same finding?
fn asked_then_answered(
    doc: &Doc<'_>,
    candidates: &[Candidate],
    cand: &Candidate,
    sentence: &[usize],
) -> bool {
    // (cheapest first: a question mark at most two words after the sign)
    let n = doc.tokens.len();
    let Some(mark) = (cand.e..n).find(|&k| doc.tokens[k].kind == TokenKind::SentenceEnd) else {
        return false;
    };
    if doc.word(mark) != "?" || mark - cand.e > 2 {
        return false;
    }
    let this = sentence[cand.s];
    // (the question opens its sentence, or follows a heading: "Form: Any
    // bleeding?")
    let opens = (0..cand.s)
        .rev()
        .take_while(|&k| sentence[k] == this && doc.tokens[k].kind == TokenKind::Word)
        .count();
    opens <= 2
        && candidates
            .iter()
            .any(|o| o.finding == cand.finding && sentence.get(o.s) == Some(&(this + 1)))
}

/// Weigh every candidate and keep one result per finding: the first present
/// mention, or else the first set-aside one.
pub fn resolve(
    compiled: &Compiled,
    doc: &Doc<'_>,
    triggers: &Triggers,
    candidates: &[Candidate],
    readings: &Readings,
) -> Reading {
    let starters = &compiled.clause_starters;
    let mut in_finding = vec![false; doc.tokens.len()];
    for c in candidates {
        for f in in_finding.iter_mut().take(c.e).skip(c.s) {
            *f = true;
        }
    }
    let scope = Scope {
        doc,
        triggers,
        starters,
        in_finding,
        time_markers: has_time_markers(doc),
    };
    let mut present: Vec<Option<Detected>> = vec![None; FindingId::ALL.len()];
    let mut aside: Vec<Option<SetAsideFinding>> = vec![None; FindingId::ALL.len()];
    let mut order: Vec<(usize, FindingId)> = Vec::new();
    let mut sentence = Vec::with_capacity(doc.tokens.len());
    let mut count = 0usize;
    for t in &doc.tokens {
        sentence.push(count);
        if t.kind == TokenKind::SentenceEnd {
            count += 1;
        }
    }
    let sentence_of = |i: usize| sentence[i];
    // token span of each present finding, to widen it over overlapping mentions
    let mut spans: Vec<(usize, usize)> = vec![(0, 0); FindingId::ALL.len()];
    for cand in candidates {
        let slot = cand.finding as usize;
        let extends = present[slot].is_some() && cand.s < spans[slot].1 && cand.e > spans[slot].1;
        if present[slot].as_ref().is_some_and(|d| !d.uncertain) && !extends {
            continue; // already read as plainly present; this mention adds nothing
        }
        let (start, end) = doc.span(cand.s, cand.e);
        let text = doc.text[start..end].to_string();
        let mut verdict = weigh(&scope, cand);
        // "Any bleeding? Had some spotting at 8 weeks, none since.": a
        // form's short question names the sign; the answer after it, which
        // names it again, tells whether it is there
        if verdict.is_ok() && asked_then_answered(doc, candidates, cand, &sentence) {
            verdict = Err(Reason::Hypothetical);
        }
        // a "temperature", or a fever only doubted ("37.3, so I don't think
        // that's a fever"), beside a normal reading in its sentence: the
        // reading says what the temperature is
        if (verdict == Ok(true) || verdict.is_ok() && cand.temperature_word)
            && cand.finding == FindingId::Fever
            && readings
                .normal_temperatures
                .iter()
                .any(|&(s, _)| sentence_of(s) == sentence_of(cand.s))
        {
            verdict = Err(Reason::BelowFeverThreshold);
        }
        match verdict {
            Ok(uncertain) => {
                if present[slot].is_none() {
                    order.push((cand.s, cand.finding));
                    let phrase = match cand.phrase {
                        Some(p) => compiled.phrases[p as usize].source.to_string(),
                        None if cand.finding == FindingId::Fever => {
                            "a temperature of 38.0 °C / 100.4 °F or more".to_string()
                        }
                        None => "a pain score of 8/10 or more".to_string(),
                    };
                    spans[slot] = (cand.s, cand.e);
                    present[slot] = Some(Detected {
                        id: cand.finding,
                        start,
                        end,
                        text,
                        phrase,
                        uncertain,
                    });
                } else if let Some(d) = present[slot].as_mut() {
                    d.uncertain &= uncertain;
                    if extends {
                        // "my waters" + "waters have broken" → "my waters have broken"
                        spans[slot].1 = cand.e;
                        d.end = end;
                        d.text = doc.text[d.start..end].to_string();
                    }
                }
            }
            Err(reason) => {
                if aside[slot].is_none() {
                    aside[slot] = Some(SetAsideFinding {
                        id: cand.finding,
                        start,
                        end,
                        text,
                        reason,
                    });
                }
            }
        }
    }
    order.sort_by_key(|&(s, _)| s);
    let findings: Vec<Detected> = order
        .iter()
        .filter_map(|&(_, id)| present[id as usize].take())
        .collect();
    let mut set_aside: Vec<SetAsideFinding> = aside
        .into_iter()
        .enumerate()
        .filter_map(|(i, a)| a.filter(|_| !findings.iter().any(|d| d.id as usize == i)))
        .collect();
    set_aside.sort_by_key(|a| a.start);
    Reading {
        findings,
        set_aside,
        medication_question: false,
        topics: 0,
        topics_spoken: 0,
        other_language: false,
    }
}
