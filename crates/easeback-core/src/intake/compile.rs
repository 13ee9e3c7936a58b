//! Compiling the lexicon of `content/`: phrases split at their `...` and
//! `~` gaps into segments of words and `@class`es for the segment index
//! (classes are matched as classes, never expanded), and modifier triggers
//! into a leftmost-longest Aho–Corasick automaton.

use super::fuzzy::Fuzzy;
use super::normalize::normalize_phrase;
use super::segments::{Element, SegRef, SegmentIndex, UNKNOWN_WORD, WordId};
use crate::FindingId;
use crate::content::{Content, Lexicon};
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Trigger categories, as bit flags (one trigger phrase can be several).
pub mod kind {
    pub const NEGATION: u16 = 1;
    pub const NEGATION_AFTER: u16 = 1 << 1;
    pub const OTHER_PERSON: u16 = 1 << 2;
    pub const PAST: u16 = 1 << 3;
    pub const HYPOTHETICAL: u16 = 1 << 4;
    pub const UNCERTAIN: u16 = 1 << 5;
    pub const PSEUDO: u16 = 1 << 6;
    pub const TERMINATOR: u16 = 1 << 7;
    pub const CONTRAST: u16 = 1 << 8;
    pub const MEDICATION: u16 = 1 << 9;
    pub const QUESTION_AFTER: u16 = 1 << 10;
    pub const CONFIRM: u16 = 1 << 11;
}

#[derive(Debug)]
pub struct PhraseInfo {
    pub finding: FindingId,
    pub exclude: bool,
    pub segments: u8,
    /// Its gaps are `~`: anywhere later in the sentence, not a few words.
    pub sentence_gap: bool,
    /// The phrase has a `#`: its numbers are checked by a guard.
    pub numeric: bool,
    /// A class of the phrase counts times ("# times"): the count is
    /// checked by the guard too.
    pub counts_times: bool,
    pub source: Box<str>,
}

/// Topic words by their first word: the words after it, and the topics.
pub type TopicWords = HashMap<Box<str>, Vec<(Box<[Box<str>]>, u64)>>;

#[derive(Debug)]
pub struct Compiled {
    /// Every phrase segment; runs over [`Compiled::encode_words`] output.
    pub segments: SegmentIndex,
    /// Every word of a phrase or class, numbered.
    pub phrase_words: HashMap<Box<str>, WordId>,
    pub phrases: Vec<PhraseInfo>,
    pub triggers_ac: AhoCorasick,
    pub trigger_kinds: Vec<u16>,
    pub spelling: HashMap<Box<str>, Box<[Box<str>]>>,
    pub known: HashSet<Box<str>>,
    pub fuzzy: Fuzzy,
    pub clause_starters: HashSet<Box<str>>,
    /// Topic words by their first word: the words after it and the topics
    /// (bit `i` = `content.topics[i]`) they touch.
    pub topic_words: TopicWords,
    /// The topics whose signs are absences (bit `i` as in `topic_words`).
    pub absence_topics: u64,
    /// Words of the reader's other language that English rewrites leave
    /// alone (`Lexicon::own_words`).
    pub own_words: HashSet<Box<str>>,
}

/// A problem compiling the lexicon (content validation catches these first).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("lexicon: {0}")]
pub struct CompileError(pub String);

impl Compiled {
    /// The words as the segment index reads them: their numbers.
    pub fn encode_words<'w>(&self, words: impl Iterator<Item = &'w str>) -> Vec<WordId> {
        words
            .map(|w| self.phrase_words.get(w).copied().unwrap_or(UNKNOWN_WORD))
            .collect()
    }
}

