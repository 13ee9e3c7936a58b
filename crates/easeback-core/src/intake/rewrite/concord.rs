//! Negation as many English speakers stack it, read for what it says:
//! - negative concord with a word of "almost not": "she hasn't hardly
//!   moved", "I can't barely feel my leg" say "hardly moved", "barely
//!   feel" — the second word carries the meaning, the first only agrees;
//! - "ain't" as the plain negative it stands for: "hasn't"/"haven't"
//!   before a participle ("baby ain't moved"), "not" otherwise ("it ain't
//!   stopping");
//! - a denied saying of a denial ("not gonna say they ain't waking me up",
//!   "I won't pretend it isn't bleeding"): the two cancel, and the sign is
//!   told. Only saying, pretending, denying and claiming count ("can't tell
//!   if she's not moving" is doubt, and keeps its "not");
//! - a habit that was not and now is ("my spasms didn't use to wake me but
//!   they do now"): the "didn't use to" goes, and the clause is told.

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::{Piece, Words};

/// Words that mean "almost not" on their own.
const ALMOST_NOT: &[&str] = &["hardly", "barely", "scarcely"];

/// Negators that only agree with a following [`ALMOST_NOT`].
const AGREEING: &[&str] = &[
    "not", "aint", "hasnt", "havent", "hadnt", "dont", "doesnt", "didnt", "cant", "couldnt",
    "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "no", "never",
];

/// Verbs of saying whose denial, over a denied clause, cancels it.
/// ("I'm not saying I don't have…" is left alone: a hedge that is often
/// taken back in the next breath.)
const SAYING: &[&str] = &[
    "say",
    "pretend",
    "pretending",
    "deny",
    "denying",
    "claim",
    "claiming",
];

/// Negators of the saying ("not gonna say", "won't pretend", "can't deny").
/// "didn't say" and "never said" report what was said, and are left alone.
const SAYING_DENIED_BY: &[&str] = &[
    "not", "wont", "cant", "couldnt", "wouldnt", "aint", "cannot", "shant",
];

/// Words allowed between the negator and the verb of saying.
const SAYING_GAP: &[&str] = &[
    "gonna", "going", "to", "honestly", "really", "even", "gon", "finna", "i", "im", "go",
];

/// Negators inside the clause that is said.
const INNER: &[&str] = &[
    "not", "aint", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "dont", "doesnt",
    "didnt", "no", "never", "cant", "couldnt", "wont",
];

/// Irregular participles that "ain't" makes a perfect of ("ain't felt").
const PARTICIPLES: &[&str] = &[
    "been", "had", "got", "felt", "done", "gone", "seen", "slept", "kept", "eaten", "heard",
    "left", "come", "stopped",
];

fn is_participle(w: &str) -> bool {
    PARTICIPLES.contains(&w) || (w.len() > 3 && w.ends_with("ed"))
}

/// Does any of the forms appear? A cheap look before rebuilding.
pub(super) fn has_stacked_negation(doc: &Doc<'_>) -> bool {
    (0..doc.count()).any(|i| {
        let w = doc.word_at(i);
        w == "aint"
            || (ALMOST_NOT.contains(&w) && AGREEING.contains(&doc.word_at(i.wrapping_sub(1))))
            || (SAYING.contains(&w) && denied_saying(doc, i).is_some())
            || not_used_to_but_now(doc, i).is_some()
    })
}

/// "didn't use to … but they do now", "never used to … but it does now" at
/// `i` (the "use"/"used"): the ranges of "didn't use to" and of "but they
/// do" to drop, leaving "my spasms wake me … now". The "but … do(es) now"
/// must follow in the same sentence.
fn not_used_to_but_now<W: Words + ?Sized>(
    list: &W,
    i: usize,
) -> Option<((usize, usize), (usize, usize))> {
    let w = |k: usize| list.word_at(k);
    if !(matches!(w(i), "use" | "used") && w(i + 1) == "to") {
        return None;
    }
    let neg = match w(i.wrapping_sub(1)) {
        "didnt" | "never" => i - 1,
        "not" if w(i.wrapping_sub(2)) == "did" => i - 2,
        _ => return None,
    };
    let but = (i + 2..(i + 16).min(list.count()))
        .take_while(|&k| list.kind_at(k) != TokenKind::SentenceEnd)
        .find(|&k| w(k) == "but")?;
    let done = (but + 1..(but + 5).min(list.count()))
        .take_while(|&k| list.kind_at(k) != TokenKind::SentenceEnd)
        .find(|&k| matches!(w(k), "do" | "does" | "did") && w(k + 1) == "now")?;
    Some(((neg, i + 1), (but, done)))
}

/// The negator of the saying at `i`, if it is denied.
fn denied_saying<W: Words + ?Sized>(list: &W, i: usize) -> Option<usize> {
    (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| k + 1 == i || SAYING_GAP.contains(&list.word_at(k + 1)))
        .find(|&k| SAYING_DENIED_BY.contains(&list.word_at(k)))
}

pub(super) fn read_stacked_negation(list: &mut [Piece]) {
    for i in 0..list.len() {
        if let Some(((from, to), (but, done))) = not_used_to_but_now(list, i) {
            for k in (from..=to).chain(but..=done) {
                list[k].word.clear();
            }
        }
    }
    // a denied saying first, while "ain't" still reads as a negator
    for i in 0..list.len() {
        if !SAYING.contains(&list[i].word.as_str()) {
            continue;
        }
        let Some(neg) = denied_saying(list, i) else {
            continue;
        };
        // the first negator of the clause said, before a clause ends
        let inner = (i + 1..(i + 7).min(list.len()))
            .take_while(|&k| list[k].kind == TokenKind::Word)
            .find(|&k| INNER.contains(&list[k].word.as_str()));
        if let Some(inner) = inner {
            // the whole frame goes ("not gonna say (that)"): what is left is
            // the clause, told
            let frame_end = i + usize::from(list.get(i + 1).is_some_and(|p| p.word == "that"));
            for piece in &mut list[neg..=frame_end] {
                piece.word.clear();
            }
            list[inner].word.clear();
        }
    }
    for i in 0..list.len() {
        let next = list.get(i + 1).map_or("", |p| p.word.as_str());
        if AGREEING.contains(&list[i].word.as_str()) && ALMOST_NOT.contains(&next) {
            list[i].word.clear();
            continue;
        }
        if list[i].word != "aint" {
            continue;
        }
        // (past "even", "really": "ain't even moved")
        let verb = (i + 1..(i + 3).min(list.len()))
            .map(|k| list[k].word.as_str())
            .find(|w| !matches!(*w, "even" | "really" | "hardly" | "barely"))
            .unwrap_or("");
        let plural = matches!(
            list.get(i.wrapping_sub(1)).map(|p| p.word.as_str()),
            Some("i" | "we" | "you" | "they" | "ya")
        );
        list[i].word = match (is_participle(verb), plural) {
            (true, true) => "havent",
            (true, false) => "hasnt",
            _ => "not",
        }
        .to_string();
    }
}
