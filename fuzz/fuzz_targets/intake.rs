//! Free-text intake on arbitrary bytes: never panics, spans stay inside the
//! text on char boundaries. Run: `cargo +nightly fuzz run intake`.
#![no_main]

use easeback_core::intake::Intake;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(r) = Intake::builtin().read(&text) {
        for d in &r.findings {
            assert!(d.start < d.end && d.end <= text.len());
            assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
        }
    }
});
