//! How long a handout takes: `cargo run --release -p kohtaamo-handout
//! --example bench` (and without `--release` for the debug build the e2e
//! tests drive). Prints the first call (fonts read, typst's library built)
//! and p50/p95 over 50 rounds, each round's case a little different (a
//! goal's words) so typst's memo cannot hand back the last layout whole.
//! Goal: the plan in ≤ 500 ms in release. Synthetic data only.

#[path = "../tests/fixture/mod.rs"]
#[allow(dead_code)]
mod fixture;

use std::time::{Duration, Instant};

use kohtaamo_handout::{info_sheet_pdf, plan_pdf, HandoutError, Options, Wording};
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::Language;

const ROUNDS: usize = 50;

type Make = fn(&Case, &Options) -> Result<Vec<u8>, HandoutError>;

fn main() -> Result<(), HandoutError> {
    let options = Options {
        wording: Wording::Fi,
        today: fixture::today(),
    };
    let base = fixture::case(Language::Fi);
    let build = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    println!("kohtaamo-handout bench ({build}, {ROUNDS} rounds, Finnish fixture)");
    let make: [(&str, Make); 2] = [("plan_pdf", plan_pdf), ("info_sheet_pdf", info_sheet_pdf)];
    for (name, make) in make {
        let started = Instant::now();
        let bytes = make(&base, &options)?;
        let first = started.elapsed();
        let mut times = Vec::with_capacity(ROUNDS);
        for round in 0..ROUNDS {
            let mut case = base.clone();
            if let Some(plan) = case.plan_versions.last_mut() {
                if let Some(goal) = plan.record.goals.first_mut() {
                    goal.text = format!("{} ({round})", goal.text);
                }
            }
            case.client.name = format!("{} {round}", case.client.name);
            let started = Instant::now();
            make(&case, &options)?;
            times.push(started.elapsed());
        }
        times.sort();
        println!(
            "{name:>15}: {} KiB; first {}, p50 {}, p95 {}, max {}",
            bytes.len() / 1024,
            ms(first),
            ms(percentile(&times, 50)),
            ms(percentile(&times, 95)),
            ms(times.last().copied().unwrap_or_default()),
        );
    }
    Ok(())
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = (sorted.len() * p).div_ceil(100).saturating_sub(1);
    sorted[index.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}
