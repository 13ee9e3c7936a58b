//! The check in Spanish: the same rules and numbers with Spanish words, and
//! free text on a Spanish page always answered with the whole warning-sign
//! screen while the reader reads English only.

use super::*;
use crate::Disposition;
use crate::intake::Intake;
use proptest::prelude::*;
use rstest::rstest;

fn run_in(lang: Lang, text: &str, findings: &[FindingId]) -> Assessment {
    let request = Request {
        text,
        findings,
        lang,
        ..Request::default()
    };
    check(
        Content::builtin_in(lang),
        Intake::builtin_in(lang),
        &request,
    )
    .expect("short input")
}

fn whole_screen_asked(a: &Assessment) -> bool {
    FindingId::ALL
        .iter()
        .filter(|id| id.disposition() >= Disposition::SameDay)
        .filter(|id| !a.findings.iter().any(|f| f.id == **id))
        .all(|id| a.questions.iter().any(|q| q.finding == *id))
}

#[rstest]
#[case::spasm_in_spanish("me duele la espalda baja desde ayer, como un calambre")]
#[case::sign_in_spanish("sangro mucho y tengo fiebre, 30 semanas")]
#[case::english_on_a_spanish_page("my lower back goes into spasm when I stand up")]
fn free_text_on_a_spanish_page_always_gets_the_whole_screen_and_says_why(#[case] text: &str) {
    let a = run_in(Lang::Es, text, &[]);
    assert!(whole_screen_asked(&a), "{text:?}: {:?}", a.questions);
    let why = &Content::builtin_in(Lang::Es).messages.reader_language;
    assert!(
        a.actions.iter().any(|line| **line == *why),
        "{:?}",
        a.actions
    );
    // and the questions are asked in Spanish
    let en = Content::builtin();
    assert!(a.questions.iter().all(|q| {
        en.findings
            .iter()
            .all(|f| f.question.as_deref() != Some(q.text.as_str()))
    }));
}

#[test]
fn ticked_findings_alone_on_a_spanish_page_are_not_a_text_to_read() {
    let a = run_in(Lang::Es, "", &[FindingId::Fever]);
    let why = &Content::builtin_in(Lang::Es).messages.reader_language;
    assert!(!a.actions.iter().any(|line| **line == *why));
    assert_eq!(a.disposition, Disposition::SameDay);
}

#[test]
fn heavy_bleeding_with_fever_is_an_emergency_in_spanish_too() {
    let a = run_in(Lang::Es, "heavy bleeding", &[FindingId::Fever]);
    assert_eq!(a.disposition, Disposition::Emergency);
    let es = &Content::builtin_in(Lang::Es).dispositions[Disposition::Emergency as usize];
    assert_eq!(a.title, es.title);
    assert_ne!(
        a.title,
        Content::builtin().dispositions[Disposition::Emergency as usize].title
    );
}

/// An English key word typed wrong reads the same in Spanish as in
/// English, though the two lexicons spell "bleeding" each other's way
/// ("bleding" once ended on "sangrado", which no phrase holds).
#[rstest]
#[case::misspelt("heavy bleding", Disposition::Emergency)]
#[case::held_key("heavy bleedingg", Disposition::Emergency)]
#[case::misspelt_alone("i am bleding", Disposition::SameDay)]
fn an_english_typo_reads_the_same_in_spanish(#[case] text: &str, #[case] want: Disposition) {
    assert_eq!(run_in(Lang::En, text, &[]).disposition, want);
    assert_eq!(run_in(Lang::Es, text, &[]).disposition, want);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Spanish never answers lower: the Spanish reader reads the English
    /// words too, so the same text and ticks give the same disposition or
    /// a higher one, every finding read in English, and every sign English
    /// asks about asked or read; the numbers to call are the same.
    #[test]
    fn the_language_never_lowers_the_answer_or_drops_a_finding(
        text in "[a-z ,.]{0,40}|(heavy bleeding|fever|my back hurts|numb|no urge|sangro mucho|no tengo fiebre) ?[a-z ]{0,12}",
        ticked in prop::sample::subsequence(FindingId::ALL.to_vec(), 0..3),
    ) {
        let en = run_in(Lang::En, &text, &ticked);
        let es = run_in(Lang::Es, &text, &ticked);
        prop_assert!(es.disposition >= en.disposition, "{:?} < {:?}", es.disposition, en.disposition);
        for f in &en.findings {
            prop_assert!(es.findings.iter().any(|g| g.id == f.id), "{:?} lost", f.id);
        }
        // what English asks, Spanish asks or has read
        for q in &en.questions {
            prop_assert!(
                es.questions.iter().any(|x| x.finding == q.finding)
                    || es.findings.iter().any(|f| f.id == q.finding),
                "{:?} neither asked nor read",
                q.finding
            );
        }
        if es.disposition == en.disposition {
            prop_assert_eq!(en.calls.len(), es.calls.len());
            for (a, b) in en.calls.iter().zip(es.calls.iter()) {
                prop_assert_eq!(&a.tel, &b.tel);
            }
        }
    }
}

