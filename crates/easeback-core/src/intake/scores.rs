//! Pain scores told over time: a score out of ten and the bare numbers
//! that continue its series, a pain diary's weekly averages, a climb
//! ("from 3 to 5 to 7"), and a series rising week by week to now — pain
//! worse each week (`worsening_weekly`). The three looks `numbers::scan`
//! makes at every number are `#[inline]` across the module line (measured:
//! about 190 instructions a description).

use super::Doc;
use super::candidate::{Candidate, Spans};
use super::normalize::TokenKind;
use super::numbers::{EPS, range_first};
use crate::FindingId;

/// A pain score at token `i` ("5/10", "5 out of 10", and as other languages
/// put it, "5 from 10", "5 of 10", "5 over 10"): the end of its tokens.
#[inline]
pub(super) fn pain_score_end(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let den_at = if doc.word(i + 1) == "/" {
        i + 2
    } else if doc.word(i + 1) == "out" && doc.word(i + 2) == "of" {
        i + 3
    } else if matches!(doc.word(i + 1), "from" | "of" | "over") {
        i + 2
    } else {
        return None;
    };
    match doc.tokens.get(den_at)?.kind {
        TokenKind::Number(d) if (d - 10.0).abs() < EPS => Some(den_at + 1),
        _ => None,
    }
}

/// "week 1 average pain 3, week 2 average 5": a bare number of 0 to 10
/// under a week's label with a word of pain or average between, as a
/// pain diary's weekly figures are told.
#[inline]
pub(super) fn weekly_average(doc: &Doc<'_>, i: usize, value: f64) -> bool {
    let labelled = (i.saturating_sub(5)..i).any(|k| {
        (matches!(doc.word(k), "week" | "wk")
            && matches!(
                doc.tokens.get(k + 1).map(|t| t.kind),
                Some(TokenKind::Number(_))
            ))
            || (doc.word(k) == "this" && matches!(doc.word(k + 1), "week" | "wk"))
    });
    let between = (i.saturating_sub(3)..i)
        .any(|k| matches!(doc.word(k), "average" | "avg" | "pain" | "score"));
    // (not the "10" of "2/10", nor the week's own number)
    let own_number = matches!(
        doc.word(i.wrapping_sub(1)),
        "/" | "of" | "week" | "wk" | "weeks"
    );
    value.fract() == 0.0
        && (0.0..=10.0).contains(&value)
        && labelled
        && !own_number
        && (between || doc.word(i.wrapping_sub(2)) == "this")
}

/// A bare number after a score out of ten that continues its series: 0 to
/// 10, whole, with a time named just before it ("week 2 about 5", "this
/// week 7", "now a 7"), and not itself the number of a week ("week 3").
#[inline]
pub(super) fn later_score_in_a_series(doc: &Doc<'_>, i: usize, value: f64) -> bool {
    let time_word = |w: &str| {
        matches!(
            w,
            "week" | "wk" | "month" | "ago" | "now" | "today" | "currently" | "tonight"
        )
    };
    let before = doc.word(i.wrapping_sub(1));
    // ("week 2" numbers a week; "this week 7" scores it)
    let numbers_a_week = matches!(before, "week" | "weeks" | "wk" | "wks" | "month")
        && !matches!(doc.word(i.wrapping_sub(2)), "this" | "last" | "that");
    // (the "10" of "3/10" or "3 out of 10" is no score of its own)
    let denominator = matches!(before, "/" | "of");
    let a_count = matches!(
        doc.word(i + 1),
        "weeks" | "wks" | "days" | "months" | "times" | "am" | "pm"
    );
    value.fract() == 0.0
        && (0.0..=10.0).contains(&value)
        && !denominator
        && !numbers_a_week
        && !a_count
        && ((i.saturating_sub(3)..i).any(|k| time_word(doc.word(k)))
            // ("5 last week, 6 this week": the time told after the score)
            || (matches!(doc.word(i + 1), "last" | "this")
                && matches!(doc.word(i + 2), "week" | "wk" | "month")))
}

