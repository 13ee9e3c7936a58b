//! The diary on the command line: `log`, `diary`, `day`, `delete-entry` and
//! `insights`, all against the store named by `--db` / `EASEBACK_DATABASE_URL`
//! (default: a SQLite file in the user's data directory).

use crate::chart::{bar, sparkline};
use crate::words::{is_yes, say, usage};
use anyhow::{Context, Result};
use clap::Args;
use easeback_core::diary::{
    DailyFactors, Entry, EntryDraft, Location, Overview, SleepPosition, Tried, Window,
};
use easeback_core::{Content, Lang};
use easeback_store::{AnyStore, Store, UserId, views};
use jiff::Timestamp;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;

#[derive(Args, Clone, Debug)]
pub struct DbArg {
    /// Database: a SQLite file path or a postgres:// URL.
    #[arg(long, env = "EASEBACK_DATABASE_URL")]
    pub db: Option<String>,
}

/// The default database file: `$XDG_DATA_HOME/easeback/easeback.db`, else
/// `~/.local/share/easeback/easeback.db`, else `./easeback.db`.
pub fn default_db() -> String {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local").join("share"))
        });
    match base {
        Some(b) => b
            .join("easeback")
            .join("easeback.db")
            .to_string_lossy()
            .into_owned(),
        None => "easeback.db".to_string(),
    }
}

pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

pub(crate) async fn open(db: &DbArg, lang: Lang) -> Result<(AnyStore, UserId)> {
    let target = db.db.clone().unwrap_or_else(default_db);
    let store = easeback_store::open(&target).await.with_context(|| {
        say!(
            lang,
            "term-opening-diary",
            db = easeback_store::redacted(&target)
        )
    })?;
    let user = store.local_user(Timestamp::now()).await?;
    Ok((store, user))
}

/// The profile `easeback profile` saved, when there is a diary to read it
/// from: one named with `--db`, or the default file if it already exists (a
/// symptom check never creates a database).
pub fn saved_profile(db: &DbArg, lang: Lang) -> Result<Option<easeback_store::Profile>> {
    if db.db.is_none() && !std::path::Path::new(&default_db()).exists() {
        return Ok(None);
    }
    runtime()?.block_on(async {
        let (store, user) = open(db, lang).await?;
        Ok(Some(store.profile(&user).await?))
    })
}

/// The person's current UTC offset in minutes.
pub fn local_offset_minutes() -> i16 {
    let secs = jiff::ZonedDateTime::now().offset().seconds();
    i16::try_from(secs / 60).unwrap_or(0)
}

#[derive(Args, Debug, Clone)]
pub struct LogArgs {
    /// When it started (RFC 3339, e.g. 2026-11-20T03:10:00+01:00); default now.
    #[arg(long)]
    pub at: Option<String>,
    /// Pain at its worst, 0–10.
    #[arg(long)]
    pub pain: Option<u8>,
    /// Pain afterwards, 0–10.
    #[arg(long)]
    pub pain_after: Option<u8>,
    /// Where: low_back, mid_back, buttock, back_of_thigh (repeat or comma-separate).
    #[arg(long = "where", value_delimiter = ',')]
    pub locations: Vec<String>,
    /// left, right, both or middle.
    #[arg(long)]
    pub side: Option<String>,
    /// How long it lasted, in minutes.
    #[arg(long)]
    pub duration: Option<u16>,
    /// Trigger id (see `easeback content`), repeatable.
    #[arg(long = "trigger", value_delimiter = ',')]
    pub triggers: Vec<String>,
    /// What set it off, in your words.
    #[arg(long)]
    pub context: Option<String>,
    /// Something you tried that helped (an action id), repeatable.
    #[arg(long = "helped", value_delimiter = ',')]
    pub helped: Vec<String>,
    /// Something you tried that did not help, repeatable.
    #[arg(long = "tried", value_delimiter = ',')]
    pub tried: Vec<String>,
    /// The pain woke you from sleep.
    #[arg(long)]
    pub woke: bool,
    #[arg(long)]
    pub note: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

fn prompt(question: &str) -> Result<String> {
    eprint!("{question} ");
    io::stderr().flush().ok();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim().to_string())
}

/// A place as typed: its words in `lang` ("zona lumbar") become its id; an
/// id or the English words are left for the entry's own check.
fn place(typed: &str, lang: Lang) -> String {
    let typed = typed.trim();
    Location::ALL
        .into_iter()
        .find(|l| l.label(lang).to_lowercase() == typed.to_lowercase())
        .map_or_else(|| typed.to_string(), |l| l.as_str().to_string())
}

