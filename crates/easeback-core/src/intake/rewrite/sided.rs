//! A side named between the owner and a limb ("catching her left foot",
//! "my right leg gave way") read without it ("my foot", "my leg"): the
//! findings about a limb do not depend on which side it is, and the
//! phrases name the limb straight after its owner. Only limbs: a side
//! elsewhere carries meaning ("under my right ribs" is a sign of its own).

use super::{Piece, Words};

fn owner(w: &str) -> bool {
    matches!(w, "my" | "her" | "his" | "your" | "me")
}

fn side(w: &str) -> bool {
    matches!(w, "left" | "right")
}

fn limb(w: &str) -> bool {
    matches!(
        w,
        "leg"
            | "legs"
            | "calf"
            | "foot"
            | "feet"
            | "thigh"
            | "toes"
            | "toe"
            | "knee"
            | "ankle"
            | "heel"
            | "shin"
            | "buttock"
            | "hip"
    )
}

fn sided_limb_at<W: Words + ?Sized>(w: &W, i: usize) -> bool {
    i > 0 && side(w.word_at(i)) && owner(w.word_at(i - 1)) && limb(w.word_at(i + 1))
}

/// A cheap first look: is any limb named with its side?
pub(super) fn has_sided_limb<W: Words + ?Sized>(w: &W) -> bool {
    (1..w.count()).any(|i| sided_limb_at(w, i))
}

/// Drop each such side word (an empty word is left out when the document
/// is rebuilt; the limb keeps its own span).
pub(super) fn drop_limb_sides(list: &mut [Piece]) {
    let sides: Vec<usize> = (1..list.len())
        .filter(|&i| sided_limb_at(list, i))
        .collect();
    for i in sides {
        list[i].word.clear();
    }
}
