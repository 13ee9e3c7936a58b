//! Negation raised onto "think": "I don't think she's kicked since
//! breakfast" says "I think she hasn't kicked". English puts the "not" of a
//! belief on the believing verb; when the verb below it is one whose absence
//! is the sign (a baby kicking or moving, bleeding or pain stopping or
//! easing), the "not" is lowered back onto that verb so the sign is read.
//! Other verbs keep the raised negation ("I don't think my waters have
//! gone" stays a hedged denial, read as before).

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::{Piece, Words};

/// Negations that a belief verb after them can carry.
const RAISING_NEGATIONS: &[&str] = &["dont", "didnt", "doesnt", "not"];

/// Belief verbs that take a raised negation.
const BELIEF: &[&str] = &["think", "believe", "reckon", "suppose"];

/// Verbs whose absence is a warning sign.
const SIGN_VERBS: &[&str] = &[
    "kicked", "kick", "kicking", "moved", "move", "moving", "felt", "stopped", "stop", "eased",
    "ease", "settled", "calmed", "wriggled",
];

/// Auxiliaries that take the lowered negation themselves ("has" → "hasnt").
fn negated_aux(w: &str) -> Option<&'static str> {
    Some(match w {
        "has" => "hasnt",
        "have" => "havent",
        "had" => "hadnt",
        "is" => "isnt",
        "was" => "wasnt",
        "are" => "arent",
        "did" => "didnt",
        "does" => "doesnt",
        "do" => "dont",
        _ => return None,
    })
}

/// Most words between the belief verb and the sign verb.
const REACH: usize = 6;

/// Where a raised negation sits over a sign verb: (negation, sign verb).
fn raised_at(t: &(impl Words + ?Sized)) -> Vec<(usize, usize)> {
    let word = |k: usize| t.word_at(k);
    let kind = |k: usize| t.kind_at(k);
    let n = t.count();
    let mut found = Vec::new();
    for i in 0..n {
        if !RAISING_NEGATIONS.contains(&word(i)) {
            continue;
        }
        // "don't think", "do not think", "don't really think"
        let Some(belief) = (i + 1..(i + 3).min(n)).find(|&k| BELIEF.contains(&word(k))) else {
            continue;
        };
        let clause = (belief + 1..(belief + 1 + REACH).min(n))
            .take_while(|&k| !matches!(kind(k), TokenKind::SentenceEnd | TokenKind::Pause));
        let mut verb = None;
        for k in clause {
            let w = word(k);
            // a negation of its own below: "don't think she hasn't…" is left as it is
            if matches!(
                w,
                "not"
                    | "no"
                    | "hasnt"
                    | "havent"
                    | "isnt"
                    | "wasnt"
                    | "didnt"
                    | "never"
                    | "nothing"
            ) {
                break;
            }
            // "I don't think she's moved less": a denial of the change itself
            if SIGN_VERBS.contains(&w) && !matches!(word(k + 1), "less" | "fewer" | "differently") {
                verb = Some(k);
                break;
            }
        }
        if let Some(v) = verb {
            found.push((i, v));
        }
    }
    found
}

/// Is there a raised negation over a sign verb?
pub(super) fn has_raised_negation(doc: &Doc<'_>) -> bool {
    let n = doc.tokens.len();
    (0..n).any(|i| BELIEF.contains(&doc.word(i))) && !raised_at(doc).is_empty()
}

/// Lowers each raised negation onto its sign verb.
pub(super) fn lower_negation(list: &mut Vec<Piece>) {
    let found = raised_at(list.as_slice());
    // from the end, so earlier indexes stay valid when a word is inserted
    for &(neg, verb) in found.iter().rev() {
        let before = verb.checked_sub(1).filter(|&b| b > neg);
        match before.and_then(|b| negated_aux(&list[b].word).map(|a| (b, a))) {
            Some((b, aux)) => list[b].word = aux.to_string(),
            None => {
                let at = list[verb].start;
                let subject = before.is_some_and(|b| {
                    matches!(list[b].word.as_str(), "she" | "he" | "it" | "baby" | "they")
                });
                list.insert(
                    verb,
                    Piece {
                        word: if subject { "hasnt" } else { "not" }.to_string(),
                        kind: TokenKind::Word,
                        start: at,
                        end: at,
                    },
                );
            }
        }
        list[neg].word.clear();
    }
}

// ------------------------------------------------ negation put first

/// Negations a sentence can open with, inverting what follows: "Not since
/// breakfast have I felt her move", "Never has she been this quiet", "Not
/// once has he kicked today".
const FRONTED: &[&[&str]] = &[
    &["not", "since"],
    &["not", "once"],
    &["never"],
    &["at", "no", "point"],
];

