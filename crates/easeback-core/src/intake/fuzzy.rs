//! Typo repair by edit distance: a word that is not in the lexicon is mapped
//! to the one lexicon word it is a single edit away from (a missing, extra,
//! changed or swapped letter), in the manner of SymSpell: every lexicon word
//! is indexed under each of its one-letter deletions. A long word (eight
//! letters or more) typed with two letters left out ("numnes" for
//! "numbness") is repaired too, from an index of its two-letter deletions.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Words shorter than this are never corrected: too many near neighbours.
const MIN_LEN: usize = 5;
const MAX_LEN: usize = 20;

#[derive(Debug, Default)]
pub struct Fuzzy {
    /// lexicon word and each one-letter deletion of it -> lexicon words
    index: HashMap<Box<str>, Vec<u32>>,
    /// each two-letter deletion of a lexicon word of [`TWO_DROPPED_LEN`]
    /// letters or more -> lexicon words
    two_dropped: HashMap<Box<str>, Vec<u32>>,
    words: Vec<Box<str>>,
}

/// Words this long may be typed with two letters missing.
const TWO_DROPPED_LEN: usize = 8;

fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(i, c)| {
        let mut s = String::with_capacity(word.len());
        s.push_str(&word[..i]);
        s.push_str(&word[i + c.len_utf8()..]);
        s
    })
}

/// Optimal string alignment distance, capped: returns true when `a` and `b`
/// are at most one edit apart (insert, delete, substitute, swap neighbours).
fn within_one(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => {
            let diffs: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
            match diffs.as_slice() {
                [] | [_] => true,
                [i, j] => *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i],
                _ => false,
            }
        }
        1 => {
            let first = short
                .iter()
                .zip(long)
                .position(|(x, y)| x != y)
                .unwrap_or(short.len());
            short[first..] == long[first + 1..]
        }
        _ => false,
    }
}

impl Fuzzy {
    pub fn new<'a>(vocabulary: impl Iterator<Item = &'a str>) -> Fuzzy {
        let mut fuzzy = Fuzzy::default();
        let mut seen = HashSet::default();
        for w in vocabulary {
            if w.len() < MIN_LEN || w.len() > MAX_LEN || !w.bytes().all(|b| b.is_ascii_lowercase())
            {
                continue;
            }
            if !seen.insert(w) {
                continue;
            }
            let id = u32::try_from(fuzzy.words.len()).unwrap_or(u32::MAX);
            fuzzy.words.push(w.into());
            fuzzy.index.entry(w.into()).or_default().push(id);
            for d in deletions(w) {
                if w.len() >= TWO_DROPPED_LEN {
                    for dd in deletions(&d) {
                        fuzzy.two_dropped.entry(dd.into()).or_default().push(id);
                    }
                }
                fuzzy.index.entry(d.into()).or_default().push(id);
            }
        }
        fuzzy
    }

    /// The lexicon word one edit from `word`, if exactly one such word exists
    /// (the alphabetically first when several do).
    pub fn correct(&self, word: &str) -> Option<&str> {
        if word.len() < MIN_LEN
            || word.len() > MAX_LEN
            || !word.bytes().all(|b| b.is_ascii_lowercase())
        {
            return None;
        }
        let mut best: Option<&str> = None;
        let mut consider = |ids: &Vec<u32>| {
            for &id in ids {
                let cand = &*self.words[id as usize];
                if cand != word
                    && within_one(cand.as_bytes(), word.as_bytes())
                    && best.is_none_or(|b| cand < b)
                {
                    best = Some(cand);
                }
            }
        };
        if let Some(ids) = self.index.get(word) {
            consider(ids);
        }
        for d in deletions(word) {
            if let Some(ids) = self.index.get(d.as_str()) {
                consider(ids);
            }
        }
        // (two letters left out of a long word, only when nothing is one
        // edit away, and the typed word still has six letters)
        // ("continent" is not "incontinent" with its "in" lost: the first
        // letter, the one a typist rarely misses, must agree)
        if best.is_none() && word.len() >= 6 {
            best = self
                .two_dropped
                .get(word)
                .into_iter()
                .flatten()
                .map(|&id| &*self.words[id as usize])
                .filter(|cand| cand.as_bytes().first() == word.as_bytes().first())
                .min();
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fuzzy() -> Fuzzy {
        Fuzzy::new(
            [
                "bleeding",
                "spotting",
                "numbness",
                "contractions",
                "swollen",
                "fever",
            ]
            .into_iter(),
        )
    }

    #[test]
    fn repairs_one_edit_typos() {
        let f = fuzzy();
        assert_eq!(f.correct("bleedign"), Some("bleeding")); // swap
        assert_eq!(f.correct("bleding"), Some("bleeding")); // missing letter
        assert_eq!(f.correct("spottting"), Some("spotting")); // extra letter
        assert_eq!(f.correct("numbnexs"), Some("numbness")); // changed letter
        assert_eq!(f.correct("contractoins"), Some("contractions"));
    }

    #[test]
    fn leaves_short_and_distant_words_alone() {
        let f = fuzzy();
        assert_eq!(f.correct("fevr"), None); // too short to risk
        assert_eq!(f.correct("swimming"), None);
        assert_eq!(f.correct("bleeding"), None); // already right
    }

    #[test]
    fn a_long_word_may_lose_two_letters() {
        let f = fuzzy();
        assert_eq!(f.correct("numnes"), Some("numbness"));
        assert_eq!(f.correct("contrctons"), Some("contractions"));
        assert_eq!(f.correct("sollen"), Some("swollen")); // one edit still
        assert_eq!(f.correct("swoln"), None, "a short word keeps one edit");
        assert_eq!(f.correct("blding"), Some("bleeding"));
        assert_eq!(
            f.correct("bleng"),
            None,
            "five letters typed is too few to guess from"
        );
        assert_eq!(f.correct("kitchen"), None);
        let g = Fuzzy::new(["incontinent"].into_iter());
        assert_eq!(
            g.correct("continent"),
            None,
            "a lost prefix turns a word round"
        );
    }

    #[test]
    fn distance_check_is_exact() {
        assert!(within_one(b"abcd", b"abdc"));
        assert!(!within_one(b"abcd", b"badc"));
        assert!(within_one(b"abc", b"abxc"));
        assert!(!within_one(b"abc", b"axbxc"));
    }
}
