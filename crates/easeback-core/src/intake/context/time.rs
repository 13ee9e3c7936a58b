//! When a sign happened: recent, long past and settled, or going on until
//! now.

use super::*;

/// Words after "back" that make it the body's back ("weeks back spasms",
/// "months back pain"), not "ago".
fn back_as_body(next: &str) -> bool {
    matches!(
        next,
        "spasm"
            | "spasms"
            | "spasming"
            | "pain"
            | "pains"
            | "ache"
            | "aches"
            | "aching"
            | "hurts"
            | "hurting"
            | "sore"
            | "muscle"
            | "muscles"
            | "is"
            | "has"
            | "keeps"
            | "locked"
            | "seized"
            | "went"
            | "tight"
            | "cramps"
            | "cramping"
            | "killing"
            | "spasmed"
            | "problems"
            | "trouble"
    )
}

impl Scope<'_> {
    /// "Just now", "this morning", "an hour ago" before the finding in its
    /// sentence: a recent episode, never a settled past one, even when
    /// "nothing since" follows.
    /// A time of today in the sentence of `at`, up to `until`: "spotting
    /// when I wiped this morning but not since" was today, and today's sign
    /// stays present however it ended.
    pub(super) fn recent_through(&self, at: usize, until: usize) -> bool {
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

    /// "…spotting at 8 weeks but nothing since, and the pain's been getting
    /// worse every week": a finding told in the present perfect ("has
    /// been", "'s been", "have been" just before it) goes on until now,
    /// whatever an earlier clause dated ("had been" is the past's own).
    fn told_ongoing(&self, cand: &Candidate) -> bool {
        let w = |k: usize| self.doc.word(k);
        // ("my back pain is getting worse week after week": the present
        // progressive, unless told as "was/were getting")
        let progressive = (w(cand.s) == "getting"
            || matches!(w(cand.s.wrapping_sub(1)), "is" | "are" | "keeps" | "keep"))
            && !matches!(w(cand.s.wrapping_sub(1)), "was" | "were");
        progressive
            || (cand.s.saturating_sub(3)..cand.s).any(|k| {
                w(k) == "been"
                    && !matches!(
                        w(k.wrapping_sub(1)),
                        "had" | "hadnt" | "d" | "id" | "wed" | "shed"
                    )
                    && !(k + 1..cand.s).any(|j| TokenKind::Word != self.doc.tokens[j].kind)
            })
    }

    /// "I had some spotting at 9 weeks, it stopped and nothing since": an
    /// earlier point in the pregnancy (or months ago) in the finding's
    /// sentence, with the finding told in the past or said to have settled.
    /// A recent episode that stopped ("bleeding this morning, stopped now")
    /// still counts: only a marker of long ago sets it aside.
    pub(super) fn long_past(&self, cand: &Candidate) -> bool {
        if !self.time_markers || self.told_ongoing(cand) {
            return false;
        }
        let toks = &self.doc.tokens;
        // the finding's clause: its sentence, cut at a contrast ("…last
        // year, but my wife has had burning since yesterday")
        let start = (0..cand.s)
            .rev()
            .find(|&k| {
                toks[k].kind == TokenKind::SentenceEnd
                    || self.triggers.contrast_at(k)
                    || self.present_opens_at(k)
            })
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
        let w = |k: usize| self.doc.word(k);
        let number = |k: usize| match toks.get(k).map(|t| t.kind) {
            Some(TokenKind::Number(v)) => v,
            _ => 0.0,
        };
        let weeks = |k: usize| matches!(w(k), "weeks" | "wks" | "wk" | "week" | "w");
        // the resolution may be told in the next sentence: "… at 9 weeks.
        // Nothing since." — not when that sentence dates an episode of its
        // own ("…spasms several times a week. I had spotting at 8 weeks but
        // none since": what settled is the spotting)
        let next_end = (end + 1..toks.len())
            .find(|&k| toks[k].kind == TokenKind::SentenceEnd)
            .unwrap_or(toks.len());
        let next_sentence = toks
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::SentenceEnd);
        let dates_its_own = next_sentence
            && (end + 1..next_end).any(|k| {
                w(k) == "ago"
                    || (matches!(w(k), "at" | "in" | "around") && w(k + 1) == "#" && weeks(k + 2))
            });
        let next_end = if dates_its_own { end } else { next_end };
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
                && !matches!(
                    w(k.wrapping_sub(1)),
                    // ("now at 26 weeks", "I am at 30 weeks": the stage
                    // today; "started at 20 weeks": when it began)
                    "since"
                        | "from"
                        | "now"
                        | "currently"
                        | "am"
                        | "im"
                        | "is"
                        | "shes"
                        | "started"
                        | "began"
                        | "starting"
                ))
            .then(|| number(n))
            // "in week 8", "at week 12": the week named before its number
            .or_else(|| {
                (matches!(w(k), "in" | "at" | "around")
                    && matches!(w(k + 1), "week" | "wk")
                    && w(k + 2) == "#"
                    && !matches!(w(k.wrapping_sub(1)), "since" | "from" | "started" | "began"))
                .then(|| number(k + 2))
            })
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
            // ("this last month": the month just gone, how long it has run)
            matches!(w(k.wrapping_sub(1)), "since" | "started" | "began" | "from" | "this")
                || matches!(
                    (w(k.wrapping_sub(2)), w(k.wrapping_sub(1))),
                    ("for" | "over" | "in" | "during" | "since", "the") | ("the", "past")
                )
                || (k.saturating_sub(6)..k).any(|j| matches!(w(j), "since" | "started" | "began" | "starting" | "from"))
                // "ever since a spasm at the gym three weeks ago": "since"
                // opening a clause that names the event it dates
                || (k.saturating_sub(10)..k).any(|j| w(j) == "since" && j + 1 < k && matches!(w(j + 1), "a" | "an" | "the" | "my" | "her" | "that" | "this"))
                // "worse than 5 weeks ago": a comparison, not a date
                || self.comparison_before(k)
        };
        // "last week", "on Friday": only with a clear end ("… went away and
        // hasn't come back")
        let lately = (start..end).filter(|&k| !duration(k)).any(|k| {
            (w(k) == "last" && w(k + 1) == "week")
                || w(k) == "yesterday"
                || (matches!(w(k), "on" | "last") && super::super::rewrite::weekday_name(w(k + 1)))
        });
        let long_ago = (start..end).filter(|&k| !duration(k)).any(|k| {
            // "a few weeks back" says "ago" ("35wks back spasms" is the
            // stage and then her back: a back told with what it does)
            (matches!(
                w(k),
                "weeks" | "months" | "years" | "week" | "month" | "year"
            ) && (w(k + 1) == "ago" || (w(k + 1) == "back" && !back_as_body(w(k + 2)))))
                || (w(k) == "last" && matches!(w(k + 1), "month" | "year" | "pregnancy"))
                || (w(k) == "in" && MONTHS.contains(&w(k + 1)))
                // "in the summer", "over the winter", "last spring": a
                // season is months back (never the season a sign began in:
                // `duration` has taken "since the summer" out)
                || (matches!(w(k), "in" | "over" | "during")
                    && w(k + 1) == "the"
                    && SEASONS.contains(&w(k + 2)))
                || (w(k) == "last" && SEASONS.contains(&w(k + 1)))
                || at_a_holiday(self.doc, k)
                || at_an_age(self.doc, k)
        }) || (start..end).any(|k| {
            // a stage of this pregnancy long gone, whatever preposition
            // leads in ("in the first trimester" is not "for the …")
            // ("1st tri": an ordinal is read as its number)
            ((w(k) == "first" || (w(k) == "#" && number(k) == 1.0))
                && matches!(w(k + 1), "trimester" | "tri"))
                // "in the first three months"
                || (w(k) == "first" && w(k + 1) == "#" && w(k + 2) == "months")
                // "at the beginning of pregnancy", "early pregnancy"
                || (matches!(w(k), "beginning" | "start")
                    && w(k + 1) == "of"
                    && (w(k + 2) == "pregnancy" || w(k + 3) == "pregnancy"))
                || (w(k) == "early" && w(k + 1) == "pregnancy")
                // "earlier in the pregnancy", "earlier in this pregnancy",
                // "earlier this year"
                || (w(k) == "earlier"
                    && w(k + 1) == "in"
                    && (w(k + 2) == "pregnancy" || w(k + 3) == "pregnancy"))
                || (w(k) == "earlier" && matches!(w(k + 1), "this" | "in") && matches!(w(k + 2), "year" | "the"))
        });
        // "With my first I had some bleeding at 20 weeks and a scare with
        // reduced movements at 34", "I had sciatica with my second": a
        // previous pregnancy named in the finding's clause dates all of it
        // ("28 weeks with my first", "pregnant with my second" is this one)
        // (never a comparison: "not even with my first", "worse than labour
        // with my first", "like contractions did with my first")
        // ("on her second she bled", "in my first pregnancy": the same with
        // "on", "in" or "during", `names_earlier_pregnancy`)
        let previous_pregnancy = (start..end).any(|k| {
            (w(k) == "with" || names_earlier_pregnancy(self.doc, k))
                // ("…up every night my mum had it with her second": her story)
                && (k <= cand.e || !self.other_story_between(cand.e, k))
                && !super::super::triggers::tells_gestation(w(k.wrapping_sub(1)))
                && !(k.saturating_sub(4)..k).any(|j| {
                    matches!(
                        w(j),
                        "even" | "than" | "like" | "as" | "did" | "not" | "never"
                    )
                })
                && matches!(w(k + 1), "my" | "her")
                && matches!(
                    w(k + 2),
                    "first"
                        | "second"
                        | "third"
                        | "fourth"
                        | "eldest"
                        | "oldest"
                        | "previous"
                        | "older"
                )
        });
        if at_weeks.is_none() && !long_ago && !lately && !previous_pregnancy {
            return false;
        }
        // only the finding's own clause says whether it is still going on:
        // "bleeding at 8 wks, all fine since, now spasms" ends at its comma
        let clause_end = (cand.e..end)
            .find(|&k| matches!(toks[k].kind, TokenKind::Pause))
            .unwrap_or(end);
        // "now 30 weeks", "now at 30 weeks", "now I'm 30 weeks" tell the
        // stage; "now I'm scared to move" tells what is so now
        let now_tells_stage = |k: usize| {
            matches!(w(k + 1), "#" | "at")
                || (matches!(w(k + 1), "im" | "i")
                    && matches!(
                        w(k + 2),
                        "#" | "pregnant"
                            | "in"
                            | "at"
                            | "on"
                            | "into"
                            | "nearly"
                            | "almost"
                            | "about"
                            | "over"
                            | "fine"
                            | "ok"
                            | "okay"
                            | "good"
                            | "better"
                            | "well"
                            | "normal"
                            | "all"
                            | "am"
                            | "have"
                            | "had"
                            | "get"
                    ))
        };
        let still = (start..clause_end).any(|k| {
            matches!(w(k), "still" | "today" | "tonight" | "currently")
                // "I had a UTI with my first and this feels exactly the
                // same": the old episode named to say it is back
                || (w(k) == "same"
                    && w(k.wrapping_sub(1)) == "the"
                    && (k.saturating_sub(4)..k)
                        .any(|j| matches!(w(j), "feels" | "feel" | "is" | "its" | "exactly"))
                    && !(k.saturating_sub(4)..k).any(|j| matches!(w(j), "had" | "was" | "did")))
                // "again", unless only feared ahead: "Mam's convinced I'll go again"
                || (w(k) == "again"
                    && !(k.saturating_sub(4)..k).any(|j| {
                        matches!(w(j), "ill" | "will" | "might" | "could" | "would" | "convinced" | "worried" | "scared")
                    }))
                || (w(k) == "now"
                    && !now_tells_stage(k)
                    // "nothing like that now", "none now": an end, not a still
                    && !(k.saturating_sub(4)..k)
                        .any(|j| matches!(w(j), "nothing" | "none" | "no" | "not"))
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
                            | "cleared"
                            | "settled"
                            | "resolved"
                            | "finished"
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
        // told in the past, in a previous pregnancy, and not said to be back
        if previous_pregnancy
            && (told_past
                || (start..cand.s).any(|k| matches!(w(k), "had" | "was" | "were" | "got")))
            && !(start..end).any(|k| matches!(w(k), "again" | "too" | "also"))
        {
            return true;
        }
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
                    | "finished"
            ) || nothing_since(k)
                // "fine" of the thing itself ("it's fine now", "all fine
                // since"), not of what she can do ("I can walk fine")
                || (w(k) == "fine"
                    && (matches!(
                        w(k.wrapping_sub(1)),
                        "its" | "is" | "was" | "all" | "everything" | "now" | "are" | "were"
                            | "been" | "feel" | "felt" | "feeling" | "it" | "be" | "totally"
                            | "completely" | "absolutely" | "perfectly" | "scan" | "ok" | "am"
                            | "im" | "said" | "says" | "say"
                    ) || matches!(w(k + 1), "since" | "now" | "after")))
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
            (w(k) == "went" && matches!(w(k + 1), "away" | "by" | "after" | "off" | "overnight" | "within"))
                // "… last week. Now just the spasm": only something else is left
                || (k > cand.e && w(k) == "now" && matches!(w(k + 1), "just" | "only"))
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
                // "it went within a minute": how fast it ended says it ended
                || (w(k) == "went" && w(k + 1) == "within")
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
    pub(super) fn until_now_after(&self, from: usize) -> bool {
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

    /// The finding is told in the past tense: "I had a bleed", "it was".
    pub(super) fn told_in_past(&self, at: usize) -> bool {
        (at.saturating_sub(4)..at).any(|i| PAST_VERBS.contains(&self.doc.word(i)))
            && !self.hard_break(at.saturating_sub(4), at)
    }

    /// A confirming phrase follows in the same sentence: "... and I just did".
    pub(super) fn confirmed_after(&self, from: usize) -> bool {
        let end = (from..self.doc.tokens.len())
            .find(|&k| self.doc.tokens[k].kind == TokenKind::SentenceEnd)
            .unwrap_or(self.doc.tokens.len());
        // or the next sentence opens with one: "can spasms cause tingling
        // down the leg? I have that now"
        self.triggers.list.iter().any(|t| {
            t.kinds & kind::CONFIRM != 0
                // ("Like I touch it and…": a filler may open that sentence)
                && ((t.s >= from && t.s < end.min(from + 12)) || (end + 1..=end + 2).contains(&t.s))
        })
    }
}
