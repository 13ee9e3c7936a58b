//! Reading mechanisms from the writers' batches 229–231 (Australian and
//! New Zealand texts, relatives dictating, short messages worldwide), each
//! in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::dentist(
    "the bits I sit on feel like the dentist numbed them",
    "saddle_numbness",
    true
)]
#[case::loo_paper(
    "a smear of pinky brown on the loo paper, 19 weeks",
    "vaginal_bleeding",
    true
)]
#[case::shes_all(
    "she's all hot and shaky, thermometer says 38.4, 30 weeks",
    "fever",
    true
)]
#[case::out_of_bed(
    "the spasm gets her out of bed every night, 27 weeks",
    "night_waking",
    true
)]
#[case::then_now(
    "a month ago it was a twinge, now she can't stand up straight, worse week on week",
    "worsening_weekly",
    true
)]
#[case::then_fine(
    "it got worse every week a year ago, now it is fine",
    "worsening_weekly",
    false
)]
#[case::weekly("spasms come back 3 times weekly", "frequent_recurrence", true)]
#[case::teenager(
    "she fainted once when she was a teenager, nothing like that now",
    "seizure_or_fainting",
    false
)]
#[case::cleared_now(
    "a kidney infection a few weeks back, all cleared now",
    "burning_urination",
    false
)]
#[case::hot_zing(
    "a hot electric zing down my leg when I turn",
    "hot_swollen_leg",
    false
)]
fn told_by_others_or_in_few_words(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
