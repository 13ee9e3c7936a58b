//! Tests for the reading mechanisms added after scoring writers' batches at
//! first sight: each class of miss is tested as a mechanism, in our own
//! wording, with a control that shows the mechanism does not overreach.

use super::*;
use proptest::prelude::*;
use rstest::rstest;

/// The ids of the findings read as present in `text` (shared with the
/// other mechanism tests).
pub(super) fn ids(text: &str) -> Vec<&'static str> {
    Intake::builtin()
        .read(text)
        .expect("within the size limit")
        .findings
        .iter()
        .map(|d| d.id.as_str())
        .collect()
}

pub(super) fn has(text: &str, id: &str) -> bool {
    ids(text).contains(&id)
}

// ------------------------------------------------ double negatives, litotes

/// Negated clauses in the first person, each with the finding it negates.
const NEGATED: &[(&str, &str)] = &[
    ("vaginal_bleeding", "I'm not bleeding"),
    ("fever", "I haven't got a fever"),
    ("nerve_pain", "I don't have pins and needles down my leg"),
    ("burning_urination", "it doesn't sting when I wee"),
    ("reduced_fetal_movement", "the baby hasn't been quieter"),
    ("vaginal_bleeding", "there is no blood when I wipe"),
];

const LITOTES: &[&str] = &[
    "I can't say",
    "I couldn't say",
    "I wouldn't say",
    "I can't honestly say",
    "Honestly, I can't say",
];

#[test]
fn a_negated_clause_alone_sets_its_finding_aside() {
    for (id, clause) in NEGATED {
        assert!(!has(clause, id), "{clause:?} should not read {id}");
    }
}

proptest! {
    /// "I can't say I'm not bleeding" says bleeding: the outer negation
    /// cancels the inner one, for every red flag in every such frame.
    #[test]
    fn a_double_negative_keeps_the_finding(
        (id, clause) in prop::sample::select(NEGATED),
        opener in prop::sample::select(LITOTES),
        tail in prop::sample::select(&["", ", to be honest", ". 30 weeks.", " and my back is in spasm"][..]),
    ) {
        let text = format!("{opener} {}{tail}", clause.to_lowercase());
        prop_assert!(has(&text, id), "{text:?} -> {:?}", ids(&text));
    }
}

// ------------------------------------------------ someone writing for her

/// Third-person clauses about the pregnant person, with their finding.
const HER: &[(&str, &str)] = &[
    (
        "heavy_bleeding",
        "she's bleeding a lot and has filled two pads",
    ),
    ("fever", "she has a temperature of 38.6"),
    ("saddle_numbness", "she can't feel the paper when she wipes"),
    ("seizure_or_fainting", "she passed out in the kitchen"),
    ("hot_swollen_leg", "her left calf is hot and swollen"),
    (
        "reduced_fetal_movement",
        "she hasn't felt the baby move today",
    ),
    ("burning_urination", "it stings when she pees"),
    ("fluid_leak", "her waters might have gone"),
];

/// Ways a relative opens a message about her; `{c}` is the clause.
const FRAMES: &[&str] = &[
    "My wife is 31 weeks and {c}.",
    "Writing for my daughter, 29 weeks. {c}.",
    "I'm her mum. {c}, she says it's nothing.",
    "Hi it's Tom, Jess's partner. {c}.",
    "My partner (26 weeks) says {c}.",
    "I am the husband. My wife 34 weeks, {c}.",
    "{c}. She's 30 weeks, I think she is overreacting.",
];

proptest! {
    /// Whoever types, the check is about the pregnant person: what she has
    /// is read as present.
    #[test]
    fn a_relative_writing_for_her_keeps_her_findings(
        (id, clause) in prop::sample::select(HER),
        frame in prop::sample::select(FRAMES),
    ) {
        let text = frame.replace("{c}", clause);
        prop_assert!(has(&text, id), "{text:?} -> {:?}", ids(&text));
    }
}

#[rstest]
#[case(
    "I'm asking about my wife, 29 weeks: her back spasm is sore. I've got a fever myself.",
    "fever"
)]
#[case(
    "I've got sciatica myself, shooting down my leg. This is about my girlfriend, 23 weeks, her back is tight.",
    "nerve_pain"
)]
#[case("my husband has a fever, I just have my usual spasm", "fever")]
#[case(
    "a friend from my class had a clot in her calf, she said her feet went numb too. Mine is just a stiff back.",
    "hot_swollen_leg"
)]
#[case(
    "my sister bled at 30 weeks and she was fine; I'm 28 weeks with a sore back",
    "vaginal_bleeding"
)]
fn the_writers_own_or_another_persons_complaints_stay_set_aside(
    #[case] text: &str,
    #[case] id: &str,
) {
    assert!(!has(text, id), "{text:?} -> {:?}", ids(text));
}

