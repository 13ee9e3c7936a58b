//! The session machine: walk-throughs, the stop rule, and properties over
//! arbitrary event sequences.

use super::*;
use crate::Content;
use proptest::prelude::*;

fn t(secs: i64) -> Timestamp {
    Timestamp::from_second(1_800_000_000 + secs).expect("time")
}

fn fresh() -> State {
    State::new(Plan::ladder(Content::builtin(), 0))
}

fn check_in(pain: u8, helped: bool) -> Event {
    Event::CheckIn {
        pain,
        helped,
        shooting_leg_pain: false,
        red_flags: vec![],
    }
}

fn run(events: Vec<Event>) -> (State, Vec<Vec<Effect>>) {
    let mut s = fresh();
    let mut all = Vec::new();
    for (i, e) in events.into_iter().enumerate() {
        let (next, fx) = transition(s, e, t(i as i64 * 60));
        s = next;
        all.push(fx);
    }
    (s, all)
}

#[test]
fn a_session_walks_the_ladder_with_timers_and_check_ins() {
    let (s, fx) = run(vec![
        Event::Start { pain: 7 },
        Event::StepDone,
        check_in(6, false),
        Event::StepDone,
    ]);
    assert_eq!(
        fx[0],
        vec![
            Effect::ShowStep { index: 0 },
            Effect::StartTimer { seconds: 60 }
        ]
    );
    assert_eq!(fx[1], vec![Effect::AskCheckIn { index: 0 }]);
    assert_eq!(
        fx[2],
        vec![
            Effect::ShowStep { index: 1 },
            Effect::StartTimer { seconds: 600 }
        ]
    );
    assert_eq!(s.phase, Phase::CheckIn { index: 1 });
    assert_eq!(s.records.len(), 1);
    assert_eq!(s.records[0].step, "reset_and_breathe");
}

#[test]
fn pain_shooting_down_a_leg_stops_the_ladder_with_same_day_advice() {
    let (s, fx) = run(vec![
        Event::Start { pain: 6 },
        Event::StepDone,
        Event::CheckIn {
            pain: 7,
            helped: false,
            shooting_leg_pain: true,
            red_flags: vec![],
        },
        Event::StepDone,
    ]);
    assert_eq!(
        s.phase,
        Phase::Escalated {
            disposition: Disposition::SameDay,
            findings: vec![FindingId::NervePain]
        }
    );
    assert!(fx[2].contains(&Effect::SaveOutcome));
    assert_eq!(
        fx[3],
        vec![Effect::Ignored],
        "nothing follows an escalation"
    );
    let o = s.outcome(t(999)).expect("over");
    assert_eq!(o.escalated, Some(Disposition::SameDay));
}

#[test]
fn a_red_flag_in_the_check_in_escalates_to_its_disposition() {
    let (s, _) = run(vec![
        Event::Start { pain: 6 },
        Event::StepDone,
        Event::CheckIn {
            pain: 5,
            helped: true,
            shooting_leg_pain: false,
            red_flags: vec![FindingId::HotSwollenLeg],
        },
    ]);
    assert!(matches!(
        s.phase,
        Phase::Escalated {
            disposition: Disposition::Emergency,
            ..
        }
    ));
}

#[test]
fn a_review_finding_alone_does_not_stop_the_ladder() {
    let (s, _) = run(vec![
        Event::Start { pain: 6 },
        Event::StepDone,
        Event::CheckIn {
            pain: 5,
            helped: false,
            shooting_leg_pain: false,
            red_flags: vec![FindingId::NightWaking],
        },
    ]);
    assert_eq!(
        s.phase,
        Phase::Step {
            index: 1,
            running_since: Some(t(120)),
            elapsed_ms: 0
        }
    );
}

#[test]
fn a_step_that_helps_can_be_repeated_and_is_recorded() {
    let (s, fx) = run(vec![
        Event::Start { pain: 8 },
        Event::StepDone,
        check_in(4, true),
        Event::Repeat,
        Event::StepDone,
        check_in(2, true),
        Event::Stop,
    ]);
    assert_eq!(fx[2], vec![Effect::OfferRepeat { index: 0 }]);
    assert_eq!(fx[3][0], Effect::ShowStep { index: 0 });
    let o = s.outcome(t(999)).expect("over");
    assert_eq!(o.helped_step.as_deref(), Some("reset_and_breathe"));
    assert_eq!((o.pain_before, o.pain_after), (Some(8), Some(2)));
    assert_eq!(o.steps.len(), 2);
}

#[test]
fn pause_and_resume_keep_the_remaining_time() {
    let mut s = fresh();
    (s, _) = transition(s, Event::Start { pain: 5 }, t(0));
    (s, _) = transition(s, Event::Next, t(5)); // not for this phase
    (s, _) = transition(s, Event::Pause, t(20));
    let (s, fx) = transition(s, Event::Resume, t(100));
    assert_eq!(
        fx,
        vec![Effect::ResumeTimer {
            remaining_seconds: 40
        }]
    );
    assert!(matches!(
        s.phase,
        Phase::Step {
            index: 0,
            running_since: Some(_),
            elapsed_ms: 20_000
        }
    ));
}

