//! Relief in the terminal: `quick` (the quick action for what set a spasm
//! off), `exercises` / `exercise ID`, and the guided `session` that walks the
//! self-care ladder with timers and check-ins, driven by the core state
//! machine. Input is read line by line (typed or piped), so a session can be
//! scripted end to end; `--time-scale` speeds timers up (0: no waiting).

use crate::diary_cli::{DbArg, runtime};
use crate::terminal::{Input, TimerEnd, WIDTH, run_timer, wrap};
use crate::words::{say, usage};
use anyhow::Result;
use clap::Args;
use easeback_core::content::{Exercise, StepKind};
use easeback_core::intake::Intake;
use easeback_core::session::{Effect, Event, Plan, State, suggest_start, transition};
use easeback_core::triage::assess;
use easeback_core::{Content, Lang, Region};
use easeback_store::Store;
use jiff::Timestamp;
use std::collections::VecDeque;
use std::io::{self, IsTerminal, Write};

/// A refusal (`message`) naming what was given and the ids to choose from.
fn unknown<'a>(
    lang: Lang,
    message: &str,
    given: &str,
    ids: impl Iterator<Item = &'a str>,
) -> anyhow::Error {
    let ids = ids.collect::<Vec<_>>().join(", ");
    usage(say!(lang, message, given = given, ids = ids))
}

/// A labelled cue ("How much: …") wrapped with `indent`.
fn cue(lang: Lang, id: &str, text: &str, indent: &str) -> String {
    wrap(&say!(lang, id, text = text), indent)
}

fn exercise_cues(e: &Exercise, lang: Lang) -> String {
    let mut s = format!("  {}\n", e.name);
    for (id, text) in [
        ("term-cue-start", &e.position),
        ("term-cue-move", &e.movement),
        ("term-cue-breathe", &e.breathing),
        ("term-cue-how-much", &e.dose),
        ("term-cue-take-care", &e.caution),
    ] {
        s.push_str(&cue(lang, id, text, "    "));
        s.push('\n');
    }
    s
}

fn print_step(content: &Content, plan: &Plan, index: usize) {
    let Some(step) = plan.steps.get(index) else {
        return;
    };
    let lang = content.lang;
    let title = say!(
        lang,
        "term-step-title",
        number = step.number,
        total = plan.steps.len(),
        name = step.name.as_str()
    );
    println!(
        "\n{title}\n{}",
        "─".repeat(title.chars().count().min(WIDTH))
    );
    println!("{}", wrap(&step.what, ""));
    println!("{}", cue(lang, "term-cue-how-much", &step.dose, ""));
    println!("{}", cue(lang, "term-cue-take-care", &step.caution, ""));
    for id in &step.exercises {
        if let Some(e) = content.exercises.iter().find(|e| &e.id == id) {
            print!("{}", exercise_cues(e, lang));
        }
    }
}

