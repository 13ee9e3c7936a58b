//! Reading mechanisms from the writers' batches 160–162 (very short
//! messages, plain descriptions to an advice form, texts to a midwife),
//! each in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::but_now(
    "the ache in my right calf was a cramp, I thought, but now it's swollen, red and warm to touch",
    true
)]
#[case::but_it(
    "my left calf hurt like a cramp but it's hot and puffy now, more than the other",
    true
)]
#[case::but_about_something_else("my calf ached yesterday but it's my back that hurts now", false)]
fn it_after_but_names_the_part_before(#[case] text: &str, #[case] present: bool) {
    reads(text, "hot_swollen_leg", present);
}

#[rstest]
#[case::company(
    "suddenly I can't catch my breath on the stairs. Mum's here with me.",
    true
)]
#[case::writer("Mum here. My daughter is 31 weeks and can't catch her breath.", true)]
fn a_relation_who_is_here_is_company_not_the_writer(#[case] text: &str, #[case] present: bool) {
    reads(text, "chest_pain_or_breathless", present);
}

#[rstest]
#[case::already_gone(
    "went to the toilet and found I had already gone without knowing",
    true
)]
#[case::could_not_feel(
    "on the loo I noticed I couldn't feel that I needed to go, it just came",
    true
)]
#[case::gone_to_bed("I had already gone to bed when the spasm started", false)]
fn finding_one_has_already_passed_urine_is_loss_of_control(
    #[case] text: &str,
    #[case] present: bool,
) {
    reads(text, "bladder_control_loss", present);
}
