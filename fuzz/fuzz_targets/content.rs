//! The content parser on arbitrary text: content or an error, never a panic.
//! Run: `cargo +nightly fuzz run content`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = easeback_core::content::parse(text);
    }
});
