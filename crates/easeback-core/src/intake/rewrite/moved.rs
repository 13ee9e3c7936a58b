//! Pain that moves to the belly is belly pain: "the pain has come round to
//! the front", "it's spread into my tummy". The movement is read as where
//! the pain now is ("the pain in my tummy"), so what the text says of it
//! next ("it's severe and constant, nothing eases it") is read about the
//! belly, where a severe pain that does not ease is an emergency sign.

use super::super::Doc;
use super::{Piece, Words};

/// What moves.
const SUBJECTS: &[&str] = &[
    "pain", "ache", "it", "spasm", "spasms", "cramp", "cramps", "cramping", "agony",
];

/// How it moves.
const MOVES: &[&str] = &[
    "moved",
    "move",
    "moving",
    "come",
    "came",
    "coming",
    "gone",
    "went",
    "going",
    "spread",
    "spreading",
    "spreads",
    "shifted",
    "travelled",
    "traveled",
    "wrapped",
    "wraps",
    "wrapping",
    "radiating",
    "radiates",
    // "the pain of the back passed to the belly"
    "passed",
    "passes",
    "passing",
];

/// Words between the verb and where it goes.
const PATH: &[&str] = &[
    "round", "around", "over", "through", "across", "right", "all", "the", "way",
];

/// The belly.
const BELLY: &[&str] = &["belly", "tummy", "stomach", "abdomen", "bump", "tum"];

/// (first word after the subject, last word of the place, the belly word to use).
fn moves_to_belly(t: &(impl Words + ?Sized)) -> Vec<(usize, usize, String)> {
    let word = |k: usize| t.word_at(k);
    let n = t.count();
    let mut found = Vec::new();
    for i in 0..n {
        if !SUBJECTS.contains(&word(i)) {
            continue;
        }
        // "the pain has now moved", "it's come"
        let Some(verb) = (i + 1..(i + 6).min(n)).find(|&k| MOVES.contains(&word(k))) else {
            continue;
        };
        if !(i + 1..verb).all(|k| {
            matches!(
                word(k),
                "has" | "have" | "is" | "s" | "now" | "then" | "had" | "was"
                    // "the pain of (my) back"
                    | "of" | "the" | "my" | "back" | "in"
            )
        }) {
            continue;
        }
        let mut k = verb + 1;
        while k < n && PATH.contains(&word(k)) && word(k) != "the" {
            k += 1;
        }
        if !matches!(word(k), "to" | "into" | "in") {
            continue;
        }
        k += 1;
        // "the front (of my tummy)", "my belly", "the bump"
        let mut belly = None;
        let mut end = k;
        for j in k..(k + 6).min(n) {
            let w = word(j);
            if BELLY.contains(&w) {
                belly = Some(w.to_string());
                end = j;
                break;
            }
            if w == "front" {
                belly = Some("tummy".to_string());
                end = j;
                if word(j + 1) != "of" {
                    break;
                }
                continue;
            }
            if !matches!(w, "the" | "my" | "of" | "whole" | "lower") {
                break;
            }
        }
        if let Some(belly) = belly
            && end >= i + 3
        {
            found.push((i + 1, end, belly));
        }
    }
    found
}

pub(super) fn has_pain_moving_to_belly(doc: &Doc<'_>) -> bool {
    let n = doc.tokens.len();
    (0..n).any(|i| MOVES.contains(&doc.word(i))) && !moves_to_belly(doc).is_empty()
}

/// "the pain has moved round to the front of my tummy" → "the pain in my tummy".
pub(super) fn read_as_belly_pain(list: &mut [Piece]) {
    let found = moves_to_belly(&*list);
    for (from, to, belly) in found {
        for piece in &mut list[from..=to] {
            piece.word.clear();
        }
        list[from].word = "in".to_string();
        list[from + 1].word = "my".to_string();
        list[to].word = belly;
    }
}
