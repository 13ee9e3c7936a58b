//! Everyday forms read as the plain statement they make:
//! - a checklist question answered yes ("Wakes you at night? Yes, every
//!   night this week"): the question is the writer's statement, in the
//!   first person ("wakes me at night, every night this week");
//! - an ordinal count ("3rd night this week", "the fourth time today"):
//!   that many nights or times;
//! - "one of my legs" as "one leg": one side, not both;
//! - a part of the body, a word of degree and the noun "pain" with no verb
//!   between, as many second-language writers put it ("my chest very
//!   pain", "belly so paining"): read as the adjective ("chest very
//!   painful"), so the part's pain and its degree are both read;
//! - "my whole belly", "her entire back": the part, as the lexicon names it;
//! - "foot" told up to the knee ("mi left foot from knee down"), as
//!   Caribbean English names the whole leg: read as the leg;
//! - a reading told by whoever took it ("the pharmacist took my blood
//!   pressure, she got 150/112"): "she" is the one measuring, not someone
//!   whose reading it is, so it reads "it was 150/112".

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::Piece;

/// Replies that say yes to the question before them.
const YES: &[&str] = &[
    "yes",
    "yeah",
    "yep",
    "yup",
    "y",
    "ya",
    "yh",
    "definitely",
    "absolutely",
];

/// People who take a reading for someone else.
const MEASURERS: &[&str] = &[
    "pharmacist",
    "chemist",
    "midwife",
    "mw",
    "nurse",
    "doctor",
    "dr",
    "doc",
    "gp",
    "consultant",
    "obgyn",
    "ob",
    "obstetrician",
    "hca",
    "paramedic",
    "paramedics",
    "registrar",
    "practitioner",
];

/// Verbs with which the one measuring tells the reading.
const READ_VERBS: &[&str] = &[
    "got", "gets", "measured", "read", "recorded", "found", "clocked", "took", "wrote", "said",
    "says", "checked", "had",
];

/// Parts of the body told with their pain and no verb ("chest very pain").
const PAINED_PARTS: &[&str] = &[
    "chest", "head", "belly", "tummy", "stomach", "back", "leg", "calf", "bump", "side", "neck",
    "shoulder", "ribs", "abdomen",
];

/// Words of degree between the part and its pain.
const DEGREE: &[&str] = &["very", "so", "too", "really", "super", "much", "quite"];

/// Pain nouns after a word of degree (where English wants an adjective).
const PAIN_AFTER_DEGREE: &[&str] = &["pain", "paining"];

/// Things an ordinal counts, and their plural.
const COUNTED: &[(&str, &str)] = &[
    ("night", "nights"),
    ("time", "times"),
    ("day", "days"),
    ("morning", "mornings"),
    ("evening", "evenings"),
    // "the third spasm since Monday"
    ("spasm", "spasms"),
    ("episode", "episodes"),
    ("attack", "attacks"),
];

/// Words a writer calls the reader by at the start of a message or
/// sentence ("Sister, good morning", "Sister pls my thigh is numb", "Doctor
/// the pain…"): in much of Africa and South Asia a nurse is "Sister".
const ADDRESSES: &[&str] = &[
    "sister", "sis", "nurse", "doctor", "doc", "dr", "madam", "maam", "ma", "mam", "mum", "mom",
    "mummy", "mommy", "aunty", "auntie", "dear", "midwife",
];

/// What follows a person named at the start of a sentence when she is the
/// one written about ("Sister is 30 weeks", "Mum had…", "sister-in-law"):
/// after anything else the word is an address ("Sister pls…", "Sis blood
/// is coming").
const HER_VERBS: &[&str] = &[
    "is", "s", "has", "had", "was", "says", "said", "got", "gets", "keeps", "cant", "can",
    "cannot", "feels", "felt", "went", "goes", "just", "also", "too", "and", "in", "who", "she",
    "shes", "her", "will", "would", "could", "did", "does", "doesnt", "didnt", "isnt", "hasnt",
    "wasnt", "thinks", "thought", "told", "tells", "asked", "wants", "started", "fainted", "woke",
    "bled", "needs", "needed", "hasn", "of", "or", "to", "with",
];

