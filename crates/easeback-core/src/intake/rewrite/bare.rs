//! A part of the body written without its owner, as hurried and
//! telegraphic messages drop the "my": "cant control bowels", "shooting
//! pain down r leg", "no feeling in foot". Read with "my", after a
//! relative's text has been turned round, so the part is the pregnant
//! person's whoever types (never the writer's own when someone writes for
//! her).

use super::{Piece, Words};
use crate::intake::normalize::TokenKind;

/// Words after which English names a part with its owner ("down my leg",
/// "control my bladder"), so a bare part there has lost its "my". (Sets as
/// `match`es: this runs over every word of every message.)
fn governing(w: &str) -> bool {
    matches!(
        w,
        "down"
            | "into"
            | "in"
            | "to"
            | "control"
            | "hold"
            | "feel"
            | "lift"
            | "move"
            | "across"
            | "round"
            | "around"
            | "from"
            | "through"
            | "under"
            // "scared back will go", "in case back goes again"
            | "scared"
            | "afraid"
            | "terrified"
            | "worried"
            | "frightened"
            | "nervous"
            | "case"
    )
}

/// Parts of the body that read with "my" after a governing word (not the
/// waters, a wee or the baby, whose bare forms mean other things).
fn part(w: &str) -> bool {
    matches!(
        w,
        "leg"
            | "legs"
            | "calf"
            | "calves"
            | "foot"
            | "feet"
            | "thigh"
            | "thighs"
            | "toes"
            | "bowels"
            | "bladder"
            | "back"
            | "belly"
            | "tummy"
            | "bump"
            | "hip"
            | "hips"
            | "knee"
            | "knees"
            | "ankles"
            | "ankle"
            | "chest"
            | "stomach"
            | "bum"
            | "buttock"
            | "buttocks"
            | "groin"
            | "hands"
            | "face"
            | "eyes"
    )
}

/// A side before the part: "down right leg".
fn side(w: &str) -> bool {
    matches!(w, "right" | "left" | "lower" | "upper")
}

/// Where a part starts that has lost its "my": at `i` (or at the side word
/// before it), right after a governing word.
fn bare_part_at<W: Words + ?Sized>(w: &W, i: usize) -> bool {
    if i == 0 || !part(w.word_at(i)) {
        return false;
    }
    let sided = side(w.word_at(i - 1));
    let before = if sided { i.checked_sub(2) } else { Some(i - 1) };
    // ("down back of leg": "back of" places the part after it)
    w.word_at(i + 1) != "of"
        && before.is_some_and(|b| governing(w.word_at(b)) && w.kind_at(b) == TokenKind::Word)
}

/// A cheap first look: does any part lose its "my"?
pub(super) fn has_bare_part<W: Words + ?Sized>(w: &W) -> bool {
    (1..w.count()).any(|i| bare_part_at(w, i))
}

/// Each part that lost its "my" gets one, an empty span at the part (or
/// its side word).
pub(super) fn own_bare_parts(list: Vec<Piece>) -> Vec<Piece> {
    let owned: Vec<usize> = (1..list.len())
        .filter(|&i| bare_part_at(list.as_slice(), i))
        .map(|i| if side(list.word_at(i - 1)) { i - 1 } else { i })
        .collect();
    if owned.is_empty() {
        return list;
    }
    let mut out = Vec::with_capacity(list.len() + owned.len());
    for (i, p) in list.into_iter().enumerate() {
        if owned.contains(&i) {
            out.push(Piece {
                word: "my".to_string(),
                kind: TokenKind::Word,
                start: p.start,
                end: p.start,
            });
        }
        out.push(p);
    }
    out
}
