//! A chat thread pasted as one line, messages apart by "|", some with who
//! wrote them ("me: back's spasming | him: any numbness? | nah legs fine"):
//! - "me:" is the writer, the pregnant person: the label goes;
//! - another person's message that asks ("him: any numbness?") is asked
//!   of her: "you"/"your" read as "me"/"my"; answered "no" in the next
//!   message, the question and its "no" go (the sign is denied); answered
//!   "yes", it reads as her statement;
//! - another person's message that tells ("him: I've got a temp of 38.9")
//!   is about that person: "I", "my", "me" read as "he", "his", "him", so
//!   the sign is someone else's; "you said your leg is numb" stays hers.
//!
//! Messages without a label are the writer's; so are "her:" messages in a
//! thread with no "me:" where others' labels ask her (pasted by someone
//! else: "Mom: baby moving ok? | her: yes but I had an accident").

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::{Piece, Words};

/// Who else writes in a thread with her.
const OTHERS: &[&str] = &[
    "him", "he", "her", "she", "mom", "mum", "mam", "ma", "dad", "friend", "bestie", "bff", "sis",
    "sister", "partner", "hubby", "husband", "bf", "gf", "babe", "bae", "mil", "nan", "gran",
    "doula", "midwife", "nurse", "bro", "brother",
];

/// Answers that say no / yes to the question before them.
const NO: &[&str] = &[
    "no", "nope", "nah", "none", "not", "nothing", "negative", "neither", "nil",
];
const YES: &[&str] = &[
    "yes",
    "yeah",
    "yep",
    "yup",
    "ya",
    "definitely",
    "kinda",
    "sorta",
];

/// Words that start a clause of their own after an answer's "no".
const CLAUSE_START: &[&str] = &[
    "its", "it", "im", "i", "ive", "thats", "that", "they", "theyre", "but", "just", "actually",
    "honestly", "the", "this", "she", "shes", "he", "hes", "worse", "getting",
];

/// Is the token at `i` of this kind, with this character in the text?
fn mark<W: Words + ?Sized>(list: &W, text: &str, span: (usize, usize), i: usize, c: &str) -> bool {
    list.kind_at(i) == TokenKind::Pause && text.get(span.0..span.1) == Some(c)
}

/// A label at `i` ("him:"): a label word, then ":", at the start of the
/// text or of a message.
fn is_label(text: &str, list: &[Piece], i: usize) -> bool {
    let w = list[i].word.as_str();
    (w == "me" || OTHERS.contains(&w) || named_speaker(text, list, i)) && label_at(text, list, i)
}

/// A word, then ":", at the start of the text or of a message.
fn label_at(text: &str, list: &[Piece], i: usize) -> bool {
    let Some(next) = list.get(i + 1) else {
        return false;
    };
    mark(list, text, (next.start, next.end), i + 1, ":")
        && (i == 0 || ends_message(text, list, i - 1) || list[i - 1].kind == TokenKind::SentenceEnd)
}

/// A capitalised name labelling two or more messages ("Bri: … | her: … |
/// Bri: …"): someone else in the thread. A heading used once ("Update:",
/// "Edit:") is never a speaker.
fn named_speaker(text: &str, list: &[Piece], i: usize) -> bool {
    let p = &list[i];
    let raw = text.get(p.start..p.end).unwrap_or("");
    raw.starts_with(|c: char| c.is_uppercase())
        && p.kind == TokenKind::Word
        && (0..list.len())
            .filter(|&k| list[k].word == p.word && label_at(text, list, k))
            .count()
            >= 2
}

/// Does a message end with token `i`: a "|" (its own token, or swallowed
/// by the "?" or "." before it)?
fn ends_message(text: &str, list: &[Piece], i: usize) -> bool {
    let Some(p) = list.get(i) else {
        return false;
    };
    let upto = list.get(i + 1).map_or(text.len(), |n| n.start);
    p.kind != TokenKind::Word && text.get(p.start..upto).is_some_and(|t| t.contains('|'))
}

/// Does the text look like a pasted thread? A cheap look before rebuilding.
pub(super) fn has_chat(doc: &Doc<'_>) -> bool {
    let bars = doc.text.contains('|');
    let labelled = (0..doc.count()).any(|i| {
        let w = doc.word_at(i);
        (w == "me" || OTHERS.contains(&w))
            && doc.kind_at(i + 1) == TokenKind::Pause
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|t| doc.text.get(t.start..t.end) == Some(":"))
    });
    bars && labelled
}

