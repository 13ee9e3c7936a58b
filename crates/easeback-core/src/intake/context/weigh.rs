//! Weighing one candidate against the triggers around it: present, present
//! but uncertain, or set aside with a reason.

use super::*;

/// How one candidate reads: present (maybe uncertain) or set aside.
pub(super) fn weigh(scope: &Scope<'_>, cand: &Candidate) -> Result<bool, Reason> {
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
    // a series of scores rising to now (`scores::rising_pain_scores`)
    // names its own times: "a month ago 3/10 … now 8/10" is a change up to
    // today, never a past episode
    // ("week on week it's creeping up, a month ago it was a niggle, now
    // she's holding onto the furniture": a then told against a now)
    let dated_series = cand.finding == FindingId::WorseningWeekly
        && (cand.phrase.is_none() || scope.now_later_in_sentence(cand.e));
    // ("spotting at 8 weeks that stopped, and it's started again")
    if !dated_series && scope.long_past(cand) && !scope.returned_after(cand.e) {
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
    if scope.reading_of_another(cand) {
        return Err(Reason::SomeoneElse);
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
    // "I can't say the tightenings are nothing, they come every 8 minutes":
    // a denied saying of a finding called "nothing" is two negatives, the
    // finding told as present; both are passed over
    let denied_nothing = said_not_nothing(scope, &list[lo..hi.max(lo)], cand);
    for t in &list[lo..hi.max(lo)] {
        if inside_literal(t) || t.kinds & kind::PSEUDO != 0 && t.kinds & kind::UNCERTAIN == 0 {
            continue;
        }
        if denied_nothing.is_some_and(|(saying, nothing)| t.s == saying || t.s == nothing) {
            continue;
        }
        let k = t.kinds;
        if t.s < cand.s {
            // before the finding (or running into it: "don't have" + "have a temperature")
            let dist = cand.s.saturating_sub(t.e);
            if dist > SCOPE {
                continue;
            }
            // "I'm not doing any work at home due to fear of the spasm":
            // what is not done is the avoidance, and the fear is its reason;
            // "not lifting anything so it doesn't set off another one": the
            // finding is the precaution itself
            let avoided_for_fear = cand.finding == FindingId::FearAvoidance
                && ((t.e..cand.s).any(|i| {
                    matches!(
                        scope.doc.word(i),
                        "due" | "because" | "cause" | "coz" | "cos" | "cuz" | "bc" | "incase"
                    ) || (scope.doc.word(i) == "in" && scope.doc.word(i + 1) == "case")
                        // "not moving at all out of fear", "for fear that"
                        || (matches!(scope.doc.word(i), "of" | "for")
                            && matches!(scope.doc.word(i + 1), "fear" | "dread" | "worry"))
                }) || matches!(scope.doc.word(cand.s), "so" | "in" | "incase" | "to")
                    // Spanish "no me agacho ni levanto nada por miedo": the
                    // reason told inside the avoidance ("miedo" reads "scared")
                    || (cand.s..cand.e).any(|i| {
                        matches!(scope.doc.word(i), "por" | "del" | "de")
                            && matches!(scope.doc.word(i + 1), "scared" | "panico" | "terror")
                    })
                    // "not lifting my toddler, too afraid it will come back":
                    // the fear told after a pause is the reason for what is
                    // not done ("not scared to move" stays denied)
                    || (matches!(
                        scope.doc.word(cand.s),
                        "too" | "afraid" | "scared" | "frightened" | "terrified" | "worried"
                    ) && (t.e..cand.s).any(|i| scope.doc.tokens[i].kind == TokenKind::Pause)));
            if k & kind::NEGATION != 0
                && !scope.unaware_that(t.e, cand.s)
                && !scope.corrected_between(t.e, cand.s)
                && !scope.broken(t.e, cand.s, true)
                && !scope.until_now_after(cand.e)
                && !avoided_for_fear
            {
                return Err(Reason::Negated);
            }
            let broken = scope.broken(t.e, cand.s, false);
            // "if my waters break or I bleed": the condition runs on over "or"
            let hypothetical_goes_on = k & kind::HYPOTHETICAL != 0
                && !scope.hard_break(t.e, cand.s)
                && scope.only_or_breaks(t.e, cand.s);
            // "my mum's worried because her legs went numb": "her" carries
            // the other person over a "because" or a comma in one sentence
            if broken
                && !hypothetical_goes_on
                && !(k & kind::OTHER_PERSON != 0 && scope.hers_goes_on(t, cand.s))
            {
                continue;
            }
            if k & kind::HYPOTHETICAL != 0 {
                // "just in case my back goes again": the avoidance's own
                // precaution, not a condition on it
                if scope.confirmed_after(cand.e)
                    || (cand.finding == FindingId::FearAvoidance
                        && t.e > cand.s
                        && matches!(scope.doc.word(cand.s), "in" | "incase"))
                {
                    continue;
                }
                // "I can't tell if my waters have gone", "not sure if I'm
                // bleeding": an "if" after a word of doubt asks whether it is
                // so now, and doubt keeps a sign present
                // ("how would I know if…", "how can I tell if…" ask how to
                // tell: "know" and "tell" doubt only after a denial)
                let w = |k: usize| scope.doc.word(k);
                let before = t.s.wrapping_sub(1);
                let denied_before = (t.s.saturating_sub(4)..t.s.saturating_sub(1)).any(|k| {
                    matches!(
                        w(k),
                        "cant" | "cannot" | "couldnt" | "dont" | "not" | "dunno" | "hard" | "didnt"
                    )
                });
                let doubted = w(t.s) == "if"
                    && match w(before) {
                        "sure" | "unsure" | "certain" | "wondering" | "idk" => true,
                        "tell" | "know" => denied_before,
                        _ => false,
                    };
                // "wearing a pad in case the spotting gets worse", "in case my
                // waters have gone": "in case" before a sign told as already
                // there (what it does or means now, or a perfect) guards
                // against its course, not its coming — the sign is there
                let in_case = (w(t.s) == "in" && w(t.s + 1) == "case")
                    || (w(t.s) == "just" && w(t.s + 2) == "case")
                    || w(t.s) == "incase";
                let told_there = matches!(
                    w(cand.e),
                    "gets"
                        | "getting"
                        | "becomes"
                        | "means"
                        | "is"
                        | "isnt"
                        | "has"
                        | "have"
                        | "turns"
                        | "keeps"
                        | "carries"
                );
                if doubted || (in_case && told_there) {
                    uncertain = true;
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
                // "picked up the bug from my toddler, temp is 38.3": the one
                // it was caught from
                && !matches!(scope.doc.word(t.s.wrapping_sub(1)), "from" | "off")
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
                // "not lifting my toddler, too afraid it will come back": the
                // child carried is the object, not the one afraid
                && !scope.carried_object(t.s, t.e, cand.s)
                // "she found me on the floor": the sign's own words name the
                // writer as the one it happened to
                && !(cand.s..cand.e).any(|i| matches!(scope.doc.word(i), "me" | "myself"))
            {
                return Err(Reason::SomeoneElse);
            }
            // "it started about a month ago and has got worse": when it began,
            // not an episode that ended
            let onset = (t.s.saturating_sub(3)..t.s).any(|i| {
                matches!(
                    scope.doc.word(i),
                    "started" | "began" | "since" | "starting" | "begun" | "from"
                )
            });
            // "with my first I had a fever and I've got it again": back now
            if k & kind::PAST != 0
                && !onset
                && !dated_series
                && !scope.back_again_after(cand.e)
                && !scope.returned_after(cand.e)
            {
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
                && (scope.only_punctuation(cand.e, t.s) || scope.label_before(cand.s, cand.e, t.s))
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
            // with, not when the finding happened; "…, my sister had it
            // with her first": the time of someone else's story
            if k & kind::PAST != 0
                && (scope.comparison_before(t.s) || scope.other_story_between(cand.e, t.s))
            {
                continue;
            }
            if scope.broken(cand.e, t.s, false) || scope.new_clause_between(cand.e, t.s) {
                // "I had a bleed at 8 weeks, that was months ago": a past
                // marker after a new clause counts when the finding itself
                // was told in the past tense
                if k & kind::PAST != 0
                    && !dated_series
                    && !scope.hard_break(cand.e, t.s)
                    && scope.told_in_past(cand.s)
                    && !scope.recent_through(cand.s, t.s)
                    && !scope.returned_after(t.e)
                {
                    return Err(Reason::Past);
                }
                continue;
            }
            // "bleeding last year" is past; "I'm spotting, first baby" or
            // "spotting, used to get this" adds something else: after a
            // pause a past marker needs the finding told in the past tense
            if k & kind::PAST != 0
                && !dated_series
                && (!scope.pause_between(cand.e, t.s) || scope.told_in_past(cand.s))
                && !scope.recent_through(cand.s, t.s)
                // "the spotting I had stopped…, but it started again tonight"
                && !scope.returned_after(t.e)
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

/// A denied saying before the finding ("can't say", "wouldn't say") and
/// "nothing" said of it in the same clause, with no pause between ("can't
/// say there is bleeding, it is nothing" is not one): where each starts.
fn said_not_nothing(
    scope: &Scope<'_>,
    near: &[Trigger],
    cand: &Candidate,
) -> Option<(usize, usize)> {
    let saying = near.iter().find(|t| {
        t.kinds & kind::NEGATION != 0
            && t.s < cand.s
            && (t.s..t.e).any(|i| matches!(scope.doc.word(i), "say" | "said"))
            && !scope.hard_break(t.e, cand.s)
    })?;
    let nothing = near.iter().find(|t| {
        t.s > saying.e
            && scope.doc.word(t.s) == "nothing"
            && t.e == t.s + 1
            && !(saying.e..t.s).any(|i| scope.doc.tokens[i].kind == TokenKind::Pause)
    })?;
    Some((saying.s, nothing.s))
}
