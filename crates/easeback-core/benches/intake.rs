//! Throughput of free-text reading plus assessment over the evaluation set.
//! Run: `cargo bench -p easeback-core --bench intake`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use easeback_core::Content;
use easeback_core::eval::parse_cases;
use easeback_core::intake::Intake;
use easeback_core::triage::{assess_intake, decide};
use std::hint::black_box;

const VIGNETTES: &str = include_str!("../../../eval/vignettes.tsv");

fn bench(c: &mut Criterion) {
    let cases = parse_cases(VIGNETTES).expect("eval set parses");
    let texts: Vec<&str> = cases.iter().map(|c| c.text.as_str()).collect();
    let intake = Intake::builtin();
    let content = Content::builtin();
    let mut group = c.benchmark_group("eval_set");
    group.throughput(Throughput::Elements(texts.len() as u64));
    group.bench_function("intake_and_decide", |b| {
        b.iter(|| {
            for t in &texts {
                let r = intake.read(black_box(t)).unwrap_or_default();
                black_box(decide(&r.ids()));
            }
        });
    });
    group.bench_function("intake_and_full_assessment", |b| {
        b.iter(|| {
            for t in &texts {
                let r = intake.read(black_box(t)).unwrap_or_default();
                black_box(assess_intake(content, &r, content.region("uk")));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
