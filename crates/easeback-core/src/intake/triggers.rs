//! Trigger phrases found before matching: "no", "my sister", "last year",
//! "what if" and the rest of the lexicon's modifiers, leftmost-longest, with
//! the terminators and contrast words that end a trigger's reach marked per
//! token. `context` weighs them against each finding afterwards.

use super::Doc;
use super::compile::{Compiled, kind};
use super::normalize::TokenKind;

#[derive(Debug, Clone, Copy)]
pub struct Trigger {
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) kinds: u16,
}

/// A word that tells how far along a pregnancy is ("28 weeks", "pregnant",
/// "expecting"): a "with my first" right after it names this pregnancy.
pub(super) fn tells_gestation(w: &str) -> bool {
    matches!(
        w,
        "weeks" | "wks" | "wk" | "w" | "months" | "pregnant" | "expecting"
    )
}

/// Trigger occurrences in one description.
pub struct Triggers {
    pub(super) list: Vec<Trigger>,
    /// per token: a terminator / contrast trigger starts here
    pub(super) terminator: Vec<bool>,
    pub(super) contrast: Vec<bool>,
    pub medication: bool,
}

impl Triggers {
    pub fn find(c: &Compiled, doc: &Doc<'_>) -> Triggers {
        let n = doc.tokens.len();
        let mut t = Triggers {
            list: Vec::new(),
            terminator: vec![false; n],
            contrast: vec![false; n],
            medication: false,
        };
        // every trigger occurrence, then leftmost-longest by tokens, so that
        // "no problems" is not lost to a longer "no problem" that fails to fit
        let mut found: Vec<Trigger> = Vec::new();
        for m in c.triggers_ac.find_overlapping_iter(doc.canon.as_str()) {
            let (Some(s), Some(last)) = (
                doc.token_starting(m.start() + 1),
                doc.token_ending(m.end() - 1),
            ) else {
                continue;
            };
            found.push(Trigger {
                s,
                e: last + 1,
                kinds: c.trigger_kinds[m.pattern().as_usize()],
            });
        }
        found.sort_unstable_by_key(|tr| (tr.s, std::cmp::Reverse(tr.e)));
        let mut next_free = 0;
        for tr in found {
            if tr.s < next_free {
                continue;
            }
            // "my friend just told me her legs went numb": "just" before a
            // verb of telling says when she told it, and ends nothing
            // ("only just told me" too)
            let told_at = tr.e + usize::from(doc.word(tr.e) == "just");
            if tr.kinds & kind::TERMINATOR != 0
                && matches!(doc.word(tr.s), "just" | "only")
                && JUST_TOLD.contains(&doc.word(told_at))
            {
                continue;
            }
            // "28 weeks with my first", "pregnant with my daughter": the
            // pregnancy the gestation is told of is this one, not a past one
            if tr.kinds & kind::PAST != 0
                && doc.word(tr.s) == "with"
                && tells_gestation(doc.word(tr.s.wrapping_sub(1)))
            {
                continue;
            }
            next_free = tr.e;
            if tr.kinds & kind::MEDICATION != 0 {
                t.medication = true;
            }
            if tr.kinds & kind::TERMINATOR != 0 {
                t.terminator[tr.s] = true;
            }
            if tr.kinds & kind::CONTRAST != 0 {
                t.contrast[tr.s] = true;
            }
            t.list.push(tr);
        }
        t.add_changes_to_come(doc);
        t
    }

    /// "if my leg goes numb", "if it ever gets heavier": "if" before a
    /// change still to come is a condition, whatever the body part or
    /// finding. Not after a word of doubt or asking ("not sure if my leg
    /// is going numb" is read as present), and not "if" before a state told
    /// now ("is it an emergency if my calf is red"), which asks about what
    /// is there.
    fn add_changes_to_come(&mut self, doc: &Doc<'_>) {
        let n = doc.tokens.len();
        let mut added = false;
        for i in 0..n {
            if doc.word(i) != "if"
                || matches!(
                    doc.word(i.wrapping_sub(1)),
                    "sure"
                        | "know"
                        | "tell"
                        | "see"
                        | "check"
                        | "wonder"
                        | "wondering"
                        | "wondered"
                        | "unsure"
                        | "ask"
                        | "asking"
                        | "asked"
                        | "certain"
                        | "even"
                        | "as"
                        | "idk"
                )
            {
                continue;
            }
            // an "if" already inside a trigger ("what should I do if"): a
            // condition when that trigger says so; its "or" is scanned below
            let inside = self
                .list
                .iter()
                .find(|t| t.s <= i && i < t.e)
                .map(|t| t.kinds);
            if inside.is_some_and(|k| k & kind::HYPOTHETICAL == 0) {
                continue;
            }
            let change = inside.is_some()
                || (i + 1..(i + 5).min(n))
                    .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
                    .any(|k| {
                        matches!(
                            doc.word(k),
                            "goes"
                            | "go"
                            | "becomes"
                            | "become"
                            | "gets"
                            | "get"
                            | "starts"
                            | "start"
                            | "turns"
                            | "turn"
                            | "ever"
                            // "if my leg went numb would that be…": a change
                            // supposed, told in the past
                            | "went"
                            | "became"
                            | "started"
                            | "turned"
                            // "like if water break or bleeding": an event
                            // supposed ("if my waters break" is a condition)
                            | "break"
                            | "breaks"
                            | "happen"
                            | "happens"
                        )
                    });
            if change {
                if inside.is_none() {
                    self.list.push(Trigger {
                        s: i,
                        e: i + 1,
                        kinds: kind::HYPOTHETICAL,
                    });
                }
                added = true;
                // "if my leg ever goes numb or I start getting pain down my
                // leg": a second change joined by "or" is supposed too
                // (the trigger sits on that change, past its new subject)
                let ors: Vec<usize> = (i + 1..n)
                    .take_while(|&k| doc.tokens[k].kind != TokenKind::SentenceEnd)
                    .filter(|&k| doc.word(k) == "or")
                    .filter_map(|k| {
                        (k + 1..(k + 4).min(n)).find(|&j| {
                            matches!(
                                doc.word(j),
                                "start"
                                    | "starts"
                                    | "get"
                                    | "gets"
                                    | "go"
                                    | "goes"
                                    | "become"
                                    | "becomes"
                                    | "begin"
                                    | "begins"
                                    | "turn"
                                    | "turns"
                            )
                        })
                    })
                    .collect();
                for k in ors {
                    self.list.push(Trigger {
                        s: k,
                        e: k + 1,
                        kinds: kind::HYPOTHETICAL,
                    });
                }
            }
        }
        if added {
            self.list.sort_unstable_by_key(|tr| (tr.s, tr.e));
        }
    }

    pub fn contrast_at(&self, i: usize) -> bool {
        self.contrast.get(i).copied().unwrap_or(false)
    }
}

/// Verbs of telling after which "just" means "a moment ago".
const JUST_TOLD: &[&str] = &[
    "told",
    "said",
    "texted",
    "messaged",
    "rang",
    "called",
    "phoned",
    "mentioned",
    "asked",
    "wrote",
    "posted",
    "showed",
    "sent",
    "found",
];
