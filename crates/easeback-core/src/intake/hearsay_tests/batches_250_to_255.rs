//! Reading mechanisms from the writers' batches 250–255 (a doula relaying a
//! client, Irish and Scots texts, night dictation, West and East African
//! English, adversarial phrasing, signs played down), each in our own
//! words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// A helper relaying what a woman in her care said: the client is the
/// pregnant person, and her quoted "I" and "my" stay hers.
#[rstest]
#[case::client(
    "Birth worker here. My client, 31 weeks, can't hold her bowels since this morning",
    "bowel_control_loss",
    true
)]
#[case::one_of_many(
    "One of my ladies, about eight months, told me her wee just came out on its own today",
    "bladder_control_loss",
    true
)]
#[case::quoted_after_she(
    "My client is 35 weeks. She \"soaked my trousers on the bus and had no idea it was happening\"",
    "bladder_control_loss",
    true
)]
#[case::quoted_after_saying(
    "My client at 30 weeks says the spasms \"wake me up every single night now\"",
    "night_waking",
    true
)]
#[case::other_client(
    "My client is 29 weeks with a stiff back. Another client of mine had pre-eclampsia last year",
    "preeclampsia_signs",
    false
)]
#[case::apposition(
    "Her cousin, also expecting, has really high blood pressure; my client's back is just stiff at 27 weeks",
    "raised_blood_pressure",
    false
)]
fn a_helper_relaying_a_client(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Dates: "with my first" after a gestation is this pregnancy; a
/// resolution told in the next sentence belongs to that sentence's own
/// dated episode; a time after someone else's story dates that story.
#[rstest]
#[case::weeks_with_first(
    "My sister at 27 weeks with her first says the spasms keep getting worse every week",
    "worsening_weekly",
    true
)]
#[case::with_first_is_past(
    "With my first I had the spasms getting worse every week, this time I'm fine",
    "worsening_weekly",
    false
)]
#[case::next_sentence_dated(
    "At 25 weeks my back goes into spasm four times a week. I bled a little at 9 weeks but nothing since.",
    "frequent_recurrence",
    true
)]
#[case::next_sentence_resolves(
    "I had some bleeding at 9 weeks. Nothing since.",
    "vaginal_bleeding",
    false
)]
#[case::other_story(
    "the spasm has me up every night my mum had it with her second",
    "night_waking",
    true
)]
fn whose_time_a_date_is(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Breathing told without the listed nouns, a denied likeness, a denied
/// reassurance, counts in number words, a sting told of "she".
#[rstest]
#[case::chest_very_tight("my chest is so tight tonight", "chest_pain_or_breathless", true)]
#[case::hurts_to_breathe("it's painful to take a breath", "chest_pain_or_breathless", true)]
#[case::for_breath("fighting for breath on the sofa", "chest_pain_or_breathless", true)]
#[case::sentences(
    "she can't finish a sentence without stopping",
    "chest_pain_or_breathless",
    true
)]
#[case::likeness(
    "my left calf no longer looks like my right one, it's puffy, red and hot",
    "hot_swollen_leg",
    true
)]
#[case::likeness_denial_kept("my calf isn't hot or swollen", "hot_swollen_leg", false)]
#[case::not_kicking_well(
    "the baby isn't kicking well this evening",
    "reduced_fetal_movement",
    true
)]
#[case::kicking_well(
    "the baby is kicking well this evening",
    "reduced_fetal_movement",
    false
)]
#[case::number_words_or("two or three back spasms a week lately", "frequent_recurrence", true)]
#[case::a_week_ago("one back spasm a week ago, fine since", "frequent_recurrence", false)]
#[case::ordinal_this_week(
    "that's the third spasm I've had this week",
    "frequent_recurrence",
    true
)]
#[case::she_goes(
    "my wife is 22 weeks, she says it burns when she goes for a wee",
    "burning_urination",
    true
)]
#[case::woke("woke every night this week with the spasm", "night_waking", true)]
#[case::scared_stiff(
    "I'm scared stiff of the next spasm so I stay in bed",
    "fear_avoidance",
    true
)]
#[case::not_feel_down_there(
    "I don't feel anything down there when I sit on the toilet",
    "saddle_numbness",
    true
)]
#[case::did_not_know(
    "I peed on the kitchen floor and didn't even know until my socks were wet",
    "bladder_control_loss",
    true
)]
fn signs_told_another_way(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
