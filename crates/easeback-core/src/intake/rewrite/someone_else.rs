//! A description written by someone else about the pregnant person ("my
//! wife is 34 weeks and she…", "writing for my daughter", "I'm her mum"):
//! found, and turned round so that what "she" has reads as the assessed
//! person's own; the writer's own complaints set aside when the text says
//! the writer is someone else.

use super::super::Doc;
use super::super::normalize::TokenKind;
use super::Piece;

// ------------------------------------------------------------ someone writing for her

/// Who the pregnant person is to the writer, when someone else writes.
const RELATIONS: &[&str] = &[
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
    "other half",
];

/// Said by someone who is not the pregnant person.
const WRITING_FOR: &[&[&str]] = &[
    &["writing", "for"],
    &["writing", "on", "behalf"],
    &["on", "behalf", "of"],
    &["typing", "for"],
    &["typing", "this", "for"],
    &["asking", "for", "my"],
    &["asking", "for", "her"],
    &["im", "her"],
    &["i", "am", "her"],
    &["husband", "here"],
    &["hubby", "here"],
    &["partner", "here"],
    &["boyfriend", "here"],
    &["mum", "here"],
    &["mom", "here"],
    &["dad", "here"],
    &["sister", "here"],
    &["mother", "here"],
    &["her", "husband", "here"],
    &["husband", "typing"],
    &["partner", "typing"],
    &["for", "my", "wife"],
    &["for", "my", "partner"],
    &["for", "my", "daughter"],
    &["for", "my", "girlfriend"],
    &["i", "write", "for"],
    &["write", "for", "my"],
    &["mam", "here"],
    &["wife", "here"],
    &["filling", "this", "in"],
    &["filling", "this", "out"],
    // "She asked me to ask", "she wants me to post this" (never "she asked
    // me to call if…": a midwife's advice to the pregnant writer)
    &["she", "asked", "me", "to", "ask"],
    &["she", "asked", "me", "to", "post"],
    &["she", "asked", "me", "to", "write"],
    &["she", "asked", "me", "to", "message"],
    &["she", "wants", "me", "to", "ask"],
    &["she", "wanted", "me", "to", "ask"],
    &["she", "told", "me", "to", "ask"],
    // "this is her husband", "it's her mum here"
    &["this", "is", "her"],
    &["its", "her", "husband"],
    &["its", "her", "mum"],
    &["its", "her", "partner"],
    // a health worker or helper naming their role ("Doula here", "Nurse
    // friend writing", "Student MW.", "CHW.") before "she"/"pt"
    &["doula", "here"],
    &["doula", "with"],
    &["nurse", "friend"],
    &["nurse", "neighbour"],
    &["nurse", "neighbor"],
    &["student", "mw"],
    &["student", "midwife"],
    &["chw"],
    &["pharmacist", "writing"],
    &["with", "pt"],
];

/// Kin through whom a writer names the pregnant person: "my son's wife"
/// (read "my son wife"), "my brother's partner".
const THROUGH_KIN: &[&str] = &[
    "son", "sons", "brother", "brothers", "nephew", "grandson", "cousin",
];

/// Is the person named at `i` the writer's own: "my wife", "our daughter",
/// or one reached through kin, "my son's wife"?
fn writers(doc: &Doc<'_>, i: usize) -> bool {
    let mine = |k: usize| matches!(doc.word(k), "my" | "our");
    i >= 1 && mine(i - 1) || i >= 2 && THROUGH_KIN.contains(&doc.word(i - 1)) && mine(i - 2)
}

