//! Kohtaamo's domain: the types and rules of a joint clientship.
//!
//! This crate is pure: no I/O, no clock reads, no randomness. It compiles to
//! native code for the store and the shell and to wasm for the UI, so a rule
//! written here is enforced the same way on both sides of the IPC boundary.

pub mod access;
pub mod api;
pub mod backup;
pub mod case;
pub mod client;
pub mod date_text;
pub mod directory;
pub mod figures;
pub mod figures_report;
pub mod hetu;
pub mod id;
pub mod language;
pub mod measure;
pub mod rule;
pub mod secret;
pub mod settings;
pub mod start_view;

pub use client::{Client, ClientId, ClientSummary, NewClient, NewClientError};
pub use hetu::{HetuError, PersonalIdentityCode};
pub use language::Language;
