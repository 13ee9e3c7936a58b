//! Lists and references told across words: a run of weekdays counted into
//! a number, and a sentence that opens with "it" after one that named a part
//! of the body.

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::{Piece, Words};

/// Parts of the body a following "it" may stand for.
const BODY_PARTS: &[&str] = &[
    "leg",
    "calf",
    "foot",
    "ankle",
    "thigh",
    "knee",
    "shin",
    "bump",
    "belly",
    "tummy",
    "stomach",
    "chest",
    "head",
    "headache",
    "vision",
    "eyes",
    "wee",
    "pee",
    "urine",
    "discharge",
    "bladder",
];

/// States a sentence may open with, its subject the part named before
/// ("Hot to touch, red, and a lot puffier than the right one").
const STATE_OPENERS: &[&str] = &[
    "hot", "red", "swollen", "puffy", "puffier", "warm", "numb", "tender",
];

/// Times that may open a sentence before an "it" standing for a part named
/// before ("Tonight it's puffy").
const OPENING_TIMES: &[&str] = &["today", "tonight", "now", "later", "then", "yesterday"];

/// Sentence-initial "it"/"its" that follows a named part of the body.
/// Words that name passing urine, for "it stings" in the next sentence.
const PEEING: &[&str] = &[
    "pee",
    "peed",
    "peeing",
    "wee",
    "weed",
    "weeing",
    "urinate",
    "urinating",
    "urine",
    "piss",
];

/// What "it" does when it is peeing that hurts.
const STINGS: &[&str] = &["stings", "burns", "scalds"];

/// Words that may open a sentence before that "it" ("Today it stings"):
/// times and joins, nothing "it" could stand for instead.
fn only_time_before(words: &[&str]) -> bool {
    words.iter().all(|w| {
        matches!(
            *w,
            "today"
                | "now"
                | "tonight"
                | "this"
                | "morning"
                | "evening"
                | "afternoon"
                | "and"
                | "but"
                | "still"
                | "since"
                | "then"
                | "again"
                | "yet"
                | "so"
                | "though"
        )
    })
}

pub(super) fn has_anaphora(doc: &Doc<'_>) -> bool {
    let mut last_part = false;
    let mut peeing_before = false;
    for i in 0..doc.tokens.len() {
        let w = doc.word(i);
        if PEEING.contains(&w) {
            peeing_before = true;
        } else if peeing_before && w == "it" && STINGS.contains(&doc.word(i + 1)) {
            let opening: Vec<&str> = (0..i)
                .rev()
                .take_while(|&k| doc.tokens[k].kind != TokenKind::SentenceEnd)
                .map(|k| doc.word(k))
                .collect();
            if opening.len() < i && only_time_before(&opening) {
                return true;
            }
        }
        if BODY_PARTS.contains(&w) {
            last_part = true;
        } else if last_part
            && i > 0
            // "Hot to touch, red…" opening a sentence, or "it"
            && (STATE_OPENERS.contains(&w) && doc.tokens[i - 1].kind == TokenKind::SentenceEnd
                || matches!(w, "it" | "its")
                    && (opens_clause(doc, i - 1)
                // "Tonight it's puffy", "but now it's swollen": a time may
                // come first
                || i > 1
                    && OPENING_TIMES.contains(&doc.word(i - 1))
                    && opens_clause(doc, i - 2)))
        {
            return true;
        }
    }
    false
}

/// Does token `k` end a sentence, or is it the "but" that opens a clause
/// about the part just named ("the pain in my calf was cramp, but now it's
/// swollen")?
fn opens_clause(doc: &Doc<'_>, k: usize) -> bool {
    doc.tokens[k].kind == TokenKind::SentenceEnd || doc.word(k) == "but"
}

/// "…when I peed yesterday. Today it stings every time" → "… it stings
/// when i pee every time": the sting is told of the peeing named before.
pub(super) fn name_the_act(list: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(list.len() + 3);
    let mut peeing_before = false;
    let mut peeing_here = false;
    // where the current sentence starts in `out`
    let mut sentence_start = 0;
    for p in list {
        if PEEING.contains(&p.word.as_str()) {
            peeing_here = true;
        }
        let n = out.len();
        // the words before "it" in its sentence; none when "it" opens it
        let it_before = n > sentence_start && out[n - 1].word == "it";
        let stings_after_peeing = peeing_before
            && !peeing_here
            && it_before
            && STINGS.contains(&p.word.as_str())
            && only_time_before(
                &out[sentence_start..n - 1]
                    .iter()
                    .map(|q| q.word.as_str())
                    .collect::<Vec<_>>(),
            );
        let (start, end, kind) = (p.start, p.end, p.kind);
        out.push(p);
        if stings_after_peeing {
            for word in ["when", "i", "pee"] {
                out.push(Piece {
                    word: word.to_string(),
                    kind: TokenKind::Word,
                    start,
                    end,
                });
            }
        }
        if kind == TokenKind::SentenceEnd {
            peeing_before |= peeing_here;
            peeing_here = false;
            sentence_start = out.len();
        }
    }
    out
}

