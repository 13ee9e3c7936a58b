//! What `easeback triage` says and asks in a terminal, in the person's
//! language: the language chosen (`--lang`, `LANG`), the description and the
//! follow-up questions asked, and the answer printed as a card or JSON.

use crate::words::{is_no, is_yes};
use crate::{Format, UsageError, card};
use anyhow::{Context, Result};
use easeback_core::lang::Texts;
use easeback_core::triage::Question;
use easeback_core::{FindingId, Lang};
use std::io::{self, BufRead, IsTerminal, Read, Write};

/// `--lang`, else the `LANG` setting (`es_ES.UTF-8`), else English; a
/// `--lang` Easeback does not speak is an error, an unknown `LANG` is not.
pub(crate) fn language(flag: Option<&str>) -> Result<Lang> {
    match flag {
        Some(tag) => Lang::parse(tag).map_err(|e| UsageError(e.to_string()).into()),
        None => Ok(std::env::var("LANG")
            .ok()
            .and_then(|l| Lang::from_tag(&l))
            .unwrap_or_default()),
    }
}

/// Asks each question in the terminal; an unclear reply is asked again,
/// and end of input stops asking (what is left stays open on the card).
pub(crate) fn ask_questions(questions: &[Question], lang: Lang) -> Result<Vec<(FindingId, bool)>> {
    let stdin = io::stdin();
    let texts = Texts::builtin();
    let mut out = Vec::new();
    eprintln!("{}", texts.get(lang, "ask-first"));
    for q in questions {
        loop {
            eprint!("  {} {} ", q.text, texts.get(lang, "ask-yes-no"));
            io::stderr().flush()?;
            let mut line = String::new();
            if stdin.lock().read_line(&mut line)? == 0 {
                return Ok(out);
            }
            // English and Spanish replies are both understood
            match line.as_str() {
                l if is_yes(l) => out.push((q.finding, true)),
                l if is_no(l) => out.push((q.finding, false)),
                _ => {
                    eprintln!("  {}", texts.get(lang, "ask-again"));
                    continue;
                }
            }
            break;
        }
    }
    Ok(out)
}

pub(crate) fn print_assessment(
    a: &easeback_core::Assessment,
    text: Option<&str>,
    format: Format,
    lang: Lang,
) -> Result<()> {
    match format {
        Format::Json => println!("{}", serde_json::to_string(a)?),
        Format::Text => print!(
            "{}",
            card::render(a, text, io::stdout().is_terminal(), lang)
        ),
    }
    Ok(())
}

pub(crate) fn ask_for_description(lang: Lang) -> Result<String> {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        eprintln!("{}", Texts::builtin().get(lang, "ask-describe"));
        let mut line = String::new();
        stdin.lock().read_line(&mut line)?;
        Ok(line)
    } else {
        let mut all = String::new();
        stdin
            .lock()
            .read_to_string(&mut all)
            .context("reading the description from stdin")?;
        Ok(all)
    }
}
