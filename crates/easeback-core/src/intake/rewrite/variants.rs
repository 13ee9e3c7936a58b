//! Words as dictation, counting and dialect write them, read as the words
//! the lexicon knows — each only where its neighbours show what was meant:
//! - a phone's dictation hearing a key word as a near-homophone: "four
//!   knights out of seven" (nights), "keeps walking me up" (waking), "my
//!   psalms and souls" (palms and soles), "her thais" (thighs), "gone
//!   number" (numb), "can't hold her you're in" (urine), "when I P" (pee);
//! - a count's qualifier dropped ("five separate times", "three whole
//!   nights", the Tagalog "5 times na this week"), so the count meets what
//!   it counts;
//! - "the right one" of a pair of limbs named before it ("not both legs,
//!   just the right one") read as her leg;
//! - "my girl" for the writer's pregnant partner (US English), when a
//!   pregnancy is told and no child's age;
//! - the Jamaican "it a bun mi" (burning);
//! - the Korean "bae" (belly) when it hurts, not the partner "bae";
//! - "fell out" for fainting (US Southern and African American English:
//!   "she just fell out in the kitchen"), not "fell out of bed" or "fell
//!   out with her sister";
//! - a thing named in a sentence of its own and told about in the next,
//!   which has no subject ("Her right leg. Is swollen from the knee
//!   down."), read as one sentence.

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::{Piece, Words};

