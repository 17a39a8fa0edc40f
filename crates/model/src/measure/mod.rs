//! Follow-up measures as data: instruments are files (`instrument`,
//! `instrument_file`), answers are checked against the version they were
//! asked in (`answer`), what is due follows from the clientship period
//! (`due`), the change is drawn by our own code (`chart`), and the client
//! experience is answered and counted anonymously (`experience`, `nps`).

pub mod answer;
pub mod chart;
pub mod due;
pub mod experience;
pub mod instrument;
pub mod instrument_file;
pub mod nps;

use instrument::Instrument;

/// The instruments that ship with the app, as their files say them. The
/// example PROM beside them (`example-prom.json`) is not one: it shows a
/// unit how to write its own, which the unit then imports.
const BUILT_IN: [(&str, &str); 1] = [(
    "3x10d-adult.json",
    include_str!("../../../../assets/instruments/3x10d-adult.json"),
)];

/// The example of a unit's own PROM file, for tests and the docs.
pub const EXAMPLE_PROM: &str = include_str!("../../../../assets/instruments/example-prom.json");

/// The id of the 3X10D life-situation meter's adult version.
pub const LIFE_SITUATION_3X10D: &str = "3x10d-adult";

/// The built-in instruments. A file that does not read is a build defect,
/// caught by the test below, and left out rather than taking the app down.
pub fn built_in() -> Vec<Instrument> {
    BUILT_IN
        .iter()
        .filter_map(|(_, text)| instrument_file::parse_instrument(text).ok())
        .collect()
}

#[cfg(test)]
mod tests;
