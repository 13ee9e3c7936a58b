//! Tests for the reading mechanisms added after the writers' batches 45–50
//! were scored at first sight: negation raised onto "think", a double
//! negative that says "every", pain that moves to the belly, an adjective
//! told after its noun, a new clause in unpunctuated text, a time of
//! comparison, and a pregnancy told without saying whose. Our own wording;
//! each class has a control that shows it does not overreach.

use super::mechanism_tests::{has, ids};
use proptest::prelude::*;
use rstest::rstest;

// ------------------------------------------- negation raised onto "think"

proptest! {
    /// "I don't think he's kicked since lunch" is "I think he hasn't
    /// kicked": for every belief verb, baby word and movement verb.
    #[test]
    fn a_negation_raised_onto_think_still_says_the_baby_is_quiet(
        negation in prop::sample::select(&["I don't", "I do not", "I dont", "honestly I don't"][..]),
        belief in prop::sample::select(&["think", "reckon", "believe"][..]),
        subject in prop::sample::select(&["he's", "she's", "the baby has", "baby has", "the little one has"][..]),
        verb in prop::sample::select(&["kicked", "moved"][..]),
        since in prop::sample::select(&["since lunch", "all afternoon", "since I woke up", "today"][..]),
    ) {
        let text = format!("{negation} {belief} {subject} {verb} {since}");
        prop_assert!(has(&text, "reduced_fetal_movement"), "{text:?} -> {:?}", ids(&text));
    }
}

#[rstest]
#[case::spotting_still_there(
    "I don't think the spotting has stopped yet",
    "vaginal_bleeding",
    true
)]
#[case::felt(
    "I don't think I've felt her move since teatime",
    "reduced_fetal_movement",
    true
)]
#[case::other_verbs_keep_the_denial(
    "I don't think it's anything serious, he's kicking away happily",
    "reduced_fetal_movement",
    false
)]
#[case::less_is_denied(
    "I don't think she has moved less, she's as wild as ever",
    "reduced_fetal_movement",
    false
)]
fn negation_raised_onto_think_is_lowered_only_onto_a_sign_verb(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------ a double negative meaning "every"

#[rstest]
#[case::not_a_single(
    "not one night this week where the spasms didn't wake me",
    "night_waking",
    true
)]
#[case::there_hasnt_been(
    "there hasn't been a single night lately that the back pain hasn't woken me",
    "night_waking",
    true
)]
#[case::without("no night goes by without the pain waking me", "night_waking", true)]
#[case::days(
    "never a day this week without a spasm, I've counted",
    "frequent_recurrence",
    true
)]
#[case::control_sleeping_through(
    "there wasn't a night this week that I didn't sleep right through",
    "night_waking",
    false
)]
fn a_double_negative_over_nights_or_days_reads_as_every_one(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ pain that moves to the belly

#[rstest]
#[case::spread_into(
    "my back pain has spread into my stomach and it's unbearable and won't settle",
    true
)]
#[case::round_to_the_front(
    "the ache has gone round to the front now, it's right across my bump and it's constant and severe",
    true
)]
#[case::control_eases(
    "the ache wraps round to the front sometimes but eases after a rest",
    false
)]
#[case::control_mild("it moves to the front of my tummy now and then, a mild niggle", false)]
fn pain_that_moves_to_the_belly_is_read_as_belly_pain(#[case] text: &str, #[case] emergency: bool) {
    assert_eq!(
        has(text, "severe_abdominal_pain"),
        emergency,
        "{text:?} -> {:?}",
        ids(text)
    );
}

// ------------------------------------------------- an adjective after its noun

