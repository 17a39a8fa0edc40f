//! The store's operations with 20,000 synthetic clients, encrypted and on
//! plain SQLite with the same schema and queries. `kohtaamo-admin bench`
//! prints the same measurements as p50/p95 with the encrypted/plain ratio.

#![allow(
    clippy::expect_used,
    reason = "a benchmark that cannot run should stop loudly"
)]

use criterion::{criterion_group, criterion_main, Criterion};
use kohtaamo_store::bench::Scenario;

const CLIENTS: usize = 20_000;

fn operations(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    for (label, encrypted) in [("encrypted", true), ("plain", false)] {
        let mut scenario =
            Scenario::build(&dir.path().join(label), CLIENTS, encrypted).expect("build store");
        let mut group = c.benchmark_group(label);
        group.bench_function("open a whole case (logged)", |b| {
            b.iter(|| scenario.open_case().expect("open"))
        });
        group.bench_function("search by name", |b| {
            b.iter(|| scenario.search_name().expect("search"))
        });
        group.bench_function("search by henkilötunnus", |b| {
            b.iter(|| scenario.search_hetu().expect("search"))
        });
        group.bench_function("durable plan edit with log entry", |b| {
            b.iter(|| scenario.save_edit().expect("save"))
        });
        group.finish();
    }
}

criterion_group!(benches, operations);
criterion_main!(benches);
