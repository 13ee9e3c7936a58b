//! The text care card: what a frightened person reads first — the headline,
//! what to do now with the number to call, then why, with their own words
//! marked.

use easeback_core::lang::Texts;
use easeback_core::{Assessment, Disposition, Lang};
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

pub fn render(a: &Assessment, text: Option<&str>, ansi: bool, lang: Lang) -> String {
    let t = Texts::builtin();
    let say = |id: &str| t.get(lang, id);
    let mut s = String::new();
    let rule = "=".repeat(60);
    let banner = say(match a.disposition {
        Disposition::Emergency => "term-banner-emergency",
        Disposition::SameDay => "term-banner-same-day",
        Disposition::Review => "term-banner-review",
        Disposition::SelfCare => "term-banner-self-care",
    });
    // a self-care or review answer is not final while questions are open
    let waiting = !a.questions.is_empty() && a.disposition <= Disposition::Review;
    if waiting {
        let _ = writeln!(
            s,
            "{}\n{}",
            say("term-not-final"),
            say("term-how-to-answer")
        );
        for q in &a.questions {
            let _ = writeln!(s, "  * {} [{}]", q.text, q.finding);
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(s, "{rule}");
    let _ = writeln!(s, "  {banner}: {}", a.headline);
    let _ = writeln!(s, "{rule}");
    let _ = writeln!(s, "{}", t.with(lang, "term-when", &[("when", &a.when)]));
    if !a.calls.is_empty() {
        let _ = writeln!(s, "{}", say("term-call"));
        for c in a.calls.iter() {
            let _ = writeln!(s, "  {:<14} {}", c.number, c.label);
        }
    }
    let _ = writeln!(s, "{}", say("term-what-now"));
    for act in &a.actions {
        let _ = writeln!(s, "  * {act}");
    }
    if !a.warning_signs.is_empty() {
        let _ = writeln!(s, "\n{}", say("term-warning-signs"));
        for w in a.warning_signs.iter() {
            let _ = writeln!(s, "  - {w}");
        }
    }
    if !a.findings.is_empty() {
        let _ = writeln!(s, "\n{}", say("term-why"));
        for f in &a.findings {
            let words = f
                .text
                .as_deref()
                .map(|w| {
                    format!(
                        " - {}",
                        t.with(lang, "term-you-wrote-words", &[("words", w)])
                    )
                })
                .unwrap_or_default();
            let unsure = if f.uncertain {
                format!(" {}", say("term-unsure"))
            } else {
                String::new()
            };
            let _ = writeln!(s, "  * {} [{}]{words}{unsure}", f.label, f.disposition);
        }
    }
    if !a.questions.is_empty() && !waiting {
        let _ = writeln!(s, "\n{}", say("term-also-tell"));
        for q in &a.questions {
            let _ = writeln!(s, "  * {} [{}]", q.text, q.finding);
        }
    }
    if !a.set_aside.is_empty() {
        let _ = writeln!(s, "\n{}", say("term-set-aside"));
        for x in &a.set_aside {
            let _ = writeln!(s, "  * \"{}\": {}", x.text, x.explanation);
        }
    }
    if let Some(written) = text {
        let spans: Vec<(usize, usize)> = a
            .findings
            .iter()
            .filter_map(|f| Some((f.start?, f.end?)))
            .collect();
        let marked = mark(written.trim_end(), &spans, ansi);
        let _ = writeln!(
            s,
            "\n{}",
            t.with(lang, "term-you-wrote", &[("text", &marked)])
        );
    }
    let _ = writeln!(s, "\n{}", say("term-not-a-diagnosis"));
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
