//! Finding every occurrence of every phrase segment in a description, with
//! the lexicon's `@class` alternatives matched as classes.
//!
//! A phrase segment is a sequence of words and classes ("@side @leg ... gave
//! way"). Expanding every class into its alternatives gave ~71,000 literal
//! patterns whose automaton took most of start-up; here nothing is expanded:
//! - the alternatives of all classes go into one word trie, and a description
//!   is first read for class spans (class `c` covers tokens `s..e`);
//! - the segments go into a second trie whose edges are a word or a class,
//!   walked from every token over words and class spans alike.
//!
//! Both tries are flat hash maps keyed by (node, edge), so building them is a
//! few thousand insertions and a walk costs one lookup per step.

use rustc_hash::FxHashMap as HashMap;

/// Which segment of which phrase a trie entry ends.
#[derive(Debug, Clone, Copy)]
pub struct SegRef {
    pub phrase: u32,
    pub seg: u8,
}

/// A word's number in the tries; words of no phrase have none.
pub type WordId = u32;

/// The number a description's word gets when no phrase uses it.
pub const UNKNOWN_WORD: WordId = WordId::MAX;

/// Edge labels of the segment trie at or above this are classes.
const CLASS_EDGE: u32 = 1 << 31;

/// One element of a compiled segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element {
    Word(WordId),
    Class(u32),
}

impl Element {
    fn edge(self) -> u32 {
        match self {
            Element::Word(w) => w,
            Element::Class(c) => CLASS_EDGE | c,
        }
    }
}

/// A trie over u32 edge labels, with values collected at its nodes.
#[derive(Debug, Default)]
struct Trie<V> {
    edges: HashMap<u64, u32>,
    /// The root's children by word number (most walks end at the root, so
    /// its edges are an array index rather than a hash lookup); 0 = none.
    root_words: Vec<u32>,
    /// The root's children by class number, likewise.
    root_classes: Vec<u32>,
    /// Values ending at each node (index = node; node 0 is the root).
    values: Vec<Vec<V>>,
}

impl<V> Trie<V> {
    fn new() -> Self {
        Trie {
            edges: HashMap::default(),
            root_words: Vec::new(),
            root_classes: Vec::new(),
            values: vec![Vec::new()],
        }
    }

    fn key(node: u32, label: u32) -> u64 {
        (u64::from(node) << 32) | u64::from(label)
    }

    fn insert(&mut self, labels: impl Iterator<Item = u32>, value: V) {
        let mut node = 0u32;
        for label in labels {
            let next = self.values.len() as u32;
            node = *self
                .edges
                .entry(Self::key(node, label))
                .or_insert_with(|| next);
            if node == next {
                self.values.push(Vec::new());
            }
        }
        self.values[node as usize].push(value);
    }

    /// Fills the root's word array; call once all values are inserted.
    fn seal(&mut self) {
        for (&key, &child) in &self.edges {
            let (node, label) = ((key >> 32) as u32, key as u32);
            if node == 0 {
                let (array, i) = if label < CLASS_EDGE {
                    (&mut self.root_words, label as usize)
                } else {
                    (&mut self.root_classes, (label - CLASS_EDGE) as usize)
                };
                if array.len() <= i {
                    array.resize(i + 1, 0);
                }
                array[i] = child;
            }
        }
    }

    fn step(&self, node: u32, label: u32) -> Option<u32> {
        if node == 0 {
            let child = if label < CLASS_EDGE {
                self.root_words.get(label as usize)
            } else {
                self.root_classes.get((label - CLASS_EDGE) as usize)
            };
            return child.copied().filter(|&c| c != 0);
        }
        self.edges.get(&Self::key(node, label)).copied()
    }

    fn at(&self, node: u32) -> &[V] {
        &self.values[node as usize]
    }
}

/// Every phrase segment of the lexicon, ready to be found in a description.
#[derive(Debug)]
pub struct SegmentIndex {
    classes: Trie<u32>,
    segments: Trie<SegRef>,
}

/// A segment found at tokens `s..e`.
#[derive(Debug, Clone, Copy)]
pub struct SegmentHit {
    pub seg: SegRef,
    pub s: usize,
    pub e: usize,
}

/// Bits of a token index in a packed hit.
const POSITION_BITS: u32 = 20;
/// Phrase numbers must stay below this to be packed.
pub const MAX_PHRASES: usize = 1 << 20;

/// A hit as one integer ordered like (phrase, segment, start, end).
fn pack(h: SegmentHit) -> u64 {
    (u64::from(h.seg.phrase) << (2 * POSITION_BITS + 4))
        | (u64::from(h.seg.seg) << (2 * POSITION_BITS))
        | ((h.s as u64) << POSITION_BITS)
        | h.e as u64
}

fn unpack(k: u64) -> SegmentHit {
    let mask = (1u64 << POSITION_BITS) - 1;
    SegmentHit {
        seg: SegRef {
            phrase: (k >> (2 * POSITION_BITS + 4)) as u32,
            seg: ((k >> (2 * POSITION_BITS)) & 0xF) as u8,
        },
        s: ((k >> POSITION_BITS) & mask) as usize,
        e: (k & mask) as usize,
    }
}

impl SegmentIndex {
    /// `classes[c]` holds class `c`'s alternatives as word sequences.
    pub fn new(classes: &[Vec<Vec<WordId>>]) -> Self {
        let mut trie = Trie::new();
        for (c, alts) in classes.iter().enumerate() {
            for alt in alts {
                trie.insert(alt.iter().copied(), c as u32);
            }
        }
        trie.seal();
        SegmentIndex {
            classes: trie,
            segments: Trie::new(),
        }
    }

