//! Reading mechanisms from the writers' batches 217–219 (signs played
//! down, plain UK/IE/AU/NZ forms, SMS typos), each in our own words with a
//! control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// Signs told with a softener, an idiom or a typo in the key word.
#[rstest]
#[case::quite(
    "can't quite get my breath even lying down",
    "chest_pain_or_breathless",
    true
)]
#[case::had_her_up("the spasms have had her up night after night", "night_waking", true)]
#[case::from_under("my left leg keeps going from under me", "leg_weakness", true)]
#[case::hardly_kicked(
    "my little one has barely kicked since breakfast, 32 weeks",
    "reduced_fetal_movement",
    true
)]
#[case::agny("belly in agny and it wont ease", "severe_abdominal_pain", true)]
#[case::itchey("soles of my feet so itchey at night", "itching", true)]
#[case::wrse("each week the back is wrse than before", "worsening_weekly", true)]
#[case::nigth("it wakes me every nigth", "night_waking", true)]
#[case::nyt("spasm wakes me every nyt", "night_waking", true)]
#[case::then(
    "the pain went 2 then 5 then 7 over the last four weeks",
    "worsening_weekly",
    true
)]
#[case::down(
    "the pain went 7 then 5 then 3 over the last four weeks",
    "worsening_weekly",
    false
)]
fn softened_idiomatic_or_misspelt(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// "her" after a named person carries her over a "because" or a comma in
/// the same sentence (a man's "her" does not); a sign from the first
/// trimester ("1st tri") is past; "man flu" is his.
#[rstest]
#[case::because(
    "My aunt is anxious because her feet went numb in her pregnancy, mine are fine",
    "new_numbness",
    false
)]
#[case::son(
    "My son says Amy has a temp, her temp was 38.4 this morning. 29 weeks",
    "fever",
    true
)]
#[case::first_tri(
    "had a kidney infection in 1st tri, all cleared, now just stiff",
    "burning_urination",
    false
)]
#[case::man_flu("he's got man flu and I've just got a sore back", "fever", false)]
fn whose_and_when(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
