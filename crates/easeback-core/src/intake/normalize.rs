//! Turning raw text into canonical tokens: lower case, apostrophes dropped,
//! hyphens split, numbers replaced by `#` (their value kept), sentence ends as
//! `.`, other breaks as `,`. Every token remembers the byte span of the
//! original text it came from, so findings can point at what was written.

/// What kind of token this is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TokenKind {
    Word,
    /// A number; the canonical text is `#`.
    Number(f64),
    /// `.`: the end of a sentence (`.`, `!`, `?`, `;`, a new line).
    SentenceEnd,
    /// `,`: a pause (`,`, `:`, a spaced dash, brackets).
    Pause,
    /// `/` between two things.
    Slash,
}

/// One canonical token.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte span in the original text.
    pub start: usize,
    pub end: usize,
    /// Byte span of this token in the canonical string.
    pub canon_start: usize,
    pub canon_end: usize,
    pub kind: TokenKind,
}

/// A raw piece found by the scanner, before spelling fixes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Raw {
    Word,
    Number(f64),
    SentenceEnd,
    Pause,
    Slash,
    /// `°` or `℃`/`℉` (the latter carry their unit letter).
    Degrees(Option<char>),
    And,
    /// A sign that stands for a word: an emoji ("🩸" blood, "🦵" leg) or a
    /// clinician's arrow ("↑" worse, "↓" reduced).
    Said(&'static str),
}

/// Signs people write instead of the word: emojis ("LOADS of 🩸", "right
/// 🦵 swollen", "👶 has barely kicked") and a note's arrows ("back pain ↑
/// weekly", "↓FM"). Faces that only show a mood are left out.
fn sign_word(c: char) -> Option<&'static str> {
    Some(match c {
        '↑' | '⬆' => "worse",
        '↓' | '⬇' => "reduced",
        '🩸' => "blood",
        '💦' => "waters",
        '🤒' => "fever",
        '🦵' => "leg",
        '🦶' => "foot",
        '👶' | '🍼' => "baby",
        '🤰' => "pregnant",
        '🤮' => "vomiting",
        '🫁' => "lungs",
        _ => return None,
    })
}

pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | '´' | 'ʼ' | '′')
}

