//! Reading mechanisms from the writers' batches 66–88, each with a control.

use super::super::mechanism_tests::{has, ids};
use proptest::prelude::*;
use rstest::rstest;

proptest! {
    /// "the pain very intense", "spasms are really awful": an adjective of
    /// severity after any pain word, with or without its "is", is severe
    /// pain — and with a fever, the emergency combination.
    #[test]
    fn a_severity_told_after_the_pain_word_is_severe_pain(
        noun in prop::sample::select(&["pain", "ache", "spasms", "cramps"][..]),
        copula in prop::sample::select(&["is", "is very", "very", "so", "was really"][..]),
        adjective in prop::sample::select(&["strong", "intense", "horrible", "unbearable", "awful"][..]),
    ) {
        let text = format!("temp 38.7 since this morning and the back {noun} {copula} {adjective}");
        prop_assert!(has(&text, "severe_pain"), "{text:?} -> {:?}", ids(&text));
    }

    /// An itch word within a few words of a hand or foot word, either way
    /// round, is the itching finding.
    #[test]
    fn an_itch_beside_hands_or_feet_is_itching(
        itch in prop::sample::select(&["itch", "itching", "itchy", "itchiness"][..]),
        part in prop::sample::select(&["hands", "palms", "feet", "soles", "foot"][..]),
        itch_first in any::<bool>(),
    ) {
        let text = if itch_first {
            format!("the {itch} in my {part} keeps me up, nothing to see on the skin")
        } else {
            format!("my {part} and that, really {itch} in the evenings")
        };
        prop_assert!(has(&text, "itching"), "{text:?} -> {:?}", ids(&text));
    }
}

