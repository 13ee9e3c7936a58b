//! Reading mechanisms from the writers' batches 163–165 (a relative playing
//! symptoms down, SMS shorthand with typos in the key words, adversarial
//! phrasing), each in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// A typo in the reflexive ("myslf", "myslef") hides self-harm and lost
/// control as surely as a typo in the verb.
#[rstest]
#[case::harm("some days I feel like hurting myslf", "self_harm_thoughts", true)]
#[case::harm_swapped("some nights I want to harm myslef", "self_harm_thoughts", true)]
#[case::wet(
    "twice today I wet myslef and never felt it coming",
    "bladder_control_loss",
    true
)]
#[case::control_unrelated("I booked the physio myslf", "self_harm_thoughts", false)]
fn a_misspelt_reflexive_is_still_the_reflexive(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

/// Short words pain and its strength are told in, vowel-dropped or
/// swapped, and the nouns of red-flag adjectives misspelt.
#[rstest]
#[case::worst("the bak ache is the wrst ever and I'm 38.4", "severe_pain", true)]
#[case::pain_swapped("sharp chest pian when I breathe in", "chest_pain_or_breathless", true)]
#[case::breathlessness(
    "bad breathlesness climbing the stairs today",
    "chest_pain_or_breathless",
    true
)]
#[case::several("spasms sev times a week now", "frequent_recurrence", true)]
#[case::control("the back ache is a bit better today", "severe_pain", false)]
fn short_and_noun_forms_of_the_key_words_are_read(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

/// "Can't say X is nothing": a denied saying of "nothing" is two
/// negatives, and the sign is there; a "nothing" in a clause of its own
/// still denies.
#[rstest]
#[case::tightenings(
    "I wouldn't say these tightenings are nothing, they've come every 7 minutes for two hours",
    "rhythmic_tightening",
    true
)]
#[case::spotting(
    "can't say the spotting is nothing, there's pink on the tissue each time",
    "vaginal_bleeding",
    true
)]
#[case::own_clause(
    "I can't say there was any bleeding, it was nothing",
    "vaginal_bleeding",
    false
)]
fn a_denied_saying_of_nothing_affirms_the_sign(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

/// A clause opened by "now" after a pause tells the present, whatever past
/// time came before it in the sentence.
#[rstest]
#[case::now(
    "a bit of brown blood at 11 weeks which settled, now 26 weeks and the spasms wake me every night",
    true
)]
#[case::and_now(
    "bled once at 9 weeks and it stopped, and now the spasm wakes me each night",
    true
)]
#[case::all_past(
    "at 14 weeks the spasms woke me every night for a while but that stopped",
    false
)]
fn now_after_a_pause_starts_the_present(#[case] text: &str, #[case] present: bool) {
    reads(text, "night_waking", present);
}

/// Writing for her: the verb after "she" agrees with "I" when turned round,
/// an adverb between ("she really thinks about hurting herself").
#[rstest]
#[case::often(
    "My wife is 25 weeks along and she really thinks about hurting herself some days",
    true
)]
#[case::still(
    "Asking for my daughter, 31 weeks: she still wants to hurt herself some days",
    true
)]
#[case::someone_elses(
    "I'm 25 weeks. My friend from work often thinks about harming herself",
    false
)]
fn an_adverb_between_she_and_her_verb_is_passed_over(#[case] text: &str, #[case] present: bool) {
    reads(text, "self_harm_thoughts", present);
}

/// The next spasm feared, named with where it grips.
#[rstest]
#[case::back("no more netball for me, I'm scared of another back spasm", true)]
#[case::lower_back("I'm frightened of the next lower back one so I sit all day", true)]
#[case::denied("I'm not scared of another back spasm, I just want tips", false)]
fn the_feared_spasm_may_name_its_place(#[case] text: &str, #[case] present: bool) {
    reads(text, "fear_avoidance", present);
}