/// Ask for the main fields when logging in a terminal without flags.
fn ask(args: &mut LogArgs, content: &Content) -> Result<()> {
    let lang = content.lang;
    loop {
        let p = prompt(&say!(lang, "term-log-pain"))?;
        if let Ok(n) = p
            .parse::<u8>()
            .map_err(|_| ())
            .and_then(|n| if n <= 10 { Ok(n) } else { Err(()) })
        {
            args.pain = Some(n);
            break;
        }
        eprintln!("{}", say!(lang, "term-number-0-10"));
    }
    let places: Vec<String> = Location::ALL.iter().map(|l| l.label(lang)).collect();
    let w = prompt(&say!(lang, "term-log-where", places = places.join(", ")))?;
    args.locations = w
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| place(s, lang))
        .collect();
    eprintln!("{}", say!(lang, "term-log-what-set-off"));
    for (i, t) in content.triggers.iter().enumerate() {
        eprintln!("  {}. {}", i + 1, t.name);
    }
    let t = prompt(&say!(lang, "term-log-numbers"))?;
    for n in t.split(',').filter_map(|s| s.trim().parse::<usize>().ok()) {
        if let Some(tr) = n.checked_sub(1).and_then(|i| content.triggers.get(i)) {
            args.triggers.push(tr.id.clone());
        }
    }
    let woke = prompt(&say!(lang, "term-log-woke"))?;
    args.woke = woke.to_ascii_lowercase().starts_with('y') || is_yes(&woke);
    let note = prompt(&say!(lang, "term-log-note"))?;
    if !note.is_empty() {
        args.note = Some(note);
    }
    Ok(())
}

/// The entry the flags describe, checked (see `EntryDraft::parse`); with no
/// `--at` it is now, at this computer's offset.
fn build_entry(args: &LogArgs, content: &Content, now: Timestamp) -> Result<Entry> {
    let tried = args
        .helped
        .iter()
        .map(|a| (a, true))
        .chain(args.tried.iter().map(|a| (a, false)))
        .map(|(action, helped)| Tried {
            action: action.clone(),
            helped,
        })
        .collect();
    EntryDraft {
        started_at: args.at.clone(),
        duration_minutes: args.duration,
        locations: args.locations.clone(),
        side: args.side.clone(),
        intensity: args.pain,
        pain_after: args.pain_after,
        triggers: args.triggers.clone(),
        context: args.context.clone().unwrap_or_default(),
        tried,
        woke_from_sleep: args.woke,
        notes: args.note.clone().unwrap_or_default(),
    }
    .parse(content, now, local_offset_minutes())
    .map_err(|e| {
        // the field as the flag that sets it, so the person knows what to retype
        let flag = match e.field.as_str() {
            "locations" => "--where",
            "intensity" => "--pain",
            "started_at" => "--at",
            "pain_after" => "--pain-after",
            "triggers" => "--trigger",
            "duration_minutes" => "--duration",
            "woke_from_sleep" => "--woke",
            "notes" => "--note",
            other => return usage(format!("{other}: {}", e.said.in_lang(content.lang))),
        };
        usage(format!(
            "{} ({flag}): {}",
            e.field,
            e.said.in_lang(content.lang)
        ))
    })
}

pub fn log(mut args: LogArgs, content: &Content) -> Result<()> {
    if args.pain.is_none() && io::stdin().is_terminal() {
        ask(&mut args, content)?;
    }
    let now = Timestamp::now();
    let entry = build_entry(&args, content, now)?;
    let lang = content.lang;
    runtime()?.block_on(async {
        let (store, user) = open(&args.db, lang).await?;
        let id = store.add_entry(&user, &entry, now).await?;
        println!(
            "{}",
            say!(lang, "term-logged", id = id, pain = entry.intensity)
        );
        Ok(())
    })
}