/// "It's puffy" after "…her left leg." → "my leg is puffy".
pub(super) fn name_the_part(list: Vec<Piece>) -> Vec<Piece> {
    let mut out = Vec::with_capacity(list.len() + 4);
    let mut last_part: Option<String> = None;
    let mut at_sentence_start = true;
    let next_words: Vec<String> = list
        .iter()
        .skip(1)
        .map(|p| p.word.clone())
        .chain(std::iter::once(String::new()))
        .collect();
    for (i, p) in list.into_iter().enumerate() {
        let w = p.word.as_str();
        // "It's my back", "it's just…": naming something else, not the part before
        let names_another = matches!(
            next_words[i].as_str(),
            "my" | "the"
                | "a"
                | "an"
                | "just"
                | "only"
                | "not"
                | "nothing"
                | "all"
                | "this"
                | "that"
        );
        // "…it's my left calf. Hot to touch, red, and puffier": a sentence
        // that opens with a state names the part before as its subject
        if at_sentence_start
            && STATE_OPENERS.contains(&w)
            && let Some(part) = &last_part
        {
            let start = p.start;
            for word in ["my", part.as_str(), "is"] {
                out.push(Piece {
                    word: word.to_string(),
                    kind: TokenKind::Word,
                    start,
                    end: start,
                });
            }
            at_sentence_start = false;
            out.push(p);
            continue;
        }
        if at_sentence_start
            && matches!(w, "it" | "its")
            && !names_another
            && let Some(part) = &last_part
        {
            {
                let (start, end) = (p.start, p.end);
                let piece = |word: &str| Piece {
                    word: word.to_string(),
                    kind: TokenKind::Word,
                    start,
                    end,
                };
                out.push(piece("my"));
                out.push(piece(part));
                if w == "its" {
                    out.push(piece("is"));
                }
                at_sentence_start = false;
                continue;
            }
        }
        // (not the idiom "doing my head in")
        if BODY_PARTS.contains(&w) && !(w == "head" && next_words[i] == "in") {
            last_part = Some(p.word.clone());
        }
        // ("Tonight it's puffy": a time before "it" keeps the sentence open;
        // "… but now it's swollen": "but" opens a clause about the part)
        at_sentence_start = p.kind == TokenKind::SentenceEnd
            || w == "but"
            || at_sentence_start && OPENING_TIMES.contains(&w);
        out.push(p);
    }
    out
}

// ------------------------------------------------------------ weekday lists