/// Is `w`, at the start of a sentence (`at_start`) and followed by `next`,
/// a word of address?
fn is_address(w: &str, at_start: bool, next: &str, next_kind: Option<TokenKind>) -> bool {
    at_start
        && ADDRESSES.contains(&w)
        && (matches!(next_kind, Some(TokenKind::Pause | TokenKind::SentenceEnd))
            || next_kind.is_some() && !HER_VERBS.contains(&next))
}

/// "Sister, pls my right thigh is numb": the word of address is left out,
/// so the message is not read as about a sister.
fn words_of_address(list: &mut [Piece]) {
    let found: Vec<usize> = (0..list.len())
        .filter(|&i| {
            let at_start = i == 0 || list[i - 1].kind == TokenKind::SentenceEnd;
            let next = list.get(i + 1);
            is_address(
                &list[i].word,
                at_start,
                next.map_or("", |p| p.word.as_str()),
                next.map(|p| p.kind),
            )
        })
        .collect();
    for i in found {
        list[i].word.clear();
    }
}

fn is_question_end(text: &str, p: &Piece) -> bool {
    p.kind == TokenKind::SentenceEnd && text.get(p.start..p.end) == Some("?")
}

/// Does any of the forms appear? A cheap look before rebuilding.
pub(super) fn has_everyday_forms(doc: &Doc<'_>) -> bool {
    let n = doc.tokens.len();
    (0..n).any(|i| {
        let w = doc.word(i);
        (YES.contains(&w)
            && i > 0
            && doc.tokens[i - 1].kind == TokenKind::SentenceEnd
            && doc.text.get(doc.tokens[i - 1].start..doc.tokens[i - 1].end) == Some("?"))
            || (w == "one" && doc.word(i + 1) == "of" && one_of(doc.word(i + 3)).is_some())
            || MEASURERS.contains(&w)
            || (matches!(w, "foot" | "feet") && (i + 1..i + 5).any(|k| doc.word(k) == "knee"))
            || (matches!(w, "whole" | "entire")
                && whole_part(doc.word(i.wrapping_sub(1)), doc.word(i + 1)))
            || (PAINED_PARTS.contains(&w)
                && DEGREE.contains(&doc.word(i + 1))
                && PAIN_AFTER_DEGREE.contains(&doc.word(i + 2)))
            || is_address(
                w,
                i == 0 || doc.tokens[i - 1].kind == TokenKind::SentenceEnd,
                doc.word(i + 1),
                doc.tokens.get(i + 1).map(|t| t.kind),
            )
            || (COUNTED.iter().any(|(one, _)| *one == w)
                && i > 0
                && matches!(doc.tokens[i - 1].kind, TokenKind::Number(v) if v >= 2.0))
    })
}

pub(super) fn read_everyday_forms(text: &str, list: &mut [Piece]) {
    words_of_address(list);
    answered_questions(text, list);
    ordinal_counts(text, list);
    one_of_them(list);
    reading_by_measurer(list);
    part_with_its_pain(list);
    foot_to_the_knee(list);
    whole_parts(list);
}

/// "whole"/"entire" between an owner and a part of the body.
fn whole_part(before: &str, after: &str) -> bool {
    matches!(before, "my" | "her" | "the" | "your") && crate::intake::BODY_WORDS.contains(&after)
}

/// "pain across my whole belly" → "pain across my belly".
fn whole_parts(list: &mut [Piece]) {
    for i in 1..list.len().saturating_sub(1) {
        if matches!(list[i].word.as_str(), "whole" | "entire")
            && whole_part(&list[i - 1].word, &list[i + 1].word)
        {
            list[i].word.clear();
        }
    }
}

/// "my left foot from knee down swell up" → "my left leg …": a foot that
/// reaches the knee is the leg.
fn foot_to_the_knee(list: &mut [Piece]) {
    for i in 0..list.len() {
        let up_to_knee = (i + 1..(i + 5).min(list.len())).any(|k| list[k].word == "knee");
        if up_to_knee && matches!(list[i].word.as_str(), "foot" | "feet") {
            list[i].word = if list[i].word == "foot" {
                "leg"
            } else {
                "legs"
            }
            .to_string();
        }
    }
}

