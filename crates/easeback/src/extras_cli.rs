//! Exports (CSV, JSON, FHIR), reminders (.ics), the profile with pregnancy
//! context, and the tightening timer on the command line.

use crate::diary_cli::{DbArg, default_db, local_offset_minutes, open, runtime};
use crate::words::{say, usage};
use anyhow::{Context, Result};
use clap::Args;
use easeback_core::diary;
use easeback_core::export::{csv, fhir, ics};
use easeback_core::phone::PhoneNumber;
use easeback_core::pregnancy::{self, Gestation, Tightening};
use easeback_core::triage::assess;
use easeback_core::{Content, Lang};
use easeback_store::{Profile, Store, views};
use jiff::Timestamp;
use std::io::{self, BufRead, IsTerminal, Write};

fn write_out(path: Option<&std::path::Path>, data: &str, lang: Lang) -> Result<()> {
    match path {
        Some(p) => std::fs::write(p, data).with_context(|| writing(p, lang)),
        None => {
            io::stdout().write_all(data.as_bytes())?;
            Ok(())
        }
    }
}

/// "writing FILE", the context of a failed write.
fn writing(path: &std::path::Path, lang: Lang) -> String {
    say!(lang, "term-writing", file = path.display().to_string())
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Diary entries as CSV.
    #[arg(long, group = "kind")]
    pub csv: bool,
    /// A FHIR R4 Bundle (pain scores as Observations).
    #[arg(long, group = "kind")]
    pub fhir: bool,
    /// Everything stored, as JSON (the default).
    #[arg(long, group = "kind")]
    pub json: bool,
    /// Write to this file instead of stdout.
    #[arg(short = 'o', long)]
    pub out: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn export(args: &ExportArgs, content: &Content) -> Result<()> {
    let now = Timestamp::now();
    let doc = runtime()?.block_on(async {
        let (store, user) = open(&args.db, content.lang).await?;
        anyhow::Ok(store.export(&user, now).await?)
    })?;
    let entries = || -> Vec<(String, diary::Entry)> {
        doc.entries
            .iter()
            .map(|s| (s.id.clone(), s.entry.clone()))
            .collect()
    };
    let data = if args.csv {
        csv::entries_csv(&entries())
    } else if args.fhir {
        let b = fhir::diary_bundle(content, &entries(), &doc.rest.daily_factors, now);
        serde_json::to_string_pretty(&b)? + "\n"
    } else {
        serde_json::to_string_pretty(&doc)? + "\n"
    };
    write_out(args.out.as_deref(), &data, content.lang)
}

#[derive(Args, Debug)]
pub struct RemindersArgs {
    /// Write an iCalendar file (the only format for now).
    #[arg(long)]
    pub ics: bool,
    /// First reminder of the day (HH:MM).
    #[arg(long, default_value = "09:00")]
    pub from: String,
    /// Last reminder before (HH:MM).
    #[arg(long, default_value = "17:00")]
    pub to: String,
    /// Minutes between movement breaks (30–45).
    #[arg(long, default_value_t = 40)]
    pub every: u16,
    #[arg(short = 'o', long)]
    pub out: Option<std::path::PathBuf>,
}

pub fn reminders(args: &RemindersArgs, content: &Content) -> Result<()> {
    let lang = content.lang;
    let parse = |s: &str, field: &str| {
        s.parse::<jiff::civil::Time>()
            .map_err(|_| usage(say!(lang, "term-not-a-time", field = field, value = s)))
    };
    let from = parse(&args.from, "from")?;
    let to = parse(&args.to, "to")?;
    let day = jiff::ZonedDateTime::now().date();
    let data = ics::reminders(content, day, from, to, args.every, Timestamp::now())
        .map_err(|e| usage(e.said().in_lang(lang)))?;
    write_out(args.out.as_deref(), &data, content.lang)
}

#[derive(Args, Debug)]
pub struct ProfileArgs {
    /// Region for numbers and wording.
    #[arg(long)]
    pub region: Option<String>,
    /// Due date (YYYY-MM-DD).
    #[arg(long)]
    pub due_date: Option<String>,
    /// Or the first day of your last period (YYYY-MM-DD).
    #[arg(long, conflicts_with = "due_date")]
    pub last_period: Option<String>,
    /// Your own maternity unit or care team's phone number, offered first on
    /// an urgent card ("" removes it).
    #[arg(long)]
    pub care_team: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn profile(args: &ProfileArgs, content: &Content) -> Result<()> {
    let today = jiff::ZonedDateTime::now().date();
    let lang = content.lang;
    let date = |s: &str, f: &str| {
        s.parse::<jiff::civil::Date>().map_err(|_| {
            usage(say!(
                lang,
                "term-not-a-date",
                field = f,
                value = s,
                example = "2027-03-01"
            ))
        })
    };
    runtime()?.block_on(async {
        let (store, user) = open(&args.db, lang).await?;
        let mut p: Profile = store.profile(&user).await?;
        if let Some(r) = &args.region {
            p.region = Some(
                content
                    .find_region(r)
                    .map_err(|e| usage(e.said().in_lang(lang)))?
                    .id
                    .clone(),
            );
        }
        if let Some(d) = &args.due_date {
            p.due_date = Some(date(d, "due-date")?);
        }
        if let Some(d) = &args.last_period {
            let lmp = date(d, "last-period")?;
            p.due_date = Some(
                lmp.checked_add(jiff::Span::new().days(pregnancy::TERM_DAYS))
                    .map_err(|_| usage(say!(lang, "term-last-period-range")))?,
            );
        }
        // a date given now is checked (one rule with the settings page); one
        // saved earlier stays as it is
        if (args.due_date.is_some() || args.last_period.is_some())
            && let Some(due) = p.due_date
        {
            pregnancy::check_due_date(due, today).map_err(|e| usage(e.said().in_lang(lang)))?;
        }
        if let Some(n) = &args.care_team {
            p.care_team_phone = match n.trim() {
                "" => None,
                n => Some(
                    PhoneNumber::parse(n)
                        .map_err(|e| usage(format!("care-team: {}", e.said().in_lang(lang))))?
                        .written()
                        .to_string(),
                ),
            };
        }
        let changed = args.region.is_some()
            || args.due_date.is_some()
            || args.last_period.is_some()
            || args.care_team.is_some();
        if changed {
            store.set_profile(&user, &p, Timestamp::now()).await?;
        }
        let region = p
            .region
            .clone()
            .unwrap_or_else(|| say!(lang, "term-not-set"));
        println!("{}", say!(lang, "term-profile-region", region = region));
        match &p.care_team_phone {
            Some(n) => println!("{}", say!(lang, "term-profile-care-team", number = n)),
            None => println!("{}", say!(lang, "term-profile-care-team-unset")),
        }
        match p.due_date {
            Some(due) => {
                println!("{}", say!(lang, "term-profile-due", date = due.to_string()));
                if let Ok(g) = Gestation::from_due_date(due, today) {
                    println!("{}", g.describe(content.lang));
                    println!("{}", pregnancy::stage_tip(content, &g));
                }
            }
            None => println!("{}", say!(lang, "term-profile-due-unset")),
        }
        Ok(())
    })
}

#[derive(Args, Debug)]
pub struct TighteningsArgs {
    #[arg(long, env = "EASEBACK_REGION")]
    pub region: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

/// Press Enter when a tightening starts and again when it ends. In a script,
/// lines may carry the time: `start 2026-11-25T20:00:00Z` / `stop …`.
pub fn tightenings(args: &TighteningsArgs, content: &Content) -> Result<()> {
    let lang = content.lang;
    let region = args
        .region
        .as_deref()
        .map(|r| content.find_region(r))
        .transpose()
        .map_err(|e| usage(e.said().in_lang(lang)))?;
    let gestation = runtime()?
        .block_on(async {
            let (store, user) = open(&args.db, lang).await?;
            anyhow::Ok(store.profile(&user).await?.due_date)
        })
        .ok()
        .flatten()
        .and_then(|due| Gestation::from_due_date(due, jiff::ZonedDateTime::now().date()).ok());
    let tty = io::stdin().is_terminal();
    println!("{}", say!(lang, "term-tightenings-intro"));
    let mut list: Vec<Tightening> = Vec::new();
    let mut started: Option<Timestamp> = None;
    let mut warned = false;
    for line in io::stdin().lock().lines() {
        let line = line?;
        let mut parts = line.split_whitespace();
        let word = parts.next().unwrap_or("").to_ascii_lowercase();
        if word == "q" || word == "quit" {
            break;
        }
        let at = match parts.next() {
            Some(t) => t
                .parse::<Timestamp>()
                .map_err(|_| usage(say!(lang, "term-not-a-timestamp", value = t)))?,
            None => Timestamp::now(),
        };
        match started.take() {
            None => {
                started = Some(at);
                if !tty {
                    println!("{}", say!(lang, "term-tightenings-start"));
                }
                // the space after it is kept out of Fluent, which trims it
                print!("{} ", say!(lang, "term-tightening-started"));
                io::stdout().flush().ok();
            }
            Some(s) => {
                let t = Tightening { start: s, end: at };
                let since_last = list
                    .last()
                    .map(|p| s.duration_since(p.start).as_secs_f64() / 60.0);
                list.push(t);
                let seconds = format!("{:.0}", at.duration_since(s).as_secs_f64());
                let lasted = match since_last {
                    Some(m) => say!(
                        lang,
                        "term-tightening-lasted-since",
                        seconds = seconds,
                        minutes = format!("{m:.1}")
                    ),
                    None => say!(lang, "term-tightening-lasted", seconds = seconds),
                };
                println!("\n{lasted}");
                let p = pregnancy::pattern(&list, at);
                if p.regular && !warned {
                    warned = true;
                    let minutes = format!("{:.0}", p.mean_interval_minutes.unwrap_or(0.0));
                    let regular = say!(
                        lang,
                        "term-tightenings-regular",
                        count = p.count,
                        minutes = minutes
                    );
                    println!("\n{regular}");
                    println!(
                        "{}",
                        pregnancy::tightening_advice(&content.messages, gestation.as_ref())
                    );
                    let a = assess(
                        content,
                        &[easeback_core::FindingId::RhythmicTightening],
                        region,
                    );
                    print!(
                        "{}",
                        crate::card::render(&a, None, io::stdout().is_terminal(), lang)
                    );
                }
            }
        }
    }
    if !list.is_empty() && !warned {
        let p = pregnancy::pattern(&list, list.last().map_or(Timestamp::now(), |t| t.end));
        println!(
            "\n{}",
            say!(lang, "term-tightenings-no-pattern", count = p.count)
        );
    }
    Ok(())
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Weeks to cover (1–52).
    #[arg(long, default_value_t = 6)]
    pub weeks: u16,
    /// Where to write the PDF.
    #[arg(short = 'o', long, default_value = "easeback-report.pdf")]
    pub out: std::path::PathBuf,
    #[command(flatten)]
    pub db: DbArg,
}

/// `easeback report`: the clinician report as a PDF.
pub fn report(args: &ReportArgs, content: &'static Content) -> Result<()> {
    let lang = content.lang;
    let window = easeback_core::report::window(args.weeks, local_offset_minutes())
        .map_err(|e| usage(e.said().in_lang(lang)))?;
    let data = runtime()?.block_on(async {
        let (store, user) = open(&args.db, lang).await?;
        anyhow::Ok(views::report(&store, content, &user, window, Timestamp::now()).await?)
    })?;
    let pdf = easeback_pdf::pdf(&data).with_context(|| say!(lang, "term-report-no-pdf"))?;
    std::fs::write(&args.out, pdf).with_context(|| writing(&args.out, lang))?;
    let wrote = say!(
        lang,
        "term-report-wrote",
        file = args.out.display().to_string(),
        weeks = data.weeks(),
        episodes = data.overview.insights.entries
    );
    println!("{wrote}");
    Ok(())
}

fn sqlite_target(db: &DbArg, lang: Lang) -> Result<String> {
    let target = db.db.clone().unwrap_or_else(default_db);
    if target.starts_with("postgres://") || target.starts_with("postgresql://") {
        return Err(usage(say!(lang, "term-backup-postgres")));
    }
    Ok(target
        .strip_prefix("sqlite://")
        .unwrap_or(&target)
        .to_string())
}

/// The SQLite diary at `target`, opened for a backup or a restore.
async fn open_sqlite(target: &str, lang: Lang) -> Result<easeback_store::SqliteStore> {
    easeback_store::SqliteStore::open(target)
        .await
        .with_context(|| say!(lang, "term-opening", db = target))
}

/// A backup file's path as the store takes it (UTF-8).
fn utf8_path(path: &std::path::Path, lang: Lang) -> Result<&str> {
    path.to_str()
        .ok_or_else(|| usage(say!(lang, "term-backup-utf8")))
}

/// `easeback backup --out FILE`: a consistent copy, safe while the app runs.
pub fn backup(out: &std::path::Path, db: &DbArg, lang: Lang) -> Result<()> {
    let target = sqlite_target(db, lang)?;
    runtime()?.block_on(async {
        let store = open_sqlite(&target, lang).await?;
        store.backup_to(utf8_path(out, lang)?).await?;
        anyhow::Ok(())
    })?;
    let file = out.display().to_string();
    println!("{}", say!(lang, "term-backed-up", db = target, file = file));
    Ok(())
}

/// `easeback restore --from FILE`: replace the diary with a backup (checked first).
pub fn restore(from: &std::path::Path, db: &DbArg, lang: Lang) -> Result<()> {
    let target = sqlite_target(db, lang)?;
    let file = from.display().to_string();
    if !from.exists() {
        return Err(usage(say!(lang, "term-no-backup", file = file)));
    }
    runtime()?.block_on(async {
        let store = open_sqlite(&target, lang).await?;
        store.restore_from(utf8_path(from, lang)?).await?;
        anyhow::Ok(())
    })?;
    println!("{}", say!(lang, "term-restored", db = target, file = file));
    Ok(())
}