/// Change an entry: the flags given replace those fields, the rest stay.
pub fn edit(id: &str, args: &LogArgs, content: &Content) -> Result<()> {
    let now = Timestamp::now();
    let lang = content.lang;
    runtime()?.block_on(async {
        let (store, user) = open(&args.db, lang).await?;
        let mut e = match store.entry(&user, id).await {
            Ok(stored) => stored.entry,
            Err(easeback_store::StoreError::NotFound) => {
                return Err(usage(say!(lang, "term-no-entry", id = id)));
            }
            Err(err) => return Err(err.into()),
        };
        let given = build_entry(
            &LogArgs {
                pain: Some(args.pain.unwrap_or(e.intensity)),
                ..args.clone()
            },
            content,
            now,
        )?;
        if args.at.is_some() {
            (e.started_at, e.utc_offset_minutes) = (given.started_at, given.utc_offset_minutes);
        }
        e.intensity = given.intensity;
        if args.pain_after.is_some() {
            e.pain_after = given.pain_after;
        }
        if !args.locations.is_empty() {
            e.locations = given.locations;
        }
        if args.side.is_some() {
            e.side = given.side;
        }
        if args.duration.is_some() {
            e.duration_minutes = given.duration_minutes;
        }
        if !args.triggers.is_empty() {
            e.triggers = given.triggers;
        }
        if args.context.is_some() {
            e.context = given.context;
        }
        if !args.helped.is_empty() || !args.tried.is_empty() {
            e.tried = given.tried;
        }
        if args.woke {
            e.woke_from_sleep = true;
        }
        if args.note.is_some() {
            e.notes = given.notes;
        }
        e.validate(content, now)
            .map_err(|err| usage(err.to_string()))?;
        store.update_entry(&user, id, &e, now).await?;
        println!("{}", say!(lang, "term-updated", id = id));
        Ok(())
    })
}

pub fn delete(id: &str, db: &DbArg, lang: Lang) -> Result<()> {
    runtime()?.block_on(async {
        let (store, user) = open(db, lang).await?;
        match store.delete_entry(&user, id).await {
            Ok(()) => {
                println!("{}", say!(lang, "term-deleted", id = id));
                Ok(())
            }
            Err(easeback_store::StoreError::NotFound) => {
                Err(usage(say!(lang, "term-no-entry", id = id)))
            }
            Err(e) => Err(e.into()),
        }
    })
}

