//! A double negative that says "every": "not had a single night this week
//! where the pain didn't wake me up", "there hasn't been a day without a
//! spasm". Both negations are dropped and the count word becomes "every",
//! so the sentence reads as what it says ("every night this week where the
//! pain wake me up").

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::{Piece, Words};

/// The outer negation.
const OUTER: &[&str] = &[
    "not", "no", "never", "hasnt", "havent", "wasnt", "isnt", "nt",
];

/// Words allowed between the outer negation and the counted time.
const BETWEEN: &[&str] = &[
    "had", "been", "there", "a", "one", "single", "even", "gone", "by",
];

/// The counted stretch of time.
const TIMES: &[&str] = &["night", "day", "morning", "evening", "week"];

/// The inner negation, inside the same sentence.
const INNER: &[&str] = &[
    "didnt", "doesnt", "hasnt", "wasnt", "havent", "dont", "not", "without",
];

/// Most words from the counted time to the inner negation.
const REACH: usize = 8;

/// (outer negation, count word or time, inner negation) of each such frame.
fn frames(t: &(impl Words + ?Sized)) -> Vec<[usize; 3]> {
    let word = |k: usize| t.word_at(k);
    let kind = |k: usize| t.kind_at(k);
    let n = t.count();
    let mut found = Vec::new();
    for i in 0..n {
        if !OUTER.contains(&word(i)) {
            continue;
        }
        let Some(time) = (i + 1..(i + 5).min(n))
            .take_while(|&k| BETWEEN.contains(&word(k)) || TIMES.contains(&word(k)))
            .find(|&k| TIMES.contains(&word(k)))
        else {
            continue;
        };
        // "not a single night", "no night", "hasn't been one day": a count
        // of one (or none) is what the frame negates
        let counted = (i + 1..time).any(|k| matches!(word(k), "a" | "one" | "single"))
            || (word(i) == "no" && time == i + 1);
        if !counted {
            continue;
        }
        let inner = (time + 1..(time + 1 + REACH).min(n))
            .take_while(|&k| kind(k) != TokenKind::SentenceEnd)
            .find(|&k| INNER.contains(&word(k)));
        if let Some(inner) = inner {
            found.push([i, time, inner]);
        }
    }
    found
}

pub(super) fn has_universal_double_negative(doc: &Doc<'_>) -> bool {
    let n = doc.tokens.len();
    (0..n).any(|i| TIMES.contains(&doc.word(i))) && !frames(doc).is_empty()
}

/// Reads each frame as "every …".
pub(super) fn read_as_every(list: &mut [Piece]) {
    let found = frames(&*list);
    for [outer, time, inner] in found {
        list[outer].word = "every".to_string();
        for piece in &mut list[outer + 1..time] {
            piece.word.clear();
        }
        list[inner].word.clear();
    }
}
