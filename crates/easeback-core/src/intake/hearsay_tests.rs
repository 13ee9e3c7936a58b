//! Tests for the reading mechanisms added after the writers' batches 66–68
//! were scored at first sight: an adjective class told after its noun (and
//! with the "is" left out), an itch word beside a hand or foot word, holding
//! one's water, a reading told by whoever measured it, growth words for
//! weekly worsening, a writer who only observes or asks how to help, a
//! gestation told as an appointment ("at my 20 week check"), and hearsay
//! ("my friend told me that … is dangerous"). Our own wording; each class
//! has a control that shows it does not overreach.

use super::mechanism_tests::{has, ids};
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
#[case::more_and_more(
    "every week the spasms hurt more and more",
    "worsening_weekly",
    true
)]
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
