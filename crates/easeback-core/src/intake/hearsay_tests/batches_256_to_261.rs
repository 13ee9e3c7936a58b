//! Reading mechanisms from the writers' batches 256–261 (South Asian
//! English, very short messages, US texting, posts with updates, forms and
//! logs, Australian and New Zealand English), each in our own words with a
//! control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// Logs: days of a diary, clock times of tightenings, a form's count.
#[rstest]
#[case::diary_spasms(
    "Log. Mon: spasm after work. Wed: spasm in the shower. Sat: spasm lifting the washing.",
    "frequent_recurrence",
    true
)]
#[case::diary_nights(
    "Tue 01:15 woke with the back. Wed 03:40 woke again. Fri 02:05 woke, 7/10.",
    "night_waking",
    true
)]
#[case::diary_two_days(
    "Mon: spasm after work. Thu: spasm in the car.",
    "frequent_recurrence",
    false
)]
#[case::weekdays_with_hours(
    "back spasms Mon 8am, Wed 6pm, Thu 1pm and Sat 9am",
    "frequent_recurrence",
    true
)]
#[case::clock_series(
    "21:02 bump tightening. 21:14 again. 21:25 again. 21:37 again.",
    "rhythmic_tightening",
    true
)]
#[case::clock_hours_apart(
    "08:10 tightening. 11:45 another. 16:20 one more.",
    "rhythmic_tightening",
    false
)]
#[case::counted_answer("How many spasms this past week? 4", "frequent_recurrence", true)]
#[case::counted_answer_low("How many spasms this past week? 1", "frequent_recurrence", false)]
#[case::per_day("the fourth spasm today already", "frequent_recurrence", true)]
fn signs_told_as_a_log(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Forms: a label answered "no" denies every word of the label; a short
/// question answered by naming the sign lets the answer decide.
#[rstest]
#[case::label_no("Weakness in legs: no. Pain 6/10.", "leg_weakness", false)]
#[case::label_yes("Weakness in legs: yes, the left one gives way", "leg_weakness", true)]
#[case::answered_past(
    "Bleeding? Some spotting at 7 weeks, nothing since.",
    "vaginal_bleeding",
    false
)]
#[case::answered_now(
    "Bleeding? Yes, spotting since this morning.",
    "vaginal_bleeding",
    true
)]
#[case::question_alone("Bleeding?", "vaginal_bleeding", true)]
fn forms_answered(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Who moves and who is spoken to.
#[rstest]
#[case::her_moving_feared(
    "my daughter-in-law is 30 weeks, lying in bed all day, saying if she moves it will grab again",
    "fear_avoidance",
    true
)]
#[case::baby_moving(
    "my wife is 30 weeks and she moves a lot at night, kicking",
    "reduced_fetal_movement",
    false
)]
#[case::address("bestie it stings so bad when I wee", "burning_urination", true)]
#[case::maori_belly(
    "terrible pain in my puku since lunch that won't ease at all",
    "severe_abdominal_pain",
    true
)]
#[case::maori_baby(
    "haven't felt pēpi move since this morning",
    "reduced_fetal_movement",
    true
)]
fn who_moves_and_who_is_spoken_to(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
