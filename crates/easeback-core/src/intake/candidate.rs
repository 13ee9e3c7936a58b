//! The vocabulary shared by the matching stages: a [`Candidate`] (a phrase
//! or number that matched, before modifiers are weighed), the token
//! [`Spans`] it spelled out, and the limits on `...` gaps and segments.

use crate::FindingId;

/// Most words a `...` gap may span.
pub const GAP: usize = 6;

/// Most words a `~` gap (the rest of the sentence) may span.
pub const SENTENCE_GAP: usize = 30;

/// A phrase or number that matched, before modifiers are weighed.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub finding: FindingId,
    /// Token range `s..e`.
    pub s: usize,
    pub e: usize,
    /// The token ranges the phrase itself spelled out (not the gaps): a
    /// trigger word inside them is part of the phrase, not a modifier.
    pub literal: Spans,
    /// Matched on the word "temperature" (a measured reading can overrule it).
    pub temperature_word: bool,
    /// The lexicon phrase (index into the compiled phrases); `None` for numbers.
    pub phrase: Option<u32>,
}

/// Most `...`-separated segments a phrase may have.
pub const MAX_SEGMENTS: usize = 4;

/// The token ranges of a match's segments, kept inline (no allocation).
#[derive(Debug, Clone, Copy, Default)]
pub struct Spans {
    items: [(u32, u32); MAX_SEGMENTS],
    len: u8,
}

impl Spans {
    pub fn one(s: usize, e: usize) -> Spans {
        let mut spans = Spans::default();
        spans.push(s, e);
        spans
    }

    pub fn push(&mut self, s: usize, e: usize) {
        if usize::from(self.len) < MAX_SEGMENTS {
            self.items[usize::from(self.len)] = (s as u32, e as u32);
            self.len += 1;
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.items[..usize::from(self.len)]
            .iter()
            .map(|&(s, e)| (s as usize, e as usize))
    }
}
