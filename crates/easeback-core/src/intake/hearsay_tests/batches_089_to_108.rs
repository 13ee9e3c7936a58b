//! Reading mechanisms from the writers' batches 89–108, each with a control.

use super::super::mechanism_tests::{has, ids};
use proptest::prelude::*;
use rstest::rstest;

// ------------------------------------------------ batches 89–91

#[rstest]
#[case::never_felt_myself_go(
    "my knickers are soaked and I never felt myself go, it's not like the sneeze leaks",
    "bladder_control_loss",
    true
)]
#[case::itch_moving_to_hands(
    "the bump itches as it grows, fine, but now it is also my hands and feet at night",
    "itching",
    true
)]
#[case::woken_up_with(
    "she's woken up with back pain pretty much every night this month",
    "night_waking",
    true
)]
fn batches_89_to_91(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 92–94

proptest! {
    /// A spoken filler between the words of a sign never hides it: "um",
    /// "uh", "erm" anywhere, and a hedging "like" after "is" or "and".
    #[test]
    fn a_spoken_filler_inside_a_sign_hides_nothing(
        (clause, id) in prop::sample::select(&[
            ("my right calf is {f} warm and {f} swollen", "hot_swollen_leg"),
            ("I'm {f} bleeding quite a bit {f} through a pad", "heavy_bleeding"),
            ("the baby has {f} been really {f} quiet since yesterday", "reduced_fetal_movement"),
            ("spasms {f} five times this week", "frequent_recurrence"),
        ][..]),
        filler in prop::sample::select(&["um", "uh", "erm", "like", "um like"][..]),
    ) {
        let text = clause.replace("{f}", filler);
        prop_assert!(has(&text, id), "{text:?} -> {:?}", ids(&text));
    }
}

#[rstest]
// a "like" that compares is kept: the warm feeling of a hot-water bottle
// is not a warm calf
#[case::like_that_compares(
    "my calf feels like hot water is running over it after the bath",
    "hot_swollen_leg",
    false
)]
#[case::not_why_i_write(
    "the back is the same but that isn't why I'm texting my left shin is red and hot and bigger than the other",
    "hot_swollen_leg",
    true
)]
#[case::stool_as_potty(
    "the potty just came out of her while she was bending, she could not hold it",
    "bowel_control_loss",
    true
)]
#[case::water_from_the_private_parts(
    "there is water running from my private parts since the morning",
    "fluid_leak",
    true
)]
#[case::blood_from_down_below(
    "some red blood is coming from down below when she stands",
    "vaginal_bleeding",
    true
)]
#[case::related_through_kin(
    "My brother wife is 33 weeks, she has fever 38.4 and shivering",
    "fever",
    true
)]
#[case::count_told_after_the_week(
    "only one spasm the week before. this week it's happened four times so far",
    "frequent_recurrence",
    true
)]
#[case::count_after_the_week_below_three(
    "this week it's been two times, which is normal for me",
    "frequent_recurrence",
    false
)]
#[case::what_must_i_do_if(
    "what shall I do if the waters go when I'm alone? nothing has leaked",
    "fluid_leak",
    false
)]
#[case::recent_spell_that_stopped_since(
    "on Saturday I had a little spotting, the midwife saw me, it has cleared since",
    "vaginal_bleeding",
    false
)]
#[case::recent_spell_not_there_anymore(
    "had tingling in my toes last week but it isn't there anymore",
    "new_numbness",
    false
)]
#[case::a_spell_without_an_end_stays(
    "had tingling in my toes last week and it's there today too",
    "new_numbness",
    true
)]
#[case::thoughts_of_harm_do_not_end_by_pausing(
    "yesterday I thought I should hurt myself, I don't feel I want to be here anymore",
    "self_harm_thoughts",
    true
)]
#[case::litotes_over_an_absence(
    "I couldn't say I haven't seen a little brown when I wipe",
    "saddle_numbness",
    false
)]
#[case::litotes_over_an_absence_keeps_the_sign(
    "I couldn't say I haven't seen a little brown when I wipe",
    "vaginal_bleeding",
    true
)]
fn batches_92_to_94(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

proptest! {
    /// A thought of harm told as a mind verb, "I", a word of intent and a
    /// harm ("I felt I could hurt the baby", "sometimes I think I should
    /// end it") is read, whichever of each is used.
    #[test]
    fn a_thought_told_with_a_word_of_intent_is_a_thought_of_harm(
        mind in prop::sample::select(&["thought", "feel", "sometimes think", "keep thinking"][..]),
        intent in prop::sample::select(&["should", "could", "might just", "want to"][..]),
        act in prop::sample::select(&["hurt myself", "harm the baby", "end it all"][..]),
    ) {
        let text = format!("my back is in bits and last night I {mind} I {intent} {act}");
        prop_assert!(has(&text, "self_harm_thoughts"), "{text:?} -> {:?}", ids(&text));
    }
}

#[test]
fn an_injury_told_with_a_mind_verb_is_not_a_thought_of_harm() {
    for text in [
        "I thought I had hurt myself lifting the laundry basket",
        "I think I will hurt myself if I keep lifting the toddler",
    ] {
        assert!(
            !has(text, "self_harm_thoughts"),
            "{text:?} -> {:?}",
            ids(text)
        );
    }
}

// ------------------------------------------------ batches 95–96

#[rstest]
#[case::anyone_named_with_her_weeks(
    "Our lodger is 31 weeks and she's had a temperature of 38.9 since lunch, her back is the worst pain she's known",
    "fever",
    true
)]
#[case::a_colleague_named_with_her_weeks(
    "my colleague's 26 weeks, she passed out at her desk an hour ago",
    "seizure_or_fainting",
    true
)]
#[case::the_writer_pregnant_too(
    "I'm 30 weeks myself. My neighbour is 20 weeks pregnant and she has a fever",
    "fever",
    false
)]
#[case::a_baby_is_not_a_person_named(
    "my baby is 28 weeks along and I have a temperature of 38.4",
    "fever",
    true
)]
#[case::kin_without_my(
    "mum had pre-eclampsia when she carried me, I've no headache and no swelling at all",
    "preeclampsia_signs",
    false
)]
#[case::kin_without_my_reporting_mine(
    "mum has noticed my ankles and face are really puffy since Sunday",
    "preeclampsia_signs",
    true
)]
#[case::a_recent_spell_told_stopped(
    "On Monday I had a bit of spotting, the midwife looked and it stopped. Today only my back aches",
    "vaginal_bleeding",
    false
)]
#[case::stopped_then_back_again(
    "On Monday I had a bit of spotting, it stopped, and this morning there is fresh red blood again",
    "vaginal_bleeding",
    true
)]
fn batches_95_to_96(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batch 99

proptest! {
    /// A nurse called "Sister" (or a doctor, "Ma", "Madam") at the start of
    /// a sentence is the one addressed: the writer's own signs after it are
    /// hers, whatever follows the address.
    #[test]
    fn a_word_of_address_does_not_make_the_signs_someone_elses(
        address in prop::sample::select(&["Sister", "Sister,", "Doctor", "Madam", "Sis"][..]),
        opener in prop::sample::select(&["good evening.", "pls", "kindly help,", "", "the"][..]),
        (clause, id) in prop::sample::select(&[
            ("my left leg is weak and dragging since morning", "leg_weakness"),
            ("blood is coming when I wipe", "vaginal_bleeding"),
            ("back spasms are coming many times each week", "frequent_recurrence"),
        ][..]),
    ) {
        let text = format!("{address} {opener} {clause}. 27 weeks");
        prop_assert!(has(&text, id), "{text:?} -> {:?}", ids(&text));
    }
}

#[rstest]
#[case::a_sister_named_with_a_verb_is_her(
    "Sister is 33 weeks and she has been bleeding since noon",
    "vaginal_bleeding",
    true
)]
#[case::my_sister_is_someone_else(
    "My sister had bleeding in her pregnancy. I just have back pain",
    "vaginal_bleeding",
    false
)]
#[case::my_reading_taken_by_kin(
    "my brother-in-law took my temp with his thermometer and it said 38.6",
    "fever",
    true
)]
#[case::kin_reading_of_their_own(
    "my husband's temperature is 38.9 with the flu, I feel fine apart from my back",
    "fever",
    false
)]
#[case::temperature_without_its_article(
    "from last night I am having temperature and shivering a little",
    "fever",
    true
)]
#[case::the_body_is_hot(
    "my whole body is hot since morning and the back is paining",
    "fever",
    true
)]
#[case::the_body_temperature_normal(
    "body temperature is normal, only the back spasm",
    "fever",
    false
)]
#[case::baby_not_playing(
    "from yesterday the baby is not playing the way he used to",
    "reduced_fetal_movement",
    true
)]
#[case::movement_felt_only_once(
    "since breakfast only once I noticed a tiny movement",
    "reduced_fetal_movement",
    true
)]
#[case::advice_asked_about_avoiding(
    "She's 29 weeks and the spasm has eased. Should she avoid bending to the toddler for a few days?",
    "fear_avoidance",
    false
)]
#[case::avoiding_told_then_advice_asked(
    "I've stopped bending down at all because I'm terrified of the next spasm. Should I avoid stairs as well?",
    "fear_avoidance",
    true
)]
fn batch_99(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batch 100

proptest! {
    /// An "'s" typed without its apostrophe ("the bairns no moved", "the
    /// weans not kicked") reads as the word it belongs to, so the sign told
    /// of it is read.
    #[test]
    fn an_s_without_its_apostrophe_is_read_as_the_word(
        baby in prop::sample::select(&["bairns", "weans", "bubs", "babys"][..]),
        verb in prop::sample::select(&["no moved much", "not kicked at all", "hardly moved"][..]),
    ) {
        let text = format!("since lunch the {baby} {verb}, my back is sore");
        prop_assert!(has(&text, "reduced_fetal_movement"), "{text:?} -> {:?}", ids(&text));
    }
}

#[rstest]
#[case::the_usual_sneeze_leak(
    "same wee leak when I cough as always since my first, back's stiff",
    "fluid_leak",
    false
)]
#[case::a_leak_beyond_the_sneeze(
    "I'm leaking clear fluid, not only when I sneeze, it's all the time now",
    "fluid_leak",
    true
)]
#[case::a_sneeze_leak_then_a_trickle(
    "a tiny leak when I laugh, fine, but since tea time water keeps running down my legs",
    "fluid_leak",
    true
)]
#[case::a_gush_on_a_cough_is_not_the_usual_leak(
    "there was a proper gush when I coughed and my leggings are soaked",
    "fluid_leak",
    true
)]
#[case::barely_getting_up_is_not_fear(
    "could hardly get off the loo, worst spasm ever, but temp normal",
    "fear_avoidance",
    false
)]
fn batch_100(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batch 101

proptest! {
    /// A sentence that opens with its negation and inverts its verb ("Not
    /// since lunch has she kicked", "Not once have I felt him move today")
    /// says the baby has not moved: reduced movements, whatever the time.
    #[test]
    fn a_negation_put_first_still_says_the_baby_has_not_moved(
        opener in prop::sample::select(&["Not since lunch", "Not once today", "Not since I woke up"][..]),
        (aux, rest) in prop::sample::select(&[
            ("has", "she kicked"),
            ("have", "I felt him move"),
            ("has", "the baby moved"),
        ][..]),
    ) {
        let text = format!("{opener} {aux} {rest}. My lower back aches too.");
        prop_assert!(has(&text, "reduced_fetal_movement"), "{text:?} -> {:?}", ids(&text));
    }
}

#[rstest]
#[case::never_put_first_denies(
    "Never have I had a temperature this whole pregnancy, just the back",
    "fever",
    false
)]
#[case::never_this_quiet_is_now(
    "Never has the little one been this quiet, not a wriggle since tea",
    "reduced_fetal_movement",
    true
)]
#[case::avoiding_what_sets_it_off(
    "I steer clear of the stairs and avoid anything that could bring on the spasm again",
    "fear_avoidance",
    true
)]
fn batch_101(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batch 102

#[rstest]
#[case::no_control_of_the_bowels(
    "sorry, this is awful, I'd no control of my bowels at all this evening",
    "bowel_control_loss",
    true
)]
#[case::in_control_of_the_bowels(
    "no leaks, my bowels and bladder are under control, it's just the back",
    "bowel_control_loss",
    false
)]
#[case::only_felt_a_few_kicks(
    "31+1 and I've only noticed a few kicks all afternoon when he's usually wild",
    "reduced_fetal_movement",
    true
)]
#[case::not_as_wriggly(
    "she hasn't been as wriggly as usual today",
    "reduced_fetal_movement",
    true
)]
#[case::relation_named_with_her_name(
    "I'm writing for my partner Aoife, she's 30 weeks and she has a fever of 38.3 since the morning",
    "fever",
    true
)]
#[case::scared_it_starts_if_she_moves(
    "Since the spasm she won't leave the sofa, she's frightened it'll start again if she moves",
    "fear_avoidance",
    true
)]
#[case::a_faint_long_ago_and_nothing_since(
    "I fainted once at 10 weeks giving blood, nothing like that since. 34+1 now, back spasm",
    "seizure_or_fainting",
    false
)]
#[case::a_faint_long_ago_and_another_today(
    "I fainted once at 10 weeks giving blood and I fainted again in the shop today. 34+1 now",
    "seizure_or_fainting",
    true
)]
fn batch_102(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batch 103

proptest! {
    /// How often, told as a count of times in a week, in any of the ways
    /// people say it, is frequent recurrence.
    #[test]
    fn a_count_of_times_in_a_week_is_frequent_recurrence(
        count in prop::sample::select(&["several times", "a few times", "many times", "4 times", "loads of times"][..]),
        week in prop::sample::select(&["in the week", "a week", "per week", "this week", "over the week"][..]),
    ) {
        let text = format!("the back spasm keeps coming, {count} {week}, nothing else wrong");
        prop_assert!(has(&text, "frequent_recurrence"), "{text:?} -> {:?}", ids(&text));
    }
}

#[rstest]
#[case::in_case_it_matters(
    "I had a kidney infection years ago, saying so in case it matters; today only my back",
    "fear_avoidance",
    false
)]
#[case::in_case_it_seizes(
    "I don't pick up my toddler any more in case my back seizes up again",
    "fear_avoidance",
    true
)]
#[case::a_general_claim_someone_made(
    "An article said swelling plus headaches means pre-eclampsia. Mine is only the lower back",
    "preeclampsia_signs",
    false
)]
#[case::a_claim_about_the_writers_own_sign(
    "Mum said the bleeding means go in now, it's soaked a pad",
    "vaginal_bleeding",
    true
)]
#[case::a_claim_with_her_own_words(
    "my friend said a temperature like mine means infection, it's 38.4",
    "fever",
    true
)]
fn batch_103(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batch 104

#[rstest]
#[case::wetting_then_unfelt_in_the_next_sentence(
    "30 weeks and my back is in bits. Then I wet myself. Never felt it coming, not even a twinge",
    "bladder_control_loss",
    true
)]
#[case::wetting_then_an_unrelated_sentence(
    "I peed twice last night. Didn't feel it was worth mentioning but my back aches",
    "bladder_control_loss",
    false
)]
#[case::a_number_hedged_with_ish(
    "tightening across the bump and into my back every 6ish mins for two hours",
    "rhythmic_tightening",
    true
)]
#[case::a_temperature_hedged_with_ish("temp 38ish this evening and shivery", "fever", true)]
#[case::unsure_which_fluid(
    "pants damp all day and I can't tell if it's pee or discharge or waters",
    "bladder_control_loss",
    false
)]
#[case::unsure_which_fluid_is_still_waters(
    "pants damp all day and I can't tell if it's pee or discharge or waters",
    "fluid_leak",
    true
)]
#[case::first_tri_is_long_ago(
    "had some spotting back in first tri, stopped at 11w, now 27w and just back pain",
    "vaginal_bleeding",
    false
)]
fn batch_104(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batch 105

#[rstest]
#[case::a_child_writing_about_mum(
    "my mum's right leg keeps buckling when she stands, she's 29 weeks, she says not to fuss",
    "leg_weakness",
    true
)]
#[case::a_mother_not_pregnant_stays_someone_else(
    "I'm 29 weeks. My mum's leg keeps buckling since her hip op, she's 70",
    "leg_weakness",
    false
)]
#[case::she_asked_me_to_ask(
    "She asked me to post this. She's scared to move in case the spasm grabs again, she stays in bed",
    "fear_avoidance",
    true
)]
#[case::a_midwife_asking_me_is_not_writing_for_her(
    "The midwife asked me to call if anything changed. I'm bleeding now, bright red",
    "vaginal_bleeding",
    true
)]
#[case::she_is_not_moving_is_the_baby(
    "32 weeks. She's not moving like she normally does after dinner",
    "reduced_fetal_movement",
    true
)]
fn batch_105(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batch 106

#[rstest]
#[case::this_is_her_husband_unpunctuated(
    "this is her husband her left leg went weak and she nearly fell getting off the bus",
    "leg_weakness",
    true
)]
#[case::this_is_her_mum_with_a_pause(
    "This is her mum, she has a temperature of 38.6 and shivers",
    "fever",
    true
)]
fn batch_106(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batch 108

#[rstest]
#[case::a_leg_asleep_in_spanish(
    "la pierna is dormida since the morning, I touch my thigh and it's like sleeping",
    "new_numbness",
    true
)]
#[case::pain_passed_to_the_belly(
    "the pain of my back passed to the tummy, very strong, it don't stop since one hour",
    "severe_abdominal_pain",
    true
)]
#[case::an_unbearable_false_friend(
    "temperature 38.6 and the back is insupportable, I cannot lie down",
    "severe_pain",
    true
)]
#[case::the_pee_escaping(
    "since lunch the pee is escaping by itself and I don't feel it",
    "bladder_control_loss",
    true
)]
#[case::the_bag_broke("I think the bag broke, water comes when I stand", "fluid_leak", true)]
#[case::not_controlling_the_bowels(
    "she did not control the bowels today, it came in the pants",
    "bowel_control_loss",
    true
)]
#[case::tension_with_a_joining_word(
    "my tension was 168 with 112 on my mother's machine",
    "severe_blood_pressure",
    true
)]
#[case::muscle_tension_is_no_reading(
    "lot of tension in the lower back with 2 kids to carry",
    "raised_blood_pressure",
    false
)]
#[case::afraid_of_the_spasm(
    "I don't even bend for my shoes, I am afraid of the spasm",
    "fear_avoidance",
    true
)]
fn batch_108(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}
