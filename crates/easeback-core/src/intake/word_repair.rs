//! One word repaired on its own, before the tokenizer reads it with its
//! neighbours: a held-down key ("numbb"), a dropped "g" ("bleedin"), an
//! "'s" typed without its apostrophe ("bairns"), a past told without its
//! ending ("already soak"), and the word lists the tokenizer's dialect
//! rules consult (Scots "a wee …", sign names in "-ing"), a Spanish
//! diminutive read as its word ("liquidito" → "liquido"), and Spanish as it
//! is typed and spoken: without accents, with the "d" and the plural "s"
//! the Caribbean and Andalusia drop ("orinao", "las pierna").

use super::compile;

/// "-ing" words that are the names of signs ("no feeling", "no bleeding"):
/// after "no" they stay nouns, never a Scots "not".
pub(super) const BODY_NOUNS_IN_ING: &[&str] = &[
    "feeling", "bleeding", "swelling", "spotting", "itching", "tingling", "warning", "burning",
    "leaking", "vomiting", "cramping", "kicking",
];

/// Things a Scot calls "a wee" one (small): "a wee stretch", "a wee bit".
pub(super) const WEE_THINGS: &[&str] = &[
    "bit", "stretch", "while", "walk", "lie", "rest", "sit", "nap", "cup", "cuppa", "dram",
    "drink", "sip", "bath", "soak", "stroll", "dander", "break", "minute", "second", "moment",
    "touch", "look", "massage", "heat", "sleep", "snooze", "boy", "girl", "yin", "one", "ones",
    "bairn", "lad", "lass",
];

/// "numbb" → "numb", "bleeeding" → "bleeding": a doubled or tripled letter
/// made single (or double), when only that form is a lexicon word.
pub(super) fn repeated_letters(c: &compile::Compiled, word: &str) -> Option<String> {
    let bytes = word.as_bytes();
    if word.len() < 4 || c.known.contains(word) || !bytes.windows(2).any(|p| p[0] == p[1]) {
        return None;
    }
    // every run of a repeated letter cut to one, then to two
    for keep in [1usize, 2] {
        let mut out = String::with_capacity(word.len());
        let mut run = 0;
        let mut prev = None;
        for ch in word.chars() {
            run = if Some(ch) == prev { run + 1 } else { 1 };
            prev = Some(ch);
            if run <= keep {
                out.push(ch);
            }
        }
        if out != word && c.known.contains(out.as_str()) {
            return Some(out);
        }
    }
    None
}

/// "thinkin" → "thinking" when only the long form is a lexicon word.
pub(super) fn dropped_g(c: &compile::Compiled, word: &str) -> Option<String> {
    if word.len() < 4 || !word.ends_with("in") || c.known.contains(word) {
        return None;
    }
    // ("spotin": its consonant written single, "spotting" before the
    // misspelt "spoting" the lexicon also knows)
    let stem = &word[..word.len() - 2];
    let last = stem.chars().last()?;
    let doubled = format!("{stem}{last}ing");
    if !"aeiou".contains(last) && c.known.contains(doubled.as_str()) {
        return Some(doubled);
    }
    let full = format!("{word}g");
    c.known.contains(full.as_str()).then_some(full)
}

/// Words after which a verb tells what has happened ("already", "has",
/// "had"…): a plain form there is a past told without its ending.
/// ("just" is left out: "I just want", "just avoid" are the present.)
const PERFECT_BEFORE: &[&str] = &[
    "already", "has", "have", "had", "was", "were", "been", "ive", "alredy", "allready",
];

/// Plain forms whose past is not made with "-ed".
const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("break", "broke"),
    ("bleed", "bled"),
    ("swell", "swollen"),
    ("fall", "fell"),
    ("wake", "woke"),
    ("feel", "felt"),
];

/// Words after "has", "have" or "already" that are never a verb left
/// without its ending (words under three letters are never repaired, and
/// number words are numbers by then).
const NOT_A_VERB: &[&str] = &[
    "she", "its", "you", "they", "her", "him", "his", "the", "this", "that", "there", "shes",
    "any", "some", "been", "not", "never", "also", "just", "still", "our", "your", "their", "one",
    "few", "lot", "bit",
];

/// "already soak through the pad" → "soaked", "she has faint" →
/// "fainted", "water already break" → "broke": after a word of the perfect
/// or "already", a plain verb whose past the lexicon knows (and the
/// plain form it does not need there) is read as that past — how many
/// second-language writers leave the ending off.
pub(super) fn unmarked_past(c: &compile::Compiled, before: &str, word: &str) -> Option<String> {
    // (a past already: "have woke", "has broke")
    let irregular_past = IRREGULAR_PAST.iter().any(|(_, past)| *past == word);
    // (never a pronoun or article after the perfect's word: "has she
    // kicked" asks, and "she" + "d" would become "shed" the moment the
    // lexicon knew that word)
    if !PERFECT_BEFORE.contains(&before)
        || word.len() < 3
        || word.ends_with("ed")
        || irregular_past
        || NOT_A_VERB.contains(&word)
    {
        return None;
    }
    if let Some(&(_, past)) = IRREGULAR_PAST.iter().find(|(plain, _)| *plain == word) {
        return c.known.contains(past).then(|| past.to_string());
    }
    let past = if word.ends_with('e') {
        format!("{word}d")
    } else {
        format!("{word}ed")
    };
    // (a lexicon word, not a misspelling the lexicon corrects: "woked")
    (c.known.contains(past.as_str()) && !c.spelling.contains_key(past.as_str())).then_some(past)
}

