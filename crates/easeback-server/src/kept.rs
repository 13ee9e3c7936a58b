//! What a person gave the symptom check, kept in memory for a short time
//! under an unguessable token, so the answer has an address of its own:
//! Back and reload show the same card, and nothing typed ever appears in
//! an address, a history entry or a log.
//!
//! Bounded by age (an hour), by count and by bytes; the oldest go first.
//! Written here rather than taken from a cache crate because it is this
//! small and needs the byte bound, which the small crates lack.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long an answer stays at its address.
pub const KEPT_FOR: Duration = Duration::from_secs(60 * 60);
const MAX_ENTRIES: usize = 20_000;
const MAX_BYTES: usize = 32 * 1024 * 1024;

/// What the check was given (the carried answers as `id=yes` / `id=no`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Given {
    pub text: String,
    pub region: String,
    pub findings: Vec<String>,
    pub answers: Vec<String>,
}

impl Given {
    fn bytes(&self) -> usize {
        let list = |v: &[String]| v.iter().map(|s| s.len() + 24).sum::<usize>();
        self.text.len() + self.region.len() + list(&self.findings) + list(&self.answers) + 128
    }
}

#[derive(Default)]
struct Inner {
    by_token: HashMap<String, (Instant, Given)>,
    /// Tokens oldest first, for eviction.
    order: VecDeque<String>,
    bytes: usize,
}

/// The checks answered lately.
#[derive(Default)]
pub struct Kept {
    inner: Mutex<Inner>,
}

impl Kept {
    /// Keep `given` and return the token for its address.
    pub fn keep(&self, given: Given, now: Instant) -> String {
        let token = crate::auth::random_token();
        let mut k = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        k.bytes += given.bytes();
        k.by_token.insert(token.clone(), (now, given));
        k.order.push_back(token.clone());
        while k.order.len() > MAX_ENTRIES || k.bytes > MAX_BYTES {
            k.drop_oldest();
        }
        token
    }

    /// What was given under `token`, if it is still kept.
    pub fn get(&self, token: &str, now: Instant) -> Option<Given> {
        let mut k = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        while let Some(oldest) = k.order.front() {
            let expired = k
                .by_token
                .get(oldest)
                .is_none_or(|(at, _)| now.duration_since(*at) > KEPT_FOR);
            if !expired {
                break;
            }
            k.drop_oldest();
        }
        k.by_token.get(token).map(|(_, g)| g.clone())
    }

    pub fn len(&self) -> usize {
        self.inner
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .by_token
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Inner {
    fn drop_oldest(&mut self) {
        if let Some(t) = self.order.pop_front()
            && let Some((_, g)) = self.by_token.remove(&t)
        {
            self.bytes -= g.bytes();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn given(text: &str) -> Given {
        Given {
            text: text.into(),
            ..Given::default()
        }
    }

    #[test]
    fn an_answer_is_there_for_an_hour_and_then_gone() {
        let kept = Kept::default();
        let t0 = Instant::now();
        let token = kept.keep(given("heavy bleeding"), t0);
        assert_eq!(
            kept.get(&token, t0 + KEPT_FOR).map(|g| g.text).as_deref(),
            Some("heavy bleeding")
        );
        assert_eq!(
            kept.get(&token, t0 + KEPT_FOR + Duration::from_secs(1)),
            None
        );
        assert!(
            kept.is_empty(),
            "an expired answer is dropped, not only hidden"
        );
        assert_eq!(kept.get("not a token", t0), None);
    }

    #[test]
    fn memory_stays_bounded_however_many_long_descriptions_come() {
        let kept = Kept::default();
        let now = Instant::now();
        let long = "x".repeat(20_000);
        let first = kept.keep(given(&long), now);
        for _ in 0..3_000 {
            kept.keep(given(&long), now);
        }
        let k = kept.inner.lock().expect("lock");
        assert!(k.bytes <= MAX_BYTES, "{} bytes kept", k.bytes);
        assert_eq!(k.by_token.len(), k.order.len());
        drop(k);
        assert_eq!(kept.get(&first, now), None, "the oldest went first");
    }
}