#[rstest]
#[case(
    "He's typing this for me: he says I'm dragging my left leg",
    "leg_weakness"
)]
#[case(
    "my mum noticed my face looks puffy since this morning",
    "preeclampsia_signs"
)]
#[case(
    "my husband says I went white and dropped on the floor",
    "seizure_or_fainting"
)]
#[case(
    "My daughter says the baby is not kicking like before",
    "reduced_fetal_movement"
)]
fn someone_telling_what_they_saw_happen_to_the_writer(#[case] text: &str, #[case] id: &str) {
    assert!(has(text, id), "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ time: resolved or ongoing

#[rstest]
#[case(
    "I had some spotting at 9 weeks, it stopped and there's been nothing since. Now 30 weeks.",
    "vaginal_bleeding",
    false
)]
#[case("a fever with a cold three weeks ago, fine now", "fever", false)]
#[case(
    "I had a water infection at 14 weeks, cleared with antibiotics",
    "burning_urination",
    false
)]
#[case(
    "the tingling in my foot went away on Friday and hasn't come back",
    "nerve_pain",
    false
)]
#[case("I've been spotting since this morning", "vaginal_bleeding", true)]
#[case(
    "I had a bleed an hour ago and it has stopped",
    "vaginal_bleeding",
    true
)]
#[case("I have spotting at 30 weeks", "vaginal_bleeding", true)]
#[case("spotting at 9 weeks and again today", "vaginal_bleeding", true)]
#[case(
    "the spasms started about a month ago and have got worse every week",
    "worsening_weekly",
    true
)]
#[case(
    "it's been getting worse week on week for the last month",
    "worsening_weekly",
    true
)]
fn a_dated_episode_that_ended_is_past_and_an_ongoing_one_is_not(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

#[rstest]
#[case(
    "the baby no longer kicks in the evening",
    "reduced_fetal_movement",
    true
)]
#[case("I can no longer feel the outside of my thigh", "new_numbness", true)]
#[case("the burning when I wee no longer happens", "burning_urination", false)]
fn no_longer_tells_a_change_or_an_end(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ questions asked ahead

#[rstest]
#[case("what should I do if my waters break or I bleed?", "vaginal_bleeding")]
#[case("when my waters go, do I ring the ward first?", "fluid_leak")]
#[case(
    "what would count as an emergency if I suddenly couldn't feel my legs?",
    "new_numbness"
)]
#[case("Fever? no. Spotting? no. Leaking? no.", "fever")]
fn a_question_asked_ahead_or_a_checklist_answer_is_not_a_finding(
    #[case] text: &str,
    #[case] id: &str,
) {
    assert!(!has(text, id), "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ counting and comparing

#[rstest]
#[case(
    "the ache woke me Monday, Tuesday and Thursday night",
    "night_waking",
    true
)]
#[case("the ache woke me on Monday night", "night_waking", false)]
#[case("spasms on Mon, Wed and Fri this week", "frequent_recurrence", true)]
#[case("spasm 3x this week already", "frequent_recurrence", true)]
#[case("woken by the pain 4 nights out of the last 7", "night_waking", true)]
#[case("my bump tightens about 4 an hour", "rhythmic_tightening", true)]
#[case(
    "braxton hicks, maybe 2 an hour, no pattern",
    "rhythmic_tightening",
    false
)]
#[case(
    "probably Braxton Hicks but every few minutes for an hour",
    "rhythmic_tightening",
    true
)]
#[case(
    "my bump goes hard then soft every 5 minutes",
    "rhythmic_tightening",
    true
)]
#[case(
    "it's got a bit worse every week for the last month",
    "worsening_weekly",
    true
)]
fn counted_and_compared_patterns(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ lay words without the key nouns

#[rstest]
#[case("my foot slaps down when I walk", "leg_weakness")]
#[case("I can barely feel my left foot", "new_numbness")]
#[case("I'm sick after every drink, even water", "persistent_vomiting")]
#[case("water keeps dripping down there", "fluid_leak")]
#[case("the wee just comes by itself", "bladder_control_loss")]
#[case("one leg has puffed up, warm and red", "hot_swollen_leg")]
#[case("everyone would be better off without me", "self_harm_thoughts")]
#[case("I keep thinking about walking into traffic", "self_harm_thoughts")]
#[case("My left calf. It's hot and puffy.", "hot_swollen_leg")]
#[case(
    "tummy pain since lunch. Constant and it never lets up",
    "severe_abdominal_pain"
)]
fn lay_descriptions_without_the_key_nouns(#[case] text: &str, #[case] id: &str) {
    assert!(has(text, id), "{text:?} -> {:?}", ids(text));
}

