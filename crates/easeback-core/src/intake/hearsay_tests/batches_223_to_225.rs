//! Reading mechanisms from the writers' batches 223–225 (UK and Irish
//! forum posts, Spanish- and Portuguese-speaking English, plain first
//! person), each in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// Signs told by a likeness or in a carried-over grammar; controls.
#[rstest]
#[case::cling_film(
    "a patch on my shin with no feeling, like cling film over it",
    "new_numbness",
    true
)]
#[case::failing(
    "my left leg is failing me and folds on the stairs",
    "leg_weakness",
    true
)]
#[case::moon("my face went round like a moon overnight", "preeclampsia_signs", true)]
#[case::ring(
    "fingers are so puffy I can't take off my wedding ring",
    "preeclampsia_signs",
    true
)]
#[case::toda_noche("toda noche the back wakes me up", "night_waking", true)]
#[case::worst("it is getting worst and worst every week", "worsening_weekly", true)]
#[case::panic(
    "I have panic that the spasm returns so I avoid every movement",
    "fear_avoidance",
    true
)]
#[case::waiting(
    "I freeze when I bend, waiting for it to go again",
    "fear_avoidance",
    true
)]
#[case::grand("waters grand, no bleeding, just the back", "fluid_leak", false)]
#[case::week_n(
    "I had a bit of spotting in week 9, long time ago, now 26 weeks",
    "vaginal_bleeding",
    false
)]
#[case::week_now("spotting since week 20 and still there", "vaginal_bleeding", true)]
fn likenesses_and_carried_grammar(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
