//! A sign told in the past and said later in its sentence to be here
//! again: "with my first I had a fever and I've got it again", "the
//! spotting I had stopped on Tuesday … but it started again tonight".

use super::*;

/// Words before "again" that make it only feared or wished for ("worried
/// I'll get it again", "if it happens again"). (A `match`: this runs for
/// every sign told in the past.)
fn feared(w: &str) -> bool {
    matches!(
        w,
        "ill" | "will" | "might" | "could" | "would" | "worried" | "scared" | "afraid" | "if"
    )
}

/// Further words that keep a far "again" or "came back" from bringing a
/// past sign back: a denial, a stronger fear, a hope, a test done again.
fn denied_or_redone(w: &str) -> bool {
    matches!(
        w,
        "never"
            | "not"
            | "didnt"
            | "hasnt"
            | "havent"
            | "hadnt"
            | "wont"
            | "terrified"
            | "frightened"
            | "nervous"
            | "dreading"
            | "case"
            | "hope"
            | "hoping"
            | "measured"
            | "checked"
            | "tested"
            | "test"
            | "did"
            | "done"
    )
}

impl Scope<'_> {
    /// "…and I've got it again tonight", "it's back again": the finding told
    /// in the past is said, later in its sentence, to be here again (not
    /// only feared: "worried I'll get it again").
    pub(super) fn back_again_after(&self, at: usize) -> bool {
        let w = |k: usize| self.doc.word(k);
        (at..(at + 10).min(self.doc.tokens.len()))
            .take_while(|&k| self.doc.tokens[k].kind != TokenKind::SentenceEnd)
            .any(|k| w(k) == "again" && !(k.saturating_sub(4)..k).any(|j| feared(w(j))))
    }

    /// Told in the past, and later in its long sentence said to be back,
    /// with "it" or "they" pointing to it: "the spotting I had stopped on
    /// Tuesday and I thought that was the end of it, but it started again
    /// tonight", "…but it came back this evening". Not a wish or a fear
    /// ("terrified of setting it off again"), a test done again ("they
    /// measured again"), nor a denial ("it never came back").
    pub(super) fn returned_after(&self, at: usize) -> bool {
        let w = |k: usize| self.doc.word(k);
        let pointed_back = |k: usize| {
            (k.saturating_sub(3)..k)
                .any(|j| matches!(w(j), "it" | "its" | "they" | "theyre" | "theyve"))
        };
        let denied_or_feared =
            |k: usize| (k.saturating_sub(5)..k).any(|j| feared(w(j)) || denied_or_redone(w(j)));
        (at..(at + 30).min(self.doc.tokens.len()))
            .take_while(|&k| self.doc.tokens[k].kind != TokenKind::SentenceEnd)
            .any(|k| {
                let again = w(k) == "again"
                    && matches!(
                        w(k.wrapping_sub(1)),
                        "started"
                            | "starting"
                            | "start"
                            | "starts"
                            | "began"
                            | "begun"
                            | "back"
                            | "happening"
                            | "happened"
                            | "coming"
                            | "come"
                            | "came"
                    );
                let came_back = w(k) == "back"
                    && matches!(w(k.wrapping_sub(1)), "came" | "come" | "comes" | "coming")
                    && !matches!(
                        w(k + 1),
                        "negative" | "clear" | "normal" | "fine" | "ok" | "okay" | "positive"
                    );
                (again || came_back) && pointed_back(k) && !denied_or_feared(k)
            })
    }
}