#[rstest]
#[case::bleeding_heavy(
    "the bleeding was really heavy after I stood up",
    "heavy_bleeding",
    true
)]
#[case::pad_full(
    "I changed it an hour ago and the pad is full again",
    "heavy_bleeding",
    true
)]
#[case::vision(
    "my vision is blurry and my head is pounding",
    "preeclampsia_signs",
    true
)]
#[case::negated(
    "the bleeding is not heavy, a streak on the tissue",
    "heavy_bleeding",
    false
)]
fn an_adjective_told_after_its_noun_reads_like_one_before_it(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ---------------------------------- clauses and times in unpunctuated text

#[rstest]
#[case::new_clause(
    "the spasms come four times a week i had a chest infection in spring that cleared up",
    "frequent_recurrence",
    true
)]
#[case::comparison(
    "getting worse week after week, twice as bad as three weeks ago",
    "worsening_weekly",
    true
)]
#[case::was_a_number(
    "my back gets worse every week it was a three out of ten a month back and now its a seven",
    "worsening_weekly",
    true
)]
#[case::relative_clause_stays_past(
    "the shooting pain in my leg I had last month went away and hasn't come back",
    "nerve_pain",
    false
)]
#[case::subordinate_stays_past(
    "i passed out once when i was a teenager years ago, nothing since",
    "seizure_or_fainting",
    false
)]
fn a_time_word_belongs_to_its_own_clause(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// --------------------------------- a pregnancy told without saying whose

#[rstest]
#[case::relation_last(
    "Her headache won't shift and she's seeing sparkles in her eyes. 33 weeks, she's my cousin.",
    "preeclampsia_signs",
    true
)]
#[case::friend_of_mine(
    "A friend of mine, 26 weeks, rang me crying. She keeps saying she wants to hurt herself.",
    "self_harm_thoughts",
    true
)]
#[case::daughter_fragment(
    "My daughter won't lift anything or bend since her last spasm, she's too frightened. 30 weeks.",
    "fear_avoidance",
    true
)]
#[case::control_writer_first(
    "32 weeks with my second, my daughter is 3 and she had a fever last week",
    "fever",
    false
)]
fn a_stated_pregnancy_with_no_owner_is_hers(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ everyday forms of a statement

#[rstest]
#[case::checklist_yes(
    "Woken by the pain at night? Yep, every night this week.",
    "night_waking",
    true
)]
#[case::checklist_bleeding("Any bleeding? Yes, a bit when I wiped.", "vaginal_bleeding", true)]
#[case::checklist_no(
    "Any bleeding? No. Back sore after the school run.",
    "vaginal_bleeding",
    false
)]
#[case::ordinal("4th night in a row the spasms have woken me up", "night_waking", true)]
#[case::ordinal_word(
    "it's the third night this week the pain has woken me",
    "night_waking",
    true
)]
#[case::path_to(
    "the pain shoots down to my foot like an electric shock",
    "nerve_pain",
    true
)]
#[case::path_into("a burning pain going down into my calf", "nerve_pain", true)]
#[case::unit_singular(
    "my belly go tight every 4 minute since one hour",
    "rhythmic_tightening",
    true
)]
#[case::onset_not_end(
    "Getting worse every week since about 24 weeks, now 29. Baby kicking away fine.",
    "worsening_weekly",
    true
)]
fn everyday_forms_read_as_the_statement_they_make(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ---------------------------------------------------- blood pressure readings

/// The finding a reading gives, at and around each threshold of NICE NG133.
#[rstest]
#[case::below_raised("BP 139/89 at the clinic", None)]
#[case::raised_systolic("BP 140/85 at the clinic", Some("raised_blood_pressure"))]
#[case::raised_diastolic("BP 130/90 at the clinic", Some("raised_blood_pressure"))]
#[case::raised_both("BP 140/90 at the clinic", Some("raised_blood_pressure"))]
#[case::below_severe("BP 159/109 at the clinic", Some("raised_blood_pressure"))]
#[case::severe_systolic("BP 160/100 at the clinic", Some("severe_blood_pressure"))]
#[case::severe_diastolic("BP 150/110 at the clinic", Some("severe_blood_pressure"))]
#[case::severe_both("BP 160/110 at the clinic", Some("severe_blood_pressure"))]
#[case::over_words(
    "my blood pressure was 165 over 112 on the home cuff",
    Some("severe_blood_pressure")
)]
#[case::bare_reading("took it twice: 148/94", Some("raised_blood_pressure"))]
#[case::said_high(
    "the pharmacist said my blood pressure is high",
    Some("raised_blood_pressure")
)]
#[case::someone_elses("my mum's blood pressure was 170/115 when she had me", None)]
#[case::past_and_over("my bp was 150/100 last month but it's been normal since", None)]
#[case::a_target("the midwife wants my bp kept under 140/90", None)]
#[case::a_pain_score("pain is 8/10 today", None)]
fn a_blood_pressure_reading_gives_its_finding(#[case] text: &str, #[case] expected: Option<&str>) {
    let bp: Vec<&str> = ids(text)
        .into_iter()
        .filter(|id| id.ends_with("blood_pressure"))
        .collect();
    assert_eq!(bp.first().copied(), expected, "{text:?} -> {:?}", ids(text));
}