fn read_in_spanish(text: &str) -> Vec<FindingId> {
    crate::intake::Intake::builtin_in(Lang::Es)
        .read(text)
        .map(|r| r.ids())
        .unwrap_or_default()
}

/// The Spanish reader reads sign `id` in `text`.
fn reads(text: &str, id: FindingId) {
    let read = read_in_spanish(text);
    assert!(read.contains(&id), "{text:?}: {read:?}");
}

/// The Spanish reader leaves sign `id` out of `text`.
fn does_not_read(text: &str, id: FindingId) {
    let read = read_in_spanish(text);
    assert!(!read.contains(&id), "{text:?}: {read:?}");
}

/// Spanish is typed with and without its accents: a word reads the same
/// either way, also when a spelling of one lexicon leads to a word another
/// spells on ("oriné" → "orine" → the English "urine" the phrases hold).
#[rstest]
#[case("me orine encima sin darme cuenta", "me oriné encima sin darme cuenta")]
#[case("me hice pipi encima", "me hice pipí encima")]
#[case(
    "el bebe casi no se mueve desde ayer",
    "el bebé casi no se mueve desde ayer"
)]
#[case(
    "tengo fiebre y un dolor insoportable",
    "tengo fiébre y un dolor insoportáble"
)]
fn accents_never_change_what_the_spanish_reader_reads(#[case] plain: &str, #[case] accented: &str) {
    let read = read_in_spanish(plain);
    assert!(!read.is_empty(), "{plain:?} reads nothing");
    assert_eq!(read_in_spanish(accented), read, "{accented:?}");
}

#[test]
fn the_spanish_reader_still_reads_english() {
    assert!(
        read_in_spanish("heavy bleeding and a hot swollen calf")
            .contains(&FindingId::HeavyBleeding)
    );
}

/// What only looks like a review sign (waking to wee, a baby's kicks at
/// night, weeing every day) is set aside only when it is told with the
/// sign, not when a reassurance or an old illness follows in the next
/// clause; spasms counted with a range or in words are counted; a leg
/// "dormida de la pierna" is numb, and a word mended from a typo or a held
/// key reads through the spellings like the word itself.
#[rstest]
#[case::reassurance_after(
    "los espasmos me despiertan cada noche, el bebé se mueve bien",
    FindingId::NightWaking
)]
#[case::old_infection_after(
    "me dan tirones casi todos los días, la infección de orina del año pasado ya se curó",
    FindingId::FrequentRecurrence
)]
#[case::range_in_chat("tengo espasmos 4 o 5 veces x semana", FindingId::FrequentRecurrence)]
#[case::count_in_words(
    "me dan espasmos tres o cuatro veces por semana",
    FindingId::FrequentRecurrence
)]
#[case::numb_in_the_leg(
    "tengo entumida d la pierna izquierda desde ayer",
    FindingId::NewNumbness
)]
#[case::held_key_in_english("feverr and the worst pain ever", FindingId::Fever)]
#[case::relative_writing(
    "escribo por mi mujer: se le escapó el pis sin darse cuenta",
    FindingId::BladderControlLoss
)]
fn spanish_signs_told_in_everyday_ways_are_read(#[case] text: &str, #[case] id: FindingId) {
    reads(text, id);
}

#[rstest]
#[case::weeing_daily("hago pis todos los dias muchas veces")]
#[case::woken_to_wee("me despierto cada noche para hacer pis")]
fn spanish_look_alikes_of_review_signs_stay_apart(#[case] text: &str) {
    let read = read_in_spanish(text);
    assert!(
        !read.contains(&FindingId::FrequentRecurrence) && !read.contains(&FindingId::NightWaking),
        "{text:?}: {read:?}"
    );
}

