//! Scoring the free-text reader against labelled descriptions
//! (`eval/vignettes.tsv`: disposition TAB text; the writers' batches under
//! `eval/batches/` add the intended finding ids as a middle column:
//! disposition TAB ids TAB text). Under-triage — a result
//! less urgent than the label — is counted apart because it is the defect
//! that matters most. The check's follow-up questions are scored too: how
//! many a self-care description gets (do not nag), and whether each
//! under-triaged description was asked about a finding at least as urgent
//! as its label (caught by a question).

use crate::check::open_questions;
use crate::content::Content;
use crate::intake::Intake;
use crate::lang::{Lang, Texts};
use crate::triage::decide;
use crate::{Disposition, FindingId};
use std::fmt::{self, Write};

/// One labelled description.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub line: usize,
    pub expected: Disposition,
    /// The finding ids the writer intended (`none` or `a,b`), when given.
    pub intended: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct CaseError {
    pub line: usize,
    pub message: String,
}

/// Parse `disposition<TAB>text` lines; blank lines and `#` comments skipped.
pub fn parse_cases(tsv: &str) -> Result<Vec<Case>, CaseError> {
    let mut out = Vec::new();
    for (i, raw) in tsv.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let (label, text) = raw.split_once('\t').ok_or_else(|| CaseError {
            line,
            message: "expected 'disposition<TAB>text'".into(),
        })?;
        let expected = Disposition::parse(label.trim()).ok_or_else(|| CaseError {
            line,
            message: format!(
                "unknown disposition '{label}' (use self_care, review, same_day, emergency)"
            ),
        })?;
        let (intended, text) = match text.split_once('\t') {
            Some((ids, rest)) if is_id_list(ids) => (Some(ids.to_string()), rest),
            _ => (None, text),
        };
        out.push(Case {
            line,
            expected,
            intended,
            text: text.to_string(),
        });
    }
    Ok(out)
}

/// `none`, or finding-id-shaped words joined by commas.
fn is_id_list(s: &str) -> bool {
    !s.is_empty()
        && s.split(',')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
}

#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    pub case: Case,
    pub got: Disposition,
    pub findings: Vec<FindingId>,
    /// The findings the check asked about.
    pub asked: Vec<FindingId>,
}

