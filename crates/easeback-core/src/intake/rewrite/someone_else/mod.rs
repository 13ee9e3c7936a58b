//! A description written by someone else about the pregnant person ("my
//! wife is 34 weeks and she…", "writing for my daughter", "I'm her mum"):
//! found, and turned round so that what "she" has reads as the assessed
//! person's own; the writer's own complaints set aside when the text says
//! the writer is someone else.

use super::Piece;
use crate::intake::Doc;
use crate::intake::normalize::TokenKind;

mod turn;
mod who;
mod writing_for;

pub(super) use turn::{turn_round, writer_as_third_person};
use who::*;
pub(super) use who::{names_pregnant_relation, writer_is_not_patient};
use writing_for::*;

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
        if let Some(rel) = RELATIONS
            .iter()
            .find(|r| **r == w)
            .or(one_of_many(doc, i).as_ref())
        {
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
                // (a sister-in-law is family one writes for: "Bhabhi ko bukhar
                // hai … she is 22 weeks", written by her devar)
                // (only opening the text without "my": "my sister-in-law had
                // pre-eclampsia, I'm fine" is her story beside the writer's)
                let in_law =
                    doc.word(i + 1) == "in" && doc.word(i + 2) == "law" && !(i > 0 && owner(i - 1));
                let writes_for = in_law
                    || !matches!(
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
        // ("Mum here, …" is the writer; "Mum's here with me" is company)
        if WRITING_FOR.iter().any(|ws| {
            writing_for_at(doc, i, ws)
                && !(ws.get(1) == Some(&"here") && written_with_apostrophe_s(doc, i))
        }) || names_self_as_relative(doc, i)
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
        return first_relation(doc).or(found);
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
        (1..n).any(|i| doc.word(i - 1) == "my" && crate::intake::BODY_WORDS.contains(&doc.word(i)));
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
        .any(|i| word(i - 1) == "my" && crate::intake::BODY_WORDS.contains(&word(i)))
        // ("a friend of mine" names her, not the writer's body)
        || (0..n).any(|i| matches!(word(i), "mine" | "mines") && word(i.wrapping_sub(1)) != "of");
    // told about a friend or sister at length: that is someone else's story
    let first_person_named = (0..n).find_map(|i| {
        let w = word(i);
        // ("text my sister …": the one a dictated message goes to)
        let addressee = i >= 2
            && word(i - 1) == "my"
            && matches!(word(i - 2), "text" | "message" | "tell" | "ring" | "call");
        (!addressee && RELATIONS.contains(&w)
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
                    // "she's all shivery", "she won't even get in the car"
                    | "all"
                    | "so"
                    | "really"
                    | "very"
                    | "that"
                    | "wont"
                    | "feeling"
                    | "looks"
                    | "seems"
                    | "started"
                    // "she passed out on the forecourt", "she's up every
                    // night with it": a sign of hers told plainly
                    | "passed"
                    | "collapsed"
                    | "fainted"
                    | "up"
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
    // "My sister noticed pink spotting … she isn't soaking anything", "My
    // daughter can't keep water down": a writer who never speaks of
    // herself writes about the relation she names (read as the pregnant
    // person: her signs are read, the safer way)
    // (not her story told in the past: "my friend had pre-eclampsia", "my
    // sister's waters broke early")
    let only_her = first == 0
        && !own_body
        && (1..n).any(|i| {
            RELATIONS.contains(&word(i))
                && writers(doc, i)
                && !(i + 1..i + 4).any(|k| {
                    matches!(
                        word(k),
                        "had" | "was" | "were" | "got" | "broke" | "went" | "did"
                    )
                })
                // ("lifting my daughter with a temperature": a child carried)
                && !matches!(
                    word(i.saturating_sub(2)),
                    "lifting" | "lift" | "carrying" | "carry" | "holding" | "hold" | "picking"
                        | "up" | "chasing" | "bathing" | "feeding"
                )
        });
    // the first relation named is the one written about: "My daughter
    // fainted… she fell down"
    if only_her
        || about_her
            && !own_body
            && (!story_about_other || her_pregnancy || (first == 0 && she_now))
    {
        return Some(first_relation(doc).unwrap_or(""));
    }
    None
}

/// The first relation the writer names as hers ("my daughter", "our
/// niece", "my son's wife").
fn first_relation(doc: &Doc<'_>) -> Option<&'static str> {
    (1..doc.tokens.len()).find_map(|i| {
        RELATIONS
            .iter()
            .find(|r| **r == doc.word(i) && writers(doc, i))
            .copied()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_list_word_passes_the_cheap_gate() {
        let firsts = WRITING_FOR.iter().map(|ws| ws[0]);
        let singles = RELATIONS.iter().copied().filter(|w| !w.contains(' '));
        let many = ONE_OF_MANY.iter().copied();
        for w in singles
            .chain(PEOPLE.iter().copied())
            .chain(firsts)
            .chain(many)
        {
            assert!(cue_word(w), "{w} is a cue word the gate would skip");
        }
    }
}
