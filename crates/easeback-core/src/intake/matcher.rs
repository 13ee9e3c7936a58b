//! Finding phrase matches in a tokenised description: literal segments from
//! the automaton are chained across `...` gaps (a few words, inside one
//! sentence, not across "but"), numeric guards are applied, and matches that
//! fall inside an `exclude` phrase of the same finding are dropped.

use super::Doc;
use super::candidate::{Candidate, GAP, SENTENCE_GAP, Spans};
use super::compile::Compiled;
use super::normalize::TokenKind;
use super::segments::SegmentHit;
use super::triggers::Triggers;
use crate::FindingId;

/// May a gap run over tokens `from..to`? Never over a sentence end; not
/// over "but" either, except in a sentence-wide exclusion ("…down my
/// thigh, but it's just a tight pull, no shooting"), whose point is the
/// contrast.
fn gap_ok(
    doc: &Doc<'_>,
    triggers: &Triggers,
    (from, to): (usize, usize),
    limit: usize,
    over_contrast: bool,
) -> bool {
    to >= from
        && to - from <= limit
        && (from..to).all(|i| {
            doc.tokens[i].kind != TokenKind::SentenceEnd
                && (over_contrast || !triggers.contrast_at(i))
        })
}

/// The numeric guard of a finding: is this number plausible for it?
fn number_fits(finding: FindingId, value: f64) -> bool {
    match finding {
        // "3 or more" in triage-rules.md
        FindingId::FrequentRecurrence | FindingId::NightWaking => value >= 3.0,
        // "every 45 minutes" is a sitting timer, not a contraction pattern
        FindingId::RhythmicTightening => value > 0.0 && value <= 30.0,
        _ => true,
    }
}

/// "woken 2 nights out of the last 7", "2 of the last 7 nights", "woke me
/// the last two nights", "in the last 7 days I had 2 spasms": fewer nights
/// or spasms than the three of the rule, counted inside the phrase (or just
/// before it), whatever class word matched.
fn too_few_counted(doc: &Doc<'_>, finding: FindingId, from: usize, to: usize) -> bool {
    // (spasms counted for recurrence: "in the last 7 days I had 2 spasms";
    // "2 times" keeps its own rule above)
    let units: &[&str] = match finding {
        FindingId::NightWaking => &["nights", "night", "mornings"],
        FindingId::FrequentRecurrence => &[
            "spasms", "spasm", "attacks", "attack", "episodes", "episode",
        ],
        _ => return false,
    };
    (from.saturating_sub(1)..to).any(|t| {
        let TokenKind::Number(v) = doc.tokens[t].kind else {
            return false;
        };
        let counted = units.contains(&doc.word(t + 1))
                // "2 of the last 7": the first number counts, the second is the window
                || (matches!(doc.word(t + 1), "of" | "out")
                    && (t + 2..t + 5).any(|k| matches!(doc.word(k), "last" | "past")));
        // ("in the last 7": a window; "a day or two": a range's end)
        let window = matches!(
            doc.word(t.wrapping_sub(1)),
            "of" | "in" | "over" | "or" | "to"
        );
        counted
            && !window
            && !number_fits(finding, v)
            && !matches!(
                (doc.word(t.wrapping_sub(2)), doc.word(t.wrapping_sub(1))),
                ("more", "than") | ("at", "least") | (_, "over") | (_, "every")
            )
    })
}

/// "an hour", "per hour", "in the last hour" at token `i`.
fn per_hour(doc: &Doc<'_>, i: usize) -> bool {
    let hour = |k: usize| matches!(doc.word(k), "hour" | "hr" | "hrs" | "hours");
    (matches!(doc.word(i), "an" | "a" | "per" | "each") && hour(i + 1))
        || (doc.word(i) == "in" && (hour(i + 1) || hour(i + 2) || hour(i + 3)))
}

/// Words that tell a spasm, or what it does, before a pastime's count:
/// the count may then be the spasms' ("my back seized up mid walk 3 times
/// this week", "it grabs me on the walk several times a week").
const SIGN_WORDS: &[&str] = &[
    "spasm", "spasms", "spasming", "spasmed", "seize", "seizes", "seized", "seizing", "lock",
    "locks", "locked", "locking", "cramp", "cramps", "cramping", "cramped", "grab", "grabs",
    "grabbed", "catch", "catches", "caught", "twinge", "twinges", "goes", "going", "went", "gone",
    "back", "pain", "pains", "hurts", "hurt", "ache", "aches", "it", "they", "flare", "flares",
];

/// Plain denials that turn a reassurance round when they stand in its gap.
const DENIALS: &[&str] = &[
    "not", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "dont", "doesnt", "didnt",
    "never", "aint",
];