#[test]
fn skipping_every_step_finishes_without_a_helped_step() {
    let mut events = vec![Event::Start { pain: 5 }];
    events.extend(std::iter::repeat_n(Event::Skip, 8));
    let (s, fx) = run(events);
    assert_eq!(s.phase, Phase::Finished);
    assert_eq!(fx.last().expect("fx"), &vec![Effect::SaveOutcome]);
    assert_eq!(s.outcome(t(999)).expect("over").helped_step, None);
}

#[test]
fn the_next_session_starts_where_relief_came_most_often() {
    let c = Content::builtin();
    assert_eq!(suggest_start(c, &[]), 0);
    let o = |step: Option<&str>| Outcome {
        started_at: t(0),
        ended_at: t(1),
        pain_before: Some(5),
        pain_after: Some(3),
        helped_step: step.map(str::to_string),
        escalated: None,
        steps: vec![],
    };
    let history = [
        o(Some("heat")),
        o(Some("indoor_walk")),
        o(Some("indoor_walk")),
        o(None),
        o(Some("heat")),
    ];
    assert_eq!(
        suggest_start(c, &history),
        1,
        "a tie goes to the earlier step"
    );
    let history = [
        o(Some("heat")),
        o(Some("indoor_walk")),
        o(Some("indoor_walk")),
    ];
    assert_eq!(suggest_start(c, &history), 2);
}

fn finding() -> impl Strategy<Value = FindingId> {
    (0..FindingId::ALL.len()).prop_map(|i| FindingId::ALL[i])
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        (0u8..=12).prop_map(|pain| Event::Start { pain }),
        Just(Event::Pause),
        Just(Event::Resume),
        Just(Event::StepDone),
        Just(Event::Skip),
        (
            0u8..=12,
            any::<bool>(),
            any::<bool>(),
            prop::collection::vec(finding(), 0..3)
        )
            .prop_map(
                |(pain, helped, shooting_leg_pain, red_flags)| Event::CheckIn {
                    pain,
                    helped,
                    shooting_leg_pain,
                    red_flags
                }
            ),
        Just(Event::Repeat),
        Just(Event::Next),
        Just(Event::Stop),
    ]
}

proptest! {
    #[test]
    fn any_event_sequence_keeps_the_rules(events in prop::collection::vec(event(), 0..60), start in 0usize..10) {
        let mut s = State::new(Plan::ladder(Content::builtin(), start));
        for (i, e) in events.into_iter().enumerate() {
            let before = s.clone();
            let was_over = s.is_over();
            let (next, fx) = transition(s, e.clone(), t(i as i64 * 30));
            if was_over {
                prop_assert_eq!(&next, &before, "an ended session accepts nothing");
                prop_assert_eq!(fx, vec![Effect::Ignored]);
            }
            if let (Phase::CheckIn { .. }, Event::CheckIn { pain, shooting_leg_pain, red_flags, .. }) = (&before.phase, &e)
                && *pain <= 10
            {
                {
                    let mut ids = red_flags.clone();
                    if *shooting_leg_pain { ids.push(FindingId::NervePain); }
                    let d = decide(&ids).disposition;
                    if d >= Disposition::SameDay {
                        let escalated = matches!(next.phase, Phase::Escalated { disposition, .. } if disposition == d);
                        prop_assert!(escalated, "a stop answer escalates with triage's disposition");
                    } else {
                        let escalated = matches!(next.phase, Phase::Escalated { .. });
                        prop_assert!(!escalated);
                    }
                }
            }
            s = next;
        }
        if let Some(o) = s.outcome(t(10_000))
            && let Some(h) = &o.helped_step
        {
            prop_assert!(o.steps.iter().any(|r| &r.step == h && !r.skipped), "the helped step was done");
        }
    }
}

#[test]
fn a_skip_with_a_stop_answer_stops_and_one_without_moves_on() {
    let (s, fx) = run(vec![
        Event::Start { pain: 6 },
        Event::SkipAnswered {
            shooting_leg_pain: true,
            red_flags: vec![],
        },
    ]);
    assert!(
        matches!(
            s.phase,
            Phase::Escalated {
                disposition: Disposition::SameDay,
                ..
            }
        ),
        "{:?}",
        s.phase
    );
    assert!(
        fx.iter()
            .flatten()
            .any(|e| matches!(e, Effect::Escalate { .. }))
    );
    let o = s.outcome(t(999)).expect("over");
    assert_eq!(o.escalated, Some(Disposition::SameDay));
    let (s, fx) = run(vec![
        Event::Start { pain: 6 },
        Event::SkipAnswered {
            shooting_leg_pain: false,
            red_flags: vec![],
        },
    ]);
    assert!(
        matches!(s.phase, Phase::Step { index: 1, .. }),
        "{:?}",
        s.phase
    );
    assert!(
        fx.iter()
            .flatten()
            .any(|e| *e == Effect::ShowStep { index: 1 })
    );
    assert!(s.records[0].skipped);
}
