//! Reading mechanisms from the writers' batches 109–124, each with a control.

use super::super::mechanism_tests::{has, ids};
use proptest::prelude::*;
use rstest::rstest;

// ------------------------------------------------ batch 109

#[rstest]
#[case::bleeding_as_a_swear_word(
    "this bleedin back of mine, seized up again on the stairs",
    "vaginal_bleeding",
    false
)]
#[case::bleeding_told_after_the_swear(
    "this bleedin back, and now there's fresh blood when I wipe",
    "vaginal_bleeding",
    true
)]
#[case::nearly_wetting_oneself_laughing(
    "nearly pissed myself laughing at the dog and my back went",
    "bladder_control_loss",
    false
)]
#[case::an_old_faint_feared_again(
    "I fainted once at the dentist when I was 15 and Mam's worried I'll go again. Just the back today",
    "seizure_or_fainting",
    false
)]
#[case::a_faint_again_today(
    "I fainted at 15, and I fainted again this afternoon in the queue",
    "seizure_or_fainting",
    true
)]
fn batch_109(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 110–112

#[rstest]
#[case::sms_through_in_a_pad_count(
    "used up a whole pad n a bit thru in half an hour, bleeding still",
    "heavy_bleeding",
    true
)]
#[case::clotty_bits_with_bleeding("bleeding again, some clotty bits too", "heavy_bleeding", true)]
#[case::lumps_in_the_blood("the blood has lumps in it now", "heavy_bleeding", true)]
#[case::pads_changed_since_an_hour(
    "I change 4 pads since 1 hour, all full of blood",
    "heavy_bleeding",
    true
)]
#[case::blood_clot_in_the_leg_is_no_bleeding(
    "worried about a blood clot in my leg after the flight",
    "heavy_bleeding",
    false
)]
#[case::clinician_says_pressure_is_high(
    "nurse at the surgery said my blood pressure's high and to ring the unit",
    "raised_blood_pressure",
    true
)]
#[case::contracted_is_before_swollen(
    "her left calf's swollen and warm since Sunday",
    "hot_swollen_leg",
    true
)]
#[case::joined_by_su("pressione 162 su 104 at the farmacia", "severe_blood_pressure", true)]
#[case::joined_by_by("the BP was 148 by 96 at the clinic", "raised_blood_pressure", true)]
#[case::without_a_finite_clause(
    "wee comes out without I know it, since this morning",
    "bladder_control_loss",
    true
)]
#[case::wiping_said_around_it(
    "when I use toilet paper I feel nothing down below",
    "saddle_numbness",
    true
)]
#[case::shoots_from_the_bum_is_not_numbness(
    "a zinging pain shoots from my bottom down to my heel, no numbness anywhere",
    "saddle_numbness",
    false
)]
#[case::shoots_from_the_bum_is_nerve_pain(
    "a zinging pain shoots from my bottom down to my heel",
    "nerve_pain",
    true
)]
#[case::home_word_for_belly(
    "the ventre hurts very much and it does not stop",
    "severe_abdominal_pain",
    true
)]
#[case::belly_hard_then_soft_is_not_severe(
    "belly gets hard like a stone, then soft again, a few times tonight",
    "severe_abdominal_pain",
    false
)]
#[case::brown_marks_on_underwear_told_after(
    "I found my knickers this morning, brown marks, only a little",
    "vaginal_bleeding",
    true
)]
#[case::afraid_in_the_present_after_a_dated_spasm(
    "I am scared to bend, since the spasm that floored me three weeks ago",
    "fear_avoidance",
    true
)]
#[case::afraid_then_dated(
    "I was scared to bend three weeks ago, that is long over",
    "fear_avoidance",
    false
)]
#[case::avoidance_told_after_the_fear(
    "so much fear of the next one that I dont go out anymore",
    "fear_avoidance",
    true
)]
#[case::accident_told_in_a_fragment(
    "I had an accident on the bus. Poo, not a wee. No warning at all",
    "bowel_control_loss",
    true
)]
#[case::one_calf_fat_against_the_other(
    "my left calf is fat compared to the right and sore to stand on",
    "hot_swollen_leg",
    true
)]
#[case::a_sign_of_preeclampsia_asked(
    "My aunt had pre-eclampsia. Is back ache a sign of pre-eclampsia? No headache or swelling",
    "preeclampsia_signs",
    false
)]
#[case::sickness_until_a_gestation(
    "I was sick all day until about 16 weeks, could not keep water down; fine since. Now 30 weeks",
    "persistent_vomiting",
    false
)]
#[case::tingling_of_early_pregnancy(
    "at the beginning of pregnancy I had tingling in my toes, long over now",
    "nerve_pain",
    false
)]
#[case::tingling_in_the_hands_is_not_nerve_pain(
    "tingling in hands at night, the back is stiff",
    "nerve_pain",
    false
)]
#[case::hands_and_feet_not_itching(
    "skin on my bump itches, hands and feet not itching",
    "itching",
    false
)]
#[case::calf_muscle_going_hard(
    "cramp in my calf at night, the muscle goes hard for a minute then lets go",
    "rhythmic_tightening",
    false
)]
#[case::worse_told_as_more_heavy("the back is more heavy week by week", "worsening_weekly", true)]
#[case::if_later_is_a_condition(
    "if later there is spotting, do I go straight in? Nothing now",
    "vaginal_bleeding",
    false
)]
fn batches_110_to_112(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

proptest! {
    /// A noun's "'s" before a state is "is", for any owner of the sign.
    #[test]
    fn apostrophe_s_before_a_state_is_is(
        owner in prop::sample::select(vec!["my", "the", "her"]),
        (noun, state, id) in prop::sample::select(vec![
            ("blood pressure", "high", "raised_blood_pressure"),
            ("blood pressure", "really high", "raised_blood_pressure"),
            ("calf", "swollen and red", "hot_swollen_leg"),
            ("right leg", "hot and swollen", "hot_swollen_leg"),
        ]),
        quote in prop::sample::select(vec!["'", "\u{2019}"]),
    ) {
        let text = format!("the midwife says {owner} {noun}{quote}s {state}");
        prop_assert!(has(&text, id), "{text:?} -> {:?}", ids(&text));
    }

    /// "if" before a change still to come is a condition for every sign it
    /// opens, but a word of doubt before it keeps the sign present.
    #[test]
    fn if_before_a_change_is_a_condition(
        (part, change, id) in prop::sample::select(vec![
            ("my leg", "goes numb", "new_numbness"),
            ("my foot", "becomes numb", "new_numbness"),
            ("my calf", "gets swollen and hot", "hot_swollen_leg"),
            ("my vision", "goes blurry", "preeclampsia_signs"),
            ("the baby", "ever gets quiet", "reduced_fetal_movement"),
        ]),
        ask in prop::sample::select(vec!["what do I do", "who do I call", "should I go in"]),
        doubt in any::<bool>(),
    ) {
        let text = if doubt {
            format!("not sure if {part} {change}, it feels that way now")
        } else {
            format!("if {part} {change}, {ask}?")
        };
        prop_assert_eq!(has(&text, id), doubt, "{:?} -> {:?}", text, ids(&text));
    }
}

// ------------------------------------------------ batches 113–115

#[rstest]
#[case::unresponsive_owns_its_not(
    "my wife is 31 weeks, she dropped in the hall and was not responding for a minute",
    "seizure_or_fainting",
    true
)]
#[case::a_denial_running_into_the_sign("I don't have a temperature, just the ache", "fever", false)]
#[case::fell_down_then_woke(
    "my wife is 30 weeks, she suddenly fell down at the shop and woke up after a minute",
    "seizure_or_fainting",
    true
)]
#[case::body_start_shaking(
    "My wife is 33 weeks. Her arms and body start shaking and her eyes turn up",
    "seizure_or_fainting",
    true
)]
#[case::her_words_in_single_quotes(
    "I'm her brother, she is 27 weeks. She told me 'I think better I disappear, me and the baby'",
    "self_harm_thoughts",
    true
)]
#[case::her_words_in_curly_quotes(
    "I'm her mum, she is 22 weeks. She said \u{201c}some nights I think about hurting myself\u{201d}",
    "self_harm_thoughts",
    true
)]
#[case::itch_carried_to_the_palms(
    "My wife is 35 weeks. Her tummy itches. And also her palms, all night",
    "itching",
    true
)]
#[case::also_with_a_state_of_its_own(
    "Her tummy itches, nothing else. Also her feet are swollen by evening",
    "itching",
    false
)]
#[case::two_weekdays_and_this_morning(
    "my back went Tuesday, Thursday and this morning",
    "frequent_recurrence",
    true
)]
#[case::spotting_this_morning_nothing_since(
    "a little blood on the tissue this morning but nothing since",
    "vaginal_bleeding",
    true
)]
#[case::spotting_long_ago_nothing_since(
    "a little blood on the tissue at 8 weeks but nothing since. 30 weeks now",
    "vaginal_bleeding",
    false
)]
#[case::reading_with_a_spaced_slash("machine says 152 / 96 tonight", "raised_blood_pressure", true)]
#[case::texts_joined_with_a_spaced_slash(
    "sorry / 38 weeks / back sore again",
    "raised_blood_pressure",
    false
)]
#[case::asked_if_then_denied(
    "The nurse asked if I had any spotting - no, none",
    "vaginal_bleeding",
    false
)]
#[case::without_my_knowing(
    "urine comes out without my knowing since lunch",
    "bladder_control_loss",
    true
)]
#[case::private_part_not_feeling(
    "not feeling anything in my private part since this morning",
    "saddle_numbness",
    true
)]
#[case::stings_when_i_pass("it stings when I pass, since Monday", "burning_urination", true)]
#[case::baby_has_not_done_much(
    "the baby hasn't done much today at all",
    "reduced_fetal_movement",
    true
)]
#[case::vomiting_is_not_stopping(
    "the vomiting is not stopping since lunch",
    "persistent_vomiting",
    true
)]
#[case::first_three_months_long_ago(
    "In the first three months I fainted once, nothing since then. Now 29 weeks",
    "seizure_or_fainting",
    false
)]
#[case::things_look_blurry(
    "bad headache all day and things look blurry",
    "preeclampsia_signs",
    true
)]
#[case::what_temperature_counts(
    "what temperature counts as a fever when pregnant? back is stiff",
    "fever",
    false
)]
#[case::accident_of_the_other_kind(
    "I had an accident in my pants and it was the other one, not a wee",
    "bowel_control_loss",
    true
)]
fn batches_113_to_115(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 116–118

#[rstest]
#[case::numb_like_someone_elses(
    "wiping feels like it's someone else's bottom since this afternoon",
    "saddle_numbness",
    true
)]
#[case::someone_else_still_someone_else(
    "someone else in my antenatal class had numbness down below",
    "saddle_numbness",
    false
)]
#[case::worst_i_have_ever_felt_with_fever(
    "38.4 tonight and the back pain is the worst I have ever felt",
    "severe_pain",
    true
)]
#[case::worse_than_labour("it's worse than labour was, honestly", "severe_pain", true)]
#[case::never_felt_pain_like_this(
    "I have never felt pain like this in my life",
    "severe_pain",
    true
)]
#[case::peed_without_warning_far_apart(
    "I peed properly in the car park without any warning at all",
    "bladder_control_loss",
    true
)]
#[case::cannot_remember_the_last_kick(
    "I honestly can't remember the last time the baby kicked",
    "reduced_fetal_movement",
    true
)]
#[case::pidgin_no_dey_stop(
    "the pain for my belle strong well well, e no dey stop",
    "severe_abdominal_pain",
    true
)]
#[case::pidgin_no_dey_kick(
    "since last night the baby no dey kick like before",
    "reduced_fetal_movement",
    true
)]
#[case::pidgin_scratch_me("my palm and my foot bottom dey scratch me for night", "itching", true)]
#[case::creole_mi_before_a_body_part(
    "likkle clear wata run down mi leg when mi stand",
    "fluid_leak",
    true
)]
#[case::creole_mi_as_i("mi fraid fi bend or lift anyting now", "fear_avoidance", true)]
#[case::creole_nuh_denies(
    "mi hand dem an foot bottom nuh itch at all, only mi belly skin",
    "itching",
    false
)]
#[case::tight_then_again_after_minutes(
    "my belly go tight for a minute then release, then after about 8 minutes it come again",
    "rhythmic_tightening",
    true
)]
#[case::a_relation_by_marriage(
    "My bhabhi had bleeding in her pregnancy. I have no bleeding",
    "vaginal_bleeding",
    false
)]
fn batches_116_to_118(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 119–121

#[rstest]
#[case::passed_urine_without_sensation(
    "overnight I passed urine without any sensation at all, the sheets were wet",
    "bladder_control_loss",
    true
)]
#[case::wet_without_having_felt_it(
    "found my pyjamas damp at 6am without having felt anything",
    "bladder_control_loss",
    true
)]
#[case::used_toilet_paper_barely_felt(
    "when I used the toilet paper I could barely feel it down below",
    "saddle_numbness",
    true
)]
#[case::like_after_the_dentist(
    "my bottom feels like after the dentist, sort of there and not there",
    "saddle_numbness",
    true
)]
#[case::one_leg_puffier_from_the_knee(
    "my left leg from the ankle up has been visibly puffier than the right",
    "hot_swollen_leg",
    true
)]
#[case::a_lazy_day_for_the_little_guy(
    "the little guy is having a lazy day, felt him once since lunch",
    "reduced_fetal_movement",
    true
)]
#[case::spasms_have_woken_me_nightly(
    "every night this week the spasms have woken me at 3am",
    "night_waking",
    true
)]
#[case::fever_fully_recovered(
    "I had a chest infection in March with 38.7, fully recovered since",
    "fever",
    false
)]
#[case::scots_no_letting_up(
    "pain in ma belly, right across, no lettin up, cannae stand up straight",
    "severe_abdominal_pain",
    true
)]
#[case::if_supposed_in_the_past(
    "if my foot went numb would I need to go in? it hasn't",
    "new_numbness",
    false
)]
fn batches_119_to_121(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 122–124

#[rstest]
#[case::bladder_emptied_unfelt(
    "my whole bladder emptied at the sink and I didn't feel it going",
    "bladder_control_loss",
    true
)]
#[case::accident_before_knowing(
    "had an accident, didn't know I needed to go #2 until it was happening",
    "bowel_control_loss",
    true
)]
#[case::heart_going_like_crazy(
    "my heart is going like crazy sitting still",
    "chest_pain_or_breathless",
    true
)]
#[case::winded_walking(
    "I get winded walking to the bathroom now",
    "chest_pain_or_breathless",
    true
)]
#[case::now_its_my_belly(
    "it started in my back but now it's my whole belly, constant, for 4 hours",
    "severe_abdominal_pain",
    true
)]
#[case::not_coming_and_going_is_constant(
    "my belly is really painful and hard, not coming and going at all",
    "severe_abdominal_pain",
    true
)]
#[case::not_coming_and_going_is_no_rhythm(
    "a dull ache low in my bump, not coming and going, just there",
    "rhythmic_tightening",
    false
)]
#[case::tonight_it_is_puffy(
    "My left calf has ached since Monday. Tonight it's puffy, hot and red",
    "hot_swollen_leg",
    true
)]
#[case::pink_on_the_tp("when I wiped there was pink on the TP", "vaginal_bleeding", true)]
#[case::weeks_written_onto_the_number(
    "Had some spotting at 7w, all resolved. Now 29w and just backache",
    "vaginal_bleeding",
    false
)]
#[case::texting_with_is_still_with("bleeding now w clots", "heavy_bleeding", true)]
#[case::spasms_on_three_weekdays(
    "had one Monday, Wednesday, Friday and another today",
    "frequent_recurrence",
    true
)]
#[case::itch_carried_by_its_my(
    "itching like mad | no rash, it's my palms and the soles of my feet",
    "itching",
    true
)]
#[case::tagalog_belly_pain(
    "ang tiyan niya is super sakit and the pain is not going away",
    "severe_abdominal_pain",
    true
)]
#[case::malay_soiled(
    "just now I terberak, cannot hold it at all",
    "bowel_control_loss",
    true
)]
#[case::shock_from_a_named_cheek(
    "a zap shoots from my left butt cheek all the way down to my heel",
    "nerve_pain",
    true
)]
#[case::a_relation_in_malay(
    "My kakak say her leg went numb when pregnant. Me, legs all ok",
    "new_numbness",
    false
)]
fn batches_122_to_124(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}