/// Words after "my" that never name the pregnant person: her baby and
/// body, her care, and men.
const NOT_HER: &[&str] = &[
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
fn someone_named(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.word(i);
    i >= 1
        && matches!(doc.word(i - 1), "my" | "our")
        && doc.tokens[i].kind == TokenKind::Word
        && !NOT_HER.contains(&w)
        && !super::super::BODY_WORDS.contains(&w)
}

/// A capitalised word inside a sentence: a name ("my wife Brittany").
fn capitalised(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.tokens[k];
    k > 0
        && doc.tokens[k - 1].kind != TokenKind::SentenceEnd
        && t.kind == TokenKind::Word
        && doc.text[t.start..t.end].starts_with(|c: char| c.is_uppercase())
        && !matches!(doc.word(k), "i" | "im" | "ive" | "id")
}

/// "I am the husband", "I'm the mother": the writer names who she is to the
/// pregnant person.
fn names_self_as_relative(doc: &Doc<'_>, i: usize) -> bool {
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
const OWN_BODY: &[&str] = &[
    "back", "lower", "bump", "belly", "tummy", "stomach", "leg", "legs", "calf", "foot", "feet",
    "head", "chest", "hip", "hips", "face", "hands", "ankles", "side", "left", "right",
];

/// A mother, named by her child: the pregnant one when "she" is said to be
/// so many weeks and the writer is not.
const MOTHERS: &[&str] = &["mum", "mom", "mother", "mam", "mummy", "mommy", "ma"];

/// Words that may stand between a person and how far along she is.
const LINKING: &[&str] = &[
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
];

/// Words that say a person is pregnant: "34 weeks", "26 wks", "pregnant".
fn pregnancy_marker(doc: &Doc<'_>, i: usize) -> bool {
    match doc.word(i) {
        "pregnant" | "expecting" | "due" => true,
        "#" => matches!(
            doc.word(i + 1),
            "weeks" | "week" | "wks" | "wk" | "w" | "weeker" | "plus" | "+"
        ),
        _ => false,
    }
}

/// How far along someone is now, stated as a fact of the message ("28
/// weeks.", "Friend of mine, 24 weeks,") from token `after` on, not a time
/// in the past ("at 20 weeks", "since 30 weeks", "when pregnant").
fn stated_gestation(doc: &Doc<'_>, after: usize) -> bool {
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

/// "typing this for me", "on my behalf": the writer is the one written about.
fn for_me(doc: &Doc<'_>, i: usize) -> bool {
    matches!(doc.word(i), "me" | "myself" | "us")
        || (doc.word(i) == "of" && matches!(doc.word(i + 1), "me" | "myself"))
}

fn words_at(doc: &Doc<'_>, i: usize, ws: &[&str]) -> bool {
    ws.iter().enumerate().all(|(k, w)| doc.word(i + k) == *w)
}

/// The relation word of the person written about, when the text is
/// written for a pregnant person by someone else; `Some("")` when it says so
/// without naming the relation ("writing for her").
/// "I'm 28 weeks", "I am pregnant": the writer says she is pregnant.
fn writer_says_pregnant(doc: &Doc<'_>) -> bool {
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
pub(super) fn names_pregnant_relation(doc: &Doc<'_>) -> bool {
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
pub(super) fn writer_is_not_patient(doc: &Doc<'_>) -> bool {
    // beyond the cues that someone writes for her: "this is about my wife"
    const ABOUT: &[&[&str]] = &[&["about", "my"], &["asking", "about", "my"]];
    // "how can I help her?", "what do I do for her": the writer asks how to
    // look after the one written about
    const CARING: &[&str] = &["help", "helping", "support", "comfort", "reassure"];
    (0..doc.tokens.len()).any(|i| {
        names_self_as_relative(doc, i)
            || WRITING_FOR
                .iter()
                .any(|ws| words_at(doc, i, ws) && !for_me(doc, i + ws.len()))
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
fn may_be_about_someone_else(doc: &Doc<'_>) -> bool {
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
fn cue_word(w: &str) -> bool {
    matches!(
        w,
        "asking"
            | "bestie"
            | "boyfriend"
            | "brother"
            | "child"
            | "chw"
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
            | "gp"
            | "her"
            | "hubby"
            | "husband"
            | "i"
            | "im"
            | "its"
            | "kids"
            | "mam"
            | "midwife"
            | "misses"
            | "missus"
            | "mom"
            | "mother"
            | "mum"
            | "niece"
            | "nurse"
            | "ob"
            | "on"
            | "partner"
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
            | "write"
            | "writing"
    )
}

/// Token `i` as written ends in an apostrophe and "s" ("Meg's").
fn written_with_apostrophe_s(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    super::super::ends_in_apostrophe_s(&doc.text[t.start..t.end])
}

/// A capitalised name with a possessive "'s" ("Meg's"), not at the start of
/// a sentence where any word is capitalised, and not "It's", "She's".
fn name_possessive(doc: &Doc<'_>, i: usize) -> bool {
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

pub(super) fn patient_reference(doc: &Doc<'_>) -> Option<&'static str> {
    if !may_be_about_someone_else(doc) {
        return None;
    }
    let n = doc.tokens.len();
    let mut found: Option<&'static str> = None;
    for i in 0..n {
        let w = doc.word(i);
        // (most words are no cue at all: one `match` instead of every list)
        if !cue_word(w) && !written_with_apostrophe_s(doc, i) {
            continue;
        }
        if let Some(rel) = RELATIONS.iter().find(|r| **r == w) {
            // "my best friend", "my older sister" (not "my other daughter")
            let owner = |k: usize| matches!(doc.word(k), "my" | "the" | "our" | "his" | "her");
            let possessed = i > 0 && owner(i - 1)
                || i > 1
                    && owner(i - 2)
                    && matches!(
                        doc.word(i - 1),
                        "best" | "older" | "younger" | "little" | "big" | "eldest" | "youngest"
                    )
                // "my son's wife"
                || i > 1 && owner(i - 2) && THROUGH_KIN.contains(&doc.word(i - 1))
                // "Sis my waist is paining me", "Mum, I'm bleeding": a name
                // the writer calls out to, not the one written about
                || (i == 0 || doc.tokens[i - 1].kind == TokenKind::SentenceEnd)
                    && !matches!(doc.word(i + 1), "my" | "i" | "im" | "ive" | "me");
            if possessed {
                // "my wife", "my gf": the pregnant one in this app's context
                let partner = matches!(
                    *rel,
                    "wife" | "wifey" | "girlfriend" | "gf" | "fiancee" | "missus" | "misses"
                );
                // "my daughter's back pain" (read "my daughter back pain"): her
                // body, for the people one writes for (not "my friend's waters")
                let writes_for = !matches!(
                    *rel,
                    "friend" | "bestie" | "sister" | "sis" | "cousin" | "niece"
                );
                // "my daughter-in-law's back": the body word after "in law"
                let after = if doc.word(i + 1) == "in" && doc.word(i + 2) == "law" {
                    i + 3
                } else {
                    i + 1
                };
                if writes_for && OWN_BODY.contains(&doc.word(after)) {
                    return Some(rel);
                }
                // "my daughter says the baby is not kicking": she is telling her
                // own symptoms through the writer (not "my mum says I…")
                if writes_for
                    && matches!(
                        doc.word(after),
                        "says"
                            | "say"
                            | "said"
                            | "tells"
                            | "told"
                            | "thinks"
                            | "reckons"
                            | "complains"
                            | "keeps"
                    )
                    && !(after + 1..(after + 4).min(n))
                        .any(|k| matches!(doc.word(k), "i" | "im" | "ive" | "me" | "my"))
                {
                    return Some(rel);
                }
                // "my daughter is 31 weeks", "partner, 26 wks", "my sister (pregnant)";
                // not "my sister bled at 30 weeks" (her past, told by the writer)
                let pregnant = (i + 1..(i + 6).min(n))
                    .take_while(|&k| {
                        pregnancy_marker(doc, k)
                            || doc.tokens[k].kind == TokenKind::Pause
                            || LINKING.contains(&doc.word(k))
                    })
                    .any(|k| pregnancy_marker(doc, k))
                    // "my friend at 32 weeks had her waters break … I'm 29
                    // weeks": a pregnant writer telling a pregnant friend's story
                    && (writes_for || !writer_says_pregnant(doc));
                // "My daughter is afraid to move … 28 weeks.": the relation one
                // writes for, with how far along someone is and no word that
                // the writer is pregnant
                // (stated after her: "32 weeks with my second, my daughter is 2"
                // is the writer's own pregnancy)
                let unowned =
                    writes_for && stated_gestation(doc, i + 1) && !writer_says_pregnant(doc);
                if partner || pregnant || unowned {
                    return Some(rel);
                }
            }
        }
        if WRITING_FOR
            .iter()
            .any(|ws| words_at(doc, i, ws) && !for_me(doc, i + ws.len()))
            || names_self_as_relative(doc, i)
        {
            found = Some("");
        }
        // "we're 22 weeks": a partner speaking for both
        if matches!(w, "were" | "we")
            && pregnancy_marker(
                doc,
                i + 1 + usize::from(w == "we" && doc.word(i + 1) == "are"),
            )
        {
            found = Some("");
        }
        // "Meg's back is sore": a name's body, told by someone else
        if i + 1 < n
            && OWN_BODY.contains(&doc.word(i + 1))
            && doc.tokens[i].kind == TokenKind::Word
            && name_possessive(doc, i)
        {
            found = Some("");
        }
        // "the mom of Daniela, 30 weeks"
        if PEOPLE.contains(&w) && doc.word(i + 1) == "of" && i > 0 && doc.word(i - 1) == "the" {
            found = Some("");
        }
        // "it's Tom, Jess's partner": a name's partner or mum is writing
        if PEOPLE.contains(&w)
            && i > 0
            && doc.tokens[i - 1].kind == TokenKind::Word
            && doc.text[doc.tokens[i - 1].start..doc.tokens[i - 1].end]
                .to_lowercase()
                .ends_with(['s'])
            && doc.text[doc.tokens[i - 1].start..doc.tokens[i - 1].end].contains(['\'', '’'])
        {
            found = Some("");
        }
    }
    if found.is_some() {
        // "I am her mother … my daughter is scratching": the relation named
        // is the one turned round
        let named = (1..n).find_map(|i| {
            RELATIONS
                .iter()
                .find(|r| **r == doc.word(i) && writers(doc, i))
                .copied()
        });
        return named.or(found);
    }
    // "She is 30 weeks" (and the writer never says she is pregnant herself):
    // the pregnant person is "she"; her relation is the first one named
    let she_pregnant = (0..n).any(|i| {
        (matches!(doc.word(i), "she" | "shes") || someone_named(doc, i))
            && (i + 1..(i + 5).min(n))
                .take_while(|&k| pregnancy_marker(doc, k) || LINKING.contains(&doc.word(k)))
                .any(|k| pregnancy_marker(doc, k))
    });
    let writer_pregnant = writer_says_pregnant(doc);
    let own_body =
        (1..n).any(|i| doc.word(i - 1) == "my" && super::super::BODY_WORDS.contains(&doc.word(i)));
    if she_pregnant && !writer_pregnant && !own_body {
        // (a son or daughter writing: "my mum's left leg … she's 30 weeks")
        let named = (1..n).find_map(|i| {
            let w = doc.word(i);
            let base = w.strip_suffix('s').unwrap_or(w);
            RELATIONS
                .iter()
                .chain(MOTHERS)
                .find(|r| (**r == w || **r == base) && writers(doc, i))
                .copied()
        });
        return Some(named.unwrap_or(""));
    }
    // "She says it burns when she pees. I said…": told about her more than
    // about the writer. Pronouns for the baby ("felt her move") do not count.
    let word = |i: usize| doc.word(i);
    let third = (0..n)
        .filter(|&i| matches!(word(i), "she" | "shes" | "her" | "herself" | "hers"))
        .filter(|&i| !about_the_baby(i, &word))
        .count();
    // ("my sister" names her, not the writer's own complaint)
    let first = (0..n)
        .filter(|&i| {
            matches!(
                word(i),
                "i" | "im" | "ive" | "id" | "ill" | "me" | "my" | "myself" | "mine" | "mines"
            ) && !(word(i) == "my" && RELATIONS.contains(&word(i + 1)))
        })
        .count();
    // "…my legs are fine, it's my back": the writer has a body in play
    // "…my legs are fine", "mine is just a spasm": the writer has a body in play
    let own_body = (1..n)
        .any(|i| word(i - 1) == "my" && super::super::BODY_WORDS.contains(&word(i)))
        // ("a friend of mine" names her, not the writer's body)
        || (0..n).any(|i| matches!(word(i), "mine" | "mines") && word(i.wrapping_sub(1)) != "of");
    // told about a friend or sister at length: that is someone else's story
    let first_person_named = (0..n).find_map(|i| {
        let w = word(i);
        (RELATIONS.contains(&w)
            || matches!(w, "colleague" | "neighbour" | "neighbor" | "woman" | "lady"))
        .then_some(w)
    });
    let story_about_other = matches!(
        first_person_named,
        Some(
            "friend"
                | "bestie"
                | "sister"
                | "sis"
                | "cousin"
                | "niece"
                | "colleague"
                | "neighbour"
                | "neighbor"
                | "woman"
                | "lady"
        )
    );
    // "…34 weeks, she's my sister", "Friend of mine, 24 weeks, …": a story
    // about a friend or sister is hers when how far along is stated and the
    // writer never says she is pregnant herself
    let her_pregnancy = stated_gestation(doc, 0) && !writer_pregnant;
    // (one "she" telling how she is, in a text with no "I" at all, is also
    // about her: "shes being woken by the spasms every night"; not "kicking
    // like she used to", which is the baby)
    let she_is = (0..n).any(|i| {
        matches!(word(i), "she" | "shes")
            && matches!(
                word(i + 1),
                "is" | "has"
                    | "had"
                    | "was"
                    | "being"
                    | "been"
                    | "got"
                    | "keeps"
                    | "cant"
                    | "feels"
                    | "says"
                    | "said"
                    | "woke"
                    | "wakes"
                    | "complains"
                    | "gets"
                    | "woken"
                    | "waking"
                    | "having"
                    | "in"
                    | "still"
                    | "getting"
            )
            && !about_the_baby(i, &word)
    });
    let about_her = (third >= 2 && third > first) || (she_is && first == 0);
    // (a story about a sister or friend with no "I" at all is written for
    // her: the writer never speaks of herself)
    let she_now = (0..n).any(|i| {
        matches!(word(i), "she" | "shes")
            && matches!(
                word(i + 1),
                "is" | "has" | "keeps" | "cant" | "feels" | "gets" | "says" | "sits" | "can"
            )
    });
    if about_her && !own_body && (!story_about_other || her_pregnancy || (first == 0 && she_now)) {
        // the first relation named is the one written about: "My daughter
        // fainted… she fell down"
        let named = (1..n).find_map(|i| {
            RELATIONS
                .iter()
                .find(|r| **r == word(i) && writers(doc, i))
                .copied()
        });
        return Some(named.unwrap_or(""));
    }
    None
}

/// Movement words: a "she" or "her" beside them is usually the baby.
const MOVEMENT: &[&str] = &[
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
fn about_the_baby<'w>(i: usize, word: &impl Fn(usize) -> &'w str) -> bool {
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
        && !(i + 1..i + 4).any(|k| AVOIDING.contains(&word(k))))
}

/// Words that make moving something she avoids, not the baby's movement.
const AVOIDING: &[&str] = &[
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
const OBJECT_NEXT: &[&str] = &[
    "up", "down", "out", "off", "on", "to", "in", "at", "and", "because", "so", ",", ".", "?", "",
    "again", "twice", "every", "all", "with", "from",
];

/// Relation words after "her" that name the writer or someone else, not a
/// body part of the pregnant person: "I'm her mum", "her husband".
const PEOPLE: &[&str] = &[
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

/// The writer's own "I", "my", "me" become "he", "his", "him" (a third
/// person, read as someone else's), except in "my <relation>", which names
/// the pregnant person.
pub(super) fn writer_as_third_person(text: &str, list: &mut [Piece], relation: &'static str) {
    // "she said 'I think better I disappear'": inside her quoted words "I"
    // is her, and stays the first person the turned-round text reads as hers
    let quoted = her_quoted_words(text);
    let hers = |p: &Piece| quoted.iter().any(|&(s, e)| p.start >= s && p.start < e);
    // "I noticed her calf is swollen", "I took her temperature": the writer
    // only observes, and what is observed is hers; "he noticed …" would read
    // as someone else's, so the observing words are dropped instead
    const OBSERVING: &[&str] = &[
        "noticed", "notice", "saw", "see", "checked", "check", "found", "think", "thought",
        "reckon", "guess", "believe", "heard", "measured", "took", "touched",
    ];
    for i in 0..list.len().saturating_sub(1) {
        if list[i].word == "i" && OBSERVING.contains(&list[i + 1].word.as_str()) && !hers(&list[i])
        {
            list[i].word.clear();
            list[i + 1].word.clear();
        }
    }
    for i in 0..list.len() {
        let next = list.get(i + 1).map_or("", |p| p.word.as_str());
        let names_patient = !relation.is_empty() && next == relation;
        if hers(&list[i]) {
            continue;
        }
        let replacement = match list[i].word.as_str() {
            "i" => "he",
            // canonical forms: "he's" is read as "he"
            "im" | "ive" => "he",
            "me" => "him",
            "myself" => "himself",
            "mine" | "mines" => "his",
            "my" if !names_patient && !PEOPLE.contains(&next) && !RELATIONS.contains(&next) => {
                "his"
            }
            _ => continue,
        };
        list[i].word = replacement.to_string();
    }
}

/// Byte ranges of words quoted as hers ("she said 'sometimes I think …'",
/// she told me: "I can't feel…"): a quote opened after a space or colon
/// and closed before a space, punctuation or the end (an apostrophe inside
/// a word, "don't", neither opens nor closes), with "she" and a verb of
/// saying among the five words before it.
fn her_quoted_words(text: &str) -> Vec<(usize, usize)> {
    const SAYING: &[&str] = &[
        "said", "says", "say", "told", "tells", "saying", "goes", "went", "wrote", "texted",
        "asked", "keeps",
    ];
    // (quote mark's own start, start of what it quotes)
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’') {
            match open {
                None if prev.is_none_or(|p| p.is_whitespace() || p == ':')
                    && next.is_some_and(|n| !n.is_whitespace()) =>
                {
                    open = Some((i, i + c.len_utf8()));
                }
                Some((at, s))
                    if prev.is_some_and(|p| !p.is_whitespace())
                        && next.is_none_or(|n| !n.is_alphanumeric()) =>
                {
                    spans.push((at, s, i));
                    open = None;
                }
                _ => {}
            }
        }
        prev = Some(c);
    }
    for (at, s, e) in spans {
        let before: Vec<String> = text[..at]
            .split_whitespace()
            .rev()
            .take(5)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        // ("Her words: "…"" names them hers as plainly)
        let her_words = before.len() >= 2 && before[0] == "words" && before[1] == "her";
        if her_words
            || before.iter().any(|w| w == "she")
                && before.iter().any(|w| SAYING.contains(&w.as_str()))
        {
            out.push((s, e));
        }
    }
    out
}

pub(super) fn turn_round(list: &mut [Piece], relation: &'static str) {
    let words: Vec<String> = list.iter().map(|p| p.word.clone()).collect();
    let word = |k: usize| words.get(k).map_or("", |w| w.as_str());
    for i in 0..list.len() {
        if about_the_baby(i, &word) {
            continue;
        }
        // "Her mum here", "her husband typing", and opening a sentence
        // "husband here, wife 29 wks…": the writer naming themself is not a
        // person in the story; the cue is set aside whole
        let her = usize::from(word(i) == "her");
        if PEOPLE.contains(&word(i + her))
            && matches!(word(i + her + 1), "here" | "writing" | "typing")
            && (her == 1 || i == 0 || list[i - 1].kind == TokenKind::SentenceEnd)
        {
            for piece in list.iter_mut().skip(i).take(her + 2) {
                piece.word.clear();
            }
            continue;
        }
        // "this is her husband her right foot…": the same, told as "this is"
        if word(i) == "her"
            && PEOPLE.contains(&word(i + 1))
            && i >= 2
            && word(i - 1) == "is"
            && word(i - 2) == "this"
        {
            for piece in list.iter_mut().skip(i - 2).take(4) {
                piece.word.clear();
            }
            continue;
        }
        let next_is_person = list
            .get(i + 1)
            .is_some_and(|p| PEOPLE.contains(&p.word.as_str()));
        let replacement = match list[i].word.as_str() {
            "she" => "i",
            "shes" => "im",
            "herself" => "myself",
            "hers" => "mine",
            // "woken her up", "told her": the object, not a possessive
            "her" if OBJECT_NEXT.contains(&list.get(i + 1).map_or("", |p| p.word.as_str())) => "me",
            "her" if !next_is_person => "my",
            // "her sister had sciatica": the pregnant person's sister, someone else
            "her" if i == 0 || !matches!(list[i - 1].word.as_str(), "im" | "am" | "hes") => "my",
            // "my wife has…": the patient herself
            // "my daughter's back" (read "my daughter back"): my back
            w if !relation.is_empty()
                && w == relation
                && owned_at(list, i).is_some()
                && (list
                    .get(i + 1)
                    .is_some_and(|p| OWN_BODY.contains(&p.word.as_str()))
                    || (list.get(i + 1).is_some_and(|p| p.word == "in")
                        && list.get(i + 2).is_some_and(|p| p.word == "law")
                        && list
                            .get(i + 3)
                            .is_some_and(|p| OWN_BODY.contains(&p.word.as_str())))) =>
            {
                clear_owner(list, i);
                if list.get(i + 1).is_some_and(|p| p.word == "in") {
                    list[i + 1].word.clear();
                    list[i + 2].word.clear();
                }
                "my"
            }
            w if !relation.is_empty() && w == relation && owned_at(list, i).is_some() => {
                clear_owner(list, i);
                list[i - 1].word = "i".to_string();
                ""
            }
            _ => continue,
        };
        // "she wants to hurt herself" turned round is "I want to hurt myself":
        // the verb after her agrees with "I"
        if replacement == "i"
            && let Some(next) = list.get_mut(i + 1)
        {
            next.word = agree_with_i(&next.word);
        }
        list[i].word = replacement.to_string();
    }
}

/// Where the owner of the relation at `i` stands: "my wife" (`i - 1`), "my
/// son's wife" (`i - 2`).
fn owned_at(list: &[Piece], i: usize) -> Option<usize> {
    let owner = |k: usize| matches!(list[k].word.as_str(), "my" | "the" | "our");
    if i >= 1 && owner(i - 1) {
        Some(i - 1)
    } else if i >= 2 && THROUGH_KIN.contains(&list[i - 1].word.as_str()) && owner(i - 2) {
        Some(i - 2)
    } else {
        None
    }
}

/// Clear the owner of the relation at `i` and any kin between them.
fn clear_owner(list: &mut [Piece], i: usize) {
    if let Some(at) = owned_at(list, i) {
        for piece in &mut list[at..i] {
            piece.word.clear();
        }
    }
}

/// An auxiliary or a verb of wanting, feeling or saying after "she", in the
/// form it takes after "I": "has" → "have", "wants" → "want". Other verbs
/// stay as they are: the lexicon reads "passes water", "pees" either way.
fn agree_with_i(verb: &str) -> String {
    match verb {
        "has" => "have",
        "is" => "am",
        "does" => "do",
        "doesnt" => "dont",
        "hasnt" => "havent",
        "wants" => "want",
        "keeps" => "keep",
        "needs" => "need",
        "feels" => "feel",
        "thinks" => "think",
        "says" => "say",
        w => w,
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_list_word_passes_the_cheap_gate() {
        let firsts = WRITING_FOR.iter().map(|ws| ws[0]);
        let singles = RELATIONS.iter().copied().filter(|w| !w.contains(' '));
        for w in singles.chain(PEOPLE.iter().copied()).chain(firsts) {
            assert!(cue_word(w), "{w} is a cue word the gate would skip");
        }
    }
}
