//! A client's case as a FHIR R4 bundle for one client register: read, cut
//! for the register and built by `kohtaamo-interop` (pure), and logged as
//! a disclosure, all in one transaction.
//!
//! The store returns the bundle; it never writes it anywhere. Writing the
//! file where the user chose is the caller's (the CLI's `--out`, later the
//! app's save dialog). The entry is written before the bytes leave the
//! store: a file that then fails to be written leaves an entry that says
//! more was disclosed than was, never less.

use chrono::{DateTime, Local, Utc};
use kohtaamo_interop::fhir::{self, Export};
use kohtaamo_model::case::register::Register;
use kohtaamo_model::rule::CaseError;
use kohtaamo_model::ClientId;

use crate::access_log::{Access, Action, Purpose};

use crate::{Result, Store, StoreError};
/// Why a bundle could not be made, for callers to tell the person.
pub use kohtaamo_interop::fhir::FhirError;

/// The access log's name for the disclosure: what left, for which
/// register, so the client's report can say who received what.
pub fn record_kind(register: Register) -> &'static str {
    match register {
        Register::HealthCare => "fhir-bundle-health-care",
        Register::SocialWelfare => "fhir-bundle-social-welfare",
    }
}

impl Store {
    /// `client`'s case as a FHIR R4 `Bundle` for `register` (the owner's
    /// own register when none is named), as of the instant `at`. Consents
    /// are judged on `at`'s local date. Logged as one export of
    /// [`record_kind`].
    pub fn fhir_bundle(
        &mut self,
        client: ClientId,
        register: Option<Register>,
        at: DateTime<Utc>,
        purpose: Purpose,
    ) -> Result<serde_json::Value> {
        self.logged("exporting a case as FHIR", |tx| {
            let case = crate::records::read_case(tx, client)?;
            let register = match register.or(case.owner_register()) {
                Some(register) => register,
                // No owner profile: no register to export for by default.
                None => return Err(StoreError::Rule(CaseError::NoProfile.into())),
            };
            let export = Export {
                register,
                custodians: crate::settings::settings(tx)?.custodians,
                at,
                today: at.with_timezone(&Local).date_naive(),
            };
            let bundle = fhir::bundle(&case, &export)?;
            let access = Access {
                client: Some(client),
                action: Action::Export,
                record: record_kind(register),
                record_id: None,
                purpose,
                listed: Vec::new(),
            };
            Ok((bundle, vec![access]))
        })
    }
}
