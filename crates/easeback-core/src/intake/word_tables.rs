//! Word tables the tokenizer reads words through: number words, the verbs
//! a clause after "without" takes, the verbs "no"/"nah" deny in second-
//! language and Creole English, and the capital abbreviations of clinical
//! notes. Each is a `match` or a short list: every word of every message
//! passes here.

/// Verbs of a finite clause after "without", and the "-ing" form English
/// puts there.
pub(super) const WITHOUT_CLAUSE: &[(&str, &str)] = &[
    ("feel", "feeling"),
    ("feels", "feeling"),
    ("felt", "feeling"),
    ("know", "knowing"),
    ("knows", "knowing"),
    ("knew", "knowing"),
    ("notice", "noticing"),
    ("noticed", "noticing"),
    ("realise", "realising"),
    ("realize", "realizing"),
    ("control", "control"),
    ("want", "wanting"),
];

/// A verb that "no" or "nah" may stand before in second-language or
/// Creole English, with its plain form ("goes" → "go"). Nouns that share
/// the spelling ("no kicks", "no leaves") are left out, and so are "let"
/// ("no, let me start again" is a correction) and "feel" (read by the
/// lexicon's own "no feel").
pub(super) fn denied_verb(w: &str) -> Option<&'static str> {
    Some(match w {
        "go" | "goes" => "go",
        "move" | "moves" => "move",
        "ease" | "eases" => "ease",
        "stop" | "stops" => "stop",
        "settle" | "settles" => "settle",
        "improve" | "improves" => "improve",
        "come" | "comes" => "come",
        "want" | "wants" => "want",
        _ => return None,
    })
}

/// Capital abbreviations of a clinician's or receptionist's note ("c/o
/// LBP", "central CP + SOB", "brief LOC", "FHx PET"), read as the words
/// they stand for. Only as written in capitals: "sob" and "pet" in lower
/// case are the everyday words.
pub(super) fn clinical_abbreviation(raw: &str) -> Option<&'static [&'static str]> {
    Some(match raw {
        "SOB" | "SOBOE" => &["short", "of", "breath"],
        "CP" => &["chest", "pain"],
        "LOC" => &["lost", "consciousness"],
        "HA" => &["headache"],
        "LBP" => &["low", "back", "pain"],
        "PET" => &["pre", "eclampsia"],
        "PV" => &["vaginal"],
        "FM" | "FMs" => &["baby", "movements"],
        "RFM" => &["reduced", "baby", "movements"],
        "SROM" => &["waters", "broke"],
        _ => return None,
    })
}

/// A number written as a word ("four", "twenty", "third", "cuatro"). (A `match`:
/// every word of every message is looked up here.)
pub(super) fn number_word(w: &str) -> Option<f64> {
    Some(match w {
        "two" => 2.0,
        "three" | "third" => 3.0,
        "four" | "fourth" => 4.0,
        "five" | "fifth" => 5.0,
        "six" | "sixth" => 6.0,
        "seven" | "seventh" => 7.0,
        "eight" | "eighth" => 8.0,
        "nine" | "ninth" => 9.0,
        "ten" | "tenth" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return spanish_number_word(w),
    })
}

/// A Spanish number word ("cuatro", "veintiocho"). The Spanish lexicon
/// writes its phrases with these ("tres veces por semana") and they are
/// read there as any number, as the English lexicon's "#" is; "once"
/// (eleven) is left out: it is also English.
pub(super) fn spanish_number_word(w: &str) -> Option<f64> {
    Some(match w {
        "dos" => 2.0,
        "tres" => 3.0,
        "cuatro" => 4.0,
        "cinco" => 5.0,
        "seis" => 6.0,
        "siete" => 7.0,
        "ocho" => 8.0,
        "nueve" => 9.0,
        "diez" => 10.0,
        "doce" => 12.0,
        "trece" => 13.0,
        "catorce" => 14.0,
        "quince" => 15.0,
        "dieciseis" | "dieciséis" => 16.0,
        "diecisiete" => 17.0,
        "dieciocho" => 18.0,
        "diecinueve" => 19.0,
        "veinte" => 20.0,
        "veintiuno" | "veintiun" | "veintiuna" => 21.0,
        "veintidos" | "veintidós" => 22.0,
        "veintitres" | "veintitrés" => 23.0,
        "veinticuatro" => 24.0,
        "veinticinco" => 25.0,
        "veintiseis" | "veintiséis" => 26.0,
        "veintisiete" => 27.0,
        "veintiocho" => 28.0,
        "veintinueve" => 29.0,
        "treinta" => 30.0,
        "cuarenta" => 40.0,
        "cincuenta" => 50.0,
        "sesenta" => 60.0,
        "setenta" => 70.0,
        "ochenta" => 80.0,
        "noventa" => 90.0,
        // the Portuguese ones a Brazilian writes in Spanish ("quatro vezes")
        "dois" | "duas" => 2.0,
        "quatro" => 4.0,
        "sete" => 7.0,
        "oito" => 8.0,
        "nove" => 9.0,
        "dez" => 10.0,
        _ => return None,
    })
}
