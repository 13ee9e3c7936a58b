//! Spoken fillers left out of the reading: "um", "uh", "erm" anywhere, and
//! "like" when it only hedges what follows ("my calf is like hot and puffy",
//! "spasms like four times this week"). Voice notes and dictation are full
//! of them, and a filler between the words of a sign must not hide it.
//! "Like" that compares ("feels like a period", "looks like blood") stays.

/// Sounds that carry nothing ("er" is kept: it is also the ER).
const SOUNDS: &[&str] = &[
    "um", "umm", "ummm", "uh", "uhh", "uhm", "erm", "ehm", "hmm", "hm",
];

/// Words after which "like" is a filler rather than a comparison: a copula
/// ("it's like hot"), a joining word ("red and like puffy") or an
/// intensifier ("so like swollen").
const BEFORE_FILLER_LIKE: &[&str] = &[
    "is", "was", "are", "were", "its", "im", "shes", "hes", "theyre", "been", "be", "being", "got",
    "get", "getting", "gone", "went", "and", "so", "just", "really", "also", "now", "still", "um",
];

/// Words after which "like" compares even behind a copula ("it's like a
/// knife", "it's like when I had my period", "she's like me").
const COMPARED: &[&str] = &[
    "a",
    "an",
    "the",
    "my",
    "her",
    "his",
    "their",
    "your",
    "it",
    "this",
    "that",
    "these",
    "those",
    "someone",
    "something",
    "somebody",
    "when",
    "i",
    "she",
    "he",
    "they",
    "we",
    "you",
    "me",
    "what",
    "how",
    "if",
    "before",
    "normal",
    "usual",
    "always",
    "nothing",
    "being",
    "last",
];

/// Is `word` a sound that says nothing?
pub(crate) fn is_sound(word: &str) -> bool {
    // (a first-letter gate: this runs on every word of every message)
    matches!(word.as_bytes().first(), Some(b'u' | b'e' | b'h')) && SOUNDS.contains(&word)
}

/// Is the "like" between `before` and `next` a filler? `next` is `#` for a
/// number: "like four times", "like 38 point 5" hedge a number and never
/// compare.
pub(crate) fn like_is_filler(before: Option<&str>, next: &str) -> bool {
    next == "#"
        || (before.is_some_and(|b| BEFORE_FILLER_LIKE.contains(&b)) && !COMPARED.contains(&next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_after_a_copula_before_a_quality_is_a_filler() {
        assert!(like_is_filler(Some("is"), "hot"));
        assert!(like_is_filler(Some("and"), "swollen"));
        assert!(like_is_filler(None, "#"));
        assert!(!like_is_filler(Some("is"), "a"));
        assert!(!like_is_filler(Some("feels"), "hot"));
        assert!(!like_is_filler(None, "hot"));
    }
}
