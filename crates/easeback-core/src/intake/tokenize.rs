//! The tokenizer: a description's words canonicalised one by one — spelling
//! fixes, dropped letters and apostrophes, number words, spoken forms read
//! together with the next word — into a [`Doc`].

use super::word_repair::{
    BODY_NOUNS_IN_ING, WEE_THINGS, dropped_g, repeated_letters, spoken_form, unmarked_past,
    word_form,
};
use super::word_tables::{WITHOUT_CLAUSE, clinical_abbreviation, denied_verb, number_word};
use super::*;

/// Words of a state that, after a noun's "'s", make the "'s" an "is": "my
/// blood pressure's high", "her calf's swollen", "the bleeding's heavy".
const STATE_AFTER_IS: &[&str] = &[
    "high", "up", "raised", "elevated", "through", "sky", "swollen", "puffy", "red", "hot", "warm",
    "heavy", "heavier", "numb", "bleeding", "leaking", "pouring", "gushing", "not", "still",
    "really", "very", "so", "too",
];

/// Words whose "'s" is already read the way the lexicon writes it ("it's
/// swollen" reads "it swollen", as the lexicon's "its swollen" does).
const S_READ_AS_WRITTEN: &[&str] = &[
    "it",
    "that",
    "there",
    "he",
    "she",
    "what",
    "who",
    "where",
    "here",
    "this",
    "let",
    "everything",
    "nothing",
    "something",
    "one",
];

/// Does a word end in an apostrophe and "s" ("pressure's", "calf’s")?
pub(crate) fn ends_in_apostrophe_s(word: &str) -> bool {
    let mut rev = word.chars().rev();
    matches!(rev.next(), Some('s' | 'S')) && rev.next().is_some_and(normalize::is_apostrophe)
}

/// Join the number `v` (ending at byte `e`) into the range whose first
/// number is token `at`: everything after `at` goes, and the range keeps
/// the larger value ("4-5", "2 or 3", "three or four" read as one number).
fn join_range(doc: &mut Doc<'_>, at: usize, v: f64, e: usize) {
    let keep = doc.tokens[at].canon_end + 1;
    doc.tokens.truncate(at + 1);
    doc.canon.truncate(keep);
    let first = &mut doc.tokens[at];
    if let TokenKind::Number(a) = first.kind {
        first.kind = TokenKind::Number(a.max(v));
    }
    first.end = e;
}

/// "me leg", "me back": dialect "me" for "my" before a body word.
pub(crate) const BODY_WORDS: &[&str] = &[
    "leg", "legs", "back", "calf", "calves", "foot", "feet", "belly", "tummy", "bump", "waters",
    "water", "knickers", "pants", "bladder", "bum", "thigh", "thighs", "toes", "head", "chest",
    "side", "hip", "hips", "arm", "arms", "hands", "face", "eyes", "baby", "wee", "pee", "stomach",
    "bowels", "ankles", "knee", "knees",
];

impl Intake {
    /// Takes back the last token pushed (its canonical word too), for a
    /// word that is read together with the one after it: its text span.
    pub(super) fn pop_token(doc: &mut Doc<'_>) -> Option<(usize, usize)> {
        let t = doc.tokens.pop()?;
        doc.canon.truncate(t.canon_start);
        Some((t.start, t.end))
    }

    pub(super) fn push(
        &self,
        doc: &mut Doc<'_>,
        word: &str,
        kind: TokenKind,
        start: usize,
        end: usize,
    ) {
        // a hedging "like" just before this word is left out ("is like hot")
        let n = doc.tokens.len();
        if n >= 1
            && matches!(kind, TokenKind::Word | TokenKind::Number(_))
            && doc.word(n - 1) == "like"
            && fillers::like_is_filler(n.checked_sub(2).map(|i| doc.word(i)), word)
        {
            Self::pop_token(doc);
        }
        let canon_start = doc.canon.len();
        doc.canon.push_str(word);
        let canon_end = doc.canon.len();
        doc.canon.push(' ');
        doc.tokens.push(Token {
            start,
            end,
            canon_start,
            canon_end,
            kind,
        });
    }

