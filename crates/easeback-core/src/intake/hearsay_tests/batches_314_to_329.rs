//! Reading mechanisms from the writers' batches 314–329 (voice dictation
//! that mishears key words, an older relative writing in fragments, time
//! and sequence, US Southern and African American English, a checker box,
//! texts to a midwife, forum posts full of history, East Asian second-
//! language English, very short messages, adversarial scope, signs played
//! down, South Asian and West African English, texts through the day, plain
//! first person, Caribbean English, European and Middle Eastern second-
//! language English), each in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use proptest::prelude::*;
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// Dictation hears a key word as a near-homophone; the word is read as
/// meant only where its neighbours show it ("the Thai place" stays food,
/// "the number is 140" stays a number, "walked me up the hill" a walk).
#[rstest]
#[case::urine_heard_as_youre_in(
    "since lunch I can't hold my you're in, it just runs out and I don't feel it",
    "bladder_control_loss",
    true
)]
#[case::pee_heard_as_p(
    "it stings when I P and I'm going every half hour",
    "burning_urination",
    true
)]
#[case::numb_heard_as_number(
    "the inside of both legs has gone number and I can't feel the paper when I wipe",
    "saddle_numbness",
    true
)]
#[case::thighs_heard_as_thais(
    "my inner thais are numb since the spasm this morning",
    "new_numbness",
    true
)]
#[case::palms_and_soles_heard(
    "my psalms and the souls of my feet itch like mad every night, no rash",
    "itching",
    true
)]
#[case::nights_heard_as_knights(
    "the spasm has woken me five knights this week",
    "night_waking",
    true
)]
#[case::waking_heard_as_walking(
    "these spasms keep walking me up at 2am every single night",
    "night_waking",
    true
)]
#[case::walked_up_a_hill(
    "my husband walked me up the hill and my back spasmed, that's all",
    "night_waking",
    false
)]
#[case::a_number_stays_a_number(
    "the number is 140 for the hospital line, my back is sore",
    "new_numbness",
    false
)]
#[case::food_stays_food("had a Thai curry and now my back is in spasm", "new_numbness", false)]
fn dictated_near_homophones(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

proptest! {
    /// Every way of mishearing "nights" or "waking" in a count of nights
    /// woken reads the count; a count below three never does.
    #[test]
    fn misheard_nights_are_counted(
        count in 3u32..8,
        heard in prop::sample::select(vec!["knights", "nights"]),
        frame in prop::sample::select(vec![
            "the spasm has woken me {n} {h} this week",
            "my back woke me up {n} {h} out of the last 7",
        ]),
    ) {
        let text = frame.replace("{n}", &count.to_string()).replace("{h}", heard);
        prop_assert!(has(&text, "night_waking"), "{text:?}: {:?}", ids(&text));
        let few = frame.replace("{n}", "2").replace("{h}", heard);
        prop_assert!(!has(&few, "night_waking"), "{few:?}: {:?}", ids(&few));
    }
}

/// A count with a qualifier ("five separate times", "four whole nights")
/// and a window told with "past" are counted as without them; two nights
/// are fewer than the rule's three, however they are matched.
#[rstest]
#[case::separate_times(
    "six separate times since Sunday my back has locked up",
    "frequent_recurrence",
    true
)]
#[case::past_week_after_a_pause(
    "the spasms keep coming, four times in the past week",
    "frequent_recurrence",
    true
)]
#[case::past_three_nights(
    "woken by spasms every night for the past three nights",
    "night_waking",
    true
)]
#[case::two_of_seven(
    "a spasm woke me 2 nights out of the last 7, fine otherwise",
    "night_waking",
    false
)]
#[case::two_nights_running("it woke me 2 nights in a row, then nothing", "night_waking", false)]
#[case::in_the_past(
    "I had spasms in the past but nothing like this week",
    "frequent_recurrence",
    false
)]
fn counts_with_qualifiers_and_windows(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// A sign told in the past and said, later in a long sentence, to be back
/// with "it" pointing to it is present; a fear of it coming back, a test
/// done again and "it never came back" are not.
#[rstest]
#[case::started_again_far_on(
    "the bleeding I had finished on Sunday and honestly I was so relieved about that, but it started again this afternoon",
    "vaginal_bleeding",
    true
)]
#[case::came_back(
    "I had a temperature of 38.4 last week which settled, but it came back tonight",
    "fever",
    true
)]
#[case::never_came_back(
    "I had a little spotting at 9 weeks and it never came back, now it's only my back",
    "vaginal_bleeding",
    false
)]
#[case::feared_again(
    "a bad spasm two weeks ago and I'm terrified of setting it off again, I've stopped lifting anything",
    "severe_pain",
    false
)]
#[case::measured_again(
    "the midwife found it high at 145/95 two weeks ago, then measured again and it was 118/76",
    "raised_blood_pressure",
    false
)]
fn a_past_sign_back_again(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Scores dated week by week and rising to "this week it's a 7" are pain
/// worse each week; the same scores falling are not.
#[rstest]
#[case::rising(
    "a month ago a 2 out of 10, two weeks ago a 4, this week it's an 8",
    "worsening_weekly",
    true
)]
#[case::falling(
    "a month ago an 8 out of 10, two weeks ago a 5, this week it's a 3",
    "worsening_weekly",
    false
)]
fn week_by_week_scores(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// A limb named in a sentence of its own and told about in a subjectless
/// next one ("Her left calf. Is hot and swollen.") is one finding; a
/// question after a short sentence keeps its own subject.
#[rstest]
#[case::fragment(
    "Back spasms since Friday. Her left calf. Is hot and swollen. Red as well.",
    "hot_swollen_leg",
    true
)]
#[case::question_stays(
    "My left calf. Is it normal to ache after a walk?",
    "hot_swollen_leg",
    false
)]
fn a_subjectless_fragment(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// US Southern and African American English: "fell out" is fainting, "my
/// girl" the writer's pregnant partner; "fell out of bed", "fell out with
/// my sister", "my little girl" and a writer who is pregnant herself are
/// not.
#[rstest]
#[case::fell_out(
    "she fell out in the kitchen about ten minutes ago and she's pale, 33 weeks",
    "seizure_or_fainting",
    true
)]
#[case::fell_out_of_bed(
    "I fell out of bed last night reaching for the heat pad, back's sore",
    "seizure_or_fainting",
    false
)]
#[case::fell_out_with(
    "I fell out with my sister and now my back is in spasm from the stress",
    "seizure_or_fainting",
    false
)]
#[case::hair_fell_out(
    "my hair fell out in clumps after my first, my back aches today",
    "seizure_or_fainting",
    false
)]
#[case::my_girl(
    "my girl calf is swole up and hot to touch, she 31 weeks",
    "hot_swollen_leg",
    true
)]
#[case::my_little_girl(
    "my little girl has a fever, I'm 30 weeks and my back's in spasm",
    "fever",
    false
)]
#[case::writer_pregnant(
    "my girl has a temperature of 38.5, I'm 28 weeks with a back spasm",
    "fever",
    false
)]
fn southern_and_aave_words(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Wetting oneself told as a deed ("peed", "wet myself") and "didn't feel
/// a thing" is a loss of control; the toilet with "can't feel a thing"
/// when wiping is the numbness, not the bladder.
#[rstest]
#[case::peed_unfelt(
    "stood up and peed down my leg and honestly didn't feel a thing, never happened before",
    "bladder_control_loss",
    true
)]
#[case::wiping_numb(
    "on the toilet I can't feel a thing when I wipe, it's all numb down there",
    "bladder_control_loss",
    false
)]
fn wetting_unfelt(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// An ordinal counts the spasms it numbers ("the fourth spasm … since
/// Sunday", "that's the 5th in the past 6 days", Tagalog "4 times na this
/// week"); a second one is fewer than three.
#[rstest]
#[case::ordinal_spasm(
    "this is the fourth spasm in my back since Sunday",
    "frequent_recurrence",
    true
)]
#[case::ordinal_second(
    "this is the second spasm in my back since Sunday",
    "frequent_recurrence",
    false
)]
#[case::ordinal_alone(
    "back locked up again, that's the 5th in the past 6 days",
    "frequent_recurrence",
    true
)]
#[case::ordinal_alone_second(
    "back locked up again, that's the 2nd in the last 7 days",
    "frequent_recurrence",
    false
)]
#[case::tagalog_na(
    "sumasakit ulit yung likod ko, 4 times na this week",
    "frequent_recurrence",
    true
)]
#[case::tagalog_na_twice(
    "sumasakit ulit yung likod ko, 2 times na this week",
    "frequent_recurrence",
    false
)]
fn ordinals_and_particles_count(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// "Had no clue it was happening" is not knowing, as "didn't know" is;
/// "Waters: intact" answers the question no; the writer's "older two" are
/// her children, whose flu is theirs.
#[rstest]
#[case::no_clue(
    "found I'd peed on the chair and had no clue it was happening",
    "bladder_control_loss",
    true
)]
#[case::no_clue_why(
    "I have no clue why my back keeps going into spasm",
    "bladder_control_loss",
    false
)]
#[case::waters_intact(
    "Bleeding: none. Waters: intact. Back: spasm when I roll over.",
    "fluid_leak",
    false
)]
#[case::waters_went(
    "my waters went an hour ago and my back is in spasm",
    "fluid_leak",
    true
)]
#[case::older_two_ill(
    "my older two have had a temperature all week, I'm just stiff",
    "fever",
    false
)]
#[case::older_two_and_me(
    "my older two are off school and I've got a temperature of 38.6 myself",
    "fever",
    true
)]
fn unknowing_answers_and_children(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Romanised home-language words of Chinese, Korean and Thai writers for
/// urine, blood, the back, the belly and the leg are read as those words;
/// the Thai polite "kha" and the partner "bae" stay what they are.
#[rstest]
#[case::niao(
    "since the spasm the niao just leaks out and I don't feel it",
    "bladder_control_loss",
    true
)]
#[case::xue("xue a lot, two pads soaked in one hour", "heavy_bleeding", true)]
#[case::kha(
    "my left kha is swollen, hot and red since yesterday",
    "hot_swollen_leg",
    true
)]
#[case::soben(
    "when the soben comes out it stings and burns",
    "burning_urination",
    true
)]
#[case::bae_hurting(
    "bae very painful and hard, not going away for 2 hours now, 30 weeks",
    "severe_abdominal_pain",
    true
)]
#[case::kha_polite("thank you kha, back only a bit stiff", "hot_swollen_leg", false)]
#[case::bae_partner(
    "bae is driving me to the clinic, my back spasm is bad",
    "severe_abdominal_pain",
    false
)]
fn home_language_body_words(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// "Not like period" compares the pain, it does not deny it (the
/// litotes "it's not like the baby isn't moving" stays the reassurance it
/// is); a baby that "move very little" told in second-language English is
/// moving less; "not both legs, just the left one" is her leg; "scared
/// back will go" is a fear with its "my" dropped; weeks numbered over
/// rising scores are pain worse each week.
#[rstest]
#[case::not_like_period(
    "tummy pain very bad, not like period, won't stop",
    "severe_abdominal_pain",
    true
)]
#[case::litotes_stays(
    "it's not like the baby isn't moving, she's kicking me now",
    "reduced_fetal_movement",
    false
)]
#[case::move_very_little(
    "Baby, tonight move very little, normally so active",
    "reduced_fetal_movement",
    true
)]
#[case::move_lots(
    "baby moves a lot, very little back pain today",
    "reduced_fetal_movement",
    false
)]
#[case::one_of_the_pair(
    "not both legs, just the left one, it's hot and swollen",
    "hot_swollen_leg",
    true
)]
#[case::one_of_the_pair_aches(
    "not both legs, just the left one aches after walking",
    "hot_swollen_leg",
    false
)]
#[case::fear_bare_part(
    "not carrying the shopping now, afraid back will lock again",
    "fear_avoidance",
    true
)]
#[case::numbered_weeks("wk1 2/10, wk2 4/10, wk3 6/10 lower back", "worsening_weekly", true)]
#[case::numbered_weeks_falling(
    "wk1 6/10, wk2 4/10, wk3 2/10 lower back",
    "worsening_weekly",
    false
)]
fn second_language_and_telegraphic_forms(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

/// A writer trailing off mid-clause ("and just... went") keeps the clause
/// whole; an ellipsis after a complete clause still ends it. A holiday
/// named as a time ("at Christmas") dates a sign told in the past, not one
/// going on since. The Hindi "aankh khul jaati hai" is waking.
#[rstest]
#[case::trailing_off(
    "stood up from the sofa and just... went, didn't feel it coming, jeans soaked",
    "bladder_control_loss",
    true
)]
#[case::ellipsis_ends("No bleeding... the back is the only thing", "vaginal_bleeding", false)]
#[case::at_christmas(
    "I had a kidney infection at Christmas, sorted with antibiotics",
    "burning_urination",
    false
)]
#[case::since_christmas(
    "burning when I wee on and off ever since Christmas",
    "burning_urination",
    true
)]
#[case::aankh_khul(
    "raat ko spasm se meri aankh khul jaati hai, every night this week",
    "night_waking",
    true
)]
fn trailing_off_holidays_and_waking(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Counts and diaries told every which way: weekly averages under week
/// labels, a climb of an average, spasms counted before or after their
/// window (and two never enough), "every two days" (but not every five),
/// a singular "attack" after a count.
#[rstest]
#[case::weekly_averages(
    "pain diary: week 1 average 2, week 2 average 4, week 3 average 6",
    "worsening_weekly",
    true
)]
#[case::weekly_averages_fall(
    "pain diary: week 1 average 6, week 2 average 4, week 3 average 2",
    "worsening_weekly",
    false
)]
#[case::average_climbs(
    "my daily average went from 3 to 5 to 7 across the last three weeks",
    "worsening_weekly",
    true
)]
#[case::count_after_window(
    "over the last 7 days I had 4 spasms, each about ten minutes",
    "frequent_recurrence",
    true
)]
#[case::two_after_window(
    "over the last 7 days I had 2 spasms, each about ten minutes",
    "frequent_recurrence",
    false
)]
#[case::count_with_a_gap(
    "five separate spasms down my left side in the last seven days",
    "frequent_recurrence",
    true
)]
#[case::every_two_days(
    "every two days my lower back locks up for an hour",
    "frequent_recurrence",
    true
)]
#[case::every_five_days(
    "every five days or so my lower back locks up",
    "frequent_recurrence",
    false
)]
#[case::singular_attack("4 spasm attack in the last 6 days", "frequent_recurrence", true)]
fn counts_and_diaries(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Caribbean and Turkish words, and fear tied to each movement: "it a bun
/// mi when mi pee" burns; "bel ağrısı" is back pain; "frighten every time
/// I move the back will lock" is fear of moving (not any worry while
/// moving); "avoid any movement" as "avoid all movement"; a mother's old
/// clot ("Mummy had") is hers, not the writer's.
#[rstest]
#[case::bun_mi(
    "it a bun mi when mi pee since this morning",
    "burning_urination",
    true
)]
#[case::a_bun("had a bun with my tea, back still sore", "burning_urination", false)]
#[case::bel_agrisi("bel ağrısı getting bigger week after week", "worsening_weekly", true)]
#[case::fear_each_move(
    "I'm frighten every time I move the spasm will come back",
    "fear_avoidance",
    true
)]
#[case::worry_while_moving(
    "scared every time I walk the dog that he'll pull me over",
    "fear_avoidance",
    false
)]
#[case::avoid_any("I avoid any movement now, in case", "fear_avoidance", true)]
#[case::mummy_had(
    "Mummy had a clot in her calf when she was expecting me, my legs are fine",
    "hot_swollen_leg",
    false
)]
fn caribbean_turkish_and_fear_of_moving(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}
