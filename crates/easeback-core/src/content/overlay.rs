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
    let mut base = parse_table(file, english)?;
    let words = parse_table(&translated_name(file), translated)?;
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

/// The reader's words in another language, added to the English ones: each
/// finding of `findings` (the English findings table) gains the phrases and
/// exclusions of its entry in `phrases` (TOML with `[[finding]]` id,
/// phrases, exclude). English stays readable — a person writing on a
/// Spanish page may use English words or Spanglish — and a sign read in
/// either language counts. Every finding needs an entry; an unknown id is
/// refused.
pub fn add_phrases(findings: &mut Table, phrases: &str) -> Result<(), ContentError> {
    let file = &translated_name("phrases.toml");
    let words = parse_table(file, phrases)?;
    let given = words
        .get("finding")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let Some(Value::Array(list)) = findings.get_mut("finding") else {
        return Err(err("findings.toml", "finding", "no findings"));
    };
    for g in &given {
        let id = g.get("id").and_then(Value::as_str).unwrap_or_default();
        if !list
            .iter()
            .any(|f| f.get("id").and_then(Value::as_str) == Some(id))
        {
            return Err(err(file, "finding", format!("unknown finding '{id}'")));
        }
    }
    for f in list.iter_mut().filter_map(Value::as_table_mut) {
        let id = f
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let Some(own) = given
            .iter()
            .find(|g| g.get("id").and_then(Value::as_str) == Some(&id))
        else {
            return Err(err(
                file,
                "finding",
                format!("'{id}' has no phrases in this language"),
            ));
        };
        for key in ["phrases", "exclude"] {
            let more = own
                .get(key)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let list = f.entry(key).or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(items) = list {
                append_missing(items, &more);
            }
        }
    }
    Ok(())
}

/// Two lexicons as one: every list gains the other's entries it lacks, and
/// every table (classes, modifiers, spelling) the other's keys it lacks;
/// where both spell the same word differently ("pipí"), the reader's own
/// language wins. The English entries holding a word the other lexicon
/// claims as its own (`own_words`: Spanish "he" is "I have", "o" is "or")
/// are left out first, so that English readings never apply to them.
pub fn union_lexicon(english: &mut Table, other: &Table) {
    let own: Vec<&str> = other
        .get("lexicon")
        .and_then(|l| l.get("own_words"))
        .and_then(Value::as_array)
        .map(|words| words.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if !own.is_empty() {
        without_words(english, &own);
    }
    union_tables(english, other);
}

fn union_tables(english: &mut Table, other: &Table) {
    for (k, v) in other {
        match (english.get_mut(k), v) {
            (Some(Value::Table(mine)), Value::Table(theirs)) => union_tables(mine, theirs),
            (Some(Value::Array(mine)), Value::Array(theirs)) => append_missing(mine, theirs),
            (Some(Value::String(mine)), Value::String(theirs)) => *mine = theirs.clone(),
            (Some(_), _) => {}
            (None, v) => {
                english.insert(k.clone(), v.clone());
            }
        }
    }
}

/// Removes, at any depth, every list entry with a word of `own`, and every
/// table entry (a spelling) whose key or value is one of them.
fn without_words(table: &mut Table, own: &[&str]) {
    let holds = |text: &str| text.split_whitespace().any(|w| own.contains(&w));
    table.retain(|k, v| !(own.contains(&k) || v.as_str().is_some_and(holds)));
    for (_, v) in table.iter_mut() {
        match v {
            Value::Table(inner) => without_words(inner, own),
            Value::Array(items) => items.retain(|i| !i.as_str().is_some_and(holds)),
            _ => {}
        }
    }
}

/// One TOML document as a table, its syntax error named by `file`.
pub fn parse_table(file: &str, text: &str) -> Result<Table, ContentError> {
    toml::from_str::<Table>(text).map_err(|e| err(file, "(document)", e.message().to_string()))
}

/// How an error names the translation of `file`.
pub fn translated_name(file: &str) -> String {
    format!("{file} (translation)")
}

/// `more`'s items that `items` lacks, added at its end, in order.
fn append_missing(items: &mut Vec<Value>, more: &[Value]) {
    for m in more {
        if !items.contains(m) {
            items.push(m.clone());
        }
    }
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
    fn a_reader_in_another_language_adds_its_words_and_keeps_the_english() {
        let mut findings: Table = toml::from_str(
            "[[finding]]\nid = \"fever\"\nphrases = [\"fever\"]\n[[finding]]\nid = \"itching\"\nphrases = [\"itchy\"]\n",
        )
        .expect("toml");
        let es = "[[finding]]\nid = \"fever\"\nphrases = [\"fiebre\", \"fever\"]\nexclude = [\"fiebre del heno\"]\n[[finding]]\nid = \"itching\"\nphrases = [\"picor\"]\n";
        add_phrases(&mut findings, es).expect("merges");
        let fever = &findings["finding"][0];
        assert_eq!(
            fever["phrases"].as_array().map(Vec::len),
            Some(2),
            "no duplicate: {fever:?}"
        );
        assert_eq!(fever["exclude"][0].as_str(), Some("fiebre del heno"));
        let missing = "[[finding]]\nid = \"fever\"\nphrases = [\"fiebre\"]\n";
        assert!(
            add_phrases(&mut findings.clone(), missing).is_err(),
            "every finding needs words"
        );
        let unknown = format!("{es}[[finding]]\nid = \"gout\"\nphrases = [\"gota\"]\n");
        assert!(add_phrases(&mut findings.clone(), &unknown).is_err());

        let mut lexicon: Table =
            toml::from_str("[lexicon.modifiers]\nnegation = [\"no\", \"not\"]\n[lexicon.spelling]\nteh = \"the\"\n")
                .expect("toml");
        let other: Table =
            toml::from_str("[lexicon.modifiers]\nnegation = [\"no\", \"sin\"]\n[lexicon.spelling]\nteh = \"te\"\nsangardo = \"sangrado\"\n[lexicon.classes]\npee = [\"pis\"]\n")
                .expect("toml");
        union_lexicon(&mut lexicon, &other);
        assert_eq!(
            lexicon["lexicon"]["modifiers"]["negation"]
                .as_array()
                .map(Vec::len),
            Some(3)
        );
        assert_eq!(
            lexicon["lexicon"]["spelling"]["teh"].as_str(),
            Some("te"),
            "the reader's own language wins"
        );
        assert_eq!(
            lexicon["lexicon"]["spelling"]["sangardo"].as_str(),
            Some("sangrado")
        );
        assert_eq!(
            lexicon["lexicon"]["classes"]["pee"][0].as_str(),
            Some("pis")
        );
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

    #[test]
    fn english_entries_holding_the_other_languages_own_words_are_left_out() {
        let mut lexicon: Table = toml::from_str(
            "[lexicon.modifiers]\nother_person = [\"he\", \"he has\", \"my son\"]\n[lexicon.spelling]\no = \"of\"\nhes = \"he\"\nteh = \"the\"\n",
        )
        .expect("toml");
        let other: Table = toml::from_str(
            "[lexicon]\nown_words = [\"he\", \"o\"]\n[lexicon.modifiers]\nother_person = [\"mi hermana\"]\n",
        )
        .expect("toml");
        union_lexicon(&mut lexicon, &other);
        let who: Vec<&str> = lexicon["lexicon"]["modifiers"]["other_person"]
            .as_array()
            .expect("list")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(who, ["my son", "mi hermana"]);
        let spelling = lexicon["lexicon"]["spelling"].as_table().expect("table");
        assert_eq!(spelling.keys().collect::<Vec<_>>(), ["teh"]);
    }
}
