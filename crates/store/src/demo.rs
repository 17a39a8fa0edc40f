//! Synthetic demo data: invented names and temporary henkilötunnus codes
//! (individual numbers 900–999) only, so no demo can show a real person.

use std::collections::HashSet;

use chrono::{Days, NaiveDate};
use kohtaamo_model::client::ValidNewClient;
use kohtaamo_model::{Language, PersonalIdentityCode};

use crate::{Result, Store};

/// The demo store's passphrase. It protects nothing real and is shown on the
/// demo store's unlock screen.
pub const DEMO_PASSPHRASE: &str = "kohtaamo-demo";

const FIRST_NAMES_FI: &[&str] = &[
    "Aino", "Eino", "Helmi", "Väinö", "Kerttu", "Toivo", "Sanni", "Jussi", "Tyyne", "Onni",
    "Lempi", "Veikko", "Iida", "Paavo", "Hilkka", "Ilmari", "Siiri", "Arvo", "Elli", "Kalle",
    "Marjatta", "Pertti", "Seija", "Raimo", "Tuula", "Jorma", "Päivi", "Matti", "Riitta", "Timo",
];
const FIRST_NAMES_SV: &[&str] = &[
    "Astrid", "Björn", "Elsa", "Gunnar", "Ingrid", "Nils", "Saga", "Torsten", "Märta", "Henrik",
];
const FIRST_NAMES_EN: &[&str] = &["Grace", "Oliver", "Amina", "Samuel", "Nadia", "Daniel"];
const SURNAMES_FI: &[&str] = &[
    "Testinen",
    "Kuvitelma",
    "Esimerkki",
    "Harjoitus",
    "Mallinen",
    "Kokeilu",
    "Näyte",
    "Leikkinen",
    "Demonen",
    "Luonnos",
    "Aihio",
    "Harjoittelija",
    "Kuvaaja",
    "Tarinoija",
    "Keksitty",
];
const SURNAMES_SV: &[&str] = &[
    "Provsson",
    "Exempelberg",
    "Testström",
    "Påhittad",
    "Övningsdal",
];
const SURNAMES_EN: &[&str] = &["Sample", "Example", "Mockingbird", "Placeholder"];

/// A small deterministic generator (SplitMix64): the same seed always gives
/// the same demo store, which keeps screenshots and benchmarks comparable.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// `count` synthetic clients, all with distinct temporary codes.
pub fn clients(count: usize, seed: u64) -> Vec<ValidNewClient> {
    clients_besides(count, seed, HashSet::new())
}

/// Like [`clients`], never using a code in `taken`.
fn clients_besides(
    count: usize,
    seed: u64,
    taken: HashSet<PersonalIdentityCode>,
) -> Vec<ValidNewClient> {
    let mut rng = SplitMix(seed);
    let mut seen = taken;
    let mut out = Vec::with_capacity(count);
    let first_day = NaiveDate::from_ymd_opt(1930, 1, 1).unwrap_or_default();
    while out.len() < count {
        let birth = first_day + Days::new(rng.below(75 * 365) as u64);
        let individual = 900 + rng.below(100) as u16;
        let Ok(hetu) = PersonalIdentityCode::new(birth, individual) else {
            continue;
        };
        if !seen.insert(hetu.clone()) {
            continue;
        }
        let (language, firsts, surnames) = match rng.below(10) {
            0 => (Language::Sv, FIRST_NAMES_SV, SURNAMES_SV),
            1 => (Language::En, FIRST_NAMES_EN, SURNAMES_EN),
            _ => (Language::Fi, FIRST_NAMES_FI, SURNAMES_FI),
        };
        let name = format!("{} {}", rng.pick(firsts), rng.pick(surnames));
        out.push(ValidNewClient {
            name,
            hetu,
            language,
        });
    }
    out
}

/// Adds `count` synthetic clients, each with a synthetic case dated around
/// today (see [`crate::demo_case`]): clients in one transaction, cases in
/// another.
pub fn populate(store: &mut Store, count: usize, seed: u64) -> Result<usize> {
    populate_on(store, count, seed, chrono::Local::now().date_naive())
}

/// [`populate`] as if on `today`: what a test that checks dates uses.
pub fn populate_on(store: &mut Store, count: usize, seed: u64, today: NaiveDate) -> Result<usize> {
    // A demo store can be filled again: skip the codes it already has.
    let taken = store
        .search_all_for_benchmarks()?
        .into_iter()
        .map(|c| c.hetu)
        .collect();
    let added = store.add_clients(
        &clients_besides(count, seed, taken),
        crate::Purpose::Administration,
    )?;
    crate::demo_case::populate_cases(store, today)?;
    store.add_demo_experience(today)?;
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_clients_are_temporary_and_distinct() {
        let clients = clients(2000, 7);
        assert_eq!(clients.len(), 2000);
        assert!(clients.iter().all(|c| c.hetu.is_temporary()));
        let distinct: HashSet<_> = clients.iter().map(|c| c.hetu.clone()).collect();
        assert_eq!(distinct.len(), 2000);
    }

    #[test]
    fn the_same_seed_gives_the_same_clients() {
        assert_eq!(clients(50, 1), clients(50, 1));
        assert_ne!(clients(50, 1), clients(50, 2));
    }
}
