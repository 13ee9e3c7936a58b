//! Reading mechanisms from the writers' batches 220–222 (African and
//! Caribbean English, US portal messages, asking and hedging), each in our
//! own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// Signs told in Creole or in the words of a frightened family, and in
/// a US portal's restraint; controls beside them.
#[rstest]
#[case::chest_squeeze(
    "mi chest a squeeze and mi cyaan breathe good",
    "chest_pain_or_breathless",
    true
)]
#[case::sat_on("like a man siddung pon mi chest", "chest_pain_or_breathless", true)]
#[case::went_off(
    "she fell and went off for a few seconds, we splashed water on her face",
    "seizure_or_fainting",
    true
)]
#[case::get_hard("mi belly get hard every 6 minute", "rhythmic_tightening", true)]
#[case::reddish(
    "reddish brown on my underwear when I got up",
    "vaginal_bleeding",
    true
)]
#[case::times_in_one_week(
    "spasm again, that's the sixth time in one week",
    "frequent_recurrence",
    true
)]
#[case::muffled("down there feels all muffled when I wipe", "saddle_numbness", true)]
#[case::cabinet(
    "I keep thinking about swallowing all the pills so it would all stop",
    "self_harm_thoughts",
    true
)]
#[case::certain(
    "I stay in bed because I'm convinced it's going to lock up again",
    "fear_avoidance",
    true
)]
#[case::scared_no(
    "chest of drawers squeezed my fingers, back aches",
    "chest_pain_or_breathless",
    false
)]
#[case::brown_only(
    "a reddish rash on my arm from the heat pad, back sore",
    "vaginal_bleeding",
    false
)]
fn creole_and_family_words(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// A question about a sign is a report when the next sentence describes it
/// ("Like I touch it and…"); a question followed by "just asking" is not.
#[rstest]
#[case::described(
    "Is it bad if my shin has gone numb? Like I press it and it feels far away.",
    true
)]
#[case::since(
    "Should I worry if my calf has gone numb? Only since these spasms.",
    true
)]
#[case::asking("Should I worry if my leg goes numb? Just asking.", false)]
fn a_question_then_a_description(#[case] text: &str, #[case] present: bool) {
    reads(text, "new_numbness", present);
}
