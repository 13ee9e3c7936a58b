//! Reading mechanisms from the writers' batches 157–159 (an everyday app
//! mix, texts from the UK and Ireland, voice dictation), each class in our
//! own words with a control that shows it does not overreach.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

// ------------------------------------------------ a rising series of scores

#[rstest]
#[case::bare_after_the_first("I log it: week 1 about 2/10, week 2 about 4, this week 6", true)]
#[case::now_last("a month ago 3/10, two weeks ago 5, now 8", true)]
#[case::times_before_each_score("a month ago 2/10, two weeks ago 5/10, now 7/10", true)]
#[case::falling("week 1 about 6/10, week 2 about 4, this week 2", false)]
#[case::week_numbers_are_not_scores("pain 3/10 in week 4, then week 5 and week 6 the same", false)]
fn scores_rising_week_by_week_are_worsening(#[case] text: &str, #[case] present: bool) {
    assert_eq!(
        has(text, "worsening_weekly"),
        present,
        "{text:?}: {:?}",
        ids(text)
    );
}

// ------------------------------------------------ size and heat in everyday words

#[rstest]
#[case::massive_and_roasting(
    "my left calf is massive next to the other one, red and roasting to touch",
    true
)]
#[case::huge_and_boiling(
    "his mum says my right leg looks huge, and it's boiling to touch and pink",
    true
)]
#[case::a_big_bump_on_a_hot_day(
    "my bump is massive and I'm roasting in this heat, back stiff",
    false
)]
fn a_leg_massive_and_roasting_is_a_hot_swollen_leg(#[case] text: &str, #[case] present: bool) {
    assert_eq!(
        has(text, "hot_swollen_leg"),
        present,
        "{text:?}: {:?}",
        ids(text)
    );
}
