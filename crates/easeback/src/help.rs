//! The command line's help (`easeback --help`, `easeback log --help`) in the
//! person's language. English is clap's own help, written from the doc
//! comments of `Cli` and its commands, and is left exactly as clap makes it.
//! Another language rewords the same command tree from
//! `locales/<lang>/help.ftl`:
//!
//! - `help-app` is the about of `easeback` itself, `help-<path>` a
//!   command's (`help-log`, `help-edit-entry`; nested names joined with `-`);
//! - `help-<path>--<arg id>` is an argument's help (`help-log--pain_after`),
//!   and `help--<arg id>` one shared by every command that has it (`--db`,
//!   `--lang`); a test keeps a shared message to arguments whose English is
//!   the same everywhere;
//! - `help-heading-…`, `help-flag-…` and `help-values-…` are clap's own
//!   words: the headings, `-h`/`-V`, and `[default: …]`-style notes.
//!
//! A message of several paragraphs (blank lines between them) gives the
//! short help its first paragraph and the long help the whole, as clap does
//! with a doc comment. Clap prints the help while it parses, so the
//! language is read from the raw arguments first ([`language_before_parsing`]).

use crate::Cli;
use clap::builder::{StyledStr, Styles};
use clap::{Arg, ArgAction, Command, CommandFactory};
use easeback_core::Lang;
use easeback_core::lang::Texts;
use std::collections::HashSet;
use std::ffi::OsString;

/// The language for the help: the last `--lang X` or `--lang=X` before a
/// `--`, else `EASEBACK_LANG`, else what [`crate::prompts::language`] reads
/// (the `LANG` setting) — the rule `run` follows once the arguments are
/// parsed. A language Easeback does not speak gives English help here;
/// parsing then refuses it as usual.
pub(crate) fn language_before_parsing(args: impl IntoIterator<Item = OsString>) -> Lang {
    let mut flag = None;
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--" {
            break;
        } else if arg == "--lang" {
            flag = args.next().map(|v| v.to_string_lossy().into_owned());
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            flag = Some(value.to_string());
        }
    }
    let flag = flag.or_else(|| std::env::var("EASEBACK_LANG").ok());
    crate::prompts::language(flag.as_deref()).unwrap_or_default()
}

/// The command line as clap parses it, its help in `lang`: `Cli::command()`
/// itself for English; for another language, built (so that clap's own
/// `-h`, `-V`, `help` command and the global `--lang` are in every command)
/// and reworded from Fluent.
pub(crate) fn command_in(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    cmd.build();
    reword(cmd, &mut Vec::new(), &Words::new(lang))
}

/// The `help-` messages of one language.
struct Words {
    lang: Lang,
    ids: HashSet<String>,
}

impl Words {
    fn new(lang: Lang) -> Words {
        let ids = Texts::ids(lang)
            .into_iter()
            .filter(|id| id.starts_with("help-"))
            .collect();
        Words { lang, ids }
    }

    /// Message `id`, if the language has it (no English fallback: English
    /// help is in the doc comments, not in Fluent).
    fn find(&self, id: &str) -> Option<String> {
        self.ids
            .contains(id)
            .then(|| Texts::builtin().get(self.lang, id))
    }

    /// One of clap's own words, which a test requires in every language.
    fn clap(&self, id: &str) -> String {
        self.find(id).unwrap_or_else(|| id.to_string())
    }
}

/// The id of the about of the command at `path` (its names below
/// `easeback`). Clap's `help` command holds copies of the commands for
/// `easeback help log`; a copy shares the words of the command it copies.
fn command_id(path: &[String]) -> String {
    let path = match path {
        [first, rest @ ..] if first == "help" && !rest.is_empty() => rest,
        _ => path,
    };
    if path.is_empty() {
        "help-app".to_string()
    } else {
        format!("help-{}", path.join("-"))
    }
}

/// Clap's own `-h/--help`; with a long help somewhere in the command it
/// says "see more with '--help'" and, long, "see a summary with '-h'".
fn is_help_flag(arg: &Arg) -> bool {
    arg.get_id() == "help" && matches!(arg.get_action(), ArgAction::Help)
}

fn is_version_flag(arg: &Arg) -> bool {
    arg.get_id() == "version" && matches!(arg.get_action(), ArgAction::Version)
}

