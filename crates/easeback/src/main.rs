//! The `easeback` command line: triage (structured or free text, one or a
//! batch), the finding list, the knowledge base as JSON and the evaluation
//! harness. Thin: it parses arguments, calls the core and renders.

mod card;
mod chart;
mod diary_cli;
mod eval_cli;
mod extras_cli;
mod help;
mod prompts;
mod relief_cli;
mod terminal;
mod words;

use anyhow::{Context, Result, bail};
use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};
use easeback_core::check;
use easeback_core::intake::{Intake, IntakeError};
use easeback_core::phone::PhoneNumber;
use easeback_core::pregnancy::Gestation;
use easeback_core::{Content, Disposition, FindingId, Lang, Region};
use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;
use words::{say, usage};

#[derive(Parser)]
#[command(
    name = "easeback",
    version,
    about = "Back spasms in pregnancy: check warning signs, get relief, keep a diary."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Language of the answers: en or es (default: from LANG, else English).
    #[arg(long, global = true, env = "EASEBACK_LANG")]
    lang: Option<String>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web app and JSON API (the default with no command).
    Serve {
        /// Address to listen on.
        #[arg(long, env = "EASEBACK_ADDR", default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Mark cookies Secure (when served behind TLS). The variable takes
        /// 1/0, true/false, yes/no or on/off.
        #[arg(
            long,
            env = "EASEBACK_SECURE_COOKIES",
            value_parser = clap::builder::BoolishValueParser::new()
        )]
        secure_cookies: bool,
        /// Reverse proxies (IP addresses, comma-separated) whose
        /// X-Forwarded-For names the client, for the sign-in and sign-up
        /// limits; e.g. 127.0.0.1 for nginx on the same machine.
        #[arg(long, env = "EASEBACK_TRUSTED_PROXIES", value_delimiter = ',')]
        trusted_proxies: Vec<std::net::IpAddr>,
        /// Serve the Prometheus metrics (`/metrics`) on this address (an
        /// internal port) instead of the main one.
        #[arg(long, env = "EASEBACK_METRICS_ADDR")]
        metrics_addr: Option<std::net::SocketAddr>,
        #[command(flatten)]
        db: diary_cli::DbArg,
    },
    /// Check symptoms: say how urgently to get care, and why.
    Triage {
        /// What is happening, in your own words.
        text: Option<String>,
        /// Findings ticked, comma-separated (see `easeback findings`); read
        /// together with the text.
        #[arg(long, value_delimiter = ',')]
        findings: Option<Vec<String>>,
        /// Answers to the check's questions: `id=yes` or `id=no`, comma-separated.
        #[arg(long, value_delimiter = ',')]
        answers: Option<Vec<String>>,
        /// Region for numbers and wording: us, uk, ie, ca, au, nz, eu, es, mx.
        #[arg(long, env = "EASEBACK_REGION")]
        region: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Read one description per line on stdin; write one JSON object per line.
        #[arg(long, conflicts_with_all = ["text", "findings", "answers"])]
        batch: bool,
        /// Your maternity unit or care team's number for this check (saved
        /// with `easeback profile --care-team` it is used without this).
        #[arg(long)]
        care_team: Option<String>,
        #[command(flatten)]
        db: diary_cli::DbArg,
    },
    /// List the finding ids, what they mean and the guidance each rests on.
    Findings {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print the whole validated knowledge base.
    Content {
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Score free-text triage against labelled files (disposition TAB text,
    /// or disposition TAB ids TAB text); with several, each file's report and
    /// then the total.
    Eval {
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// text: the report; json: the counts (n, exact, under, under_urgent,
        /// over, questions) per file and in total.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// The quick action for what set a spasm off (no argument: a menu).
    Quick { trigger: Option<String> },
    /// A guided relief session: the self-care ladder with timers and check-ins.
    Session(relief_cli::SessionArgs),
    /// Past relief sessions, most recent first.
    Sessions {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        db: diary_cli::DbArg,
    },
    /// List the exercises.
    Exercises,
    /// Do one exercise with its cues and timer.
    Exercise {
        id: String,
        #[arg(long, default_value_t = 1.0)]
        time_scale: f64,
    },
    /// Export the diary: JSON (everything), CSV (entries) or a FHIR R4 bundle.
    Export(extras_cli::ExportArgs),
    /// A report for your clinician or physiotherapist, as a PDF.
    Report(extras_cli::ReportArgs),
    /// Copy the SQLite diary to a file (consistent while the app runs).
    Backup {
        #[arg(long)]
        out: std::path::PathBuf,
        #[command(flatten)]
        db: diary_cli::DbArg,
    },
    /// Replace the SQLite diary with a backup.
    Restore {
        #[arg(long)]
        from: std::path::PathBuf,
        #[command(flatten)]
        db: diary_cli::DbArg,
    },
    /// Daily reminders as an iCalendar file with alarms.
    Reminders(extras_cli::RemindersArgs),
    /// Your region and due date, and how far along you are.
    Profile(extras_cli::ProfileArgs),
    /// Time tightenings; warns when they form a regular pattern.
    Tightenings(extras_cli::TighteningsArgs),
    /// Log a spasm in the diary (asks in a terminal; flags for scripts).
    Log(diary_cli::LogArgs),
    /// Show recent diary entries.
    Diary {
        #[arg(long, default_value_t = 20)]
        limit: u32,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        db: diary_cli::DbArg,
    },
    /// Record how a day went: water, sleep position, activity, stress.
    Day(diary_cli::DayArgs),
    /// Change a diary entry: the flags given replace those fields.
    EditEntry {
        id: String,
        #[command(flatten)]
        args: diary_cli::LogArgs,
    },
    /// Delete a diary entry by its id.
    DeleteEntry {
        id: String,
        #[command(flatten)]
        db: diary_cli::DbArg,
    },
    /// Patterns in the diary, and whether they call for a review.
    Insights {
        #[arg(long, default_value_t = 8)]
        weeks: u16,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[arg(long, env = "EASEBACK_REGION")]
        region: Option<String>,
        #[command(flatten)]
        db: diary_cli::DbArg,
    },
}

/// A user error: print it and exit 2 (unknown id, unknown region, bad file).
#[derive(Debug)]
pub(crate) struct UsageError(pub(crate) String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

fn main() -> ExitCode {
    // clap prints `--help` while parsing: the language is read first
    let lang = help::language_before_parsing(std::env::args_os());
    let mut matches = help::command_in(lang).get_matches();
    let cli = Cli::from_arg_matches_mut(&mut matches)
        .unwrap_or_else(|e| e.format(&mut help::command_in(lang)).exit());
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if let Some(u) = e.downcast_ref::<UsageError>() {
                eprintln!("error: {u}");
                ExitCode::from(2)
            } else {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            }
        }
    }
}

fn region<'c>(content: &'c Content, id: Option<&str>) -> Result<Option<&'c Region>> {
    id.map(|id| content.find_region(id))
        .transpose()
        .map_err(|e| usage(e.said().in_lang(content.lang)))
}