/// Qualities that "never … this" says are new: "never been this quiet".
const UNPRECEDENTED: &[&str] = &[
    "quiet", "still", "bad", "sore", "painful", "strong", "heavy", "high", "hot", "swollen",
    "puffy", "weak", "dizzy", "low", "slow", "calm", "sick", "numb", "intense", "severe", "much",
    "little", "few", "less",
];

/// Auxiliaries that invert with their subject after a fronted negation.
const INVERTED_AUX: &[&str] = &["have", "has", "had", "did", "does", "do"];

/// Subjects that follow an inverted auxiliary.
const SUBJECTS: &[&str] = &["i", "she", "he", "it", "they", "baby"];

/// Words that follow the subject of an inverted auxiliary.
const AFTER_SUBJECT: &[&str] = &[
    "been", "felt", "kicked", "moved", "had", "seen", "noticed", "wriggled", "stopped", "got",
    "feel", "kick", "move", "have",
];

/// The last word of the subject after an inverted auxiliary at `aux`: "I",
/// "she", or "the baby", "my little one" up to the verb.
fn subject_end(t: &(impl Words + ?Sized), aux: usize) -> Option<usize> {
    let word = |k: usize| t.word_at(k);
    let first = word(aux + 1);
    if SUBJECTS.contains(&first) {
        return Some(aux + 1);
    }
    if !matches!(first, "the" | "my" | "her" | "our") {
        return None;
    }
    (aux + 2..aux + 5).find(|&k| AFTER_SUBJECT.contains(&word(k + 1)))
}

/// (first word of the fronted negation, its length, the inverted
/// auxiliary, the subject's last word) of each such sentence.
fn fronted_at(t: &(impl Words + ?Sized)) -> Vec<(usize, usize, usize, usize)> {
    let word = |k: usize| t.word_at(k);
    let kind = |k: usize| t.kind_at(k);
    let n = t.count();
    let mut found = Vec::new();
    for i in 0..n {
        if i > 0 && kind(i - 1) != TokenKind::SentenceEnd {
            continue;
        }
        let Some(len) = FRONTED
            .iter()
            .find(|ws| ws.iter().enumerate().all(|(k, w)| word(i + k) == *w))
            .map(|ws| ws.len())
        else {
            continue;
        };
        // the inverted auxiliary within a few words: "not since breakfast have I"
        let inverted = (i + len..(i + len + 5).min(n))
            .take_while(|&k| kind(k) != TokenKind::SentenceEnd)
            .filter(|&k| INVERTED_AUX.contains(&word(k)))
            .find_map(|k| subject_end(t, k).map(|last| (k, last)));
        if let Some((aux, last)) = inverted {
            found.push((i, len, aux, last));
        }
    }
    found
}

/// Does a sentence open with a negation that inverts its verb?
pub(super) fn has_fronted_negation(doc: &Doc<'_>) -> bool {
    let n = doc.tokens.len();
    (0..n).any(|i| matches!(doc.word(i), "not" | "never" | "no")) && !fronted_at(doc).is_empty()
}

/// "Not since breakfast have I felt her move" → "since breakfast I haven't
/// felt her move": the negation goes back onto the auxiliary, after its
/// subject ("once" and "never" leave with it; "since …" stays as the time).
pub(super) fn unfront_negation(list: &mut [Piece]) {
    let n = list.len();
    let found = fronted_at(&*list);
    for (at, len, aux, last) in found {
        // "not since": only "not" goes; the others go whole
        let dropped = if list[at + 1].word == "since" { 1 } else { len };
        for piece in &mut list[at..at + dropped] {
            piece.word.clear();
        }
        // "Never has she been this quiet": never before, so now it is
        // ("…this whole pregnancy", "…this week" only say when)
        let end = (aux..n)
            .find(|&k| list[k].kind == TokenKind::SentenceEnd)
            .unwrap_or(n);
        let unprecedented = (aux..end).any(|k| {
            matches!(list[k].word.as_str(), "this" | "so" | "that")
                && UNPRECEDENTED.contains(&list.get(k + 1).map_or("", |p| p.word.as_str()))
        });
        let verb = if unprecedented {
            std::mem::take(&mut list[aux].word)
        } else {
            negated_aux(&list[aux].word).unwrap_or("not").to_string()
        };
        // "has the baby" → "the baby has"
        list[aux..=last].rotate_left(1);
        list[last].word = verb;
    }
}
