//! ConText-style modifiers (Harkema et al. 2009): trigger phrases such as
//! "no", "my sister", "last year", "what if" change how a nearby finding is
//! read. A trigger reaches forward (or, for some, back) until the clause
//! ends: a sentence end, a contrast word ("but"), a terminator ("just"), or
//! a comma / "and" that starts a new clause ("..., my calf is hot").
//! Negation reaches over a list of findings ("no bleeding, fluid or fever")
//! but not past a comma that follows no finding ("not great, bleeding").

use super::compile::{Compiled, kind};
use super::matcher::Candidate;
use super::normalize::TokenKind;
use super::numbers::Readings;
use super::{Detected, Doc, Reading, SetAsideFinding};
use crate::FindingId;
use serde::Serialize;

/// Most tokens between a trigger and the finding it modifies.
const SCOPE: usize = 8;

/// Why a mentioned finding was not counted as present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// "no bleeding", "my legs are not swollen"
    Negated,
    /// "my sister had bleeding"
    SomeoneElse,
    /// "I had a urine infection last year"
    Past,
    /// "what should I do if I start bleeding?"
    Hypothetical,
    /// a measured temperature below 38.0 °C / 100.4 °F
    BelowFeverThreshold,
}

impl Reason {
    pub fn explain(self) -> &'static str {
        match self {
            Reason::Negated => "you said this is not happening",
            Reason::SomeoneElse => "this is about someone else",
            Reason::Past => "this was in the past and has settled",
            Reason::Hypothetical => "you asked about it rather than said you have it",
            Reason::BelowFeverThreshold => "the temperature you gave is below 38.0 °C / 100.4 °F",
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Trigger {
    s: usize,
    e: usize,
    kinds: u16,
}

/// Trigger occurrences in one description.
pub struct Triggers {
    list: Vec<Trigger>,
    /// per token: a terminator / contrast trigger starts here
    terminator: Vec<bool>,
    contrast: Vec<bool>,
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
                || self.list.iter().any(|t| t.s <= i && i < t.e)
            {
                continue;
            }
            let change = (i + 1..(i + 5).min(n))
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
                    )
                });
            if change {
                self.list.push(Trigger {
                    s: i,
                    e: i + 1,
                    kinds: kind::HYPOTHETICAL,
                });
                added = true;
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

/// Words that say a pain is nerve pain, not just where it goes.
const NERVE_QUALITY: &[&str] = &[
    "shooting",
    "shoots",
    "shoot",
    "shot",
    "burning",
    "burns",
    "burn",
    "electric",
    "stabbing",
    "tingling",
    "tingly",
    "pins",
    "needles",
    "zaps",
    "zapping",
    "searing",
    "sciatica",
    "sciatic",
    "lightning",
    "jolts",
    "bolts",
    "darting",
    "numb",
    "numbness",
    "prickling",
    "buzzing",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words that open a clause told as an absence ("haven't noticed …").
const NEGATION_WORDS: &[&str] = &[
    "not", "no", "never", "havent", "hasnt", "hadnt", "didnt", "dont", "doesnt", "cant", "couldnt",
    "isnt", "wasnt", "nt",
];

/// Two words of one stem: "fainting" and "fainted", "pass" and "passed";
/// "bleeding" and "bled" are not (a short word must begin the other).
fn shared_stem(a: &str, b: &str) -> bool {
    const STEM: usize = 5;
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < STEM {
        return short.len() >= 4 && long.starts_with(short);
    }
    a.as_bytes()[..STEM] == b.as_bytes()[..STEM]
}

/// Words that open a clause before its subject ("well", "anyway", "so").
const DISCOURSE: &[&str] = &[
    "well",
    "anyway",
    "anyways",
    "so",
    "now",
    "oh",
    "honestly",
    "basically",
];

/// Stretches of time a spell can have been over for ("gone for days").
const DURATIONS: &[&str] = &[
    "days", "weeks", "months", "ages", "a", "over", "good", "the", "#",
];

const PAST_VERBS: &[&str] = &["had", "was", "were", "got", "did", "used"];

/// Things a person owns, lent or used: "my mum's monitor" is the writer's
/// reading taken on it.
const THINGS: &[&str] = &[
    "monitor",
    "machine",
    "cuff",
    "thermometer",
    "phone",
    "car",
    "house",
    "place",
    "flat",
    "app",
    "scales",
    "sofa",
    "couch",
    "bed",
    "kit",
    "device",
    "watch",
];

const CLAUSE_JOINERS: &[&str] = &[
    ",", "and", "or", "so", "plus", "then", "because", "cos", "as", "/", "while", "when",
];

struct Scope<'a> {
    doc: &'a Doc<'a>,
    triggers: &'a Triggers,
    starters: &'a rustc_hash::FxHashSet<Box<str>>,
    /// per token: inside some finding match
    in_finding: Vec<bool>,
    /// The text has a word that can date an episode ("ago", "last", "at 9
    /// weeks", a weekday or month): without one, nothing is a past episode.
    time_markers: bool,
}

/// Does the text hold any word [`Scope::long_past`] looks for?
/// "when I was 16", "when she was like twelve": an age, long ago.
fn at_an_age(doc: &Doc<'_>, k: usize) -> bool {
    let mut n = k + 3;
    if matches!(doc.word(n), "like" | "about" | "around" | "only" | "maybe") {
        n += 1;
    }
    doc.word(k) == "when"
        && matches!(doc.word(k + 1), "i" | "she" | "he")
        && doc.word(k + 2) == "was"
        && matches!(doc.tokens.get(n).map(|t| t.kind), Some(TokenKind::Number(v)) if (1.0..=40.0).contains(&v) && v.fract() == 0.0)
        && !matches!(
            doc.word(n + 1),
            "weeks" | "week" | "wks" | "wk" | "w" | "months" | "month"
        )
}

fn has_time_markers(doc: &Doc<'_>) -> bool {
    (0..doc.tokens.len()).any(|k| {
        let w = doc.word(k);
        (matches!(
            w,
            "ago"
                | "last"
                | "trimester"
                | "in"
                | "on"
                | "yesterday"
                | "beginning"
                | "start"
                | "early"
                | "first"
        ) || (w == "back" && matches!(doc.word(k.wrapping_sub(1)), "weeks" | "months" | "years")))
            && (w != "in" || MONTHS.contains(&doc.word(k + 1)))
            && (w != "on" || super::rewrite::weekday_name(doc.word(k + 1)))
            || at_an_age(doc, k)
            || (matches!(
                w,
                "at" | "around" | "about" | "by" | "until" | "till" | "til"
            ) && (doc.word(k + 1) == "#"
                || (matches!(doc.word(k + 1), "my" | "her" | "the" | "our")
                    && doc.word(k + 2) == "#")))
    })
}

impl Scope<'_> {
    /// Does the clause break anywhere in tokens `from..to`?
    fn broken(&self, from: usize, to: usize, negation: bool) -> bool {
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
            if negation {
                // "it's not my back anymore it's my belly": "not … anymore"
                // closes there, even with no punctuation after it
                if w == "and" || w == "anymore" {
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

    /// Is the time word at `at` the point a comparison is made with ("worse
    /// than 5 weeks ago", "twice as bad as a month ago")?
    fn comparison_before(&self, at: usize) -> bool {
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
    }

    /// Is the sign starting at `at` only what something is set against ("is
    /// this different from sciatica?", "different to the real thing")?
    fn compared_against(&self, at: usize) -> bool {
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
    fn new_clause_between(&self, from: usize, to: usize) -> bool {
        (from..to.saturating_sub(2)).any(|i| self.new_clause_at(i))
    }

    /// Does a clause with a subject and a past verb start at `i`, with more
    /// than a time word after the verb?
    fn new_clause_at(&self, i: usize) -> bool {
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

    /// After someone else's sign, the writer says she has it too, later in
    /// the sentence: "my friend's waters went … and I think mine might be
    /// doing the same", "…, me too", "same here" (not "mine are fine").
    fn mine_too_after(&self, from: usize) -> bool {
        let toks = &self.doc.tokens;
        let end = (from..toks.len())
            .find(|&k| toks[k].kind == TokenKind::SentenceEnd)
            .unwrap_or(toks.len());
        let w = |k: usize| if k < end { self.doc.word(k) } else { "" };
        (from..end).any(|k| {
            // "mine" said to have the same ("…mine might be doing the same",
            // "mine has too"), not "back pain like mine", "if mine did"
            let mine = matches!(w(k), "mine" | "mines")
                && !matches!(
                    w(k.wrapping_sub(1)),
                    "of" | "but" | "like" | "if" | "whereas"
                )
                && (k + 1..k + 7).any(|j| matches!(w(j), "same" | "too" | "also"))
                && !(k + 1..k + 7).any(|j| {
                    matches!(
                        w(j),
                        "fine"
                            | "ok"
                            | "okay"
                            | "not"
                            | "never"
                            | "no"
                            | "isnt"
                            | "arent"
                            | "hasnt"
                            | "havent"
                            | "didnt"
                            | "normal"
                            | "just"
                            | "only"
                    )
                });
            let me_too =
                (w(k) == "me" && w(k + 1) == "too") || (w(k) == "same" && w(k + 1) == "here");
            mine || me_too
        })
    }

    /// "I", "me" and the like in `from..to`: the person writing is the subject.
    fn first_person_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|i| {
            matches!(
                self.doc.word(i),
                "i" | "im" | "ive" | "id" | "ill" | "me" | "myself"
            ) || (matches!(self.doc.word(i), "mine" | "mines")
                // ("a friend of mine has a fever" names her, not the writer)
                && self.doc.word(i.wrapping_sub(1)) != "of")
        })
    }

    /// "my temperature", "my bp", "my blood pressure" in `from..to`: what
    /// is measured is the writer's, whoever measured it.
    fn my_measure_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|i| {
            self.doc.word(i) == "my"
                && matches!(
                    self.doc.word(i + 1),
                    "temperature"
                        | "temp"
                        | "bp"
                        | "blood"
                        | "pressure"
                        | "pulse"
                        | "readings"
                        | "reading"
                )
        })
    }

    /// A nerve-pain match that only says where the pain goes ("spreads
    /// down the back of my thigh"), with no nerve quality in its own words.
    fn radiation_only(&self, cand: &Candidate) -> bool {
        !(cand.s..cand.e).any(|i| NERVE_QUALITY.contains(&self.doc.word(i)))
    }

    /// The text denies the nerve qualities: "no shooting", "not burning",
    /// "no tingling or pins and needles".
    fn nerve_quality_denied(&self) -> bool {
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
    fn question_denied_after(&self, cand: &Candidate) -> bool {
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

    /// "Just now", "this morning", "an hour ago" before the finding in its
    /// sentence: a recent episode, never a settled past one, even when
    /// "nothing since" follows.
    /// A time of today in the sentence of `at`, up to `until`: "spotting
    /// when I wiped this morning but not since" was today, and today's sign
    /// stays present however it ended.
    fn recent_through(&self, at: usize, until: usize) -> bool {
        let toks = &self.doc.tokens;
        let start = (0..at)
            .rev()
            .find(|&k| toks[k].kind == TokenKind::SentenceEnd)
            .map_or(0, |k| k + 1);
        let w = |k: usize| self.doc.word(k);
        (start..until).any(|k| {
            (w(k) == "just" && w(k + 1) == "now")
                || (w(k) == "right" && w(k + 1) == "now")
                || matches!(w(k), "today" | "tonight")
                || (w(k) == "this" && matches!(w(k + 1), "morning" | "afternoon" | "evening"))
                || (matches!(w(k), "hour" | "hours" | "minutes" | "mins") && w(k + 1) == "ago")
        })
    }

    /// A verb of telling or noticing in `from..to`: "says", "noticed".
    fn reported_speech(&self, from: usize, to: usize) -> bool {
        (from..to).any(|i| {
            matches!(
                self.doc.word(i),
                "says"
                    | "said"
                    | "thinks"
                    | "thought"
                    | "noticed"
                    | "reckons"
                    | "told"
                    | "saw"
                    | "sees"
                    | "spotted"
                    | "mentioned"
                    | "pointed"
                    | "watched"
                    | "seen"
            )
        })
    }

    /// A trigger that is a bare pronoun ("she", "he", "her").
    fn pronoun(&self, t: &Trigger) -> bool {
        matches!(
            self.doc.word(t.s),
            "she" | "he" | "shes" | "hes" | "her" | "his" | "hers" | "they" | "their"
        )
    }

    /// "I had some spotting at 9 weeks, it stopped and nothing since": an
    /// earlier point in the pregnancy (or months ago) in the finding's
    /// sentence, with the finding told in the past or said to have settled.
    /// A recent episode that stopped ("bleeding this morning, stopped now")
    /// still counts: only a marker of long ago sets it aside.
    fn long_past(&self, cand: &Candidate) -> bool {
        if !self.time_markers {
            return false;
        }
        let toks = &self.doc.tokens;
        // the finding's clause: its sentence, cut at a contrast ("…last
        // year, but my wife has had burning since yesterday")
        let start = (0..cand.s)
            .rev()
            .find(|&k| toks[k].kind == TokenKind::SentenceEnd || self.triggers.contrast_at(k))
            .map_or(0, |k| k + 1);
        // (or at a new clause of its own, when nothing marks one: "…a week
        // i had a water infection last year")
        let end = (cand.e..toks.len())
            .find(|&k| {
                toks[k].kind == TokenKind::SentenceEnd
                    || self.triggers.contrast_at(k)
                    || self.new_clause_at(k)
            })
            .unwrap_or(toks.len());
        // the resolution may be told in the next sentence: "… at 9 weeks. Nothing since."
        let next_end = (end + 1..toks.len())
            .find(|&k| toks[k].kind == TokenKind::SentenceEnd)
            .unwrap_or(toks.len());
        let w = |k: usize| self.doc.word(k);
        let number = |k: usize| match toks.get(k).map(|t| t.kind) {
            Some(TokenKind::Number(v)) => v,
            _ => 0.0,
        };
        let weeks = |k: usize| matches!(w(k), "weeks" | "wks" | "wk" | "week" | "w");
        // "at 9 weeks", "at my 20 week check": the gestation then, compared
        // with any other stated ("since about 22 weeks" is when it began, not
        // a time it ended)
        // ("until 18 weeks": when it ended)
        let at_weeks = (start..end).find_map(|k| {
            let n = k + 1 + usize::from(matches!(w(k + 1), "my" | "her" | "the" | "our"));
            (matches!(
                w(k),
                "at" | "around" | "about" | "by" | "until" | "till" | "til"
            ) && w(n) == "#"
                && weeks(n + 1)
                && !matches!(w(k.wrapping_sub(1)), "since" | "from"))
            .then(|| number(n))
        });
        // "I am afraid to move, after the spasm that blocked me two weeks
        // ago": told in the present, with the time inside a clause after it
        // that dates something else
        let told_now = (cand.s.saturating_sub(3)..cand.s)
            .any(|k| matches!(w(k), "am" | "im" | "is" | "are"))
            && !(start..cand.s).any(|k| matches!(w(k), "was" | "were" | "had"));
        let dates_other = |k: usize| {
            told_now
                && k >= cand.e
                && (cand.e..k)
                    .any(|j| matches!(w(j), "after" | "that" | "when" | "since" | "which"))
        };
        // "for the last month", "since last month", "started last month":
        // how long it has been going on, not when it ended
        let duration = |k: usize| {
            dates_other(k) ||
            matches!(w(k.wrapping_sub(1)), "since" | "started" | "began" | "from")
                || matches!(
                    (w(k.wrapping_sub(2)), w(k.wrapping_sub(1))),
                    ("for" | "over" | "in" | "during" | "since", "the") | ("the", "past")
                )
                || (k.saturating_sub(6)..k).any(|j| matches!(w(j), "since" | "started" | "began" | "starting"))
                // "worse than 5 weeks ago": a comparison, not a date
                || self.comparison_before(k)
        };
        // "last week", "on Friday": only with a clear end ("… went away and
        // hasn't come back")
        let lately = (start..end).filter(|&k| !duration(k)).any(|k| {
            (w(k) == "last" && w(k + 1) == "week")
                || w(k) == "yesterday"
                || (matches!(w(k), "on" | "last") && super::rewrite::weekday_name(w(k + 1)))
        });
        let long_ago = (start..end).filter(|&k| !duration(k)).any(|k| {
            // "a few weeks back" says "ago"
            (matches!(
                w(k),
                "weeks" | "months" | "years" | "week" | "month" | "year"
            ) && matches!(w(k + 1), "ago" | "back"))
                || (w(k) == "last" && matches!(w(k + 1), "month" | "year" | "pregnancy"))
                || (w(k) == "in" && MONTHS.contains(&w(k + 1)))
                || at_an_age(self.doc, k)
        }) || (start..end).any(|k| {
            // a stage of this pregnancy long gone, whatever preposition
            // leads in ("in the first trimester" is not "for the …")
            (w(k) == "first" && w(k + 1) == "trimester")
                // "in the first three months"
                || (w(k) == "first" && w(k + 1) == "#" && w(k + 2) == "months")
                // "at the beginning of pregnancy", "early pregnancy"
                || (matches!(w(k), "beginning" | "start")
                    && w(k + 1) == "of"
                    && (w(k + 2) == "pregnancy" || w(k + 3) == "pregnancy"))
                || (w(k) == "early" && w(k + 1) == "pregnancy")
        });
        if at_weeks.is_none() && !long_ago && !lately {
            return false;
        }
        // only the finding's own clause says whether it is still going on:
        // "bleeding at 8 wks, all fine since, now spasms" ends at its comma
        let clause_end = (cand.e..end)
            .find(|&k| matches!(toks[k].kind, TokenKind::Pause))
            .unwrap_or(end);
        let still = (start..clause_end).any(|k| {
            matches!(w(k), "still" | "today" | "tonight" | "currently")
                // "again", unless only feared ahead: "Mam's convinced I'll go again"
                || (w(k) == "again"
                    && !(k.saturating_sub(4)..k).any(|j| {
                        matches!(w(j), "ill" | "will" | "might" | "could" | "would" | "convinced" | "worried" | "scared")
                    }))
                || (w(k) == "now"
                    && !matches!(w(k + 1), "#" | "at" | "im" | "i")
                    && !(k + 1..k + 3).any(|j| {
                        matches!(
                            w(j),
                            "fine"
                                | "ok"
                                | "okay"
                                | "good"
                                | "normal"
                                | "better"
                                | "gone"
                                | "clear"
                        )
                    })
                    && !matches!(
                        w(k.wrapping_sub(1)),
                        "clear"
                            | "over"
                            | "passed"
                            | "fine"
                            | "ok"
                            | "okay"
                            | "gone"
                            | "better"
                            | "good"
                            | "normal"
                            | "sorted"
                    ))
        });
        if still {
            return false;
        }
        let told_past = self.told_in_past(cand.s)
            // "I had a tiny bit of spotting at 7 weeks"
            || (cand.s.saturating_sub(6)..cand.s).any(|k| w(k) == "had")
            // "my waters broke": the verb may follow the finding's words
            || (cand.s..(cand.e + 3).min(toks.len())).any(|k| {
                matches!(
                    w(k),
                    "bled" | "spotted" | "fainted" | "passed" | "collapsed" | "leaked" | "had"
                        | "broke" | "went"
                )
            })
            // "my BP was up": inside the finding's own words
            || (cand.s..cand.e).any(|k| matches!(w(k), "was" | "were"));
        let outside = |k: &usize| *k < cand.s || *k >= cand.e;
        // "nothing since", "nothing like that since", "none of that since"
        let nothing_since = |k: usize| {
            matches!(w(k), "nothing" | "none" | "not")
                && (k + 1..k + 4)
                    .take_while(|&j| toks.get(j).is_some_and(|t| t.kind == TokenKind::Word))
                    .any(|j| w(j) == "since")
        };
        // "not anymore", "it's not there anymore", "don't get it anymore":
        // a negation shortly before "anymore" closes the spell
        // ("not here anymore", "don't want to be around anymore" say a wish
        // to be gone, never an end)
        let not_anymore = |k: usize| {
            w(k) == "anymore"
                && (k.saturating_sub(4)..k)
                    .any(|j| matches!(w(j), "not" | "no" | "dont" | "doesnt" | "isnt" | "never"))
                && !(k.saturating_sub(4)..k).any(|j| {
                    matches!(
                        w(j),
                        "here"
                            | "around"
                            | "alive"
                            | "live"
                            | "living"
                            | "want"
                            | "be"
                            | "exist"
                            | "cope"
                    )
                })
        };
        let settled = (start..next_end).filter(outside).any(|k| {
            matches!(
                w(k),
                "stopped"
                    | "cleared"
                    | "settled"
                    | "sorted"
                    | "resolved"
                    | "antibiotics"
                    | "recovered"
                    | "fine"
                    | "finished"
            ) || nothing_since(k)
                // "…at her 28 week check but it's been normal since"
                || (w(k) == "been" && matches!(w(k + 1), "normal" | "fine" | "ok" | "okay" | "good"))
                || (w(k) == "gone" && matches!(w(k.wrapping_sub(1)), "long" | "all" | "completely"))
                || (matches!(w(k), "never" | "not")
                    && matches!(w(k + 1), "came" | "come")
                    && w(k + 2) == "back")
                || (w(k) == "went" && w(k + 1) == "away")
        });
        let ended = (start..next_end).filter(outside).any(|k| {
            // "it went after a day", "settled to a mild ache now"
            (w(k) == "went" && matches!(w(k + 1), "away" | "by" | "after" | "off" | "overnight"))
                || (matches!(w(k), "settled" | "eased") && k > cand.e)
                // "… last week but not anymore", "it's not there anymore"
                || not_anymore(k)
                // "kicking normally since", "it has stopped since"
                || (w(k) == "since" && matches!(w(k.wrapping_sub(1)), "normally" | "normal" | "fine" | "well"))
                || (w(k) == "no" && w(k + 1) == "longer")
                || (w(k) == "been" && matches!(w(k + 1), "normal" | "fine" | "ok" | "okay"))
                // ("gone into spasm" is not an end)
                || (w(k) == "gone" && !matches!(w(k + 1), "into" | "in" | "to" | "down" | "out"))
                || matches!(w(k), "stopped" | "cleared")
        }) && (start..next_end).any(|k| {
            (matches!(w(k), "hasnt" | "not" | "never") && matches!(w(k + 1), "come" | "came"))
                || nothing_since(k)
                || matches!(w(k), "now" | "settled")
                // "…spotting, the doctor checked and it stopped": an end
                // told after the spell is an end on its own
                || (k > cand.e && matches!(w(k), "stopped" | "cleared" | "resolved")
                    && matches!(w(k.wrapping_sub(1)), "it" | "that" | "has" | "had" | "and" | "which" | "all"))
                || not_anymore(k)
                || (w(k) == "gone" && matches!(w(k.wrapping_sub(1)), "long" | "all" | "completely"))
                // "gone for days": ended a while ago
                || (w(k) == "gone" && w(k + 1) == "for" && DURATIONS.contains(&w(k + 2)))
                // "it has stopped since": nothing from then to now
                || (w(k) == "since"
                    && matches!(
                        w(k.wrapping_sub(1)),
                        "normal" | "normally" | "fine" | "ok" | "okay" | "better" | "well"
                            | "stopped" | "cleared" | "settled" | "eased" | "disappeared" | "gone"
                    ))
        });
        if lately && at_weeks.is_none() && !long_ago {
            // thoughts of harm last week are not over because they paused
            return ended && cand.finding != FindingId::SelfHarmThoughts;
        }
        // a later gestation stated anywhere: "… at 9 weeks … now 27 weeks"
        let later_now = at_weeks.is_some_and(|then| {
            (0..toks.len()).any(|k| w(k) == "#" && weeks(k + 1) && number(k) > then + 1.0)
        });
        // weeks, months or years ago, told with nothing of now: "a fever
        // with a cold three weeks ago"
        let weeks_ago = (start..end).filter(|&k| !duration(k)).any(|k| {
            matches!(w(k), "weeks" | "months" | "years" | "month" | "year")
                && w(k + 1) == "ago"
                // in the finding's own clause ("…worse each week, it was 3/10
                // a month ago" compares; it does not date the finding)
                && !self.broken(k.min(cand.e), k.max(cand.s), false)
        });
        settled || weeks_ago || told_past && (long_ago || later_now)
    }

    /// "never had any bleeding until today": the negation has ended.
    fn until_now_after(&self, from: usize) -> bool {
        let end = (from..self.doc.tokens.len())
            .take_while(|&i| self.doc.tokens[i].kind != TokenKind::SentenceEnd)
            .take(6)
            .last()
            .map_or(from, |i| i + 1);
        (from..end.saturating_sub(1)).any(|i| {
            matches!(self.doc.word(i), "until" | "till" | "til" | "untill")
                && matches!(
                    self.doc.word(i + 1),
                    "today"
                        | "now"
                        | "this"
                        | "tonight"
                        | "yesterday"
                        | "last"
                        | "recently"
                        | "earlier"
                )
        })
    }

    /// A comma, slash or joining word in `from..to`.
    fn pause_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|i| {
            matches!(self.doc.tokens[i].kind, TokenKind::Pause | TokenKind::Slash)
                || matches!(self.doc.word(i), "and" | "but" | "so" | "plus" | "then")
        })
    }

    /// Every clause break in `from..to` is an "or" (or a comma before one).
    fn only_or_breaks(&self, from: usize, to: usize) -> bool {
        (from..to).all(|i| {
            let w = self.doc.word(i);
            !CLAUSE_JOINERS.contains(&w) || w == "or" || (w == "," && self.doc.word(i + 1) == "or")
        }) && (from..to).any(|i| self.doc.word(i) == "or")
    }

    /// A sentence end or terminator in `from..to` (a stronger break than a new clause).
    fn hard_break(&self, from: usize, to: usize) -> bool {
        (from..to).any(|i| {
            self.doc.tokens[i].kind == TokenKind::SentenceEnd || self.triggers.terminator[i]
        })
    }

    /// The finding is told in the past tense: "I had a bleed", "it was".
    fn told_in_past(&self, at: usize) -> bool {
        (at.saturating_sub(4)..at).any(|i| PAST_VERBS.contains(&self.doc.word(i)))
            && !self.hard_break(at.saturating_sub(4), at)
    }

    /// A confirming phrase follows in the same sentence: "... and I just did".
    fn confirmed_after(&self, from: usize) -> bool {
        let end = (from..self.doc.tokens.len())
            .find(|&k| self.doc.tokens[k].kind == TokenKind::SentenceEnd)
            .unwrap_or(self.doc.tokens.len());
        // or the next sentence opens with one: "can spasms cause tingling
        // down the leg? I have that now"
        self.triggers.list.iter().any(|t| {
            t.kinds & kind::CONFIRM != 0
                && ((t.s >= from && t.s < end.min(from + 12)) || t.s == end + 1)
        })
    }

    /// The sentence holding token `i` ends with a question mark.
    /// "My friend told me that …", "I read that …" before token `at` in its
    /// sentence: what follows is something heard about, told as hearsay.
    fn hearsay_before(&self, at: usize) -> bool {
        let w = |k: usize| self.doc.word(k);
        (0..at)
            .rev()
            .take_while(|&k| self.doc.tokens[k].kind != TokenKind::SentenceEnd)
            .any(|k| {
                w(k) == "that"
                    && (1..=2).any(|back| {
                        matches!(
                            w(k.wrapping_sub(back)),
                            "tell" | "tells" | "told" | "say" | "says" | "said" | "read" | "heard"
                        )
                    })
            })
    }

    /// "A post on a forum said back pain plus fever means go straight in":
    /// a sign named in what someone or something said about signs in
    /// general — a verb of saying before it, no "I"/"my" in the sentence, and a
    /// general verdict after it in the same sentence.
    fn general_claim(&self, cand: &Candidate) -> bool {
        let w = |k: usize| self.doc.word(k);
        let start = (0..cand.s)
            .rev()
            .find(|&k| self.doc.tokens[k].kind == TokenKind::SentenceEnd)
            .map_or(0, |k| k + 1);
        let end = (cand.e..self.doc.tokens.len())
            .find(|&k| self.doc.tokens[k].kind == TokenKind::SentenceEnd)
            .unwrap_or(self.doc.tokens.len());
        let Some(said) = (start..cand.s).rev().find(|&k| {
            matches!(
                w(k),
                "said" | "says" | "say" | "claims" | "claimed" | "reckons" | "warned"
            )
        }) else {
            return false;
        };
        // "the bleeding", "this pain": one in particular, not signs in general
        if matches!(
            w(cand.s.wrapping_sub(1)),
            "the" | "this" | "that" | "her" | "your"
        ) {
            return false;
        }
        // (anyone's "I" or "my" in the sentence keeps it hers: "mum said the
        // bleeding means I should go in")
        let mine =
            (start..end).any(|k| matches!(w(k), "i" | "im" | "ive" | "my" | "me" | "id" | "mine"));
        // (the verdict may come before the sign: "… means pre-eclampsia")
        let verdict = (said + 1..end)
            .filter(|&k| k < cand.s || k >= cand.e)
            .any(|k| {
                matches!(w(k), "means" | "mean" | "signals" | "indicates")
                    || (matches!(w(k), "is" | "are")
                        && matches!(
                            w(k + 1),
                            "a" | "dangerous" | "serious" | "an" | "normal" | "common"
                        ))
                    || (matches!(w(k), "can" | "could") && matches!(w(k + 1), "be" | "mean"))
                    || (w(k) == "go" && matches!(w(k + 1), "straight" | "in" | "to"))
            });
        !mine && verdict
    }

    fn in_question(&self, i: usize) -> bool {
        (i..self.doc.tokens.len())
            .find(|&k| self.doc.tokens[k].kind == TokenKind::SentenceEnd)
            .is_some_and(|k| self.doc.word(k) == "?")
    }

    fn only_punctuation(&self, from: usize, to: usize) -> bool {
        to.saturating_sub(from) <= 1
            && (from..to).all(|i| {
                matches!(
                    self.doc.tokens[i].kind,
                    TokenKind::Pause | TokenKind::SentenceEnd
                )
            })
    }

    /// After a trailing "no": the clause must end right there.
    fn ends_clause_at(&self, i: usize) -> bool {
        i >= self.doc.tokens.len()
            || matches!(
                self.doc.tokens[i].kind,
                TokenKind::Pause | TokenKind::SentenceEnd
            )
            || self.triggers.terminator[i]
    }
}

/// How one candidate reads: present (maybe uncertain) or set aside.
fn weigh(scope: &Scope<'_>, cand: &Candidate) -> Result<bool, Reason> {
    // a trigger word that is part of the phrase itself ("not moving") is not a
    // modifier; one that starts before the phrase and runs into it ("don't
    // have" + "have a temperature") still is
    // (or running into one whose first word is a denial the sign owns: "she
    // was not answering" is "was" + the sign "not answering"; "don't have"
    // running into "have a temperature" still denies it)
    let inside_literal = |t: &Trigger| {
        (t.s >= cand.s || NEGATION_WORDS.contains(&scope.doc.word(cand.s)) && t.e > cand.s)
            && cand
                .literal
                .iter()
                .any(|(s, e)| t.s.max(cand.s) < e && s < t.e)
    };
    let mut uncertain = false;
    if scope.long_past(cand) {
        return Err(Reason::Past);
    }
    // "is it normal to get pins and needles in pregnancy? don't have any,
    // just asking": the question is answered no in the next sentence
    if scope.question_denied_after(cand) {
        return Err(Reason::Negated);
    }
    if scope.general_claim(cand) || scope.compared_against(cand.s) {
        return Err(Reason::Hypothetical);
    }
    // "the tightness spreads down the back of my thigh … no shooting, no
    // tingling": the ordinary spasm pattern of triage-rules.md, told as such
    // "Is this sciatica? … no shooting, no burning, no tingling": asked
    // about the ordinary pattern, not told
    // ("sciatica-ish tightness but nothing shooting": only likened to it)
    let asked_sciatica = (cand.s..cand.e)
        .all(|i| matches!(scope.doc.word(i), "sciatica" | "sciatic"))
        && (scope.in_question(cand.s) || scope.doc.word(cand.e) == "ish");
    if cand.finding == FindingId::NervePain
        && (scope.radiation_only(cand) || asked_sciatica)
        && scope.nerve_quality_denied()
    {
        return Err(Reason::Negated);
    }
    // triggers are in text order: look only at those near enough to matter
    let list = &scope.triggers.list;
    let lo = list.partition_point(|t| t.e + SCOPE < cand.s);
    let hi = list.partition_point(|t| t.s <= cand.e + SCOPE);
    // "can't say I haven't noticed pink when I wipe": a finding told as an
    // absence ("haven't noticed …") inside a litotes of saying is the
    // opposite of an absence
    if list[lo..hi.max(lo)].iter().any(|t| {
        t.kinds & kind::PSEUDO != 0
            && t.s < cand.s
            && t.e > cand.s
            && (t.s..cand.s).any(|i| matches!(scope.doc.word(i), "say" | "said"))
    }) && NEGATION_WORDS.contains(&scope.doc.word(cand.s))
    {
        return Err(Reason::Negated);
    }
    for t in &list[lo..hi.max(lo)] {
        if inside_literal(t) || t.kinds & kind::PSEUDO != 0 && t.kinds & kind::UNCERTAIN == 0 {
            continue;
        }
        let k = t.kinds;
        if t.s < cand.s {
            // before the finding (or running into it: "don't have" + "have a temperature")
            let dist = cand.s.saturating_sub(t.e);
            if dist > SCOPE {
                continue;
            }
            if k & kind::NEGATION != 0
                && !scope.broken(t.e, cand.s, true)
                && !scope.until_now_after(cand.e)
            {
                return Err(Reason::Negated);
            }
            let broken = scope.broken(t.e, cand.s, false);
            // "if my waters break or I bleed": the condition runs on over "or"
            let hypothetical_goes_on = k & kind::HYPOTHETICAL != 0
                && !scope.hard_break(t.e, cand.s)
                && scope.only_or_breaks(t.e, cand.s);
            if broken && !hypothetical_goes_on {
                continue;
            }
            if k & kind::HYPOTHETICAL != 0 {
                if scope.confirmed_after(cand.e) {
                    continue;
                }
                return Err(Reason::Hypothetical);
            }
            // "my mum says I passed out": the person speaks, it is mine;
            // "she's not moving" is usually the baby
            if k & kind::OTHER_PERSON != 0
                // "my mum's monitor", "her thermometer": a thing of theirs,
                // not a sign of theirs
                && !THINGS.contains(&scope.doc.word(t.e))
                && !scope.first_person_between(t.e, cand.s)
                // "he saw my foot dragging": after a pronoun, "my" is the writer's;
                // "my husband says my face looks puffy": reported about the writer
                && !((scope.pronoun(t) || scope.reported_speech(t.e, cand.s))
                    && (t.e..cand.s).any(|i| scope.doc.word(i) == "my"))
                // "my husband checked my temperature, it is 38.2": a reading
                // of mine that someone else took
                && !scope.my_measure_between(t.e, cand.s)
                && !(cand.finding == FindingId::ReducedFetalMovement && scope.pronoun(t))
                && !scope.mine_too_after(cand.e)
            {
                return Err(Reason::SomeoneElse);
            }
            // "it started about a month ago and has got worse": when it began,
            // not an episode that ended
            let onset = (t.s.saturating_sub(3)..t.s).any(|i| {
                matches!(
                    scope.doc.word(i),
                    "started" | "began" | "since" | "starting" | "begun"
                )
            });
            if k & kind::PAST != 0 && !onset {
                return Err(Reason::Past);
            }
            if k & kind::UNCERTAIN != 0 {
                uncertain = true;
            }
        } else if t.s >= cand.e {
            // after the finding
            let dist = t.s - cand.e;
            // a short "no" must close its clause ("bleeding: no"); a longer
            // one says it all ("… is no longer there since physio")
            if k & kind::NEGATION_AFTER != 0
                && scope.only_punctuation(cand.e, t.s)
                && (t.e - t.s >= 3 || scope.ends_clause_at(t.e))
            {
                return Err(Reason::Negated);
            }
            if dist > SCOPE {
                continue;
            }
            let generic = !matches!(
                scope.doc.word(cand.s.wrapping_sub(1)),
                "the" | "my" | "this" | "that" | "these" | "those"
            );
            // "told me that itching is dangerous": "that" opens what was told,
            // about signs in general ("told me that my bleeding is serious"
            // stays hers: "my" is not "that")
            let hearsay = k & kind::QUESTION_AFTER != 0
                && scope.doc.word(cand.s.wrapping_sub(1)) == "that"
                && scope.hearsay_before(cand.s);
            if k & kind::QUESTION_AFTER != 0
                && (generic || hearsay)
                && !scope.broken(cand.e, t.s, false)
                && (scope.in_question(t.e) || hearsay)
            {
                return Err(Reason::Hypothetical);
            }
            // "twice as bad as a month ago": the time a comparison is made
            // with, not when the finding happened
            if k & kind::PAST != 0 && scope.comparison_before(t.s) {
                continue;
            }
            if scope.broken(cand.e, t.s, false) || scope.new_clause_between(cand.e, t.s) {
                // "I had a bleed at 8 weeks, that was months ago": a past
                // marker after a new clause counts when the finding itself
                // was told in the past tense
                if k & kind::PAST != 0
                    && !scope.hard_break(cand.e, t.s)
                    && scope.told_in_past(cand.s)
                    && !scope.recent_through(cand.s, t.s)
                {
                    return Err(Reason::Past);
                }
                continue;
            }
            // "bleeding last year" is past; "I'm spotting, first baby" or
            // "spotting, used to get this" adds something else: after a
            // pause a past marker needs the finding told in the past tense
            if k & kind::PAST != 0
                && (!scope.pause_between(cand.e, t.s) || scope.told_in_past(cand.s))
                && !scope.recent_through(cand.s, t.s)
            {
                return Err(Reason::Past);
            }
            if k & kind::UNCERTAIN != 0 && dist <= 4 {
                uncertain = true;
            }
        } else if t.s >= cand.s && t.e <= cand.e && k & kind::NEGATION != 0 {
            // inside a gap: "my calf is not swollen" — unless the negation
            // has its own object and clause before the phrase goes on ("my
            // hands, no rash, and it keeps me up scratching")
            let next_literal = cand
                .literal
                .iter()
                .map(|(s, _)| s)
                .filter(|&s| s >= t.e)
                .min()
                .unwrap_or(cand.e);
            let toks = &scope.doc.tokens;
            let own_object = toks.get(t.e).is_some_and(|x| x.kind == TokenKind::Word);
            // (a pause and then a new clause: "…no rash, and it…"; not a list
            // going on: "isn't red, hot or swollen")
            let own_clause = (t.e..next_literal).any(|i| {
                toks[i].kind == TokenKind::Pause
                    && matches!(
                        scope.doc.word(i + 1),
                        "and" | "but" | "so" | "then" | "it" | "its" | "i" | "im" | "she" | "shes"
                    )
            });
            if own_object && own_clause {
                continue;
            }
            return Err(Reason::Negated);
        }
    }
    Ok(uncertain)
}

/// Weigh every candidate and keep one result per finding: the first present
/// mention, or else the first set-aside one.
pub fn resolve(
    compiled: &Compiled,
    doc: &Doc<'_>,
    triggers: &Triggers,
    candidates: &[Candidate],
    readings: &Readings,
) -> Reading {
    let starters = &compiled.clause_starters;
    let mut in_finding = vec![false; doc.tokens.len()];
    for c in candidates {
        for f in in_finding.iter_mut().take(c.e).skip(c.s) {
            *f = true;
        }
    }
    let scope = Scope {
        doc,
        triggers,
        starters,
        in_finding,
        time_markers: has_time_markers(doc),
    };
    let mut present: Vec<Option<Detected>> = vec![None; FindingId::ALL.len()];
    let mut aside: Vec<Option<SetAsideFinding>> = vec![None; FindingId::ALL.len()];
    let mut order: Vec<(usize, FindingId)> = Vec::new();
    let mut sentence = Vec::with_capacity(doc.tokens.len());
    let mut count = 0usize;
    for t in &doc.tokens {
        sentence.push(count);
        if t.kind == TokenKind::SentenceEnd {
            count += 1;
        }
    }
    let sentence_of = |i: usize| sentence[i];
    // token span of each present finding, to widen it over overlapping mentions
    let mut spans: Vec<(usize, usize)> = vec![(0, 0); FindingId::ALL.len()];
    for cand in candidates {
        let slot = cand.finding as usize;
        let extends = present[slot].is_some() && cand.s < spans[slot].1 && cand.e > spans[slot].1;
        if present[slot].as_ref().is_some_and(|d| !d.uncertain) && !extends {
            continue; // already read as plainly present; this mention adds nothing
        }
        let (start, end) = doc.span(cand.s, cand.e);
        let text = doc.text[start..end].to_string();
        let mut verdict = weigh(&scope, cand);
        if verdict.is_ok()
            && cand.temperature_word
            && cand.finding == FindingId::Fever
            && readings
                .normal_temperatures
                .iter()
                .any(|&(s, _)| sentence_of(s) == sentence_of(cand.s))
        {
            verdict = Err(Reason::BelowFeverThreshold);
        }
        match verdict {
            Ok(uncertain) => {
                if present[slot].is_none() {
                    order.push((cand.s, cand.finding));
                    let phrase = match cand.phrase {
                        Some(p) => compiled.phrases[p as usize].source.to_string(),
                        None if cand.finding == FindingId::Fever => {
                            "a temperature of 38.0 °C / 100.4 °F or more".to_string()
                        }
                        None => "a pain score of 8/10 or more".to_string(),
                    };
                    spans[slot] = (cand.s, cand.e);
                    present[slot] = Some(Detected {
                        id: cand.finding,
                        start,
                        end,
                        text,
                        phrase,
                        uncertain,
                    });
                } else if let Some(d) = present[slot].as_mut() {
                    d.uncertain &= uncertain;
                    if extends {
                        // "my waters" + "waters have broken" → "my waters have broken"
                        spans[slot].1 = cand.e;
                        d.end = end;
                        d.text = doc.text[d.start..end].to_string();
                    }
                }
            }
            Err(reason) => {
                if aside[slot].is_none() {
                    aside[slot] = Some(SetAsideFinding {
                        id: cand.finding,
                        start,
                        end,
                        text,
                        reason,
                    });
                }
            }
        }
    }
    order.sort_by_key(|&(s, _)| s);
    let findings: Vec<Detected> = order
        .iter()
        .filter_map(|&(_, id)| present[id as usize].take())
        .collect();
    let mut set_aside: Vec<SetAsideFinding> = aside
        .into_iter()
        .enumerate()
        .filter_map(|(i, a)| a.filter(|_| !findings.iter().any(|d| d.id as usize == i)))
        .collect();
    set_aside.sort_by_key(|a| a.start);
    Reading {
        findings,
        set_aside,
        medication_question: false,
        topics: 0,
        topics_spoken: 0,
    }
}
