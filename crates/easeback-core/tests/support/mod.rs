//! What the evaluation tests share: reading a folder of writers' batches
//! and checking its first-sight log (`eval/` in English, `eval/es/` in
//! Spanish).
// The core crate reads no files (clippy.toml); its tests read the
// evaluation files they check.
#![allow(clippy::disallowed_methods)]

use easeback_core::eval::{Case, parse_cases};
use std::path::Path;

/// Every batch of `dir/batches/*.tsv`, in file-name order.
pub fn batches(dir: &Path) -> Vec<(String, Vec<Case>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir.join("batches"))
        .unwrap_or_else(|e| panic!("{}/batches: {e}", dir.display()))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable batch");
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let cases = parse_cases(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, cases)
        })
        .collect()
}

/// `dir/first-sight.tsv` has its header, one well-formed row per batch of
/// at least 60 descriptions whose figures add up, a row for every batch in
/// `dir/batches/`, and at least `at_least` rows.
pub fn check_first_sight_log(dir: &Path, at_least: usize) {
    let log = std::fs::read_to_string(dir.join("first-sight.tsv")).expect("log exists");
    let mut lines = log.lines();
    assert_eq!(
        lines.next(),
        Some("date\tbatch\tstyle\tn\tunder\tunder_urgent\tover\texact")
    );
    let mut seen = Vec::new();
    for line in lines {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 8, "row {line:?}");
        let n: usize = cols[3].parse().expect("n");
        let under: usize = cols[4].parse().expect("under");
        let urgent: usize = cols[5].parse().expect("under_urgent");
        let over: usize = cols[6].parse().expect("over");
        let exact: f64 = cols[7].parse().expect("exact");
        assert!(n >= 60, "{}: at least 60 descriptions", cols[1]);
        assert!(urgent <= under && under + over <= n, "{line}");
        let implied = (n - under - over) as f64 / n as f64;
        assert!(
            (implied - exact).abs() < 0.001,
            "{line}: exact does not add up"
        );
        assert!(!seen.contains(&cols[1]), "{} scored twice", cols[1]);
        seen.push(cols[1]);
    }
    for (f, _) in batches(dir) {
        assert!(seen.contains(&f.as_str()), "{f} has no first-sight row");
    }
    assert!(
        seen.len() >= at_least,
        "at least {at_least} batches scored at first sight"
    );
}
