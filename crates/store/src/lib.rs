//! Kohtaamo's case store: one encrypted SQLite (SQLCipher) file per
//! professional, opened with a passphrase.
//!
//! Encryption is enveloped (see [`envelope`]): a random data key is the raw
//! SQLCipher key, and only its passphrase-wrapped form is ever written. All SQL
//! of the product lives in this crate; callers see domain types from
//! `kohtaamo-model` and [`StoreError`].

pub mod access_log;
mod access_report;
mod atomic_file;
pub mod backup;
pub mod bench;
mod case_actions;
mod clients;
pub mod demo;
pub mod demo_case;
mod directory;
pub mod envelope;
mod error;
mod experience;
pub mod fhir;
mod figure_facts;
mod figures;
mod handout;
mod history;
pub mod log_head;
mod measures;
mod migrations;
mod paths;
mod private_files;
mod professionals;
pub mod quick_resume;
pub mod records;
mod settings;
mod start_view;
mod stats;
mod store;
mod uid_migration;
pub mod verify;

pub use access_log::{Access, Action, Channel, Purpose};
pub use clients::ClientChange;
pub use envelope::KdfParams;
pub use error::StoreError;
pub use migrations::CURRENT_VERSION as SCHEMA_VERSION;
pub use paths::StorePaths;
pub use stats::Stats;
pub use store::Store;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
