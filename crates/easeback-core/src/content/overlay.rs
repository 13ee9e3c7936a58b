//! The knowledge base in another language. A file of `content/es/` holds
//! the same tables, in the same order and with the same ids, as its English
//! file, with only the words a person reads; [`merge`] lays them over the
//! English. It refuses a text left out or added, an id changed, and any
//! digit or `{placeholder}` that differs from the English — so a
//! translation can never change a dose, a time, a temperature or a phone
//! number, and never drops a warning.

use super::validate::{ContentError, err};
use toml::{Table, Value};

/// Keys that are data rather than words: they stay in the English file
/// and a translation must not carry them.
const STRUCTURAL: &[&str] = &[
    "id",
    "kind",
    "disposition",
    "sources",
    "phrases",
    "exclude",
    "part_of",
    "asked_after",
    "exercises",
    "emergency",
    "number",
    "languages",
    "spelling",
    "words",
    "findings",
    "url",
    "publisher",
];

/// The English document `english` with every text replaced by its
/// translation from `translated` (both TOML), checked as described above.
pub fn merge(file: &str, english: &str, translated: &str) -> Result<Table, ContentError> {
    let parse = |text: &str| {
        toml::from_str::<Table>(text).map_err(|e| err(file, "(document)", e.message().to_string()))
    };
    let mut base = parse(english)?;
    let words = parse(translated)?;
    merge_table(file, "", &mut base, &words)?;
    Ok(base)
}

/// A key of data, not words: a structural name holding a value rather than
/// a section ("disposition" is both a finding's field and a file's tables).
fn is_data(key: &str, value: &Value) -> bool {
    let section = match value {
        Value::Table(_) => true,
        Value::Array(items) => items.first().is_some_and(Value::is_table),
        _ => false,
    };
    STRUCTURAL.contains(&key) && !section
}

fn merge_table(file: &str, at: &str, base: &mut Table, words: &Table) -> Result<(), ContentError> {
    let key_at = |k: &str| {
        if at.is_empty() {
            k.to_string()
        } else {
            format!("{at}.{k}")
        }
    };
    for (k, v) in words {
        let known = base.get(k).is_some_and(|b| {
            !matches!(b, Value::Integer(_) | Value::Boolean(_) | Value::Float(_))
                && (k == "id" || !is_data(k, b))
        });
        if !known {
            return Err(err(
                file,
                key_at(k),
                "not a text of the English file; a translation holds only ids and words",
            ));
        }
        if k == "id" && base.get(k) != Some(v) {
            return Err(err(
                file,
                key_at(k),
                format!("id {v:?} where the English has {:?}", base[k]),
            ));
        }
    }
    for (k, b) in base.iter_mut() {
        if is_data(k, b) {
            continue;
        }
        let key = key_at(k);
        let missing = || err(file, &key, "has no translation");
        match b {
            Value::String(en) => {
                let tr = words.get(k).and_then(Value::as_str).ok_or_else(missing)?;
                same_facts(file, &key, en, tr)?;
                *en = tr.to_string();
            }
            Value::Table(t) => {
                let tr = words.get(k).and_then(Value::as_table).ok_or_else(missing)?;
                merge_table(file, &key, t, tr)?;
            }
            Value::Array(items) if !items.is_empty() => {
                let tr = words.get(k).and_then(Value::as_array).ok_or_else(missing)?;
                if tr.len() != items.len() {
                    return Err(err(
                        file,
                        &key,
                        format!("{} items where the English has {}", tr.len(), items.len()),
                    ));
                }
                for (i, (item, w)) in items.iter_mut().zip(tr).enumerate() {
                    let key = format!("{key}[{i}]");
                    match (item, w) {
                        (Value::String(en), Value::String(tr)) => {
                            same_facts(file, &key, en, tr)?;
                            *en = tr.clone();
                        }
                        (Value::Table(t), Value::Table(tr)) => merge_table(file, &key, t, tr)?,
                        _ => {
                            return Err(err(
                                file,
                                &key,
                                "is not the same kind of item as the English",
                            ));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Every run of digits and every `{placeholder}` of the English, as many
/// times, in the translation.
fn same_facts(file: &str, key: &str, english: &str, translated: &str) -> Result<(), ContentError> {
    if translated.trim().is_empty() {
        return Err(err(file, key, "is empty"));
    }
    if facts(english) != facts(translated) {
        return Err(err(
            file,
            key,
            format!(
                "numbers or placeholders differ from the English: {:?} against {:?}",
                facts(translated),
                facts(english)
            ),
        ));
    }
    Ok(())
}

fn facts(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        if bytes[i].is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            out.push(&text[start..i]);
        } else if bytes[i] == b'{' {
            match text[i..].find('}') {
                Some(end) => {
                    out.push(&text[i..=i + end]);
                    i += end + 1;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = r#"
[[first_step]]
id = "heat"
name = "Warmth"
how = ["Wrap a warm pack in a towel.", "Keep it on for 15 to 20 minutes."]
dose = "Up to {times} times a day"
sources = ["article"]
"#;

    fn step(name: &str, second: &str, dose: &str) -> String {
        format!(
            "[[first_step]]\nid = \"heat\"\nname = \"{name}\"\nhow = [\"Envuelve una bolsa tibia en una toalla.\", \"{second}\"]\ndose = \"{dose}\"\n"
        )
    }

    #[test]
    fn a_translation_replaces_the_words_and_keeps_the_data() {
        let t = merge(
            "first_steps.toml",
            EN,
            &step(
                "Calor",
                "Déjala 15 a 20 minutos.",
                "Hasta {times} veces al día",
            ),
        )
        .expect("a faithful translation merges");
        let s = &t["first_step"].as_array().expect("tables")[0];
        assert_eq!(s["name"].as_str(), Some("Calor"));
        assert_eq!(s["sources"].as_array().map(Vec::len), Some(1), "data stays");
        assert_eq!(s["how"][1].as_str(), Some("Déjala 15 a 20 minutos."));
    }

    #[test]
    fn a_changed_number_a_lost_placeholder_or_a_missing_text_is_refused() {
        for bad in [
            step("Calor", "Déjala 5 a 20 minutos.", "Hasta {times} veces al día"),
            step("Calor", "Déjala 15 a 20 minutos.", "Varias veces al día"),
            "[[first_step]]\nid = \"heat\"\nname = \"Calor\"\ndose = \"Hasta {times} veces\"\nhow = [\"Déjala 15 a 20 minutos.\"]\n".to_string(),
            step("Calor", "Déjala 15 a 20 minutos.", "Hasta {times} veces al día").replace("heat", "cold"),
            step("Calor", "Déjala 15 a 20 minutos.", "Hasta {times} veces al día") + "sources = [\"otra\"]\n",
            step("", "Déjala 15 a 20 minutos.", "Hasta {times} veces al día"),
            "[[first_step]]\nid = \"heat\"\nname = \"Calor\"\nhow = [\"a\", \"Déjala 15 a 20 minutos.\"]\n".to_string(),
        ] {
            assert!(merge("first_steps.toml", EN, &bad).is_err(), "accepted:\n{bad}");
        }
    }
}