/// Spell-fix then split into canonical words.
fn words(
    text: &str,
    spelling: &HashMap<Box<str>, Box<[Box<str>]>>,
    spanish_numbers: bool,
) -> Vec<String> {
    let mut out = Vec::new();
    for w in normalize_phrase(text).split(' ').filter(|w| !w.is_empty()) {
        // a Spanish number word is a number to the tokenizer: "tres veces"
        // is "# veces" (the English lexicon writes "#" itself, and its
        // "every two days" means two; only a reader with another
        // language's words looks)
        if spanish_numbers && super::word_tables::spanish_number_word(w).is_some() {
            out.push("#".to_string());
            continue;
        }
        match spelling.get(w) {
            Some(rep) if !w.starts_with('@') => out.extend(rep.iter().map(|r| r.to_string())),
            _ => out.push(w.to_string()),
        }
    }
    out
}

/// Adjectives that a two-word phrase may also state after its noun: a phrase
/// "heavy bleeding" also matches "the bleeding is heavy", "pad's full".
const PREDICATIVE: &[&str] = &[
    "heavy", "full", "severe", "swollen", "puffy", "blurry", "blurred", "constant", "red", "hot",
    "numb", "weak", "sharp", "soaked", "itchy",
];

/// Classes of adjectives read the same way: "@bad @pain" also matches "the
/// pain is very strong" and, with the copula left out as second-language
/// writers often do, "back pain very strong".
const PREDICATIVE_CLASSES: &[&str] = &["@severe", "@bad", "@swollen"];

/// What may stand between the noun and its adjective in that reading.
const COPULA: &[&[&str]] = &[
    &["is"],
    &["was"],
    &["are"],
    &["were"],
    &["is", "really"],
    &["is", "very"],
    &["is", "so"],
    &["is", "quite"],
    &["is", "now"],
    &["is", "getting"],
    &["is", "completely"],
    &["was", "really"],
    &["was", "very"],
    &["was", "so"],
    &["are", "really"],
    &["are", "very"],
    &["really"],
    &["very"],
    &["so"],
    &["getting"],
    &["got"],
    &["has", "got"],
    &["has", "become"],
    &["became"],
    &["looks"],
    &["feels"],
    &["seems"],
];

/// A phrase's words, and the other ways the same words are written:
/// - "down my" also as "down to my" and "down into my" ("shoots down to my
///   foot"): one path, three ways to say it;
/// - a unit after a number also in the singular ("every 5 minute", "2 hour"),
///   as many second-language writers put it.
fn written_forms(ws: Vec<String>) -> Vec<Vec<String>> {
    const UNITS: &[(&str, &str)] = &[
        ("minutes", "minute"),
        ("mins", "min"),
        ("hours", "hour"),
        ("hrs", "hr"),
        ("seconds", "second"),
        // "three time in one hour", "2 pad": the singular after a number,
        // as second-language writers often leave it
        ("times", "time"),
        ("pads", "pad"),
        // "3 spasm attack in the last 7 days"
        ("attacks", "attack"),
        ("episodes", "episode"),
    ];
    let mut out = vec![ws];
    if let Some(at) = out[0]
        .windows(2)
        .position(|w| w[0] == "down" && w[1] == "my")
    {
        for via in ["to", "into"] {
            let mut v = out[0].clone();
            v.insert(at + 1, via.to_string());
            out.push(v);
        }
    }
    // "4 in 7 days" is also "4 in the last 7 days"
    if let Some(at) = out[0].windows(3).position(|w| {
        w[0] == "in" && w[1] == "#" && matches!(w[2].as_str(), "days" | "nights" | "weeks")
    }) {
        let mut v = out[0].clone();
        v.splice(at + 1..at + 1, ["the".to_string(), "last".to_string()]);
        out.push(v);
    }
    // "in the last week" is also "in the past week" (a time window told
    // either way)
    for i in 0..out.len() {
        if let Some(at) = out[i]
            .windows(2)
            .position(|w| w[0] == "the" && w[1] == "last")
        {
            let mut v = out[i].clone();
            v[at + 1] = "past".to_string();
            out.push(v);
        }
    }
    let singular: Vec<String> = out[0]
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let after_number = i > 0 && out[0][i - 1] == "#";
            match UNITS.iter().find(|(many, _)| many == w) {
                Some((_, one)) if after_number => one.to_string(),
                _ => w.clone(),
            }
        })
        .collect();
    if singular != out[0] {
        out.push(singular);
    }
    out
}

