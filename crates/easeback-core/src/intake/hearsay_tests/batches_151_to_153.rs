//! Reading mechanisms from the writers' batches 151–153 (a relative playing
//! signs down, South Asian and West African English, night texts), each
//! class in our own words with a control that shows it does not overreach.

use super::super::mechanism_tests::{has, ids};
use proptest::prelude::*;
use rstest::rstest;

// ------------------------------------------------ a limb named with its side

const LIMB_SIGNS: &[(&str, &str)] = &[
    (
        "leg_weakness",
        "{o} {s} foot keeps catching on the step and {p} can't lift it",
    ),
    ("leg_weakness", "{o} {s} leg gave way on the stairs"),
    (
        "new_numbness",
        "{o} {s} thigh has gone numb since this morning",
    ),
    ("nerve_pain", "a burning pain shoots down {o} {s} leg"),
];

proptest! {
    /// Which side a limb is on never hides a sign about the limb, whoever
    /// owns it in the writing ("my", or "her" from a relative).
    #[test]
    fn a_side_between_the_owner_and_the_limb_hides_nothing(
        (id, frame) in prop::sample::select(LIMB_SIGNS),
        side in prop::sample::select(&["left", "right"][..]),
        (owner, person) in prop::sample::select(&[("my", "I"), ("her", "she")][..]),
    ) {
        let opener = if owner == "her" { "Writing about my wife, 30 weeks. " } else { "30 weeks. " };
        let text = format!("{opener}{}", frame.replace("{o}", owner).replace("{s}", side).replace("{p}", person));
        prop_assert!(has(&text, id), "{text:?} should read {id}: {:?}", ids(&text));
    }
}

#[test]
fn a_side_elsewhere_keeps_its_meaning() {
    // the side of the ribs is part of a sign of its own
    assert!(has(
        "a pain under my right ribs that will not go, 35 weeks",
        "preeclampsia_signs"
    ));
    // and a side with no sign is still nothing
    assert!(ids("my left foot is a bit cold tonight").is_empty());
}

// ------------------------------------------------ a season is a time long past

#[rstest]
#[case::in_the_summer(
    "I had a water infection in the summer, all cleared up. Back stiff tonight",
    false
)]
#[case::over_the_winter(
    "bled a little over the winter, early on, nothing since. 25 weeks now",
    false
)]
#[case::last_spring("last spring I had a UTI. Now only my back", false)]
#[case::since_the_summer_is_still_going("it has stung when I wee since the summer", true)]
#[case::today_after_a_season("had a UTI in the summer and today it burns when I wee again", true)]
fn a_season_dates_a_sign_into_the_past(#[case] text: &str, #[case] present: bool) {
    let read = ids(text);
    let any = read.contains(&"burning_urination") || read.contains(&"vaginal_bleeding");
    assert_eq!(any, present, "{text:?}: {read:?}");
}

// ------------------------------------------------ the stage today is not a past time

#[rstest]
#[case::now_at(
    "It began mild, but every week it grows more than the week before; now at 28 weeks it is far more. No bleeding, baby moving fine."
)]
#[case::i_am_at("Each week it is becoming more than the week before. I am at 31 weeks. Baby fine.")]
fn the_stage_today_does_not_date_a_sign(#[case] text: &str) {
    assert!(has(text, "worsening_weekly"), "{text:?}: {:?}", ids(text));
}

#[test]
fn a_sign_at_an_earlier_stage_that_settled_is_still_past() {
    let text = "I had spotting at 9 weeks, nothing since and all fine. Back sore now at 30 weeks.";
    assert!(!has(text, "vaginal_bleeding"), "{:?}", ids(text));
}

// ------------------------------------------------ growth told without "worse"

#[rstest]
#[case::becoming_more("Week after week the ache is becoming more")]
#[case::more_than_last_week("every week the pain is more than last week")]
fn growth_told_as_more_each_week_is_worsening(#[case] text: &str) {
    assert!(has(text, "worsening_weekly"), "{text:?}: {:?}", ids(text));
}

#[test]
fn more_than_before_without_weeks_is_not_worsening() {
    assert!(!has(
        "I drink more than before and my back is stiff",
        "worsening_weekly"
    ));
}

// ------------------------------------------------ a reading by its shape

#[rstest]
#[case::said_over(
    "the nurse at the clinic took it and said 162 over 114",
    "severe_blood_pressure",
    true
)]
#[case::spoken_over(
    "the nurse read it out: one fifty five over one ten",
    "severe_blood_pressure",
    true
)]
#[case::raised_over("the pharmacist said 146 over 94", "raised_blood_pressure", true)]
#[case::normal_over("the nurse said 118 over 72, all fine", "raised_blood_pressure", false)]
#[case::minutes_are_no_reading("we walked 120 over 90 minutes", "raised_blood_pressure", false)]
#[case::a_pain_score_is_no_reading("the pain is 8 over 10 tonight", "raised_blood_pressure", false)]
#[case::a_target_is_no_reading(
    "keep it under 140 over 90 they said",
    "raised_blood_pressure",
    false
)]
fn two_numbers_over_each_other_of_a_readings_size_are_a_reading(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

// ------------------------------------------------ the worst ever, however said

#[rstest]
#[case::ever_get("temp 38.6 and the back pain na the worst I ever get")]
#[case::for_my_life("temp 38.6, this back pain is the worst for my life")]
#[case::ever_experienced("temp 38.6 and this is the worst pain I have ever experienced")]
fn the_worst_ever_with_a_fever_is_an_emergency(#[case] text: &str) {
    let read = ids(text);
    assert!(
        read.contains(&"fever") && read.contains(&"severe_pain"),
        "{text:?}: {read:?}"
    );
}

#[test]
fn the_worst_part_is_not_severe_pain() {
    assert!(!has(
        "the worst part is I ever get bored lying down",
        "severe_pain"
    ));
}

// ------------------------------------------------ words for passing urine

#[rstest]
#[case::susu("when I do susu it burns like pepper")]
#[case::pipi("pipi is stinging since yesterday")]
#[case::peshab("burning in peshab since two days")]
fn home_words_for_passing_urine_carry_the_sting(#[case] text: &str) {
    assert!(has(text, "burning_urination"), "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::hot_water_bottle("up to wee twice, hot water bottle on my back now")]
#[case::hot_bath("went for a wee then a hot bath for the spasm")]
fn heat_used_for_relief_is_no_sting(#[case] text: &str) {
    assert!(!has(text, "burning_urination"), "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::before("hot water bottle on, and it stings when I wee")]
#[case::after("it burns when I pee, hot water bottle on my back")]
fn a_sting_beside_heat_used_for_relief_is_still_read(#[case] text: &str) {
    assert!(has(text, "burning_urination"), "{text:?}: {:?}", ids(text));
}

// ------------------------------------------------ a few faint movements

#[rstest]
#[case::range(
    "usually he kicks a lot in the evening, since lunch I have felt only 2 or 3 tiny kicks"
)]
#[case::couple("normally very busy, today only a couple of faint movements")]
#[case::spelled("she is normally wild but since morning only one or two small movements")]
fn only_a_few_faint_movements_is_reduced_movement(#[case] text: &str) {
    assert!(
        has(text, "reduced_fetal_movement"),
        "{text:?}: {:?}",
        ids(text)
    );
}

#[test]
fn lots_of_small_movements_are_not_reduced() {
    let text = "lots of small movements today, more than 10 by lunch";
    assert!(!has(text, "reduced_fetal_movement"), "{:?}", ids(text));
}