#[derive(Args, Debug)]
pub struct SessionArgs {
    /// Multiply every timer by this (0 = no waiting; for demos and tests).
    #[arg(long, default_value_t = 1.0)]
    pub time_scale: f64,
    /// Start at this ladder step (1–8); default: where relief came most often.
    #[arg(long)]
    pub start: Option<usize>,
    /// Do not save the outcome in the diary.
    #[arg(long)]
    pub no_save: bool,
    #[arg(long, env = "EASEBACK_REGION")]
    pub region: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

/// Leave the terminal tidy on Ctrl-C; nothing from the session is saved.
fn on_ctrl_c(lang: Lang) {
    // worded before the handler: it runs on its own thread at any moment
    let stopped = say!(lang, "term-ctrl-c");
    let _ = ctrlc::set_handler(move || {
        let mut out = io::stdout();
        let _ = writeln!(out, "\x1b[?25h");
        let _ = writeln!(out, "{stopped}");
        let _ = out.flush();
        std::process::exit(130);
    });
}

pub fn session(args: &SessionArgs, content: &Content, region: Option<&Region>) -> Result<()> {
    let lang = content.lang;
    if !(args.time_scale >= 0.0 && args.time_scale <= 10.0) {
        return Err(usage(say!(lang, "term-time-scale-range")));
    }
    on_ctrl_c(lang);
    let rt = runtime()?;
    let (store, user, history) = rt.block_on(async {
        let (store, user) = crate::diary_cli::open(&args.db, lang).await?;
        let history = store.session_outcomes(&user, 50).await?;
        anyhow::Ok((store, user, history))
    })?;
    let suggested = suggest_start(content, &history);
    let start = match args.start {
        Some(n) if (1..=content.ladder.steps.len()).contains(&n) => n - 1,
        Some(n) => {
            let steps = content.ladder.steps.len();
            return Err(usage(say!(
                lang,
                "term-start-range",
                steps = steps,
                given = n
            )));
        }
        None => suggested,
    };
    let plan = Plan::ladder(content, start);
    println!("{}", wrap(&content.ladder.intro, ""));
    println!("{}", wrap(&content.ladder.stop_rule, ""));
    if start > 0 && args.start.is_none() {
        println!("{}", say!(lang, "term-starting-at", step = start + 1));
    }
    let input = Input::spawn(lang);
    let Some(pain) = input.number(&say!(lang, "term-pain-now")) else {
        println!("{}", say!(lang, "term-no-answer"));
        return Ok(());
    };
    let mut state = State::new(plan.clone());
    let (s, fx) = transition(state, Event::Start { pain }, Timestamp::now());
    state = s;
    let mut queue: VecDeque<Effect> = fx.into();
    while let Some(effect) = queue.pop_front() {
        let event = match effect {
            Effect::ShowStep { index } => {
                print_step(content, &plan, index);
                let timed = plan.steps.get(index).and_then(|s| s.seconds).is_some();
                if timed {
                    None
                } else if args.time_scale <= 0.0 {
                    Some(Event::StepDone)
                } else {
                    match input.ask(&say!(lang, "term-step-done-prompt")).as_deref() {
                        None | Some("q") => Some(Event::Stop),
                        Some("s") => Some(skip_answered(&input, &content.ladder.check_in)),
                        Some(_) => Some(Event::StepDone),
                    }
                }
            }
            Effect::StartTimer { seconds }
            | Effect::ResumeTimer {
                remaining_seconds: seconds,
            } => {
                let breathing = matches!(&state.phase, easeback_core::session::Phase::Step { index, .. }
                    if plan.steps.get(*index).is_some_and(|s| s.kind == StepKind::Breathing));
                Some(
                    match run_timer(&input, seconds, args.time_scale, breathing) {
                        TimerEnd::Done => Event::StepDone,
                        TimerEnd::Pause => Event::Pause,
                        TimerEnd::Skip => skip_answered(&input, &content.ladder.check_in),
                        TimerEnd::Quit => Event::Stop,
                    },
                )
            }
            Effect::PauseTimer => loop {
                match input.ask(&say!(lang, "term-paused")).as_deref() {
                    None | Some("q") => break Some(Event::Stop),
                    Some("r") | Some("") => break Some(Event::Resume),
                    _ => {}
                }
            },
            Effect::AskCheckIn { .. } => Some(check_in(&input, &content.ladder.check_in)),
            Effect::OfferRepeat { .. } => {
                println!("{}", say!(lang, "term-that-helped"));
                loop {
                    match input.ask(&say!(lang, "term-repeat-prompt")).as_deref() {
                        Some("r") => break Some(Event::Repeat),
                        Some("n") => break Some(Event::Next),
                        None | Some("f") => break Some(Event::Stop),
                        _ => {}
                    }
                }
            }
            Effect::Escalate { findings, .. } => {
                println!("\n{}", content.ladder.stopped);
                let a = assess(content, &findings, region);
                print!(
                    "{}",
                    crate::card::render(&a, None, io::stdout().is_terminal(), content.lang)
                );
                None
            }
            Effect::SaveOutcome => {
                let now = Timestamp::now();
                if let Some(outcome) = state.outcome(now) {
                    summary(content, &outcome);
                    if !args.no_save {
                        rt.block_on(store.add_session_outcome(&user, &outcome))?;
                        println!("{}", say!(lang, "term-saved-session"));
                    }
                }
                None
            }
            Effect::Ignored => None,
        };
        if let Some(ev) = event {
            let (s, fx) = transition(state, ev, Timestamp::now());
            state = s;
            queue.extend(fx);
        }
    }
    Ok(())
}

/// The check-in after a step, in the content's words.
fn check_in(input: &Input, q: &easeback_core::content::CheckIn) -> Event {
    let Some(pain) = input.number(&q.pain) else {
        return Event::Stop;
    };
    let Some(helped) = input.yes_no(&q.helped) else {
        return Event::Stop;
    };
    let Some((shooting_leg_pain, red_flags)) = stop_questions(input, q) else {
        return Event::Stop;
    };
    Event::CheckIn {
        pain,
        helped,
        shooting_leg_pain,
        red_flags,
    }
}

/// A skipped step still asks the stop questions (as the web session does):
/// pain down a leg or a new sign during the session is never passed over.
fn skip_answered(input: &Input, q: &easeback_core::content::CheckIn) -> Event {
    match stop_questions(input, q) {
        Some((shooting_leg_pain, red_flags)) => Event::SkipAnswered {
            shooting_leg_pain,
            red_flags,
        },
        None => Event::Stop,
    }
}

/// The stop rule's questions: pain shooting down a leg, and anything new,
/// read for red flags. `None` when the input ended.
fn stop_questions(
    input: &Input,
    q: &easeback_core::content::CheckIn,
) -> Option<(bool, Vec<easeback_core::FindingId>)> {
    let shooting = input.yes_no(&q.shooting)?;
    let text = input.ask(&say!(
        input.lang,
        "term-describe-new",
        question = q.anything_new.as_str()
    ))?;
    // read in the language it was asked in, so a Spanish red flag is caught
    let red_flags = Intake::builtin_in(input.lang)
        .read(&text)
        .map(|r| r.ids())
        .unwrap_or_default();
    Some((shooting, red_flags))
}

fn summary(content: &Content, o: &easeback_core::session::Outcome) {
    let lang = content.lang;
    println!("\n{}", say!(lang, "term-session-over"));
    if let (Some(b), Some(a)) = (o.pain_before, o.pain_after) {
        println!("{}", say!(lang, "term-session-pain", before = b, after = a));
    }
    if let Some(h) = &o.helped_step {
        let name = content
            .ladder
            .steps
            .iter()
            .find(|s| &s.id == h)
            .map_or(h.as_str(), |s| s.name.as_str());
        println!("{}", say!(lang, "term-session-helped", name = name));
    }
}

/// `easeback quick [TRIGGER]`.
pub fn quick(content: &Content, trigger: Option<&str>) -> Result<()> {
    let lang = content.lang;
    let chosen = match trigger {
        Some(t) => {
            let key = t.trim().to_ascii_lowercase().replace([' ', '-'], "_");
            let by_number = key
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| content.triggers.get(i));
            let found = by_number.or_else(|| {
                content.triggers.iter().find(|x| {
                    x.id == key
                        || x.id.contains(&key)
                        // full lowercase: Spanish names have accented capitals
                        || x.name.to_lowercase().contains(&t.to_lowercase())
                })
            });
            match found {
                Some(f) => f,
                None => {
                    let ids = content.triggers.iter().map(|x| x.id.as_str());
                    return Err(unknown(lang, "term-unknown-trigger", t, ids));
                }
            }
        }
        None => {
            println!("{}", say!(lang, "term-quick-what-set-off"));
            for (i, t) in content.triggers.iter().enumerate() {
                println!("  {}. {}", i + 1, t.name);
            }
            if !io::stdin().is_terminal() {
                println!("{}", say!(lang, "term-quick-how"));
                return Ok(());
            }
            let input = Input::spawn(lang);
            loop {
                let Some(a) = input.ask(&say!(lang, "term-quick-type-number")) else {
                    return Ok(());
                };
                if let Some(t) = a
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| content.triggers.get(i))
                {
                    break t;
                }
            }
        }
    };
    println!("\n{}", chosen.name);
    println!("{}", cue(lang, "term-quick-why", &chosen.why, ""));
    println!(
        "{}",
        cue(lang, "term-quick-action", &chosen.quick_action, "")
    );
    for (i, s) in chosen.steps.iter().enumerate() {
        println!("{}", wrap(&format!("{}. {s}", i + 1), "  "));
    }
    println!("\n{}", say!(lang, "term-quick-first-steps"));
    for f in &content.first_steps {
        println!("  * {} ({})", f.name, f.dose);
    }
    println!("{}", wrap(&format!("\n{}", content.ladder.stop_rule), ""));
    Ok(())
}