#[rstest]
#[case::belly_only("the itchy belly is driving me mad, hands are fine", "itching", false)]
#[case::hearsay_about_itching(
    "a lady at antenatal told me that itchy palms are dangerous, I've none of that",
    "itching",
    false
)]
#[case::hearsay_about_bleeding(
    "my aunt says that bleeding is serious, luckily there's been none",
    "vaginal_bleeding",
    false
)]
#[case::hearsay_then_own_sign(
    "my aunt says that bleeding is serious, and I've had spotting since lunch",
    "vaginal_bleeding",
    true
)]
#[case::told_about_her_own_sign(
    "the doctor told me that my bleeding is serious and to rest",
    "vaginal_bleeding",
    true
)]
#[case::could_not_hold_water(
    "she could not hold her water on the way home, it just ran down her legs",
    "bladder_control_loss",
    true
)]
#[case::water_held_is_not_the_waters(
    "I couldn't hold my water in the car, my back is killing me",
    "fluid_leak",
    false
)]
#[case::waters_still_waters(
    "I think my water has gone, a steady trickle since lunch",
    "fluid_leak",
    true
)]
fn itch_hearsay_and_water_are_read_as_meant(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

#[rstest]
#[case::measurer_she(
    "the midwife did my blood pressure and she got 164/112, told me to go up to the unit",
    "severe_blood_pressure",
    true
)]
#[case::measurer_he_next_sentence(
    "GP checked my bp. He got 146 over 93",
    "raised_blood_pressure",
    true
)]
#[case::someone_elses_reading_still_theirs(
    "my sister had her bp checked, she got 150/100, mine is fine",
    "raised_blood_pressure",
    false
)]
#[case::appointment_in_the_past(
    "my bp was high at my 16 week appointment but it has been normal since, I'm 29 weeks now",
    "raised_blood_pressure",
    false
)]
#[case::appointment_today(
    "my bp was high at my 29 week appointment today",
    "raised_blood_pressure",
    true
)]
#[case::becoming_more_each_week(
    "the ache in my back is becoming more each week",
    "worsening_weekly",
    true
)]
#[case::more_and_more("every week the spasms hurt more and more", "worsening_weekly", true)]
#[case::growing_baby_is_not_worse(
    "the baby is getting bigger every week and my back aches",
    "worsening_weekly",
    false
)]
#[case::worst_in_her_life(
    "she is 30 weeks, temperature 38.9, the back pain the worst she has had in her life",
    "severe_pain",
    true
)]
fn readings_and_times_are_read_as_meant(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

#[rstest]
#[case::asks_how_to_help(
    "I've got a fever of 38.6 from a cold, she's fine except her back went into spasm at work. 31 weeks. How do I help her?",
    "fever",
    false
)]
#[case::observer_sees_her_leg(
    "My wife is 33 weeks. I checked her leg tonight and the calf is hot, red and swollen. What should we do for her?",
    "hot_swollen_leg",
    true
)]
#[case::pregnant_writer_helping_her_mum(
    "I'm 26 weeks and I've had a fever of 38.4 since last night. How can I help her when my mum comes out of hospital?",
    "fever",
    true
)]
fn a_writer_who_asks_how_to_help_her_is_not_the_patient(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

#[rstest]
#[case::digit_by_digit(
    "blood pressure on the home machine says one six four over one one two",
    "severe_blood_pressure",
    true
)]
#[case::digits_then_spelled(
    "bp was one five one over a hundred and one",
    "raised_blood_pressure",
    true
)]
#[case::corrected_reading(
    "my bp came up one thirty no wait sorry one forty six over ninety three",
    "raised_blood_pressure",
    true
)]
#[case::reading_the_cuff_wrong(
    "I read it wrong at first, my bp is 148/95",
    "raised_blood_pressure",
    true
)]
#[case::digits_before_a_unit_stay_a_count(
    "bp fine, but tightenings every five six minutes since tea",
    "rhythmic_tightening",
    true
)]
#[case::no_wait_is_not_a_denial(
    "there's no wait there's a bit of blood on the tissue",
    "vaginal_bleeding",
    true
)]
#[case::spasms_at_an_interval(
    "the back spasms started after dinner and now they come 4 mins apart",
    "rhythmic_tightening",
    true
)]
#[case::stretching_interval_is_not_a_pattern(
    "back is stiff so I stretch for a minute whenever I can",
    "rhythmic_tightening",
    false
)]
#[case::an_age_long_ago(
    "passed out once when I was about fourteen, never since, just a sore back",
    "seizure_or_fainting",
    false
)]
#[case::a_gestation_is_not_an_age(
    "I fainted when I was 30 weeks last Tuesday and again today",
    "seizure_or_fainting",
    true
)]
fn spoken_readings_corrections_intervals_and_ages(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

#[rstest]
#[case::daughter_in_law_say(
    "my daughter in law say the baby has not moved at all today",
    "reduced_fetal_movement",
    true
)]
#[case::only_she(
    "shes woken by the spasms every night this week now",
    "night_waking",
    true
)]
#[case::she_is_the_baby("she kicks all day, my back aches", "reduced_fetal_movement", false)]
fn a_text_about_her_reads_as_hers(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------- batch 74: told apart

#[rstest]
#[case::bottom_number(
    "the bottom number was 96 at the GP this morning",
    "raised_blood_pressure",
    true
)]
#[case::diastolic_alone("BP check: diastolic 112", "severe_blood_pressure", true)]
#[case::top_one(
    "top one was 166 on the blood pressure machine",
    "severe_blood_pressure",
    true
)]
#[case::both_sides_normal(
    "bp fine, top number 128 and bottom number 84",
    "raised_blood_pressure",
    false
)]
#[case::side_as_a_target(
    "midwife wants my blood pressure bottom number under 90",
    "raised_blood_pressure",
    false
)]
#[case::device_just_read("the cuff just read 158/96", "raised_blood_pressure", true)]
#[case::just_read_that_is_hearsay(
    "I just read that itchy palms can be a warning sign, mine are fine",
    "itching",
    false
)]
#[case::sting_told_after_peeing(
    "No trouble when I weed this morning. Now it burns every single time.",
    "burning_urination",
    true
)]
#[case::a_thing_that_burns_after_peeing(
    "Had a wee before bed. The heat pad, it burns if I leave it on too long",
    "burning_urination",
    false
)]
#[case::negation_with_its_own_clause(
    "my feet, no rash, and it drives me mad scratching at night",
    "itching",
    true
)]
#[case::negated_list_goes_on(
    "my calf isn't red, hot or swollen, just crampy",
    "hot_swollen_leg",
    false
)]
#[case::quiet_then_normal_since(
    "baby was quiet yesterday but has been kicking normally since",
    "reduced_fetal_movement",
    false
)]
#[case::quiet_then_still_quiet(
    "baby was quiet yesterday and is still quiet today",
    "reduced_fetal_movement",
    true
)]
#[case::usual_against_tonight(
    "he's usually doing somersaults by now, tonight nothing much",
    "reduced_fetal_movement",
    true
)]
fn signs_told_apart_from_their_words(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ---------------------------------------- batches 75–77: whose, and when

#[rstest]
#[case::a_names_back("Jo's back has gone again and she's got a temp of 38.4", "fever", true)]
#[case::none_herself(
    "I've got a temperature of 38.9 with flu, she has no fever herself, her back is just sore. 30 weeks.",
    "fever",
    false
)]
#[case::mine_and_hers(
    "Mum here. Checked both our pressures on my cuff: mine 158/98, hers 120/78.",
    "raised_blood_pressure",
    false
)]
#[case::pressures_are_not_blood(
    "we compared blood pressures at dinner, all fine",
    "vaginal_bleeding",
    false
)]
#[case::the_back_again(
    "ugh, it's the back again, went into spasm while hoovering",
    "frequent_recurrence",
    false
)]
#[case::normal_since_the_check(
    "bp was high at my 24 week check and has been normal since",
    "raised_blood_pressure",
    false
)]
#[case::called_out_to("Mum my back is in spasm and I'm bleeding", "vaginal_bleeding", true)]
#[case::sin_fiebre("dolor de espalda, sin fiebre, 30 semanas", "fever", false)]
#[case::if_the_pain(
    "if the pain spreads down my leg do I call someone?",
    "nerve_pain",
    false
)]
#[case::sudden_swelling_up_top(
    "ankles swelling up suddenly since this morning and my face too",
    "preeclampsia_signs",
    true
)]
#[case::puffy_in_the_heat(
    "fingers a touch puffy in this heat as they always get",
    "preeclampsia_signs",
    false
)]
#[case::settled_since(
    "the spasms were unbearable last week but have settled to a niggle, temp 38.2 tonight",
    "severe_pain",
    false
)]
#[case::went_after_a_day(
    "tingling in my foot last week, it went after a day and never came back",
    "new_numbness",
    false
)]
fn whose_sign_and_when(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------- batches 78–80: forms of the writing

#[rstest]
#[case::texts_in_a_row(
    "water infection last month, all cleared up / spasms in my back almost every day now",
    "frequent_recurrence",
    true
)]
#[case::a_slash_in_a_reading("bp 150/96 at the chemist", "raised_blood_pressure", true)]
#[case::on_for_over(
    "pressure this morning 148 on 94, I measured twice",
    "raised_blood_pressure",
    true
)]
#[case::on_without_a_reading_word("I was 3 on 2 days off at work", "raised_blood_pressure", false)]
#[case::singular_after_a_number(
    "bleeding a lot, I change the pad four time in one hour",
    "heavy_bleeding",
    true
)]
#[case::a_foot_that_drags("since lunch my left foot it drag when I walk", "leg_weakness", true)]
#[case::bigger_than_the_week_before(
    "every week the ache in my back is bigger than the week before",
    "worsening_weekly",
    true
)]
#[case::until_the_heel(
    "a burning pain goes down back of my leg until the heel",
    "nerve_pain",
    true
)]
#[case::gone_into_spasm_is_not_an_end(
    "my blood pressure is high (GP told me yesterday) and now my back has gone into spasm",
    "raised_blood_pressure",
    true
)]
#[case::long_gone(
    "had a temp last week but it's long gone / back stiff today",
    "fever",
    false
)]
#[case::with_dd(
    "my blood pressure was high with DD near the end, fine at every check this time",
    "raised_blood_pressure",
    false
)]
#[case::mums_reading(
    "mums always had high blood pressure, mine was 118/76 today",
    "raised_blood_pressure",
    false
)]
#[case::stretching_belly_not_hands(
    "belly skin very itchy as it stretches, hands and feet not itchy",
    "itching",
    false
)]
#[case::belly_and_hands_both_itchy(
    "my belly is itchy and my hands are itchy too, worse at night",
    "itching",
    true
)]
fn forms_of_the_writing_are_read_as_meant(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------- batches 81–83: spoken and told apart

#[rstest]
#[case::spoken_oh_digit(
    "the machine me mam bought said one seventy over one oh eight",
    "severe_blood_pressure",
    true
)]
#[case::spoken_machine_reading(
    "the home machine said one thirty six over ninety one",
    "raised_blood_pressure",
    true
)]
#[case::somebody_to_call(
    "I need somebody, my temp's a hundred and one point four and the back pain is unbearable",
    "fever",
    true
)]
#[case::somebody_with_it("somebody at work has a temperature of 38.6, I'm fine", "fever", false)]
#[case::a_shaking_fit(
    "she had a shaking fit on the sofa and was muddled after",
    "seizure_or_fainting",
    true
)]
#[case::weeks_back(
    "had tingling down my leg a few weeks back but that cleared up, just an ache now",
    "nerve_pain",
    false
)]
#[case::not_anymore(
    "pins and needles in my toes last week but not anymore",
    "new_numbness",
    false
)]
#[case::a_threshold_to_watch(
    "the midwife said ring if my bp goes over 140/90, it's 126/80 tonight",
    "raised_blood_pressure",
    false
)]
#[case::over_as_a_reading("my bp was over 150/100 at the clinic", "raised_blood_pressure", true)]
#[case::barely_felt_her(
    "she's normally so busy but I've barely felt her today",
    "reduced_fetal_movement",
    true
)]
#[case::woken_every_night(
    "being woken up every night by my back, it's getting old",
    "night_waking",
    true
)]
#[case::if_the_spasms(
    "if the spasms start waking me at night should I say something?",
    "night_waking",
    false
)]
fn spoken_and_told_apart(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------ batches 85–88: counts and owners

#[rstest]
#[case::barely_felt_anything(
    "baby's normally wild at night. today I've barely felt anything",
    "reduced_fetal_movement",
    true
)]
#[case::only_one_tiny_kick(
    "had my tea and still only one tiny kick since lunch",
    "reduced_fetal_movement",
    true
)]
#[case::many_times_each_week(
    "the spasm is coming many times each week now",
    "frequent_recurrence",
    true
)]
#[case::fearing_to_move(
    "I am fearing to bend or walk because the spasm will catch me again",
    "fear_avoidance",
    true
)]
#[case::my_pressure_is_high(
    "the nurse said my pressure is high, and my back is aching",
    "raised_blood_pressure",
    true
)]
#[case::a_sister_told_of_with_no_i(
    "My sister get the spasm many times this week and now she is afraid to walk anywhere",
    "fear_avoidance",
    true
)]
#[case::a_friends_past_told_of("my friend had sciatica when she was pregnant", "nerve_pain", false)]
fn counts_and_owners(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}