/// Scan `text` into raw pieces with byte spans. Never panics; every span
/// lies on char boundaries of `text`.
pub fn scan(text: &str, mut emit: impl FnMut(Raw, usize, usize)) {
    let bytes = text.as_bytes();
    let mut iter = text.char_indices().peekable();
    let mut last_was_break = true;
    while let Some((i, c)) = iter.next() {
        if c.is_ascii_digit() {
            // number: digits, optionally [.,] and more digits
            let mut end = i + 1;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            if end + 1 < bytes.len()
                && (bytes[end] == b'.' || bytes[end] == b',')
                && bytes[end + 1].is_ascii_digit()
            {
                end += 1;
                while end < bytes.len() && bytes[end].is_ascii_digit() {
                    end += 1;
                }
            }
            let value = text[i..end].replace(',', ".").parse::<f64>().unwrap_or(0.0);
            // ordinals: "4th", "3rd" read as their number
            let rest = &bytes[end..];
            let suffix = [b"st", b"nd", b"rd", b"th"].iter().any(|sfx| {
                rest.len() >= 2
                    && rest[..2].eq_ignore_ascii_case(*sfx)
                    && rest.get(2).is_none_or(|b| !b.is_ascii_alphanumeric())
            });
            if suffix {
                end += 2;
            }
            emit(Raw::Number(value), i, end);
            while iter.peek().is_some_and(|&(j, _)| j < end) {
                iter.next();
            }
            last_was_break = false;
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphabetic() || d.is_numeric() && !d.is_ascii_digit() {
                    end = j + d.len_utf8();
                    iter.next();
                } else if is_apostrophe(d) {
                    // keep going through an apostrophe inside a word
                    let next = text[j + d.len_utf8()..].chars().next();
                    if next.is_some_and(|n| n.is_alphabetic()) {
                        iter.next();
                        end = j + d.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            emit(Raw::Word, i, end);
            last_was_break = false;
            continue;
        }
        let end = i + c.len_utf8();
        match c {
            '-' | '–'
                if text[..i].ends_with(|p: char| p.is_ascii_digit())
                    && text[end..].starts_with(|n: char| n.is_ascii_digit()) =>
            {
                // a number range "4-5": the numbers stay neighbours
            }
            '.' | '…' if hesitation(text, i, end) => {
                // "I stood up and just... went": a trailing off inside a
                // clause, not its end
            }
            '.' | '!' | '?' | ';' | '\n' | '\r' | '…' | '。' | '？' | '！' => {
                emit(Raw::SentenceEnd, i, end);
                last_was_break = true;
            }
            // " | " between turns of a pasted chat ("Bec: any bleeding? |
            // me: no | …") ends a message, as " / " does
            '|' if text[..i].ends_with(' ') && text[end..].starts_with(' ') => {
                emit(Raw::SentenceEnd, i, end);
                last_was_break = true;
            }
            ',' | ':' | '(' | ')' | '[' | ']' | '—' | '–' | '|' | '*' | '~' | '=' | '>' | '<'
            | '•' => {
                emit(Raw::Pause, i, end);
                last_was_break = true;
            }
            '-' => {
                // a hyphen inside a word splits it; a free-standing dash is a pause
                let prev_alnum = !last_was_break
                    && i > 0
                    && text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                let next_alnum = text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if !(prev_alnum && next_alnum) {
                    emit(Raw::Pause, i, end);
                    last_was_break = true;
                }
            }
            // " / " between spaces joins two texts sent in a row: a sentence
            // end ("150/95", "and/or" keep their slash, and so does a
            // reading spaced out between two numbers: "128 / 93")
            '/' if text[..i].ends_with(' ')
                && text[end..].starts_with(' ')
                && !(text[..i].trim_end().ends_with(|p: char| p.is_ascii_digit())
                    && text[end..]
                        .trim_start()
                        .starts_with(|n: char| n.is_ascii_digit())) =>
            {
                emit(Raw::SentenceEnd, i, end);
            }
            '/' | '\\' => emit(Raw::Slash, i, end),
            '&' | '+' => emit(Raw::And, i, end),
            c if let Some(word) = sign_word(c) => emit(Raw::Said(word), i, end),
            '°' | 'º' | '˚' => emit(Raw::Degrees(None), i, end),
            '℃' => emit(Raw::Degrees(Some('c')), i, end),
            '℉' => emit(Raw::Degrees(Some('f')), i, end),
            _ => {}
        }
    }
}

/// Is the dot at `i..end` part of an ellipsis ("...", "…") after a word
/// that cannot end a clause ("just", "and", "I") and before a word in
/// lower case? Then the writer trailed off mid-clause.
fn hesitation(text: &str, i: usize, end: usize) -> bool {
    /// Words a clause cannot end on.
    const OPEN: &[&str] = &[
        "just", "and", "but", "so", "then", "i", "the", "my", "a", "it", "like", "kind", "sort",
    ];
    let run_start = text[..i].trim_end_matches(['.', '…']).len();
    let run_end = end + (text[end..].len() - text[end..].trim_start_matches(['.', '…']).len());
    let run = &text[run_start..run_end];
    // (a single full stop is the common case: done with at once)
    if !(run.contains('…') || run.len() >= 2) {
        return false;
    }
    let before = text[..run_start]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let after = text[run_end..]
        .strip_prefix(' ')
        .unwrap_or(&text[run_end..]);
    OPEN.iter().any(|w| w.eq_ignore_ascii_case(before))
        && after.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Lower-case a word and drop apostrophes, collapsing runs of three or more
/// identical letters to two ("sooooo" -> "soo", "bleeeding" -> "bleeding"
/// after a spelling fix).
pub fn fold_word(word: &str, out: &mut String) {
    if word.is_ascii() {
        fold_ascii_word(word.as_bytes(), out);
        return;
    }
    // possessive or contracted 's: "baby's" -> "baby", "it's" -> "it"
    let word = match word.char_indices().rev().nth(1) {
        Some((i, c)) if is_apostrophe(c) && word[i + c.len_utf8()..].eq_ignore_ascii_case("s") => {
            &word[..i]
        }
        _ => word,
    };
    let mut prev: Option<char> = None;
    let mut run = 0;
    for c in word.chars() {
        if is_apostrophe(c) {
            continue;
        }
        for l in c.to_lowercase() {
            if Some(l) == prev {
                run += 1;
            } else {
                run = 1;
                prev = Some(l);
            }
            if run <= 2 {
                out.push(l);
            }
        }
    }
}

/// [`fold_word`] for the common case of a word that is all ASCII: byte by
/// byte, with no case-mapping tables (most words of most messages).
fn fold_ascii_word(word: &[u8], out: &mut String) {
    let word = match word {
        [rest @ .., b'\'' | b'`', b's' | b'S'] => rest,
        _ => word,
    };
    let mut prev = 0u8;
    let mut run = 0;
    for &b in word {
        if matches!(b, b'\'' | b'`') {
            continue;
        }
        let l = b.to_ascii_lowercase();
        if l == prev {
            run += 1;
        } else {
            run = 1;
            prev = l;
        }
        if run <= 2 {
            out.push(char::from(l));
        }
    }
}

/// Normalise a lexicon phrase the way text is normalised, keeping the
/// phrase syntax (`@class`, `...`, `#`). Used for duplicate checks and for
/// compiling phrases.
/// `word` with its vowels' accents taken off ("pipí" → "pipi", "bebé" →
/// "bebe", "pingüino" → "pinguino"); "ñ" and every other letter stay.
pub fn without_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

pub fn normalize_phrase(phrase: &str) -> String {
    let mut out = String::new();
    for part in phrase.split_whitespace() {
        // (a plain lower-case word, as most of the lexicon is, is its own
        // folded form unless it holds a run of three letters)
        let plain = || {
            let b = part.as_bytes();
            b.iter().all(u8::is_ascii_lowercase)
                && !b.windows(3).any(|w| w[0] == w[1] && w[1] == w[2])
        };
        if part.starts_with('@') || part == "..." || part == "~" || part == "#" || plain() {
            push_word(&mut out, part);
            continue;
        }
        scan(part, |raw, s, e| match raw {
            Raw::Word => {
                // folded straight onto the output: no string per word
                let before = out.len();
                if before > 0 {
                    out.push(' ');
                }
                let at = out.len();
                fold_word(&part[s..e], &mut out);
                if out.len() == at {
                    out.truncate(before);
                }
            }
            Raw::Number(_) => push_word(&mut out, "#"),
            Raw::SentenceEnd => push_word(&mut out, "."),
            Raw::Pause => push_word(&mut out, ","),
            Raw::Slash => push_word(&mut out, "/"),
            Raw::And => push_word(&mut out, "and"),
            Raw::Degrees(_) => push_word(&mut out, "degrees"),
            Raw::Said(word) => push_word(&mut out, word),
        });
    }
    out
}

fn push_word(out: &mut String, w: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(w);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<(Raw, &str)> {
        let mut v = Vec::new();
        scan(text, |r, s, e| v.push((r, &text[s..e])));
        v
    }

    #[test]
    fn ordinals_read_as_numbers() {
        let p = pieces("my 4th spasm");
        assert_eq!(p[1], (Raw::Number(4.0), "4th"));
    }

    #[test]
    fn decimals_and_units_split_from_numbers() {
        let p = pieces("temp 38.5C, 101F or 38,2°");
        assert_eq!(p[1], (Raw::Number(38.5), "38.5"));
        assert_eq!(p[2], (Raw::Word, "C"));
        assert_eq!(p[4], (Raw::Number(101.0), "101"));
        assert_eq!(p[7], (Raw::Number(38.2), "38,2"));
        assert_eq!(p[8].0, Raw::Degrees(None));
    }

    #[test]
    fn apostrophes_stay_inside_words_and_hyphens_split() {
        let p = pieces("can’t pre-eclampsia - no");
        assert_eq!(p[0], (Raw::Word, "can’t"));
        assert_eq!(p[1], (Raw::Word, "pre"));
        assert_eq!(p[2], (Raw::Word, "eclampsia"));
        assert_eq!(p[3].0, Raw::Pause);
    }

    #[test]
    fn folding_lowercases_and_trims_repeats() {
        let mut s = String::new();
        fold_word("SOOOO", &mut s);
        assert_eq!(s, "soo");
        s.clear();
        fold_word("Don't", &mut s);
        assert_eq!(s, "dont");
        s.clear();
        fold_word("baby’s", &mut s);
        assert_eq!(s, "baby");
    }

    #[test]
    fn phrases_keep_their_syntax() {
        assert_eq!(
            normalize_phrase("@leg ... Can't  feel"),
            "@leg ... cant feel"
        );
        assert_eq!(normalize_phrase("every # minutes"), "every # minutes");
        assert_eq!(normalize_phrase("pre-eclampsia"), "pre eclampsia");
    }
}