/// `easeback sessions`: past relief sessions, most recent first.
pub fn sessions(db: &DbArg, json: bool, lang: Lang) -> Result<()> {
    let rt = runtime()?;
    let outcomes = rt.block_on(async {
        let (store, user) = crate::diary_cli::open(db, lang).await?;
        anyhow::Ok(store.session_outcomes(&user, 50).await?)
    })?;
    if json {
        println!("{}", serde_json::to_string(&outcomes)?);
        return Ok(());
    }
    if outcomes.is_empty() {
        println!("{}", say!(lang, "term-sessions-none"));
    }
    for o in &outcomes {
        let pain = match (o.pain_before, o.pain_after) {
            (Some(b), Some(a)) => say!(lang, "term-sessions-pain", before = b, after = a),
            _ => say!(lang, "term-sessions-pain-not-noted"),
        };
        // the disposition and the step are ids, the same in every language
        let end = match (&o.escalated, &o.helped_step) {
            (Some(d), _) => say!(lang, "term-sessions-stopped", disposition = d.to_string()),
            (None, Some(h)) => say!(lang, "term-sessions-helped", step = h.as_str()),
            (None, None) => say!(lang, "term-sessions-nothing"),
        };
        println!(
            "{}  {pain}  {end}",
            o.started_at.strftime("%Y-%m-%d %H:%M UTC")
        );
    }
    Ok(())
}