/// Mechanisms of the Spanish reader's second round (H272): English rules
/// stay off Spanish words ("he" is "I have", "mi" is "my", "o" is "or");
/// numbers said in words are numbers, blood pressure readings included;
/// a diminutive is its word; "y" and a new "yo" end a denial; a relative's
/// third person is read as the first; "un día sí y otro no" and "no hay
/// noche que no" are not denials.
#[rstest]
#[case::he_is_i_have(
    "he ido al centro de salud y me han medido la tensión: 158/112",
    FindingId::SevereBloodPressure
)]
#[case::pressure_in_words(
    "la presión me dio ciento cincuenta y dos sobre ciento catorce",
    FindingId::SevereBloodPressure
)]
#[case::raised_in_words(
    "en la farmacia la tensión salió ciento cuarenta y uno sobre noventa y cuatro",
    FindingId::RaisedBloodPressure
)]
#[case::or_between_counts(
    "los tirones me dan cinco o seis veces por semana",
    FindingId::FrequentRecurrence
)]
#[case::diminutive(
    "desde esta mañana me moja un liquidito clarito por abajo",
    FindingId::FluidLeak
)]
#[case::denial_ends_at_y(
    "sin fuerzas y a ratos pienso en hacerme daño",
    FindingId::SelfHarmThoughts
)]
#[case::new_subject_ends_a_denial(
    "a mi cuñada le pasó pero yo no tengo eso yo tengo calambres de espalda cuatro veces por semana",
    FindingId::FrequentRecurrence
)]
#[case::me_too_after_someone_else(
    "mi hijo tiene gripe y yo también fiebre de 38,4",
    FindingId::Fever
)]
#[case::relatives_third_person(
    "mi nuera de 30 semanas no puede controlar las heces desde anoche",
    FindingId::BowelControlLoss
)]
#[case::relative_thinks_of_harm(
    "mi pareja está de 25 semanas y me contó que piensa en lastimarse",
    FindingId::SelfHarmThoughts
)]
#[case::every_other_day(
    "me dan espasmos un día sí y otro no, unas cuatro veces por semana",
    FindingId::FrequentRecurrence
)]
#[case::no_night_without(
    "no hay noche que no me desvele la contractura",
    FindingId::NightWaking
)]
#[case::counted_this_week(
    "esta semana ya llevo cinco tirones en la zona lumbar",
    FindingId::FrequentRecurrence
)]
#[case::more_each_week(
    "la zona lumbar me molesta más cada semana",
    FindingId::WorseningWeekly
)]
#[case::memory_gap(
    "estaba en la cocina y lo siguiente que recuerdo es a mi madre llamándome",
    FindingId::SeizureOrFainting
)]
fn spanish_second_round_mechanisms_read_the_sign(#[case] text: &str, #[case] id: FindingId) {
    reads(text, id);
}

/// The same mechanisms leave alone what is not a sign: two spasms a week
/// said in words, someone else's sign, "he" before a resolved past.
#[rstest]
#[case::two_in_words("me dan espasmos dos veces por semana")]
#[case::brother_in_law("mi cuñado tiene fiebre de 39 y yo solo tengo espasmos")]
#[case::normal_in_words("la tensión me dio ciento diez sobre setenta")]
fn spanish_second_round_look_alikes_stay_apart(#[case] text: &str) {
    let read = read_in_spanish(text);
    assert!(
        !read.iter().any(|id| matches!(
            id,
            FindingId::FrequentRecurrence
                | FindingId::Fever
                | FindingId::RaisedBloodPressure
                | FindingId::SevereBloodPressure
        )),
        "{text:?}: {read:?}"
    );
}

/// Third round (H273): weekdays listed are counted; "sobre" between two
/// readings is a blood pressure by its shape; "con" and "y medio" give a
/// temperature's decimals; "sin" before an infinitive denies only that;
/// "no es que no…" is no denial; the reason "por miedo" inside an
/// avoidance keeps it; a chat's "x" is "por"; "me pasa ahora mismo"
/// answers a question asked about oneself.
#[rstest]
#[case::weekday_nights(
    "los calambres me despertaron el martes, el miércoles y el sábado",
    FindingId::NightWaking
)]
#[case::weekday_days(
    "tuve espasmos lumbares el lunes, el jueves y el domingo",
    FindingId::FrequentRecurrence
)]
#[case::reading_by_its_shape(
    "el aparato de mi vecina me marcó 165 sobre 108 hace un rato",
    FindingId::SevereBloodPressure
)]
#[case::tenths_after_con("el termómetro marcó treinta y ocho con cuatro", FindingId::Fever)]
#[case::and_a_half("tengo treinta y ocho y medio de temperatura", FindingId::Fever)]
#[case::sin_before_an_infinitive(
    "tres noches sin descansar pienso en quitarme la vida",
    FindingId::SelfHarmThoughts
)]
#[case::not_that_not(
    "no es que no aguante el pis, es que se me escapa solo y no lo noto",
    FindingId::BladderControlLoss
)]
#[case::fear_inside_the_avoidance(
    "no cargo a mi hija ni me agacho x miedo a otro tirón",
    FindingId::FearAvoidance
)]
#[case::asked_about_herself(
    "¿es normal no sentir nada entre las piernas al limpiarme? me pasa ahora mismo",
    FindingId::SaddleNumbness
)]
fn spanish_third_round_mechanisms_read_the_sign(#[case] text: &str, #[case] id: FindingId) {
    reads(text, id);
}