/// The message ids an argument's help may come from, the first found wins.
fn arg_ids(command: &str, arg: &Arg) -> Vec<String> {
    if is_help_flag(arg) {
        let id = if arg.get_long_help().is_some() {
            "help-flag-help-more"
        } else {
            "help-flag-help"
        };
        return vec![id.to_string()];
    }
    if is_version_flag(arg) {
        return vec!["help-flag-version".to_string()];
    }
    let id = arg.get_id().as_str();
    vec![format!("{command}--{id}"), format!("help--{id}")]
}

/// The first of `ids` that `words` has, with its words.
fn first_found(words: &Words, ids: &[String]) -> Option<(String, String)> {
    ids.iter()
        .find_map(|id| words.find(id).map(|text| (id.clone(), text)))
}

/// A message's short and long text: its first paragraph, and the whole
/// when the English has a long text too.
fn short_and_long(text: &str, long: bool) -> (String, Option<String>) {
    let paragraphs: Vec<String> = text
        .trim()
        .split("\n\n")
        .map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(" "))
        .collect();
    let short = paragraphs.first().cloned().unwrap_or_default();
    (short, long.then(|| paragraphs.join("\n\n")))
}

/// The command at `path` and everything under it, in `words`' language.
fn reword(mut cmd: Command, path: &mut Vec<String>, words: &Words) -> Command {
    let id = command_id(path);
    if let Some(text) = words.find(&id) {
        let (about, long) = short_and_long(&text, cmd.get_long_about().is_some());
        cmd = cmd.about(about);
        if let Some(long) = long {
            cmd = cmd.long_about(long);
        }
    }
    let styles = cmd.get_styles().clone();
    cmd = cmd.mut_args(|arg| reword_arg(arg, &id, words, &styles));
    let layout = template(&cmd, words);
    cmd = cmd.help_template(layout);
    for sub in cmd.get_subcommands_mut() {
        path.push(sub.get_name().to_string());
        *sub = reword(std::mem::take(sub), path, words);
        path.pop();
    }
    cmd
}

fn reword_arg(mut arg: Arg, command: &str, words: &Words, styles: &Styles) -> Arg {
    let mut help = arg.get_help().map(ToString::to_string);
    let mut long = arg.get_long_help().map(ToString::to_string);
    if (help.is_some() || long.is_some())
        && let Some((_, text)) = first_found(words, &arg_ids(command, &arg))
    {
        if is_help_flag(&arg) && long.is_some() {
            (help, long) = (Some(text), Some(words.clap("help-flag-help-summary")));
        } else {
            let (short, whole) = short_and_long(&text, long.is_some());
            (help, long) = (Some(short), whole);
        }
    }
    // clap writes its notes in English, so they are hidden and written here
    let notes = value_notes(&arg, words, styles);
    if !notes.is_empty() {
        arg = arg
            .hide_env(true)
            .hide_default_value(true)
            .hide_possible_values(true);
        help = Some(with_notes(help, &notes.join(" "), " "));
        long = long.map(|l| with_notes(Some(l), &notes.join("\n"), "\n\n"));
    }
    if let Some(help) = help {
        arg = arg.help(help);
    }
    if let Some(long) = long {
        arg = arg.long_help(long);
    }
    arg
}

fn with_notes(help: Option<String>, notes: &str, separator: &str) -> String {
    match help {
        Some(h) if !h.is_empty() => format!("{h}{separator}{notes}"),
        _ => notes.to_string(),
    }
}

