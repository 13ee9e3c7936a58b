//! Reading mechanisms from the writers' batches 286–299 (a UK forum, US
//! families, Indian English, pasted chat threads, minimising, West African
//! voice notes), each in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// Pasted chat threads: " | " ends a message; "her:" answering another's
/// labels is the pregnant person; a name labelling two messages is someone
/// else; a bare "no" answering a removed question denies nothing after it;
/// another's telling message stays theirs.
#[rstest]
#[case::bar_ends_message(
    "Jo: how are you | me: temp is 38.4 tonight | Jo: any bleeding? | me: no",
    "fever",
    true
)]
#[case::her_answers(
    "Dad: how's the back love? | her: awful, and I've wet myself twice without feeling it | Dad: ring them",
    "bladder_control_loss",
    true
)]
#[case::named_asker(
    "Lou: still sore? | her: my belly is agony and it won't ease at all | Lou: go in",
    "severe_abdominal_pain",
    true
)]
#[case::no_then_question(
    "Em: anything else? | me: no, but what should I do if my waters go? | Em: call them | me: the spasms wake me every night though",
    "night_waking",
    true
)]
#[case::his_reading(
    "me: back's sore | hubby: 102 degrees, dying here | me: mine's normal",
    "fever",
    false
)]
#[case::update_heading(
    "Update: bleeding again this morning | me: back still spasming",
    "vaginal_bleeding",
    true
)]
fn a_pasted_chat(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

#[rstest]
#[case::scores_after(
    "pain diary: 2/10 a month ago, 4 last week, 7 this week",
    "worsening_weekly",
    true
)]
#[case::walk_fine_next(
    "pins and needles in my foot at 25 weeks that doesn't go away. I can stand fine.",
    "nerve_pain",
    true
)]
#[case::fine_since("had a bleed at 10 weeks, fine since", "vaginal_bleeding", false)]
#[case::said_fine(
    "my bp was 145/92 at my 30 week check but the recheck a week later was 120/78 and they said fine",
    "raised_blood_pressure",
    false
)]
#[case::carried_possessive(
    "not lifting our 3 year old, afraid the back will go again",
    "fear_avoidance",
    true
)]
#[case::current("a pain like current down the back of my leg", "nerve_pain", true)]
#[case::in_this_week(
    "the spasm is coming 5 times in this week itself",
    "frequent_recurrence",
    true
)]
#[case::picture_pain(
    "every time I think about walking I picture that pain, so I don't",
    "fear_avoidance",
    true
)]
fn scores_dates_and_everyday_words(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// West African English and Pidgin.
#[rstest]
#[case::spotin("I see small spotin for my pant", "vaginal_bleeding", true)]
#[case::no_gree(
    "my belle dey pain me bad, e no gree ease since morning",
    "severe_abdominal_pain",
    true
)]
#[case::pikin(
    "the pikin no dey kick like before, e quiet since yesterday",
    "reduced_fetal_movement",
    true
)]
#[case::husband_talking(
    "na husband dey talk, the pikin no dey kick since morning, she be 33 weeks",
    "reduced_fetal_movement",
    true
)]
#[case::harm(
    "sometimes I dey think make I just harm myself",
    "self_harm_thoughts",
    true
)]
#[case::two_legs(
    "I no fit feel anything between my two legs when I wipe",
    "saddle_numbness",
    true
)]
fn west_african_english(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Batches 292–294: a fit told with a time after it, "meself" and
/// trackies, a reading "N to M", her moving feared for the spasm.
#[rstest]
#[case::fit_minutes_ago(
    "my partner had a fit about five minutes ago, she is 34 weeks and muddled now",
    "seizure_or_fainting",
    true
)]
#[case::fit_about_it(
    "my mum had a fit about it when I told her",
    "seizure_or_fainting",
    false
)]
#[case::meself(
    "been wetting meself tonight without realising, me joggers soaked",
    "bladder_control_loss",
    true
)]
#[case::reading_to(
    "the chemist took my blood pressure, it was 148 to 95",
    "raised_blood_pressure",
    true
)]
#[case::range_climbs("spasms every 4 to 6 days", "raised_blood_pressure", false)]
#[case::moves_spasm_will(
    "she won't get off the sofa, she says if she moves the spasm will come back",
    "fear_avoidance",
    true
)]
fn batches_292_to_294(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Batches 295–297: nights told as being up, counts of lower-back spasms
/// since a weekday, not realising one had gone.
#[rstest]
#[case::up_pacing(
    "my back cramps up most nights and I'm up pacing the landing at 3am",
    "night_waking",
    true
)]
#[case::lower_since_weekday("fourth lower back spasm since Sunday", "frequent_recurrence", true)]
#[case::one_since_weekday("one lower back spasm since Sunday", "frequent_recurrence", false)]
#[case::realise_gone(
    "my knickers were wet again and I hadn't realised I'd gone",
    "bladder_control_loss",
    true
)]
fn batches_295_to_297(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Batch 299: a relative writing who never speaks of herself; "my best
/// friend" as the one written for.
#[rstest]
#[case::only_her(
    "My sister saw a little pink on the tissue tonight with the back cramps. She isn't soaking anything.",
    "vaginal_bleeding",
    true
)]
#[case::only_her_daughter(
    "My daughter can't keep even water down today, the retching has her back in spasm",
    "persistent_vomiting",
    true
)]
#[case::her_story_past(
    "my cousin had a kidney infection when she was expecting",
    "burning_urination",
    false
)]
#[case::best_friend(
    "My best friend collapsed at the bus stop this morning. She's 35 weeks and her back has been spasming.",
    "seizure_or_fainting",
    true
)]
#[case::her_older_sister(
    "Writing for my sister, 25 weeks. Her older sister had pre-eclampsia, but her own blood pressure is normal and she has no headaches",
    "preeclampsia_signs",
    false
)]
fn batch_299(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