    /// A word the tokenizer repaired (a held key, a dropped ending, a
    /// typo) pushed as the phrases hold it: through the spellings too, so
    /// "feverr" and "fevera" read as "fever" does ("fiebre" for a reader
    /// whose lexicon spells it so).
    fn push_spelled(&self, doc: &mut Doc<'_>, word: &str, s: usize, e: usize) {
        match self.compiled.spelling.get(word) {
            Some(rep) => {
                for w in rep.iter() {
                    self.push(doc, w, TokenKind::Word, s, e);
                }
            }
            None => self.push(doc, word, TokenKind::Word, s, e),
        }
    }

    pub(super) fn tokenize<'a>(&self, text: &'a str) -> Doc<'a> {
        let c = &self.compiled;
        let mut doc = Doc {
            text,
            canon: String::with_capacity(text.len() + 16),
            tokens: Vec::with_capacity(text.len() / 4 + 4),
        };
        doc.canon.push(' ');
        let mut folded = String::new();
        // the token a noun's "'s" was folded from, while it is the last one
        let mut apostrophe_s: Option<usize> = None;
        normalize::scan(text, |raw, s, e| {
            let last = doc.tokens.last().map(|t| t.kind);
            let after_apostrophe_s = apostrophe_s.take();
            match raw {
                Raw::Word => {
                    folded.clear();
                    normalize::fold_word(&text[s..e], &mut folded);
                    // "pipí", "orinao", "las pierna": Spanish as it is typed
                    // and spoken, read in the form the lexicon holds
                    let before = doc.word(doc.tokens.len().wrapping_sub(1));
                    if let Some(form) = spoken_form(c, before, &folded) {
                        folded = form;
                    }
                    if let Some(p) = after_apostrophe_s
                        && p + 1 == doc.tokens.len()
                        && STATE_AFTER_IS.contains(&folded.as_str())
                        && !S_READ_AS_WRITTEN.contains(&doc.word(p))
                    {
                        let at = doc.tokens[p].end;
                        self.push(&mut doc, "is", TokenKind::Word, at, at);
                    }
                    if ends_in_apostrophe_s(&text[s..e]) {
                        apostrophe_s = Some(doc.tokens.len());
                    }
                    // "every 10ish min", "38ish": the hedge on a number goes
                    if fillers::is_sound(&folded)
                        || (folded == "ish" && matches!(last, Some(TokenKind::Number(_))))
                    {
                        return;
                    }
                    // "R leg", "L calf": the side, before a part of the body
                    // (a lone "r" elsewhere is the texting "are")
                    if let Some(p) = doc.tokens.len().checked_sub(1)
                        && matches!(doc.word(p), "r" | "l")
                        && BODY_WORDS.contains(&folded.as_str())
                    {
                        let side = if doc.word(p) == "r" { "right" } else { "left" };
                        if let Some((ps, pe)) = Self::pop_token(&mut doc) {
                            self.push(&mut doc, side, TokenKind::Word, ps, pe);
                        }
                    }
                    // a checklist answered "Bleeding N, fever N (37.1)",
                    // "Waters Y": a capital N or Y alone before a mark or
                    // the end is no or yes (a lowercase "n" stays "and")
                    let raw_word = &text[s..e];
                    let closes =
                        text[e..].trim_start().chars().next().is_none_or(|c| {
                            matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '/' | '|')
                        });
                    if let Some(words) = clinical_abbreviation(raw_word) {
                        for w in words {
                            self.push(&mut doc, w, TokenKind::Word, s, e);
                        }
                        return;
                    }
                    if matches!(raw_word, "N" | "Y") && closes && !doc.tokens.is_empty() {
                        let answer = if raw_word == "N" { "no" } else { "yes" };
                        self.push(&mut doc, answer, TokenKind::Word, s, e);
                        return;
                    }
                    // "8w", "23wks": a week count written onto its number
                    // (a "w" on its own is the texting "with")
                    if matches!(folded.as_str(), "w" | "wk" | "wks")
                        && matches!(last, Some(TokenKind::Number(_)))
                        && doc.tokens.last().is_some_and(|t| t.end == s)
                    {
                        self.push(&mut doc, "weeks", TokenKind::Word, s, e);
                        return;
                    }
                    // "not coming and going", "doesn't come and go": a pain
                    // that stays, read as "constant" (so no rhythm word is
                    // left to read as tightenings coming in waves)
                    let n = doc.tokens.len();
                    if matches!(folded.as_str(), "going" | "go" | "goes")
                        && n >= 3
                        && doc.word(n - 1) == "and"
                        && matches!(doc.word(n - 2), "coming" | "come" | "comes")
                        && matches!(
                            doc.word(n - 3),
                            "not" | "doesnt" | "dont" | "isnt" | "never"
                        )
                    {
                        let start = doc.tokens[n - 3].start;
                        for _ in 0..3 {
                            Self::pop_token(&mut doc);
                        }
                        self.push(&mut doc, "constant", TokenKind::Word, start, e);
                        return;
                    }
                    // Pidgin "e no dey stop", "the baby no dey kick": a
                    // habit denied, read as "doesn't"
                    if folded == "dey" && last.is_some() && doc.word(doc.tokens.len() - 1) == "no" {
                        Self::pop_token(&mut doc);
                        self.push(&mut doc, "doesnt", TokenKind::Word, s, e);
                        return;
                    }
                    // second-language and Creole "the baby no moves much",
                    // "a pain that no goes away", "nah ease up": "no"/"nah"
                    // straight before a verb denies the verb
                    // (not a hyphened "no-go", which is a noun)
                    if let Some(base) = denied_verb(&folded)
                        && last.is_some()
                        && matches!(doc.word(doc.tokens.len() - 1), "no" | "nah")
                        && !text[doc.tokens[doc.tokens.len() - 1].end..s].contains('-')
                    {
                        Self::pop_token(&mut doc);
                        self.push(&mut doc, "doesnt", TokenKind::Word, s, e);
                        self.push(&mut doc, base, TokenKind::Word, s, e);
                        return;
                    }
                    // negative concord: "a headache that doesn't go with
                    // nothing", "I don't feel nothing" say "anything" (not
                    // the litotes "it's not nothing", "not that there's nothing")
                    if folded == "nothing" {
                        let n = doc.tokens.len();
                        let negated_verb = (n.saturating_sub(4)..n.saturating_sub(1)).any(|k| {
                            matches!(
                                doc.word(k),
                                "dont"
                                    | "doesnt"
                                    | "didnt"
                                    | "cant"
                                    | "couldnt"
                                    | "wont"
                                    | "never"
                                    | "not"
                                    | "isnt"
                            ) && !matches!(doc.word(k + 1), "that" | "it" | "its")
                                && (k + 1..n).all(|j| doc.tokens[j].kind == TokenKind::Word)
                        });
                        if negated_verb {
                            self.push(&mut doc, "anything", TokenKind::Word, s, e);
                            return;
                        }
                    }
                    // Scots "a wee stretch", "a wee while": small, not a wee
                    // ("wee bit sair" needs no "a": "wee bit" is only small)
                    if !doc.tokens.is_empty()
                        && doc.word(doc.tokens.len() - 1) == "wee"
                        && (doc.word(doc.tokens.len().wrapping_sub(2)) == "a" || folded == "bit")
                        && WEE_THINGS.contains(&folded.as_str())
                        && let Some((ws, we)) = Self::pop_token(&mut doc)
                    {
                        self.push(&mut doc, "little", TokenKind::Word, ws, we);
                    }
                    // Pidgin "i no fit hold my wee": cannot
                    if folded == "fit" && last.is_some() && doc.word(doc.tokens.len() - 1) == "no" {
                        let start = doc.tokens[doc.tokens.len() - 1].start;
                        Self::pop_token(&mut doc);
                        self.push(&mut doc, "cant", TokenKind::Word, start, e);
                        return;
                    }
                    // Scots "she's no felt the wean move", "it's no
                    // stopping": "no" after a pronoun's "'s/'ve" and before
                    // a verb form is "not" (not "no blood", "no feeling")
                    if let Some(p) = doc.tokens.len().checked_sub(1)
                        && doc.word(p) == "no"
                        && p > 0
                        && matches!(
                            doc.word(p - 1),
                            "shes"
                                | "she"
                                | "hes"
                                | "he"
                                | "its"
                                | "it"
                                | "im"
                                | "ive"
                                | "weve"
                                | "theyve"
                        )
                        && ((folded.ends_with("ing")
                            && !BODY_NOUNS_IN_ING.contains(&folded.as_str()))
                            || folded.ends_with("ed")
                            || matches!(folded.as_str(), "felt" | "been" | "had" | "seen" | "done"))
                        && let Some((ps, pe)) = Self::pop_token(&mut doc)
                    {
                        self.push(&mut doc, "not", TokenKind::Word, ps, pe);
                    }
                    // Creole "she nah bleed", "baby nah move": after a
                    // pronoun or the baby, "nah" is "not" (a bare "nah" is
                    // still a no)
                    if folded == "nah"
                        && let Some(p) = doc.tokens.len().checked_sub(1)
                        && matches!(
                            doc.word(p),
                            "she" | "he" | "it" | "i" | "mi" | "baby" | "pickney" | "they"
                        )
                    {
                        self.push(&mut doc, "not", TokenKind::Word, s, e);
                        return;
                    }
                    // Jamaican "mi": "my" before a part of the body ("down mi
                    // leg"), otherwise "I" ("mi have fever", "mi ever feel");
                    // the next word decides, so it is settled there
                    if let Some(p) = doc.tokens.len().checked_sub(1)
                        && doc.word(p) == "mi"
                        && !c.own_words.contains("mi")
                    {
                        // ("mi left foot": a side before the part)
                        let as_word = if BODY_WORDS.contains(&folded.as_str())
                            || matches!(folded.as_str(), "left" | "right" | "whole" | "two")
                        {
                            "my"
                        } else {
                            "i"
                        };
                        if let Some((ps, pe)) = Self::pop_token(&mut doc) {
                            self.push(&mut doc, as_word, TokenKind::Word, ps, pe);
                        }
                    }
                    // voice-to-text "it burns when I we", "need a we": the
                    // pronoun where no pronoun can stand is the wee
                    if folded == "we"
                        && doc
                            .tokens
                            .len()
                            .checked_sub(1)
                            .is_some_and(|p| matches!(doc.word(p), "i" | "a"))
                    {
                        self.push(&mut doc, "wee", TokenKind::Word, s, e);
                        return;
                    }
                    // "it don't stop", "she don't feel": agreement a second
                    // language often drops, read as "doesn't"
                    if folded == "dont"
                        && doc
                            .tokens
                            .len()
                            .checked_sub(1)
                            .is_some_and(|p| matches!(doc.word(p), "it" | "she" | "he"))
                    {
                        self.push(&mut doc, "doesnt", TokenKind::Word, s, e);
                        return;
                    }
                    // "without I feel it", "without feel it": a clause after
                    // "without" where English has "without feeling it";
                    // "without my knowing": the same with a possessive
                    let n = doc.tokens.len();
                    let after_without = |k: usize| k >= 1 && doc.word(k - 1) == "without";
                    let subject = n >= 1
                        && after_without(n - 1)
                        && matches!(doc.word(n - 1), "i" | "she" | "me" | "you" | "he" | "we");
                    if (subject || n >= 1 && doc.word(n - 1) == "without")
                        && let Some(&(_, gerund)) =
                            WITHOUT_CLAUSE.iter().find(|(w, _)| *w == folded)
                    {
                        if subject {
                            Self::pop_token(&mut doc);
                        }
                        self.push(&mut doc, gerund, TokenKind::Word, s, e);
                        return;
                    }
                    if n >= 1
                        && after_without(n - 1)
                        && matches!(doc.word(n - 1), "my" | "her" | "me" | "him")
                        && WITHOUT_CLAUSE.iter().any(|&(_, g)| g == folded)
                    {
                        Self::pop_token(&mut doc);
                    }
                    if let Some(v) = number_word(&folded) {
                        // "three or four spasms a week": one number, the
                        // larger, as "3 or 4" is read ("to" stays: "from
                        // four to eight" is a climb)
                        let n = doc.tokens.len();
                        if n >= 2
                            && doc.word(n - 1) == "or"
                            && matches!(doc.tokens[n - 2].kind, TokenKind::Number(_))
                        {
                            join_range(&mut doc, n - 2, v, e);
                        } else {
                            self.push(&mut doc, "#", TokenKind::Number(v), s, e);
                        }
                    } else if folded == "twice" {
                        self.push(&mut doc, "#", TokenKind::Number(2.0), s, e);
                        self.push(&mut doc, "times", TokenKind::Word, s, e);
                    } else if let Some(rep) = c.spelling.get(folded.as_str()) {
                        for w in rep.iter() {
                            self.push(&mut doc, w, TokenKind::Word, s, e);
                        }
                    } else if let Some(single) = repeated_letters(c, &folded) {
                        // "numbb", "feverr", "bleeeding": a held-down key
                        self.push_spelled(&mut doc, &single, s, e);
                    } else if let Some(full) = dropped_g(c, &folded) {
                        // "bleedin", "blackin out": the -ing word, when the
                        // lexicon knows it and not the short form
                        self.push_spelled(&mut doc, &full, s, e);
                    } else if let Some(past) =
                        unmarked_past(c, doc.word(doc.tokens.len().wrapping_sub(1)), &folded)
                    {
                        // "already soak through", "she has faint": the
                        // past or perfect told without its ending
                        self.push_spelled(&mut doc, &past, s, e);
                    } else if let Some(form) = word_form(c, &folded) {
                        self.push_spelled(&mut doc, &form, s, e);
                    } else if !c.known.contains(folded.as_str())
                        && let Some(fixed) = c.fuzzy.correct(&folded)
                    {
                        let fixed = fixed.to_string();
                        self.push_spelled(&mut doc, &fixed, s, e);
                    } else {
                        let w = std::mem::take(&mut folded);
                        self.push(&mut doc, &w, TokenKind::Word, s, e);
                        folded = w;
                    }
                }
                Raw::Number(v) => {
                    let n = doc.tokens.len();
                    // "34/40", "at 16/40": weeks of forty, as clinicians
                    // write a gestation
                    if v == 40.0
                        && n >= 2
                        && doc.tokens[n - 1].kind == TokenKind::Slash
                        && doc.tokens[n - 1].start == doc.tokens[n - 2].end
                        && doc.tokens[n - 1].end == s
                        && matches!(doc.tokens[n - 2].kind, TokenKind::Number(w) if (4.0..=42.0).contains(&w))
                    {
                        Self::pop_token(&mut doc);
                        self.push(&mut doc, "weeks", TokenKind::Word, s, e);
                        return;
                    }
                    // "over 3/52", "for 2/7": weeks and days as clinicians
                    // write them (of 52 weeks, of 7 days)
                    if (v == 52.0 || v == 7.0)
                        && n >= 2
                        && doc.tokens[n - 1].kind == TokenKind::Slash
                        && doc.tokens[n - 1].start == doc.tokens[n - 2].end
                        && doc.tokens[n - 1].end == s
                        && matches!(doc.tokens[n - 2].kind, TokenKind::Number(w)
                            if w >= 1.0 && w < v && w.fract() == 0.0 && (v == 52.0 || w <= 6.0))
                    {
                        Self::pop_token(&mut doc);
                        let unit = if v == 52.0 { "weeks" } else { "days" };
                        self.push(&mut doc, unit, TokenKind::Word, s, e);
                        return;
                    }
                    // "T 38.6": a clinician's temperature
                    if n >= 1
                        && doc.word(n - 1) == "t"
                        && &text[doc.tokens[n - 1].start..doc.tokens[n - 1].end] == "T"
                        && (34.0..=43.0).contains(&v)
                        && let Some((ts, te)) = Self::pop_token(&mut doc)
                    {
                        self.push(&mut doc, "temp", TokenKind::Word, ts, te);
                    }
                    // "4-5", "4 to 5", "2 or 3": one number, the larger value
                    // (not the "10" of "4/10 to 8/10": a score's denominator
                    // starts no range, so the climb stays two scores)
                    let n = doc.tokens.len();
                    let denominator = n >= 3
                        && (doc.tokens[n - 3].kind == TokenKind::Slash
                            || (n >= 4 && doc.word(n - 3) == "of" && doc.word(n - 4) == "out"));
                    // (a range climbs: "146 to 94" is a reading, two numbers)
                    let joined = match doc.tokens.as_slice() {
                        [.., a, b]
                            if !denominator
                                && matches!(a.kind, TokenKind::Number(x) if x < v)
                                && matches!(
                                    &doc.canon[b.canon_start..b.canon_end],
                                    "to" | "or"
                                ) =>
                        {
                            Some(n - 2)
                        }
                        [.., a]
                            if matches!(a.kind, TokenKind::Number(_))
                                && matches!(text[a.end..s].trim(), "-" | "–") =>
                        {
                            Some(n - 1)
                        }
                        _ => None,
                    };
                    match joined {
                        Some(at) => join_range(&mut doc, at, v, e),
                        None => self.push(&mut doc, "#", TokenKind::Number(v), s, e),
                    }
                }
                Raw::SentenceEnd => {
                    // "?" is kept apart from "." so a question can be told
                    let mark = if matches!(&text[s..e], "?" | "？") {
                        "?"
                    } else {
                        "."
                    };
                    if last == Some(TokenKind::SentenceEnd) {
                        if mark == "?" {
                            let at = doc.tokens[doc.tokens.len() - 1].canon_start;
                            doc.canon.replace_range(at..at + 1, "?");
                        }
                    } else if last.is_some() {
                        if last == Some(TokenKind::Pause) {
                            Self::pop_token(&mut doc);
                        }
                        self.push(&mut doc, mark, TokenKind::SentenceEnd, s, e);
                    }
                }
                Raw::Pause => {
                    if !matches!(last, Some(TokenKind::SentenceEnd | TokenKind::Pause) | None) {
                        self.push(&mut doc, ",", TokenKind::Pause, s, e);
                    }
                }
                Raw::Slash => self.push(&mut doc, "/", TokenKind::Slash, s, e),
                Raw::And => self.push(&mut doc, "and", TokenKind::Word, s, e),
                // an emoji or an arrow that stands for a word ("🩸", "↑ weekly")
                Raw::Said(word) => self.push(&mut doc, word, TokenKind::Word, s, e),
                Raw::Degrees(unit) => {
                    self.push(&mut doc, "degrees", TokenKind::Word, s, e);
                    if let Some(u) = unit {
                        self.push(
                            &mut doc,
                            if u == 'c' { "c" } else { "f" },
                            TokenKind::Word,
                            s,
                            e,
                        );
                    }
                }
            }
        });
        for i in 1..doc.tokens.len() {
            // voice-to-text's "every weak", "third time this weak": the
            // week after a word that counts or names weeks
            if doc.word(i) == "weak"
                && matches!(
                    doc.word(i - 1),
                    "every" | "this" | "last" | "each" | "per" | "next" | "whole" | "#" | "a"
                )
                && !BODY_WORDS.contains(&doc.word(i + 1))
                && !matches!(doc.word(i + 1), "feeling" | "and" | "wobbly")
            {
                let at = doc.tokens[i].canon_start;
                doc.canon.replace_range(at..at + 4, "week");
            }
            let prev = &doc.tokens[i - 1];
            // ("keeps giving me back spasms": "me" is the one given them)
            let given = || {
                i >= 2
                    && matches!(
                        doc.word(i - 2),
                        "giving"
                            | "give"
                            | "gives"
                            | "gave"
                            | "given"
                            | "causing"
                            | "caused"
                            | "causes"
                    )
            };
            if &doc.canon[prev.canon_start..prev.canon_end] == "me"
                && BODY_WORDS.contains(&doc.word(i))
                && !given()
            {
                let at = prev.canon_start;
                doc.canon.replace_range(at..at + 2, "my");
            }
        }
        doc
    }
}
