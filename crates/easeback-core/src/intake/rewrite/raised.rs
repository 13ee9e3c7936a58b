//! Negation raised onto "think": "I don't think she's kicked since
//! breakfast" says "I think she hasn't kicked". English puts the "not" of a
//! belief on the believing verb; when the verb below it is one whose absence
//! is the sign (a baby kicking or moving, bleeding or pain stopping or
//! easing), the "not" is lowered back onto that verb so the sign is read.
//! Other verbs keep the raised negation ("I don't think my waters have
//! gone" stays a hedged denial, read as before).

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::Piece;

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
        _ => return None,
    })
}

/// Most words between the belief verb and the sign verb.
const REACH: usize = 6;

/// Where a raised negation sits over a sign verb: (negation, sign verb).
fn raised_at(
    word: &impl Fn(usize) -> String,
    kind: &impl Fn(usize) -> TokenKind,
    n: usize,
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for i in 0..n {
        if !RAISING_NEGATIONS.contains(&word(i).as_str()) {
            continue;
        }
        // "don't think", "do not think", "don't really think"
        let Some(belief) = (i + 1..(i + 3).min(n)).find(|&k| BELIEF.contains(&word(k).as_str()))
        else {
            continue;
        };
        let clause = (belief + 1..(belief + 1 + REACH).min(n))
            .take_while(|&k| !matches!(kind(k), TokenKind::SentenceEnd | TokenKind::Pause));
        let mut verb = None;
        for k in clause {
            let w = word(k);
            // a negation of its own below: "don't think she hasn't…" is left as it is
            if matches!(
                w.as_str(),
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
            if SIGN_VERBS.contains(&w.as_str())
                && !matches!(word(k + 1).as_str(), "less" | "fewer" | "differently")
            {
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
    (0..n).any(|i| BELIEF.contains(&doc.word(i)))
        && !raised_at(
            &|k| doc.word(k).to_string(),
            &|k| doc.tokens.get(k).map_or(TokenKind::SentenceEnd, |t| t.kind),
            n,
        )
        .is_empty()
}

/// Lowers each raised negation onto its sign verb.
pub(super) fn lower_negation(list: &mut Vec<Piece>) {
    let n = list.len();
    let found = raised_at(
        &|k| list.get(k).map_or_else(String::new, |p| p.word.clone()),
        &|k| list.get(k).map_or(TokenKind::SentenceEnd, |p| p.kind),
        n,
    );
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
