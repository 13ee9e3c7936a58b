//! Reading mechanisms from the writers' batches 154–156 (Polish, Arabic and
//! Romanian English, adversarial first-person language, long forum posts),
//! each class in our own words with a control that shows it does not
//! overreach.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

// ------------------------------------------------ "mine" turns to the writer

#[rstest]
#[case::mine_has(
    "My cousin's pain went in the first trimester, mine has gone the other way, worse each week than the last",
    "worsening_weekly",
    true
)]
#[case::mine_is(
    "Her leg swelled at 30 weeks and went down; mine is hot, red and swollen in the calf since this morning",
    "hot_swollen_leg",
    true
)]
#[case::a_friend_of_mine(
    "A friend of mine had sciatica shooting down her leg. My back only aches.",
    "nerve_pain",
    false
)]
fn mine_after_someone_elses_story_is_the_writers_own(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

// ------------------------------------------------ the belly in one sentence, its severity in the next

#[rstest]
#[case::severe(
    "The back is fine now, it's my tummy. Constant, so so bad, it never lets up.",
    true
)]
#[case::mild("It's my tummy now. A little crampy after lunch, gone by tea.", false)]
fn a_belly_named_then_described_as_unrelenting_is_severe_belly_pain(
    #[case] text: &str,
    #[case] present: bool,
) {
    reads(text, "severe_abdominal_pain", present);
}

// ------------------------------------------------ a day's few kicks

#[rstest]
#[case::all_day("Usually she never stops, today maybe three kicks all day", true)]
#[case::since(
    "a couple of kicks since breakfast and that's it, normally he's wild",
    true
)]
#[case::many("kicks all day long, she's a footballer", false)]
fn a_few_kicks_in_a_day_is_reduced_movement(#[case] text: &str, #[case] present: bool) {
    reads(text, "reduced_fetal_movement", present);
}

// ------------------------------------------------ dread and staying put

#[rstest]
#[case::dread("I just dread another spasm, so I sit all day", true)]
#[case::chair("I won't get out of the chair unless I must", true)]
#[case::dread_the_commute("I dread the drive to work, my back is stiff after it", false)]
fn dreading_the_next_spasm_and_staying_put_is_fear_avoidance(
    #[case] text: &str,
    #[case] present: bool,
) {
    reads(text, "fear_avoidance", present);
}

// ------------------------------------------------ "a hundred and …" in full

#[rstest]
#[case::teens(
    "the machine said one sixty over one hundred and fourteen",
    "severe_blood_pressure",
    true
)]
#[case::tens_and_unit(
    "home cuff: one hundred and forty-one over ninety-three",
    "raised_blood_pressure",
    true
)]
#[case::normal(
    "one hundred and twelve over seventy at the clinic",
    "raised_blood_pressure",
    false
)]
#[case::temperature("temp was a hundred and one point four", "fever", true)]
fn a_hundred_and_any_number_is_one_number(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

// ------------------------------------------------ weight on the chest, short breath

#[rstest]
#[case::weight("the pain went up into my chest, like something heavy on me", true)]
#[case::short("I breathe short since this afternoon and the back hurts", true)]
#[case::toddler("my toddler sat on my lap all evening, back sore", false)]
fn a_heavy_chest_or_short_breath_is_a_chest_sign(#[case] text: &str, #[case] present: bool) {
    reads(text, "chest_pain_or_breathless", present);
}

// ------------------------------------------------ nights told in the next sentence

#[rstest]
#[case::cannot_sleep(
    "I cannot sleep one night through, the spasm locks at 3. Every night.",
    true
)]
#[case::up_early("I have to get up early for work. Every night I stretch first.", false)]
fn waking_then_every_night_in_the_next_sentence_is_night_waking(
    #[case] text: &str,
    #[case] present: bool,
) {
    reads(text, "night_waking", present);
}

// ------------------------------------------------ colour after the place it was seen

#[rstest]
#[case::after_tissue(
    "when I wiped, on the toilet paper a little pinkish, nothing in my pants",
    "vaginal_bleeding",
    true
)]
#[case::nothing_seen(
    "on the toilet paper nothing at all, just back ache",
    "vaginal_bleeding",
    false
)]
#[case::a_lot_coloured(
    "got out of the shower and there was a lot of dark red blood",
    "heavy_bleeding",
    true
)]
fn blood_named_by_its_colour_after_where_it_was_seen(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

// ------------------------------------------------ a leg grown bigger

#[rstest]
#[case::fatter(
    "my left calf is fatter than the right one, red and hot to touch",
    true
)]
#[case::balloon(
    "right leg has gone up like a balloon below the knee, pink and warm",
    true
)]
#[case::weight_gain("I'm getting fat and my legs are warm under the duvet", false)]
fn a_limb_grown_bigger_with_heat_and_redness_is_a_hot_swollen_leg(
    #[case] text: &str,
    #[case] present: bool,
) {
    reads(text, "hot_swollen_leg", present);
}

// ------------------------------------------------ hedges inside "every N minutes"

#[test]
fn a_hedge_inside_every_n_minutes_keeps_the_rhythm() {
    reads(
        "my bump goes hard like a rock every maybe 7-9 minutes, since an hour",
        "rhythmic_tightening",
        true,
    );
}

// ------------------------------------------------ a carried itch after "this is new"

#[rstest]
#[case::new(
    "The belly itch I've had for ages, fine. This is new, the palms of my hands, worst at night.",
    true
)]
#[case::now_with_a_state("The belly itch I've had for ages. Now my hands are swollen.", false)]
fn a_new_place_after_an_itch_carries_the_itch(#[case] text: &str, #[case] present: bool) {
    reads(text, "itching", present);
}

// ------------------------------------------------ "it out for" is a verb's object

#[rstest]
#[case::wringing(
    "feels like someone wringing it out for a few seconds, then it lets go",
    false
)]
#[case::blacked_out("I blacked out for a few seconds by the sink", true)]
fn out_after_an_object_is_not_passing_out(#[case] text: &str, #[case] present: bool) {
    reads(text, "seizure_or_fainting", present);
}
