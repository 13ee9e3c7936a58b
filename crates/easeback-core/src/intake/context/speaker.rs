//! Whose sign it is: the writer ("mine", "my reading"), someone else
//! ("she said", "my sister's"), or nobody in particular (a general claim).

use super::*;

impl Scope<'_> {
    /// After someone else's sign, the writer says she has it too, later in
    /// the sentence: "my friend's waters went … and I think mine might be
    /// doing the same", "…, me too", "same here" (not "mine are fine").
    pub(super) fn mine_too_after(&self, from: usize) -> bool {
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
                            // "I checked mine, both calves look the same":
                            // alike to each other, not like hers
                            | "both"
                            | "only"
                    )
                });
            let me_too =
                (w(k) == "me" && w(k + 1) == "too") || (w(k) == "same" && w(k + 1) == "here");
            mine || me_too
        })
    }

    /// A person named at `s..e` right after lifting, carrying, holding…
    /// is what is carried, not whose sign follows at `to` — unless a
    /// relative clause or her own sign comes between ("carrying my son who
    /// has a fever" stays his).
    pub(super) fn carried_object(&self, s: usize, e: usize, to: usize) -> bool {
        // ("not lifting our 2 year old": a possessive between)
        let verb = if matches!(
            self.doc.word(s.wrapping_sub(1)),
            "our" | "my" | "the" | "her" | "his" | "their"
        ) {
            s.wrapping_sub(2)
        } else {
            s.wrapping_sub(1)
        };
        let carried = matches!(
            self.doc.word(verb),
            "lifting"
                | "lift"
                | "carrying"
                | "carry"
                | "holding"
                | "hold"
                | "chasing"
                | "bathing"
                | "feeding"
                | "picking"
                | "pick"
                | "up"
                | "carried"
                | "lifted"
        );
        carried
            && !(e..to).any(|i| {
                matches!(
                    self.doc.word(i),
                    "who"
                        | "whose"
                        | "that"
                        | "she"
                        | "he"
                        | "her"
                        | "his"
                        | "shes"
                        | "hes"
                        | "has"
                        | "had"
                        | "with"
                )
            })
    }

    /// "I didn't even realise I'd wet myself": a denial right before
    /// realise/notice/know that opens a clause says it happened unawares
    /// ("didn't notice any bleeding" still denies).
    pub(super) fn unaware_that(&self, from: usize, to: usize) -> bool {
        (from..to.min(from + 3)).any(|i| {
            matches!(
                self.doc.word(i),
                "realise"
                    | "realize"
                    | "realised"
                    | "realized"
                    | "notice"
                    | "noticed"
                    | "know"
                    | "knew"
            ) && matches!(
                self.doc.word(i + 1),
                "i" | "id"
                    | "im"
                    | "ive"
                    | "that"
                    | "she"
                    | "shed"
                    | "shes"
                    | "my"
                    | "it"
                    | "until"
            )
        })
    }

    /// "My mum's worried because her legs went numb": "her" (or "his") in
    /// the three words before the sign at `to` carries the named person of
    /// `t` over a "because" or a comma in one sentence — the same person's
    /// pronoun only ("my son … her temp" is another her), and never after a
    /// bare "she", who may well be the patient.
    /// Also a short insertion between commas after the named person, with
    /// the verb of that person's clause next: "my friend, also pregnant,
    /// has high blood pressure".
    pub(super) fn hers_goes_on(&self, t: &Trigger, to: usize) -> bool {
        if self.pronoun(t) || self.hard_break(t.e, to) {
            return false;
        }
        let toks = &self.doc.tokens;
        let pause = |k: usize| toks.get(k).is_some_and(|x| x.kind == TokenKind::Pause);
        let apposition = pause(t.e)
            && (t.e + 1..(t.e + 6).min(to))
                .find(|&k| pause(k))
                .is_some_and(|close| {
                    (t.e + 1..close).all(|k| toks[k].kind == TokenKind::Word)
                        && matches!(
                            self.doc.word(close + 1),
                            "has" | "had" | "is" | "was" | "got" | "gets" | "says" | "said"
                        )
                        && !self.broken(close + 1, to, false)
                });
        if apposition {
            return true;
        }
        let names = |list: &[&str]| (t.s..t.e).any(|i| list.contains(&self.doc.word(i)));
        (to.saturating_sub(3).max(t.e)..to).any(|i| match self.doc.word(i) {
            "her" => !names(MALE),
            "his" => !names(FEMALE),
            _ => false,
        })
    }

    /// "now" after `from` in the same sentence, not "now it is fine".
    pub(super) fn now_later_in_sentence(&self, from: usize) -> bool {
        let settled = |k: usize| {
            (k + 1..k + 4).any(|j| {
                matches!(
                    self.doc.word(j),
                    "fine" | "ok" | "okay" | "better" | "gone" | "normal" | "settled"
                )
            })
        };
        (from..self.doc.tokens.len())
            .take_while(|&k| self.doc.tokens[k].kind != TokenKind::SentenceEnd)
            .any(|k| self.doc.word(k) == "now" && !settled(k))
    }

    /// Someone else's story told in `from..to`: another person named and
    /// a verb of hers or his right after ("…wakes me every night, my
    /// sister had pre-eclampsia with her first"). A time marker after it
    /// dates that story, not a finding told before it.
    pub(super) fn other_story_between(&self, from: usize, to: usize) -> bool {
        self.triggers.list.iter().any(|o| {
            o.kinds & kind::OTHER_PERSON != 0
                && o.s >= from
                && o.e < to
                && matches!(self.doc.word(o.e), "had" | "has" | "was" | "got" | "did")
        })
    }

    /// A blood pressure reading whose own word names a man's or others'
    /// pressure: "he had his blood pressure checked … it was 150/95" (a
    /// husband's, turned round from "I had my blood pressure…"). The
    /// nearest "pressure" or "bp" before the numbers, in their sentence,
    /// decides.
    pub(super) fn reading_of_another(&self, cand: &Candidate) -> bool {
        if cand.phrase.is_some()
            || !matches!(
                cand.finding,
                FindingId::RaisedBloodPressure | FindingId::SevereBloodPressure
            )
        {
            return false;
        }
        let w = |k: usize| self.doc.word(k);
        let word = (0..cand.s)
            .rev()
            .take_while(|&k| self.doc.tokens[k].kind != TokenKind::SentenceEnd)
            .find(|&k| matches!(w(k), "pressure" | "bp"));
        word.is_some_and(|k| {
            let owner = if w(k) == "pressure" && w(k.wrapping_sub(1)) == "blood" {
                k.wrapping_sub(2)
            } else {
                k.wrapping_sub(1)
            };
            // ("her" may well be the pregnant person a relative writes
            // about, and stays hers)
            matches!(w(owner), "his" | "their")
        })
    }

    /// "I", "me" and the like in `from..to`: the person writing is the subject.
    pub(super) fn first_person_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|i| {
            matches!(
                self.doc.word(i),
                "i" | "im" | "ive" | "id" | "ill" | "myself"
            )
                // "my friend told me her legs went numb": the one told is
                // only the listener
                || (self.doc.word(i) == "me" && !TELLING.contains(&self.doc.word(i.wrapping_sub(1))))
                || (matches!(self.doc.word(i), "mine" | "mines")
                // ("a friend of mine has a fever" names her, not the writer)
                && self.doc.word(i.wrapping_sub(1)) != "of")
        })
    }

    /// "my temperature", "my bp", "my blood pressure" in `from..to`: what
    /// is measured is the writer's, whoever measured it.
    pub(super) fn my_measure_between(&self, from: usize, to: usize) -> bool {
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

    /// A verb of telling or noticing in `from..to`: "says", "noticed".
    pub(super) fn reported_speech(&self, from: usize, to: usize) -> bool {
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
    pub(super) fn pronoun(&self, t: &Trigger) -> bool {
        matches!(
            self.doc.word(t.s),
            "she" | "he" | "shes" | "hes" | "her" | "his" | "hers" | "they" | "their"
        )
    }

    /// The sentence holding token `i` ends with a question mark.
    /// "My friend told me that …", "I read that …" before token `at` in its
    /// sentence: what follows is something heard about, told as hearsay.
    pub(super) fn hearsay_before(&self, at: usize) -> bool {
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
    pub(super) fn general_claim(&self, cand: &Candidate) -> bool {
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
}

/// Verbs whose object "me" is the one told, not the one it happened to.
const TELLING: &[&str] = &[
    "told", "tells", "tell", "telling", "texted", "texts", "messaged", "messages", "warned",
    "showed", "reminded", "rang", "called", "phoned", "asked", "wrote",
];

/// Words that name a man or a woman, for whose "his" or "her" follows.
const MALE: &[&str] = &[
    "he",
    "hes",
    "his",
    "son",
    "husband",
    "hubby",
    "brother",
    "dad",
    "father",
    "boyfriend",
    "bf",
    "fiance",
    "dh",
    "ds",
    "grandad",
    "grandpa",
    "uncle",
    "nephew",
    "boy",
    "lad",
];
const FEMALE: &[&str] = &[
    "she", "shes", "her", "hers", "mum", "mom", "mam", "mother", "sister", "sis", "daughter",
    "wife", "aunt", "auntie", "aunty", "niece", "gran", "nan", "granny", "grandma", "dd", "mil",
    "girl",
];