#[rstest]
#[case("bby hasnt movd all day", "reduced_fetal_movement")]
#[case("contradictions every 5 mins", "rhythmic_tightening")]
#[case("blackin out and bleedin", "seizure_or_fainting")]
#[case("numbb round my bum", "saddle_numbness")]
#[case("temperature is thirty eight point six", "fever")]
#[case("fever a hundred and one point two", "fever")]
// a temperature read out digit by digit, as dictation writes it
#[case("thermometer said one oh two point four and shaky", "fever")]
#[case("running three nine point one tonight", "fever")]
#[case("temp one oh two, back on fire", "fever")]
fn abbreviations_misspellings_and_spoken_numbers(#[case] text: &str, #[case] id: &str) {
    assert!(has(text, id), "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ what only looks like a red flag

#[rstest]
#[case("the bath is about 38 degrees")]
#[case("it's 39 degrees out in the garden")]
#[case("I'm 38.5 weeks")]
#[case("temp was nine eight point six, just the spasm")]
#[case("spasms every five six minutes of walking")]
#[case("my son has 39.2 and I have my usual back spasm")]
#[case("I spotted a sale on maternity leggings")]
#[case("my husband passed out asleep on the sofa")]
#[case("an ambulance with flashing lights went past")]
#[case("I couldn't breathe for laughing")]
#[case("so tired I could pass out")]
#[case("the hot water bottle burst, for a second I thought my waters had gone")]
#[case("my blood is boiling with my boss")]
#[case("I've been on pins and needles all week waiting for the scan")]
#[case("the tightness runs into my bum and down the back of my thigh. No shooting, no tingling.")]
#[case("my brain feels numb from all the forms")]
fn look_alikes_stay_self_care(#[case] text: &str) {
    assert!(
        ids(text).iter().all(|id| *id == "severe_pain"),
        "{text:?} -> {:?}",
        ids(text)
    );
}

#[test]
fn someone_elses_fever_does_not_make_my_severe_pain_an_emergency() {
    let r = Intake::builtin()
        .read("my son has a fever and my back pain is unbearable")
        .expect("short");
    let found = r.ids();
    assert!(found.contains(&FindingId::SeverePain));
    assert!(!found.contains(&FindingId::Fever));
}

#[rstest]
#[case("temperature 38.5 after the bath", true)]
#[case("38.4C this morning", true)]
#[case("a bath of 38 degrees", false)]
fn a_reading_is_the_bodys_unless_the_words_around_it_say_otherwise(
    #[case] text: &str,
    #[case] fever: bool,
) {
    assert_eq!(has(text, "fever"), fever, "{text:?} -> {:?}", ids(text));
}

/// The pregnant writer describing herself ("I'm a nurse", "I'm a mum of
/// two") is not a relative writing for someone else: her signs stay hers.
#[rstest]
#[case(
    "I'm a nurse on nights, 30 weeks, and my bum and inner thighs have gone numb",
    "saddle_numbness"
)]
#[case("I'm a mum of two and I'm bleeding", "vaginal_bleeding")]
#[case("my sister is 30 weeks too and I'm bleeding", "vaginal_bleeding")]
#[case("my friend is 29 weeks and I keep passing out", "seizure_or_fainting")]
fn a_writer_describing_herself_keeps_her_own_findings(#[case] text: &str, #[case] id: &str) {
    assert!(has(text, id), "{text:?} -> {:?}", ids(text));
}

#[rstest]
#[case(
    "is it normal to get pins and needles in pregnancy? don't have any, just asking",
    "nerve_pain",
    false
)]
#[case(
    "is it normal to get pins and needles in pregnancy? I have that now",
    "nerve_pain",
    true
)]
#[case(
    "I wouldn't say the baby's moving less than usual",
    "reduced_fetal_movement",
    false
)]
#[case(
    "I can't say I'm not worried, and I'm bleeding",
    "vaginal_bleeding",
    true
)]
#[case(
    "Just now when I wiped there was some pink on the paper, nothing since",
    "vaginal_bleeding",
    true
)]
#[case(
    "I had a bit of pink on the paper at 8 weeks, nothing since, now 25 weeks",
    "vaginal_bleeding",
    false
)]
fn answers_and_recency_decide_what_a_mention_means(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

#[rstest]
#[case(
    "Partner is 26 weeks. The spasms have woken her up every night this week.",
    "night_waking"
)]
#[case(
    "My best friend is 31 weeks and she's stopped going out because she's terrified of setting off another spasm",
    "fear_avoidance"
)]
#[case(
    "My husband watched my left leg buckle twice on the stairs",
    "leg_weakness"
)]
#[case(
    "My sister is 15 weeks and she hasn't been able to keep anything down since last night",
    "persistent_vomiting"
)]
fn relatives_and_witnesses_in_everyday_words(#[case] text: &str, #[case] id: &str) {
    assert!(has(text, id), "{text:?} -> {:?}", ids(text));
}
