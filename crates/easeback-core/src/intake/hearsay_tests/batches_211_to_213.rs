//! Reading mechanisms from the writers' batches 211–213 (voice-to-text,
//! adversarial first-person messages, relatives writing), each in our own
//! words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// Dictation's homophones: "weak" after a word that counts weeks is the
/// week, "pane" is pain; control: weak legs stay weak legs.
#[rstest]
#[case::every("the pane gets worse every weak, 30 weeks", "worsening_weekly", true)]
#[case::this("fourth spasm this weak", "frequent_recurrence", true)]
#[case::legs("this weak leg of mine gives way on the stairs", "leg_weakness", true)]
fn homophones_of_week_and_pain(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Not knowing that something happened says it happened ("didn't realise
/// I'd …"); control: "didn't notice any" denies.
#[rstest]
#[case::realise(
    "I didn't realise I had wet myself until I sat down",
    "bladder_control_loss",
    true
)]
#[case::know(
    "she didn't know she'd fainted until she was on the floor",
    "seizure_or_fainting",
    true
)]
#[case::no_wee("I haven't noticed any leaking", "bladder_control_loss", false)]
fn not_knowing_that_it_happened(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Passing water or stool "with no warning"; control: a headache with no
/// warning is not the bladder.
#[rstest]
#[case::wee("I weed with no warning in the car park", "bladder_control_loss", true)]
#[case::poo(
    "pooed with no warning this morning, back in spasm",
    "bowel_control_loss",
    true
)]
#[case::head("a headache came with no warning", "bladder_control_loss", false)]
fn with_no_warning(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// The last kick not remembered is no kicks; a pain that doesn't let up;
/// a stage-by-stage worsening; a count of spasms before each day; a back
/// that "is after seizing" (Irish English) is a spasm; a precaution "just
/// in case" after things not done is avoidance.
#[rstest]
#[case::last_kick(
    "I honestly can't remember the last time he kicked, 33 weeks",
    "reduced_fetal_movement",
    true
)]
#[case::let_up(
    "a pain at the front of my tummy that just won't let up since lunch",
    "severe_abdominal_pain",
    true
)]
#[case::stages(
    "sore at 20 weeks, worse at 22, and now at 24 it's worse again",
    "worsening_weekly",
    true
)]
#[case::counted(
    "I had spasms one on Sunday, two on Tuesday and another yesterday",
    "frequent_recurrence",
    true
)]
#[case::after_seizing(
    "me back is after seizing up on me again",
    "seizure_or_fainting",
    false
)]
#[case::in_case(
    "Haven't carried the shopping in a fortnight just in case my back goes",
    "fear_avoidance",
    true
)]
#[case::should(
    "should I avoid lifting my toddler for a few days? back is fine now",
    "fear_avoidance",
    false
)]
fn told_without_the_key_words(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
