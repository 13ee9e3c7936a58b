//! Who the text is about: relations and people named, a writer who says
//! she is pregnant or names a pregnant relation, and the cheap gate that
//! skips texts with no cue word at all.

use super::writing_for::{WRITING_FOR, words_at, writing_for_at};
use crate::intake::Doc;
use crate::intake::normalize::TokenKind;

// ------------------------------------------------------------ someone writing for her

/// Who the pregnant person is to the writer, when someone else writes.
pub(super) const RELATIONS: &[&str] = &[
    "wife",
    "wifey",
    "partner",
    "girlfriend",
    "gf",
    "fiancee",
    "fiance",
    "missus",
    "misses",
    "daughter",
    "sister",
    "sis",
    "friend",
    "bestie",
    "niece",
    "cousin",
    "dil",
    "stepdaughter",
    "granddaughter",
    "grandaughter",
    "goddaughter",
    "other half",
    // a doula, antenatal teacher or midwife relaying what a woman in her
    // care told her ("my client, 26 weeks, …")
    "client",
    "patient",
];

/// Women in a helper's care named as one of many ("one of my mums, seven
/// months along", "one of my ladies"): the pregnant person, after "one of
/// my" or "one of our" only ("my mums" alone is the writer's mother).
pub(super) const ONE_OF_MANY: &[&str] = &[
    "mums", "moms", "mams", "mamas", "ladies", "women", "clients", "patients",
];