#[rstest]
#[case::two_weekdays("tuve espasmos el lunes y el jueves", FindingId::FrequentRecurrence)]
#[case::pain_score_over_ten("el dolor está en 6 sobre 10", FindingId::RaisedBloodPressure)]
#[case::normal_with_con("el termómetro marcó treinta y seis con ocho", FindingId::Fever)]
#[case::not_afraid("no tengo miedo de moverme, camino normal", FindingId::FearAvoidance)]
fn spanish_third_round_look_alikes_stay_apart(#[case] text: &str, #[case] id: FindingId) {
    does_not_read(text, id);
}

/// Fourth round (H274), Caribbean speech as typed: the dropped "d"
/// ("orinao", "dormías", "se ha movío"), the dropped plural "s" after a
/// plural article ("las pierna"), "ta" and "na", urine that comes out "solo",
/// "un día sí y un día no", and "no te voy a decir que no…", which says yes.
#[rstest]
#[case::coming_out_by_itself(
    "ay, se me ta saliendo el pipí solo y no lo noto",
    FindingId::BladderControlLoss
)]
#[case::dropped_d(
    "me he orinao encima dos veces hoy sin darme cuenta",
    FindingId::BladderControlLoss
)]
#[case::dropped_plural(
    "no siento na entre las pierna desde anoche",
    FindingId::SaddleNumbness
)]
#[case::dropped_d_plural("tengo las nalgas como dormías", FindingId::SaddleNumbness)]
#[case::participle_after_haber(
    "el nene hoy casi no se ha movío y siempre patea mucho",
    FindingId::ReducedFetalMovement
)]
#[case::every_other_day(
    "un día sí y un día no me dan tirones en la cintura",
    FindingId::FrequentRecurrence
)]
#[case::saying_yes_by_not_saying_no(
    "no te voy a decir que no me he hecho pis encima, porque sí, hoy dos veces",
    FindingId::BladderControlLoss
)]
fn spanish_fourth_round_mechanisms_read_the_sign(#[case] text: &str, #[case] id: FindingId) {
    reads(text, id);
}

#[rstest]
#[case::fainting_from_laughter(
    "casi me he desmayao de la risa con mi hermana",
    FindingId::SeizureOrFainting
)]
#[case::jamaican_last_night("mi back did stiff las night", FindingId::NightWaking)]
fn spanish_fourth_round_look_alikes_stay_apart(#[case] text: &str, #[case] id: FindingId) {
    does_not_read(text, id);
}

/// Fifth round (H275), from the Andean and Chilean batch and relatives
/// writing (some in "portuñol"): local words ("guata", "pichi"), the
/// superlative ("fortísimo"), "cada como 10 minutos", a relative's third
/// person for saddle numbness and a fit told by what was seen, and
/// Portuguese words read as the Spanish ones.
#[rstest]
#[case::guata_superlative(
    "tengo un dolor de guata fortísimo hace una hora que no se me quita",
    FindingId::SevereAbdominalPain
)]
#[case::about_every(
    "la guata se me pone dura cada como ocho minutos y después se afloja",
    FindingId::RhythmicTightening
)]
#[case::pichi("me arde harto cuando hago pichi", FindingId::BurningUrination)]
#[case::counted_after_this_week(
    "esta semana ya me han dado cuatro espasmos lumbares",
    FindingId::FrequentRecurrence
)]
#[case::she_cannot_feel_wiping(
    "mi hija dice que no nota cuando se limpia, como anestesiada ahí abajo",
    FindingId::SaddleNumbness
)]
#[case::fit_as_seen(
    "a mi cuñada le dio algo, se puso rígida con los ojos volteados un minuto",
    FindingId::SeizureOrFainting
)]
#[case::portunol_waking(
    "a minha mulher acorda toda noite com espasmo nas costas",
    FindingId::NightWaking
)]
#[case::portunol_tightening(
    "a barriga dela fica dura cada uns sete minutos e depois amolece",
    FindingId::RhythmicTightening
)]
fn spanish_fifth_round_mechanisms_read_the_sign(#[case] text: &str, #[case] id: FindingId) {
    reads(text, id);
}
