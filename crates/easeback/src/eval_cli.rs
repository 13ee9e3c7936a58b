//! `easeback eval`: labelled files scored with the reader — each file's
//! report and then the total, in the person's language; or, with
//! `--format json`, the counts the first-sight logs keep (what
//! `scripts/first-sight` reads, whatever the language).

use crate::words::{say, usage};
use crate::{Format, UsageError};
use anyhow::Result;
use easeback_core::eval::{Report, evaluate, parse_cases};
use easeback_core::intake::Intake;
use easeback_core::{Content, Disposition, Lang};
use std::path::PathBuf;

pub(crate) fn eval(content: &Content, lang: Lang, files: &[PathBuf], format: Format) -> Result<()> {
    let mut scored = Vec::with_capacity(files.len());
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| {
            let (file, why) = (file.display().to_string(), e.to_string());
            usage(say!(lang, "term-cannot-read", file = file, why = why))
        })?;
        let cases =
            parse_cases(&text).map_err(|e| UsageError(format!("{}: {e}", file.display())))?;
        let report = evaluate(content, Intake::builtin_in(lang), &cases);
        if format == Format::Text {
            if files.len() > 1 {
                println!("== {}", file.display());
            }
            print!("{}", report.render(lang));
        }
        scored.push((file, counts(&report)));
    }
    let all = scored
        .iter()
        .fold(Counts::default(), |sum, (_, c)| sum.plus(c));
    match format {
        Format::Json => {
            let files: Vec<serde_json::Value> = scored
                .iter()
                .map(|(file, c)| {
                    let mut v = c.json();
                    v["file"] = file.display().to_string().into();
                    v
                })
                .collect();
            let out = serde_json::json!({ "files": files, "total": all.json() });
            println!("{out}");
        }
        Format::Text if files.len() > 1 => {
            let pct = |k: usize, n: usize| if n == 0 { 0.0 } else { k as f64 / n as f64 };
            println!(
                "{}",
                say!(
                    lang,
                    "term-eval-all",
                    files = files.len(),
                    exact = all.exact,
                    total = all.total,
                    percent = format!("{:.1}", 100.0 * pct(all.exact, all.total)),
                    under = all.under,
                    over = all.over,
                    mean = format!("{:.2}", pct(all.self_care_questions, all.self_care)),
                    caught = all.caught
                )
            );
        }
        Format::Text => {}
    }
    Ok(())
}

/// What a report counts, summed over files.
#[derive(Default)]
struct Counts {
    total: usize,
    exact: usize,
    under: usize,
    under_urgent: usize,
    over: usize,
    self_care: usize,
    self_care_questions: usize,
    caught: usize,
}

fn counts(r: &Report) -> Counts {
    Counts {
        total: r.total,
        exact: r.exact,
        under: r.under.len(),
        under_urgent: r.under_urgent(),
        over: r.over.len(),
        self_care: r.labelled[Disposition::SelfCare as usize],
        self_care_questions: r.self_care_questions,
        caught: r.caught_by_question(),
    }
}

impl Counts {
    fn plus(self, o: &Counts) -> Counts {
        Counts {
            total: self.total + o.total,
            exact: self.exact + o.exact,
            under: self.under + o.under,
            under_urgent: self.under_urgent + o.under_urgent,
            over: self.over + o.over,
            self_care: self.self_care + o.self_care,
            self_care_questions: self.self_care_questions + o.self_care_questions,
            caught: self.caught + o.caught,
        }
    }

    fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "n": self.total,
            "exact": self.exact,
            "under": self.under,
            "under_urgent": self.under_urgent,
            "over": self.over,
            "self_care": self.self_care,
            "self_care_questions": self.self_care_questions,
            "caught_by_question": self.caught,
        })
    }
}
