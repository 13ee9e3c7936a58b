//! Reading mechanisms from the writers' batches 268–273 (a mums' group,
//! Caribbean English, Spanish speakers writing English, dictation while
//! driving, clinical shorthand, txt speak), each in our own words with a
//! control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// A clinician's note: capital abbreviations, arrows, weeks and days
/// written over 52 and 7, family history.
#[rstest]
#[case::sob_cp("28/40, sudden CP and SOB at rest", "chest_pain_or_breathless", true)]
#[case::sob_lower("she sobbed all evening, sob", "chest_pain_or_breathless", false)]
#[case::loc("pt 33/40 fell in the shower, brief LOC", "seizure_or_fainting", true)]
#[case::arrow("LBP ↑ weekly for 4/52", "worsening_weekly", true)]
#[case::days_over_seven(
    "first ever LBP spasm 3/7 ago, improving",
    "frequent_recurrence",
    false
)]
#[case::per_week_slash("spasms 4x/wk now", "frequent_recurrence", true)]
#[case::family_history(
    "31/40, FHx PET (sister). Own BP 118/74, no HA",
    "preeclampsia_signs",
    false
)]
#[case::abdo("constant severe abdo pain since 6am", "severe_abdominal_pain", true)]
fn a_clinical_note(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Second-language and Creole English: "no"/"nah" before a verb, soaking
/// a pad in the present, a build-up by the week; the one a message is for.
#[rstest]
#[case::no_goes(
    "the pain in my belly no goes away since this morning",
    "severe_abdominal_pain",
    true
)]
#[case::no_moves(
    "the baby no moves much today, usually she never stops",
    "reduced_fetal_movement",
    true
)]
#[case::no_go_noun(
    "standing on one leg is a no-go, my belly feels fine",
    "severe_abdominal_pain",
    false
)]
#[case::nah_ease(
    "mi belly hurting bad, a hard pain dat nah ease up",
    "severe_abdominal_pain",
    true
)]
#[case::soak_pad("blood coming and I soak the pad in an hour", "heavy_bleeding", true)]
#[case::never_feel(
    "mi pee just come out and mi never feel it",
    "bladder_control_loss",
    true
)]
#[case::build_up("the ache builds up week by week", "worsening_weekly", true)]
#[case::caught_from("caught a bug off my nephew, temp 38.6 tonight", "fever", true)]
#[case::nephew_fever("my nephew has a temp of 38.6, I'm fine", "fever", false)]
#[case::text_sister(
    "text my sister jo went down in the car park and she passed out for a bit",
    "seizure_or_fainting",
    true
)]
#[case::already_this_week(
    "they're coming thick and fast, three already this week",
    "frequent_recurrence",
    true
)]
fn second_language_creole_and_dictation(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}