/// "my chest very pain" → "my chest very painful".
fn part_with_its_pain(list: &mut [Piece]) {
    for i in 0..list.len().saturating_sub(2) {
        if PAINED_PARTS.contains(&list[i].word.as_str())
            && DEGREE.contains(&list[i + 1].word.as_str())
            && PAIN_AFTER_DEGREE.contains(&list[i + 2].word.as_str())
        {
            list[i + 2].word = "painful".to_string();
        }
    }
}

/// "the midwife checked my bp, she got 150/112" → "… it was 150/112": a
/// pronoun with a verb of reading, a number close after, and someone who
/// measures named shortly before, in that sentence or the one before.
fn reading_by_measurer(list: &mut [Piece]) {
    for i in 1..list.len().saturating_sub(2) {
        if !matches!(list[i].word.as_str(), "she" | "he" | "they")
            || !READ_VERBS.contains(&list[i + 1].word.as_str())
        {
            continue;
        }
        let number_follows = list[i + 2..(i + 6).min(list.len())]
            .iter()
            .any(|p| matches!(p.kind, TokenKind::Number(_)));
        let mut sentences = 0;
        let measurer_before = list[i.saturating_sub(25)..i].iter().rev().any(|p| {
            if p.kind == TokenKind::SentenceEnd {
                sentences += 1;
            }
            sentences < 2 && MEASURERS.contains(&p.word.as_str())
        });
        if number_follows && measurer_before {
            list[i].word = "it".to_string();
            list[i + 1].word = "was".to_string();
        }
    }
}

/// The singular of a paired body part.
fn one_of(w: &str) -> Option<&'static str> {
    Some(match w {
        "legs" => "leg",
        "calves" => "calf",
        "feet" => "foot",
        "ankles" => "ankle",
        "thighs" => "thigh",
        "knees" => "knee",
        _ => return None,
    })
}

/// "one of my legs is swollen" → "one leg is swollen".
fn one_of_them(list: &mut [Piece]) {
    for i in 0..list.len().saturating_sub(3) {
        if list[i].word == "one"
            && list[i + 1].word == "of"
            && matches!(list[i + 2].word.as_str(), "my" | "her" | "the")
            && let Some(one) = one_of(&list[i + 3].word)
        {
            list[i + 1].word.clear();
            list[i + 2].word.clear();
            list[i + 3].word = one.to_string();
        }
    }
}

/// "Wakes you at night? Yes, every night" → "wakes me at night , every night".
fn answered_questions(text: &str, list: &mut [Piece]) {
    for q in 0..list.len() {
        if !is_question_end(text, &list[q]) {
            continue;
        }
        let Some(answer) = list.get(q + 1) else {
            continue;
        };
        if !YES.contains(&answer.word.as_str()) {
            continue;
        }
        let start = (0..q)
            .rev()
            .find(|&k| list[k].kind == TokenKind::SentenceEnd)
            .map_or(0, |k| k + 1);
        for piece in &mut list[start..q] {
            let mine = match piece.word.as_str() {
                "you" => "me",
                "your" => "my",
                "youre" => "im",
                "youve" => "ive",
                _ => continue,
            };
            piece.word = mine.to_string();
        }
        // one clause: the question runs on into what the answer adds
        list[q].kind = TokenKind::Pause;
        list[q].word = ",".to_string();
        list[q + 1].word.clear();
    }
}

/// "3rd night" → "3 nights", "the third time" → "the 3 times". The
/// tokeniser already reads "3rd" and "third" as the number 3; what marks the
/// ordinal is the suffix its written form ends in ("four" is no ordinal).
fn ordinal_counts(text: &str, list: &mut [Piece]) {
    for i in 1..list.len() {
        let Some(&(_, plural)) = COUNTED.iter().find(|(one, _)| *one == list[i].word) else {
            continue;
        };
        let prev = &list[i - 1];
        let ordinal = matches!(prev.kind, TokenKind::Number(v) if v >= 2.0)
            && text.get(prev.start..prev.end).is_some_and(|t| {
                let t = t.to_ascii_lowercase();
                t.len() > 2 && ["st", "nd", "rd", "th"].iter().any(|end| t.ends_with(end))
            });
        if ordinal {
            list[i].word = plural.to_string();
        }
    }
}
