//! Kohtaamo's exchange formats: what a case looks like when it leaves the
//! laptop for another system on purpose.
//!
//! This crate is pure, like `kohtaamo-model`: no I/O, no clock reads, no
//! randomness. The same case and the same [`fhir::Export`] give the same
//! JSON, byte for byte, so a receiving system (and a test) can compare two
//! exports. Writing the result anywhere, and logging it as a disclosure,
//! is the caller's: the store's `fhir_bundle` does both halves of that.
//!
//! - [`fhir`]: a case as a FHIR R4 `Bundle` (JSON) for the official client
//!   register, one file per kind of resource.
//!
//! **Measures** (3X10D, a unit's PROM) go as `QuestionnaireResponse`s
//! ([`fhir::measures`]), each with its scores exactly as recorded and the
//! instrument version it was asked in. The anonymous client-experience
//! answers are not a client's and never go.

pub mod fhir;
