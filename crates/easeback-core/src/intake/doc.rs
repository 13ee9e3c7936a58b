//! A description as the reader sees it: canonical tokens plus the canonical
//! string the automata run over, with the byte spans of the original text.

use super::normalize::Token;

/// A description as canonical tokens plus the canonical string the automata
/// run over (`" tok tok . tok "`).
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub canon: String,
    pub tokens: Vec<Token>,
}

impl Doc<'_> {
    pub fn word(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.canon[t.canon_start..t.canon_end])
    }

    /// Token index whose canonical text starts at byte `pos`.
    pub(super) fn token_starting(&self, pos: usize) -> Option<usize> {
        self.tokens
            .binary_search_by_key(&pos, |t| t.canon_start)
            .ok()
    }

    pub(super) fn token_ending(&self, pos: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&pos, |t| t.canon_end).ok()
    }

    /// Original byte span of tokens `s..e`.
    pub fn span(&self, s: usize, e: usize) -> (usize, usize) {
        (self.tokens[s].start, self.tokens[e - 1].end)
    }
}
