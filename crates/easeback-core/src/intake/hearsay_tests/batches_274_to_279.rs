//! Reading mechanisms from the writers' batches 274–279 and 285 (South African,
//! East European, Arabic-, Turkish- and Farsi-speaking writers, nurse-line
//! forms, questions and what-ifs, emoji messages), each in our own words
//! with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::emoji_blood("🩸 on the pad this morning, not a lot", "vaginal_bleeding", true)]
#[case::emoji_leg("left 🦵 puffy, red and hot since last night", "hot_swollen_leg", true)]
#[case::emoji_baby(
    "👶 hardly moved all day, not like her",
    "reduced_fetal_movement",
    true
)]
#[case::emoji_waters("think my 💦 went, trickling since lunch", "fluid_leak", true)]
#[case::emoji_mood_only("back spasm again 😭😭", "reduced_fetal_movement", false)]
#[case::likened(
    "I've stopped doing the hoovering because I'm afraid of setting off another spasm like the one last week. My back right now is sore but okay.",
    "fear_avoidance",
    true
)]
#[case::moving_will(
    "she's frightened moving will set it off again, so she stays lying down",
    "fear_avoidance",
    true
)]
#[case::already_count(
    "the spasm keeps coming back, this week already 5",
    "frequent_recurrence",
    true
)]
#[case::have_me_up(
    "spasms have her up every single night 😴 what can we do #dadtobe",
    "night_waking",
    true
)]
#[case::being_woken("three weeks now of being woken by it at 3am", "night_waking", true)]
#[case::his_reading(
    "Partner here. She is 29 weeks with a sore back. I got my blood pressure done at the chemist, 156/98, so that's me to sort out",
    "raised_blood_pressure",
    false
)]
#[case::her_reading_kept(
    "writing for my colleague, 33 weeks: her blood pressure at the pharmacy was 150/96",
    "raised_blood_pressure",
    true
)]
fn batches_274_to_279(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Batch 285: a habit that was not and now is; "without me feeling it".
#[rstest]
#[case::not_used_to(
    "the spasms never used to wake me but they do now, every night this week",
    "night_waking",
    true
)]
#[case::not_used_to_still_not(
    "the spasms didn't use to wake me and they still don't",
    "night_waking",
    false
)]
#[case::without_me(
    "since lunch wee just comes out without me feeling it",
    "bladder_control_loss",
    true
)]
fn batch_285(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
