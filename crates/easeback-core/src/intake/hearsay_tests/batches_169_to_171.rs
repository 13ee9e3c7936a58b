//! Reading mechanisms from the writers' batches 169–171 (voice-to-text by
//! relatives, East Asian and Brazilian second-language English, US
//! regional adversarial language), each in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use proptest::prelude::*;
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

proptest! {
    /// A denied saying of a denial ("not gonna say it ain't…", "I won't
    /// pretend there's no…") cancels: every sign inside every such frame is
    /// told, whatever words of the future or of honesty come between.
    #[test]
    fn a_denied_saying_of_a_denial_tells_the_sign(
        frame in prop::sample::select(&[
            "I'm not gonna say", "not going to say", "I won't say", "I can't honestly say",
            "I won't pretend", "I can't deny", "ain't gonna say", "I wouldn't say",
        ][..]),
        (clause, id) in prop::sample::select(&[
            ("it ain't bleeding", "vaginal_bleeding"),
            ("my leg isn't numb", "new_numbness"),
            ("the baby hasn't slowed down", "reduced_fetal_movement"),
            ("there's no burning when I pee", "burning_urination"),
            ("I don't have a fever of 38.6", "fever"),
        ][..]),
    ) {
        let text = format!("{frame} {clause}, because it is. 30 weeks, back spasms");
        prop_assert!(has(&text, id), "{text:?} -> {:?}", ids(&text));
    }

    /// A negator that only agrees with "hardly", "barely" or "scarcely"
    /// denies nothing: the word of "almost not" is what is said.
    #[test]
    fn a_negator_before_hardly_only_agrees(
        negator in prop::sample::select(&["ain't", "hasn't", "hadn't", "don't", "hasnt", "not"][..]),
        almost in prop::sample::select(&["hardly", "barely"][..]),
    ) {
        let text = format!("the baby {negator} {almost} moved all afternoon, back aching too");
        prop_assert!(has(&text, "reduced_fetal_movement"), "{text:?} -> {:?}", ids(&text));
    }
}

/// Controls: a plain denial stays a denial; "didn't say" and "never said"
/// report what was said; doubt keeps its "not".
#[rstest]
#[case::plain_denial(
    "the baby hasn't stopped moving, she's kicking loads",
    "reduced_fetal_movement",
    false
)]
#[case::aint_denial("I ain't bleeding at all, just the spasms", "vaginal_bleeding", false)]
#[case::reported("the midwife didn't say it isn't sciatica", "nerve_pain", false)]
#[case::doubt(
    "can't tell if she's not moving or only asleep",
    "reduced_fetal_movement",
    true
)]
#[case::hedge_taken_back(
    "I'm not saying there's no tingling in my leg... actually there isn't, I checked",
    "nerve_pain",
    false
)]
fn denials_that_stay_denials(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// "Ain't" stands for the plain negative: a perfect before a participle.
#[rstest]
#[case::moved("baby ain't moved since breakfast", "reduced_fetal_movement", true)]
#[case::felt(
    "I ain't felt her kick since last night",
    "reduced_fetal_movement",
    true
)]
#[case::stopping("this bleeding ain't stopping, pad is full", "vaginal_bleeding", true)]
fn aint_reads_as_the_negative_it_stands_for(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

/// A pain score told climbing over weeks ("from a 3 to a 6 over a
/// month") is pain worse week by week; a fall, or a climb over days, is
/// not.
#[rstest]
#[case::words(
    "my back has gone from a two to a four to a six in the last month",
    true
)]
#[case::range("the spasms went from 4 to 8 over a fortnight", true)]
#[case::scores("pain went from 3/10 to 7/10 over three weeks", true)]
#[case::falling("my pain went from 7 to 3 over two weeks with the physio", false)]
#[case::days("back pain went from 3 to 6 over two days", false)]
fn a_score_climbing_over_weeks_is_worse_week_by_week(#[case] text: &str, #[case] present: bool) {
    reads(text, "worsening_weekly", present);
}

/// A score's denominator starts no range: "3/10 to 7/10" is two scores.
#[test]
fn a_denominator_starts_no_range() {
    reads("went from 9/10 to 2/10 after the bath", "severe_pain", true);
    reads("went from 2/10 to 3/10 after a walk", "severe_pain", false);
}

