//! Turning a relative's text round: "she" and "her" read as the assessed
//! person's own, the writer's quoted words kept as hers, and verbs agreed
//! with "I".

use super::*;

/// The writer's own "I", "my", "me" become "he", "his", "him" (a third
/// person, read as someone else's), except in "my <relation>", which names
/// the pregnant person.
pub(crate) fn writer_as_third_person(text: &str, list: &mut [Piece], relation: &'static str) {
    // "she said 'I think better I disappear'": inside her quoted words "I"
    // is her, and stays the first person the turned-round text reads as hers
    let quoted = her_quoted_words(text);
    let hers = |p: &Piece| quoted.iter().any(|&(s, e)| p.start >= s && p.start < e);
    // "I noticed her calf is swollen", "I took her temperature": the writer
    // only observes, and what is observed is hers; "he noticed …" would read
    // as someone else's, so the observing words are dropped instead
    const OBSERVING: &[&str] = &[
        "noticed", "notice", "saw", "see", "checked", "check", "found", "think", "thought",
        "reckon", "guess", "believe", "heard", "measured", "took", "touched", "seen", "spotted",
        "watched", "felt",
    ];
    // (also past a perfect or an adverb: "I've noticed", "I have just seen")
    const BETWEEN: &[&str] = &["have", "had", "just", "also", "only", "then", "did", "even"];
    for i in 0..list.len().saturating_sub(1) {
        if !matches!(list[i].word.as_str(), "i" | "ive" | "id") || hers(&list[i]) {
            continue;
        }
        let verb = (i + 1..(i + 4).min(list.len()))
            .take_while(|&k| {
                OBSERVING.contains(&list[k].word.as_str())
                    || BETWEEN.contains(&list[k].word.as_str())
            })
            .find(|&k| OBSERVING.contains(&list[k].word.as_str()));
        if let Some(verb) = verb {
            for piece in &mut list[i..=verb] {
                piece.word.clear();
            }
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
pub(super) fn her_quoted_words(text: &str) -> Vec<(usize, usize)> {
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
        // (a quote in the first person straight after "she" is hers with no
        // verb of saying: she "wet right through my leggings")
        let first_person = text[s..e]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "I" | "my" | "My" | "me" | "Im"));
        // (or after a verb of saying with no "I" of the writer's before it:
        // my client says "they wake me every night")
        let said = before.iter().take(2).any(|w| SAYING.contains(&w.as_str()));
        if her_words
            || (before.first().is_some_and(|w| w == "she") && first_person)
            || (said && first_person && !before.iter().any(|w| w == "i"))
            || before.iter().any(|w| w == "she")
                && before.iter().any(|w| SAYING.contains(&w.as_str()))
        {
            out.push((s, e));
        }
    }
    out
}

pub(crate) fn turn_round(list: &mut [Piece], relation: &'static str) {
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
            // "Bhabhi (sister-in-law) has fever … She is 22 weeks": the
            // relation opening a sentence without "my" is the patient too
            w if !relation.is_empty()
                && w == relation
                && (i == 0 || list[i - 1].kind == TokenKind::SentenceEnd) =>
            {
                if list.get(i + 1).is_some_and(|p| p.word == "in")
                    && list.get(i + 2).is_some_and(|p| p.word == "law")
                {
                    list[i + 1].word.clear();
                    list[i + 2].word.clear();
                }
                "i"
            }
            _ => continue,
        };
        // "she wants to hurt herself" turned round is "I want to hurt myself":
        // the verb after her agrees with "I", an adverb or two between
        // ("she sometimes thinks about hurting herself")
        if replacement == "i" {
            let verb = (i + 1..list.len())
                .take(3)
                .find(|&k| !SUBJECT_ADVERBS.contains(&list[k].word.as_str()));
            if let Some(next) = verb.and_then(|k| list.get_mut(k)) {
                next.word = agree_with_i(&next.word);
            }
        }
        list[i].word = replacement.to_string();
    }
}

/// Adverbs that may stand between a subject and its verb.
const SUBJECT_ADVERBS: &[&str] = &[
    "sometimes",
    "often",
    "always",
    "never",
    "still",
    "really",
    "just",
    "also",
    "even",
    "constantly",
    "occasionally",
    "now",
    "apparently",
    "honestly",
    "actually",
    "keeps",
];

/// Where the owner of the relation at `i` stands: "my wife" (`i - 1`), "my
/// son's wife" (`i - 2`).
pub(super) fn owned_at(list: &[Piece], i: usize) -> Option<usize> {
    let owner = |k: usize| matches!(list[k].word.as_str(), "my" | "the" | "our");
    // ("my best friend": a word between; not "my older sister", which
    // after "her" turned to "my" is her sister, someone else)
    let between = |k: usize| THROUGH_KIN.contains(&list[k].word.as_str()) || list[k].word == "best";
    if i >= 1 && owner(i - 1) {
        Some(i - 1)
    } else if i >= 2 && between(i - 1) && owner(i - 2) {
        Some(i - 2)
    } else {
        None
    }
}

/// Clear the owner of the relation at `i` and any kin between them.
pub(super) fn clear_owner(list: &mut [Piece], i: usize) {
    if let Some(at) = owned_at(list, i) {
        for piece in &mut list[at..i] {
            piece.word.clear();
        }
    }
}

/// An auxiliary or a verb of wanting, feeling or saying after "she", in the
/// form it takes after "I": "has" → "have", "wants" → "want". Other verbs
/// stay as they are: the lexicon reads "passes water", "pees" either way.
pub(super) fn agree_with_i(verb: &str) -> String {
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
        // ("she says it stings when she goes for a wee")
        "goes" => "go",
        "gets" => "get",
        "tries" => "try",
        "moves" => "move",
        w => w,
    }
    .to_string()
}
