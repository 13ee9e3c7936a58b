//! The diary on the command line: `log`, `diary`, `day`, `delete-entry` and
//! `insights`, all against the store named by `--db` / `EASEBACK_DATABASE_URL`
//! (default: a SQLite file in the user's data directory).

use crate::chart::{bar, sparkline};
use anyhow::{Context, Result};
use clap::Args;
use easeback_core::Content;
use easeback_core::diary::{
    DailyFactors, Entry, EntryDraft, Overview, SleepPosition, Tried, Window,
};
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

pub(crate) async fn open(db: &DbArg) -> Result<(AnyStore, UserId)> {
    let target = db.db.clone().unwrap_or_else(default_db);
    let store = easeback_store::open(&target)
        .await
        .with_context(|| format!("opening the diary at {}", easeback_store::redacted(&target)))?;
    let user = store.local_user(Timestamp::now()).await?;
    Ok((store, user))
}

/// The profile `easeback profile` saved, when there is a diary to read it
/// from: one named with `--db`, or the default file if it already exists (a
/// symptom check never creates a database).
pub fn saved_profile(db: &DbArg) -> Result<Option<easeback_store::Profile>> {
    if db.db.is_none() && !std::path::Path::new(&default_db()).exists() {
        return Ok(None);
    }
    runtime()?.block_on(async {
        let (store, user) = open(db).await?;
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

fn usage(msg: impl Into<String>) -> anyhow::Error {
    crate::UsageError(msg.into()).into()
}

fn prompt(question: &str) -> Result<String> {
    eprint!("{question} ");
    io::stderr().flush().ok();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim().to_string())
}

/// Ask for the main fields when logging in a terminal without flags.
fn ask(args: &mut LogArgs, content: &Content) -> Result<()> {
    loop {
        let p = prompt("How bad was it at its worst, 0–10?")?;
        if let Ok(n) = p
            .parse::<u8>()
            .map_err(|_| ())
            .and_then(|n| if n <= 10 { Ok(n) } else { Err(()) })
        {
            args.pain = Some(n);
            break;
        }
        eprintln!("Please type a number from 0 to 10.");
    }
    let w = prompt(
        "Where? low back, mid back, buttock, back of thigh (comma-separated, Enter to skip):",
    )?;
    args.locations = w
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    eprintln!("What set it off?");
    for (i, t) in content.triggers.iter().enumerate() {
        eprintln!("  {}. {}", i + 1, t.name);
    }
    let t = prompt("Numbers, comma-separated (Enter to skip):")?;
    for n in t.split(',').filter_map(|s| s.trim().parse::<usize>().ok()) {
        if let Some(tr) = n.checked_sub(1).and_then(|i| content.triggers.get(i)) {
            args.triggers.push(tr.id.clone());
        }
    }
    args.woke = prompt("Did it wake you from sleep? (y/N)")?
        .to_ascii_lowercase()
        .starts_with('y');
    let note = prompt("Anything else to note? (Enter to skip)")?;
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
            other => return usage(format!("{other}: {}", e.message)),
        };
        usage(format!("{} ({flag}): {}", e.field, e.message))
    })
}

pub fn log(mut args: LogArgs, content: &Content) -> Result<()> {
    if args.pain.is_none() && io::stdin().is_terminal() {
        ask(&mut args, content)?;
    }
    let now = Timestamp::now();
    let entry = build_entry(&args, content, now)?;
    runtime()?.block_on(async {
        let (store, user) = open(&args.db).await?;
        let id = store.add_entry(&user, &entry, now).await?;
        println!("Logged {id} (pain {}/10).", entry.intensity);
        Ok(())
    })
}