/// The past told without its ending after "already" or a perfect.
#[rstest]
#[case::soak(
    "blood coming a lot, already soak through my pad",
    "heavy_bleeding",
    true
)]
#[case::faint(
    "mother-in-law says she has faint two times today",
    "seizure_or_fainting",
    true
)]
#[case::present_just("I just want the spasm to stop", "seizure_or_fainting", false)]
fn the_past_told_without_its_ending(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// A part, a word of degree and the noun "pain" with no verb: the part's
/// pain ("chest very pain"); and the chest told as painful or sore.
#[rstest]
#[case::verbless(
    "since one hour my chest so pain and heavy",
    "chest_pain_or_breathless",
    true
)]
#[case::adjective(
    "my chest is really sore when I breathe in",
    "chest_pain_or_breathless",
    true
)]
#[case::breathe(
    "I breathe so hard even sitting down",
    "chest_pain_or_breathless",
    true
)]
#[case::back("my back very pain after cooking", "chest_pain_or_breathless", false)]
fn a_verbless_part_and_its_pain(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// A change told in the present perfect goes on until now, whatever an
/// earlier clause dated; "had been" stays in the past.
#[rstest]
#[case::ongoing(
    "I bled a little at 7 weeks but nothing since and the ache has been getting worse every week",
    "worsening_weekly",
    true
)]
#[case::past_perfect(
    "I had been bleeding at 7 weeks but nothing since",
    "vaginal_bleeding",
    false
)]
fn the_present_perfect_goes_on_until_now(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

/// Home-language words for the body and urine in second-language English.
#[rstest]
#[case::vietnamese("when I đi tiểu it burn and sting", "burning_urination", true)]
#[case::portuguese("febre 38.9 since night and back pain", "fever", true)]
#[case::tagalog("may dugo a lot on the pad, soaked", "heavy_bleeding", true)]
fn home_language_words(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

// ---- batches 172–174 (very short messages with typos; Arabic, Polish,
// Romanian, Ukrainian and Turkish second-language English; relatives
// writing for her) ----

/// "N weeks back" is "ago" only when the back is not the body's: a stage
/// followed by her back and what it does dates nothing.
#[rstest]
#[case::stage_then_back("gf 36wks back spasms then passed out on the stairs", true)]
#[case::weeks_ago("I passed out a few weeks back, nothing since", false)]
fn weeks_back_is_ago_only_without_the_body(#[case] text: &str, #[case] present: bool) {
    reads(text, "seizure_or_fainting", present);
}

/// The writer only observes ("I've noticed", "I have just seen"): what is
/// observed is hers, past a perfect or an adverb too.
#[rstest]
#[case::perfect(
    "Partner here, 34 weeks. I've noticed her belly tightens every 8 minutes",
    true
)]
#[case::adverb(
    "Husband typing. I have just seen her bump go hard every 5 minutes",
    true
)]
#[case::writer_own("I've noticed my own tummy goes tight when I run, she's fine", false)]
fn the_writer_only_observes(#[case] text: &str, #[case] present: bool) {
    reads(text, "rhythmic_tightening", present);
}

/// Spasms back every two days or less (a range by its shorter end) come
/// back at least three times a week; every five days does not.
#[rstest]
#[case::two("the back spasms hit every 2 days now", true)]
#[case::range("spasms every 1-2 days, 27w", true)]
#[case::couple("back seizing every couple days", true)]
#[case::five("back spasm every 5 days or so", false)]
#[case::not_spasm("I take a bath every 2 days", false)]
fn spasms_every_two_days_or_less(#[case] text: &str, #[case] present: bool) {
    reads(text, "frequent_recurrence", present);
}

/// A pad filled again within minutes, and clots told by likeness.
#[rstest]
#[case::refill(
    "blood from down there, I put new pad and after half hour pad is full again",
    true
)]
#[case::likeness("bleeding and lumps like jelly coming out", true)]
#[case::discharge("some white discharge, pad is damp", false)]
fn heavy_bleeding_told_by_the_pad_and_the_clots(#[case] text: &str, #[case] present: bool) {
    reads(text, "heavy_bleeding", present);
}

// ---- batches 176–177 (adversarial scope; Spanish-speaking
// second-language English and Spanglish) ----

