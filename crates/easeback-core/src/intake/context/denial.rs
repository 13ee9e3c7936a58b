//! Denials told apart from the sign itself: a pain that only spreads, a
//! nerve quality denied, and a question answered "no".

use super::*;

impl Scope<'_> {
    /// A nerve-pain match that only says where the pain goes ("spreads
    /// down the back of my thigh"), with no nerve quality in its own words.
    pub(super) fn radiation_only(&self, cand: &Candidate) -> bool {
        // (the quality may be told just before the path it takes: "a
        // burning pain that runs from my buttock down my leg")
        let toks = &self.doc.tokens;
        let from = (cand.s.saturating_sub(6)..cand.s)
            .rev()
            .find(|&k| toks[k].kind == TokenKind::SentenceEnd)
            .map_or(cand.s.saturating_sub(6), |k| k + 1);
        !(from..cand.e).any(|i| {
            NERVE_QUALITY.contains(&self.doc.word(i))
                && !matches!(
                    self.doc.word(i.wrapping_sub(1)),
                    "no" | "not" | "without" | "nor" | "or" | "never"
                )
        })
    }

    /// The text denies the nerve qualities: "no shooting", "not burning",
    /// "no tingling or pins and needles".
    pub(super) fn nerve_quality_denied(&self) -> bool {
        (1..self.doc.tokens.len()).any(|i| {
            NERVE_QUALITY.contains(&self.doc.word(i))
                && matches!(
                    self.doc.word(i - 1),
                    "no" | "not"
                        | "without"
                        | "isnt"
                        | "doesnt"
                        | "nor"
                        | "or"
                        | "nothing"
                        | "never"
                )
        })
    }

    /// The finding's sentence is a question and the next opens by denying
    /// it: "don't have any", "I don't have it", "nothing like that here".
    pub(super) fn question_denied_after(&self, cand: &Candidate) -> bool {
        let toks = &self.doc.tokens;
        let Some(q) = (cand.e..toks.len()).find(|&k| toks[k].kind == TokenKind::SentenceEnd) else {
            return false;
        };
        if self.doc.word(q) != "?" {
            return false;
        }
        let at = |ws: &[&str]| {
            ws.iter()
                .enumerate()
                .all(|(j, w)| self.doc.word(q + 1 + j) == *w)
        };
        const DENIALS: &[&[&str]] = &[
            &["dont", "have", "any"],
            &["i", "dont", "have", "any"],
            &["dont", "have", "it"],
            &["i", "dont", "have", "it"],
            &["i", "dont", "have", "that"],
            &["not", "got", "any"],
            &["havent", "got", "any"],
            &["nothing", "like", "that"],
            &["none", "here"],
            &["not", "me"],
            &["i", "dont", "have", "one"],
            &["dont", "have", "one"],
        ];
        // an answer that stands alone: its words, then a mark or the end
        let alone = |len: usize| {
            toks.get(q + 1 + len)
                .is_none_or(|t| matches!(t.kind, TokenKind::SentenceEnd | TokenKind::Pause))
        };
        // a checklist's question answered with a bare "no.": "numbness
        // between legs? no."; "…tingling in your legs? I don't, I just read
        // about it": with a bare "I don't"
        if matches!(self.doc.word(q + 1), "no" | "nope" | "nah" | "none" | "nil") && alone(1)
            || self.doc.word(q + 1) == "i"
                && matches!(self.doc.word(q + 2), "dont" | "havent")
                && alone(2)
        {
            return true;
        }
        // or later in that sentence: "only asking because my friend did,
        // nothing like that here"
        let next_end = (q + 1..toks.len())
            .find(|&k| toks[k].kind == TokenKind::SentenceEnd)
            .unwrap_or(toks.len());
        let anywhere = (q + 1..next_end).any(|k| {
            let w = |j: usize| self.doc.word(k + j);
            (w(0) == "nothing" && w(1) == "like" && w(2) == "that")
                || (w(0) == "none" && w(1) == "here")
                || (w(0) == "not" && w(1) == "happening" && w(2) == "here")
        });
        // "should I worry about fainting …? haven't fainted or anything":
        // the next sentence opens by denying the sign's own word
        let same_word = |k: usize| {
            let w = self.doc.word(k);
            (cand.s..cand.e).any(|i| shared_stem(self.doc.word(i), w))
        };
        // (not "I'm not bleeding a lot, just a bit", "not numb now but it
        // was": a degree or a time keeps the sign)
        let kept = (q + 1..next_end).any(|k| {
            matches!(
                self.doc.word(k),
                "bit"
                    | "little"
                    | "slightly"
                    | "some"
                    | "lot"
                    | "much"
                    | "heavily"
                    | "yet"
                    | "anymore"
                    | "now"
                    | "today"
                    | "again"
                    | "but"
                    | "since"
                    | "until"
            )
        });
        let denied_by_name = !kept
            && (q + 1..(q + 3).min(toks.len()))
                .take_while(|&k| toks[k].kind == TokenKind::Word)
                .any(|k| NEGATION_WORDS.contains(&self.doc.word(k)) && same_word(k + 1));
        DENIALS.iter().any(|ws| at(ws)) || anywhere || denied_by_name
    }
}