/// What a variant becomes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Change {
    /// The word is read as this one.
    Word(&'static str),
    /// The word and the next are read as this one word ("you're in").
    Pair(&'static str),
    /// The word is left out (a count's qualifier; a fragment's full stop).
    Drop,
}

/// Words a linked adjective follows: "is become number", "gone number".
const LINKING: &[&str] = &[
    "is",
    "are",
    "was",
    "become",
    "becomes",
    "became",
    "gone",
    "going",
    "goes",
    "went",
    "go",
    "feels",
    "feel",
    "felt",
    "feeling",
    "getting",
    "got",
    "gets",
    "turned",
    "turning",
    "bit",
    "little",
    "completely",
    "totally",
    "all",
    "so",
    "very",
    "real",
    "really",
    "kinda",
    "slightly",
    "quite",
    "abit",
];

/// Whose body part follows: "her thais", "my psalms".
const OWNERS: &[&str] = &[
    "my", "her", "his", "your", "both", "left", "right", "inner", "upper", "a", "the",
];

/// A count's qualifiers and the things counted after them.
const QUALIFIERS: &[&str] = &[
    "separate",
    "different",
    "distinct",
    "whole",
    "full",
    "individual",
    "entire",
    "actual",
];
/// (days and spasms counted with a qualifier are the lexicon's own: "5
/// separate days", "3 proper spasms")
const COUNTED: &[&str] = &[
    "times",
    "time",
    "nights",
    "night",
    "mornings",
    "evenings",
    "occasions",
];

/// Words that open a subject or a question after a sentence's first verb
/// ("Is it labour?"): such a sentence has its own subject.
const OWN_SUBJECT: &[&str] = &[
    "it",
    "that",
    "this",
    "there",
    "she",
    "he",
    "they",
    "i",
    "you",
    "we",
    "the",
    "a",
    "an",
    "my",
    "her",
    "his",
    "your",
    "these",
    "those",
    "baby",
    "anything",
    "something",
    "nothing",
    "everything",
    "any",
    "some",
    "one",
];

/// Verbs a subjectless fragment opens with.
const FRAGMENT_VERBS: &[&str] = &[
    "is", "are", "was", "were", "feels", "looks", "seems", "gone", "went", "keeps",
];

fn is_number<W: Words + ?Sized>(w: &W, i: usize) -> bool {
    matches!(w.kind_at(i), TokenKind::Number(_))
}

/// The change at `i`, if any; `text` is the original (for "?").
fn change_at<W: Words + ?Sized>(w: &W, asks: &dyn Fn(usize) -> bool, i: usize) -> Option<Change> {
    let word = |k: usize| w.word_at(k);
    let prev = if i > 0 { word(i - 1) } else { "" };
    let near =
        |set: &[&str]| (i.saturating_sub(3)..i + 4).any(|k| k != i && set.contains(&word(k)));
    let change = match word(i) {
        "knights" => Change::Word("nights"),
        "knight"
            if matches!(
                prev,
                "at" | "last" | "every" | "one" | "each" | "per" | "all"
            ) =>
        {
            Change::Word("night")
        }
        "psalms" => Change::Word("palms"),
        "psalm" => Change::Word("palm"),
        "souls"
            if near(&[
                "palms", "psalms", "hands", "feet", "foot", "itch", "itching", "itchy",
            ]) =>
        {
            Change::Word("soles")
        }
        "thais" => Change::Word("thighs"),
        "thai"
            if OWNERS.contains(&prev) && !matches!(word(i + 1), "food" | "curry" | "massage") =>
        {
            Change::Word("thigh")
        }
        "number"
            if LINKING.contains(&prev)
                && !is_number(w, i + 1)
                && !matches!(word(i + 1), "of" | "one" | "two") =>
        {
            Change::Word("numb")
        }
        "youre" | "your"
            if word(i + 1) == "in"
                && matches!(
                    prev,
                    "her" | "my" | "his" | "the" | "hold" | "holding" | "pass" | "passing"
                ) =>
        {
            Change::Pair("urine")
        }
        "p" if matches!(
            prev,
            "i" | "she" | "to" | "we" | "u" | "you" | "gotta" | "go" | "cant"
        ) =>
        {
            Change::Word("pee")
        }
        "walking" | "walk" | "walks" | "walked"
            if matches!(word(i + 1), "me" | "her")
                && word(i + 2) == "up"
                && !matches!(
                    word(i + 3),
                    "the"
                        | "to"
                        | "a"
                        | "and"
                        | "stairs"
                        | "steps"
                        | "hill"
                        | "road"
                        | "street"
                        | "from"
                        | "into"
                        | "onto"
                        | "that"
                        | "this"
                ) =>
        {
            Change::Word(match word(i) {
                "walking" => "waking",
                "walk" => "wake",
                "walks" => "wakes",
                _ => "woke",
            })
        }
        q if QUALIFIERS.contains(&q)
            && is_number(w, i.wrapping_sub(1))
            && COUNTED.contains(&word(i + 1)) =>
        {
            Change::Drop
        }
        "fell" | "fall" | "falls" | "falling" | "fallen"
            if word(i + 1) == "out"
                && !matches!(
                    word(i + 2),
                    "of" | "with" | "over" | "about" | "laughing" | "bed"
                )
                && (i.saturating_sub(3)..i)
                    .any(|k| matches!(word(k), "i" | "she" | "im" | "shes" | "ive" | "done"))
                && !(i.saturating_sub(3)..i).any(|k| {
                    matches!(
                        word(k),
                        "hair"
                            | "tooth"
                            | "teeth"
                            | "filling"
                            | "it"
                            | "they"
                            | "stitch"
                            | "stitches"
                    )
                }) =>
        {
            Change::Pair(match word(i) {
                "fell" | "fallen" => "fainted",
                "falling" => "fainting",
                _ => "faint",
            })
        }
        "girl" if prev == "my" && partner_pregnant(w) => Change::Word("girlfriend"),
        // "not both legs that are swollen, just the right one": the one is
        // her leg
        "the" | "her"
            if matches!(word(i + 1), "right" | "left")
                && word(i + 2) == "one"
                && limb_named_before(w, i).is_some() =>
        {
            Change::Word("my")
        }
        "one"
            if matches!(prev, "right" | "left")
                && matches!(word(i.wrapping_sub(2)), "the" | "her" | "my") =>
        {
            Change::Word(limb_named_before(w, i)?)
        }
        // Korean "bae" (belly) told as hurting, not the partner "bae"
        "bae"
            if matches!(
                word(i + 1),
                "very"
                    | "so"
                    | "really"
                    | "pain"
                    | "painful"
                    | "hurts"
                    | "hurting"
                    | "hard"
                    | "tight"
                    | "cramp"
                    | "cramping"
                    | "cramps"
            ) =>
        {
            Change::Word("belly")
        }
        // Jamaican "it a bun mi when mi pee": burning
        "bun" | "bunnin" | "bunning"
            if matches!(word(i + 1), "mi" | "me" | "when" | "wen" | "fi")
                || matches!(prev, "a" | "it" | "di" | "its" | "start") =>
        {
            Change::Word("burning")
        }
        // Tagalog "na" (already) after a count: "5 times na this week"
        "na" if COUNTED.contains(&prev)
            && matches!(word(i + 1), "this" | "last" | "since" | "in" | "today") =>
        {
            Change::Drop
        }
        _ if w.kind_at(i) == TokenKind::SentenceEnd && fragment_follows(w, asks, i) => Change::Drop,
        _ => return None,
    };
    Some(change)
}

/// "my girl" is the writer's partner in US English ("my girl leg is swole
/// … 29 weeks"), when the text tells a pregnancy and nothing of a child's
/// age or school ("my girl is 3 and has a fever" stays a daughter).
fn partner_pregnant<W: Words + ?Sized>(w: &W) -> bool {
    const PREGNANCY: &[&str] = &[
        "weeks",
        "wks",
        "wk",
        "pregnant",
        "trimester",
        "preggo",
        "preggers",
    ];
    let any = |set: &[&str]| (0..w.count()).any(|k| set.contains(&w.word_at(k)));
    // ("I'm 30 weeks": the writer is the pregnant one)
    let writer_pregnant = (0..w.count()).any(|k| {
        PREGNANCY.contains(&w.word_at(k))
            && (k.saturating_sub(3)..k).any(|j| matches!(w.word_at(j), "i" | "im" | "ive" | "am"))
    });
    any(PREGNANCY)
        && !writer_pregnant
        && !any(&[
            "year", "years", "yr", "yrs", "yo", "old", "school", "toddler", "daughter", "kid",
            "child",
        ])
}

/// A pair of limbs named earlier in the sentence ("both legs", "my
/// ankles"), as the one limb of it.
fn limb_named_before<W: Words + ?Sized>(w: &W, i: usize) -> Option<&'static str> {
    (i.saturating_sub(15)..i)
        .rev()
        .take_while(|&k| w.kind_at(k) != TokenKind::SentenceEnd)
        .find_map(|k| match w.word_at(k) {
            "legs" => Some("leg"),
            "calves" => Some("calf"),
            "feet" => Some("foot"),
            "ankles" => Some("ankle"),
            "thighs" => Some("thigh"),
            _ => None,
        })
}