/// What one word is spelled as: one word or a few.
type Spelled = Box<[Box<str>]>;

/// Numbers words as they are first seen.
fn word_id(words: &mut HashMap<Box<str>, WordId>, w: &str) -> WordId {
    let next = words.len() as WordId;
    *words.entry(w.into()).or_insert(next)
}

pub fn compile(content: &Content) -> Result<Compiled, CompileError> {
    let lex: &Lexicon = &content.lexicon;
    let spanish_numbers = !lex.own_words.is_empty();
    let mut spelling: HashMap<Box<str>, Box<[Box<str>]>> = HashMap::default();
    for (from, to) in &lex.spelling {
        let key = normalize_phrase(from);
        let rep: Box<[Box<str>]> = normalize_phrase(to).split(' ').map(Into::into).collect();
        if key.contains(' ') || key.is_empty() {
            return Err(CompileError(format!(
                "spelling key '{from}' must be one word"
            )));
        }
        if rep.len() == 1 && *rep[0] == *key {
            continue;
        }
        spelling.insert(key.into(), rep);
    }
    // a spelling's result that is itself a spelling ("oriné" → "orine" →
    // "urine", when two lexicons meet) is followed to its end, so a word
    // reads the same whichever form was typed
    let chained: Vec<Box<str>> = spelling
        .iter()
        .filter(|(_, rep)| rep.iter().any(|w| spelling.contains_key(w)))
        .map(|(k, _)| k.clone())
        .collect();
    for key in chained {
        let mut rep: Vec<Box<str>> = spelling[&key].to_vec();
        for _ in 0..3 {
            rep = rep
                .iter()
                .flat_map(|w| match spelling.get(w) {
                    Some(r) if **w != *key => r.to_vec(),
                    _ => vec![w.clone()],
                })
                .collect();
        }
        spelling.insert(key, rep.into());
    }
    // two lexicons can spell one word each other's way ("bleeding" ↔
    // "sangrado"); whichever ended a chain above, one more step through
    // the settled table brings it to the word that spells as itself
    // ("bleding" → "bleeding" in either language)
    let unsettled: Vec<(Box<str>, Spelled)> = spelling
        .iter()
        .filter(|(key, rep)| {
            rep.iter().any(|w| {
                *w != **key
                    && spelling
                        .get(w)
                        .is_some_and(|r| !(r.len() == 1 && r[0] == *w))
            })
        })
        .map(|(key, rep)| {
            let settled = rep
                .iter()
                .flat_map(|w| match spelling.get(w) {
                    Some(r) if *w != *key => r.to_vec(),
                    _ => vec![w.clone()],
                })
                .collect();
            (key.clone(), settled)
        })
        .collect();
    for (key, rep) in unsettled {
        spelling.insert(key, rep);
    }

    let class_ids: HashMap<&str, u32> = lex
        .classes
        .keys()
        .enumerate()
        .map(|(i, name)| (name.as_str(), i as u32))
        .collect();
    // the class of "is", "is really", "got" … that the predicative variants use
    let copula = lex.classes.len() as u32;
    let mut known: HashSet<Box<str>> = HashSet::default();
    let mut phrase_words: HashMap<Box<str>, WordId> = HashMap::default();
    let mut used_classes: HashSet<u32> = HashSet::default();
    let mut segments: Vec<(Vec<Element>, SegRef)> = Vec::new();
    let mut phrases: Vec<PhraseInfo> = Vec::new();

    // classes that count times ("@sometimes" holds "# times"): a phrase
    // using one is guarded like a number — "2 times a week" is not three
    let counting_classes: HashSet<&str> = lex
        .classes
        .iter()
        .filter(|(_, entries)| entries.iter().any(|e| e.starts_with("# times")))
        .map(|(name, _)| name.as_str())
        .collect();
    for info in &content.findings {
        let all = info
            .phrases
            .iter()
            .map(|p| (p, false))
            .chain(info.exclude.iter().map(|p| (p, true)));
        for (phrase, exclude) in all {
            let ws = words(phrase, &spelling, spanish_numbers);
            for ws in written_forms(ws) {
                // `~`: a gap to anywhere later in the same sentence
                let sentence_gap = ws.iter().any(|w| w == "~");
                let parts: Vec<&[String]> = ws.split(|w| w == "..." || w == "~").collect();
                let phrase_id = u32::try_from(phrases.len())
                    .ok()
                    .filter(|&n| (n as usize) < super::segments::MAX_PHRASES)
                    .ok_or_else(|| CompileError("too many phrases".into()))?;
                if parts.len() > super::candidate::MAX_SEGMENTS {
                    return Err(CompileError(format!("too many '...' gaps in '{phrase}'")));
                }
                for (seg_idx, part) in parts.iter().enumerate() {
                    let mut elements = Vec::with_capacity(part.len());
                    for w in *part {
                        elements.push(match w.strip_prefix('@') {
                            Some(name) => {
                                let c = *class_ids.get(name).ok_or_else(|| {
                                    CompileError(format!("unknown class @{name}"))
                                })?;
                                used_classes.insert(c);
                                Element::Class(c)
                            }
                            None => {
                                known.insert(w.as_str().into());
                                Element::Word(word_id(&mut phrase_words, w))
                            }
                        });
                    }
                    let seg = SegRef {
                        phrase: phrase_id,
                        seg: seg_idx as u8,
                    };
                    segments.push((elements, seg));
                }
                phrases.push(PhraseInfo {
                    finding: info.id,
                    exclude,
                    segments: parts.len() as u8,
                    sentence_gap,
                    numeric: ws.iter().any(|w| w == "#"),
                    counts_times: ws.iter().any(|w| {
                        w.strip_prefix('@')
                            .is_some_and(|n| counting_classes.contains(n))
                    }),
                    source: phrase.as_str().into(),
                });
                // "heavy bleeding" is also "the bleeding is heavy"
                if let [adjective, noun] = ws.as_slice()
                    && (PREDICATIVE.contains(&adjective.as_str())
                        || PREDICATIVE_CLASSES.contains(&adjective.as_str()))
                    && !matches!(noun.as_str(), "..." | "~" | "#")
                {
                    let phrase_id = phrases.len() as u32;
                    let mut element = |w: &str| match w.strip_prefix('@') {
                        Some(name) => class_ids.get(name).map(|&c| Element::Class(c)),
                        None => Some(Element::Word(word_id(&mut phrase_words, w))),
                    };
                    // (a class missing here was already reported above)
                    let (Some(noun_el), Some(adjective_el)) = (element(noun), element(adjective))
                    else {
                        continue;
                    };
                    let elements = vec![noun_el, Element::Class(copula), adjective_el];
                    segments.push((
                        elements,
                        SegRef {
                            phrase: phrase_id,
                            seg: 0,
                        },
                    ));
                    phrases.push(PhraseInfo {
                        finding: info.id,
                        exclude,
                        segments: 1,
                        sentence_gap: false,
                        numeric: false,
                        counts_times: false,
                        source: format!("{noun} is {adjective}").into(),
                    });
                }
            }
        }
    }
    let mut class_words: Vec<Vec<Vec<WordId>>> = Vec::with_capacity(lex.classes.len() + 1);
    for (c, entries) in lex.classes.values().enumerate() {
        let used = used_classes.contains(&(c as u32));
        let mut alts = Vec::with_capacity(entries.len());
        for entry in entries {
            for ws in written_forms(words(entry, &spelling, spanish_numbers)) {
                if used {
                    known.extend(ws.iter().map(|w| w.as_str().into()));
                }
                alts.push(ws.iter().map(|w| word_id(&mut phrase_words, w)).collect());
            }
        }
        class_words.push(alts);
    }
    class_words.push(
        COPULA
            .iter()
            .map(|alt| alt.iter().map(|w| word_id(&mut phrase_words, w)).collect())
            .collect(),
    );
    let segment_index = SegmentIndex::new(&class_words)
        .with_segments(segments.iter().map(|(e, s)| (e.as_slice(), *s)));

    let m = &lex.modifiers;
    let lists: [(&Vec<String>, u16); 12] = [
        (&m.confirm, kind::CONFIRM),
        (&m.question_after, kind::QUESTION_AFTER),
        (&m.negation, kind::NEGATION),
        (&m.negation_after, kind::NEGATION_AFTER),
        (&m.other_person, kind::OTHER_PERSON),
        (&m.past, kind::PAST),
        (&m.hypothetical, kind::HYPOTHETICAL),
        (&m.uncertain, kind::UNCERTAIN),
        (&m.pseudo, kind::PSEUDO),
        (&m.terminators, kind::TERMINATOR),
        (&m.contrast, kind::CONTRAST | kind::TERMINATOR),
        (&m.medication, kind::MEDICATION),
    ];
    let mut trigger_ids: HashMap<String, usize> = HashMap::default();
    let mut trigger_patterns: Vec<String> = Vec::new();
    let mut trigger_kinds: Vec<u16> = Vec::new();
    for (list, k) in lists {
        for t in list {
            let ws = words(t, &spelling, spanish_numbers);
            if ws.is_empty() {
                continue;
            }
            for w in &ws {
                known.insert(w.as_str().into());
            }
            let pat = format!(" {} ", ws.join(" "));
            let id = *trigger_ids.entry(pat.clone()).or_insert_with(|| {
                trigger_patterns.push(pat);
                trigger_kinds.push(0);
                trigger_patterns.len() - 1
            });
            trigger_kinds[id] |= k;
        }
    }
    for (k, v) in &spelling {
        known.insert(k.clone());
        known.extend(v.iter().cloned());
    }
    for w in &lex.not_typos {
        known.insert(normalize_phrase(w).into());
    }
    let targets: Vec<String> = lex
        .fuzzy_targets
        .iter()
        .map(|w| normalize_phrase(w))
        .collect();
    let fuzzy = Fuzzy::new(targets.iter().map(String::as_str));
    let clause_starters = m
        .clause_starters
        .iter()
        .filter_map(|s| words(s, &spelling, spanish_numbers).into_iter().next())
        .map(Into::into)
        .collect();

    let mut topic_words: TopicWords = HashMap::default();
    if content.topics.len() > 64 {
        return Err(CompileError("at most 64 topics".into()));
    }
    for (i, topic) in content.topics.iter().enumerate() {
        for entry in &topic.words {
            let ws = words(entry, &spelling, spanish_numbers);
            if let Some((first, rest)) = ws.split_first() {
                let rest: Box<[Box<str>]> = rest.iter().map(|w| w.as_str().into()).collect();
                let list = topic_words.entry(first.as_str().into()).or_default();
                match list.iter_mut().find(|(r, _)| *r == rest) {
                    Some((_, mask)) => *mask |= 1 << i,
                    None => list.push((rest, 1 << i)),
                }
            }
        }
    }
    let triggers_ac = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&trigger_patterns)
        .map_err(|e| CompileError(e.to_string()))?;
    Ok(Compiled {
        segments: segment_index,
        phrase_words,
        phrases,
        triggers_ac,
        trigger_kinds,
        spelling,
        known,
        fuzzy,
        clause_starters,
        topic_words,
        absence_topics: content
            .topics
            .iter()
            .enumerate()
            .filter(|(_, t)| t.absence)
            .fold(0, |mask, (i, _)| mask | 1 << i),
        own_words: lex.own_words.iter().map(|w| w.as_str().into()).collect(),
    })
}