/// A weekday's full name.
pub(crate) fn weekday_name(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// A day named in a list: a weekday, its short form, or today/yesterday.
pub(crate) fn weekday(w: &str) -> bool {
    weekday_name(w)
        || matches!(
            w,
            "mon"
                | "tue"
                | "tues"
                | "wed"
                | "thu"
                | "thur"
                | "thurs"
                | "fri"
                | "sat"
                | "sun"
                | "today"
                | "yesterday"
                | "tonight"
        )
}

/// "this morning", "last night" at `i`: a part of a day, which may end a
/// list of weekdays as one more day ("Monday, Wednesday and this morning").
pub(super) fn part_of_a_day(t: &(impl Words + ?Sized), i: usize) -> bool {
    matches!(t.word_at(i), "this" | "last")
        && matches!(
            t.word_at(i + 1),
            "morning" | "afternoon" | "evening" | "night"
        )
}

/// "Monday, Tuesday, Thursday and Saturday night" → "# nights"; "Mon, Wed
/// and today" → "# times". A run is weekday names joined by commas,
/// "and", "or", "/", each at most once.
pub(super) fn count_weekdays(list: &mut [Piece]) {
    let mut i = 0;
    while i < list.len() {
        if !weekday(&list[i].word)
            || matches!(list[i].word.as_str(), "today" | "yesterday" | "tonight")
        {
            i += 1;
            continue;
        }
        let mut names = vec![i];
        let mut k = i + 1;
        while k < list.len() {
            let w = list[k].word.as_str();
            if weekday(w) && !names.iter().any(|&n| list[n].word == w) {
                names.push(k);
                k += 1;
            } else if part_of_a_day(&*list, k) {
                // "Monday, Wednesday and this morning": a part of today, or
                // last night, is one more day of the list
                names.push(k);
                k += 2;
            } else if (matches!(w, "," | "and" | "or" | "/" | "&" | "night" | "nights")
                // Spanish "el lunes, el martes y el jueves"
                || matches!(w, "y" | "el")
                // "Sun 10am, Tue 4pm, Wed 9am": the hour each came
                || matches!(w, "am" | "pm")
                // "one Monday, one Wednesday and two yesterday": a count
                // before a day keeps the list going
                || matches!(w, "one" | "another" | "on" | "again")
                || matches!(list[k].kind, TokenKind::Number(_)))
                && list[k].kind != TokenKind::SentenceEnd
            {
                k += 1;
            } else {
                break;
            }
        }
        if names.len() >= 3 {
            let last = *names.last().unwrap_or(&i);
            // ("this morning" is two words)
            let last = last + usize::from(part_of_a_day(&*list, last));
            let nights = matches!(
                list.get(last + 1).map(|p| p.word.as_str()),
                Some("night" | "nights")
            );
            let end = if nights { last + 2 } else { last + 1 };
            let span_end = list[end - 1].end;
            list[i].kind = TokenKind::Number(names.len() as f64);
            list[i].word = "#".to_string();
            // "# nights", or "# separate days" (not "3 days", a duration)
            list[i + 1].word = if nights { "nights" } else { "separate" }.to_string();
            list[i + 1].kind = TokenKind::Word;
            list[i + 1].start = list[i].start;
            list[i + 1].end = span_end;
            for p in &mut list[i + 2..end] {
                p.word.clear();
            }
            if !nights && end > i + 2 {
                list[i + 2].word = "days".to_string();
                list[i + 2].kind = TokenKind::Word;
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// Words of wetting or soiling oneself a sentence can end on ("I just…
/// peed.", "I had an accident.").
const LOST_CONTROL: &[&str] = &[
    "pee", "peed", "peeing", "wee", "weed", "weeing", "wet", "pooed", "pooped", "accident",
    "leaked",
];

/// Does the sentence starting at `i` open with "didn't feel it", "couldn't
/// stop it", "never noticed it"?
fn opens_unfelt(t: &(impl Words + ?Sized), i: usize) -> bool {
    // ("like didn't feel it coming", "and never noticed it": a filler or a
    // join may come first)
    let i = i + usize::from(matches!(
        t.word_at(i),
        "like" | "and" | "but" | "just" | "so"
    ));
    let (neg, verb, it) = (t.word_at(i), t.word_at(i + 1), t.word_at(i + 2));
    matches!(neg, "didnt" | "never" | "couldnt" | "cant" | "dont")
        && matches!(
            verb,
            "feel"
                | "felt"
                | "notice"
                | "noticed"
                | "stop"
                | "hold"
                | "tell"
                | "realise"
                | "realize"
        )
        && matches!(it, "it" | "that" | "a" | "anything")
        || opens_with_kind(t, i)
}

/// Does the sentence starting at `i` say which kind of accident it was, or
/// that it came without warning ("Poo, not wee.", "Number two.", "No
/// warning at all.", "Didn't get any warning")?
fn opens_with_kind(t: &(impl Words + ?Sized), i: usize) -> bool {
    let first = t.word_at(i);
    let warning_within = |n: usize| (i..i + n).any(|k| t.word_at(k) == "warning");
    matches!(
        first,
        "poo" | "poop" | "pooed" | "pooped" | "wee" | "pee" | "urine" | "bowels" | "bladder"
    ) || (first == "number" && matches!(t.word_at(i + 1), "two" | "#" | "one"))
        || (matches!(first, "no" | "without") && warning_within(3))
        || (matches!(first, "didnt" | "never")
            && matches!(t.word_at(i + 1), "get" | "have" | "had")
            && warning_within(4))
}

/// The sentence ends after wetting or soiling and before "didn't feel it
/// coming": (index of that sentence end) for each.
fn unfelt_after_act(t: &(impl Words + ?Sized)) -> Vec<usize> {
    let word = |k: usize| t.word_at(k);
    let kind = |k: usize| t.kind_at(k);
    let n = t.count();
    (1..n)
        .filter(|&k| {
            kind(k) == TokenKind::SentenceEnd
                && (k.saturating_sub(4)..k).any(|j| LOST_CONTROL.contains(&word(j)))
                && opens_unfelt(t, k + 1)
        })
        .collect()
}

/// "…I just… peed. Didn't feel it coming at all", "I had an accident.
/// Poo, not wee.": the not-feeling, or the kind, is told of the wetting or
/// soiling in the sentence before.
pub(super) fn has_unfelt_act(doc: &Doc<'_>) -> bool {
    let n = doc.tokens.len();
    (0..n).any(|i| {
        matches!(
            doc.word(i),
            "didnt"
                | "never"
                | "couldnt"
                | "cant"
                | "dont"
                | "warning"
                | "poo"
                | "poop"
                | "pooed"
                | "pooped"
                | "wee"
                | "pee"
                | "urine"
                | "bowels"
                | "bladder"
                | "number"
        )
    }) && !unfelt_after_act(doc).is_empty()
}

/// Joins the two sentences with a pause, so they read as one: "peed,
/// didn't feel it coming".
pub(super) fn join_unfelt_act(list: &mut [Piece]) {
    let ends = unfelt_after_act(&*list);
    for k in ends {
        list[k].word = ",".to_string();
        list[k].kind = TokenKind::Pause;
    }
}

/// Words of itching.
const ITCHING: &[&str] = &["itch", "itches", "itching", "itchy", "itched", "itchiness"];

/// Hands and feet, where an itch is a sign.
const HANDS_AND_FEET: &[&str] = &[
    "hands", "hand", "palms", "palm", "feet", "foot", "soles", "sole", "fingers", "toes",
];

/// Does the text itch somewhere and go on with "also", "now" or "new"?
pub(super) fn has_carried_itch(doc: &Doc<'_>) -> bool {
    let n = doc.tokens.len();
    (0..n).any(|i| {
        matches!(doc.word(i), "also" | "worst" | "worse" | "new" | "now")
            || doc.word(i) == "it" && doc.word(i + 1) == "my"
    }) && (0..n).any(|i| ITCHING.contains(&doc.word(i)))
}

/// "Her belly itches where it stretches. But now also the soles of her
/// feet, …": the itch is left out of the second sentence and carried from
/// the first, so it is written in after the hands or feet ("… the soles of
/// my feet itchy, …").
pub(super) fn carry_itch(list: Vec<Piece>) -> Vec<Piece> {
    // sentence bounds (start, end) in `list`
    let mut bounds = Vec::new();
    let mut start = 0;
    for (k, p) in list.iter().enumerate() {
        if p.kind == TokenKind::SentenceEnd {
            bounds.push((start, k));
            start = k + 1;
        }
    }
    bounds.push((start, list.len()));
    let itches = |(s, e): (usize, usize)| {
        list[s..e]
            .iter()
            .any(|p| ITCHING.contains(&p.word.as_str()))
    };
    let mut after: Vec<usize> = Vec::new();
    let mut itched_before = false;
    for w in bounds.windows(2) {
        let (before, (s, e)) = (w[0], w[1]);
        itched_before |= itches(before);
        if !itched_before || itches((s, e)) {
            continue;
        }
        // "… also her feet", "it's my palms and the bottoms of my feet",
        // "this is new, the soles of my feet" (after whatever else the
        // sentence opens with: "no rash anywhere,")
        let Some(also) = (s..e.min(s + 6))
            .find(|&k| {
                matches!(list[k].word.as_str(), "also" | "new" | "now")
                    || list[k].word == "it" && list.get(k + 1).is_some_and(|p| p.word == "my")
            })
            // "… says hands and feet are the worst": the part named as where
            // it is worst
            .or_else(|| {
                let worst = list[s..e]
                    .iter()
                    .any(|p| matches!(p.word.as_str(), "worst" | "worse"));
                (s..e)
                    .find(|&k| HANDS_AND_FEET.contains(&list[k].word.as_str()))
                    .filter(|&k| worst && k > s)
                    .map(|k| k - 1)
            })
        else {
            continue;
        };
        // (a comma may follow the opener: "this is new, the soles …")
        let first = (also + 1..e)
            .find(|&k| list[k].kind == TokenKind::Word)
            .unwrap_or(e);
        let window = first..e.min(first + 9);
        let last_part = window
            .take_while(|&k| list[k].kind == TokenKind::Word)
            .filter(|&k| HANDS_AND_FEET.contains(&list[k].word.as_str()))
            .last();
        // only where the sentence gives the part no state of its own ("…
        // also her feet, at night" carries it; "also her feet are swollen"
        // does not)
        let word = |k: usize| list.get(k).map_or("", |p| p.word.as_str());
        let bare = |k: usize| {
            list.get(k + 1).is_none_or(|p| {
                p.kind != TokenKind::Word
                    || matches!(p.word.as_str(), "too" | "now" | "again" | "as")
            }) || matches!(word(k + 1), "are" | "is")
                // ("are the worst", "are worst"; not "are worse than …")
                && (word(k + 2) == "the" && word(k + 3) == "worst"
                    || matches!(word(k + 2), "worst" | "worse") && word(k + 3) != "than")
        };
        if let Some(k) = last_part.filter(|&k| bare(k)) {
            after.push(k);
        }
    }
    if after.is_empty() {
        return list;
    }
    let mut out = Vec::with_capacity(list.len() + after.len());
    for (k, p) in list.into_iter().enumerate() {
        let end = p.end;
        out.push(p);
        if after.contains(&k) {
            out.push(Piece {
                word: "itchy".to_string(),
                kind: TokenKind::Word,
                start: end,
                end,
            });
        }
    }
    out
}