/// Is the sentence after the end at `i` a subjectless fragment about what
/// the short sentence before it named ("Her right leg. Is swollen…")?
fn fragment_follows<W: Words + ?Sized>(w: &W, asks: &dyn Fn(usize) -> bool, i: usize) -> bool {
    // (the word tests first: this runs at every sentence end)
    if !FRAGMENT_VERBS.contains(&w.word_at(i + 1)) || OWN_SUBJECT.contains(&w.word_at(i + 2)) {
        return false;
    }
    let opened = (0..i)
        .rev()
        .find(|&k| w.kind_at(k) == TokenKind::SentenceEnd)
        .map_or(0, |k| k + 1);
    let next_end = (i + 1..w.count())
        .find(|&k| w.kind_at(k) == TokenKind::SentenceEnd)
        .unwrap_or(w.count());
    i - opened <= 5
        && matches!(w.word_at(opened), "her" | "my" | "his" | "the" | "baby")
        && !asks(i)
        && !asks(next_end)
}

/// Does the token starting at byte `at` of `text` end a question?
fn question_mark(text: &str, at: Option<usize>) -> bool {
    at.is_some_and(|at| text.get(at..).is_some_and(|rest| rest.starts_with('?')))
}

/// A cheap first look: does any variant occur?
pub(super) fn has_variant(doc: &Doc<'_>) -> bool {
    let asks = |k: usize| question_mark(doc.text, doc.tokens.get(k).map(|t| t.start));
    (0..doc.tokens.len()).any(|i| change_at(doc, &asks, i).is_some())
}

/// Reads every variant as the word it stands for.
pub(super) fn read_variants(text: &str, list: &mut [Piece]) {
    let changes: Vec<(usize, Change)> = {
        let asks = |k: usize| question_mark(text, list.get(k).map(|p| p.start));
        (0..list.len())
            .filter_map(|i| change_at(&*list, &asks, i).map(|c| (i, c)))
            .collect()
    };
    for (i, change) in changes {
        match change {
            Change::Word(to) => list[i].word = to.to_string(),
            Change::Drop => list[i].word.clear(),
            Change::Pair(to) if i + 1 < list.len() => {
                list[i].word = to.to_string();
                list[i].end = list[i + 1].end;
                list[i + 1].word.clear();
            }
            Change::Pair(_) => {}
        }
    }
}
