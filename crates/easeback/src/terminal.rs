//! The terminal side of a relief session: questions read line by line
//! (typed or piped, so a session can be scripted), a countdown timer with a
//! progress bar and breathing cues that a key press can end early, and text
//! wrapped to the terminal's width.

use crate::words::{is_no, is_yes, say};
use easeback_core::Lang;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{self, BufRead, IsTerminal, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

pub(crate) const WIDTH: usize = 78;

/// Wrap `text` at `WIDTH` columns with an indent.
pub(crate) fn wrap(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.chars().count() + word.chars().count() + 1 > WIDTH && !line.trim().is_empty() {
            out.push_str(line.trim_end());
            out.push('\n');
            line = String::from(indent);
        }
        line.push_str(word);
        line.push(' ');
    }
    out.push_str(line.trim_end());
    out
}

/// Lines from stdin, read on a thread so timers can poll for commands; it
/// asks again in the person's language.
pub(crate) struct Input {
    lines: Receiver<String>,
    pub(crate) lang: Lang,
}

pub(crate) enum Poll {
    Line(String),
    Nothing,
    Closed,
}

impl Input {
    pub(crate) fn spawn(lang: Lang) -> Input {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let stdin = io::stdin();
            for line in stdin.lock().lines() {
                let Ok(line) = line else { break };
                if tx.send(line.trim().to_string()).is_err() {
                    break;
                }
            }
        });
        Input { lines: rx, lang }
    }

    /// Ask and wait; `None` when input has ended.
    pub(crate) fn ask(&self, question: &str) -> Option<String> {
        print!("{} ", wrap(question, ""));
        io::stdout().flush().ok();
        let answer = self.lines.recv().ok();
        if !io::stdin().is_terminal() {
            println!("{}", answer.as_deref().unwrap_or(""));
        }
        answer
    }

    pub(crate) fn poll(&self, wait: Duration) -> Poll {
        match self.lines.recv_timeout(wait) {
            Ok(l) => Poll::Line(l),
            Err(RecvTimeoutError::Timeout) => Poll::Nothing,
            Err(RecvTimeoutError::Disconnected) => Poll::Closed,
        }
    }

    pub(crate) fn number(&self, question: &str) -> Option<u8> {
        loop {
            let a = self.ask(question)?;
            match a.parse::<u8>() {
                Ok(n) if n <= 10 => return Some(n),
                _ => println!("{}", say!(self.lang, "term-number-0-10")),
            }
        }
    }

    pub(crate) fn yes_no(&self, question: &str) -> Option<bool> {
        loop {
            let a = self.ask(&format!("{question} {}", say!(self.lang, "term-yes-no")))?;
            match a.as_str() {
                a if is_yes(a) => return Some(true),
                a if is_no(a) => return Some(false),
                _ => println!("{}", say!(self.lang, "ask-again")),
            }
        }
    }
}

/// How a timer ended.
pub(crate) enum TimerEnd {
    Done,
    Pause,
    Skip,
    Quit,
}

pub(crate) fn fmt_secs(s: u64) -> String {
    format!("{}:{:02}", s / 60, s % 60)
}

/// Count down `seconds` (scaled). Enter ends early; p pauses, s skips, q quits.
pub(crate) fn run_timer(input: &Input, seconds: u32, scale: f64, breathing: bool) -> TimerEnd {
    let lang = input.lang;
    let time = fmt_secs(u64::from(seconds));
    if scale <= 0.0 || seconds == 0 {
        println!("  {}", say!(lang, "term-timer-instant", time = time));
        return TimerEnd::Done;
    }
    let total = Duration::from_secs_f64(f64::from(seconds) * scale);
    let tty = io::stdout().is_terminal();
    println!("  {}", say!(lang, "term-timer", time = time));
    let bar = if tty {
        let b = ProgressBar::new(u64::from(seconds));
        b.set_style(
            ProgressStyle::with_template("  {bar:40.cyan/blue} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("█▓░"),
        );
        Some(b)
    } else {
        None
    };
    let start = Instant::now();
    let end = loop {
        let elapsed = start.elapsed();
        if elapsed >= total {
            break TimerEnd::Done;
        }
        let left = total - elapsed;
        if let Some(b) = &bar {
            let done_secs = (elapsed.as_secs_f64() / scale) as u64;
            b.set_position(done_secs.min(u64::from(seconds)));
            let shown = fmt_secs((left.as_secs_f64() / scale).ceil() as u64);
            let mut msg = say!(lang, "term-timer-left", time = shown);
            if breathing {
                // 4 s in, 6 s out: the out-breath longer than the in-breath
                let phase = (elapsed.as_secs_f64() / scale) % 10.0;
                msg = format!(
                    "{}  {msg}",
                    say!(
                        lang,
                        if phase < 4.0 {
                            "term-breathe-in"
                        } else {
                            "term-breathe-out"
                        }
                    )
                );
            }
            b.set_message(msg);
        }
        match input.poll(Duration::from_millis(100).min(left)) {
            Poll::Nothing => {}
            Poll::Closed => break TimerEnd::Quit,
            Poll::Line(l) => match l.to_ascii_lowercase().as_str() {
                "" | "d" | "done" => break TimerEnd::Done,
                "p" | "pause" => break TimerEnd::Pause,
                "s" | "skip" => break TimerEnd::Skip,
                "q" | "quit" => break TimerEnd::Quit,
                _ => {}
            },
        }
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if matches!(end, TimerEnd::Done) {
        println!("  {}", say!(lang, "term-time-up"));
    }
    end
}
