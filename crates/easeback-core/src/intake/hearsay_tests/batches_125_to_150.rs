//! Reading mechanisms from the writers' batches 125–150, each with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

// ------------------------------------------------ batches 125–127

#[rstest]
#[case::did_not_make_it_to_the_loo(
    "didn't make it to the toilet twice today and didn't feel it coming",
    "bladder_control_loss",
    true
)]
#[case::woken_most_nights("Sleep: woken most nights by it now", "night_waking", true)]
#[case::clinician_temperature(
    "Nurse friend writing. Pt 27/40 with loin pain, worst she's ever had, T 38.9",
    "fever",
    true
)]
#[case::clinician_temperature_normal("Pt 29/40, back ache, T 37.2", "fever", false)]
#[case::weeks_of_forty_are_no_temperature(
    "Doula here. Pt 38/40 c/o back ache, nil else",
    "fever",
    false
)]
#[case::waves_every_few_minutes_in_shorthand(
    "Student MW. Pt 34/40, back ache coming in waves q8-10 min, bump goes hard with each",
    "rhythmic_tightening",
    true
)]
#[case::side_before_a_leg(
    "Pharmacist writing. Pt 26/40, electric shooting pain down the back of her R leg to the foot",
    "nerve_pain",
    true
)]
#[case::texting_r_is_still_are("r u ok? back is sore, legs fine", "nerve_pain", false)]
#[case::checklist_n_is_no("Bleeding N, fluid N, fever N. Back aching", "vaginal_bleeding", false)]
#[case::checklist_y_is_yes("Bleeding Y, since lunch. Back aching", "vaginal_bleeding", true)]
#[case::lowercase_n_is_and("bleeding n cramps since lunch", "vaginal_bleeding", true)]
#[case::checklist_question_answered_no(
    "red flags list: numbness between legs? no. leg weakness? no. Just achy",
    "saddle_numbness",
    false
)]
#[case::rising_scores_over_weeks(
    "Pt 31/40. Back pain 2/10 a month ago, 4/10 two weeks ago, 7/10 now",
    "worsening_weekly",
    true
)]
#[case::falling_scores_over_weeks(
    "Back pain 7/10 a month ago, 4/10 two weeks ago, 2/10 now",
    "worsening_weekly",
    false
)]
#[case::doula_with_her_wiping(
    "Doula here, with pt 33/40. Now says she can't feel the toilet paper when wiping",
    "saddle_numbness",
    true
)]
#[case::bp_still_high_later_in_the_sentence(
    "BP was borderline yesterday, checked today and it's still high",
    "raised_blood_pressure",
    true
)]
#[case::itch_worst_on_hands_and_feet(
    "itching everywhere. Her hands and feet are the worst at night",
    "itching",
    true
)]
#[case::feet_worse_than_yesterday_is_no_itch(
    "Itchy stretch marks. My feet are worse than yesterday, swollen",
    "itching",
    false
)]
#[case::not_moving_off_the_sofa_is_her(
    "I'm so scared of the next spasm I'm barely moving off the sofa",
    "reduced_fetal_movement",
    false
)]
fn batches_125_to_127(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 128–130

#[rstest]
#[case::went_down_and_came_round(
    "My daughter is 30 weeks. She went grey and went down, out for maybe 5 seconds, then came round",
    "seizure_or_fainting",
    true
)]
#[case::her_texted_words_of_the_sea(
    "My friend is 25 weeks. She texted me \"I keep thinking about walking into the sea\"",
    "self_harm_thoughts",
    true
)]
#[case::her_words_named_as_hers(
    "I'm her colleague. Her words: \"my blood pressure was up this morning and it's still high\"",
    "raised_blood_pressure",
    true
)]
#[case::peed_then_like_unfelt(
    "stood up and just... peed. like didn't feel it coming at all",
    "bladder_control_loss",
    true
)]
#[case::worse_week_to_week("my back is worse week to week", "worsening_weekly", true)]
#[case::without_a_bare_verb(
    "I made pee on the sofa this morning without feel it",
    "bladder_control_loss",
    true
)]
#[case::chest_like_an_elephant(
    "a pressure in the chest like an elephant sitting on me",
    "chest_pain_or_breathless",
    true
)]
#[case::lost_the_knowledge(
    "my daughter is 30 weeks, in the shower she lost the knowledge for some seconds",
    "seizure_or_fainting",
    true
)]
#[case::pain_of_belly_very_strong(
    "I have pain of belly very very strong, it does not pass",
    "severe_abdominal_pain",
    true
)]
#[case::think_in_hurting_myself("I start to think in hurting myself", "self_harm_thoughts", true)]
#[case::rigid_and_shaking(
    "My wife is 34 weeks. She stayed rigid and shaking the arms for a minute",
    "seizure_or_fainting",
    true
)]
#[case::underwear_humid("since last night my underwear is always humid", "fluid_leak", true)]
#[case::portuguese_pee_burning("it is burning when I make xixi", "burning_urination", true)]
#[case::reading_with_an_x("they took my pressure: 148 x 95", "raised_blood_pressure", true)]
#[case::brown_spots_in_the_underwear(
    "today there were brown spots in the underwear, small",
    "vaginal_bleeding",
    true
)]
#[case::scared_it_comes_again(
    "I stopped to go to the gym because I am scared that the spasm comes again",
    "fear_avoidance",
    true
)]
fn batches_128_to_130(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 131–133

#[rstest]
#[case::nowhere_near_as_busy(
    "he's nowhere near as busy as usual, barely a few nudges since lunch",
    "reduced_fetal_movement",
    true
)]
#[case::finish_myself(
    "for weeks I feel I should just finish myself, me and the baby",
    "self_harm_thoughts",
    true
)]
#[case::hindi_upar_joins_a_reading(
    "chemist checked my BP, 164 upar 106",
    "severe_blood_pressure",
    true
)]
#[case::urine_out_of_control(
    "since yesterday urine is going out of control, I find out later",
    "bladder_control_loss",
    true
)]
#[case::nothing_stays_down(
    "ulti since morning, whatever I eat or drink it comes out",
    "persistent_vomiting",
    true
)]
#[case::bp_going_high_high("BP is going high-high since few days", "raised_blood_pressure", true)]
#[case::times_in_this_week(
    "back catch is coming 3-4 times in this week itself",
    "frequent_recurrence",
    true
)]
#[case::not_moving_from_bed_for_fear(
    "Mother-in-law here. Bahu is 30 weeks, not moving at all from bed, she says pain will catch again",
    "fear_avoidance",
    true
)]
#[case::not_moving_from_bed_is_not_the_baby(
    "Mother-in-law here. Bahu is 30 weeks, not moving at all from bed, she says pain will catch again",
    "reduced_fetal_movement",
    false
)]
fn batches_131_to_133(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 134–135

#[rstest]
#[case::a_state_opens_the_next_sentence(
    "It's my right calf that's the problem. Hot to the touch, red and puffier than the left",
    "hot_swollen_leg",
    true
)]
#[case::doing_my_head_in_is_no_part(
    "the back is doing my head in. Hot in here today, going for a swim",
    "preeclampsia_signs",
    false
)]
#[case::the_kick_check_still_not_much(
    "she usually goes mad after tea but tonight nothing, had a cold drink and lay on my side, still not much",
    "reduced_fetal_movement",
    true
)]
#[case::pressure_said_high_for_her(
    "My wife is 30 weeks. The nurse checked her blood pressure and said it's high, 144 over something",
    "raised_blood_pressure",
    true
)]
fn batches_134_to_135(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 136–138

#[rstest]
#[case::an_accident_on_the_way_to_the_toilet(
    "had an accident on the stairs this morning, just didn't know I had to go",
    "bladder_control_loss",
    true
)]
#[case::a_car_accident_is_not_one(
    "had an accident in the car two years ago and my lower back never liked it since",
    "bladder_control_loss",
    false
)]
#[case::a_sneeze_accident_is_the_usual_leak(
    "had a little accident when I sneezed, it happens most days now",
    "bladder_control_loss",
    false
)]
#[case::moving_makes_me_worry(
    "I hardly leave the chair because bending makes me worry it will lock up",
    "fear_avoidance",
    true
)]
#[case::still_all_day(
    "honestly I lie still all day now, the sofa and me are best friends",
    "fear_avoidance",
    true
)]
#[case::asking_whether_to_worry_is_not_avoiding(
    "should I worry if I walk a lot with this ache? it's just stiffness",
    "fear_avoidance",
    false
)]
#[case::asked_and_denied_by_name(
    "can spasms make you pass out? not passed out myself, only curious",
    "seizure_or_fainting",
    false
)]
#[case::asked_and_denied_but_a_little(
    "is spotting normal this far on? I'm not spotting much, just a smear",
    "vaginal_bleeding",
    true
)]
#[case::asked_and_denied_but_now(
    "is a numb thigh a worry? not numb now but it was all morning",
    "new_numbness",
    true
)]
#[case::set_against_a_sign(
    "it's a dull ache across my hips, is that different from sciatica?",
    "nerve_pain",
    false
)]
#[case::a_pregnant_writer_tells_her_friends_story(
    "my cousin at 30 weeks had her waters go after a backache, I'm 27 weeks and just stiff",
    "fluid_leak",
    false
)]
#[case::a_husband_tells_his_wifes(
    "my wife at 30 weeks had her waters go after a backache an hour ago",
    "fluid_leak",
    true
)]
fn batches_136_to_138(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 139–141

#[rstest]
#[case::bowels_without_my(
    "cant hold bowels at all since lunch, back bad",
    "bowel_control_loss",
    true
)]
#[case::a_side_without_my("burning pain down l leg into foot", "nerve_pain", true)]
#[case::a_husbands_bare_leg_is_hers(
    "husband here, wife 29 wks, shooting pain down right leg since tea",
    "nerve_pain",
    true
)]
#[case::husband_here_names_the_writer(
    "hubby here, gf 31 wks, pins and needles all down her left foot",
    "nerve_pain",
    true
)]
#[case::back_of_places_the_part(
    "burning going down back of her left leg, she is 30 weeks, her sister typing",
    "nerve_pain",
    true
)]
#[case::voice_wee_for_we(
    "it stings when i we and my back is killing me",
    "burning_urination",
    true
)]
#[case::we_stays_a_pronoun("we went for a walk and the back eased", "burning_urination", false)]
#[case::gone_up_each_week(
    "the ache has gone up a notch each week since twenty weeks",
    "worsening_weekly",
    true
)]
#[case::every_week_more_pain(
    "every week more pain in lower back, now 26 weeks",
    "worsening_weekly",
    true
)]
#[case::present_for_past_faint(
    "yesterday I faint in kitchen and wake on the floor",
    "seizure_or_fainting",
    true
)]
#[case::wee_in_my_clothes(
    "today I do wee in my jeans and not even feel it, back very sore",
    "bladder_control_loss",
    true
)]
#[case::the_writer_stopped_moving_not_the_baby(
    "scared of the next spasm so I've kind of just stopped moving much",
    "reduced_fetal_movement",
    false
)]
#[case::likened_to_sciatica_with_nothing_shooting(
    "sciatica-ish ache but nothing shooting anywhere",
    "nerve_pain",
    false
)]
fn batches_139_to_141(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 142–144

#[rstest]
#[case::didnt_even_feel_myself_go(
    "never even felt myself pee, just found my leggings soaked",
    "bladder_control_loss",
    true
)]
#[case::a_discourse_word_opens_the_clause(
    "had a kidney infection in 2022, anyway it's burning when I pee again",
    "burning_urination",
    true
)]
#[case::mine_after_her_reading_is_mine(
    "my sister's pressure runs 150/95 and she copes, mine at the pharmacy was 144/86",
    "raised_blood_pressure",
    true
)]
#[case::a_friend_of_mine_is_her("a friend of mine has a temperature of 38.5", "fever", false)]
#[case::mine_doing_the_same(
    "my cousin's waters went slowly at 36 weeks and I reckon mine might be doing the same, damp since lunch",
    "fluid_leak",
    true
)]
#[case::like_mine_is_not_mine_too(
    "my friend's waters went at 34 weeks with back pain just like mine, but I'm bone dry",
    "fluid_leak",
    false
)]
#[case::bare_i_dont_answers_the_question(
    "Is it normal to get pins and needles in your feet? I don't, just wondering",
    "nerve_pain",
    false
)]
#[case::cant_really_feel(
    "she can't really feel the paper when she wipes, my wife is 30 weeks",
    "saddle_numbness",
    true
)]
#[case::usually_busy_now_barely_anything(
    "the baby is usually wild after dinner and today barely anything",
    "reduced_fetal_movement",
    true
)]
#[case::no_fit_is_cannot(
    "since morning i no fit hold my wee at all",
    "bladder_control_loss",
    true
)]
#[case::cotton_wool_between_the_legs(
    "my bottom and inner thighs feel like cotton wool since the spasm",
    "saddle_numbness",
    true
)]
#[case::pain_no_be_small("temperature 38.7 and the back pain no be small", "severe_pain", true)]
#[case::knickers_keep_getting_wet(
    "my knickers keep getting wet since this afternoon, 35 weeks",
    "fluid_leak",
    true
)]
fn batches_142_to_144(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 145–147

#[rstest]
#[case::pads_changed_each_hour(
    "bleeding since tea, I've changed my pad four times in the last hour",
    "heavy_bleeding",
    true
)]
#[case::given_way(
    "my right leg has given way twice on the stairs today",
    "leg_weakness",
    true
)]
#[case::barely_noticed_him(
    "he's normally a little acrobat at bedtime but since this morning I've barely noticed him",
    "reduced_fetal_movement",
    true
)]
#[case::dh_is_someone_else(
    "DH has sciatica with pain shooting down his leg, mine is just a stiff lower back",
    "nerve_pain",
    false
)]
#[case::scots_giein_way("ma left leg keeps giein way, back's awfy", "leg_weakness", true)]
#[case::scots_cannit_keep_down(
    "cannit keep a drop of watter doon since the morn, sick every time",
    "persistent_vomiting",
    true
)]
#[case::a_wee_stretch_is_small(
    "back's tight, a wee stretch and a hot bath help",
    "burning_urination",
    false
)]
#[case::a_wee_that_burns_is_a_wee("every time I have a wee it burns", "burning_urination", true)]
#[case::negative_concord_with_nothing(
    "a headache that doesn't go with nothing since two days, strong behind my eyes",
    "preeclampsia_signs",
    true
)]
#[case::litotes_not_nothing_stays(
    "it's not nothing, there's blood on the paper",
    "vaginal_bleeding",
    true
)]
#[case::clear_water_comes_out(
    "clear water comes out when I stand up since this morning",
    "fluid_leak",
    true
)]
#[case::a_pattern_round_to_the_front(
    "the back pains come every 6 minutes and wrap round to the front like a belt",
    "rhythmic_tightening",
    true
)]
#[case::spanish_not_moved(
    "the baby no se ha movido today, 33 weeks",
    "reduced_fetal_movement",
    true
)]
#[case::spanish_belly_and_itch("las palmas de my hands pica at night, no rash", "itching", true)]
fn batches_145_to_147(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}

// ------------------------------------------------ batches 148–150

#[rstest]
#[case::back_muscles_tightening_are_the_back(
    "her back muscles keep tightening up after a day at the desk",
    "rhythmic_tightening",
    false
)]
#[case::a_bump_that_keeps_tightening_still_is(
    "my back muscles ache and my bump keeps tightening every few minutes",
    "rhythmic_tightening",
    true
)]
fn batches_148_to_150(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    assert_eq!(has(text, id), present, "{text:?} -> {:?}", ids(text));
}