    /// Builds the index of `segments` (an empty one is never found).
    pub fn with_segments<'a>(
        mut self,
        segments: impl Iterator<Item = (&'a [Element], SegRef)>,
    ) -> Self {
        for (elements, seg) in segments {
            if !elements.is_empty() {
                self.segments.insert(elements.iter().map(|e| e.edge()), seg);
            }
        }
        self.segments.seal();
        self
    }

    /// Every class span of `words`: (start, class, end), ordered by start.
    fn class_spans(&self, words: &[WordId]) -> Vec<(usize, u32, usize)> {
        // (about two spans a word: sized once instead of grown step by step)
        let mut spans = Vec::with_capacity(2 * words.len() + 8);
        let empty = self.classes.at(0);
        for p in 0..=words.len() {
            spans.extend(empty.iter().map(|&c| (p, c, p)));
            let mut node = 0;
            for (q, &w) in words.iter().enumerate().skip(p) {
                match self.classes.step(node, w) {
                    Some(n) => node = n,
                    None => break,
                }
                spans.extend(self.classes.at(node).iter().map(|&c| (p, c, q + 1)));
            }
        }
        spans
    }

    /// Every occurrence of every segment in `words` (overlapping, each
    /// distinct occurrence once), appended to `out`.
    pub fn find(&self, words: &[WordId], out: &mut Vec<SegmentHit>) {
        let spans = self.class_spans(words);
        // spans starting at token p are spans[first[p]..first[p + 1]]
        let mut first = vec![0usize; words.len() + 2];
        for &(p, _, _) in &spans {
            first[p + 1] += 1;
        }
        for p in 0..=words.len() {
            first[p + 1] += first[p];
        }
        let from = out.len();
        out.reserve(4 * words.len());
        let mut stack: Vec<(u32, usize)> = Vec::with_capacity(16);
        for s in 0..words.len() {
            stack.push((0, s));
            while let Some((node, p)) = stack.pop() {
                if p > s {
                    out.extend(self.segments.at(node).iter().map(|&seg| SegmentHit {
                        seg,
                        s,
                        e: p,
                    }));
                }
                if let Some(&w) = words.get(p)
                    && let Some(next) = self.segments.step(node, w)
                {
                    stack.push((next, p + 1));
                }
                for &(_, c, e) in &spans[first[p]..first[p + 1]] {
                    if let Some(next) = self.segments.step(node, CLASS_EDGE | c) {
                        stack.push((next, e));
                    }
                }
            }
        }
        // two routes through different alternatives may reach one occurrence;
        // sorted as packed integers (phrase, segment, start, end), which
        // costs a third of sorting the tuples (a description is at most
        // 256 KiB, so a token index fits in 20 bits; `compile` keeps phrase
        // numbers under 2^20)
        let mut keys: Vec<u64> = out[from..].iter().map(|h| pack(*h)).collect();
        keys.sort_unstable();
        keys.dedup();
        out.truncate(from);
        out.extend(keys.into_iter().map(unpack));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(phrase: u32) -> SegRef {
        SegRef { phrase, seg: 0 }
    }

    /// Words 0..: "my"=0 "left"=1 "right"=2 "leg"=3 "gave"=4 "way"=5 "lower"=6
    /// "back"=7; class 0 = side (left | right | lower back).
    fn index() -> SegmentIndex {
        let segments = [
            (
                vec![Element::Word(0), Element::Class(0), Element::Word(3)],
                seg(0),
            ),
            (vec![Element::Word(4), Element::Word(5)], seg(1)),
            (vec![Element::Class(0)], seg(2)),
        ];
        SegmentIndex::new(&[vec![vec![1], vec![2], vec![6, 7]]])
            .with_segments(segments.iter().map(|(e, s)| (e.as_slice(), *s)))
    }

    fn found(words: &[WordId]) -> Vec<(u32, usize, usize)> {
        let mut out = Vec::new();
        index().find(words, &mut out);
        out.iter().map(|h| (h.seg.phrase, h.s, h.e)).collect()
    }

    #[test]
    fn a_class_matches_any_of_its_alternatives_including_several_words() {
        assert_eq!(found(&[0, 1, 3]), vec![(0, 0, 3), (2, 1, 2)]);
        assert_eq!(found(&[0, 6, 7, 3]), vec![(0, 0, 4), (2, 1, 3)]);
    }

    #[test]
    fn occurrences_overlap_and_unknown_words_match_nothing() {
        assert_eq!(
            found(&[0, 2, 3, 4, 5, UNKNOWN_WORD]),
            vec![(0, 0, 3), (1, 3, 5), (2, 1, 2)]
        );
        assert_eq!(found(&[0, UNKNOWN_WORD, 3]), vec![]);
        assert_eq!(found(&[]), vec![]);
    }

    proptest::proptest! {
        /// Packing keeps every field of a hit and orders hits as the
        /// (phrase, segment, start, end) tuples do, for any description
        /// up to the input limit.
        #[test]
        fn packed_hits_keep_their_fields_and_order(
            a in (0u32..(MAX_PHRASES as u32), 0u8..4, 0usize..262_144, 0usize..262_144),
            b in (0u32..(MAX_PHRASES as u32), 0u8..4, 0usize..262_144, 0usize..262_144),
        ) {
            let hit = |(phrase, seg, s, e): (u32, u8, usize, usize)| SegmentHit {
                seg: SegRef { phrase, seg },
                s,
                e,
            };
            let (ha, hb) = (hit(a), hit(b));
            let back = unpack(pack(ha));
            proptest::prop_assert_eq!((back.seg.phrase, back.seg.seg, back.s, back.e), a);
            proptest::prop_assert_eq!(pack(ha).cmp(&pack(hb)), a.cmp(&b));
        }
    }
}