impl Miss {
    /// Was a question asked whose "yes" reaches the label? A yes adds its
    /// finding to those already read, so a "yes, the pain is severe" next to
    /// a fever that was read reaches emergency (the pair's rule) although
    /// severe pain alone is self-care.
    pub fn caught_by_question(&self) -> bool {
        self.asked.iter().any(|&id| {
            let mut with_yes = self.findings.clone();
            with_yes.push(id);
            decide(&with_yes).disposition >= self.case.expected
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub total: usize,
    pub exact: usize,
    /// per disposition (indexed by `Disposition as usize`): labelled, reached or exceeded, exact
    pub labelled: [usize; 4],
    pub caught: [usize; 4],
    pub exact_by: [usize; 4],
    pub under: Vec<Miss>,
    pub over: Vec<Miss>,
    /// findings seen present, per finding id (for coverage)
    pub finding_hits: Vec<usize>,
    /// Questions asked over all descriptions labelled self_care.
    pub self_care_questions: usize,
}

impl Report {
    /// Under-triaged descriptions whose label was same_day or emergency.
    pub fn under_urgent(&self) -> usize {
        self.under
            .iter()
            .filter(|m| m.case.expected >= Disposition::SameDay)
            .count()
    }

    /// Under-triaged descriptions that a follow-up question would catch.
    pub fn caught_by_question(&self) -> usize {
        self.under.iter().filter(|m| m.caught_by_question()).count()
    }

    /// Mean questions on a description labelled self_care.
    pub fn self_care_mean_questions(&self) -> f64 {
        let n = self.labelled[Disposition::SelfCare as usize];
        if n == 0 {
            0.0
        } else {
            self.self_care_questions as f64 / n as f64
        }
    }

    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.exact as f64 / self.total as f64
        }
    }
}

pub fn evaluate(content: &Content, intake: &Intake, cases: &[Case]) -> Report {
    let mut r = Report {
        finding_hits: vec![0; FindingId::ALL.len()],
        ..Report::default()
    };
    for case in cases {
        let reading = intake.read(&case.text).unwrap_or_default();
        let ids = reading.ids();
        for &id in &ids {
            r.finding_hits[id as usize] += 1;
        }
        let got = decide(&ids).disposition;
        let asked: Vec<FindingId> = open_questions(content, &reading, &ids, &[])
            .iter()
            .map(|q| q.finding)
            .collect();
        if case.expected == Disposition::SelfCare {
            r.self_care_questions += asked.len();
        }
        let e = case.expected as usize;
        r.total += 1;
        r.labelled[e] += 1;
        if got >= case.expected {
            r.caught[e] += 1;
        }
        if got == case.expected {
            r.exact += 1;
            r.exact_by[e] += 1;
        } else {
            let miss = Miss {
                case: case.clone(),
                got,
                findings: ids,
                asked,
            };
            if got < case.expected {
                r.under.push(miss);
            } else {
                r.over.push(miss);
            }
        }
    }
    r
}

impl Report {
    /// The report as a person reads it, in `lang`: a table by label, the
    /// totals, then every line read lower or higher than its label.
    pub fn render(&self, lang: Lang) -> String {
        let t = Texts::builtin();
        let say = |id: &str, args: &[(&str, &str)]| t.with(lang, id, args);
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<10} {:>8} {:>12} {:>8}",
            say("eval-label", &[]),
            say("eval-cases", &[]),
            say("eval-sensitivity", &[]),
            say("eval-exact", &[])
        );
        for d in Disposition::ALL.iter().rev() {
            let i = *d as usize;
            let n = self.labelled[i];
            let pct = |k: usize| {
                if n == 0 {
                    100.0
                } else {
                    100.0 * k as f64 / n as f64
                }
            };
            let _ = writeln!(
                out,
                "{:<10} {:>8} {:>11.1}% {:>7.1}%",
                d.as_str(),
                n,
                pct(self.caught[i]),
                pct(self.exact_by[i])
            );
        }
        let num = |x: usize| x.to_string();
        let _ = writeln!(
            out,
            "{}",
            say(
                "eval-exact-total",
                &[
                    ("exact", &num(self.exact)),
                    ("total", &num(self.total)),
                    ("percent", &format!("{:.1}", 100.0 * self.accuracy())),
                ]
            )
        );
        let _ = writeln!(
            out,
            "{}",
            say(
                "eval-under",
                &[
                    ("under", &num(self.under.len())),
                    ("urgent", &num(self.under_urgent())),
                ]
            )
        );
        let _ = writeln!(
            out,
            "{}",
            say("eval-over", &[("over", &num(self.over.len()))])
        );
        let _ = writeln!(
            out,
            "{}",
            say(
                "eval-questions",
                &[
                    ("mean", &format!("{:.2}", self.self_care_mean_questions())),
                    ("caught", &num(self.caught_by_question())),
                    ("under", &num(self.under.len())),
                ]
            )
        );
        for (kind, list) in [("UNDER", &self.under), ("over", &self.over)] {
            for m in list {
                let ids: Vec<&str> = m.findings.iter().map(|i| i.as_str()).collect();
                let intended = m
                    .case
                    .intended
                    .as_deref()
                    .map(|i| say("eval-meant", &[("id", i)]))
                    .unwrap_or_default();
                let asked = match (kind, m.caught_by_question()) {
                    ("UNDER", true) => say("eval-caught", &[]),
                    ("UNDER", false) => say("eval-not-caught", &[]),
                    _ => String::new(),
                };
                let _ = writeln!(
                    out,
                    "{}",
                    say(
                        "eval-miss",
                        &[
                            ("kind", kind),
                            ("line", &num(m.case.line)),
                            ("expected", m.case.expected.as_str()),
                            ("meant", &intended),
                            ("got", m.got.as_str()),
                            ("ids", &ids.join(",")),
                            ("asked", &asked),
                            ("text", &m.case.text),
                        ]
                    )
                );
            }
        }
        out
    }
}

/// The report in English (what the scripts that score batches read).
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn miss(expected: Disposition, findings: &[FindingId], asked: &[FindingId]) -> Miss {
        Miss {
            case: Case {
                line: 1,
                expected,
                intended: None,
                text: String::new(),
            },
            got: decide(findings).disposition,
            findings: findings.to_vec(),
            asked: asked.to_vec(),
        }
    }

    #[test]
    fn a_question_catches_a_miss_when_its_yes_with_what_was_read_reaches_the_label() {
        use FindingId::*;
        // severe pain alone is self-care; with the fever read it is an emergency
        assert!(miss(Disposition::Emergency, &[Fever], &[SeverePain]).caught_by_question());
        assert!(!miss(Disposition::Emergency, &[], &[SeverePain]).caught_by_question());
        assert!(miss(Disposition::SameDay, &[], &[VaginalBleeding]).caught_by_question());
        assert!(!miss(Disposition::Emergency, &[], &[NightWaking]).caught_by_question());
    }
}
