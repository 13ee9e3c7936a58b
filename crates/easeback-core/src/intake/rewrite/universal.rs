//! A double negative that says "every": "not had a single night this week
//! where the pain didn't wake me up", "there hasn't been a day without a
//! spasm". Both negations are dropped and the count word becomes "every",
//! so the sentence reads as what it says ("every night this week where the
//! pain wake me up").

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::Piece;

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
fn frames(
    word: &impl Fn(usize) -> String,
    kind: &impl Fn(usize) -> TokenKind,
    n: usize,
) -> Vec<[usize; 3]> {
    let mut found = Vec::new();
    for i in 0..n {
        if !OUTER.contains(&word(i).as_str()) {
            continue;
        }
        let Some(time) = (i + 1..(i + 5).min(n))
            .take_while(|&k| {
                BETWEEN.contains(&word(k).as_str()) || TIMES.contains(&word(k).as_str())
            })
            .find(|&k| TIMES.contains(&word(k).as_str()))
        else {
            continue;
        };
        // "not a single night", "no night", "hasn't been one day": a count
        // of one (or none) is what the frame negates
        let counted = (i + 1..time).any(|k| matches!(word(k).as_str(), "a" | "one" | "single"))
            || (word(i) == "no" && time == i + 1);
        if !counted {
            continue;
        }
        let inner = (time + 1..(time + 1 + REACH).min(n))
            .take_while(|&k| kind(k) != TokenKind::SentenceEnd)
            .find(|&k| INNER.contains(&word(k).as_str()));
        if let Some(inner) = inner {
            found.push([i, time, inner]);
        }
    }
    found
}

pub(super) fn has_universal_double_negative(doc: &Doc<'_>) -> bool {
    let n = doc.tokens.len();
    (0..n).any(|i| TIMES.contains(&doc.word(i)))
        && !frames(
            &|k| doc.word(k).to_string(),
            &|k| doc.tokens.get(k).map_or(TokenKind::SentenceEnd, |t| t.kind),
            n,
        )
        .is_empty()
}

/// Reads each frame as "every …".
pub(super) fn read_as_every(list: &mut [Piece]) {
    let n = list.len();
    let found = frames(
        &|k| list.get(k).map_or_else(String::new, |p| p.word.clone()),
        &|k| list.get(k).map_or(TokenKind::SentenceEnd, |p| p.kind),
        n,
    );
    for [outer, time, inner] in found {
        list[outer].word = "every".to_string();
        for piece in &mut list[outer + 1..time] {
            piece.word.clear();
        }
        list[inner].word.clear();
    }
}