/// Spanish words for the body, its functions, fear and frequency read as
/// their English, so a sign told half in Spanish is the sign.
#[rstest]
#[case::calf(
    "mi pantorrilla derecha is hot and hinchada since yesterday",
    "hot_swollen_leg",
    true
)]
#[case::stool(
    "perdí control, popo came out and I didn't feel it",
    "bowel_control_loss",
    true
)]
#[case::nights("the espalda me despierta cada noche this week", "night_waking", true)]
#[case::fear(
    "I don't lift nothing, tengo miedo of the spasm coming again",
    "fear_avoidance",
    true
)]
#[case::times("espasmos 4 veces this week already", "frequent_recurrence", true)]
#[case::denied("no sangre, no fiebre, solo la espalda", "vaginal_bleeding", false)]
fn spanish_words_in_english(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

// ---- batch 175 (long AU/NZ/UK/IE forum posts) ----

/// A time of now after a clause break ("…, and this week", "…, today")
/// opens the present, as "now" does.
#[rstest]
#[case::this_week(
    "a month ago it was a niggle, then an ache, and this week it's the worst pain of my life",
    "severe_pain",
    true
)]
#[case::today(
    "I had a bleed in the first trimester, and today I'm bleeding again",
    "vaginal_bleeding",
    true
)]
#[case::settled(
    "a month ago I had a bleed but it stopped and nothing since",
    "vaginal_bleeding",
    false
)]
fn a_time_of_now_opens_the_present(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// A previous pregnancy named in the sign's clause, told in the past,
/// dates the sign; this pregnancy ("30 weeks with my first") and a
/// comparison ("not even with my first") date nothing.
#[rstest]
#[case::previous(
    "With my eldest I had a lot of bleeding near the end, so I'm nervous",
    "vaginal_bleeding",
    false
)]
#[case::after(
    "I had pins and needles down the leg with my second, this time only my back",
    "nerve_pain",
    false
)]
#[case::this_one(
    "31 weeks with my first and I'm bleeding bright red",
    "vaginal_bleeding",
    true
)]
#[case::comparison(
    "I wet myself and didn't feel it, never happened before, not even with my first",
    "bladder_control_loss",
    true
)]
#[case::again(
    "with my first I had a fever of 39 and I've got it again tonight",
    "fever",
    true
)]
fn a_previous_pregnancy_dates_its_signs(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

/// "N weeks in a row" is a span of weeks; a best mate's signs are hers.
#[rstest]
#[case::in_a_row(
    "fourth week in a row the spasms have got worse",
    "worsening_weekly",
    true
)]
#[case::mate(
    "my best mate's waters went at 33 weeks, mine are fine",
    "fluid_leak",
    false
)]
fn weeks_in_a_row_and_mates(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

// ---- batches 178–180 (chat threads; plain telehealth; West and East
// African English) ----

proptest! {
    /// In a pasted thread, another person's own sign is theirs, and a sign
    /// they ask about and she answers "no" to is denied — for every label
    /// and every sign; her own message after it still counts.
    #[test]
    fn a_thread_keeps_each_persons_signs_apart(
        label in prop::sample::select(&["him", "mom", "mum", "friend", "bestie", "sis", "hubby"][..]),
        (sign, asked, id) in prop::sample::select(&[
            ("I've got a fever of 38.8", "fever?", "fever"),
            ("my leg's gone numb", "any numbness?", "new_numbness"),
            ("I'm bleeding a bit", "any bleeding?", "vaginal_bleeding"),
            ("I nearly fainted at work", "you fainted?", "seizure_or_fainting"),
        ][..]),
        no in prop::sample::select(&["no", "nope", "nah", "me: no", "me: nope"][..]),
    ) {
        let theirs = format!("my back's spasming again | {label}: lol {sign} | me: poor you");
        prop_assert!(!has(&theirs, id), "{theirs:?} -> {:?}", ids(&theirs));
        let denied = format!("back spasm since lunch | {label}: {asked} | {no}, all fine");
        prop_assert!(!has(&denied, id), "{denied:?} -> {:?}", ids(&denied));
        let hers = format!("{label}: how are you | me: {sign} and my back hurts");
        prop_assert!(has(&hers, id), "{hers:?} -> {:?}", ids(&hers));
    }

    /// Whatever a thread's labels and bars look like, reading never panics.
    #[test]
    fn a_thread_of_any_shape_is_read_without_panicking(
        parts in prop::collection::vec(
            prop::sample::select(&["him:", "me:", "|", "?", "no", "yes", "fever", ":", " ", "you", "my leg numb", "."][..]),
            0..24,
        ),
    ) {
        let text = parts.join(" ");
        let _ = ids(&text);
    }
}

/// Controls: a "yes" keeps the sign; a "no" with its own clause after it
/// goes with the question; "no bleeding, no leaking" keeps its denials.
#[rstest]
#[case::yes(
    "him: any bleeding? | yes a bit when I wiped",
    "vaginal_bleeding",
    true
)]
#[case::no_then_clause(
    "him: same as before? | no it's getting worse week on week",
    "worsening_weekly",
    true
)]
#[case::own_denials(
    "mom: anything else? | no bleeding, no leaking, just the back",
    "vaginal_bleeding",
    false
)]
#[case::you_said(
    "him: wait you said your leg is numb?? | yeah since lunch",
    "new_numbness",
    true
)]
fn thread_controls(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// "Increase" is a word of worsening; "if water break" is supposed;
/// "rush to hospital" is no leak, and "a rush of water down my leg" and
/// "water rushed out" are; "keep water down" belongs to vomiting only.
#[rstest]
#[case::increase("my back pain dey increase every week", "worsening_weekly", true)]
#[case::if_break("what should I watch for, like if water break?", "fluid_leak", false)]
#[case::rush_to("should I rush to hospital if water comes?", "fluid_leak", false)]
#[case::rush_of("a rush of water down my leg when I stood up", "fluid_leak", true)]
#[case::rushed("water rushed out of me in the kitchen", "fluid_leak", true)]
fn worse_if_and_rush(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

// ---- batches 181–183 (hurried voice-to-text; messages to a midwife; the
// signs played down) ----

/// "For my partner" names whom she writes for only after a word of asking
/// or writing, or opening its clause; someone she waits for, cooks for or
/// worries for is not the one with the signs.
#[rstest]
#[case::waits(
    "I passed out in the hall. Should I wait for my partner to drive me in?",
    true
)]
#[case::cooks("fainted while cooking for my husband, 31 weeks", true)]
#[case::asks(
    "Asking for my partner, she's 29 weeks and she passed out at work",
    true
)]
#[case::writes_for_her_past("writing for my wife, she fainted last year but is fine now", false)]
fn waiting_for_someone_is_not_writing_for_them(#[case] text: &str, #[case] present: bool) {
    reads(text, "seizure_or_fainting", present);
}