proptest! {
    /// Any reading at or over 160 systolic or 110 diastolic is severe; any at
    /// or over 140/90 is at least raised; a reading never lowers the answer.
    #[test]
    fn every_reading_over_a_threshold_is_read(sys in 70u32..240, dia in 40u32..150) {
        prop_assume!(sys > dia);
        let text = format!("back spasm all day, and my bp was {sys}/{dia} just now");
        let found = ids(&text);
        if sys >= 160 || dia >= 110 {
            prop_assert!(found.contains(&"severe_blood_pressure"), "{text} -> {found:?}");
        } else if sys >= 140 || dia >= 90 {
            prop_assert!(found.contains(&"raised_blood_pressure"), "{text} -> {found:?}");
        } else {
            prop_assert!(!found.iter().any(|id| id.ends_with("blood_pressure")), "{text} -> {found:?}");
        }
    }
}

// ------------------------------------------------------------------- itching

#[rstest]
#[case::hands_and_feet("my hands and feet are so itchy at night, no rash", true)]
#[case::soles("the soles of my feet itch like mad every evening", true)]
#[case::hands_itching("I'm noticing my hands itching a lot this week", true)]
#[case::all_over("itchy all over and it's worse in bed", true)]
#[case::stretching_bump("my bump is itchy where the skin is stretching", false)]
#[case::stretch_marks("itchy stretch marks and a stiff back", false)]
fn itching_of_hands_and_feet_is_read_and_a_stretching_bump_is_not(
    #[case] text: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, "itching"), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------- litotes and "not … anymore"

#[rstest]
#[case::not_nothing(
    "not that it's nothing, there is some brown spotting when I wipe",
    "vaginal_bleeding",
    true
)]
#[case::its_not_nothing(
    "it's not nothing, I've had a bit of spotting since lunch",
    "vaginal_bleeding",
    true
)]
#[case::anymore(
    "it's not my back anymore it's my belly really bad pain that won't ease off",
    "severe_abdominal_pain",
    true
)]
#[case::anymore_still_negates(
    "not bleeding anymore, just the back ache",
    "vaginal_bleeding",
    false
)]
fn a_negation_ends_where_its_words_end(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------ readings said aloud, things and sides

#[rstest]
#[case::spoken_raised(
    "the midwife took my BP, one forty two over ninety four",
    "raised_blood_pressure",
    true
)]
#[case::spoken_severe(
    "bp one sixty five over one fifteen on the home machine",
    "severe_blood_pressure",
    true
)]
#[case::spoken_needs_a_reading(
    "one twenty people at the party and my back is sore",
    "raised_blood_pressure",
    false
)]
#[case::someone_elses_thing(
    "checked my bp on my mum's monitor, 152 over 94",
    "raised_blood_pressure",
    true
)]
#[case::someone_elses_reading(
    "my mum's bp was 152 over 94 last year",
    "raised_blood_pressure",
    false
)]
#[case::one_of_my_legs(
    "one of my legs is swollen and red, the other is fine",
    "hot_swollen_leg",
    true
)]
#[case::both_legs_puffy(
    "both my legs are a bit puffy by the evening",
    "hot_swollen_leg",
    false
)]
#[case::scratching_soles(
    "up half the night scratching the soles of my feet, no rash",
    "itching",
    true
)]
#[case::comparison_with_a_clause(
    "worst pain of my life, worse than the gallstones I had years ago, and a temp of 38.6",
    "severe_pain",
    true
)]
fn readings_things_and_sides_are_read_as_meant(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}