/// Is the word at `i` one of [`ONE_OF_MANY`] after "one of my/our"?
pub(super) fn one_of_many(doc: &Doc<'_>, i: usize) -> Option<&'static str> {
    (i >= 3
        && doc.word(i - 3) == "one"
        && doc.word(i - 2) == "of"
        && matches!(doc.word(i - 1), "my" | "our"))
    .then(|| ONE_OF_MANY.iter().find(|w| **w == doc.word(i)).copied())
    .flatten()
}

/// Kin through whom a writer names the pregnant person: "my son's wife"
/// (read "my son wife"), "my brother's partner".
pub(super) const THROUGH_KIN: &[&str] = &[
    "son", "sons", "brother", "brothers", "nephew", "grandson", "cousin",
];

/// Is the person named at `i` the writer's own: "my wife", "our daughter",
/// or one reached through kin, "my son's wife"?
pub(super) fn writers(doc: &Doc<'_>, i: usize) -> bool {
    let mine = |k: usize| matches!(doc.word(k), "my" | "our");
    // ("my best friend", "my older sister")
    let between = |k: usize| {
        THROUGH_KIN.contains(&doc.word(k))
            || matches!(
                doc.word(k),
                "best" | "older" | "younger" | "little" | "big" | "eldest"
            )
    };
    i >= 1 && mine(i - 1) || i >= 2 && between(i - 1) && mine(i - 2)
}

/// Words after "my" that never name the pregnant person: her baby and
/// body, her care, and men.
pub(super) const NOT_HER: &[&str] = &[
    "baby",
    "babies",
    "bump",
    "pregnancy",
    "scan",
    "appointment",
    "check",
    "checkup",
    "booking",
    "due",
    "son",
    "husband",
    "hubby",
    "boyfriend",
    "brother",
    "dad",
    "father",
    "nephew",
    "grandson",
    "twins",
    "midwife",
    "doctor",
    "gp",
    "ob",
    "first",
    "second",
    "third",
    "last",
    "own",
];

/// "My flatmate's 28 weeks": any person the writer names ("my flatmate",
/// "our lodger", "my colleague"), not only the relations listed, when
/// how far along she is follows.
pub(super) fn someone_named(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.word(i);
    i >= 1
        && matches!(doc.word(i - 1), "my" | "our")
        && doc.tokens[i].kind == TokenKind::Word
        && !NOT_HER.contains(&w)
        && !crate::intake::BODY_WORDS.contains(&w)
}

/// A capitalised word inside a sentence: a name ("my wife Brittany").
pub(super) fn capitalised(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.tokens[k];
    k > 0
        && doc.tokens[k - 1].kind != TokenKind::SentenceEnd
        && t.kind == TokenKind::Word
        && doc.text[t.start..t.end].starts_with(|c: char| c.is_uppercase())
        && !matches!(doc.word(k), "i" | "im" | "ive" | "id")
}

/// "I am the husband", "I'm the mother": the writer names who she is to the
/// pregnant person.
pub(super) fn names_self_as_relative(doc: &Doc<'_>, i: usize) -> bool {
    let mut at = if words_at(doc, i, &["i", "am"]) {
        i + 2
    } else if doc.word(i) == "im" {
        i + 1
    } else {
        return false;
    };
    // "I am the husband", "I'm her mum", "I am husband of…" — not "I'm a
    // mum of two" or "I'm a nurse" (the pregnant writer describing herself)
    let article = doc.word(at);
    if matches!(article, "the" | "her" | "his") {
        at += 1;
    }
    let relative = matches!(
        doc.word(at),
        "husband"
            | "hubby"
            | "partner"
            | "boyfriend"
            | "mum"
            | "mom"
            | "mother"
            | "mam"
            | "dad"
            | "father"
            | "sister"
            | "brother"
    );
    let of_children = doc.word(at + 1) == "of"
        && (doc.word(at + 2) == "#" || matches!(doc.word(at + 2), "a" | "two" | "one" | "three"));
    relative && !of_children && !matches!(doc.word(at + 1), "and" | "to")
}

/// Parts of her body a relative names: "my wife's back", "my daughter's legs",
/// "my mum's left leg".
pub(super) const OWN_BODY: &[&str] = &[
    "back", "lower", "bump", "belly", "tummy", "stomach", "leg", "legs", "calf", "foot", "feet",
    "head", "chest", "hip", "hips", "face", "hands", "ankles", "side", "left", "right",
];

/// A mother, named by her child: the pregnant one when "she" is said to be
/// so many weeks and the writer is not.
pub(super) const MOTHERS: &[&str] = &["mum", "mom", "mother", "mam", "mummy", "mommy", "ma"];

/// Words that may stand between a person and how far along she is.
pub(super) const LINKING: &[&str] = &[
    "is",
    "s",
    "shes",
    "she",
    "who",
    "now",
    "currently",
    "about",
    "nearly",
    "almost",
    "just",
    "over",
    "around",
    "being",
    "at",
    "in",
    "law",
    "other",
    "roughly",
    "approximately",
    "approx",
];

/// Words that say a person is pregnant: "34 weeks", "26 wks", "pregnant".
pub(super) fn pregnancy_marker(doc: &Doc<'_>, i: usize) -> bool {
    match doc.word(i) {
        "pregnant" | "expecting" | "due" => true,
        "#" => {
            matches!(
                doc.word(i + 1),
                "weeks" | "week" | "wks" | "wk" | "w" | "weeker" | "plus" | "+"
            )
            // "seven months", "5 months along": a stage told in months
            // (not "3 months ago", "a 6 months old")
            || (matches!(doc.word(i + 1), "months" | "month")
                && matches!(doc.tokens[i].kind, TokenKind::Number(v) if (3.0..=10.0).contains(&v))
                && !matches!(doc.word(i + 2), "ago" | "back" | "old" | "later" | "before" | "after" | "since"))
        }
        _ => false,
    }
}

/// How far along someone is now, stated as a fact of the message ("28
/// weeks.", "Friend of mine, 24 weeks,") from token `after` on, not a time
/// in the past ("at 20 weeks", "since 30 weeks", "when pregnant").
pub(super) fn stated_gestation(doc: &Doc<'_>, after: usize) -> bool {
    (after..doc.tokens.len()).any(|k| {
        pregnancy_marker(doc, k)
            && !matches!(
                doc.word(k.wrapping_sub(1)),
                "at" | "since"
                    | "from"
                    | "by"
                    | "until"
                    | "till"
                    | "before"
                    | "after"
                    | "when"
                    | "was"
                    | "were"
                    | "while"
                    | "with"
            )
    })
}

/// The relation word of the person written about, when the text is
/// written for a pregnant person by someone else; `Some("")` when it says so
/// without naming the relation ("writing for her").
/// "I'm 28 weeks", "I am pregnant": the writer says she is pregnant.
pub(super) fn writer_says_pregnant(doc: &Doc<'_>) -> bool {
    let n = doc.tokens.len();
    (0..n).any(|i| {
        matches!(doc.word(i), "i" | "im" | "ive")
            && (i + 1..(i + 4).min(n))
                .take_while(|&k| {
                    pregnancy_marker(doc, k)
                        || matches!(
                            doc.word(k),
                            "am" | "have" | "about" | "nearly" | "now" | "over" | "almost" | "just"
                        )
                })
                .any(|k| pregnancy_marker(doc, k))
    })
}

/// "My sister's 24 weeks": a relation named with how far along she is, and
/// not "…too" (both pregnant) — the writer is then not the pregnant one.
pub(crate) fn names_pregnant_relation(doc: &Doc<'_>) -> bool {
    let n = doc.tokens.len();
    (1..n).any(|i| {
        RELATIONS.contains(&doc.word(i))
            // a pregnant writer may mention a pregnant friend or sister;
            // only a partner or daughter marks the writer as someone else
            && !matches!(doc.word(i), "friend" | "bestie" | "sister" | "sis" | "cousin" | "niece")
            && writers(doc, i)
            && (i + 1..(i + 6).min(n))
                .take_while(|&k| {
                    pregnancy_marker(doc, k)
                        || doc.tokens[k].kind == TokenKind::Pause
                        || LINKING.contains(&doc.word(k))
                        // "my wife Brittany is 27 weeks": her name
                        || capitalised(doc, k)
                })
                .any(|k| {
                    pregnancy_marker(doc, k)
                        && !(k + 1..(k + 4).min(n))
                            .any(|j| matches!(doc.word(j), "too" | "also" | "as"))
                })
    }) && !writer_says_pregnant(doc)
}

/// Said only by someone asking about another person: the writer's own
/// complaints ("I've got sciatica myself… but this is about my girlfriend")
/// are then not the pregnant person's.
pub(crate) fn writer_is_not_patient(doc: &Doc<'_>) -> bool {
    // beyond the cues that someone writes for her: "this is about my wife"
    const ABOUT: &[&[&str]] = &[&["about", "my"], &["asking", "about", "my"]];
    // "how can I help her?", "what do I do for her": the writer asks how to
    // look after the one written about
    const CARING: &[&str] = &["help", "helping", "support", "comfort", "reassure"];
    (0..doc.tokens.len()).any(|i| {
        names_self_as_relative(doc, i)
            || WRITING_FOR.iter().any(|ws| writing_for_at(doc, i, ws))
            || ABOUT
                .iter()
                .any(|ws| words_at(doc, i, ws) && RELATIONS.contains(&doc.word(i + ws.len())))
            // "she's got no temperature herself": her, set against the writer
            || (doc.word(i) == "herself"
                && (i.saturating_sub(4)..i)
                    .any(|k| matches!(doc.word(k), "no" | "not" | "isnt" | "hasnt" | "nothing")))
            || (matches!(doc.word(i), "how" | "what")
                && (i + 1..(i + 5).min(doc.tokens.len())).any(|k| {
                    (CARING.contains(&doc.word(k)) && doc.word(k + 1) == "her")
                        || words_at(doc, k, &["do", "for", "her"])
                })
                && (i + 1..(i + 3).min(doc.tokens.len()))
                    .any(|k| matches!(doc.word(k), "i" | "we")))
    })
}

/// Could the text be written about someone else? A cheap first look: a
/// relation word, "she"/"her", or a cue like "writing", "behalf", "here",
/// "we're". Most descriptions have none and skip the closer reading.
pub(super) fn may_be_about_someone_else(doc: &Doc<'_>) -> bool {
    (0..doc.tokens.len()).any(|i| {
        let w = doc.word(i);
        RELATIONS.contains(&w)
            || matches!(
                w,
                "she"
                    | "her"
                    | "herself"
                    | "hers"
                    | "writing"
                    | "typing"
                    | "behalf"
                    | "here"
                    | "we"
                    | "were"
                    | "write"
                    | "filling"
                    | "of"
            )
            || (matches!(w, "i" | "im") && (i + 1..i + 4).any(|k| PEOPLE.contains(&doc.word(k))))
    })
}

/// Every word that can start a cue [`patient_reference`] looks for: a
/// relation, a person, the first word of a writing-for phrase, "I" and
/// "we". Kept in step with those lists by a test.
pub(super) fn cue_word(w: &str) -> bool {
    matches!(
        w,
        "asking"
            | "bestie"
            | "boyfriend"
            | "brother"
            | "child"
            | "chw"
            | "client"
            | "clients"
            | "cousin"
            | "dad"
            | "daughter"
            | "dil"
            | "doctor"
            | "doula"
            | "father"
            | "fiance"
            | "fiancee"
            | "filling"
            | "for"
            | "friend"
            | "gf"
            | "girlfriend"
            | "goddaughter"
            | "grandaughter"
            | "granddaughter"
            | "gp"
            | "her"
            | "hubby"
            | "husband"
            | "i"
            | "im"
            | "its"
            | "kids"
            | "ladies"
            | "mam"
            | "mamas"
            | "mams"
            | "midwife"
            | "misses"
            | "missus"
            | "mom"
            | "moms"
            | "mother"
            | "mum"
            | "mums"
            | "na"
            | "niece"
            | "nurse"
            | "ob"
            | "on"
            | "partner"
            | "patient"
            | "patients"
            | "pharmacist"
            | "she"
            | "sis"
            | "sister"
            | "son"
            | "stepdaughter"
            | "student"
            | "this"
            | "toddler"
            | "typing"
            | "we"
            | "were"
            | "wife"
            | "wifey"
            | "with"
            | "women"
            | "write"
            | "writing"
    )
}

/// Token `i` as written ends in an apostrophe and "s" ("Meg's").
pub(super) fn written_with_apostrophe_s(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    crate::intake::ends_in_apostrophe_s(&doc.text[t.start..t.end])
}

/// A capitalised name with a possessive "'s" ("Meg's"), not at the start of
/// a sentence where any word is capitalised, and not "It's", "She's".
pub(super) fn name_possessive(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    let raw = &doc.text[t.start..t.end];
    let sentence_start = i == 0 || doc.tokens[i - 1].kind == TokenKind::SentenceEnd;
    let stem = raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("’s"))
        .unwrap_or("");
    stem.chars().next().is_some_and(char::is_uppercase)
        && stem.len() >= 2
        && (!sentence_start
            || !matches!(
                doc.word(i),
                "its" | "shes" | "hes" | "thats" | "whats" | "lets"
            ))
        && !matches!(
            stem.to_lowercase().as_str(),
            "it" | "she"
                | "he"
                | "that"
                | "what"
                | "there"
                | "here"
                | "who"
                | "let"
                | "mum"
                | "mom"
                | "baby"
                | "i"
        )
}