/// glibc raises its mmap threshold after a large block is freed, so the
/// 19 MiB of a password hash would stay in the heap for good after the first
/// sign-in (measured: 38 MB instead of 21 MB while serving). A fixed
/// threshold keeps large blocks in mmap, returned to the system when freed.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn return_freed_memory() {
    // SAFETY: mallopt only sets an allocator parameter; it is called before
    // the server starts its threads and takes no pointers.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_freed_memory() {}

fn run(cli: Cli) -> Result<ExitCode> {
    let lang = prompts::language(cli.lang.as_deref())?;
    let content = Content::builtin_in(lang);
    // no command means `serve`, read through the same definition, so its
    // environment variables are read one way whichever way it was started
    let command = match cli.command {
        Some(c) => c,
        None => match Cli::try_parse_from(["easeback", "serve"])
            .map_err(|e| UsageError(e.to_string()))?
            .command
        {
            Some(c) => c,
            None => return Ok(ExitCode::SUCCESS),
        },
    };
    match command {
        Command::Serve {
            addr,
            secure_cookies,
            trusted_proxies,
            metrics_addr,
            db,
        } => {
            return_freed_memory();
            // the log goes to stderr; stdout carries only the address line.
            // EASEBACK_LOG_FORMAT=json writes one JSON object a line, for a
            // log collector
            let filter = tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info".into());
            let log = tracing_subscriber::fmt()
                .with_writer(io::stderr)
                .with_env_filter(filter);
            let _ = if std::env::var("EASEBACK_LOG_FORMAT").is_ok_and(|v| v == "json") {
                log.json().try_init()
            } else {
                log.try_init()
            };
            let target = db.db.unwrap_or_else(diary_cli::default_db);
            let mut builder = tokio::runtime::Builder::new_multi_thread();
            if let Some(n) = std::env::var("EASEBACK_WORKERS")
                .ok()
                .and_then(|v| v.parse().ok())
            {
                builder.worker_threads(n);
            }
            let rt = builder.enable_all().build()?;
            rt.block_on(easeback_server::serve(easeback_server::ServeOptions {
                addr,
                db: target,
                secure_cookies,
                trusted_proxies,
                metrics_addr,
            }))
            .with_context(|| say!(lang, "term-serving", addr = addr.to_string()))?;
        }
        Command::Findings { format } => {
            let about = content.about_findings();
            if format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&about)?);
            } else {
                for f in &about {
                    let sources: Vec<&str> = f.sources.iter().map(|s| s.id.as_str()).collect();
                    println!(
                        "{:<26} {:<10} {}  [{}]",
                        f.id.as_str(),
                        f.disposition.as_str(),
                        f.label,
                        sources.join(", ")
                    );
                }
            }
        }
        Command::Content { format } => {
            if format == Format::Text {
                bail!(UsageError(say!(lang, "term-content-json-only")));
            }
            println!("{}", serde_json::to_string_pretty(content)?);
        }
        Command::Eval { files, format } => eval_cli::eval(content, lang, &files, format)?,
        Command::Quick { trigger } => relief_cli::quick(content, trigger.as_deref())?,
        Command::Session(args) => {
            let region = region(content, args.region.as_deref())?;
            relief_cli::session(&args, content, region)?;
        }
        Command::Sessions { format, db } => {
            relief_cli::sessions(&db, format == Format::Json, lang)?;
        }
        Command::Exercises => relief_cli::list_exercises(content),
        Command::Exercise { id, time_scale } => relief_cli::exercise(content, &id, time_scale)?,
        Command::Export(args) => extras_cli::export(&args, content)?,
        Command::Report(args) => extras_cli::report(&args, content)?,
        Command::Reminders(args) => extras_cli::reminders(&args, content)?,
        Command::Backup { out, db } => extras_cli::backup(&out, &db, lang)?,
        Command::Restore { from, db } => extras_cli::restore(&from, &db, lang)?,
        Command::Profile(args) => extras_cli::profile(&args, content)?,
        Command::Tightenings(args) => extras_cli::tightenings(&args, content)?,
        Command::Log(args) => diary_cli::log(args, content)?,
        Command::Diary { limit, format, db } => {
            diary_cli::list(limit, format == Format::Json, &db, lang)?;
        }
        Command::Day(args) => diary_cli::day(&args, lang)?,
        Command::DeleteEntry { id, db } => diary_cli::delete(&id, &db, lang)?,
        Command::EditEntry { id, args } => diary_cli::edit(&id, &args, content)?,
        Command::Insights {
            weeks,
            format,
            region: region_id,
            db,
        } => {
            let region = region(content, region_id.as_deref())?;
            diary_cli::insights(content, weeks, format == Format::Json, region, &db)?;
        }
        Command::Triage {
            text,
            findings,
            answers,
            region: region_id,
            format,
            batch,
            care_team,
            db,
        } => {
            if batch {
                let region = region(content, region_id.as_deref())?;
                return batch_triage(content, region, lang);
            }
            // what `easeback profile` saved: region, due date, care team
            let saved = diary_cli::saved_profile(&db, lang)?;
            let region_id = region_id.or_else(|| saved.as_ref().and_then(|p| p.region.clone()));
            let region = region(content, region_id.as_deref())?;
            let today = jiff::ZonedDateTime::now().date();
            let gestation = saved
                .as_ref()
                .and_then(|p| p.due_date)
                .and_then(|due| Gestation::from_due_date(due, today).ok());
            let own = match care_team
                .or_else(|| saved.as_ref().and_then(|p| p.care_team_phone.clone()))
            {
                Some(n) if !n.trim().is_empty() => Some(
                    PhoneNumber::parse(&n)
                        .map_err(|e| usage(format!("care-team: {}", e.said().in_lang(lang))))?,
                ),
                _ => None,
            };
            let ticked = parse_findings(findings.as_deref().unwrap_or_default(), lang)?;
            let mut answers = parse_answers(answers.as_deref().unwrap_or_default(), lang)?;
            let text = match text {
                Some(t) => t,
                None if ticked.is_empty() && answers.is_empty() => {
                    prompts::ask_for_description(lang)?
                }
                None => String::new(),
            };
            let run = |answers: &[(FindingId, bool)]| {
                let request = check::Request {
                    text: &text,
                    findings: &ticked,
                    answers,
                    region,
                    gestation: gestation.as_ref(),
                    care_team: own.as_ref(),
                    lang,
                };
                check::check(content, Intake::builtin_in(lang), &request)
                    .map_err(|e: IntakeError| usage(e.said().in_lang(lang)))
            };
            let mut a = run(&answers)?;
            // a self-care or review answer is not final while questions are
            // open: in a terminal, ask them first
            let interactive = format == Format::Text && io::stdin().is_terminal();
            if interactive && !a.questions.is_empty() && a.disposition <= Disposition::Review {
                answers.extend(prompts::ask_questions(&a.questions, lang)?);
                a = run(&answers)?;
            }
            prompts::print_assessment(&a, Some(&text), format, lang)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Finding ids as given on the command line; an unknown one names the valid ids.
fn parse_findings(ids: &[String], lang: Lang) -> Result<Vec<FindingId>> {
    let mut parsed = Vec::new();
    for id in ids.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        parsed.push(
            id.parse::<FindingId>()
                .map_err(|e| usage(e.said().in_lang(lang)))?,
        );
    }
    Ok(parsed)
}

