//! What unlocking a store costs: Argon2id with the default parameters plus
//! unwrapping the data key. The goal is about half a second on the machines
//! here: slow for someone guessing passphrases, quick for the professional.

#![allow(
    clippy::expect_used,
    reason = "a benchmark that cannot run should stop loudly"
)]

use criterion::{criterion_group, criterion_main, Criterion};
use kohtaamo_store::envelope::{KdfParams, KeyFile};

fn unlock(c: &mut Criterion) {
    let (file, _) =
        KeyFile::generate("a passphrase for benchmarks", KdfParams::DEFAULT).expect("generate");
    let mut group = c.benchmark_group("kdf");
    group.sample_size(10);
    group.bench_function("unwrap data key (Argon2id default)", |b| {
        b.iter(|| {
            file.unwrap_key("a passphrase for benchmarks")
                .expect("unwrap")
        })
    });
    group.finish();
}

criterion_group!(benches, unlock);
criterion_main!(benches);
