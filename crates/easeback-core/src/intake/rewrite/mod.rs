//! Rewrites of the token stream before it is read, each keeping every
//! token's byte span in the original text:
//! - spelled-out numbers joined into one number ("thirty eight point six",
//!   "a hundred and one point two"), as voice-to-text writes them;
//! - a description written by someone else about the pregnant person ("my
//!   wife is 34 weeks and she…", "writing for my daughter…") turned round,
//!   so that what "she" has reads as the assessed person's own finding. The
//!   person the check is about is the pregnant one, whoever types;
//! - a list of three or more weekdays ("Monday, Tuesday and Thursday
//!   night") counted into a number ("3 nights"), so the diary-style count
//!   rules apply to it;
//! - everyday forms read as the statement they make: a checklist question
//!   answered yes, an ordinal count ("3rd night this week"), "down to my
//!   leg" as "down my leg";
//! - a negation raised onto "think" over a verb whose absence is the sign
//!   ("I don't think she's kicked") lowered back onto that verb;
//! - a double negative that says "every" ("not a single night where the
//!   pain didn't wake me") read as "every night … wake me";
//! - pain that moves to the belly ("has come round to the front") read as
//!   pain in the belly;
//! - a sentence that opens with "it" or "it's" after one that named a part
//!   of the body ("…her left leg. It's puffy and hot") reads with that part
//!   named, so a finding told over two sentences is still one finding; and
//!   "it stings" after a sentence about peeing reads "it stings when I pee";
//! - a chat thread pasted as one line ("me: … | him: any numbness? | nah"):
//!   labels dropped, another person's questions asked of her (answered no:
//!   denied), another person's own signs theirs;
//! - negation stacked the way many speakers stack it: "hasn't hardly
//!   moved" as "hardly moved", "ain't" as the negative it stands for, and
//!   a denied saying of a denial ("not gonna say it ain't bleeding") as
//!   the sign told;
//! - a part of the body written without its "my" ("cant control bowels",
//!   "down r leg") read with it; a limb named with its side ("her left
//!   foot") read without the side;
//! - dictation's near-homophones of key words, a count's qualifier, a
//!   dialect "fell out", "my girl" and a subjectless fragment
//!   (`variants.rs`).

mod bare;
mod chat;
mod concord;
mod forms;
mod lists;
mod moved;
mod raised;
mod sided;
mod someone_else;
mod spelled;
mod universal;
mod variants;

use super::Doc;
use super::normalize::{Token, TokenKind};
use bare::{has_bare_part, own_bare_parts};
use chat::{has_chat, read_chat};
use concord::{has_stacked_negation, read_stacked_negation};
use forms::{has_everyday_forms, read_everyday_forms};
use lists::{
    carry_itch, count_weekdays, has_anaphora, has_carried_itch, has_unfelt_act, join_unfelt_act,
    name_the_act, name_the_part, part_of_a_day,
};
use moved::{has_pain_moving_to_belly, read_as_belly_pain};
use raised::{has_fronted_negation, has_raised_negation, lower_negation, unfront_negation};
use sided::{drop_limb_sides, has_sided_limb};
use someone_else::{
    names_pregnant_relation, patient_reference, turn_round, writer_as_third_person,
    writer_is_not_patient,
};
use spelled::{has_spelled_number, join_spelled_numbers};
use universal::{has_universal_double_negative, read_as_every};
use variants::{has_variant, read_variants};

pub(super) use lists::{weekday, weekday_name};

/// One token while rewriting: its canonical word, kind and original span.
pub(super) struct Piece {
    pub(super) word: String,
    pub(super) kind: TokenKind,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// A token stream read by position, the same for the document (a rewrite's
/// first look) and the pieces being rewritten: each rewrite's finder is
/// written once for both, and looks words up without copying them.
pub(super) trait Words {
    /// The word at `i`; "" past the end.
    fn word_at(&self, i: usize) -> &str;
    /// The kind of token `i`; a sentence end past the end.
    fn kind_at(&self, i: usize) -> TokenKind;
    fn count(&self) -> usize;
}

impl Words for Doc<'_> {
    fn word_at(&self, i: usize) -> &str {
        self.word(i)
    }
    fn kind_at(&self, i: usize) -> TokenKind {
        self.tokens
            .get(i)
            .map_or(TokenKind::SentenceEnd, |t| t.kind)
    }
    fn count(&self) -> usize {
        self.tokens.len()
    }
}

