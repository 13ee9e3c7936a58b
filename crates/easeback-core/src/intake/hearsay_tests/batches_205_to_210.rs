//! Reading mechanisms from the writers' batches 205–210 (Central and East
//! European, Arabic, Turkish and Farsi second-language English, texts to a
//! partner, plain symptom-box descriptions, forum posts, very short
//! messages), each in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use proptest::prelude::*;
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

proptest! {
    /// Someone else as the subject does not take a sign away from the
    /// writer when the sign's own words name her ("found me on the floor"),
    /// whoever found her.
    #[test]
    fn a_sign_that_names_the_writer_stays_hers(
        who in prop::sample::select(&["she", "he", "my husband", "my mum", "my sister", "the neighbour"][..]),
        verb in prop::sample::select(&["found me on the floor", "found me on the bathroom floor"][..]),
    ) {
        let text = format!("{who} {verb}, my back is in spasm, 30 weeks");
        prop_assert!(has(&text, "seizure_or_fainting"), "{text:?} -> {:?}", ids(&text));
    }

    /// A precaution against the next spasm is avoidance, whatever is held
    /// back and however the purpose is put.
    #[test]
    fn a_precaution_against_the_next_spasm_is_avoidance(
        held in prop::sample::select(&["not bending at all", "moving like a statue", "not lifting anything", "staying in bed"][..]),
        purpose in prop::sample::select(&["so it doesn't set off", "in case it triggers", "so I don't bring on", "so it won't start"][..]),
        next in prop::sample::select(&["another one", "another spasm", "the next one"][..]),
    ) {
        let text = format!("{held} all week {purpose} {next}. 27 weeks");
        prop_assert!(has(&text, "fear_avoidance"), "{text:?} -> {:?}", ids(&text));
    }
}

/// Losing consciousness told as losing or falling out of one's senses;
/// controls: a scare "out of my senses", the sense of smell.
#[rstest]
#[case::fell_out("At 33 weeks I fell out of senses in the kitchen for a moment", true)]
#[case::lost("the spasm was so bad I lost my senses for a few seconds", true)]
#[case::went_out("she went out of senses on the stairs, now she is awake", true)]
#[case::scared("the spasm scared me out of my senses but I stayed on my feet", false)]
#[case::smell("I lost my sense of smell with a cold, back spasm too", false)]
fn senses_lost_is_a_faint(#[case] text: &str, #[case] present: bool) {
    reads(text, "seizure_or_fainting", present);
}

/// Pressure on the chest without its article, and short breath with an
/// intensifier; control: a chest of drawers pressed against.
#[rstest]
#[case::pressing("something is pressing in middle of chest, 34 weeks", true)]
#[case::stone("like a stone on my chest since morning", true)]
#[case::short("I can breathe only very short since the spasm", true)]
#[case::furniture(
    "I pressed the chest of drawers against the wall and my back went",
    false
)]
fn chest_pressure_without_article(#[case] text: &str, #[case] present: bool) {
    reads(text, "chest_pain_or_breathless", present);
}

/// Blood passing through a pad or onto clothes is heavy, whatever the
/// verb or article; control: the pad alone with spotting.
#[rstest]
#[case::goes_through("the blood goes through the pad, 20 weeks", true)]
#[case::onto("bleeding right onto my trousers and it won't stop", true)]
#[case::came_through("blood came through to my jeans in half an hour", true)]
#[case::spotting("a little spotting on the pad this morning, light brown", false)]
fn blood_through_pad_or_clothes_is_heavy(#[case] text: &str, #[case] present: bool) {
    reads(text, "heavy_bleeding", present);
}

/// A wish not to be here told in a transferred word order, and harm put as
/// "do something to myself"; control: something for myself.
#[rstest]
#[case::order("some nights I think better I am not here anymore", true)]
#[case::something("I am afraid I will do something to myself", true)]
#[case::for_me("I want to do something for myself this weekend, my back aches", false)]
fn a_wish_not_to_be_here_in_any_order(#[case] text: &str, #[case] present: bool) {
    reads(text, "self_harm_thoughts", present);
}

/// A pain that grows week by week is worsening; control: a bump that grows
/// every week.
#[rstest]
#[case::grows("the ache grows every week, now I can't stand long", true)]
#[case::bigger("the pain is bigger every week", true)]
#[case::bump("my bump is growing every week and my back is a bit stiff", false)]
fn a_pain_that_grows_each_week(#[case] text: &str, #[case] present: bool) {
    reads(text, "worsening_weekly", present);
}

/// Spasms counted since a day; control: one since the weekend.
#[rstest]
#[case::weekend("another spasm at lunch, that's 5 since the weekend", true)]
#[case::weekday("3 since Tuesday already", true)]
#[case::ordinal("that's the fourth one since Friday", true)]
#[case::one("only one since the weekend and it was mild", false)]
fn spasms_counted_since_a_day(#[case] text: &str, #[case] present: bool) {
    reads(text, "frequent_recurrence", present);
}