/// `id=yes` / `id=no` pairs (`sí` is a yes too).
fn parse_answers(pairs: &[String], lang: Lang) -> Result<Vec<(FindingId, bool)>> {
    let mut out = Vec::new();
    for pair in pairs.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let (id, value) = pair
            .split_once('=')
            .ok_or_else(|| usage(say!(lang, "term-answer-shape", pair = pair)))?;
        let id = id
            .trim()
            .parse::<FindingId>()
            .map_err(|e| usage(e.said().in_lang(lang)))?;
        let value = value.trim().to_lowercase();
        let yes = match value.as_str() {
            "true" => true,
            "false" => false,
            v if words::is_yes(v) => true,
            v if words::is_no(v) => false,
            other => {
                let id = id.as_str();
                bail!(usage(say!(
                    lang,
                    "term-answer-yes-no",
                    answer = other,
                    id = id
                )))
            }
        };
        out.push((id, yes));
    }
    Ok(out)
}

/// The machine interface: one JSON object per input line, in order.
fn batch_triage(content: &Content, region: Option<&Region>, lang: Lang) -> Result<ExitCode> {
    let intake = Intake::builtin_in(lang);
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut buf = Vec::new();
    let mut json = Vec::with_capacity(4096);
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        let line = String::from_utf8_lossy(&buf);
        let request = check::Request {
            text: &line,
            region,
            lang,
            ..check::Request::default()
        };
        match check::check(content, intake, &request) {
            Ok(a) => {
                // one buffer per batch: serde_json escapes into a Vec far
                // faster than through the BufWriter's per-write checks
                json.clear();
                serde_json::to_writer(&mut json, &a)?;
                out.write_all(&json)?;
            }
            Err(e) => {
                let obj = serde_json::json!({
                    "disposition": null,
                    "findings": [],
                    "actions": [e.to_string()],
                    "error": e.to_string(),
                });
                serde_json::to_writer(&mut out, &obj)?;
            }
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