impl Words for [Piece] {
    fn word_at(&self, i: usize) -> &str {
        self.get(i).map_or("", |p| p.word.as_str())
    }
    fn kind_at(&self, i: usize) -> TokenKind {
        self.get(i).map_or(TokenKind::SentenceEnd, |p| p.kind)
    }
    fn count(&self) -> usize {
        self.len()
    }
}

fn pieces(doc: &Doc<'_>) -> Vec<Piece> {
    doc.tokens
        .iter()
        .enumerate()
        .map(|(i, t)| Piece {
            word: doc.word(i).to_string(),
            kind: t.kind,
            start: t.start,
            end: t.end,
        })
        .collect()
}

fn rebuild<'a>(text: &'a str, pieces: Vec<Piece>) -> Doc<'a> {
    let mut doc = Doc {
        text,
        canon: String::with_capacity(text.len() + 16),
        tokens: Vec::with_capacity(pieces.len()),
    };
    doc.canon.push(' ');
    for p in pieces {
        if p.word.is_empty() {
            continue;
        }
        let canon_start = doc.canon.len();
        doc.canon.push_str(&p.word);
        let canon_end = doc.canon.len();
        doc.canon.push(' ');
        doc.tokens.push(Token {
            start: p.start,
            end: p.end,
            canon_start,
            canon_end,
            kind: p.kind,
        });
    }
    doc
}

/// Apply every rewrite; the document is rebuilt only when one applies.
pub(crate) fn rewrite(doc: Doc<'_>) -> Doc<'_> {
    let spelled = has_spelled_number(&doc);
    let proxy = patient_reference(&doc);
    let anaphora = has_anaphora(&doc);
    // (a part of today or last night may end the list: "Monday, Wednesday
    // and this morning")
    let weekdays = (0..doc.tokens.len())
        .filter(|&i| weekday(doc.word(i)) || part_of_a_day(&doc, i))
        .count()
        >= 3;
    let raised = has_raised_negation(&doc);
    let fronted = has_fronted_negation(&doc);
    let unfelt = has_unfelt_act(&doc);
    let carried_itch = has_carried_itch(&doc);
    let every = has_universal_double_negative(&doc);
    let moved = has_pain_moving_to_belly(&doc);
    let forms = has_everyday_forms(&doc);
    let bare = has_bare_part(&doc);
    let sided = has_sided_limb(&doc);
    let stacked = has_stacked_negation(&doc);
    let chat = has_chat(&doc);
    let variant = has_variant(&doc);
    if !spelled
        && !variant
        && !stacked
        && !chat
        && proxy.is_none()
        && !anaphora
        && !weekdays
        && !raised
        && !fronted
        && !unfelt
        && !carried_itch
        && !every
        && !moved
        && !forms
        && !bare
        && !sided
    {
        return doc;
    }
    let mut list = pieces(&doc);
    // a thread's labels and questions first: what is left reads as hers
    if chat {
        read_chat(doc.text, &mut list);
    }
    // the words the others look for, as the lexicon knows them
    if variant {
        read_variants(doc.text, &mut list);
    }
    // the other rewrites look for negators this one settles
    if stacked {
        read_stacked_negation(&mut list);
    }
    if forms {
        read_everyday_forms(doc.text, &mut list);
    }
    if moved {
        read_as_belly_pain(&mut list);
    }
    if every {
        read_as_every(&mut list);
    }
    if raised {
        lower_negation(&mut list);
    }
    if fronted {
        unfront_negation(&mut list);
    }
    if unfelt {
        join_unfelt_act(&mut list);
    }
    if weekdays {
        count_weekdays(&mut list);
    }
    if spelled {
        join_spelled_numbers(&mut list);
    }
    if let Some(relation) = proxy {
        if writer_is_not_patient(&doc) || names_pregnant_relation(&doc) {
            writer_as_third_person(doc.text, &mut list, relation);
        }
        turn_round(&mut list, relation);
    }
    if sided {
        drop_limb_sides(&mut list);
    }
    // after turning round: a bare part is the pregnant person's, never the
    // writer's when someone writes for her
    if bare {
        list = own_bare_parts(list);
    }
    // after turning round, so the part named is already hers ("my leg")
    if anaphora {
        list = name_the_act(name_the_part(list));
    }
    if carried_itch {
        list = carry_itch(list);
    }
    rebuild(doc.text, list)
}