/// Change an entry: the flags given replace those fields, the rest stay.
pub fn edit(id: &str, args: &LogArgs, content: &Content) -> Result<()> {
    let now = Timestamp::now();
    runtime()?.block_on(async {
        let (store, user) = open(&args.db).await?;
        let mut e = match store.entry(&user, id).await {
            Ok(stored) => stored.entry,
            Err(easeback_store::StoreError::NotFound) => {
                return Err(usage(format!("no diary entry with id {id}")));
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
        println!("Updated {id}.");
        Ok(())
    })
}

pub fn delete(id: &str, db: &DbArg) -> Result<()> {
    runtime()?.block_on(async {
        let (store, user) = open(db).await?;
        match store.delete_entry(&user, id).await {
            Ok(()) => {
                println!("Deleted {id}.");
                Ok(())
            }
            Err(easeback_store::StoreError::NotFound) => {
                Err(usage(format!("no diary entry with id {id}")))
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

pub fn day(args: &DayArgs) -> Result<()> {
    let today = jiff::ZonedDateTime::now().date();
    let day = match &args.day {
        None => today,
        Some(d) => d
            .parse()
            .map_err(|_| usage(format!("day: '{d}' is not a date like 2026-11-24")))?,
    };
    let sleep_position = match args.sleep.as_deref() {
        None => None,
        Some(s) => Some(SleepPosition::parse(&s.replace('-', "_")).ok_or_else(|| {
            usage(format!(
                "sleep: '{s}' is not side_with_pillow, side, back, front or mixed"
            ))
        })?),
    };
    let f = DailyFactors {
        day,
        water: args.water,
        sleep_position,
        activity: args.activity,
        stress: args.stress,
    };
    f.validate(today).map_err(|e| usage(e.to_string()))?;
    runtime()?.block_on(async {
        let (store, user) = open(&args.db).await?;
        store.set_factors(&user, &f).await?;
        println!("Saved {day}.");
        Ok(())
    })
}

pub fn list(limit: u32, json: bool, db: &DbArg) -> Result<()> {
    runtime()?.block_on(async {
        let (store, user) = open(db).await?;
        let entries = store.recent_entries(&user, limit).await?;
        if json {
            println!("{}", serde_json::to_string(&entries)?);
            return Ok(());
        }
        if entries.is_empty() {
            println!("The diary is empty. Log a spasm with `easeback log`.");
        }
        for e in &entries {
            let when =
                easeback_core::diary::entry::local(e.entry.started_at, e.entry.utc_offset_minutes);
            let places: Vec<String> = e
                .entry
                .locations
                .iter()
                .map(|l| l.label(easeback_core::Lang::En))
                .collect();
            println!(
                "{}  pain {:>2}/10  {}{}{}  {}",
                when.strftime("%Y-%m-%d %H:%M"),
                e.entry.intensity,
                if places.is_empty() {
                    "-".to_string()
                } else {
                    places.join(", ")
                },
                if e.entry.woke_from_sleep {
                    "  woke me"
                } else {
                    ""
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
    let window = Window::new(weeks, local_offset_minutes()).map_err(|e| usage(e.to_string()))?;
    let now = Timestamp::now();
    let o = runtime()?.block_on(async {
        let (store, user) = open(db).await?;
        anyhow::Ok(views::overview(&store, content, &user, window, now, region).await?)
    })?;
    if json {
        println!("{}", serde_json::to_string(&o)?);
        return Ok(());
    }
    print!("{}", render(&o));
    if o.sessions.sessions > 0 {
        println!(
            "\nRelief sessions: {} ({} stopped for advice)",
            o.sessions.sessions, o.sessions.escalated
        );
        for h in &o.sessions.helped {
            println!("  {} helped in {} session(s)", h.label, h.count);
        }
    }
    Ok(())
}

fn render(o: &Overview) -> String {
    let (i, a, weeks) = (&o.insights, &o.assessment, o.window.weeks());
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Spasm diary: the last {weeks} weeks ({} episodes)\n",
        i.entries
    );
    let counts: Vec<Option<f64>> = i
        .weekly
        .iter()
        .map(|w| Some(f64::from(w.episodes)))
        .collect();
    let pains: Vec<Option<f64>> = i.weekly.iter().map(|w| w.mean_pain).collect();
    let _ = writeln!(
        s,
        "  Episodes per week   {}   (oldest → this week)",
        sparkline(&counts, None)
    );
    let _ = writeln!(
        s,
        "  Mean pain per week  {}   (0–10)",
        sparkline(&pains, Some(10.0))
    );
    if let Some(t) = &i.trend {
        let dir = if t.slope_per_week > 0.05 {
            "rising"
        } else if t.slope_per_week < -0.05 {
            "easing"
        } else {
            "steady"
        };
        let _ = writeln!(
            s,
            "  Trend: {dir}, {:+.1} points a week over {} weeks",
            t.slope_per_week, t.weeks
        );
    }
    for (title, list) in [
        ("What set spasms off", &i.by_trigger),
        ("Time of day", &i.by_time_of_day),
        ("Where", &i.by_location),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n{title}:");
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
        let _ = writeln!(s, "\nWhat helped (tried 3 times or more):");
        for line in o.helped_lines() {
            let _ = writeln!(s, "  {line}");
        }
    }
    if !i.factors.is_empty() {
        let _ = writeln!(s, "\nYour days:");
        for f in &i.factors {
            let _ = writeln!(
                s,
                "  On {} ({} days): {:.1} spasms a day, against {:.1} on other days ({} days)",
                f.label, f.days_with, f.episodes_with, f.episodes_without, f.days_without
            );
        }
    }
    let _ = writeln!(s, "\nDiary check: {}", a.headline);
    if a.findings.is_empty() {
        let _ = writeln!(s, "  Nothing in the diary calls for a review right now.");
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
