//! Where a clause ends: sentence ends, contrast words, commas and "and"
//! that open a new clause, pauses and questions. A trigger reaches a
//! finding only inside one clause.

use super::*;

impl Scope<'_> {
    /// Does the clause break anywhere in tokens `from..to`?
    pub(super) fn broken(&self, from: usize, to: usize, negation: bool) -> bool {
        for i in from..to {
            let tok = &self.doc.tokens[i];
            if tok.kind == TokenKind::SentenceEnd || self.triggers.terminator[i] {
                return true;
            }
            let w = self.doc.word(i);
            // (a discourse word may come first: "…last year, well it's
            // stinging again")
            let opener = |k: usize| {
                if DISCOURSE.contains(&self.doc.word(k)) {
                    k + 1
                } else {
                    k
                }
            };
            if CLAUSE_JOINERS.contains(&w) && self.starters.contains(self.doc.word(opener(i + 1))) {
                return true;
            }
            if self.present_opens_at(i) {
                return true;
            }
            if negation {
                // "it's not my back anymore it's my belly": "not … anymore"
                // closes there, even with no punctuation after it
                if w == "and" || w == "anymore" {
                    return true;
                }
                // Spanish "y", and a "yo" that opens a clause of its own
                // ("no tengo eso yo tengo espasmos", unpunctuated): "no"
                // and "sin" reach no further
                if w == "y" || (w == "yo" && i > from) {
                    return true;
                }
                // Spanish "sin" before an infinitive denies that action
                // only: "sin dormir pienso en hacerme daño", "sin salir a
                // pasear por miedo" — what comes after is said
                if i == from + 1
                    && from > 0
                    && self.doc.word(from - 1) == "sin"
                    && infinitive(self.doc.word(from))
                {
                    return true;
                }
                // a comma continues a negated list only after a finding
                if tok.kind == TokenKind::Pause && !(from..i).any(|k| self.in_finding[k]) {
                    return true;
                }
            }
        }
        false
    }

    /// Does a clause telling the present open after `k` (a pause, or
    /// "and"/"but"/"so")? "spotting at 12 weeks that stopped, now 24 weeks
    /// and the spasms wake me"; "a spasm last month and since then I've
    /// been avoiding baths": whatever time came before, "now", "since then"
    /// and "ever since" start today's.
    pub(super) fn present_opens_at(&self, k: usize) -> bool {
        let w = |j: usize| self.doc.word(j);
        // ("…three weeks ago it was a twinge, and this week I'm getting
        // spasms": a time of now after the break opens the present too)
        let opens = |j: usize| {
            matches!(w(j), "now" | "today" | "tonight" | "lately" | "nowadays")
                || (w(j) == "since" && w(j + 1) == "then")
                || (w(j) == "ever" && w(j + 1) == "since")
                || (w(j) == "this" && matches!(w(j + 1), "week" | "weekend" | "time"))
                || (w(j) == "these" && w(j + 1) == "days")
        };
        let joiner = |j: usize| matches!(w(j), "and" | "but" | "so");
        if self.doc.tokens.get(k).map(|t| t.kind) == Some(TokenKind::Pause) {
            // ("…, and now", "…, well now")
            opens(k + 1) || ((joiner(k + 1) || DISCOURSE.contains(&w(k + 1))) && opens(k + 2))
        } else {
            joiner(k) && opens(k + 1)
        }
    }

    /// Is the time word at `at` the point a comparison is made with ("worse
    /// than 5 weeks ago", "twice as bad as a month ago")?
    pub(super) fn comparison_before(&self, at: usize) -> bool {
        let w = |k: usize| self.doc.word(k);
        // ("worse than the kidney stone I had years ago": the compared thing
        // may carry a clause of its own)
        let near = at.saturating_sub(8)..at;
        near.clone().any(|j| matches!(w(j), "than" | "compared"))
            || near.filter(|&j| w(j) == "as").count() >= 2
            || (at.saturating_sub(3)..at).any(|j| w(j) == "as" && w(j.wrapping_sub(1)) == "same")
            // "not playing the way he used to", "not moving like she did":
            // the usual, compared with
            || matches!(w(at.wrapping_sub(1)), "way" | "like")
            || (matches!(w(at.wrapping_sub(2)), "way" | "like" | "as")
                && matches!(w(at.wrapping_sub(1)), "he" | "she" | "it" | "they" | "i" | "baby"))
            // "afraid of setting off another spasm like the one last week":
            // the earlier one it is likened to
            || (at.saturating_sub(4)..at)
                .any(|j| w(j) == "like" && matches!(w(j + 1), "the" | "that" | "last"))
    }

    /// Is the sign starting at `at` only what something is set against ("is
    /// this different from sciatica?", "different to the real thing")?
    pub(super) fn compared_against(&self, at: usize) -> bool {
        let w = |k: usize| self.doc.word(k);
        let mut k = at;
        while k > 0
            && matches!(
                w(k - 1),
                "the" | "my" | "a" | "real" | "proper" | "actual" | "true"
            )
        {
            k -= 1;
        }
        k >= 2 && matches!(w(k - 1), "from" | "to" | "than") && w(k - 2) == "different"
    }

    /// A clause of its own with a subject, a past verb and what it says
    /// between `from` and `to` ("… several times a week i had a water
    /// infection last year", unpunctuated): a time word after it belongs to
    /// that clause. "The shooting pain I had last week" is not one: nothing
    /// stands between the verb and the time.
    pub(super) fn new_clause_between(&self, from: usize, to: usize) -> bool {
        (from..to.saturating_sub(2)).any(|i| self.new_clause_at(i))
    }

    /// Does a clause with a subject and a past verb start at `i`, with more
    /// than a time word after the verb?
    pub(super) fn new_clause_at(&self, i: usize) -> bool {
        let w = |k: usize| self.doc.word(k);
        // "when i was at school": a clause inside the finding's own
        let subordinate = matches!(
            w(i.wrapping_sub(1)),
            "when" | "while" | "as" | "since" | "because" | "after" | "before" | "until" | "if"
        );
        // what follows the verb opens a thing of its own ("had a water
        // infection", "was a two"), not a time ("I had last month", "I had
        // on Friday": the finding's own relative clause)
        !subordinate
            && matches!(
                w(i),
                "i" | "it" | "she" | "he" | "that" | "this" | "we" | "they"
            )
            && matches!(w(i + 1), "had" | "was" | "were" | "got" | "did")
            && matches!(
                w(i + 2),
                "a" | "an" | "the" | "some" | "my" | "her" | "his" | "so" | "really" | "very"
            )
    }

    /// A comma, slash or joining word in `from..to`.
    pub(super) fn pause_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|i| {
            matches!(self.doc.tokens[i].kind, TokenKind::Pause | TokenKind::Slash)
                || matches!(self.doc.word(i), "and" | "but" | "so" | "plus" | "then")
        })
    }

    /// Every clause break in `from..to` is an "or" (or a comma before one).
    pub(super) fn only_or_breaks(&self, from: usize, to: usize) -> bool {
        (from..to).all(|i| {
            let w = self.doc.word(i);
            !CLAUSE_JOINERS.contains(&w) || w == "or" || (w == "," && self.doc.word(i + 1) == "or")
        }) && (from..to).any(|i| self.doc.word(i) == "or")
    }

    /// A sentence end or terminator in `from..to` (a stronger break than a new clause).
    pub(super) fn hard_break(&self, from: usize, to: usize) -> bool {
        (from..to).any(|i| {
            self.doc.tokens[i].kind == TokenKind::SentenceEnd || self.triggers.terminator[i]
        })
    }

    pub(super) fn in_question(&self, i: usize) -> bool {
        (i..self.doc.tokens.len())
            .find(|&k| self.doc.tokens[k].kind == TokenKind::SentenceEnd)
            .is_some_and(|k| self.doc.word(k) == "?")
    }

    pub(super) fn only_punctuation(&self, from: usize, to: usize) -> bool {
        to.saturating_sub(from) <= 1
            && (from..to).all(|i| {
                matches!(
                    self.doc.tokens[i].kind,
                    TokenKind::Pause | TokenKind::SentenceEnd
                )
            })
    }

    /// A form's label running from the sign at `from` to a colon just
    /// before `to`: "Numb anywhere: no", "Numbness or tingling: no" — a few
    /// words, the label opening its line, the colon as written.
    pub(super) fn label_before(&self, cand_s: usize, from: usize, to: usize) -> bool {
        let toks = &self.doc.tokens;
        let Some(colon) = to.checked_sub(1) else {
            return false;
        };
        let opens_line = (cand_s.saturating_sub(3)..cand_s)
            .rev()
            .find(|&k| toks[k].kind != TokenKind::Word)
            .is_none_or(|k| toks[k].kind == TokenKind::SentenceEnd)
            && (cand_s <= 3
                || toks[cand_s.saturating_sub(4)..cand_s]
                    .iter()
                    .any(|t| t.kind != TokenKind::Word));
        colon >= from
            && colon - from <= 3
            && toks[colon].kind == TokenKind::Pause
            && self.doc.text.get(toks[colon].start..toks[colon].end) == Some(":")
            && (from..colon).all(|k| toks[k].kind == TokenKind::Word)
            && opens_line
    }

    /// "It's definitely not my waters it's pee, I've wet myself": after a
    /// denied thing, "it's" or "that's" says what it is instead, and the
    /// denial reaches no further. Only an identity told with its verb
    /// ("it's", "it is", "that's" as written), straight after the denied
    /// words (no joining word before it).
    pub(super) fn corrected_between(&self, from: usize, to: usize) -> bool {
        let toks = &self.doc.tokens;
        // (the canonical word first: "it's" reads "it", "that's" "that";
        // the text tells whether an "'s" was written)
        let apostrophe_s = |k: usize| {
            crate::intake::ends_in_apostrophe_s(&self.doc.text[toks[k].start..toks[k].end])
        };
        (from + 1..to).any(|k| {
            let identity = match self.doc.word(k) {
                "thats" => true,
                "that" => apostrophe_s(k),
                "it" => apostrophe_s(k) || self.doc.word(k + 1) == "is",
                _ => false,
            };
            identity
                && toks[k - 1].kind == TokenKind::Word
                && !matches!(
                    self.doc.word(k - 1),
                    "and"
                        | "or"
                        | "if"
                        | "that"
                        | "because"
                        | "so"
                        | "but"
                        | "when"
                        | "as"
                        | "since"
                        | "until"
                        | "till"
                        | "whether"
                        | "think"
                        | "sure"
                        | "know"
                )
        })
    }

    /// After a trailing "no": the clause must end right there.
    pub(super) fn ends_clause_at(&self, i: usize) -> bool {
        i >= self.doc.tokens.len()
            || matches!(
                self.doc.tokens[i].kind,
                TokenKind::Pause | TokenKind::SentenceEnd
            )
            || self.triggers.terminator[i]
    }
}

/// A Spanish infinitive ("dormir", "salir", "comer"): a word of five
/// letters or more ending in -ar, -er or -ir.
fn infinitive(w: &str) -> bool {
    w.len() >= 5 && (w.ends_with("ar") || w.ends_with("er") || w.ends_with("ir"))
}
