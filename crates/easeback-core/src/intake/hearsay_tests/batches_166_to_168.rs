//! Reading mechanisms from the writers' batches 166–168 (South Asian
//! second-language English, UK/Irish/Scots idiom, long forum posts), each
//! in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// Second-language English drops the article before the event and says
/// the eyes "went up"; a fit of laughing or coughing is no seizure.
#[rstest]
#[case::no_article("wife is 37 weeks, today morning she had fit for one minute", true)]
#[case::having("I am having fit since evening, body was jerking", true)]
#[case::eyes("she fell down and her eyes went up, then she was not answering", true)]
#[case::laughing("had fit of coughing and my back caught", false)]
fn a_fit_told_without_its_article_is_a_fit(#[case] text: &str, #[case] present: bool) {
    reads(text, "seizure_or_fainting", present);
}

/// A burning or shooting quality told just before the path the pain
/// takes down the leg is nerve pain, even when numbness is denied later.
#[rstest]
#[case::burning_then_path(
    "a burning ache that travels from my left hip down the back of my thigh, no numbness at all",
    true
)]
#[case::denied_quality(
    "not burning, it just spreads down the back of my thigh, no tingling",
    false
)]
fn the_quality_before_the_path_counts(#[case] text: &str, #[case] present: bool) {
    reads(text, "nerve_pain", present);
}

/// "Since then" and "ever since" after a past time tell the present, as
/// "now" does.
#[rstest]
#[case::since_then(
    "my back locked in the shower in June and since then I avoid bending at all, I'm scared it will go again",
    "fear_avoidance",
    true
)]
#[case::ever_since(
    "a spasm floored me three weeks ago, ever since I won't lift anything because I'm scared it will happen again",
    "fear_avoidance",
    true
)]
#[case::ended(
    "I had some spotting in June and since then nothing at all",
    "vaginal_bleeding",
    false
)]
fn since_then_starts_the_present(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// The feared spasm as the subject of what it will do.
#[rstest]
#[case::will_come("no cooking now, afraid the spasm will come while I stand", true)]
#[case::pain_will("I just lie down, frightened that the pain will start again", true)]
#[case::denied("I'm not afraid the spasm will come back, it's much better", false)]
fn the_feared_spasm_may_be_the_subject(#[case] text: &str, #[case] present: bool) {
    reads(text, "fear_avoidance", present);
}

/// Growth told as "week by week it is more", and Northern "neet" for night.
#[rstest]
#[case::more(
    "lower back ache, week by week it is more, 31 weeks",
    "worsening_weekly",
    true
)]
#[case::neet("the spasm has us up every neet, I'm done in", "night_waking", true)]
#[case::comfort("it is more comfortable on my left side", "worsening_weekly", false)]
fn growth_and_dialect_nights(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
