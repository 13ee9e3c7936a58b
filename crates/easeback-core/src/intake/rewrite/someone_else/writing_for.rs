//! Who says she writes for someone else: the phrases ("writing for my
//! daughter", "husband here", "she asked me to ask") and where one stands
//! in a text ("for my partner" only after a word of asking or writing).

use crate::intake::Doc;
use crate::intake::normalize::TokenKind;

/// Said by someone who is not the pregnant person.
pub(super) const WRITING_FOR: &[&[&str]] = &[
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
    // Pidgin "na husband dey talk": it is the husband speaking
    &["husband", "is", "talk"],
    &["na", "husband"],
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

/// "typing this for me", "on my behalf": the writer is the one written about.
pub(super) fn for_me(doc: &Doc<'_>, i: usize) -> bool {
    matches!(doc.word(i), "me" | "myself" | "us")
        || (doc.word(i) == "of" && matches!(doc.word(i + 1), "me" | "myself"))
}

/// A writing-for phrase at `i` ("writing for my daughter", "husband
/// here"), not for the writer herself; a bare "for my partner" only after
/// a word of asking or writing, or opening its clause ("I'll wait for my
/// partner to drive me" is someone she waits for, not someone she writes
/// for).
pub(super) fn writing_for_at(doc: &Doc<'_>, i: usize, ws: &[&str]) -> bool {
    let asked_for = || {
        i == 0
            || doc.tokens[i - 1].kind != TokenKind::Word
            || matches!(
                doc.word(i - 1),
                "asking"
                    | "ask"
                    | "writing"
                    | "write"
                    | "typing"
                    | "posting"
                    | "messaging"
                    | "texting"
                    | "enquiring"
                    | "inquiring"
                    | "here"
                    | "this"
                    | "is"
                    | "im"
                    | "am"
                    | "question"
                    | "message"
                    | "query"
            )
    };
    words_at(doc, i, ws) && !for_me(doc, i + ws.len()) && (ws[0] != "for" || asked_for())
}

pub(super) fn words_at(doc: &Doc<'_>, i: usize, ws: &[&str]) -> bool {
    ws.iter().enumerate().all(|(k, w)| doc.word(i + k) == *w)
}
