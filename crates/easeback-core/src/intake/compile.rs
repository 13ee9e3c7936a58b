//! Compiling the lexicon of `content/` into automata: phrases are expanded
//! (`@class` alternatives, `...` gaps split into segments) into literal
//! patterns for one Aho–Corasick automaton, and modifier triggers into a
//! second, leftmost-longest one.
//!
//! The phrase automaton runs over word numbers, not letters: every word of a
//! phrase gets a two-byte number and a description becomes the string of its
//! words' numbers. The ~40,000 expanded patterns then take a third of the
//! bytes, which keeps the server's memory small (the automaton is built at
//! start-up), and a match's byte offsets divided by two are token indexes.

use super::fuzzy::Fuzzy;
use super::normalize::normalize_phrase;
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
    pub source: Box<str>,
}

#[derive(Debug, Clone, Copy)]
pub struct SegRef {
    pub phrase: u32,
    pub seg: u8,
}

/// Which phrase segments each literal pattern stands for, flattened: the
/// references of pattern `p` are `refs[starts[p]..starts[p + 1]]`.
#[derive(Debug, Default)]
pub struct PatternRefs {
    starts: Vec<u32>,
    refs: Vec<SegRef>,
}

impl PatternRefs {
    pub fn of(&self, pattern: usize) -> &[SegRef] {
        match (self.starts.get(pattern), self.starts.get(pattern + 1)) {
            (Some(&a), Some(&b)) => &self.refs[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// The number of a word that appears in no phrase.
pub const UNKNOWN_WORD: u16 = u16::MAX;

#[derive(Debug)]
pub struct Compiled {
    /// Runs over [`Compiled::encode_words`] output.
    pub phrases_ac: AhoCorasick,
    pub pattern_refs: PatternRefs,
    /// Every word of a phrase pattern, numbered.
    pub phrase_words: HashMap<Box<str>, u16>,
    pub phrases: Vec<PhraseInfo>,
    pub triggers_ac: AhoCorasick,
    pub trigger_kinds: Vec<u16>,
    pub spelling: HashMap<Box<str>, Box<[Box<str>]>>,
    pub known: HashSet<Box<str>>,
    pub fuzzy: Fuzzy,
    pub clause_starters: HashSet<Box<str>>,
}

/// A problem compiling the lexicon (content validation catches these first).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("lexicon: {0}")]
pub struct CompileError(pub String);

impl Compiled {
    /// The words as the phrase automaton reads them: two bytes per word.
    pub fn encode_words<'w>(&self, words: impl Iterator<Item = &'w str>) -> Vec<u8> {
        let mut out = Vec::with_capacity(words.size_hint().0 * 2);
        for w in words {
            let n = self.phrase_words.get(w).copied().unwrap_or(UNKNOWN_WORD);
            out.extend_from_slice(&n.to_le_bytes());
        }
        out
    }
}

/// Spell-fix then split into canonical words.
fn words(text: &str, spelling: &HashMap<Box<str>, Box<[Box<str>]>>) -> Vec<String> {
    let mut out = Vec::new();
    for w in normalize_phrase(text).split(' ').filter(|w| !w.is_empty()) {
        match spelling.get(w) {
            Some(rep) if !w.starts_with('@') => out.extend(rep.iter().map(|r| r.to_string())),
            _ => out.push(w.to_string()),
        }
    }
    out
}

/// Most literal patterns one segment may expand into.
const MAX_EXPANSION: usize = 20_000;

fn expand_segment<'a>(
    segment: &'a [String],
    classes: &'a HashMap<&str, Vec<Vec<String>>>,
) -> Result<Vec<Vec<&'a str>>, CompileError> {
    let mut seqs: Vec<Vec<&str>> = vec![Vec::new()];
    for w in segment {
        if let Some(name) = w.strip_prefix('@') {
            let alts = classes
                .get(name)
                .ok_or_else(|| CompileError(format!("unknown class @{name}")))?;
            let mut next = Vec::with_capacity(seqs.len() * alts.len());
            for s in &seqs {
                for alt in alts {
                    let mut n = s.clone();
                    n.extend(alt.iter().map(String::as_str));
                    next.push(n);
                }
            }
            seqs = next;
            if seqs.len() > MAX_EXPANSION {
                return Err(CompileError(format!(
                    "phrase segment {segment:?} expands too far"
                )));
            }
        } else {
            for s in &mut seqs {
                s.push(w);
            }
        }
    }
    seqs.retain(|s| !s.is_empty());
    Ok(seqs)
}

pub fn compile(content: &Content) -> Result<Compiled, CompileError> {
    let lex: &Lexicon = &content.lexicon;
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

    let classes: HashMap<&str, Vec<Vec<String>>> = lex
        .classes
        .iter()
        .map(|(name, entries)| {
            (
                name.as_str(),
                entries.iter().map(|e| words(e, &spelling)).collect(),
            )
        })
        .collect();

    let mut known: HashSet<Box<str>> = HashSet::default();
    let mut phrase_words: HashMap<Box<str>, u16> = HashMap::default();
    // every expanded pattern, in one buffer (tens of thousands of small
    // allocations would outweigh the automaton): its bytes' start and length,
    // and the phrase segment it stands for; duplicates merged below
    let mut flat: Vec<u8> = Vec::new();
    let mut occurrences: Vec<(u32, u16, SegRef)> = Vec::new();
    let mut phrases: Vec<PhraseInfo> = Vec::new();

    for info in &content.findings {
        let all = info
            .phrases
            .iter()
            .map(|p| (p, false))
            .chain(info.exclude.iter().map(|p| (p, true)));
        for (phrase, exclude) in all {
            let ws = words(phrase, &spelling);
            // `~`: a gap to anywhere later in the same sentence
            let sentence_gap = ws.iter().any(|w| w == "~");
            let segments: Vec<&[String]> = ws.split(|w| w == "..." || w == "~").collect();
            let phrase_id = u32::try_from(phrases.len())
                .map_err(|_| CompileError("too many phrases".into()))?;
            if segments.len() > super::matcher::MAX_SEGMENTS {
                return Err(CompileError(format!("too many '...' gaps in '{phrase}'")));
            }
            let seg_count = segments.len() as u8;
            for (seg_idx, seg) in segments.iter().enumerate() {
                for seq in expand_segment(seg, &classes)? {
                    let at = u32::try_from(flat.len())
                        .map_err(|_| CompileError("phrases expand too far".into()))?;
                    for &w in &seq {
                        let next = phrase_words.len();
                        let n = match phrase_words.get(w) {
                            Some(&n) => n,
                            None => {
                                let n = u16::try_from(next)
                                    .ok()
                                    .filter(|&n| n != UNKNOWN_WORD)
                                    .ok_or_else(|| {
                                        CompileError("too many different phrase words".into())
                                    })?;
                                phrase_words.insert(w.into(), n);
                                known.insert(w.into());
                                n
                            }
                        };
                        flat.extend_from_slice(&n.to_le_bytes());
                    }
                    let len = u16::try_from(flat.len() - at as usize)
                        .map_err(|_| CompileError(format!("phrase '{phrase}' is too long")))?;
                    let seg = SegRef {
                        phrase: phrase_id,
                        seg: seg_idx as u8,
                    };
                    occurrences.push((at, len, seg));
                }
            }
            phrases.push(PhraseInfo {
                finding: info.id,
                exclude,
                segments: seg_count,
                sentence_gap,
                numeric: ws.iter().any(|w| w == "#"),
                source: phrase.as_str().into(),
            });
        }
    }

    let bytes_of =
        |&(at, len, _): &(u32, u16, SegRef)| &flat[at as usize..at as usize + usize::from(len)];
    occurrences.sort_by(|a, b| bytes_of(a).cmp(bytes_of(b)));
    let mut patterns: Vec<&[u8]> = Vec::new();
    let mut pattern_refs = PatternRefs::default();
    for o in &occurrences {
        let bytes = bytes_of(o);
        if patterns.last() != Some(&bytes) {
            pattern_refs.starts.push(pattern_refs.refs.len() as u32);
            patterns.push(bytes);
        }
        pattern_refs.refs.push(o.2);
    }
    pattern_refs.starts.push(pattern_refs.refs.len() as u32);

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
            let ws = words(t, &spelling);
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
        .filter_map(|s| words(s, &spelling).into_iter().next())
        .map(Into::into)
        .collect();

    let phrases_ac = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .dense_depth(0)
        .build(&patterns)
        .map_err(|e| CompileError(e.to_string()))?;
    let triggers_ac = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&trigger_patterns)
        .map_err(|e| CompileError(e.to_string()))?;
    Ok(Compiled {
        phrases_ac,
        pattern_refs,
        phrase_words,
        phrases,
        triggers_ac,
        trigger_kinds,
        spelling,
        known,
        fuzzy,
        clause_starters,
    })
}
