//! Reading mechanisms from the writers' batches 214–216 (texts to a
//! midwife, South Asian English, an everyday mix), each in our own words
//! with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// The worst pain of a lifetime is severe; so often is often; holding
/// still for the next spasm is avoidance; a pain "getting a bit more"
/// every week is worsening; Hindi "jalan" is burning; stool passed
/// unawares with words between is bowel control lost.
#[rstest]
#[case::lifetime(
    "this is the most pain I've ever had in my life, 31 weeks",
    "severe_pain",
    true
)]
#[case::so_often(
    "the spasms are happening so often now, 28 weeks",
    "frequent_recurrence",
    true
)]
#[case::again_days(
    "it went on Sunday, again Tuesday and again this morning",
    "frequent_recurrence",
    true
)]
#[case::still(
    "keeping as still as I can, waiting for the next spasm",
    "fear_avoidance",
    true
)]
#[case::bit_more("the ache is getting a bit more every week", "worsening_weekly", true)]
#[case::jalan("jalan when I pass urine since yesterday", "burning_urination", true)]
#[case::stool(
    "I passed stool on the sofa without knowing it",
    "bowel_control_loss",
    true
)]
#[case::walk_more(
    "I walk a bit more every week now, back is fine",
    "worsening_weekly",
    false
)]
fn said_in_other_words(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// A fear told after a pause is the reason for what is not done; a fear
/// denied right away stays denied.
#[rstest]
#[case::after_pause("not bending or carrying anything, too scared it'll go again", true)]
#[case::denied("I'm not scared to move, just stiff", false)]
#[case::denied_too("I'm not too scared of the next spasm", false)]
fn a_fear_after_what_is_not_done(#[case] text: &str, #[case] present: bool) {
    reads(text, "fear_avoidance", present);
}

/// A child who is lifted or carried is the object, not the one whose sign
/// follows; a child with a sign of her own keeps it.
#[rstest]
#[case::object(
    "stopped carrying my little girl, too afraid it will come back",
    "fear_avoidance",
    true
)]
#[case::childs_fever("carrying my son who has a fever of 39", "fever", false)]
#[case::childs_fever_with("lifting my daughter with a temperature of 38.9", "fever", false)]
fn the_child_carried(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// A relation opening the text without "my", with her gestation told, is
/// the pregnant person; "my sister-in-law had …" beside the writer's own
/// pregnancy stays her story.
#[rstest]
#[case::opening(
    "Sister in law has a temperature of 38.7. She is 25 weeks. I am her brother in law",
    true
)]
#[case::beside(
    "My sister-in-law had a fever in her pregnancy, I'm fine, 25 weeks",
    false
)]
fn a_relation_opening_the_text(#[case] text: &str, #[case] present: bool) {
    reads(text, "fever", present);
}