/// Movement words: a "she" or "her" beside them is usually the baby.
pub(super) const MOVEMENT: &[&str] = &[
    "move",
    "moves",
    "moving",
    "moved",
    "kick",
    "kicks",
    "kicking",
    "kicked",
    "wriggle",
    "wriggling",
    "wriggles",
    "active",
    "quiet",
    "quieter",
    "still",
    "flip",
    "flipping",
    "rolls",
    "rolling",
    "hiccups",
    "movements",
    "kicker",
];

/// Is the pronoun at `i` about the baby ("haven't felt her move", "she's
/// been quiet")?
pub(super) fn about_the_baby<'w>(i: usize, word: &impl Fn(usize) -> &'w str) -> bool {
    matches!(
        word(i.wrapping_sub(1)),
        "felt"
            | "feel"
            | "feeling"
            | "noticed"
            | "baby"
            | "bubs"
            | "girl"
            | "boy"
            | "usually"
            | "normally"
    ) || ((i + 1..i + 4).any(|k| MOVEMENT.contains(&word(k)))
        // "she's avoiding moving", "she's scared to move": a woman's fear of
        // moving, never the baby's
        && !(i + 1..i + 4).any(|k| AVOIDING.contains(&word(k)))
        // "saying if she moves it will catch again": her moving, feared
        // for the spasm it may set off
        && !(i + 1..i + 9).any(|k| {
            matches!(
                word(k),
                "catch" | "spasm" | "spasms" | "seize" | "lock" | "locks" | "grab"
            )
        }))
}

/// Words that make moving something she avoids, not the baby's movement.
pub(super) const AVOIDING: &[&str] = &[
    "avoiding",
    "avoids",
    "avoid",
    "scared",
    "afraid",
    "frightened",
    "terrified",
    "refuses",
    "refusing",
    "wont",
    "dare",
    "darent",
    "nervous",
    "worried",
];

/// Words after "her" that make it the object ("woke her up", "found her on
/// the floor"), read as "me" when turned round.
pub(super) const OBJECT_NEXT: &[&str] = &[
    "up", "down", "out", "off", "on", "to", "in", "at", "and", "because", "so", ",", ".", "?", "",
    "again", "twice", "every", "all", "with", "from",
];

/// Relation words after "her" that name the writer or someone else, not a
/// body part of the pregnant person: "I'm her mum", "her husband".
pub(super) const PEOPLE: &[&str] = &[
    "mum",
    "mom",
    "mother",
    "mam",
    "dad",
    "father",
    "husband",
    "hubby",
    "partner",
    "boyfriend",
    "sister",
    "brother",
    "friend",
    "doctor",
    "midwife",
    "gp",
    "ob",
    "nurse",
    "son",
    "daughter",
    "kids",
    "toddler",
    "child",
];