/// A fit told by what it looked like: stiff, then shaking all over.
#[rstest]
#[case::stiff_shook("she went stiff and shook all over, then she was dazed", true)]
#[case::body_shook("her whole body shook for a minute and she didn't answer", true)]
#[case::back_stiff("my back went stiff after hoovering", false)]
fn a_fit_told_by_its_look(#[case] text: &str, #[case] present: bool) {
    reads(text, "seizure_or_fainting", present);
}

/// "Earlier in the pregnancy" dates a sign that has cleared; a reading
/// taken back with "no wait" gives way to the one after it (both ways).
#[rstest]
#[case::earlier(
    "had a kidney infection earlier in the pregnancy, burning when I peed, all cleared",
    "burning_urination",
    false
)]
#[case::earlier_back(
    "burning when I pee earlier in the pregnancy and it's back again today",
    "burning_urination",
    true
)]
#[case::corrected_down("temp thirty eight no wait thirty seven point six", "fever", false)]
#[case::corrected_up(
    "temp thirty seven point four no wait thirty eight point four",
    "fever",
    true
)]
#[case::not_corrected("38.4 this morning and 37.8 now", "fever", true)]
fn earlier_in_the_pregnancy_and_readings_taken_back(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

// ---- batches 184–186 (SMS typos in the key words; South Asian English;
// long US/CA forum posts) ----

/// Key words typed short: two letters left out of a long word, short
/// itch words, "yr" for year, Hindi "pait" for the belly.
#[rstest]
#[case::two_dropped("sudden numnes down there n inner thighs", "saddle_numbness", true)]
#[case::itchy("hands n feet so ichy at nite no rash", "itching", true)]
#[case::year("had a uti last yr, all cleared now", "burning_urination", false)]
#[case::pait(
    "very severe pain in pait, constant, not easing",
    "severe_abdominal_pain",
    true
)]
#[case::continent("no leaking, continent, just the spasm", "bladder_control_loss", false)]
fn key_words_typed_short(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Not doing something for fear of the spasm is the avoidance itself; a
/// person who "stopped moving" is not the baby, and a baby who stopped
/// moving is no fear of moving.
#[rstest]
#[case::not_doing(
    "I'm not lifting anything at home because of fear of the spasm coming back",
    "fear_avoidance",
    true
)]
#[case::denied_fear(
    "I'm not scared of the spasm coming back, I move normally",
    "fear_avoidance",
    false
)]
#[case::me_stopped(
    "I've basically stopped moving because of the spasms",
    "reduced_fetal_movement",
    false
)]
#[case::baby_stopped("the baby has stopped moving since lunch", "fear_avoidance", false)]
#[case::baby_stopped_rfm(
    "the baby has stopped moving since lunch",
    "reduced_fetal_movement",
    true
)]
fn avoidance_and_who_stopped_moving(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// A condition runs on over "or" to a second change ("…or I start getting
/// pain down my leg"); "last time around" is a previous pregnancy; a stool
/// passed without feeling it is loss of bowel control.
#[rstest]
#[case::or_change(
    "what do I do if my feet swell up or I start getting shooting pain down my leg?",
    "nerve_pain",
    false
)]
#[case::now_after_if(
    "if it gets worse I'll call, but right now I have shooting pain down my leg",
    "nerve_pain",
    true
)]
#[case::last_time(
    "last time around I had sciatica down my leg, it went after the birth",
    "nerve_pain",
    false
)]
#[case::pooped(
    "twice today I pooped and did not feel it coming",
    "bowel_control_loss",
    true
)]
fn conditions_past_pregnancies_and_bowels(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

// ---- batches 187–189 (plain UK/IE form; Irish, Scots and Northern
// English; an everyday worldwide mix) ----

/// Scots words for the body and its accidents, and Scots "no" for "not"
/// before a verb form (never before a sign's own name: "has no feeling").
#[rstest]
#[case::pished("I've pished maself and didnae feel it", "bladder_control_loss", true)]
#[case::bahookie(
    "ma bahookie and the inside o ma thighs are numb",
    "saddle_numbness",
    true
)]
#[case::no_felt(
    "she's no felt the wean move much the day",
    "reduced_fetal_movement",
    true
)]
#[case::no_feeling("the side of my foot has no feeling", "new_numbness", true)]
#[case::wee_bit(
    "wee bit sair when I get oot the car, nae bleedin",
    "burning_urination",
    false
)]
fn scots_body_words_and_no(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// "Earlier this year" is long ago; intact waters are no leak.
#[rstest]
#[case::earlier_year(
    "had a UTI earlier this year, all sorted, no burning now",
    "burning_urination",
    false
)]
#[case::intact("waters intact, baby kicking, just the back", "fluid_leak", false)]
#[case::went("my waters went earlier this evening", "fluid_leak", true)]
fn earlier_this_year_and_intact_waters(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}

