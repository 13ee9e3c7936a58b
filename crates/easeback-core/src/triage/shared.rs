//! Parts of an answer that many answers share word for word (the warning
//! signs, a region's numbers for a kind of card, the action lines): built once when content
//! loads, together with their JSON, so an answer holds a pointer to them
//! instead of copying every string and escaping it again for each answer.

use serde::{Serialize, Serializer};
use serde_json::value::RawValue;
use std::ops::Deref;
use std::sync::Arc;

/// A shared value and, when it could be written, its JSON.
#[derive(Debug)]
struct Inner<T> {
    value: T,
    /// Written once; `None` only if writing failed, and then the value is
    /// written each time instead.
    json: Option<Box<RawValue>>,
}

/// A value shared between answers; reads as the value, serialises as its
/// JSON written once.
#[derive(Debug)]
pub struct Shared<T>(Arc<Inner<T>>);

impl<T: Serialize> Shared<T> {
    pub fn new(value: T) -> Self {
        let json = serde_json::value::to_raw_value(&value).ok();
        Shared(Arc::new(Inner { value, json }))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T: Default> Default for Shared<T> {
    /// The empty value (an empty list is written as `[]` by the value itself).
    fn default() -> Self {
        Shared(Arc::new(Inner {
            value: T::default(),
            json: None,
        }))
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0.value
    }
}

impl<'a, T> IntoIterator for &'a Shared<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.value.iter()
    }
}

impl<T: std::fmt::Display> std::fmt::Display for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.value.fmt(f)
    }
}

impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0.value == other.0.value
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0.json {
            Some(raw) => raw.serialize(s),
            None => self.0.value.serialize(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_list_writes_the_same_json_as_the_list() -> Result<(), serde_json::Error> {
        let lines = vec![
            "Bleeding \"heavy\"".to_string(),
            "Fits\nor fainting".to_string(),
        ];
        let shared = Shared::new(lines.clone());
        assert_eq!(
            serde_json::to_string(&shared)?,
            serde_json::to_string(&lines)?
        );
        assert_eq!(
            serde_json::to_string(&Shared::<Vec<String>>::default())?,
            "[]"
        );
        assert_eq!(shared.len(), 2);
        Ok(())
    }
}