/// Clap's `[env: …]`, `[default: …]` and `[possible values: …]` after an
/// argument's help, in `words`' language and clap's colours. Possible values
/// with help of their own are left to clap (a list in the long help).
fn value_notes(arg: &Arg, words: &Words, styles: &Styles) -> Vec<String> {
    let (context, value) = (styles.get_context(), styles.get_context_value());
    let note = |label: &str, values: &[String]| {
        let values: Vec<String> = values
            .iter()
            .map(|v| format!("{value}{v}{value:#}"))
            .collect();
        let separator = format!("{context}, {context:#}");
        format!(
            "{context}[{}: {context:#}{}{context}]{context:#}",
            words.clap(label),
            values.join(&separator)
        )
    };
    // clap quotes a value that is empty or holds a space
    let quoted = |v: &str| {
        if v.is_empty() || v.contains(char::is_whitespace) {
            format!("{v:?}")
        } else {
            v.to_string()
        }
    };
    let mut notes = Vec::new();
    if let Some(name) = arg.get_env()
        && !arg.is_hide_env_set()
    {
        let mut shown = name.to_string_lossy().into_owned();
        if !arg.is_hide_env_values_set() {
            let set = std::env::var_os(name).unwrap_or_default();
            shown = format!("{shown}={}", set.to_string_lossy());
        }
        notes.push(note("help-values-env", &[shown]));
    }
    let defaults = arg.get_default_values();
    if arg.get_action().takes_values() && !arg.is_hide_default_value_set() && !defaults.is_empty() {
        let all: Vec<String> = defaults
            .iter()
            .map(|d| quoted(&d.to_string_lossy()))
            .collect();
        notes.push(note("help-values-default", &[all.join(" ")]));
    }
    let possible = arg.get_possible_values();
    if !arg.is_hide_possible_values_set() && !possible.iter().any(|p| p.get_help().is_some()) {
        let shown: Vec<String> = possible
            .iter()
            .filter(|p| !p.is_hide_set())
            .map(|p| quoted(p.get_name()))
            .collect();
        if !shown.is_empty() {
            notes.push(note("help-values-possible", &shown));
        }
    }
    notes
}