/// A muscle that seizes is a spasm, not a fit; control: the person seizing.
#[rstest]
#[case::back("my lower back just keeps seizing today", false)]
#[case::muscles("muscles kept seizing all afternoon", false)]
#[case::person("my back hurt and then I started seizing on the floor", true)]
fn a_seizing_muscle_is_no_fit(#[case] text: &str, #[case] present: bool) {
    reads(text, "seizure_or_fainting", present);
}

/// A sign from last week that went within minutes, or that only the spasm
/// is left "now", is over; control: a sign still there now.
#[rstest]
#[case::went_within("tingling in my toes last week, it went within a minute", false)]
#[case::now_just(
    "Last week my foot had pins and needles. Now just the back spasm",
    false
)]
#[case::now_still(
    "Last week my foot had pins and needles and it is still there now",
    true
)]
fn a_sign_from_last_week_that_ended(#[case] text: &str, #[case] present: bool) {
    reads(text, "new_numbness", present);
}

/// A relation named without "my" has her own signs; control: the writer's.
#[rstest]
#[case::cousin(
    "cousin had pre-eclampsia last month so I'm nervous, my back is stiff",
    "preeclampsia_signs",
    false
)]
#[case::colleague("colleague has a fever and I have a sore back", "fever", false)]
#[case::mine(
    "cousin is fine but I have a fever of 38.6 and back spasms",
    "fever",
    true
)]
fn a_relation_without_my(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

// ---- batches 208–210 ----

proptest! {
    /// The one who is told ("told me", "texted me") is only the listener:
    /// a friend's sign she tells the writer about stays the friend's, with
    /// or without "just" before the telling.
    #[test]
    fn the_one_told_is_only_the_listener(
        who in prop::sample::select(&["My friend", "My best friend", "My sister", "My colleague"][..]),
        when in prop::sample::select(&["", "just ", "only just "][..]),
        verb in prop::sample::select(&["told me", "texted me", "messaged me"][..]),
        (sign, id) in prop::sample::select(&[
            ("her legs went numb", "new_numbness"),
            ("her waters went", "fluid_leak"),
            ("she fainted at work", "seizure_or_fainting"),
        ][..]),
    ) {
        let theirs = format!("{who} {when}{verb} {sign}. I am 26 weeks with a stiff back");
        prop_assert!(!has(&theirs, id), "{theirs:?} -> {:?}", ids(&theirs));
        let mine = format!("{who} {when}{verb} I should ring, because {sign_mine}", sign_mine = sign
            .replace("her legs", "my legs").replace("her waters", "my waters").replace("she fainted", "I fainted"));
        prop_assert!(has(&mine, id), "{mine:?} -> {:?}", ids(&mine));
    }
}

/// A tightening counted per hour, the count told apart from the word;
/// control: a count per day.
#[rstest]
#[case::last_hour("my bump tightens and lets go, about 6 times in the last hour", true)]
#[case::an_hour("tightening across the belly, maybe 4 times an hour now", true)]
#[case::a_day("my bump tightened twice today, 4 times this week, 25 weeks", false)]
fn tightenings_counted_per_hour(#[case] text: &str, #[case] present: bool) {
    reads(text, "rhythmic_tightening", present);
}

/// A foot that does not lift or drags, told in the next words; controls:
/// dragging oneself around, a day that drags on and on.
#[rstest]
#[case::not_lifting("my left foot is not lifting properly since this morning", true)]
#[case::drags("my foot, it drags along the ground when I walk", true)]
#[case::on_floor("her foot is dragging on the floor", true)]
#[case::myself("my feet ache and I'm dragging myself around the house", false)]
#[case::day("my back aches and the day is dragging on and on", false)]
fn a_foot_that_does_not_lift(#[case] text: &str, #[case] present: bool) {
    reads(text, "leg_weakness", present);
}

/// Scores told "from 10", "of 10" or "over 10" climb like "/10".
#[rstest]
#[case::from("a month ago the pain was 2 from 10, two weeks ago 4, now 7", true)]
#[case::over("three weeks back 3 over 10, last week 5, this week 8", true)]
#[case::falling("two weeks ago 7 from 10, last week 5, this week 3", false)]
fn scores_out_of_ten_in_other_words(#[case] text: &str, #[case] present: bool) {
    reads(text, "worsening_weekly", present);
}

/// Compound spasm nouns are counted like spasms; night waking as a noun.
#[rstest]
#[case::episodes(
    "four spasm episodes in the last seven days",
    "frequent_recurrence",
    true
)]
#[case::attacks("3 back spasm attacks this week", "frequent_recurrence", true)]
#[case::wakeups("nightly wake ups with the back, 29w", "night_waking", true)]
#[case::one(
    "one spasm episode in the last seven days",
    "frequent_recurrence",
    false
)]
fn compound_nouns_count(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// "Now I'm scared to move" after an earlier dated spell is what is so now;
/// "now I'm 30 weeks" only tells the stage.
#[rstest]
#[case::scared(
    "The spasms I had at 22 weeks were awful and now I'm afraid to bend, I've stopped lifting",
    "fear_avoidance",
    true
)]
#[case::stage(
    "I had a bleed at 10 weeks that stopped, now I'm 30 weeks with a sore back",
    "vaginal_bleeding",
    false
)]
fn now_after_a_dated_spell(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
