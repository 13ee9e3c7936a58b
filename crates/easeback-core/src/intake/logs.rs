//! Signs told as a log rather than in words: a diary of days ("Mon 23:40
//! woke with spasm. Tue 02:10 woke again. Thu …"), clock times of
//! tightenings ("19:05 tightening. 19:17 again. 19:28 again."), and a count
//! given as the answer to a form's question ("How many spasms in the last
//! 7 days? 5."). Each becomes a candidate like a phrase match, weighed by
//! `context` afterwards (a diary about someone else stays hers).

use super::Doc;
use super::candidate::{Candidate, Spans};
use super::normalize::TokenKind;
use super::rewrite::weekday;
use crate::FindingId;

/// The counts of triage-rules.md: 3 or more spasms in 7 days, woken on 3
/// or more nights.
const ENOUGH: usize = 3;

/// The longest gap between tightenings that still makes a pattern, in
/// minutes (the phrase matcher's "every N minutes" limit).
const PATTERN_MINUTES: i32 = 30;

fn candidate(finding: FindingId, s: usize, e: usize) -> Candidate {
    Candidate {
        finding,
        s,
        e,
        literal: Spans::one(s, e),
        temperature_word: false,
        phrase: None,
    }
}

/// Every candidate the logs in `doc` tell.
pub(super) fn scan(doc: &Doc<'_>) -> Vec<Candidate> {
    let mut out = diary_days(doc);
    out.extend(clock_series(doc));
    out.extend(counted_answer(doc));
    out
}

/// Does an entry or answer word say a spasm happened?
fn spasm_word(w: &str) -> bool {
    matches!(
        w,
        "spasm" | "spasms" | "spasmed" | "spasming" | "seized" | "locked" | "woke" | "woken"
    )
}

fn woke_word(w: &str) -> bool {
    matches!(w, "woke" | "woken" | "waking" | "awake")
}

/// Entries opened by a weekday at the start of a sentence or after a
/// colon: three or more days with a spasm are `frequent_recurrence`, three
/// or more with waking are `night_waking`.
fn diary_days(doc: &Doc<'_>) -> Vec<Candidate> {
    let n = doc.tokens.len();
    let opens = |i: usize| {
        weekday(doc.word(i))
            && !matches!(doc.word(i), "today" | "yesterday" | "tonight")
            && (i == 0
                || matches!(
                    doc.tokens[i - 1].kind,
                    TokenKind::SentenceEnd | TokenKind::Pause
                ))
    };
    let starts: Vec<usize> = (0..n).filter(|&i| opens(i)).collect();
    let mut names: Vec<&str> = starts.iter().map(|&i| doc.word(i)).collect();
    names.sort_unstable();
    names.dedup();
    if names.len() < ENOUGH {
        return Vec::new();
    }
    let entry = |k: usize| starts[k]..starts.get(k + 1).copied().unwrap_or(n);
    let days_with = |test: fn(&str) -> bool| {
        (0..starts.len())
            .filter(|&k| entry(k).any(|i| test(doc.word(i))))
            .collect::<Vec<_>>()
    };
    let mut out = Vec::new();
    for (finding, days) in [
        (FindingId::FrequentRecurrence, days_with(spasm_word)),
        (FindingId::NightWaking, days_with(woke_word)),
    ] {
        if let (true, Some(&first), Some(&last)) = (days.len() >= ENOUGH, days.first(), days.last())
        {
            // (from the first day's weekday to the last day's)
            out.push(candidate(finding, starts[first], starts[last] + 1));
        }
    }
    out
}

/// A clock time "19:05" at token `i` (the hour), read as minutes past
/// midnight: a number, a colon written against it and two digits after.
fn clock_at(doc: &Doc<'_>, i: usize) -> Option<i32> {
    let (h, colon, m) = (
        doc.tokens.get(i)?,
        doc.tokens.get(i + 1)?,
        doc.tokens.get(i + 2)?,
    );
    let (TokenKind::Number(hv), TokenKind::Number(mv)) = (h.kind, m.kind) else {
        return None;
    };
    let joined = doc.text.get(h.end..m.start)? == ":" && colon.start == h.end;
    let two_digits = m.end - m.start == 2;
    (joined && two_digits && (0.0..24.0).contains(&hv) && (0.0..60.0).contains(&mv))
        .then(|| hv as i32 * 60 + mv as i32)
}

/// Three or more clock times no more than [`PATTERN_MINUTES`] apart, in a
/// text that names a tightening or a hardening bump: `rhythmic_tightening`.
fn clock_series(doc: &Doc<'_>) -> Option<Candidate> {
    let tightening = (0..doc.tokens.len()).any(|i| {
        matches!(
            doc.word(i),
            "tightening" | "tightenings" | "tightens" | "contraction" | "contractions" | "hard"
        )
    });
    if !tightening {
        return None;
    }
    let times: Vec<(usize, i32)> = (0..doc.tokens.len())
        .filter_map(|i| clock_at(doc, i).map(|t| (i, t)))
        .collect();
    // the longest run of times each a little after the one before
    let mut run_start = 0;
    for k in 1..=times.len() {
        let continues = k < times.len() && {
            let gap = times[k].1 - times[k - 1].1;
            gap > 0 && gap <= PATTERN_MINUTES
        };
        if !continues {
            if k - run_start >= ENOUGH {
                return Some(candidate(
                    FindingId::RhythmicTightening,
                    times[run_start].0,
                    times[k - 1].0 + 3,
                ));
            }
            run_start = k;
        }
    }
    None
}

/// "How many spasms in the last 7 days? 5": a form's question about
/// spasms (or nights woken) answered with a count of three or more.
fn counted_answer(doc: &Doc<'_>) -> Vec<Candidate> {
    let n = doc.tokens.len();
    let mut out = Vec::new();
    for i in 0..n.saturating_sub(1) {
        if !(doc.word(i) == "how" && doc.word(i + 1) == "many") {
            continue;
        }
        let Some(mark) = (i + 2..n).find(|&k| doc.tokens[k].kind == TokenKind::SentenceEnd) else {
            continue;
        };
        if doc.word(mark) != "?" {
            continue;
        }
        let asked = i + 2..mark;
        let finding = if asked.clone().any(|k| woke_word(doc.word(k))) {
            FindingId::NightWaking
        } else if asked
            .clone()
            .any(|k| spasm_word(doc.word(k)) || matches!(doc.word(k), "episodes" | "attacks"))
        {
            FindingId::FrequentRecurrence
        } else {
            continue;
        };
        let answer = (mark + 1..(mark + 3).min(n))
            .find(|&k| !matches!(doc.word(k), "about" | "maybe" | "around"));
        if let Some(k) = answer
            && matches!(doc.tokens[k].kind, TokenKind::Number(v) if v >= ENOUGH as f64)
        {
            out.push(candidate(finding, i, k + 1));
        }
    }
    out
}