#[derive(Args, Debug)]
pub struct DayArgs {
    /// The day (YYYY-MM-DD); default today.
    #[arg(long)]
    pub day: Option<String>,
    /// Water: 0 hardly any, 1 some, 2 enough, 3 plenty.
    #[arg(long)]
    pub water: Option<u8>,
    /// side_with_pillow, side, back, front or mixed.
    #[arg(long)]
    pub sleep: Option<String>,
    /// Activity: 0 resting … 3 very active.
    #[arg(long)]
    pub activity: Option<u8>,
    /// Stress: 0 calm … 3 very stressed.
    #[arg(long)]
    pub stress: Option<u8>,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn day(args: &DayArgs, lang: Lang) -> Result<()> {
    let today = jiff::ZonedDateTime::now().date();
    let day = match &args.day {
        None => today,
        Some(d) => d.parse().map_err(|_| {
            usage(say!(
                lang,
                "term-not-a-date",
                field = "day",
                value = d,
                example = "2026-11-24"
            ))
        })?,
    };
    let sleep_position = match args.sleep.as_deref() {
        None => None,
        Some(s) => Some(
            SleepPosition::parse(&s.replace('-', "_"))
                .ok_or_else(|| usage(say!(lang, "term-sleep-unknown", value = s)))?,
        ),
    };
    let f = DailyFactors {
        day,
        water: args.water,
        sleep_position,
        activity: args.activity,
        stress: args.stress,
    };
    f.validate(today)
        .map_err(|e| usage(format!("{}: {}", e.field, e.said.in_lang(lang))))?;
    runtime()?.block_on(async {
        let (store, user) = open(&args.db, lang).await?;
        store.set_factors(&user, &f).await?;
        println!("{}", say!(lang, "term-saved-day", day = day.to_string()));
        Ok(())
    })
}

pub fn list(limit: u32, json: bool, db: &DbArg, lang: Lang) -> Result<()> {
    runtime()?.block_on(async {
        let (store, user) = open(db, lang).await?;
        let entries = store.recent_entries(&user, limit).await?;
        if json {
            println!("{}", serde_json::to_string(&entries)?);
            return Ok(());
        }
        if entries.is_empty() {
            println!("{}", say!(lang, "term-diary-empty"));
        }
        for e in &entries {
            let when =
                easeback_core::diary::entry::local(e.entry.started_at, e.entry.utc_offset_minutes);
            let places: Vec<String> = e.entry.locations.iter().map(|l| l.label(lang)).collect();
            let pain = format!("{:>2}", e.entry.intensity);
            println!(
                "{}  {}  {}{}{}  {}",
                when.strftime("%Y-%m-%d %H:%M"),
                say!(lang, "term-diary-pain", pain = pain),
                if places.is_empty() {
                    "-".to_string()
                } else {
                    places.join(", ")
                },
                if e.entry.woke_from_sleep {
                    format!("  {}", say!(lang, "term-diary-woke"))
                } else {
                    String::new()
                },
                if e.entry.triggers.is_empty() {
                    String::new()
                } else {
                    format!("  [{}]", e.entry.triggers.join(", "))
                },
                e.id
            );
        }
        Ok(())
    })
}

pub fn insights(
    content: &Content,
    weeks: u16,
    json: bool,
    region: Option<&easeback_core::Region>,
    db: &DbArg,
) -> Result<()> {
    let lang = content.lang;
    let window =
        Window::new(weeks, local_offset_minutes()).map_err(|e| usage(e.said().in_lang(lang)))?;
    let now = Timestamp::now();
    let o = runtime()?.block_on(async {
        let (store, user) = open(db, lang).await?;
        anyhow::Ok(views::overview(&store, content, &user, window, now, region).await?)
    })?;
    if json {
        println!("{}", serde_json::to_string(&o)?);
        return Ok(());
    }
    print!("{}", render(&o));
    if o.sessions.sessions > 0 {
        let (count, stopped) = (o.sessions.sessions, o.sessions.escalated);
        println!(
            "\n{}",
            say!(
                lang,
                "term-insights-sessions",
                count = count,
                stopped = stopped
            )
        );
        for h in &o.sessions.helped {
            // the report's words for the same line
            let line = say!(
                lang,
                "report-session-helped",
                label = h.label.as_str(),
                count = h.count
            );
            println!("  {line}");
        }
    }
    Ok(())
}

fn render(o: &Overview) -> String {
    let (i, a, weeks, lang) = (&o.insights, &o.assessment, o.window.weeks(), o.lang);
    use std::fmt::Write as _;
    let mut s = String::new();
    let title = say!(
        lang,
        "term-insights-title",
        weeks = weeks,
        episodes = i.entries
    );
    let _ = writeln!(s, "{title}\n");
    let counts: Vec<Option<f64>> = i
        .weekly
        .iter()
        .map(|w| Some(f64::from(w.episodes)))
        .collect();
    let pains: Vec<Option<f64>> = i.weekly.iter().map(|w| w.mean_pain).collect();
    let rows = [
        (
            say!(lang, "term-insights-per-week"),
            sparkline(&counts, None),
            say!(lang, "term-insights-oldest-first"),
        ),
        (
            say!(lang, "term-insights-pain-per-week"),
            sparkline(&pains, Some(10.0)),
            "(0–10)".to_string(),
        ),
    ];
    // the sparklines line up after the longer label, whatever the language
    let width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0) + 2;
    for (label, line, note) in rows {
        let _ = writeln!(s, "  {label:<width$}{line}   {note}");
    }
    if let Some(t) = &i.trend {
        let dir = if t.slope_per_week > 0.05 {
            "term-insights-rising"
        } else if t.slope_per_week < -0.05 {
            "term-insights-easing"
        } else {
            "term-insights-steady"
        };
        let slope = format!("{:+.1}", t.slope_per_week);
        let (direction, weeks) = (say!(lang, dir), t.weeks);
        let trend = say!(
            lang,
            "term-insights-trend",
            direction = direction,
            slope = slope,
            weeks = weeks
        );
        let _ = writeln!(s, "  {trend}");
    }
    for (title, list) in [
        ("term-insights-by-trigger", &i.by_trigger),
        ("term-insights-by-time", &i.by_time_of_day),
        ("term-insights-by-place", &i.by_location),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n{}:", say!(lang, title));
        let max = list.iter().map(|c| c.count).max().unwrap_or(0);
        for c in list {
            let _ = writeln!(
                s,
                "  {:<28} {:<20} {}",
                c.label,
                bar(c.count, max, 20),
                c.count
            );
        }
    }
    if !i.what_helped.is_empty() {
        let _ = writeln!(s, "\n{}", say!(lang, "term-insights-helped"));
        for line in o.helped_lines() {
            let _ = writeln!(s, "  {line}");
        }
    }
    if !i.factors.is_empty() {
        let _ = writeln!(s, "\n{}", say!(lang, "term-insights-days"));
        for f in &i.factors {
            let day = say!(
                lang,
                "term-insights-day",
                label = f.label.as_str(),
                with = f.days_with,
                rate = format!("{:.1}", f.episodes_with),
                other = format!("{:.1}", f.episodes_without),
                without = f.days_without
            );
            let _ = writeln!(s, "  {day}");
        }
    }
    let check = say!(lang, "term-insights-check", headline = a.headline.as_str());
    let _ = writeln!(s, "\n{check}");
    if a.findings.is_empty() {
        let _ = writeln!(s, "  {}", say!(lang, "term-insights-nothing"));
    }
    for reason in o.reasons() {
        let _ = writeln!(s, "  * {reason}");
    }
    if !a.findings.is_empty() {
        let _ = writeln!(
            s,
            "  {}",
            a.actions.first().map(|s| s.as_str()).unwrap_or_default()
        );
    }
    s
}