pub(super) fn read_chat(text: &str, list: &mut [Piece]) {
    // "Mom: how's the back? | her: still tight, 33 weeks today": a thread
    // pasted by someone else, with no "me:", where "her:" answers another
    // person's labels — "her" is the pregnant person speaking
    let labels: Vec<usize> = (0..list.len())
        .filter(|&i| is_label(text, list, i))
        .collect();
    let her = |w: &str| matches!(w, "her" | "she");
    let her_writes = !labels.iter().any(|&i| list[i].word == "me")
        && labels.iter().any(|&i| her(&list[i].word))
        && labels.iter().any(|&i| !her(&list[i].word));
    let other_label =
        |list: &[Piece], i: usize| list[i].word != "me" && !(her_writes && her(&list[i].word));
    // messages: (start, end, labelled by someone else)
    let mut messages: Vec<(usize, usize, Option<bool>)> = Vec::new();
    let mut start = 0;
    for i in 0..list.len() {
        if ends_message(text, list, i) {
            // (a "|" of its own is no part of either message)
            let end = if list[i].kind == TokenKind::Pause {
                i
            } else {
                i + 1
            };
            if start < end {
                let other = is_label(text, list, start).then(|| other_label(list, start));
                messages.push((start, end, other));
            }
            start = i + 1;
        }
    }
    if start < list.len() {
        let other = is_label(text, list, start).then(|| other_label(list, start));
        messages.push((start, list.len(), other));
    }
    let asks = |list: &[Piece], (s, e): (usize, usize)| {
        (s..e).any(|k| {
            list[k].kind == TokenKind::SentenceEnd
                && text
                    .get(list[k].start..list[k].end)
                    .is_some_and(|t| t.contains('?'))
        })
    };
    for m in 0..messages.len() {
        let (s, e, other) = messages[m];
        if other.is_none() {
            continue;
        }
        // the label and its ":"
        list[s].word.clear();
        list[s + 1].word.clear();
        if other != Some(true) {
            continue;
        }
        // (a label with nothing after it: "him: |")
        let body = ((s + 2).min(e), e);
        if asks(list, body) {
            for piece in &mut list[body.0..body.1] {
                let hers = match piece.word.as_str() {
                    "you" | "u" | "ya" => "me",
                    "your" | "ur" | "yer" => "my",
                    "youre" => "im",
                    _ => continue,
                };
                piece.word = hers.to_string();
            }
            // the answer: the next message's first word, past its "me:"
            let Some(&(ns, ne, next_other)) = messages.get(m + 1) else {
                continue;
            };
            if next_other == Some(true) {
                continue;
            }
            let first = ns + if next_other == Some(false) { 2 } else { 0 };
            if first >= ne {
                continue;
            }
            let answer = list[first].word.clone();
            if NO.contains(&answer.as_str()) {
                for piece in &mut list[body.0..body.1] {
                    piece.word.clear();
                }
                // the "no" belongs to the question when a clause of its own
                // follows ("no its getting worse"); "no bleeding, no leaking"
                // keeps its denials
                // (so does a "no" that is the whole answer, or that a comma
                // parts from what follows: "no | …", "no, but what if …")
                let next = list.get(first + 1).map_or("", |p| p.word.as_str());
                let after_comma = list.get(first + 2).map_or("", |p| p.word.as_str());
                let alone = first + 1 >= ne
                    || list[first + 1].kind == TokenKind::SentenceEnd
                    || (list[first + 1].kind == TokenKind::Pause
                        && CLAUSE_START.contains(&after_comma));
                if CLAUSE_START.contains(&next) || alone {
                    list[first].word.clear();
                }
            } else if YES.contains(&answer.as_str()) {
                for piece in &mut list[body.0..body.1] {
                    if piece.kind == TokenKind::SentenceEnd {
                        piece.kind = TokenKind::Pause;
                        piece.word = ",".to_string();
                    }
                }
                list[first].word.clear();
            }
        } else {
            // the teller named at the head of the message, so that what it
            // tells with no "I" ("hubby: 101 degrees") is still his
            list[s].word = "he".to_string();
            for piece in &mut list[body.0..body.1] {
                let theirs = match piece.word.as_str() {
                    "i" | "im" | "ive" | "id" => "he",
                    "my" => "his",
                    "me" => "him",
                    "myself" => "himself",
                    "mine" => "his",
                    "you" | "u" => "me",
                    "your" | "ur" => "my",
                    "youre" => "im",
                    _ => continue,
                };
                piece.word = theirs.to_string();
            }
        }
    }
}