// ---- batches 190–191 (Caribbean English and Creole; questions and
// fears) ----

/// Creole words and forms: "miself", "nuff", "drawers", "nah" after a
/// pronoun as "not", a "foot" reaching the knee as the leg, a climb dated
/// "from … ago".
#[rstest]
#[case::miself(
    "mi just wet up miself, never feel it come",
    "bladder_control_loss",
    true
)]
#[case::drawers("mi drawers keep get wet, clear like water", "fluid_leak", true)]
#[case::nuff("spasm dem come back nuff times a week", "frequent_recurrence", true)]
#[case::nah("she nah bleed, no fever, just di back", "vaginal_bleeding", false)]
#[case::foot_knee(
    "mi right foot from knee down swell up, red and hot",
    "hot_swollen_leg",
    true
)]
#[case::feet_swollen(
    "both feet swollen up to the knee by evening",
    "hot_swollen_leg",
    false
)]
#[case::from_ago(
    "from about a month ago every week it get worse",
    "worsening_weekly",
    true
)]
fn creole_words_and_forms(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// A sign named only as the object of a question ("should I worry about
/// a UTI?", "asked whether I'd had any bleeding") is asked, not told; a
/// sign told next to such a question is still told.
#[rstest]
#[case::worry_about(
    "should I worry about a UTI? no burning when I pee",
    "burning_urination",
    false
)]
#[case::asked_whether(
    "the midwife asked whether I'd had any bleeding, which I haven't",
    "vaginal_bleeding",
    false
)]
#[case::told_then_asked(
    "I'm bleeding, should I worry about a miscarriage?",
    "vaginal_bleeding",
    true
)]
#[case::what_does_it_mean(
    "what does it mean that I'm bleeding bright red?",
    "vaginal_bleeding",
    true
)]
fn signs_only_asked_about(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}

/// Batches 193–195: "gone downhill" is a word of worsening (with a span
/// of weeks it is weekly worsening; alone it is not).
#[rstest]
#[case::weekly("my back has gone downhill week by week since 26 weeks", true)]
#[case::no_span("the day went downhill after the school run", false)]
fn downhill_week_by_week(#[case] text: &str, #[case] present: bool) {
    reads(text, "worsening_weekly", present);
}
