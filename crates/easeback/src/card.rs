//! The text care card: what a frightened person reads first — the headline,
//! what to do now with the number to call, then why, with their own words
//! marked.

use easeback_core::Assessment;
use easeback_core::Disposition;
use std::fmt::Write;

fn mark(text: &str, spans: &[(usize, usize)], ansi: bool) -> String {
    let mut spans: Vec<(usize, usize)> = spans
        .iter()
        .copied()
        .filter(|&(s, e)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .collect();
    spans.sort_unstable();
    let (open, close) = if ansi {
        ("\x1b[1;4m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut out = String::with_capacity(text.len() + spans.len() * 8);
    let mut at = 0;
    for (s, e) in spans {
        if s < at {
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str(open);
        out.push_str(&text[s..e]);
        out.push_str(close);
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

pub fn render(a: &Assessment, text: Option<&str>, ansi: bool) -> String {
    let mut s = String::new();
    let rule = "=".repeat(60);
    let banner = match a.disposition {
        Disposition::Emergency => "EMERGENCY",
        Disposition::SameDay => "URGENT - CALL NOW",
        Disposition::Review => "BOOK A REVIEW",
        Disposition::SelfCare => "SELF-CARE",
    };
    // a self-care or review answer is not final while questions are open
    let waiting = !a.questions.is_empty() && a.disposition <= Disposition::Review;
    if waiting {
        let _ = writeln!(
            s,
            "Not final yet: answer these first (a yes changes the answer).\nRun again with --answers id=yes,id=no, or in a terminal to be asked:"
        );
        for q in &a.questions {
            let _ = writeln!(s, "  * {} [{}]", q.text, q.finding);
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(s, "{rule}");
    let _ = writeln!(s, "  {banner}: {}", a.headline);
    let _ = writeln!(s, "{rule}");
    let _ = writeln!(s, "When: {}", a.when);
    if !a.calls.is_empty() {
        let _ = writeln!(s, "Call:");
        for c in a.calls.iter() {
            let _ = writeln!(s, "  {:<14} {}", c.number, c.label);
        }
    }
    let _ = writeln!(s, "What to do now:");
    for act in &a.actions {
        let _ = writeln!(s, "  * {act}");
    }
    if !a.warning_signs.is_empty() {
        let _ = writeln!(s, "\nWarning signs to watch for:");
        for w in a.warning_signs.iter() {
            let _ = writeln!(s, "  - {w}");
        }
    }
    if !a.findings.is_empty() {
        let _ = writeln!(s, "\nWhy:");
        for f in &a.findings {
            let words = f
                .text
                .as_deref()
                .map(|t| format!(" - you wrote \"{t}\""))
                .unwrap_or_default();
            let unsure = if f.uncertain {
                " (you were not sure; we read it as present to be safe)"
            } else {
                ""
            };
            let _ = writeln!(s, "  * {} [{}]{words}{unsure}", f.label, f.disposition);
        }
    }
    if !a.questions.is_empty() && !waiting {
        let _ = writeln!(
            s,
            "\nAlso tell us (a yes may change this answer; give answers with --answers id=yes,id=no):"
        );
        for q in &a.questions {
            let _ = writeln!(s, "  * {} [{}]", q.text, q.finding);
        }
    }
    if !a.set_aside.is_empty() {
        let _ = writeln!(s, "\nRead as not present:");
        for x in &a.set_aside {
            let _ = writeln!(s, "  * \"{}\": {}", x.text, x.explanation);
        }
    }
    if let Some(t) = text {
        let spans: Vec<(usize, usize)> = a
            .findings
            .iter()
            .filter_map(|f| Some((f.start?, f.end?)))
            .collect();
        let _ = writeln!(s, "\nYou wrote: {}", mark(t.trim_end(), &spans, ansi));
    }
    let _ = writeln!(
        s,
        "\nEaseback is not a diagnosis and does not replace your midwife, doctor or physiotherapist."
    );
    s
}

#[cfg(test)]
mod tests {
    use super::mark;

    #[test]
    fn marks_spans_and_skips_bad_ones() {
        assert_eq!(
            mark("no fever but spotting", &[(13, 21)], false),
            "no fever but [spotting]"
        );
        assert_eq!(mark("abc", &[(2, 9)], false), "abc");
    }
}