/// Clap's help layout (its default template) with the headings in
/// `words`' language: about, usage, then commands, arguments and options,
/// each only when there is one to show. No argument has a heading of its
/// own (a test keeps it so: here it would be listed under the options).
fn template(cmd: &Command, words: &Words) -> StyledStr {
    let styles = cmd.get_styles();
    let (usage, header) = (styles.get_usage(), styles.get_header());
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}",
        words.clap("help-heading-usage")
    );
    let sections = [
        (
            // clap does not count its own `help` command as a reason for the list
            cmd.get_subcommands()
                .any(|c| c.get_name() != "help" && !c.is_hide_set()),
            "help-heading-commands",
            "{subcommands}",
        ),
        (
            cmd.get_positionals().any(|a| !a.is_hide_set()),
            "help-heading-arguments",
            "{positionals}",
        ),
        (
            cmd.get_arguments()
                .any(|a| !a.is_positional() && !a.is_hide_set()),
            "help-heading-options",
            "{options}",
        ),
    ];
    for (shown, heading, tag) in sections {
        if shown {
            t.push_str(&format!(
                "\n\n{header}{}:{header:#}\n{tag}",
                words.clap(heading)
            ));
        }
    }
    t.push_str("{after-help}");
    t.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Clap's own words: every language with help has them all.
    const CLAP_WORDS: [&str; 11] = [
        "help-heading-usage",
        "help-heading-commands",
        "help-heading-arguments",
        "help-heading-options",
        "help-flag-help",
        "help-flag-help-more",
        "help-flag-help-summary",
        "help-flag-version",
        "help-values-env",
        "help-values-default",
        "help-values-possible",
    ];

    /// What a walk of the English commands finds in `words`.
    #[derive(Default)]
    struct Walk {
        /// commands and arguments with English help and no message
        missing: Vec<String>,
        /// the message ids the help is taken from
        used: BTreeSet<String>,
        /// per shared message (`help--id`), the English texts it stands for
        shared: BTreeMap<String, BTreeSet<String>>,
    }

    fn walk(cmd: &Command, path: &mut Vec<String>, words: &Words, found: &mut Walk) {
        let id = command_id(path);
        if cmd.get_about().is_some() || cmd.get_long_about().is_some() {
            match words.find(&id) {
                Some(_) => drop(found.used.insert(id.clone())),
                None => found.missing.push(id.clone()),
            }
        }
        for arg in cmd.get_arguments() {
            assert_eq!(arg.get_help_heading(), None, "{id} {}", arg.get_id());
            let english = [arg.get_help(), arg.get_long_help()].map(|h| h.map(ToString::to_string));
            if english == [None, None] {
                continue;
            }
            let ids = arg_ids(&id, arg);
            match first_found(words, &ids) {
                Some((used, _)) => {
                    if used.starts_with("help--") {
                        let text = format!("{english:?}");
                        found.shared.entry(used.clone()).or_default().insert(text);
                    }
                    found.used.insert(used);
                }
                None => found.missing.push(ids.join(" or ")),
            }
        }
        for sub in cmd.get_subcommands() {
            path.push(sub.get_name().to_string());
            walk(sub, path, words, found);
            path.pop();
        }
    }

    fn spanish_walk() -> Walk {
        // built, as `command_in` rewords it: with clap's -h, -V, `help`
        // command and the global --lang in every command
        let mut cmd = Cli::command();
        cmd.build();
        let mut found = Walk::default();
        walk(&cmd, &mut Vec::new(), &Words::new(Lang::Es), &mut found);
        found
    }

    #[test]
    fn every_command_and_argument_with_english_help_has_spanish_help() {
        let found = spanish_walk();
        assert!(
            found.missing.is_empty(),
            "no Spanish help in locales/es/help.ftl for: {:#?}",
            found.missing
        );
        // a shared message stands for one English text only: an argument of
        // the same id that says something else needs its own message
        for (id, english) in &found.shared {
            assert_eq!(english.len(), 1, "{id} stands for several: {english:#?}");
        }
    }

    #[test]
    fn every_spanish_help_message_names_a_command_or_argument_that_exists() {
        let found = spanish_walk();
        let words = Words::new(Lang::Es);
        for id in CLAP_WORDS {
            assert!(words.find(id).is_some(), "{id} missing");
        }
        let unused: Vec<&String> = words
            .ids
            .iter()
            .filter(|id| !found.used.contains(*id) && !CLAP_WORDS.contains(&id.as_str()))
            .collect();
        assert!(
            unused.is_empty(),
            "es/help.ftl messages for no command or argument with help: {unused:?}"
        );
    }

    #[test]
    fn spanish_help_has_spanish_headings_and_notes_and_english_is_clap_own() {
        let help = |lang: Lang, name: &str| {
            let mut cmd = command_in(lang);
            let mut sub = cmd.find_subcommand_mut(name).expect("a command").clone();
            sub.render_help().to_string()
        };
        let es = help(Lang::Es, "diary");
        for words in [
            "Uso:",
            "Opciones:",
            "Muestra las últimas",
            "[por defecto: 20]",
            "[valores posibles: text, json]",
            "[variable de entorno: EASEBACK_DATABASE_URL=",
            "Muestra la ayuda",
        ] {
            assert!(es.contains(words), "{words:?} missing:\n{es}");
        }
        for english in [
            "Usage:",
            "Options:",
            "Print help",
            "[default:",
            "[possible values:",
            "[env:",
        ] {
            assert!(!es.contains(english), "{english:?} left in English:\n{es}");
        }
        let en = help(Lang::En, "diary");
        assert!(
            en.contains("Show recent diary entries") && en.contains("[default: 20]"),
            "{en}"
        );
    }

    #[test]
    fn a_long_help_gives_the_first_paragraph_to_the_short_one() {
        assert_eq!(
            short_and_long("Uno\ndos.\n\nTres\ncuatro.", true),
            (
                "Uno dos.".to_string(),
                Some("Uno dos.\n\nTres cuatro.".to_string())
            )
        );
        assert_eq!(short_and_long("Uno", false), ("Uno".to_string(), None));
        // clap's own -h/--help in a command with a long help
        let mut cmd = Command::new("easeback").arg(
            Arg::new("lang")
                .long("lang")
                .help("Language")
                .long_help("Language.\n\nMore."),
        );
        cmd.build();
        let cmd = reword(cmd, &mut Vec::new(), &Words::new(Lang::Es));
        let flag = cmd
            .get_arguments()
            .find(|a| is_help_flag(a))
            .expect("clap's --help");
        let said = |h: Option<&StyledStr>| h.map(ToString::to_string);
        let words = Words::new(Lang::Es);
        assert_eq!(said(flag.get_help()), words.find("help-flag-help-more"));
        assert_eq!(
            said(flag.get_long_help()),
            words.find("help-flag-help-summary")
        );
    }

    #[test]
    fn the_language_is_read_from_the_arguments_before_parsing() {
        let read = |args: &[&str]| language_before_parsing(args.iter().map(OsString::from));
        assert_eq!(read(&["easeback", "--lang", "es", "--help"]), Lang::Es);
        assert_eq!(read(&["easeback", "log", "--help", "--lang=es"]), Lang::Es);
        assert_eq!(
            read(&["easeback", "--lang", "es", "--lang", "en"]),
            Lang::En
        );
        // not a language Easeback speaks: English help, refused after parsing
        assert_eq!(read(&["easeback", "--lang", "fr", "--help"]), Lang::En);
    }
}
