//! What a person gave the symptom check, and where they are in a relief
//! session, kept in memory for a short time under an unguessable token, so
//! each answer and each step has an address of its own: Back and reload
//! show the same page, and nothing typed, no pain score and no session log
//! ever appears in an address, a history entry or a log.
//!
//! Bounded by age, by count and by bytes; the least recently written go
//! first. Written here rather than taken from a cache crate because it is
//! this small and needs the byte bound, which the small crates lack.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What a kept value costs in memory, roughly (for the byte bound).
pub trait Weight {
    fn bytes(&self) -> usize;
}

/// What the check was given (the carried answers as `id=yes` / `id=no`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Given {
    pub text: String,
    pub region: String,
    pub findings: Vec<String>,
    pub answers: Vec<String>,
}

impl Weight for Given {
    fn bytes(&self) -> usize {
        let list = |v: &[String]| v.iter().map(|s| s.len() + 24).sum::<usize>();
        self.text.len() + self.region.len() + list(&self.findings) + list(&self.answers) + 128
    }
}

struct Inner<T> {
    /// token → (written at, generation, value)
    by_token: HashMap<String, (Instant, u64, T)>,
    /// (token, generation) in the order written; an entry written again
    /// has a newer generation, and its older places here are skipped.
    order: VecDeque<(String, u64)>,
    bytes: usize,
    generation: u64,
}

/// Values kept for a while under tokens.
pub struct Kept<T> {
    inner: Mutex<Inner<T>>,
    kept_for: Duration,
    max_entries: usize,
    max_bytes: usize,
}

impl<T: Clone + Weight> Kept<T> {
    pub fn new(kept_for: Duration, max_entries: usize, max_bytes: usize) -> Kept<T> {
        Kept {
            inner: Mutex::new(Inner {
                by_token: HashMap::new(),
                order: VecDeque::new(),
                bytes: 0,
                generation: 0,
            }),
            kept_for,
            max_entries,
            max_bytes,
        }
    }

    /// How long a value stays after it was last written.
    pub fn kept_for(&self) -> Duration {
        self.kept_for
    }

    /// Keep `value` under a new token and return the token.
    pub fn keep(&self, value: T, now: Instant) -> String {
        let token = crate::auth::random_token();
        self.put(&token, value, now);
        token
    }

    /// Keep `value` under `token`, replacing what was there.
    pub fn put(&self, token: &str, value: T, now: Instant) {
        let mut k = self.lock();
        k.generation += 1;
        let generation = k.generation;
        k.bytes += value.bytes();
        if let Some((_, _, old)) = k
            .by_token
            .insert(token.to_string(), (now, generation, value))
        {
            k.bytes -= old.bytes();
        }
        k.order.push_back((token.to_string(), generation));
        // the order list also holds stale places; bound it with the rest
        while k.by_token.len() > self.max_entries
            || k.bytes > self.max_bytes
            || k.order.len() > 2 * self.max_entries
        {
            k.drop_oldest();
        }
    }

    /// What is kept under `token`, if it is still there.
    pub fn get(&self, token: &str, now: Instant) -> Option<T> {
        let mut k = self.lock();
        while let Some((oldest, generation)) = k.order.front() {
            let live = k.by_token.get(oldest).is_some_and(|(at, g, _)| {
                g == generation && now.duration_since(*at) <= self.kept_for
            });
            let stale = k
                .by_token
                .get(oldest)
                .is_none_or(|(_, g, _)| g != generation);
            if live {
                break;
            }
            if stale {
                k.order.pop_front();
            } else {
                k.drop_oldest();
            }
        }
        k.by_token.get(token).map(|(_, _, v)| v.clone())
    }

    /// Drop what is kept under `token` (used up).
    pub fn forget(&self, token: &str) {
        let mut k = self.lock();
        if let Some((_, _, v)) = k.by_token.remove(token) {
            k.bytes -= v.bytes();
        }
    }

    pub fn len(&self) -> usize {
        self.lock().by_token.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner<T>> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl<T: Weight> Inner<T> {
    /// Drop the entry at the front of the order, if that place is current.
    fn drop_oldest(&mut self) {
        let Some((token, generation)) = self.order.pop_front() else {
            return;
        };
        if self
            .by_token
            .get(&token)
            .is_some_and(|(_, g, _)| *g == generation)
            && let Some((_, _, v)) = self.by_token.remove(&token)
        {
            self.bytes -= v.bytes();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: Duration = Duration::from_secs(3600);

    fn given(text: &str) -> Given {
        Given {
            text: text.into(),
            ..Given::default()
        }
    }

    #[test]
    fn a_value_is_there_for_its_time_and_then_gone() {
        let kept = Kept::new(HOUR, 100, 1 << 20);
        let t0 = Instant::now();
        let token = kept.keep(given("heavy bleeding"), t0);
        assert_eq!(
            kept.get(&token, t0 + HOUR).map(|g| g.text).as_deref(),
            Some("heavy bleeding")
        );
        assert_eq!(kept.get(&token, t0 + HOUR + Duration::from_secs(1)), None);
        assert!(
            kept.is_empty(),
            "an expired value is dropped, not only hidden"
        );
        assert_eq!(kept.get("not a token", t0), None);
    }

    #[test]
    fn writing_again_keeps_it_longer() {
        let kept = Kept::new(HOUR, 100, 1 << 20);
        let t0 = Instant::now();
        let token = kept.keep(given("step 1"), t0);
        kept.put(&token, given("step 2"), t0 + HOUR);
        let later = t0 + HOUR + HOUR / 2;
        assert_eq!(
            kept.get(&token, later).map(|g| g.text).as_deref(),
            Some("step 2")
        );
    }

    #[test]
    fn memory_stays_bounded_however_many_long_descriptions_come() {
        let max_bytes = 4 << 20;
        let kept = Kept::new(HOUR, 20_000, max_bytes);
        let now = Instant::now();
        let long = "x".repeat(20_000);
        let first = kept.keep(given(&long), now);
        for _ in 0..3_000 {
            let t = kept.keep(given(&long), now);
            kept.put(&t, given(&long), now);
        }
        let k = kept.lock();
        assert!(k.bytes <= max_bytes, "{} bytes kept", k.bytes);
        assert!(k.order.len() <= 2 * 20_000);
        drop(k);
        assert_eq!(kept.get(&first, now), None, "the oldest went first");
    }
}