pub fn list_exercises(content: &Content) {
    for e in &content.exercises {
        println!("{:<20} {:<34} {}", e.id, e.name, e.dose);
    }
}

/// `easeback exercise ID`: one exercise with its cues and timer.
pub fn exercise(content: &Content, id: &str, time_scale: f64) -> Result<()> {
    let lang = content.lang;
    let Some(e) = content.exercises.iter().find(|e| e.id == id) else {
        let ids = content.exercises.iter().map(|e| e.id.as_str());
        return Err(unknown(lang, "term-unknown-exercise", id, ids));
    };
    on_ctrl_c(lang);
    print!("{}", exercise_cues(e, lang));
    let input = Input::spawn(lang);
    let sides: Vec<String> = if e.per_side {
        vec![say!(lang, "term-left-side"), say!(lang, "term-right-side")]
    } else {
        vec![String::new()]
    };
    let sets = e.sets.unwrap_or(1);
    for set in 1..=sets {
        for side in &sides {
            let label = match (sets > 1, side.is_empty()) {
                (true, false) => {
                    say!(
                        lang,
                        "term-set-of-side",
                        set = set,
                        sets = sets,
                        side = side
                    )
                }
                (true, true) => say!(lang, "term-set-of", set = set, sets = sets),
                (false, false) => side.clone(),
                (false, true) => String::new(),
            };
            if !label.is_empty() {
                println!("\n{label}:");
            }
            match (e.kind, e.seconds, e.reps) {
                (StepKind::Reps, _, Some(reps)) => {
                    let breathing = e.breathing.as_str();
                    println!(
                        "  {}",
                        say!(lang, "term-do-reps", reps = reps, breathing = breathing)
                    );
                    if time_scale > 0.0
                        && input
                            .ask(&say!(lang, "term-press-enter-done"))
                            .as_deref()
                            .is_none_or(|a| a == "q")
                    {
                        return Ok(());
                    }
                }
                (_, Some(secs), _) => {
                    if matches!(
                        run_timer(&input, secs, time_scale, e.kind == StepKind::Breathing),
                        TimerEnd::Quit | TimerEnd::Skip
                    ) {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
    }
    println!("\n{}", say!(lang, "term-well-done"));
    Ok(())
}