pub fn phrase_matches(c: &Compiled, doc: &Doc<'_>, triggers: &Triggers) -> Vec<Candidate> {
    let encoded = c.encode_words((0..doc.tokens.len()).map(|i| doc.word(i)));
    // sorted by (phrase, segment, start, end)
    let mut hits: Vec<SegmentHit> = Vec::new();
    c.segments.find(&encoded, &mut hits);

    let mut positives: Vec<Candidate> = Vec::new();
    let mut excluded: Vec<(FindingId, usize, usize)> = Vec::new();
    // one buffer for every phrase's per-segment slices (a phrase group
    // used to allocate its own: ~10,000 instructions a description)
    let mut by_seg: Vec<&[SegmentHit]> = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let phrase = hits[i].seg.phrase;
        let j = hits[i..]
            .iter()
            .position(|h| h.seg.phrase != phrase)
            .map_or(hits.len(), |p| i + p);
        let group = &hits[i..j];
        i = j;
        let info = &c.phrases[phrase as usize];
        let segs = usize::from(info.segments);
        let limit = if info.sentence_gap { SENTENCE_GAP } else { GAP };
        // hits of one phrase are sorted by (seg, s): slice them per segment
        by_seg.clear();
        let mut rest = group;
        for k in 0..segs {
            let n = rest
                .iter()
                .take_while(|h| usize::from(h.seg.seg) == k)
                .count();
            by_seg.push(&rest[..n]);
            rest = &rest[n..];
        }
        for h0 in by_seg[0] {
            let mut literal = Spans::one(h0.s, h0.e);
            let mut end = h0.e;
            let mut complete = true;
            for seg_hits in by_seg.iter().skip(1) {
                let from = seg_hits.partition_point(|h| h.s < end);
                let next = seg_hits[from..]
                    .iter()
                    .take_while(|h| h.s <= end + limit)
                    .find(|h| {
                        gap_ok(
                            doc,
                            triggers,
                            (end, h.s),
                            limit,
                            info.exclude && info.sentence_gap,
                        )
                    });
                match next {
                    Some(h) => {
                        literal.push(h.s, h.e);
                        end = h.e;
                    }
                    None => {
                        complete = false;
                        break;
                    }
                }
            }
            if !complete {
                continue;
            }
            if info.exclude {
                // "barely felt the baby today, usually she's kicking loads":
                // the lively baby told as a habit is no reassurance now
                let habit = info.finding == FindingId::ReducedFetalMovement
                    && (h0.s..end).any(|t| {
                        matches!(
                            doc.word(t),
                            "usually" | "normally" | "typically" | "generally"
                        )
                    });
                // "the baby is not kicking well": a reassurance whose last
                // words are denied (just before them, "been" between)
                // reassures of nothing
                let last = literal.iter().last().map_or(h0.s, |(ls, _)| ls);
                let denied = last > h0.s
                    && (last.saturating_sub(2).max(h0.s)..last).any(|t| {
                        DENIALS.contains(&doc.word(t))
                            && (t + 1..last).all(|k| doc.word(k) == "been")
                    });
                // "spasms when I walk 3 times a week": whose count it is
                // stays open when the spasm is told first, and an open
                // count is read as the spasms'
                let spasm_first = info.source.starts_with("@pastime")
                    && (0..h0.s)
                        .rev()
                        .take_while(|&t| doc.tokens[t].kind != TokenKind::SentenceEnd)
                        .any(|t| SIGN_WORDS.contains(&doc.word(t)));
                if !habit && !denied && !spasm_first {
                    excluded.push((info.finding, h0.s, end));
                }
                continue;
            }
            // "twice a week" ("2 times") is fewer than three; not "2 times a
            // day" (fourteen a week) nor "more than 2 times"
            let too_few_times = info.counts_times && (h0.s..end).any(|t| {
                matches!(doc.tokens[t].kind, TokenKind::Number(v) if !number_fits(info.finding, v))
                    && doc.word(t + 1) == "times"
                    && !matches!(doc.word(t + 3), "day" | "night" | "morning" | "evening")
                    && !matches!(doc.word(t + 2), "daily" | "nightly")
                    && !matches!(
                        (doc.word(t.wrapping_sub(2)), doc.word(t.wrapping_sub(1))),
                        ("more", "than") | ("at", "least") | (_, "over")
                    )
            });
            if too_few_times || too_few_counted(doc, info.finding, h0.s, end) {
                continue;
            }
            if info.numeric {
                let first_number = (h0.s..end).find_map(|t| match doc.tokens[t].kind {
                    TokenKind::Number(v) => Some(v),
                    _ => None,
                });
                if first_number.is_some_and(|v| !number_fits(info.finding, v)) {
                    continue;
                }
                // "4 an hour" is a rate: a pattern from four an hour, as the
                // tightening timer's rule counts
                let rate = (h0.s..end)
                    .find(|&t| matches!(doc.tokens[t].kind, TokenKind::Number(_)))
                    .is_some_and(|t| per_hour(doc, t + 1));
                if rate
                    && info.finding == FindingId::RhythmicTightening
                    && first_number.is_some_and(|v| v < 4.0)
                {
                    continue;
                }
            }
            let temperature_word = (h0.s..end).any(|t| doc.word(t) == "temperature");
            positives.push(Candidate {
                finding: info.finding,
                s: h0.s,
                e: end,
                literal,
                temperature_word,
                phrase: Some(phrase),
            });
        }
    }
    positives.retain(|p| {
        !excluded
            .iter()
            .any(|&(f, s, e)| f == p.finding && s < p.e && p.s < e)
    });
    positives.sort_unstable_by_key(|p| (p.s, p.e));
    positives
}