/// "bairns no moved", "weans kicking": an "'s" typed without its
/// apostrophe ("bairn's") is read as the word itself, as "bairn's" is,
/// when only the word without the "s" is a lexicon word.
pub(super) fn dropped_apostrophe<'w>(c: &compile::Compiled, word: &'w str) -> Option<&'w str> {
    let stem = word.strip_suffix('s')?;
    (stem.len() >= 3 && !c.known.contains(word) && c.known.contains(stem)).then_some(stem)
}

/// An unknown word read as a form the lexicon knows: an "'s" typed without
/// its apostrophe ("bairns"), or a Spanish diminutive ("liquidito",
/// "gotitas", "poquito", "pancita", "sangrecita"), which Spanish speakers
/// use for the same thing, often to play it down.
pub(super) fn word_form(c: &compile::Compiled, word: &str) -> Option<String> {
    if let Some(stem) = dropped_apostrophe(c, word) {
        return Some(stem.to_string());
    }
    diminutive(c, word)
}

fn diminutive(c: &compile::Compiled, word: &str) -> Option<String> {
    if word.len() < 6 || c.known.contains(word) {
        return None;
    }
    let (stem, ending, plural) = [
        ("itos", "o", "s"),
        ("itas", "a", "s"),
        ("ito", "o", ""),
        ("ita", "a", ""),
    ]
    .iter()
    .find_map(|&(suffix, ending, plural)| word.strip_suffix(suffix).map(|s| (s, ending, plural)))?;
    // ("poquito" → "poco", "barriguita" → "barriga", "pancita" → "panza",
    // "dolorcito" → "dolor", "calientito" → "caliente")
    let mut tries = vec![
        format!("{stem}{ending}{plural}"),
        format!("{stem}e{plural}"),
    ];
    if let Some(s) = stem.strip_suffix("qu") {
        tries.push(format!("{s}c{ending}{plural}"));
    }
    if let Some(s) = stem.strip_suffix("gu") {
        tries.push(format!("{s}g{ending}{plural}"));
    }
    if let Some(s) = stem.strip_suffix('c') {
        tries.push(format!("{s}z{ending}{plural}"));
        tries.push(format!("{s}{plural}"));
    }
    tries
        .into_iter()
        .find(|w| c.known.contains(w.as_str()) || c.spelling.contains_key(w.as_str()))
}

/// Words after which Spanish puts a participle ("se ha movido").
const HABER: &[&str] = &[
    "he", "ha", "has", "han", "hemos", "habia", "habian", "hubiera",
];

/// Plural articles and possessives: the noun after them is plural.
const PLURAL_BEFORE: &[&str] = &["las", "los", "mis", "tus", "sus", "unas", "unos"];

/// A Spanish word in the form the lexicon holds, when the reader does not
/// know it as written: an accented word without its accents ("pipí",
/// "días"); a dropped "d" ("orinao" → "orinado", "pasao" → "pasado",
/// "dormías" → "dormidas", and "movio" after "ha" → "movido"); a plural
/// "s" dropped after a plural article ("las pierna" → "las piernas").
pub(super) fn spoken_form(c: &compile::Compiled, before: &str, word: &str) -> Option<String> {
    let plain = (!word.is_ascii()).then(|| super::normalize::without_accents(word));
    let w = plain.as_deref().unwrap_or(word);
    let plural_due = PLURAL_BEFORE.contains(&before);
    let dropped = DROPPED_D.iter().find(|(d, _)| w.ends_with(d));
    // (most words are plain ASCII with none of these: nothing to look up)
    if plain.is_none() && !plural_due && dropped.is_none() {
        return None;
    }
    let holds = |w: &str| c.known.contains(w) || c.spelling.contains_key(w);
    let mut known = c.known.contains(word);
    // the word without its accents, when only that form is known
    let unaccented = plain.clone().filter(|p| !known && holds(p));
    if unaccented.is_some() {
        known = true;
    }
    // (only a word the lexicon spells on, as it does the Spanish ones: the
    // Jamaican "las night" is "last night")
    if plural_due && w.len() >= 4 && !w.ends_with('s') && c.spelling.contains_key(w) {
        let plural = format!("{w}s");
        if holds(&plural) {
            return Some(plural);
        }
    }
    let after_haber = HABER.contains(&before);
    let dropped_d = match dropped {
        Some((d, full)) if (!known || after_haber) && w.len() >= 4 => {
            Some(format!("{}{full}", &w[..w.len() - d.len()]))
                .filter(|full| full.len() > 4 && holds(full))
        }
        _ => None,
    };
    dropped_d.or(unaccented)
}

/// Endings that lost their "d" in speech, and the written ending.
const DROPPED_D: &[(&str, &str)] = &[
    ("aos", "ados"),
    ("ao", "ado"),
    ("ias", "idas"),
    ("ia", "ida"),
    ("ios", "idos"),
    ("io", "ido"),
];