/// A pain score told climbing over weeks: "gone from a three to a five to
/// a seven over the last three weeks", "went from 4 to 8 in a fortnight",
/// "went 3 then 4 then 6 over the last 3 weeks" —
/// pain worse week by week, told as a climb rather than as dated scores.
/// "From" and "to" scores of 0 to 10, each higher than the one before;
/// pain named just before; weeks or months as the span just after (days
/// are not weeks).
pub(super) fn climbing_scores(doc: &Doc<'_>) -> Option<Candidate> {
    let n = doc.tokens.len();
    let score_at = |k: usize| match doc.tokens.get(k).map(|t| t.kind) {
        Some(TokenKind::Number(v)) if v.fract() == 0.0 && (0.0..=10.0).contains(&v) => Some(v),
        _ => None,
    };
    // the score after "from"/"to", past an "a" or "about" ("to a five")
    let score_after = |k: usize| {
        let at = k + 1 + usize::from(matches!(doc.word(k + 1), "a" | "about" | "like" | "around"));
        let v = score_at(at)?;
        // ("3/10", "3 out of 10": the score's own tokens)
        let end = pain_score_end(doc, at).unwrap_or(at + 1);
        Some((v, end))
    };
    (0..n).find_map(|from| {
        // "from 3 to 5 to 7", and "went 3 then 4 then 6"
        if !matches!(doc.word(from), "from" | "went" | "gone" | "was") {
            return None;
        }
        let (mut last, mut end) = score_after(from)?;
        let mut climbs = 0;
        // "from 4 to 8" is one token (a range, read as its larger value):
        // its first number is where the climb starts
        if let Some(a) = range_first(doc, end - 1).or_else(|| range_first(doc, from + 1)) {
            climbs = usize::from(a < last);
        }
        while matches!(doc.word(end), "to" | "then") {
            let Some((v, e)) = score_after(end) else {
                break;
            };
            if v <= last {
                return None;
            }
            (last, end, climbs) = (v, e, climbs + 1);
        }
        let pain_before = (from.saturating_sub(6)..from).any(|k| {
            matches!(
                doc.word(k),
                "pain"
                    | "pains"
                    | "spasms"
                    | "spasm"
                    | "back"
                    | "it"
                    | "ache"
                    | "average"
                    | "score"
            )
        });
        let over_weeks = (end..(end + 6).min(n)).any(|k| {
            matches!(
                doc.word(k),
                "weeks" | "week" | "wks" | "fortnight" | "months" | "month"
            )
        });
        (climbs >= 1 && pain_before && over_weeks).then(|| Candidate {
            finding: FindingId::WorseningWeekly,
            s: from,
            e: end,
            literal: Spans::one(from, end),
            temperature_word: false,
            phrase: None,
        })
    })
}

/// Pain scores told at times weeks apart and rising to now: "3/10 a month
/// ago, 5/10 two weeks ago, 7/10 now" is pain worse week by week. Three
/// scores or more, each higher than the one before, the last told "now" or
/// "today", and weeks or months named among them.
pub(super) fn rising_pain_scores(
    doc: &Doc<'_>,
    scores: &[(usize, f64, usize)],
) -> Option<Candidate> {
    let n = doc.tokens.len();
    if scores.len() < 3 || !scores.windows(2).all(|w| w[1].1 > w[0].1) {
        return None;
    }
    let (first, last) = (scores[0], scores[scores.len() - 1]);
    let near = |k: usize, words: &[&str]| {
        (k.saturating_sub(3)..(k + 4).min(n)).any(|j| words.contains(&doc.word(j)))
    };
    let now = near(last.2, &["now", "today", "currently"])
        || near(last.0, &["now", "today", "currently"])
        // "this week 7", "this week it's a 7"
        || (last.0.saturating_sub(5)..last.0 + 2)
            .any(|j| doc.word(j) == "this" && matches!(doc.word(j + 1), "week" | "wk"));
    // "wk1 3/10 wk2 5/10 wk3 7/10": each score under its week's number,
    // the numbers rising, the last week told is the one she is in
    let week_label = |at: usize| {
        (at.saturating_sub(3)..at).find_map(|k| {
            match (doc.word(k), doc.tokens.get(k + 1).map(|t| t.kind)) {
                ("week" | "wk" | "w", Some(TokenKind::Number(n))) => Some(n),
                _ => None,
            }
        })
    };
    let labels: Vec<Option<f64>> = scores.iter().map(|sc| week_label(sc.0)).collect();
    let weeks_numbered =
        labels.iter().all(Option::is_some) && labels.windows(2).all(|w| w[1] > w[0]);
    let now = now || weeks_numbered;
    let weeks = (first.0..last.0).any(|k| {
        matches!(
            doc.word(k),
            "week" | "weeks" | "wks" | "wk" | "month" | "months"
        )
    });
    (now && weeks).then(|| Candidate {
        finding: FindingId::WorseningWeekly,
        s: first.0,
        e: last.2,
        literal: Spans::one(first.0, last.2),
        temperature_word: false,
        phrase: None,
    })
}
